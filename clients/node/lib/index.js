'use strict';
// pg-polar: the Oso Cloud client API over pg_polar, on the application's own pg connection.
//
//   const { Oso, Value } = require('pg-polar');
//   const oso = new Oso(pool);                       // or a pg.Client inside BEGIN ... COMMIT
//   await oso.tell('has_role', new Value('User', 'alice'), 'member', new Value('Org', 'acme'));
//   await oso.authorize(new Value('User', 'alice'), 'view', new Value('Org', 'acme'));  // true

const {
  Position,
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
} = require('./errors');
const { Oso } = require('./client');
const { Batch } = require('./batch');
const { SqlFragment } = require('./fragments');
const { Value, ValueOfType, ANY } = require('./values');

// Shorthand properties only: Node's CommonJS lexer then sees every name, so ESM applications
// can `import { Oso, Value, PolicyError } from 'pg-polar'`.
module.exports = {
  Oso,
  Batch,
  SqlFragment,
  Value,
  ValueOfType,
  ANY,
  Position,
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
