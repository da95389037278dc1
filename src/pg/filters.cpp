#include "filters.hpp"

#include "bindings.hpp"
#include "caller.hpp"
#include "sql/compiler.hpp"
#include "error_wall.hpp"
#include "plan_exec.hpp"
#include "policy_state.hpp"

namespace pgpolar {

namespace {

struct FilterRow {
  char* name;
  char* table;  // quoted, schema-qualified
  char* relname;
  char* key_column;
  char* key_type;  // pg_type.typname
  char* resource_type;
  char* action;
  char* rls_command;  // NULL without row-level security
  int rls_parts;
  Oid table_oid;
};

const char* kFilterRows =
    "SELECT f.name, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname), c.relname, "
    "f.key_column, t.typname, f.resource_type, f.action, f.rls_command, f.rls_parts, f.table_oid::pg_catalog.oid "
    "FROM polar.filter_defs f JOIN pg_catalog.pg_class c ON c.oid = f.table_oid "
    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = f.key_column "
    "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid";

FilterRow* read_filters(const char* where, Oid type, Datum value, int* count) {
  char* sql = where ? psprintf("%s WHERE %s", kFilterRows, where) : pstrdup(kFilterRows);
  Oid types[1] = {type};
  Datum values[1] = {value};
  // Not read-only: the caller may just have written the row (read-only SPI would not see it).
  int ret = where ? SPI_execute_with_args(sql, 1, types, values, nullptr, false, 0) : SPI_execute(sql, false, 0);
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: could not read polar.filter_defs");
  int n = static_cast<int>(SPI_processed);
  FilterRow* rows = static_cast<FilterRow*>(palloc0(sizeof(FilterRow) * (n + 1)));
  for (int i = 0; i < n; i++) {
    HeapTuple t = SPI_tuptable->vals[i];
    TupleDesc d = SPI_tuptable->tupdesc;
    bool isnull = false;
    rows[i] = {SPI_getvalue(t, d, 1),
               SPI_getvalue(t, d, 2),
               SPI_getvalue(t, d, 3),
               SPI_getvalue(t, d, 4),
               SPI_getvalue(t, d, 5),
               SPI_getvalue(t, d, 6),
               SPI_getvalue(t, d, 7),
               SPI_getvalue(t, d, 8),
               DatumGetInt32(SPI_getbinval(t, d, 9, &isnull)),
               DatumGetObjectId(SPI_getbinval(t, d, 10, &isnull))};
  }
  *count = n;
  return rows;
}

void run_ddl(const char* sql) {
  if (SPI_execute(sql, false, 0) != SPI_OK_UTILITY) elog(ERROR, "pg_polar: could not run: %s", sql);
}

char* part_view(const FilterRow& f, int i) {
  return psprintf("polar_filters.%s", quote_identifier(psprintf("%s_p%d", f.name, i)));
}

char* policy_name(const FilterRow& f) { return psprintf("polar_%s", f.name); }

// The check of a key whose text is the entity's id, or null for other key types. A text key is
// NULL when empty ('Type:' is no entity; a NULL resource never grants).
const char* id_text(const FilterRow& f, const char* key) {
  static const char* const kIdTypes[] = {"int2", "int4", "int8", "uuid"};
  for (const char* t : kIdTypes)
    if (!strcmp(f.key_type, t)) return key;
  if (!strcmp(f.key_type, "text") || !strcmp(f.key_type, "varchar")) return psprintf("NULLIF(%s, '')", key);
  return nullptr;
}

// Does the hook plan polar.filter_authorize of (type, action) inside the query (the conditions
// of probe_for in inline_checks.cpp)? Then, unless the compiled filter reads the row's own
// columns (a binding of the table itself: no self-join, no per-row probe), the view and the
// policy call it; else they are the compiled filter, which reads the facts as sets (a per-row C
// function call would be slow).
bool probe_compiles(LoadedPolicy* policy, const FilterRow& f, const BindingRow* bindings, int nbindings) {
  bool compiles = false;
  POLAR_WALL({
    compiles = polar::compile_probe(*policy->program, f.resource_type, polar::parse_value_text(f.action),
                                    to_core_bindings(bindings, nbindings), &policy->stored)
                   .has_value();
  });
  return compiles;
}

// polar.filter_authorize(tbl, 'action', 'Type:' || key), every part a quoted constant.
char* filter_check(const FilterRow& f, const char* table_oid, const char* key) {
  return psprintf("polar.filter_authorize(%s, %s, %s OPERATOR(pg_catalog.||) %s)", table_oid,
                  quote_literal_cstr(f.action), quote_literal_cstr(psprintf("%s:", f.resource_type)), key);
}

void set_rls_parts(const FilterRow& f, int nparts) {
  Oid types[2] = {INT4OID, NAMEOID};
  Datum values[2] = {Int32GetDatum(nparts), DirectFunctionCall1(namein, CStringGetDatum(f.name))};
  SPI_execute_with_args("UPDATE polar.filter_defs SET rls_parts = $1 WHERE name = $2", 2, types, values, nullptr, false,
                        0);
}

// The filter's view, and with row-level security its policy (which reads per-part views owned by
// the extension: a policy runs with the querying role's privileges, the fact tables are private).
void create_view(LoadedPolicy* policy, const FilterRow& f, const BindingRow* bindings, int nbindings) {
  const polar::ir::Program* program = policy->program.get();
  char* view_sql = nullptr;
  char* policy_sql = nullptr;
  char** part_sql = nullptr;
  int nparts = 0;
  bool own_columns = false;  // a part reads a column of the row other than its key (a binding of the table)
  POLAR_WALL({
    polar::FilterSpec spec;
    spec.resource_type = f.resource_type;
    spec.action = polar::parse_value_text(f.action);
    spec.table = f.table;
    spec.key_column = quote_identifier(f.key_column);
    spec.key.type = f.resource_type;
    polar::set_column_type(spec.key, f.key_type, 1);
    spec.actor = "pg_catalog.current_setting('polar.actor', true)";
    spec.outer = "\"k\"";
    std::vector<polar::FilterPart> parts = polar::compile_filter(*program, spec, to_core_bindings(bindings, nbindings));
    std::string predicate = polar::filter_predicate(parts, [&](size_t i) { return parts[i].select; });
    // The views are the extension owner's and readable by every role: they answer only roles that
    // may read the table themselves (a one-time filter, checked as the querying role). The table
    // is named as a regclass, not a bare oid: the view then depends on it and a dump restores it
    // by name (a bare oid would point at no table, or another one, in the restored database).
    std::string table_oid = "'" + std::to_string(f.table_oid) + "'::pg_catalog.regclass";  // a regclass constant
    std::string gate = "pg_catalog.has_table_privilege(" + table_oid + ", 'SELECT, UPDATE, DELETE')";
    view_sql =
        wall_strdup("SELECT " + spec.outer + "." + spec.key_column + " FROM " + spec.table + " AS " + spec.outer +
                    " WHERE pg_catalog.has_table_privilege(" + table_oid + ", 'SELECT') AND (" + predicate + ")");
    nparts = static_cast<int>(parts.size());
    for (const polar::FilterPart& part : parts)
      for (const std::string& c : part.columns) own_columns = own_columns || c != spec.outer + "." + spec.key_column;
    if (f.rls_command && nparts < 64) {
      std::vector<std::string> selects;
      for (size_t i = 0; i < parts.size(); i++) {
        selects.push_back("SELECT * FROM (" + parts[i].select + ") AS \"part\" WHERE " + gate);
        // The policy qualifies the row's columns with the table's own name.
        for (std::string& c : parts[i].columns) c = quote_identifier(f.relname) + c.substr(spec.outer.size());
      }
      part_sql = wall_strdup_all(selects);
      std::string rls = polar::filter_predicate(parts, [&](size_t i) {
        return "SELECT * FROM polar_filters." +
               std::string(quote_identifier((std::string(f.name) + "_p" + std::to_string(i)).c_str()));
      });
      policy_sql = wall_strdup(rls);
    }
  });
  char* table_oid = psprintf("'%u'::pg_catalog.regclass", f.table_oid);  // a regclass constant, as below
  const char* qualified_key = id_text(f, psprintf("\"k\".%s", quote_identifier(f.key_column)));
  if (!own_columns && qualified_key && probe_compiles(policy, f, bindings, nbindings)) {
    run_ddl(
        psprintf("CREATE OR REPLACE VIEW polar_filters.%s (id) AS SELECT \"k\".%s FROM %s AS \"k\" WHERE "
                 "pg_catalog.has_table_privilege(%s, 'SELECT') AND %s",
                 quote_identifier(f.name), quote_identifier(f.key_column), f.table, table_oid,
                 filter_check(f, table_oid, qualified_key)));
    run_ddl(psprintf("GRANT SELECT ON polar_filters.%s TO PUBLIC", quote_identifier(f.name)));
    if (!f.rls_command) return;
    run_ddl(psprintf("DROP POLICY IF EXISTS %s ON %s", quote_identifier(policy_name(f)), f.table));
    for (int i = 0; i < f.rls_parts; i++) run_ddl(psprintf("DROP VIEW IF EXISTS %s", part_view(f, i)));
    run_ddl(psprintf("ALTER TABLE %s ENABLE ROW LEVEL SECURITY", f.table));
    run_ddl(psprintf("CREATE POLICY %s ON %s FOR %s USING (%s)", quote_identifier(policy_name(f)), f.table,
                     f.rls_command, filter_check(f, table_oid, id_text(f, quote_identifier(f.key_column)))));
    set_rls_parts(f, 0);
    return;
  }
  run_ddl(psprintf("CREATE OR REPLACE VIEW polar_filters.%s (id) AS %s", quote_identifier(f.name), view_sql));
  run_ddl(psprintf("GRANT SELECT ON polar_filters.%s TO PUBLIC", quote_identifier(f.name)));
  if (!f.rls_command) return;
  if (nparts >= 64) elog(ERROR, "pg_polar: row-level security for %s needs too many subqueries", f.relname);
  char* table = f.table;
  run_ddl(psprintf("DROP POLICY IF EXISTS %s ON %s", quote_identifier(policy_name(f)), table));
  for (int i = 0; i < f.rls_parts; i++) run_ddl(psprintf("DROP VIEW IF EXISTS %s", part_view(f, i)));
  for (int i = 0; i < nparts; i++) {
    run_ddl(psprintf("CREATE VIEW %s AS %s", part_view(f, i), part_sql[i]));
    run_ddl(psprintf("GRANT SELECT ON %s TO PUBLIC", part_view(f, i)));
  }
  run_ddl(psprintf("ALTER TABLE %s ENABLE ROW LEVEL SECURITY", table));
  run_ddl(psprintf("CREATE POLICY %s ON %s FOR %s USING %s", quote_identifier(policy_name(f)), table, f.rls_command,
                   policy_sql));
  set_rls_parts(f, nparts);
}

void check_resource_type(const char* type) {
  bool ok = false;
  POLAR_WALL({ ok = polar::is_identifier(type); });
  if (!ok)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid resource type \"%s\"", type),
                    errhint("Pass a type name such as 'Repository'.")));
}

