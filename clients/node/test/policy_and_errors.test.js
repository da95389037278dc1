'use strict';
// policy(), policyMetadata(), and every error as the library's own class with SQLSTATE,
// message, position and hint.

const test = require('node:test');
const assert = require('node:assert/strict');
const pg = require('pg');
const polar = require('..');
const { Oso, Value, Position } = polar;
const { fromDriverError, parsePosition } = require('../lib/errors');
const { freshDb, alice, acme } = require('./helpers');

const SMALL = `actor User {}
resource Doc {
  roles = ["owner"];
  permissions = ["read"];
  "read" if "owner";
}
`;

test('policy loads and resolves to the version', async (t) => {
  const { oso, client } = await freshDb(t);
  const before = Number((await client.query('SELECT max(version) AS v FROM polar.policies')).rows[0].v);
  assert.equal(await oso.policy(SMALL, 'small.polar'), before + 1);
  await oso.tell('has_role', alice, 'owner', new Value('Doc', 'd1'));
  assert.equal(await oso.authorize(alice, 'read', new Value('Doc', 'd1')), true);
  assert.equal(await oso.policy(''), before + 2); // the empty policy denies everything
  assert.equal(await oso.authorize(alice, 'read', new Value('Doc', 'd1')), false);
  assert.equal(await oso.policy(SMALL, { filename: 'small.polar' }), before + 3);
  await assert.rejects(oso.policy(undefined), TypeError);
});

test('policyMetadata', async (t) => {
  const { oso } = await freshDb(t);
  const meta = await oso.policyMetadata();
  assert.deepEqual(meta.resources.Repo.relations, { parent: 'Org' });
  assert.ok(meta.resources.Org.permissions.includes('view'));
  assert.deepEqual(await oso.getPolicyMetadata(), meta);
});

test('a syntax error: PolicySyntaxError 42601 with position and hint', async (t) => {
  const { oso } = await freshDb(t);
  const bad = 'actor User {}\nresource Doc {\n  roles = ["owner"]\n  permissions = ["read"];\n}\n';
  const err = await oso.policy(bad, 'bad.polar').catch((e) => e);
  assert.ok(err instanceof polar.PolicySyntaxError, String(err));
  assert.ok(err instanceof polar.PolicyError && err instanceof polar.PolarError && err instanceof Error);
  assert.ok(!(err instanceof pg.DatabaseError));
  assert.ok(err.cause instanceof pg.DatabaseError); // the driver's error is kept
  assert.equal(err.name, 'PolicySyntaxError');
  assert.equal(err.sqlstate, '42601');
  assert.deepEqual(err.position, new Position(4, 3, 'bad.polar'));
  assert.equal(String(err.position), 'bad.polar:4:3');
  assert.match(err.message, /Unexpected 'permissions'/);
  assert.ok(err.hint);
  assert.match(String(err), /^PolicySyntaxError 42601: bad\.polar:4:3: /);
});

test('an invalid policy: InvalidPolicyError 42P17; the previous policy stays active', async (t) => {
  const { oso } = await freshDb(t);
  const err = await oso.policy('actor User {}\nresource Doc {\n  permissions = ["read"];\n  "read" if "nope";\n}', 'p.polar').catch((e) => e);
  assert.ok(err instanceof polar.InvalidPolicyError, String(err));
  assert.equal(err.sqlstate, '42P17');
  assert.deepEqual(err.position, new Position(4, 13, 'p.polar'));
  assert.ok('Repo' in (await oso.policyMetadata()).resources);
});

test('a failing policy test: PolicyTestFailedError 23514, loadable with force', async (t) => {
  const { oso } = await freshDb(t);
  const source = SMALL + 'test "owners read" {\n  assert allow(User{"a"}, "read", Doc{"d"});\n}\n';
  const err = await oso.policy(source, 't.polar').catch((e) => e);
  assert.ok(err instanceof polar.PolicyTestFailedError, String(err));
  assert.equal(err.sqlstate, '23514');
  assert.equal(err.position?.line, 8);
  assert.ok((await oso.policy(source, 't.polar', true)) > 0);
});

