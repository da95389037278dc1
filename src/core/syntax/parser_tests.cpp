// Test blocks: `test "name" { setup { ... } assert ...; }` and `test fixture name { facts }`.
#include <string>

#include "syntax/parser_internal.hpp"

namespace polar::syntax_detail {

// fact = NAME "(" term { "," term } ")" ";"  (terms, not just literals: the validator reports T05)
ast::Fact Parser::parse_fact(const std::string& expected) {
  ast::Fact fact;
  fact.pos = peek().pos;
  fact.name = parse_name(expected);
  parse_arguments([&] { fact.args.push_back(parse_term("a value")); }, "a value");
  expect(TokenKind::Semicolon, "';'");
  return fact;
}

// test_fixture = "test" "fixture" IDENT "{" { fact } "}"
void Parser::parse_fixture() {
  ast::Fixture fixture;
  fixture.pos = take().pos;
  take();  // 'fixture'
  fixture.name = parse_name("a fixture name");
  expect(TokenKind::LBrace, "'{'");
  parse_body([&] {
    if (at_word("fixture") && at(TokenKind::Ident, 1))
      fail_with("P07", peek().pos, "Unexpected 'fixture'; fixtures cannot include other fixtures.");
    fixture.facts.push_back(parse_fact("a fact or '}'"));
  });
  policy_.fixtures.push_back(std::move(fixture));
}

// test = "test" STRING "{" [ setup ] { assertion } "}"
void Parser::parse_test() {
  ast::Test test;
  test.pos = take().pos;
  const Token& name = take();
  test.name = {name.text, name.pos};
  expect(TokenKind::LBrace, "'{'");
  bool seen_assertion = false;
  parse_body([&] {
    if (at_word("setup") && at(TokenKind::LBrace, 1)) return parse_setup(&test, seen_assertion);
    if (!at_word("assert") && !at_word("assert_not")) fail("'setup', 'assert', 'assert_not' or '}'");
    seen_assertion = true;
    test.assertions.push_back(parse_assertion());
  });
  policy_.tests.push_back(std::move(test));
}

// setup = "setup" "{" { fact | "fixture" IDENT ";" } "}". A misplaced or repeated setup
// is reported (T04) and still parsed.
void Parser::parse_setup(ast::Test* test, bool after_assertion) {
  const Token& keyword = take();
  if (test->has_setup || after_assertion)
    error("T04", keyword.pos, "'setup' must come first in test \"" + test->name.text + "\" and may appear only once.");
  if (!test->has_setup) {
    test->has_setup = true;
    test->setup_pos = keyword.pos;
  }
  take();  // '{'
  parse_body([&] {
    if (at_word("fixture") && at(TokenKind::Ident, 1)) {
      take();
      test->setup_fixtures.push_back(parse_name("a fixture name"));
      expect(TokenKind::Semicolon, "';'");
      return;
    }
    test->setup_facts.push_back(parse_fact("a fact, 'fixture' or '}'"));
  });
}

// assertion = ("assert" | "assert_not") NAME "(" a_arg {"," a_arg} ")" ["iff" VAR ["not"] "in" list] ";"
ast::Assertion Parser::parse_assertion() {
  ast::Assertion assertion;
  const Token& keyword = take();
  assertion.pos = keyword.pos;
  assertion.negated = keyword.text == "assert_not";
  assertion.name = parse_name("a predicate name");
  parse_arguments([&] { assertion.args.push_back(parse_param("an argument")); }, "an argument");
  if (!at_word("iff")) {
    expect(TokenKind::Semicolon, "'iff' or ';'");
    return assertion;
  }
  take();
  assertion.has_iff = true;
  assertion.iff_var = parse_name("a variable");
  if (at_word("not")) {
    take();
    assertion.iff_not_in = true;
  }
  if (!at_word("in")) fail(assertion.iff_not_in ? "'in'" : "'in' or 'not'");
  take();
  assertion.iff_list = parse_literal_list();
  expect(TokenKind::Semicolon, "';'");
  return assertion;
}

}  // namespace polar::syntax_detail
