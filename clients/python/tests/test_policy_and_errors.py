"""policy(), policy_metadata(), and every error as the library's own exception."""

import psycopg
import pytest

import pg_polar
from pg_polar import (
    DatabaseError,
    InvalidArgumentError,
    InvalidPolicyError,
    InvalidValueError,
    PolarError,
    PolicyError,
    PolicySyntaxError,
    PolicyTestFailedError,
    Position,
    TooComplexError,
    UndefinedObjectError,
    UnknownPredicateError,
    UnknownTypeError,
    Value,
    WrongTypeError,
)
from pg_polar.errors import from_driver_error, parse_position

alice, acme = Value("User", "alice"), Value("Org", 1)

SMALL = """actor User {}
resource Doc {
  roles = ["owner"];
  permissions = ["read"];
  "read" if "owner";
}
"""


def test_policy_loads_and_returns_the_version(oso, conn):
    before = conn.execute("SELECT max(version) FROM polar.policies").fetchone()[0]
    assert oso.policy(SMALL, "small.polar") == before + 1
    oso.tell("has_role", alice, "owner", Value("Doc", "d1"))
    assert oso.authorize(alice, "read", Value("Doc", "d1"))
    assert oso.policy("") == before + 2  # the empty policy denies everything
    assert oso.authorize(alice, "read", Value("Doc", "d1")) is False


def test_policy_metadata(oso):
    meta = oso.policy_metadata()
    assert meta["resources"]["Repo"]["relations"] == {"parent": "Org"}
    assert "view" in meta["resources"]["Org"]["permissions"]
    assert oso.get_policy_metadata() == meta


def test_syntax_error_has_sqlstate_and_position(oso):
    bad = "actor User {}\nresource Doc {\n  roles = [\"owner\"]\n  permissions = [\"read\"];\n}\n"
    with pytest.raises(PolicySyntaxError) as info:
        oso.policy(bad, "bad.polar")
    err = info.value
    assert isinstance(err, PolicyError) and isinstance(err, PolarError)
    assert err.sqlstate == "42601"
    assert err.position == Position(4, 3, "bad.polar")
    assert "Unexpected 'permissions'" in err.message
    assert err.hint
    assert not isinstance(err, psycopg.Error)


def test_invalid_policy_error(oso):
    with pytest.raises(InvalidPolicyError) as info:
        oso.policy('actor User {}\nresource Doc {\n  permissions = ["read"];\n  "read" if "nope";\n}', "p.polar")
    assert info.value.sqlstate == "42P17"
    assert info.value.position == Position(4, 13, "p.polar")
    # the previous policy (GitCloud) is still active
    assert "Repo" in oso.policy_metadata()["resources"]


def test_failing_policy_test(oso):
    source = SMALL + 'test "owners read" {\n  assert allow(User{"a"}, "read", Doc{"d"});\n}\n'
    with pytest.raises(PolicyTestFailedError) as info:
        oso.policy(source, "t.polar")
    assert info.value.sqlstate == "23514"
    assert info.value.position is not None and info.value.position.line == 8
    assert oso.policy(source, "t.polar", force=True) > 0


def test_fact_errors(oso):
    with pytest.raises(UnknownPredicateError) as info:
        oso.tell("nope", alice)
    assert info.value.sqlstate == "42704" and "nope/1" in info.value.message and info.value.hint
    with pytest.raises(InvalidArgumentError) as info:
        oso.tell("has_relation", Value("Repo", 1), "parent")
    assert info.value.sqlstate == "22023"
    with pytest.raises(WrongTypeError) as info:
        oso.tell("has_relation", Value("Repo", 1), "parent", alice)
    assert info.value.sqlstate == "42804" and not isinstance(info.value, UnknownTypeError)
    with pytest.raises(UnknownTypeError) as info:
        oso.tell("has_role", Value("Team", "eng"), "member", acme)
    assert info.value.sqlstate == "42804"
    with pytest.raises(InvalidValueError) as info:
        oso.tell("has_role", Value("User", ""), "member", acme)
    assert info.value.sqlstate == "22P02" and isinstance(info.value, ValueError)
    with pytest.raises(InvalidArgumentError):
        oso.authorize(alice, "view", acme, context_facts=[["has_relation", Value("Repo", 1)]])


def test_unknown_policy_version(oso, conn):
    with pytest.raises(UndefinedObjectError) as info:
        pg_polar.Oso(conn)._rows("SELECT polar.activate_policy(%s)", (999999,))
    assert info.value.sqlstate == "42704" and not isinstance(info.value, UnknownPredicateError)


def test_other_database_errors_are_wrapped(oso, connect):
    ro = connect()
    ro.execute("SET TRANSACTION READ ONLY")
    with pytest.raises(DatabaseError) as info:
        pg_polar.Oso(ro).tell("has_role", alice, "member", acme)
    assert info.value.sqlstate == "25006"
    assert isinstance(info.value.__cause__, psycopg.Error)


def test_mapping_of_every_sqlstate():
    class Diag:
        def __init__(self, sqlstate, message):
            self.sqlstate, self.message_primary = sqlstate, message
            self.message_hint, self.message_detail = "a hint", None

    class FakeDriverError(Exception):
        def __init__(self, sqlstate, message):
            super().__init__(message)
            self.diag = Diag(sqlstate, message)

    cases = {
        "22P02": InvalidValueError,
        "22023": InvalidArgumentError,
        "42601": PolicySyntaxError,
        "42P17": InvalidPolicyError,
        "23514": PolicyTestFailedError,
        "54001": TooComplexError,
        "40001": DatabaseError,
    }
    for state, cls in cases.items():
        err = from_driver_error(FakeDriverError(state, "x"))
        assert type(err) is cls and err.sqlstate == state and err.hint == "a hint"
    assert type(from_driver_error(FakeDriverError("42704", "p/1 is not used in policy."))) is UnknownPredicateError
    assert type(from_driver_error(FakeDriverError("42804", "type 'T' is not used in policy."))) is UnknownTypeError


def test_position_formats():
    assert parse_position("bad.polar:2:25: Unsupported syntax") == Position(2, 25, "bad.polar")
    assert parse_position("2:17: Unexpected character '$'.") == Position(2, 17)
    assert parse_position('t.polar: policy test "x" failed: 12:3: assert allow(...)') == Position(12, 3)
    assert parse_position("invalid binding signature at character 10: ...") == Position(1, 10)
    assert parse_position('Cannot write has_role(User{"a:1"}): ...') is None
