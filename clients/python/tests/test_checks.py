"""authorize, list, actions, the batch checks, query and explain on the GitCloud policy."""

import pytest

from pg_polar import ANY, Fact, Value, ValueConversionError, ValueOfType

alice, bob, dee = Value("User", "alice"), Value("User", "bob"), Value("User", "dee")
acme, osohq = Value("Org", 1), Value("Org", 2)
anvil, roadrunner, gitcloud = Value("Repo", 1), Value("Repo", 2), Value("Repo", 3)


@pytest.fixture
def facts(oso):
    oso.bulk_tell(
        [
            ["has_role", alice, "member", acme],
            ["has_role", bob, "admin", osohq],
            ["has_relation", anvil, "parent", acme],
            ["has_relation", roadrunner, "parent", acme],
            ["has_relation", gitcloud, "parent", osohq],
            ["has_role", dee, "admin"],
        ]
    )
    return oso


def test_authorize(facts):
    assert facts.authorize(alice, "view", anvil) is True
    assert facts.authorize(alice, "view", gitcloud) is False
    assert facts.authorize(bob, "create_issues", gitcloud) is True
    assert facts.authorize(alice, "no_such_action", anvil) is False
    assert facts.authorize(Value("User", "nobody"), "view", anvil) is False


def test_authorize_with_context_facts(facts):
    ctx = [["has_role", Value("User", "charlie"), "member", osohq]]
    assert facts.authorize(Value("User", "charlie"), "view", gitcloud, context_facts=ctx) is True
    assert facts.authorize(Value("User", "charlie"), "view", gitcloud) is False  # never stored
    assert facts.get("has_role", Value("User", "charlie"), None, None) == []


def test_none_actor_raises_like_oso_clients(facts):
    with pytest.raises(TypeError):
        facts.authorize(None, "view", anvil)
    with pytest.raises(ValueConversionError):
        facts.authorize(alice, "view", None)


def test_list(facts):
    assert sorted(facts.list(alice, "view", "Repo")) == ["1", "2"]
    assert facts.list(alice, "view", "Issue") == []
    assert sorted(facts.list(bob, "view", "Org")) == ["2"]
    ctx = [["has_role", alice, "admin", osohq]]
    assert sorted(facts.list(alice, "view", "Org", ctx)) == ["1", "2"]


def test_list_takes_a_model_class_as_the_type(facts):
    class Repo:
        type = "Repo"

    assert sorted(facts.list(alice, "view", Repo)) == ["1", "2"]


def test_actions(facts):
    assert facts.actions(alice, anvil) == ["create_issues", "view"]
    assert facts.actions(dee, alice) == ["ban", "impersonate", "lock"]
    assert facts.actions(alice, gitcloud) == []


def test_authorize_many_keeps_order_across_types(facts):
    resources = [gitcloud, anvil, acme, osohq, roadrunner, anvil]
    assert facts.authorize_many(alice, "view", resources) == [False, True, True, False, True, True]
    assert facts.authorize_many(alice, "view", []) == []
    assert facts.authorize_resources(alice, "view", resources) == [anvil, acme, roadrunner, anvil]


def test_actions_many(facts):
    got = facts.actions_many(alice, [anvil, gitcloud, acme])
    assert got == [["create_issues", "view"], [], ["view"]]
    assert facts.actions_many(alice, []) == []


def test_query_returns_typed_values(facts):
    rows = facts.query("allow", ValueOfType("User"), "view", anvil)
    assert Fact("allow", (alice, Value("String", "view"), anvil)) in rows
    assert all(isinstance(a, Value) for f in rows for a in f.args)
    who = {f.args[0] for f in facts.query(("allow", None, "view", gitcloud))}
    assert who == {bob}


def test_query_open_positions_come_back_as_any(oso):
    oso.policy("actor User {} resource Doc {} allow(_: User, \"read\", _: Doc);")
    rows = oso.query("allow", None, "read", None)
    assert rows == [Fact("allow", (ANY, Value("String", "read"), ANY))]


def test_explain(facts):
    why = facts.explain(alice, "view", anvil)
    assert why["allowed"] is True and "allow" in why["query"]
    assert facts.explain(alice, "view", gitcloud)["allowed"] is False
    assert "allow" in facts.explain_text(alice, "view", anvil)
