"""Fixtures: a fresh database per test, cloned from a template that has pg_polar, the GitCloud
schema (examples/gitcloud/schema.sql) and the GitCloud policy.

The server comes from PGHOST/PGPORT (scripts/suites/python_client.sh starts a throwaway one);
tests connect as PGUSER (postgres)."""

from __future__ import annotations

import itertools
import os
import pathlib
import sys
from typing import Any, Callable, Iterator, List

import psycopg
import pytest

# clients/python first on the path: run from the repository root, `import pg_polar` would
# otherwise find the extension's build output pg_polar.so there.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

REPO_ROOT = pathlib.Path(__file__).resolve().parents[3]
GITCLOUD = REPO_ROOT / "examples" / "gitcloud"
TEMPLATE = "pg_polar_pyclient_template"
_numbers = itertools.count(1)


def _conninfo(dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(dbname=dbname, user=os.environ.get("PGUSER", "postgres"))


@pytest.fixture(scope="session")
def template_db() -> Iterator[str]:
    if "PGHOST" not in os.environ:
        pytest.exit("PGHOST/PGPORT must point at a server with pg_polar (scripts/test.sh python_client)", 2)
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
        admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
    with psycopg.connect(_conninfo(TEMPLATE), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION pg_polar")
        conn.execute((GITCLOUD / "schema.sql").read_text())
        conn.execute("SELECT polar.load_policy(%s, 'gitcloud.polar')", ((GITCLOUD / "policy.polar").read_text(),))
    yield TEMPLATE
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')


@pytest.fixture
def dbname(template_db: str) -> Iterator[str]:
    name = f"pg_polar_pyclient_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
    yield name
    with psycopg.connect(_conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def dsn(dbname: str) -> str:
    return _conninfo(dbname)


@pytest.fixture
def connect(dsn: str) -> Iterator[Callable[..., psycopg.Connection]]:
    """connect(autocommit=False) -> a new psycopg connection to the test database."""
    opened: List[psycopg.Connection] = []

    def make(autocommit: bool = False) -> psycopg.Connection:
        c = psycopg.connect(dsn, autocommit=autocommit)
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


@pytest.fixture
def conn(connect: Callable[..., psycopg.Connection]) -> psycopg.Connection:
    """An autocommit connection: every call commits on its own, as with Oso Cloud."""
    return connect(autocommit=True)


@pytest.fixture
def oso(conn: psycopg.Connection) -> Any:
    from pg_polar import Oso

    return Oso(conn)
