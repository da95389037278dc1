// Internal to the planner hook (issue #16): what the rewrite of checks inside a query
// (inline_checks.cpp) shares with the rewrite of `JOIN polar.list(...)` (inline_list_join.cpp).
#pragma once

#include "policy_state.hpp"

namespace pgpolar {

// The functions the hook recognises, looked up again after any change to pg_proc.
struct Functions {
  bool valid = false;
  Oid authorize = InvalidOid, list = InvalidOid, encode = InvalidOid, budget = InvalidOid;
  Oid filter_authorize = InvalidOid, filter_list = InvalidOid, filter_gate = InvalidOid;  // filter_checks.cpp
  Oid owner = InvalidOid;  // the substituted fact-table reads run with the rights of the functions' owner
};

// One planning's rewrite.
struct Rewrite {
  const Functions* f;
  LoadedPolicy* policy = nullptr;  // read on the first candidate call
  Query* current = nullptr;        // the query whose expressions are being rewritten
  int replaced = 0;
};

// PostgreSQL 15 declares walkers and mutators without prototypes; `void (*)()` is the cast
// that GCC accepts between function types.
using Walker = bool (*)();
using Mutator = Node* (*)();
inline Walker as_walker(bool (*fn)(Node*, void*)) { return reinterpret_cast<Walker>(reinterpret_cast<void (*)()>(fn)); }
inline Mutator as_mutator(Node* (*fn)(Node*, void*)) {
  return reinterpret_cast<Mutator>(reinterpret_cast<void (*)()>(fn));
}

// May the expression stand in for the call's argument wherever the probe evaluates it (once or
// per row, possibly more than once)?
bool plain_argument(Node* e);

// A call that stays the C function, and why (DEBUG1); always null.
Node* keep_call(const char* function, const char* why);

// `key IN (SELECT list)` as an analysed sublink, for a polar.list call whose arguments read as
// they do inside the sublink's subquery.
Node* membership_sublink(Node* key, FuncExpr* list);

// The polar.list call of a range entry that is that call alone (`FROM polar.list(...) AS l`), or null.
FuncExpr* list_call_of(RangeTblEntry* rte, const Functions* f);
// The probe-or-list replacement of a `key IN (SELECT polar.list(...))` conjunct, or null where
// the list stays the C function.
Node* inline_list_membership(Rewrite* rw, SubLink* link);

// `JOIN polar.list(...) l ON l = key` (and the FROM-list spelling) in q's join tree: the list's
// range entry becomes `LATERAL (SELECT key) l` and the equality the membership above
// (inline_list_join.cpp).
void inline_list_joins(Query* q, Rewrite* rw);

}  // namespace pgpolar
