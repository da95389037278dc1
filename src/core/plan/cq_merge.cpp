#include "plan/cq_merge.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace polar::compiler {

namespace {

// A CQ's structure with its constants abstracted into numbered slots.
struct Shape {
  std::string key;
  std::vector<int> slot_vars;  // root variable of each slot
  std::vector<Value> slots;
};

// `without_input_negations`: negated calls on constants and inputs only are left out of the key
// (merge_by_shape guards them instead). They name no variable of the rest of the CQ.
Shape shape_of(const CQ& cq, bool without_input_negations = false) {
  Shape s;
  std::map<int, int> canon;
  std::string& key = s.key;
  auto name = [&](int v) {
    int root = cq.find(v);
    auto it = canon.find(root);
    if (it != canon.end()) return "v" + std::to_string(it->second);
    int id = static_cast<int>(canon.size());
    canon[root] = id;
    const CVar& var = cq.vars[root];
    std::string decl = "v" + std::to_string(id) + "{" + var.type.key();
    if (var.input)
      decl += var.input->kind == RuntimeInput::Kind::Now ? ",now" : ",in" + std::to_string(var.input->index);
    if (var.value) {
      decl += ",c" + std::to_string(s.slots.size());
      s.slots.push_back(*var.value);
      s.slot_vars.push_back(root);
    }
    return decl + "}";
  };
  key += "H";
  for (int h : cq.head) key += name(h) + ",";
  for (const CAtom& a : cq.atoms) {
    key += "|A" + std::to_string(static_cast<int>(a.kind)) + ":" + std::to_string(a.pred) + "@" +
           std::to_string(a.source) + a.shared_key + "(";
    for (int v : a.args) key += name(v) + ",";
    key += ")";
    for (const auto& t : a.tuples)
      for (const Value& v : t) key += v.encode() + ";";
  }
  for (const CCond& c : cq.conds) {
    if (without_input_negations && !input_only_key(cq, c).empty()) continue;
    key += "|C" + std::to_string(static_cast<int>(c.kind)) + ":" + std::to_string(static_cast<int>(c.op)) + ":" +
           std::to_string(c.pred) + "(";
    if (c.lhs >= 0) key += name(c.lhs) + ",";
    if (c.rhs >= 0) key += name(c.rhs) + ",";
    for (int v : c.args) key += name(v) + ",";
    for (const Value& v : c.list) key += v.encode() + ";";
    key += ")";
  }
  return s;
}

// (A shared unit's constants select its instance too.)
bool feeds_recursion(const CQ& cq, int root) {
  for (const CAtom& a : cq.atoms)
    if (a.kind == CAtom::Kind::Scc || a.kind == CAtom::Kind::Shared)
      for (int v : a.args)
        if (cq.find(v) == root) return true;
  return false;
}

// The keys of a CQ's negated calls on constants and inputs only.
std::set<std::string> input_negations(const CQ& cq) {
  std::set<std::string> keys;
  for (const CCond& c : cq.conds)
    if (std::string k = input_only_key(cq, c); !k.empty()) keys.insert(k);
  return keys;
}

// Copies `from`'s negated call `c` (constants and inputs only) into `to`.
CCond copy_input_negation(CQ& to, const CQ& from, const CCond& c, const TypeRegistry& types) {
  CCond out = c;
  out.args.clear();
  for (int v : c.args) {
    const CVar& var = from.root(v);
    out.args.push_back(var.value ? to.add_const(*var.value, types) : to.add_input(*var.input, var.type, var.name));
  }
  return out;
}

// One row of a merged CQ's constant relation: the member's varying constants and, per guarded
// negation, whether the member has it.
struct GuardedRow {
  std::vector<Value> slots;
  std::vector<bool> guards;
};

// Drops the rows another row with the same constants makes redundant: its negations are a subset.
std::vector<GuardedRow> without_subsumed(std::vector<GuardedRow> rows) {
  auto subset = [](const std::vector<bool>& a, const std::vector<bool>& b) {
    for (size_t i = 0; i < a.size(); i++)
      if (a[i] && !b[i]) return false;
    return true;
  };
  std::vector<GuardedRow> out;
  for (size_t i = 0; i < rows.size(); i++) {
    bool redundant = false;
    for (size_t j = 0; j < rows.size() && !redundant; j++) {
      if (i == j || rows[i].slots != rows[j].slots || !subset(rows[j].guards, rows[i].guards)) continue;
      redundant = rows[i].guards != rows[j].guards || j < i;  // equal rows: the first stays
    }
    if (!redundant) out.push_back(rows[i]);
  }
  return out;
}

// Merges CQs of one shape into one: the constants that differ between them become a constant
// relation (one row per distinct member), and so do the negated calls on inputs that only some
// have, each row saying which of them apply to it. The actions on a pull request are one lookup
// of roles, where "review" is the row that also needs `not author`.
CQ merge_members(const std::vector<CQ>& cqs, const std::vector<size_t>& members, const std::vector<Shape>& shapes,
                 const std::vector<size_t>& varying, const std::vector<std::set<std::string>>& negations,
                 const std::vector<std::string>& guarded, const TypeRegistry& types) {
  std::vector<GuardedRow> rows;
  for (size_t i = 0; i < members.size(); i++) {
    GuardedRow r;
    for (size_t s : varying) r.slots.push_back(shapes[members[i]].slots[s]);
    for (const std::string& k : guarded) r.guards.push_back(negations[i].count(k) > 0);
    rows.push_back(std::move(r));
  }
  rows = without_subsumed(std::move(rows));

  CQ merged = cqs[members[0]];
  std::set<std::string> guarded_keys(guarded.begin(), guarded.end());
  merged.conds.erase(std::remove_if(merged.conds.begin(), merged.conds.end(),
                                    [&](const CCond& c) { return guarded_keys.count(input_only_key(merged, c)) > 0; }),
                     merged.conds.end());
  CAtom values;
  values.kind = CAtom::Kind::Values;
  for (size_t k = 0; k < varying.size(); k++) {
    int root = shapes[members[0]].slot_vars[varying[k]];
    CVar& v = merged.vars[root];
    v.value.reset();
    TypeSet t(types.universe());
    for (const GuardedRow& r : rows) t.add(types.concrete_id(r.slots[k].type));
    v.type = t;
    values.args.push_back(root);
  }
  std::vector<size_t> kept_guards;
  for (size_t g = 0; g < guarded.size(); g++) {
    bool any = std::any_of(rows.begin(), rows.end(), [&](const GuardedRow& r) { return r.guards[g]; });
    bool all = std::all_of(rows.begin(), rows.end(), [&](const GuardedRow& r) { return r.guards[g]; });
    if (!any) continue;  // the rows that needed it are redundant
    size_t holder = 0;
    while (!negations[holder].count(guarded[g])) holder++;
    const CQ& from = cqs[members[holder]];
    auto c = std::find_if(from.conds.begin(), from.conds.end(),
                          [&](const CCond& x) { return input_only_key(from, x) == guarded[g]; });
    CCond copy = copy_input_negation(merged, from, *c, types);
    if (!all) {
      copy.guard = merged.add_var(types.exactly(std::string(kBooleanType)), "guard");
      values.args.push_back(copy.guard);
      kept_guards.push_back(g);
    }
    merged.conds.push_back(std::move(copy));
  }
  std::set<std::vector<Value>> seen;
  for (const GuardedRow& r : rows) {
    std::vector<Value> tuple = r.slots;
    for (size_t g : kept_guards) tuple.push_back(Value::boolean(r.guards[g]));
    if (seen.insert(tuple).second) values.tuples.push_back(std::move(tuple));
  }
  if (!values.args.empty()) merged.atoms.push_back(std::move(values));
  return merged;
}

}  // namespace

