"""The Action resource appended to the tutorial's policy (actions.polar), checked in SQL."""

import pytest


@pytest.mark.parametrize(
    "actor,action,resource,allowed",
    [
        ("charlie", "cancel", "Action:1", True),  # the run's creator
        ("erin", "view", "Action:1", True),  # a reader of its repository (member of osohq)
        ("erin", "cancel", "Action:1", False),
        ("bob", "view", "Action:1", False),
        ("charlie", "create_actions", "Repo:3", True),
        ("bob", "create_actions", "Repo:3", False),
        ("alice", "create_actions", "Repo:1", True),
    ],
)
def test_action_rules(db, actor, action, resource, allowed):
    assert db.execute("SELECT polar.authorize(%s, %s, %s)", (f"User:{actor}", action, resource)).fetchone() == (
        allowed,
    )


def test_repository_admin_may_cancel_any_run(db):
    db.execute("SELECT polar.tell('has_role', 'User:alice', 'admin', 'Org:2')")
    assert db.execute("SELECT array(SELECT polar.actions('User:alice', 'Action:1'))").fetchone() == (["cancel", "view"],)
