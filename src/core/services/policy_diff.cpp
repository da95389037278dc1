#include "services/policy_diff.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "syntax/ast_print.hpp"

namespace polar {

namespace {

using Item = std::tuple<std::string, std::string, std::string>;  // kind, block, name

std::multiset<Item> items_of(const ir::Program& p) {
  std::multiset<Item> out;
  for (const ir::BlockInfo& b : p.blocks) {
    std::string block = b.type.empty() ? "global" : b.type;
    if (!b.type.empty()) out.insert({"type", block, b.is_actor ? "actor" : "resource"});
    for (const std::string& r : b.roles) out.insert({"role", block, r});
    for (const std::string& r : b.permissions) out.insert({"permission", block, r});
    for (const auto& [name, type] : b.relations) out.insert({"relation", block, name + ": " + type});
  }
  for (const ast::Block& b : p.ast.blocks)
    for (const ast::Shorthand& s : b.shorthands)
      out.insert({"rule", b.kind == ast::Block::Kind::Global ? "global" : b.type.text, to_polar(s)});
  for (const ast::Rule& r : p.ast.rules)
    out.insert({"rule", "", to_polar_head(r) + (r.body ? " if " + to_polar(*r.body) : "")});
  for (const ast::Test& t : p.ast.tests) out.insert({"test", "", t.name.text});
  return out;
}

}  // namespace

std::vector<PolicyChange> diff_policies(const ir::Program& before, const ir::Program& after) {
  std::multiset<Item> a = items_of(before), b = items_of(after);
  std::vector<Item> removed, added;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(removed));
  std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(added));
  std::vector<PolicyChange> out;
  for (const Item& i : removed) out.push_back({"removed", std::get<0>(i), std::get<1>(i), std::get<2>(i)});
  for (const Item& i : added) out.push_back({"added", std::get<0>(i), std::get<1>(i), std::get<2>(i)});
  std::stable_sort(out.begin(), out.end(), [](const PolicyChange& x, const PolicyChange& y) {
    return std::tie(x.kind, x.block, x.name, x.change) < std::tie(y.kind, y.block, y.name, y.change);
  });
  return out;
}

std::vector<PolicyTerm> policy_terms(const ir::Program& program) {
  std::vector<PolicyTerm> out;
  for (const ir::BlockInfo& b : program.blocks) {
    std::string block = b.type.empty() ? "global" : b.type;
    if (!b.type.empty()) out.push_back({block, b.is_actor ? "actor" : "resource", "", ""});
    for (const std::string& r : b.roles) out.push_back({block, "role", r, ""});
    for (const std::string& r : b.permissions) out.push_back({block, "permission", r, ""});
    for (const auto& [name, type] : b.relations) out.push_back({block, "relation", name, type});
  }
  return out;
}

}  // namespace polar
