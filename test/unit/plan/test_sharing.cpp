// Sharing: instances that would unfold into many derivations are compiled once as a CTE
// (a shared unit) that their callers join; and the interrupt check stops compilation.
#include <gtest/gtest.h>

#include "policy_helpers.hpp"

#include "analysis/analyze.hpp"
#include "base/interrupt.hpp"
#include "plan/specializer.hpp"
#include "sql/compiler.hpp"

namespace {

std::shared_ptr<const polar::ir::Program> program_of(const std::string& source) {
  polar::AnalyzeResult r = polar::analyze_policy(source);
  EXPECT_TRUE(r.program) << (r.diagnostics.items().empty() ? "" : r.diagnostics.items()[0].message);
  return r.program;
}

// `levels` levels, each with two alternatives: 2^(levels-1) derivations of p0 when unfolded.
std::string layered_policy(int levels) {
  std::string s = "actor User {}\nresource Doc {}\n";
  for (int i = 0; i + 1 < levels; i++) {
    std::string n = std::to_string(i), next = std::to_string(i + 1);
    s += "p" + n + "(x: Doc) if p" + next + "(x) and f" + n + "(x);\n";
    s += "p" + n + "(x: Doc) if p" + next + "(x) and g" + n + "(x);\n";
  }
  std::string last = std::to_string(levels - 1);
  s += "p" + last + "(x: Doc) if f" + last + "(x);\n";
  s += "p" + last + "(x: Doc) if g" + last + "(x);\n";
  s += "allow(_: User, \"read\", x: Doc) if p0(x);\n";
  return s;
}

polar::QuerySpec check_read() {
  polar::QuerySpec s;
  s.predicate = "allow";
  s.exists_only = true;
  s.args = {polar::QueryArg::bound("User"), polar::QueryArg::constant(polar::Value::string("read")),
            polar::QueryArg::bound("Doc")};
  return s;
}

polar::QuerySpec list_read() {
  polar::QuerySpec s = check_read();
  s.exists_only = false;
  s.args[2] = polar::QueryArg::free("Doc");
  return s;
}

using testing_helpers::count;

const char* kGitCloud = R"(
actor User {}
resource Org {
  roles = ["member", "admin"];
  permissions = ["view"];
  "member" if "admin";
  "view" if "member";
}
resource Repo {
  roles = ["reader", "admin"];
  permissions = ["read", "push"];
  relations = { parent: Org };
  "reader" if "member" on "parent";
  "admin" if "admin" on "parent";
  "read" if "reader";
  "push" if "admin";
}
)";

TEST(Sharing, EstimatesTheDerivationsOfALayeredPolicy) {
  auto program = program_of(layered_policy(11));
  polar::CompiledQuery q = polar::compile_query(*program, check_read(), {}, nullptr, {1e18, 20000});
  EXPECT_EQ(q.shared_units, 0u);  // a threshold above the estimate: unfolded as before
  // p_k = 2 p_(k+1) + 1 (each p_k may also be a stored fact): 2^12 - 1.
  EXPECT_EQ(q.cq_count, 4095u);
  // The estimate is exact here: p0 has 4095 derivations, p1 2047.
  EXPECT_EQ(polar::compile_query(*program, check_read(), {}, nullptr, {4095, 20000}).shared_units, 0u);
  EXPECT_EQ(polar::compile_query(*program, check_read(), {}, nullptr, {4094, 20000}).shared_units, 1u);
  EXPECT_EQ(polar::compile_query(*program, check_read(), {}, nullptr, {2046, 20000}).shared_units, 2u);
}

TEST(Sharing, ThirtyOneLevelsCompileToOneUnitPerLevel) {
  auto program = program_of(layered_policy(31));
  for (const polar::QuerySpec& spec : {check_read(), list_read()}) {
    polar::CompiledQuery q = polar::compile_query(*program, spec);
    // p0 is the query's own call; p1 .. p30 are too big to unfold and each becomes one unit.
    EXPECT_GE(q.shared_units, 20u);
    EXPECT_LE(q.shared_units, 31u);
    for (size_t u = 0; u < q.shared_units; u++)  // each defined once
      EXPECT_EQ(count(q.sql, "\"polar_shared_" + std::to_string(u) + "\"(\"c0\") AS ("), 1u);
    EXPECT_LT(q.sql.size(), 200000u) << "plan of modest size";  // unfolded: 2^31 derivations
    EXPECT_EQ(q.sql.rfind("WITH ", 0), 0u);
  }
}

