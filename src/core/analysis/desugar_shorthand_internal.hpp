// Internal to shorthand desugaring: one shorthand rule of a block lowered to IR rules, following
// the expansion table of polar-language.md §5.2 with the name checks of §5.4 (H01-H10).
// desugar_shorthand.cpp: the rule — its head, the variable-head checks (H09, H10), one IR rule
// per alternative of its body; desugar_shorthand_conditions.cpp: the body's conditions, row by
// row of the table ("role", "role" on "relation", role on "relation", global "role").
#pragma once

#include <string>
#include <vector>

#include "analysis/rule_builder.hpp"

namespace polar::detail {

inline const char* predicate_for(TermKind k) { return k == TermKind::Role ? "has_role" : "has_permission"; }

class ShorthandLowering {
 public:
  ShorthandLowering(Analyzer& a, const ResolvedBlock& block, const ast::Shorthand& sh)
      : a_(a), block_(block), sh_(sh), global_(block.type.empty()) {}

  void run();

 private:
  std::string origin() const;
  bool resolve_head(TermKind& kind);
  void undeclared(const ast::Name& name);
  bool check_variable_head(const std::vector<Conjunction>& alternatives);
  void lower_alternative(const Conjunction& conj, TermKind head_kind);

  // The conditions (desugar_shorthand_conditions.cpp).
  void grant_call(RuleBuilder& b, TermKind kind, const std::string& name, int actor, int subject, SourcePos pos);
  void relation_call(RuleBuilder& b, int subject, const std::string& rel, int related, SourcePos pos);
  bool is_actor_type(const std::string& type) const;
  std::string rule_text(const ast::Expr& e) const;
  bool lower_condition(RuleBuilder& b, const ast::Expr& e, int actor, int resource);
  bool lower_plain(RuleBuilder& b, const ast::Expr& e, int actor, int resource);
  std::string relation_type(const ast::Expr& e);
  bool lower_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource);
  bool lower_variable_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource);
  bool lower_global(RuleBuilder& b, const ast::Expr& e, int actor);

  Analyzer& a_;
  const ResolvedBlock& block_;
  const ast::Shorthand& sh_;
  bool global_;
};

}  // namespace polar::detail
