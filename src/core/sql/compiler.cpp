#include "sql/compiler.hpp"

#include <algorithm>

#include "plan/cq_factor.hpp"
#include "plan/cq_merge.hpp"
#include "sql/emitter.hpp"
#include "base/error.hpp"
#include "plan/specializer.hpp"
#include "sql/unfold.hpp"

namespace polar {

std::string QuerySpec::cache_key() const {
  std::string key = predicate + "/" + std::to_string(args.size()) + (exists_only ? "?" : "*") +
                    (with_context ? "c" : "") + (stored_facts ? "" : "t") + (distinct ? "" : "d");
  for (const QueryArg& a : args) {
    switch (a.kind) {
      case QueryArg::Kind::Bound:
        key += "|b" + a.type;
        break;
      case QueryArg::Kind::BoundSet:
        key += "|s" + a.type;
        break;
      case QueryArg::Kind::Free:
        key += "|f" + a.type;
        break;
      case QueryArg::Kind::Const: {
        std::string enc = a.value.encode();
        key += "|=" + std::to_string(enc.size()) + ":" + enc;
        break;
      }
    }
  }
  return key;
}

namespace {

// Binds member `m`'s join variables to the columns j0, j1, ... of `alias` (a group's shared hop).
void bind_join_columns(compiler::Emitter::Scope& scope, const compiler::HopGroup& g, size_t m,
                       const std::string& alias) {
  for (size_t k = 0; k < g.join_vars[m].size(); k++)
    scope.bound[g.join_vars[m][k]] = compiler::column(alias, "j" + std::to_string(k));
}

// The variables at head `positions` of `cq`, as the outputs of a SELECT.
std::vector<compiler::Emitter::Output> head_outputs(const compiler::CQ& cq, const std::vector<int>& positions) {
  std::vector<compiler::Emitter::Output> outputs;
  for (int p : positions) outputs.push_back(compiler::Emitter::Output::of(cq.head[p]));
  return outputs;
}

// One SELECT for a group of CQs sharing their last hop: the join values of every member,
// deduplicated, then the hop looked up once for them.
template <typename OutputsOf>
std::string factored_select(compiler::Emitter& emitter, const std::vector<compiler::CQ>& cqs,
                            const compiler::HopGroup& g, OutputsOf outputs_of) {
  using namespace compiler;
  std::vector<std::string> rests = group_rests(emitter, cqs, g), cols = numbered("j", g.join_vars[0].size());
  std::string r = emitter.alias("r");
  Emitter::Scope scope;
  scope.from.push_back("(SELECT DISTINCT " + join(cols, ", ") + " FROM (" + join(rests, " UNION ALL ") + ") AS " +
                       quote_ident(r) + "(" + join(cols, ", ") + ")) AS " + quote_ident(r));
  bind_join_columns(scope, g, 0, r);
  CQ hop = cqs[g.members[0]].only_atom(g.hop_atoms[0]);  // no conditions: find_hop admits none on its variables
  return emitter.select(hop, scope, outputs_of(hop));
}

// Removes the negated calls on the call's values that every CQ has (each derivation of "may
// review" excludes the author) and returns them as SQL, tested once for the whole union.
std::vector<std::string> hoist_common_conditions(compiler::Emitter& emitter, std::vector<compiler::CQ>& cqs) {
  std::vector<std::string> hoisted;
  if (cqs.empty()) return hoisted;
  std::vector<compiler::CCond> first_conds = cqs[0].conds;
  for (const compiler::CCond& c : first_conds) {
    std::string key = compiler::input_only_key(cqs[0], c);
    if (key.empty()) continue;
    std::vector<size_t> positions;  // of the condition in each CQ
    for (const compiler::CQ& cq : cqs) {
      size_t i = 0;
      while (i < cq.conds.size() && compiler::input_only_key(cq, cq.conds[i]) != key) i++;
      if (i == cq.conds.size()) break;
      positions.push_back(i);
    }
    if (positions.size() != cqs.size()) continue;
    hoisted.push_back(emitter.not_exists_sql(cqs[0], c, {}));
    for (size_t k = 0; k < cqs.size(); k++) cqs[k].conds.erase(cqs[k].conds.begin() + positions[k]);
  }
  return hoisted;
}

// One SELECT for a group of CQs sharing their first lookup: the lookup once, then each rest
// for the rows it finds (`SELECT 1 FROM (lookup) h, LATERAL (rest1 UNION ALL rest2 ...)`).
// `outputs`: the head positions the rests return (none for a check: SELECT 1).
std::string first_hop_select(compiler::Emitter& emitter, const std::vector<compiler::CQ>& cqs,
                             const compiler::HopGroup& g, const std::vector<int>& outputs = {}) {
  using namespace compiler;
  std::vector<Emitter::Output> joins = var_outputs(g.join_vars[0]);
  std::vector<std::string> cols = numbered("j", joins.size());
  std::string hop = emitter.select(cqs[g.members[0]].only_atom(g.hop_atoms[0]), {}, joins);
  std::string h = emitter.alias("h");
  std::vector<std::string> rests;
  for (size_t m = 0; m < g.members.size(); m++) {
    Emitter::Scope scope;
    bind_join_columns(scope, g, m, h);
    scope.no_columns = outputs.empty();
    const CQ& member = cqs[g.members[m]];  // the rest keeps the member's variables
    rests.push_back(
        emitter.select(without_hop(member, g.hop_atoms[m], g.join_vars[m]), scope, head_outputs(member, outputs)));
  }
  std::string r = emitter.alias("r");
  std::vector<std::string> out_cols = numbered("o", outputs.size()), selected;
  for (const std::string& c : out_cols) selected.push_back(quote_ident(r) + "." + c);
  return "SELECT " + (outputs.empty() ? std::string("1") : join(selected, ", ")) + " FROM (" + hop + ") AS " +
         quote_ident(h) + "(" + join(cols, ", ") + "), LATERAL (" + join(rests, " UNION ALL ") + ") AS " +
         quote_ident(r) + (outputs.empty() ? "" : "(" + join(out_cols, ", ") + ")");
}

// Is any CQ satisfied? Conditions all share and lookups they start from are evaluated once.
std::string exists_sql(compiler::Emitter& emitter, std::vector<compiler::CQ> cqs) {
  using namespace compiler;
  if (cqs.empty()) return "false";
  std::vector<std::string> terms = hoist_common_conditions(emitter, cqs);
  Factoring factoring = factor_first_hops(cqs);
  std::vector<std::string> selects;
  for (size_t i : factoring.others) selects.push_back(emitter.select(cqs[i], {}, {}));
  for (const HopGroup& g : factoring.groups) selects.push_back(first_hop_select(emitter, cqs, g));
  terms.push_back("EXISTS (" + join(selects, " UNION ALL ") + ")");
  return join(terms, " AND ");
}

CompiledQuery compile_with(compiler::Specializer& specializer, const ir::Program& program, const QuerySpec& spec) {
  using namespace compiler;
  CompiledQuery out;
  for (size_t i = 0; i < spec.args.size(); i++)
    if (spec.args[i].kind == QueryArg::Kind::Free || spec.args[i].kind == QueryArg::Kind::BoundSet)
      out.output_positions.push_back(static_cast<int>(i));
  std::vector<CQ> cqs = unfold_query(program, spec, specializer);
  out.cq_count = cqs.size();

  Emitter emitter(specializer, spec, out.params);
  auto finish = [&](const std::string& select) {
    out.sql = emitter.with_shared(select);
    out.shared_units = emitter.shared_count();
    return out;
  };
  // Checks, and queries whose positions are all bound: is any CQ satisfied?
  if (spec.exists_only) return finish("SELECT " + exists_sql(emitter, cqs));
  if (out.output_positions.empty()) return finish("SELECT 1 WHERE " + exists_sql(emitter, cqs));
  std::vector<std::string> selects;
  auto outputs_of = [&](const CQ& cq) { return head_outputs(cq, out.output_positions); };
  Factoring factoring = factor_last_hops(cqs, out.output_positions);
  // The others may share their first lookup instead (every action on a pull request starts from
  // its repository).
  std::vector<CQ> others;
  for (size_t i : factoring.others) others.push_back(cqs[i]);
  Factoring first = factor_first_hops(others, out.output_positions);
  for (size_t i : first.others) selects.push_back(emitter.select(others[i], {}, outputs_of(others[i])));
  for (const HopGroup& g : first.groups) selects.push_back(first_hop_select(emitter, others, g, out.output_positions));
  for (const HopGroup& g : factoring.groups) selects.push_back(factored_select(emitter, cqs, g, outputs_of));
  std::vector<std::string> cols = numbered("o", out.output_positions.size());
  if (selects.empty()) {
    std::vector<std::string> nulls(out.output_positions.size(), "CAST(NULL AS pg_catalog.text)");
    out.sql = "SELECT " + join(nulls, ", ") + " WHERE false";
    return out;
  }
  return finish(std::string(spec.distinct ? "SELECT DISTINCT " : "SELECT ") + join(cols, ", ") + " FROM (" +
                join(selects, " UNION ALL ") + ") AS " + quote_ident("q") + "(" + join(cols, ", ") + ")");
}

}  // namespace

CompiledQuery compile_query(const ir::Program& program, const QuerySpec& spec, const std::vector<Binding>& bindings,
                            const StoredPredicates* stored, const CompileOptions& options) {
  compiler::Specializer specializer(program, bindings, options.max_derivations, options.share_threshold);
  if (!spec.with_context && spec.stored_facts) specializer.restrict_stored(stored);
  return until_settled([&] { return compile_with(specializer, program, spec); });
}

namespace {

// Does `var` occur in `cq` outside atom `skip` (so that the rest of the query binds it)?
bool used_outside(const compiler::CQ& cq, int var, size_t skip) {
  int root = cq.find(var);
  const compiler::CVar& v = cq.vars[root];
  if (v.value || v.input) return true;
  compiler::CQ::Uses u = cq.uses(root, skip);
  return u.atoms + u.conds > 0;
}

}  // namespace

namespace {

// A filter's derivation that reaches the row through stored facts (a pull request's repository
// told as a fact) is computed once per query as a set, joining what the actor may reach (5,000
// readable repositories) with those facts one probe at a time. When no stored fact can match
// the lookup that yields the row's key (the relation is bound to the application's table
// instead), a one-time check of that lookup alone, without the joins, skips the derivation.
// The check guards the derivation from outside (`EXISTS (check) AND key IN (derivation)`):
// inside it, its estimated cost would be charged to every row the filter probes.
std::string stored_facts_guard(compiler::Emitter& emitter, const compiler::CQ& cq, int resource) {
  using namespace compiler;
  if (cq.atoms.size() < 2) return {};
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    const CAtom& a = cq.atoms[i];
    if (a.kind != CAtom::Kind::Edb || a.source >= 0) continue;
    if (std::none_of(a.args.begin(), a.args.end(), [&](int v) { return cq.find(v) == resource; })) continue;
    return emitter.select(cq.only_atom(i), {}, {});
  }
  return {};
}

std::vector<FilterPart> filter_parts(compiler::Specializer& specializer, const ir::Program& program,
                                     const QuerySpec& spec, const FilterSpec& filter,
                                     const std::vector<Binding>& bindings);
}  // namespace