test('fact errors: unknown predicate, wrong arity, wrong type, unknown type, bad value', async (t) => {
  const { oso } = await freshDb(t);
  let err = await oso.tell('nope', alice).catch((e) => e);
  assert.ok(err instanceof polar.UnknownPredicateError, String(err));
  assert.ok(err instanceof polar.FactError);
  assert.equal(err.sqlstate, '42704');
  assert.match(err.message, /nope\/1/);
  assert.ok(err.hint);
  err = await oso.tell('has_relation', new Value('Repo', 1), 'parent').catch((e) => e);
  assert.ok(err instanceof polar.InvalidArgumentError, String(err));
  assert.equal(err.sqlstate, '22023');
  err = await oso.tell('has_relation', new Value('Repo', 1), 'parent', alice).catch((e) => e);
  assert.ok(err instanceof polar.WrongTypeError && !(err instanceof polar.UnknownTypeError), String(err));
  assert.equal(err.sqlstate, '42804');
  err = await oso.tell('has_role', new Value('Team', 'eng'), 'member', acme).catch((e) => e);
  assert.ok(err instanceof polar.UnknownTypeError, String(err));
  assert.equal(err.sqlstate, '42804');
  err = await oso.bulkTell([['has_role', new Value('Team', 'eng'), 'member', acme]]).catch((e) => e);
  assert.ok(err instanceof polar.UnknownTypeError, String(err));
  err = await oso.tell('has_role', new Value('User', ''), 'member', acme).catch((e) => e);
  assert.ok(err instanceof polar.InvalidValueError, String(err));
  assert.equal(err.sqlstate, '22P02');
  await assert.rejects(oso.authorize(alice, 'view', acme, [['has_relation', new Value('Repo', 1)]]), polar.InvalidArgumentError);
});

test('an unknown policy version: UndefinedObjectError 42704', async (t) => {
  const { client } = await freshDb(t);
  const err = await new Oso(client)._rows('SELECT polar.activate_policy($1)', [999999]).catch((e) => e);
  assert.ok(err instanceof polar.UndefinedObjectError && !(err instanceof polar.UnknownPredicateError), String(err));
  assert.equal(err.sqlstate, '42704');
});

test('other database errors are wrapped as DatabaseError with their SQLSTATE', async (t) => {
  const db = await freshDb(t);
  const ro = await db.connect();
  await ro.query('BEGIN READ ONLY');
  const err = await new Oso(ro).tell('has_role', alice, 'member', acme).catch((e) => e);
  assert.ok(err instanceof polar.DatabaseError, String(err));
  assert.equal(err.sqlstate, '25006');
  assert.ok(err.cause instanceof pg.DatabaseError);
  await ro.query('ROLLBACK');
  // a connection error (no SQLSTATE) is a DatabaseError too
  await ro.end();
  const gone = await new Oso(ro).authorize(alice, 'view', acme).catch((e) => e);
  assert.ok(gone instanceof polar.DatabaseError, String(gone));
  assert.equal(gone.sqlstate, null);
});

test('the mapping of every SQLSTATE', () => {
  const cases = {
    '22P02': polar.InvalidValueError,
    '22004': polar.InvalidValueError,
    '22023': polar.InvalidArgumentError,
    '42601': polar.PolicySyntaxError,
    '42P17': polar.InvalidPolicyError,
    '23514': polar.PolicyTestFailedError,
    '42704': polar.UndefinedObjectError,
    '42804': polar.WrongTypeError,
    '54001': polar.TooComplexError,
    '40001': polar.DatabaseError,
  };
  for (const [code, cls] of Object.entries(cases)) {
    const driverErr = Object.assign(new Error('x'), { code, hint: 'a hint', detail: 'a detail' });
    const err = fromDriverError(driverErr);
    assert.equal(err.constructor, cls, code);
    assert.equal(err.sqlstate, code);
    assert.equal(err.hint, 'a hint');
    assert.equal(err.detail, 'a detail');
    assert.equal(err.cause, driverErr);
  }
  const fake = (code, message) => Object.assign(new Error(message), { code });
  assert.equal(fromDriverError(fake('42704', 'p/1 is not used in policy.')).constructor, polar.UnknownPredicateError);
  assert.equal(fromDriverError(fake('42804', "type 'T' is not used in policy.")).constructor, polar.UnknownTypeError);
  const already = new polar.TooComplexError('x');
  assert.equal(fromDriverError(already), already);
});

test('position formats', () => {
  assert.deepEqual(parsePosition('bad.polar:2:25: Unsupported syntax'), new Position(2, 25, 'bad.polar'));
  assert.deepEqual(parsePosition("2:17: Unexpected character '$'."), new Position(2, 17));
  assert.deepEqual(parsePosition('t.polar: policy test "x" failed: 12:3: assert allow(...)'), new Position(12, 3));
  assert.deepEqual(parsePosition('invalid binding signature at character 10: ...'), new Position(1, 10));
  assert.equal(parsePosition('Cannot write has_role(User{"a:1"}): ...'), null);
});
