"""End-to-end fixtures: each test gets a fresh GitCloud database (cloned from a template made by
database.install) and the real accounts service, started as its own process on it, reached over
HTTP. The PostgreSQL server comes from PGHOST/PGPORT (scripts/suites/gitcloud.sh starts a
throwaway one and sets GITCLOUD_SERVER_LOG to its log file, GITCLOUD_PORT to the service port)."""

from __future__ import annotations

import html.parser
import http.client
import itertools
import json
import os
import pathlib
import re
import socket
import subprocess
import sys
import time
from typing import Any, Dict, Iterator, List, Optional, Tuple

import psycopg
import pytest

ACCOUNTS = pathlib.Path(__file__).resolve().parents[1]
REPO_ROOT = ACCOUNTS.parents[2]
sys.path[:0] = [str(REPO_ROOT / "clients" / "python"), str(ACCOUNTS)]

import database  # noqa: E402

TEMPLATE = "gitcloud_e2e_template"
_numbers = itertools.count(1)


def conninfo(dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(dbname=dbname, user=os.environ.get("PGUSER", "postgres"))


@pytest.fixture(scope="session")
def template_db() -> Iterator[str]:
    if "PGHOST" not in os.environ:
        pytest.exit("PGHOST/PGPORT must point at a server with pg_polar (scripts/test.sh gitcloud)", 2)
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}"')
        admin.execute(f'CREATE DATABASE "{TEMPLATE}"')
    database.install(conninfo(TEMPLATE))
    yield TEMPLATE
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)')


@pytest.fixture
def dbname(template_db: str) -> Iterator[str]:
    name = f"gitcloud_e2e_{os.getpid()}_{next(_numbers)}"
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_db}"')
        # Every statement the service sends goes to the server log (the SQL-filter tests read it).
        admin.execute(f"ALTER DATABASE \"{name}\" SET log_statement = 'all'")
    yield name
    with psycopg.connect(conninfo("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def db(dbname: str) -> Iterator[psycopg.Connection]:
    """An autocommit connection to the test database, for looking behind the service's back."""
    with psycopg.connect(conninfo(dbname), autocommit=True) as conn:
        yield conn


class Response:
    def __init__(self, status: int, headers: Dict[str, str], text: str) -> None:
        self.status, self.headers, self.text = status, headers, text

    def json(self) -> Any:
        assert self.headers.get("content-type", "").startswith("application/json"), self.text
        return json.loads(self.text)

    def __repr__(self) -> str:
        return f"<{self.status} {self.text[:200]!r}>"


class Service:
    """The running accounts service: call(method, path, user=..., body=...)."""

    def __init__(self, port: int) -> None:
        self.port = port

    def call(
        self,
        method: str,
        path: str,
        user: Optional[str] = None,
        body: Any = None,
        raw: Optional[bytes] = None,
        cookie: Optional[str] = None,
        form: Optional[str] = None,
    ) -> Response:
        headers = {}
        data: Optional[bytes] = raw
        if user is not None:
            headers["X-User"] = user
        if cookie is not None:
            headers["Cookie"] = f"gitcloud_user={cookie}"
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            headers["Content-Type"] = "application/json"
        if form is not None:
            data = form.encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=data, headers=headers)
            r = conn.getresponse()
            return Response(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read().decode())
        finally:
            conn.close()

    def get(self, path: str, user: Optional[str] = None, **kw: Any) -> Response:
        return self.call("GET", path, user, **kw)

    def post(self, path: str, user: Optional[str] = None, body: Any = None, **kw: Any) -> Response:
        return self.call("POST", path, user, body, **kw)

    def delete(self, path: str, user: Optional[str] = None, body: Any = None, **kw: Any) -> Response:
        return self.call("DELETE", path, user, body, **kw)


def _wait_for_port(port: int, proc: subprocess.Popen, log: pathlib.Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the accounts service exited ({proc.returncode}):\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the accounts service did not listen on {port}:\n{log.read_text()}")


def _serve(command: List[str], port: int, log: pathlib.Path, env: Dict[str, str]) -> Iterator[Service]:
    with log.open("w") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env})
    try:
        _wait_for_port(port, proc, log)
        yield Service(port)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    if proc.returncode not in (0, -15):
        raise RuntimeError(f"{command[1]} failed ({proc.returncode}):\n{log.read_text()}")


