// Recursive descent over the grammar of polar-language.md §3.1.
//
// Errors: every syntax error is reported once and then a ParseAbort unwinds to the
// innermost item loop (top level, block, test, setup or fixture), which skips to the
// next ';' or '}' at its own brace depth and carries on (§12). Brace depths are
// precomputed per token, so recovery never depends on how far the failed item got.
#include "syntax/parser.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "syntax/lexer.hpp"

namespace polar {

namespace {

using ast::Expr;
using ast::Name;
using ast::Term;

// Parentheses and `not` may nest this deep; beyond it the expression is a syntax error
// (keeps the recursion, and the stack, bounded on hostile input).
constexpr int kMaxNestingDepth = 200;
constexpr size_t kMaxQuotedLength = 40;
constexpr size_t kMaxStatementQuoteLength = 80;
constexpr const char* kTopLevelExpected = "a block, rule, declare or test";
constexpr const char* kStoreAsFact = "Store the value as a fact, e.g. has_owner(repo, user).";

// Thrown after a syntax error has been reported; caught by the item loop that resumes parsing.
struct ParseAbort {};

// Thrown once kMaxReportedErrors syntax errors have been reported; ends parsing.
struct StopParsing {};

bool is_comparison(TokenKind kind) {
  return kind == TokenKind::Eq || kind == TokenKind::Ne || kind == TokenKind::Lt || kind == TokenKind::Le ||
         kind == TokenKind::Gt || kind == TokenKind::Ge;
}

ast::CompareOp comparison_op(TokenKind kind) {
  switch (kind) {
    case TokenKind::Ne:
      return ast::CompareOp::Ne;
    case TokenKind::Lt:
      return ast::CompareOp::Lt;
    case TokenKind::Le:
      return ast::CompareOp::Le;
    case TokenKind::Gt:
      return ast::CompareOp::Gt;
    case TokenKind::Ge:
      return ast::CompareOp::Ge;
    default:
      return ast::CompareOp::Eq;
  }
}

bool ends_operand(TokenKind kind) {
  return kind == TokenKind::Ident || kind == TokenKind::String || kind == TokenKind::Integer ||
         kind == TokenKind::Constant || kind == TokenKind::RParen || kind == TokenKind::RBrace ||
         kind == TokenKind::RBracket;
}

bool can_start_term(TokenKind kind) {
  return kind == TokenKind::Ident || kind == TokenKind::String || kind == TokenKind::Integer ||
         kind == TokenKind::Constant || kind == TokenKind::LBrace;
}

bool is_boolean_word(std::string_view word) { return word == "true" || word == "false"; }

bool is_typed_primitive(std::string_view type) {
  return type == kStringType || type == kIntegerType || type == kBooleanType;
}

// Cuts text to at most `max` bytes on a UTF-8 code point boundary, marking the cut with "...".
std::string shorten(std::string_view text, size_t max) {
  if (text.size() <= max) return std::string(text);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) cut--;
  return std::string(text.substr(0, cut)) + "...";
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

ast::DeclKind declaration_kind(std::string_view keyword) {
  if (keyword == "roles") return ast::DeclKind::Roles;
  if (keyword == "permissions") return ast::DeclKind::Permissions;
  if (keyword == "relations") return ast::DeclKind::Relations;
  return ast::DeclKind::Unknown;
}

class Parser {
 public:
  Parser(std::string_view source, std::vector<Token> tokens, Diagnostics* diagnostics)
      : source_(source), tokens_(std::move(tokens)), diagnostics_(diagnostics) {
    compute_brace_depths();
  }

