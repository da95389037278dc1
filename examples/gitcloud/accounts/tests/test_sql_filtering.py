"""Index pages filter inside the page's own SQL query: the statement the service sent (read from
the server's statement log) selects the rows through the polar_filters view, and its plan reads
the facts for current_setting('polar.actor') in that same query. No id list is fetched first."""

import psycopg
import pytest

from conftest import conninfo


def page_statements(statement_log, table):
    return [s for s in statement_log.statements() if f"FROM {table}" in s and "polar_filters" in s]


def explain(dbname, actor, statement):
    with psycopg.connect(conninfo(dbname)) as conn:
        conn.execute("SELECT set_config('polar.actor', %s, true)", (actor,))
        rows = conn.execute(psycopg.sql.SQL("EXPLAIN {}").format(psycopg.sql.SQL(statement))).fetchall()
        return "\n".join(r[0] for r in rows)


@pytest.mark.parametrize(
    "path,user,table,view",
    [
        ("/orgs", "bob", "organizations", "viewable_orgs"),
        ("/orgs/1", "bob", "repositories", "viewable_repos"),
        ("/repos/3/issues", "erin", "issues", "viewable_issues"),
    ],
)
def test_index_filter_is_in_the_page_query(service, statement_log, dbname, path, user, table, view):
    statement_log.mark()
    assert service.get(path, user).status == 200
    statements = statement_log.statements()
    assert not [s for s in statements if "polar.list" in s], "ids fetched before the page query"
    [page] = page_statements(statement_log, table)
    assert f"polar_filters.{view}" in page
    plan = explain(dbname, f"User:{user}", page)
    # One plan: the page's table and the fact lookups for the acting user.
    assert f"on {table}" in plan
    # The filter's check is planned inside the page's query (the planner hook): the acting user,
    # current_setting('polar.actor'), is read once as an initplan, and no check is called per row.
    assert "InitPlan" in plan
    assert "polar.filter_authorize(" not in plan
    assert "fact_" in plan


def test_actor_is_set_per_transaction(service, statement_log):
    statement_log.mark()
    service.get("/orgs", "bob")
    service.get("/orgs", "alice")
    sets = [s for s in statement_log.statements() if "set_config('polar.actor'" in s]
    assert ["User:bob" in sets[0], "User:alice" in sets[1]] == [True, True]
    assert all(", true)" in s for s in sets)  # is_local: gone at COMMIT
