#include "sql/emitter.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "base/interrupt.hpp"

namespace polar::compiler {

namespace {
// Constant relations up to this many cells are emitted as VALUES (one parameter a distinct cell);
// larger ones as arrays (a few parameters, whatever the size).
constexpr size_t kMaxValuesCells = 64;
}  // namespace

std::string quote_ident(const std::string& name) {
  std::string out = "\"";
  for (char c : name) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string fact_table(int arity) { return quote_ident("polar") + "." + quote_ident("fact_" + std::to_string(arity)); }

std::string column(const std::string& alias, const std::string& col) {
  return quote_ident(alias) + "." + quote_ident(col);
}

std::string unnest_rows(const std::vector<std::string>& arrays) {
  std::vector<std::string> calls;
  for (const std::string& a : arrays) calls.push_back("pg_catalog.unnest(" + a + ")");
  return "ROWS FROM (" + join(calls, ", ") + ")";
}

std::vector<std::string> numbered(const std::string& prefix, size_t n) {
  std::vector<std::string> out;
  for (size_t i = 0; i < n; i++) out.push_back(quote_ident(prefix + std::to_string(i)));
  return out;
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); i++) out += (i ? sep : "") + items[i];
  return out;
}

std::string Emitter::literal(const std::string& text) const {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'::pg_catalog.text";
}

std::string Emitter::param_text(const std::string& text) {
  if (inline_) return literal(text);
  auto it = text_params_.find(text);
  if (it != text_params_.end()) return "$" + std::to_string(it->second);
  SqlParam p;
  p.kind = SqlParam::Kind::Text;
  p.text = text;
  params_.push_back(p);
  int n = static_cast<int>(params_.size());
  text_params_[text] = n;
  return "$" + std::to_string(n);
}

std::string Emitter::param_array(const std::vector<std::string>& items) {
  if (inline_) {
    std::vector<std::string> lits;
    for (const std::string& i : items) lits.push_back(literal(i));
    return "CAST(ARRAY[" + join(lits, ", ") + "] AS pg_catalog.text[])";
  }
  std::string key;
  for (const std::string& s : items) key += std::to_string(s.size()) + ":" + s;
  auto it = array_params_.find(key);
  if (it != array_params_.end()) return "$" + std::to_string(it->second);
  SqlParam p;
  p.kind = SqlParam::Kind::TextArray;
  p.array = items;
  params_.push_back(p);
  int n = static_cast<int>(params_.size());
  array_params_[key] = n;
  return "$" + std::to_string(n);
}

std::string Emitter::param_input(const RuntimeInput& in) {
  if (inline_) {
    if (in.kind == RuntimeInput::Kind::Now)
      return "(" + literal("Integer:") + " OPERATOR(pg_catalog.||) CAST(CAST(pg_catalog.floor(pg_catalog.date_part(" +
             literal("epoch") + ", pg_catalog.statement_timestamp())) AS pg_catalog.int8) AS pg_catalog.text))";
    return "(" + inline_inputs_.at(in.index) + ")";
  }
  for (size_t i = 0; i < params_.size(); i++) {
    const SqlParam& p = params_[i];
    bool same = in.kind == RuntimeInput::Kind::Now ? p.kind == SqlParam::Kind::Now
                                                   : (p.kind == SqlParam::Kind::QueryArg && p.index == in.index);
    if (same) return "$" + std::to_string(i + 1);
  }
  SqlParam p;
  p.kind = in.kind == RuntimeInput::Kind::Now ? SqlParam::Kind::Now : SqlParam::Kind::QueryArg;
  p.index = in.index;
  params_.push_back(p);
  return "$" + std::to_string(params_.size());
}

std::string Emitter::value_expr(const CVar& v) {
  if (v.input) return param_input(*v.input);
  if (v.value) return param_text(v.value->encode());
  throw PolarError(ErrorKind::Internal, "variable has no value");
}

std::string Emitter::wildcard() { return param_text(kWildcard); }

std::string Emitter::active_domain(const TypeSet& type) {
  std::vector<std::string> sources;
  for (int arity = 1; arity <= 5; arity++)
    for (int k = 0; k < arity; k++)
      sources.push_back("SELECT " + quote_ident("a" + std::to_string(k)) + " FROM " + fact_source(arity) + " AS " +
                        quote_ident(alias("ad")));
  for (const Binding& b : spec_.bindings()) {
    std::vector<std::string> cols;
    for (const BindingPosition& p : b.positions)
      if (!p.constant) cols.push_back(quote_ident("c" + std::to_string(p.column)));
    for (const BindingPosition& p : b.positions) {
      if (p.constant) continue;
      std::string t = alias("ab");
      sources.push_back("SELECT " + encode_raw(column(t, "c" + std::to_string(p.column)), p) + " FROM " + b.view +
                        " AS " + quote_ident(t) + "(" + join(cols, ", ") + ")");
    }
  }
  std::vector<std::string> constants(spec_.program().constants.begin(), spec_.program().constants.end());
  sources.push_back("SELECT * FROM pg_catalog.unnest(" + param_array(constants) + ")");
  for (size_t i = 0; i < query_.args.size(); i++)
    if (query_.args[i].kind == QueryArg::Kind::Bound)
      sources.push_back("SELECT " + param_input({RuntimeInput::Kind::QueryArg, static_cast<int>(i)}));
  std::string v = alias("dv");
  std::string check = type_check(column(v, "v"), type);
  return "(SELECT DISTINCT " + column(v, "v") + " FROM (" + join(sources, " UNION ALL ") + ") AS " + quote_ident(v) +
         "(" + quote_ident("v") + ")" + (check.empty() ? "" : " WHERE " + check) + ")";
}