std::vector<CQ> merge_by_shape(std::vector<CQ> cqs, const TypeRegistry& types, bool guard_input_negations) {
  std::vector<Shape> shapes;
  std::map<std::string, std::vector<size_t>> groups;
  std::vector<std::string> order;
  for (size_t i = 0; i < cqs.size(); i++) {
    shapes.push_back(shape_of(cqs[i], guard_input_negations));
    auto& g = groups[shapes[i].key];
    if (g.empty()) order.push_back(shapes[i].key);
    g.push_back(i);
  }
  std::vector<CQ> out;
  for (const std::string& key : order) {
    const std::vector<size_t>& members = groups[key];
    const Shape& first = shapes[members[0]];
    // Negations on inputs that some members have and others do not: guarded in the merge.
    std::vector<std::set<std::string>> negations;
    std::set<std::string> all_negations;
    for (size_t m : members) {
      negations.push_back(guard_input_negations ? input_negations(cqs[m]) : std::set<std::string>{});
      all_negations.insert(negations.back().begin(), negations.back().end());
    }
    std::vector<std::string> guarded;
    for (const std::string& k : all_negations)
      if (std::any_of(negations.begin(), negations.end(), [&](const auto& n) { return !n.count(k); }))
        guarded.push_back(k);
    // Slots whose constant differs between members.
    std::vector<size_t> varying;
    for (size_t s = 0; s < first.slots.size(); s++)
      for (size_t m : members)
        if (shapes[m].slots[s] != first.slots[s]) {
          varying.push_back(s);
          break;
        }
    bool mergeable = std::none_of(varying.begin(), varying.end(),
                                  [&](size_t s) { return feeds_recursion(cqs[members[0]], first.slot_vars[s]); });
    if (!mergeable) {
      std::set<std::pair<std::vector<Value>, std::set<std::string>>> seen;  // still drop exact duplicates
      for (size_t i = 0; i < members.size(); i++)
        if (seen.insert({shapes[members[i]].slots, negations[i]}).second) out.push_back(std::move(cqs[members[i]]));
      continue;
    }
    out.push_back(merge_members(cqs, members, shapes, varying, negations, guarded, types));
  }
  return out;
}

