#include "plan/specializer.hpp"

#include <algorithm>
#include <functional>

#include "base/error.hpp"
#include "base/interrupt.hpp"
#include "plan/cq_merge.hpp"

namespace polar::compiler {

namespace {

bool compare_values(ir::CompareOp op, const Value& a, const Value& b) {
  if (op == ir::CompareOp::Eq) return a == b;
  if (op == ir::CompareOp::Ne) return a != b;
  if (!a.is_integer() || !b.is_integer()) return false;
  int64_t x = a.as_integer(), y = b.as_integer();
  switch (op) {
    case ir::CompareOp::Lt:
      return x < y;
    case ir::CompareOp::Le:
      return x <= y;
    case ir::CompareOp::Gt:
      return x > y;
    case ir::CompareOp::Ge:
      return x >= y;
    default:
      return false;
  }
}

}  // namespace

Specializer::Specializer(const ir::Program& program, const std::vector<Binding>& bindings, size_t max_cqs,
                         double share_threshold)
    : program_(program), bindings_(bindings), max_cqs_(max_cqs), share_threshold_(share_threshold) {}

void Specializer::split_sources(const CQ& cq, std::vector<CQ>& out) const {
  std::vector<CQ> variants{cq};
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    if (cq.atoms[i].kind != CAtom::Kind::Edb || cq.atoms[i].sourced) continue;
    for (CQ& c : variants) c.atoms[i].sourced = true;
    const ir::Predicate& pred = program_.pred(cq.atoms[i].pred);
    std::vector<CQ> next;
    for (const CQ& c : variants) {
      if (may_be_stored(pred)) next.push_back(c);  // stored (and context) facts
      for (size_t b = 0; b < bindings_.size(); b++) {
        const Binding& binding = bindings_[b];
        if (binding.predicate != pred.name || static_cast<int>(binding.positions.size()) != pred.arity) continue;
        CQ v = c;
        v.atoms[i].source = static_cast<int>(b);
        bool ok = true;
        for (size_t k = 0; k < binding.positions.size() && ok; k++) {
          const BindingPosition& p = binding.positions[k];
          int arg = v.atoms[i].args[k];
          ok = p.constant ? v.unify(arg, v.add_const(p.value, program_.types))
                          : v.narrow(arg, program_.types.exactly(p.type));
        }
        if (ok) simplify(std::move(v), next);
      }
    }
    variants = std::move(next);
  }
  out.insert(out.end(), variants.begin(), variants.end());
}

bool Specializer::apply_rule(CQ& cq, const CAtom& atom, const ir::Rule& rule) const {
  const TypeRegistry& types = program_.types;
  std::vector<int> vm(rule.vars.size(), -1);
  auto var_of = [&](const ir::Term& t) -> int {
    switch (t.kind) {
      case ir::Term::Kind::Var:
        if (vm[t.var] < 0) {
          const ir::Var& v = rule.vars[t.var];
          vm[t.var] = cq.add_var(v.type.empty() ? types.all() : types.set_of(v.type), v.name);
        }
        return vm[t.var];
      case ir::Term::Kind::Const:
        return cq.add_const(t.value, types);
      case ir::Term::Kind::Now:
        return cq.add_input({RuntimeInput::Kind::Now, 0}, types.exactly(std::string(kIntegerType)),
                            "@current_unix_time");
    }
    return -1;
  };
  for (size_t k = 0; k < atom.args.size(); k++)
    if (!cq.unify(atom.args[k], var_of(rule.head.args[k]))) return false;
  for (const ir::Literal& l : rule.body) {
    switch (l.kind) {
      case ir::Literal::Kind::Call: {
        CAtom a;
        a.pred = l.atom.pred;
        for (const ir::Term& t : l.atom.args) a.args.push_back(var_of(t));
        cq.atoms.push_back(std::move(a));
        break;
      }
      case ir::Literal::Kind::NotCall: {
        CCond c;
        c.kind = CCond::Kind::NotCall;
        c.pred = l.atom.pred;
        for (const ir::Term& t : l.atom.args) c.args.push_back(var_of(t));
        cq.conds.push_back(std::move(c));
        break;
      }
      case ir::Literal::Kind::Compare: {
        int lhs = var_of(l.lhs), rhs = var_of(l.rhs);
        if (l.op == ir::CompareOp::Eq) {
          if (!cq.unify(lhs, rhs)) return false;
          break;
        }
        CCond c;
        c.kind = CCond::Kind::Compare;
        c.op = l.op;
        c.lhs = lhs;
        c.rhs = rhs;
        cq.conds.push_back(c);
        break;
      }
      case ir::Literal::Kind::In: {
        CCond c;
        c.kind = CCond::Kind::In;
        c.lhs = var_of(l.lhs);
        c.list = l.list;
        cq.conds.push_back(std::move(c));
        break;
      }
    }
  }
  return true;
}

