// Merges conjunctive queries that differ only in constants into one query over
// a constant relation: the many derivations of "which roles imply read" become
// one lookup with role = ANY(...), as an expert would write it.
#pragma once

#include <vector>

#include "cq.hpp"

namespace polar::compiler {

// Drops duplicate CQs and merges CQs of the same shape. Constants that feed a
// recursive component's instance are never merged (they select the instance).
std::vector<CQ> merge_by_shape(std::vector<CQ> cqs, const TypeRegistry& types);

}  // namespace polar::compiler
