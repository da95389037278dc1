// Checks planned inside the application's query: the planner hook (inline_checks.cpp).
#pragma once

namespace pgpolar {

// Defines polar.inline_checks and installs the planner hook (from _PG_init).
void register_inline_checks();

}  // namespace pgpolar
