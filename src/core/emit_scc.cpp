// Recursive components -> WITH RECURSIVE. Evaluation is magic-set style: a
// first recursive CTE ("magic") collects the bound arguments each member is
// called with, starting from the caller's seeds; answers are then computed
// only for those calls. When free arguments pass through recursive calls
// unchanged (checks, "who can"), answers come straight from the exit rules at
// every reachable call; otherwise a second recursive CTE computes them
// bottom-up, guarded by the magic set. PostgreSQL allows one reference to a
// recursive CTE in its recursive term, so several rules fan out through one
// LATERAL union.
#include <algorithm>

#include "emitter.hpp"
#include "error.hpp"

namespace polar::compiler {

namespace {

struct Adorned {
  int member = 0;
  std::vector<bool> bound;
  bool operator<(const Adorned& o) const { return member != o.member ? member < o.member : bound < o.bound; }
};

// How one body of an adorned member evaluates: which atoms feed the recursive call.
struct BodyPlan {
  int recursive_atom = -1;  // index of the call to a member of the same component, or -1 (exit body)
  std::set<size_t> prefix;  // atoms evaluated before that call (they bind its seeds)
  int callee = -1;          // adorned index of the recursive call
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
};

Component build_component(Specializer& spec, const std::string& key) {
  Component c;
  auto add_scc = [&](Component& into, const Scc& scc) {
    for (size_t m = 0; m < scc.members.size(); m++) into.add(scc.members[m], &scc.bodies[m]);
  };
  add_scc(c, spec.scc_of(key));
  auto linear = [&](const Component& comp) {
    for (const auto* bodies : comp.bodies)
      for (const CQ& body : *bodies) {
        int refs = 0;
        for (const CAtom& a : body.atoms) refs += a.kind == CAtom::Kind::Scc && comp.contains(body.instance_key(a));
        if (refs > 1) return false;
      }
    return true;
  };
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t m = 0; m < c.members.size() && !grew; m++)
      for (const CQ& body : *c.bodies[m]) {
        for (const CAtom& a : body.atoms) {
          if (a.kind != CAtom::Kind::Scc) continue;
          std::string k = body.instance_key(a);
          if (c.contains(k)) continue;
          Component bigger = c;
          add_scc(bigger, spec.scc_of(k));
          if (!linear(bigger)) continue;
          c = std::move(bigger);
          grew = true;
          break;
        }
        if (grew) break;
      }
  }
  return c;
}

std::string typed_null() { return std::string("CAST(NULL AS pg_catalog.text)") + kCollateC; }

std::vector<std::string> numbered(const std::string& prefix, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; i++) out.push_back(quote_ident(prefix + std::to_string(i)));
  return out;
}

}  // namespace

