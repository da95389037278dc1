// Checks planned inside the application's query: `allow(actor, action, row)` as one subquery
// that PostgreSQL runs once per row of the query around it (issue #16).
#include <algorithm>

#include "plan/cq_factor.hpp"
#include "sql/emitter.hpp"
#include "sql/unfold.hpp"

namespace polar {

namespace {

constexpr int kActor = 0, kResource = 2;  // query positions of allow(actor, action, resource)
// The rests are probed per row for polar.probe_rows / kRestsBudgetShare rows (50 by default)
// before their set is hashed: a probe of the rests is a few index descents, the set may be large.
constexpr int kRestsBudgetShare = 40;

bool recursive_or_shared(const compiler::CQ& cq) {
  return std::any_of(cq.atoms.begin(), cq.atoms.end(), [](const compiler::CAtom& a) {
    return a.kind == compiler::CAtom::Kind::Scc || a.kind == compiler::CAtom::Kind::Shared ||
           a.kind == compiler::CAtom::Kind::Idb;
  });
}

// May the CQ grant on resources that no fact names (`list` then answers "*", or the active domain
// only): no positive atom binds the resource (conditions such as a negation do not).
bool may_grant_all(const compiler::CQ& cq) { return cq.uses(cq.find(cq.head[kResource])).atoms == 0; }

// One rest probed with the row's join values `row` (h.j0, ...): does the actor reach them? A rest
// that is a chain (the repository's organization, then the actor's role on it) starts from the
// row's side, its lookup keyed by the row's value, and the actor's side is hashed once a query
// (`OR false` keeps it a hashed subplan). Written as one join, the planner may start from the
// actor's side instead: with the actor a parameter (a generic plan) it cannot tell that the
// actor has thousands of facts, and scanned them all once a row (10-14 ms at S4, 50% visible).
std::string probe_rest(compiler::Emitter& emitter, const compiler::CQ& rest, const std::vector<std::string>& row) {
  using namespace compiler;
  auto tuple = [](const std::vector<std::string>& v) { return v.size() == 1 ? v[0] : "(" + join(v, ", ") + ")"; };
  std::optional<std::pair<size_t, std::vector<int>>> hop;
  if (rest.head.size() == 1) hop = rest_hop(rest, rest.head[0]);
  // A lookup and constants (the actor's role among "reader", "admin") stay one lookup.
  auto stored = [](const CAtom& a) { return a.kind != CAtom::Kind::Values; };
  if (hop && std::count_if(rest.atoms.begin(), rest.atoms.end(), stored) < 2) hop.reset();
  if (!hop) {
    std::vector<std::string> cols = numbered("j", rest.head.size()), reached;
    std::string r = emitter.alias("r");
    for (const std::string& c : cols) reached.push_back(quote_ident(r) + "." + c);
    return "EXISTS (SELECT 1 FROM (SELECT 1 FROM (" + emitter.select(rest, {}, var_outputs(rest.head)) + ") AS " +
           quote_ident(r) + "(" + join(cols, ", ") + ") WHERE " + tuple(reached) + " = " + tuple(row) + ") AS " +
           quote_ident(emitter.alias("x")) + ")";
  }
  const auto& [atom, join_vars] = *hop;
  Emitter::Scope keyed;
  keyed.bound[rest.find(rest.head[0])] = row[0];
  std::vector<Emitter::Output> joins = var_outputs(join_vars);
  std::string first = emitter.select(rest.only_atom(atom), keyed, joins);
  std::string others = emitter.select(without_hop(rest, atom, join_vars), {}, joins);
  std::string h = emitter.alias("h");
  std::vector<std::string> cols = numbered("k", joins.size()), found;
  for (const std::string& c : cols) found.push_back(quote_ident(h) + "." + c);
  return "EXISTS (SELECT 1 FROM (" + first + ") AS " + quote_ident(h) + "(" + join(cols, ", ") + ") WHERE (" +
         tuple(found) + " IN (" + others + ") OR false))";
}

// A group sharing its probe: the row's lookup once, its other end looked up in the rests. Which
// way is chosen at run time, as the hook chooses between the probe and the list: for the first
// rows the rests are probed with the row's join values (a page of a query whose actor reaches
// much needs no hashed set at all), after that the set of the rests is computed once and hashed.
// The row's values are read inside a FROM item, so that PostgreSQL keeps the first form a
// per-row probe; `OR false` keeps it from pulling the hashed set up into a join, which would
// compute every readable row before the first is returned.
std::string probe_branch(compiler::Emitter& emitter, const std::vector<compiler::CQ>& cqs,
                         const compiler::HopGroup& g) {
  using namespace compiler;
  std::vector<Emitter::Output> joins = var_outputs(g.join_vars[0]);
  std::string hop = emitter.select(cqs[g.members[0]].only_atom(g.hop_atoms[0]), {}, joins);
  std::string rests = join(group_rests(emitter, cqs, g), " UNION ALL ");
  std::string h = emitter.alias("h");
  std::vector<std::string> cols = numbered("j", joins.size()), row, probes;
  for (const std::string& c : cols) row.push_back(quote_ident(h) + "." + c);
  for (size_t m = 0; m < g.members.size(); m++)
    probes.push_back(probe_rest(emitter, without_hop(cqs[g.members[m]], g.hop_atoms[m], g.join_vars[m]), row));
  std::string probed = probes.size() == 1 ? probes[0] : "(" + join(probes, " OR ") + ")";
  std::string hashed = "(" + (row.size() == 1 ? row[0] : "(" + join(row, ", ") + ")") + " IN (" + rests + ") OR false)";
  return "SELECT 1 FROM (" + hop + ") AS " + quote_ident(h) + "(" + join(cols, ", ") + ") WHERE CASE WHEN " +
         quote_ident("polar") + "." + quote_ident("probe_budget") + "(" + std::to_string(kRestsBudgetShare) +
         ") THEN " + probed + " ELSE " + hashed + " END";
}

}  // namespace

std::optional<ProbeQuery> compile_probe(const ir::Program& program, const std::string& resource_type,
                                        const Value& action, const std::vector<Binding>& bindings,
                                        const StoredPredicates* stored, const CompileOptions& options) {
  using namespace compiler;
  QuerySpec spec;
  spec.predicate = "allow";
  spec.exists_only = true;
  spec.args = {QueryArg::bound(""), QueryArg::constant(action), QueryArg::bound(resource_type)};
  Specializer specializer(program, bindings, options.max_derivations, options.share_threshold);
  specializer.restrict_stored(stored);
  return until_settled([&]() -> std::optional<ProbeQuery> {
    ProbeQuery out;
    std::vector<CQ> cqs = unfold_query(program, spec, specializer);
    out.query.cq_count = cqs.size();
    // Recursive components and shared units are evaluated per row of the query around the check:
    // the C function, which evaluates them once per call, stays.
    if (std::any_of(cqs.begin(), cqs.end(), recursive_or_shared)) return std::nullopt;
    out.may_grant_all = std::any_of(cqs.begin(), cqs.end(), may_grant_all);
    Emitter emitter(specializer, spec, out.query.params);
    std::string actor = emitter.param_input({RuntimeInput::Kind::QueryArg, kActor});
    std::string resource = emitter.param_input({RuntimeInput::Kind::QueryArg, kResource});
    Factoring f = factor_probe_hops(cqs, kResource);
    std::vector<std::string> branches;
    for (const HopGroup& g : f.groups) branches.push_back(probe_branch(emitter, cqs, g));
    for (size_t i : f.others) branches.push_back(emitter.select(cqs[i], {}, {}));
    if (branches.empty()) branches.push_back("SELECT 1 WHERE false");
    for (const SqlParam& p : out.query.params)
      if (p.kind != SqlParam::Kind::QueryArg && p.kind != SqlParam::Kind::Text && p.kind != SqlParam::Kind::TextArray)
        return std::nullopt;  // the time or context facts: only the C function reads them
    // The row's value is referenced inside the FROM item, never only in the WHERE: PostgreSQL
    // then keeps the subquery a per-row probe instead of replacing it by the whole readable set.
    // The caller passes a resource of the type the CQs were specialised for ('Type:' || key), and
    // every derivation that binds the resource has no row for a NULL one; only a derivation that
    // does not bind it needs the resource checked here (per row: a node and two calls).
    std::string where = actor + " IS NOT NULL";
    if (out.may_grant_all)
      where += " AND " + quote_ident("polar") + "." + quote_ident("has_type") + "(" + resource + ", " +
               emitter.param_text(resource_type + ":") + ")";
    out.query.sql = emitter.with_shared("SELECT 1 FROM (" + join(branches, " UNION ALL ") + ") AS " + quote_ident("p") +
                                        " WHERE " + where);
    out.query.shared_units = emitter.shared_count();
    return out;
  });
}

}  // namespace polar
