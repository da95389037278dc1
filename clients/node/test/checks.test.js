'use strict';
// authorize, list, actions, authorizeMany/authorizeResources, actionsMany, query and explain
// on the GitCloud policy.

const test = require('node:test');
const assert = require('node:assert/strict');
const { Value, ValueOfType, ANY, ValueConversionError } = require('..');
const { freshDb, tellGitcloudFacts, alice, bob, charlie, dee, acme, osohq, anvil, roadrunner, gitcloud } = require('./helpers');

test('authorize', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  assert.equal(await oso.authorize(alice, 'view', anvil), true);
  assert.equal(await oso.authorize(alice, 'view', gitcloud), false);
  assert.equal(await oso.authorize(bob, 'create_issues', gitcloud), true);
  assert.equal(await oso.authorize(alice, 'no_such_action', anvil), false);
  assert.equal(await oso.authorize(new Value('User', 'nobody'), 'view', anvil), false);
  // plain objects and ORM-like instances, integer ids
  assert.equal(await oso.authorize({ type: 'User', id: 'alice' }, 'view', { type: 'Repo', id: 1 }), true);
});

test('authorize with context facts, never stored', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  const ctx = [['has_role', charlie, 'member', osohq]];
  assert.equal(await oso.authorize(charlie, 'view', gitcloud, ctx), true);
  assert.equal(await oso.authorize(charlie, 'view', gitcloud), false);
  assert.deepEqual(await oso.get('has_role', charlie, null, null), []);
});

test('a null or undefined actor (or resource) rejects like the Oso clients, before sending', async (t) => {
  const { oso } = await freshDb(t);
  const sent = [];
  const spy = new (require('..').Oso)({ query: async (sql) => sent.push(sql) });
  for (const o of [oso, spy]) {
    await assert.rejects(o.authorize(null, 'view', anvil), ValueConversionError);
    await assert.rejects(o.authorize(undefined, 'view', anvil), ValueConversionError);
    await assert.rejects(o.authorize(alice, 'view', null), ValueConversionError);
    await assert.rejects(o.list(undefined, 'view', 'Repo'), ValueConversionError);
    await assert.rejects(o.actions(null, anvil), ValueConversionError);
  }
  assert.deepEqual(sent, []);
});

test('list', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  assert.deepEqual((await oso.list(alice, 'view', 'Repo')).sort(), ['1', '2']);
  assert.deepEqual(await oso.list(alice, 'view', 'Issue'), []);
  assert.deepEqual(await oso.list(bob, 'view', 'Org'), ['2']);
  assert.deepEqual((await oso.list(alice, 'view', 'Org', [['has_role', alice, 'admin', osohq]])).sort(), ['1', '2']);
  class Repo {
    static type = 'Repo';
  }
  assert.deepEqual((await oso.list(alice, 'view', Repo)).sort(), ['1', '2']);
});

test('list of a universal grant is ["*"]', async (t) => {
  const { oso } = await freshDb(t);
  await oso.policy('actor User {} resource Doc {} allow(_: User, "read", _: Doc);');
  assert.deepEqual(await oso.list(alice, 'read', 'Doc'), ['*']);
});

test('actions', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  assert.deepEqual(await oso.actions(alice, anvil), ['create_issues', 'view']);
  assert.deepEqual(await oso.actions(dee, alice), ['ban', 'impersonate', 'lock']);
  assert.deepEqual(await oso.actions(alice, gitcloud), []);
});

test('authorizeMany keeps the order across types; authorizeResources returns the objects', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  const resources = [gitcloud, anvil, acme, osohq, roadrunner, { type: 'Repo', id: 1 }];
  assert.deepEqual(await oso.authorizeMany(alice, 'view', resources), [false, true, true, false, true, true]);
  assert.deepEqual(await oso.authorizeMany(alice, 'view', []), []);
  const allowed = await oso.authorizeResources(alice, 'view', resources);
  assert.deepEqual(allowed, [anvil, acme, roadrunner, resources[5]]);
  assert.equal(allowed[3], resources[5]); // the very objects passed in
  await assert.rejects(oso.authorizeMany(alice, 'view', [anvil, null]), ValueConversionError);
});

test('actionsMany', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  assert.deepEqual(await oso.actionsMany(alice, [anvil, gitcloud, acme]), [['create_issues', 'view'], [], ['view']]);
  assert.deepEqual(await oso.actionsMany(alice, []), []);
});

test('query returns typed values', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  const rows = await oso.query('allow', new ValueOfType('User'), 'view', anvil);
  assert.ok(rows.some((f) => f.predicate === 'allow' && f.args[0].equals(alice) && f.args[1].equals(new Value('String', 'view'))));
  assert.ok(rows.every((f) => f.args.every((a) => a instanceof Value)));
  const who = (await oso.query(['allow', null, 'view', gitcloud])).map((f) => f.args[0].toString());
  assert.deepEqual(who, ['User:bob']);
});

test('query: open positions come back as ANY', async (t) => {
  const { oso } = await freshDb(t);
  await oso.policy('actor User {} resource Doc {} allow(_: User, "read", _: Doc);');
  assert.deepEqual(await oso.query('allow', null, 'read', undefined), [{ predicate: 'allow', args: [ANY, new Value('String', 'read'), ANY] }]);
});

test('explain and explainText', async (t) => {
  const { oso } = await freshDb(t);
  await tellGitcloudFacts(oso);
  const why = await oso.explain(alice, 'view', anvil);
  assert.equal(why.allowed, true);
  assert.match(why.query, /allow/);
  assert.equal((await oso.explain(alice, 'view', gitcloud)).allowed, false);
  const text = await oso.explainText(alice, 'view', anvil);
  assert.equal(typeof text, 'string');
  assert.match(text, /allow/);
  assert.ok(text.includes('\n'));
});
