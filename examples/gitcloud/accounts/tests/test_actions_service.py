"""The Node.js Actions service (express + clients/node) on the same database: runs of a
repository, start a run (row + facts in one transaction), cancel (creator or repository admin),
and revocations made through the accounts service holding here at once."""

import pytest

from conftest import snapshot


def test_list_runs(actions_service):
    runs = actions_service.get("/repos/3/actions", "charlie").json()
    assert [(r["id"], r["name"], r["actions"]) for r in runs] == [(1, "build #1", ["cancel", "view"])]
    assert [r["actions"] for r in actions_service.get("/repos/3/actions", "erin").json()] == [["view"]]
    assert actions_service.get("/repos/3/actions", "bob").status == 404
    assert actions_service.get("/repos/1/actions", "bob").json() == []


def test_list_runs_is_filtered_in_the_query(actions_service, statement_log):
    statement_log.mark()
    assert actions_service.get("/repos/3/actions", "erin").status == 200
    [page] = [s for s in statement_log.statements() if "FROM actions" in s]
    assert "polar_filters.viewable_actions" in page


def test_start_run(actions_service, db):
    r = actions_service.post("/repos/3/actions", "erin", {"name": "build #2"})
    assert r.status == 201, r
    run = r.json()
    assert (run["creator_id"], run["status"]) == ("erin", "running")
    facts = db.execute(
        "SELECT predicate, args FROM polar.facts WHERE %s = ANY (args) ORDER BY predicate", (f"Action:{run['id']}",)
    ).fetchall()
    assert facts == [
        ("has_relation", [f"Action:{run['id']}", "parent", "Repo:3"]),
        ("has_role", ["User:erin", "creator", f"Action:{run['id']}"]),
    ]


def test_start_run_denied(actions_service, db):
    before = snapshot(db)
    assert actions_service.post("/repos/3/actions", "bob", {"name": "x"}).status == 404
    assert actions_service.post("/repos/1/actions", "dee", {"name": "x"}).status == 404
    assert actions_service.post("/repos/999/actions", "bob", {"name": "x"}).status == 404
    assert snapshot(db) == before


def test_cancel_by_creator_or_repository_admin(actions_service, db):
    run = actions_service.post("/repos/3/actions", "erin", {"name": "build #2"}).json()
    path = f"/actions/{run['id']}/cancel"
    assert actions_service.post(path, "charlie").status == 403  # a reader, not the creator
    assert actions_service.post(path, "bob").status == 404  # cannot see it
    r = actions_service.post(path, "erin")
    assert r.status == 200 and r.json()["status"] == "canceled"
    assert actions_service.post(path, "erin").status == 409  # not running any more
    # An admin of the repository's organization cancels someone else's run.
    db.execute("SELECT polar.tell('has_role', 'User:alice', 'admin', 'Org:2')")
    other = actions_service.post("/repos/3/actions", "erin", {"name": "build #3"}).json()
    assert actions_service.post(f"/actions/{other['id']}/cancel", "alice").json()["status"] == "canceled"


def test_revocation_committed_by_accounts_is_seen_by_actions(service, actions_service, db):
    db.execute("SELECT polar.tell('has_role', 'User:alice', 'admin', 'Org:2')")
    assert actions_service.post("/repos/3/actions", "erin", {"name": "build #2"}).status == 201
    assert service.delete("/orgs/2/roles", "alice", {"user_id": "erin", "role": "member"}).status == 200
    assert actions_service.get("/repos/3/actions", "erin").status == 404
    assert actions_service.post("/repos/3/actions", "erin", {"name": "build #3"}).status == 404


@pytest.mark.parametrize(
    "method,path,user,body,status",
    [
        ("GET", "/repos/3/actions", None, None, 400),
        ("GET", "/repos/3/actions", "mallory", None, 400),
        ("GET", "/repos/abc/actions", "erin", None, 404),
        ("POST", "/repos/3/actions", "erin", b"{bad json", 400),
        ("POST", "/repos/3/actions", "erin", {}, 400),
        ("POST", "/repos/3/actions", "erin", {"name": ""}, 400),
        ("POST", "/repos/3/actions", "erin", [1], 400),
        ("POST", "/actions/999/cancel", "erin", None, 404),
        ("GET", "/nope", "erin", None, 404),
    ],
)
def test_bad_requests(actions_service, db, method, path, user, body, status):
    before = snapshot(db)
    if isinstance(body, bytes):
        r = actions_service.call(method, path, user, raw=body)
    else:
        r = actions_service.call(method, path, user, body)
    assert r.status == status, r
    assert r.json()["error"]
    assert snapshot(db) == before
