// SQL over the stored-fact tables for writes, deletes and reads by pattern.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "value.hpp"

namespace polar {

struct SqlWithParams {
  std::string sql;
  std::vector<std::string> params;  // text parameters $1..$n
};

// INSERT of text[] parameters $1 (predicates), $2.. (columns) into fact_<arity>, skipping stored facts.
std::string fact_insert_sql(int arity);
// The same rows as a plain INSERT of those not stored yet (an anti-join). Cheaper per row than
// ON CONFLICT (no speculative insertion), but a concurrent writer of the same fact makes it fail
// with a unique violation: callers run it in a subtransaction and fall back to fact_insert_sql.
// The rows must be distinct.
std::string fact_insert_new_sql(int arity);

// SELECT "pred", rendered "a0".. (ordered), or DELETE, of the stored facts matching a pattern.
SqlWithParams fact_select_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args);
SqlWithParams fact_delete_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args);

}  // namespace polar
