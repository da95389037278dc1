#include "services/offline_tests.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

#include "services/evaluator.hpp"
#include "services/policy_tests.hpp"

namespace polar {

namespace {

using eval::Tuple;

// One test's queries, each evaluated as the server runs it: one compiled query per assertion
// (and per iff candidate), whose active domain holds the test's facts, the policy's values and
// the query's own values (Evaluator::ActiveDomain).
class TestEvaluation {
 public:
  TestEvaluation(const ir::Program& program, const PolicyTest& test, int64_t now, uint64_t max_steps)
      : program_(program), now_(now), max_steps_(max_steps) {
    for (const TestFact& f : test.facts) facts_.push_back({f.predicate, f.args});
  }

  // Does the asserted call hold, with the iff position (if any) bound to `iff_value`?
  bool holds(const TestAssertion& a, const std::optional<Value>& iff_value) const {
    std::unique_ptr<eval::Evaluator> ev = evaluator(a, iff_value);
    for (const Tuple& t : ev->tuples(a.predicate, a.values.size()))
      if (matches(a, iff_value, t)) return true;
    return false;
  }

  // The concrete values the iff position takes: the server's enumeration returns a value of
  // the active domain as itself and every other one as `*`, which answers nothing here;
  // sorted, as SQL promises no order.
  std::vector<Value> iff_answers(const TestAssertion& a) const {
    std::unique_ptr<eval::Evaluator> ev = evaluator(a, std::nullopt);
    std::set<Value> out;
    for (const Tuple& t : ev->tuples(a.predicate, a.values.size())) {
      const Value& v = t[a.iff_position];
      if (matches(a, std::nullopt, t) && ev->in_active_domain(v)) out.insert(v);
    }
    return {out.begin(), out.end()};
  }

 private:
  std::unique_ptr<eval::Evaluator> evaluator(const TestAssertion& a, const std::optional<Value>& iff_value) const {
    std::vector<Value> values;
    std::vector<std::string> types;
    for (size_t i = 0; i < a.values.size(); i++) {
      std::optional<Value> v = static_cast<int>(i) == a.iff_position ? iff_value : a.values[i];
      if (v)
        values.push_back(*v);
      else if (!a.free_types[i].empty())
        types.push_back(a.free_types[i]);
    }
    return std::make_unique<eval::Evaluator>(program_, facts_, eval::Evaluator::ActiveDomain(std::move(values)), types,
                                             now_, max_steps_);
  }

  // A free position `_: T` asks for values of exactly T (as the compiled query's output).
  bool matches(const TestAssertion& a, const std::optional<Value>& iff_value, const Tuple& t) const {
    for (size_t i = 0; i < a.values.size(); i++) {
      std::optional<Value> v = static_cast<int>(i) == a.iff_position ? iff_value : a.values[i];
      if (v) {
        if (t[i] != *v) return false;
      } else if (!a.free_types[i].empty() && t[i].type != a.free_types[i]) {
        return false;
      }
    }
    return true;
  }

  const ir::Program& program_;
  int64_t now_;
  uint64_t max_steps_;
  std::vector<eval::Fact> facts_;
};

std::string outcome(bool actual, bool expected) {
  return std::string(expected ? "it to hold" : "it not to hold") + ", but it " + (actual ? "does" : "does not");
}

// Why an iff guard fails for its first candidate that does not meet the expectation; "" if it passes.
std::string check_iff(const ir::Program& program, const PolicyTest& test, const TestAssertion& a,
                      const TestEvaluation& eval) {
  std::vector<Value> candidates = iff_candidates(program, test, a, eval.iff_answers(a));
  for (const Value& c : candidates) {
    bool actual = eval.holds(a, c);
    bool expected = iff_expected(a, c);
    if (actual != expected) return "with " + c.polar_literal() + " expected " + outcome(actual, expected);
  }
  return "";
}

}  // namespace

std::vector<TestResult> run_tests_offline(const ir::Program& program, int64_t now, uint64_t max_steps_per_query) {
  std::vector<TestResult> out;
  for (const PolicyTest& test : collect_tests(program)) {
    TestEvaluation eval(program, test, now, max_steps_per_query);
    int passed = 0, total = static_cast<int>(test.assertions.size());
    std::string failure;
    for (const TestAssertion& a : test.assertions) {
      std::string why;
      if (a.iff_position >= 0) {
        why = check_iff(program, test, a, eval);
      } else {
        bool actual = eval.holds(a, std::nullopt);
        if (actual == a.negated) why = "expected " + outcome(actual, !a.negated);
      }
      if (why.empty())
        passed++;
      else if (failure.empty())
        failure = std::to_string(a.pos.line) + ":" + std::to_string(a.pos.col) + ": " + a.text + ": " + why;
    }
    std::string counts = std::to_string(passed) + " of " + std::to_string(total) + " assertions passed";
    out.push_back({test.name, passed == total, failure.empty() ? counts : failure + " (" + counts + ")"});
  }
  return out;
}

}  // namespace polar
