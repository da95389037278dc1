// SQL entry points that answer questions: authorize, list, actions, query.
#include "error_wall.hpp"
#include "plan_exec.hpp"
#include "seen_set.hpp"

using namespace pgpolar;

namespace {

// A prepared question: the plan to run and its arguments. Plain data, safe across ereport.
struct Question {
  LoadedPolicy* policy;
  PlanEntry* entry;
  CallArgs args;
};

RawFact* context_arg(FunctionCallInfo fcinfo, int n, int* count) {
  *count = 0;
  if (PG_NARGS() <= n || PG_ARGISNULL(n)) return nullptr;
  return read_json_facts(PG_GETARG_JSONB_P(n), "context_facts", count);
}

// Builds the question inside a wall. `values` holds the bound positions; free positions are typed by `free_types`.
struct Shape {
  const char* predicate;
  int nargs;
  const char* texts[8];       // value text of bound positions (NULL when free)
  const char* free_types[8];  // exact type of free positions ("" for any)
  bool exists_only;
  int set_position = -1;  // a position bound to a set of ids of type free_types[set_position]
  char** set_ids = nullptr;
  int set_count = 0;
  bool distinct = true;  // false: the caller drops duplicate rows (execute_entry_into)
};

Question prepare_question(const Shape& shape, const RawFact* ctx, int nctx) {
  Question q{current_policy(), nullptr, {}};
  POLAR_WALL({
    polar::QuerySpec spec;
    spec.predicate = shape.predicate;
    spec.exists_only = shape.exists_only;
    spec.distinct = shape.distinct;
    spec.with_context = nctx > 0;
    std::vector<polar::Value> values(shape.nargs);
    for (int i = 0; i < shape.nargs; i++) {
      if (i == shape.set_position) {
        spec.args.push_back(polar::QueryArg::bound_set(shape.free_types[i]));
        std::vector<std::string> encoded;
        for (int k = 0; k < shape.set_count; k++)
          encoded.push_back(polar::Value{shape.free_types[i], shape.set_ids[k]}.encode());
        q.args.set_position = i;
        q.args.set_values = wall_strdup_all(encoded);
        q.args.set_count = shape.set_count;
      } else if (shape.texts[i]) {
        values[i] = polar::parse_value_text(shape.texts[i]);
        spec.args.push_back(bound_arg(q.policy, values[i]));
      } else {
        spec.args.push_back(polar::QueryArg::free(shape.free_types[i]));
      }
    }
    q.args.context = build_context(*q.policy->program, ctx, nctx);
    q.entry = plan_entry(q.policy, spec);
    fill_call_args(spec, values, &q.args);
  });
  return q;
}

// The type name of a `list` resource type argument.
void check_type_name(const char* type) {
  bool ok = false;
  POLAR_WALL({ ok = polar::is_identifier(type); });
  if (!ok)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid resource type \"%s\"", type),
                    errhint("Pass a type name such as 'Repository'.")));
}

// Renders an encoded result value for output ("*" stays "*").
char* render_result(const char* encoded) {
  if (strcmp(encoded, polar::kWildcard) == 0) return pstrdup(polar::kWildcard);
  if (polar::renders_as_encoded(encoded)) return pstrdup(encoded);  // no decode: every entity, integer, boolean
  char* out = nullptr;
  POLAR_WALL({ out = wall_strdup(polar::decode_value(encoded).render()); });
  return out;
}

void emit_text_rows(ReturnSetInfo* rsinfo, char** rows, int n) {
  for (int i = 0; i < n; i++) {
    Datum v = CStringGetTextDatum(rows[i]);
    bool isnull = false;
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &v, &isnull);
  }
}

int compare_cstrings(const void* a, const void* b) {
  return strcmp(*static_cast<char* const*>(a), *static_cast<char* const*>(b));
}

