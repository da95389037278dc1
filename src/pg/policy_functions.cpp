// SQL entry points that manage policies: load, validate, activate, metadata.
#include "analysis/analyze.hpp"
#include "bindings.hpp"
#include "caller.hpp"
#include "error_wall.hpp"
#include "filters.hpp"
#include "services/metadata.hpp"
#include "services/policy_diff.hpp"
#include "plan_exec.hpp"
#include "test_runner.hpp"

using namespace pgpolar;

namespace {

// The program being loaded by this backend (between validation and storing).
std::shared_ptr<const polar::ir::Program>* g_loading = nullptr;

struct DiagnosticRow {
  bool error;
  int line;
  int col;
  char* message;
};

// Every diagnostic of `source`, sorted (plain C copies).
DiagnosticRow* diagnose(const char* source, int* count, int* errors) {
  DiagnosticRow* rows = nullptr;
  POLAR_WALL({
    polar::AnalyzeResult r = polar::analyze_policy(source);
    std::vector<polar::Diagnostic> sorted = r.diagnostics.sorted();
    rows = static_cast<DiagnosticRow*>(wall_alloc(sizeof(DiagnosticRow) * (sorted.size() + 1)));
    *count = static_cast<int>(sorted.size());
    *errors = 0;
    for (size_t i = 0; i < sorted.size(); i++) {
      rows[i] = {sorted[i].is_error(), sorted[i].pos.line, sorted[i].pos.col, wall_strdup(sorted[i].message)};
      *errors += sorted[i].is_error();
    }
  });
  return rows;
}

// Rejects an invalid policy with its first error as "file:line:col: message" (nothing is
// stored). Returns the compiled program, kept until the next call.
const polar::ir::Program* check_policy(const char* source, const char* filename) {
  const polar::ir::Program* program = nullptr;
  POLAR_WALL({
    polar::AnalyzeResult r = polar::analyze_policy(source);
    if (!g_loading) g_loading = new std::shared_ptr<const polar::ir::Program>();
    *g_loading = r.program;
    program = r.program.get();
    if (!r.diagnostics.has_errors()) return;
    std::vector<polar::Diagnostic> errors;
    for (const polar::Diagnostic& d : r.diagnostics.sorted())
      if (d.is_error()) errors.push_back(d);
    const polar::Diagnostic& first = errors.front();
    std::string message = (filename ? std::string(filename) + ":" : std::string()) + std::to_string(first.pos.line) +
                          ":" + std::to_string(first.pos.col) + ": " + first.message;
    std::string detail = errors.size() > 1 ? "The policy has " + std::to_string(errors.size()) +
                                                 " errors; polar.validate_policy() lists them all."
                                           : "";
    std::string hint =
        first.hint.empty() ? "Fix the policy and load it again; the active policy is unchanged." : first.hint;
    bool syntax = first.code.size() > 0 && first.code[0] == 'P';
    throw polar::PolarError(syntax ? polar::ErrorKind::PolicySyntax : polar::ErrorKind::PolicyInvalid, message, hint,
                            detail);
  });
  return program;
}

// Rejects the policy when one of its tests fails (call inside SPI).
void require_passing_tests(const polar::ir::Program* program, const char* filename) {
  int count = 0;
  TestOutcome* results = run_policy_tests(program, &count);
  int failed = 0;
  StringInfoData details;
  initStringInfo(&details);
  for (int i = 0; i < count; i++) {
    if (results[i].passed) continue;
    if (failed++) appendStringInfoChar(&details, '\n');
    appendStringInfo(&details, "test \"%s\": %s", results[i].name, results[i].detail);
  }
  if (!failed) return;
  int first = 0;
  while (results[first].passed) first++;
  ereport(ERROR, (errcode(ERRCODE_CHECK_VIOLATION),
                  errmsg("%s%spolicy test \"%s\" failed: %s", filename ? filename : "", filename ? ": " : "",
                         results[first].name, results[first].detail),
                  errdetail("%d of %d tests failed:\n%s", failed, count, details.data),
                  errhint("Fix the policy or its tests; load_policy(..., force => true) stores it anyway. "
                          "The active policy is unchanged.")));
}

int spi_int(int row, int col) {
  bool isnull = false;
  return DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull));
}