std::vector<FilterPart> compile_filter(const ir::Program& program, const FilterSpec& filter,
                                       const std::vector<Binding>& bindings, const CompileOptions& options) {
  using namespace compiler;
  QuerySpec spec;
  spec.predicate = "allow";
  spec.args = {QueryArg::bound(""), QueryArg::constant(filter.action), QueryArg::free(filter.resource_type)};
  Specializer specializer(program, bindings, options.max_derivations, options.share_threshold);
  return until_settled([&] { return filter_parts(specializer, program, spec, filter, bindings); });
}

namespace {

std::vector<FilterPart> filter_parts(compiler::Specializer& specializer, const ir::Program& program,
                                     const QuerySpec& spec, const FilterSpec& filter,
                                     const std::vector<Binding>& bindings) {
  using namespace compiler;
  std::vector<SqlParam> unused;
  std::vector<CQ> cqs = unfold_query(program, spec, specializer);
  Emitter emitter(specializer, spec, unused);
  emitter.inline_values({{0, filter.actor}});
  auto outer = [&](const std::string& column) { return filter.outer + "." + column; };

  std::vector<std::string> key_selects, exists_terms;
  std::vector<std::pair<std::string, std::string>> guarded;  // (guard, select) of keys through stored facts
  std::map<std::vector<std::string>, std::vector<std::string>> projections;  // outer columns -> selects
  for (const CQ& cq : cqs) {
    int resource = cq.find(cq.head[2]);
    if (!used_outside(cq, resource, cq.atoms.size())) {
      exists_terms.push_back(emitter.select(cq, {}, {}));  // a universal grant
      continue;
    }
    // A binding that projects the filtered table, with the row's key at the resource's position.
    size_t same = cq.atoms.size();
    size_t key_position = 0;
    for (size_t i = 0; i < cq.atoms.size() && same == cq.atoms.size(); i++) {
      const CAtom& a = cq.atoms[i];
      if (a.kind != CAtom::Kind::Edb || a.source < 0) continue;
      const Binding& b = bindings[a.source];
      if (b.base_table != filter.table) continue;
      for (size_t p = 0; p < b.positions.size(); p++)
        if (!b.positions[p].constant && cq.find(a.args[p]) == resource &&
            b.base_columns[b.positions[p].column] == filter.key_column) {
          same = i;
          key_position = p;
          break;
        }
    }
    if (same == cq.atoms.size()) {
      std::string select = emitter.select(cq, {}, {Emitter::Output::raw_of(cq.head[2], &filter.key)});
      std::string guard = stored_facts_guard(emitter, cq, resource);
      if (guard.empty())
        key_selects.push_back(select);
      else
        guarded.emplace_back(guard, select);
      continue;
    }
    // The row itself stands for the binding: its other columns are what the rest must match.
    const CAtom& a = cq.atoms[same];
    const Binding& b = bindings[a.source];
    Emitter::Scope scope;
    scope.skip_atoms.insert(same);
    std::vector<std::string> columns;
    std::vector<Emitter::Output> outputs;
    for (size_t p = 0; p < b.positions.size(); p++) {
      const BindingPosition& pos = b.positions[p];
      if (pos.constant || !used_outside(cq, a.args[p], same)) continue;
      if (p == key_position && cq.find(a.args[p]) == resource) {
        columns.push_back(outer(filter.key_column));
      } else {
        columns.push_back(outer(b.base_columns[pos.column]));
      }
      outputs.push_back(Emitter::Output::raw_of(a.args[p], &pos));
    }
    if (outputs.empty()) {
      exists_terms.push_back(emitter.select(cq, scope, {}));
      continue;
    }
    projections[columns].push_back(emitter.select(cq, scope, outputs));
  }
  std::vector<FilterPart> parts;
  if (!key_selects.empty()) parts.push_back({{outer(filter.key_column)}, join(key_selects, " UNION ALL ")});
  for (const auto& [guard, select] : guarded) {
    FilterPart g;
    g.select = guard;
    g.is_guard = true;
    parts.push_back(g);
    FilterPart keys;
    keys.columns = {outer(filter.key_column)};
    keys.select = select;
    keys.guard = static_cast<int>(parts.size()) - 1;
    parts.push_back(keys);
  }
  for (const auto& [columns, selects] : projections) parts.push_back({columns, join(selects, " UNION ALL ")});
  if (!exists_terms.empty()) parts.push_back({{}, join(exists_terms, " UNION ALL ")});
  for (FilterPart& part : parts) part.select = emitter.with_shared(part.select);  // each part reads the CTEs
  return parts;
}

}  // namespace

