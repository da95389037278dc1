// Unit tests of the differential suite's reference evaluator and case files.
#include <gtest/gtest.h>

#include <ctime>

#include "analysis/analyze.hpp"
#include "case_file.hpp"
#include "compare.hpp"
#include "services/evaluator.hpp"

using namespace polar;
using namespace polar::diff;

namespace {

std::shared_ptr<const ir::Program> program(const std::string& src) {
  AnalyzeResult r = analyze_policy(src);
  std::string errors;
  for (const Diagnostic& d : r.diagnostics.items())
    if (d.is_error()) errors += format_diagnostic(d, "") + "\n";
  EXPECT_TRUE(r.program) << errors;
  return r.program;
}

Value v(const std::string& text) { return parse_value_text(text); }
Fact f(const std::string& pred, std::vector<std::string> args) {
  Fact out{pred, {}};
  for (const auto& a : args) out.args.push_back(v(a));
  return out;
}

bool allowed(const Evaluator& r, const std::string& a, const std::string& x, const std::string& res) {
  return r.holds("allow", {v(a), v(x), v(res)});
}

const int64_t kNow = static_cast<int64_t>(std::time(nullptr));

}  // namespace

TEST(Evaluator, ShorthandAndDefaultAllow) {
  auto p = program(R"(
actor User {}
resource Org { roles = ["member", "admin"]; permissions = ["read"]; "member" if "admin"; "read" if "member"; }
resource Repo { roles = ["reader"]; permissions = ["read"]; relations = { org: Org };
  "reader" if "member" on "org"; "read" if "reader"; }
)");
  Evaluator r(
      *p, {f("has_role", {"User:alice", "admin", "Org:acme"}), f("has_relation", {"Repo:anvil", "org", "Org:acme"})},
      {}, {}, kNow);
  EXPECT_TRUE(allowed(r, "User:alice", "read", "Repo:anvil"));
  EXPECT_TRUE(allowed(r, "User:alice", "read", "Org:acme"));
  EXPECT_FALSE(allowed(r, "User:bob", "read", "Repo:anvil"));
  EXPECT_FALSE(allowed(r, "User:alice", "write", "Repo:anvil"));
}

TEST(Evaluator, NestedGroupsWithCycles) {
  auto p = program(R"(
actor User {}
actor Group {}
resource Repository { roles = ["reader", "writer"]; permissions = ["read", "push"];
  "reader" if "writer"; "read" if "reader"; "push" if "writer"; }
has_group(user: User, group: Group) if inner matches Group and has_group(user, inner) and has_group(inner, group);
has_role(user: User, role: String, repo: Repository) if group matches Group and has_group(user, group) and has_role(group, role, repo);
)");
  Evaluator r(*p,
              {f("has_group", {"User:ana", "Group:eng"}), f("has_group", {"Group:eng", "Group:all"}),
               f("has_group", {"Group:all", "Group:eng"}), f("has_role", {"Group:all", "writer", "Repository:infra"})},
              {v("User:ben")}, {}, kNow);
  EXPECT_TRUE(allowed(r, "User:ana", "push", "Repository:infra"));
  EXPECT_FALSE(allowed(r, "User:ben", "read", "Repository:infra"));
}

TEST(Evaluator, UniversalRulesCoverFreshValues) {
  auto p = program(R"(
actor User {}
resource Org {}
has_permission(_: User, "read", _: Org);
has_permission(u: User, "self", u: User);
)");
  Evaluator r(*p, {}, {v("User:zoe"), v("Org:new")}, {}, kNow);
  EXPECT_TRUE(allowed(r, "User:zoe", "read", "Org:new"));
  EXPECT_TRUE(allowed(r, "User:__fresh__", "read", "Org:__fresh__"));
  EXPECT_FALSE(allowed(r, "User:zoe", "read", "User:zoe"));
  EXPECT_TRUE(allowed(r, "User:zoe", "self", "User:zoe"));
  EXPECT_FALSE(allowed(r, "User:zoe", "self", "User:__fresh__"));
  EXPECT_EQ(r.universe_of_type("Org").size(), 2u);  // new + fresh
  EXPECT_TRUE(Evaluator::is_fresh(v("Org:__fresh__")));
  EXPECT_TRUE(Evaluator::is_fresh(Value::integer(kFreshInteger)));
  EXPECT_FALSE(Evaluator::is_fresh(v("Boolean:true")));
}

