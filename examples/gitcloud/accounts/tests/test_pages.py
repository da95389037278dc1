"""The server-rendered page: the user switcher, and buttons disabled unless actions() allows."""

from conftest import buttons


def test_switcher_sets_the_acting_user(service):
    r = service.post("/switch", form="user=dee&next=/")
    assert r.status == 303 and "gitcloud_user=dee" in r.headers["set-cookie"]
    page = service.get("/", cookie="dee")
    assert 'value="dee" data-test="switch-dee"\n            aria-pressed="true"' in page.text
    r = service.post("/switch", form="user=mallory&next=/")
    assert "gitcloud_user=;" in r.headers["set-cookie"]  # unknown: back to nobody


def test_page_without_a_user_asks_to_pick_one(service):
    page = service.get("/")
    assert page.status == 200 and "Pick a user" in page.text
    assert set(buttons(page)) == {f"switch-{u}" for u in ["alice", "bob", "charlie", "dee", "erin"]}


def test_admin_buttons_enabled_only_for_admins(service):
    dee = buttons(service.get("/", cookie="dee"))
    alice = buttons(service.get("/", cookie="alice"))
    for user in ["alice", "bob", "charlie", "erin"]:
        for action in ["impersonate", "lock", "ban"]:
            assert dee[f"{action}-{user}"] is True
            assert alice[f"{action}-{user}"] is False


def test_org_buttons(service):
    alice = buttons(service.get("/", cookie="alice"))
    bob = buttons(service.get("/", cookie="bob"))
    assert alice["create-repo-1"] and alice["revoke-org-1-bob-member"]
    assert not bob["create-repo-1"] and not bob["revoke-org-1-bob-member"]
    assert "create-repo-2" not in bob  # osohq is not on bob's page at all
    page = service.get("/", cookie="bob").text
    assert "anvil" in page and "gitcloud" not in page.split("<h2>Organizations</h2>")[1]


def test_repo_page_buttons(service):
    alice = buttons(service.get("/ui/repos/1", cookie="alice"))
    bob = buttons(service.get("/ui/repos/1", cookie="bob"))
    assert alice["create-issue"] and alice["grant-repo"]
    assert bob["create-issue"] and not bob["grant-repo"]
    charlie = buttons(service.get("/ui/repos/3", cookie="charlie"))
    erin = buttons(service.get("/ui/repos/3", cookie="erin"))
    assert charlie["close-1"] is True  # he opened it
    assert erin["close-1"] is False


def test_closed_issue_cannot_be_closed_again(service):
    assert service.post("/issues/1/close", "charlie").status == 200
    assert buttons(service.get("/ui/repos/3", cookie="charlie"))["close-1"] is False


def test_hidden_repo_page_is_404(service):
    assert service.get("/ui/repos/3", cookie="bob").status == 404
    assert service.get("/ui/repos/999", cookie="bob").status == 404
    assert service.get("/ui/repos/1", cookie="bob").status == 200
