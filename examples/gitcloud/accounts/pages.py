"""The accounts service's HTML pages: server-rendered (Jinja, no build step), with a user
switcher. A button the acting user may not press is rendered disabled, from `actions()` (the
tutorial's "Conditional UI elements"); the page's forms call the JSON API with fetch()."""

from typing import Any, Callable

import sqlalchemy as sa
from flask import Flask, g, redirect, render_template, request

from models import Org, Repo, User, viewable_orgs, viewable_repos

USER_COOKIE = "gitcloud_user"


def register(app: Flask, db: Any, oso: Any, issue_rows: Callable[..., Any], roles_of: Callable[..., Any]) -> None:
    def me() -> Any:
        user = g.user
        return user if user is not None and not (user.locked or user.banned) else None

    def all_users() -> Any:
        return list(db.scalars(sa.select(User).order_by(User.id)))

    @app.post("/switch")
    def switch_user() -> Any:
        resp = redirect(request.form.get("next") or "/", code=303)
        name = request.form.get("user", "")
        if db.get(User, name) is None:
            resp.delete_cookie(USER_COOKIE)
        else:
            resp.set_cookie(USER_COOKIE, name, samesite="Lax")
        return resp

    @app.get("/")
    def home() -> Any:
        user, users = me(), all_users()
        orgs: Any = []
        profile_actions: Any = []
        if user is not None:
            for org in db.scalars(sa.select(Org).where(Org.id.in_(sa.select(viewable_orgs.c.id))).order_by(Org.id)):
                repos = db.scalars(
                    sa.select(Repo)
                    .where(Repo.org_id == org.id, Repo.id.in_(sa.select(viewable_repos.c.id)))
                    .order_by(Repo.id)
                )
                orgs.append((org, list(repos), oso.actions(user, org), roles_of(org)))
            profile_actions = oso.actions_many(user, users)
        return render_template(
            "home.html", me=user, acting=g.user, users=users, orgs=orgs, profiles=list(zip(users, profile_actions))
        )

    @app.get("/ui/repos/<int:repo_id>")
    def repo_page(repo_id: int) -> Any:
        user, users = me(), all_users()
        repo = db.get(Repo, repo_id)
        if user is None or repo is None or not oso.authorize(user, "view", repo):
            return render_template("not_found.html", me=user, acting=g.user, users=users), 404
        return render_template(
            "repo.html",
            me=user,
            acting=g.user,
            users=users,
            repo=repo,
            org=db.get(Org, repo.org_id),
            repo_actions=oso.actions(user, repo),
            issues=issue_rows(repo),
            roles=roles_of(repo),
        )
