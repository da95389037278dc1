#!/usr/bin/env node
'use strict';
// The Node client's overhead (BENCHMARKS.md, "Client libraries"; bench/results/clients.md).
//
//   bench/clients/node_overhead.sh            starts a throwaway server, then runs this
//   PGHOST=... PGPORT=... node bench/clients/node_overhead.js [--quick] [--write FILE]
//
// 1. authorize round trip: oso.authorize(Value, "view", Value) against the same statement
//    through bare pg (same connection, same SQL text, parameters already as text), one call
//    of each per request in alternating order; per-call wall time, medians.
// 2. bulkTell of 100,000 facts: oso.bulkTell(array of facts with Values) against
//    polar.bulk_tell called in SQL on JSON built by the server, and against bare pg sending a
//    JSON text built beforehand. Each run inside a transaction that is rolled back, then VACUUM.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');
const pg = require(path.join(REPO, 'clients/node/node_modules/pg'));
const { Oso, Value } = require(path.join(REPO, 'clients/node'));

const USERS = 1000;
const ORGS = 50;
const REPOS_PER_ORG = 20;
const SQL = 'SELECT polar.authorize($1::text, $2::text, $3::text, $4::jsonb) AS r'; // the client's statement, verbatim

// A small deterministic PRNG (mulberry32), so both sides and every run see the same requests.
function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function setup(client) {
  await client.query('DROP EXTENSION IF EXISTS pg_polar CASCADE');
  await client.query('CREATE EXTENSION pg_polar');
  await client.query("SELECT polar.load_policy($1, 'gitcloud.polar')", [fs.readFileSync(path.join(REPO, 'examples/gitcloud/policy.polar'), 'utf8')]);
  const pick = rng(1);
  const facts = [];
  for (let u = 0; u < USERS; u++) {
    const first = pick(ORGS);
    const second = (first + 1 + pick(ORGS - 1)) % ORGS;
    for (const org of [first, second]) facts.push(['has_role', `User:u${u}`, pick(2) ? 'admin' : 'member', `Org:${org}`]);
  }
  for (let org = 0; org < ORGS; org++) {
    for (let r = 0; r < REPOS_PER_ORG; r++) facts.push(['has_relation', `Repo:${org * REPOS_PER_ORG + r}`, 'parent', `Org:${org}`]);
  }
  await client.query('SELECT polar.bulk_tell($1::jsonb)', [JSON.stringify(facts)]);
  await client.query('VACUUM ANALYZE');
}

async function authorizeBench(client, chunks, chunk) {
  const oso = new Oso(client);
  const pick = rng(2);
  const reqs = Array.from({ length: chunk }, () => [pick(USERS), pick(ORGS * REPOS_PER_ORG)]);
  const values = reqs.map(([u, r]) => [new Value('User', `u${u}`), new Value('Repo', r)]);
  const texts = reqs.map(([u, r]) => [`User:u${u}`, 'view', `Repo:${r}`, null]);
  const clock = () => Number(process.hrtime.bigint());

  // One call of each per request, in alternating order: both sides see the same load (a
  // shared machine's load shifts within seconds, more than the difference measured here).
  const pairs = async () => {
    const c = [];
    const b = [];
    for (let i = 0; i < values.length; i++) {
      const clientFirst = i % 2 === 0;
      for (const side of clientFirst ? ['client', 'bare'] : ['bare', 'client']) {
        const t = clock();
        if (side === 'client') {
          await oso.authorize(values[i][0], 'view', values[i][1]);
          c.push(clock() - t);
        } else {
          (await client.query(SQL, texts[i])).rows[0].r;
          b.push(clock() - t);
        }
      }
    }
    return [c, b];
  };

  // same answers, and a warm-up
  let allowed = 0;
  for (let i = 0; i < texts.length; i++) {
    const a = await oso.authorize(values[i][0], 'view', values[i][1]);
    const b = (await client.query(SQL, texts[i])).rows[0].r;
    if (a !== b) throw new Error(`client and bare pg disagree on request ${i}`);
    allowed += b ? 1 : 0;
  }
  const cAll = [];
  const bAll = [];
  const ratios = [];
  for (let chunkNo = 0; chunkNo < chunks; chunkNo++) {
    const [c, b] = await pairs();
    cAll.push(...c);
    bAll.push(...b);
    ratios.push(median(c) / median(b));
  }
  return {
    calls: cAll.length,
    chunks,
    allowedShare: allowed / texts.length,
    clientUs: median(cAll) / 1000,
    bareUs: median(bAll) / 1000,
    ratio: median(cAll) / median(bAll),
    chunkRatioMedian: median(ratios),
    chunkRatioRange: [Math.min(...ratios), Math.max(...ratios)],
  };
}

