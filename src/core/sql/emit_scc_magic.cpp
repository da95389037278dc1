// The magic set: a recursive CTE of the bound arguments each adorned member is called with,
// seeded from the caller; the answers of every strategy are computed only for its rows.
#include <string>
#include <vector>

#include "sql/emit_scc_internal.hpp"

namespace polar::compiler::scc_detail {

// A bound position of the entry that every recursive call passes on unchanged (the actor of a
// check walking up a folder chain) holds the seed in every magic row. It is not carried in the
// rows: bodies read the seed itself, so the planner sees a constant (the actor's roles can be
// fetched once and hashed) and the walk's rows are narrower.
void ComponentEmitter::find_invariants() {
  invariant_.clear();
  for (size_t p = 0; p < seeds_.size(); p++) invariant_.push_back(adorned_[0].bound[p]);
  auto passes_on = [&](const CQ& body, const CAtom& call, const Adorned& from, const Adorned& to, size_t p) {
    return p < from.bound.size() && from.bound[p] && p < to.bound.size() && to.bound[p] && p < call.args.size() &&
           body.find(call.args[p]) == body.find(body.head[p]);
  };
  for (size_t ai = 0; ai < adorned_.size(); ai++)
    for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
      const BodyPlan& plan = plans_[ai][bi];
      for (size_t k = 0; k < plan.recursive.size(); k++)
        for (size_t p = 0; p < invariant_.size(); p++)
          if (invariant_[p] && !passes_on(bodies(ai)[bi], bodies(ai)[bi].atoms[plan.recursive[k]], adorned_[ai],
                                          adorned_[plan.callees[k]], p))
            invariant_[p] = false;
    }
}

// One magic rule: the call `k` of body `bi` of adorned member `ai`, from a row tagged
// `self_tag` to a row tagged `callee_tag` (text, so that shapes can be compared with "?").
std::string ComponentEmitter::magic_branch(size_t ai, size_t bi, size_t k, const std::string& self_tag,
                                           const std::string& callee_tag) {
  const BodyPlan& plan = plans_[ai][bi];
  const CQ& body = bodies(ai)[bi];
  Scope scope;
  scope.skip_unbound_conds = true;
  scope.collate_outputs = true;
  restrict_tag(scope, mm_, self_tag);
  bind_head(body, scope, adorned_[ai], mm_);
  for (size_t i = 0; i < body.atoms.size(); i++)
    if (!plan.prefix.count(i)) scope.skip_atoms.insert(i);
  std::vector<Output> outs{Output::literal(callee_tag)};
  const CAtom& r = body.atoms[plan.recursive[k]];
  for (size_t p : magic_positions(adorned_[plan.callees[k]])) outs.push_back(Output::of(r.args[p]));
  while (outs.size() < magic_width_ + 1) outs.push_back(Output::literal(typed_null()));
  return e_.select(body, scope, outs);
}

// Does call `k` of body `bi` of member `ai` call the member itself with its own magic values
// (member_of(user, sub) from member_of(user, team), user bound)? Such a magic rule derives
// only rows the set holds already. Left out, a set that only such rules feed is its seed row
// alone, and PostgreSQL estimates it so (a recursive CTE is estimated at 101 rows, which
// turned the exit lookup into a hash join over a scan of the whole fact table).
bool ComponentEmitter::derives_itself(size_t ai, size_t bi, size_t k) const {
  const BodyPlan& plan = plans_[ai][bi];
  if (plan.callees[k] != static_cast<int>(ai)) return false;
  const CQ& body = bodies(ai)[bi];
  const CAtom& r = body.atoms[plan.recursive[k]];
  for (size_t p : magic_positions(adorned_[ai]))
    if (p >= r.args.size() || body.find(r.args[p]) != body.find(body.head[p])) return false;
  return true;
}

// The magic CTE: which bound arguments each adorned member is called with.
std::string ComponentEmitter::magic_cte() {
  magic_ = e_.alias("m");
  std::vector<std::string> seed_row{"0"};  // the entry is adorned member 0
  for (size_t p = 0; p < seeds_.size(); p++)
    if (adorned_[0].bound[p] && !invariant(p)) seed_row.push_back("(" + *seeds_[p] + ")" + kCollateC);
  while (seed_row.size() < magic_width_ + 1) seed_row.push_back(typed_null());
  std::vector<std::string> branches;
  for (size_t ai = 0; ai < adorned_.size(); ai++) {
    if (same_tag_[ai] != static_cast<int>(ai)) continue;  // its rows are another member's
    for (size_t bi = 0; bi < bodies(ai).size(); bi++)
      for (size_t k = 0; k < plans_[ai][bi].recursive.size(); k++) {
        int callee = plans_[ai][bi].callees[k];
        if (same_tag_[callee] != callee || derives_itself(ai, bi, k)) continue;
        branches.push_back(magic_branch(ai, bi, k, std::to_string(ai), std::to_string(callee)));
      }
  }
  std::vector<std::string> cols{quote_ident("tag")};
  for (const std::string& c : numbered("b", magic_width_)) cols.push_back(c);
  std::string sql = quote_ident(magic_) + "(" + join(cols, ", ") + ") AS (SELECT " + join(seed_row, ", ");
  if (!branches.empty()) {
    std::string x = e_.alias("x");
    sql += " UNION SELECT " + quote_ident(x) + ".* FROM " + quote_ident(magic_) + " AS " + quote_ident(mm_) +
           ", LATERAL (" + join(branches, " UNION ALL ") + ") AS " + quote_ident(x) + "(" + join(cols, ", ") + ")";
  }
  return sql + ")";
}

}  // namespace polar::compiler::scc_detail
