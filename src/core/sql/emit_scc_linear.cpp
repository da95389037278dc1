// Linear bottom-up: a second recursive CTE computes the answers from the exit rules upwards,
// guarded by the magic set. PostgreSQL allows one reference to a recursive CTE in its recursive
// term, so the recursive rules fan out through one LATERAL union.
#include <string>
#include <vector>

#include "sql/emit_scc_internal.hpp"

namespace polar::compiler::scc_detail {

std::string ComponentEmitter::linear_answers(const std::string& magic_sql) {
  const std::string answers = e_.alias("a");
  const std::string rr = e_.alias("r");
  std::vector<std::string> exit_rows, recursive_rows;
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
      const BodyPlan& plan = plans_[ai][bi];
      const CQ& body = bodies(ai)[bi];
      std::string row = rule_row(ai, body, [&](Scope& scope) {
        if (!plan.recursive.empty()) bind_call(body, plan, 0, scope, rr);
      });
      (plan.recursive.empty() ? exit_rows : recursive_rows).push_back(row);
    }
  const std::vector<std::string> cols = answer_columns();
  std::vector<std::string> empty_row{"CAST(NULL AS pg_catalog.int4)"};
  while (empty_row.size() < answer_width_ + 1) empty_row.push_back(typed_null());
  std::string sql =
      quote_ident(answers) + "(" + join(cols, ", ") + ") AS (SELECT " + join(empty_row, ", ") + " WHERE false";
  for (const std::string& b : exit_rows) sql += " UNION ALL " + b;
  if (!recursive_rows.empty()) {
    std::string y = e_.alias("y");
    sql += " UNION SELECT " + quote_ident(y) + ".* FROM " + quote_ident(answers) + " AS " + quote_ident(rr) +
           ", LATERAL (" + join(recursive_rows, " UNION ALL ") + ") AS " + quote_ident(y) + "(" + join(cols, ", ") +
           ")";
  }
  sql += ")";
  const std::string fa = e_.alias("fa");
  std::vector<std::string> targets;
  std::string filter = entry_filter(fa, targets);
  return "(WITH RECURSIVE " + magic_sql + ", " + sql + " SELECT " + join(targets, ", ") + " FROM " +
         quote_ident(answers) + " AS " + quote_ident(fa) + " WHERE " + filter + ")";
}

}  // namespace polar::compiler::scc_detail