TEST(Evaluator, NegationWildcardComparisonsAndIn) {
  auto p = program(R"(
actor User {}
resource Doc { roles = ["viewer"]; }
has_permission(u: User, "read", d: Doc) if has_role(u, "viewer", d) and not has_block(u, _);
has_permission(u: User, "deep", d: Doc) if has_role(u, "viewer", d) and level(d, n) and n >= 3;
has_permission(u: User, action: String, d: Doc) if has_role(u, "viewer", d) and action in ["x", "y"];
has_permission(u: User, "late", d: Doc) if expires(u, d, t) and @current_unix_time < t;
has_permission(u: User, "other", d: Doc) if has_role(u, "viewer", d) and has_role(w, "viewer", d) and u != w;
)");
  Evaluator r(
      *p,
      {f("has_role", {"User:a", "viewer", "Doc:d"}), f("has_role", {"User:b", "viewer", "Doc:d"}),
       f("has_block", {"User:b", "Doc:zzz"}), f("level", {"Doc:d", "Integer:3"}),
       f("expires", {"User:a", "Doc:d", "Integer:4102444800"}), f("expires", {"User:b", "Doc:d", "Integer:946684800"})},
      {}, {}, kNow);
  EXPECT_TRUE(allowed(r, "User:a", "read", "Doc:d"));
  EXPECT_FALSE(allowed(r, "User:b", "read", "Doc:d"));
  EXPECT_TRUE(allowed(r, "User:a", "deep", "Doc:d"));
  EXPECT_TRUE(allowed(r, "User:a", "x", "Doc:d"));
  EXPECT_FALSE(allowed(r, "User:a", "z", "Doc:d"));
  EXPECT_TRUE(allowed(r, "User:a", "late", "Doc:d"));
  EXPECT_FALSE(allowed(r, "User:b", "late", "Doc:d"));
  EXPECT_TRUE(allowed(r, "User:a", "other", "Doc:d"));
}

TEST(Evaluator, PolicyFactsUnderNegation) {
  auto p = program(R"(
actor User {}
resource Doc { roles = ["viewer"]; permissions = ["read"]; "read" if "viewer"; }
is_banned(User{"b"});
allow(u: User, action: String, r: Resource) if has_permission(u, action, r) and not is_banned(u);
)");
  Evaluator r(*p, {f("has_role", {"User:a", "viewer", "Doc:d"}), f("has_role", {"User:b", "viewer", "Doc:d"})}, {}, {},
              kNow);
  EXPECT_TRUE(allowed(r, "User:a", "read", "Doc:d"));
  EXPECT_FALSE(allowed(r, "User:b", "read", "Doc:d"));
  EXPECT_TRUE(active_domain_allowed(*p));
}

TEST(Evaluator, OrderingIsIntegerOnly) {
  auto p = program(R"(
actor User {}
has_permission(u: User, "x", n) if score(u, n) and n > 1;
)");
  Evaluator r(*p, {f("score", {"User:a", "Integer:2"}), f("score", {"User:a", "two"})}, {}, {}, kNow);
  EXPECT_TRUE(r.holds("has_permission", {v("User:a"), v("x"), v("Integer:2")}));
  EXPECT_FALSE(r.holds("has_permission", {v("User:a"), v("x"), v("two")}));
}

TEST(CaseFile, RoundTrip) {
  Case c;
  c.policy = split_policy("actor User {\n  roles = [\"a\"];\n}\nf(User{\"x\"});\n");
  ASSERT_EQ(c.policy.size(), 2u);
  EXPECT_TRUE(c.policy[0].block);
  c.facts = {f("has_role", {"User:a b", "String:a:b", "Org:x\"y"})};
  c.context = c.facts;
  Query q;
  q.kind = Query::Kind::Query;
  q.pred = "has_role";
  q.args = {std::string("User:a"), std::nullopt, std::string("Org:_")};
  q.with_context = true;
  c.queries = {q};
  Case d = read_case(write_case(c));
  EXPECT_EQ(d.policy_text(), c.policy_text());
  EXPECT_EQ(d.facts.size(), 1u);
  EXPECT_TRUE(d.facts[0] == c.facts[0]);
  ASSERT_EQ(d.queries.size(), 1u);
  EXPECT_EQ(d.queries[0].describe(), q.describe());
}