void Specializer::simplify(CQ cq, std::vector<CQ>& out) const {
  for (size_t i = 0; i < cq.conds.size(); i++) {
    CCond& c = cq.conds[i];
    if (c.kind == CCond::Kind::In) {
      const CVar& v = cq.root(c.lhs);
      if (v.value) {
        bool member = std::find(c.list.begin(), c.list.end(), *v.value) != c.list.end();
        if (!member) return;
        cq.conds.erase(cq.conds.begin() + static_cast<long>(i));
        simplify(std::move(cq), out);
        return;
      }
      if (v.input || v.opaque) continue;  // checked at run time
      // `x in [...]` over an unbound variable: one alternative per element.
      std::vector<Value> list = c.list;
      int lhs = c.lhs;
      cq.conds.erase(cq.conds.begin() + static_cast<long>(i));
      for (const Value& e : list) {
        CQ copy = cq;
        int k = copy.add_const(e, program_.types);
        if (copy.unify(lhs, k)) simplify(std::move(copy), out);
      }
      return;
    }
    if (c.kind == CCond::Kind::Compare) {
      const CVar& a = cq.root(c.lhs);
      const CVar& b = cq.root(c.rhs);
      if (a.value && b.value) {
        if (!compare_values(c.op, *a.value, *b.value)) return;
        cq.conds.erase(cq.conds.begin() + static_cast<long>(i));
        simplify(std::move(cq), out);
        return;
      }
    }
    if (c.kind == CCond::Kind::Equal) {
      const CVar& a = cq.root(c.lhs);
      const CVar& b = cq.root(c.rhs);
      if (a.value && b.value) {
        if (*a.value != *b.value) return;
        cq.conds.erase(cq.conds.begin() + static_cast<long>(i));
        simplify(std::move(cq), out);
        return;
      }
    }
  }
  out.push_back(std::move(cq));
}

void Specializer::expand(const CQ& cq, size_t i, std::vector<CQ>& out) const {
  const CAtom atom = cq.atoms[i];
  const ir::Predicate& pred = program_.pred(atom.pred);
  std::string key = cq.instance_key(atom);
  for (int ri : pred.rules) {
    CQ next = cq;
    next.atoms.erase(next.atoms.begin() + static_cast<long>(i));
    size_t first_new = next.atoms.size();
    if (!apply_rule(next, atom, program_.rules[ri])) continue;
    for (size_t k = first_new; k < next.atoms.size(); k++) {
      next.atoms[k].ancestry = atom.ancestry;
      next.atoms[k].ancestry.push_back(key);
    }
    simplify(std::move(next), out);
  }
  if (pred.fact_bearing()) {
    CQ next = cq;
    next.atoms[i].kind = CAtom::Kind::Edb;
    out.push_back(std::move(next));
  }
}

CQ Specializer::instance_template(const std::string& key) const {
  auto it = templates_.find(key);
  if (it == templates_.end()) throw PolarError(ErrorKind::Internal, "unknown instance " + key);
  return it->second;
}

// A single-atom CQ with the atom's pattern: constants, types and repeated variables.
void Specializer::remember_template(const std::string& key, const CQ& cq, const CAtom& a) {
  if (templates_.count(key)) return;
  CQ tmpl;
  CAtom copy;
  copy.pred = a.pred;
  for (size_t p = 0; p < a.args.size(); p++) {
    int root = cq.find(a.args[p]);
    int shared = -1;
    for (size_t q = 0; q < p; q++)
      if (cq.find(a.args[q]) == root) shared = copy.args[q];
    if (shared >= 0) {
      copy.args.push_back(shared);
      continue;
    }
    const CVar& v = cq.vars[root];
    if (v.value) {
      copy.args.push_back(tmpl.add_const(*v.value, program_.types));
    } else {
      copy.args.push_back(tmpl.add_var(v.type, v.name));
      tmpl.vars[copy.args.back()].opaque = v.input || v.opaque;
    }
  }
  tmpl.head = copy.args;
  tmpl.atoms.push_back(copy);
  templates_[key] = std::move(tmpl);
}

Specializer::Node& Specializer::node(const std::string& key) {
  auto it = nodes_.find(key);
  if (it != nodes_.end()) return *it->second;
  auto n = std::make_unique<Node>();
  n->key = key;
  Node& ref = *n;
  nodes_[key] = std::move(n);
  return ref;
}

