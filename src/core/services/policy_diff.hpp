// What changed between two policies: types, roles, permissions, relations and rules.
#pragma once

#include <string>
#include <vector>

#include "ir/ir.hpp"

namespace polar {

struct PolicyChange {
  std::string change;  // "added" or "removed"
  std::string kind;    // "type", "role", "permission", "relation", "rule", "test"
  std::string block;   // the block's type, "global", or "" for top-level items
  std::string name;    // the term, `name: Type` for relations, or the rule/test as written
};

// Changes from `before` to `after`, in a stable order (kind, block, name).
std::vector<PolicyChange> diff_policies(const ir::Program& before, const ir::Program& after);

// The active policy's terms for psql: one row per type, role, permission and relation.
struct PolicyTerm {
  std::string block;  // type name, or "global"
  std::string kind;   // "actor", "resource", "role", "permission", "relation"
  std::string name;   // the term ("" for the type rows)
  std::string type;   // relation target type, or "" otherwise
};
std::vector<PolicyTerm> policy_terms(const ir::Program& program);

}  // namespace polar
