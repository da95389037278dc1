// Recursive components -> WITH RECURSIVE. Evaluation is magic-set style: a
// first recursive CTE ("magic") collects the bound arguments each member is
// called with, starting from the caller's seeds; answers are then computed
// only for those calls:
//  - pass-through: when open arguments pass through recursive calls unchanged
//    (checks, "who can"), answers come straight from the exit rules at every
//    reachable call;
//  - linear: otherwise a second recursive CTE computes answers bottom-up,
//    guarded by the magic set. PostgreSQL allows one reference to a recursive
//    CTE in its recursive term, so several rules fan out through one LATERAL union;
//  - non-linear (a rule calls the component twice): the relation is carried as
//    arrays in a one-row recursive CTE and iterated naively to its fixpoint.
//
// emit_scc_internal.hpp lists the units; this one holds the component, the entry points and
// what the strategies share (binding a body's head to a magic row, the answer relation's rows).
#include <algorithm>
#include <map>
#include <set>

#include "base/error.hpp"
#include "sql/emit_scc_internal.hpp"

namespace polar::compiler {

namespace scc_detail {

Component build_component(Specializer& spec, const std::string& key) {
  Component c;
  c.add_scc(spec.scc_of(key));
  if (!c.linear()) return c;
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t m = 0; m < c.members.size() && !grew; m++)
      for (const CQ& body : *c.bodies[m]) {
        for (const CAtom& a : body.atoms) {
          if (a.kind != CAtom::Kind::Scc || c.contains(body.instance_key(a))) continue;
          Component bigger = c;
          bigger.add_scc(spec.scc_of(body.instance_key(a)));
          if (!bigger.linear()) continue;
          c = std::move(bigger);
          grew = true;
          break;
        }
        if (grew) break;
      }
  }
  return c;
}

// How the entry's recursive calls are adorned, body by body.
std::vector<std::vector<Adorned>> ComponentEmitter::entry_callees() {
  plan();
  std::vector<std::vector<Adorned>> out;
  for (const BodyPlan& body : plans_[0]) {
    out.emplace_back();
    for (int callee : body.callees) out.back().push_back(adorned_[static_cast<size_t>(callee)]);
  }
  return out;
}

std::string ComponentEmitter::emit() {
  plan();
  same_tag_.resize(adorned_.size());
  for (size_t ai = 0; ai < adorned_.size(); ai++) same_tag_[ai] = static_cast<int>(ai);
  mm_ = e_.alias("mm");
  bool through = linear() && pass_through();
  // Only pass-through walks drop invariant positions: in bottom-up components the seed as a
  // constant changed the join order of the nested-teams check for the worse.
  if (through) find_invariants();
  size_widths();
  if (through) share_magic_sets();
  std::string magic = magic_cte();
  if (through) return pass_through_answers(magic);
  return linear() ? linear_answers(magic) : array_answers(magic);
}

// Binds the head's bound positions of an adorned member to the columns of a magic row
// (invariant positions: to the seed).
// A body may be narrower than its instance (`has_role(actor: User, ...)` for the instance
// has_role(any, "owner", Doc)): the magic row's value must then fit the body's head variable.
void ComponentEmitter::bind_head(const CQ& body, Scope& scope, const Adorned& a, const std::string& magic_alias) {
  std::vector<size_t> bp = bound_positions(a);
  for (size_t i = 0, carried = 0; i < bp.size(); i++) {
    std::string col = invariant(bp[i]) ? "(" + *seeds_[bp[i]] + ")" + kCollateC
                                       : column(magic_alias, "b" + std::to_string(carried++));
    if (e_.bind_external(body, scope, body.head[bp[i]], col) != Emitter::Bound::Fresh) continue;
    if (!narrower_than_instance(body, a, bp[i])) continue;
    std::string check = e_.type_check(col, body.root(body.head[bp[i]]).type);
    if (!check.empty()) scope.where.push_back("(" + col + kEq + e_.wildcard() + " OR " + check + ")");
  }
}