std::string Emitter::alias(const std::string& prefix) { return prefix + std::to_string(next_alias_++); }

std::string Emitter::param_input_set(int index) {
  for (size_t i = 0; i < params_.size(); i++)
    if (params_[i].kind == SqlParam::Kind::QueryArgArray && params_[i].index == index)
      return "$" + std::to_string(i + 1);
  SqlParam p;
  p.kind = SqlParam::Kind::QueryArgArray;
  p.index = index;
  params_.push_back(p);
  return "$" + std::to_string(params_.size());
}

std::string Emitter::param_context(int arity, int col) {
  if (inline_) throw PolarError(ErrorKind::Internal, "context facts cannot be inlined");
  for (size_t i = 0; i < params_.size(); i++)
    if (params_[i].kind == SqlParam::Kind::ContextColumn && params_[i].arity == arity && params_[i].index == col)
      return "$" + std::to_string(i + 1);
  SqlParam p;
  p.kind = SqlParam::Kind::ContextColumn;
  p.arity = arity;
  p.index = col;
  params_.push_back(p);
  return "$" + std::to_string(params_.size());
}

// Stored facts, plus the call's context facts when it has any.
std::string Emitter::fact_source(int arity) {
  if (!query_.with_context) return fact_table(arity);
  std::vector<std::string> cols{quote_ident("pred")}, arrays{param_context(arity, -1)};
  for (int k = 0; k < arity; k++) {
    cols.push_back(quote_ident("a" + std::to_string(k)));
    arrays.push_back(param_context(arity, k));
  }
  std::string context =
      "SELECT * FROM " + unnest_rows(arrays) + " AS " + quote_ident(alias("ctx")) + "(" + join(cols, ", ") + ")";
  if (!query_.stored_facts) return "(" + context + ")";
  return "(SELECT " + join(cols, ", ") + " FROM " + fact_table(arity) + " UNION ALL " + context + ")";
}

// A value's type is the text before its first ':'; starts_with(v, 'T:') tests it (PostgreSQL
// still derives the index range 'T:' <= v < 'T;' from it), several types by split_part.
std::string Emitter::type_check(const std::string& expr, const TypeSet& set, bool index_range) {
  const TypeRegistry& types = spec_.types();
  TypeSet all = types.all();
  if (all.is_subset_of(set)) return "";
  bool negate = set.contains(types.other_id());
  std::vector<std::string> names;
  for (int id : (negate ? std::vector<int>{} : set.members()))
    if (id != types.other_id()) names.push_back(types.concrete_name(id));
  if (negate)
    for (int id : all.members())
      if (!set.contains(id)) names.push_back(types.concrete_name(id));
  std::string test;
  if (names.size() <= 2) {
    std::vector<std::string> ranges;
    // starts_with, not the equivalent range 'T:' <= v < 'T;': the planner multiplies a range's
    // selectivity with those of correlated columns (pred, relation name) and then believes a
    // 2,000-row scan returns one row; a function call is estimated neutrally and is no index bound.
    for (const std::string& n : names)
      ranges.push_back(
          (index_range ? "pg_catalog.starts_with(" : quote_ident("polar") + "." + quote_ident("has_type") + "(") +
          expr + ", " + param_text(n + ":") + ")");
    test = ranges.size() == 1 ? ranges[0] : "(" + join(ranges, " OR ") + ")";
  } else {
    test = "pg_catalog.split_part(" + expr + ", " + param_text(":") + ", 1)" + kEq + "ANY (" + param_array(names) + ")";
  }
  return negate ? "NOT " + test : test;
}

std::string Emitter::encode_raw(const std::string& raw, const BindingPosition& p) {
  if (p.raw == RawKind::Boolean)
    return "(CASE WHEN " + raw + " THEN " + param_text(Value::boolean(true).encode()) + " ELSE " +
           param_text(Value::boolean(false).encode()) + " END)";
  std::string text = p.raw == RawKind::Text ? raw : "CAST(" + raw + " AS pg_catalog.text)";
  return "(" + param_text(p.type + ":") + " OPERATOR(pg_catalog.||) " + text + ")";
}

