"""pg_polar: the Oso Cloud client API over pg_polar, on the application's own connection.

    from pg_polar import Oso, Value
    oso = Oso(conn)                      # psycopg / psycopg2 connection, pool, or SQLAlchemy
    oso.tell("has_role", Value("User", "alice"), "member", Value("Org", "acme"))
    oso.authorize(Value("User", "alice"), "view", Value("Org", "acme"))   # True
"""

from .batch import Batch
from .client import Oso
from .errors import (
    DatabaseError,
    FactError,
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
    ValueConversionError,
    WrongTypeError,
)
from .fragments import SqlFragment
from .values import ANY, Fact, Value, ValueOfType

__all__ = [
    "ANY",
    "Batch",
    "DatabaseError",
    "Fact",
    "FactError",
    "InvalidArgumentError",
    "InvalidPolicyError",
    "InvalidValueError",
    "Oso",
    "PolarError",
    "PolicyError",
    "PolicySyntaxError",
    "PolicyTestFailedError",
    "Position",
    "SqlFragment",
    "TooComplexError",
    "UndefinedObjectError",
    "UnknownPredicateError",
    "UnknownTypeError",
    "Value",
    "ValueConversionError",
    "ValueOfType",
    "WrongTypeError",
]
__version__ = "0.1.0"
