#include "services/explain.hpp"

#include <map>

#include "syntax/ast_print.hpp"

namespace polar {

std::string goal_text(const std::string& predicate, const GoalArgs& args) {
  std::string out = predicate + "(";
  for (size_t i = 0; i < args.size(); i++) out += (i ? ", " : "") + (args[i] ? args[i]->polar_literal() : "_");
  return out + ")";
}

std::vector<int> ExplainSession::candidate_rules(const std::string& predicate, const GoalArgs& args) const {
  std::vector<int> out;
  ir::PredId id = program_->find(predicate, static_cast<int>(args.size()));
  if (id < 0) return out;
  const TypeRegistry& types = program_->types;
  for (int ri : program_->pred(id).rules) {
    const ir::Rule& r = program_->rules[ri];
    if (r.head.pred != id) continue;
    std::map<int, Value> assigned;
    bool ok = true;
    for (size_t k = 0; k < args.size() && ok; k++) {
      const ir::Term& t = r.head.args[k];
      if (!args[k]) continue;
      if (t.kind == ir::Term::Kind::Const) {
        ok = t.value == *args[k];
      } else if (t.kind == ir::Term::Kind::Var) {
        const ir::Var& v = r.vars[t.var];
        ok = v.type.empty() || types.set_of(v.type).contains(types.concrete_id(args[k]->type));
        auto it = assigned.find(t.var);
        if (ok && it != assigned.end()) ok = it->second == *args[k];
        assigned[t.var] = *args[k];
      }
    }
    if (ok) out.push_back(ri);
  }
  return out;
}

QuerySpec ExplainSession::witness_query(int rule, const GoalArgs& args, size_t prefix, std::vector<Value>& values) {
  const ir::Rule original = program_->rules[rule];
  ir::Rule synthetic;
  synthetic.vars = original.vars;
  synthetic.vars.push_back({"$any", ""});  // keeps the head non-empty for rules without variables
  synthetic.body.assign(original.body.begin(), original.body.begin() + static_cast<long>(prefix));
  synthetic.origin = original.origin;
  synthetic.pos = original.pos;
  std::string name = "__explain_" + std::to_string(synthetic_++);
  synthetic.head.pred = program_->intern(name, static_cast<int>(synthetic.vars.size()));
  for (size_t v = 0; v < synthetic.vars.size(); v++)
    synthetic.head.args.push_back(ir::Term::variable(static_cast<int>(v)));
  program_->preds[synthetic.head.pred].rules.push_back(static_cast<int>(program_->rules.size()));
  program_->rules.push_back(synthetic);

  // Head variables take the goal's values.
  std::map<int, Value> known;
  for (size_t k = 0; k < args.size(); k++)
    if (args[k] && original.head.args[k].kind == ir::Term::Kind::Var) known[original.head.args[k].var] = *args[k];
  QuerySpec spec;
  spec.predicate = name;
  values.assign(synthetic.vars.size(), Value{});
  for (size_t v = 0; v < synthetic.vars.size(); v++) {
    auto it = known.find(static_cast<int>(v));
    if (it != known.end()) {
      values[v] = it->second;
      spec.args.push_back(QueryArg::bound(it->second.type));
    } else {
      spec.args.push_back(QueryArg::free(""));
    }
  }
  return spec;
}

ExplainSession::Literal ExplainSession::instantiate(int rule, size_t i,
                                                    const std::vector<std::optional<std::string>>& witness) const {
  const ir::Rule& r = program_->rules[rule];
  const ir::Literal& l = r.body[i];
  auto value_of = [&](const ir::Term& t) -> std::optional<Value> {
    if (t.kind == ir::Term::Kind::Const) return t.value;
    if (t.kind == ir::Term::Kind::Var && t.var < static_cast<int>(witness.size()) && witness[t.var] &&
        *witness[t.var] != kWildcard)
      return decode_value(*witness[t.var]);
    return std::nullopt;
  };
  auto text_of = [&](const ir::Term& t) -> std::string {
    std::optional<Value> v = value_of(t);
    if (v) return v->polar_literal();
    if (t.kind == ir::Term::Kind::Now) return "@current_unix_time";
    const std::string& name = r.vars[t.var].name;
    return name[0] == '$' ? "_" : name;
  };
  Literal out;
  switch (l.kind) {
    case ir::Literal::Kind::Call:
    case ir::Literal::Kind::NotCall: {
      out.kind = l.kind == ir::Literal::Kind::Call ? Literal::Kind::Call : Literal::Kind::NotCall;
      out.predicate = program_->pred(l.atom.pred).name;
      for (const ir::Term& t : l.atom.args) out.args.push_back(value_of(t));
      std::string call = out.predicate + "(";
      for (size_t k = 0; k < l.atom.args.size(); k++) call += (k ? ", " : "") + text_of(l.atom.args[k]);
      out.text = (out.kind == Literal::Kind::NotCall ? "not " : "") + call + ")";
      break;
    }
    case ir::Literal::Kind::Compare:
      out.kind = Literal::Kind::Condition;
      out.text = text_of(l.lhs) + " " + to_polar(l.op) + " " + text_of(l.rhs);
      break;
    case ir::Literal::Kind::In: {
      out.kind = Literal::Kind::Condition;
      out.text = text_of(l.lhs) + " in [";
      for (size_t k = 0; k < l.list.size(); k++) out.text += (k ? ", " : "") + l.list[k].polar_literal();
      out.text += "]";
      break;
    }
  }
  return out;
}

std::string ExplainSession::rule_text(int rule) const { return program_->rules[rule].origin; }
int ExplainSession::rule_line(int rule) const { return program_->rules[rule].pos.line; }
size_t ExplainSession::body_size(int rule) const { return program_->rules[rule].body.size(); }

bool ExplainSession::fact_bearing(const std::string& predicate, size_t arity) const {
  ir::PredId id = program_->find(predicate, static_cast<int>(arity));
  return id >= 0 && program_->pred(id).fact_bearing();
}

bool ExplainSession::has_rules(const std::string& predicate, size_t arity) const {
  ir::PredId id = program_->find(predicate, static_cast<int>(arity));
  if (id < 0) return false;
  for (int ri : program_->pred(id).rules)
    if (!program_->rules[ri].policy_fact) return true;
  return false;
}

bool ExplainSession::policy_fact(const std::string& predicate, const GoalArgs& args) const {
  ir::PredId id = program_->find(predicate, static_cast<int>(args.size()));
  if (id < 0) return false;
  for (int ri : program_->pred(id).rules) {
    const ir::Rule& r = program_->rules[ri];
    if (!r.policy_fact) continue;
    bool match = true;
    for (size_t k = 0; k < args.size() && match; k++) match = !args[k] || r.head.args[k].value == *args[k];
    if (match) return true;
  }
  return false;
}

}  // namespace polar
