// Non-linear recursion (a rule calls the component twice): the relation is carried as arrays
// in a one-row recursive CTE and iterated naively to its fixpoint.
#include <string>
#include <vector>

#include "sql/emit_scc_internal.hpp"

namespace polar::compiler::scc_detail {

// Non-linear recursion: the whole relation travels as parallel arrays in one row per
// iteration; each iteration re-derives every rule from the previous state (naive
// evaluation) and stops when nothing new appears.
std::string ComponentEmitter::array_answers(const std::string& magic_sql) {
  const std::string st = e_.alias("st");
  const std::string s = e_.alias("s");
  std::vector<std::string> arrays{column(s, "tg")};
  for (size_t c = 0; c < answer_width_; c++) arrays.push_back(column(s, "c" + std::to_string(c)));
  const std::vector<std::string> cols = answer_columns();
  auto state_rows = [&](const std::string& alias) {
    return unnest_rows(arrays) + " AS " + quote_ident(alias) + "(" + join(cols, ", ") + ")";
  };
  std::vector<std::string> rows{"SELECT * FROM " + state_rows(e_.alias("o"))};
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
      const BodyPlan& plan = plans_[ai][bi];
      const CQ& body = bodies(ai)[bi];
      rows.push_back(rule_row(ai, body, [&](Scope& scope) {
        for (size_t k = 0; k < plan.recursive.size(); k++) {
          std::string src = e_.alias("rc");
          scope.from.push_back(state_rows(src));
          bind_call(body, plan, k, scope, src);
        }
      }));
    }
  const std::string z = e_.alias("z");
  std::vector<std::string> aggs{"pg_catalog.count(*)", "pg_catalog.array_agg(" + column(z, "tag") + ")"};
  for (size_t c = 0; c < answer_width_; c++)
    aggs.push_back("pg_catalog.array_agg(" + column(z, "c" + std::to_string(c)) + ")");
  const std::string nx = e_.alias("nx");
  std::vector<std::string> state_cols{quote_ident("n"), quote_ident("cnt"), quote_ident("tg")};
  std::vector<std::string> initial{"0", "CAST(0 AS pg_catalog.int8)", "CAST(ARRAY[] AS pg_catalog.int4[])"};
  std::vector<std::string> next{column(s, "n") + " + 1", column(nx, "cnt"), column(nx, "tg")};
  for (size_t c = 0; c < answer_width_; c++) {
    std::string col = "c" + std::to_string(c);
    state_cols.push_back(quote_ident(col));
    initial.push_back(std::string("CAST(ARRAY[] AS pg_catalog.text[])") + kCollateC);
    next.push_back(column(nx, col));
  }
  std::vector<std::string> nx_cols{quote_ident("cnt"), quote_ident("tg")};
  for (const std::string& c : numbered("c", answer_width_)) nx_cols.push_back(c);
  std::string state_sql = quote_ident(st) + "(" + join(state_cols, ", ") + ") AS (SELECT " + join(initial, ", ") +
                          " UNION ALL SELECT " + join(next, ", ") + " FROM " + quote_ident(st) + " AS " +
                          quote_ident(s) + ", LATERAL (SELECT " + join(aggs, ", ") + " FROM (" + join(rows, " UNION ") +
                          ") AS " + quote_ident(z) + "(" + join(cols, ", ") + ")) AS " + quote_ident(nx) + "(" +
                          join(nx_cols, ", ") + ") WHERE " + column(nx, "cnt") + " OPERATOR(pg_catalog.>) " +
                          column(s, "cnt") + ")";
  // The last state holds the fixpoint.
  const std::string last = e_.alias("l");
  const std::string fa = e_.alias("fa");
  std::vector<std::string> last_arrays{column(last, "tg")};
  for (size_t c = 0; c < answer_width_; c++) last_arrays.push_back(column(last, "c" + std::to_string(c)));
  std::vector<std::string> targets;
  std::string filter = entry_filter(fa, targets);
  return "(WITH RECURSIVE " + magic_sql + ", " + state_sql + " SELECT " + join(targets, ", ") +
         " FROM (SELECT * FROM " + quote_ident(st) + " ORDER BY " + quote_ident("n") + " DESC LIMIT 1) AS " +
         quote_ident(last) + ", " + unnest_rows(last_arrays) + " AS " + quote_ident(fa) + "(" + join(cols, ", ") +
         ") WHERE " + filter + ")";
}

}  // namespace polar::compiler::scc_detail
