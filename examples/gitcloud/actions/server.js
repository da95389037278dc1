'use strict';
// GitCloud Actions (CI runs): the tutorial's secondary service, in Node.js (express + the
// pg-polar client, clients/node), over the same database as the accounts service.
//
//   PGHOST=... PGPORT=... PGUSER=... PGDATABASE=... node actions/server.js [--port N] [--host H]
//
// As in the accounts service: one transaction per request, the acting user from the X-User
// header or the gitcloud_user cookie set as polar.actor in it, 404 when the user may not see a
// thing, 403 when they may see it but not do the action, JSON errors, and facts told in the
// same transaction as the rows. A revocation committed by the accounts service holds here at
// the next request: both read the same facts.

const express = require('express');
const pg = require('pg');
const { Oso, Value } = require('pg-polar');

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const run = (row) => ({ id: row.id, repo_id: row.repo_id, creator_id: row.creator_id, name: row.name, status: row.status });
const entity = (type, id) => new Value(type, id);

function actingUserName(req) {
  const header = req.get('X-User');
  if (header) return header;
  for (const part of (req.get('Cookie') || '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'gitcloud_user' && v.length) return decodeURIComponent(v.join('='));
  }
  return null;
}

function idParam(req, name, what) {
  const s = req.params[name];
  if (!/^[0-9]{1,9}$/.test(s)) throw new ApiError(404, `${what} not found`);
  return Number(s);
}

function createApp(pool) {
  const app = express();
  const oso = new Oso(pool);
  app.use(express.json({ strict: false }));

  // Runs handler(ctx) in one transaction with polar.actor set; COMMIT on success.
  const route = (handler) => async (req, res) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const name = actingUserName(req);
      if (name === null) throw new ApiError(400, 'no acting user: send the X-User header or the gitcloud_user cookie');
      const { rows } = await client.query('SELECT id, locked, banned FROM users WHERE id = $1', [name]);
      if (rows.length === 0) throw new ApiError(400, `unknown acting user '${name}'`);
      if (rows[0].locked || rows[0].banned) throw new ApiError(403, `the account of ${name} is ${rows[0].banned ? 'banned' : 'locked'}`);
      await client.query("SELECT set_config('polar.actor', $1, true)", [`User:${name}`]);
      const ctx = { req, db: client, oso: oso.withConnection(client), user: entity('User', name) };
      const [status, body] = await handler(ctx);
      await client.query('COMMIT');
      res.status(status).json(body);
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      if (e instanceof ApiError) {
        res.status(e.status).json({ error: e.message });
      } else {
        console.error(e);
        res.status(500).json({ error: 'internal error' });
      }
    } finally {
      client.release();
    }
  };

  async function visibleRepo(ctx, id) {
    const { rows } = await ctx.db.query('SELECT id, org_id, name FROM repositories WHERE id = $1', [id]);
    if (rows.length === 0 || !(await ctx.oso.authorize(ctx.user, 'view', entity('Repo', id)))) {
      throw new ApiError(404, 'repository not found');
    }
    return rows[0];
  }

  async function require(ctx, action, resource) {
    if (!(await ctx.oso.authorize(ctx.user, action, resource))) {
      throw new ApiError(403, `${ctx.user.id} may not ${action} on ${resource}`);
    }
  }

  // The runs of a repository the user may view, filtered inside the page's query.
  app.get('/repos/:id/actions', route(async (ctx) => {
    const repo = await visibleRepo(ctx, idParam(ctx.req, 'id', 'repository'));
    const { rows } = await ctx.db.query(
      `SELECT a.* FROM actions a
        WHERE a.repo_id = $1 AND a.id IN (SELECT id FROM polar_filters.viewable_actions)
        ORDER BY a.id`,
      [repo.id],
    );
    const allowed = rows.length ? await ctx.oso.actionsMany(ctx.user, rows.map((r) => entity('Action', r.id))) : [];
    return [200, rows.map((r, i) => ({ ...run(r), actions: allowed[i] }))];
  }));

  // Start a run: the row and its creator and parent facts in one transaction.
  app.post('/repos/:id/actions', route(async (ctx) => {
    const repo = await visibleRepo(ctx, idParam(ctx.req, 'id', 'repository'));
    const repoValue = entity('Repo', repo.id);
    await require(ctx, 'create_actions', repoValue);
    const body = ctx.req.body;
    const name = body && typeof body === 'object' && !Array.isArray(body) ? body.name : undefined;
    if (typeof name !== 'string' || !name.trim() || name.length > 200) {
      throw new ApiError(400, "'name' must be a non-empty string of at most 200 characters");
    }
    const { rows } = await ctx.db.query(
      'INSERT INTO actions (repo_id, creator_id, name) VALUES ($1, $2, $3) RETURNING *',
      [repo.id, ctx.user.id, name.trim()],
    );
    const action = entity('Action', rows[0].id);
    await ctx.oso.bulkTell([
      ['has_role', ctx.user, 'creator', action],
      ['has_relation', action, 'parent', repoValue],
    ]);
    return [201, run(rows[0])];
  }));

  // Cancel a run: its creator or an admin of its repository.
  app.post('/actions/:id/cancel', route(async (ctx) => {
    const id = idParam(ctx.req, 'id', 'run');
    const action = entity('Action', id);
    const { rows } = await ctx.db.query('SELECT * FROM actions WHERE id = $1 FOR UPDATE', [id]);
    if (rows.length === 0 || !(await ctx.oso.authorize(ctx.user, 'view', action))) throw new ApiError(404, 'run not found');
    await require(ctx, 'cancel', action);
    if (rows[0].status !== 'running') throw new ApiError(409, `run ${id} is not running (${rows[0].status})`);
    const updated = await ctx.db.query("UPDATE actions SET status = 'canceled' WHERE id = $1 RETURNING *", [id]);
    return [200, run(updated.rows[0])];
  }));

  app.use((req, res) => res.status(404).json({ error: 'not found' }));
  // Malformed JSON bodies (express.json) and anything else thrown outside a route.
  app.use((err, req, res, next) => {
    res.status(err.status && err.status < 500 ? err.status : 500).json({ error: err.status ? err.message : 'internal error' });
  });
  return app;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const port = Number(opt('--port', '55425'));
  const host = opt('--host', '127.0.0.1');
  const pool = new pg.Pool({ max: 4 }); // PGHOST, PGPORT, PGUSER, PGDATABASE from the environment
  const server = createApp(pool).listen(port, host, () => console.log(`GitCloud Actions on http://${host}:${port}/`));
  const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) main();
module.exports = { createApp };
