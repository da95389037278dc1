// Per-row helpers of compiled plans: decoders of canonical ids into binding column types
// (polar.id_int2/int4/int8/uuid) and the allocation-free type check polar.has_type.
// Compiled plans compare a fact's value ('Repository:42') with a binding column (42) through
// them; the SQL alternative (a regex and numeric range checks) cost ~2 µs per row. They never
// raise: a value of another type or in a non-canonical spelling decodes to NULL.
#include "base/canonical_id.hpp"
#include "pg.hpp"

extern "C" {
#include "utils/uuid.h"
}

namespace {

// The id after `prefix` ("Type:") in `encoded`, or false when the value is of another type.
bool id_after_prefix(FunctionCallInfo fcinfo, const char** id, size_t* len) {
  text* encoded = PG_GETARG_TEXT_PP(0);
  text* prefix = PG_GETARG_TEXT_PP(1);
  size_t elen = VARSIZE_ANY_EXHDR(encoded), plen = VARSIZE_ANY_EXHDR(prefix);
  if (elen < plen || memcmp(VARDATA_ANY(encoded), VARDATA_ANY(prefix), plen) != 0) return false;
  *id = VARDATA_ANY(encoded) + plen;
  *len = elen - plen;
  return true;
}

bool integer_id(FunctionCallInfo fcinfo, int64_t min, int64_t max, int64_t* out) {
  const char* id;
  size_t len;
  return id_after_prefix(fcinfo, &id, &len) && polar::parse_canonical_integer(id, len, min, max, out);
}

}  // namespace

extern "C" {

// polar.has_type(encoded, 'Type:'): the type check of compiled plans on lookups that other
// arguments already key (no index range wanted); starts_with and left() allocate per row.
PG_FUNCTION_INFO_V1(pg_polar_has_type);
Datum pg_polar_has_type(PG_FUNCTION_ARGS) {
  const char* id;
  size_t len;
  PG_RETURN_BOOL(id_after_prefix(fcinfo, &id, &len));
}

PG_FUNCTION_INFO_V1(pg_polar_id_int2);
Datum pg_polar_id_int2(PG_FUNCTION_ARGS) {
  int64_t v;
  if (!integer_id(fcinfo, PG_INT16_MIN, PG_INT16_MAX, &v)) PG_RETURN_NULL();
  PG_RETURN_INT16(static_cast<int16>(v));
}

PG_FUNCTION_INFO_V1(pg_polar_id_int4);
Datum pg_polar_id_int4(PG_FUNCTION_ARGS) {
  int64_t v;
  if (!integer_id(fcinfo, PG_INT32_MIN, PG_INT32_MAX, &v)) PG_RETURN_NULL();
  PG_RETURN_INT32(static_cast<int32>(v));
}

PG_FUNCTION_INFO_V1(pg_polar_id_int8);
Datum pg_polar_id_int8(PG_FUNCTION_ARGS) {
  int64_t v;
  if (!integer_id(fcinfo, PG_INT64_MIN, PG_INT64_MAX, &v)) PG_RETURN_NULL();
  PG_RETURN_INT64(v);
}

PG_FUNCTION_INFO_V1(pg_polar_id_uuid);
Datum pg_polar_id_uuid(PG_FUNCTION_ARGS) {
  const char* id;
  size_t len;
  pg_uuid_t* out = static_cast<pg_uuid_t*>(palloc(sizeof(pg_uuid_t)));
  if (!id_after_prefix(fcinfo, &id, &len) || !polar::parse_canonical_uuid(id, len, out->data)) PG_RETURN_NULL();
  PG_RETURN_UUID_P(out);
}

}  // extern "C"
