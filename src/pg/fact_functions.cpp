// SQL entry points that write and read stored facts: tell, delete, bulk_tell,
// bulk_delete, batch, get. Every write is checked against the active policy
// before anything is written; a call writes all of its facts or none.
#include <algorithm>

#include "error_wall.hpp"
#include "analysis/fact_check.hpp"
#include "sql/fact_rows.hpp"
#include "sql/fact_sql.hpp"
#include "fact_store.hpp"
#include "plan_exec.hpp"

using namespace pgpolar;

namespace {

// Checked facts grouped by arity, encoded: plain C data.
struct FactBatch {
  int count[6];
  char** preds[6];
  char** cols[6][5];
};

SPIPlanPtr g_insert_plans[6];        // INSERT ... ON CONFLICT DO NOTHING, per arity
SPIPlanPtr g_insert_plain_plans[6];  // plain INSERT, per arity (large batches, where fact_store does not apply)
SPIPlanPtr g_insert_one_plans[6];    // INSERT VALUES ... ON CONFLICT DO NOTHING, per arity (one fact)

// Copies the distinct rows of each arity into a FactBatch (inside a wall).
FactBatch* to_batch(const std::vector<polar::FactRows>& rows) {
  auto* b = static_cast<FactBatch*>(wall_alloc(sizeof(FactBatch)));
  memset(b, 0, sizeof(FactBatch));
  for (int arity = 1; arity <= 5; arity++) {
    const polar::FactRows& r = rows[arity];
    std::vector<bool> repeated = polar::repeated_rows(r);
    int n = static_cast<int>(std::count(repeated.begin(), repeated.end(), false));
    b->count[arity] = n;
    b->preds[arity] = static_cast<char**>(wall_alloc(sizeof(char*) * (n + 1)));
    for (int k = 0; k < arity; k++) b->cols[arity][k] = static_cast<char**>(wall_alloc(sizeof(char*) * (n + 1)));
    int j = 0;
    for (size_t i = 0; i < r.size(); i++) {
      if (repeated[i]) continue;
      b->preds[arity][j] = wall_strdup(r.preds[i]);
      for (int k = 0; k < arity; k++) b->cols[arity][k][j] = wall_strdup(r.cols[k][i]);
      j++;
    }
  }
  return b;
}

// Checks facts (inside a wall) and groups them for insertion. `what` names them in messages
// ("fact" -> "fact 3: ..."); NULL for a single fact given as arguments.
FactBatch* check_facts(const polar::ir::Program& program, const RawFact* facts, int count, const char* what) {
  std::vector<polar::FactRows> rows(6);
  std::vector<polar::Value> values;
  std::vector<std::string> encoded;
  for (int i = 0; i < count; i++) {
    const RawFact& f = facts[i];
    try {
      if (!f.predicate) throw polar::PolarError(polar::ErrorKind::InvalidValue, "the predicate cannot be null");
      polar::check_fact_arity(static_cast<size_t>(f.nargs));
      values.clear();
      for (int k = 0; k < f.nargs; k++) values.push_back(raw_value(f.args[k], std::string()));
      polar::check_fact(program, f.predicate, values, std::string());
    } catch (const polar::PolarError& e) {
      // The fact's position is added here, so that facts without errors build no message.
      if (!what) throw;
      throw polar::PolarError(e.kind(), std::string(what) + " " + std::to_string(f.position) + ": " + e.what(),
                              e.hint(), e.detail());
    }
    encoded.clear();
    for (const polar::Value& v : values) encoded.push_back(v.encode());
    rows[f.nargs].add(f.predicate, std::move(encoded));
  }
  return to_batch(rows);
}

// Checks patterns (inside a wall) and turns each into a DELETE.
PatternSql* delete_statements(const RawFact* patterns, int count, const char* what) {
  auto* out = static_cast<PatternSql*>(wall_alloc(sizeof(PatternSql) * (count + 1)));
  for (int i = 0; i < count; i++) {
    const RawFact& f = patterns[i];
    std::string where = what ? std::string(what) + " " + std::to_string(f.position) + ": " : std::string();
    polar::check_fact_arity(static_cast<size_t>(f.nargs), where);
    std::vector<polar::ValuePattern> args;
    for (int k = 0; k < f.nargs; k++) args.push_back(raw_pattern(f.args[k], where));
    std::optional<std::string> pred;
    if (f.predicate && std::string(f.predicate) != "_") pred = f.predicate;
    out[i] = to_pattern_sql(polar::fact_delete_sql(pred, args));
  }
  return out;
}

// `param_type`: TEXTARRAYOID (a batch's columns) or TEXTOID (one fact's values).
SPIPlanPtr insert_plan(SPIPlanPtr* cache, int arity, std::string (*make_sql)(int), Oid param_type = TEXTARRAYOID) {
  if (cache[arity]) return cache[arity];
  char* sql = nullptr;
  POLAR_WALL({ sql = wall_strdup(make_sql(arity)); });
  Oid types[6];
  for (int i = 0; i <= arity; i++) types[i] = param_type;
  SPIPlanPtr plan = SPI_prepare(sql, arity + 1, types);
  if (!plan || SPI_keepplan(plan) != 0) elog(ERROR, "pg_polar: could not prepare the fact insert");
  return cache[arity] = plan;
}

uint64 run_insert(SPIPlanPtr plan, Datum* values) {
  int ret = SPI_execute_plan(plan, values, nullptr, false, 0);
  if (ret != SPI_OK_INSERT) elog(ERROR, "pg_polar: could not store facts (SPI code %d)", ret);
  return SPI_processed;
}

// Batches from this size on try the plain insert first: below it, a subtransaction costs more
// than the speculative insertions it saves.
constexpr int kPlainInsertMinRows = 64;

// The facts of one arity as the parameters of an array insert: $1 the predicates, $2.. the columns.
void column_arrays(const FactBatch* b, int arity, Datum* values) {
  values[0] = text_array(b->preds[arity], b->count[arity]);
  for (int k = 0; k < arity; k++) values[k + 1] = text_array(b->cols[arity][k], b->count[arity]);
}

// Stores new facts of one arity: directly (fact_store) or by a plain INSERT.
struct NewFacts {
  const FactBatch* batch;
  int arity;
  uint64 stored;
};

void store_new_facts(NewFacts* f) {
  const FactBatch* b = f->batch;
  if (store_facts_directly(f->arity, b->preds[f->arity], b->cols[f->arity], b->count[f->arity], &f->stored)) return;
  Datum values[6];
  column_arrays(b, f->arity, values);
  f->stored = run_insert(insert_plan(g_insert_plain_plans, f->arity, polar::fact_insert_plain_sql), values);
}

// store_new_facts in a subtransaction; false (and nothing written) if one of the facts is
// stored already, or a concurrent writer stored it first, so that the caller retries with ON
// CONFLICT DO NOTHING. Bulk loads of new facts take the cheap path; a batch that repeats stored
// facts pays for the rows stored before the first repeated one.
bool try_store_new_facts(NewFacts* f) {
  MemoryContext caller_context = CurrentMemoryContext;
  ResourceOwner caller_owner = CurrentResourceOwner;
  volatile bool done = false;  // set inside PG_TRY, read after it
  BeginInternalSubTransaction(nullptr);
  MemoryContextSwitchTo(caller_context);
  PG_TRY();
  {
    store_new_facts(f);
    ReleaseCurrentSubTransaction();
    done = true;
  }
  PG_CATCH();
  {
    MemoryContextSwitchTo(caller_context);
    ErrorData* error = CopyErrorData();
    FlushErrorState();
    RollbackAndReleaseCurrentSubTransaction();
    MemoryContextSwitchTo(caller_context);
    CurrentResourceOwner = caller_owner;
    if (error->sqlerrcode != ERRCODE_UNIQUE_VIOLATION) ReThrowError(error);
    FreeErrorData(error);
  }
  PG_END_TRY();
  MemoryContextSwitchTo(caller_context);
  CurrentResourceOwner = caller_owner;
  return done;
}

// Inserts a batch; returns how many facts were new.
uint64 insert_batch(const FactBatch* b) {
  uint64 inserted = 0;
  for (int arity = 1; arity <= 5; arity++) {
    if (b->count[arity] == 0) continue;
    Datum values[6];
    if (b->count[arity] == 1) {
      values[0] = CStringGetTextDatum(b->preds[arity][0]);
      for (int k = 0; k < arity; k++) values[k + 1] = CStringGetTextDatum(b->cols[arity][k][0]);
      inserted += run_insert(insert_plan(g_insert_one_plans, arity, polar::fact_insert_one_sql, TEXTOID), values);
      continue;
    }
    NewFacts f{b, arity, 0};
    if (b->count[arity] >= kPlainInsertMinRows && try_store_new_facts(&f)) {
      inserted += f.stored;
      continue;
    }
    column_arrays(b, arity, values);
    inserted += run_insert(insert_plan(g_insert_plans, arity, polar::fact_insert_sql), values);
  }
  return inserted;
}

// VARIADIC args of tell/delete/get as raw text values.
RawFact variadic_fact(FunctionCallInfo fcinfo, bool patterns) {
  RawFact f;
  f.predicate = text_arg(fcinfo, 0);
  f.position = 1;
  if (!f.predicate && !patterns)
    ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("predicate must not be NULL")));
  if (PG_ARGISNULL(1)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("args must not be NULL")));
  char** texts = read_text_array(PG_GETARG_ARRAYTYPE_P(1), &f.nargs);
  f.args = static_cast<RawValue*>(palloc0(sizeof(RawValue) * (f.nargs + 1)));
  for (int i = 0; i < f.nargs; i++) {
    f.args[i].kind = texts[i] ? RawValue::Text : RawValue::Null;
    f.args[i].text = texts[i];
  }
  return f;
}

}  // namespace