void lock_catalog() {
  // Loads and activations are serialised; checks (which only read) are not blocked.
  if (SPI_execute("LOCK TABLE polar.policy_versions IN SHARE ROW EXCLUSIVE MODE", false, 0) != SPI_OK_UTILITY)
    elog(ERROR, "pg_polar: could not lock polar.policy_versions");
}

// A policy change on a hot standby (or in a read-only transaction) fails up front with
// PostgreSQL's read-only error, not with the error of the first write it would attempt.
void refuse_if_read_only(const char* function) {
  if (!XactReadOnly) return;
  ereport(ERROR,
          (errcode(ERRCODE_READ_ONLY_SQL_TRANSACTION), errmsg("cannot execute %s in a read-only transaction", function),
           RecoveryInProgress() ? errhint("This server is a hot standby: change policies on the primary; "
                                          "standbys follow it through replication.")
                                : errhint("Policy changes need a read-write transaction.")));
}

}  // namespace

extern "C" {

PG_FUNCTION_INFO_V1(pg_polar_load_policy);
Datum pg_polar_load_policy(PG_FUNCTION_ARGS) {
  refuse_if_read_only("polar.load_policy()");
  char* source = required_text_arg(fcinfo, 0, "source");
  char* filename = text_arg(fcinfo, 1);
  bool force = PG_NARGS() > 2 && !PG_ARGISNULL(2) && PG_GETARG_BOOL(2);
  OwnerSwitch as_owner = become_function_owner(fcinfo);  // loaded_by records the caller
  const polar::ir::Program* program = check_policy(source, filename);
  SPI_connect();
  if (!force) require_passing_tests(program, filename);
  lock_catalog();
  check_bindings_fit(program);
  Oid types[2] = {TEXTOID, TEXTOID};
  Datum values[2] = {CStringGetTextDatum(source), filename ? CStringGetTextDatum(filename) : (Datum)0};
  char nulls[3] = {' ', filename ? ' ' : 'n', '\0'};
  int ret = SPI_execute_with_args(
      "SELECT version FROM polar.policy_versions "
      "WHERE active AND sha256 = pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to($1, 'UTF8')), 'hex')",
      1, types, values, nulls, false, 1);
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: could not read the policy catalog");
  int version = 0;
  if (SPI_processed > 0) {
    version = spi_int(0, 1);  // the same source is already active: nothing to do
  } else {
    SPI_execute("UPDATE polar.policy_versions SET active = false WHERE active", false, 0);
    Oid insert_types[3] = {TEXTOID, TEXTOID, NAMEOID};
    Datum insert_values[3] = {values[0], values[1],
                              DirectFunctionCall1(namein, CStringGetDatum(GetUserNameFromId(as_owner.caller, false)))};
    char insert_nulls[4] = {' ', nulls[1], ' ', '\0'};
    ret = SPI_execute_with_args(
        "INSERT INTO polar.policy_versions (version, filename, source, sha256, active, loaded_by) "
        "VALUES (pg_catalog.nextval('polar.policy_version_seq'), $2, $1, "
        "pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to($1, 'UTF8')), 'hex'), true, $3) RETURNING version",
        3, insert_types, insert_values, insert_nulls, false, 1);
    if (ret != SPI_OK_INSERT_RETURNING) elog(ERROR, "pg_polar: could not store the policy");
    version = spi_int(0, 1);
    regenerate_filters(install_policy(version, source, true));
    policy_catalog_changed();
  }
  SPI_finish();
  restore_caller(as_owner);
  PG_RETURN_INT32(version);
}

// Runs the tests of `source`, or of the active policy when it is NULL.
PG_FUNCTION_INFO_V1(pg_polar_test_policy);
Datum pg_polar_test_policy(PG_FUNCTION_ARGS) {
  char* source = text_arg(fcinfo, 0);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  const polar::ir::Program* program = source ? check_policy(source, nullptr) : current_policy()->program.get();
  int count = 0;
  TestOutcome* results = run_policy_tests(program, &count);
  for (int i = 0; i < count; i++) {
    Datum values[3] = {CStringGetTextDatum(results[i].name), BoolGetDatum(results[i].passed),
                       CStringGetTextDatum(results[i].detail)};
    bool nulls[3] = {false, false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  SPI_finish();
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(pg_polar_validate_policy);
Datum pg_polar_validate_policy(PG_FUNCTION_ARGS) {
  char* source = required_text_arg(fcinfo, 0, "source");
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  int count = 0, errors = 0;
  DiagnosticRow* rows = diagnose(source, &count, &errors);
  for (int i = 0; i < count; i++) {
    Datum values[4] = {CStringGetTextDatum(rows[i].error ? "error" : "warning"), Int32GetDatum(rows[i].line),
                       Int32GetDatum(rows[i].col), CStringGetTextDatum(rows[i].message)};
    bool nulls[4] = {false, false, false, false};
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
  }
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(pg_polar_activate_policy);
Datum pg_polar_activate_policy(PG_FUNCTION_ARGS) {
  refuse_if_read_only("polar.activate_policy()");
  if (PG_ARGISNULL(0)) ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("version must not be NULL")));
  int version = PG_GETARG_INT32(0);
  SPI_connect();
  lock_catalog();
  Oid types[1] = {INT4OID};
  Datum values[1] = {Int32GetDatum(version)};
  int ret = SPI_execute_with_args("SELECT source FROM polar.policy_versions WHERE version = $1", 1, types, values,
                                  nullptr, false, 1);
  if (ret != SPI_OK_SELECT || SPI_processed == 0)
    ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT), errmsg("policy version %d does not exist", version),
                    errhint("SELECT version, loaded_at FROM polar.policies lists the versions.")));
  char* source = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
  check_bindings_fit(check_policy(source, nullptr));
  // Two statements: the one-active unique index is checked row by row.
  SPI_execute("UPDATE polar.policy_versions SET active = false WHERE active", false, 0);
  SPI_execute_with_args("UPDATE polar.policy_versions SET active = true WHERE version = $1", 1, types, values, nullptr,
                        false, 0);
  regenerate_filters(install_policy(version, source, true));
  policy_catalog_changed();
  SPI_finish();
  PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(pg_polar_policy_metadata);
Datum pg_polar_policy_metadata(PG_FUNCTION_ARGS) {
  MemoryContext caller = CurrentMemoryContext;
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  char* json = nullptr;
  POLAR_WALL({ json = wall_strdup(polar::policy_metadata_json(*policy->program), caller); });
  SPI_finish();
  return DirectFunctionCall1(jsonb_in, CStringGetDatum(json));
}

PG_FUNCTION_INFO_V1(pg_polar_render_value);
Datum pg_polar_render_value(PG_FUNCTION_ARGS) {
  char* encoded = text_to_cstring(PG_GETARG_TEXT_PP(0));
  char* out = nullptr;
  POLAR_WALL({ out = wall_strdup(polar::decode_value(encoded).render()); });
  PG_RETURN_TEXT_P(cstring_to_text(out));
}

// polar.encode_value(text): a value in the text notation as checks store and compare it
// ('PullRequest:42'), raising the error a check raises on a malformed value. Per row in
// checks planned inside a query (inline_checks.cpp).
PG_FUNCTION_INFO_V1(pg_polar_encode_value);
Datum pg_polar_encode_value(PG_FUNCTION_ARGS) {
  text* arg = PG_GETARG_TEXT_PP(0);
  if (polar::encodes_as_itself(std::string_view(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg))))
    PG_RETURN_TEXT_P(arg);  // the usual case, per row: no copy
  char* notation = text_to_cstring(PG_GETARG_TEXT_PP(0));
  char* out = nullptr;
  POLAR_WALL({ out = wall_strdup(polar::parse_value_text(notation).encode()); });
  PG_RETURN_TEXT_P(cstring_to_text(out));
}

