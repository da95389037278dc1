// Offline policy tests (services/offline_tests): test blocks evaluated by the core's evaluator,
// with the result text of the server's runner (src/pg/test_runner.cpp).
#include <gtest/gtest.h>

#include <ctime>

#include "analysis/analyze.hpp"
#include "base/error.hpp"
#include "base/interrupt.hpp"
#include "services/evaluator.hpp"
#include "services/offline_tests.hpp"

namespace {

const int64_t kNow = static_cast<int64_t>(std::time(nullptr));

const char* kPolicy = R"(actor User {}
actor Group {}
resource Org {
  roles = ["member", "admin"];
  permissions = ["read", "delete"];
  "member" if "admin";
  "read" if "member";
  "delete" if "admin";
}
has_role(u: User, role: String, org: Org) if g matches Group and in_group(u, g) and group_role(g, role, org);
in_group(u: User, g: Group) if member_of(u, g);
in_group(u: User, g: Group) if h matches Group and member_of(u, h) and reach(h, g);
reach(g: Group, h: Group) if parent(g, h);
reach(g: Group, h: Group) if k matches Group and parent(g, k) and reach(k, h);
has_permission(_: User, "read", Org{"open"});
may_join(u: User, o: Org) if has_permission(u, "read", o) and not banned(u);
has_permission(u: User, "delete", o: Org) if t matches Integer and lease(u, o, t) and t > @current_unix_time;
)";

std::vector<polar::TestResult> run(const std::string& tests, uint64_t max_steps = 200'000'000) {
  polar::AnalyzeResult r = polar::analyze_policy(std::string(kPolicy) + tests);
  std::string errors;
  for (const polar::Diagnostic& d : r.diagnostics.sorted())
    if (d.is_error()) errors += d.message + "\n";
  EXPECT_EQ(errors, "");
  if (!r.program) return {};
  return polar::run_tests_offline(*r.program, kNow, max_steps);
}

TEST(OfflineTests, PassingTestsCountTheirAssertions) {
  auto results = run(R"(
test fixture acme { has_role(User{"alice"}, "admin", Org{"acme"}); }
test "admins" {
  setup { fixture acme; }
  assert allow(User{"alice"}, "delete", Org{"acme"});
  assert has_role(User{"alice"}, _, Org{"acme"});
  assert_not allow(_: User, "delete", Org{"other"});
}
test "empty" {}
)");
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].name, "admins");
  EXPECT_TRUE(results[0].passed);
  EXPECT_EQ(results[0].detail, "3 of 3 assertions passed");
  EXPECT_TRUE(results[1].passed);
  EXPECT_EQ(results[1].detail, "0 of 0 assertions passed");
}

TEST(OfflineTests, AFailureNamesTheFirstFailingAssertionAndItsPosition) {
  auto results = run(R"(test "wrong" {
  assert_not allow(User{"a"}, "read", Org{"open"});
  assert allow(User{"a"}, "delete", Org{"open"});
})");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_FALSE(results[0].passed);
  EXPECT_EQ(results[0].detail,
            "19:3: assert_not allow(User{\"a\"}, \"read\", Org{\"open\"}): expected it not to hold, but it does "
            "(0 of 2 assertions passed)");
}

TEST(OfflineTests, EachTestSeesOnlyItsOwnFacts) {
  auto results = run(R"(
test "one" { setup { has_role(User{"a"}, "member", Org{"x"}); } assert allow(User{"a"}, "read", Org{"x"}); }
test "two" { assert_not allow(User{"a"}, "read", Org{"x"}); }
)");
  ASSERT_EQ(results.size(), 2u);
  EXPECT_TRUE(results[0].passed) << results[0].detail;
  EXPECT_TRUE(results[1].passed) << results[1].detail;
}

TEST(OfflineTests, IffGuardsCheckListedAnsweredAndFreshValues) {
  auto results = run(R"(
test "iff" {
  setup { has_role(User{"a"}, "admin", Org{"x"}); has_role(User{"b"}, "member", Org{"x"}); }
  assert allow(User{"a"}, act: String, Org{"x"}) iff act in ["read", "delete"];
  assert allow(u: User, "delete", Org{"x"}) iff u in [User{"a"}];
  assert_not allow(u: User, "delete", Org{"x"}) iff u not in [User{"a"}];
  assert allow(u: User, "read", Org{"open"}) iff u not in [];
}
test "missing answer" {
  setup { has_role(User{"b"}, "member", Org{"x"}); }
  assert allow(u: User, "read", Org{"x"}) iff u in [User{"b"}, User{"c"}];
}
test "universal answer" {
  assert allow(u: User, "read", Org{"open"}) iff u in [User{"a"}];
}
test "answer not listed" {
  setup { has_role(User{"a"}, "admin", Org{"x"}); }
  assert allow(User{"a"}, act: String, Org{"x"}) iff act in ["read"];
}
)");
  ASSERT_EQ(results.size(), 4u);
  EXPECT_TRUE(results[0].passed) << results[0].detail;
  EXPECT_EQ(results[0].detail, "4 of 4 assertions passed");
  EXPECT_EQ(results[1].detail,
            "28:3: assert allow(u: User, \"read\", Org{\"x\"}) iff u in [User{\"b\"}, User{\"c\"}]: with User{\"c\"} "
            "expected it to hold, but it does not (0 of 1 assertions passed)");
  EXPECT_EQ(results[2].detail,
            "31:3: assert allow(u: User, \"read\", Org{\"open\"}) iff u in [User{\"a\"}]: with User{\"__fresh_0\"} "
            "expected it not to hold, but it does (0 of 1 assertions passed)");
  EXPECT_EQ(results[3].detail,
            "35:3: assert allow(User{\"a\"}, act: String, Org{\"x\"}) iff act in [\"read\"]: with \"delete\" "
            "expected it not to hold, but it does (0 of 1 assertions passed)");
}

