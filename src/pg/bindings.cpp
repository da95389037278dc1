#include "bindings.hpp"

#include "binding_guard.hpp"
#include "error_wall.hpp"
#include "filters.hpp"
#include "inputs.hpp"
#include "plan_exec.hpp"
#include "policy_state.hpp"

namespace pgpolar {

namespace {

// Error context for a binding's query: PostgreSQL's own message, then which binding it was.
void binding_context(void* arg) { errcontext("while checking the query of binding %s", static_cast<const char*>(arg)); }

// The query without trailing semicolons and spaces (it is used as a subquery).
char* clean_query(const char* query) {
  char* q = pstrdup(query);
  size_t n = strlen(q);
  while (n > 0 && (q[n - 1] == ';' || q[n - 1] == ' ' || q[n - 1] == '\n' || q[n - 1] == '\t' || q[n - 1] == '\r'))
    q[--n] = '\0';
  return q;
}

// The result column types of a binding query, checked by running it with LIMIT 0. May ereport.
char** query_column_types(const char* signature, const char* query, int* ncolumns) {
  ErrorContextCallback callback;
  callback.callback = binding_context;
  callback.arg = const_cast<char*>(signature);
  callback.previous = error_context_stack;
  error_context_stack = &callback;
  char* probe = psprintf("SELECT * FROM (%s) AS polar_binding_query LIMIT 0", query);
  int ret = SPI_execute(probe, true, 0);
  error_context_stack = callback.previous;
  if (ret != SPI_OK_SELECT)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("binding query must be a SELECT"),
                    errcontext("while checking the query of binding %s", signature)));
  TupleDesc desc = SPI_tuptable->tupdesc;
  *ncolumns = desc->natts;
  char** types = static_cast<char**>(palloc0(sizeof(char*) * (desc->natts + 1)));
  for (int i = 0; i < desc->natts; i++) types[i] = SPI_gettype(desc, i + 1);
  return types;
}

}  // namespace

BindingRow* read_binding_rows(int* count, bool after_write) {
  int ret = SPI_execute(
      "SELECT b.id, b.signature, b.query, b.column_types, b.view_name, "
      "pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), "
      "(SELECT pg_catalog.array_agg(pg_catalog.quote_ident(x) ORDER BY o) FROM pg_catalog.unnest(b.base_columns) "
      "WITH ORDINALITY AS u(x, o)) "
      "FROM polar.binding_defs b LEFT JOIN pg_catalog.pg_class c ON c.oid = b.base_table "
      "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace ORDER BY b.id",
      !after_write, 0);
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: could not read polar.binding_defs");
  int n = static_cast<int>(SPI_processed);
  BindingRow* rows = static_cast<BindingRow*>(palloc0(sizeof(BindingRow) * (n + 1)));
  for (int i = 0; i < n; i++) {
    HeapTuple tup = SPI_tuptable->vals[i];
    TupleDesc desc = SPI_tuptable->tupdesc;
    bool isnull = false;
    rows[i].id = DatumGetInt32(SPI_getbinval(tup, desc, 1, &isnull));
    rows[i].signature = SPI_getvalue(tup, desc, 2);
    rows[i].query = SPI_getvalue(tup, desc, 3);
    rows[i].column_types = read_text_array(DatumGetArrayTypeP(SPI_getbinval(tup, desc, 4, &isnull)), &rows[i].ncolumns);
    rows[i].view_name = SPI_getvalue(tup, desc, 5);
    rows[i].base_table = SPI_getvalue(tup, desc, 6);
    Datum columns = SPI_getbinval(tup, desc, 7, &isnull);
    int ncolumns = 0;
    rows[i].base_columns = isnull ? nullptr : read_text_array(DatumGetArrayTypeP(columns), &ncolumns);
  }
  *count = n;
  return rows;
}

std::vector<polar::Binding> to_core_bindings(const BindingRow* rows, int count) {
  std::vector<polar::Binding> out;
  for (int i = 0; i < count; i++) {
    polar::Binding b = polar::parse_binding_signature(rows[i].signature);
    b.id = rows[i].id;
    b.query = rows[i].query;
    b.view = "\"polar_bindings\".\"" + std::string(rows[i].view_name) + "\"";
    if (rows[i].base_table && rows[i].base_columns) {
      b.base_table = rows[i].base_table;
      for (int c = 0; c < rows[i].ncolumns; c++) b.base_columns.push_back(rows[i].base_columns[c]);
    }
    for (polar::BindingPosition& p : b.positions)
      if (!p.constant && p.column < rows[i].ncolumns)
        polar::set_column_type(p, rows[i].column_types[p.column], p.column + 1);
    out.push_back(std::move(b));
  }
  return out;
}

