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
#include <algorithm>
#include <map>
#include <set>

#include "plan/cq_merge.hpp"
#include "sql/emitter.hpp"
#include "base/error.hpp"

namespace polar::compiler {

namespace {

struct Adorned {
  int member = 0;
  std::vector<bool> bound;
  bool operator<(const Adorned& o) const { return member != o.member ? member < o.member : bound < o.bound; }
  bool operator==(const Adorned& o) const { return member == o.member && bound == o.bound; }
};

// How one body of an adorned member evaluates: which atoms feed its recursive calls.
struct BodyPlan {
  std::vector<size_t> recursive;  // calls to members of the same component (none: an exit body)
  std::vector<int> callees;       // adorned index of each call
  std::set<size_t> prefix;        // lookups evaluated before the calls (they bind the calls' seeds)
};

// The members evaluated in one fixpoint: a recursive component plus every lower
// component its rules call, as long as each rule keeps at most one call into the
// set (PostgreSQL evaluates linear recursion only). Merging avoids re-running a
// lower component's recursion once per row of the upper one.
struct Component {
  std::vector<std::string> members;
  std::map<std::string, int> index;
  std::vector<const std::vector<CQ>*> bodies;

  bool contains(const std::string& key) const { return index.count(key) > 0; }
  void add(const std::string& key, const std::vector<CQ>* b) {
    if (contains(key)) return;
    index[key] = static_cast<int>(members.size());
    members.push_back(key);
    bodies.push_back(b);
  }
  void add_scc(const Scc& scc) {
    for (size_t m = 0; m < scc.members.size(); m++) add(scc.members[m], &scc.bodies[m]);
  }
  bool linear() const {
    for (const auto* list : bodies)
      for (const CQ& body : *list) {
        int refs = 0;
        for (const CAtom& a : body.atoms) refs += a.kind == CAtom::Kind::Scc && contains(body.instance_key(a));
        if (refs > 1) return false;
      }
    return true;
  }
};

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

// `sql` with its table aliases ("t5", "mm4", ...) renamed in order of first appearance, so that
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

std::string typed_null() { return std::string("CAST(NULL AS pg_catalog.text)") + kCollateC; }

using Output = Emitter::Output;
using Scope = Emitter::Scope;

class ComponentEmitter {
 public:
  ComponentEmitter(Emitter& e, Specializer& spec, const std::string& key,
                   const std::vector<std::optional<std::string>>& seeds)
      : e_(e), spec_(spec), key_(key), seeds_(seeds), comp_(build_component(spec, key)) {}

  // How the entry's recursive calls are adorned, body by body.
  std::vector<std::vector<Adorned>> entry_callees() {
    plan();
    std::vector<std::vector<Adorned>> out;
    for (const BodyPlan& body : plans_[0]) {
      out.emplace_back();
      for (int callee : body.callees) out.back().push_back(adorned_[static_cast<size_t>(callee)]);
    }
    return out;
  }

