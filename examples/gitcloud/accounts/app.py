"""GitCloud's accounts service (organizations, repositories, issues, roles, user profiles) on
pg_polar: Flask + SQLAlchemy + the pg_polar Python client (clients/python).

Every request is one database transaction. The acting user comes from the X-User header or the
`gitcloud_user` cookie (there is no real login, as in the tutorial) and is set as polar.actor for
that transaction, which the index pages' permission filters read. Checks (`authorize`,
`actions`) and fact writes (`tell`, `bulk_tell`, `delete`) run in the same transaction as the
rows they are about: nothing to sync, and a request that fails leaves neither rows nor facts.

A user who may not see a thing gets 404 (its existence is not revealed); one who may see it but
not do the action gets 403. Every error is JSON: {"error": "..."}.
"""

from typing import Any, Dict, List, Optional, Tuple

import psycopg2
import sqlalchemy as sa
from flask import Flask, g, jsonify, request
from sqlalchemy.orm import scoped_session, sessionmaker
from werkzeug.exceptions import HTTPException

import pages
from models import Issue, Org, Repo, User, viewable_issues, viewable_orgs, viewable_repos
from pg_polar import Oso

USER_COOKIE = "gitcloud_user"
ORG_ROLES = ["member", "admin"]
REPO_ROLES = ["reader", "admin"]


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")


