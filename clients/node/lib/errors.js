'use strict';
// The client's errors: pg_polar's SQLSTATEs mapped to classes, never a bare driver error
// (the same hierarchy and mapping as clients/python/pg_polar/errors.py).

class Position {
  constructor(line, column, filename = null) {
    this.line = line;
    this.column = column;
    this.filename = filename;
    Object.freeze(this);
  }

  toString() {
    const where = `${this.line}:${this.column}`;
    return this.filename ? `${this.filename}:${where}` : where;
  }
}

// "file:line:col: message", "line:col: message", or the same after a prefix such as
// 'policy test "x" failed: 12:3: assert ...'.
const POS_AT_START = /^(?:([^\s:][^:\n]*?):)?(\d+):(\d+): /;
const POS_INSIDE = /(?:^|: )(?:([^\s:][^:\n]*?):)?(\d+):(\d+): /;
const AT_CHARACTER = /\bat character (\d+)\b/;

function parsePosition(message) {
  const m = POS_AT_START.exec(message) || POS_INSIDE.exec(message);
  if (m) return new Position(Number(m[2]), Number(m[3]), m[1] || null);
  const c = AT_CHARACTER.exec(message);
  if (c) return new Position(1, Number(c[1])); // single-line inputs such as binding signatures
  return null;
}

class PolarError extends Error {
  constructor(message, { sqlstate = null, hint = null, detail = null, position = null, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = new.target.name;
    this.sqlstate = sqlstate;
    this.hint = hint;
    this.detail = detail;
    this.position = position !== null ? position : parsePosition(message);
  }

  toString() {
    let text = this.sqlstate ? `${this.name} ${this.sqlstate}: ${this.message}` : `${this.name}: ${this.message}`;
    if (this.hint) text += `\nHINT: ${this.hint}`;
    return text;
  }
}

class PolicyError extends PolarError {}
class PolicySyntaxError extends PolicyError {}
class InvalidPolicyError extends PolicyError {}
class PolicyTestFailedError extends PolicyError {}
class FactError extends PolarError {}
class InvalidValueError extends FactError {}
/** A JS value the client cannot convert; thrown before anything is sent to the database. */
class ValueConversionError extends InvalidValueError {}
class InvalidArgumentError extends FactError {}
class UnknownPredicateError extends FactError {}
class WrongTypeError extends FactError {}
class UnknownTypeError extends WrongTypeError {}
class UndefinedObjectError extends PolarError {}
class TooComplexError extends PolarError {}
class DatabaseError extends PolarError {}

const BY_SQLSTATE = {
  '42601': PolicySyntaxError,
  '42P17': InvalidPolicyError,
  '23514': PolicyTestFailedError,
  '22P02': InvalidValueError,
  '22004': InvalidValueError,
  '22023': InvalidArgumentError,
  '42704': UndefinedObjectError,
  '42804': WrongTypeError,
  '54001': TooComplexError,
};

function classFor(sqlstate, message) {
  const cls = BY_SQLSTATE[sqlstate] || DatabaseError;
  if (cls === UndefinedObjectError && message.includes('is not used in policy')) return UnknownPredicateError;
  if (cls === WrongTypeError && /type '[^']*' is not used in policy/.test(message)) return UnknownTypeError;
  return cls;
}

/** Wraps a node-postgres error (pg's DatabaseError has code, hint, detail), kept as `cause`. */
function fromDriverError(err) {
  if (err instanceof PolarError) return err;
  const sqlstate = typeof err?.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) ? err.code : null;
  const message = String(err?.message ?? err);
  const cls = classFor(sqlstate, message);
  return new cls(message, { sqlstate, hint: err?.hint ?? null, detail: err?.detail ?? null, cause: err });
}

module.exports = {
  Position,
  parsePosition,
  fromDriverError,
  PolarError,
  PolicyError,
  PolicySyntaxError,
  InvalidPolicyError,
  PolicyTestFailedError,
  FactError,
  InvalidValueError,
  ValueConversionError,
  InvalidArgumentError,
  UnknownPredicateError,
  WrongTypeError,
  UnknownTypeError,
  UndefinedObjectError,
  TooComplexError,
  DatabaseError,
};
