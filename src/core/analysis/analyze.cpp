#include "analysis/analyze.hpp"

#include "analysis/analyzer.hpp"
#include "syntax/parser.hpp"

namespace polar {

ir::PredId ir::Program::find(const std::string& name, int arity) const {
  auto it = pred_index.find(name + "/" + std::to_string(arity));
  return it == pred_index.end() ? -1 : it->second;
}

ir::PredId ir::Program::intern(const std::string& name, int arity) {
  std::string key = name + "/" + std::to_string(arity);
  auto it = pred_index.find(key);
  if (it != pred_index.end()) return it->second;
  PredId id = static_cast<PredId>(preds.size());
  Predicate p;
  p.name = name;
  p.arity = arity;
  preds.push_back(p);
  pred_index[key] = id;
  return id;
}

AnalyzeResult analyze_policy(std::string_view source) {
  AnalyzeResult result;
  ParseResult parsed = parse_policy(source);
  result.diagnostics = parsed.diagnostics;
  auto program = std::make_shared<ir::Program>();
  program->ast = std::move(parsed.policy);
  detail::Analyzer a(result.diagnostics, *program);
  const ast::Policy& policy = program->ast;
  detail::collect_types(a, policy);
  detail::resolve_blocks(a, policy);
  detail::desugar_shorthands(a, policy);
  detail::lower_rules(a, policy);
  detail::add_default_allow(a);
  detail::infer_signatures(a, policy);
  detail::check_rules(a);
  detail::check_tests(a, policy);
  for (const ir::Rule& r : program->rules) {
    for (const ir::Term& t : r.head.args)
      if (t.kind == ir::Term::Kind::Const) program->constants.insert(t.value.encode());
    for (const ir::Literal& l : r.body) {
      for (const ir::Term& t : l.atom.args)
        if (t.kind == ir::Term::Kind::Const) program->constants.insert(t.value.encode());
      for (const ir::Term* t : {&l.lhs, &l.rhs})
        if (t->kind == ir::Term::Kind::Const) program->constants.insert(t->value.encode());
      for (const Value& v : l.list) program->constants.insert(v.encode());
    }
  }
  if (!result.diagnostics.has_errors()) result.program = std::move(program);
  return result;
}

}  // namespace polar