std::string Emitter::decode_to_raw(const std::string& encoded, const BindingPosition& p) {
  if (p.raw == RawKind::Boolean)
    return "(CASE " + encoded + " WHEN " + param_text(Value::boolean(true).encode()) + " THEN true WHEN " +
           param_text(Value::boolean(false).encode()) + " THEN false END)";
  std::string prefix = param_text(p.type + ":");
  if (p.raw == RawKind::Text) {
    std::string in_type = "pg_catalog.starts_with(" + encoded + ", " + prefix + ")";
    std::string id = "pg_catalog.substr(" + encoded + ", " + std::to_string(p.type.size() + 2) + ")";
    return "(CASE WHEN " + in_type + " THEN " + id + " END)";
  }
  // Only the canonical spelling of an id decodes (ids are strings: 'Repo:007' is not Repo 7),
  // and only when it fits the column type; anything else is NULL (polar.id_* never raise).
  std::string decoder = "id_" + p.sql_type.substr(p.sql_type.find('.') + 1);  // id_int2/int4/int8/uuid
  return quote_ident("polar") + "." + quote_ident(decoder) + "(" + encoded + ", " + prefix + ")";
}

// "`wild` is the wildcard and `value` one of the types it stands for": the wildcard of
// has_role(_: Actor, "viewer", _: Doc) does not match a Folder. Empty when it never can.
std::string Emitter::wildcard_matches(const std::string& wild, const TypeSet& wild_type, const std::string& value,
                                      const TypeSet& value_type) {
  if (value_type.intersect(wild_type).empty()) return "";
  std::string is_wild = wild + kEq + wildcard();
  if (value_type.is_subset_of(wild_type)) return is_wild;
  std::string check = type_check(value, wild_type, false);
  return check.empty() ? is_wild : "(" + is_wild + " AND " + check + ")";
}

Emitter::Bound Emitter::bind_external(const CQ& cq, Scope& scope, int var, const std::string& expr,
                                      const TypeSet* wild_type) {
  bool wild = wild_type != nullptr;
  int root = cq.find(var);
  const CVar& v = cq.vars[root];
  // The values equal, or one side the wildcard standing for the other's value.
  auto unify = [&](const std::string& a, const TypeSet* a_wild, const std::string& b, const TypeSet* b_wild) {
    std::vector<std::string> alternatives{a + kEq + b};
    if (a_wild) alternatives.push_back(wildcard_matches(a, *a_wild, b, v.type));
    if (b_wild) alternatives.push_back(wildcard_matches(b, *b_wild, a, v.type));
    alternatives.erase(std::remove(alternatives.begin(), alternatives.end(), ""), alternatives.end());
    return alternatives.size() == 1 ? alternatives[0] : "(" + join(alternatives, " OR ") + ")";
  };
  if (v.value || v.input) {
    scope.where.push_back(unify(expr, wild_type, value_expr(v), nullptr));
    return Bound::Value;
  }
  auto it = scope.bound.find(root);
  if (it != scope.bound.end()) {
    auto existing = scope.wild.find(root);
    bool existing_wild = existing != scope.wild.end();
    scope.where.push_back(unify(expr, wild_type, it->second, existing_wild ? &existing->second : nullptr));
    if (existing_wild && !wild) {  // the concrete side is the value
      it->second = expr;
      scope.wild.erase(root);
    } else if (existing_wild && wild) {  // the value is whichever side is concrete
      it->second = "(CASE WHEN " + it->second + kEq + wildcard() + " THEN " + expr + " ELSE " + it->second + " END)";
      narrow_wild_type(scope, root, *wild_type);
    }
    return Bound::Joined;
  }
  scope.bound[root] = expr;
  if (wild) narrow_wild_type(scope, root, *wild_type);
  return Bound::Fresh;
}

std::string Emitter::shared_ref(const std::string& key) {
  auto known = shared_names_.find(key);
  if (known != shared_names_.end()) return known->second;
  const SharedUnit& unit = spec_.shared_of(key);
  size_t arity = spec_.instance_template(key).head.size();
  std::vector<std::string> selects, cols = numbered("c", arity);
  for (const CQ& body : unit.bodies) {
    std::vector<Output> outputs;
    for (int h : body.head) outputs.push_back(Output::of(h));
    selects.push_back(select(body, {}, outputs));
  }
  if (selects.empty()) {
    std::vector<std::string> nulls(arity, "CAST(NULL AS pg_catalog.text)");
    selects.push_back("SELECT " + join(nulls, ", ") + " WHERE false");
  }
  // Named after its callees' CTEs (emitted by the selects above), so definitions come callees first.
  std::string name = "polar_shared_" + std::to_string(shared_ctes_.size());
  // UNION, not UNION ALL: duplicates would multiply level by level.
  shared_ctes_.push_back(quote_ident(name) + "(" + join(cols, ", ") + ") AS (" + join(selects, " UNION ") + ")");
  shared_names_[key] = name;
  return name;
}

std::string Emitter::with_shared(const std::string& select) const {
  if (shared_ctes_.empty()) return select;
  return "WITH " + join(shared_ctes_, ", ") + " " + select;
}

