'use strict';
// Oso: the Oso Cloud client's API over pg_polar's SQL functions, on the application's own
// node-postgres client (or a pool). Mirrors clients/python/pg_polar/client.py.

const { Batch } = require('./batch');
const { DatabaseError, fromDriverError, ValueConversionError } = require('./errors');
const fragments = require('./fragments');
const { Value, fromText, patternText, requireText, splitFact, toJson, toText, toValue, typeName } = require('./values');

const SQL = {
  authorize: 'SELECT polar.authorize($1::text, $2::text, $3::text, $4::jsonb) AS r',
  list: 'SELECT polar.list($1::text, $2::text, $3::text, $4::jsonb) AS r',
  actions: 'SELECT polar.actions($1::text, $2::text, $3::jsonb) AS r',
  tell: 'SELECT polar.tell($1::text, VARIADIC $2::text[])',
  delete: 'SELECT polar.delete($1::text, VARIADIC $2::text[])::text AS r',
  bulkTell: 'SELECT polar.bulk_tell($1::jsonb)::text AS r',
  bulkDelete: 'SELECT polar.bulk_delete($1::jsonb)::text AS r',
  batch: 'SELECT polar.batch($1::jsonb)',
  get: 'SELECT predicate, args FROM polar.get($1::text, VARIADIC $2::text[])',
  query: 'SELECT args FROM polar.query($1::text, VARIADIC $2::text[])',
  load: 'SELECT polar.load_policy($1::text, $2::text, $3::boolean) AS r',
  metadata: 'SELECT polar.policy_metadata() AS r',
  explain: 'SELECT polar.explain($1::text, $2::text, $3::text, $4::jsonb) AS r',
  explainText: 'SELECT polar.explain_text($1::text, $2::text, $3::text, $4::jsonb) AS r',
};

let savepoints = 0;

function factsJson(facts, pattern, what) {
  const out = [];
  for (const fact of facts) {
    const [predicate, args] =
      Array.isArray(fact) && typeof fact[0] === 'string' ? [fact[0], fact.slice(1)] : splitFact(fact, `${what} ${out.length + 1}`);
    out.push([predicate, ...args.map((a) => toJson(a, pattern, 'argument'))]);
  }
  return out;
}

function context(contextFacts) {
  if (contextFacts === null || contextFacts === undefined) return null;
  return JSON.stringify(factsJson(contextFacts, false, 'context fact'));
}

function actionText(action) {
  return requireText(action, 'action');
}

/** An action or id as rendered by pg_polar, back to the plain string. */
function plain(rendered) {
  const v = fromText(rendered);
  return v instanceof Value && v.type === 'String' ? v.id : rendered;
}

/** tell('has_role', u, 'member', o) and tell(['has_role', u, 'member', o]) alike. */
function factArgs(predicateOrFact, args) {
  if (args.length === 0 && typeof predicateOrFact !== 'string' && predicateOrFact !== null && predicateOrFact !== undefined) {
    return splitFact(predicateOrFact);
  }
  return [predicateOrFact === undefined ? null : predicateOrFact, args];
}

/** The fragments' last argument: {firstParam, contextFacts, column}, or the context facts alone. */
function fragmentOptions(options) {
  if (options === null || options === undefined) return {};
  if (Array.isArray(options)) return { contextFacts: options };
  if (typeof options !== 'object') throw new TypeError('the last argument is an options object: {firstParam, contextFacts}');
  return options;
}

function groupByType(resources) {
  const values = resources.map((r) => toValue(r, 'resource'));
  const byType = new Map();
  for (const v of values) {
    if (!byType.has(v.type)) byType.set(v.type, []);
    byType.get(v.type).push(v.id);
  }
  return { values, byType };
}

function isPool(x) {
  // pg.Pool: connect() hands out clients with release(); a pg.Client has connect() too, but
  // no pool counters. A PoolClient (has release()) is a fixed connection.
  return typeof x.connect === 'function' && typeof x.release !== 'function' && 'totalCount' in x;
}

class Oso {
  /** new Oso(client) runs every call on that client, in whatever transaction it is in (never
   *  committing it); new Oso(pool) runs each call on the pool, each committing on its own. */
  constructor(poolOrClient) {
    if (!poolOrClient || typeof poolOrClient.query !== 'function') {
      throw new TypeError('Oso() takes a pg.Pool, pg.Client or pg.PoolClient (anything with query(text, values))');
    }
    this._db = poolOrClient;
    this._pooled = isPool(poolOrClient);
  }

  // ---------------------------------------------------------------------------------------
  // Connections and transactions

  withConnection(client) {
    return new Oso(client);
  }

  async transaction(fn) {
    if (this._pooled) {
      const client = await this._db.connect();
      let broken;
      try {
        return await Oso._inTransaction(client, fn, false);
      } catch (err) {
        broken = err instanceof Error && err._pgPolarRollbackFailed ? err : undefined;
        throw err;
      } finally {
        client.release(broken);
      }
    }
    return Oso._inTransaction(this._db, fn, true);
  }

