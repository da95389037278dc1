// The conditions of a shorthand rule's body, row by row of polar-language.md §5.2: "role" or
// "relation" (rows 1, 2), "role" on "relation" (3, 4), global "role" (5), role on "relation" with
// a variable head (6); other conditions are lowered as in ordinary rules.
#include <string>
#include <vector>

#include "analysis/desugar_shorthand_internal.hpp"
#include "syntax/ast_print.hpp"

namespace polar::detail {

// P_x(actor, "x", subject) for a role or permission of the block that owns `subject`.
void ShorthandLowering::grant_call(RuleBuilder& b, TermKind kind, const std::string& name, int actor, int subject,
                                   SourcePos pos) {
  std::vector<ir::Term> args{ir::Term::variable(actor), ir::Term::constant(Value::string(name))};
  if (subject >= 0) args.push_back(ir::Term::variable(subject));
  b.add_call(predicate_for(kind), std::move(args), false, pos);
}

void ShorthandLowering::relation_call(RuleBuilder& b, int subject, const std::string& rel, int related, SourcePos pos) {
  b.add_call("has_relation",
             {ir::Term::variable(subject), ir::Term::constant(Value::string(rel)), ir::Term::variable(related)}, false,
             pos);
}

bool ShorthandLowering::is_actor_type(const std::string& type) const {
  const EntityType* t = a_.program.types.entity(type);
  return t && t->is_actor;
}

std::string ShorthandLowering::rule_text(const ast::Expr& e) const {
  return (sh_.variable_head ? sh_.head.text : quoted(sh_.head.text)) + " if " + to_polar(e);
}

bool ShorthandLowering::lower_condition(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
  using K = ast::Expr::Kind;
  switch (e.kind) {
    case K::ShRole:
      return e.relation ? lower_on(b, e, actor, resource) : lower_plain(b, e, actor, resource);
    case K::ShVarOn:
      return lower_variable_on(b, e, actor, resource);
    case K::ShGlobal:
      return lower_global(b, e, actor);
    case K::Not: {
      const ast::Expr& inner = e.operands.front();
      if (inner.kind == K::ShRole || inner.kind == K::ShVarOn || inner.kind == K::ShGlobal) {
        a_.diags.error("H08", e.pos,
                       "Shorthand terms cannot be negated (found '" + to_polar(e) + "' in " + block_.describe() +
                           "). Negate a fact instead, e.g. not is_banned(actor, resource).");
        return false;
      }
      b.lower_primitive(e);
      return true;
    }
    default:
      b.lower_primitive(e);
      return true;
  }
}

// Rows 1 and 2: "b" (a role or permission of this block) or "rel" (a relation to an actor type).
bool ShorthandLowering::lower_plain(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
  auto it = block_.kinds.find(e.term.text);
  if (it == block_.kinds.end()) {
    undeclared(e.term);
    return false;
  }
  if (it->second != TermKind::Relation) {
    grant_call(b, it->second, e.term.text, actor, resource, e.pos);
    return true;
  }
  const std::string& type = block_.relation_types.at(e.term.text);
  if (!is_actor_type(type)) {
    a_.diags.error("H05", e.term.pos,
                   block_.type + ": Relation " + quoted(e.term.text) + " in rule body '" + rule_text(e) +
                       "' has type '" + type + "', which is not an actor type. Did you mean '\"member\" on " +
                       quoted(e.term.text) + "'?");
    return false;
  }
  b.narrow(actor, type, e.pos);
  relation_call(b, resource, e.term.text, actor, e.pos);
  return true;
}

// Looks up `"rel"` for an `on` condition; returns the related type or "" after reporting.
std::string ShorthandLowering::relation_type(const ast::Expr& e) {
  if (global_) {
    a_.diags.error("H07", e.op_pos.valid() ? e.op_pos : e.relation->pos,
                   "'on' and 'global' conditions are not allowed in the global block.");
    return "";
  }
  auto it = block_.kinds.find(e.relation->text);
  if (it == block_.kinds.end()) {
    undeclared(*e.relation);
    return "";
  }
  if (it->second != TermKind::Relation) {
    a_.diags.error("H03", e.relation->pos,
                   block_.type + ": " + quoted(e.relation->text) + " in rule body '" + to_polar(e) + "' is a " +
                       (it->second == TermKind::Role ? "role" : "permission") +
                       ", not a relation. Only relations can follow 'on'.");
    return "";
  }
  return block_.relation_types.at(e.relation->text);
}

// Rows 3 and 4: "b" on "rel".
bool ShorthandLowering::lower_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
  std::string type = relation_type(e);
  if (type.empty()) return false;
  const ResolvedBlock* related_block = a_.block(type);
  auto it = related_block ? related_block->kinds.find(e.term.text) : decltype(related_block->kinds.end()){};
  if (!related_block || it == related_block->kinds.end()) {
    a_.diags.error("H02", e.term.pos,
                   block_.type + ": Term " + quoted(e.term.text) + " not declared in related resource block '" + type +
                       "'. Did you mean to declare it as a role, permission, or relation in the '" + type +
                       "' resource block?");
    return false;
  }
  int related = b.fresh(type, "$related");
  relation_call(b, resource, e.relation->text, related, e.pos);
  if (it->second != TermKind::Relation) {
    grant_call(b, it->second, e.term.text, actor, related, e.pos);
    return true;
  }
  const std::string& actor_type = related_block->relation_types.at(e.term.text);
  if (!is_actor_type(actor_type)) {
    a_.diags.error("H05", e.term.pos,
                   block_.type + ": Relation " + quoted(e.term.text) + " in rule body '" + rule_text(e) +
                       "' has type '" + actor_type + "', which is not an actor type.");
    return false;
  }
  b.narrow(actor, actor_type, e.pos);
  relation_call(b, related, e.term.text, actor, e.pos);
  return true;
}

