"""Every endpoint for an allowed and a denied user: 200/201 vs 404 (may not see it) vs 403 (may
see it, may not do it). Seed data: alice admin of acme (Org:1, repos 1-2), bob member of acme,
erin member of osohq (Org:2, repos 3-4), charlie reader of gitcloud (Repo:3) and creator of
Issue:1 there, dee global admin with no org role."""

from conftest import snapshot


def names(items):
    return [i["name"] for i in items]


def test_orgs_index_shows_only_viewable_orgs(service):
    assert names(service.get("/orgs", "alice").json()) == ["acme"]
    assert names(service.get("/orgs", "bob").json()) == ["acme"]
    assert names(service.get("/orgs", "erin").json()) == ["osohq"]
    assert service.get("/orgs", "charlie").json() == []  # a repo reader is no org member
    assert service.get("/orgs", "dee").json() == []


def test_org_show(service):
    r = service.get("/orgs/1", "bob")
    assert r.status == 200
    assert names(r.json()["repos"]) == ["anvil", "roadrunner"]
    assert r.json()["actions"] == ["view"]
    assert "create_repositories" in service.get("/orgs/1", "alice").json()["actions"]
    assert service.get("/orgs/1", "erin").status == 404
    assert service.get("/orgs/99", "alice").status == 404


def test_org_show_lists_only_viewable_repos(service):
    # charlie reads gitcloud but is no member of osohq: he cannot open the org page at all;
    # erin (member) sees both of osohq's repositories.
    assert names(service.get("/orgs/2", "erin").json()["repos"]) == ["gitcloud", "oso"]
    assert service.get("/orgs/2", "charlie").status == 404


def test_create_repo(service, db):
    r = service.post("/orgs/1/repos", "alice", {"name": "dynamite"})
    assert r.status == 201, r
    repo_id = r.json()["id"]
    # The row and its parent fact, so bob (member of acme) now reads it.
    assert db.execute(
        "SELECT count(*) FROM polar.get('has_relation', %s, 'parent', 'Org:1')", (f"Repo:{repo_id}",)
    ).fetchone() == (1,)
    assert service.get(f"/repos/{repo_id}", "bob").status == 200
    assert service.get(f"/repos/{repo_id}", "erin").status == 404


def test_create_repo_denied(service, db):
    before = snapshot(db)
    assert service.post("/orgs/1/repos", "bob", {"name": "x"}).status == 403  # member, not admin
    assert service.post("/orgs/1/repos", "erin", {"name": "x"}).status == 404  # cannot see acme
    assert service.post("/orgs/1/repos", "alice", {"name": "anvil"}).status == 409  # exists
    assert snapshot(db) == before


def test_repo_show_404_when_not_allowed(service):
    r = service.get("/repos/1", "bob")
    assert r.status == 200 and r.json()["name"] == "anvil"
    assert "create_issues" in r.json()["actions"]
    assert service.get("/repos/3", "charlie").status == 200
    hidden = service.get("/repos/3", "bob")
    missing = service.get("/repos/999", "bob")
    # Hidden and missing look the same: nothing tells bob that repository 3 exists.
    assert (hidden.status, hidden.json()) == (missing.status, missing.json()) == (404, {"error": "repository not found"})


def test_issues_index(service):
    issues = service.get("/repos/3/issues", "charlie").json()
    assert [(i["id"], i["title"], i["actions"]) for i in issues] == [(1, "Add a dark mode", ["close", "view"])]
    assert [i["actions"] for i in service.get("/repos/3/issues", "erin").json()] == [["view"]]
    assert service.get("/repos/3/issues", "bob").status == 404
    assert service.get("/repos/1/issues", "bob").json() == []


def test_create_issue(service, db):
    r = service.post("/repos/1/issues", "bob", {"title": "The anvil falls too slowly"})
    assert r.status == 201, r
    issue = r.json()
    assert issue["creator_id"] == "bob" and issue["repo_id"] == 1
    facts = db.execute(
        "SELECT predicate, args FROM polar.facts WHERE %s = ANY (args) ORDER BY predicate", (f"Issue:{issue['id']}",)
    ).fetchall()
    assert facts == [
        ("has_relation", [f"Issue:{issue['id']}", "parent", "Repo:1"]),
        ("has_role", ["User:bob", "creator", f"Issue:{issue['id']}"]),
    ]
    listed = service.get("/repos/1/issues", "alice").json()
    assert [(i["id"], i["actions"]) for i in listed] == [(issue["id"], ["view"])]  # alice reads, may not close


