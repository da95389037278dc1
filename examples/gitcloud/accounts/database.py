"""Creates GitCloud's database: the extension, the tables, the policy (policy.polar with
actions.polar appended), the permission filters and the seed data.

    /usr/bin/python3 database.py DSN       (run.sh and the tests do this on a fresh database)
"""

import pathlib
import sys

import psycopg

GITCLOUD = pathlib.Path(__file__).resolve().parents[1]


def policy_source() -> str:
    """The full GitCloud policy: the tutorial's policy.polar, then the Action resource."""
    return (GITCLOUD / "policy.polar").read_text() + "\n" + (GITCLOUD / "actions.polar").read_text()


def install(dsn: str, seed: bool = True) -> None:
    with psycopg.connect(dsn) as conn:  # one transaction: all of it or nothing
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_polar")
        conn.execute((GITCLOUD / "schema.sql").read_text())
        conn.execute("SELECT polar.load_policy(%s, 'gitcloud.polar')", (policy_source(),))
        conn.execute((GITCLOUD / "app_schema.sql").read_text())
        if seed:
            conn.execute((GITCLOUD / "seed_facts.sql").read_text())


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: database.py DSN")
    install(sys.argv[1])
