'use strict';
// The client on the application's own connection and transaction (pg.Client inside BEGIN ...
// COMMIT, withConnection, transaction()), and on a pg.Pool.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Oso, Value, DatabaseError, UnknownPredicateError } = require('..');
const { freshDb, alice, bob, acme, anvil } = require('./helpers');

const BIND_PARENT = "SELECT polar.bind('has_relation(Repo:_, String:parent, Org:_)', 'SELECT id, org_id FROM repositories')";

test('a check sees the uncommitted fact of its own transaction; another connection does not', async (t) => {
  const db = await freshDb(t);
  const app = await db.connect();
  const oso = new Oso(app);
  const other = new Oso(await db.connect());
  await app.query('BEGIN');
  await oso.tell('has_role', alice, 'member', acme);
  assert.equal(await oso.authorize(alice, 'view', acme), true); // same transaction: visible at once
  assert.deepEqual(await oso.list(alice, 'view', 'Org'), ['1']);
  assert.equal(await other.authorize(alice, 'view', acme), false); // another transaction: not yet
  assert.deepEqual(await other.get('has_role', null, null, null), []);
  await app.query('COMMIT');
  assert.equal(await other.authorize(alice, 'view', acme), true);
});

test('rollback removes the facts told inside it', async (t) => {
  const db = await freshDb(t);
  const app = await db.connect();
  const oso = new Oso(app);
  await app.query('BEGIN');
  await oso.bulkTell([['has_role', alice, 'member', acme]]);
  await oso.batch((tx) => tx.insert(['has_role', bob, 'member', acme]));
  assert.equal((await oso.get('has_role', null, null, acme)).length, 2);
  await app.query('ROLLBACK');
  assert.deepEqual(await oso.get('has_role', null, null, acme), []);
  assert.equal(await db.oso.authorize(alice, 'view', acme), false);
});

test('withConnection: a check sees application rows written a moment ago in the request transaction', async (t) => {
  const db = await freshDb(t);
  await db.client.query(BIND_PARENT); // has_relation(Repo, "parent", Org) read from repositories
  const global = new Oso(db.pool());
  const app = await db.connect();
  await app.query('BEGIN');
  const oso = global.withConnection(app);
  await oso.tell('has_role', bob, 'member', acme);
  await app.query("INSERT INTO repositories (id, org_id, name) VALUES (10, 1, 'new')");
  assert.equal(await oso.authorize(bob, 'view', new Value('Repo', 10)), true);
  assert.equal(await global.authorize(bob, 'view', new Value('Repo', 10)), false); // uncommitted elsewhere
  await app.query('ROLLBACK');
  assert.equal(await oso.authorize(bob, 'view', new Value('Repo', 10)), false);
});

test('a pool client checked out for a request', async (t) => {
  const db = await freshDb(t);
  const pool = db.pool();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const oso = new Oso(pool).withConnection(client);
    await oso.tell('has_role', alice, 'member', acme);
    assert.equal(await oso.authorize(alice, 'view', anvil), false); // no parent relation yet
    await oso.tell('has_relation', anvil, 'parent', acme);
    assert.equal(await oso.authorize(alice, 'view', anvil), true);
    assert.equal(await new Oso(pool).authorize(alice, 'view', anvil), false);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  assert.equal(await new Oso(pool).authorize(alice, 'view', anvil), true);
});

test('transaction() on an autocommit client: BEGIN ... COMMIT, ROLLBACK when fn rejects', async (t) => {
  const db = await freshDb(t);
  const oso = db.oso;
  const other = new Oso(await db.connect());
  const result = await oso.transaction(async (tx) => {
    await tx.tell('has_role', alice, 'member', acme);
    assert.equal(await other.authorize(alice, 'view', acme), false);
    return 'done';
  });
  assert.equal(result, 'done');
  assert.equal(await other.authorize(alice, 'view', acme), true);
  await assert.rejects(
    oso.transaction(async (tx) => {
      await tx.tell('has_role', bob, 'member', acme);
      assert.equal(await tx.authorize(bob, 'view', acme), true);
      throw new RangeError('request failed');
    }),
    RangeError,
  );
  assert.equal(await oso.authorize(bob, 'view', acme), false);
  assert.equal(db.client.getTransactionStatus(), 'I');
});

