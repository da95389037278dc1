// The GitCloud page in a real browser: Debian's chromium, driven by playwright-core (which
// downloads no browser). Run by accounts/tests/test_browser.py against the services and the
// fresh database its fixtures start; settings come from the environment:
//   GITCLOUD_URL, GITCLOUD_ACTIONS_URL   the accounts and Actions services
//   PGHOST, PGPORT, PGUSER, PGDATABASE   their database (to check the rows and facts behind the page)
//   GITCLOUD_SCREENSHOTS                 where the screenshots go
//   CHROMIUM                             the browser (default /usr/bin/chromium)
// The tests run in order and share one page: each one continues where the last one left off.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { chromium } from 'playwright-core';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run through accounts/tests/test_browser.py)`);
  return value;
};
const BASE = env('GITCLOUD_URL');
const ACTIONS = env('GITCLOUD_ACTIONS_URL');
const SHOTS = env('GITCLOUD_SCREENSHOTS');
const USERS = ['alice', 'bob', 'charlie', 'dee', 'erin'];
const ADMIN_BUTTONS = ['impersonate', 'lock', 'ban'];

let browser, page, db;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox'], // CI runs as root, where chromium's sandbox refuses to start
  });
  page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  page.setDefaultTimeout(15000);
  db = new pg.Client();
  await db.connect();
});

after(async () => {
  await browser?.close();
  await db?.end();
});

const button = (name) => page.locator(`button[data-test="${name}"]`);
const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

// data-test name -> enabled, for every button on the page, as the browser sees it.
async function buttonStates() {
  return page.$$eval('button[data-test]', (buttons) =>
    Object.fromEntries(buttons.map((b) => [b.dataset.test, !b.disabled])),
  );
}

// The user switcher: a real click on the user's button (it sets the gitcloud_user cookie).
async function actAs(user) {
  await Promise.all([page.waitForEvent('load'), button(`switch-${user}`).click()]);
  assert.equal(await button(`switch-${user}`).getAttribute('aria-pressed'), 'true');
  for (const other of USERS.filter((u) => u !== user)) {
    assert.equal(await button(`switch-${other}`).getAttribute('aria-pressed'), 'false');
  }
}

// Clicks a button of a form that calls the JSON API; the page reloads when the call succeeds.
async function submit(name) {
  assert.equal(await button(name).isEnabled(), true, `${name} is disabled`);
  const reply = page.waitForResponse((r) => r.request().method() !== 'GET' && r.url().startsWith(BASE));
  const reload = page.waitForEvent('load');
  await button(name).click();
  const response = await reply;
  // The body only on failure: once the page reloads, the browser no longer has it.
  if (!response.ok()) assert.fail(`${name}: ${response.status()} ${await response.text()}`);
  await reload;
  assert.equal(await page.locator('#error').textContent(), '');
}

async function goto(path, status = 200) {
  const response = await page.goto(BASE + path);
  assert.equal(response.status(), status, `GET ${path}`);
}

// The Actions service, with the browser context's cookies (the same acting user as the page).
const actionsStatus = async (path) => (await page.context().request.get(ACTIONS + path)).status();

test('without a user the page offers only the switcher', async () => {
  await goto('/');
  assert.match(await page.textContent('body'), /Pick a user/);
  const states = await buttonStates();
  assert.deepEqual(states, Object.fromEntries(USERS.map((u) => [`switch-${u}`, true])));
  await shot('01-nobody');
});

test('alice (admin of acme): org buttons enabled, site-admin buttons disabled', async () => {
  await actAs('alice');
  const states = await buttonStates();
  assert.equal(states['create-repo-1'], true);
  assert.equal(states['revoke-org-1-bob-member'], true);
  assert.equal(states['create-repo-2'], undefined, 'osohq is not on her page');
  for (const user of USERS) for (const a of ADMIN_BUTTONS) assert.equal(states[`${a}-${user}`], false, `${a}-${user}`);
  await shot('02-alice-home');

  await goto('/ui/repos/1');
  const repo = await buttonStates();
  assert.equal(repo['create-issue'], true);
  assert.equal(repo['grant-repo'], true);
  await shot('03-alice-repo-anvil');
});