@pytest.fixture
def service(dbname: str, tmp_path: pathlib.Path) -> Iterator[Service]:
    """The accounts service (Python)."""
    port = int(os.environ.get("GITCLOUD_PORT", "55421"))
    command = [sys.executable, str(ACCOUNTS / "serve.py"), "--dsn", conninfo(dbname), "--port", str(port)]
    yield from _serve(command, port, tmp_path / "accounts.log", {"PYTHONDONTWRITEBYTECODE": "1"})


@pytest.fixture
def actions_service(dbname: str, tmp_path: pathlib.Path) -> Iterator[Service]:
    """The Actions service (Node.js, examples/gitcloud/actions) on the same database."""
    port = int(os.environ.get("GITCLOUD_ACTIONS_PORT", "55422"))
    command = ["node", str(ACCOUNTS.parent / "actions" / "server.js"), "--port", str(port)]
    yield from _serve(command, port, tmp_path / "actions.log", {"PGDATABASE": dbname})


class StatementLog:
    """The statements the database server logged since mark() (log_statement = 'all')."""

    def __init__(self, path: pathlib.Path, dbname: str) -> None:
        self.path, self.dbname, self.offset = path, dbname, 0

    def mark(self) -> None:
        self.offset = self.path.stat().st_size

    def statements(self) -> List[str]:
        with self.path.open("rb") as f:
            f.seek(self.offset)
            text = f.read().decode(errors="replace")
        # An entry starts with the line prefix (a timestamp); a statement's later lines do not.
        entries = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", text)
        # Simple protocol (psycopg2): "statement: ..."; extended protocol (node-postgres):
        # "execute <name>: ..." followed by a DETAIL line with the parameters.
        pattern = r"LOG:  (?:statement|execute [^:]*): (.*?)(?:\n\d{4}-|\Z|\n\S+ \S+ \S+ \[\d+\] DETAIL)"
        return [m.group(1) for e in entries if (m := re.search(pattern, e, re.S))]


@pytest.fixture
def statement_log(dbname: str) -> StatementLog:
    path = os.environ.get("GITCLOUD_SERVER_LOG")
    if not path:
        pytest.fail("GITCLOUD_SERVER_LOG must name the database server's log file (scripts/test.sh gitcloud)")
    return StatementLog(pathlib.Path(path), dbname)


class Buttons(html.parser.HTMLParser):
    """data-test name -> True when the button is enabled, False when disabled."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.enabled: Dict[str, bool] = {}
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: List[Tuple[str, Optional[str]]]) -> None:
        a = dict(attrs)
        if tag == "button" and a.get("data-test"):
            self.enabled[str(a["data-test"])] = "disabled" not in a


def buttons(response: Response) -> Dict[str, bool]:
    assert response.status == 200, response
    return Buttons(response.text).enabled


def snapshot(db: psycopg.Connection) -> Tuple[Any, ...]:
    """Everything a request could change: the app's rows and the facts."""
    q = lambda sql: db.execute(sql).fetchall()  # noqa: E731
    return (
        q("SELECT * FROM users ORDER BY id"),
        q("SELECT * FROM organizations ORDER BY id"),
        q("SELECT * FROM repositories ORDER BY id"),
        q("SELECT * FROM issues ORDER BY id"),
        q("SELECT * FROM actions ORDER BY id"),
        q("SELECT predicate, args FROM polar.facts ORDER BY predicate, args"),
    )


@pytest.fixture
def dsn_for(dbname: str) -> Any:
    return lambda: conninfo(dbname)
