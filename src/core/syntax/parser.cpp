// Polar source -> syntax tree: the entry point, the top-level item loop, and rules and declare.
// The Parser and how it recovers from errors: parser_internal.hpp.
#include "syntax/parser.hpp"

#include <string>
#include <utility>
#include <vector>

#include "syntax/parser_internal.hpp"

namespace polar {

namespace syntax_detail {

namespace {

constexpr const char* kTopLevelExpected = "a block, rule, declare or test";

}  // namespace

std::string shorten(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) cut--;
  return std::string(text.substr(0, cut)) + "...";
}

ast::Policy Parser::parse() {
  try {
    while (!at(TokenKind::End)) {
      size_t start = pos_;
      try {
        parse_top_level_item();
      } catch (const ParseAbort&) {
        recover_top_level(start);
      }
      if (pos_ == start) take();  // always make progress
    }
  } catch (const StopParsing&) {
  }
  return std::move(policy_);
}

void Parser::compute_brace_depths() {
  depth_before_.reserve(tokens_.size());
  int depth = 0;
  for (const Token& t : tokens_) {
    depth_before_.push_back(depth);
    if (t.kind == TokenKind::LBrace) depth++;
    if (t.kind == TokenKind::RBrace && depth > 0) depth--;
  }
}

// An identifier in name position (predicate, variable, type, relation, fixture).
Name Parser::parse_name(const std::string& expected) {
  const Token& t = peek();
  if (t.kind != TokenKind::Ident) fail(expected);
  if (is_reserved_word(t.text)) report_reserved(t);
  take();
  return {t.text, t.pos};
}

void Parser::parse_top_level_item() {
  const Token& t = peek();
  if (t.kind == TokenKind::String) {
    if (at_word("if", 1)) return parse_misplaced_shorthand();
    fail(kTopLevelExpected);
  }
  if (t.kind == TokenKind::RBrace) {
    error("P07", t.pos, unexpected(t) + "; expected " + kTopLevelExpected + ".");
    while (at(TokenKind::RBrace)) take();  // one report for a run of stray braces
    return;
  }
  if (t.kind == TokenKind::Semicolon && pos_ > 0 && tokens_[pos_ - 1].kind == TokenKind::RBrace) {
    error("P07", t.pos, "Unexpected ';'; a block is not followed by ';'.");
    take();
    return;
  }
  if (t.kind != TokenKind::Ident) fail(kTopLevelExpected);
  if (starts_block()) return parse_block();
  if (at_word("global") && at(TokenKind::LBrace, 1)) return parse_global_block();
  if (at_word("declare") && at(TokenKind::Ident, 1)) return parse_declare();
  if (at_word("test") && at(TokenKind::String, 1)) return parse_test();
  if (at_word("test") && at_word("fixture", 1)) return parse_fixture();
  if ((at_word("actor") || at_word("resource")) && at(TokenKind::LBrace, 1)) {
    take();
    fail("a type name after '" + t.text + "'");
  }
  if (at_word("type") && at(TokenKind::Ident, 1) && at(TokenKind::LParen, 2))
    fail_with("P09", t.pos,
              "Unsupported syntax: 'type' declarations are not part of this language. Use 'declare " + peek(1).text +
                  "(...);' instead.");
  if (at(TokenKind::Ident, 1) && (at(TokenKind::LBrace, 2) || at_word("extends", 2)))
    fail_with("P10", t.pos, "Expected 'actor' or 'resource' but found '" + t.text + "'.");
  if (at_word("if", 1)) return parse_misplaced_shorthand();
  if (is_reserved_word(t.text) && !at(TokenKind::LParen, 1)) fail(kTopLevelExpected);
  parse_rule();
}

// rule = NAME "(" param { "," param } ")" [ "if" expr ] ";"
void Parser::parse_rule() {
  ast::Rule rule;
  rule.pos = peek().pos;
  rule.name = parse_name("a rule name");
  if (!at(TokenKind::LParen)) fail("'('");
  parse_arguments([&] { rule.params.push_back(parse_param("a parameter")); }, "a parameter");
  if (at_word("if")) {
    take();
    rule.body = parse_expression(false);
    expect(TokenKind::Semicolon, "';' or 'and'");
  } else {
    expect(TokenKind::Semicolon, "'if' or ';'");
  }
  policy_.rules.push_back(std::move(rule));
}

// declare = "declare" NAME "(" TYPE { "," TYPE } ")" ";"
void Parser::parse_declare() {
  ast::Declare declare;
  declare.pos = take().pos;
  declare.name = parse_name("a predicate name");
  parse_arguments([&] { declare.types.push_back(parse_name("a type name")); }, "a type name");
  expect(TokenKind::Semicolon, "';'");
  policy_.declares.push_back(std::move(declare));
}

}  // namespace syntax_detail

ParseResult parse_policy(std::string_view source) {
  LexResult lexed = lex(source);
  Diagnostics found = lexed.diagnostics;
  ParseResult result;
  result.policy = syntax_detail::Parser(source, std::move(lexed.tokens), &found).parse();
  // Report in source order (§12), lexical and syntax errors interleaved.
  for (const Diagnostic& d : found.sorted()) {
    if (d.is_error()) {
      result.diagnostics.error(d.code, d.pos, d.message, d.hint);
    } else {
      result.diagnostics.warning(d.code, d.pos, d.message, d.hint);
    }
  }
  return result;
}

}  // namespace polar
