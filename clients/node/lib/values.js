'use strict';
// Polar values as the Oso Cloud clients take them, and their text/JSON notation in pg_polar:
// the SQL functions take values as text ('User:alice', 'member', 'Integer:42') or, in the bulk
// calls, as JSON (sql-api.md, section 1). Mirrors clients/python/pg_polar/values.py.

const { ValueConversionError } = require('./errors');

// A prefix is a type when it matches this and is followed by ':' (sql-api.md, section 1).
const TYPED = /^([A-Za-z_][A-Za-z0-9_]*):([\s\S]*)$/;
const STRING = 'String';
const INTEGER = 'Integer';
const BOOLEAN = 'Boolean';

function idText(id) {
  if (typeof id === 'boolean') return id ? 'true' : 'false';
  return typeof id === 'string' ? id : String(id);
}

function describe(x) {
  if (x === null) return 'null';
  if (typeof x !== 'object') return typeof x === 'string' ? JSON.stringify(x) : String(x);
  return x.constructor && x.constructor !== Object ? `${x.constructor.name} object` : 'object';
}

class Value {
  constructor(type, id) {
    if (typeof type !== 'string') throw new ValueConversionError(`a value's type must be a string, not ${describe(type)}`);
    if (id === null || id === undefined) throw new ValueConversionError(`Value(${JSON.stringify(type)}, ${id}): the id is missing`);
    this.type = type;
    this.id = idText(id);
    Object.freeze(this);
  }

  /** string, number (bigint beyond 2^53) or boolean for a primitive; the Value itself for an entity. */
  toJS() {
    if (this.type === STRING) return this.id;
    if (this.type === INTEGER) {
      const n = Number(this.id);
      return Number.isSafeInteger(n) ? n : BigInt(this.id);
    }
    if (this.type === BOOLEAN) return this.id === 'true';
    return this;
  }

  toString() {
    return `${this.type}:${this.id}`;
  }

  equals(other) {
    return other instanceof Value && other.type === this.type && other.id === this.id;
  }
}

class ValueOfType {
  constructor(type) {
    if (typeof type !== 'string') throw new ValueConversionError(`ValueOfType needs a type name, not ${describe(type)}`);
    this.type = type;
    Object.freeze(this);
  }

  toString() {
    return `${this.type}:_`;
  }
}

const ANY = Object.freeze({ [Symbol.toStringTag]: 'ANY', toString: () => '*' });

function toValue(x, what = 'value') {
  if (x instanceof Value) return x;
  if (x === null || x === undefined) {
    throw new ValueConversionError(`${what} is ${x}; pg_polar needs a value here`, {
      hint: "Pass new Value('User', 'alice'), an object with type and id properties, or a string/integer/boolean.",
    });
  }
  switch (typeof x) {
    case 'boolean':
      return new Value(BOOLEAN, x ? 'true' : 'false');
    case 'number':
      if (!Number.isInteger(x)) throw new ValueConversionError(`${what} ${x}: Polar has integers only`);
      if (!Number.isSafeInteger(x)) {
        throw new ValueConversionError(`${what} ${x} is beyond 2^53 and not exact`, { hint: 'Pass it as a BigInt (123n) or a string id.' });
      }
      return new Value(INTEGER, String(x));
    case 'bigint':
      return new Value(INTEGER, x.toString());
    case 'string':
      return new Value(STRING, x);
    default:
      break;
  }
  if (x instanceof ValueOfType || x === ANY) {
    throw new ValueConversionError(`${what} ${x} is a wildcard, not a value; wildcards are only allowed in patterns`);
  }
  if (typeof x === 'object' || typeof x === 'function') {
    const { type, id } = x;
    if (typeof type === 'string' && id !== null && id !== undefined) return new Value(type, id);
  }
  throw new ValueConversionError(`cannot use ${describe(x)} as a Polar ${what}`, {
    hint: 'Give the object `type` and `id` properties, or pass new Value(type, id).',
  });
}

