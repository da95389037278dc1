#!/usr/bin/python3
"""The Python client's overhead (BENCHMARKS.md, "Client libraries"; bench/results/clients.md).

    bench/clients/python_overhead.sh            starts a throwaway server, then runs this
    PGHOST=... PGPORT=... bench/clients/python_overhead.py [--quick] [--write FILE]

1. authorize round trip: Oso.authorize(Value, "view", Value) against the same statement through
   bare psycopg (same connection, same SQL text, parameters already as text), in alternating
   chunks; per-call wall time, medians.
2. bulk_tell of 100,000 facts: Oso.bulk_tell(list of facts with Values) against polar.bulk_tell
   called in SQL on JSON built by the server, and against bare psycopg sending a JSON text
   built beforehand. Each run inside a transaction that is rolled back, then VACUUM.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import random
import statistics
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "clients" / "python"))

import psycopg  # noqa: E402

from pg_polar import Oso, Value  # noqa: E402

USERS, ORGS, REPOS_PER_ORG = 1000, 50, 20
SQL = "SELECT polar.authorize(%s, %s, %s, %s::jsonb)"  # the client's statement, verbatim


def setup(conn: psycopg.Connection) -> None:
    conn.execute("DROP EXTENSION IF EXISTS pg_polar CASCADE")
    conn.execute("CREATE EXTENSION pg_polar")
    conn.execute("SELECT polar.load_policy(%s, 'gitcloud.polar')", ((REPO / "examples/gitcloud/policy.polar").read_text(),))
    rng = random.Random(1)
    facts = []
    for u in range(USERS):
        for org in rng.sample(range(ORGS), 2):
            facts.append(["has_role", f"User:u{u}", rng.choice(["member", "admin"]), f"Org:{org}"])
    for org in range(ORGS):
        for r in range(REPOS_PER_ORG):
            facts.append(["has_relation", f"Repo:{org * REPOS_PER_ORG + r}", "parent", f"Org:{org}"])
    conn.execute("SELECT polar.bulk_tell(%s::jsonb)", (json.dumps(facts),))
    conn.execute("VACUUM ANALYZE")


def authorize_bench(conn: psycopg.Connection, chunks: int, chunk: int) -> dict:
    oso = Oso(conn)
    rng = random.Random(2)
    reqs = [(rng.randrange(USERS), rng.randrange(ORGS * REPOS_PER_ORG)) for _ in range(chunk)]
    values = [(Value("User", f"u{u}"), Value("Repo", r)) for u, r in reqs]
    texts = [(f"User:u{u}", "view", f"Repo:{r}", None) for u, r in reqs]
    clock = time.perf_counter_ns

    def client() -> list:
        out = []
        for actor, repo in values:
            t = clock()
            oso.authorize(actor, "view", repo)
            out.append(clock() - t)
        return out

    def bare() -> list:
        out = []
        for params in texts:
            t = clock()
            conn.execute(SQL, params).fetchone()[0]
            out.append(clock() - t)
        return out

    # same answers, and a warm-up (psycopg prepares the statement after 5 runs)
    assert [oso.authorize(a, "view", r) for a, r in values[:200]] == [conn.execute(SQL, p).fetchone()[0] for p in texts[:200]]
    allowed = sum(conn.execute(SQL, p).fetchone()[0] for p in texts)
    c_all, b_all, ratios = [], [], []
    for i in range(chunks):
        first, second = (client, bare) if i % 2 == 0 else (bare, client)
        a, b = first(), second()
        c, d = (a, b) if first is client else (b, a)
        c_all += c
        b_all += d
        ratios.append(statistics.median(c) / statistics.median(d))
    return {
        "calls": len(c_all),
        "allowed_share": allowed / len(texts),
        "client_us": statistics.median(c_all) / 1000,
        "bare_us": statistics.median(b_all) / 1000,
        "ratio": statistics.median(c_all) / statistics.median(b_all),
        "chunk_ratio_median": statistics.median(ratios),
        "chunk_ratio_range": (min(ratios), max(ratios)),
    }


def bulk_bench(conn: psycopg.Connection, n: int, reps: int) -> dict:
    oso = Oso(conn)
    facts = [("has_role", Value("User", f"bulk{i}"), "member", Value("Org", i % ORGS)) for i in range(n)]
    payload = json.dumps([["has_role", f"User:bulk{i}", "member", f"Org:{i % ORGS}"] for i in range(n)])
    in_sql = (
        "SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_role', 'User:bulk' || i, 'member', 'Org:' || (i %% %s))))"
        " FROM generate_series(0, %s) AS i"
    )

    def run(fn) -> float:
        with conn.transaction(force_rollback=True):
            t = time.perf_counter()
            count = fn()
            elapsed = time.perf_counter() - t
        assert count == n, count
        conn.execute("VACUUM polar.fact_3")
        return elapsed

    sides = {
        "client": lambda: oso.bulk_tell(facts),
        "sql": lambda: conn.execute(in_sql, (ORGS, n - 1)).fetchone()[0],
        "bare": lambda: conn.execute("SELECT polar.bulk_tell(%s::jsonb)", (payload,)).fetchone()[0],
    }
    times = {k: [] for k in sides}
    for rep in range(reps):
        order = list(sides) if rep % 2 == 0 else list(reversed(list(sides)))
        for k in order:
            times[k].append(run(sides[k]))
    med = {k: statistics.median(v) for k, v in times.items()}
    return {"facts": n, "reps": reps, "seconds": med, "facts_per_s": {k: n / v for k, v in med.items()}}


def report(auth: dict, bulk: dict, args: argparse.Namespace) -> str:
    s, f = bulk["seconds"], bulk["facts_per_s"]
    lo, hi = auth["chunk_ratio_range"]
    load = os.getloadavg()[0]
    return f"""## Python

