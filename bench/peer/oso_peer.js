#!/usr/bin/env node
// Peer benchmark: the open-source Oso library (oso@0.27.3, its Polar engine) with the same
// policy (github.oso.polar) and the same facts and requests as pg_polar.
//
//   node oso_peer.js FACTS.csv REQUESTS.csv
//
// FACTS.csv: pred,a0,a1,a2 rows of polar.fact_3 (values 'Type:id', strings 'String:x').
// REQUESTS.csv: id,actor,action,resource,polar (polar = pg_polar's decision, t/f).
// Prints one JSON object: per-check microseconds (median, p95, p99, mean), allowed count and
// how many decisions differ from pg_polar's.
'use strict';
const fs = require('fs');
const path = require('path');
const { Oso } = require('oso');

class User { constructor(id) { this.id = id; this.roles = []; } }
class Organization { constructor(id) { this.id = id; } }
class Repository { constructor(id) { this.id = id; this.organization = null; } }
class PullRequest { constructor(id) { this.id = id; this.repository = null; this.author = null; } }
class Role { constructor(name, resource) { this.name = name; this.resource = resource; } }

const classes = { User, Organization, Repository, PullRequest };
const objects = { User: new Map(), Organization: new Map(), Repository: new Map(), PullRequest: new Map() };

function entity(value) {
  const i = value.indexOf(':');
  const type = value.slice(0, i), id = value.slice(i + 1);
  const map = objects[type];
  if (!map) throw new Error('unknown type in ' + value);
  let o = map.get(id);
  if (!o) { o = new classes[type](id); map.set(id, o); }
  return o;
}
const str = (value) => value.replace(/^String:/, '');

function readCsv(file, fn) {
  const text = fs.readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) fn(text.slice(start, end).split(','));
    start = end + 1;
  }
}

function pct(sorted, p) {
  const idx = (sorted.length - 1) * p, lo = Math.floor(idx), hi = Math.ceil(idx);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (idx - lo);
}

async function main() {
  const [factsFile, requestsFile] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  let facts = 0;
  readCsv(factsFile, ([pred, a0, a1, a2]) => {
    facts++;
    if (pred === 'has_role') {
      entity(a0).roles.push(new Role(str(a1), entity(a2)));
    } else if (pred === 'has_relation') {
      const rel = str(a1);
      if (rel === 'organization') entity(a0).organization = entity(a2);
      else if (rel === 'repository') entity(a0).repository = entity(a2);
      else if (rel === 'author') entity(a0).author = entity(a2);
    }
  });
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const oso = new Oso();
  for (const c of Object.values(classes)) oso.registerClass(c);
  oso.registerClass(Role);
  const p0 = process.hrtime.bigint();
  await oso.loadFiles([path.join(__dirname, 'github.oso.polar')]);
  const policyMs = Number(process.hrtime.bigint() - p0) / 1e6;

  const requests = [];
  readCsv(requestsFile, ([id, actor, action, resource, polar]) => {
    requests.push({ actor: entity(actor), action, resource: entity(resource), polar: polar === 't' });
  });

  // Warm-up: the first 1,000 requests.
  for (const r of requests.slice(0, 1000)) await oso.isAllowed(r.actor, r.action, r.resource);

  const samples = new Float64Array(requests.length);
  let allowed = 0, differ = 0;
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i];
    const s = process.hrtime.bigint();
    const ok = await oso.isAllowed(r.actor, r.action, r.resource);
    samples[i] = Number(process.hrtime.bigint() - s) / 1000;
    if (ok) allowed++;
    if (ok !== r.polar) differ++;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  process.stdout.write(JSON.stringify({
    n: sorted.length, median_us: pct(sorted, 0.5), p95_us: pct(sorted, 0.95), p99_us: pct(sorted, 0.99),
    mean_us: mean, allowed, disagreements: differ, facts, facts_load_ms: loadMs, policy_load_ms: policyMs,
    node: process.version,
  }) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