def test_create_issue_denied(service, db):
    before = snapshot(db)
    assert service.post("/repos/1/issues", "charlie", {"title": "x"}).status == 404
    assert service.post("/repos/1/issues", "dee", {"title": "x"}).status == 404  # staff, no repo role
    assert snapshot(db) == before


def test_close_issue(service):
    assert service.post("/issues/1/close", "erin").status == 403  # a reader, not the creator
    assert service.post("/issues/1/close", "bob").status == 404  # cannot see it
    r = service.post("/issues/1/close", "charlie")
    assert r.status == 200 and r.json()["closed"] is True
    assert service.get("/repos/3/issues", "erin").json()[0]["closed"] is True


def test_org_role_grant_and_revoke(service):
    assert service.get("/orgs/1/roles", "bob").json() == [
        {"user_id": "alice", "role": "admin"},
        {"user_id": "bob", "role": "member"},
    ]
    assert service.post("/orgs/1/roles", "bob", {"user_id": "charlie", "role": "member"}).status == 403
    assert service.post("/orgs/1/roles", "erin", {"user_id": "charlie", "role": "member"}).status == 404
    assert service.get("/orgs", "charlie").json() == []
    r = service.post("/orgs/1/roles", "alice", {"user_id": "charlie", "role": "member"})
    assert r.status == 201, r
    assert names(service.get("/orgs", "charlie").json()) == ["acme"]
    assert service.get("/repos/1", "charlie").status == 200  # roles flow down to repositories

    assert service.delete("/orgs/1/roles", "bob", {"user_id": "charlie", "role": "member"}).status == 403
    r = service.delete("/orgs/1/roles", "alice", {"user_id": "charlie", "role": "member"})
    assert r.status == 200 and r.json()["deleted"] == 1
    assert service.get("/orgs", "charlie").json() == []
    assert service.get("/repos/1", "charlie").status == 404
    # Nothing left to revoke.
    assert service.delete("/orgs/1/roles", "alice", {"user_id": "charlie", "role": "member"}).status == 404


def test_repo_role_grant_and_revoke(service):
    assert service.get("/repos/1", "erin").status == 404
    assert service.post("/repos/1/roles", "bob", {"user_id": "erin", "role": "reader"}).status == 403
    assert service.post("/repos/1/roles", "alice", {"user_id": "erin", "role": "reader"}).status == 201
    assert service.get("/repos/1", "erin").status == 200
    assert service.get("/repos/2", "erin").status == 404  # just that repository
    assert service.get("/repos/1/roles", "erin").json() == [{"user_id": "erin", "role": "reader"}]
    assert service.delete("/repos/1/roles", "erin", {"user_id": "erin", "role": "reader"}).status == 403
    assert service.delete("/repos/1/roles", "alice", {"user_id": "erin", "role": "reader"}).status == 200
    assert service.get("/repos/1", "erin").status == 404


def test_user_profile_admin_actions(service):
    assert service.get("/users/bob", "dee").json()["actions"] == ["ban", "impersonate", "lock"]
    assert service.get("/users/bob", "alice").json()["actions"] == []
    assert service.get("/users/nobody", "dee").status == 404


def test_support_may_impersonate_only(service, db):
    db.execute("SELECT polar.tell('has_role', 'User:charlie', 'support')")
    assert service.get("/users/bob", "charlie").json()["actions"] == ["impersonate"]
    r = service.post("/users/bob/impersonate", "charlie")
    assert r.status == 200 and "gitcloud_user=bob" in r.headers["set-cookie"]
    assert service.post("/users/bob/lock", "charlie").status == 403


def test_lock_and_ban(service):
    assert service.post("/users/bob/lock", "alice").status == 403
    assert service.get("/orgs", "bob").status == 200
    r = service.post("/users/bob/lock", "dee")
    assert r.status == 200 and r.json()["locked"] is True
    assert service.get("/orgs", "bob").json() == {"error": "the account of bob is locked"}
    assert service.post("/users/erin/ban", "dee").json()["banned"] is True
    assert service.get("/repos/3", "erin").status == 403
    assert service.post("/users/nobody/ban", "dee").status == 404
