// Shorthand rules inside blocks -> ordinary IR rules: each rule's head, the variable-head checks
// and one IR rule per alternative of its body (the conditions: desugar_shorthand_conditions.cpp).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "analysis/desugar_shorthand_internal.hpp"
#include "syntax/ast_print.hpp"

namespace polar::detail {

std::string ShorthandLowering::origin() const {
  return (global_ ? std::string("global") : block_.type) + ": " + to_polar(sh_);
}

void ShorthandLowering::run() {
  std::vector<Conjunction> alternatives;
  if (!to_dnf(sh_.body, alternatives, a_.diags)) return;
  if (sh_.variable_head && !check_variable_head(alternatives)) return;
  TermKind head_kind = TermKind::Role;
  if (!sh_.variable_head && !resolve_head(head_kind)) return;
  std::map<std::string, std::pair<int, SourcePos>> counts;
  count_variables(sh_.body, counts);
  counts.erase("actor");
  counts.erase("resource");
  report_singletons(a_, counts);
  for (const Conjunction& conj : alternatives) lower_alternative(conj, head_kind);
}

bool ShorthandLowering::resolve_head(TermKind& kind) {
  auto it = block_.kinds.find(sh_.head.text);
  if (it == block_.kinds.end()) {
    undeclared(sh_.head);
    return false;
  }
  if (it->second == TermKind::Relation) {
    a_.diags.error("H04", sh_.head.pos,
                   "Relation " + quoted(sh_.head.text) + " cannot be the head of a rule in " + block_.describe() +
                       "; only roles and permissions can be granted.");
    return false;
  }
  kind = it->second;
  return true;
}

void ShorthandLowering::undeclared(const ast::Name& name) {
  if (block_.broken_relations.count(name.text)) return;  // its unknown type is the error (B09)
  if (global_)
    a_.diags.error("H01", name.pos,
                   "Undeclared term " + quoted(name.text) +
                       " referenced in rule in global block. Did you mean to declare it as a role or permission?");
  else
    a_.diags.error("H01", name.pos,
                   "Undeclared term " + quoted(name.text) + " referenced in rule in " + block_.describe() +
                       ". Did you mean to declare it as a role, permission, or relation?");
}

// H09/H10: `role if role on "rel"` must mention the head variable with `on` in every alternative.
bool ShorthandLowering::check_variable_head(const std::vector<Conjunction>& alternatives) {
  if (block_.roles.empty()) {
    std::string relation = "...";
    for (const Conjunction& conj : alternatives)
      for (const ast::Expr* e : conj)
        if (e->kind == ast::Expr::Kind::ShVarOn && e->relation) relation = e->relation->text;
    a_.diags.error("H10", sh_.head.pos,
                   "'" + block_.type + "' resource block declares no roles, so '" + sh_.head.text + " if " +
                       sh_.head.text + " on " + quoted(relation) + "' grants nothing. Declare roles = [ ... ]; first.");
    return false;
  }
  for (const Conjunction& conj : alternatives) {
    int found = 0;
    for (const ast::Expr* e : conj)
      if (e->kind == ast::Expr::Kind::ShVarOn && e->term.text == sh_.head.text) found++;
    if (found != 1) {
      a_.diags.error("H09", sh_.head.pos,
                     "Variable head '" + sh_.head.text + "' in " + block_.describe() +
                         " must be paired with the condition '" + sh_.head.text +
                         " on \"<relation>\"' in every alternative.");
      return false;
    }
  }
  return true;
}

void ShorthandLowering::lower_alternative(const Conjunction& conj, TermKind head_kind) {
  RuleBuilder b(a_, sh_.pos, origin());
  int actor = b.named("actor", kActorType, sh_.pos);
  std::vector<ir::Term> head_args{ir::Term::variable(actor)};
  int resource = -1;
  std::string pred = sh_.variable_head ? "has_role" : predicate_for(head_kind);
  if (sh_.variable_head) {
    head_args.push_back(ir::Term::variable(b.named(sh_.head.text, std::string(kStringType), sh_.head.pos)));
  } else {
    head_args.push_back(ir::Term::constant(Value::string(sh_.head.text)));
  }
  if (!global_) {
    resource = b.named("resource", block_.type, sh_.pos);
    head_args.push_back(ir::Term::variable(resource));
  }
  b.rule().head.pred = a_.program.intern(pred, static_cast<int>(head_args.size()));
  b.rule().head.args = head_args;
  bool ok = true;
  for (const ast::Expr* e : conj) ok = lower_condition(b, *e, actor, resource) && ok;
  if (!ok) return;
  b.check_grounding_and_types();
  a_.program.rules.push_back(b.take());
}

void desugar_shorthands(Analyzer& a, const ast::Policy& policy) {
  for (const ast::Block& b : policy.blocks) {
    std::string type = b.kind == ast::Block::Kind::Global ? "" : b.type.text;
    const ResolvedBlock* rb = a.block(type);
    if (!rb || rb->ast != &b) continue;  // a duplicate or built-in block: already reported
    for (const ast::Shorthand& sh : b.shorthands) ShorthandLowering(a, *rb, sh).run();
  }
}

}  // namespace polar::detail
