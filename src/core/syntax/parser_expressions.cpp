// Rule and shorthand bodies: `or`/`and` chains, `not`, parentheses, and the atoms (calls,
// comparisons, `in`, `matches`, and the shorthand terms `"role" on "relation"`, `global "role"`).
//
// The recursive functions write into a default-constructed `*out` instead of returning an
// Expr, and keep operands on the heap, so that each nesting level costs little stack.
#include <string>
#include <vector>

#include "syntax/parser_internal.hpp"

namespace polar::syntax_detail {

namespace {

// Parentheses and `not` may nest this deep; beyond it the expression is a syntax error
// (keeps the recursion, and the stack, bounded on hostile input).
constexpr int kMaxNestingDepth = 200;

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

bool can_start_term(TokenKind kind) {
  return kind == TokenKind::Ident || kind == TokenKind::String || kind == TokenKind::Integer ||
         kind == TokenKind::Constant || kind == TokenKind::LBrace;
}

}  // namespace

// The shorthand-only primaries of §3.1 `sh_primary`, written into the fresh `*out`;
// false (nothing consumed) when the tokens form an ordinary atom instead.
bool Parser::parse_shorthand_term(Expr* out) {
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
Name Parser::parse_relation() {
  const Token& keyword = take();
  if (keyword.text != "on")
    error("P11", keyword.pos, "Unexpected relation keyword '" + keyword.text + "'. Did you mean 'on'?");
  const Token& relation = expect(TokenKind::String, "a relation name string, e.g. \"parent\"");
  return {relation.text, relation.pos};
}

Expr Parser::parse_expression(bool shorthand) {
  Expr expr;
  parse_chain(shorthand, Expr::Kind::Or, &expr);
  return expr;
}

// expr = conj { "or" conj }; conj = unary { "and" unary } (shorthand: sh_expr, sh_conj).
// A left-associative chain is flattened into a single node with two or more operands.
void Parser::parse_chain(bool shorthand, Expr::Kind kind, Expr* out) {
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

void Parser::parse_chain_operand(bool shorthand, Expr::Kind kind, Expr* out) {
  if (kind == Expr::Kind::Or) return parse_chain(shorthand, Expr::Kind::And, out);
  parse_unary(shorthand, out);
}

// unary = [ "not" ] primary; `not` may precede any primary, the validator restricts it (§7.4).
void Parser::parse_unary(bool shorthand, Expr* out) {
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
void Parser::parse_primary(bool shorthand, Expr* out) {
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
void Parser::parse_atom(Expr* out) {
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
void Parser::reject_unsupported_keyword() {
  const Token& t = peek();
  if (t.text == "cut")
    fail_with("P09", t.pos,
              "Unsupported syntax: 'cut' is not part of this language; the order of rules never changes an answer.");
  if (t.text == "new" && at(TokenKind::Ident, 1))
    fail_with("P09", t.pos,
              "Unsupported syntax: 'new' is not part of this language. Write entity values as literals, e.g. "
              "User{\"alice\"}.");
}

void Parser::parse_call(Expr* out) {
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

}  // namespace polar::syntax_detail
