#include "test_runner.hpp"

#include <memory>

#include "error_wall.hpp"
#include "plan_exec.hpp"
#include "services/policy_tests.hpp"

namespace pgpolar {

namespace {

// C++ state of the running tests. It lives outside the stack so that an ereport
// in between (SPI) skips no destructor; each run replaces it.
struct RunnerState {
  std::vector<polar::PolicyTest> tests;
  polar::CompiledQuery compiled;
  std::vector<polar::Value> candidates;
};
RunnerState* g_state = nullptr;

// Compiles one check of assertion `a` (iff position bound to candidate `c`, or unbound when c < 0).
CallArgs prepare_check(const polar::ir::Program* program, const polar::TestAssertion& a, int c, bool enumerate,
                       ContextFacts* ctx) {
  CallArgs args;
  POLAR_WALL({
    std::vector<polar::Value> values;
    polar::QuerySpec spec =
        enumerate ? polar::iff_enumeration(a, values)
                  : polar::assertion_query(
                        a, c >= 0 ? std::optional<polar::Value>(g_state->candidates[c]) : std::nullopt, values);
    g_state->compiled = polar::compile_query(*program, spec);
    fill_call_args(spec, values, &args);
  });
  args.context = ctx;
  return args;
}

bool holds(const polar::ir::Program* program, const polar::TestAssertion& a, int candidate, ContextFacts* ctx) {
  CallArgs args = prepare_check(program, a, candidate, false, ctx);
  execute_unprepared(g_state->compiled, &args, 1);
  bool isnull = true;
  return SPI_processed > 0 && DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) &&
         !isnull;
}

// Checks an iff guard for every candidate value; NULL when it passes, else why not.
char* check_iff(const polar::ir::Program* program, const polar::PolicyTest& test, const polar::TestAssertion& a,
                ContextFacts* ctx) {
  CallArgs args = prepare_check(program, a, -1, true, ctx);
  execute_unprepared(g_state->compiled, &args, 0);
  int n = static_cast<int>(SPI_processed);
  char** rows = static_cast<char**>(palloc0(sizeof(char*) * (n + 1)));
  for (int i = 0; i < n; i++) rows[i] = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
  int ncand = 0;
  POLAR_WALL({
    std::vector<polar::Value> answers;
    for (int i = 0; i < n; i++)
      if (strcmp(rows[i], polar::kWildcard) != 0) answers.push_back(polar::decode_value(rows[i]));
    g_state->candidates = polar::iff_candidates(*program, test, a, answers);
    ncand = static_cast<int>(g_state->candidates.size());
  });
  for (int c = 0; c < ncand; c++) {
    bool actual = holds(program, a, c, ctx);
    bool expected = false;
    char* value = nullptr;
    POLAR_WALL({
      expected = polar::iff_expected(a, g_state->candidates[c]);
      value = wall_strdup(g_state->candidates[c].polar_literal());
    });
    if (actual != expected)
      return psprintf("with %s expected %s, but it %s", value, expected ? "it to hold" : "it not to hold",
                      actual ? "does" : "does not");
  }
  return nullptr;
}

}  // namespace

TestOutcome* run_policy_tests(const polar::ir::Program* program, int* count) {
  int ntests = 0;
  POLAR_WALL({
    if (!g_state) g_state = new RunnerState();
    g_state->tests = polar::collect_tests(*program);
    ntests = static_cast<int>(g_state->tests.size());
  });
  TestOutcome* out = static_cast<TestOutcome*>(palloc0(sizeof(TestOutcome) * (ntests + 1)));
  for (int t = 0; t < ntests; t++) {
    const polar::PolicyTest& test = g_state->tests[t];
    ContextFacts* ctx = nullptr;
    int nassert = 0;
    POLAR_WALL({
      std::vector<std::pair<std::string, std::vector<polar::Value>>> facts;
      for (const polar::TestFact& f : test.facts) facts.emplace_back(f.predicate, f.args);
      ctx = group_facts(facts);
      nassert = static_cast<int>(test.assertions.size());
      out[t].name = wall_strdup(test.name);
    });
    int passed = 0;
    char* failure = nullptr;
    for (int i = 0; i < nassert; i++) {
      const polar::TestAssertion& a = test.assertions[i];
      char* why = nullptr;
      if (a.iff_position >= 0) {
        why = check_iff(program, test, a, ctx);
      } else {
        bool actual = holds(program, a, -1, ctx);
        if (actual == a.negated)
          why = psprintf("expected %s, but it %s", a.negated ? "it not to hold" : "it to hold",
                         actual ? "does" : "does not");
      }
      if (!why) {
        passed++;
      } else if (!failure) {
        failure = psprintf("%d:%d: %s: %s", a.pos.line, a.pos.col, a.text.c_str(), why);
      }
    }
    out[t].passed = passed == nassert;
    out[t].detail = failure ? psprintf("%s (%d of %d assertions passed)", failure, passed, nassert)
                            : psprintf("%d of %d assertions passed", passed, nassert);
  }
  *count = ntests;
  return out;
}

}  // namespace pgpolar