test('transaction() inside an open transaction is a savepoint', async (t) => {
  const db = await freshDb(t);
  const app = await db.connect();
  const oso = new Oso(app);
  await app.query('BEGIN');
  await oso.tell('has_role', alice, 'member', acme);
  await assert.rejects(
    oso.transaction(async (tx) => {
      await tx.tell('has_role', bob, 'member', acme);
      await tx.tell('nope', bob); // fails: back to the savepoint
    }),
    UnknownPredicateError,
  );
  assert.equal(app.getTransactionStatus(), 'T'); // the outer transaction is still usable
  assert.equal(await oso.authorize(alice, 'view', acme), true);
  assert.equal(await oso.authorize(bob, 'view', acme), false);
  await oso.transaction((tx) => tx.tell('has_role', bob, 'member', acme));
  assert.equal(await oso.authorize(bob, 'view', acme), true);
  await app.query('COMMIT');
  assert.equal((await db.oso.get('has_role', null, null, acme)).length, 2);
});

test('an error inside transaction() rolls it back', async (t) => {
  const db = await freshDb(t);
  await assert.rejects(
    db.oso.transaction(async (tx) => {
      await tx.tell('has_role', alice, 'member', acme);
      await tx.tell('nope', alice);
    }),
    UnknownPredicateError,
  );
  assert.deepEqual(await db.oso.get('has_role', null, null, null), []);
});

test('a failed call aborts the transaction it runs in, as any SQL error does', async (t) => {
  const db = await freshDb(t);
  const app = await db.connect();
  const oso = new Oso(app);
  await app.query('BEGIN');
  await assert.rejects(oso.tell('nope', alice), UnknownPredicateError);
  const err = await oso.authorize(alice, 'view', acme).catch((e) => e);
  assert.ok(err instanceof DatabaseError, String(err));
  assert.equal(err.sqlstate, '25P02');
  await assert.rejects(oso.transaction(async () => {}), { sqlstate: '25P02' });
  await app.query('ROLLBACK');
  assert.equal(await oso.authorize(alice, 'view', acme), false);
});

test('a pg.Pool: each call commits on its own; transaction() checks out one client', async (t) => {
  const db = await freshDb(t);
  const pool = db.pool();
  const oso = new Oso(pool);
  await oso.tell('has_role', alice, 'member', acme);
  assert.equal(await db.oso.authorize(alice, 'view', acme), true);
  await oso.transaction(async (tx) => {
    await tx.tell('has_role', bob, 'member', acme);
    assert.equal(await tx.authorize(bob, 'view', acme), true);
    assert.equal(await db.oso.authorize(bob, 'view', acme), false);
  });
  assert.equal(await db.oso.authorize(bob, 'view', acme), true);
  await assert.rejects(oso.tell('nope', alice), UnknownPredicateError);
  assert.equal(await oso.authorize(alice, 'view', acme), true); // the pool is usable again
  // concurrent calls on the pool
  const many = await Promise.all([acme, new Value('Org', 2), acme].map((org) => oso.authorize(alice, 'view', org)));
  assert.deepEqual(many, [true, false, true]);
  assert.equal(pool.idleCount + pool.waitingCount <= pool.totalCount, true);
});

test('the constructor refuses what is not a pg client or pool', () => {
  assert.throws(() => new Oso(42), TypeError);
  assert.throws(() => new Oso(null), TypeError);
  assert.throws(() => new Oso({}), TypeError);
  assert.throws(() => new Oso({ query: async () => ({ rows: [] }) }).withConnection('postgres://x'), TypeError);
});
