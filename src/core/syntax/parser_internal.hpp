// Internal to the parser: the recursive-descent Parser over the grammar of polar-language.md
// §3.1, shared by its units. parser.cpp: entry point, top level, rules and declare;
// parser_recovery.cpp: syntax errors and recovery (§12); parser_blocks.cpp: actor, resource and
// global blocks with their declarations and shorthand rules; parser_expressions.cpp: rule and
// shorthand bodies; parser_terms.cpp: terms, parameters and literals; parser_tests.cpp: test
// blocks and fixtures.
//
// Errors: every syntax error is reported once and then a ParseAbort unwinds to the
// innermost item loop (top level, block, test, setup or fixture), which skips to the
// next ';' or '}' at its own brace depth and carries on (§12). Brace depths are
// precomputed per token, so recovery never depends on how far the failed item got.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "syntax/ast.hpp"
#include "syntax/lexer.hpp"

namespace polar::syntax_detail {

using ast::Expr;
using ast::Name;
using ast::Term;

// Thrown after a syntax error has been reported; caught by the item loop that resumes parsing.
struct ParseAbort {};

// Thrown once kMaxReportedErrors syntax errors have been reported; ends parsing.
struct StopParsing {};

inline bool is_boolean_word(std::string_view word) { return word == "true" || word == "false"; }

// Cuts text to at most `max` bytes on a UTF-8 code point boundary, marking the cut with "...".
std::string shorten(std::string_view text, size_t max);

class Parser {
 public:
  Parser(std::string_view source, std::vector<Token> tokens, Diagnostics* diagnostics)
      : source_(source), tokens_(std::move(tokens)), diagnostics_(diagnostics) {
    compute_brace_depths();
  }

  ast::Policy parse();

 private:
  std::string_view source_;
  std::vector<Token> tokens_;
  std::vector<int> depth_before_;  // brace depth in front of each token
  Diagnostics* diagnostics_;
  ast::Policy policy_;
  size_t pos_ = 0;
  int nesting_ = 0;
  size_t errors_reported_ = 0;

  // ---------- tokens ----------

  const Token& peek(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  bool at(TokenKind kind, size_t ahead = 0) const { return peek(ahead).kind == kind; }
  bool at_word(std::string_view word, size_t ahead = 0) const {
    const Token& t = peek(ahead);
    return t.kind == TokenKind::Ident && t.text == word;
  }
  bool at_name(size_t ahead = 0) const { return at(TokenKind::Ident, ahead) && !is_reserved_word(peek(ahead).text); }
  const Token& take() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) pos_++;
    return t;
  }
  const Token& expect(TokenKind kind, const std::string& expected) {
    if (!at(kind)) fail(expected);
    return take();
  }
  std::string_view spelling(const Token& t) const { return source_.substr(t.begin, t.end - t.begin); }
  const Token& token_at(size_t i) const { return i < tokens_.size() ? tokens_[i] : tokens_.back(); }
  bool word_at(size_t i, std::string_view word) const {
    return token_at(i).kind == TokenKind::Ident && token_at(i).text == word;
  }
  void compute_brace_depths();
  // An identifier in name position (predicate, variable, type, relation, fixture).
  Name parse_name(const std::string& expected);

  // ---------- errors and recovery (parser_recovery.cpp) ----------

  void error(const char* code, SourcePos pos, std::string message);
  [[noreturn]] void fail_with(const char* code, SourcePos pos, std::string message);
  std::string unexpected(const Token& t) const;
  [[noreturn]] void fail(const std::string& expected);
  static std::string arithmetic_message(const std::string& op);
  std::string unsupported_message() const;
  void report_reserved(const Token& t);
  void recover(int level);
  void recover_top_level(size_t start);
  bool follows_block_header(size_t open) const;
  bool starts_top_level_item(size_t i) const;
  bool close_body();

  // Runs item loops of a `{ ... }` body whose '{' was just consumed.
  template <typename ParseItem>
  void parse_body(ParseItem parse_item) {
    int level = depth_before_[pos_];
    while (!close_body()) {
      size_t start = pos_;
      try {
        parse_item();
      } catch (const ParseAbort&) {
        recover(level);
      }
      if (pos_ == start && !at(TokenKind::RBrace)) take();  // always make progress
    }
  }

  // "(" item { "," item } ")": at least one item and no trailing comma (§2.5).
  template <typename ParseOne>
  void parse_arguments(ParseOne parse_one, const std::string& expected_item) {
    expect(TokenKind::LParen, "'('");
    if (at(TokenKind::RParen)) fail(expected_item);
    while (true) {
      parse_one();
      if (at(TokenKind::RParen)) {
        take();
        return;
      }
      expect(TokenKind::Comma, "',' or ')'");
      if (at(TokenKind::RParen))
        fail_with("P07", peek().pos, "Unexpected ')'; trailing commas are not allowed in argument lists.");
    }
  }

  // ---------- top level, rules and declare (parser.cpp) ----------

  void parse_top_level_item();
  void parse_rule();
  void parse_declare();

  // ---------- blocks (parser_blocks.cpp) ----------

  bool starts_block() const;
  void parse_block();
  void parse_global_block();
  void parse_block_item(ast::Block* block);
  ast::Declaration parse_declaration();
  void skip_single_value();
  void parse_declaration_list(ast::Declaration* decl);
  void parse_relation_map(ast::Declaration* decl);
  ast::Shorthand parse_shorthand();
  void parse_misplaced_shorthand();
  std::string statement_text(size_t first) const;

  // ---------- expressions (parser_expressions.cpp) ----------

  bool parse_shorthand_term(Expr* out);
  Name parse_relation();
  Expr parse_expression(bool shorthand);
  void parse_chain(bool shorthand, Expr::Kind kind, Expr* out);
  void parse_chain_operand(bool shorthand, Expr::Kind kind, Expr* out);
  void parse_unary(bool shorthand, Expr* out);
  void parse_primary(bool shorthand, Expr* out);
  void parse_atom(Expr* out);
  void reject_unsupported_keyword();
  void parse_call(Expr* out);

  // ---------- terms and literals (parser_terms.cpp) ----------

  Term parse_term(const std::string& expected);
  static Term literal_term(ast::Literal literal) { return Term::literal(std::move(literal.value), literal.pos); }
  void reject_call_as_value();
  ast::Param parse_param(const std::string& expected);
  ast::Literal parse_literal(const std::string& expected);
  ast::Literal parse_braced_literal();
  Value parse_typed_primitive(const std::string& type);
  Value parse_entity_id(const Name& type);
  std::vector<ast::Literal> parse_literal_list();

  // ---------- tests (parser_tests.cpp) ----------

  ast::Fact parse_fact(const std::string& expected);
  void parse_fixture();
  void parse_test();
  void parse_setup(ast::Test* test, bool after_assertion);
  ast::Assertion parse_assertion();
};

}  // namespace polar::syntax_detail