// The first column of every result row; collapses to just "*" when any row is the wildcard (§6.6).
char** first_column(int* n, bool* wildcard) {
  *n = static_cast<int>(SPI_processed);
  *wildcard = false;
  char** out = static_cast<char**>(palloc0(sizeof(char*) * (*n + 1)));
  for (int i = 0; i < *n; i++) {
    out[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
    if (strcmp(out[i], polar::kWildcard) == 0) *wildcard = true;
  }
  return out;
}

// The non-NULL values of one-column rows, sorted and without duplicates; collapses to just "*" when
// any value is the wildcard (§6.6).
char** sorted_values(const TextRows& rows, int* n, bool* wildcard) {
  char** out = static_cast<char**>(palloc(sizeof(char*) * (rows.n + 1)));
  int count = 0;
  *wildcard = false;
  for (uint64 i = 0; i < rows.n; i++) {
    char* v = rows.cells[i];
    if (!v) continue;
    if (strcmp(v, polar::kWildcard) == 0) *wildcard = true;
    out[count++] = v;
  }
  if (*wildcard) {
    out[0] = pstrdup(polar::kWildcard);
    *n = 1;
    return out;
  }
  qsort(out, count, sizeof(char*), compare_cstrings);
  int kept = 0;
  for (int i = 0; i < count; i++)
    if (kept == 0 || strcmp(out[kept - 1], out[i]) != 0) out[kept++] = out[i];
  *n = kept;
  return out;
}

// The VARIADIC pattern arguments of query-like functions.
char** query_args(FunctionCallInfo fcinfo, int n, int* nargs) {
  if (PG_ARGISNULL(n)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("args must not be NULL")));
  char** texts = read_text_array(PG_GETARG_ARRAYTYPE_P(n), nargs);
  if (*nargs < 1 || *nargs > 8)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("a query takes between 1 and 8 arguments; found %d", *nargs)));
  return texts;
}

// NULL or '_' is any value, 'Type:_' any value of that type, anything else a bound value.
Shape pattern_shape(const char* predicate, char** texts, int nargs) {
  Shape shape{predicate, nargs, {}, {}, false};
  char** free_types = static_cast<char**>(palloc0(sizeof(char*) * (nargs + 1)));
  POLAR_WALL({
    for (int i = 0; i < nargs; i++) {
      polar::ValuePattern p = text_pattern(texts[i]);
      shape.texts[i] = p.kind == polar::ValuePattern::Kind::Exact ? texts[i] : nullptr;
      free_types[i] = wall_strdup(p.kind == polar::ValuePattern::Kind::AnyOfType ? p.type : "");
      shape.free_types[i] = free_types[i];
    }
  });
  return shape;
}

}  // namespace

extern "C" {

PG_FUNCTION_INFO_V1(pg_polar_authorize);
Datum pg_polar_authorize(PG_FUNCTION_ARGS) {
  char* actor = text_arg(fcinfo, 0);
  char* action = text_arg(fcinfo, 1);
  char* resource = text_arg(fcinfo, 2);
  if (!actor || !action || !resource) PG_RETURN_BOOL(false);  // a NULL never grants access
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 3, &nctx);
  SPI_connect();
  Shape shape{"allow", 3, {actor, action, resource}, {"", "", ""}, true};
  Question q = prepare_question(shape, ctx, nctx);
  execute_entry(q.policy, q.entry, &q.args, 1);
  bool isnull = true;
  bool allowed = SPI_processed > 0 &&
                 DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) && !isnull;
  SPI_finish();
  PG_RETURN_BOOL(allowed);
}

