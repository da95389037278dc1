#include "services/evaluator.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "base/interrupt.hpp"

namespace polar::eval {

namespace {

bool var_in_term(const ir::Term& t, int var) { return t.kind == ir::Term::Kind::Var && t.var == var; }

bool var_in_literal(const ir::Literal& l, int var) {
  switch (l.kind) {
    case ir::Literal::Kind::Call:
    case ir::Literal::Kind::NotCall:
      for (const ir::Term& t : l.atom.args)
        if (var_in_term(t, var)) return true;
      return false;
    case ir::Literal::Kind::Compare:
      return var_in_term(l.lhs, var) || var_in_term(l.rhs, var);
    case ir::Literal::Kind::In:
      return var_in_term(l.lhs, var);
  }
  return false;
}

}  // namespace

Evaluator::Evaluator(const ir::Program& program, const std::vector<Fact>& facts, const std::vector<Value>& extra_values,
                     const std::vector<std::string>& extra_types, int64_t now, uint64_t max_steps)
    : program_(program), now_(Value::integer(now)), max_steps_(max_steps) {
  build(facts, extra_values, extra_types, false);
}

Evaluator::Evaluator(const ir::Program& program, const std::vector<Fact>& facts, const ActiveDomain& domain,
                     const std::vector<std::string>& extra_types, int64_t now, uint64_t max_steps)
    : program_(program), now_(Value::integer(now)), max_steps_(max_steps) {
  build(facts, domain.query_values, extra_types, true);
}

void Evaluator::build(const std::vector<Fact>& facts, const std::vector<Value>& extra_values,
                      const std::vector<std::string>& extra_types, bool with_active_domain) {
  const ir::Program& program = program_;
  // The universe.
  for (const Fact& f : facts)
    for (const Value& v : f.args) add_value(v);
  for (const std::string& c : program.constants) add_value(decode_value(c));
  for (const ir::Rule& r : program.rules) {  // constants again, straight from the rules
    for (const ir::Term& t : r.head.args)
      if (t.kind == ir::Term::Kind::Const) add_value(t.value);
    for (const ir::Literal& l : r.body) {
      for (const ir::Term& t : l.atom.args)
        if (t.kind == ir::Term::Kind::Const) add_value(t.value);
      for (const ir::Term* t : {&l.lhs, &l.rhs})
        if (t->kind == ir::Term::Kind::Const) add_value(t->value);
      for (const Value& v : l.list) add_value(v);
    }
  }
  for (const Value& v : extra_values) add_value(v);
  add_value(now_);
  if (with_active_domain) active_domain_ = std::make_unique<std::set<Value>>(universe_set_);
  add_value(Value::boolean(true));
  add_value(Value::boolean(false));
  add_value(Value::string(kFreshId));
  add_value(Value::integer(kFreshInteger));
  for (const EntityType& e : program.types.entities()) add_value(Value::entity(e.name, kFreshId));
  for (const std::string& t : extra_types)
    if (!is_builtin_primitive_type(t)) add_value(Value::entity(t, kFreshId));
  add_value(Value::entity(kUnnamedType, kFreshId));
  // Entity types that occur only in values (facts, queries) get a fresh value too.
  std::vector<Value> snapshot = universe_;
  for (const Value& v : snapshot)
    if (v.is_entity()) add_value(Value::entity(v.type, kFreshId));

  evaluate(facts);
}

void Evaluator::step() const {
  if ((++steps_ & 4095) == 0) poll_interrupt();
  if (steps_ > max_steps_)
    throw PolarError(ErrorKind::TooComplex,
                     "the policy's evaluation needs more than " + std::to_string(max_steps_) + " steps",
                     "Use fewer facts or values in the test, or run it on the server.");
}

void Evaluator::add_value(const Value& v) {
  if (universe_set_.insert(v).second) universe_.push_back(v);
}

bool Evaluator::is_fresh(const Value& v) {
  if (v.is_integer()) return v.id == std::to_string(kFreshInteger);
  if (v.is_boolean()) return false;
  return v.id == kFreshId;
}

std::vector<Value> Evaluator::universe_of_type(const std::string& type) const {
  std::vector<Value> out;
  for (const Value& v : universe_)
    if (v.type == type) out.push_back(v);
  return out;
}

const TypeSet& Evaluator::type_set(const std::string& type) const {
  auto it = type_sets_.find(type);
  if (it == type_sets_.end()) it = type_sets_.emplace(type, program_.types.set_of(type)).first;
  return it->second;
}

bool Evaluator::fits(const Value& v, const std::string& type) const {
  if (type.empty()) return true;
  return type_set(type).contains(program_.types.concrete_id(v.type));
}

const std::set<Tuple>& Evaluator::tuples(const std::string& pred, size_t arity) const {
  ir::PredId id = program_.find(pred, static_cast<int>(arity));
  return id < 0 ? empty_ : db_[id];
}

bool Evaluator::holds(const std::string& pred, const Tuple& args) const {
  return tuples(pred, args.size()).count(args) > 0;
}

size_t Evaluator::derived_count() const {
  size_t n = 0;
  for (const auto& s : db_) n += s.size();
  return n;
}

void Evaluator::evaluate(const std::vector<Fact>& facts) {
  db_.assign(program_.preds.size(), {});
  // Negation applies only to fact-only predicates (R04), so the program is stratified:
  // stratum 0 = stored facts + policy facts; everything else is computed on top of it.
  for (const ir::Rule& r : program_.rules)
    for (const ir::Literal& l : r.body)
      if (l.kind == ir::Literal::Kind::NotCall)
        for (int ri : program_.pred(l.atom.pred).rules)
          if (!program_.rules[ri].policy_fact)
            throw PolarError(ErrorKind::Internal,
                             "evaluator: negated predicate " + program_.pred(l.atom.pred).key() + " has rules");
  for (const Fact& f : facts) {
    ir::PredId id = program_.find(f.pred, static_cast<int>(f.args.size()));
    if (id >= 0) db_[id].insert(f.args);  // facts of unknown predicates can never matter
  }
  std::vector<RulePlan> plans;
  for (const ir::Rule& r : program_.rules) plans.push_back(plan(r));
  for (size_t i = 0; i < program_.rules.size(); i++) {
    const ir::Rule& r = program_.rules[i];
    if (!r.policy_fact) continue;
    std::vector<Tuple> out;
    fire(r, plans[i], out);
    for (Tuple& t : out) db_[r.head.pred].insert(std::move(t));
  }
  // Naive iteration: fire every rule against the current facts until nothing new appears.
  for (bool changed = true; changed;) {
    changed = false;
    iterations_++;
    poll_interrupt();
    for (size_t i = 0; i < program_.rules.size(); i++) {
      const ir::Rule& r = program_.rules[i];
      if (r.policy_fact) continue;
      std::vector<Tuple> out;
      fire(r, plans[i], out);
      for (Tuple& t : out)
        if (db_[r.head.pred].insert(std::move(t)).second) changed = true;
    }
  }
}

Evaluator::RulePlan Evaluator::plan(const ir::Rule& r) const {
  RulePlan p;
  const int nvars = static_cast<int>(r.vars.size());
  std::vector<bool> in_positive(nvars, false), in_head(nvars, false), in_other(nvars, false), in_neg(nvars, false);
  for (size_t i = 0; i < r.body.size(); i++) {
    const ir::Literal& l = r.body[i];
    (l.kind == ir::Literal::Kind::Call ? p.positive : p.checks).push_back(i);
  }
  for (const ir::Term& t : r.head.args)
    if (t.kind == ir::Term::Kind::Var) in_head[t.var] = true;
  for (int v = 0; v < nvars; v++)
    for (const ir::Literal& l : r.body) {
      if (!var_in_literal(l, v)) continue;
      if (l.kind == ir::Literal::Kind::Call)
        in_positive[v] = true;
      else if (l.kind == ir::Literal::Kind::NotCall)
        in_neg[v] = true;
      else
        in_other[v] = true;
    }
  p.neg_wildcard.assign(nvars, false);
  for (int v = 0; v < nvars; v++) {
    p.neg_wildcard[v] = in_neg[v] && !in_positive[v] && !in_head[v] && !in_other[v];
    if (!in_positive[v] && !p.neg_wildcard[v]) p.free_vars.push_back(v);
  }
  return p;
}

void Evaluator::fire(const ir::Rule& r, const RulePlan& p, std::vector<Tuple>& out) const {
  Assignment a(r.vars.size(), nullptr);
  join(r, p, 0, a, out);
}

bool Evaluator::var_ok(const ir::Rule& r, int var, const Value& v) const { return fits(v, r.vars[var].type); }

const Value& Evaluator::term_value(const ir::Term& t, const Assignment& a) const {
  switch (t.kind) {
    case ir::Term::Kind::Var:
      return *a[t.var];
    case ir::Term::Kind::Const:
      return t.value;
    case ir::Term::Kind::Now:
      return now_;
  }
  return now_;
}

void Evaluator::join(const ir::Rule& r, const RulePlan& p, size_t i, Assignment& a, std::vector<Tuple>& out) const {
  if (i == p.positive.size()) {
    if (!check_ready(r, p, a, -1)) return;
    enumerate(r, p, 0, a, out);
    return;
  }
  const ir::Atom& atom = r.body[p.positive[i]].atom;
  for (const Tuple& t : db_[atom.pred]) {
    step();
    std::vector<int> assigned;
    bool ok = true;
    for (size_t k = 0; k < atom.args.size() && ok; k++) {
      const ir::Term& term = atom.args[k];
      if (term.kind != ir::Term::Kind::Var) {
        ok = term_value(term, a) == t[k];
      } else if (a[term.var]) {
        ok = *a[term.var] == t[k];
      } else if (var_ok(r, term.var, t[k])) {
        a[term.var] = &t[k];
        assigned.push_back(term.var);
      } else {
        ok = false;
      }
    }
    if (ok) join(r, p, i + 1, a, out);
    for (int v : assigned) a[v] = nullptr;
  }
}

void Evaluator::enumerate(const ir::Rule& r, const RulePlan& p, size_t i, Assignment& a,
                          std::vector<Tuple>& out) const {
  if (i == p.free_vars.size()) {
    for (size_t c : p.checks)
      if (!check(r, r.body[c], p, a)) return;
    Tuple head;
    for (const ir::Term& t : r.head.args) head.push_back(term_value(t, a));
    out.push_back(std::move(head));
    return;
  }
  int var = p.free_vars[i];
  for (const Value& v : universe_) {
    step();
    if (!var_ok(r, var, v)) continue;
    a[var] = &v;
    if (check_ready(r, p, a, var)) enumerate(r, p, i + 1, a, out);
    a[var] = nullptr;
  }
}

bool Evaluator::literal_ready(const ir::Literal& l, const RulePlan& p, const Assignment& a) const {
  auto ready = [&](const ir::Term& t) {
    return t.kind != ir::Term::Kind::Var || a[t.var] || (l.kind == ir::Literal::Kind::NotCall && p.neg_wildcard[t.var]);
  };
  if (l.kind == ir::Literal::Kind::NotCall) {
    for (const ir::Term& t : l.atom.args)
      if (!ready(t)) return false;
    return true;
  }
  if (l.kind == ir::Literal::Kind::Compare) return ready(l.lhs) && ready(l.rhs);
  return ready(l.lhs);  // In
}

// Pruning only: checks the literals that are fully assigned (and, when `just_assigned` >= 0,
// mention that variable). The leaf of `enumerate` checks every literal again regardless.
bool Evaluator::check_ready(const ir::Rule& r, const RulePlan& p, const Assignment& a, int just_assigned) const {
  for (size_t c : p.checks) {
    const ir::Literal& l = r.body[c];
    if (just_assigned >= 0 && !var_in_literal(l, just_assigned)) continue;
    if (literal_ready(l, p, a) && !check(r, l, p, a)) return false;
  }
  return true;
}

// With an active domain: does a negation or an ordering/`!=` comparison test a value outside it?
bool Evaluator::tests_unseen(const ir::Literal& l, const RulePlan& p, const Assignment& a) const {
  auto unseen = [&](const ir::Term& t) {
    return t.kind == ir::Term::Kind::Var && a[t.var] &&
           !(l.kind == ir::Literal::Kind::NotCall && p.neg_wildcard[t.var]) && !in_active_domain(*a[t.var]);
  };
  if (l.kind == ir::Literal::Kind::NotCall) return std::any_of(l.atom.args.begin(), l.atom.args.end(), unseen);
  if (l.kind == ir::Literal::Kind::Compare && l.op != ir::CompareOp::Eq) return unseen(l.lhs) || unseen(l.rhs);
  return false;
}

bool Evaluator::check(const ir::Rule& r, const ir::Literal& l, const RulePlan& p, const Assignment& a) const {
  (void)r;
  if (active_domain_ && tests_unseen(l, p, a)) return false;
  switch (l.kind) {
    case ir::Literal::Kind::Call:
      return true;  // joined already
    case ir::Literal::Kind::NotCall: {
      for (const Tuple& t : db_[l.atom.pred]) {
        bool match = true;
        for (size_t k = 0; k < l.atom.args.size() && match; k++) {
          const ir::Term& term = l.atom.args[k];
          if (term.kind == ir::Term::Kind::Var && p.neg_wildcard[term.var])
            match = fits(t[k], r.vars[term.var].type);
          else
            match = term_value(term, a) == t[k];
        }
        if (match) return false;
      }
      return true;
    }
    case ir::Literal::Kind::Compare: {
      const Value& x = term_value(l.lhs, a);
      const Value& y = term_value(l.rhs, a);
      switch (l.op) {
        case ir::CompareOp::Eq:
          return x == y;
        case ir::CompareOp::Ne:
          return x != y;
        default:
          break;
      }
      if (!x.is_integer() || !y.is_integer()) return false;
      int64_t xi = x.as_integer(), yi = y.as_integer();
      switch (l.op) {
        case ir::CompareOp::Lt:
          return xi < yi;
        case ir::CompareOp::Le:
          return xi <= yi;
        case ir::CompareOp::Gt:
          return xi > yi;
        case ir::CompareOp::Ge:
          return xi >= yi;
        default:
          return false;
      }
    }
    case ir::Literal::Kind::In: {
      const Value& x = term_value(l.lhs, a);
      for (const Value& v : l.list)
        if (v == x) return true;
      return false;
    }
  }
  return false;
}

}  // namespace polar::eval
