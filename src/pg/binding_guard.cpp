#include "binding_guard.hpp"

namespace pgpolar {

void require_binding_rights(const OwnerSwitch& s, const char* what) {
  if (has_owner_rights(s.caller, s.owner)) return;
  ereport(ERROR, (errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
                  errmsg("permission denied to %s a binding: role \"%s\" does not hold the rights of the extension "
                         "owner",
                         what, GetUserNameFromId(s.caller, false)),
                  errdetail("A binding's query runs with the extension owner's rights whenever a check reads it."),
                  errhint("Bindings are created and removed by the extension owner or a superuser; EXECUTE on "
                          "polar.bind and polar.unbind is not enough.")));
}

}  // namespace pgpolar
