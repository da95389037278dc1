"""The package's type hints (py.typed) hold under mypy --strict, and callers get real types."""

import os
import pathlib

from mypy import api

HERE = pathlib.Path(__file__).resolve().parent
PACKAGE = HERE.parent / "pg_polar"

USER_CODE = '''
from typing import Any, List
import psycopg
from pg_polar import Fact, Oso, Value, PolarError, Position, SqlFragment

def check(conn: "psycopg.Connection[Any]") -> None:
    oso = Oso(conn)
    ok: bool = oso.authorize(Value("User", "a"), "view", Value("Repo", 1))
    ids: List[str] = oso.list(Value("User", "a"), "view", "Repo")
    acts: List[str] = oso.actions(Value("User", "a"), Value("Repo", 1))
    facts: List[Fact] = oso.get("has_role", None, None, None)
    many: List[bool] = oso.authorize_many(Value("User", "a"), "view", [Value("Repo", 1)])
    n: int = oso.bulk_tell([("has_role", Value("User", "a"), "member", Value("Org", 1))])
    f: SqlFragment = oso.list_query(Value("User", "a"), "view", "Repo", "r.id")
    version: int = oso.policy("")
    try:
        oso.tell("x", 1)
    except PolarError as e:
        pos: "Position | None" = e.position
'''


def run_mypy(*args: str):
    os.environ["MYPYPATH"] = str(HERE.parent)  # where user code finds pg_polar
    out, err, status = api.run(["--strict", "--no-incremental", "--cache-dir=/dev/null", *args])
    return status, out + err


def test_package_is_strictly_typed():
    status, out = run_mypy("--config-file", str(HERE.parent / "pyproject.toml"), str(PACKAGE))
    assert status == 0, out


def test_callers_get_the_declared_types(tmp_path):
    ok = tmp_path / "user_code.py"
    ok.write_text(USER_CODE)
    status, out = run_mypy(str(ok))
    assert status == 0, out
    bad = tmp_path / "bad_code.py"
    bad.write_text(USER_CODE + '\n    wrong: str = oso.authorize(Value("User", "a"), "view", Value("Repo", 1))\n')
    status, out = run_mypy(str(bad))
    assert status == 1 and 'incompatible types in assignment (expression has type "bool"' in out.lower(), out
