"""SQL fragments with bound parameters for the application's own queries (list_query and
authorize_query): the filtering that Oso Cloud calls local authorization, done in the same
database, in the same statement."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any, Tuple

_IDENTIFIER_PATH = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)*")
_names = itertools.count(1)
# Parameters are cast with CAST(%s AS jsonb), not %s::jsonb: in sqlalchemy.text() a name
# followed by "::" is not read as a bind parameter.


def quote_column(column: str) -> str:
    """'repositories.id' -> '"repositories"."id"' (identifiers only: never raw SQL)."""
    if not isinstance(column, str) or not _IDENTIFIER_PATH.fullmatch(column):
        raise ValueError(
            f"column {column!r} must be a column name or table.column (letters, digits, _); "
            "for other expressions use pg_polar.sqla with a SQLAlchemy column"
        )
    return ".".join('"' + part + '"' for part in column.split("."))


@dataclass(frozen=True)
class SqlFragment:
    """A boolean SQL expression with %s placeholders (psycopg's style) and their values, e.g.

        f = oso.list_query(user, "view", "Repo", "repositories.id")
        conn.execute(f"SELECT * FROM repositories WHERE {f.sql} ORDER BY id", f.params)
    """

    sql: str
    params: Tuple[Any, ...]

    def sqlalchemy(self) -> Any:
        """The same fragment as sqlalchemy.text(...).bindparams(...), for select().where()."""
        import sqlalchemy

        names = []
        pieces = self.sql.split("%s")
        out = pieces[0]
        for piece in pieces[1:]:
            name = f"pg_polar_{next(_names)}"
            names.append(name)
            out += f":{name}" + piece
        return sqlalchemy.text(out).bindparams(**dict(zip(names, self.params)))

    def __str__(self) -> str:
        return self.sql


def list_fragment(actor: str, action: str, resource_type: str, column: str, context: Any) -> SqlFragment:
    # IN (...) becomes a hashed subplan; the EXISTS is an uncorrelated init plan for the
    # single row '*' that list() returns when the policy grants every resource of the type.
    col = quote_column(column)
    call = "polar.list(%s, %s, %s, CAST(%s AS jsonb))"
    sql = (
        f"({col}::text IN (SELECT l.id FROM {call} AS l(id))"
        f" OR EXISTS (SELECT FROM {call} AS l(id) WHERE l.id = '*'))"
    )
    args = (actor, action, resource_type, context)
    return SqlFragment(sql, args + args)


def authorize_fragment(actor: str, action: str, resource: str, context: Any) -> SqlFragment:
    return SqlFragment("polar.authorize(%s, %s, %s, CAST(%s AS jsonb))", (actor, action, resource, context))


def authorize_column_fragment(actor: str, action: str, resource_type: str, column: str, context: Any) -> SqlFragment:
    col = quote_column(column)
    return SqlFragment(
        f"polar.authorize(%s, %s, %s || {col}::text, CAST(%s AS jsonb))",
        (actor, action, resource_type + ":", context),
    )