  ast::Policy parse() {
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

  void compute_brace_depths() {
    depth_before_.reserve(tokens_.size());
    int depth = 0;
    for (const Token& t : tokens_) {
      depth_before_.push_back(depth);
      if (t.kind == TokenKind::LBrace) depth++;
      if (t.kind == TokenKind::RBrace && depth > 0) depth--;
    }
  }

  // ---------- errors ----------

  void error(const char* code, SourcePos pos, std::string message) {
    if (errors_reported_ == kMaxReportedErrors) {
      diagnostics_->error("P07", pos, "Too many errors; the rest of the policy was not checked.");
      throw StopParsing{};
    }
    errors_reported_++;
    diagnostics_->error(code, pos, std::move(message));
  }

  [[noreturn]] void fail_with(const char* code, SourcePos pos, std::string message) {
    error(code, pos, std::move(message));
    throw ParseAbort{};
  }

  std::string unexpected(const Token& t) const {
    if (t.kind == TokenKind::End) return "Unexpected end of input";
    if (t.kind == TokenKind::String) return "Unexpected string " + shorten(spelling(t), kMaxQuotedLength);
    return "Unexpected '" + shorten(spelling(t), kMaxQuotedLength) + "'";
  }

  // Reports the current token as a syntax error (P07), or as unsupported syntax (P09)
  // when it is one of the tokens the language rejects, and abandons the item.
  [[noreturn]] void fail(const std::string& expected) {
    const Token& t = peek();
    if (t.kind == TokenKind::Invalid) throw ParseAbort{};  // the lexer reported it
    if (t.kind == TokenKind::Unsupported) fail_with("P09", t.pos, unsupported_message());
    if (t.kind == TokenKind::Integer && t.text[0] == '-' && pos_ > 0 && ends_operand(tokens_[pos_ - 1].kind))
      fail_with("P09", t.pos, arithmetic_message("-"));
    fail_with("P07", t.pos, unexpected(t) + "; expected " + expected + ".");
  }

  static std::string arithmetic_message(const std::string& op) {
    return "Unsupported syntax: arithmetic ('" + op +
           "') is not part of this language. Compute the value in the application and store it as a fact.";
  }

  std::string unsupported_message() const {
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
      if (!after_ident || next.kind != TokenKind::Ident)
        return "Unsupported syntax: '::' is not part of this language.";
      return "Unsupported syntax: namespaced name '" + previous->text + "::" + next.text +
             "' is not supported. Use a plain type name such as " + previous->text + next.text + ".";
    }
    if (op == "!")
      return "Unsupported syntax: '!' is not an operator. Use 'not' to negate a fact or '!=' for inequality.";
    if (op == "==") return "Unsupported syntax: '==' is not an operator. Use '=' for equality.";
    return "Unsupported syntax: '" + op + "' is not part of this language.";
  }

  void report_reserved(const Token& t) {
    error("P08", t.pos, "'" + t.text + "' is a reserved word and cannot be used as a name.");
  }

  // An identifier in name position (predicate, variable, type, relation, fixture).
  Name parse_name(const std::string& expected) {
    const Token& t = peek();
    if (t.kind != TokenKind::Ident) fail(expected);
    if (is_reserved_word(t.text)) report_reserved(t);
    take();
    return {t.text, t.pos};
  }

  // ---------- recovery ----------