std::string Emitter::scc_call(const std::string& key, const std::vector<std::optional<std::string>>& seeds) {
  const Component comp = build_component(spec_, key);
  const int entry_member = comp.index.at(key);
  auto member_arity = [&](int m) { return spec_.instance_template(comp.members[m]).head.size(); };

  // Adorned members reachable from the entry, and how each body is evaluated.
  std::vector<Adorned> adorned;
  std::map<Adorned, int> tag_of;
  std::vector<std::vector<BodyPlan>> plans;
  auto intern = [&](const Adorned& a) {
    auto it = tag_of.find(a);
    if (it != tag_of.end()) return it->second;
    int tag = static_cast<int>(adorned.size());
    tag_of[a] = tag;
    adorned.push_back(a);
    plans.emplace_back();
    return tag;
  };
  {
    Adorned entry{entry_member, {}};
    CQ t = spec_.instance_template(key);
    for (size_t k = 0; k < seeds.size(); k++) entry.bound.push_back(seeds[k].has_value() && !t.root(t.head[k]).value);
    intern(entry);
  }
  for (size_t ai = 0; ai < adorned.size(); ai++) {
    const Adorned cur = adorned[ai];
    std::vector<BodyPlan> body_plans;
    for (const CQ& body : *comp.bodies[cur.member]) {
      BodyPlan plan;
      std::set<int> bound;
      for (size_t p = 0; p < cur.bound.size(); p++)
        if (cur.bound[p]) bound.insert(body.find(body.head[p]));
      for (size_t i = 0; i < body.vars.size(); i++) {
        const CVar& v = body.vars[i];
        if (v.parent < 0 && (v.input || (v.value && v.value->is_entity()))) bound.insert(static_cast<int>(i));
      }
      std::vector<size_t> recursive;
      for (size_t i = 0; i < body.atoms.size(); i++) {
        const CAtom& a = body.atoms[i];
        if (a.kind == CAtom::Kind::Scc && comp.contains(body.instance_key(a))) recursive.push_back(i);
      }
      if (recursive.size() > 1)
        throw PolarError(ErrorKind::TooComplex,
                         "a rule calls its own recursive predicate more than once (non-linear recursion) in a way "
                         "this compiler cannot evaluate: " +
                             spec_.program().pred(body.atoms[recursive[0]].pred).key(),
                         "Write the recursion with one recursive call per rule, e.g. "
                         "member(x, g) if member(x, h) and has_group(h, g).");
      // Lookups reachable from the bound arguments come first (sideways information passing).
      for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < body.atoms.size(); i++) {
          const CAtom& a = body.atoms[i];
          bool is_recursive = !recursive.empty() && recursive[0] == i;
          if (is_recursive || plan.prefix.count(i)) continue;
          bool touches = std::any_of(a.args.begin(), a.args.end(), [&](int v) { return bound.count(body.find(v)) > 0; });
          if (!touches) continue;
          plan.prefix.insert(i);
          for (int v : a.args) bound.insert(body.find(v));
          grew = true;
        }
      }
      if (!recursive.empty()) {
        plan.recursive_atom = static_cast<int>(recursive[0]);
        const CAtom& r = body.atoms[recursive[0]];
        Adorned callee{comp.index.at(body.instance_key(r)), {}};
        CQ t = spec_.instance_template(body.instance_key(r));
        for (size_t p = 0; p < r.args.size(); p++)
          callee.bound.push_back(bound.count(body.find(r.args[p])) > 0 && !t.root(t.head[p]).value);
        plan.callee = intern(callee);
      }
      body_plans.push_back(plan);
    }
    plans[ai] = body_plans;
  }

  auto bound_positions = [&](const Adorned& a) {
    std::vector<size_t> out;
    for (size_t p = 0; p < a.bound.size(); p++)
      if (a.bound[p]) out.push_back(p);
    return out;
  };
  size_t magic_width = 0, answer_width = 0;
  for (const Adorned& a : adorned) {
    magic_width = std::max(magic_width, bound_positions(a).size());
    answer_width = std::max(answer_width, member_arity(a.member));
  }

  // Binds the head's bound positions of an adorned member to the columns of a magic row.
  auto bind_head = [&](const CQ& body, Scope& scope, const Adorned& a, const std::string& magic_alias) {
    std::vector<size_t> bp = bound_positions(a);
    for (size_t i = 0; i < bp.size(); i++)
      bind_external(body, scope, body.head[bp[i]], column(magic_alias, "b" + std::to_string(i)));
  };

  // --- magic: which bound arguments each member is called with.
  const std::string magic = alias("m");
  std::string magic_sql;
  {
    std::vector<std::string> seed_row{"0"};  // the entry is adorned member 0
    for (size_t p = 0; p < seeds.size(); p++)
      if (adorned[0].bound[p]) seed_row.push_back("(" + *seeds[p] + ")" + kCollateC);
    while (seed_row.size() < magic_width + 1) seed_row.push_back(typed_null());
    std::vector<std::string> branches;
    const std::string mm = alias("mm");
    for (size_t ai = 0; ai < adorned.size(); ai++) {
      const auto& bodies = *comp.bodies[adorned[ai].member];
      for (size_t bi = 0; bi < bodies.size(); bi++) {
        const BodyPlan& plan = plans[ai][bi];
        if (plan.recursive_atom < 0) continue;
        const CQ& body = bodies[bi];
        Scope scope;
        scope.skip_unbound_conds = true;
        scope.collate_outputs = true;
        scope.where.push_back(column(mm, "tag") + kEq + std::to_string(ai));
        bind_head(body, scope, adorned[ai], mm);
        for (size_t i = 0; i < body.atoms.size(); i++)
          if (!plan.prefix.count(i)) scope.skip_atoms.insert(i);
        std::vector<Output> outs{Output::literal(std::to_string(plan.callee))};
        const CAtom& r = body.atoms[plan.recursive_atom];
        for (size_t p : bound_positions(adorned[plan.callee])) outs.push_back(Output::of(r.args[p]));
        while (outs.size() < magic_width + 1) outs.push_back(Output::literal(typed_null()));
        branches.push_back(select(body, scope, outs));
      }
    }
    std::vector<std::string> cols{quote_ident("tag")};
    for (const std::string& c : numbered("b", magic_width)) cols.push_back(c);
    magic_sql = quote_ident(magic) + "(" + join(cols, ", ") + ") AS (SELECT " + join(seed_row, ", ");
    if (!branches.empty()) {
      std::string x = alias("x");
      magic_sql += " UNION SELECT " + quote_ident(x) + ".* FROM " + quote_ident(magic) + " AS " + quote_ident(mm) +
                   ", LATERAL (" + join(branches, " UNION ALL ") + ") AS " + quote_ident(x) + "(" + join(cols, ", ") +
                   ")";
    }
    magic_sql += ")";
  }

  // Positions fixed by a member's own pattern (a constant in its instance key) are neither bound nor answers.
  auto fixed = [&](int member, size_t p) {
    CQ t = spec_.instance_template(comp.members[member]);
    return t.root(t.head[p]).value.has_value();
  };
  auto open_positions = [&](const Adorned& a) {
    std::vector<bool> open;
    for (size_t p = 0; p < a.bound.size(); p++) open.push_back(!a.bound[p] && !fixed(a.member, p));
    return open;
  };

  // --- can open arguments pass through every recursive call unchanged?
  bool pass_through = true;
  for (size_t ai = 0; ai < adorned.size() && pass_through; ai++) {
    const auto& bodies = *comp.bodies[adorned[ai].member];
    for (size_t bi = 0; bi < bodies.size() && pass_through; bi++) {
      const BodyPlan& plan = plans[ai][bi];
      if (plan.recursive_atom < 0) continue;
      const CQ& body = bodies[bi];
      const CAtom& r = body.atoms[plan.recursive_atom];
      const Adorned& callee = adorned[plan.callee];
      const std::vector<bool> open = open_positions(adorned[ai]);
      if (r.args.size() != body.head.size() || open_positions(callee) != open) {
        pass_through = false;
        break;
      }
      for (size_t p = 0; p < body.head.size() && pass_through; p++) {
        if (!open[p]) continue;
        int root = body.find(body.head[p]);
        const CVar& hv = body.vars[root];
        if (root != body.find(r.args[p]) || hv.value || hv.input) {
          pass_through = false;
          break;
        }
        // The free variable must appear nowhere else: not in other atoms, positions or conditions.
        int uses = 0;
        for (const CAtom& a : body.atoms)
          for (int v : a.args) uses += body.find(v) == root;
        for (size_t q = 0; q < body.head.size(); q++) uses += q != p && body.find(body.head[q]) == root;
        for (const CCond& c : body.conds) {
          for (int v : c.args) uses += body.find(v) == root;
          if (c.lhs >= 0) uses += body.find(c.lhs) == root;
          if (c.rhs >= 0) uses += body.find(c.rhs) == root;
        }
        if (uses != 1) pass_through = false;
      }
    }
  }

  const size_t arity = member_arity(entry_member);
  std::string result;
  if (pass_through) {
    // Answers = exit rules at every reachable call; bound positions are the caller's seeds.
    std::vector<size_t> free_positions;
    const std::vector<bool> entry_open = open_positions(adorned[0]);
    for (size_t p = 0; p < arity; p++)
      if (entry_open[p]) free_positions.push_back(p);
    const CQ entry_template = spec_.instance_template(key);
    const std::string mp = alias("mp");
    std::vector<std::string> branches;
    for (size_t ai = 0; ai < adorned.size(); ai++) {
      const auto& bodies = *comp.bodies[adorned[ai].member];
      for (size_t bi = 0; bi < bodies.size(); bi++) {
        if (plans[ai][bi].recursive_atom >= 0) continue;
        const CQ& body = bodies[bi];
        Scope scope;
        scope.where.push_back(column(mp, "tag") + kEq + std::to_string(ai));
        bind_head(body, scope, adorned[ai], mp);
        std::vector<Output> outs;
        for (size_t p : free_positions) outs.push_back(Output::of(body.head[p]));
        if (outs.empty()) outs.push_back(Output::literal("1"));
        branches.push_back(select(body, scope, outs));
      }
    }
    std::vector<std::string> targets;
    const std::string x = alias("x");
    std::vector<std::string> xcols = numbered("f", std::max<size_t>(free_positions.size(), 1));
    for (size_t p = 0, f = 0; p < arity; p++) {
      if (adorned[0].bound[p])
        targets.push_back("(" + *seeds[p] + ")");
      else if (!entry_open[p])
        targets.push_back(value_expr(entry_template.root(entry_template.head[p])));
      else
        targets.push_back(quote_ident(x) + "." + xcols[f++]);
    }
    if (targets.empty()) targets.push_back("1");
    if (branches.empty()) branches.push_back("SELECT 1 WHERE false");
    result = "(WITH RECURSIVE " + magic_sql + " SELECT " + join(targets, ", ") + " FROM " + quote_ident(magic) + " AS " +
             quote_ident(mp) + ", LATERAL (" + join(branches, " UNION ALL ") + ") AS " + quote_ident(x) + "(" +
             join(xcols, ", ") + "))";
    return result;
  }

  // --- answers, bottom-up, restricted to the calls in the magic set.
  const std::string answers = alias("a");
  std::vector<std::string> exit_branches, recursive_branches;
  const std::string rr = alias("r");
  for (size_t ai = 0; ai < adorned.size(); ai++) {
    const auto& bodies = *comp.bodies[adorned[ai].member];
    for (size_t bi = 0; bi < bodies.size(); bi++) {
      const BodyPlan& plan = plans[ai][bi];
      const CQ& body = bodies[bi];
      Scope scope;
      scope.collate_outputs = true;
      const std::string mg = alias("mg");
      scope.from.push_back(quote_ident(magic) + " AS " + quote_ident(mg));
      scope.where.push_back(column(mg, "tag") + kEq + std::to_string(ai));
      if (plan.recursive_atom >= 0) {
        const CAtom& r = body.atoms[plan.recursive_atom];
        scope.where.push_back(column(rr, "tag") + kEq + std::to_string(plan.callee));
        for (size_t p = 0; p < r.args.size(); p++) bind_external(body, scope, r.args[p], column(rr, "c" + std::to_string(p)));
        scope.skip_atoms.insert(static_cast<size_t>(plan.recursive_atom));
      }
      bind_head(body, scope, adorned[ai], mg);
      std::vector<Output> outs{Output::literal(std::to_string(ai))};
      for (int h : body.head) outs.push_back(Output::of(h));
      while (outs.size() < answer_width + 1) outs.push_back(Output::literal(typed_null()));
      (plan.recursive_atom >= 0 ? recursive_branches : exit_branches).push_back(select(body, scope, outs));
    }
  }
  std::vector<std::string> cols{quote_ident("tag")};
  for (const std::string& c : numbered("c", answer_width)) cols.push_back(c);
  std::vector<std::string> empty_row{"CAST(NULL AS pg_catalog.int4)"};
  while (empty_row.size() < answer_width + 1) empty_row.push_back(typed_null());
  std::string answers_sql = quote_ident(answers) + "(" + join(cols, ", ") + ") AS (SELECT " + join(empty_row, ", ") +
                            " WHERE false";
  for (const std::string& b : exit_branches) answers_sql += " UNION ALL " + b;
  if (!recursive_branches.empty()) {
    std::string y = alias("y");
    answers_sql += " UNION SELECT " + quote_ident(y) + ".* FROM " + quote_ident(answers) + " AS " + quote_ident(rr) +
                   ", LATERAL (" + join(recursive_branches, " UNION ALL ") + ") AS " + quote_ident(y) + "(" +
                   join(cols, ", ") + ")";
  }
  answers_sql += ")";
  std::vector<std::string> targets, conds{quote_ident("tag") + kEq + "0"};
  for (size_t p = 0; p < arity; p++) {
    std::string c = quote_ident("c" + std::to_string(p));
    targets.push_back(c);
    if (adorned[0].bound[p]) conds.push_back(c + kEq + "(" + *seeds[p] + ")");
  }
  return "(WITH RECURSIVE " + magic_sql + ", " + answers_sql + " SELECT " + join(targets, ", ") + " FROM " +
         quote_ident(answers) + " WHERE " + join(conds, " AND ") + ")";
}

}  // namespace polar::compiler