TEST(OfflineTests, RecursionOverCyclicGroupsTerminates) {
  auto results = run(R"(test "cycle" {
  setup {
    member_of(User{"c"}, Group{"a"});
    parent(Group{"a"}, Group{"b"});
    parent(Group{"b"}, Group{"a"});
    group_role(Group{"b"}, "member", Org{"x"});
  }
  assert allow(User{"c"}, "read", Org{"x"});
  assert in_group(User{"c"}, g: Group) iff g in [Group{"a"}, Group{"b"}];
  assert_not allow(User{"c"}, "delete", Org{"x"});
})");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].passed) << results[0].detail;
}

TEST(OfflineTests, TimeIsTheWallClock) {
  auto results = run(R"(test "leases" {
  setup { lease(User{"f"}, Org{"x"}, 4102444800); lease(User{"f"}, Org{"y"}, 946684800); }
  assert allow(User{"f"}, "delete", o: Org) iff o in [Org{"x"}];
})");
  ASSERT_EQ(results.size(), 1u);
  EXPECT_TRUE(results[0].passed) << results[0].detail;
}

TEST(OfflineTests, EvaluationIsBoundedBySteps) {
  const std::string test = R"(test "cycle" {
  setup { member_of(User{"c"}, Group{"a"}); parent(Group{"a"}, Group{"b"}); parent(Group{"b"}, Group{"a"}); }
  assert in_group(User{"c"}, Group{"b"});
})";
  try {
    run(test, 10);
    FAIL() << "no error";
  } catch (const polar::PolarError& e) {
    EXPECT_EQ(e.kind(), polar::ErrorKind::TooComplex);
  }
}

// As the compiled query (§6.6): a wildcard that a negation tests stands for the values the
// query sees (facts, policy, its own values), not for the values seen nowhere.
TEST(OfflineTests, ATestedWildcardRangesOverTheActiveDomain) {
  auto results = run(R"(
test "only banned users seen" {
  setup { banned(User{"eve"}); }
  assert_not may_join(_: User, Org{"open"});
  assert may_join(User{"zed"}, Org{"open"});
  assert allow(_: User, "read", Org{"open"});
}
test "an unbanned user seen" {
  setup { banned(User{"eve"}); banned(User{"x"}); has_role(User{"ann"}, "member", Org{"y"}); }
  assert may_join(_: User, Org{"open"});
  assert may_join(u: User, Org{"open"}) iff u not in [User{"eve"}, User{"x"}];
}
)");
  ASSERT_EQ(results.size(), 2u);
  EXPECT_TRUE(results[0].passed) << results[0].detail;
  EXPECT_TRUE(results[1].passed) << results[1].detail;
}

TEST(OfflineTests, WithoutAnActiveDomainTheEvaluatorKeepsFreshValues) {
  polar::AnalyzeResult r = polar::analyze_policy(std::string(kPolicy) + "test \"t\" {}");
  ASSERT_TRUE(r.program);
  polar::eval::Evaluator all(*r.program, {{"banned", {polar::Value::entity("User", "eve")}}}, {}, {}, kNow);
  EXPECT_TRUE(all.holds("may_join",
                        {polar::Value::entity("User", polar::eval::kFreshId), polar::Value::entity("Org", "open")}));
  polar::eval::Evaluator seen(*r.program, {{"banned", {polar::Value::entity("User", "eve")}}},
                              polar::eval::Evaluator::ActiveDomain{{polar::Value::entity("Org", "open")}}, {}, kNow);
  EXPECT_FALSE(seen.holds("may_join",
                          {polar::Value::entity("User", polar::eval::kFreshId), polar::Value::entity("Org", "open")}));
  EXPECT_TRUE(seen.in_active_domain(polar::Value::entity("User", "eve")));
  EXPECT_FALSE(seen.in_active_domain(polar::Value::entity("User", polar::eval::kFreshId)));
}

bool always_interrupt() { return true; }

TEST(OfflineTests, PollsTheInterruptHook) {
  polar::set_interrupt_check(always_interrupt);
  bool interrupted = false;
  try {
    run(R"(test "cycle" {
  setup { member_of(User{"c"}, Group{"a"}); parent(Group{"a"}, Group{"b"}); parent(Group{"b"}, Group{"a"}); }
  assert in_group(User{"c"}, Group{"b"});
})");
  } catch (const polar::Interrupted&) {
    interrupted = true;
  }
  polar::set_interrupt_check(nullptr);
  EXPECT_TRUE(interrupted);
}

}  // namespace
