// Entry points that must know their caller (to record it in the catalog, or to check the
// caller's own rights on a table) are SECURITY INVOKER in SQL and switch to the function's owner
// here, as SECURITY DEFINER would: the caller is GetUserId() before the switch. An error undoes
// the switch (transaction and subtransaction abort restore the user id and security context).
#pragma once

#include "pg.hpp"

namespace pgpolar {

struct OwnerSwitch {
  Oid caller;  // the role that called the function
  Oid owner;   // the function's owner (the extension owner)
  Oid saved_user;
  int saved_context;
};

// Runs the rest of the call as the owner of the called function.
OwnerSwitch become_function_owner(FunctionCallInfo fcinfo);
// Back to the caller (on the success path; errors restore it themselves).
void restore_caller(const OwnerSwitch& s);
// Does `role` hold the privileges of `owner`: a superuser, or, when the owner is not a superuser,
// the owner or a role that inherits its privileges.
bool has_owner_rights(Oid role, Oid owner);

}  // namespace pgpolar
