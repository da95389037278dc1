#include "syntax/ast_print.hpp"

namespace polar {

namespace {

std::string quote(const std::string& s) { return Value::string(s).polar_literal(); }

std::string join_terms(const std::vector<ast::Term>& terms) {
  std::string out;
  for (size_t i = 0; i < terms.size(); i++) out += (i ? ", " : "") + to_polar(terms[i]);
  return out;
}

// Parenthesise an operand whose operator binds looser than its parent's.
std::string operand(const ast::Expr& child, ast::Expr::Kind parent) {
  bool needs =
      (parent == ast::Expr::Kind::And && child.kind == ast::Expr::Kind::Or) ||
      (parent == ast::Expr::Kind::Not && (child.kind == ast::Expr::Kind::And || child.kind == ast::Expr::Kind::Or));
  return needs ? "(" + to_polar(child) + ")" : to_polar(child);
}

}  // namespace

const char* to_polar(ast::CompareOp op) {
  switch (op) {
    case ast::CompareOp::Eq:
      return "=";
    case ast::CompareOp::Ne:
      return "!=";
    case ast::CompareOp::Lt:
      return "<";
    case ast::CompareOp::Le:
      return "<=";
    case ast::CompareOp::Gt:
      return ">";
    case ast::CompareOp::Ge:
      return ">=";
  }
  return "?";
}

std::string to_polar(const ast::Term& t) {
  switch (t.kind) {
    case ast::Term::Kind::Variable:
      return t.name;
    case ast::Term::Kind::Wildcard:
      return "_";
    case ast::Term::Kind::Literal:
      return t.value.polar_literal();
    case ast::Term::Kind::Constant:
      return "@" + t.name;
  }
  return "?";
}

std::string to_polar(const ast::Param& p) {
  std::string out = to_polar(p.term);
  if (p.type) out += ": " + p.type->text;
  return out;
}

std::string to_polar(const ast::Expr& e) {
  using K = ast::Expr::Kind;
  switch (e.kind) {
    case K::And:
    case K::Or: {
      std::string out;
      for (size_t i = 0; i < e.operands.size(); i++)
        out += (i ? (e.kind == K::And ? " and " : " or ") : "") + operand(e.operands[i], e.kind);
      return out;
    }
    case K::Not:
      return "not " + (e.operands.empty() ? std::string("?") : operand(e.operands[0], K::Not));
    case K::Call:
      return e.name.text + "(" + join_terms(e.args) + ")";
    case K::Compare:
      return to_polar(e.lhs) + " " + to_polar(e.op) + " " + to_polar(e.rhs);
    case K::Matches:
      return to_polar(e.lhs) + " matches " + e.type.text;
    case K::In: {
      std::string out = to_polar(e.lhs) + " in [";
      for (size_t i = 0; i < e.list.size(); i++) out += (i ? ", " : "") + e.list[i].value.polar_literal();
      return out + "]";
    }
    case K::ShRole:
      return quote(e.term.text) + (e.relation ? " on " + quote(e.relation->text) : "");
    case K::ShVarOn:
      return e.term.text + " on " + (e.relation ? quote(e.relation->text) : "?");
    case K::ShGlobal:
      return "global " + quote(e.term.text);
  }
  return "?";
}

std::string to_polar(const ast::Shorthand& s) {
  return (s.variable_head ? s.head.text : quote(s.head.text)) + " if " + to_polar(s.body);
}

std::string to_polar_head(const ast::Rule& r) {
  std::string out = r.name.text + "(";
  for (size_t i = 0; i < r.params.size(); i++) out += (i ? ", " : "") + to_polar(r.params[i]);
  return out + ")";
}

}  // namespace polar