def create_app(dsn: str) -> Flask:
    app = Flask(__name__)
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(dsn), pool_pre_ping=True)
    db: Any = scoped_session(sessionmaker(bind=engine))
    oso = Oso(db)  # every call runs in the request's transaction (the session's)
    app.config["db"] = db
    app.config["oso"] = oso

    # ---- the request's transaction and acting user ---------------------------------------

    @app.before_request
    def begin() -> None:
        name = request.headers.get("X-User") or request.cookies.get(USER_COOKIE)
        g.user = db.get(User, name) if name else None
        g.user_name = name
        if g.user is not None:
            # Transaction-local (SET LOCAL): the next request's transaction starts without it.
            db.execute(sa.text("SELECT set_config('polar.actor', :actor, true)"), {"actor": f"User:{g.user.id}"})

    @app.teardown_request
    def end(exc: Optional[BaseException]) -> None:
        try:
            if exc is None:
                db.commit()
            else:
                db.rollback()
        finally:
            db.remove()

    @app.errorhandler(ApiError)
    def api_error(e: ApiError) -> Any:
        db.rollback()  # a refused request writes nothing
        return jsonify(error=e.message), e.status

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException) -> Any:
        db.rollback()
        return jsonify(error=e.description or e.name), e.code

    def acting_user() -> User:
        if g.user_name is None:
            raise ApiError(400, "no acting user: send the X-User header or the gitcloud_user cookie")
        if g.user is None:
            raise ApiError(400, f"unknown acting user {g.user_name!r}")
        if g.user.locked or g.user.banned:
            raise ApiError(403, f"the account of {g.user.id} is {'banned' if g.user.banned else 'locked'}")
        return g.user

    def body(*fields: str) -> Tuple[str, ...]:
        data = request.get_json(silent=True)
        if not isinstance(data, dict):
            raise ApiError(400, "the request body must be a JSON object")
        values = []
        for f in fields:
            v = data.get(f)
            if not isinstance(v, str) or not v.strip():
                raise ApiError(400, f"{f!r} must be a non-empty string")
            values.append(v.strip())
        return tuple(values)

    def visible(model: Any, id_: Any, what: str) -> Any:
        """The row, if the acting user may view it; 404 whether it is missing or hidden."""
        user = acting_user()
        row = db.get(model, id_)
        if row is None or not oso.authorize(user, "view", row):
            raise not_found(what)
        return row

    def require(action: str, resource: Any) -> None:
        if not oso.authorize(acting_user(), action, resource):
            raise ApiError(403, f"{g.user.id} may not {action} on {resource.type}:{resource.id}")

    def commit_or(status: int, message: str) -> None:
        """Commits now, so that a constraint checked at COMMIT becomes this request's error."""
        try:
            db.commit()
        except sa.exc.IntegrityError as e:
            db.rollback()
            raise ApiError(status, f"{message}: {e.orig.diag.message_primary}") from e

    # ---- organizations -------------------------------------------------------------------

    @app.get("/orgs")
    def orgs_index() -> Any:
        acting_user()
        # The permission filter is part of this one query (no list of ids fetched first).
        orgs = db.scalars(sa.select(Org).where(Org.id.in_(sa.select(viewable_orgs.c.id))).order_by(Org.id))
        return jsonify([o.repr() for o in orgs])

    @app.get("/orgs/<int:org_id>")
    def org_show(org_id: int) -> Any:
        org = visible(Org, org_id, "organization")
        repos = db.scalars(
            sa.select(Repo)
            .where(Repo.org_id == org.id, Repo.id.in_(sa.select(viewable_repos.c.id)))
            .order_by(Repo.id)
        )
        return {**org.repr(), "repos": [r.repr() for r in repos], "actions": oso.actions(g.user, org)}

    @app.post("/orgs/<int:org_id>/repos")
    def repo_create(org_id: int) -> Any:
        org = visible(Org, org_id, "organization")
        require("create_repositories", org)
        (name,) = body("name")
        org_name = org.name  # the rows expire if the INSERT fails
        repo = Repo(org_id=org.id, name=name)
        db.add(repo)
        try:
            db.flush()
        except sa.exc.IntegrityError as e:
            raise ApiError(409, f"organization {org_name} already has a repository {name!r}") from e
        oso.tell("has_relation", repo, "parent", org)  # same transaction as the row
        commit_or(409, "the repository was not created")
        return repo.repr(), 201

    # ---- repositories and issues ---------------------------------------------------------

    @app.get("/repos/<int:repo_id>")
    def repo_show(repo_id: int) -> Any:
        repo = visible(Repo, repo_id, "repository")
        return {**repo.repr(), "actions": oso.actions(g.user, repo)}

    def issue_rows(repo: Repo) -> List[Dict[str, Any]]:
        issues = list(
            db.scalars(
                sa.select(Issue)
                .where(Issue.repo_id == repo.id, Issue.id.in_(sa.select(viewable_issues.c.id)))
                .order_by(Issue.id)
            )
        )
        allowed = oso.actions_many(g.user, issues) if issues else []
        return [{**i.repr(), "actions": a} for i, a in zip(issues, allowed)]

    @app.get("/repos/<int:repo_id>/issues")
    def issues_index(repo_id: int) -> Any:
        return jsonify(issue_rows(visible(Repo, repo_id, "repository")))

    @app.post("/repos/<int:repo_id>/issues")
    def issue_create(repo_id: int) -> Any:
        repo = visible(Repo, repo_id, "repository")
        require("create_issues", repo)
        (title,) = body("title")
        issue = Issue(repo_id=repo.id, creator_id=g.user.id, title=title)
        db.add(issue)
        try:
            db.flush()  # the new issue's id
        except sa.exc.IntegrityError as e:
            raise ApiError(400, f"invalid issue: {e.orig.diag.message_primary}") from e
        oso.bulk_tell(
            [
                ["has_role", g.user, "creator", issue],
                ["has_relation", issue, "parent", repo],
            ]
        )
        # The title's uniqueness is checked at COMMIT, after the facts: a duplicate rolls back
        # the row and both facts together.
        commit_or(409, "the issue was not created")
        return issue.repr(), 201

    @app.post("/issues/<int:issue_id>/close")
    def issue_close(issue_id: int) -> Any:
        issue = visible(Issue, issue_id, "issue")
        require("close", issue)
        issue.closed = True
        return issue.repr()

    # ---- sharing: role grants and revocations --------------------------------------------

    def role_target(model: Any, id_: int, what: str) -> Tuple[Any, User, str]:
        resource = visible(model, id_, what)
        require("create_role_assignment" if request.method == "POST" else "delete_role_assignment", resource)
        user_id, role = body("user_id", "role")
        roles = ORG_ROLES if model is Org else REPO_ROLES
        if role not in roles:
            raise ApiError(400, f"unknown {resource.type} role {role!r} (roles: {', '.join(roles)})")
        user = db.get(User, user_id)
        if user is None:
            raise ApiError(400, f"unknown user {user_id!r}")
        return resource, user, role

    def roles_of(resource: Any) -> List[Dict[str, str]]:
        facts = oso.get("has_role", None, None, resource)
        return sorted(
            ({"user_id": f.args[0].id, "role": f.args[1].id} for f in facts if f.args[0].type == "User"),
            key=lambda r: (r["user_id"], r["role"]),
        )

    def add_role_routes(prefix: str, model: Any, what: str) -> None:
        def list_roles(id_: int) -> Any:
            return jsonify(roles_of(visible(model, id_, what)))

        def grant(id_: int) -> Any:
            resource, user, role = role_target(model, id_, what)
            oso.tell("has_role", user, role, resource)
            return {"user_id": user.id, "role": role}, 201

        def revoke(id_: int) -> Any:
            resource, user, role = role_target(model, id_, what)
            deleted = oso.delete("has_role", user, role, resource)
            if deleted == 0:
                raise ApiError(404, f"{user.id} has no role {role!r} on {resource.type}:{resource.id}")
            return {"user_id": user.id, "role": role, "deleted": deleted}

        rule = f"{prefix}/<int:id_>/roles"
        app.add_url_rule(rule, f"{what}_roles", list_roles, methods=["GET"])
        app.add_url_rule(rule, f"{what}_grant", grant, methods=["POST"])
        app.add_url_rule(rule, f"{what}_revoke", revoke, methods=["DELETE"])

    add_role_routes("/orgs", Org, "organization")
    add_role_routes("/repos", Repo, "repository")

    # ---- user profiles and the admin buttons ---------------------------------------------

    @app.get("/users/<user_id>")
    def user_show(user_id: str) -> Any:
        me = acting_user()
        user = db.get(User, user_id)
        if user is None:
            raise not_found("user")
        # The tutorial's "Conditional UI elements": the buttons this user may press.
        return {**user.repr(), "actions": oso.actions(me, user)}

    def admin_route(action: str, apply: Any) -> None:
        def handler(user_id: str) -> Any:
            acting_user()
            user = db.get(User, user_id)
            if user is None:
                raise not_found("user")
            require(action, user)
            return apply(user)

        app.add_url_rule(f"/users/<user_id>/{action}", f"user_{action}", handler, methods=["POST"])

    def impersonate(user: User) -> Any:
        resp = jsonify(acting_user=user.id)
        resp.set_cookie(USER_COOKIE, user.id, samesite="Lax")
        return resp

    def set_flag(flag: str) -> Any:
        def apply(user: User) -> Any:
            setattr(user, flag, True)
            return user.repr()

        return apply

    admin_route("impersonate", impersonate)
    admin_route("lock", set_flag("locked"))
    admin_route("ban", set_flag("banned"))

    pages.register(app, db, oso, issue_rows=issue_rows, roles_of=roles_of)  # the HTML pages
    return app
