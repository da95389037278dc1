// Stores a batch of new facts the way COPY does: heap tuples by multi-insert, a thousand at a
// time, then their index entries, each B-tree's in its key order. It skips the executor's
// per-row work (an INSERT of the same rows costs about 1.5 times as much). The fact tables' own trigger only records
// the batch's predicates as stored, which is done here directly.
#pragma once

#include "pg.hpp"

namespace pgpolar {

// Stores `count` facts of this arity (`preds[i]`, `cols[k][i]`: encoded values) into
// polar.fact_<arity> and sets *stored. Returns false, having done nothing, where an INSERT
// would do more than this path does (a trigger or rule added to the table, row-level security,
// CHECK constraints, deferred unique indexes, a read-only transaction, no INSERT privilege):
// the caller then runs the INSERT. Raises unique_violation, as INSERT does, for a fact that is
// stored already. Outside any wall: it may ereport.
bool store_facts_directly(int arity, char* const* preds, char* const* const* cols, int count, uint64* stored);

}  // namespace pgpolar
