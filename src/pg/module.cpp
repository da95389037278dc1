// Module entry: PG_MODULE_MAGIC and per-backend initialisation.
#include "pg.hpp"
#include "policy_state.hpp"

extern "C" {

PG_MODULE_MAGIC;

void _PG_init(void);
void _PG_init(void) { pgpolar::register_policy_callbacks(); }

}  // extern "C"
