'use strict';
// Test fixtures: a fresh database per test, cloned from a template that has pg_polar, the
// GitCloud schema (examples/gitcloud/schema.sql) and the GitCloud policy.
//
// The server comes from PGHOST/PGPORT/PGUSER (scripts/suites/node_client.sh starts a throwaway
// one); node-postgres reads those variables itself.

const fs = require('node:fs');
const path = require('node:path');
const pg = require('pg');
const { Oso, Value } = require('..');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const GITCLOUD = path.join(REPO_ROOT, 'examples', 'gitcloud');
const TEMPLATE = 'pg_polar_nodeclient_template';
const TEMPLATE_LOCK = 55410; // advisory lock key: test files run in parallel processes
let counter = 0;

if (!process.env.PGHOST) {
  throw new Error('PGHOST/PGPORT must point at a server with pg_polar (scripts/test.sh node_client)');
}

async function withAdmin(fn) {
  const admin = new pg.Client({ database: 'postgres' });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function ensureTemplate() {
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (found.rowCount > 0) return;
      await admin.query(`CREATE DATABASE "${TEMPLATE}"`);
      const c = new pg.Client({ database: TEMPLATE });
      await c.connect();
      try {
        await c.query('CREATE EXTENSION pg_polar');
        await c.query(fs.readFileSync(path.join(GITCLOUD, 'schema.sql'), 'utf8'));
        await c.query("SELECT polar.load_policy($1, 'gitcloud.polar')", [fs.readFileSync(path.join(GITCLOUD, 'policy.polar'), 'utf8')]);
      } finally {
        await c.end();
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/** A fresh database for test context t, dropped after it: {dbname, connect(), client, oso, pool()}.
 *  `client` is an autocommit pg.Client (every call commits on its own, as with Oso Cloud). */
async function freshDb(t) {
  await ensureTemplate();
  const dbname = `pg_polar_nodeclient_${process.pid}_${++counter}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${dbname}" TEMPLATE "${TEMPLATE}"`));
  const opened = [];
  const connect = async () => {
    const c = new pg.Client({ database: dbname });
    await c.connect();
    opened.push(c);
    return c;
  };
  const pool = () => {
    const p = new pg.Pool({ database: dbname, max: 3 });
    opened.push(p);
    return p;
  };
  t.after(async () => {
    for (const c of opened) await c.end().catch(() => {});
    await withAdmin((admin) => admin.query(`DROP DATABASE "${dbname}" WITH (FORCE)`));
  });
  const client = await connect();
  return { dbname, connect, pool, client, oso: new Oso(client) };
}

// GitCloud's people and things (ids as in examples/gitcloud/schema.sql).
const alice = new Value('User', 'alice');
const bob = new Value('User', 'bob');
const charlie = new Value('User', 'charlie');
const dee = new Value('User', 'dee');
const acme = new Value('Org', 1);
const osohq = new Value('Org', 2);
const anvil = new Value('Repo', 1);
const roadrunner = new Value('Repo', 2);
const gitcloud = new Value('Repo', 3);

/** The facts most check tests start from. */
async function tellGitcloudFacts(oso) {
  await oso.bulkTell([
    ['has_role', alice, 'member', acme],
    ['has_role', bob, 'admin', osohq],
    ['has_relation', anvil, 'parent', acme],
    ['has_relation', roadrunner, 'parent', acme],
    ['has_relation', gitcloud, 'parent', osohq],
    ['has_role', dee, 'admin'],
  ]);
  return oso;
}

module.exports = { freshDb, tellGitcloudFacts, alice, bob, charlie, dee, acme, osohq, anvil, roadrunner, gitcloud };
