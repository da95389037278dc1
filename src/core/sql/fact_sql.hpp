// SQL over the stored-fact tables for writes, deletes and reads by pattern.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/value.hpp"

namespace polar {

struct SqlWithParams {
  std::string sql;
  std::vector<std::string> params;  // text parameters $1..$n
};

// INSERT of text[] parameters $1 (predicates), $2.. (columns) into fact_<arity>, skipping stored
// facts. Rows go in in the primary key's order (see fact_insert_plain_sql).
std::string fact_insert_sql(int arity);
// INSERT of one fact, text parameters $1 (predicate), $2.. (values), skipping a stored fact: no
// arrays to build and unnest (a single tell).
std::string fact_insert_one_sql(int arity);
// The same rows as a plain INSERT: the cost of COPY per row (no speculative insertion, no
// anti-join, which PostgreSQL hashed the whole fact table for), but one stored fact makes it fail
// with a unique violation: callers run it in a subtransaction and fall back to fact_insert_sql.
// The rows must be distinct.
std::string fact_insert_plain_sql(int arity);

// SELECT "pred", rendered "a0".. (ordered), or DELETE, of the stored facts matching a pattern.
SqlWithParams fact_select_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args);
SqlWithParams fact_delete_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args);

}  // namespace polar
