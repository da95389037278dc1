// Policy `test` blocks (polar-language.md §11): their validation (T01-T10) and
// the plan of checks that runs them. Each test sees only its own setup and
// fixture facts, plus the policy's rules and facts; nothing is stored.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sql/compiler.hpp"
#include "base/diagnostics.hpp"
#include "ir/ir.hpp"
#include "base/value.hpp"

namespace polar {

struct TestFact {
  std::string predicate;
  std::vector<Value> args;
};

// One asserted call. Positions are a value, or free ("_" any value; "_: T" any value of exactly T).
struct TestAssertion {
  SourcePos pos;
  std::string text;  // the assertion as written
  bool negated = false;
  std::string predicate;
  std::vector<std::optional<Value>> values;
  std::vector<std::string> free_types;  // for free positions: "" = any
  // `iff x [not] in [...]`: the position of x, its type, and the list.
  int iff_position = -1;
  bool iff_not_in = false;
  std::vector<Value> iff_list;
};

struct PolicyTest {
  std::string name;
  SourcePos pos;
  std::vector<TestFact> facts;
  std::vector<TestAssertion> assertions;
};

// The tests of a valid program, with fixtures expanded.
std::vector<PolicyTest> collect_tests(const ir::Program& program);

// The query that checks an assertion with the iff variable (if any) bound to `iff_value`;
// `values` receives the run-time values of its bound positions.
QuerySpec assertion_query(const TestAssertion& a, const std::optional<Value>& iff_value, std::vector<Value>& values);
// The query that enumerates the iff variable's values (free at the iff position).
QuerySpec iff_enumeration(const TestAssertion& a, std::vector<Value>& values);

// Values an iff guard must be checked for: the list, the concrete answers, and values
// standing for every other value (a fresh one; both Booleans).
std::vector<Value> iff_candidates(const ir::Program& program, const PolicyTest& test, const TestAssertion& a,
                                  const std::vector<Value>& answers);

// Is the iff expectation for `v` that the asserted call holds?
bool iff_expected(const TestAssertion& a, const Value& v);

}  // namespace polar
