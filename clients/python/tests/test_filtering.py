"""list_query / authorize_query fragments in the application's own SQL, with psycopg and with
SQLAlchemy."""

import psycopg2
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from models import Org, Repo, User
from pg_polar import Oso, SqlFragment, Value
from pg_polar.sqla import authorize_expression, authorize_filter, list_filter

alice, bob = Value("User", "alice"), Value("User", "bob")


@pytest.fixture
def facts(oso):
    oso.bulk_tell(
        [
            ("has_role", alice, "member", Value("Org", 1)),
            ("has_relation", Value("Repo", 1), "parent", Value("Org", 1)),
            ("has_relation", Value("Repo", 2), "parent", Value("Org", 1)),
            ("has_relation", Value("Repo", 3), "parent", Value("Org", 2)),
            ("has_role", bob, "reader", Value("Repo", 4)),
        ]
    )
    return oso


@pytest.fixture
def session(dsn):
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(dsn))
    with Session(engine) as s:
        yield s
    engine.dispose()


def test_list_query_in_a_psycopg_query(facts, conn):
    f = facts.list_query(alice, "view", "Repo", "r.id")
    assert isinstance(f, SqlFragment) and f.sql.count("%s") == len(f.params)
    rows = conn.execute(f"SELECT r.name FROM repositories r WHERE r.org_id = %s AND {f.sql} ORDER BY r.id", (1, *f.params))
    assert [r[0] for r in rows] == ["anvil", "roadrunner"]
    f = facts.list_query(bob, "view", "Repo", "repositories.id")
    assert [r[0] for r in conn.execute(f"SELECT id FROM repositories WHERE {f.sql}", f.params)] == [4]


def test_list_query_universal_grant(oso, conn):
    oso.policy('actor User {} resource Repo {} allow(_: User, "view", _: Repo);')
    f = oso.list_query(alice, "view", "Repo", "id")
    assert [r[0] for r in conn.execute(f"SELECT id FROM repositories WHERE {f.sql} ORDER BY id", f.params)] == [1, 2, 3, 4]


def test_list_query_rejects_sql_in_the_column(facts):
    with pytest.raises(ValueError):
        facts.list_query(alice, "view", "Repo", "id) OR (true")


def test_authorize_query(facts, conn):
    f = facts.authorize_query(alice, "view", Value("Repo", 1))
    assert conn.execute(f"SELECT {f.sql}", f.params).fetchone()[0] is True
    per_row = facts.authorize_query(alice, "view", "Repo", column="r.id")
    rows = conn.execute(f"SELECT r.id FROM repositories r WHERE {per_row.sql} ORDER BY r.id", per_row.params)
    assert [r[0] for r in rows] == [1, 2]


def test_fragment_as_sqlalchemy_text(facts, session):
    f = facts.list_query(alice, "view", "Repo", "repositories.id")
    g = facts.list_query(alice, "view", "Org", "organizations.id")  # two fragments: distinct names
    repos = session.execute(sa.select(Repo).where(f.sqlalchemy()).order_by(Repo.id)).scalars().all()
    assert [r.name for r in repos] == ["anvil", "roadrunner"]
    stmt = sa.select(Repo.name).join(Org).where(f.sqlalchemy(), g.sqlalchemy()).order_by(Repo.id)
    assert session.execute(stmt).scalars().all() == ["anvil", "roadrunner"]


def test_sqlalchemy_expressions_with_models(facts, session):
    user = session.get(User, "alice")  # a real SQLAlchemy model passed as the actor
    stmt = sa.select(Repo).where(list_filter(user, "view", Repo, Repo.id)).order_by(Repo.id)
    assert [r.id for r in session.execute(stmt).scalars()] == [1, 2]
    stmt = sa.select(Repo.id).where(authorize_filter(user, "view", "Repo", Repo.id)).order_by(Repo.id)
    assert session.execute(stmt).scalars().all() == [1, 2]
    repo = session.get(Repo, 3)
    assert session.execute(sa.select(authorize_expression(user, "view", repo))).scalar() is False
    ctx = [("has_role", user, "member", Value("Org", 2))]
    stmt = sa.select(Repo.id).where(list_filter(user, "view", Repo, Repo.id, ctx)).order_by(Repo.id)
    assert session.execute(stmt).scalars().all() == [1, 2, 3]
    # and the model instance works with the client itself
    assert Oso(session).authorize(user, "view", session.get(Repo, 1))
