// SQL text for conjunctive queries and recursive components. Every value is a
// bound parameter; identifiers are quoted and schema-qualified.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sql/compiler.hpp"
#include "plan/specializer.hpp"

namespace polar::compiler {

class Emitter {
 public:
  Emitter(Specializer& spec, const QuerySpec& query, std::vector<SqlParam>& params)
      : spec_(spec), query_(query), params_(params) {}

  // Inline mode (views): values become quoted literals, query inputs the given SQL expressions.
  void inline_values(std::map<int, std::string> inputs) {
    inline_ = true;
    inline_inputs_ = std::move(inputs);
  }

  // A target-list entry: a variable's value (or the wildcard when it is unbound), or literal SQL;
  // with `raw`, the variable's value as that raw SQL type instead of its encoded text.
  struct Output {
    int var = -1;
    std::string sql;
    const BindingPosition* raw = nullptr;
    static Output of(int v) { return {v, {}, nullptr}; }
    static Output literal(std::string s) { return {-1, std::move(s), nullptr}; }
    static Output raw_of(int v, const BindingPosition* p) { return {v, {}, p}; }
  };

  // What the caller already provides to a SELECT: bound variables, FROM items, conditions.
  struct Scope {
    std::map<int, std::string> bound;  // root variable -> SQL expression
    // root variable -> raw SQL expression of a column (e.g. of the row being filtered) and its type
    std::map<int, std::pair<std::string, const BindingPosition*>> raw_bound;
    std::vector<std::string> from;
    std::vector<std::string> where;
    std::set<size_t> skip_atoms;      // atoms the caller accounts for
    std::map<int, TypeSet> wild;      // roots whose bound expression may be the wildcard "*": the types it stands for
    bool skip_unbound_conds = false;  // magic rules: keep only conditions on bound variables
    bool collate_outputs = false;     // rows of a recursive CTE: text outputs in the "C" collation
    // No outputs: SELECT without columns instead of SELECT 1. The arms of a LATERAL union then
    // plan without a Subquery Scan each (a trivial one is removed; one projecting 1 is not).
    bool no_columns = false;
  };

  // Binds `root` to `expr` in `scope`, adding an equality when it is bound already.
  // `wild_type`: the expression may be the wildcard "*", standing for any value of those types.
  enum class Bound { Value, Joined, Fresh };  // compared with a constant/input, with an earlier binding; new
  Bound bind_external(const CQ& cq, Scope& scope, int var, const std::string& expr, const TypeSet* wild_type = nullptr);
  // Per position of a recursive instance's answers, the types of the values its wildcard may
  // stand for (a universal rule's `_: User`, possibly passed along by recursion); empty: no wildcard.
  const std::vector<TypeSet>& wild_types(const std::string& key);
  const TypeSet* wild_at(const std::string& key, size_t position);  // null when not wild
  void narrow_wild_type(Scope& scope, int root, const TypeSet& type);
  std::string select(const CQ& cq, Scope scope, const std::vector<Output>& outputs);

  // A subquery returning columns c0..c(n-1) of the recursive instance `key`, restricted
  // to rows whose positions with a seed equal the seed expressions.
  std::string scc_call(const std::string& key, const std::vector<std::optional<std::string>>& seeds);
  // Whether a call of `key` with the `fewer` seeds recurses exactly as with `seeds` (every
  // recursive call of the entry adorned alike): the seeds left out only filter its answers.
  bool recurses_alike(const std::string& key, const std::vector<std::optional<std::string>>& seeds,
                      const std::vector<std::optional<std::string>>& fewer);

  // The name of the CTE holding the answers of shared instance `key` (columns c0..), emitted on
  // first use; `with_shared` puts every CTE emitted so far in front of a SELECT.
  std::string shared_ref(const std::string& key);
  std::string with_shared(const std::string& select) const;
  size_t shared_count() const { return shared_ctes_.size(); }

  // Parameters.
  std::string param_text(const std::string& text);
  std::string param_array(const std::vector<std::string>& items);
  std::string param_input(const RuntimeInput& in);
  std::string param_context(int arity, int column);  // column -1: predicate names
  std::string param_input_set(int index);            // text[] of a BoundSet position
  std::string value_expr(const CVar& v);             // a variable bound to a constant or a runtime input
  std::string wildcard();

  // `index_range`: written so that PostgreSQL derives an index range from it (starts_with);
  // otherwise as a plain filter (polar.has_type(v, 'T:')), for lookups that other arguments make selective.
  std::string type_check(const std::string& expr, const TypeSet& set, bool index_range = true);
  // `wild` is the wildcard, standing for `value` (of static type `value_type`); "" if it never can.
  std::string wildcard_matches(const std::string& wild, const TypeSet& wild_type, const std::string& value,
                               const TypeSet& value_type);
  // Binding columns: raw SQL values <-> encoded 'Type:id' text.
  std::string encode_raw(const std::string& raw, const BindingPosition& p);
  // The raw value of an encoded expression, or NULL when it is not of the position's type.
  std::string decode_to_raw(const std::string& encoded, const BindingPosition& p);
  // Every value of `type` seen in the facts, the policy or the query (§6.6), as a one-column subquery.
  std::string active_domain(const TypeSet& type);
  std::string fact_source(int arity);
  std::string alias(const std::string& prefix);
  // A negated call: NOT EXISTS over each of its sources, with the call's variables as bound.
  std::string not_exists_sql(const CQ& cq, const CCond& c, const std::map<int, std::string>& bindings);

 private:
  std::string compare_sql(const CQ& cq, const CCond& c, const std::map<int, std::string>& bindings);

  std::string literal(const std::string& text) const;
  // Leaves out the seeds of a recursive call `a` that come from the rows of other lookups when
  // the recursion does not pass them on and the call's constant or input seeds remain: the
  // component's answers then no longer depend on the lookup's row, so PostgreSQL computes them
  // once per query instead of once per row (a user's teams, not once per team granting a role).
  void drop_row_seeds(const CQ& cq, const CAtom& a, std::vector<std::optional<std::string>>& seeds);

  Specializer& spec_;
  const QuerySpec& query_;
  std::vector<SqlParam>& params_;
  bool inline_ = false;
  std::map<int, std::string> inline_inputs_;
  std::vector<std::string> emitting_;  // recursive components being emitted, outermost first
  static constexpr size_t kMaxNestedComponents = 64;
  std::map<std::string, std::vector<TypeSet>> wild_types_;
  std::map<std::string, int> text_params_;
  std::map<std::string, int> array_params_;
  int next_alias_ = 0;
  std::map<std::string, std::string> shared_names_;  // instance key -> CTE name
  std::vector<std::string> shared_ctes_;             // definitions, callees first
};

// Quoting and fixed names of the fact schema.
std::string quote_ident(const std::string& name);
std::string fact_table(int arity);                                     // "polar"."fact_3"
std::string column(const std::string& alias, const std::string& col);  // "t0"."a1"
inline const char* kEq = " OPERATOR(pg_catalog.=) ";
inline const char* kNe = " OPERATOR(pg_catalog.<>) ";
inline const char* kCollateC = " COLLATE pg_catalog.\"C\"";
std::string join(const std::vector<std::string>& items, const std::string& sep);
// Quoted column names prefix0, prefix1, ... (n of them).
std::vector<std::string> numbered(const std::string& prefix, size_t n);
// Parallel arrays as rows: ROWS FROM (pg_catalog.unnest(a), ...) (multi-argument unnest is only
// recognised unqualified).
std::string unnest_rows(const std::vector<std::string>& arrays);

}  // namespace polar::compiler
