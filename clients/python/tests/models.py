"""GitCloud's tables (examples/gitcloud/schema.sql) as SQLAlchemy models; `type` is the Polar
type, so instances can be passed to the client as they are."""

import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class User(Base):
    __tablename__ = "users"
    type = "User"
    id = sa.Column(sa.Text, primary_key=True)
    name = sa.Column(sa.Text, nullable=False)


class Org(Base):
    __tablename__ = "organizations"
    type = "Org"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.Text, nullable=False)

    def repr(self):
        return {"id": self.id, "name": self.name}


class Repo(Base):
    __tablename__ = "repositories"
    type = "Repo"
    id = sa.Column(sa.Integer, primary_key=True)
    org_id = sa.Column(sa.Integer, sa.ForeignKey("organizations.id"), nullable=False)
    name = sa.Column(sa.Text, nullable=False)

    def repr(self):
        return {"id": self.id, "org_id": self.org_id, "name": self.name}


class Issue(Base):
    __tablename__ = "issues"
    type = "Issue"
    id = sa.Column(sa.Integer, primary_key=True)
    repo_id = sa.Column(sa.Integer, sa.ForeignKey("repositories.id"), nullable=False)
    creator_id = sa.Column(sa.Text, sa.ForeignKey("users.id"), nullable=False)
    title = sa.Column(sa.Text, nullable=False)

    def repr(self):
        return {"id": self.id, "title": self.title}
