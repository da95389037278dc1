// Interrupting long core work (unfolding, recursion analysis, emitting SQL): the host installs
// a check (PostgreSQL: a pending cancel, statement timeout or termination) that the core's long
// loops poll; when it says so, they throw Interrupted, which the host's error wall reports as
// the host reports its own interrupts.
#pragma once

namespace polar {

// Not a PolarError (and not a std::exception): code that recovers from policy errors never
// swallows it.
struct Interrupted {};

// Returns true when the work in progress must stop. Must not throw or longjmp.
using InterruptCheck = bool (*)();

// Installs the check (nullptr: none, the default). Not thread-safe; set once at start-up.
void set_interrupt_check(InterruptCheck check);

// Throws Interrupted when the installed check says so.
void poll_interrupt();

}  // namespace polar
