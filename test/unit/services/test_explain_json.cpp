// polar.explain()'s JSON, built with nlohmann_json from the PostgreSQL layer's tree: the keys
// of a node in a fixed order, "candidates" under a refuted goal, "line" null when unknown.
#include <gtest/gtest.h>

#include "services/explain.hpp"

using polar::ExplainNode;

namespace {

ExplainNode leaf() { return ExplainNode{nullptr, false, nullptr, nullptr, 0, nullptr, nullptr, nullptr, 0}; }

}  // namespace

TEST(ExplainJson, ADerivationDownToAFact) {
  ExplainNode fact = leaf();
  fact.goal = "has_role(User:alice, \"owner\", Repo:anvil)";
  fact.holds = true;
  fact.fact = "stored";
  ExplainNode condition = leaf();
  condition.condition = "x != \"banned\"";
  condition.holds = true;
  ExplainNode* children[] = {&fact, &condition};
  ExplainNode root = leaf();
  root.goal = "allow(User:alice, \"read\", Repo:anvil)";
  root.holds = true;
  root.rule = "allow(actor, action, resource) if has_permission(actor, action, resource);";
  root.line = 3;
  root.children = children;
  root.nchildren = 2;
  EXPECT_EQ(polar::explain_json("allow(User:alice, \"read\", Repo:anvil)", true, root),
            R"j({"query":"allow(User:alice, \"read\", Repo:anvil)","allowed":true,"derivation":)j"
            R"j({"goal":"allow(User:alice, \"read\", Repo:anvil)","holds":true,)j"
            R"j("rule":"allow(actor, action, resource) if has_permission(actor, action, resource);","line":3,)j"
            R"j("because":[{"goal":"has_role(User:alice, \"owner\", Repo:anvil)","holds":true,"fact":"stored"},)j"
            R"j({"condition":"x != \"banned\"","holds":true}]}})j");
}

TEST(ExplainJson, ARefutedGoalListsItsCandidates) {
  ExplainNode rule = leaf();
  rule.rule = "allow(a, b, c) if\tf(a);";
  rule.failed = "f(User:bob)";
  ExplainNode* children[] = {&rule};
  ExplainNode root = leaf();
  root.goal = "allow(User:bob, \"read\", Repo:anvil)";
  root.children = children;
  root.nchildren = 1;
  EXPECT_EQ(polar::explain_json("q", false, root),
            R"j({"query":"q","allowed":false,"reason":{"goal":"allow(User:bob, \"read\", Repo:anvil)","holds":false,)j"
            R"j("candidates":[{"rule":"allow(a, b, c) if\tf(a);","line":null,"failed":"f(User:bob)"}]}})j");
}
