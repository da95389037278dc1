// ESM applications import the names directly (Node's CommonJS lexer must see every export).
import test from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as polar from '../lib/index.js';

test('every CommonJS export is a named ESM export', () => {
  const cjs = createRequire(import.meta.url)('..');
  for (const name of Object.keys(cjs)) assert.equal(polar[name], cjs[name], name);
  assert.equal(typeof polar.Oso, 'function');
  assert.equal(typeof polar.PolicySyntaxError, 'function');
});
