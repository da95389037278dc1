// Building blocks of explanations (why a check is allowed or denied). The search
// itself runs in the PostgreSQL layer, which executes the queries built here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sql/compiler.hpp"
#include "ir/ir.hpp"

namespace polar {

// A goal: a predicate with values; an empty optional stands for "any value" (`_`).
using GoalArgs = std::vector<std::optional<Value>>;

std::string goal_text(const std::string& predicate, const GoalArgs& args);

// One node of an explanation, as the PostgreSQL layer's search builds it: plain C data in its
// memory contexts (nothing with a destructor lives across its queries). A null field is absent.
struct ExplainNode {
  const char* goal;
  bool holds;
  const char* fact;  // a fact leaf: "stored", "bound", "context" or "policy"
  const char* rule;  // a derived goal: the rule, and its line
  int line;
  const char* condition;  // a condition or negation leaf
  const char* failed;     // a refuted rule: its first condition that failed
  ExplainNode** children;
  int nchildren;
};

// polar.explain()'s answer: {"query": ..., "allowed": ..., "derivation" (allowed) or "reason": tree}.
std::string explain_json(const std::string& query, bool allowed, const ExplainNode& tree);

// A program that can be extended with synthetic rules, one per question asked.
class ExplainSession {
 public:
  explicit ExplainSession(const ir::Program& program) : program_(std::make_shared<ir::Program>(program)) {}

  const ir::Program& program() const { return *program_; }

  // Rules of `predicate` whose head can match `args` (constants and types).
  std::vector<int> candidate_rules(const std::string& predicate, const GoalArgs& args) const;

  // A query for assignments of rule `rule`'s variables satisfying the first `prefix` body
  // literals with the head matching `args`. Output columns are the rule's variables in order;
  // `values` receives the bound positions' values.
  QuerySpec witness_query(int rule, const GoalArgs& args, size_t prefix, std::vector<Value>& values);

  // Body literal `i` of `rule` with variables replaced by a witness (encoded values or "*";
  // missing variables stay unknown).
  struct Literal {
    enum class Kind { Call, NotCall, Condition };
    Kind kind = Kind::Call;
    std::string predicate;
    GoalArgs args;     // Call, NotCall
    std::string text;  // Polar text with the values filled in
  };
  Literal instantiate(int rule, size_t i, const std::vector<std::optional<std::string>>& witness) const;

  std::string rule_text(int rule) const;
  int rule_line(int rule) const;
  size_t body_size(int rule) const;
  bool fact_bearing(const std::string& predicate, size_t arity) const;
  bool has_rules(const std::string& predicate, size_t arity) const;
  // A fact written in the policy matching the goal.
  bool policy_fact(const std::string& predicate, const GoalArgs& args) const;

 private:
  std::shared_ptr<ir::Program> program_;
  int synthetic_ = 0;
};

}  // namespace polar
