#include "sql/fact_sql.hpp"

#include "sql/emitter.hpp"

namespace polar {

namespace {

using compiler::column;
using compiler::fact_table;
using compiler::join;
using compiler::kEq;
using compiler::quote_ident;

std::string where_clause(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args,
                         std::vector<std::string>& params) {
  auto param = [&](const std::string& s) {
    params.push_back(s);
    return "$" + std::to_string(params.size());
  };
  std::vector<std::string> conds;
  if (predicate) conds.push_back(quote_ident("pred") + kEq + param(*predicate));
  for (size_t i = 0; i < args.size(); i++) {
    std::string col = quote_ident("a" + std::to_string(i));
    const ValuePattern& p = args[i];
    if (p.kind == ValuePattern::Kind::Exact) conds.push_back(col + kEq + param(p.value.encode()));
    if (p.kind == ValuePattern::Kind::AnyOfType)
      conds.push_back(col + " OPERATOR(pg_catalog.>=) " + param(p.type + ":") + " AND " + col +
                      " OPERATOR(pg_catalog.<) " + param(p.type + ";"));
  }
  return conds.empty() ? "" : " WHERE " + join(conds, " AND ");
}

std::vector<std::string> columns(size_t arity) {
  std::vector<std::string> cols{quote_ident("pred")};
  for (size_t i = 0; i < arity; i++) cols.push_back(quote_ident("a" + std::to_string(i)));
  return cols;
}

// The parameters of an insert: $1 (predicates), $2.. (columns).
std::vector<std::string> insert_params(int arity) {
  std::vector<std::string> params;
  for (int i = 0; i <= arity; i++) params.push_back("$" + std::to_string(i + 1));
  return params;
}

std::string insert_into(int arity) {
  return "INSERT INTO " + fact_table(arity) + " (" + join(columns(static_cast<size_t>(arity)), ", ") + ")";
}

}  // namespace

std::string fact_insert_one_sql(int arity) {
  return insert_into(arity) + " VALUES (" + join(insert_params(arity), ", ") + ") ON CONFLICT DO NOTHING";
}

std::string fact_insert_sql(int arity) { return fact_insert_plain_sql(arity) + " ON CONFLICT DO NOTHING"; }

std::string fact_insert_plain_sql(int arity) {
  // Each parameter a text[]: the rows are the arrays unnested side by side, inserted in the
  // primary key's order (the fact tables' "C" collation), so that two writers whose batches share
  // facts reach them in the same order and wait for each other instead of deadlocking.
  std::vector<std::string> cols = columns(static_cast<size_t>(arity)), order;
  for (const std::string& c : cols) order.push_back(c + " COLLATE pg_catalog.\"C\"");
  return insert_into(arity) + " SELECT * FROM " + compiler::unnest_rows(insert_params(arity)) + " AS " +
         quote_ident("r") + "(" + join(cols, ", ") + ") ORDER BY " + join(order, ", ");
}

SqlWithParams fact_select_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args) {
  SqlWithParams out;
  std::vector<std::string> cols = columns(args.size()), rendered{cols[0]};
  for (size_t i = 1; i < cols.size(); i++)
    rendered.push_back(quote_ident("polar") + "." + quote_ident("render_value") + "(" + cols[i] + ")");
  out.sql = "SELECT " + join(rendered, ", ") + " FROM " + fact_table(static_cast<int>(args.size())) +
            where_clause(predicate, args, out.params) + " ORDER BY " + join(cols, ", ");
  return out;
}

SqlWithParams fact_delete_sql(const std::optional<std::string>& predicate, const std::vector<ValuePattern>& args) {
  SqlWithParams out;
  out.sql = "DELETE FROM " + fact_table(static_cast<int>(args.size())) + where_clause(predicate, args, out.params);
  return out;
}

}  // namespace polar