PG_FUNCTION_INFO_V1(pg_polar_list);
Datum pg_polar_list(PG_FUNCTION_ARGS) {
  char* actor = text_arg(fcinfo, 0);
  char* action = text_arg(fcinfo, 1);
  char* type = text_arg(fcinfo, 2);
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
  if (!actor || !action || !type) return (Datum)0;
  check_type_name(type);
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 3, &nctx);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  Shape shape{"allow", 3, {actor, action, nullptr}, {"", "", type}, false};
  shape.distinct = false;  // execute_entry_into drops duplicates with a hash table (no sort)
  Question q = prepare_question(shape, ctx, nctx);
  execute_entry_into(q.policy, q.entry, &q.args, rsinfo, strlen(type) + 1);  // every answer has exactly that type
  SPI_finish();
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(pg_polar_actions);
Datum pg_polar_actions(PG_FUNCTION_ARGS) {
  char* actor = text_arg(fcinfo, 0);
  char* resource = text_arg(fcinfo, 1);
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
  if (!actor || !resource) return (Datum)0;
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 2, &nctx);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  Shape shape{"allow", 3, {actor, nullptr, resource}, {"", "", ""}, false};
  shape.distinct = false;  // sorted_values drops duplicates (no Sort and Unique in the plan)
  Question q = prepare_question(shape, ctx, nctx);
  int n = 0;
  bool wildcard = false;
  char** rows = sorted_values(execute_entry_rows(q.policy, q.entry, &q.args, 1), &n, &wildcard);
  if (!wildcard) {
    for (int i = 0; i < n; i++) rows[i] = render_result(rows[i]);
    qsort(rows, n, sizeof(char*), compare_cstrings);
  }
  emit_text_rows(rsinfo, rows, n);
  SPI_finish();
  return (Datum)0;
}

// polar.query(predicate, VARIADIC args): NULL or '_' is any value, 'Type:_' any value of that type.
PG_FUNCTION_INFO_V1(pg_polar_query);
Datum pg_polar_query(PG_FUNCTION_ARGS) {
  char* predicate = required_text_arg(fcinfo, 0, "predicate");
  int nargs = 0;
  char** texts = query_args(fcinfo, 1, &nargs);
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);  // TABLE(args text[]) has one column
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  Shape shape = pattern_shape(predicate, texts, nargs);
  shape.distinct = false;  // rows are deduplicated here with a hash as they are read (no sort)
  SPI_connect();
  Question q = prepare_question(shape, nullptr, 0);
  const std::vector<int>& outputs = q.entry->compiled.output_positions;
  int nout = static_cast<int>(outputs.size());
  TextRows rows = execute_entry_rows(q.policy, q.entry, &q.args, nout);
  // The bound positions are the same in every row: rendered once.
  Datum* fixed = static_cast<Datum*>(palloc(sizeof(Datum) * nargs));
  bool* is_output = static_cast<bool*>(palloc0(sizeof(bool) * nargs));
  for (int col = 0; col < nout; col++) is_output[outputs[col]] = true;
  for (int i = 0; i < nargs; i++)
    if (!is_output[i])
      fixed[i] = CStringGetTextDatum(render_result(q.args.encoded[i] ? q.args.encoded[i] : polar::kWildcard));
  Datum* items = static_cast<Datum*>(palloc(sizeof(Datum) * nargs));
  SeenSet seen;
  seen_set_init(&seen, AllocSetContextCreate(CurrentMemoryContext, "pg_polar query rows", ALLOCSET_DEFAULT_SIZES));
  StringInfoData key;
  initStringInfo(&key);
  for (uint64 r = 0; r < rows.n; r++) {
    char** cells = rows.cells + r * nout;
    // The row's key: each cell as its length and bytes (a NULL as length -1), so no two rows share one.
    resetStringInfo(&key);
    for (int col = 0; col < nout; col++) {
      int32 len = cells[col] ? static_cast<int32>(strlen(cells[col])) : -1;
      appendBinaryStringInfo(&key, reinterpret_cast<const char*>(&len), sizeof(len));
      if (len > 0) appendBinaryStringInfo(&key, cells[col], len);
    }
    if (!seen_set_add(&seen, key.data, key.len)) continue;
    for (int i = 0, col = 0; i < nargs; i++) {
      if (!is_output[i]) {
        items[i] = fixed[i];
        continue;
      }
      const char* enc = cells[col++];
      items[i] = CStringGetTextDatum(render_result(enc ? enc : polar::kWildcard));
    }
    Datum row = PointerGetDatum(construct_array(items, nargs, TEXTOID, -1, false, TYPALIGN_INT));
    bool isnull = false;
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &row, &isnull);
  }
  MemoryContextDelete(seen.context);
  SPI_finish();
  return (Datum)0;
}

