"""Facts live and die with the request's transaction."""

import psycopg

from conftest import snapshot


def test_failing_issue_insert_leaves_no_facts(service, db):
    assert service.post("/repos/1/issues", "bob", {"title": "Anvil too heavy"}).status == 201
    before = snapshot(db)
    next_id = db.execute("SELECT last_value + 1 FROM issues_id_seq").fetchone()[0]
    # The same title again: the row is inserted and both facts are told, then the deferred
    # UNIQUE constraint fails at COMMIT and everything rolls back.
    r = service.post("/repos/1/issues", "bob", {"title": "Anvil too heavy"})
    assert r.status == 409, r
    assert "issues_title_unique" in r.json()["error"]
    assert snapshot(db) == before
    assert db.execute(
        "SELECT count(*) FROM polar.facts WHERE %s = ANY (args)", (f"Issue:{next_id}",)
    ).fetchone() == (0,)
    assert db.execute("SELECT last_value >= %s FROM issues_id_seq", (next_id,)).fetchone() == (True,)  # it was tried


def test_revocation_is_effective_at_commit(service, dsn_for):
    # Another service (here: a plain connection) revokes bob's membership of acme.
    with psycopg.connect(dsn_for()) as other:
        other.execute("SELECT polar.delete('has_role', 'User:bob', 'member', 'Org:1')")
        assert service.get("/repos/1", "bob").status == 200  # not committed yet
        other.commit()
        assert service.get("/repos/1", "bob").status == 404  # the very next request


def test_revocation_by_the_service_is_seen_by_others_at_once(service, db):
    check = "SELECT polar.authorize('User:bob', 'view', 'Repo:1')"
    assert db.execute(check).fetchone() == (True,)
    assert service.delete("/orgs/1/roles", "alice", {"user_id": "bob", "role": "member"}).status == 200
    assert db.execute(check).fetchone() == (False,)


def test_grant_is_invisible_until_commit(service, dsn_for):
    with psycopg.connect(dsn_for()) as other:
        other.execute("SELECT polar.tell('has_role', 'User:erin', 'reader', 'Repo:1')")
        assert service.get("/repos/1", "erin").status == 404
        other.commit()
        assert service.get("/repos/1", "erin").status == 200

