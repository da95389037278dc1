#include "cq_merge.hpp"

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

Shape shape_of(const CQ& cq) {
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
           std::to_string(a.source) + "(";
    for (int v : a.args) key += name(v) + ",";
    key += ")";
    for (const auto& t : a.tuples)
      for (const Value& v : t) key += v.encode() + ";";
  }
  for (const CCond& c : cq.conds) {
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

bool feeds_recursion(const CQ& cq, int root) {
  for (const CAtom& a : cq.atoms)
    if (a.kind == CAtom::Kind::Scc)
      for (int v : a.args)
        if (cq.find(v) == root) return true;
  return false;
}

}  // namespace

std::vector<CQ> merge_by_shape(std::vector<CQ> cqs, const TypeRegistry& types) {
  std::vector<Shape> shapes;
  std::map<std::string, std::vector<size_t>> groups;
  std::vector<std::string> order;
  for (size_t i = 0; i < cqs.size(); i++) {
    shapes.push_back(shape_of(cqs[i]));
    auto& g = groups[shapes[i].key];
    if (g.empty()) order.push_back(shapes[i].key);
    g.push_back(i);
  }
  std::vector<CQ> out;
  for (const std::string& key : order) {
    const std::vector<size_t>& members = groups[key];
    const Shape& first = shapes[members[0]];
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
      std::set<std::vector<Value>> seen;  // still drop exact duplicates
      for (size_t m : members)
        if (seen.insert(shapes[m].slots).second) out.push_back(std::move(cqs[m]));
      continue;
    }
    CQ merged = std::move(cqs[members[0]]);
    if (varying.empty()) {
      out.push_back(std::move(merged));
      continue;
    }
    CAtom values;
    values.kind = CAtom::Kind::Values;
    std::set<std::vector<Value>> seen;
    for (size_t m : members) {
      std::vector<Value> tuple;
      for (size_t s : varying) tuple.push_back(shapes[m].slots[s]);
      if (seen.insert(tuple).second) values.tuples.push_back(std::move(tuple));
    }
    for (size_t s : varying) {
      int root = first.slot_vars[s];
      CVar& v = merged.vars[root];
      v.value.reset();
      TypeSet t(types.universe());
      for (const auto& tuple : values.tuples) t.add(types.concrete_id(tuple[values.args.size()].type));
      v.type = t;
      values.args.push_back(root);
    }
    merged.atoms.push_back(std::move(values));
    out.push_back(std::move(merged));
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
