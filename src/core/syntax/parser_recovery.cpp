// Syntax errors and recovery (polar-language.md §12): one report per error, P09 messages for
// the syntax of other Polar dialects, and skipping to where the enclosing item loop resumes.
#include <string>

#include "syntax/parser_internal.hpp"

namespace polar::syntax_detail {

namespace {

constexpr size_t kMaxQuotedLength = 40;
constexpr const char* kStoreAsFact = "Store the value as a fact, e.g. has_owner(repo, user).";

}  // namespace

void Parser::error(const char* code, SourcePos pos, std::string message) {
  if (errors_reported_ == kMaxReportedErrors) {
    diagnostics_->error("P07", pos, "Too many errors; the rest of the policy was not checked.");
    throw StopParsing{};
  }
  errors_reported_++;
  diagnostics_->error(code, pos, std::move(message));
}

void Parser::fail_with(const char* code, SourcePos pos, std::string message) {
  error(code, pos, std::move(message));
  throw ParseAbort{};
}

std::string Parser::unexpected(const Token& t) const {
  if (t.kind == TokenKind::End) return "Unexpected end of input";
  if (t.kind == TokenKind::String) return "Unexpected string " + shorten(spelling(t), kMaxQuotedLength);
  return "Unexpected '" + shorten(spelling(t), kMaxQuotedLength) + "'";
}

// Reports the current token as a syntax error (P07), or as unsupported syntax (P09)
// when it is one of the tokens the language rejects, and abandons the item.
void Parser::fail(const std::string& expected) {
  const Token& t = peek();
  if (t.kind == TokenKind::Invalid) throw ParseAbort{};  // the lexer reported it
  if (t.kind == TokenKind::Unsupported) fail_with("P09", t.pos, unsupported_message());
  if (t.kind == TokenKind::Integer && t.text[0] == '-' && pos_ > 0 && ends_operand(tokens_[pos_ - 1].kind))
    fail_with("P09", t.pos, arithmetic_message("-"));
  fail_with("P07", t.pos, unexpected(t) + "; expected " + expected + ".");
}

std::string Parser::arithmetic_message(const std::string& op) {
  return "Unsupported syntax: arithmetic ('" + op +
         "') is not part of this language. Compute the value in the application and store it as a fact.";
}

std::string Parser::unsupported_message() const {
  const Token& t = peek();
  const Token* previous = pos_ > 0 ? &tokens_[pos_ - 1] : nullptr;
  const Token& next = peek(1);
  bool after_ident = previous && previous->kind == TokenKind::Ident;
  const std::string& op = t.text;
  if (op == ".") {
    if (!after_ident || next.kind != TokenKind::Ident) return "Unsupported syntax: '.' is not part of this language.";
    std::string access = previous->text + "." + next.text;
    if (at(TokenKind::LParen, 2))
      return "Unsupported syntax: method call '" + access + "(...)' is not part of this language. " + kStoreAsFact;
    return "Unsupported syntax: attribute access '" + access + "' is not part of this language. " + kStoreAsFact;
  }
  if (op == "-" && next.kind == TokenKind::Integer && !(previous && ends_operand(previous->kind)))
    return "Unsupported syntax: the '-' of a negative integer must touch its digits, e.g. -3.";
  if (op == "+" || op == "-" || op == "*" || op == "/" || op == "%") return arithmetic_message(op);
  if (op == "?" || op == "?=")
    return "Unsupported syntax: inline queries ('?=') are not part of this language. Write a policy test with "
           "'assert' instead.";
  if (op == "::") {
    if (!after_ident || next.kind != TokenKind::Ident) return "Unsupported syntax: '::' is not part of this language.";
    return "Unsupported syntax: namespaced name '" + previous->text + "::" + next.text +
           "' is not supported. Use a plain type name such as " + previous->text + next.text + ".";
  }
  if (op == "!")
    return "Unsupported syntax: '!' is not an operator. Use 'not' to negate a fact or '!=' for inequality.";
  if (op == "==") return "Unsupported syntax: '==' is not an operator. Use '=' for equality.";
  return "Unsupported syntax: '" + op + "' is not part of this language.";
}

void Parser::report_reserved(const Token& t) {
  error("P08", t.pos, "'" + t.text + "' is a reserved word and cannot be used as a name.");
}

// Inside a block, test, setup or fixture whose items sit at brace depth `level`:
// skips past the next ';' of this level, or up to the '}' that closes it.
void Parser::recover(int level) {
  nesting_ = 0;
  while (!at(TokenKind::End)) {
    int depth = depth_before_[pos_];
    if (depth < level) return;
    if (depth == level) {
      if (at(TokenKind::Semicolon)) {
        take();
        return;
      }
      if (at(TokenKind::RBrace) || starts_top_level_item(pos_)) return;
    }
    take();
  }
}

// At top level: skips past the next ';', a stray '}', or a block-like '{ ... }' group
// (an abandoned block such as `entity Foo { ... }`), or up to the next construct that
// clearly starts an item. Brace groups inside statements (`Repo{1}`, `{a: 1}`) are skipped.
void Parser::recover_top_level(size_t start) {
  nesting_ = 0;
  int level = depth_before_[start];
  size_t group_open = 0;
  bool group_has_statement = false;
  while (!at(TokenKind::End)) {
    int depth = depth_before_[pos_];
    if (depth < level) return;
    if (depth == level) {
      if (at(TokenKind::Semicolon) || at(TokenKind::RBrace)) {
        take();
        return;
      }
      if (pos_ != start && starts_top_level_item(pos_)) return;
      if (at(TokenKind::LBrace)) {
        group_open = pos_;
        group_has_statement = false;
      }
    } else if (depth == level + 1) {
      if (at(TokenKind::Semicolon)) group_has_statement = true;
      if (at(TokenKind::RBrace) && (group_has_statement || follows_block_header(group_open))) {
        take();
        return;
      }
    }
    take();
  }
}

// The '{' at `open` comes after two words (`entity Foo {`) or a string (`test "x" {`),
// unlike an entity literal (`(Repo{`) or a dictionary (`= {`).
bool Parser::follows_block_header(size_t open) const {
  if (open == 0) return false;
  const Token& before = tokens_[open - 1];
  if (before.kind == TokenKind::String) return true;
  return before.kind == TokenKind::Ident && open >= 2 && tokens_[open - 2].kind == TokenKind::Ident;
}

// The unmistakable starts of top-level items, used to stop skipping and to end unclosed bodies.
bool Parser::starts_top_level_item(size_t i) const {
  const Token& next = token_at(i + 1);
  const Token& after = token_at(i + 2);
  if (word_at(i, "actor") || word_at(i, "resource"))
    return next.kind == TokenKind::Ident && (after.kind == TokenKind::LBrace || word_at(i + 2, "extends"));
  if (word_at(i, "global")) return next.kind == TokenKind::LBrace;
  if (word_at(i, "declare")) return next.kind == TokenKind::Ident && after.kind == TokenKind::LParen;
  if (word_at(i, "test"))
    return (next.kind == TokenKind::String && after.kind == TokenKind::LBrace) ||
           (word_at(i + 1, "fixture") && after.kind == TokenKind::Ident);
  return false;
}

// Consumes the closing '}', or reports a missing one (end of input, or the next top-level item).
bool Parser::close_body() {
  if (at(TokenKind::RBrace)) {
    take();
    return true;
  }
  if (at(TokenKind::End) || starts_top_level_item(pos_)) {
    error("P07", peek().pos, unexpected(peek()) + "; expected '}'.");
    return true;
  }
  return false;
}

}  // namespace polar::syntax_detail