void check_bindings_fit(const polar::ir::Program* program) {
  int n = 0;
  BindingRow* rows = read_binding_rows(&n);
  POLAR_WALL({
    for (const polar::Binding& b : to_core_bindings(rows, n)) {
      try {
        polar::check_binding(*program, b);
      } catch (const polar::PolarError& e) {
        throw polar::PolarError(e.kind(), e.what(),
                                "Binding " + std::to_string(b.id) +
                                    " would no longer fit: remove it with polar.unbind(" + std::to_string(b.id) +
                                    ") first, or keep the predicate in the policy.");
      }
    }
  });
}

}  // namespace pgpolar

using namespace pgpolar;

extern "C" {

// When a binding's view only projects columns of one table (no WHERE, no joins, no
// expressions): that table and the column behind each view column (name[]). (Datum)0 otherwise.
static Datum plain_projection(const char* view_name, int ncolumns, Oid* table) {
  *table = InvalidOid;
  Oid ns = get_namespace_oid("polar_bindings", false);
  Relation view = table_open(get_relname_relid(view_name, ns), AccessShareLock);
  Query* q = get_view_query(view);
  Datum result = (Datum)0;
  bool plain = q->setOperations == nullptr && !q->hasAggs && !q->hasWindowFuncs && !q->hasTargetSRFs &&
               !q->hasSubLinks && q->groupClause == NIL && q->distinctClause == NIL && q->limitCount == nullptr &&
               q->limitOffset == nullptr && q->havingQual == nullptr && q->cteList == NIL &&
               q->jointree->quals == nullptr && list_length(q->jointree->fromlist) == 1 &&
               IsA(linitial(q->jointree->fromlist), RangeTblRef);
  if (plain) {
    int rtindex = castNode(RangeTblRef, linitial(q->jointree->fromlist))->rtindex;
    RangeTblEntry* rte = rt_fetch(rtindex, q->rtable);
    plain =
        rte->rtekind == RTE_RELATION && (rte->relkind == RELKIND_RELATION || rte->relkind == RELKIND_PARTITIONED_TABLE);
    Datum* names = static_cast<Datum*>(palloc0(sizeof(Datum) * (ncolumns + 1)));
    int n = 0;
    ListCell* lc;
    foreach (lc, q->targetList) {
      TargetEntry* te = lfirst_node(TargetEntry, lc);
      if (te->resjunk) continue;
      Var* var = IsA(te->expr, Var) ? reinterpret_cast<Var*>(te->expr) : nullptr;
      if (!plain || !var || var->varno != rtindex || var->varlevelsup != 0 || var->varattno <= 0 || n >= ncolumns) {
        plain = false;
        break;
      }
      names[n++] = DirectFunctionCall1(namein, CStringGetDatum(get_attname(rte->relid, var->varattno, false)));
    }
    if (plain && n == ncolumns) {
      *table = rte->relid;
      result = PointerGetDatum(construct_array(names, n, NAMEOID, NAMEDATALEN, false, TYPALIGN_CHAR));
    }
  }
  table_close(view, AccessShareLock);
  return result;
}

// Sets search_path for the rest of this function call (the caller's, while reading its query).
static void set_search_path(const char* path) {
  Oid types[1] = {TEXTOID};
  Datum values[1] = {CStringGetTextDatum(path)};
  if (SPI_execute_with_args("SELECT pg_catalog.set_config('search_path', $1, true)", 1, types, values, nullptr, false,
                            1) != SPI_OK_SELECT)
    elog(ERROR, "pg_polar: could not set search_path");
}

PG_FUNCTION_INFO_V1(pg_polar_bind);
Datum pg_polar_bind(PG_FUNCTION_ARGS) {
  char* signature = required_text_arg(fcinfo, 0, "signature");
  char* query = clean_query(required_text_arg(fcinfo, 1, "query"));
  char* caller_path = text_arg(fcinfo, 2);
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  require_binding_rights(as_owner, "create");
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  int ncolumns_wanted = 0;
  char* predicate = nullptr;
  POLAR_WALL({
    polar::Binding b = polar::parse_binding_signature(signature);
    predicate = wall_strdup(b.predicate);
    for (const polar::BindingPosition& p : b.positions) ncolumns_wanted += !p.constant;
  });
  // Names in the query resolve with the binder's search_path, once: the view keeps the result.
  set_search_path(caller_path ? caller_path : "");
  int ncolumns = 0;
  char** types = query_column_types(signature, query, &ncolumns);
  if (ncolumns != ncolumns_wanted)
    ereport(ERROR, (errcode(ERRCODE_DATATYPE_MISMATCH),
                    errmsg("binding query returns %d column%s; %s needs %d, one per _ in order", ncolumns,
                           ncolumns == 1 ? "" : "s", signature, ncolumns_wanted),
                    errhint("Constants in the signature (like String:organization) are not returned by the query.")));
  BindingRow row{0, signature, query, const_cast<char*>("unused"), ncolumns, types};
  POLAR_WALL({
    std::vector<polar::Binding> b = to_core_bindings(&row, 1);
    polar::check_binding(*policy->program, b[0]);
  });
  if (SPI_execute("SELECT pg_catalog.nextval('polar.binding_defs_id_seq')", false, 1) != SPI_OK_SELECT)
    elog(ERROR, "pg_polar: could not number the binding");
  bool isnull = false;
  int id = static_cast<int>(DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)));
  char* view_name = psprintf("binding_%d", id);
  StringInfoData ddl;
  initStringInfo(&ddl);
  appendStringInfo(&ddl, "CREATE VIEW polar_bindings.%s (", quote_identifier(view_name));
  for (int i = 0; i < ncolumns; i++) appendStringInfo(&ddl, "%sc%d", i ? ", " : "", i);
  appendStringInfo(&ddl, ") AS %s", query);
  if (SPI_execute(ddl.data, false, 0) != SPI_OK_UTILITY) elog(ERROR, "pg_polar: could not create the binding's view");
  set_search_path("pg_catalog, pg_temp");
  Oid base_table = InvalidOid;
  Datum base_columns = plain_projection(view_name, ncolumns, &base_table);

  Oid argtypes[9] = {INT4OID, TEXTOID, TEXTOID, TEXTOID, TEXTARRAYOID, NAMEOID, OIDOID, NAMEARRAYOID, NAMEOID};
  Datum values[9] = {Int32GetDatum(id),
                     CStringGetTextDatum(predicate),
                     CStringGetTextDatum(signature),
                     CStringGetTextDatum(query),
                     text_array(types, ncolumns),
                     DirectFunctionCall1(namein, CStringGetDatum(view_name)),
                     ObjectIdGetDatum(base_table),
                     base_columns,
                     DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(as_owner.caller, false)))};
  char nulls[10] = {
      ' ', ' ', ' ', ' ', ' ', ' ', OidIsValid(base_table) ? ' ' : 'n', OidIsValid(base_table) ? ' ' : 'n', ' ', '\0'};
  int ret = SPI_execute_with_args(
      "INSERT INTO polar.binding_defs (id, predicate, signature, query, column_types, view_name, base_table, "
      "base_columns, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      9, argtypes, values, nulls, false, 0);
  if (ret != SPI_OK_INSERT) elog(ERROR, "pg_polar: could not store the binding");
  regenerate_filters(policy);
  policy_catalog_changed();  // every backend recompiles its plans with the binding
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_INT32(id);
}