  static async _inTransaction(client, fn, maybeNested) {
    const run = async (sql) => {
      try {
        await client.query(sql);
      } catch (err) {
        throw fromDriverError(err);
      }
    };
    let savepoint = null;
    if (maybeNested) {
      const status = typeof client.getTransactionStatus === 'function' ? client.getTransactionStatus() : null;
      if (status === 'E') {
        throw new DatabaseError('the connection is in a failed transaction; roll it back first', { sqlstate: '25P02' });
      }
      const name = `pg_polar_tx_${++savepoints}`;
      if (status === 'T') {
        await run(`SAVEPOINT ${name}`);
        savepoint = name;
      } else if (status === null) {
        // a pg without getTransactionStatus() (older 8.x): SAVEPOINT fails outside a transaction
        // block (25P01) without side effects.
        try {
          await client.query(`SAVEPOINT ${name}`);
          savepoint = name;
        } catch (err) {
          if (err.code !== '25P01') throw fromDriverError(err);
        }
      }
    }
    if (savepoint === null) await run('BEGIN');
    let result;
    try {
      result = await fn(new Oso(client));
    } catch (err) {
      try {
        await run(savepoint ? `ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}` : 'ROLLBACK');
      } catch (rollbackErr) {
        if (err instanceof Error) err._pgPolarRollbackFailed = true;
      }
      throw err;
    }
    await run(savepoint ? `RELEASE SAVEPOINT ${savepoint}` : 'COMMIT');
    return result;
  }

  async _rows(sql, params) {
    try {
      return (await this._db.query(sql, params)).rows;
    } catch (err) {
      throw fromDriverError(err);
    }
  }

  async _scalar(sql, params) {
    return (await this._rows(sql, params))[0].r;
  }

  // ---------------------------------------------------------------------------------------
  // Checks

  /** Is allow(actor, action, resource) derivable? A null/undefined actor or resource rejects
   *  with ValueConversionError, as Oso Cloud's clients reject it. */
  async authorize(actor, action, resource, contextFacts) {
    const params = [requireText(actor, 'actor'), actionText(action), requireText(resource, 'resource'), context(contextFacts)];
    return (await this._scalar(SQL.authorize, params)) === true;
  }

  async list(actor, action, resourceType, contextFacts) {
    const params = [requireText(actor, 'actor'), actionText(action), typeName(resourceType), context(contextFacts)];
    return (await this._rows(SQL.list, params)).map((r) => r.r);
  }

  async actions(actor, resource, contextFacts) {
    const params = [requireText(actor, 'actor'), requireText(resource, 'resource'), context(contextFacts)];
    return (await this._rows(SQL.actions, params)).map((r) => plain(r.r));
  }

  async authorizeMany(actor, action, resources, contextFacts) {
    const { values, byType } = groupByType(resources);
    if (values.length === 0) return [];
    const actorText = requireText(actor, 'actor');
    const act = actionText(action);
    const ctx = context(contextFacts);
    const types = [...byType.keys()];
    const params = [];
    const calls = types.map((t, i) => {
      const n = i * 5;
      params.push(actorText, act, t, byType.get(t), ctx);
      return `polar.authorize_ids($${n + 1}::text, $${n + 2}::text, $${n + 3}::text, $${n + 4}::text[], $${n + 5}::jsonb) AS r${i}`;
    });
    const row = (await this._rows(`SELECT ${calls.join(', ')}`, params))[0];
    const allowed = new Set();
    types.forEach((t, i) => {
      for (const id of row[`r${i}`] || []) allowed.add(`${t}\u0000${id}`);
    });
    return values.map((v) => allowed.has(`${v.type}\u0000${v.id}`));
  }

  async authorizeResources(actor, action, resources, contextFacts) {
    const flags = await this.authorizeMany(actor, action, resources, contextFacts);
    return resources.filter((_, i) => flags[i]);
  }

  async actionsMany(actor, resources, contextFacts) {
    const { values, byType } = groupByType(resources);
    if (values.length === 0) return [];
    const actorText = requireText(actor, 'actor');
    const ctx = context(contextFacts);
    const params = [];
    const parts = [...byType.entries()].map(([t, ids], i) => {
      const n = i * 4;
      params.push(t, actorText, ids, ctx);
      return `SELECT $${n + 1}::text AS type, id, actions FROM polar.actions_many($${n + 2}::text, $${n + 1}::text, $${n + 3}::text[], $${n + 4}::jsonb)`;
    });
    const found = new Map();
    for (const r of await this._rows(parts.join(' UNION ALL '), params)) {
      found.set(`${r.type}\u0000${r.id}`, r.actions.map(plain));
    }
    return values.map((v) => [...(found.get(`${v.type}\u0000${v.id}`) || [])]);
  }