/** The text notation of a value, or null when only the JSON form can express it. */
function textOf(v) {
  if (v.type === STRING) {
    const s = v.id;
    if (s === '_') return null; // 'String:_' would read back as a typed wildcard
    if (s === '*' || TYPED.test(s)) return 'String:' + s;
    return s ? s : 'String:';
  }
  if (v.id === '_') return null; // 'Type:_' is a typed wildcard; {"type", "id": "_"} is the entity
  return `${v.type}:${v.id}`;
}

function toText(x, what = 'value') {
  return textOf(toValue(x, what));
}

function isPlainString(x) {
  return typeof x === 'string' && x !== '' && !x.includes(':') && x !== '_' && x !== '*';
}

function requireText(x, what = 'value') {
  if (x instanceof Value) {
    if (x.id !== '_' && x.type !== STRING) return `${x.type}:${x.id}`; // fast path
  } else if (isPlainString(x)) {
    return x;
  }
  const text = toText(x, what);
  if (text === null) {
    throw new ValueConversionError(
      `${what} ${toValue(x)}: an id or string '_' cannot be passed here ('_' is a wildcard in pg_polar's text notation)`,
      { hint: 'Facts with such values can be written with tell/bulkTell, which send the JSON form.' },
    );
  }
  return text;
}

/** Text of a pattern argument: null (SQL NULL) for null/undefined/ANY, 'Type:_' for ValueOfType. */
function patternText(x, what = 'argument') {
  if (x === null || x === undefined || x === ANY) return null;
  if (x instanceof ValueOfType) return x.toString();
  return requireText(x, what);
}

/** The JSON form for bulkTell/bulkDelete/batch/context facts: the text notation as a JSON string
 *  (what the server parses fastest), {"type", "id"} only where the text would read back as a
 *  wildcard, JSON numbers and booleans for integers and booleans. */
function toJson(x, pattern = false, what = 'value') {
  let v;
  if (x instanceof Value) {
    v = x;
  } else if (typeof x === 'string') {
    if (isPlainString(x)) return x;
    v = new Value(STRING, x);
  } else if (typeof x === 'boolean' || (typeof x === 'number' && Number.isSafeInteger(x))) {
    return x;
  } else if (pattern && (x === null || x === undefined || x === ANY)) {
    return null;
  } else if (pattern && x instanceof ValueOfType) {
    return x.toString();
  } else {
    v = toValue(x, what); // bigint and large numbers go as 'Integer:n' text
  }
  const text = textOf(v);
  return text !== null ? text : { type: v.type, id: v.id };
}

/** A value rendered by pg_polar back to a Value ('*', an open position, becomes ANY). */
function fromText(s) {
  if (s === null || s === undefined) return null;
  if (s === '*') return ANY;
  const m = TYPED.exec(s);
  if (m) return new Value(m[1], m[2]);
  return new Value(STRING, s);
}

/** ['has_role', user, 'member', org] / {predicate, args} / {name, args} -> [predicate, args]. */
function splitFact(fact, what = 'fact') {
  if (Array.isArray(fact) && fact.length > 0 && typeof fact[0] === 'string') return [fact[0], fact.slice(1)];
  if (fact && typeof fact === 'object' && Array.isArray(fact.args)) {
    const name = fact.predicate !== undefined ? fact.predicate : fact.name;
    if (typeof name === 'string') return [name, fact.args];
  }
  throw new ValueConversionError(`${what} ${describe(fact)} is not a fact`, {
    hint: "Write a fact as [predicate, arg, ...], e.g. ['has_role', user, 'member', org].",
  });
}

/** A resource type given as 'Repo', or as anything with a string `type` (a Value, a model class). */
function typeName(x) {
  if (typeof x === 'string') return x;
  if (x && typeof x.type === 'string') return x.type;
  throw new ValueConversionError(`${describe(x)} is not a resource type; pass its name, e.g. 'Repo'`);
}

module.exports = {
  Value,
  ValueOfType,
  ANY,
  toValue,
  toText,
  requireText,
  patternText,
  toJson,
  fromText,
  splitFact,
  typeName,
};