// The compiled SQL of a query shape, for EXPLAIN and debugging.
PG_FUNCTION_INFO_V1(pg_polar_query_sql);
Datum pg_polar_query_sql(PG_FUNCTION_ARGS) {
  char* predicate = required_text_arg(fcinfo, 0, "predicate");
  int nargs = 0;
  char** texts = query_args(fcinfo, 1, &nargs);
  Shape shape = pattern_shape(predicate, texts, nargs);
  SPI_connect();
  Question q = prepare_question(shape, nullptr, 0);
  SPI_finish();
  // The entry outlives SPI: its text is copied into the caller's memory here.
  PG_RETURN_TEXT_P(
      cstring_to_text_with_len(q.entry->compiled.sql.data(), static_cast<int>(q.entry->compiled.sql.size())));
}

// EXPLAIN (ANALYZE) of the compiled query with these arguments: how a check runs.
PG_FUNCTION_INFO_V1(pg_polar_query_plan);
Datum pg_polar_query_plan(PG_FUNCTION_ARGS) {
  bool analyze = !PG_ARGISNULL(0) && PG_GETARG_BOOL(0);
  char* predicate = required_text_arg(fcinfo, 1, "predicate");
  int nargs = 0;
  char** texts = query_args(fcinfo, 2, &nargs);
  Shape shape = pattern_shape(predicate, texts, nargs);
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  Question q = prepare_question(shape, nullptr, 0);
  Datum* values = nullptr;
  char* nulls = nullptr;
  bind_params(q.policy, q.entry, &q.args, &values, &nulls);
  const char* prefix = analyze ? "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " : "EXPLAIN (COSTS OFF) ";
  char* sql = psprintf("%s%s", prefix, q.entry->compiled.sql.c_str());
  int ret = without_jit([&] {
    return SPI_execute_with_args(sql, static_cast<int>(q.entry->compiled.params.size()), q.entry->types, values, nulls,
                                 false, 0);
  });
  if (ret != SPI_OK_UTILITY && ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: EXPLAIN failed (SPI code %d)", ret);
  int n = 0;
  bool wildcard = false;
  char** rows = first_column(&n, &wildcard);
  emit_text_rows(rsinfo, rows, n);
  SPI_finish();
  return (Datum)0;
}

// polar.subjects(action, resource, actor_type): who may do action on resource ("*": every actor of the type).
PG_FUNCTION_INFO_V1(pg_polar_subjects);
Datum pg_polar_subjects(PG_FUNCTION_ARGS) {
  char* action = text_arg(fcinfo, 0);
  char* resource = text_arg(fcinfo, 1);
  char* type = text_arg(fcinfo, 2);
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
  if (!action || !resource || !type) return (Datum)0;
  check_type_name(type);
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 3, &nctx);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  Shape shape{"allow", 3, {nullptr, action, resource}, {type, "", ""}, false};
  shape.distinct = false;  // sorted_values drops duplicates (no Sort and Unique in the plan)
  Question q = prepare_question(shape, ctx, nctx);
  int n = 0;
  bool wildcard = false;
  char** rows = sorted_values(execute_entry_rows(q.policy, q.entry, &q.args, 1), &n, &wildcard);
  if (!wildcard) {  // every answer has exactly that type: dropping "Type:" keeps the order
    size_t prefix = strlen(type) + 1;
    for (int i = 0; i < n; i++) rows[i] += prefix;
  }
  emit_text_rows(rsinfo, rows, n);
  SPI_finish();
  return (Datum)0;
}

// The ids of `ids` (of `type`) passed through a batch question, in their input order.
static char** batch_ids(FunctionCallInfo fcinfo, int n, int* count) {
  if (PG_ARGISNULL(n)) {
    *count = 0;
    return nullptr;
  }
  char** ids = read_text_array(PG_GETARG_ARRAYTYPE_P(n), count);
  for (int i = 0; i < *count; i++)
    if (!ids[i] || !ids[i][0])
      ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("ids must be non-empty and not NULL"),
                      errdetail("Element %d is %s.", i + 1, ids[i] ? "empty" : "NULL")));
  return ids;
}