  async query(predicateOrFact, ...args) {
    const [predicate, pattern] = factArgs(predicateOrFact, args);
    const rows = await this._rows(SQL.query, [predicate, pattern.map((a) => patternText(a))]);
    return rows.map((r) => ({ predicate, args: r.args.map(fromText) }));
  }

  async explain(actor, action, resource, contextFacts) {
    const params = [requireText(actor, 'actor'), actionText(action), requireText(resource, 'resource'), context(contextFacts)];
    return this._scalar(SQL.explain, params);
  }

  async explainText(actor, action, resource, contextFacts) {
    const params = [requireText(actor, 'actor'), actionText(action), requireText(resource, 'resource'), context(contextFacts)];
    return (await this._rows(SQL.explainText, params)).map((r) => r.r).join('\n');
  }

  // ---------------------------------------------------------------------------------------
  // Facts

  async tell(predicateOrFact, ...args) {
    const [predicate, values] = factArgs(predicateOrFact, args);
    const texts = values.map((a) => toText(a, 'argument'));
    if (texts.some((t) => t === null)) {
      await this.bulkTell([[predicate, ...values]]); // an id or string '_': only JSON says it
      return;
    }
    await this._rows(SQL.tell, [predicate, texts]);
  }

  insert(predicateOrFact, ...args) {
    return this.tell(predicateOrFact, ...args); // Oso Cloud v2's name
  }

  async bulkTell(facts) {
    const payload = factsJson(facts, false, 'fact');
    if (payload.length === 0) return 0;
    return Number(await this._scalar(SQL.bulkTell, [JSON.stringify(payload)]));
  }

  async delete(predicateOrFact, ...args) {
    const [predicate, pattern] = factArgs(predicateOrFact, args);
    let texts;
    try {
      texts = pattern.map((a) => patternText(a));
    } catch (err) {
      if (!(err instanceof ValueConversionError)) throw err;
      return this.bulkDelete([[predicate, ...pattern]]); // values only JSON can express
    }
    return Number(await this._scalar(SQL.delete, [predicate, texts]));
  }

  async bulkDelete(patterns) {
    const payload = factsJson(patterns, true, 'pattern');
    if (payload.length === 0) return 0;
    return Number(await this._scalar(SQL.bulkDelete, [JSON.stringify(payload)]));
  }

  /** A transactional block of inserts and deletes, applied in order by one polar.batch call
   *  when fn resolves; nothing is applied when fn throws or rejects. */
  async batch(fn) {
    if (typeof fn !== 'function') throw new TypeError('batch() takes a function (tx) => { tx.insert(...); tx.delete(...); }');
    const tx = new Batch();
    await fn(tx);
    tx._done = true;
    if (tx.changes.length > 0) await this._rows(SQL.batch, [JSON.stringify(tx.changes)]);
  }

  async get(predicateOrFact, ...args) {
    const [predicate, pattern] = factArgs(predicateOrFact, args);
    const rows = await this._rows(SQL.get, [predicate, pattern.map((a) => patternText(a))]);
    return rows.map((r) => ({ predicate: r.predicate, args: r.args.map(fromText) }));
  }

  // ---------------------------------------------------------------------------------------
  // Policy

  /** Validates, tests and loads a policy (all or nothing); resolves to its version.
   *  policy(source, filename?, force?) or policy(source, {filename, force}). */
  async policy(source, filenameOrOptions, force) {
    let filename = filenameOrOptions;
    if (filenameOrOptions !== null && typeof filenameOrOptions === 'object') {
      ({ filename, force } = filenameOrOptions);
    }
    if (typeof source !== 'string') throw new TypeError('policy() takes the policy source as a string');
    return Number(await this._scalar(SQL.load, [source, filename ?? null, force === true]));
  }

  policyMetadata() {
    return this._scalar(SQL.metadata, []);
  }

  getPolicyMetadata() {
    return this.policyMetadata(); // Oso Cloud's name
  }

  // ---------------------------------------------------------------------------------------
  // Filtering inside the application's own queries

  listQuery(actor, action, resourceType, column, options) {
    const { firstParam, contextFacts } = fragmentOptions(options);
    return fragments.listFragment(
      requireText(actor, 'actor'),
      actionText(action),
      typeName(resourceType),
      column,
      context(contextFacts),
      firstParam,
    );
  }

  authorizeQuery(actor, action, resource, options) {
    const { column, firstParam, contextFacts } = fragmentOptions(options);
    if (column !== undefined && column !== null) {
      return fragments.authorizeColumnFragment(
        requireText(actor, 'actor'),
        actionText(action),
        typeName(resource),
        column,
        context(contextFacts),
        firstParam,
      );
    }
    return fragments.authorizeFragment(
      requireText(actor, 'actor'),
      actionText(action),
      requireText(resource, 'resource'),
      context(contextFacts),
      firstParam,
    );
  }
}

module.exports = { Oso };
