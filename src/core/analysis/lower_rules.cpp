// Ordinary top-level rules, policy facts and universal rules -> IR rules (§6),
// the default allow (§6.7), and the rule checks that need the whole program (R04, R14).
#include <algorithm>

#include "syntax/ast_print.hpp"
#include "analysis/rule_builder.hpp"

namespace polar::detail {

namespace {

bool all_literal(const ast::Rule& r) {
  return std::all_of(r.params.begin(), r.params.end(),
                     [](const ast::Param& p) { return p.term.kind == ast::Term::Kind::Literal; });
}

void lower_head(RuleBuilder& b, Analyzer& a, const ast::Rule& r) {
  std::vector<ir::Term> args;
  for (const ast::Param& p : r.params) {
    std::string type = p.type ? p.type->text : "";
    SourcePos type_pos = p.type ? p.type->pos : p.term.pos;
    switch (p.term.kind) {
      case ast::Term::Kind::Variable:
        args.push_back(ir::Term::variable(b.named(p.term.name, type, type_pos)));
        break;
      case ast::Term::Kind::Wildcard:
        args.push_back(ir::Term::variable(b.fresh(type)));
        break;
      case ast::Term::Kind::Literal:
        args.push_back(ir::Term::constant(p.term.value));
        break;
      case ast::Term::Kind::Constant:
        a.diags.error("R12", p.term.pos, "@current_unix_time can only be used in rule bodies.");
        args.push_back(ir::Term::variable(b.fresh("")));
        break;
    }
  }
  b.rule().head.pred = a.program.intern(r.name.text, static_cast<int>(args.size()));
  b.rule().head.args = std::move(args);
}

void lower_rule(Analyzer& a, const ast::Rule& r) {
  std::string origin = to_polar_head(r) + (r.body ? " if " + to_polar(*r.body) : "");
  std::map<std::string, std::pair<int, SourcePos>> counts;
  for (const ast::Param& p : r.params) count_variable(p.term, counts);
  if (r.body) count_variables(*r.body, counts);
  report_singletons(a, counts);

  if (!r.body) {
    RuleBuilder b(a, r.pos, origin);
    lower_head(b, a, r);
    b.rule().policy_fact = all_literal(r);
    if (b.rule().policy_fact && r.params.size() > 5)  // facts, wherever written, have 1 to 5 arguments
      a.diags.error("R14", r.name.pos,
                    "Predicate " + r.name.text + "/" + std::to_string(r.params.size()) +
                        " has no rules and cannot hold facts, which have at most 5 arguments.");
    a.program.rules.push_back(b.take());
    return;
  }
  std::vector<Conjunction> alternatives;
  if (!to_dnf(*r.body, alternatives, a.diags)) return;
  for (const Conjunction& conj : alternatives) {
    RuleBuilder b(a, r.pos, origin);
    lower_head(b, a, r);
    for (const ast::Expr* e : conj) {
      using K = ast::Expr::Kind;
      if (e->kind == K::ShRole || e->kind == K::ShVarOn || e->kind == K::ShGlobal) {
        a.diags.error("P12", e->pos,
                      "Shorthand condition '" + to_polar(*e) +
                          "' can only be used in a rule inside an actor, resource or global block.");
        continue;
      }
      b.lower_primitive(*e);
    }
    b.check_grounding_and_types();
    a.program.rules.push_back(b.take());
  }
}

}  // namespace

void lower_rules(Analyzer& a, const ast::Policy& policy) {
  for (const ast::Rule& r : policy.rules) lower_rule(a, r);
}

void add_default_allow(Analyzer& a) {
  ir::PredId allow = a.program.find("allow", 3);
  if (allow >= 0) {
    for (const ir::Rule& r : a.program.rules)
      if (r.head.pred == allow) return;
  }
  ir::Rule rule;
  rule.vars = {{"actor", ""}, {"action", ""}, {"resource", ""}};
  rule.head.pred = a.program.intern("allow", 3);
  rule.head.args = {ir::Term::variable(0), ir::Term::variable(1), ir::Term::variable(2)};
  ir::Literal call;
  call.kind = ir::Literal::Kind::Call;
  call.atom.pred = a.program.intern("has_permission", 3);
  call.atom.args = rule.head.args;
  rule.body.push_back(call);
  rule.origin = "allow(actor, action, resource) if has_permission(actor, action, resource)";
  rule.implicit_allow = true;
  a.program.rules.push_back(rule);
}

void check_rules(Analyzer& a) {
  ir::Program& p = a.program;
  for (size_t i = 0; i < p.rules.size(); i++) {
    ir::Predicate& pred = p.preds[p.rules[i].head.pred];
    if (pred.rules.empty()) pred.first_rule_pos = p.rules[i].pos;
    pred.rules.push_back(static_cast<int>(i));
  }
  // R04: only predicates made entirely of facts can be negated.
  for (const ir::Rule& r : p.rules)
    for (const ir::Literal& l : r.body) {
      if (l.kind != ir::Literal::Kind::NotCall) continue;
      const ir::Predicate& target = p.preds[l.atom.pred];
      for (int ri : target.rules) {
        const ir::Rule& def = p.rules[ri];
        if (def.policy_fact) continue;
        std::string at =
            def.pos.valid() ? " (see " + std::to_string(def.pos.line) + ":" + std::to_string(def.pos.col) + ")" : "";
        a.diags.error("R04", l.pos,
                      "Cannot negate " + target.key() + ": it is defined by rules in this policy" + at +
                          ". Only predicates made entirely of facts can be negated.");
        break;
      }
    }
  // R14: a predicate without rules can only hold facts, which have at most 5 arguments.
  for (const ir::Predicate& pred : p.preds)
    if (pred.rules.empty() && pred.arity > 5) {
      SourcePos pos;
      for (const ir::Rule& r : p.rules)
        for (const ir::Literal& l : r.body)
          if ((l.kind == ir::Literal::Kind::Call || l.kind == ir::Literal::Kind::NotCall) &&
              p.preds[l.atom.pred].key() == pred.key() && !pos.valid())
            pos = l.pos;
      a.diags.error("R14", pos,
                    "Predicate " + pred.key() + " has no rules and cannot hold facts, which have at most 5 arguments.");
    }
}

}  // namespace polar::detail
