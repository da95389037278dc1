// Internal to the analyzer: shared state of the passes that turn a parsed policy
// into a validated, desugared ir::Program. See analyze.hpp for the entry point.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "syntax/ast.hpp"
#include "base/diagnostics.hpp"
#include "ir/ir.hpp"

namespace polar::detail {

enum class TermKind { Role, Permission, Relation };

// A block's names after inheritance: kind of each name, relation types, and positions.
struct ResolvedBlock {
  const ast::Block* ast = nullptr;  // null for an implicit type
  std::string type;                 // "" for global
  bool is_actor = false;
  std::map<std::string, TermKind> kinds;
  std::map<std::string, std::string> relation_types;
  std::set<std::string> broken_relations;       // declared with an unknown type (B09, reported once)
  std::vector<std::string> roles, permissions;  // in declaration order, inherited first
  std::string describe() const;                 // "'Repository' resource block" / "global block"
};

struct Analyzer {
  Diagnostics& diags;
  ir::Program& program;
  std::map<std::string, ResolvedBlock> blocks;  // by type name; "" = global
  std::set<std::string> implicit_types;

  Analyzer(Diagnostics& d, ir::Program& p) : diags(d), program(p) {}

  const ResolvedBlock* block(const std::string& type) const {
    auto it = blocks.find(type);
    return it == blocks.end() ? nullptr : &it->second;
  }
  // A type name used in a specializer, `matches`, entity literal or declare.
  void note_type_use(const std::string& name, SourcePos pos);
};

// Passes, in order.
void collect_types(Analyzer& a, const ast::Policy& policy);
void resolve_blocks(Analyzer& a, const ast::Policy& policy);
void desugar_shorthands(Analyzer& a, const ast::Policy& policy);
void lower_rules(Analyzer& a, const ast::Policy& policy);
void add_default_allow(Analyzer& a);
void infer_signatures(Analyzer& a, const ast::Policy& policy);
void check_rules(Analyzer& a);
void check_tests(Analyzer& a, const ast::Policy& policy);

// Shared helpers.
std::string quoted(const std::string& s);  // "s" with \" and \\ escaped
int edit_distance(const std::string& a, const std::string& b);

}  // namespace polar::detail
