// Actor, resource and global blocks: their declarations (roles, permissions, relations) and
// shorthand rules (the bodies are expressions: parser_expressions.cpp).
#include <string>

#include "syntax/parser_internal.hpp"

namespace polar::syntax_detail {

namespace {

constexpr size_t kMaxStatementQuoteLength = 80;

ast::DeclKind declaration_kind(std::string_view keyword) {
  if (keyword == "roles") return ast::DeclKind::Roles;
  if (keyword == "permissions") return ast::DeclKind::Permissions;
  if (keyword == "relations") return ast::DeclKind::Relations;
  return ast::DeclKind::Unknown;
}

// Source text of a statement on one line: runs of whitespace become one space.
std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace

// `actor`/`resource` followed by a type name (§3.3 rule 1).
bool Parser::starts_block() const {
  if (!at_word("actor") && !at_word("resource")) return false;
  if (at_name(1)) return true;
  return at(TokenKind::Ident, 1) && (at(TokenKind::LBrace, 2) || at_word("extends", 2));
}

void Parser::parse_block() {
  ast::Block block;
  const Token& keyword = take();
  block.kind = keyword.text == "actor" ? ast::Block::Kind::Actor : ast::Block::Kind::Resource;
  block.pos = keyword.pos;
  block.type = parse_name("a type name");
  if (at_word("extends")) {
    take();
    block.extends.push_back(parse_name("a type name"));
    while (at(TokenKind::Comma)) {
      take();
      block.extends.push_back(parse_name("a type name"));
    }
    expect(TokenKind::LBrace, "',' or '{'");
  } else {
    expect(TokenKind::LBrace, "'extends' or '{'");
  }
  parse_body([&] { parse_block_item(&block); });
  policy_.blocks.push_back(std::move(block));
}

void Parser::parse_global_block() {
  ast::Block block;
  block.kind = ast::Block::Kind::Global;
  block.pos = take().pos;
  take();  // '{'
  parse_body([&] { parse_block_item(&block); });
  policy_.blocks.push_back(std::move(block));
}

void Parser::parse_block_item(ast::Block* block) {
  const Token& t = peek();
  if (t.kind == TokenKind::String) {
    if (!at_word("if", 1)) {
      take();
      fail("'if'");
    }
    block->shorthands.push_back(parse_shorthand());
    return;
  }
  if (t.kind == TokenKind::Ident) {
    if (at(TokenKind::Eq, 1)) return block->declarations.push_back(parse_declaration());
    if (at_word("if", 1)) return block->shorthands.push_back(parse_shorthand());
    if (at(TokenKind::LParen, 1))
      fail_with("P07", t.pos,
                "Unexpected rule '" + t.text +
                    "(...)' inside a block; ordinary rules are written at top level, outside the block.");
    take();
    fail("'=' or 'if'");
  }
  fail("a declaration, a shorthand rule or '}'");
}

ast::Declaration Parser::parse_declaration() {
  ast::Declaration decl;
  const Token& keyword = take();
  decl.keyword = {keyword.text, keyword.pos};
  decl.kind = declaration_kind(keyword.text);
  take();  // '='
  decl.value_pos = peek().pos;
  if (at(TokenKind::LBracket)) {
    decl.shape = ast::Declaration::Shape::List;
    parse_declaration_list(&decl);
  } else if (at(TokenKind::LBrace)) {
    decl.shape = ast::Declaration::Shape::Map;
    parse_relation_map(&decl);
  } else if (at(TokenKind::String) || at(TokenKind::Integer) || at(TokenKind::Ident) || at(TokenKind::Constant)) {
    decl.shape = ast::Declaration::Shape::Other;  // the validator reports the wrong shape (B05)
    skip_single_value();
  } else {
    fail(decl.kind == ast::DeclKind::Relations ? "'{'" : decl.kind == ast::DeclKind::Unknown ? "a value" : "'['");
  }
  expect(TokenKind::Semicolon, "';'");
  return decl;
}

void Parser::skip_single_value() {
  if (at(TokenKind::Ident) && at(TokenKind::LBrace, 1)) {
    parse_literal("a value");
  } else {
    take();
  }
}

// `[ "a", "b", ]`: strings are kept, other entries only by position (B05).
void Parser::parse_declaration_list(ast::Declaration* decl) {
  take();  // '['
  while (!at(TokenKind::RBracket)) {
    const Token& t = peek();
    if (t.kind == TokenKind::String) {
      take();
      decl->strings.push_back({t.text, t.pos});
    } else if (t.kind == TokenKind::Ident && at(TokenKind::LBrace, 1)) {
      decl->non_strings.push_back(parse_literal("a value").pos);
    } else if (t.kind == TokenKind::Integer || t.kind == TokenKind::Ident || t.kind == TokenKind::Constant) {
      decl->non_strings.push_back(take().pos);
    } else {
      fail("a string or ']'");
    }
    if (!at(TokenKind::Comma)) break;
    take();
  }
  expect(TokenKind::RBracket, "',' or ']'");
}

// `{ name: Type, ... }` with an optional trailing comma.
void Parser::parse_relation_map(ast::Declaration* decl) {
  take();  // '{'
  while (!at(TokenKind::RBrace)) {
    ast::RelationItem item;
    item.name = parse_name("a relation name or '}'");
    expect(TokenKind::Colon, "':'");
    item.type = parse_name("a type name");
    decl->relations.push_back(std::move(item));
    if (!at(TokenKind::Comma)) break;
    take();
  }
  expect(TokenKind::RBrace, "',' or '}'");
}

ast::Shorthand Parser::parse_shorthand() {
  ast::Shorthand shorthand;
  const Token& head = peek();
  shorthand.pos = head.pos;
  if (head.kind == TokenKind::String) {
    take();
    shorthand.head = {head.text, head.pos};
  } else {
    shorthand.variable_head = true;
    shorthand.head = parse_name("a role or a variable");
  }
  take();  // 'if'
  shorthand.body = parse_expression(true);
  expect(TokenKind::Semicolon, "';' or 'and'");
  return shorthand;
}

// P12, then the rule is parsed (for its own syntax errors) and dropped.
void Parser::parse_misplaced_shorthand() {
  error("P12", peek().pos,
        "Shorthand rule " + statement_text(pos_) + " must be inside an actor, resource or global block.");
  parse_shorthand();
}

// The source of the statement starting at token `first`, up to its ';' or '}'.
std::string Parser::statement_text(size_t first) const {
  size_t last = first;
  while (last + 1 < tokens_.size() && tokens_[last + 1].kind != TokenKind::Semicolon &&
         tokens_[last + 1].kind != TokenKind::RBrace && tokens_[last + 1].kind != TokenKind::End)
    last++;
  size_t begin = tokens_[first].begin;
  return shorten(collapse_whitespace(source_.substr(begin, tokens_[last].end - begin)), kMaxStatementQuoteLength);
}

}  // namespace polar::syntax_detail
