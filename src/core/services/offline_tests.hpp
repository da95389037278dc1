// Policy `test` blocks run without a server: each test's facts and assertions evaluated by the
// naive evaluator (evaluator.hpp) instead of the compiled SQL. Same checks as the server's
// runner (src/pg/test_runner.cpp) and the same result text, so `pg-polar test` prints the same
// lines either way. Tests never see stored facts or bound tables (§11.3), so nothing the
// server has is needed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ir/ir.hpp"

namespace polar {

struct TestResult {
  std::string name;
  bool passed = false;
  std::string detail;  // "N of M assertions passed", or the first failure and the counts
};

// Runs every test of a valid program; `now` is @current_unix_time (the wall clock, as on the
// server). Each assertion (and each iff candidate) is one evaluation, as it is one query on the
// server. Throws PolarError(TooComplex) when one needs more evaluation steps than
// `max_steps_per_query` allows, and Interrupted when the host's interrupt hook says so.
// A wildcard tied to another by a repeated variable in the asserted call's open positions is
// not expanded into the active domain as the server's query does (§6.6): such an assertion
// holds offline even when the test has no value of that type.
std::vector<TestResult> run_tests_offline(const ir::Program& program, int64_t now,
                                          uint64_t max_steps_per_query = 200'000'000);

}  // namespace polar
