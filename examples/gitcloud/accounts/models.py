"""GitCloud's tables (../schema.sql + ../app_schema.sql) as SQLAlchemy models. `type` is the
Polar type, so an instance is passed to the pg_polar client as it is (User:alice, Repo:3)."""

from typing import Any, Dict

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base: Any = declarative_base()


class User(Base):
    __tablename__ = "users"
    type = "User"
    id = sa.Column(sa.Text, primary_key=True)
    name = sa.Column(sa.Text, nullable=False)
    locked = sa.Column(sa.Boolean, nullable=False, server_default=sa.false())
    banned = sa.Column(sa.Boolean, nullable=False, server_default=sa.false())

    def repr(self) -> Dict[str, Any]:
        return {"id": self.id, "name": self.name, "locked": self.locked, "banned": self.banned}


class Org(Base):
    __tablename__ = "organizations"
    type = "Org"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.Text, nullable=False)

    def repr(self) -> Dict[str, Any]:
        return {"id": self.id, "name": self.name}


class Repo(Base):
    __tablename__ = "repositories"
    type = "Repo"
    id = sa.Column(sa.Integer, sa.Sequence("repositories_id_seq"), primary_key=True)
    org_id = sa.Column(sa.Integer, sa.ForeignKey("organizations.id"), nullable=False)
    name = sa.Column(sa.Text, nullable=False)

    def repr(self) -> Dict[str, Any]:
        return {"id": self.id, "org_id": self.org_id, "name": self.name}


class Issue(Base):
    __tablename__ = "issues"
    type = "Issue"
    id = sa.Column(sa.Integer, primary_key=True)
    repo_id = sa.Column(sa.Integer, sa.ForeignKey("repositories.id"), nullable=False)
    creator_id = sa.Column(sa.Text, sa.ForeignKey("users.id"), nullable=False)
    title = sa.Column(sa.Text, nullable=False)
    closed = sa.Column(sa.Boolean, nullable=False, server_default=sa.false())

    def repr(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "repo_id": self.repo_id,
            "creator_id": self.creator_id,
            "title": self.title,
            "closed": self.closed,
        }


class Action(Base):
    """A GitCloud Actions run (Polar type Action); the Node.js service starts and cancels them."""

    __tablename__ = "actions"
    type = "Action"
    id = sa.Column(sa.Integer, primary_key=True)
    repo_id = sa.Column(sa.Integer, sa.ForeignKey("repositories.id"), nullable=False)
    creator_id = sa.Column(sa.Text, sa.ForeignKey("users.id"), nullable=False)
    name = sa.Column(sa.Text, nullable=False)
    status = sa.Column(sa.Text, nullable=False)

    def repr(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "repo_id": self.repo_id,
            "creator_id": self.creator_id,
            "name": self.name,
            "status": self.status,
        }


def _filter(name: str) -> Any:
    return sa.table(name, sa.column("id", sa.Integer), schema="polar_filters")


# The permission filters made by app_schema.sql (polar.create_filter): the ids the user in
# polar.actor may view. Index pages select `WHERE id IN (SELECT id FROM <filter>)`.
viewable_orgs = _filter("viewable_orgs")
viewable_repos = _filter("viewable_repos")
viewable_issues = _filter("viewable_issues")
viewable_actions = _filter("viewable_actions")
