// The checks filter views and row-level-security policies call as the querying role
// (filters.cpp writes them; inline_checks.cpp plans filter_authorize inside the query):
// polar.authorize and polar.list of the acting actor (polar.actor), behind a gate that limits
// them to what the filters already show. Every role may execute them, as every role may read
// the filter views: a role that may read, update or delete tbl learns only what a filter on tbl
// shows it, the check of a (type, action) some filter of tbl is defined with.
#include "caller.hpp"
#include "inputs.hpp"
#include "pg.hpp"

extern "C" {
#include "utils/acl.h"
#include "utils/guc.h"

Datum pg_polar_authorize(PG_FUNCTION_ARGS);
Datum pg_polar_list(PG_FUNCTION_ARGS);
}

namespace {

// The gate's last answer for this call site (its arguments are constants where filters write it).
struct GateCache {
  bool valid;
  bool allowed;
  Oid table;
  char* action;
  char* type;
};

// Is there a filter of `table` checking `action` on `type`, and may the caller (the current
// user, before any switch) read, update or delete `table`? Asked once per call site and query.
bool gate_allows(FunctionCallInfo fcinfo, Oid table, const char* action, const char* type) {
  GateCache* cache = static_cast<GateCache*>(fcinfo->flinfo->fn_extra);
  if (cache && cache->valid && cache->table == table && !strcmp(cache->action, action) && !strcmp(cache->type, type))
    return cache->allowed;
  bool missing = false;
  bool allowed =
      pg_class_aclcheck_ext(table, GetUserId(), ACL_SELECT | ACL_UPDATE | ACL_DELETE, &missing) == ACLCHECK_OK &&
      !missing;
  if (allowed) {
    pgpolar::OwnerSwitch as_owner = pgpolar::become_function_owner(fcinfo);  // polar.filter_defs is private
    SPI_connect();
    Oid types[3] = {OIDOID, TEXTOID, TEXTOID};
    Datum values[3] = {ObjectIdGetDatum(table), CStringGetTextDatum(action), CStringGetTextDatum(type)};
    if (SPI_execute_with_args("SELECT 1 FROM polar.filter_defs WHERE table_oid = $1::pg_catalog.regclass AND "
                              "action OPERATOR(pg_catalog.=) $2 AND resource_type OPERATOR(pg_catalog.=) $3",
                              3, types, values, nullptr, true, 1) != SPI_OK_SELECT)
      elog(ERROR, "pg_polar: could not read polar.filter_defs");
    allowed = SPI_processed > 0;
    SPI_finish();
    pgpolar::restore_caller(as_owner);
  }
  if (!cache) {
    cache = static_cast<GateCache*>(MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GateCache)));
    fcinfo->flinfo->fn_extra = cache;
  } else if (cache->valid) {
    pfree(cache->action);
    pfree(cache->type);
  }
  *cache = {true, allowed, table, MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, action),
            MemoryContextStrdup(fcinfo->flinfo->fn_mcxt, type)};
  return allowed;
}

// The acting actor, or null when polar.actor is unset or empty (which never grants).
const char* current_actor() {
  const char* actor = GetConfigOption("polar.actor", true, false);
  return actor && *actor ? actor : nullptr;
}

}  // namespace

extern "C" {

// polar.filter_authorize(tbl, action, resource)
PG_FUNCTION_INFO_V1(pg_polar_filter_authorize);
Datum pg_polar_filter_authorize(PG_FUNCTION_ARGS) {
  char* action = pgpolar::text_arg(fcinfo, 1);
  char* resource = pgpolar::text_arg(fcinfo, 2);
  const char* actor = current_actor();
  if (PG_ARGISNULL(0) || !action || !resource || !actor) PG_RETURN_BOOL(false);
  const char* colon = strchr(resource, ':');
  if (!colon || !gate_allows(fcinfo, PG_GETARG_OID(0), action, pnstrdup(resource, colon - resource)))
    PG_RETURN_BOOL(false);
  pgpolar::OwnerSwitch as_owner = pgpolar::become_function_owner(fcinfo);  // as polar.authorize runs
  Datum allowed =
      DirectFunctionCall3(pg_polar_authorize, CStringGetTextDatum(actor), PG_GETARG_DATUM(1), PG_GETARG_DATUM(2));
  pgpolar::restore_caller(as_owner);
  return allowed;
}

// polar.filter_list(tbl, action, resource_type)
PG_FUNCTION_INFO_V1(pg_polar_filter_list);
Datum pg_polar_filter_list(PG_FUNCTION_ARGS) {
  char* action = pgpolar::text_arg(fcinfo, 1);
  char* type = pgpolar::text_arg(fcinfo, 2);
  const char* actor = current_actor();
  if (PG_ARGISNULL(0) || !action || !type || !actor || !gate_allows(fcinfo, PG_GETARG_OID(0), action, type)) {
    InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
    return (Datum)0;
  }
  // polar.list's own entry point, its result set the caller's.
  LOCAL_FCINFO(list, 3);
  InitFunctionCallInfoData(*list, fcinfo->flinfo, 3, fcinfo->fncollation, nullptr, fcinfo->resultinfo);
  list->args[0] = {CStringGetTextDatum(actor), false};
  list->args[1] = {PG_GETARG_DATUM(1), false};
  list->args[2] = {PG_GETARG_DATUM(2), false};
  pgpolar::OwnerSwitch as_owner = pgpolar::become_function_owner(fcinfo);
  pg_polar_list(list);
  pgpolar::restore_caller(as_owner);
  return (Datum)0;
}

// polar.filter_gate(tbl, action, resource_type): the gate alone (what the hook plans once per query).
PG_FUNCTION_INFO_V1(pg_polar_filter_gate);
Datum pg_polar_filter_gate(PG_FUNCTION_ARGS) {
  char* action = pgpolar::text_arg(fcinfo, 1);
  char* type = pgpolar::text_arg(fcinfo, 2);
  if (PG_ARGISNULL(0) || !action || !type) PG_RETURN_BOOL(false);
  PG_RETURN_BOOL(gate_allows(fcinfo, PG_GETARG_OID(0), action, type));
}

}  // extern "C"
