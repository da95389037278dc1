// Adornment: from the entry's seeds, which arguments each reachable member is called with
// (bound or open), and per body which lookups run before its recursive calls to bind their
// seeds (sideways information passing).
#include <algorithm>
#include <set>

#include "sql/emit_scc_internal.hpp"

namespace polar::compiler::scc_detail {

int ComponentEmitter::intern(const Adorned& a) {
  auto it = tags_.find(a);
  if (it != tags_.end()) return it->second;
  int tag = static_cast<int>(adorned_.size());
  tags_[a] = tag;
  adorned_.push_back(a);
  plans_.emplace_back();
  return tag;
}

// Adorned members reachable from the entry, and how each body is evaluated.
void ComponentEmitter::plan() {
  Adorned entry{comp_.index.at(key_), {}};
  for (size_t k = 0; k < seeds_.size(); k++) entry.bound.push_back(seeds_[k].has_value() && !fixed(entry.member, k));
  intern(entry);
  for (size_t ai = 0; ai < adorned_.size(); ai++) {
    const Adorned cur = adorned_[ai];
    std::vector<BodyPlan> body_plans;
    for (const CQ& body : bodies(ai)) body_plans.push_back(plan_body(cur, body));
    plans_[ai] = body_plans;
  }
}

void ComponentEmitter::size_widths() {
  magic_width_ = answer_width_ = 0;
  for (const Adorned& a : adorned_) {
    magic_width_ = std::max(magic_width_, magic_positions(a).size());
    answer_width_ = std::max(answer_width_, arity(a.member));
  }
}

BodyPlan ComponentEmitter::plan_body(const Adorned& cur, const CQ& body) {
  BodyPlan plan;
  std::set<int> bound;
  for (size_t p = 0; p < cur.bound.size(); p++)
    if (cur.bound[p]) bound.insert(body.find(body.head[p]));
  for (size_t i = 0; i < body.vars.size(); i++) {
    const CVar& v = body.vars[i];
    if (v.parent < 0 && (v.input || (v.value && v.value->is_entity()))) bound.insert(static_cast<int>(i));
  }
  for (size_t i = 0; i < body.atoms.size(); i++) {
    const CAtom& a = body.atoms[i];
    if (a.kind == CAtom::Kind::Scc && comp_.contains(body.instance_key(a))) plan.recursive.push_back(i);
  }
  // Lookups reachable from the bound arguments come first (sideways information passing).
  // Facts point from a thing to what it belongs to (has_relation(repo, "org", org),
  // subteam_of(sub, parent)): a lookup by a later argument that binds an earlier one walks
  // the other way, towards the many (a hub team's subteams). Such reverse lookups seed the
  // recursive calls only when, without them, a call would have no seed at all: otherwise the
  // calls are seeded by what forward lookups reach and the rest is joined to their answers.
  auto is_recursive = [&](size_t i) {
    return std::find(plan.recursive.begin(), plan.recursive.end(), i) != plan.recursive.end();
  };
  auto reverse_lookup = [&](const CAtom& a, const std::set<int>& known) {
    if (a.kind != CAtom::Kind::Edb) return false;
    int first_known = -1, first_new = -1;
    for (size_t p = 0; p < a.args.size(); p++) {
      int root = body.find(a.args[p]);
      const CVar& v = body.vars[root];
      if (v.value || v.input) continue;
      int& first = known.count(root) ? first_known : first_new;
      if (first < 0) first = static_cast<int>(p);
    }
    return first_new >= 0 && first_known > first_new;
  };
  auto closure = [&](bool forward_only, std::set<size_t>& prefix, std::set<int>& known) {
    for (bool grew = true; grew;) {
      grew = false;
      for (size_t i = 0; i < body.atoms.size(); i++) {
        const CAtom& a = body.atoms[i];
        if (is_recursive(i) || prefix.count(i)) continue;
        bool touches = std::any_of(a.args.begin(), a.args.end(), [&](int v) { return known.count(body.find(v)) > 0; });
        if (!touches || (forward_only && reverse_lookup(a, known))) continue;
        prefix.insert(i);
        for (int v : a.args) known.insert(body.find(v));
        grew = true;
      }
    }
  };
  std::set<int> forward_bound = bound;
  closure(true, plan.prefix, forward_bound);
  bool every_call_seeded = std::all_of(plan.recursive.begin(), plan.recursive.end(), [&](size_t ri) {
    const CAtom& r = body.atoms[ri];
    int callee = comp_.index.at(body.instance_key(r));
    for (size_t p = 0; p < r.args.size(); p++)
      if (forward_bound.count(body.find(r.args[p])) && !fixed(callee, p)) return true;
    return false;
  });
  if (every_call_seeded) {
    bound = forward_bound;
  } else {
    plan.prefix.clear();
    closure(false, plan.prefix, bound);
  }
  for (size_t ri : plan.recursive) {
    const CAtom& r = body.atoms[ri];
    Adorned callee{comp_.index.at(body.instance_key(r)), {}};
    for (size_t p = 0; p < r.args.size(); p++)
      callee.bound.push_back(bound.count(body.find(r.args[p])) > 0 && !fixed(callee.member, p));
    plan.callees.push_back(intern(callee));
  }
  return plan;
}

}  // namespace polar::compiler::scc_detail