  std::string emit() {
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

 private:
  size_t arity(int member) const { return spec_.instance_template(comp_.members[member]).head.size(); }
  bool fixed(int member, size_t p) const {  // a constant of the member's own pattern
    CQ t = spec_.instance_template(comp_.members[member]);
    return t.root(t.head[p]).value.has_value();
  }
  std::vector<size_t> bound_positions(const Adorned& a) const {
    std::vector<size_t> out;
    for (size_t p = 0; p < a.bound.size(); p++)
      if (a.bound[p]) out.push_back(p);
    return out;
  }
  // Bound positions that travel in magic rows: those that are not invariant.
  std::vector<size_t> magic_positions(const Adorned& a) const {
    std::vector<size_t> out;
    for (size_t p : bound_positions(a))
      if (!invariant(p)) out.push_back(p);
    return out;
  }
  bool invariant(size_t p) const { return p < invariant_.size() && invariant_[p]; }
  std::vector<bool> open_positions(const Adorned& a) const {
    std::vector<bool> open;
    for (size_t p = 0; p < a.bound.size(); p++) open.push_back(!a.bound[p] && !fixed(a.member, p));
    return open;
  }
  const std::vector<CQ>& bodies(size_t ai) const { return *comp_.bodies[adorned_[ai].member]; }
  bool linear() const {
    for (const auto& list : plans_)
      for (const BodyPlan& plan : list)
        if (plan.recursive.size() > 1) return false;
    return true;
  }

  int intern(const Adorned& a) {
    auto it = tags_.find(a);
    if (it != tags_.end()) return it->second;
    int tag = static_cast<int>(adorned_.size());
    tags_[a] = tag;
    adorned_.push_back(a);
    plans_.emplace_back();
    return tag;
  }

  // Adorned members reachable from the entry, and how each body is evaluated.
  void plan() {
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

  void size_widths() {
    magic_width_ = answer_width_ = 0;
    for (const Adorned& a : adorned_) {
      magic_width_ = std::max(magic_width_, magic_positions(a).size());
      answer_width_ = std::max(answer_width_, arity(a.member));
    }
  }

  BodyPlan plan_body(const Adorned& cur, const CQ& body) {
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
          bool touches =
              std::any_of(a.args.begin(), a.args.end(), [&](int v) { return known.count(body.find(v)) > 0; });
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

  // A bound position of the entry that every recursive call passes on unchanged (the actor of a
  // check walking up a folder chain) holds the seed in every magic row. It is not carried in the
  // rows: bodies read the seed itself, so the planner sees a constant (the actor's roles can be
  // fetched once and hashed) and the walk's rows are narrower.
  void find_invariants() {
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

  // Binds the head's bound positions of an adorned member to the columns of a magic row
  // (invariant positions: to the seed).
  // A body may be narrower than its instance (`has_role(actor: User, ...)` for the instance
  // has_role(any, "owner", Doc)): the magic row's value must then fit the body's head variable.
  void bind_head(const CQ& body, Scope& scope, const Adorned& a, const std::string& magic_alias) {
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
  bool narrower_than_instance(const CQ& body, const Adorned& a, size_t p) const {
    const CQ instance = spec_.instance_template(comp_.members[a.member]);
    return !instance.root(instance.head[p]).type.is_subset_of(body.root(body.head[p]).type);
  }

  // Keeps the magic rows of one member. When every member shares tag 0 the filter is left out:
  // it selects nothing, yet the planner would count it and expect one row out of the walk (a
  // nested loop of probes where a hash join of the actor's few facts is cheaper).
  void restrict_tag(Scope& scope, const std::string& alias, const std::string& tag) const {
    bool single = std::all_of(same_tag_.begin(), same_tag_.end(), [](int t) { return t == 0; });
    if (!single) scope.where.push_back(column(alias, "tag") + kEq + tag);
  }

  // One magic rule: the call `k` of body `bi` of adorned member `ai`, from a row tagged
  // `self_tag` to a row tagged `callee_tag` (text, so that shapes can be compared with "?").
  std::string magic_branch(size_t ai, size_t bi, size_t k, const std::string& self_tag, const std::string& callee_tag) {
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
  bool derives_itself(size_t ai, size_t bi, size_t k) const {
    const BodyPlan& plan = plans_[ai][bi];
    if (plan.callees[k] != static_cast<int>(ai)) return false;
    const CQ& body = bodies(ai)[bi];
    const CAtom& r = body.atoms[plan.recursive[k]];
    for (size_t p : magic_positions(adorned_[ai]))
      if (p >= r.args.size() || body.find(r.args[p]) != body.find(body.head[p])) return false;
    return true;
  }

  // The magic CTE: which bound arguments each adorned member is called with.
  std::string magic_cte() {
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

  // Pass-through components evaluate every member's exit rules at every magic row, so members
  // whose magic sets are equal can share one set of rows. Member B shares member A's rows when
  // B is called only from A with A's own bound values (`"viewer" if "editor"`: the editor call
  // at the same folder) and B's calls to itself mirror A's calls to itself (`role if role on
  // "parent"` for both): then every A row is a B row and every B row an A row. Folders: one walk
  // up the chain instead of one per role.
  void share_magic_sets() {
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
  bool identity_call(size_t ai, size_t bi, size_t k) const {
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
  bool pass_through() const {
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

  // Exit bodies evaluated at the same magic rows and bound the same way. Members sharing a tag
  // ("viewer" and "editor" of one folder) probe the same rows: merged by shape, their bodies
  // become one lookup with role = ANY(...) instead of one lookup per member.
  struct ExitGroup {
    size_t member;  // the first adorned member of the group: its tag and bound positions
    std::vector<CQ> bodies;
  };
  std::vector<ExitGroup> exit_groups() const {
    std::map<std::pair<int, std::vector<bool>>, size_t> index;
    std::vector<ExitGroup> groups;
    for (size_t ai = 0; ai < adorned_.size(); ai++)
      for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
        if (!plans_[ai][bi].recursive.empty()) continue;
        const CQ& body = bodies(ai)[bi];
        std::vector<bool> narrowed;  // bind_head's type checks, which must agree within a group
        for (size_t p : bound_positions(adorned_[ai]))
          narrowed.push_back(narrower_than_instance(body, adorned_[ai], p));
        auto [it, fresh] = index.emplace(std::make_pair(same_tag_[ai], narrowed), groups.size());
        if (fresh) groups.push_back(ExitGroup{ai, {}});
        groups[it->second].bodies.push_back(body);
      }
    return groups;
  }

  // Answers = exit rules at every reachable call; bound positions are the caller's seeds.
  std::string pass_through_answers(const std::string& magic_sql) {
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

  // One rule as a row (tag, head positions...) of the answer relation, guarded by the magic set.
  // `bind_calls` binds the body's recursive calls to their sources.
  template <typename BindCalls>
  std::string rule_row(size_t ai, const CQ& body, BindCalls bind_calls) {
    Scope scope;
    scope.collate_outputs = true;
    const std::string mg = e_.alias("mg");
    scope.from.push_back(quote_ident(magic_) + " AS " + quote_ident(mg));
    restrict_tag(scope, mg, std::to_string(ai));
    bind_calls(scope);
    bind_head(body, scope, adorned_[ai], mg);
    std::vector<Output> outs{Output::literal(std::to_string(ai))};
    for (int h : body.head) outs.push_back(Output::of(h));
    while (outs.size() < answer_width_ + 1) outs.push_back(Output::literal(typed_null()));
    return e_.select(body, scope, outs);
  }

  // Binds recursive call `k` of a body to the columns of `source` (a row of the answer relation).
  void bind_call(const CQ& body, const BodyPlan& plan, size_t k, Scope& scope, const std::string& source) {
    const CAtom& r = body.atoms[plan.recursive[k]];
    scope.where.push_back(column(source, "tag") + kEq + std::to_string(plan.callees[k]));
    for (size_t p = 0; p < r.args.size(); p++)
      e_.bind_external(body, scope, r.args[p], column(source, "c" + std::to_string(p)),
                       e_.wild_at(body.instance_key(r), p));
    scope.skip_atoms.insert(plan.recursive[k]);
  }

  // The answer rows of the entry: tag 0, bound positions equal to the seeds.
  std::string entry_filter(const std::string& alias, std::vector<std::string>& targets) const {
    std::vector<std::string> conds{column(alias, "tag") + kEq + "0"};
    for (size_t p = 0; p < arity(adorned_[0].member); p++) {
      std::string c = column(alias, "c" + std::to_string(p));
      targets.push_back(c);
      if (adorned_[0].bound[p]) conds.push_back(c + kEq + "(" + *seeds_[p] + ")");
    }
    return join(conds, " AND ");
  }

  std::vector<std::string> answer_columns() const {
    std::vector<std::string> cols{quote_ident("tag")};
    for (const std::string& c : numbered("c", answer_width_)) cols.push_back(c);
    return cols;
  }

  std::string linear_answers(const std::string& magic_sql) {
    const std::string answers = e_.alias("a");
    const std::string rr = e_.alias("r");
    std::vector<std::string> exit_rows, recursive_rows;
    for (size_t ai = 0; ai < adorned_.size(); ai++)
      for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
        const BodyPlan& plan = plans_[ai][bi];
        const CQ& body = bodies(ai)[bi];
        std::string row = rule_row(ai, body, [&](Scope& scope) {
          if (!plan.recursive.empty()) bind_call(body, plan, 0, scope, rr);
        });
        (plan.recursive.empty() ? exit_rows : recursive_rows).push_back(row);
      }
    const std::vector<std::string> cols = answer_columns();
    std::vector<std::string> empty_row{"CAST(NULL AS pg_catalog.int4)"};
    while (empty_row.size() < answer_width_ + 1) empty_row.push_back(typed_null());
    std::string sql =
        quote_ident(answers) + "(" + join(cols, ", ") + ") AS (SELECT " + join(empty_row, ", ") + " WHERE false";
    for (const std::string& b : exit_rows) sql += " UNION ALL " + b;
    if (!recursive_rows.empty()) {
      std::string y = e_.alias("y");
      sql += " UNION SELECT " + quote_ident(y) + ".* FROM " + quote_ident(answers) + " AS " + quote_ident(rr) +
             ", LATERAL (" + join(recursive_rows, " UNION ALL ") + ") AS " + quote_ident(y) + "(" + join(cols, ", ") +
             ")";
    }
    sql += ")";
    const std::string fa = e_.alias("fa");
    std::vector<std::string> targets;
    std::string filter = entry_filter(fa, targets);
    return "(WITH RECURSIVE " + magic_sql + ", " + sql + " SELECT " + join(targets, ", ") + " FROM " +
           quote_ident(answers) + " AS " + quote_ident(fa) + " WHERE " + filter + ")";
  }

  // Non-linear recursion: the whole relation travels as parallel arrays in one row per
  // iteration; each iteration re-derives every rule from the previous state (naive
  // evaluation) and stops when nothing new appears.
  std::string array_answers(const std::string& magic_sql) {
    const std::string st = e_.alias("st");
    const std::string s = e_.alias("s");
    std::vector<std::string> arrays{column(s, "tg")};
    for (size_t c = 0; c < answer_width_; c++) arrays.push_back(column(s, "c" + std::to_string(c)));
    const std::vector<std::string> cols = answer_columns();
    auto state_rows = [&](const std::string& alias) {
      return unnest_rows(arrays) + " AS " + quote_ident(alias) + "(" + join(cols, ", ") + ")";
    };
    std::vector<std::string> rows{"SELECT * FROM " + state_rows(e_.alias("o"))};
    for (size_t ai = 0; ai < adorned_.size(); ai++)
      for (size_t bi = 0; bi < bodies(ai).size(); bi++) {
        const BodyPlan& plan = plans_[ai][bi];
        const CQ& body = bodies(ai)[bi];
        rows.push_back(rule_row(ai, body, [&](Scope& scope) {
          for (size_t k = 0; k < plan.recursive.size(); k++) {
            std::string src = e_.alias("rc");
            scope.from.push_back(state_rows(src));
            bind_call(body, plan, k, scope, src);
          }
        }));
      }
    const std::string z = e_.alias("z");
    std::vector<std::string> aggs{"pg_catalog.count(*)", "pg_catalog.array_agg(" + column(z, "tag") + ")"};
    for (size_t c = 0; c < answer_width_; c++)
      aggs.push_back("pg_catalog.array_agg(" + column(z, "c" + std::to_string(c)) + ")");
    const std::string nx = e_.alias("nx");
    std::vector<std::string> state_cols{quote_ident("n"), quote_ident("cnt"), quote_ident("tg")};
    std::vector<std::string> initial{"0", "CAST(0 AS pg_catalog.int8)", "CAST(ARRAY[] AS pg_catalog.int4[])"};
    std::vector<std::string> next{column(s, "n") + " + 1", column(nx, "cnt"), column(nx, "tg")};
    for (size_t c = 0; c < answer_width_; c++) {
      std::string col = "c" + std::to_string(c);
      state_cols.push_back(quote_ident(col));
      initial.push_back(std::string("CAST(ARRAY[] AS pg_catalog.text[])") + kCollateC);
      next.push_back(column(nx, col));
    }
    std::vector<std::string> nx_cols{quote_ident("cnt"), quote_ident("tg")};
    for (const std::string& c : numbered("c", answer_width_)) nx_cols.push_back(c);
    std::string state_sql = quote_ident(st) + "(" + join(state_cols, ", ") + ") AS (SELECT " + join(initial, ", ") +
                            " UNION ALL SELECT " + join(next, ", ") + " FROM " + quote_ident(st) + " AS " +
                            quote_ident(s) + ", LATERAL (SELECT " + join(aggs, ", ") + " FROM (" +
                            join(rows, " UNION ") + ") AS " + quote_ident(z) + "(" + join(cols, ", ") + ")) AS " +
                            quote_ident(nx) + "(" + join(nx_cols, ", ") + ") WHERE " + column(nx, "cnt") +
                            " OPERATOR(pg_catalog.>) " + column(s, "cnt") + ")";
    // The last state holds the fixpoint.
    const std::string last = e_.alias("l");
    const std::string fa = e_.alias("fa");
    std::vector<std::string> last_arrays{column(last, "tg")};
    for (size_t c = 0; c < answer_width_; c++) last_arrays.push_back(column(last, "c" + std::to_string(c)));
    std::vector<std::string> targets;
    std::string filter = entry_filter(fa, targets);
    return "(WITH RECURSIVE " + magic_sql + ", " + state_sql + " SELECT " + join(targets, ", ") +
           " FROM (SELECT * FROM " + quote_ident(st) + " ORDER BY " + quote_ident("n") + " DESC LIMIT 1) AS " +
           quote_ident(last) + ", " + unnest_rows(last_arrays) + " AS " + quote_ident(fa) + "(" + join(cols, ", ") +
           ") WHERE " + filter + ")";
  }

  Emitter& e_;
  Specializer& spec_;
  const std::string key_;
  const std::vector<std::optional<std::string>>& seeds_;
  const Component comp_;
  std::vector<Adorned> adorned_;
  std::map<Adorned, int> tags_;
  std::vector<std::vector<BodyPlan>> plans_;
  size_t magic_width_ = 0, answer_width_ = 0;
  std::string magic_;
  std::string mm_;               // alias of the magic CTE's rows in its recursive term
  std::vector<bool> invariant_;  // per entry position: passed on unchanged by every call (see find_invariants)
  std::vector<int> same_tag_;    // per adorned member: the member whose magic rows it shares (itself by default)
};

}  // namespace

bool Emitter::recurses_alike(const std::string& key, const std::vector<std::optional<std::string>>& seeds,
                             const std::vector<std::optional<std::string>>& fewer) {
  return ComponentEmitter(*this, spec_, key, seeds).entry_callees() ==
         ComponentEmitter(*this, spec_, key, fewer).entry_callees();
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
  std::string sql = ComponentEmitter(*this, spec_, key, seeds).emit();
  emitting_.pop_back();
  return sql;
}

}  // namespace polar::compiler