extern "C" {

PG_FUNCTION_INFO_V1(pg_polar_tell);
Datum pg_polar_tell(PG_FUNCTION_ARGS) {
  RawFact fact = variadic_fact(fcinfo, false);
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  FactBatch* batch = nullptr;
  POLAR_WALL({ batch = check_facts(*policy->program, &fact, 1, nullptr); });
  insert_batch(batch);
  SPI_finish();
  PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(pg_polar_delete);
Datum pg_polar_delete(PG_FUNCTION_ARGS) {
  RawFact pattern = variadic_fact(fcinfo, true);
  PatternSql* stmt = nullptr;
  POLAR_WALL({ stmt = delete_statements(&pattern, 1, nullptr); });
  SPI_connect();
  uint64 deleted = run_pattern(stmt[0], false, 0);
  SPI_finish();
  PG_RETURN_INT64(static_cast<int64>(deleted));
}

PG_FUNCTION_INFO_V1(pg_polar_bulk_tell);
Datum pg_polar_bulk_tell(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("facts must not be NULL")));
  int count = 0;
  RawFact* facts = read_json_facts(PG_GETARG_JSONB_P(0), "facts", &count);
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  FactBatch* batch = nullptr;
  POLAR_WALL({ batch = check_facts(*policy->program, facts, count, "fact"); });
  uint64 inserted = insert_batch(batch);
  SPI_finish();
  PG_RETURN_INT64(static_cast<int64>(inserted));
}