// A filter changes what its table shows, so only the table's owner may define or drop it.
void require_table_owner(Oid table, Oid caller, const char* what) {
  if (pg_class_ownercheck(table, caller)) return;
  ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                  errmsg("permission denied to %s a filter on table %s: role \"%s\" does not own it", what,
                         get_rel_name(table), GetUserNameFromId(caller, false)),
                  errhint("Only the owner of a table (or a superuser) may filter it with polar.create_filter, "
                          "polar.enable_rls or polar.drop_filter.")));
}

// Stores a filter definition and creates its view (and policy).
void define_filter(const char* name, Oid table, const char* key_column, const char* resource_type, const char* action,
                   const char* rls_command, Oid caller) {
  check_resource_type(resource_type);
  require_table_owner(table, caller, "create");
  int existing = 0;
  Datum name_datum = DirectFunctionCall1(namein, CStringGetDatum(name));
  FilterRow* same_name = read_filters("f.name = $1", NAMEOID, name_datum, &existing);
  if (existing == 1) require_table_owner(same_name[0].table_oid, caller, "replace");
  Oid types[7] = {NAMEOID, OIDOID, NAMEOID, TEXTOID, TEXTOID, TEXTOID, NAMEOID};
  Datum values[7] = {DirectFunctionCall1(namein, CStringGetDatum(name)),
                     ObjectIdGetDatum(table),
                     DirectFunctionCall1(namein, CStringGetDatum(key_column)),
                     CStringGetTextDatum(resource_type),
                     CStringGetTextDatum(action),
                     rls_command ? CStringGetTextDatum(rls_command) : (Datum)0,
                     DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(caller, false)))};
  char nulls[8] = {' ', ' ', ' ', ' ', ' ', rls_command ? ' ' : 'n', ' ', '\0'};
  int ret = SPI_execute_with_args(
      "INSERT INTO polar.filter_defs (name, table_oid, key_column, resource_type, action, rls_command, created_by) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (name) DO UPDATE SET table_oid = $2, key_column = $3, "
      "resource_type = $4, action = $5, rls_command = $6, created_by = $7",
      7, types, values, nulls, false, 0);
  if (ret != SPI_OK_INSERT) elog(ERROR, "pg_polar: could not store the filter");
  int n = 0;
  FilterRow* rows = read_filters("f.name = $1", NAMEOID, values[0], &n);
  if (n != 1)
    ereport(ERROR, (errcode(ERRCODE_UNDEFINED_COLUMN),
                    errmsg("column \"%s\" does not exist in table %s", key_column, get_rel_name(table)),
                    errhint("Pass the name of the table's key column, e.g. 'id'.")));
  int nbindings = 0;
  BindingRow* bindings = read_binding_rows(&nbindings, true);
  create_view(current_policy(), rows[0], bindings, nbindings);
}

}  // namespace

