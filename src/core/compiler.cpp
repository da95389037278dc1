#include "compiler.hpp"

#include "cq_merge.hpp"
#include "emitter.hpp"
#include "error.hpp"
#include "specializer.hpp"

namespace polar {

std::string QuerySpec::cache_key() const {
  std::string key = predicate + "/" + std::to_string(args.size()) + (exists_only ? "?" : "*") + (with_context ? "c" : "") +
                    (stored_facts ? "" : "t");
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

// The query as one atom over its argument variables, unfolded and merged.
std::vector<compiler::CQ> unfold_query(const ir::Program& program, const QuerySpec& spec,
                                       compiler::Specializer& specializer) {
  using namespace compiler;
  const TypeRegistry& types = program.types;
  std::vector<CQ> cqs;
  ir::PredId pred = program.find(spec.predicate, static_cast<int>(spec.args.size()));
  if (pred >= 0) {
    CQ root;
    CAtom atom;
    atom.pred = pred;
    for (size_t i = 0; i < spec.args.size(); i++) {
      const QueryArg& a = spec.args[i];
      int v = -1;
      switch (a.kind) {
        case QueryArg::Kind::Bound: {
          RuntimeInput in{RuntimeInput::Kind::QueryArg, static_cast<int>(i), !a.type.empty()};
          v = root.add_input(in, a.type.empty() ? types.all() : types.exactly(a.type), "$" + std::to_string(i));
          break;
        }
        case QueryArg::Kind::Const:
          v = root.add_const(a.value, types);
          break;
        case QueryArg::Kind::Free:
          v = root.add_var(a.type.empty() ? types.all() : types.exactly(a.type), "$" + std::to_string(i));
          break;
        case QueryArg::Kind::BoundSet: {
          v = root.add_var(types.exactly(a.type), "$" + std::to_string(i));
          CAtom set;
          set.kind = CAtom::Kind::InputSet;
          set.args = {v};
          set.source = static_cast<int>(i);
          root.atoms.push_back(set);
          break;
        }
      }
      root.head.push_back(v);
      atom.args.push_back(v);
    }
    root.atoms.push_back(atom);
    cqs = merge_by_shape(specializer.unfold(root), types);
  }
  return cqs;
}

}  // namespace

CompiledQuery compile_query(const ir::Program& program, const QuerySpec& spec, const std::vector<Binding>& bindings) {
  using namespace compiler;
  CompiledQuery out;
  for (size_t i = 0; i < spec.args.size(); i++)
    if (spec.args[i].kind == QueryArg::Kind::Free || spec.args[i].kind == QueryArg::Kind::BoundSet)
      out.output_positions.push_back(static_cast<int>(i));
  Specializer specializer(program, bindings);
  std::vector<CQ> cqs = unfold_query(program, spec, specializer);
  out.cq_count = cqs.size();

  Emitter emitter(specializer, spec, out.params);
  std::vector<std::string> selects;
  for (const CQ& cq : cqs) {
    std::vector<Emitter::Output> outputs;
    if (!spec.exists_only)
      for (int p : out.output_positions) outputs.push_back(Emitter::Output::of(cq.head[p]));
    selects.push_back(emitter.select(cq, {}, outputs));
  }
  if (spec.exists_only) {
    out.sql = selects.empty() ? "SELECT false" : "SELECT EXISTS (" + join(selects, " UNION ALL ") + ")";
    return out;
  }
  std::vector<std::string> cols;
  for (size_t i = 0; i < out.output_positions.size(); i++) cols.push_back(quote_ident("o" + std::to_string(i)));
  if (selects.empty()) {
    std::vector<std::string> nulls(out.output_positions.size(), "CAST(NULL AS pg_catalog.text)");
    out.sql = "SELECT " + (nulls.empty() ? std::string("1") : join(nulls, ", ")) + " WHERE false";
    return out;
  }
  if (cols.empty()) {
    out.sql = "SELECT 1 WHERE EXISTS (" + join(selects, " UNION ALL ") + ")";
    return out;
  }
  out.sql = "SELECT DISTINCT " + join(cols, ", ") + " FROM (" + join(selects, " UNION ALL ") + ") AS " +
            quote_ident("q") + "(" + join(cols, ", ") + ")";
  return out;
}

std::string compile_filter(const ir::Program& program, const FilterSpec& filter, const std::vector<Binding>& bindings) {
  using namespace compiler;
  QuerySpec spec;
  spec.predicate = "allow";
  spec.args = {QueryArg::bound(""), QueryArg::constant(filter.action), QueryArg::free(filter.resource_type)};
  std::vector<SqlParam> unused;
  Specializer specializer(program, bindings);
  std::vector<CQ> cqs = unfold_query(program, spec, specializer);
  Emitter emitter(specializer, spec, unused);
  emitter.inline_values({{0, filter.actor}});
  std::vector<std::string> branches;
  for (const CQ& cq : cqs) {
    int resource = cq.find(cq.head[2]);
    bool open = !cq.vars[resource].value && !cq.vars[resource].input;
    for (const CAtom& a : cq.atoms)
      for (int v : a.args) open = open && cq.find(v) != resource;
    for (const CCond& c : cq.conds) {
      open = open && (c.lhs < 0 || cq.find(c.lhs) != resource) && (c.rhs < 0 || cq.find(c.rhs) != resource);
      for (int v : c.args) open = open && cq.find(v) != resource;
    }
    if (open) {
      // A universal grant: every key of the table, when the rest of the derivation holds.
      branches.push_back("SELECT CAST(" + quote_ident("k") + "." + filter.key_column + " AS " + filter.key.sql_type +
                         ") FROM " + filter.table + " AS " + quote_ident("k") + " WHERE EXISTS (" +
                         emitter.select(cq, {}, {}) + ")");
      continue;
    }
    branches.push_back(emitter.select(cq, {}, {Emitter::Output::raw_of(cq.head[2], &filter.key)}));
  }
  if (branches.empty()) return "SELECT CAST(NULL AS " + filter.key.sql_type + ") AS " + quote_ident("id") + " WHERE false";
  return "SELECT " + quote_ident("f") + "." + quote_ident("id") + " FROM (" + join(branches, " UNION ALL ") + ") AS " +
         quote_ident("f") + "(" + quote_ident("id") + ")";
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
