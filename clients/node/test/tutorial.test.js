'use strict';
// The tutorial's service (gitcloud_app.js) over HTTP: the helpers and calls as the tutorial
// writes them, only the constructor changed.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { Value } = require('..');
const { createApp } = require('./gitcloud_app');
const { freshDb } = require('./helpers');

async function service(t) {
  const db = await freshDb(t);
  await db.oso.bulkTell([
    ['has_role', new Value('User', 'alice'), 'admin', new Value('Org', 1)],
    ['has_role', new Value('User', 'bob'), 'member', new Value('Org', 1)],
    ['has_role', new Value('User', 'charlie'), 'member', new Value('Org', 2)],
    ['has_role', new Value('User', 'dee'), 'admin'],
    ['has_relation', new Value('Repo', 1), 'parent', new Value('Org', 1)],
    ['has_relation', new Value('Repo', 2), 'parent', new Value('Org', 1)],
    ['has_relation', new Value('Repo', 3), 'parent', new Value('Org', 2)],
  ]);
  const server = createApp(db.pool());
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  const base = `http://127.0.0.1:${server.address().port}`;
  const call = async (method, url, user, body) => {
    const res = await fetch(base + url, {
      method,
      headers: user ? { 'x-user': user } : {},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };
  return { db, call };
}

test('show: authorize("view", repo), NotFound otherwise', async (t) => {
  const { call } = await service(t);
  assert.deepEqual(await call('GET', '/repos/1', 'bob'), { status: 200, json: { id: 1, org_id: 1, name: 'anvil' } });
  assert.equal((await call('GET', '/repos/3', 'bob')).status, 404);
  assert.equal((await call('GET', '/repos/1')).status, 404); // no current user
});

test('index: authorizedResources("view", "Org")', async (t) => {
  const { call } = await service(t);
  assert.deepEqual((await call('GET', '/orgs', 'bob')).json, [{ id: 1, name: 'acme' }]);
  assert.deepEqual((await call('GET', '/orgs')).json, []);
});

test('conditional UI elements: oso.actions(currentUser, userProfile)', async (t) => {
  const { call } = await service(t);
  assert.deepEqual((await call('GET', '/users/alice/actions', 'dee')).json, ['ban', 'impersonate', 'lock']);
  assert.deepEqual((await call('GET', '/users/dee/actions', 'alice')).json, []);
});

test('create: the issue row and its facts commit together, or roll back together', async (t) => {
  const { db, call } = await service(t);
  const created = await call('POST', '/repos/1/issues', 'bob', { title: 'it broke' });
  assert.equal(created.status, 201);
  const issue = new Value('Issue', created.json.id);
  assert.equal(await db.oso.authorize(new Value('User', 'bob'), 'close', issue), true);
  assert.equal(await db.oso.authorize(new Value('User', 'alice'), 'view', issue), true); // via the parent repo
  assert.equal((await call('POST', '/repos/3/issues', 'bob', { title: 'x' })).status, 403);
  const before = (await db.oso.get('has_role', null, 'creator', null)).length;
  assert.equal((await call('POST', '/repos/1/issues', 'bob', { title: 'y', fail: true })).status, 500);
  assert.equal((await db.oso.get('has_role', null, 'creator', null)).length, before);
  assert.deepEqual((await db.client.query("SELECT count(*)::int AS n FROM issues WHERE title = 'y'")).rows, [{ n: 0 }]);
});

test('delete_org_role: oso.delete("has_role", user, role, org)', async (t) => {
  const { db, call } = await service(t);
  assert.equal((await call('DELETE', '/orgs/1/roles', 'bob', { user_id: 'bob', role: 'member' })).status, 403);
  assert.equal((await call('DELETE', '/orgs/1/roles', 'alice', { user_id: 'bob', role: 'member' })).status, 204);
  assert.equal(await db.oso.authorize(new Value('User', 'bob'), 'view', new Value('Org', 1)), false);
});

test('the helpers are the tutorial\'s, with the Oso Cloud constructor replaced', () => {
  const src = fs.readFileSync(path.join(__dirname, 'gitcloud_app.js'), 'utf8');
  assert.match(src, /if \(currentUser === null\) throw NotFound\(\);\n\s+return oso\.authorize\(currentUser, action, resource\);/);
  assert.match(src, /if \(currentUser === null\) return \[\];\n\s+return oso\.list\(currentUser, action, resourceType\);/);
  assert.match(src, /\/\/ was: const oso = new Oso\("https:\/\/cloud\.osohq\.com\/", process\.env\["OSO_AUTH"\]\);\n\s+const oso = new Oso\(pool\);/);
});
