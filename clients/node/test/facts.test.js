'use strict';
// tell, insert, bulkTell, delete, bulkDelete, batch and get.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Value, ValueOfType, ANY, InvalidValueError, UnknownPredicateError, ValueConversionError } = require('..');
const { freshDb, alice, bob, acme, osohq, anvil } = require('./helpers');

const TAGS = `
actor User {}
resource Repo { roles = ["reader"]; permissions = ["view"]; "view" if "reader"; }
declare has_tag(Repo, String);
declare seats(Repo, Integer);
declare is_protected(Repo, Boolean);
allow(u: User, "tagged", r: Repo) if has_role(u, "reader", r) and has_tag(r, _);
`;

const roleRows = async (oso) =>
  (await oso.get('has_role', null, null, null)).map((f) => f.args.map((a) => a.id).join(' ')).sort();

test('tell, in both forms; telling a stored fact is a no-op', async (t) => {
  const { oso } = await freshDb(t);
  assert.equal(await oso.tell('has_role', alice, 'member', acme), undefined);
  await oso.tell(['has_role', bob, 'member', acme]);
  await oso.tell(['has_role', bob, 'member', acme]);
  assert.deepEqual(await roleRows(oso), ['alice member 1', 'bob member 1']);
  assert.equal(await oso.authorize(alice, 'view', acme), true);
});

test('insert is tell; get returns {predicate, args} with Values', async (t) => {
  const { oso } = await freshDb(t);
  await oso.insert(['has_role', alice, 'member', acme]);
  assert.deepEqual(await oso.get(['has_role', alice, null, null]), [
    { predicate: 'has_role', args: [alice, new Value('String', 'member'), acme] },
  ]);
});

test('get returns typed values: strings, integers, booleans', async (t) => {
  const { oso } = await freshDb(t);
  await oso.policy(TAGS);
  await oso.tell('has_tag', anvil, 'a:b');
  await oso.tell('seats', anvil, 42);
  await oso.tell('is_protected', anvil, true);
  await oso.tell('has_tag', anvil, '_'); // only the JSON form can say the string "_"
  await oso.tell('has_tag', anvil, '*');
  const tags = (await oso.get('has_tag', anvil, null)).map((f) => f.args[1].toJS()).sort();
  assert.deepEqual(tags, ['*', '_', 'a:b']);
  assert.deepEqual(await oso.get('seats', anvil, null), [{ predicate: 'seats', args: [anvil, new Value('Integer', 42)] }]);
  assert.equal((await oso.get('seats', null, null))[0].args[1].toJS(), 42);
  assert.equal((await oso.get('is_protected', ANY, null))[0].args[1].toJS(), true);
  const predicates = new Set((await oso.get(null, anvil, null)).map((f) => f.predicate));
  assert.deepEqual([...predicates].sort(), ['has_tag', 'is_protected', 'seats']);
  assert.equal((await oso.get(null, anvil, null)).length, 5);
  await assert.rejects(oso.get(), { sqlstate: '22023' }); // a pattern needs its arguments
});

test('an entity whose id is "_"', async (t) => {
  const { oso } = await freshDb(t);
  const weird = new Value('User', '_');
  await oso.tell('has_role', weird, 'member', acme);
  await assert.rejects(oso.authorize(weird, 'view', acme), ValueConversionError); // 'User:_' is a wildcard
  assert.deepEqual((await oso.get('has_role', null, null, acme))[0].args[0], weird);
  assert.equal(await oso.delete('has_role', weird, 'member', acme), 1);
  assert.deepEqual(await oso.get('has_role', null, null, acme), []);
});

test('bulkTell resolves to the number of new facts', async (t) => {
  const { oso } = await freshDb(t);
  assert.equal(await oso.bulkTell([['has_role', alice, 'member', acme], ['has_role', bob, 'admin', osohq]]), 2);
  assert.equal(await oso.bulkTell([['has_role', alice, 'member', acme]]), 0);
  assert.equal(await oso.bulkTell([]), 0);
  assert.equal(await oso.bulkTell([{ predicate: 'has_role', args: [bob, 'member', acme] }, { name: 'has_role', args: [alice, 'admin', acme] }]), 2);
  assert.equal((await roleRows(oso)).length, 4);
});

test('malformed facts are refused before sending', async (t) => {
  const { oso } = await freshDb(t);
  for (const bad of [[[]], [[alice, 'member']], ['has_role'], [42], [null]]) {
    await assert.rejects(oso.bulkTell(bad), ValueConversionError);
  }
  await assert.rejects(oso.tell('has_role', alice, null, acme), ValueConversionError);
});