// Successors of an instance: the derived atoms of its one-step expansions.
void Specializer::explore(Node& n) {
  if (n.explored) return;
  poll_interrupt();
  n.explored = true;
  CQ t = instance_template(n.key);
  std::vector<CQ> expanded;
  expand(t, 0, expanded);
  for (CQ& e : expanded)
    for (CAtom& a : e.atoms) {
      if (a.kind == CAtom::Kind::Edb || !program_.pred(a.pred).has_rules()) continue;
      std::string k = e.instance_key(a);
      remember_template(k, e, a);
      if (k == n.key) n.self_loop = true;
      if (std::find(n.succ.begin(), n.succ.end(), k) == n.succ.end()) n.succ.push_back(k);
    }
}

void Specializer::strong_connect(const std::string& key) {
  Node& v = node(key);
  explore(v);
  v.index = v.lowlink = next_index_++;
  stack_.push_back(key);
  v.on_stack = true;
  for (const std::string& s : std::vector<std::string>(v.succ)) {
    Node& w = node(s);
    if (w.index < 0) {
      strong_connect(s);
      v.lowlink = std::min(v.lowlink, node(s).lowlink);
    } else if (w.on_stack) {
      v.lowlink = std::min(v.lowlink, w.index);
    }
  }
  Node& vv = node(key);
  if (vv.lowlink != vv.index) return;
  auto scc = std::make_unique<Scc>();
  scc->id = static_cast<int>(sccs_.size());
  for (;;) {
    std::string w = stack_.back();
    stack_.pop_back();
    Node& wn = node(w);
    wn.on_stack = false;
    wn.scc = scc->id;
    scc->member_index[w] = static_cast<int>(scc->members.size());
    scc->members.push_back(w);
    if (w == key) break;
  }
  sccs_.push_back(std::move(scc));
}

bool Specializer::is_recursive(const std::string& key) {
  Node& n = node(key);
  if (n.scc < 0) strong_connect(key);
  Node& m = node(key);
  return m.self_loop || sccs_[m.scc]->members.size() > 1;
}

void Specializer::learn_cycle(const std::vector<std::string>& chain) {
  for (size_t i = 0; i + 1 < chain.size(); i++) {
    Node& from = node(chain[i]);
    explore(from);
    if (std::find(from.succ.begin(), from.succ.end(), chain[i + 1]) == from.succ.end())
      from.succ.push_back(chain[i + 1]);
    if (chain[i] == chain[i + 1]) from.self_loop = true;
  }
  for (auto& [key, n] : nodes_) {
    n->index = n->lowlink = n->scc = -1;
    n->on_stack = false;
  }
  stack_.clear();
  sccs_.clear();
  next_index_ = 0;
  // Estimates and units were built on the old classification.
  estimates_.clear();
  estimating_.clear();
  shared_.clear();
  building_.clear();
}

bool Specializer::same_scc(const std::string& a, const std::string& b) {
  is_recursive(a);
  is_recursive(b);
  return node(a).scc == node(b).scc;
}

bool Specializer::classify(CQ& cq) {
  for (CAtom& a : cq.atoms) {
    // A recursive atom whose variables were narrowed since is classified again: its instance
    // may now be a different one, even a non-recursive one to unfold.
    if (a.kind != CAtom::Kind::Idb && a.kind != CAtom::Kind::Scc) continue;
    const ir::Predicate& pred = program_.pred(a.pred);
    if (!pred.has_rules()) {
      if (!pred.fact_bearing()) return false;  // nothing can ever be stored for it
      a.kind = CAtom::Kind::Edb;
      continue;
    }
    std::string key = cq.instance_key(a);
    remember_template(key, cq, a);
    a.kind = is_recursive(key) ? CAtom::Kind::Scc : CAtom::Kind::Idb;
  }
  return true;
}

std::vector<CQ> Specializer::unfold(const CQ& root, bool query) {
  std::vector<CQ> work, done;
  CQ first = root;
  if (query)
    for (CAtom& a : first.atoms) a.no_share = true;
  simplify(std::move(first), work);
  while (!work.empty()) {
    poll_interrupt();
    CQ cq = std::move(work.back());
    work.pop_back();
    if (!classify(cq)) continue;
    auto it = std::find_if(cq.atoms.begin(), cq.atoms.end(), [](const CAtom& a) { return a.kind == CAtom::Kind::Idb; });
    if (it == cq.atoms.end()) {
      bool unsourced = std::any_of(cq.atoms.begin(), cq.atoms.end(),
                                   [](const CAtom& a) { return a.kind == CAtom::Kind::Edb && !a.sourced; });
      if (!unsourced)
        done.push_back(std::move(cq));
      else
        split_sources(cq, work);  // narrowing by a binding's types may change instances: classify again
      continue;
    }
    std::string key = cq.instance_key(*it);
    if (std::find(it->ancestry.begin(), it->ancestry.end(), key) != it->ancestry.end()) {
      std::vector<std::string> chain(std::find(it->ancestry.begin(), it->ancestry.end(), key), it->ancestry.end());
      chain.push_back(key);
      learn_cycle(chain);
      throw RestartCompilation{};
    }
    if (!it->no_share && should_share(key)) {
      it->kind = CAtom::Kind::Shared;
      it->shared_key = key;
      work.push_back(std::move(cq));
      continue;
    }
    expand(cq, static_cast<size_t>(it - cq.atoms.begin()), work);
    if (work.size() + done.size() > max_cqs_)
      throw PolarError(
          ErrorKind::TooComplex,
          "the policy expands to more than " + std::to_string(max_cqs_) + " alternative derivations for this query",
          "Simplify the rules that combine many alternatives, or split the policy's predicates.");
  }
  return done;
}