// Does the body accept fewer values at position `p` than its instance (so bind_head checks them)?
bool ComponentEmitter::narrower_than_instance(const CQ& body, const Adorned& a, size_t p) const {
  const CQ instance = spec_.instance_template(comp_.members[a.member]);
  return !instance.root(instance.head[p]).type.is_subset_of(body.root(body.head[p]).type);
}

// Keeps the magic rows of one member. When every member shares tag 0 the filter is left out:
// it selects nothing, yet the planner would count it and expect one row out of the walk (a
// nested loop of probes where a hash join of the actor's few facts is cheaper).
void ComponentEmitter::restrict_tag(Scope& scope, const std::string& alias, const std::string& tag) const {
  bool single = std::all_of(same_tag_.begin(), same_tag_.end(), [](int t) { return t == 0; });
  if (!single) scope.where.push_back(column(alias, "tag") + kEq + tag);
}

// Binds recursive call `k` of a body to the columns of `source` (a row of the answer relation).
void ComponentEmitter::bind_call(const CQ& body, const BodyPlan& plan, size_t k, Scope& scope,
                                 const std::string& source) {
  const CAtom& r = body.atoms[plan.recursive[k]];
  scope.where.push_back(column(source, "tag") + kEq + std::to_string(plan.callees[k]));
  for (size_t p = 0; p < r.args.size(); p++)
    e_.bind_external(body, scope, r.args[p], column(source, "c" + std::to_string(p)),
                     e_.wild_at(body.instance_key(r), p));
  scope.skip_atoms.insert(plan.recursive[k]);
}

// The answer rows of the entry: tag 0, bound positions equal to the seeds.
std::string ComponentEmitter::entry_filter(const std::string& alias, std::vector<std::string>& targets) const {
  std::vector<std::string> conds{column(alias, "tag") + kEq + "0"};
  for (size_t p = 0; p < arity(adorned_[0].member); p++) {
    std::string c = column(alias, "c" + std::to_string(p));
    targets.push_back(c);
    if (adorned_[0].bound[p]) conds.push_back(c + kEq + "(" + *seeds_[p] + ")");
  }
  return join(conds, " AND ");
}

std::vector<std::string> ComponentEmitter::answer_columns() const {
  std::vector<std::string> cols{quote_ident("tag")};
  for (const std::string& c : numbered("c", answer_width_)) cols.push_back(c);
  return cols;
}

}  // namespace scc_detail

bool Emitter::recurses_alike(const std::string& key, const std::vector<std::optional<std::string>>& seeds,
                             const std::vector<std::optional<std::string>>& fewer) {
  return scc_detail::ComponentEmitter(*this, spec_, key, seeds).entry_callees() ==
         scc_detail::ComponentEmitter(*this, spec_, key, fewer).entry_callees();
}

std::string Emitter::scc_call(const std::string& key, const std::vector<std::optional<std::string>>& seeds) {
  // A component whose bodies call back into one being emitted: keys narrowed in context
  // hid a cycle from the instance graph. Teach the graph the cycle and compile again.
  for (size_t i = 0; i < emitting_.size(); i++)
    if (spec_.same_scc(emitting_[i], key)) {
      std::vector<std::string> chain(emitting_.begin() + static_cast<long>(i), emitting_.end());
      chain.push_back(key);
      spec_.learn_cycle(chain);
      throw RestartCompilation{};
    }
  if (emitting_.size() >= kMaxNestedComponents)
    throw PolarError(
        ErrorKind::TooComplex,
        "the policy's recursive rules nest more than " + std::to_string(kMaxNestedComponents) + " components deep",
        "Simplify the recursive rules or split the policy's predicates.");
  emitting_.push_back(key);
  std::string sql = scc_detail::ComponentEmitter(*this, spec_, key, seeds).emit();
  emitting_.pop_back();
  return sql;
}

}  // namespace polar::compiler