test('bob (member of acme): may create issues, nothing else', async () => {
  await goto('/');
  await actAs('bob');
  const states = await buttonStates();
  assert.equal(states['create-repo-1'], false);
  assert.equal(states['revoke-org-1-bob-member'], false);
  assert.equal(states['revoke-org-1-alice-admin'], false);
  for (const user of USERS) for (const a of ADMIN_BUTTONS) assert.equal(states[`${a}-${user}`], false, `${a}-${user}`);
  await shot('04-bob-home');

  await goto('/ui/repos/1');
  const repo = await buttonStates();
  assert.equal(repo['create-issue'], true);
  assert.equal(repo['grant-repo'], false);
  await goto('/ui/repos/3', 404); // gitcloud belongs to osohq: hidden, not forbidden
  assert.match(await page.textContent('h2'), /Not found/);
});

test('dee (site admin): Impersonate, Lock Account and Ban Hammer enabled', async () => {
  await goto('/');
  await actAs('dee');
  const states = await buttonStates();
  for (const user of USERS.filter((u) => u !== 'dee')) {
    for (const a of ADMIN_BUTTONS) assert.equal(states[`${a}-${user}`], true, `${a}-${user}`);
  }
  assert.equal(states['create-repo-1'], undefined, 'a site admin is no member of acme');
  await shot('05-dee-home');
});

test('bob creates an issue: it appears, with its row and facts in the database', async () => {
  await goto('/');
  await actAs('bob');
  await goto('/ui/repos/1');
  await page.fill('[data-test="issue-title"]', 'Anvil falls too slowly');
  await submit('create-issue');

  const { rows } = await db.query("SELECT id, repo_id, creator_id FROM issues WHERE title = 'Anvil falls too slowly'");
  assert.equal(rows.length, 1);
  const { id } = rows[0];
  assert.deepEqual(rows[0], { id, repo_id: 1, creator_id: 'bob' });
  const facts = await db.query('SELECT predicate, args FROM polar.facts WHERE $1 = ANY (args) ORDER BY predicate', [
    `Issue:${id}`,
  ]);
  assert.deepEqual(facts.rows, [
    { predicate: 'has_relation', args: [`Issue:${id}`, 'parent', 'Repo:1'] },
    { predicate: 'has_role', args: ['User:bob', 'creator', `Issue:${id}`] },
  ]);

  const row = page.locator(`tr[data-test="issue-${id}"]`);
  assert.match(await row.textContent(), /Anvil falls too slowly/);
  assert.equal(await button(`close-${id}`).isEnabled(), true, 'its creator may close it');
  await shot('06-bob-created-issue');

  await submit(`close-${id}`);
  assert.equal(await button(`close-${id}`).isEnabled(), false, 'a closed issue cannot be closed again');
  assert.equal(await row.locator('td.closed').count(), 1);
  await shot('07-bob-closed-issue');
});

test('alice revokes bob: acme disappears from his page and from the Actions service', async () => {
  assert.equal(await actionsStatus('/repos/1/actions'), 200, 'bob may see anvil runs before');
  await goto('/');
  await actAs('alice');
  await submit('revoke-org-1-bob-member');
  assert.equal(await button('revoke-org-1-bob-member').count(), 0);
  const { rows } = await db.query(
    "SELECT count(*)::int AS n FROM polar.facts WHERE predicate = 'has_role' AND args = ARRAY['User:bob', 'member', 'Org:1']",
  );
  assert.equal(rows[0].n, 0);
  await shot('08-alice-revoked-bob');

  await actAs('bob');
  assert.equal(await page.locator('section[data-test="org-1"]').count(), 0);
  assert.match(await page.textContent('body'), /No organizations/);
  assert.equal(await button('create-repo-1').count(), 0);
  await shot('09-bob-after-revoke');
  await goto('/ui/repos/1', 404);
  assert.equal(await button('create-issue').count(), 0);
  assert.equal(await actionsStatus('/repos/1/actions'), 404, 'the Actions service sees the revocation too');
});