test('bulkTell is all or nothing', async (t) => {
  const { oso } = await freshDb(t);
  const err = await oso.bulkTell([['has_role', alice, 'member', acme], ['nope', alice]]).catch((e) => e);
  assert.ok(err instanceof UnknownPredicateError, String(err));
  assert.equal(err.sqlstate, '42704');
  assert.deepEqual(await roleRows(oso), []);
});

test('delete patterns', async (t) => {
  const { oso } = await freshDb(t);
  await oso.bulkTell([
    ['has_role', alice, 'member', acme],
    ['has_role', alice, 'admin', osohq],
    ['has_role', bob, 'member', acme],
  ]);
  assert.equal(await oso.delete('has_role', alice, null, acme), 1);
  assert.equal(await oso.delete(['has_role', new ValueOfType('User'), 'admin', ANY]), 1);
  assert.equal(await oso.delete('has_role', alice, 'member', acme), 0);
  assert.deepEqual(await roleRows(oso), ['bob member 1']);
});

test('bulkDelete', async (t) => {
  const { oso } = await freshDb(t);
  await oso.bulkTell([['has_role', alice, 'member', acme], ['has_role', bob, 'member', osohq]]);
  assert.equal(await oso.bulkDelete([['has_role', alice, null, null], ['has_role', undefined, null, new ValueOfType('Org')]]), 2);
  assert.deepEqual(await roleRows(oso), []);
  assert.equal(await oso.bulkDelete([]), 0);
});

test('batch applies inserts and deletes in order', async (t) => {
  const { oso } = await freshDb(t);
  await oso.tell('has_role', alice, 'member', osohq);
  let seen;
  await oso.batch((tx) => {
    tx.insert(['has_role', alice, 'member', acme]);
    tx.insert('has_role', bob, 'member', acme);
    tx.delete(['has_role', alice, null, osohq]);
    tx.tell(['has_role', alice, 'admin', osohq]); // after the delete: kept
    seen = tx.changes.map((c) => Object.keys(c));
  });
  assert.deepEqual(seen, [['inserts'], ['deletes'], ['inserts']]);
  assert.deepEqual(await roleRows(oso), ['alice admin 2', 'alice member 1', 'bob member 1']);
});

test('batch with an async function', async (t) => {
  const { oso } = await freshDb(t);
  await oso.batch(async (tx) => {
    await new Promise((resolve) => setImmediate(resolve));
    tx.insert(['has_role', alice, 'member', acme]);
    tx.delete('has_role', bob, null, null);
  });
  assert.equal(await oso.authorize(alice, 'view', acme), true);
});

test('batch: nothing is applied when the function throws', async (t) => {
  const { oso } = await freshDb(t);
  await assert.rejects(
    oso.batch((tx) => {
      tx.insert(['has_role', alice, 'member', acme]);
      throw new RangeError('the request failed');
    }),
    RangeError,
  );
  assert.deepEqual(await roleRows(oso), []);
  await assert.rejects(oso.batch(), TypeError);
});

test('batch is atomic on the server', async (t) => {
  const { oso } = await freshDb(t);
  await oso.tell('has_role', bob, 'member', acme);
  const err = await oso
    .batch((tx) => {
      tx.delete(['has_role', bob, null, null]);
      tx.insert(['has_role', alice, 'member', acme]);
      tx.insert(['has_role', new Value('User', ''), 'member', acme]); // a bad value: all undone
    })
    .catch((e) => e);
  assert.ok(err instanceof InvalidValueError, String(err));
  assert.equal(err.sqlstate, '22P02');
  assert.deepEqual(await roleRows(oso), ['bob member 1']);
});

test('facts from get can be deleted and told again', async (t) => {
  const { oso } = await freshDb(t);
  await oso.policy(TAGS);
  await oso.bulkTell([['has_tag', anvil, 'a:b'], ['seats', anvil, 7], ['is_protected', anvil, false]]);
  const stored = await oso.get(null, anvil, null);
  assert.equal(stored.length, 3);
  for (const fact of stored) assert.equal(await oso.delete(fact), 1);
  assert.deepEqual(await oso.get(null, anvil, null), []);
  assert.equal(await oso.bulkTell(stored), 3);
  const key = (f) => `${f.predicate} ${f.args.join(' ')}`;
  assert.deepEqual((await oso.get(null, anvil, null)).map(key).sort(), stored.map(key).sort());
});