// The source of a stored version (inside SPI), or an error naming the version.
static char* version_source(int version) {
  Oid types[1] = {INT4OID};
  Datum values[1] = {Int32GetDatum(version)};
  int ret = SPI_execute_with_args("SELECT source FROM polar.policy_versions WHERE version = $1", 1, types, values,
                                  nullptr, true, 1);
  if (ret != SPI_OK_SELECT || SPI_processed == 0)
    ereport(ERROR, (errcode(ERRCODE_UNDEFINED_OBJECT), errmsg("policy version %d does not exist", version),
                    errhint("SELECT version, loaded_at FROM polar.policies lists the versions.")));
  return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
}

PG_FUNCTION_INFO_V1(pg_polar_policy_diff);
Datum pg_polar_policy_diff(PG_FUNCTION_ARGS) {
  if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
    ereport(ERROR, (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("versions must not be NULL")));
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  char* before = version_source(PG_GETARG_INT32(0));
  char* after = version_source(PG_GETARG_INT32(1));
  int n = 0;
  char** cells = nullptr;  // 4 per change
  POLAR_WALL({
    polar::AnalyzeResult a = polar::analyze_policy(before), b = polar::analyze_policy(after);
    if (!a.program || !b.program)
      throw polar::PolarError(polar::ErrorKind::Internal, "a stored policy does not compile");
    std::vector<polar::PolicyChange> changes = polar::diff_policies(*a.program, *b.program);
    n = static_cast<int>(changes.size());
    std::vector<std::string> flat;
    for (const polar::PolicyChange& c : changes) flat.insert(flat.end(), {c.change, c.kind, c.block, c.name});
    cells = wall_strdup_all(flat);
  });
  emit_text_table(rsinfo, cells, n, 4, false);
  SPI_finish();
  return (Datum)0;
}

