// Merges conjunctive queries that differ only in constants into one query over
// a constant relation: the many derivations of "which roles imply read" become
// one lookup with role = ANY(...), as an expert would write it.
#pragma once

#include <vector>

#include "plan/cq.hpp"
#include "plan/specializer.hpp"

namespace polar::compiler {

// Drops duplicate CQs and merges CQs of the same shape. Constants that feed a
// recursive component's instance are never merged (they select the instance).
// `guard_input_negations` (a query's CQs): CQs that differ also in negated calls on the query's
// inputs merge too, each row of the constant relation guarding the negations it needs.
std::vector<CQ> merge_by_shape(std::vector<CQ> cqs, const TypeRegistry& types, bool guard_input_negations = false);

// Drops CQs contained in another: the same query except for one recursive call whose instance
// implies the other's through an unconditional rule of the policy. Reading a folder's document
// needs "viewer" on the folder, which "editor" implies ("viewer" if "editor"): one fixpoint for
// "viewer" answers both derivations, the one for "editor" alone is redundant.
std::vector<CQ> drop_implied(std::vector<CQ> cqs, Specializer& spec);

}  // namespace polar::compiler
