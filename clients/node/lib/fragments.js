'use strict';
// SQL fragments with bound parameters for the application's own queries (listQuery and
// authorizeQuery): Oso Cloud's "local authorization", done in the same database and statement.
// Placeholders are $n numbered from firstParam, so a fragment composes with the caller's own.

const IDENTIFIER_PATH = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)*$/;

class SqlFragment {
  constructor(sql, params) {
    this.sql = sql;
    this.params = params;
    Object.freeze(this);
  }

  toString() {
    return this.sql;
  }
}

/** 'repositories.id' -> '"repositories"."id"' (identifiers only: never raw SQL). */
function quoteColumn(column) {
  if (typeof column !== 'string' || !IDENTIFIER_PATH.test(column)) {
    throw new TypeError(`column ${JSON.stringify(column)} must be a column name or table.column (letters, digits, _)`);
  }
  return column
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}

function firstParamOf(n) {
  const first = n === undefined ? 1 : n;
  if (!Number.isInteger(first) || first < 1) throw new TypeError(`firstParam must be an integer >= 1, not ${n}`);
  return first;
}

function placeholders(first, count) {
  return Array.from({ length: count }, (_, i) => `$${first + i}`);
}

function listFragment(actor, action, resourceType, column, context, firstParam) {
  // IN (...) becomes a hashed subplan; the EXISTS is an uncorrelated init plan for the single
  // row '*' that list() returns when the policy grants every resource of the type. Both calls
  // share the same four parameters.
  const col = quoteColumn(column);
  const [a, b, c, d] = placeholders(firstParamOf(firstParam), 4);
  const call = `polar.list(${a}::text, ${b}::text, ${c}::text, ${d}::jsonb)`;
  const sql = `(${col}::text IN (SELECT l.id FROM ${call} AS l(id)) OR EXISTS (SELECT FROM ${call} AS l(id) WHERE l.id = '*'))`;
  return new SqlFragment(sql, [actor, action, resourceType, context]);
}

function authorizeFragment(actor, action, resource, context, firstParam) {
  const [a, b, c, d] = placeholders(firstParamOf(firstParam), 4);
  return new SqlFragment(`polar.authorize(${a}::text, ${b}::text, ${c}::text, ${d}::jsonb)`, [actor, action, resource, context]);
}

function authorizeColumnFragment(actor, action, resourceType, column, context, firstParam) {
  const col = quoteColumn(column);
  const [a, b, c, d] = placeholders(firstParamOf(firstParam), 4);
  return new SqlFragment(`polar.authorize(${a}::text, ${b}::text, ${c}::text || ${col}::text, ${d}::jsonb)`, [
    actor,
    action,
    resourceType + ':',
    context,
  ]);
}

module.exports = { SqlFragment, quoteColumn, listFragment, authorizeFragment, authorizeColumnFragment };
