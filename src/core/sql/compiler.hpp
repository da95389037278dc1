// Query compilation: a question about one predicate, with some positions bound
// at run time, becomes one parameterised SQL statement over the fact tables.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "analysis/binding.hpp"
#include "ir/ir.hpp"
#include "base/value.hpp"

namespace polar {

struct QueryArg {
  enum class Kind {
    Bound,     // a run-time value of type `type` ("" = known only at run time) (a SQL parameter)
    Const,     // a value fixed in the plan (`value`), e.g. the action of a check
    Free,      // an output; `type` is the exact type asked for, "" for any
    BoundSet,  // any of a run-time array of values of type `type` (an output too: which of them hold)
  };
  Kind kind = Kind::Free;
  std::string type;
  Value value;

  static QueryArg bound(std::string type) { return {Kind::Bound, std::move(type), {}}; }
  static QueryArg constant(Value v) { return {Kind::Const, v.type, std::move(v)}; }
  static QueryArg free(std::string type = {}) { return {Kind::Free, std::move(type), {}}; }
  static QueryArg bound_set(std::string type) { return {Kind::BoundSet, std::move(type), {}}; }
};

struct QuerySpec {
  std::string predicate;
  std::vector<QueryArg> args;
  bool exists_only = false;   // authorize: a single boolean
  bool with_context = false;  // context facts are passed with the call
  bool stored_facts = true;   // false: policy tests see only their own (context) facts
  bool distinct = true;       // rows mode: false when the caller drops duplicate rows itself
  // A plan-cache key for this shape (same key, same SQL).
  std::string cache_key() const;
};

// One parameter of the compiled SQL ($1, $2, ...).
struct SqlParam {
  enum class Kind {
    QueryArg,       // the encoded value of query position `index`
    QueryArgArray,  // text[] of the encoded values of set position `index`
    Now,            // 'Integer:<unix time>', read once per call
    Text,           // a constant: `text`
    TextArray,      // a constant array: `array`
    ContextColumn,  // text[] of context facts: arity `arity`, column `index` (-1 = predicate names)
  };
  Kind kind = Kind::Text;
  int index = 0;
  int arity = 0;
  std::string text;
  std::vector<std::string> array;
};

struct CompiledQuery {
  std::string sql;
  std::vector<SqlParam> params;
  // Output columns (rows mode): query positions in order. Each value is an encoded
  // value, or "*" for "every value of the position's type".
  std::vector<int> output_positions;
  size_t cq_count = 0;      // size of the union, for diagnostics and tests
  size_t shared_units = 0;  // CTEs of shared instances (CompileOptions::share_threshold)
};

// Limits of one compilation.
struct CompileOptions {
  // An instance estimated to unfold into more derivations than this is compiled once as a shared
  // unit (a CTE) that its callers join, instead of being unfolded into each caller.
  double share_threshold = 64;
  // The most alternative derivations one unfolding may produce (54001 beyond).
  size_t max_derivations = 20000;
};

// Compiles `spec` against `program`, reading bound predicates through `bindings` as
// well as from stored facts. `stored`, when given, lists the predicates (name, arity) that may
// have stored facts: lookups of stored facts of any other predicate are left out (a plan that
// must stay valid whatever is stored later, such as a view, passes none). Calls with context
// facts look up every predicate. Throws PolarError (TooComplex, Internal).
CompiledQuery compile_query(const ir::Program& program, const QuerySpec& spec,
                            const std::vector<Binding>& bindings = {}, const StoredPredicates* stored = nullptr,
                            const CompileOptions& options = {});

// A row filter: a boolean SQL expression over a row of `table` (its columns qualified by
// `outer`), true when the actor given by the SQL expression `actor` may do `action` on the
// row, read as a `resource_type` whose id is the row's `key_column`. Values are inlined as
// quoted literals (views and row-level security policies take no parameters); identifiers
// are quoted. Derivations through a binding that projects the same table read the row's own
// columns (`repo_id IN (SELECT ...)`) instead of joining the table with itself; every subquery
// is uncorrelated, so PostgreSQL evaluates each once (a hashed subplan), never once per row.
struct FilterSpec {
  std::string resource_type;
  Value action;
  std::string table;       // quoted, schema-qualified
  std::string key_column;  // quoted
  std::string outer;       // quoted qualifier of the row's columns
  BindingPosition key;     // the key's type and SQL column type
  std::string actor;       // SQL expression of the acting actor's encoded value (text)
};
struct FilterPart {
  std::vector<std::string> columns;  // row columns (qualified by `outer`) the select's rows must match; none: EXISTS
  std::string select;                // an uncorrelated SELECT (one output per column)
  int guard = -1;                    // a part that must have a row for this one to be evaluated at all
  bool is_guard = false;             // only a guard of other parts (not a term of its own)
};
std::vector<FilterPart> compile_filter(const ir::Program& program, const FilterSpec& filter,
                                       const std::vector<Binding>& bindings, const CompileOptions& options = {});
// OR of the parts: `(cols) IN (<source i>)` or `EXISTS (<source i>)`, where source(i) is the part's
// SELECT or a relation reading it (e.g. a view); a guarded part is `(EXISTS (<guard>) AND ...)`.
std::string filter_predicate(const std::vector<FilterPart>& parts, const std::function<std::string(size_t)>& source);

// Is a fact read through `binding`? A one-row query (`SELECT 1 ...`) with parameters; an
// empty optional argument matches any value.
CompiledQuery binding_lookup(const ir::Program& program, const Binding& binding,
                             const std::vector<std::optional<Value>>& args);

// `allow(actor, action, resource)` for one resource of `resource_type` at a time, as a SELECT
// that has a row when it holds: parameters are QueryArg 0 (the actor's encoded value) and
// QueryArg 2 (the resource's), the rest policy constants (Text, TextArray). Written to be
// planned inside an application's query as a correlated EXISTS: the resource's lookup is
// probed per row, what the actor may reach is computed once. None when the check needs the
// time or context facts, or recursion or shared units (each would be evaluated per row). A NULL
// actor or resource has no row; the caller passes a resource of `resource_type` only (its type
// is checked only where a derivation does not bind the resource).
struct ProbeQuery {
  CompiledQuery query;
  bool may_grant_all = false;  // some derivation may grant on every resource of the type (`list` answers "*")
};
std::optional<ProbeQuery> compile_probe(const ir::Program& program, const std::string& resource_type,
                                        const Value& action, const std::vector<Binding>& bindings,
                                        const StoredPredicates* stored, const CompileOptions& options = {});

// The marker of a wildcard answer in compiled output.
inline constexpr const char* kWildcard = "*";

}  // namespace polar
