// Shorthand rules inside blocks -> ordinary IR rules, following the expansion
// table of polar-language.md §5.2, with the name checks of §5.4 (H01-H10).
#include "syntax/ast_print.hpp"
#include "analysis/rule_builder.hpp"

namespace polar::detail {

namespace {

const char* predicate_for(TermKind k) { return k == TermKind::Role ? "has_role" : "has_permission"; }

class ShorthandLowering {
 public:
  ShorthandLowering(Analyzer& a, const ResolvedBlock& block, const ast::Shorthand& sh)
      : a_(a), block_(block), sh_(sh), global_(block.type.empty()) {}

  void run() {
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

 private:
  std::string origin() const { return (global_ ? std::string("global") : block_.type) + ": " + to_polar(sh_); }

  bool resolve_head(TermKind& kind) {
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

  void undeclared(const ast::Name& name) {
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
  bool check_variable_head(const std::vector<Conjunction>& alternatives) {
    if (block_.roles.empty()) {
      std::string relation = "...";
      for (const Conjunction& conj : alternatives)
        for (const ast::Expr* e : conj)
          if (e->kind == ast::Expr::Kind::ShVarOn && e->relation) relation = e->relation->text;
      a_.diags.error("H10", sh_.head.pos,
                     "'" + block_.type + "' resource block declares no roles, so '" + sh_.head.text + " if " +
                         sh_.head.text + " on " + quoted(relation) +
                         "' grants nothing. Declare roles = [ ... ]; first.");
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

  void lower_alternative(const Conjunction& conj, TermKind head_kind) {
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

  // P_x(actor, "x", subject) for a role or permission of the block that owns `subject`.
  void grant_call(RuleBuilder& b, TermKind kind, const std::string& name, int actor, int subject, SourcePos pos) {
    std::vector<ir::Term> args{ir::Term::variable(actor), ir::Term::constant(Value::string(name))};
    if (subject >= 0) args.push_back(ir::Term::variable(subject));
    b.add_call(predicate_for(kind), std::move(args), false, pos);
  }

  void relation_call(RuleBuilder& b, int subject, const std::string& rel, int related, SourcePos pos) {
    b.add_call("has_relation",
               {ir::Term::variable(subject), ir::Term::constant(Value::string(rel)), ir::Term::variable(related)},
               false, pos);
  }

  bool is_actor_type(const std::string& type) const {
    const EntityType* t = a_.program.types.entity(type);
    return t && t->is_actor;
  }

  std::string rule_text(const ast::Expr& e) const {
    return (sh_.variable_head ? sh_.head.text : quoted(sh_.head.text)) + " if " + to_polar(e);
  }

  bool lower_condition(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
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
  bool lower_plain(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
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
  std::string relation_type(const ast::Expr& e) {
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
  bool lower_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
    std::string type = relation_type(e);
    if (type.empty()) return false;
    const ResolvedBlock* related_block = a_.block(type);
    auto it = related_block ? related_block->kinds.find(e.term.text) : decltype(related_block->kinds.end()){};
    if (!related_block || it == related_block->kinds.end()) {
      a_.diags.error("H02", e.term.pos,
                     block_.type + ": Term " + quoted(e.term.text) + " not declared in related resource block '" +
                         type + "'. Did you mean to declare it as a role, permission, or relation in the '" + type +
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
  bool lower_variable_on(RuleBuilder& b, const ast::Expr& e, int actor, int resource) {
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
  bool lower_global(RuleBuilder& b, const ast::Expr& e, int actor) {
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

  Analyzer& a_;
  const ResolvedBlock& block_;
  const ast::Shorthand& sh_;
  bool global_;
};

}  // namespace

void desugar_shorthands(Analyzer& a, const ast::Policy& policy) {
  for (const ast::Block& b : policy.blocks) {
    std::string type = b.kind == ast::Block::Kind::Global ? "" : b.type.text;
    const ResolvedBlock* rb = a.block(type);
    if (!rb || rb->ast != &b) continue;  // a duplicate or built-in block: already reported
    for (const ast::Shorthand& sh : b.shorthands) ShorthandLowering(a, *rb, sh).run();
  }
}

}  // namespace polar::detail