TEST(Sharing, WithoutSharingTheLayeredPolicyIsTooComplex) {
  auto program = program_of(layered_policy(16));  // 2^15 derivations: over the 20,000 limit
  try {
    polar::compile_query(*program, check_read(), {}, nullptr, {1e18, 20000});
    FAIL() << "expected TooComplex";
  } catch (const polar::PolarError& e) {
    EXPECT_EQ(e.kind(), polar::ErrorKind::TooComplex);
  }
  EXPECT_GT(polar::compile_query(*program, check_read()).shared_units, 0u);
}

TEST(Sharing, DefaultThresholdLeavesOrdinaryPoliciesUnfolded) {
  auto program = program_of(kGitCloud);
  polar::CompiledQuery q = polar::compile_query(*program, check_read());
  EXPECT_EQ(q.shared_units, 0u);
  EXPECT_EQ(q.sql.find("polar_shared_"), std::string::npos);
}

TEST(Sharing, TinyThresholdSharesEveryGroundedInstance) {
  auto program = program_of(kGitCloud);
  polar::QuerySpec spec;
  spec.predicate = "allow";
  spec.exists_only = true;
  spec.args = {polar::QueryArg::bound("User"), polar::QueryArg::constant(polar::Value::string("push")),
               polar::QueryArg::bound("Repo")};
  polar::CompiledQuery shared = polar::compile_query(*program, spec, {}, nullptr, {0, 20000});
  polar::CompiledQuery unfolded = polar::compile_query(*program, spec);
  EXPECT_GT(shared.shared_units, 0u);
  EXPECT_NE(shared.sql, unfolded.sql);
  EXPECT_LE(shared.cq_count, unfolded.cq_count);
  // Values stay parameters inside the units too.
  EXPECT_EQ(shared.sql.find("'push'"), std::string::npos);
  EXPECT_EQ(shared.sql.find("'admin'"), std::string::npos);
}

TEST(Sharing, UngroundedPositionsAreNeverShared) {
  // q's second position is universal (no fact binds it): a unit would have to return the wildcard.
  auto program = program_of(R"(
actor User {}
resource Doc {}
q(x: Doc, _: User) if f(x);
q(x: Doc, u: User) if g(x, u);
allow(u: User, "read", x: Doc) if q(x, u);
)");
  polar::CompiledQuery q = polar::compile_query(*program, check_read(), {}, nullptr, {0, 20000});
  EXPECT_EQ(q.shared_units, 0u);
  EXPECT_EQ(q.cq_count, 3u);  // two rules and q's own stored facts
}

TEST(Sharing, SharedUnitsCombineWithRecursion) {
  auto program = program_of(R"(
actor User {}
resource Folder {}
resource Doc {}
in_folder(d: Doc, f: Folder) if parent(d, f);
under(f: Folder, g: Folder) if sub(f, g);
under(f: Folder, g: Folder) if sub(f, h) and under(h, g);
reach(d: Doc, g: Folder) if in_folder(d, f) and under(f, g);
reach(d: Doc, g: Folder) if in_folder(d, g);
allow(u: User, "read", d: Doc) if reach(d, g) and member(u, g);
)");
  polar::CompiledQuery q = polar::compile_query(*program, check_read(), {}, nullptr, {0, 20000});
  EXPECT_NE(q.sql.find("WITH RECURSIVE"), std::string::npos);
  EXPECT_FALSE(q.sql.empty());
}

bool always_interrupt() { return true; }

TEST(Interrupt, StopsCompilation) {
  auto program = program_of(layered_policy(31));
  polar::set_interrupt_check(always_interrupt);
  EXPECT_THROW(polar::compile_query(*program, check_read()), polar::Interrupted);
  polar::set_interrupt_check(nullptr);
  EXPECT_NO_THROW(polar::compile_query(*program, check_read()));
}

TEST(Interrupt, NotCaughtAsAPolicyError) {
  polar::set_interrupt_check(always_interrupt);
  bool as_policy_error = false, as_interrupt = false;
  try {
    polar::poll_interrupt();
  } catch (const polar::PolarError&) {
    as_policy_error = true;
  } catch (const polar::Interrupted&) {
    as_interrupt = true;
  }
  polar::set_interrupt_check(nullptr);
  EXPECT_FALSE(as_policy_error);
  EXPECT_TRUE(as_interrupt);
}

}  // namespace