void regenerate_filters(LoadedPolicy* policy) {
  int n = 0, nbindings = 0;
  FilterRow* rows = read_filters(nullptr, InvalidOid, (Datum)0, &n);
  BindingRow* bindings = read_binding_rows(&nbindings, true);
  for (int i = 0; i < n; i++) create_view(policy, rows[i], bindings, nbindings);
}

}  // namespace pgpolar

using namespace pgpolar;

extern "C" {

PG_FUNCTION_INFO_V1(pg_polar_create_filter);
Datum pg_polar_create_filter(PG_FUNCTION_ARGS) {
  for (int i = 0; i < 5; i++)
    if (PG_ARGISNULL(i))
      ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("arguments must not be NULL")));
  char* name = NameStr(*PG_GETARG_NAME(0));
  Oid table = PG_GETARG_OID(1);
  char* key = NameStr(*PG_GETARG_NAME(2));
  char* type = text_to_cstring(PG_GETARG_TEXT_PP(3));
  char* action = text_to_cstring(PG_GETARG_TEXT_PP(4));
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  SPI_connect();
  define_filter(name, table, key, type, action, nullptr, as_owner.caller);
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_TEXT_P(cstring_to_text(psprintf("polar_filters.%s", quote_identifier(name))));
}

PG_FUNCTION_INFO_V1(pg_polar_drop_filter);
Datum pg_polar_drop_filter(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0)) PG_RETURN_BOOL(false);
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  SPI_connect();
  int n = 0;
  FilterRow* rows = read_filters("f.name = $1", NAMEOID, PG_GETARG_DATUM(0), &n);
  for (int i = 0; i < n; i++) require_table_owner(rows[i].table_oid, as_owner.caller, "drop");
  for (int i = 0; i < n; i++) {
    if (rows[i].rls_command)
      run_ddl(psprintf("DROP POLICY IF EXISTS %s ON %s", quote_identifier(policy_name(rows[i])), rows[i].table));
    for (int p = 0; p < rows[i].rls_parts; p++) run_ddl(psprintf("DROP VIEW IF EXISTS %s", part_view(rows[i], p)));
    run_ddl(psprintf("DROP VIEW IF EXISTS polar_filters.%s", quote_identifier(rows[i].name)));
  }
  Oid types[1] = {NAMEOID};
  Datum values[1] = {PG_GETARG_DATUM(0)};
  SPI_execute_with_args("DELETE FROM polar.filter_defs WHERE name = $1", 1, types, values, nullptr, false, 0);
  bool removed = SPI_processed > 0;
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_BOOL(removed);
}

