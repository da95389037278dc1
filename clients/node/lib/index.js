'use strict';
// pg-polar: the Oso Cloud client API over pg_polar, on the application's own pg connection.
//
//   const { Oso, Value } = require('pg-polar');
//   const oso = new Oso(pool);                       // or a pg.Client inside BEGIN ... COMMIT
//   await oso.tell('has_role', new Value('User', 'alice'), 'member', new Value('Org', 'acme'));
//   await oso.authorize(new Value('User', 'alice'), 'view', new Value('Org', 'acme'));  // true

const errors = require('./errors');
const { Oso } = require('./client');
const { Batch } = require('./batch');
const { SqlFragment } = require('./fragments');
const { Value, ValueOfType, ANY } = require('./values');

module.exports = {
  Oso,
  Batch,
  SqlFragment,
  Value,
  ValueOfType,
  ANY,
  Position: errors.Position,
  PolarError: errors.PolarError,
  PolicyError: errors.PolicyError,
  PolicySyntaxError: errors.PolicySyntaxError,
  InvalidPolicyError: errors.InvalidPolicyError,
  PolicyTestFailedError: errors.PolicyTestFailedError,
  FactError: errors.FactError,
  InvalidValueError: errors.InvalidValueError,
  ValueConversionError: errors.ValueConversionError,
  InvalidArgumentError: errors.InvalidArgumentError,
  UnknownPredicateError: errors.UnknownPredicateError,
  WrongTypeError: errors.WrongTypeError,
  UnknownTypeError: errors.UnknownTypeError,
  UndefinedObjectError: errors.UndefinedObjectError,
  TooComplexError: errors.TooComplexError,
  DatabaseError: errors.DatabaseError,
};
