"""GitCloud's Python service from Oso Cloud's end-to-end tutorial
(/work/shared/seed/oso-cloud-end-to-end-example.txt), on pg_polar.

The helpers and handlers are the tutorial's code as printed there; what changed is marked
"pg_polar:". The tutorial elides a few lines (the ORM query filter, adding the new issue to the
session); they are filled in with the plainest SQLAlchemy and marked "completed:"."""

from typing import Any, List

import psycopg2
import sqlalchemy as sa
from flask import Flask, jsonify, request
from sqlalchemy.orm import scoped_session, sessionmaker
from werkzeug.exceptions import Forbidden, NotFound

from models import Issue, Org, Repo, User
from pg_polar import Oso

app = Flask(__name__)
session: Any = None
oso: Any = None
current_user: Any = None
payload: Any = None


def configure(dsn: str) -> None:
    global session, oso
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(dsn))
    session = scoped_session(sessionmaker(bind=engine))
    # pg_polar: was `oso = Oso(api_key=getenv("OSO_AUTH"))`. Every call runs in the request's
    # own database transaction (the session's), next to its queries.
    oso = Oso(session)


@app.before_request
def load_user() -> None:
    global current_user, payload
    name = request.headers.get("X-User")
    current_user = session.get(User, name) if name else None
    payload = request.get_json(silent=True) or {}


@app.teardown_request
def end_transaction(exc: Any) -> None:
    if exc is None:
        session.commit()
    else:
        session.rollback()
    session.remove()


@app.errorhandler(NotFound)
@app.errorhandler(Forbidden)
def http_error(e: Any) -> Any:
    session.rollback()  # a refused request writes nothing
    return {"error": e.name}, e.code


# ---- the tutorial's helpers, unchanged ----------------------------------------------------


def authorize(action: str, resource: Any) -> bool:
    if current_user is None:
        raise NotFound
    return oso.authorize(current_user, action, resource)
def authorized_resources(action: str, resource_type: str) -> List[str]:
    if current_user is None:
        return []
    return oso.list(current_user, action, resource_type)


# ---- the tutorial's handlers --------------------------------------------------------------


@app.get("/repos/<int:repo_id>")
def show(repo_id: int):
    repo = session.get(Repo, repo_id)
    if not authorize("view", repo):
        raise NotFound
    return repo.repr()


@app.get("/orgs")
def index():
    authorized_ids = authorized_resources("view", "Org")
    orgs = session.query(Org).filter(Org.id.in_(authorized_ids))  # completed: In(authorized_ids)
    return jsonify([o.repr() for o in orgs])


@app.get("/users/<user_id>/actions")
def user_profile_actions(user_id: int):
    user_profile = session.get(User, user_id)
    return oso.actions(current_user, user_profile)


@app.post("/orgs/<int:org_id>/repos/<int:repo_id>/issues")
def create(org_id: int, repo_id: int):
    repo = session.get(Repo, repo_id)
    if not authorize("create_issues", repo):
        raise Forbidden
    issue = Issue(title=payload["title"])
    issue.repo_id, issue.creator_id = repo.id, current_user.id  # completed
    session.add(issue)  # completed
    session.flush()  # completed: the new issue's id
    oso.bulk_tell(
        [
            ["has_role", current_user, "creator", issue],
            ["has_relation", issue, "parent", repo],
        ]
    )
    return issue.repr(), 201


@app.delete("/orgs/<int:org_id>/roles")
def delete_org_role(org_id: int):
    org = session.get(Org, org_id)
    if not authorize("delete_role_assignment", org):
        raise Forbidden
    user = session.get(User, payload["user_id"])
    oso.delete("has_role", user, payload["role"], org)
    return {}, 204
