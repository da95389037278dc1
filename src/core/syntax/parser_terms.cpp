// Terms (variables, `_`, constants, literals), rule and assertion parameters (`x: Type`), and
// literals: strings, integers, booleans, `Type{"id"}` and literal lists.
#include <string>
#include <vector>

#include "syntax/parser_internal.hpp"

namespace polar::syntax_detail {

namespace {

bool is_typed_primitive(std::string_view type) {
  return type == kStringType || type == kIntegerType || type == kBooleanType;
}

}  // namespace

// term = VAR | "_" | literal | CONSTANT
Term Parser::parse_term(const std::string& expected) {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::String:
    case TokenKind::Integer:
      return literal_term(parse_literal(expected));
    case TokenKind::Constant:
      take();
      return Term::constant(t.text, t.pos);
    case TokenKind::LBrace:
      fail_with("P09", t.pos,
                "Unsupported syntax: dictionaries are not values in this language. Store each field as a fact.");
    case TokenKind::Ident:
      break;
    default:
      fail(expected);
  }
  if (is_boolean_word(t.text) || at(TokenKind::LBrace, 1)) return literal_term(parse_literal(expected));
  reject_call_as_value();
  reject_unsupported_keyword();
  take();
  if (t.text == "_") return Term::wildcard(t.pos);
  if (is_reserved_word(t.text)) report_reserved(t);
  return Term::variable(t.text, t.pos);
}

void Parser::reject_call_as_value() {
  if (!at(TokenKind::LParen, 1)) return;
  take();
  fail_with("P07", peek().pos, "Unexpected '('; a call cannot be used as a value.");
}

// param = VAR [":" TYPE] | "_" [":" TYPE] | literal; also assertion arguments.
// A constant is kept as written: the validator reports it outside rule bodies (R12).
ast::Param Parser::parse_param(const std::string& expected) {
  ast::Param param;
  const Token& t = peek();
  if (t.kind == TokenKind::Ident && !is_boolean_word(t.text) && !at(TokenKind::LBrace, 1)) {
    reject_call_as_value();
    take();
    if (t.text == "_") {
      param.term = Term::wildcard(t.pos);
    } else {
      if (is_reserved_word(t.text)) report_reserved(t);
      param.term = Term::variable(t.text, t.pos);
    }
    if (at(TokenKind::Colon)) {
      take();
      param.type = parse_name("a type name");
    }
    return param;
  }
  if (t.kind == TokenKind::Constant) {
    take();
    param.term = Term::constant(t.text, t.pos);
    return param;
  }
  param.term = literal_term(parse_literal(expected));
  return param;
}

// literal = STRING | INTEGER | BOOLEAN | TYPE "{" ( STRING | INTEGER | BOOLEAN ) "}"
ast::Literal Parser::parse_literal(const std::string& expected) {
  const Token& t = peek();
  if (t.kind == TokenKind::String) {
    take();
    return {Value::string(t.text), t.pos};
  }
  if (t.kind == TokenKind::Integer) {
    take();
    return {Value::integer(t.integer), t.pos};
  }
  if (t.kind == TokenKind::Ident && is_boolean_word(t.text)) {
    take();
    return {Value::boolean(t.text == "true"), t.pos};
  }
  if (t.kind == TokenKind::Ident && at(TokenKind::LBrace, 1)) return parse_braced_literal();
  fail(expected);
}

// `Type{"id"}`, or `String{"x"}` / `Integer{3}` / `Boolean{true}` normalised to plain values.
ast::Literal Parser::parse_braced_literal() {
  Name type = parse_name("a type name");
  take();  // '{'
  ast::Literal literal{{}, type.pos};
  literal.value = is_typed_primitive(type.text) ? parse_typed_primitive(type.text) : parse_entity_id(type);
  expect(TokenKind::RBrace, "'}'");
  return literal;
}

Value Parser::parse_typed_primitive(const std::string& type) {
  const Token& t = peek();
  if (type == kStringType && t.kind == TokenKind::String) return Value::string(take().text);
  if (type == kIntegerType && t.kind == TokenKind::Integer) return Value::integer(take().integer);
  if (type == kBooleanType && t.kind == TokenKind::Ident && is_boolean_word(t.text))
    return Value::boolean(take().text == "true");
  if (type == kStringType) fail("a string inside String{...}");
  if (type == kIntegerType) fail("an integer inside Integer{...}");
  fail("true or false inside Boolean{...}");
}

// The id of `Type{...}`. A non-string or empty id is reported (R13) but kept, so parsing goes on.
Value Parser::parse_entity_id(const Name& type) {
  const Token& t = peek();
  if (t.kind == TokenKind::String && !t.text.empty()) return Value::entity(type.text, take().text);
  std::string id;
  if (t.kind == TokenKind::Integer || (t.kind == TokenKind::Ident && t.text != "_")) {
    id = std::string(spelling(t));
  } else if (t.kind != TokenKind::String && t.kind != TokenKind::RBrace) {
    fail("a string id");
  }
  if (t.kind != TokenKind::RBrace) take();
  error("R13", type.pos,
        "Entity ids must be non-empty strings: write " + type.text + "{\"" + (id.empty() ? "<id>" : id) + "\"}.");
  return Value::entity(type.text, id);
}

// list = "[" [ literal { "," literal } [ "," ] ] "]"
std::vector<ast::Literal> Parser::parse_literal_list() {
  expect(TokenKind::LBracket, "'['");
  std::vector<ast::Literal> list;
  while (!at(TokenKind::RBracket)) {
    list.push_back(parse_literal("a literal or ']'"));
    if (!at(TokenKind::Comma)) break;
    take();
  }
  expect(TokenKind::RBracket, "',' or ']'");
  return list;
}

}  // namespace polar::syntax_detail
