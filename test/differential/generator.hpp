// Random policy + fact + query generator for the differential tests. Deterministic
// from a seed. Three steps, because facts follow the policy's inferred signatures and
// queries are biased towards answers that the reference evaluator finds:
//   Generator g(seed);
//   Case c = g.policy();                 // policy items only
//   analyze c.policy_text() -> program   // the caller validates
//   g.facts(c, program);                 // facts that pass the fact checks
//   g.queries(c, program, reference);    // ~10 authorize, 3 list, 3 actions, 3 query (+ phase 2)
#pragma once

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "case_file.hpp"
#include "ir/ir.hpp"
#include "services/evaluator.hpp"

namespace polar::diff {

// Which constructs a generated policy uses (for the coverage report).
struct Features {
  std::set<std::string> used;
  void add(const std::string& f) { used.insert(f); }
};

class Generator {
 public:
  explicit Generator(uint64_t seed);

  Case policy();
  void facts(Case& c, const ir::Program& program);
  void queries(Case& c, const ir::Program& program, const Evaluator& ref);
  // Every value the queries may use (they must be in the reference's universe too).
  std::vector<Value> pool_values() const;
  std::vector<std::string> pool_types() const;

  const Features& features() const { return features_; }
  size_t dropped_facts() const { return dropped_facts_; }

 private:
  struct Rel {
    std::string name, type;
  };
  struct Block {
    std::string type;
    bool actor = false;
    std::string extends;
    std::vector<std::string> roles, perms;
    std::vector<Rel> rels;
    std::vector<std::string> shorthand;
    bool has_roles() const { return !roles.empty(); }
  };

  // Randomness.
  uint64_t next();
  int below(int n);  // [0, n)
  bool chance(double p);
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(below(static_cast<int>(v.size())))];
  }

  // Policy parts.
  void make_types();
  void make_block(Block& b);
  void make_shorthand(Block& b);
  std::string shorthand_term(const Block& b, const std::string& head, bool& binds_actor, int depth);
  std::string simple_term(const Block& b, const std::string& head, bool& binds_actor);
  void make_custom_rules(std::vector<PolicyItem>& items);
  void add_rule(std::vector<PolicyItem>& items, const std::string& text, const std::string& feature);
  Block* block(const std::string& type);
  const Block& random_resource();
  std::string role_of(const Block& b);
  std::string perm_of(const Block& b);
  std::string id_of(const std::string& type);  // a pool id, Polar literal form Type{"id"}

  // Values.
  std::vector<std::string> ids_of(const std::string& type) const;
  Value random_value_of(const ir::Program& p, const std::string& type);
  Value random_any_value(const ir::Program& p);
  std::vector<std::string> concrete_types(const ir::Program& p, const std::string& type) const;

  std::mt19937_64 rng_;
  std::vector<Block> blocks_;  // actors first
  bool global_ = false;
  std::vector<std::string> global_roles_, global_perms_;
  std::map<std::string, std::vector<std::string>> ids_;  // entity pools by type
  std::vector<int64_t> ints_;
  std::vector<std::string> strings_;  // extra strings for facts and queries
  Features features_;
  size_t dropped_facts_ = 0;
};

}  // namespace polar::diff
