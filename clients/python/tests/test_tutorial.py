"""The tutorial's Python service (gitcloud_app.py) on the GitCloud policy, through Flask's test
client: the helpers and handlers run as the tutorial prints them, only the constructor changed."""

import inspect
import pathlib

import pytest

import gitcloud_app
from pg_polar import Value


@pytest.fixture
def client(dsn, oso):
    oso.bulk_tell(
        [
            ["has_role", Value("User", "alice"), "admin", Value("Org", 1)],
            ["has_role", Value("User", "bob"), "member", Value("Org", 1)],
            ["has_role", Value("User", "charlie"), "member", Value("Org", 2)],
            ["has_role", Value("User", "dee"), "admin"],
            ["has_relation", Value("Repo", 1), "parent", Value("Org", 1)],
            ["has_relation", Value("Repo", 2), "parent", Value("Org", 1)],
            ["has_relation", Value("Repo", 3), "parent", Value("Org", 2)],
        ]
    )
    gitcloud_app.configure(dsn)
    with gitcloud_app.app.test_client() as c:
        yield c
    gitcloud_app.session.get_bind().dispose()


def as_user(name):
    return {"X-User": name} if name else {}


def test_show(client):
    assert client.get("/repos/1", headers=as_user("bob")).json == {"id": 1, "org_id": 1, "name": "anvil"}
    assert client.get("/repos/3", headers=as_user("bob")).status_code == 404
    assert client.get("/repos/1").status_code == 404  # no current user: NotFound


def test_index(client):
    assert [o["name"] for o in client.get("/orgs", headers=as_user("bob")).json] == ["acme"]
    assert client.get("/orgs").json == []


def test_user_profile_actions(client):
    assert client.get("/users/alice/actions", headers=as_user("dee")).json == ["ban", "impersonate", "lock"]
    assert client.get("/users/dee/actions", headers=as_user("alice")).json == []


def test_create_issue_then_close_it(client, oso):
    r = client.post("/orgs/1/repos/1/issues", headers=as_user("bob"), json={"title": "Bug"})
    assert r.status_code == 201
    issue = Value("Issue", r.json["id"])
    bob = Value("User", "bob")
    assert oso.authorize(bob, "close", issue) and oso.authorize(bob, "view", issue)
    assert oso.authorize(Value("User", "charlie"), "view", issue) is False
    # charlie may not create issues on acme's repository: nothing is written
    r = client.post("/orgs/1/repos/1/issues", headers=as_user("charlie"), json={"title": "x"})
    assert r.status_code == 403
    assert len(oso.get("has_role", None, "creator", None)) == 1


def test_delete_org_role(client, oso):
    body = {"user_id": "bob", "role": "member"}
    assert client.delete("/orgs/1/roles", headers=as_user("bob"), json=body).status_code == 403
    assert client.delete("/orgs/1/roles", headers=as_user("alice"), json=body).status_code == 204
    assert oso.authorize(Value("User", "bob"), "view", Value("Org", 1)) is False


# The helpers as the tutorial prints them ("Initial setup").
TUTORIAL_HELPERS = """def authorize(action: str, resource: Any) -> bool:
    if current_user is None:
        raise NotFound
    return oso.authorize(current_user, action, resource)
def authorized_resources(action: str, resource_type: str) -> List[str]:
    if current_user is None:
        return []
    return oso.list(current_user, action, resource_type)
"""


def test_helpers_code_is_the_tutorials():
    source = inspect.getsource(gitcloud_app.authorize) + inspect.getsource(gitcloud_app.authorized_resources)
    assert source == TUTORIAL_HELPERS
    tutorial = pathlib.Path("/work/shared/seed/oso-cloud-end-to-end-example.txt")
    if tutorial.exists():  # the seed lives outside the repository
        assert TUTORIAL_HELPERS in tutorial.read_text()