`bench/clients/python_overhead.sh{' --quick' if args.quick else ''}` ({time.strftime('%Y-%m-%d')}; Python {platform.python_version()},
psycopg {psycopg.__version__}; load average {load:.1f} on the 2 cores at the end of the run; throwaway PostgreSQL 15 over the Unix socket, fsync off; GitCloud
policy, {USERS} users with 2 org roles each, {ORGS * REPOS_PER_ORG} repositories).

**authorize round trip** — `Oso(conn).authorize(Value("User", ...), "view", Value("Repo", ...))`
against `conn.execute("{SQL}", texts).fetchone()` on the same autocommit connection (the same
statement, prepared by psycopg on both sides), {auth['calls']:,} calls per side in alternating
chunks, {auth['allowed_share']:.0%} allowed. Per-call wall time, medians:

| side | median |
|---|--:|
| client | {auth['client_us']:.1f} µs |
| bare psycopg | {auth['bare_us']:.1f} µs |
| **ratio** (target ≤ 1.15×) | **{auth['ratio']:.3f}×** (per chunk: median {auth['chunk_ratio_median']:.3f}×, {lo:.3f}–{hi:.3f}×) |

**bulk_tell of {bulk['facts']:,} facts** (`has_role(User, "member", Org)`, new facts; median of
{bulk['reps']} runs each, in alternating order, each rolled back then `VACUUM`):

| side | time | facts/s | vs SQL |
|---|--:|--:|--:|
| client: `oso.bulk_tell(facts)` (tuples of `Value`s → JSON → one call) | {s['client']:.3f} s | {f['client']:,.0f} | {s['client'] / s['sql']:.2f}× |
| SQL: `polar.bulk_tell(jsonb_agg(...))` built in the server | {s['sql']:.3f} s | {f['sql']:,.0f} | 1.00× |
| bare psycopg: `polar.bulk_tell(%s::jsonb)` with the JSON text prebuilt | {s['bare']:.3f} s | {f['bare']:,.0f} | {s['bare'] / s['sql']:.2f}× |
"""


def write_section(path: pathlib.Path, section: str) -> None:
    """Replaces the "## Python" section of path (other sections are left as they are)."""
    text = path.read_text() if path.exists() else "# Client libraries: overhead over the bare driver\n\n"
    start = text.find("## Python\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    path.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer calls and runs")
    ap.add_argument("--write", type=pathlib.Path, help="update the Python section of this file")
    args = ap.parse_args()
    dbname = os.environ.get("PGDATABASE", "postgres")
    with psycopg.connect(dbname=dbname, autocommit=True) as conn:
        setup(conn)
        auth = authorize_bench(conn, chunks=6 if args.quick else 20, chunk=500 if args.quick else 1000)
        bulk = bulk_bench(conn, 100_000, reps=1 if args.quick else 3)
    text = report(auth, bulk, args)
    print(text)
    if args.write:
        write_section(args.write, text)


if __name__ == "__main__":
    main()
