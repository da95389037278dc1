'use strict';
// The tutorial's GitCloud service in Node (node:http and pg, no framework): the helpers and
// handlers as the tutorial writes them, with pg-polar's constructor in place of Oso Cloud's.
// Used by tutorial.test.js; the README's "The tutorial's code" section is this file.

const http = require('node:http');
const { Oso } = require('..'); // in an application: require('pg-polar')

// Models carry their Polar type, so rows are passed to the client as they are.
class User {
  constructor(row) {
    Object.assign(this, row);
  }
  get type() {
    return 'User';
  }
}
class Org {
  constructor(row) {
    Object.assign(this, row);
  }
  get type() {
    return 'Org';
  }
}
class Repo {
  constructor(row) {
    Object.assign(this, row);
  }
  get type() {
    return 'Repo';
  }
}
class Issue {
  constructor(row) {
    Object.assign(this, row);
  }
  get type() {
    return 'Issue';
  }
}

class HttpError extends Error {
  constructor(status) {
    super(http.STATUS_CODES[status]);
    this.status = status;
  }
}
const NotFound = () => new HttpError(404);
const Forbidden = () => new HttpError(403);

function createApp(pool) {
  // was: const oso = new Oso("https://cloud.osohq.com/", process.env["OSO_AUTH"]);
  const oso = new Oso(pool);

  const one = async (db, Model, sql, params) => {
    const { rows } = await db.query(sql, params);
    return rows.length ? new Model(rows[0]) : null;
  };

  // The tutorial's helpers, per request (currentUser comes from the request).
  async function authorize(currentUser, action, resource) {
    if (currentUser === null) throw NotFound();
    return oso.authorize(currentUser, action, resource);
  }
  async function authorizedResources(currentUser, action, resourceType) {
    if (currentUser === null) return [];
    return oso.list(currentUser, action, resourceType);
  }

  const routes = [
    // show: GET /repos/:id
    ['GET', /^\/repos\/(\d+)$/, async (currentUser, [repoId]) => {
      const repo = await one(pool, Repo, 'SELECT * FROM repositories WHERE id = $1', [repoId]);
      if (repo === null || !(await authorize(currentUser, 'view', repo))) throw NotFound();
      return [200, { id: repo.id, org_id: repo.org_id, name: repo.name }];
    }],
    // index: GET /orgs
    ['GET', /^\/orgs$/, async (currentUser) => {
      const authorizedIds = await authorizedResources(currentUser, 'view', 'Org');
      const { rows } = await pool.query('SELECT id, name FROM organizations WHERE id::text = ANY($1) ORDER BY id', [authorizedIds]);
      return [200, rows];
    }],
    // conditional UI elements: GET /users/:id/actions
    ['GET', /^\/users\/(\w+)\/actions$/, async (currentUser, [userId]) => {
      const userProfile = await one(pool, User, 'SELECT * FROM users WHERE id = $1', [userId]);
      if (userProfile === null || currentUser === null) throw NotFound();
      return [200, await oso.actions(currentUser, userProfile)];
    }],
    // create an issue: the row and its two facts in one transaction
    ['POST', /^\/repos\/(\d+)\/issues$/, async (currentUser, [repoId], payload) => {
      const repo = await one(pool, Repo, 'SELECT * FROM repositories WHERE id = $1', [repoId]);
      if (repo === null) throw NotFound();
      if (!(await authorize(currentUser, 'create_issues', repo))) throw Forbidden();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const issue = await one(client, Issue, 'INSERT INTO issues (repo_id, creator_id, title) VALUES ($1, $2, $3) RETURNING *', [
          repo.id,
          currentUser.id,
          payload.title,
        ]);
        await oso.withConnection(client).bulkTell([
          ['has_role', currentUser, 'creator', issue],
          ['has_relation', issue, 'parent', repo],
        ]);
        if (payload.fail) throw new Error('the request failed after the facts were told');
        await client.query('COMMIT');
        return [201, { id: issue.id, title: issue.title }];
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      } finally {
        client.release();
      }
    }],
    // DELETE /orgs/:id/roles {user_id, role}
    ['DELETE', /^\/orgs\/(\d+)\/roles$/, async (currentUser, [orgId], payload) => {
      const org = await one(pool, Org, 'SELECT * FROM organizations WHERE id = $1', [orgId]);
      if (org === null) throw NotFound();
      if (!(await authorize(currentUser, 'delete_role_assignment', org))) throw Forbidden();
      const user = await one(pool, User, 'SELECT * FROM users WHERE id = $1', [payload.user_id]);
      await oso.delete('has_role', user, payload.role, org);
      return [204, null];
    }],
  ];

  return http.createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    try {
      const name = req.headers['x-user'];
      const currentUser = name ? await one(pool, User, 'SELECT * FROM users WHERE id = $1', [name]) : null;
      for (const [method, pattern, handler] of routes) {
        const m = req.method === method && pattern.exec(req.url);
        if (m) {
          const [status, json] = await handler(currentUser, m.slice(1), body ? JSON.parse(body) : {});
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(json === null ? undefined : JSON.stringify(json));
          return;
        }
      }
      throw NotFound();
    } catch (err) {
      res.writeHead(err instanceof HttpError ? err.status : 500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: err.message }));
    }
  });
}

module.exports = { createApp };
