#include "stored_predicates.hpp"

#include "inputs.hpp"
#include "policy_state.hpp"

namespace pgpolar {

namespace {

// The distinct predicates of one fact table, one index descent each (a loose index scan).
const char* kReadSql =
    "SELECT arity, pred FROM polar.stored_predicates"
    " UNION SELECT 1, pred FROM (WITH RECURSIVE p(pred) AS (SELECT min(pred) FROM polar.fact_1 UNION ALL"
    "  SELECT (SELECT min(f.pred) FROM polar.fact_1 f WHERE f.pred > p.pred) FROM p WHERE p.pred IS NOT NULL)"
    "  SELECT pred FROM p) s1 WHERE pred IS NOT NULL"
    " UNION SELECT 2, pred FROM (WITH RECURSIVE p(pred) AS (SELECT min(pred) FROM polar.fact_2 UNION ALL"
    "  SELECT (SELECT min(f.pred) FROM polar.fact_2 f WHERE f.pred > p.pred) FROM p WHERE p.pred IS NOT NULL)"
    "  SELECT pred FROM p) s2 WHERE pred IS NOT NULL"
    " UNION SELECT 3, pred FROM (WITH RECURSIVE p(pred) AS (SELECT min(pred) FROM polar.fact_3 UNION ALL"
    "  SELECT (SELECT min(f.pred) FROM polar.fact_3 f WHERE f.pred > p.pred) FROM p WHERE p.pred IS NOT NULL)"
    "  SELECT pred FROM p) s3 WHERE pred IS NOT NULL"
    " UNION SELECT 4, pred FROM (WITH RECURSIVE p(pred) AS (SELECT min(pred) FROM polar.fact_4 UNION ALL"
    "  SELECT (SELECT min(f.pred) FROM polar.fact_4 f WHERE f.pred > p.pred) FROM p WHERE p.pred IS NOT NULL)"
    "  SELECT pred FROM p) s4 WHERE pred IS NOT NULL"
    " UNION SELECT 5, pred FROM (WITH RECURSIVE p(pred) AS (SELECT min(pred) FROM polar.fact_5 UNION ALL"
    "  SELECT (SELECT min(f.pred) FROM polar.fact_5 f WHERE f.pred > p.pred) FROM p WHERE p.pred IS NOT NULL)"
    "  SELECT pred FROM p) s5 WHERE pred IS NOT NULL"
    " ORDER BY 1, 2";

// Predicates of a statement's new rows that the backend does not know as stored (few: a
// statement stores facts of one or two predicates, as a rule).
struct Unlisted {
  int count;
  char* preds[8];
};

}  // namespace

StoredPredicate* read_stored_predicates(int* count, bool after_write) {
  int ret = SPI_execute(kReadSql, !after_write, 0);
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: could not read the stored predicates (SPI code %d)", ret);
  int n = static_cast<int>(SPI_processed);
  StoredPredicate* out = static_cast<StoredPredicate*>(palloc0(sizeof(StoredPredicate) * (n + 1)));
  for (int i = 0; i < n; i++) {
    bool isnull = false;
    out[i].arity = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
    out[i].pred = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
  }
  *count = n;
  return out;
}

void record_stored_predicates(int arity, char* const* preds, int count) {
  Oid types[2] = {INT2OID, TEXTARRAYOID};
  Datum values[2] = {Int16GetDatum(static_cast<int16>(arity)), text_array(preds, count)};
  if (SPI_execute_with_args("INSERT INTO polar.stored_predicates (arity, pred) SELECT DISTINCT $1, p "
                            "FROM pg_catalog.unnest($2) AS p ON CONFLICT DO NOTHING",
                            2, types, values, nullptr, false, 0) != SPI_OK_INSERT)
    elog(ERROR, "pg_polar: could not record stored predicates");
  if (SPI_processed > 0) policy_catalog_changed();
}

bool same_text(const char* cstring, const char* data, int len) {
  return strncmp(cstring, data, len) == 0 && cstring[len] == '\0';
}

bool stored_predicate_listed(const StoredPredicate* known, int count, const char* pred, int len, int arity) {
  for (int i = 0; i < count; i++)
    if (known[i].arity == arity && same_text(known[i].pred, pred, len)) return true;
  return false;
}

}  // namespace pgpolar

using namespace pgpolar;

extern "C" {

// AFTER INSERT / UPDATE ... FOR EACH STATEMENT on polar.fact_<arity>, with the new rows as a
// transition table. Predicates the backend's compiled policy already counts as stored cost a
// comparison per row; any other is recorded, and a new record invalidates every backend's plans.
PG_FUNCTION_INFO_V1(pg_polar_note_stored_predicates);
Datum pg_polar_note_stored_predicates(PG_FUNCTION_ARGS) {
  if (!CALLED_AS_TRIGGER(fcinfo)) elog(ERROR, "pg_polar: note_stored_predicates is a trigger");
  TriggerData* td = reinterpret_cast<TriggerData*>(fcinfo->context);
  if (!td->tg_newtable || td->tg_trigger->tgnargs != 1)
    elog(ERROR, "pg_polar: note_stored_predicates needs the new rows and the table's arity");
  int arity = atoi(td->tg_trigger->tgargs[0]);
  const LoadedPolicy* policy = cached_policy();
  const StoredPredicate* known = policy ? policy->stored_list : nullptr;
  int nknown = policy ? policy->nstored : 0;
  Unlisted unlisted{0, {}};
  bool overflow = false;
  TupleTableSlot* slot = MakeSingleTupleTableSlot(RelationGetDescr(td->tg_relation), &TTSOpsMinimalTuple);
  tuplestore_rescan(td->tg_newtable);
  while (tuplestore_gettupleslot(td->tg_newtable, true, false, slot)) {
    bool isnull = false;
    text* pred = DatumGetTextPP(slot_getattr(slot, 1, &isnull));
    const char* data = VARDATA_ANY(pred);
    int len = VARSIZE_ANY_EXHDR(pred);
    if (stored_predicate_listed(known, nknown, data, len, arity)) continue;
    bool seen = false;
    for (int i = 0; i < unlisted.count && !seen; i++) seen = same_text(unlisted.preds[i], data, len);
    if (seen) continue;
    if (unlisted.count == lengthof(unlisted.preds)) {
      overflow = true;  // many new predicates in one statement: record them all with one query
      break;
    }
    unlisted.preds[unlisted.count++] = text_to_cstring(pred);
  }
  ExecDropSingleTupleTableSlot(slot);
  if (unlisted.count == 0) return PointerGetDatum(nullptr);

  SPI_connect();
  if (overflow) {
    SPI_register_trigger_data(td);  // the new rows as the relation "new_facts"
    Oid types[1] = {INT2OID};
    Datum values[1] = {Int16GetDatum(static_cast<int16>(arity))};
    if (SPI_execute_with_args("INSERT INTO polar.stored_predicates (arity, pred) SELECT DISTINCT $1, pred "
                              "FROM new_facts ON CONFLICT DO NOTHING",
                              1, types, values, nullptr, false, 0) != SPI_OK_INSERT)
      elog(ERROR, "pg_polar: could not record stored predicates");
    if (SPI_processed > 0) policy_catalog_changed();
  } else {
    record_stored_predicates(arity, unlisted.preds, unlisted.count);
  }
  SPI_finish();
  return PointerGetDatum(nullptr);
}

}  // extern "C"
