"""The client on the application's own connection and transaction, pools, factories, psycopg2
and SQLAlchemy."""

import psycopg
import psycopg2
import psycopg_pool
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from pg_polar import Oso, PolicySyntaxError, UnknownPredicateError, Value

alice, bob = Value("User", "alice"), Value("User", "bob")
acme, anvil = Value("Org", 1), Value("Repo", 1)
BIND_PARENT = "SELECT polar.bind('has_relation(Repo:_, String:parent, Org:_)', 'SELECT id, org_id FROM repositories')"


def test_a_check_sees_the_uncommitted_fact_of_its_own_transaction(connect):
    app = connect()  # not autocommit: the statements below are one transaction
    oso, other = Oso(app), Oso(connect(autocommit=True))
    oso.tell("has_role", alice, "member", acme)
    assert oso.authorize(alice, "view", acme) is True  # same transaction: visible at once
    assert other.authorize(alice, "view", acme) is False  # another transaction: not yet
    app.commit()
    assert other.authorize(alice, "view", acme) is True


def test_rollback_removes_facts_told_inside_it(connect):
    app = connect()
    oso, other = Oso(app), Oso(connect(autocommit=True))
    oso.bulk_tell([("has_role", alice, "member", acme)])
    with oso.batch() as tx:
        tx.insert(("has_role", bob, "member", acme))
    assert len(oso.get("has_role", None, None, acme)) == 2
    app.rollback()
    assert oso.get("has_role", None, None, acme) == []
    assert other.authorize(alice, "view", acme) is False


def test_a_check_sees_application_rows_written_a_moment_ago(connect, conn):
    conn.execute(BIND_PARENT)  # has_relation(Repo, "parent", Org) read from repositories
    app = connect()
    oso = Oso(conn).with_connection(app)
    oso.tell("has_role", bob, "member", acme)
    app.execute("INSERT INTO repositories (id, org_id, name) VALUES (10, 1, 'new')")
    assert oso.authorize(bob, "view", Value("Repo", 10)) is True
    assert Oso(conn).authorize(bob, "view", Value("Repo", 10)) is False  # uncommitted elsewhere
    app.rollback()
    assert oso.authorize(bob, "view", Value("Repo", 10)) is False


def test_transaction_context_manager(conn):
    oso = Oso(conn)  # autocommit connection: transaction() opens a real one
    with oso.transaction() as tx:
        tx.tell("has_role", alice, "member", acme)
    assert oso.authorize(alice, "view", acme)
    with pytest.raises(RuntimeError):
        with oso.transaction() as tx:
            tx.tell("has_role", bob, "member", acme)
            assert tx.authorize(bob, "view", acme)
            raise RuntimeError("request failed")
    assert oso.authorize(bob, "view", acme) is False


def test_an_error_inside_a_transaction_rolls_it_back(conn):
    oso = Oso(conn)
    with pytest.raises(UnknownPredicateError):
        with oso.transaction() as tx:
            tx.tell("has_role", alice, "member", acme)
            tx.tell("nope", alice)
    assert oso.get("has_role", None, None, None) == []


def test_pool(dsn, conn):
    with psycopg_pool.ConnectionPool(dsn, min_size=1, max_size=2, open=True) as pool:
        oso = Oso(pool)
        oso.tell("has_role", alice, "member", acme)  # each call commits on its own
        assert Oso(conn).authorize(alice, "view", acme)
        with oso.transaction() as tx:
            tx.tell("has_role", bob, "member", acme)
            assert tx.authorize(bob, "view", acme)
            assert Oso(conn).authorize(bob, "view", acme) is False
        assert Oso(conn).authorize(bob, "view", acme)
        with pytest.raises(UnknownPredicateError):
            oso.tell("nope", alice)
        assert oso.authorize(alice, "view", acme)  # the pool's connection is usable again


def test_factory(dsn, conn):
    oso = Oso(lambda: psycopg.connect(dsn))  # a connection per call, committed and closed
    oso.tell("has_role", alice, "member", acme)
    assert Oso(conn).authorize(alice, "view", acme)


def test_psycopg2_connection(dsn, conn):
    pg2 = psycopg2.connect(dsn)
    try:
        oso = Oso(pg2)
        oso.tell("has_role", alice, "member", acme)
        assert oso.authorize(alice, "view", acme)
        assert Oso(conn).authorize(alice, "view", acme) is False
        pg2.commit()
        assert Oso(conn).authorize(alice, "view", acme)
        assert oso.list(alice, "view", "Org") == ["1"]
        assert oso.get("has_role", alice, None, None)[0].args[2] == acme
        assert oso.authorize_many(alice, "view", [acme, Value("Org", 2)]) == [True, False]
        with pytest.raises(PolicySyntaxError) as info:
            oso.policy("actor User {\n  x\n}", "bad.polar")
        assert info.value.sqlstate == "42601" and info.value.position.filename == "bad.polar"
        assert isinstance(info.value.__cause__, psycopg2.Error)
        pg2.rollback()
        with oso.transaction() as tx:
            tx.tell("has_role", bob, "member", acme)
        assert Oso(conn).authorize(bob, "view", acme)
    finally:
        pg2.close()


def test_sqlalchemy_session(dsn, conn):
    conn.execute(BIND_PARENT)
    engine = sa.create_engine("postgresql+psycopg2://", creator=lambda: psycopg2.connect(dsn))
    try:
        with Session(engine) as session:
            oso = Oso(session)  # every call runs in the session's current transaction
            oso.tell("has_role", bob, "member", acme)
            session.execute(sa.text("INSERT INTO repositories (id, org_id, name) VALUES (11, 1, 'x')"))
            assert oso.authorize(bob, "view", Value("Repo", 11))
            assert Oso(conn).authorize(bob, "view", acme) is False
            session.rollback()
            assert oso.authorize(bob, "view", acme) is False
            oso.tell("has_role", bob, "member", acme)
            session.commit()
        assert Oso(conn).authorize(bob, "view", Value("Repo", 1))
        eng = Oso(engine)  # an engine: a connection and a transaction per call
        eng.tell("has_role", alice, "member", acme)
        assert Oso(conn).authorize(alice, "view", acme)
        with engine.connect() as c:
            assert Oso(c).authorize(alice, "view", anvil)
    finally:
        engine.dispose()


def test_rejects_what_is_not_a_connection(dsn):
    with pytest.raises(TypeError):
        Oso(42)
    import asyncio

    async def with_async_connection():
        aconn = await psycopg.AsyncConnection.connect(dsn)
        try:
            with pytest.raises(TypeError, match="synchronous"):
                Oso(aconn)
        finally:
            await aconn.close()

    asyncio.run(with_async_connection())
