// Pass-through: when open arguments pass through the recursive calls unchanged (checks, "who
// can"), the answers are the exit rules at every row of the magic set; members whose magic sets
// are equal share one set of rows.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "plan/cq_merge.hpp"
#include "sql/emit_scc_internal.hpp"

namespace polar::compiler::scc_detail {

namespace {

// two SELECTs built from the same rule shape compare equal. An alias is a quoted identifier
// that qualifies a column ("t5"."a0") or follows AS; column names keep theirs.
std::string canonical_aliases(const std::string& sql) {
  std::map<std::string, std::string> names;
  std::string out;
  for (size_t i = 0; i < sql.size();) {
    size_t end = sql[i] == '"' ? sql.find('"', i + 1) : std::string::npos;
    if (end == std::string::npos) {
      out += sql[i++];
      continue;
    }
    std::string ident = sql.substr(i, end - i + 1);
    bool qualifies = end + 1 < sql.size() && sql[end + 1] == '.';
    bool defined = i >= 3 && sql.compare(i - 3, 3, "AS ") == 0;
    if (qualifies || defined) {
      auto [it, fresh] = names.emplace(ident, "");
      if (fresh) it->second = "\"@" + std::to_string(names.size()) + "\"";
      out += it->second;
    } else {
      out += ident;
    }
    i = end + 1;
  }
  return out;
}

}  // namespace

// Pass-through components evaluate every member's exit rules at every magic row, so members
// whose magic sets are equal can share one set of rows. Member B shares member A's rows when
// B is called only from A with A's own bound values (`"viewer" if "editor"`: the editor call
// at the same folder) and B's calls to itself mirror A's calls to itself (`role if role on
// "parent"` for both): then every A row is a B row and every B row an A row. Folders: one walk
// up the chain instead of one per role.
void ComponentEmitter::share_magic_sets() {
  std::vector<std::set<std::string>> self_steps(adorned_.size());  // shapes of each member's calls to itself
  std::vector<bool> only_self(adorned_.size(), true);              // calls nothing but itself
  std::vector<std::set<int>> identity_from(adorned_.size()), other_from(adorned_.size());
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++)
      for (size_t k = 0; k < plans_[ai][bi].recursive.size(); k++) {
        int callee = plans_[ai][bi].callees[k];
        if (callee == static_cast<int>(ai)) {
          self_steps[ai].insert(canonical_aliases(magic_branch(ai, bi, k, "?", "?")));
          continue;
        }
        only_self[ai] = false;
        (identity_call(ai, bi, k) ? identity_from : other_from)[callee].insert(static_cast<int>(ai));
      }
  for (size_t b = 1; b < adorned_.size(); b++) {
    if (!only_self[b] || !other_from[b].empty() || identity_from[b].size() != 1) continue;
    int a = *identity_from[b].begin();
    if (same_tag_[a] != a || bound_positions(adorned_[a]) != bound_positions(adorned_[b])) continue;
    if (self_steps[a] == self_steps[b]) same_tag_[b] = a;
  }
}

// Is call `k` of body `bi` of member `ai` the same bound values, unfiltered: a body that is
// the call alone, with the head's bound variables in the callee's bound positions?
bool ComponentEmitter::identity_call(size_t ai, size_t bi, size_t k) const {
  const CQ& body = bodies(ai)[bi];
  const BodyPlan& plan = plans_[ai][bi];
  if (body.atoms.size() != 1 || !body.conds.empty() || !plan.prefix.empty()) return false;
  const CAtom& r = body.atoms[plan.recursive[k]];
  std::vector<size_t> from = bound_positions(adorned_[ai]), to = bound_positions(adorned_[plan.callees[k]]);
  if (from.size() != to.size()) return false;
  for (size_t i = 0; i < from.size(); i++) {
    if (body.find(r.args[to[i]]) != body.find(body.head[from[i]])) return false;
    if (narrower_than_instance(body, adorned_[ai], from[i])) return false;  // bind_head would filter by type
  }
  return true;
}

