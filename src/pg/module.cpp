// Module entry: PG_MODULE_MAGIC and per-backend initialisation.
#include "pg.hpp"
#include "policy_state.hpp"

extern "C" {

PG_MODULE_MAGIC;

static char* polar_actor_setting = nullptr;

void _PG_init(void);
void _PG_init(void) {
  DefineCustomStringVariable("polar.actor", "The acting actor of pg_polar row filters and row-level security.",
                             "An actor value such as User:alice; usually SET LOCAL per request.", &polar_actor_setting,
                             nullptr, PGC_USERSET, 0, nullptr, nullptr, nullptr);
  pgpolar::register_policy_callbacks();
}

}  // extern "C"
