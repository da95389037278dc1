// Running a compiled query: query arguments, the clock and context facts become
// the parameters of the cached SPI plan.
#pragma once

#include <vector>

#include "sql/compiler.hpp"
#include "sql/fact_sql.hpp"
#include "inputs.hpp"
#include "policy_state.hpp"

namespace pgpolar {

// Context facts grouped by arity (1..5), checked and encoded. Plain C data.
struct ContextFacts {
  int count[6];
  char** preds[6];
  char** cols[6][5];
};

struct CallArgs {
  int nargs = 0;
  char** encoded = nullptr;  // per query position: the encoded value when bound, else NULL
  ContextFacts* context = nullptr;
  int set_position = -1;  // a BoundSet position, with its encoded values
  char** set_values = nullptr;
  int set_count = 0;
};

// --- inside walls only ---
// Checks every context fact against the policy (F01-F05) and groups them. NULL when there are none.
ContextFacts* build_context(const polar::ir::Program& program, const RawFact* facts, int count);
// Groups checked facts by arity (no checks). NULL when there are none.
ContextFacts* group_facts(const std::vector<std::pair<std::string, std::vector<polar::Value>>>& facts);
// A bound query argument, or a constant when the policy itself mentions the value (better plans).
polar::QueryArg bound_arg(const LoadedPolicy* policy, const polar::Value& v);
// Fills `args` with the encoded bound values of `spec`.
void fill_call_args(const polar::QuerySpec& spec, const std::vector<polar::Value>& values, CallArgs* args);

// --- PostgreSQL side (may ereport) ---
// Runs `run` (an SPI call that may plan) with JIT off, restoring the setting on error too.
// Compiled queries are index probes whose recursive CTEs the planner overestimates; JIT
// compiling one cost 5.5 s for a 15 ms query. Plans are made inside SPI execution (the plan
// cache), so the whole call runs without JIT.
template <typename Run>
int without_jit(Run run) {
  bool saved = jit_enabled;
  volatile int ret = 0;
  jit_enabled = false;
  PG_TRY();
  { ret = run(); }
  PG_FINALLY();
  { jit_enabled = saved; }
  PG_END_TRY();
  return ret;
}
// Prepares if needed and executes; rows are in SPI_tuptable.
void execute_entry(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, long max_rows);
// Prepares if needed and executes, streaming the first column's text values into the set-returning
// function's tuplestore with `strip` leading bytes dropped (no copy in SPI_tuptable); a wildcard
// row makes the result '*' alone.
void execute_entry_into(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, ReturnSetInfo* rsinfo,
                        size_t strip);
// The text of a compiled query's first `ncols` columns, row-major (`n` rows; NULL for a SQL NULL).
struct TextRows {
  int ncols;
  uint64 n;
  char** cells;
};
// Prepares if needed and executes, copying the rows' text into the current memory context as they
// stream in (no SPI_tuptable: no tuple copies, no output-function call for text columns).
TextRows execute_entry_rows(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, int ncols);
// The parameter values of an entry for one call (prepares it; types are entry->types).
void bind_params(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, Datum** values, char** nulls);

// Runs a compiled query without caching a plan (policy tests, one-off queries).
void execute_unprepared(const polar::CompiledQuery& compiled, const CallArgs* args, long max_rows);
// Parameter values for one call; `constants` may be NULL (then built here).
void param_values(const polar::CompiledQuery& compiled, const Datum* constants, const CallArgs* args, Datum** values,
                  char** nulls);
Oid param_type(const polar::SqlParam& p);
Datum constant_param(const polar::SqlParam& p);

// SQL with text parameters, as plain C data (from polar::SqlWithParams inside a wall).
struct PatternSql {
  char* sql;
  int nparams;
  char** params;
};
PatternSql to_pattern_sql(const polar::SqlWithParams& s);  // inside walls
// Runs it (inside SPI); returns SPI_processed. May ereport.
uint64 run_pattern(const PatternSql& p, bool read_only, long max_rows);

// Rows of text cells (row-major, `cols` per row) into a materialized SRF's tuplestore;
// with `empty_is_null`, empty strings become NULL.
void emit_text_table(ReturnSetInfo* rsinfo, char** cells, int rows, int cols, bool empty_is_null);
// Inside walls: C copies of strings (in the current memory context).
char** wall_strdup_all(const std::vector<std::string>& items);

// A SQL text argument that must not be NULL.
char* required_text_arg(FunctionCallInfo fcinfo, int n, const char* name);

}  // namespace pgpolar
