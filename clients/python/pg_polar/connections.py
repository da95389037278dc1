"""Where the client's SQL runs: one connection, a pool, a factory, or SQLAlchemy objects.

Everything is reduced to a "borrow" function returning a context manager that yields a DB-API
connection (psycopg 3 or psycopg2). A plain connection is used as it is, in whatever transaction
it is in: the client never commits, rolls back or closes a connection it was given.
"""

from __future__ import annotations

import contextlib
import inspect
from typing import Any, Callable, ContextManager, Iterator, List, Optional, Protocol, Sequence, Tuple, Type


class ConnectionSource(Protocol):
    """A pool: psycopg_pool.ConnectionPool, or anything whose connection() is a context manager
    yielding a connection (and commits when the block succeeds, as psycopg_pool does)."""

    def connection(self) -> ContextManager[Any]: ...


Borrow = Callable[[], ContextManager[Any]]


def _module(obj: Any) -> str:
    return type(obj).__module__ or ""


def is_dbapi_connection(obj: Any) -> bool:
    """A psycopg 3 Connection or a psycopg2 connection."""
    mod = _module(obj)
    return (mod.startswith("psycopg.") or mod == "psycopg" or mod.startswith("psycopg2")) and hasattr(obj, "cursor")


def _sqlalchemy_dbapi(sa_connection: Any) -> Any:
    fairy = sa_connection.connection  # the pool's proxy of the DB-API connection
    raw = getattr(fairy, "dbapi_connection", None) or getattr(fairy, "connection", None)
    if not is_dbapi_connection(raw):
        raise TypeError(f"pg_polar needs a psycopg or psycopg2 connection under SQLAlchemy, not {type(raw).__name__}")
    return raw


def resolve(source: Any) -> Tuple[Optional[Any], Optional[Borrow]]:
    """(connection, None) for a fixed connection, (None, borrow) for anything else."""
    if is_dbapi_connection(source):
        if inspect.iscoroutinefunction(getattr(source, "execute", None)):
            raise TypeError("pg_polar's client is synchronous: pass a psycopg Connection, not an AsyncConnection")
        return source, None
    mod = _module(source)
    if mod.startswith("sqlalchemy"):
        if hasattr(source, "get_bind") and hasattr(source, "connection"):  # orm.Session

            @contextlib.contextmanager
            def from_session() -> Iterator[Any]:
                # The session's current transaction, begun if needed: checks see flushed rows.
                yield _sqlalchemy_dbapi(source.connection())

            return None, from_session
        if hasattr(source, "raw_connection") and hasattr(source, "begin"):  # Engine

            @contextlib.contextmanager
            def from_engine() -> Iterator[Any]:
                with source.begin() as conn:
                    yield _sqlalchemy_dbapi(conn)

            return None, from_engine
        if hasattr(source, "connection") and hasattr(source, "execute"):  # engine.Connection
            return _sqlalchemy_dbapi(source), None
    pool_connection = getattr(source, "connection", None)
    if callable(pool_connection):
        return None, pool_connection
    if callable(source):
        return None, source
    raise TypeError(
        "Oso() takes a psycopg/psycopg2 connection, a pool with .connection() (psycopg_pool), "
        "a callable returning a context manager that yields a connection, or a SQLAlchemy "
        f"Engine/Connection/Session; got {type(source).__name__}"
    )


def execute(conn: Any, sql: str, params: Sequence[Any]) -> List[Any]:
    """Runs one statement and returns its rows (psycopg 3 and psycopg2 alike)."""
    rows: List[Any]
    run = getattr(conn, "execute", None)
    if run is not None:  # psycopg 3: one call, no cursor object to manage
        rows = run(sql, params).fetchall()
        return rows
    with conn.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall() if cur.description is not None else []
        return rows


def driver_errors() -> Tuple[Type[BaseException], ...]:
    """The base error classes of the installed drivers."""
    found: List[Type[BaseException]] = []
    try:
        import psycopg

        found.append(psycopg.Error)
    except ImportError:  # pragma: no cover - psycopg2-only installs
        pass
    try:
        import psycopg2

        found.append(psycopg2.Error)
    except ImportError:
        pass
    return tuple(found)


@contextlib.contextmanager
def transaction(conn: Any) -> Iterator[Any]:
    """A transaction (or a savepoint inside one) on conn, committed when the block succeeds."""
    begin = getattr(conn, "transaction", None)
    if begin is not None:  # psycopg 3: BEGIN, or SAVEPOINT when already in a transaction
        with begin():
            yield conn
        return
    # psycopg2: the connection starts a transaction on the first statement (unless autocommit).
    if conn.autocommit:
        raise TypeError("transaction() needs a psycopg2 connection with autocommit off")
    with conn:  # commits on success, rolls back on an exception
        yield conn