std::string filter_predicate(const std::vector<FilterPart>& parts, const std::function<std::string(size_t)>& source) {
  using compiler::join;
  std::vector<std::string> terms;
  for (size_t i = 0; i < parts.size(); i++) {
    if (parts[i].is_guard) continue;
    const std::vector<std::string>& c = parts[i].columns;
    std::string term = c.empty() ? "EXISTS (" + source(i) + ")"
                                 : (c.size() == 1 ? c[0] : "(" + join(c, ", ") + ")") + " IN (" + source(i) + ")";
    if (parts[i].guard >= 0) term = "(EXISTS (" + source(static_cast<size_t>(parts[i].guard)) + ") AND " + term + ")";
    terms.push_back(term);
  }
  return terms.empty() ? "false" : "(" + join(terms, " OR ") + ")";
}

CompiledQuery binding_lookup(const ir::Program& program, const Binding& binding,
                             const std::vector<std::optional<Value>>& args) {
  using namespace compiler;
  CompiledQuery out;
  QuerySpec spec;
  std::vector<Binding> none;
  Specializer specializer(program, none);
  Emitter emitter(specializer, spec, out.params);
  std::vector<std::string> cols, conds;
  for (size_t k = 0; k < binding.positions.size() && k < args.size(); k++) {
    const BindingPosition& p = binding.positions[k];
    if (p.constant) {
      if (args[k] && *args[k] != p.value) {
        out.sql = "SELECT 1 WHERE false";
        return out;
      }
      continue;
    }
    std::string col = quote_ident("c" + std::to_string(p.column));
    cols.push_back(col);
    if (args[k]) conds.push_back(col + kEq + emitter.decode_to_raw(emitter.param_text(args[k]->encode()), p));
  }
  out.sql = "SELECT 1 FROM " + binding.view + " AS " + quote_ident("b") + "(" + join(cols, ", ") + ")" +
            (conds.empty() ? "" : " WHERE " + join(conds, " AND "));
  return out;
}

}  // namespace polar
