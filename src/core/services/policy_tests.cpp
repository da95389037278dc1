#include "services/policy_tests.hpp"

#include <algorithm>
#include <set>

#include "syntax/ast_print.hpp"

namespace polar {

namespace {

std::string assertion_text(const ast::Assertion& a) {
  std::string out = std::string(a.negated ? "assert_not " : "assert ") + a.name.text + "(";
  for (size_t i = 0; i < a.args.size(); i++) out += (i ? ", " : "") + to_polar(a.args[i]);
  out += ")";
  if (a.has_iff) {
    out += " iff " + a.iff_var.text + (a.iff_not_in ? " not in [" : " in [");
    for (size_t i = 0; i < a.iff_list.size(); i++) out += (i ? ", " : "") + a.iff_list[i].value.polar_literal();
    out += "]";
  }
  return out;
}

std::vector<TestFact> facts_of(const std::vector<ast::Fact>& facts) {
  std::vector<TestFact> out;
  for (const ast::Fact& f : facts) {
    TestFact t;
    t.predicate = f.name.text;
    for (const ast::Term& term : f.args) t.args.push_back(term.value);
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::vector<PolicyTest> collect_tests(const ir::Program& program) {
  std::vector<PolicyTest> out;
  for (const ast::Test& t : program.ast.tests) {
    PolicyTest test;
    test.name = t.name.text;
    test.pos = t.pos;
    test.facts = facts_of(t.setup_facts);
    std::set<std::string> included;
    for (const ast::Name& fx : t.setup_fixtures) {
      if (!included.insert(fx.text).second) continue;  // including a fixture twice is harmless
      for (const ast::Fixture& f : program.ast.fixtures)
        if (f.name.text == fx.text) {
          std::vector<TestFact> more = facts_of(f.facts);
          test.facts.insert(test.facts.end(), more.begin(), more.end());
          break;
        }
    }
    for (const ast::Assertion& a : t.assertions) {
      TestAssertion ta;
      ta.pos = a.pos;
      ta.text = assertion_text(a);
      ta.negated = a.negated;
      ta.predicate = a.name.text;
      for (size_t i = 0; i < a.args.size(); i++) {
        const ast::Param& p = a.args[i];
        if (p.term.kind == ast::Term::Kind::Literal) {
          ta.values.push_back(p.term.value);
          ta.free_types.push_back("");
          continue;
        }
        ta.values.push_back(std::nullopt);
        ta.free_types.push_back(p.type ? p.type->text : "");
        if (a.has_iff && p.term.kind == ast::Term::Kind::Variable && p.term.name == a.iff_var.text)
          ta.iff_position = static_cast<int>(i);
      }
      ta.iff_not_in = a.iff_not_in;
      for (const ast::Literal& l : a.iff_list) ta.iff_list.push_back(l.value);
      test.assertions.push_back(std::move(ta));
    }
    out.push_back(std::move(test));
  }
  return out;
}

QuerySpec assertion_query(const TestAssertion& a, const std::optional<Value>& iff_value, std::vector<Value>& values) {
  QuerySpec spec;
  spec.predicate = a.predicate;
  spec.exists_only = true;
  spec.with_context = true;
  spec.stored_facts = false;
  values.assign(a.values.size(), Value{});
  for (size_t i = 0; i < a.values.size(); i++) {
    std::optional<Value> v = static_cast<int>(i) == a.iff_position ? iff_value : a.values[i];
    if (v) {
      values[i] = *v;
      spec.args.push_back(QueryArg::bound(v->type));
    } else {
      spec.args.push_back(QueryArg::free(a.free_types[i]));
    }
  }
  return spec;
}

QuerySpec iff_enumeration(const TestAssertion& a, std::vector<Value>& values) {
  QuerySpec spec = assertion_query(a, std::nullopt, values);
  spec.exists_only = false;
  return spec;
}

std::vector<Value> iff_candidates(const ir::Program& program, const PolicyTest& test, const TestAssertion& a,
                                  const std::vector<Value>& answers) {
  const std::string& type = a.free_types[a.iff_position];
  std::vector<Value> out = a.iff_list;
  for (const Value& v : answers)
    if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  if (type == kBooleanType) {
    for (bool b : {true, false})
      if (std::find(out.begin(), out.end(), Value::boolean(b)) == out.end()) out.push_back(Value::boolean(b));
    return out;
  }
  // A value that occurs nowhere (facts, policy, list, answers) stands for all the others.
  std::set<std::string> seen(program.constants.begin(), program.constants.end());
  for (const TestFact& f : test.facts)
    for (const Value& v : f.args) seen.insert(v.encode());
  for (const Value& v : out) seen.insert(v.encode());
  for (int n = 0;; n++) {
    Value fresh = type == kIntegerType ? Value::integer(7919000000 + n) : Value{type, "__fresh_" + std::to_string(n)};
    if (!seen.count(fresh.encode())) {
      out.push_back(fresh);
      return out;
    }
  }
}

bool iff_expected(const TestAssertion& a, const Value& v) {
  bool listed = std::find(a.iff_list.begin(), a.iff_list.end(), v) != a.iff_list.end();
  bool holds = a.iff_not_in ? !listed : listed;
  return a.negated ? !holds : holds;
}

}  // namespace polar
