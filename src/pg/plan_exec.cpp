#include "plan_exec.hpp"

#include <algorithm>
#include <cstring>
#include <ctime>

#include "analysis/fact_check.hpp"
#include "seen_set.hpp"

namespace pgpolar {

namespace {

Datum text_array_datum(char** items, int n) {
  Datum* datums = static_cast<Datum*>(palloc(sizeof(Datum) * (n + 1)));
  for (int i = 0; i < n; i++) datums[i] = CStringGetTextDatum(items[i]);
  return PointerGetDatum(construct_array(datums, n, TEXTOID, -1, false, TYPALIGN_INT));
}

}  // namespace

ContextFacts* group_facts(const std::vector<std::pair<std::string, std::vector<polar::Value>>>& facts) {
  if (facts.empty()) return nullptr;
  auto* ctx = static_cast<ContextFacts*>(wall_alloc(sizeof(ContextFacts)));
  memset(ctx, 0, sizeof(ContextFacts));
  for (int arity = 1; arity <= 5; arity++) {
    int n = 0;
    for (const auto& f : facts) n += static_cast<int>(f.second.size()) == arity;
    ctx->count[arity] = n;
    ctx->preds[arity] = static_cast<char**>(wall_alloc(sizeof(char*) * (n + 1)));
    for (int k = 0; k < arity; k++) ctx->cols[arity][k] = static_cast<char**>(wall_alloc(sizeof(char*) * (n + 1)));
    int j = 0;
    for (const auto& [pred, values] : facts) {
      if (static_cast<int>(values.size()) != arity) continue;
      ctx->preds[arity][j] = wall_strdup(pred);
      for (int k = 0; k < arity; k++) ctx->cols[arity][k][j] = wall_strdup(values[k].encode());
      j++;
    }
  }
  return ctx;
}

ContextFacts* build_context(const polar::ir::Program& program, const RawFact* facts, int count) {
  std::vector<std::pair<std::string, std::vector<polar::Value>>> checked;
  for (int i = 0; i < count; i++) {
    const RawFact& f = facts[i];
    std::string where = "context fact " + std::to_string(f.position) + ": ";
    if (!f.predicate) throw polar::PolarError(polar::ErrorKind::InvalidValue, where + "the predicate cannot be null");
    std::vector<polar::Value> values;
    for (int k = 0; k < f.nargs; k++) values.push_back(raw_value(f.args[k], where));
    polar::check_fact(program, f.predicate, values, where);
    checked.emplace_back(f.predicate, std::move(values));
  }
  return group_facts(checked);
}

polar::QueryArg bound_arg(const LoadedPolicy* policy, const polar::Value& v) {
  if (policy->program->constants.count(v.encode())) return polar::QueryArg::constant(v);
  return polar::QueryArg::bound(v.type);
}

void fill_call_args(const polar::QuerySpec& spec, const std::vector<polar::Value>& values, CallArgs* args) {
  args->nargs = static_cast<int>(spec.args.size());
  args->encoded = static_cast<char**>(wall_alloc(sizeof(char*) * (spec.args.size() + 1)));
  for (size_t i = 0; i < spec.args.size(); i++)
    args->encoded[i] = spec.args[i].kind == polar::QueryArg::Kind::Free ? nullptr : wall_strdup(values[i].encode());
}

namespace {

// The plan was prepared with a parser hook (ensure_prepared), so the values go in a ParamListInfo.
ParamListInfo entry_params(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args) {
  Datum* values = nullptr;
  char* nulls = nullptr;
  bind_params(policy, entry, args, &values, &nulls);
  int n = static_cast<int>(entry->compiled.params.size());
  ParamListInfo list = makeParamList(n);
  for (int i = 0; i < n; i++) {
    ParamExternData* p = &list->params[i];
    p->value = values[i];
    p->isnull = nulls && nulls[i] == 'n';
    p->pflags = PARAM_FLAG_CONST;
    p->ptype = entry->types[i];
  }
  return list;
}

// Streams the first (text) column of a compiled query into a set-returning function's result.
struct TextRowsReceiver {
  DestReceiver pub;  // first: PostgreSQL sees a DestReceiver
  ReturnSetInfo* rsinfo;
  size_t strip;  // leading bytes dropped from every value (the "Type:" of a list)
  bool wildcard;
  MemoryContext row_context;
  SeenSet seen;  // values already returned (the query has no DISTINCT: a hash beats its sort)
  text* buffer;  // the output value of the current row
  size_t buffer_size;
};

// A value as the output text, built in the receiver's reusable buffer (no allocation per row).
Datum output_text(TextRowsReceiver* r, const char* s, size_t len) {
  if (VARHDRSZ + len > r->buffer_size) {
    r->buffer_size = std::max<size_t>(VARHDRSZ + len, 2 * r->buffer_size);
    r->buffer = static_cast<text*>(MemoryContextAlloc(r->seen.context, r->buffer_size));
  }
  SET_VARSIZE(r->buffer, VARHDRSZ + len);
  memcpy(VARDATA(r->buffer), s, len);
  return PointerGetDatum(r->buffer);
}

bool receive_text_row(TupleTableSlot* slot, DestReceiver* self) {
  auto* r = reinterpret_cast<TextRowsReceiver*>(self);
  bool isnull = false;
  Datum d = slot_getattr(slot, 1, &isnull);
  if (isnull || r->wildcard) return true;
  auto* raw = reinterpret_cast<struct varlena*>(DatumGetPointer(d));
  // Ids read from the fact tables' indexes are never toasted; a bound column's value may be.
  bool toasted = VARATT_IS_EXTERNAL(raw) || VARATT_IS_COMPRESSED(raw);
  if (toasted) {
    MemoryContext old = MemoryContextSwitchTo(r->row_context);
    raw = pg_detoast_datum_packed(raw);
    MemoryContextSwitchTo(old);
  }
  const char* s = VARDATA_ANY(raw);
  size_t len = VARSIZE_ANY_EXHDR(raw);
  bool out_null = false;
  if (len == strlen(polar::kWildcard) && memcmp(s, polar::kWildcard, len) == 0) {
    r->wildcard = true;  // every value: the answer is '*' alone
    tuplestore_clear(r->rsinfo->setResult);
    Datum out = output_text(r, s, len);
    tuplestore_putvalues(r->rsinfo->setResult, r->rsinfo->setDesc, &out, &out_null);
  } else if (seen_set_add(&r->seen, s, len)) {
    size_t strip = std::min(r->strip, len);
    Datum out = output_text(r, s + strip, len - strip);
    tuplestore_putvalues(r->rsinfo->setResult, r->rsinfo->setDesc, &out, &out_null);
  }
  if (toasted) MemoryContextReset(r->row_context);
  return true;
}

// Collects the text of the first columns of every row (execute_entry_rows).
struct RowsReceiver {
  DestReceiver pub;  // first: PostgreSQL sees a DestReceiver
  MemoryContext target;
  TextRows rows;
  uint64 capacity;   // rows the cell array has room for
  FmgrInfo* output;  // per column: the output function of a non-text column (fn_oid 0 for text)
};

void rows_startup(DestReceiver* self, int, TupleDesc desc) {
  auto* r = reinterpret_cast<RowsReceiver*>(self);
  r->output = static_cast<FmgrInfo*>(MemoryContextAllocZero(r->target, sizeof(FmgrInfo) * r->rows.ncols));
  for (int k = 0; k < r->rows.ncols && k < desc->natts; k++) {
    Oid type = TupleDescAttr(desc, k)->atttypid;
    if (type == TEXTOID) continue;
    Oid func = InvalidOid;
    bool varlena = false;
    getTypeOutputInfo(type, &func, &varlena);
    fmgr_info_cxt(func, &r->output[k], r->target);
  }
}

bool receive_rows_row(TupleTableSlot* slot, DestReceiver* self) {
  auto* r = reinterpret_cast<RowsReceiver*>(self);
  int ncols = r->rows.ncols;
  MemoryContext old = MemoryContextSwitchTo(r->target);
  if (r->rows.n == r->capacity) {
    r->capacity = r->capacity ? 2 * r->capacity : 8;
    size_t size = sizeof(char*) * r->capacity * ncols;
    r->rows.cells = static_cast<char**>(r->rows.cells ? repalloc_huge(r->rows.cells, size) : palloc(size));
  }
  char** row = r->rows.cells + r->rows.n * ncols;
  for (int k = 0; k < ncols; k++) {
    bool isnull = false;
    Datum d = slot_getattr(slot, k + 1, &isnull);
    row[k] = isnull ? nullptr : r->output[k].fn_oid ? OutputFunctionCall(&r->output[k], d) : TextDatumGetCString(d);
  }
  MemoryContextSwitchTo(old);
  r->rows.n++;
  return true;
}

void receiver_noop_startup(DestReceiver*, int, TupleDesc) {}
void receiver_noop(DestReceiver*) {}

// A receiver with only its row callback and startup of its own.
void init_receiver(DestReceiver* r, bool (*receive)(TupleTableSlot*, DestReceiver*),
                   void (*startup)(DestReceiver*, int, TupleDesc)) {
  r->receiveSlot = receive;
  r->rStartup = startup;
  r->rShutdown = receiver_noop;
  r->rDestroy = receiver_noop;
  r->mydest = DestNone;
}

// Runs the plan read-only with its rows sent to `dest`.
void execute_into_receiver(PlanEntry* entry, ParamListInfo list, DestReceiver* dest) {
  SPIExecuteOptions options;
  memset(&options, 0, sizeof(options));
  options.params = list;
  options.read_only = true;
  options.dest = dest;
  int ret = without_jit([&] { return SPI_execute_plan_extended(entry->plan, &options); });
  // A SELECT into a receiver other than SPI's own reports SPI_OK_UTILITY.
  if (ret != SPI_OK_SELECT && ret != SPI_OK_UTILITY) elog(ERROR, "pg_polar: compiled query failed (SPI code %d)", ret);
}

}  // namespace

void execute_entry(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, long max_rows) {
  ParamListInfo list = entry_params(policy, entry, args);
  int ret = without_jit([&] { return SPI_execute_plan_with_paramlist(entry->plan, list, true, max_rows); });
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: compiled query failed (SPI code %d)", ret);
}

void execute_entry_into(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, ReturnSetInfo* rsinfo,
                        size_t strip) {
  ParamListInfo list = entry_params(policy, entry, args);
  TextRowsReceiver receiver;
  memset(&receiver, 0, sizeof(receiver));
  init_receiver(&receiver.pub, receive_text_row, receiver_noop_startup);
  receiver.rsinfo = rsinfo;
  receiver.strip = strip;
  receiver.row_context = AllocSetContextCreate(CurrentMemoryContext, "pg_polar rows", ALLOCSET_SMALL_SIZES);
  seen_set_init(&receiver.seen,
                AllocSetContextCreate(CurrentMemoryContext, "pg_polar returned values", ALLOCSET_DEFAULT_SIZES));
  execute_into_receiver(entry, list, &receiver.pub);
  MemoryContextDelete(receiver.row_context);
  MemoryContextDelete(receiver.seen.context);
}

TextRows execute_entry_rows(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, int ncols) {
  ParamListInfo list = entry_params(policy, entry, args);
  RowsReceiver receiver;
  memset(&receiver, 0, sizeof(receiver));
  init_receiver(&receiver.pub, receive_rows_row, rows_startup);
  receiver.target = CurrentMemoryContext;
  receiver.rows.ncols = ncols;
  execute_into_receiver(entry, list, &receiver.pub);
  return receiver.rows;
}

void bind_params(LoadedPolicy* policy, PlanEntry* entry, const CallArgs* args, Datum** values_out, char** nulls_out) {
  ensure_prepared(policy, entry);  // plan constants are built with the plan
  param_values(entry->compiled, entry->constants, args, values_out, nulls_out);
}

void execute_unprepared(const polar::CompiledQuery& compiled, const CallArgs* args, long max_rows) {
  Datum* values = nullptr;
  char* nulls = nullptr;
  param_values(compiled, nullptr, args, &values, &nulls);
  int n = static_cast<int>(compiled.params.size());
  Oid* types = static_cast<Oid*>(palloc0(sizeof(Oid) * (n + 1)));
  for (int i = 0; i < n; i++) types[i] = param_type(compiled.params[i]);
  int ret =
      without_jit([&] { return SPI_execute_with_args(compiled.sql.c_str(), n, types, values, nulls, true, max_rows); });
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: compiled query failed (SPI code %d)", ret);
}

Oid param_type(const polar::SqlParam& p) {
  bool is_array = p.kind == polar::SqlParam::Kind::TextArray || p.kind == polar::SqlParam::Kind::ContextColumn ||
                  p.kind == polar::SqlParam::Kind::QueryArgArray;
  return is_array ? TEXTARRAYOID : TEXTOID;
}

Datum constant_param(const polar::SqlParam& p) {
  if (p.kind == polar::SqlParam::Kind::Text)
    return PointerGetDatum(cstring_to_text_with_len(p.text.data(), p.text.size()));
  Datum* items = static_cast<Datum*>(palloc(sizeof(Datum) * (p.array.size() + 1)));
  for (size_t k = 0; k < p.array.size(); k++)
    items[k] = PointerGetDatum(cstring_to_text_with_len(p.array[k].data(), p.array[k].size()));
  return PointerGetDatum(construct_array(items, static_cast<int>(p.array.size()), TEXTOID, -1, false, TYPALIGN_INT));
}

void param_values(const polar::CompiledQuery& compiled, const Datum* constants, const CallArgs* args,
                  Datum** values_out, char** nulls_out) {
  const std::vector<polar::SqlParam>& params = compiled.params;
  int n = static_cast<int>(params.size());
  Datum* values = static_cast<Datum*>(palloc0(sizeof(Datum) * (n + 1)));
  char* nulls = static_cast<char*>(palloc(n + 1));
  memset(nulls, ' ', n + 1);
  for (int i = 0; i < n; i++) {
    const polar::SqlParam& p = params[i];
    switch (p.kind) {
      case polar::SqlParam::Kind::QueryArg:
        values[i] = CStringGetTextDatum(args->encoded[p.index]);
        break;
      case polar::SqlParam::Kind::QueryArgArray:
        values[i] = text_array_datum(args->set_values, args->set_count);
        break;
      case polar::SqlParam::Kind::Now: {
        char buf[40];
        snprintf(buf, sizeof(buf), "Integer:%lld", static_cast<long long>(time(nullptr)));
        values[i] = CStringGetTextDatum(buf);
        break;
      }
      case polar::SqlParam::Kind::Text:
      case polar::SqlParam::Kind::TextArray:
        values[i] = constants ? constants[i] : constant_param(p);
        break;
      case polar::SqlParam::Kind::ContextColumn: {
        ContextFacts* ctx = args->context;
        int count = ctx ? ctx->count[p.arity] : 0;
        char** items = !ctx ? nullptr : p.index < 0 ? ctx->preds[p.arity] : ctx->cols[p.arity][p.index];
        values[i] = text_array_datum(items, count);
        break;
      }
    }
  }
  *values_out = values;
  *nulls_out = nulls;
}

PatternSql to_pattern_sql(const polar::SqlWithParams& s) {
  PatternSql p;
  p.sql = wall_strdup(s.sql);
  p.nparams = static_cast<int>(s.params.size());
  p.params = wall_strdup_all(s.params);
  return p;
}

uint64 run_pattern(const PatternSql& p, bool read_only, long max_rows) {
  Oid* types = static_cast<Oid*>(palloc(sizeof(Oid) * (p.nparams + 1)));
  Datum* values = static_cast<Datum*>(palloc(sizeof(Datum) * (p.nparams + 1)));
  for (int i = 0; i < p.nparams; i++) {
    types[i] = TEXTOID;
    values[i] = CStringGetTextDatum(p.params[i]);
  }
  int ret =
      without_jit([&] { return SPI_execute_with_args(p.sql, p.nparams, types, values, nullptr, read_only, max_rows); });
  if (ret < 0) elog(ERROR, "pg_polar: fact statement failed (SPI code %d)", ret);
  return SPI_processed;
}

void emit_text_table(ReturnSetInfo* rsinfo, char** cells, int rows, int cols, bool empty_is_null) {
  Datum* values = static_cast<Datum*>(palloc(sizeof(Datum) * cols));
  bool* nulls = static_cast<bool*>(palloc(sizeof(bool) * cols));
  for (int i = 0; i < rows; i++) {
    for (int k = 0; k < cols; k++) {
      const char* cell = cells[i * cols + k];
      nulls[k] = empty_is_null && cell[0] == '\0';
      values[k] = CStringGetTextDatum(cell);
    }
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
}

char** wall_strdup_all(const std::vector<std::string>& items) {
  char** out = static_cast<char**>(wall_alloc(sizeof(char*) * (items.size() + 1)));
  for (size_t i = 0; i < items.size(); i++) out[i] = wall_strdup(items[i]);
  return out;
}

char* required_text_arg(FunctionCallInfo fcinfo, int n, const char* name) {
  char* s = text_arg(fcinfo, n);
  if (!s) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("%s must not be NULL", name)));
  return s;
}

}  // namespace pgpolar