  // Inside a block, test, setup or fixture whose items sit at brace depth `level`:
  // skips past the next ';' of this level, or up to the '}' that closes it.
  void recover(int level) {
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
  void recover_top_level(size_t start) {
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

  const Token& token_at(size_t i) const { return i < tokens_.size() ? tokens_[i] : tokens_.back(); }
  bool word_at(size_t i, std::string_view word) const {
    return token_at(i).kind == TokenKind::Ident && token_at(i).text == word;
  }

  // The '{' at `open` comes after two words (`entity Foo {`) or a string (`test "x" {`),
  // unlike an entity literal (`(Repo{`) or a dictionary (`= {`).
  bool follows_block_header(size_t open) const {
    if (open == 0) return false;
    const Token& before = tokens_[open - 1];
    if (before.kind == TokenKind::String) return true;
    return before.kind == TokenKind::Ident && open >= 2 && tokens_[open - 2].kind == TokenKind::Ident;
  }

  // The unmistakable starts of top-level items, used to stop skipping and to end unclosed bodies.
  bool starts_top_level_item(size_t i) const {
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

  // Consumes the closing '}', or reports a missing one (end of input, or the next top-level item).
  bool close_body() {
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

  // ---------- top level ----------

  void parse_top_level_item() {
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

  // `actor`/`resource` followed by a type name (§3.3 rule 1).
  bool starts_block() const {
    if (!at_word("actor") && !at_word("resource")) return false;
    if (at_name(1)) return true;
    return at(TokenKind::Ident, 1) && (at(TokenKind::LBrace, 2) || at_word("extends", 2));
  }

  void parse_block() {
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

  void parse_global_block() {
    ast::Block block;
    block.kind = ast::Block::Kind::Global;
    block.pos = take().pos;
    take();  // '{'
    parse_body([&] { parse_block_item(&block); });
    policy_.blocks.push_back(std::move(block));
  }

  void parse_block_item(ast::Block* block) {
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

  // ---------- declarations ----------

  ast::Declaration parse_declaration() {
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

  void skip_single_value() {
    if (at(TokenKind::Ident) && at(TokenKind::LBrace, 1)) {
      parse_literal("a value");
    } else {
      take();
    }
  }

  // `[ "a", "b", ]`: strings are kept, other entries only by position (B05).
  void parse_declaration_list(ast::Declaration* decl) {
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
  void parse_relation_map(ast::Declaration* decl) {
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

  // ---------- shorthand rules ----------

  ast::Shorthand parse_shorthand() {
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
  void parse_misplaced_shorthand() {
    error("P12", peek().pos,
          "Shorthand rule " + statement_text(pos_) + " must be inside an actor, resource or global block.");
    parse_shorthand();
  }

  // The source of the statement starting at token `first`, up to its ';' or '}'.
  std::string statement_text(size_t first) const {
    size_t last = first;
    while (last + 1 < tokens_.size() && tokens_[last + 1].kind != TokenKind::Semicolon &&
           tokens_[last + 1].kind != TokenKind::RBrace && tokens_[last + 1].kind != TokenKind::End)
      last++;
    size_t begin = tokens_[first].begin;
    return shorten(collapse_whitespace(source_.substr(begin, tokens_[last].end - begin)), kMaxStatementQuoteLength);
  }

  // The shorthand-only primaries of §3.1 `sh_primary`, written into the fresh `*out`;
  // false (nothing consumed) when the tokens form an ordinary atom instead.
  bool parse_shorthand_term(Expr* out) {
    const Token& t = peek();
    out->pos = t.pos;
    if (t.kind == TokenKind::String) {
      // A string followed by a comparison operator or `in` starts a comparison (§3.3 rule 3).
      if (is_comparison(peek(1).kind) || at_word("in", 1)) return false;
      take();
      out->kind = Expr::Kind::ShRole;
      out->term = {t.text, t.pos};
      if (at_word("on") || (at_name() && at(TokenKind::String, 1))) {
        out->op_pos = peek().pos;
        out->relation = parse_relation();
      }
      return true;
    }
    if (at_word("global") && at(TokenKind::String, 1)) {
      take();
      const Token& term = take();
      out->kind = Expr::Kind::ShGlobal;
      out->term = {term.text, term.pos};
      return true;
    }
    if (at_name() && (at_word("on", 1) || (at_name(1) && at(TokenKind::String, 2)))) {
      take();
      out->kind = Expr::Kind::ShVarOn;
      out->term = {t.text, t.pos};
      out->op_pos = peek().pos;
      out->relation = parse_relation();
      return true;
    }
    return false;
  }

  // `on "relation"`; another word in place of `on` is P11 and is read as `on`.
  Name parse_relation() {
    const Token& keyword = take();
    if (keyword.text != "on")
      error("P11", keyword.pos, "Unexpected relation keyword '" + keyword.text + "'. Did you mean 'on'?");
    const Token& relation = expect(TokenKind::String, "a relation name string, e.g. \"parent\"");
    return {relation.text, relation.pos};
  }

  // ---------- expressions ----------
  //
  // The recursive functions write into a default-constructed `*out` instead of returning an
  // Expr, and keep operands on the heap, so that each nesting level costs little stack.

  Expr parse_expression(bool shorthand) {
    Expr expr;
    parse_chain(shorthand, Expr::Kind::Or, &expr);
    return expr;
  }

  // expr = conj { "or" conj }; conj = unary { "and" unary } (shorthand: sh_expr, sh_conj).
  // A left-associative chain is flattened into a single node with two or more operands.
  void parse_chain(bool shorthand, Expr::Kind kind, Expr* out) {
    std::string_view op = kind == Expr::Kind::Or ? "or" : "and";
    SourcePos start = peek().pos;
    std::vector<Expr> operands(1);
    parse_chain_operand(shorthand, kind, &operands[0]);
    while (at_word(op)) {
      take();
      operands.emplace_back();
      parse_chain_operand(shorthand, kind, &operands.back());
    }
    if (operands.size() == 1) {
      *out = std::move(operands[0]);
      return;
    }
    out->kind = kind;
    out->pos = start;
    out->operands = std::move(operands);
  }

  void parse_chain_operand(bool shorthand, Expr::Kind kind, Expr* out) {
    if (kind == Expr::Kind::Or) return parse_chain(shorthand, Expr::Kind::And, out);
    parse_unary(shorthand, out);
  }

  // unary = [ "not" ] primary; `not` may precede any primary, the validator restricts it (§7.4).
  void parse_unary(bool shorthand, Expr* out) {
    if (nesting_ >= kMaxNestingDepth)
      fail_with("P07", peek().pos,
                "Expression nested too deeply; at most " + std::to_string(kMaxNestingDepth) +
                    " levels of parentheses and 'not' are allowed.");
    nesting_++;
    struct Leave {
      int* nesting;
      ~Leave() { --*nesting; }
    } leave{&nesting_};
    if (!at_word("not")) return parse_primary(shorthand, out);
    out->kind = Expr::Kind::Not;
    out->pos = take().pos;
    out->operands.emplace_back();
    parse_unary(shorthand, &out->operands.back());
  }

  // primary = atom | "(" expr ")"   (shorthand: sh_primary)
  void parse_primary(bool shorthand, Expr* out) {
    if (at(TokenKind::LParen)) {
      take();
      parse_chain(shorthand, Expr::Kind::Or, out);
      expect(TokenKind::RParen, "')' or 'and'");
      return;
    }
    if (shorthand && parse_shorthand_term(out)) return;
    parse_atom(out);
  }

  // atom = call | comparison | type_check | membership
  void parse_atom(Expr* out) {
    const Token& t = peek();
    if (t.kind == TokenKind::Ident) {
      if (at(TokenKind::LParen, 1)) return parse_call(out);
      reject_unsupported_keyword();
      if (is_reserved_word(t.text) && !is_boolean_word(t.text)) fail("a condition");
    } else if (!can_start_term(t.kind)) {
      fail("a condition");
    }
    out->pos = t.pos;
    out->lhs = parse_term("a condition");
    if (is_comparison(peek().kind)) {
      out->kind = Expr::Kind::Compare;
      out->op_pos = peek().pos;
      out->op = comparison_op(take().kind);
      out->rhs = parse_term("a term");
    } else if (at_word("in")) {
      take();
      out->kind = Expr::Kind::In;
      out->list = parse_literal_list();
    } else if (at_word("matches")) {
      take();
      out->kind = Expr::Kind::Matches;
      out->type = parse_name("a type name");
    } else if (at_word("isa")) {
      fail_with("P09", peek().pos,
                "Unsupported syntax: 'isa' is not part of this language. Use 'x matches Type' instead.");
    } else {
      fail(out->lhs.kind == Term::Kind::Variable ? "'(', a comparison operator, 'in' or 'matches'"
                                                 : "a comparison operator, 'in' or 'matches'");
    }
    if (is_comparison(peek().kind) || at_word("in") || at_word("matches"))
      fail_with("P07", peek().pos, unexpected(peek()) + "; comparisons do not chain. Combine them with 'and'.");
  }

  // Words of other Polar dialects that this language rejects (§7.5).
  void reject_unsupported_keyword() {
    const Token& t = peek();
    if (t.text == "cut")
      fail_with("P09", t.pos,
                "Unsupported syntax: 'cut' is not part of this language; the order of rules never changes an answer.");
    if (t.text == "new" && at(TokenKind::Ident, 1))
      fail_with("P09", t.pos,
                "Unsupported syntax: 'new' is not part of this language. Write entity values as literals, e.g. "
                "User{\"alice\"}.");
  }

  void parse_call(Expr* out) {
    const Token& t = peek();
    if (t.text == "forall")
      fail_with("P09", t.pos,
                "Unsupported syntax: 'forall' is not part of this language. Express the condition with facts and "
                "'not' instead.");
    if (t.text == "print" || t.text == "debug")
      fail_with("P09", t.pos,
                "Unsupported syntax: '" + t.text +
                    "' is not part of this language. Use policy tests to check what a rule derives.");
    out->kind = Expr::Kind::Call;
    out->pos = t.pos;
    out->name = parse_name("a predicate name");
    parse_arguments([&] { out->args.push_back(parse_term("a term")); }, "an argument");
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

  // ---------- terms and literals ----------

  // term = VAR | "_" | literal | CONSTANT
  Term parse_term(const std::string& expected) {
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

  static Term literal_term(ast::Literal literal) { return Term::literal(std::move(literal.value), literal.pos); }

  void reject_call_as_value() {
    if (!at(TokenKind::LParen, 1)) return;
    take();
    fail_with("P07", peek().pos, "Unexpected '('; a call cannot be used as a value.");
  }

  // param = VAR [":" TYPE] | "_" [":" TYPE] | literal; also assertion arguments.
  // A constant is kept as written: the validator reports it outside rule bodies (R12).
  ast::Param parse_param(const std::string& expected) {
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
  ast::Literal parse_literal(const std::string& expected) {
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
  ast::Literal parse_braced_literal() {
    Name type = parse_name("a type name");
    take();  // '{'
    ast::Literal literal{{}, type.pos};
    literal.value = is_typed_primitive(type.text) ? parse_typed_primitive(type.text) : parse_entity_id(type);
    expect(TokenKind::RBrace, "'}'");
    return literal;
  }

  Value parse_typed_primitive(const std::string& type) {
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
  Value parse_entity_id(const Name& type) {
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
  std::vector<ast::Literal> parse_literal_list() {
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

  // ---------- rules and declare ----------

  // rule = NAME "(" param { "," param } ")" [ "if" expr ] ";"
  void parse_rule() {
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
  void parse_declare() {
    ast::Declare declare;
    declare.pos = take().pos;
    declare.name = parse_name("a predicate name");
    parse_arguments([&] { declare.types.push_back(parse_name("a type name")); }, "a type name");
    expect(TokenKind::Semicolon, "';'");
    policy_.declares.push_back(std::move(declare));
  }

  // ---------- tests ----------

  // fact = NAME "(" term { "," term } ")" ";"  (terms, not just literals: the validator reports T05)
  ast::Fact parse_fact(const std::string& expected) {
    ast::Fact fact;
    fact.pos = peek().pos;
    fact.name = parse_name(expected);
    parse_arguments([&] { fact.args.push_back(parse_term("a value")); }, "a value");
    expect(TokenKind::Semicolon, "';'");
    return fact;
  }

  // test_fixture = "test" "fixture" IDENT "{" { fact } "}"
  void parse_fixture() {
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
  void parse_test() {
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
  void parse_setup(ast::Test* test, bool after_assertion) {
    const Token& keyword = take();
    if (test->has_setup || after_assertion)
      error("T04", keyword.pos,
            "'setup' must come first in test \"" + test->name.text + "\" and may appear only once.");
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
  ast::Assertion parse_assertion() {
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
};

}  // namespace

ParseResult parse_policy(std::string_view source) {
  LexResult lexed = lex(source);
  Diagnostics found = lexed.diagnostics;
  ParseResult result;
  result.policy = Parser(source, std::move(lexed.tokens), &found).parse();
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