async function bulkBench(client, n, reps) {
  const oso = new Oso(client);
  const facts = Array.from({ length: n }, (_, i) => ['has_role', new Value('User', `bulk${i}`), 'member', new Value('Org', i % ORGS)]);
  const payload = JSON.stringify(Array.from({ length: n }, (_, i) => ['has_role', `User:bulk${i}`, 'member', `Org:${i % ORGS}`]));
  const inSql =
    "SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_role', 'User:bulk' || i, 'member', 'Org:' || (i % $1::int))))::text AS r" +
    ' FROM generate_series(0, $2::int) AS i';

  const run = async (fn) => {
    await client.query('BEGIN');
    const t = process.hrtime.bigint();
    const count = await fn();
    const elapsed = Number(process.hrtime.bigint() - t) / 1e9;
    await client.query('ROLLBACK');
    if (Number(count) !== n) throw new Error(`bulk_tell stored ${count}, not ${n}`);
    await client.query('VACUUM polar.fact_3');
    return elapsed;
  };
  const sides = {
    client: () => oso.bulkTell(facts),
    sql: async () => (await client.query(inSql, [ORGS, n - 1])).rows[0].r,
    bare: async () => (await client.query('SELECT polar.bulk_tell($1::jsonb)::text AS r', [payload])).rows[0].r,
  };
  const times = { client: [], sql: [], bare: [] };
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
    for (const k of order) times[k].push(await run(sides[k]));
  }
  const seconds = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  return { facts: n, reps, seconds, factsPerS: Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, n / v])) };
}

const fmt = (x, digits) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function report(auth, bulk, quick, pgVersion) {
  const s = bulk.seconds;
  const f = bulk.factsPerS;
  const [lo, hi] = auth.chunkRatioRange;
  const load = os.loadavg()[0];
  const today = new Date().toISOString().slice(0, 10);
  return `## Node

\`bench/clients/node_overhead.sh${quick ? ' --quick' : ''}\` (${today}; Node ${process.versions.node},
pg ${pgVersion}; load average ${load.toFixed(1)} on the 2 cores at the end of the run; throwaway PostgreSQL 15 over the Unix socket, fsync off; GitCloud
policy, ${USERS} users with 2 org roles each, ${ORGS * REPOS_PER_ORG} repositories).

**authorize round trip** — \`new Oso(client).authorize(new Value("User", ...), "view", new Value("Repo", ...))\`
against \`client.query("${SQL}", texts)\` on the same autocommit pg.Client (the same
unnamed statement on both sides), ${fmt(auth.calls, 0)} calls per side, one of each per
request in alternating order (chunks of ${fmt(auth.calls / auth.chunks, 0)} requests), ${(auth.allowedShare * 100).toFixed(0)}% allowed. Per-call wall time, medians:

| side | median |
|---|--:|
| client | ${auth.clientUs.toFixed(1)} µs |
| bare pg | ${auth.bareUs.toFixed(1)} µs |
| **ratio** (target ≤ 1.15×) | **${auth.ratio.toFixed(3)}×** (per chunk: median ${auth.chunkRatioMedian.toFixed(3)}×, ${lo.toFixed(3)}–${hi.toFixed(3)}×) |

**bulkTell of ${fmt(bulk.facts, 0)} facts** (\`has_role(User, "member", Org)\`, new facts; median of
${bulk.reps} runs each, in alternating order, each rolled back then \`VACUUM\`):

| side | time | facts/s | vs SQL |
|---|--:|--:|--:|
| client: \`oso.bulkTell(facts)\` (arrays of \`Value\`s → JSON → one call) | ${s.client.toFixed(3)} s | ${fmt(f.client, 0)} | ${(s.client / s.sql).toFixed(2)}× |
| SQL: \`polar.bulk_tell(jsonb_agg(...))\` built in the server | ${s.sql.toFixed(3)} s | ${fmt(f.sql, 0)} | 1.00× |
| bare pg: \`polar.bulk_tell($1::jsonb)\` with the JSON text prebuilt | ${s.bare.toFixed(3)} s | ${fmt(f.bare, 0)} | ${(s.bare / s.sql).toFixed(2)}× |
`;
}

/** Replaces the "## Node" section of file (other sections are left as they are). */
function writeSection(file, section) {
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Client libraries: overhead over the bare driver\n\n';
  const start = text.indexOf('## Node\n');
  if (start < 0) {
    text = text.replace(/\n*$/, '\n\n') + section;
  } else {
    const end = text.indexOf('\n## ', start + 1);
    text = text.slice(0, start) + section + (end >= 0 ? text.slice(end + 1) : '');
  }
  fs.writeFileSync(file, text);
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const w = args.indexOf('--write');
  const client = new pg.Client({ database: process.env.PGDATABASE || 'postgres' });
  await client.connect();
  try {
    await setup(client);
    const auth = await authorizeBench(client, quick ? 6 : 20, quick ? 500 : 1000);
    const bulk = await bulkBench(client, 100000, quick ? 1 : 3);
    const pgVersion = require(path.join(REPO, 'clients/node/node_modules/pg/package.json')).version;
    const text = report(auth, bulk, quick, pgVersion);
    process.stdout.write(text);
    if (w >= 0) writeSection(args[w + 1], text);
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
