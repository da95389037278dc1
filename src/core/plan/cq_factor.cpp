#include "plan/cq_factor.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace polar::compiler {

namespace {

struct Hop {
  size_t atom;
  std::vector<int> join_vars;
  std::string key;  // equal keys: the same lookup, outputs and join variables in the same places
};

bool is_plain_var(const CVar& v) { return !v.value && !v.input; }

// Atom `h` of `cq` as a hop: a stored-fact atom holding every output variable, which occur
// nowhere else, joined to the rest only through plain variables that the rest binds.
std::optional<Hop> hop_at(const CQ& cq, size_t h, const std::set<int>& out_roots, const std::vector<int>& outputs) {
  const CAtom& a = cq.atoms[h];
  if (a.kind != CAtom::Kind::Edb || a.source >= 0) return std::nullopt;
  std::set<int> in_atom;
  for (int v : a.args) in_atom.insert(cq.find(v));
  if (!std::includes(in_atom.begin(), in_atom.end(), out_roots.begin(), out_roots.end())) return std::nullopt;
  auto used_elsewhere = [&](int r) {
    CQ::Uses u = cq.uses(r, h);
    return u.atoms + u.conds > 0;
  };
  if (std::any_of(out_roots.begin(), out_roots.end(), used_elsewhere)) return std::nullopt;
  Hop hop{h, {}, "E" + std::to_string(a.pred) + "("};
  std::map<int, int> named;  // root -> its name in the key
  for (int v : a.args) {
    int root = cq.find(v);
    const CVar& var = cq.vars[root];
    std::string& key = hop.key;
    if (var.value) {
      key += "c" + var.value->encode();
    } else if (var.input) {
      key += var.input->kind == RuntimeInput::Kind::Now ? "now" : "in" + std::to_string(var.input->index);
    } else if (out_roots.count(root)) {
      for (size_t k = 0; k < outputs.size(); k++)
        if (cq.find(cq.head[outputs[k]]) == root) key += "o" + std::to_string(k);
    } else if (used_elsewhere(root)) {
      if (cq.uses(root, h).atoms == 0) return std::nullopt;  // only a condition mentions it
      auto [it, fresh] = named.emplace(root, static_cast<int>(hop.join_vars.size()));
      if (fresh) hop.join_vars.push_back(root);
      key += "j" + std::to_string(it->second);
    } else {
      auto [it, fresh] = named.emplace(root, -1 - static_cast<int>(named.size()));
      key += "l" + std::to_string(it->second);
    }
    key += "{" + var.type.key() + "},";
  }
  if (hop.join_vars.empty()) return std::nullopt;
  return hop;
}

// Recursive calls may return the wildcard, which a plain join would not match: CQs with them
// are left alone.
bool factorable(const CQ& cq) {
  if (cq.atoms.size() < 2) return false;
  return std::none_of(cq.atoms.begin(), cq.atoms.end(), [](const CAtom& a) {
    return a.kind == CAtom::Kind::Scc || a.kind == CAtom::Kind::Idb || a.kind == CAtom::Kind::Shared;
  });
}

// The last hop of `cq`: the first atom that is a hop for these outputs.
std::optional<Hop> find_hop(const CQ& cq, const std::vector<int>& outputs) {
  if (!factorable(cq)) return std::nullopt;
  std::set<int> out_roots;
  for (int p : outputs) {
    int root = cq.find(cq.head[p]);
    if (!is_plain_var(cq.vars[root])) return std::nullopt;
    out_roots.insert(root);
  }
  for (size_t h = 0; h < cq.atoms.size(); h++)
    if (std::optional<Hop> hop = hop_at(cq, h, out_roots, outputs)) return hop;
  return std::nullopt;
}

// Groups CQs by their hops (one per CQ, or none: `others`); groups of fewer than `min_members`
// CQs are left alone.
Factoring group_by_hop(const std::vector<std::optional<Hop>>& hops, size_t min_members = 2) {
  Factoring f;
  std::map<std::string, HopGroup> by_key;
  std::vector<std::string> order;
  for (size_t i = 0; i < hops.size(); i++) {
    if (!hops[i]) {
      f.others.push_back(i);
      continue;
    }
    auto [it, fresh] = by_key.try_emplace(hops[i]->key);
    if (fresh) order.push_back(hops[i]->key);
    HopGroup& g = it->second;
    g.hop_atoms.push_back(hops[i]->atom);
    g.members.push_back(i);
    g.join_vars.push_back(hops[i]->join_vars);
  }
  for (const std::string& key : order) {
    HopGroup& g = by_key[key];
    if (g.members.size() < min_members)
      f.others.insert(f.others.end(), g.members.begin(), g.members.end());
    else
      f.groups.push_back(std::move(g));
  }
  std::sort(f.others.begin(), f.others.end());
  return f;
}

}  // namespace

