// Validation of policy tests and fixtures (polar-language.md §11.2, T01-T10).
#include <map>

#include "analysis/analyzer.hpp"
#include "base/error.hpp"
#include "analysis/fact_check.hpp"

namespace polar::detail {

namespace {

std::string at(SourcePos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

// T05 (ground facts) and T06 (the fact checks of §9.5) for one setup or fixture fact.
void check_test_fact(Analyzer& a, const ast::Fact& f) {
  std::vector<Value> values;
  for (const ast::Term& t : f.args) {
    switch (t.kind) {
      case ast::Term::Kind::Literal:
        values.push_back(t.value);
        continue;
      case ast::Term::Kind::Variable:
        a.diags.error("T05", t.pos, "Test facts must contain only literal values; found variable " + t.name + ".");
        return;
      case ast::Term::Kind::Wildcard:
        a.diags.error("T05", t.pos, "Test facts must contain only literal values; found _.");
        return;
      case ast::Term::Kind::Constant:
        a.diags.error("R12", t.pos, "@current_unix_time can only be used in rule bodies.");
        return;
    }
  }
  try {
    check_fact(a.program, f.name.text, values);
  } catch (const PolarError& e) {
    a.diags.error("T06", f.pos, e.what());
  }
}

void check_assertion(Analyzer& a, const ast::Assertion& as) {
  const ir::PredId id = a.program.find(as.name.text, static_cast<int>(as.args.size()));
  if (id < 0 || (!a.program.pred(id).has_rules() && !a.program.pred(id).fact_bearing()))
    a.diags.error("T07", as.name.pos,
                  "Assertion refers to " + as.name.text + "/" + std::to_string(as.args.size()) +
                      ", which is neither defined by a rule nor used as a fact in the policy.");
  int iff_uses = 0;
  std::string iff_type;
  for (const ast::Param& p : as.args) {
    if (p.term.kind != ast::Term::Kind::Variable) continue;
    if (!as.has_iff || p.term.name != as.iff_var.text) {
      a.diags.error("T08", p.term.pos,
                    "Variable " + p.term.name +
                        " in assertion must be used by an 'iff' guard; use '_' or '_: String' for an unconstrained "
                        "argument.");
      continue;
    }
    iff_uses++;
    iff_type = p.type ? p.type->text : "";
  }
  if (!as.has_iff) return;
  bool concrete = !iff_type.empty() && iff_type != kActorType && iff_type != kResourceType;
  if (iff_uses != 1 || !concrete) {
    a.diags.error("T09", as.iff_var.pos,
                  "The 'iff' variable " + as.iff_var.text +
                      " must appear exactly once in the asserted call, with a concrete type.");
    return;
  }
  for (const ast::Literal& l : as.iff_list)
    if (l.value.type != iff_type) {
      a.diags.error("T10", l.pos,
                    "Elements of the 'iff' list for " + as.iff_var.text + ": " + iff_type + " must be " + iff_type +
                        " values; found " + l.value.polar_literal() + ".");
      return;
    }
}

}  // namespace

void check_tests(Analyzer& a, const ast::Policy& policy) {
  std::map<std::string, SourcePos> fixtures;
  for (const ast::Fixture& f : policy.fixtures) {
    auto [it, fresh] = fixtures.emplace(f.name.text, f.name.pos);
    if (!fresh)
      a.diags.error("T02", f.name.pos,
                    "Duplicate fixture " + f.name.text + "; first defined at " + at(it->second) + ".");
    for (const ast::Fact& fact : f.facts) check_test_fact(a, fact);
  }
  std::map<std::string, SourcePos> tests;
  for (const ast::Test& t : policy.tests) {
    auto [it, fresh] = tests.emplace(t.name.text, t.name.pos);
    if (!fresh)
      a.diags.error("T01", t.name.pos,
                    "Duplicate test name " + quoted(t.name.text) + "; first defined at " + at(it->second) + ".");
    for (const ast::Name& fx : t.setup_fixtures) {
      if (fixtures.count(fx.text)) continue;
      std::string suggestion;
      for (const auto& [name, _] : fixtures)
        if (edit_distance(name, fx.text) <= 2) suggestion = " Did you mean " + name + "?";
      a.diags.error("T03", fx.pos, "Unknown fixture " + fx.text + " in test " + quoted(t.name.text) + "." + suggestion);
    }
    for (const ast::Fact& fact : t.setup_facts) check_test_fact(a, fact);
    for (const ast::Assertion& as : t.assertions) check_assertion(a, as);
  }
}

}  // namespace polar::detail
