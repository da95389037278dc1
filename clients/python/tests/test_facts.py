"""tell, bulk_tell, delete, bulk_delete, batch and get."""

import pytest

from pg_polar import ANY, Fact, InvalidValueError, UnknownPredicateError, Value, ValueConversionError, ValueOfType

alice, bob = Value("User", "alice"), Value("User", "bob")
acme, osohq = Value("Org", 1), Value("Org", 2)
anvil = Value("Repo", 1)

TAGS = """
actor User {}
resource Repo { roles = ["reader"]; permissions = ["view"]; "view" if "reader"; }
declare has_tag(Repo, String);
declare seats(Repo, Integer);
declare is_protected(Repo, Boolean);
allow(u: User, "tagged", r: Repo) if has_role(u, "reader", r) and has_tag(r, _);
"""


def test_tell_both_forms(oso):
    oso.tell("has_role", alice, "member", acme)
    oso.tell(("has_role", bob, "member", acme))
    oso.tell(["has_role", bob, "member", acme])  # already stored: a no-op
    assert sorted(f.args[0].id for f in oso.get("has_role", None, "member", acme)) == ["alice", "bob"]
    assert oso.authorize(alice, "view", acme)


def test_insert_is_tell(oso):
    oso.insert(("has_role", alice, "member", acme))
    assert oso.get(("has_role", alice, None, None)) == [Fact("has_role", (alice, Value("String", "member"), acme))]


def test_get_returns_typed_values(oso):
    oso.policy(TAGS)
    oso.tell("has_tag", anvil, "a:b")
    oso.tell("seats", anvil, 42)
    oso.tell("is_protected", anvil, True)
    oso.tell("has_tag", anvil, "_")  # only the JSON form can say the string "_"
    oso.tell("has_tag", anvil, "*")
    tags = {f.args[1].to_python() for f in oso.get("has_tag", anvil, None)}
    assert tags == {"a:b", "_", "*"}
    assert oso.get("seats", anvil, None) == [Fact("seats", (anvil, Value("Integer", 42)))]
    assert oso.get("seats", None, None)[0].args[1].to_python() == 42
    assert oso.get("is_protected", ANY, None)[0].args[1].to_python() is True
    assert {f.predicate for f in oso.get(None, anvil, None)} == {"has_tag", "seats", "is_protected"}


def test_entity_with_id_underscore(oso):
    weird = Value("User", "_")
    oso.tell("has_role", weird, "member", acme)
    with pytest.raises(ValueConversionError):  # checks take text, where 'User:_' is a wildcard
        oso.authorize(weird, "view", acme)
    assert oso.get("has_role", None, None, acme)[0].args[0] == weird
    assert oso.delete("has_role", weird, "member", acme) == 1
    assert oso.get("has_role", None, None, acme) == []


def test_bulk_tell(oso):
    n = oso.bulk_tell([("has_role", alice, "member", acme), ("has_role", bob, "admin", osohq)])
    assert n == 2
    assert oso.bulk_tell([]) == 0
    assert len(oso.get("has_role", None, None, None)) == 2


def test_malformed_facts_are_refused_before_sending(oso):
    for bad in ([()], [[]], [(alice, "member")], ["has_role"], [42]):
        with pytest.raises(ValueConversionError):
            oso.bulk_tell(bad)


def test_bulk_tell_is_all_or_nothing(oso):
    with pytest.raises(UnknownPredicateError) as info:
        oso.bulk_tell([("has_role", alice, "member", acme), ("nope", alice)])
    assert info.value.sqlstate == "42704"
    assert oso.get("has_role", None, None, None) == []


def test_delete_patterns(oso):
    oso.bulk_tell(
        [
            ("has_role", alice, "member", acme),
            ("has_role", alice, "admin", osohq),
            ("has_role", bob, "member", acme),
        ]
    )
    assert oso.delete("has_role", alice, None, acme) == 1
    assert oso.delete(("has_role", ValueOfType("User"), "admin", ANY)) == 1
    assert oso.delete("has_role", alice, "member", acme) == 0
    assert oso.get("has_role", None, None, None) == [Fact("has_role", (bob, Value("String", "member"), acme))]


def test_bulk_delete(oso):
    oso.bulk_tell([("has_role", alice, "member", acme), ("has_role", bob, "member", osohq)])
    assert oso.bulk_delete([("has_role", alice, None, None), ("has_role", None, None, ValueOfType("Org"))]) == 2
    assert oso.get("has_role", None, None, None) == []
    assert oso.bulk_delete([]) == 0


def test_batch_context_manager_applies_in_order(oso):
    oso.tell("has_role", alice, "member", osohq)
    with oso.batch() as tx:
        tx.insert(("has_role", alice, "member", acme))
        tx.insert("has_role", bob, "member", acme)
        tx.delete(("has_role", alice, None, osohq))
        tx.insert(("has_role", alice, "admin", osohq))  # after the delete: kept
        assert [list(c) for c in tx.changes] == [["inserts"], ["deletes"], ["inserts"]]
    roles = {(f.args[0].id, f.args[1].id, f.args[2].id) for f in oso.get("has_role", None, None, None)}
    assert roles == {("alice", "member", "1"), ("bob", "member", "1"), ("alice", "admin", "2")}


def test_batch_function(oso):
    oso.batch(lambda tx: (tx.insert(("has_role", alice, "member", acme)), tx.delete(("has_role", bob, None, None))))
    assert oso.authorize(alice, "view", acme)


def test_batch_not_applied_when_the_block_raises(oso):
    with pytest.raises(RuntimeError):
        with oso.batch() as tx:
            tx.insert(("has_role", alice, "member", acme))
            raise RuntimeError("the request failed")
    assert oso.get("has_role", None, None, None) == []


def test_batch_is_atomic(oso):
    oso.tell("has_role", bob, "member", acme)
    with pytest.raises(InvalidValueError) as info:
        with oso.batch() as tx:
            tx.delete(("has_role", bob, None, None))
            tx.insert(("has_role", alice, "member", acme))
            tx.insert(("has_role", Value("User", ""), "member", acme))  # bad value: all undone
    assert info.value.sqlstate == "22P02"
    assert oso.get("has_role", None, None, None) == [Fact("has_role", (bob, Value("String", "member"), acme))]


def test_facts_from_get_can_be_deleted_and_told_again(oso):
    oso.policy(TAGS)
    oso.bulk_tell([("has_tag", anvil, "a:b"), ("seats", anvil, 7), ("is_protected", anvil, False)])
    stored = oso.get(None, anvil, None)
    assert len(stored) == 3
    for fact in stored:
        assert oso.delete(fact) == 1
    assert oso.get(None, anvil, None) == []
    oso.bulk_tell(stored)
    assert sorted(oso.get(None, anvil, None)) == sorted(stored)
