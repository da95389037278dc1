'use strict';
// listQuery / authorizeQuery fragments inside the application's own pg queries.

const test = require('node:test');
const assert = require('node:assert/strict');
const { SqlFragment, Value } = require('..');
const { freshDb, alice, bob } = require('./helpers');

async function withFacts(t) {
  const db = await freshDb(t);
  await db.oso.bulkTell([
    ['has_role', alice, 'member', new Value('Org', 1)],
    ['has_relation', new Value('Repo', 1), 'parent', new Value('Org', 1)],
    ['has_relation', new Value('Repo', 2), 'parent', new Value('Org', 1)],
    ['has_relation', new Value('Repo', 3), 'parent', new Value('Org', 2)],
    ['has_role', bob, 'reader', new Value('Repo', 4)],
  ]);
  return db;
}

const placeholderCount = (sql) => new Set(sql.match(/\$\d+/g)).size;

test('listQuery in a plain pg query, after the caller\'s own parameters', async (t) => {
  const { oso, client } = await withFacts(t);
  const f = oso.listQuery(alice, 'view', 'Repo', 'r.id', { firstParam: 2 });
  assert.ok(f instanceof SqlFragment);
  assert.equal(placeholderCount(f.sql), f.params.length);
  assert.match(f.sql, /\$2::text/);
  const { rows } = await client.query(`SELECT r.name FROM repositories r WHERE r.org_id = $1 AND ${f.sql} ORDER BY r.id`, [1, ...f.params]);
  assert.deepEqual(rows.map((r) => r.name), ['anvil', 'roadrunner']);
  const g = oso.listQuery(bob, 'view', 'Repo', 'repositories.id');
  assert.deepEqual((await client.query(`SELECT id FROM repositories WHERE ${g.sql}`, g.params)).rows, [{ id: 4 }]);
  assert.equal(String(g), g.sql);
});

test('listQuery: the universal grant, context facts, a model class as the type', async (t) => {
  const { oso, client } = await withFacts(t);
  class Repo {
    static type = 'Repo';
  }
  const ctx = [['has_role', alice, 'member', new Value('Org', 2)]];
  const f = oso.listQuery(alice, 'view', Repo, 'id', ctx);
  assert.deepEqual((await client.query(`SELECT id FROM repositories WHERE ${f.sql} ORDER BY id`, f.params)).rows.map((r) => r.id), [1, 2, 3]);
  const h = oso.listQuery(alice, 'view', 'Repo', 'id', { contextFacts: ctx, firstParam: 1 });
  assert.deepEqual(h.params, f.params);
  await oso.policy('actor User {} resource Repo {} allow(_: User, "view", _: Repo);');
  const all = oso.listQuery(alice, 'view', 'Repo', 'id');
  assert.deepEqual((await client.query(`SELECT id FROM repositories WHERE ${all.sql} ORDER BY id`, all.params)).rows.map((r) => r.id), [1, 2, 3, 4]);
});

test('listQuery refuses SQL in the column and a bad firstParam', async (t) => {
  const { oso } = await withFacts(t);
  assert.throws(() => oso.listQuery(alice, 'view', 'Repo', 'id) OR (true'), TypeError);
  assert.throws(() => oso.listQuery(alice, 'view', 'Repo', 'id', { firstParam: 0 }), TypeError);
  assert.throws(() => oso.listQuery(alice, 'view', 'Repo', 'id', 'nope'), TypeError);
});

test('authorizeQuery: of one resource, and per row with column', async (t) => {
  const { oso, client } = await withFacts(t);
  const f = oso.authorizeQuery(alice, 'view', new Value('Repo', 1));
  assert.deepEqual((await client.query(`SELECT ${f.sql} AS ok`, f.params)).rows, [{ ok: true }]);
  const perRow = oso.authorizeQuery(alice, 'view', 'Repo', { column: 'r.id', firstParam: 2 });
  const { rows } = await client.query(`SELECT r.id FROM repositories r WHERE r.id <> $1 AND ${perRow.sql} ORDER BY r.id`, [2, ...perRow.params]);
  assert.deepEqual(rows.map((r) => r.id), [1]);
  const ctx = [['has_role', alice, 'member', new Value('Org', 2)]];
  const withCtx = oso.authorizeQuery(alice, 'view', new Value('Repo', 3), ctx);
  assert.deepEqual((await client.query(`SELECT ${withCtx.sql} AS ok`, withCtx.params)).rows, [{ ok: true }]);
});

test('fragments see the uncommitted facts of the transaction they run in', async (t) => {
  const db = await withFacts(t);
  const app = await db.connect();
  await app.query('BEGIN');
  await db.oso.withConnection(app).tell('has_role', bob, 'member', new Value('Org', 2));
  const f = db.oso.listQuery(bob, 'view', 'Repo', 'id');
  const inTx = (await app.query(`SELECT id FROM repositories WHERE ${f.sql} ORDER BY id`, f.params)).rows.map((r) => r.id);
  const outside = (await db.client.query(`SELECT id FROM repositories WHERE ${f.sql} ORDER BY id`, f.params)).rows.map((r) => r.id);
  assert.deepEqual(inTx, [3, 4]);
  assert.deepEqual(outside, [4]);
  await app.query('ROLLBACK');
});