const std::vector<TypeSet>& Emitter::wild_types(const std::string& key) {
  auto found = wild_types_.find(key);
  if (found != wild_types_.end()) return found->second;
  const Scc& scc = spec_.scc_of(key);
  for (const std::string& m : scc.members)
    wild_types_[m].assign(spec_.instance_template(m).head.size(), TypeSet(spec_.types().universe()));
  // Least fixpoint: a position is wild when some rule leaves its variable unbound, or binds it
  // only through wild positions of recursive calls. Its type is what such rules allow there.
  auto position_wild = [&](const CQ& body, size_t p, TypeSet& type) {
    int root = body.find(body.head[p]);
    const CVar& v = body.vars[root];
    if (v.value || v.input) return false;
    type = v.type;
    for (const CAtom& a : body.atoms)
      for (size_t k = 0; k < a.args.size(); k++) {
        if (body.find(a.args[k]) != root) continue;
        if (a.kind != CAtom::Kind::Scc) return false;
        type = type.intersect(wild_types(body.instance_key(a))[k]);  // empty: not wild there
      }
    for (const CCond& c : body.conds) {  // a tested variable ranges over the active domain
      if ((c.lhs >= 0 && body.find(c.lhs) == root) || (c.rhs >= 0 && body.find(c.rhs) == root)) return false;
      for (int a : c.args)
        if (body.find(a) == root) return false;
    }
    return !type.empty();
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t m = 0; m < scc.members.size(); m++)
      for (const CQ& body : scc.bodies[m])
        for (size_t p = 0; p < body.head.size(); p++) {
          TypeSet type;
          if (!position_wild(body, p, type)) continue;
          TypeSet& known = wild_types_[scc.members[m]][p];
          TypeSet grown = known.unite(type);
          if (grown == known) continue;
          known = grown;
          changed = true;
        }
  }
  return wild_types_[key];
}

const TypeSet* Emitter::wild_at(const std::string& key, size_t position) {
  const TypeSet& type = wild_types(key).at(position);
  return type.empty() ? nullptr : &type;
}

void Emitter::narrow_wild_type(Scope& scope, int root, const TypeSet& type) {
  auto [it, fresh] = scope.wild.emplace(root, type);
  if (!fresh) it->second = it->second.intersect(type);
}

std::string Emitter::compare_sql(const CQ& cq, const CCond& c, const std::map<int, std::string>& bindings) {
  auto expr = [&](int var) {
    int root = cq.find(var);
    const CVar& v = cq.vars[root];
    if (v.value || v.input) return value_expr(v);
    return bindings.at(root);
  };
  std::string a = expr(c.lhs), b = expr(c.rhs);
  if (c.op == ir::CompareOp::Ne) return a + kNe + b;
  const char* op = c.op == ir::CompareOp::Lt   ? "<"
                   : c.op == ir::CompareOp::Le ? "<="
                   : c.op == ir::CompareOp::Gt ? ">"
                                               : ">=";
  auto as_int = [](const std::string& e) { return "(pg_catalog.substr(" + e + ", 9))::pg_catalog.int8"; };
  TypeSet integer = spec_.types().exactly(std::string(kIntegerType));
  std::vector<std::string> guards;
  for (int var : {c.lhs, c.rhs}) {
    const CVar& v = cq.root(var);
    if (!v.type.is_subset_of(integer)) guards.push_back(type_check(expr(var), integer));
  }
  std::string cmp = as_int(a) + " OPERATOR(pg_catalog." + op + ") " + as_int(b);
  if (guards.empty()) return cmp;
  // CASE keeps the cast from running on a non-Integer value.
  return "CASE WHEN " + join(guards, " AND ") + " THEN " + cmp + " ELSE false END";
}

