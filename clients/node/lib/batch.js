'use strict';
// Batch: inserts and deletes collected in order and applied by one polar.batch() call.

const { splitFact, toJson } = require('./values');

class Batch {
  constructor() {
    this._changes = [];
    this._done = false;
  }

  _add(kind, fact, pattern) {
    if (this._done) throw new Error('this batch was already applied');
    const what = pattern ? 'delete pattern' : 'insert';
    const [predicate, args] = splitFact(fact, what);
    const row = [predicate, ...args.map((a) => toJson(a, pattern, what))];
    const last = this._changes[this._changes.length - 1];
    if (last && last[kind]) last[kind].push(row); // consecutive changes of a kind share one group
    else this._changes.push({ [kind]: [row] });
  }

  /** insert(['has_role', user, 'member', org]) or insert('has_role', user, 'member', org). */
  insert(fact, ...args) {
    this._add('inserts', typeof fact === 'string' ? [fact, ...args] : fact, false);
  }

  tell(fact, ...args) {
    this.insert(fact, ...args);
  }

  /** A pattern: null/undefined/ANY match any value, ValueOfType('User') any User. */
  delete(fact, ...args) {
    this._add('deletes', typeof fact === 'string' ? [fact, ...args] : fact, true);
  }

  get changes() {
    return this._changes;
  }
}

module.exports = { Batch };