double Specializer::estimate(const std::string& key) {
  auto known = estimates_.find(key);
  if (known != estimates_.end()) return known->second;
  if (!estimating_.insert(key).second) return 1;  // a cycle: unfolding will find and learn it
  poll_interrupt();
  constexpr double kCap = 1e30;
  std::vector<CQ> alternatives;
  expand(instance_template(key), 0, alternatives);
  double total = 0;
  for (CQ& alt : alternatives) {
    double product = 1;
    for (const CAtom& a : alt.atoms) {
      if (a.kind != CAtom::Kind::Idb) continue;
      const ir::Predicate& pred = program_.pred(a.pred);
      if (!pred.has_rules()) {
        if (!pred.fact_bearing()) product = 0;
        continue;
      }
      std::string k = alt.instance_key(a);
      remember_template(k, alt, a);
      if (!is_recursive(k)) product = std::min(kCap, product * estimate(k));
    }
    total = std::min(kCap, total + product);
  }
  estimating_.erase(key);
  estimates_[key] = total;
  return total;
}

bool Specializer::should_share(const std::string& key) {
  if (building_.count(key) || estimate(key) <= share_threshold_) return false;  // (a cycle unfolding will find)
  return shared_of(key).grounded;
}

// A position is grounded in a body when a constant, an input or the argument of a lookup (facts,
// a constant relation, another unit) gives it its value; recursive calls may return the wildcard.
static bool grounded(const CQ& body) {
  for (int h : body.head) {
    int root = body.find(h);
    const CVar& v = body.vars[root];
    if (v.value || v.input) continue;
    bool bound = false;
    for (const CAtom& a : body.atoms) {
      if (a.kind != CAtom::Kind::Edb && a.kind != CAtom::Kind::Values && a.kind != CAtom::Kind::Shared) continue;
      for (int arg : a.args) bound = bound || body.find(arg) == root;
    }
    if (!bound) return false;
  }
  return true;
}

const SharedUnit& Specializer::shared_of(const std::string& key) {
  auto found = shared_.find(key);
  if (found != shared_.end()) return *found->second;
  auto unit = std::make_unique<SharedUnit>();
  CQ t = instance_template(key);
  unit->grounded = !t.head.empty();  // a unit without columns would only say "some derivation holds"
  if (unit->grounded) {
    building_.insert(key);
    std::vector<CQ> first;
    expand(t, 0, first);
    for (CQ& cq : first) {
      for (CAtom& a : cq.atoms) a.ancestry.clear();
      std::vector<CQ> unfolded = unfold(cq, false);
      unit->bodies.insert(unit->bodies.end(), unfolded.begin(), unfolded.end());
    }
    building_.erase(key);
    unit->bodies = merge_by_shape(std::move(unit->bodies), program_.types);
    unit->grounded = std::all_of(unit->bodies.begin(), unit->bodies.end(), grounded);
  }
  return *(shared_[key] = std::move(unit));
}

void Specializer::fill_bodies(Scc& scc) {
  scc.bodies.resize(scc.members.size());
  for (size_t m = 0; m < scc.members.size(); m++) {
    CQ t = instance_template(scc.members[m]);
    std::vector<CQ> first;
    expand(t, 0, first);
    std::vector<CQ>& out = scc.bodies[m];
    for (CQ& cq : first) {
      for (CAtom& a : cq.atoms) a.ancestry.clear();
      std::vector<CQ> unfolded = unfold(cq);
      out.insert(out.end(), unfolded.begin(), unfolded.end());
    }
  }
}

const Scc& Specializer::scc_of(const std::string& key) {
  is_recursive(key);
  Scc& scc = *sccs_[node(key).scc];
  if (scc.bodies.empty()) fill_bodies(scc);
  return scc;
}

}  // namespace polar::compiler
