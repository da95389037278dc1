#include "plan/cq.hpp"

#include <algorithm>

namespace polar::compiler {

int CQ::find(int v) const {
  while (vars[v].parent >= 0) v = vars[v].parent;
  return v;
}

int CQ::add_var(TypeSet type, std::string name) {
  CVar v;
  v.type = std::move(type);
  v.name = std::move(name);
  vars.push_back(std::move(v));
  return static_cast<int>(vars.size()) - 1;
}

int CQ::add_const(const Value& value, const TypeRegistry& types) {
  int id = add_var(types.exactly(value.type));
  vars[id].value = value;
  return id;
}

int CQ::add_input(RuntimeInput in, TypeSet type, std::string name) {
  int id = add_var(std::move(type), std::move(name));
  vars[id].input = in;
  return id;
}

bool CQ::narrow(int v, const TypeSet& t) {
  CVar& r = vars[find(v)];
  r.type = r.type.intersect(t);
  return !r.type.empty();
}

bool CQ::unify(int a, int b) {
  int ra = find(a), rb = find(b);
  if (ra == rb) return true;
  TypeSet type = vars[ra].type.intersect(vars[rb].type);
  if (type.empty()) return false;
  CVar& x = vars[ra];
  CVar& y = vars[rb];
  if (x.value && y.value && *x.value != *y.value) return false;
  // Keep the root that carries a runtime input, so SQL can use it directly.
  bool needs_runtime_check =
      (x.input && y.input && !(*x.input == *y.input)) || (x.input && y.value) || (x.value && y.input);
  if (needs_runtime_check) {
    CCond c;
    c.kind = CCond::Kind::Equal;
    c.lhs = ra;
    c.rhs = rb;
    conds.push_back(c);
    // Both stay distinct roots: each keeps its own binding, the condition ties them.
    x.type = type;
    y.type = type;
    return true;
  }
  int keep = ra, drop = rb;
  if (!x.value && !x.input && (y.value || y.input)) std::swap(keep, drop);
  CVar& k = vars[keep];
  CVar& d = vars[drop];
  if (!k.value && d.value) k.value = d.value;
  if (!k.input && d.input) k.input = d.input;
  k.opaque = k.opaque || d.opaque;
  if (k.name.empty() || k.name[0] == '$') k.name = d.name.empty() ? k.name : d.name;
  k.type = type;
  d.parent = keep;
  return true;
}

std::string CQ::instance_key(const CAtom& a) const {
  std::string key = std::to_string(a.pred) + "(";
  for (size_t i = 0; i < a.args.size(); i++) {
    const CVar& v = root(a.args[i]);
    if (i) key += ",";
    size_t shared = i;
    for (size_t j = 0; j < i; j++)
      if (find(a.args[j]) == find(a.args[i])) shared = std::min(shared, j);
    if (shared < i) {
      key += "@" + std::to_string(shared);  // a repeated variable
    } else if (v.value) {
      std::string enc = v.value->encode();
      key += "=" + std::to_string(enc.size()) + ":" + enc;  // length-prefixed: values may contain ',' or ')'
    } else {
      key += v.type.key();
    }
  }
  return key + ")";
}

CQ::Uses CQ::uses(int root, size_t skip_atom) const {
  Uses u;
  for (int h : head) u.head += find(h) == root;
  for (size_t i = 0; i < atoms.size(); i++)
    if (i != skip_atom)
      for (int v : atoms[i].args) u.atoms += find(v) == root;
  for (const CCond& c : conds) {
    u.conds += (c.lhs >= 0 && find(c.lhs) == root) + (c.rhs >= 0 && find(c.rhs) == root);
    for (int v : c.args) u.conds += find(v) == root;
    u.conds += c.guard >= 0 && find(c.guard) == root;
  }
  return u;
}

CQ CQ::only_atom(size_t i) const {
  CQ out = *this;
  out.atoms = {atoms[i]};
  out.conds.clear();
  return out;
}

std::string input_only_key(const CQ& cq, const CCond& c) {
  if (c.kind != CCond::Kind::NotCall || c.guard >= 0) return "";
  std::string key = std::to_string(c.pred) + "(";
  for (int v : c.args) {
    const CVar& var = cq.root(v);
    if (var.value)
      key += "c" + var.value->encode() + ",";
    else if (var.input && var.input->kind == RuntimeInput::Kind::QueryArg)
      key += "in" + std::to_string(var.input->index) + ",";
    else
      return "";
  }
  return key + ")";
}

}  // namespace polar::compiler