namespace {

// Does every answer of instance `small` answer instance `big`: is `small` itself, or does `big`
// have a rule whose body is one call over the same variables to an instance `small` implies
// (transitively: owner -> editor -> viewer)?
bool implies(Specializer& spec, const std::string& small, const std::string& big, int depth = 0) {
  if (small == big) return true;
  if (depth > 8) return false;  // implication cycles ("a" if "b"; "b" if "a") end here
  const Scc& scc = spec.scc_of(big);
  auto m = scc.member_index.find(big);
  if (m == scc.member_index.end()) return false;
  for (const CQ& body : scc.bodies[m->second]) {
    if (!body.conds.empty() || body.atoms.size() != 1 || body.atoms[0].kind != CAtom::Kind::Scc) continue;
    const CAtom& call = body.atoms[0];
    bool same_vars = call.args.size() == body.head.size();
    for (size_t p = 0; same_vars && p < call.args.size(); p++) {
      const CVar& h = body.root(body.head[p]);
      if (!h.value && !h.input) same_vars = body.find(call.args[p]) == body.find(body.head[p]);
    }
    if (same_vars && implies(spec, small, body.instance_key(call), depth + 1)) return true;
  }
  return false;
}

// The one recursive call of `cq` holding every constant in which it differs from a CQ of the
// same shape (`differs`: per slot), each such constant used nowhere else; or -1.
int differing_call(const CQ& cq, const Shape& shape, const std::vector<bool>& differs) {
  int call = -1;
  for (size_t s = 0; s < shape.slots.size(); s++) {
    if (!differs[s]) continue;
    int root = shape.slot_vars[s], found = -1;
    for (size_t i = 0; i < cq.atoms.size() && found < 0; i++)
      if (cq.atoms[i].kind == CAtom::Kind::Scc)
        for (int v : cq.atoms[i].args)
          if (cq.find(v) == root) found = static_cast<int>(i);
    CQ::Uses u = cq.uses(root);
    if (found < 0 || (call >= 0 && call != found) || u.head + u.atoms + u.conds != 1) return -1;
    call = found;
  }
  return call;
}

}  // namespace

std::vector<CQ> drop_implied(std::vector<CQ> cqs, Specializer& spec) {
  std::vector<Shape> shapes;
  for (const CQ& cq : cqs) shapes.push_back(shape_of(cq));
  std::vector<bool> dropped(cqs.size(), false);
  for (size_t i = 0; i < cqs.size(); i++)
    for (size_t j = 0; j < cqs.size() && !dropped[i]; j++) {
      if (i == j || dropped[j] || shapes[i].key != shapes[j].key) continue;
      std::vector<bool> differs;
      for (size_t s = 0; s < shapes[i].slots.size(); s++) differs.push_back(shapes[i].slots[s] != shapes[j].slots[s]);
      int call = differing_call(cqs[i], shapes[i], differs);
      if (call < 0 || differing_call(cqs[j], shapes[j], differs) != call) continue;
      std::string small = cqs[i].instance_key(cqs[i].atoms[call]), big = cqs[j].instance_key(cqs[j].atoms[call]);
      if (small != big && implies(spec, small, big)) dropped[i] = true;
    }
  std::vector<CQ> out;
  for (size_t i = 0; i < cqs.size(); i++)
    if (!dropped[i]) out.push_back(std::move(cqs[i]));
  return out;
}

}  // namespace polar::compiler