// polar.authorize_ids(actor, action, resource_type, ids): the allowed ids, in input order.
PG_FUNCTION_INFO_V1(pg_polar_authorize_ids);
Datum pg_polar_authorize_ids(PG_FUNCTION_ARGS) {
  char* actor = text_arg(fcinfo, 0);
  char* action = text_arg(fcinfo, 1);
  char* type = text_arg(fcinfo, 2);
  int nids = 0;
  char** ids = batch_ids(fcinfo, 3, &nids);
  if (!actor || !action || !type || nids == 0) PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
  check_type_name(type);
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 4, &nctx);
  MemoryContext caller = CurrentMemoryContext;
  SPI_connect();
  Shape shape{"allow", 3, {actor, action, nullptr}, {"", "", type}, false, 2, ids, nids};
  Question q = prepare_question(shape, ctx, nctx);
  execute_entry(q.policy, q.entry, &q.args, 0);
  int n = 0;
  bool wildcard = false;
  char** allowed = first_column(&n, &wildcard);
  qsort(allowed, n, sizeof(char*), compare_cstrings);
  size_t prefix = strlen(type) + 1;
  MemoryContext spi = MemoryContextSwitchTo(caller);
  Datum* kept = static_cast<Datum*>(palloc(sizeof(Datum) * (nids + 1)));
  int nkept = 0;
  for (int i = 0; i < nids; i++) {
    char* value = psprintf("%s:%s", type, ids[i]);
    if (bsearch(&value, allowed, n, sizeof(char*), compare_cstrings))
      kept[nkept++] = CStringGetTextDatum(value + prefix);
  }
  ArrayType* result = construct_array(kept, nkept, TEXTOID, -1, false, TYPALIGN_INT);
  MemoryContextSwitchTo(spi);
  SPI_finish();
  PG_RETURN_ARRAYTYPE_P(result);
}

// polar.actions_many(actor, resource_type, ids): each id (in input order) with its sorted actions.
PG_FUNCTION_INFO_V1(pg_polar_actions_many);
Datum pg_polar_actions_many(PG_FUNCTION_ARGS) {
  char* actor = text_arg(fcinfo, 0);
  char* type = text_arg(fcinfo, 1);
  int nids = 0;
  char** ids = batch_ids(fcinfo, 2, &nids);
  InitMaterializedSRF(fcinfo, 0);
  if (!actor || !type || nids == 0) return (Datum)0;
  check_type_name(type);
  int nctx = 0;
  RawFact* ctx = context_arg(fcinfo, 3, &nctx);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  Shape shape{"allow", 3, {actor, nullptr, nullptr}, {"", "", type}, false, 2, ids, nids};
  Question q = prepare_question(shape, ctx, nctx);
  execute_entry(q.policy, q.entry, &q.args, 0);
  int n = static_cast<int>(SPI_processed);
  char** pairs = static_cast<char**>(palloc0(sizeof(char*) * (2 * n + 1)));  // action, resource
  for (int i = 0; i < n; i++) {
    pairs[2 * i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
    pairs[2 * i + 1] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
  }
  for (int i = 0; i < nids; i++) {
    char* value = psprintf("%s:%s", type, ids[i]);
    char** actions = static_cast<char**>(palloc0(sizeof(char*) * (n + 1)));
    int count = 0;
    bool wildcard = false;
    for (int k = 0; k < n; k++) {
      if (strcmp(pairs[2 * k + 1], value) != 0) continue;
      if (strcmp(pairs[2 * k], polar::kWildcard) == 0) wildcard = true;
      actions[count++] = render_result(pairs[2 * k]);
    }
    if (wildcard) {
      actions[0] = pstrdup(polar::kWildcard);
      count = 1;
    }
    qsort(actions, count, sizeof(char*), compare_cstrings);
    Datum values[2] = {CStringGetTextDatum(ids[i]), text_array(actions, count)};
    bool nulls[2] = {false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  SPI_finish();
  return (Datum)0;
}

}  // extern "C"
