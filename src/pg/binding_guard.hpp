// Who may create or remove a binding. A binding's query is inlined into the plans of every check,
// and checks run as the extension owner (SECURITY DEFINER): the query reads tables and calls
// functions with the owner's rights, for every caller. So only a role that already holds those
// rights may bind or unbind; EXECUTE on polar.bind alone is not enough (no escalation through a
// binding query: a role cannot read through a binding what it could not read itself).
#pragma once

#include "caller.hpp"

namespace pgpolar {

// Errors (42501) unless the caller holds the owner's rights. `what` is "create" or "remove".
void require_binding_rights(const OwnerSwitch& s, const char* what);

}  // namespace pgpolar
