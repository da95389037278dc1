// Self-join elimination for filter views (inline_self_join.cpp), run by the planner hook.
#pragma once

#include "pg.hpp"

namespace pgpolar {

// Replaces each WHERE conjunct of `q` written `x.col IN (SELECT k.col FROM <x's table> k WHERE
// quals)` (also through a view, as `x.col IN (SELECT id FROM polar_filters.<name>)` expands) by
// `quals` over x, when col is unique and not null and `wanted(quals, context)`.
void eliminate_self_joins(Query* q, bool (*wanted)(Node*, void*), void* context);

}  // namespace pgpolar