Factoring factor_last_hops(const std::vector<CQ>& cqs, const std::vector<int>& outputs) {
  std::vector<std::optional<Hop>> hops;
  for (const CQ& cq : cqs) hops.push_back(find_hop(cq, outputs));
  return group_by_hop(hops);
}

Factoring factor_first_hops(const std::vector<CQ>& cqs, const std::vector<int>& outputs) {
  // Every CQ's candidate hops; each CQ takes the one most CQs share.
  std::vector<std::vector<Hop>> candidates(cqs.size());
  std::map<std::string, size_t> sharing;
  for (size_t i = 0; i < cqs.size(); i++) {
    if (!factorable(cqs[i])) continue;
    std::set<int> out_roots;
    for (int p : outputs) out_roots.insert(cqs[i].find(cqs[i].head[p]));
    auto holds_output = [&](const CAtom& a) {
      return std::any_of(a.args.begin(), a.args.end(), [&](int v) { return out_roots.count(cqs[i].find(v)) > 0; });
    };
    std::set<std::string> keys;
    for (size_t h = 0; h < cqs[i].atoms.size(); h++) {
      if (holds_output(cqs[i].atoms[h])) continue;
      if (std::optional<Hop> hop = hop_at(cqs[i], h, {}, {}); hop && keys.insert(hop->key).second)
        candidates[i].push_back(*hop);
    }
    for (const std::string& k : keys) sharing[k]++;
  }
  std::vector<std::optional<Hop>> chosen(cqs.size());
  for (size_t i = 0; i < cqs.size(); i++)
    for (const Hop& hop : candidates[i])
      if (sharing[hop.key] >= 2 && (!chosen[i] || sharing[hop.key] > sharing[chosen[i]->key])) chosen[i] = hop;
  return group_by_hop(chosen);
}

Factoring factor_probe_hops(const std::vector<CQ>& cqs, int position) {
  std::vector<std::optional<Hop>> hops;
  for (const CQ& cq : cqs) {
    std::optional<Hop> found;
    int root = cq.find(cq.head[position]);
    if (factorable(cq) && cq.vars[root].input)
      for (size_t h = 0; h < cq.atoms.size() && !found; h++) found = hop_at(cq, h, {root}, {});
    hops.push_back(found);
  }
  return group_by_hop(hops, 1);
}

std::optional<std::pair<size_t, std::vector<int>>> rest_hop(const CQ& rest, int root) {
  if (!factorable(rest)) return std::nullopt;
  for (size_t h = 0; h < rest.atoms.size(); h++)
    if (std::optional<Hop> hop = hop_at(rest, h, {rest.find(root)}, {}))
      return std::make_pair(hop->atom, hop->join_vars);
  return std::nullopt;
}

CQ without_hop(const CQ& cq, size_t hop_atom, const std::vector<int>& join_vars) {
  CQ rest = cq;
  rest.atoms.erase(rest.atoms.begin() + static_cast<std::ptrdiff_t>(hop_atom));
  rest.head = join_vars;
  return rest;
}

}  // namespace polar::compiler
