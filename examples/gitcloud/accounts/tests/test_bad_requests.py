"""Bad requests get 400/404 with a JSON error and change nothing."""

import pytest

from conftest import snapshot

CASES = [
    # (method, path, user, body or raw bytes, status)
    ("GET", "/orgs", None, None, 400),  # no acting user
    ("GET", "/orgs", "mallory", None, 400),  # unknown acting user
    ("POST", "/repos/1/issues", None, {"title": "x"}, 400),
    ("POST", "/repos/1/issues", "bob", b"{not json", 400),
    ("POST", "/repos/1/issues", "bob", [1, 2], 400),
    ("POST", "/repos/1/issues", "bob", {}, 400),
    ("POST", "/repos/1/issues", "bob", {"title": 42}, 400),
    ("POST", "/repos/1/issues", "bob", {"title": "   "}, 400),
    ("POST", "/repos/1/issues", "bob", {"title": "x" * 201}, 400),  # CHECK constraint
    ("POST", "/repos/999/issues", "bob", {"title": "x"}, 404),
    ("POST", "/issues/999/close", "bob", None, 404),
    ("GET", "/repos/abc", "bob", None, 404),
    ("POST", "/orgs/1/repos", "alice", {"title": "wrong field"}, 400),
    ("POST", "/orgs/1/roles", "alice", {"user_id": "bob", "role": "owner"}, 400),  # no such role
    ("POST", "/orgs/1/roles", "alice", {"user_id": "mallory", "role": "member"}, 400),  # no such user
    ("POST", "/repos/1/roles", "alice", {"user_id": "bob", "role": "member"}, 400),  # an Org role
    ("DELETE", "/orgs/1/roles", "alice", {"user_id": "bob"}, 400),
    ("POST", "/orgs/99/roles", "alice", {"user_id": "bob", "role": "member"}, 404),
    ("GET", "/users/mallory", "alice", None, 404),
    ("GET", "/no/such/endpoint", "alice", None, 404),
]


@pytest.mark.parametrize("method,path,user,body,status", CASES)
def test_bad_request(service, db, method, path, user, body, status):
    before = snapshot(db)
    if isinstance(body, bytes):
        r = service.call(method, path, user, raw=body)
    else:
        r = service.call(method, path, user, body)
    assert r.status == status, r
    assert isinstance(r.json()["error"], str) and r.json()["error"]
    assert snapshot(db) == before


def test_wrong_method_is_json_405(service):
    r = service.call("PUT", "/orgs", "alice")
    assert r.status == 405 and "error" in r.json()