// Can open arguments pass through every recursive call unchanged?
bool ComponentEmitter::pass_through() const {
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
      const BodyPlan& plan = plans_[ai][bi];
      if (plan.recursive.empty()) continue;
      const CQ& body = bodies(ai)[bi];
      const CAtom& r = body.atoms[plan.recursive[0]];
      const std::vector<bool> open = open_positions(adorned_[ai]);
      if (r.args.size() != body.head.size() || open_positions(adorned_[plan.callees[0]]) != open) return false;
      for (size_t p = 0; p < body.head.size(); p++) {
        if (!open[p]) continue;
        int root = body.find(body.head[p]);
        const CVar& hv = body.vars[root];
        if (root != body.find(r.args[p]) || hv.value || hv.input) return false;
        // The open variable must appear nowhere else: not in other atoms, positions or conditions
        // (once at head position p, once in the recursive call).
        CQ::Uses u = body.uses(root);
        if (u.head != 1 || u.atoms != 1 || u.conds != 0) return false;
      }
    }
  return true;
}

std::vector<ComponentEmitter::ExitGroup> ComponentEmitter::exit_groups() const {
  std::map<std::pair<int, std::vector<bool>>, size_t> index;
  std::vector<ExitGroup> groups;
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
      if (!plans_[ai][bi].recursive.empty()) continue;
      const CQ& body = bodies(ai)[bi];
      std::vector<bool> narrowed;  // bind_head's type checks, which must agree within a group
      for (size_t p : bound_positions(adorned_[ai])) narrowed.push_back(narrower_than_instance(body, adorned_[ai], p));
      auto [it, fresh] = index.emplace(std::make_pair(same_tag_[ai], narrowed), groups.size());
      if (fresh) groups.push_back(ExitGroup{ai, {}});
      groups[it->second].bodies.push_back(body);
    }
  return groups;
}

// Answers = exit rules at every reachable call; bound positions are the caller's seeds.
std::string ComponentEmitter::pass_through_answers(const std::string& magic_sql) {
  const size_t n = arity(adorned_[0].member);
  const std::vector<bool> entry_open = open_positions(adorned_[0]);
  std::vector<size_t> open;
  for (size_t p = 0; p < n; p++)
    if (entry_open[p]) open.push_back(p);
  const CQ entry_template = spec_.instance_template(key_);
  const std::string mp = e_.alias("mp");
  std::vector<std::string> branches;
  for (const ExitGroup& group : exit_groups())
    for (const CQ& body : merge_by_shape(group.bodies, spec_.types())) {
      Scope scope;
      restrict_tag(scope, mp, std::to_string(same_tag_[group.member]));
      bind_head(body, scope, adorned_[group.member], mp);
      std::vector<Output> outs;
      for (size_t p : open) outs.push_back(Output::of(body.head[p]));
      if (outs.empty()) outs.push_back(Output::literal("1"));
      branches.push_back(e_.select(body, scope, outs));
    }
  const std::string x = e_.alias("x");
  std::vector<std::string> xcols = numbered("f", std::max<size_t>(open.size(), 1));
  std::vector<std::string> targets;
  for (size_t p = 0, f = 0; p < n; p++) {
    if (adorned_[0].bound[p])
      targets.push_back("(" + *seeds_[p] + ")");
    else if (!entry_open[p])
      targets.push_back(e_.value_expr(entry_template.root(entry_template.head[p])));
    else
      targets.push_back(quote_ident(x) + "." + xcols[f++]);
  }
  if (targets.empty()) targets.push_back("1");
  if (branches.empty()) {  // no exit rule can hold (its facts are never stored): typed like an answer
    std::vector<std::string> none(xcols.size(), open.empty() ? std::string("1") : typed_null());
    branches.push_back("SELECT " + join(none, ", ") + " WHERE false");
  }
  return "(WITH RECURSIVE " + magic_sql + " SELECT " + join(targets, ", ") + " FROM " + quote_ident(magic_) + " AS " +
         quote_ident(mp) + ", LATERAL (" + join(branches, " UNION ALL ") + ") AS " + quote_ident(x) + "(" +
         join(xcols, ", ") + "))";
}

}  // namespace polar::compiler::scc_detail
