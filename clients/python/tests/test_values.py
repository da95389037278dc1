"""Values: what the client accepts and how it writes them (no database needed)."""

import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base

from pg_polar import ANY, Fact, Value, ValueConversionError, ValueOfType
from pg_polar.values import from_text, pattern_text, to_json, to_text

Base = declarative_base()


class Repo(Base):
    __tablename__ = "repositories"
    id = sa.Column(sa.Integer, primary_key=True)
    type = "Repo"  # the Polar type, as the tutorial's models carry it


def test_value_ids_of_any_type_become_text():
    u = uuid.UUID("12345678-1234-5678-1234-567812345678")
    assert Value("Repo", 7) == Value("Repo", "7")
    assert Value("Doc", u).id == "12345678-1234-5678-1234-567812345678"
    assert str(Value("User", "alice")) == "User:alice"


def test_every_accepted_form_writes_the_same_text():
    expected = "Repo:7"
    assert to_text(Value("Repo", 7)) == expected
    assert to_text({"type": "Repo", "id": 7}) == expected
    assert to_text(Repo(id=7)) == expected  # a real SQLAlchemy model instance


def test_primitives():
    assert to_text(42) == "Integer:42"
    assert to_text(True) == "Boolean:true"
    assert to_text(False) == "Boolean:false"
    assert to_text("member") == "member"
    assert to_json(42) == 42 and to_json(True) is True
    assert to_json("member") == "member"


def test_json_form_uses_the_text_notation_unless_only_an_object_says_it():
    assert to_json(Value("User", "alice")) == "User:alice"
    assert to_json("a:b") == "String:a:b"
    assert to_json("*") == "String:*"
    assert to_json("") == "String:"
    assert to_json("_") == {"type": "String", "id": "_"}
    assert to_json(Value("User", "_")) == {"type": "User", "id": "_"}
    assert to_json(Repo(id=3)) == "Repo:3"


def test_strings_that_would_read_back_as_something_else_get_the_prefix():
    assert to_text("a:b") == "String:a:b"
    assert to_text("Org:acme") == "String:Org:acme"
    assert to_text("*") == "String:*"
    assert to_text("") == "String:"
    assert to_text("1:2") == "1:2"  # not a type prefix
    assert to_text("_") is None  # only the JSON form can say it
    assert to_text(Value("User", "_")) is None


def test_patterns():
    assert pattern_text(None) is None
    assert pattern_text(ANY) is None
    assert pattern_text(ValueOfType("User")) == "User:_"
    assert to_json(None, pattern=True) is None
    assert to_json(ValueOfType("Org"), pattern=True) == "Org:_"


def test_results_read_back_as_values():
    assert from_text("User:alice") == Value("User", "alice")
    assert from_text("member") == Value("String", "member")
    assert from_text("String:a:b") == Value("String", "a:b")
    assert from_text("Integer:5").to_python() == 5
    assert from_text("Boolean:true").to_python() is True
    assert from_text("*") is ANY
    assert Fact("p", (Value("User", "a"),)).args[0].type == "User"


@pytest.mark.parametrize("bad", [None, object(), 1.5, {"type": "User"}, ANY, ValueOfType("User")])
def test_what_is_not_a_value(bad):
    with pytest.raises(ValueConversionError) as info:
        to_text(bad)
    assert isinstance(info.value, TypeError) and isinstance(info.value, ValueError)
    assert info.value.sqlstate is None
