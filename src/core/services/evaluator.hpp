// A small, deliberately naive evaluator of an ir::Program: the reference of the differential
// tests (test/differential) and the engine of offline policy tests (offline_tests.hpp).
//
// It computes the least fixpoint of an ir::Program over a finite universe U:
//   U = every value in the facts, in the program's rules (constants), in the query
//       (the caller passes those), the current time, both booleans, plus ONE fresh
//       value per concrete type (String, Integer, every entity type of the policy,
//       every extra entity type the caller names, and one entity of a type the
//       policy never names). A fresh value stands for "all values never seen".
// A rule fires for every assignment of its variables to values of U that satisfies
// the static variable types, the positive atoms (given or derived facts), the negated
// atoms (no matching fact; a variable that occurs only there is "any value"), the
// comparisons and `in` lists. Variables that no positive atom binds simply range over
// U (restricted to their type): that is how universal rules produce answers for every
// value, fresh ones included.
//
// It is meant to be obviously correct, not fast: naive iteration to a fixpoint, and for
// each rule a backtracking join of the positive atoms over the current fact set followed
// by plain enumeration of the remaining variables.
//
// Termination: U is finite and fixed before the first round and rounds only add tuples over U,
// so recursive (even cyclic) policies reach the fixpoint. The work is still bounded: every
// join or enumeration step counts, and beyond `max_steps` the evaluation stops with
// PolarError(TooComplex); the steps poll the host's interrupt hook (base/interrupt.hpp).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/value.hpp"
#include "ir/ir.hpp"

namespace polar::eval {

using Tuple = std::vector<Value>;

struct Fact {
  std::string pred;
  Tuple args;
  bool operator<(const Fact& o) const { return pred != o.pred ? pred < o.pred : args < o.args; }
  bool operator==(const Fact& o) const { return pred == o.pred && args == o.args; }
};

// The id of fresh entity and String values; the fresh Integer.
inline constexpr const char* kFreshId = "__fresh__";
inline constexpr int64_t kFreshInteger = -4242424242LL;
// An entity type no policy names: its fresh value stands for entities of never-named types.
inline constexpr const char* kUnnamedType = "Unnamed__";

class Evaluator {
 public:
  // `extra_values`: values of the queries (and anything else that must be in U).
  // `extra_types`: entity types that need a fresh value even if the policy never names them
  // (e.g. the type of a `list`). `now`: the value of @current_unix_time.
  Evaluator(const ir::Program& program, const std::vector<Fact>& facts, const std::vector<Value>& extra_values,
            const std::vector<std::string>& extra_types, int64_t now, uint64_t max_steps = kDefaultMaxSteps);

  // The semantics of one compiled query (polar-language.md §6.6, last Decision): a value that no
  // fact, rule or query provides (a fresh value, or a Boolean or value of `extra_values` that
  // occurs nowhere else) only stands for "every value" where nothing tests it; a negation or a
  // comparison other than `=` is false for it, as the compiled SQL expands such a wildcard into
  // the active domain (the facts', the policy's and the query's values). `query_values` are
  // the query's own values (they join the active domain and the universe).
  struct ActiveDomain {
    explicit ActiveDomain(std::vector<Value> values) : query_values(std::move(values)) {}  // `{}` stays the other form
    std::vector<Value> query_values;
  };
  Evaluator(const ir::Program& program, const std::vector<Fact>& facts, const ActiveDomain& domain,
            const std::vector<std::string>& extra_types, int64_t now, uint64_t max_steps = kDefaultMaxSteps);

  static constexpr uint64_t kDefaultMaxSteps = 200'000'000;

  // Every derived or given tuple of name/arity (empty set when unknown).
  const std::set<Tuple>& tuples(const std::string& pred, size_t arity) const;
  bool holds(const std::string& pred, const Tuple& args) const;

  const std::vector<Value>& universe() const { return universe_; }
  // Values of U whose type is exactly `type`.
  std::vector<Value> universe_of_type(const std::string& type) const;
  static bool is_fresh(const Value& v);
  bool in_universe(const Value& v) const { return universe_set_.count(v) > 0; }
  // With an ActiveDomain: is `v` in it? (Always true without one.)
  bool in_active_domain(const Value& v) const { return !active_domain_ || active_domain_->count(v) > 0; }

  // Does `v` fit a variable of static type `type` ("" = any)? Subtypes fit.
  bool fits(const Value& v, const std::string& type) const;

  size_t derived_count() const;
  int iterations() const { return iterations_; }
  uint64_t steps() const { return steps_; }

 private:
  using Assignment = std::vector<const Value*>;  // null = unassigned
  struct RulePlan {
    std::vector<size_t> positive;    // body literals that are Calls
    std::vector<size_t> checks;      // other literals
    std::vector<int> free_vars;      // variables to enumerate over U after the join
    std::vector<bool> neg_wildcard;  // per variable: occurs only in negated atoms ("any value")
  };

  void build(const std::vector<Fact>& facts, const std::vector<Value>& extra_values,
             const std::vector<std::string>& extra_types, bool with_active_domain);
  bool tests_unseen(const ir::Literal& l, const RulePlan& p, const Assignment& a) const;
  void add_value(const Value& v);
  void evaluate(const std::vector<Fact>& facts);
  RulePlan plan(const ir::Rule& r) const;
  void fire(const ir::Rule& r, const RulePlan& p, std::vector<Tuple>& out) const;
  void join(const ir::Rule& r, const RulePlan& p, size_t i, Assignment& a, std::vector<Tuple>& out) const;
  void enumerate(const ir::Rule& r, const RulePlan& p, size_t i, Assignment& a, std::vector<Tuple>& out) const;
  bool check_ready(const ir::Rule& r, const RulePlan& p, const Assignment& a, int just_assigned) const;
  bool check(const ir::Rule& r, const ir::Literal& l, const RulePlan& p, const Assignment& a) const;
  bool literal_ready(const ir::Literal& l, const RulePlan& p, const Assignment& a) const;
  const Value& term_value(const ir::Term& t, const Assignment& a) const;
  bool var_ok(const ir::Rule& r, int var, const Value& v) const;
  const TypeSet& type_set(const std::string& type) const;
  void step() const;  // counts one unit of work; polls the interrupt hook; enforces max_steps_

  const ir::Program& program_;
  Value now_;
  std::vector<Value> universe_;
  std::set<Value> universe_set_;
  std::unique_ptr<std::set<Value>> active_domain_;  // null: every value of U is "seen"
  std::vector<std::set<Tuple>> db_;                 // by PredId
  std::set<Tuple> empty_;
  mutable std::map<std::string, TypeSet> type_sets_;
  int iterations_ = 0;
  uint64_t max_steps_;
  mutable uint64_t steps_ = 0;
};

}  // namespace polar::eval