std::string Emitter::not_exists_sql(const CQ& cq, const CCond& c, const std::map<int, std::string>& bindings) {
  const ir::Program& program = spec_.program();
  const ir::Predicate& pred = program.pred(c.pred);
  std::vector<std::optional<std::string>> args;
  for (int var : c.args) {
    int root = cq.find(var);
    const CVar& v = cq.vars[root];
    if (v.value || v.input)
      args.push_back(value_expr(v));
    else if (bindings.count(root))
      args.push_back(bindings.at(root));
    else
      args.push_back(std::nullopt);  // `_`: any value
  }
  std::vector<std::string> parts;
  if (spec_.may_be_stored(pred)) {
    std::string n = alias("n");
    std::vector<std::string> conds{column(n, "pred") + kEq + param_text(pred.name)};
    for (size_t k = 0; k < args.size(); k++)
      if (args[k]) conds.push_back(column(n, "a" + std::to_string(k)) + kEq + *args[k]);
    parts.push_back("NOT EXISTS (SELECT 1 FROM " + fact_source(pred.arity) + " AS " + quote_ident(n) + " WHERE " +
                    join(conds, " AND ") + ")");
  }
  // Facts read through bindings.
  for (const Binding& b : spec_.bindings()) {
    if (b.predicate != pred.name || static_cast<int>(b.positions.size()) != pred.arity) continue;
    std::string t = alias("nb");
    std::vector<std::string> cols, conds;
    bool possible = true;
    for (size_t k = 0; k < b.positions.size(); k++) {
      const BindingPosition& p = b.positions[k];
      if (p.constant) {
        const CVar& v = cq.root(c.args[k]);
        if (v.value && *v.value != p.value) possible = false;
        if (args[k]) conds.push_back(*args[k] + kEq + param_text(p.value.encode()));
        continue;
      }
      std::string col = column(t, "c" + std::to_string(p.column));
      cols.push_back(quote_ident("c" + std::to_string(p.column)));
      conds.push_back(col + " IS NOT NULL");
      if (args[k]) conds.push_back(col + kEq + decode_to_raw(*args[k], p));
    }
    if (!possible) continue;
    parts.push_back("NOT EXISTS (SELECT 1 FROM " + b.view + " AS " + quote_ident(t) + "(" + join(cols, ", ") +
                    ") WHERE " + join(conds, " AND ") + ")");
  }
  // Facts written in the policy: the tuple must differ from each of them.
  for (int ri : pred.rules) {
    const ir::Rule& r = program.rules[ri];
    if (!r.policy_fact) continue;
    std::vector<std::string> eqs;
    for (size_t k = 0; k < args.size(); k++)
      if (args[k]) eqs.push_back(*args[k] + kEq + param_text(r.head.args[k].value.encode()));
    parts.push_back(eqs.empty() ? "false" : "NOT (" + join(eqs, " AND ") + ")");
  }
  return parts.empty() ? "true" : join(parts, " AND ");
}

void Emitter::drop_row_seeds(const CQ& cq, const CAtom& a, std::vector<std::optional<std::string>>& seeds) {
  std::vector<std::optional<std::string>> fixed_only = seeds;
  bool any_row = false, any_fixed = false;
  for (size_t k = 0; k < a.args.size(); k++) {
    if (!seeds[k]) continue;
    const CVar& v = cq.vars[cq.find(a.args[k])];
    bool fixed = v.value || v.input;
    any_fixed = any_fixed || fixed;
    any_row = any_row || !fixed;
    if (!fixed) fixed_only[k] = std::nullopt;
  }
  if (any_row && any_fixed && recurses_alike(cq.instance_key(a), seeds, fixed_only)) seeds = fixed_only;
}

