// Runs a policy's `test` blocks through the compiled SQL, each against only its
// own setup and fixture facts (passed as context facts; stored facts are not read).
#pragma once

#include "ir/ir.hpp"
#include "pg.hpp"

namespace pgpolar {

struct TestOutcome {
  char* name;
  bool passed;
  char* detail;
};

// Call between SPI_connect and SPI_finish. May ereport on SPI errors.
TestOutcome* run_policy_tests(const polar::ir::Program* program, int* count);

}  // namespace pgpolar