// Row 6: role on "rel" with a variable head: roles this block declares or inherits flow from the related value.
bool ShorthandLowering::lower_variable_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
  if (!sh_.variable_head || e.term.text != sh_.head.text) {
    a_.diags.error("H09", e.term.pos,
                   "Variable '" + e.term.text + "' in '" + to_polar(e) + "' must be the head of the rule, as in '" +
                       e.term.text + " if " + e.term.text + " on " +
                       (e.relation ? quoted(e.relation->text) : std::string("\"...\"")) + "'.");
    return false;
  }
  std::string type = relation_type(e);
  if (type.empty()) return false;
  int role = b.named(e.term.text, std::string(kStringType), e.term.pos);
  ir::Literal in;
  in.kind = ir::Literal::Kind::In;
  in.lhs = ir::Term::variable(role);
  for (const std::string& r : block_.roles) in.list.push_back(Value::string(r));
  in.pos = e.pos;
  b.rule().body.push_back(in);
  int related = b.fresh(type, "$related");
  relation_call(b, resource, e.relation->text, related, e.pos);
  b.add_call("has_role", {ir::Term::variable(actor), ir::Term::variable(role), ir::Term::variable(related)}, false,
             e.pos);
  return true;
}

// Row 5: global "g".
bool ShorthandLowering::lower_global(RuleBuilder& b, const ast::Expr& e, int actor) {
  if (global_) {
    a_.diags.error("H07", e.pos, "'on' and 'global' conditions are not allowed in the global block.");
    return false;
  }
  const ResolvedBlock* g = a_.block("");
  auto it = g ? g->kinds.find(e.term.text) : decltype(g->kinds.end()){};
  if (!g || it == g->kinds.end() || it->second == TermKind::Relation) {
    a_.diags.error("H06", e.term.pos,
                   "Undeclared global term " + quoted(e.term.text) + " referenced in rule in " + block_.describe() +
                       ". Declare it in the global block: global { roles = [" + quoted(e.term.text) + "]; }");
    return false;
  }
  grant_call(b, it->second, e.term.text, actor, -1, e.pos);
  return true;
}

}  // namespace polar::detail