std::string Emitter::select(const CQ& cq, Scope scope, const std::vector<Output>& outputs) {
  poll_interrupt();
  std::map<int, std::string>& bindings = scope.bound;
  std::vector<std::string>& from = scope.from;
  std::vector<std::string>& where = scope.where;

  // Variables a constant relation restricts need no type check: its constants are typed.
  std::set<int> typed_by_values;
  for (const CAtom& a : cq.atoms)
    if (a.kind == CAtom::Kind::Values)
      for (int v : a.args) typed_by_values.insert(cq.find(v));
  // Variables bound to a binding's column, with the column's raw form (for index-friendly joins).
  struct RawRef {
    std::string expr;
    const BindingPosition* position;
  };
  std::map<int, RawRef> raw;
  for (const auto& [root, ref] : scope.raw_bound) {
    raw[root] = {ref.first, ref.second};
    bindings[root] = encode_raw(ref.first, *ref.second);
  }
  std::map<int, TypeSet>& wild = scope.wild;  // roots whose binding may be the wildcard
  // `wild_type`: the column may hold the wildcard, standing for values of those types.
  auto bind_column = [&](int var, const std::string& col, bool typed_source = false, const TypeSet* wild_type = nullptr,
                         bool index_range = true) {
    int root = cq.find(var);
    bool col_wild = wild_type != nullptr;
    Bound how = bind_external(cq, scope, var, col, wild_type);
    // Also the raw direction, so that the planner may drive from either side's index.
    if (how == Bound::Joined && raw.count(root) && !col_wild)
      where.push_back(raw.at(root).expr + kEq + decode_to_raw(col, *raw.at(root).position));
    if (how != Bound::Fresh) return;
    std::string check =
        typed_source || typed_by_values.count(root) ? "" : type_check(col, cq.vars[root].type, index_range);
    if (!check.empty()) where.push_back(col_wild ? "(" + col + kEq + wildcard() + " OR " + check + ")" : check);
  };

  // Stored facts.
  std::set<int> selective;
  for (const auto& [root, _] : bindings) selective.insert(root);
  for (size_t i = 0; i < cq.vars.size(); i++) {
    const CVar& v = cq.vars[i];
    if (v.parent < 0 && (v.input || (v.value && v.value->is_entity()))) selective.insert(static_cast<int>(i));
  }
  for (const CAtom& a : cq.atoms)
    if (a.kind == CAtom::Kind::InputSet) selective.insert(cq.find(a.args[0]));
  // A binding's column: compared raw with bound values and other binding columns.
  auto bind_raw_column = [&](int var, const std::string& col, const BindingPosition& p) {
    int root = cq.find(var);
    const CVar& v = cq.vars[root];
    where.push_back(col + " IS NOT NULL");
    if (v.value || v.input) {
      where.push_back(col + kEq + decode_to_raw(value_expr(v), p));
      return;
    }
    auto r = raw.find(root);
    if (r != raw.end() && r->second.position->raw == p.raw && r->second.position->type == p.type) {
      where.push_back(col + kEq + r->second.expr);
      return;
    }
    auto it = bindings.find(root);
    if (it != bindings.end()) {
      where.push_back(it->second + kEq + encode_raw(col, p));
      where.push_back(col + kEq + decode_to_raw(it->second, p));
      return;
    }
    bindings[root] = encode_raw(col, p);
    raw[root] = {col, &p};
  };
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    const CAtom& a = cq.atoms[i];
    if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::Edb || a.source < 0) continue;
    const Binding& b = spec_.bindings()[a.source];
    std::string t = alias("b");
    std::vector<std::string> cols;
    for (const BindingPosition& p : b.positions)
      if (!p.constant) cols.push_back(quote_ident("c" + std::to_string(p.column)));
    from.push_back(b.view + " AS " + quote_ident(t) + "(" + join(cols, ", ") + ")");
    for (size_t k = 0; k < b.positions.size(); k++) {
      const BindingPosition& p = b.positions[k];
      if (p.constant) continue;  // the compiler already matched the atom's argument with it
      bind_raw_column(a.args[k], column(t, "c" + std::to_string(p.column)), p);
    }
  }
  // Fact atoms with the most bound arguments first: a variable's type check goes with its first
  // binding, and on the selective atom it does not distort the planner's estimate of a large one
  // (independent range conditions on correlated columns made a 2,000-row scan look like 1 row).
  std::vector<size_t> fact_order;
  for (size_t i = 0; i < cq.atoms.size(); i++) fact_order.push_back(i);
  std::set<int> listed;  // restricted to an IN list
  for (const CAtom& a : cq.atoms)
    if (a.kind == CAtom::Kind::Values && a.args.size() == 1) listed.insert(cq.find(a.args[0]));
  auto bound_args = [&](size_t i) {  // an actor/resource value weighs more than a role or relation name
    int n = 0;
    for (int v : cq.atoms[i].args) {
      int root = cq.find(v);
      const CVar& var = cq.vars[root];
      n += selective.count(root) ? 2 : (var.value || listed.count(root)) ? 1 : 0;
    }
    return n;
  };
  std::stable_sort(fact_order.begin(), fact_order.end(),
                   [&](size_t x, size_t y) { return bound_args(x) > bound_args(y); });
  for (size_t i : fact_order) {
    const CAtom& a = cq.atoms[i];
    if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::Edb || a.source >= 0) continue;
    const ir::Predicate& pred = spec_.program().pred(a.pred);
    std::string t = alias("t");
    from.push_back(fact_source(pred.arity) + " AS " + quote_ident(t));
    where.push_back(column(t, "pred") + kEq + param_text(pred.name));
    // A lookup by an actor, a resource or a joined value needs no index range from a type check;
    // offered one, the generic plan's estimates tie and the planner may scan every fact of the
    // type through the other index (a user's repositories: 2.8 ms instead of 0.1 ms at 2M facts).
    bool keyed = std::any_of(a.args.begin(), a.args.end(), [&](int v) {
      int root = cq.find(v);
      const CVar& var = cq.vars[root];
      return bindings.count(root) > 0 || var.input || (var.value && var.value->is_entity());
    });
    for (size_t k = 0; k < a.args.size(); k++)
      bind_column(a.args[k], column(t, "a" + std::to_string(k)), false, nullptr, !keyed);
  }
  // Shared units: their CTE's rows, joined on the values the CQ gives them.
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    const CAtom& a = cq.atoms[i];
    if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::Shared) continue;
    std::string name = shared_ref(a.shared_key);
    std::string u = alias("w");
    from.push_back(quote_ident(name) + " AS " + quote_ident(u));
    for (size_t k = 0; k < a.args.size(); k++) {
      bind_column(a.args[k], column(u, "c" + std::to_string(k)));
      selective.insert(cq.find(a.args[k]));
    }
  }
  // Sets of run-time values (batch checks): each element is a row.
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    const CAtom& a = cq.atoms[i];
    if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::InputSet) continue;
    std::string u = alias("u");
    from.push_back("pg_catalog.unnest(" + param_input_set(a.source) + ") AS " + quote_ident(u) + "(" +
                   quote_ident("v") + ")");
    bind_column(a.args[0], column(u, "v"), true);
  }
  // Constant relations from merged queries: an IN list when the value is known, else a row source.
  for (size_t i = 0; i < cq.atoms.size(); i++) {
    const CAtom& a = cq.atoms[i];
    if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::Values) continue;
    int root0 = cq.find(a.args[0]);
    const CVar& v0 = cq.vars[root0];
    if (a.args.size() == 1 && (bindings.count(root0) || v0.value || v0.input)) {
      std::vector<std::string> items;
      for (const auto& t : a.tuples) items.push_back(t[0].encode());
      std::string e = bindings.count(root0) ? bindings.at(root0) : value_expr(v0);
      where.push_back(e + kEq + "ANY (" + param_array(items) + ")");
      continue;
    }
    std::string m = alias("k");
    std::vector<std::string> arrays, cols;
    for (size_t c = 0; c < a.args.size(); c++) {
      std::vector<std::string> items;
      for (const auto& t : a.tuples) items.push_back(t[c].encode());
      cols.push_back(quote_ident("c" + std::to_string(c)));
      if (a.tuples.size() * a.args.size() > kMaxValuesCells || a.tuples.empty()) arrays.push_back(param_array(items));
    }
    std::string rows;
    if (arrays.empty()) {
      // A small relation as VALUES: a Values Scan starts faster than a function scan of arrays
      // (no tuplestore per column), and the planner sees its rows.
      std::vector<std::string> tuples;
      for (const auto& t : a.tuples) {
        std::vector<std::string> cells;
        for (const Value& v : t) cells.push_back(param_text(v.encode()));
        tuples.push_back("(" + join(cells, ", ") + ")");
      }
      rows = "(VALUES " + join(tuples, ", ") + ")";
    } else {
      rows = unnest_rows(arrays);
    }
    from.push_back(rows + " AS " + quote_ident(m) + "(" + join(cols, ", ") + ")");
    for (size_t c = 0; c < a.args.size(); c++) bind_column(a.args[c], column(m, "c" + std::to_string(c)), true);
  }
  // Which variables a lookup can reach from bound values (sideways information passing).
  auto touches = [&](const CAtom& a) {
    return std::any_of(a.args.begin(), a.args.end(), [&](int v) { return selective.count(cq.find(v)) > 0; });
  };
  for (bool grew = true; grew;) {
    grew = false;
    for (size_t i = 0; i < cq.atoms.size(); i++) {
      const CAtom& a = cq.atoms[i];
      if (scope.skip_atoms.count(i) || a.kind != CAtom::Kind::Edb || !touches(a)) continue;
      for (int v : a.args) grew = selective.insert(cq.find(v)).second || grew;
    }
  }
  // Recursive components, the best-seeded first.
  std::vector<size_t> pending;
  for (size_t i = 0; i < cq.atoms.size(); i++)
    if (!scope.skip_atoms.count(i) && cq.atoms[i].kind == CAtom::Kind::Scc) pending.push_back(i);
  while (!pending.empty()) {
    auto pick = std::find_if(pending.begin(), pending.end(), [&](size_t i) { return touches(cq.atoms[i]); });
    if (pick == pending.end()) pick = pending.begin();
    const CAtom& a = cq.atoms[*pick];
    pending.erase(pick);
    std::vector<std::optional<std::string>> seeds;
    for (int v : a.args) {
      int root = cq.find(v);
      const CVar& cv = cq.vars[root];
      if (!selective.count(root) || wild.count(root))  // a wildcard is no seed
        seeds.push_back(std::nullopt);
      else if (cv.value || cv.input)
        seeds.push_back(value_expr(cv));
      else
        seeds.push_back(bindings.at(root));
    }
    drop_row_seeds(cq, a, seeds);
    std::string s = alias("s");
    from.push_back("LATERAL " + scc_call(cq.instance_key(a), seeds) + " AS " + quote_ident(s) + "(" +
                   join(numbered("c", a.args.size()), ", ") + ")");
    for (size_t k = 0; k < a.args.size(); k++)
      if (!seeds[k]) bind_column(a.args[k], column(s, "c" + std::to_string(k)), false, wild_at(cq.instance_key(a), k));
    for (int v : a.args) selective.insert(cq.find(v));
  }
  // A variable that no fact binds but that a condition tests, or that ties two open
  // positions together, cannot be answered with the wildcard: it ranges over the
  // active domain, the values seen in facts, the policy and the query (§6.6).
  std::map<int, int> output_uses;
  for (const Output& o : outputs)
    if (o.var >= 0) output_uses[cq.find(o.var)]++;
  auto unbound = [&](int var) {
    int root = cq.find(var);
    const CVar& v = cq.vars[root];
    return !v.value && !v.input && !bindings.count(root);
  };
  auto expand = [&](int var) {
    int root = cq.find(var);
    auto typed = wild.find(root);
    bool is_wild = typed != wild.end();
    if (!unbound(var) && !is_wild) return;
    std::string d = alias("d");
    from.push_back(active_domain(cq.vars[root].type) + " AS " + quote_ident(d) + "(" + quote_ident("v") + ")");
    if (is_wild) {  // a wildcard tested by a condition stands for each value of the active domain
      const std::string& bound = bindings[root];
      // ... of the types it was written for (`_: User`); a concrete value stands for itself.
      std::string same = column(d, "v") + kEq + bound;
      std::string any = wildcard_matches(bound, typed->second, column(d, "v"), cq.vars[root].type);
      where.push_back(any.empty() ? same : "(" + same + " OR " + any + ")");
      wild.erase(typed);
    }
    bindings[root] = column(d, "v");
  };
  if (!scope.skip_unbound_conds) {
    for (const CCond& c : cq.conds) {
      if (c.lhs >= 0) expand(c.lhs);
      if (c.rhs >= 0) expand(c.rhs);
      for (int v : c.args)
        if (cq.root(v).name.rfind("$_", 0) != 0) expand(v);  // `_` in a negated call means any value
    }
    for (const auto& [root, uses] : output_uses)
      if (uses > 1) expand(root);
  }

  // Inputs whose type is only known at run time: check the type the rules need.
  for (size_t i = 0; i < cq.vars.size(); i++) {
    const CVar& v = cq.vars[i];
    if (v.parent >= 0 || !v.input || v.input->typed) continue;
    std::string check = type_check(value_expr(v), v.type);
    if (!check.empty()) where.push_back(check);
  }

  // Conditions.
  auto is_bound = [&](int var) {
    int root = cq.find(var);
    const CVar& v = cq.vars[root];
    return v.value || v.input || bindings.count(root);
  };
  for (const CCond& c : cq.conds) {
    std::vector<int> used = c.kind == CCond::Kind::NotCall ? std::vector<int>{} : std::vector<int>{c.lhs};
    if (c.kind == CCond::Kind::Equal || c.kind == CCond::Kind::Compare) used.push_back(c.rhs);
    bool all_bound = std::all_of(used.begin(), used.end(), is_bound);
    if (c.kind == CCond::Kind::NotCall && scope.skip_unbound_conds)
      all_bound = std::all_of(c.args.begin(), c.args.end(), [&](int v) {
        return is_bound(v) || cq.root(v).name.rfind("$_", 0) == 0;  // `_` places match anything
      });
    if (!all_bound) {
      if (scope.skip_unbound_conds) continue;
      throw PolarError(ErrorKind::TooComplex,
                       "a condition of the policy compares or negates a value that no fact provides for this query",
                       "Bind the variable with a fact in the same rule, or ask with that argument given.");
    }
    switch (c.kind) {
      case CCond::Kind::Equal: {
        std::string a = is_bound(c.lhs) && !bindings.count(cq.find(c.lhs)) ? value_expr(cq.root(c.lhs))
                                                                           : bindings.at(cq.find(c.lhs));
        std::string b = is_bound(c.rhs) && !bindings.count(cq.find(c.rhs)) ? value_expr(cq.root(c.rhs))
                                                                           : bindings.at(cq.find(c.rhs));
        where.push_back(a + kEq + b);
        break;
      }
      case CCond::Kind::Compare:
        where.push_back(compare_sql(cq, c, bindings));
        break;
      case CCond::Kind::In: {
        std::vector<std::string> items;
        for (const Value& v : c.list) items.push_back(v.encode());
        int root = cq.find(c.lhs);
        std::string e = bindings.count(root) ? bindings.at(root) : value_expr(cq.vars[root]);
        where.push_back(e + kEq + "ANY (" + param_array(items) + ")");
        break;
      }
      case CCond::Kind::NotCall: {
        std::string test = not_exists_sql(cq, c, bindings);
        if (c.guard >= 0) {  // merged derivations: only the rows whose guard is true need the test
          auto guard = bindings.find(cq.find(c.guard));
          if (guard == bindings.end()) throw PolarError(ErrorKind::Internal, "a guarded negation lost its guard");
          test = "(" + guard->second + " OPERATOR(pg_catalog.<>) " + param_text(Value::boolean(true).encode()) +
                 " OR " + test + ")";
        }
        where.push_back(test);
        break;
      }
    }
  }
  // Target list.
  std::vector<std::string> targets;
  for (const Output& o : outputs) {
    std::string e;
    if (o.var < 0) {
      e = o.sql;
    } else {
      int root = cq.find(o.var);
      const CVar& v = cq.vars[root];
      bool same_raw = o.raw && raw.count(root) && raw.at(root).position->raw == o.raw->raw &&
                      raw.at(root).position->type == o.raw->type;
      if (same_raw)
        e = "CAST(" + raw.at(root).expr + " AS " + o.raw->sql_type + ")";
      else if (bindings.count(root))
        e = bindings.at(root);
      else if (v.value || v.input)
        e = value_expr(v);
      else
        e = wildcard();
      if (o.raw && !same_raw) e = decode_to_raw(e, *o.raw);
      if (scope.collate_outputs) e = "(" + e + ")" + kCollateC;
    }
    targets.push_back(e);
  }
  std::string sql = targets.empty() ? (scope.no_columns ? "SELECT" : "SELECT 1") : "SELECT " + join(targets, ", ");
  if (!from.empty()) sql += " FROM " + join(from, ", ");
  if (!where.empty()) sql += " WHERE " + join(where, " AND ");
  return sql;
}

}  // namespace polar::compiler
