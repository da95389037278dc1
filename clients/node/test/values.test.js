'use strict';
// Values and their text/JSON notation (no server needed).

const test = require('node:test');
const assert = require('node:assert/strict');
const { Value, ValueOfType, ANY, ValueConversionError, InvalidValueError, PolarError } = require('..');
const { toValue, requireText, patternText, toJson, fromText, splitFact, typeName } = require('../lib/values');

test('Value keeps the id as text', () => {
  const v = new Value('Repo', 7);
  assert.equal(v.type, 'Repo');
  assert.equal(v.id, '7');
  assert.equal(String(v), 'Repo:7');
  assert.ok(v.equals(new Value('Repo', '7')));
  assert.deepEqual(v, new Value('Repo', '7'));
  assert.ok(Object.isFrozen(v));
  assert.equal(new Value('Repo', 12345678901234567890n).id, '12345678901234567890');
  assert.equal(new Value('Doc', '3f1c2e9a-0b7d-4c41-9a53-2f9c0c1d2e3f').toString(), 'Doc:3f1c2e9a-0b7d-4c41-9a53-2f9c0c1d2e3f');
});

test('Value refuses a missing id or a non-string type', () => {
  assert.throws(() => new Value('User', null), ValueConversionError);
  assert.throws(() => new Value('User', undefined), ValueConversionError);
  assert.throws(() => new Value(42, 'x'), ValueConversionError);
});

test('toValue takes {type, id}, ORM-like objects, strings, integers, booleans', () => {
  class Repo {
    constructor(id) {
      this.id = id;
    }
    get type() {
      return 'Repo';
    }
  }
  assert.deepEqual(toValue({ type: 'User', id: 'alice' }), new Value('User', 'alice'));
  assert.deepEqual(toValue(new Repo(3)), new Value('Repo', '3'));
  assert.deepEqual(toValue('member'), new Value('String', 'member'));
  assert.deepEqual(toValue(42), new Value('Integer', '42'));
  assert.deepEqual(toValue(42n), new Value('Integer', '42'));
  assert.deepEqual(toValue(true), new Value('Boolean', 'true'));
  assert.deepEqual(toValue(false), new Value('Boolean', 'false'));
});

test('toValue refuses what is not a value, with ValueConversionError', () => {
  for (const bad of [null, undefined, 1.5, 2 ** 60, {}, { type: 'User' }, { id: 1 }, [], ANY, new ValueOfType('User'), Symbol('x')]) {
    assert.throws(() => toValue(bad, 'actor'), (err) => err instanceof ValueConversionError && err instanceof InvalidValueError && err instanceof PolarError, String(bad?.toString?.()));
  }
  assert.throws(() => toValue(null, 'actor'), { message: /actor is null/, hint: /new Value/ });
});

test('the text notation', () => {
  assert.equal(requireText(new Value('User', 'alice')), 'User:alice');
  assert.equal(requireText('member'), 'member');
  assert.equal(requireText('a:b'), 'String:a:b'); // would read back as a typed value
  assert.equal(requireText('*'), 'String:*');
  assert.equal(requireText(''), 'String:');
  assert.equal(requireText(42), 'Integer:42');
  assert.equal(requireText(true), 'Boolean:true');
  assert.throws(() => requireText(new Value('User', '_')), ValueConversionError); // 'User:_' is a wildcard
  assert.throws(() => requireText('_'), ValueConversionError);
});

test('patterns: null, undefined and ANY are SQL NULL, ValueOfType is Type:_', () => {
  assert.equal(patternText(null), null);
  assert.equal(patternText(undefined), null);
  assert.equal(patternText(ANY), null);
  assert.equal(patternText(new ValueOfType('User')), 'User:_');
  assert.equal(patternText({ type: 'Org', id: 1 }), 'Org:1');
});

test('the JSON form', () => {
  assert.equal(toJson('member'), 'member');
  assert.equal(toJson(7), 7);
  assert.equal(toJson(false), false);
  assert.equal(toJson(7n), 'Integer:7');
  assert.equal(toJson(new Value('User', 'alice')), 'User:alice');
  assert.deepEqual(toJson(new Value('User', '_')), { type: 'User', id: '_' });
  assert.deepEqual(toJson('_'), { type: 'String', id: '_' });
  assert.equal(toJson(null, true), null);
  assert.equal(toJson(new ValueOfType('Org'), true), 'Org:_');
  assert.throws(() => toJson(null, false), ValueConversionError);
});

test('fromText reads pg_polar values back', () => {
  assert.deepEqual(fromText('User:alice'), new Value('User', 'alice'));
  assert.deepEqual(fromText('member'), new Value('String', 'member'));
  assert.deepEqual(fromText('String:a:b'), new Value('String', 'a:b'));
  assert.equal(fromText('*'), ANY);
  assert.equal(fromText(null), null);
  assert.equal(fromText('Integer:42').toJS(), 42);
  assert.equal(fromText('Integer:12345678901234567890').toJS(), 12345678901234567890n);
  assert.equal(fromText('Boolean:true').toJS(), true);
  assert.equal(fromText('member').toJS(), 'member');
  const alice = fromText('User:alice');
  assert.equal(alice.toJS(), alice);
});

test('facts: arrays, {predicate, args}, {name, args}', () => {
  const u = new Value('User', 'a');
  assert.deepEqual(splitFact(['has_role', u, 'member']), ['has_role', [u, 'member']]);
  assert.deepEqual(splitFact({ predicate: 'has_role', args: [u] }), ['has_role', [u]]);
  assert.deepEqual(splitFact({ name: 'has_role', args: [u] }), ['has_role', [u]]);
  for (const bad of [[], [u, 'member'], 'has_role', 42, null, { args: [] }]) {
    assert.throws(() => splitFact(bad), ValueConversionError);
  }
});

test('resource types: a name, a Value, a model class with a static type', () => {
  class Repo {
    static type = 'Repo';
  }
  assert.equal(typeName('Repo'), 'Repo');
  assert.equal(typeName(Repo), 'Repo');
  assert.equal(typeName(new Value('Org', 1)), 'Org');
  assert.throws(() => typeName(42), ValueConversionError);
});
