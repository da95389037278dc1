// Module entry: PG_MODULE_MAGIC and per-backend initialisation.
#include "pg.hpp"
#include "inline_checks.hpp"
#include "policy_state.hpp"
#include "base/interrupt.hpp"

namespace {
// Polled by the core's long loops: a cancel, statement timeout or termination is pending.
// Reads flags only; CHECK_FOR_INTERRUPTS runs after the error wall (wall_raise).
bool interrupt_pending() { return InterruptPending && (QueryCancelPending || ProcDiePending); }
}  // namespace

extern "C" {

PG_MODULE_MAGIC;

static char* polar_actor_setting = nullptr;

void _PG_init(void);
void _PG_init(void) {
  DefineCustomStringVariable("polar.actor", "The acting actor of pg_polar row filters and row-level security.",
                             "An actor value such as User:alice; usually SET LOCAL per request.", &polar_actor_setting,
                             nullptr, PGC_USERSET, 0, nullptr, nullptr, nullptr);
  pgpolar::register_policy_callbacks();
  pgpolar::register_inline_checks();
  polar::set_interrupt_check(interrupt_pending);
}

}  // extern "C"
