#include "base/interrupt.hpp"

namespace polar {

namespace {
InterruptCheck installed = nullptr;
}

void set_interrupt_check(InterruptCheck check) { installed = check; }

void poll_interrupt() {
  if (installed && installed()) throw Interrupted{};
}

}  // namespace polar