PG_FUNCTION_INFO_V1(pg_polar_bulk_delete);
Datum pg_polar_bulk_delete(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("patterns must not be NULL")));
  int count = 0;
  RawFact* patterns = read_json_facts(PG_GETARG_JSONB_P(0), "patterns", &count);
  PatternSql* stmts = nullptr;
  POLAR_WALL({ stmts = delete_statements(patterns, count, "pattern"); });
  SPI_connect();
  uint64 deleted = 0;
  for (int i = 0; i < count; i++) deleted += run_pattern(stmts[i], false, 0);
  SPI_finish();
  PG_RETURN_INT64(static_cast<int64>(deleted));
}

PG_FUNCTION_INFO_V1(pg_polar_batch);
Datum pg_polar_batch(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("changes must not be NULL")));
  int count = 0;
  RawChange* changes = read_json_batch(PG_GETARG_JSONB_P(0), &count);
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  // Everything is checked before anything is written.
  FactBatch** inserts = static_cast<FactBatch**>(palloc0(sizeof(FactBatch*) * (count + 1)));
  PatternSql** deletes = static_cast<PatternSql**>(palloc0(sizeof(PatternSql*) * (count + 1)));
  POLAR_WALL({
    for (int i = 0; i < count; i++) {
      std::string what = "change " + std::to_string(i + 1) + (changes[i].insert ? " insert" : " delete");
      if (changes[i].insert)
        inserts[i] = check_facts(*policy->program, changes[i].facts, changes[i].count, what.c_str());
      else
        deletes[i] = delete_statements(changes[i].facts, changes[i].count, what.c_str());
    }
  });
  for (int i = 0; i < count; i++) {
    if (changes[i].insert)
      insert_batch(inserts[i]);
    else
      for (int j = 0; j < changes[i].count; j++) run_pattern(deletes[i][j], false, 0);
  }
  SPI_finish();
  PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(pg_polar_get);
Datum pg_polar_get(PG_FUNCTION_ARGS) {
  RawFact pattern = variadic_fact(fcinfo, true);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  PatternSql stmt;
  POLAR_WALL({
    polar::check_fact_arity(static_cast<size_t>(pattern.nargs), "pattern: ");
    std::vector<polar::ValuePattern> args;
    for (int k = 0; k < pattern.nargs; k++) args.push_back(raw_pattern(pattern.args[k], "pattern: "));
    std::optional<std::string> pred;
    if (pattern.predicate && std::string(pattern.predicate) != "_") pred = pattern.predicate;
    stmt = to_pattern_sql(polar::fact_select_sql(pred, args));
  });
  SPI_connect();
  run_pattern(stmt, true, 0);
  int nargs = pattern.nargs;
  for (uint64 r = 0; r < SPI_processed; r++) {
    HeapTuple tup = SPI_tuptable->vals[r];
    Datum* items = static_cast<Datum*>(palloc(sizeof(Datum) * nargs));
    for (int k = 0; k < nargs; k++) items[k] = CStringGetTextDatum(SPI_getvalue(tup, SPI_tuptable->tupdesc, k + 2));
    Datum values[2] = {CStringGetTextDatum(SPI_getvalue(tup, SPI_tuptable->tupdesc, 1)),
                       PointerGetDatum(construct_array(items, nargs, TEXTOID, -1, false, TYPALIGN_INT))};
    bool nulls[2] = {false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  SPI_finish();
  return (Datum)0;
}

}  // extern "C"
