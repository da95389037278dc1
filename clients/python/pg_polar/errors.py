"""The client's exceptions: pg_polar's SQLSTATEs mapped to classes, never a bare driver error.

    PolarError                      every error the client raises (sqlstate, message, position, hint)
    ├── PolicyError                 a policy was rejected
    │   ├── PolicySyntaxError       42601 the source does not parse
    │   ├── InvalidPolicyError      42P17 it parses but is not a valid policy
    │   └── PolicyTestFailedError   23514 one of its test blocks failed
    ├── FactError                   a fact, value or argument was rejected
    │   ├── InvalidValueError       22P02 / 22004 a value is malformed or NULL (also a ValueError)
    │   │   └── ValueConversionError   the client could not convert a Python object (also a TypeError)
    │   ├── InvalidArgumentError    22023 bad JSON shape, wrong number of arguments
    │   ├── UnknownPredicateError   42704 the policy neither uses nor declares the predicate
    │   └── WrongTypeError          42804 an argument's type does not fit the predicate
    │       └── UnknownTypeError    42804 the type is not used in the policy
    ├── UndefinedObjectError        42704 otherwise (e.g. a policy version that does not exist)
    ├── TooComplexError             54001 a policy or query is beyond pg_polar's limits
    └── DatabaseError               anything else from the database or the driver
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional, Type


@dataclass(frozen=True)
class Position:
    """Where in a policy source an error is: 1-based line and column (and file, when named)."""

    line: int
    column: int
    filename: Optional[str] = None

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}"
        return f"{self.filename}:{where}" if self.filename else where


class PolarError(Exception):
    """Base of every error the client raises.

    sqlstate: the SQLSTATE pg_polar reported (None for errors found in the client);
    message: the primary message; detail, hint: the server's DETAIL and HINT (or None);
    position: a Position parsed from the message ("file:line:column: ..."), or None."""

    def __init__(
        self,
        message: str,
        sqlstate: Optional[str] = None,
        hint: Optional[str] = None,
        detail: Optional[str] = None,
        position: Optional[Position] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.sqlstate = sqlstate
        self.hint = hint
        self.detail = detail
        self.position = position if position is not None else parse_position(message)

    def __str__(self) -> str:
        text = f"{self.sqlstate}: {self.message}" if self.sqlstate else self.message
        if self.hint:
            text += f"\nHINT: {self.hint}"
        return text


class PolicyError(PolarError):
    pass


class PolicySyntaxError(PolicyError):
    pass


class InvalidPolicyError(PolicyError):
    pass


class PolicyTestFailedError(PolicyError):
    pass


class FactError(PolarError):
    pass


class InvalidValueError(FactError, ValueError):
    pass


class ValueConversionError(InvalidValueError, TypeError):
    """A Python object the client cannot turn into a Polar value (None where a value is needed,
    an object without type and id). Raised before anything is sent to the database."""


class InvalidArgumentError(FactError):
    pass


class UnknownPredicateError(FactError):
    pass


class WrongTypeError(FactError):
    pass


class UnknownTypeError(WrongTypeError):
    pass


class UndefinedObjectError(PolarError):
    pass


class TooComplexError(PolarError):
    pass


class DatabaseError(PolarError):
    pass


_BY_SQLSTATE: Dict[str, Type[PolarError]] = {
    "42601": PolicySyntaxError,
    "42P17": InvalidPolicyError,
    "23514": PolicyTestFailedError,
    "22P02": InvalidValueError,
    "22004": InvalidValueError,
    "22023": InvalidArgumentError,
    "42704": UndefinedObjectError,
    "42804": WrongTypeError,
    "54001": TooComplexError,
}

# "file:line:col: message", "line:col: message" (policy errors), or the same after a prefix such
# as 'policy test "x" failed: 12:3: assert ...'.
_POS_AT_START = re.compile(r"(?:(?P<file>[^\s:][^:\n]*?):)?(?P<line>\d+):(?P<col>\d+): ")
_POS_INSIDE = re.compile(r"(?:^|: )(?:(?P<file>[^\s:][^:\n]*?):)?(?P<line>\d+):(?P<col>\d+): ")
_AT_CHARACTER = re.compile(r"\bat character (?P<col>\d+)\b")


def parse_position(message: str) -> Optional[Position]:
    m = _POS_AT_START.match(message) or _POS_INSIDE.search(message)
    if m:
        return Position(int(m.group("line")), int(m.group("col")), m.group("file"))
    m = _AT_CHARACTER.search(message)
    if m:  # single-line inputs such as binding signatures
        return Position(1, int(m.group("col")))
    return None


def _class_for(sqlstate: Optional[str], message: str) -> Type[PolarError]:
    cls: Type[PolarError] = _BY_SQLSTATE.get(sqlstate or "", DatabaseError)
    if cls is UndefinedObjectError and "is not used in policy" in message:
        return UnknownPredicateError
    if cls is WrongTypeError and re.search(r"type '[^']*' is not used in policy", message):
        return UnknownTypeError
    return cls


def from_driver_error(exc: BaseException) -> PolarError:
    """Wraps a psycopg (3) or psycopg2 exception (kept as __cause__ by the caller)."""
    diag = getattr(exc, "diag", None)
    sqlstate = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    if diag is not None:
        sqlstate = sqlstate or getattr(diag, "sqlstate", None)
    message = (getattr(diag, "message_primary", None) if diag is not None else None) or str(exc).strip()
    hint = getattr(diag, "message_hint", None) if diag is not None else None
    detail = getattr(diag, "message_detail", None) if diag is not None else None
    cls = _class_for(sqlstate, message)
    return cls(message, sqlstate=sqlstate, hint=hint, detail=detail)