PG_FUNCTION_INFO_V1(pg_polar_enable_rls);
Datum pg_polar_enable_rls(PG_FUNCTION_ARGS) {
  for (int i = 0; i < 5; i++)
    if (PG_ARGISNULL(i))
      ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("arguments must not be NULL")));
  Oid table = PG_GETARG_OID(0);
  char* key = NameStr(*PG_GETARG_NAME(1));
  char* type = text_to_cstring(PG_GETARG_TEXT_PP(2));
  char* action = text_to_cstring(PG_GETARG_TEXT_PP(3));
  char* command = text_to_cstring(PG_GETARG_TEXT_PP(4));
  for (char* c = command; *c; c++) *c = static_cast<char>(pg_toupper(static_cast<unsigned char>(*c)));
  if (strcmp(command, "SELECT") && strcmp(command, "UPDATE") && strcmp(command, "DELETE") && strcmp(command, "ALL"))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid command \"%s\"", command),
                    errhint("Use SELECT, UPDATE, DELETE or ALL.")));
  char* filter = psprintf("%s_%s_%s", get_rel_name(table), action, command);
  for (char* c = filter; *c; c++)
    *c = isalnum(static_cast<unsigned char>(*c)) ? static_cast<char>(pg_tolower(static_cast<unsigned char>(*c))) : '_';
  OwnerSwitch as_owner = become_function_owner(fcinfo);
  SPI_connect();
  define_filter(filter, table, key, type, action, command, as_owner.caller);
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_TEXT_P(cstring_to_text(psprintf("polar_%s", filter)));
}

}  // extern "C"
