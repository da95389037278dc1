"""Polar values as the Oso Cloud clients take them, and their text/JSON notation in pg_polar.

pg_polar's SQL functions take values as text ('User:alice', 'member', 'Integer:42') or, in the
bulk calls, as JSON ({"type": "User", "id": "alice"}, 42, true); see sql-api.md, section 1.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from typing import Any, Dict, NamedTuple, Optional, Sequence, Tuple, Union

from .errors import ValueConversionError

# A prefix is a type when it matches this and is followed by ':' (sql-api.md, section 1).
_TYPED = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(.*)", re.DOTALL)

STRING, INTEGER, BOOLEAN = "String", "Integer", "Boolean"


def _id_text(id_: object) -> str:
    if isinstance(id_, bool):
        return "true" if id_ else "false"
    return id_ if isinstance(id_, str) else str(id_)


@dataclass(frozen=True, init=False)
class Value:
    """A Polar value: an entity (Value("User", "alice")) or a typed primitive
    (Value("String", "member"), Value("Integer", "42"), Value("Boolean", "true")).

    Ids of any type (int, uuid.UUID, ...) are stored as their text, so Value("Repo", 7) ==
    Value("Repo", "7")."""

    type: str
    id: str

    def __init__(self, type: str, id: object) -> None:
        if not isinstance(type, str):
            raise ValueConversionError(f"a value's type must be a string, not {builtins.type(type).__name__}")
        if id is None:
            raise ValueConversionError(f"Value({type!r}, None): the id is missing")
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "id", _id_text(id))

    def to_python(self) -> Union[str, int, bool, "Value"]:
        """str, int or bool for a primitive; the Value itself for an entity."""
        if self.type == STRING:
            return self.id
        if self.type == INTEGER:
            return int(self.id)
        if self.type == BOOLEAN:
            return self.id == "true"
        return self

    def __str__(self) -> str:
        return f"{self.type}:{self.id}"


@dataclass(frozen=True)
class ValueOfType:
    """A pattern matching any value of exactly one type (Oso Cloud's ValueOfType), 'Type:_'."""

    type: str

    def __str__(self) -> str:
        return f"{self.type}:_"


class _Any:
    """The wildcard: as a pattern argument it matches every value (like None); in query results
    it is a position the policy leaves open, i.e. "every value" (pg_polar renders it '*')."""

    _instance: Optional["_Any"] = None

    def __new__(cls) -> "_Any":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "pg_polar.ANY"

    def __str__(self) -> str:
        return "*"


ANY = _Any()

# What the client accepts where a value goes: Value, {"type", "id"} dicts, objects with type and
# id attributes (ORM models), str, int, bool. In patterns also None, ANY and ValueOfType.
ValueLike = Any


class Fact(NamedTuple):
    """A fact as get() and query() return it: the predicate and its typed arguments."""

    predicate: str
    args: Tuple[Value, ...]


def to_value(x: ValueLike, what: str = "value") -> Value:
    """Normalise anything the client accepts to a Value (primitives become String/Integer/Boolean)."""
    if isinstance(x, Value):
        return x
    if x is None:
        raise ValueConversionError(
            f"{what} is None; pg_polar needs a value here",
            hint="Pass Value('User', 'alice'), an object with type and id attributes, or a str/int/bool.",
        )
    if isinstance(x, bool):
        return Value(BOOLEAN, "true" if x else "false")
    if isinstance(x, int):
        return Value(INTEGER, str(x))
    if isinstance(x, str):
        return Value(STRING, x)
    if isinstance(x, dict):
        if "type" in x and "id" in x:
            return Value(x["type"], x["id"])
        raise ValueConversionError(f"{what} {x!r}: a dict value needs the keys 'type' and 'id'")
    if isinstance(x, (ValueOfType, _Any)):
        raise ValueConversionError(f"{what} {x!r} is a wildcard, not a value; wildcards are only allowed in patterns")
    type_, id_ = getattr(x, "type", None), getattr(x, "id", None)
    if isinstance(type_, str) and id_ is not None:
        return Value(type_, id_)
    raise ValueConversionError(
        f"cannot use {type(x).__name__} object as a Polar {what}",
        hint="Give the class `type` and `id` attributes, or pass Value(type, id).",
    )


def _text_of(v: Value) -> Optional[str]:
    """The text notation of a value, or None when only the JSON form can express it."""
    if v.type == STRING:
        s = v.id
        if s == "_":
            return None  # 'String:_' would read back as a typed wildcard
        if s == "*" or _TYPED.match(s):
            return "String:" + s
        return s if s else "String:"
    if v.id == "_":
        return None  # 'Type:_' is a typed wildcard; {"type", "id": "_"} is the entity
    return f"{v.type}:{v.id}"


def to_text(x: ValueLike, what: str = "value") -> Optional[str]:
    """The text notation of a value; None when it needs the JSON form (an id or string '_')."""
    return _text_of(to_value(x, what))


def require_text(x: ValueLike, what: str = "value") -> str:
    cls = type(x)
    if cls is Value:  # fast paths: the client's per-check cost is mostly here
        if x.id != "_" and x.type != STRING:
            return f"{x.type}:{x.id}"
    elif cls is str and x and ":" not in x and x != "_" and x != "*":
        return str(x)
    text = to_text(x, what)
    if text is None:
        raise ValueConversionError(
            f"{what} {to_value(x)!r}: an id or string '_' cannot be passed here ('_' is a wildcard in pg_polar's text notation)",
            hint="Facts with such values can be written with tell/bulk_tell, which send the JSON form.",
        )
    return text


def pattern_text(x: ValueLike, what: str = "argument") -> Optional[str]:
    """Text of a pattern argument: None (SQL NULL) for None/ANY, 'Type:_' for ValueOfType."""
    if x is None or x is ANY:
        return None
    if isinstance(x, ValueOfType):
        return str(x)
    return require_text(x, what)


def to_json(x: ValueLike, pattern: bool = False, what: str = "value") -> Any:
    """The JSON form of a value for bulk_tell/bulk_delete/batch/context facts: the text notation
    as a JSON string (what the server parses fastest), the {"type", "id"} object only where the
    text would read back as a wildcard, JSON numbers and booleans for int and bool."""
    cls = type(x)
    if cls is Value:
        v = x
    elif cls is str:  # the common case first: a plain string stays as it is
        if x and ":" not in x and x != "_" and x != "*":
            return x
        v = Value(STRING, x)
    elif cls is bool or cls is int:
        return x
    elif pattern and (x is None or x is ANY):
        return None
    elif pattern and cls is ValueOfType:
        return str(x)
    else:
        v = to_value(x, what)
    text = _text_of(v)
    return text if text is not None else {"type": v.type, "id": v.id}


def from_text(s: Optional[str]) -> Any:
    """A value rendered by pg_polar back to a Value ('*', an open position, becomes ANY)."""
    if s is None:
        return None
    if s == "*":
        return ANY
    m = _TYPED.match(s)
    if m:
        return Value(m.group(1), m.group(2))
    return Value(STRING, s)


def split_fact(fact: Union[Fact, Sequence[Any]], what: str = "fact") -> Tuple[str, Sequence[Any]]:
    """('has_role', user, 'member', org) / ['has_role', ...] / Fact(...) -> (predicate, args)."""
    if isinstance(fact, Fact):
        return fact.predicate, fact.args
    if isinstance(fact, dict):  # Oso Cloud v1 shape {"name": ..., "args": [...]}
        d: Dict[str, Any] = fact
        name, args = d.get("name", d.get("predicate")), d.get("args")
        if isinstance(name, str) and isinstance(args, (list, tuple)):
            return name, args
    if isinstance(fact, (list, tuple)) and fact and isinstance(fact[0], str):
        return fact[0], fact[1:]
    raise ValueConversionError(
        f"{what} {fact!r} is not a fact",
        hint="Write a fact as (predicate, arg, ...), e.g. ('has_role', user, 'member', org).",
    )


def type_name(x: Union[str, type, Any]) -> str:
    """A resource type given as 'Repo', as a class with a `type` attribute, or as a Value."""
    if isinstance(x, str):
        return x
    t = getattr(x, "type", None)
    if isinstance(t, str):
        return t
    raise ValueConversionError(f"{x!r} is not a resource type; pass its name, e.g. 'Repo'")