PG_FUNCTION_INFO_V1(pg_polar_prune_policies);
Datum pg_polar_prune_policies(PG_FUNCTION_ARGS) {
  refuse_if_read_only("polar.prune_policies()");
  int keep = PG_ARGISNULL(0) ? 10 : PG_GETARG_INT32(0);
  if (keep < 0) ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("keep must not be negative")));
  SPI_connect();
  lock_catalog();
  Oid types[1] = {INT4OID};
  Datum values[1] = {Int32GetDatum(keep)};
  int ret = SPI_execute_with_args(
      "DELETE FROM polar.policy_versions WHERE NOT active AND version NOT IN "
      "(SELECT version FROM polar.policy_versions WHERE NOT active ORDER BY version DESC LIMIT $1)",
      1, types, values, nullptr, false, 0);
  if (ret != SPI_OK_DELETE) elog(ERROR, "pg_polar: could not prune policy versions");
  int deleted = static_cast<int>(SPI_processed);
  SPI_finish();
  PG_RETURN_INT32(deleted);
}

PG_FUNCTION_INFO_V1(pg_polar_policy_terms);
Datum pg_polar_policy_terms(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  LoadedPolicy* policy = current_policy();
  int n = 0;
  char** cells = nullptr;
  POLAR_WALL({
    std::vector<polar::PolicyTerm> terms = polar::policy_terms(*policy->program);
    n = static_cast<int>(terms.size());
    std::vector<std::string> flat;
    for (const polar::PolicyTerm& t : terms) flat.insert(flat.end(), {t.block, t.kind, t.name, t.type});
    cells = wall_strdup_all(flat);
  });
  emit_text_table(rsinfo, cells, n, 4, true);
  SPI_finish();
  return (Datum)0;
}

}  // extern "C"
