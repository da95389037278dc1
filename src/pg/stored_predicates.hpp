// Which predicates may have stored facts. Compiled plans leave out the stored-fact lookups of
// every other predicate (a check of a policy that never stores has_permission facts does not
// probe for them). polar.stored_predicates records each predicate the first time facts of it
// are stored: a statement trigger on every fact table inserts the row and makes every backend
// recompile its plans at commit, as a policy change does. Rows are never removed.
#pragma once

#include "pg.hpp"

namespace pgpolar {

struct StoredPredicate {
  int arity;
  char* pred;
};

// The predicates that have or had stored facts, sorted by arity and name: the recorded ones
// plus any the fact tables hold (facts written with the triggers disabled, as a data-only
// restore may do). Inside SPI; `after_write` as for read_binding_rows. May ereport.
StoredPredicate* read_stored_predicates(int* count, bool after_write);

// Records predicates of this arity as stored (those not recorded yet; duplicates allowed) and,
// if any was new, makes every backend recompile at commit. Inside SPI; may ereport.
void record_stored_predicates(int arity, char* const* preds, int count);

// Is the C string equal to the `len` bytes at `data` (a text value's contents)?
bool same_text(const char* cstring, const char* data, int len);
// Is `pred` (text, `len` bytes) of this arity among `known`? No allocation, no ereport.
bool stored_predicate_listed(const StoredPredicate* known, int count, const char* pred, int len, int arity);

}  // namespace pgpolar
