#include "caller.hpp"

extern "C" {
#include "catalog/pg_proc.h"
#include "utils/syscache.h"
}

namespace pgpolar {

OwnerSwitch become_function_owner(FunctionCallInfo fcinfo) {
  OwnerSwitch s;
  GetUserIdAndSecContext(&s.saved_user, &s.saved_context);
  s.caller = s.saved_user;
  HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
  if (!HeapTupleIsValid(tuple)) elog(ERROR, "pg_polar: cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
  s.owner = reinterpret_cast<Form_pg_proc>(GETSTRUCT(tuple))->proowner;
  ReleaseSysCache(tuple);
  SetUserIdAndSecContext(s.owner, s.saved_context | SECURITY_LOCAL_USERID_CHANGE);
  return s;
}

void restore_caller(const OwnerSwitch& s) { SetUserIdAndSecContext(s.saved_user, s.saved_context); }

bool has_owner_rights(Oid role, Oid owner) {
  if (superuser_arg(role)) return true;
  if (superuser_arg(owner)) return false;  // membership in a superuser role does not make one
  return has_privs_of_role(role, owner);
}

}  // namespace pgpolar