// Deletes bindings (and their views) chosen by `where` with one parameter; returns how many.
static int remove_bindings(const char* where, Oid type, Datum value) {
  Oid types[1] = {type};
  Datum values[1] = {value};
  char* sql = psprintf("DELETE FROM polar.binding_defs WHERE %s RETURNING view_name", where);
  if (SPI_execute_with_args(sql, 1, types, values, nullptr, false, 0) != SPI_OK_DELETE_RETURNING)
    elog(ERROR, "pg_polar: could not remove bindings");
  int n = static_cast<int>(SPI_processed);
  char** views = static_cast<char**>(palloc0(sizeof(char*) * (n + 1)));
  for (int i = 0; i < n; i++) views[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
  if (n == 0) return 0;
  regenerate_filters(current_policy());  // first: filter views may read the binding views
  for (int i = 0; i < n; i++)
    SPI_execute(psprintf("DROP VIEW IF EXISTS polar_bindings.%s", quote_identifier(views[i])), false, 0);
  policy_catalog_changed();
  return n;
}

PG_FUNCTION_INFO_V1(pg_polar_unbind_id);
Datum pg_polar_unbind_id(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  require_binding_rights(as_owner, "remove");
  SPI_connect();
  int removed = remove_bindings("id = $1", INT4OID, PG_GETARG_DATUM(0));
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_BOOL(removed > 0);
}

PG_FUNCTION_INFO_V1(pg_polar_unbind_signature);
Datum pg_polar_unbind_signature(PG_FUNCTION_ARGS) {
  char* signature = required_text_arg(fcinfo, 0, "signature");
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  require_binding_rights(as_owner, "remove");
  SPI_connect();
  int removed = remove_bindings("signature = $1", TEXTOID, CStringGetTextDatum(signature));
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_INT32(removed);
}

}  // extern "C"
