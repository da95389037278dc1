// Polar source -> tokens: the token loop, whitespace and comments, UTF-8 checks, identifiers and
// punctuation. The Lexer: lexer_internal.hpp; literals: lexer_literals.cpp.
#include "syntax/lexer.hpp"

#include <cstdio>

#include "syntax/lexer_internal.hpp"

namespace polar {

namespace syntax_detail {

namespace {

std::string hex(uint32_t value, int digits) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%0*X", digits, static_cast<unsigned>(value));
  return buffer;
}

// "'$'" for printable ASCII, "'é' (U+00E9)" for other characters, "U+0007" for controls.
std::string describe_character(std::string_view spelling, uint32_t code_point) {
  if (code_point >= 0x21 && code_point < 0x7F) return "'" + std::string(spelling) + "'";
  if (code_point < 0x20 || code_point == 0x7F || (code_point >= 0x80 && code_point < 0xA0))
    return "U+" + hex(code_point, 4);
  return "'" + std::string(spelling) + "' (U+" + hex(code_point, 4) + ")";
}

}  // namespace

int utf8_sequence_length(std::string_view text, size_t i, uint32_t* code_point) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  int length = 0;
  uint32_t cp = 0;
  uint32_t min = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2, cp = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, cp = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, cp = lead & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (int k = 1; k < length; k++) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *code_point = cp;
  return length;
}

LexResult Lexer::run() {
  skip_byte_order_mark();
  while (true) {
    skip_whitespace_and_comments();
    if (at_end()) break;
    lex_token();
  }
  Token end;
  end.kind = TokenKind::End;
  end.pos = here();
  end.begin = end.end = i_;
  out_.tokens.push_back(end);
  return std::move(out_);
}

void Lexer::skip_byte_order_mark() {
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
}

void Lexer::error(const char* code, SourcePos pos, std::string message) {
  size_t reported = out_.diagnostics.items().size();
  if (reported > kMaxReportedErrors) return;
  if (reported == kMaxReportedErrors) {
    out_.diagnostics.error("P01", pos, "Too many errors; later lexical errors are not reported.");
    return;
  }
  out_.diagnostics.error(code, pos, std::move(message));
}

void Lexer::skip_whitespace_and_comments() {
  while (!at_end()) {
    char c = peek();
    if (c == ' ' || c == '\t' || is_line_break(c)) {
      advance();
    } else if (c == '#') {
      while (!at_end() && !is_line_break(peek())) advance_checking_utf8();
    } else {
      return;
    }
  }
}

// Advances over one code point of a comment or string, reporting bytes that are not UTF-8 (P01).
// Returns the code point's bytes, or U+FFFD for an invalid byte.
std::string Lexer::advance_checking_utf8() {
  uint32_t cp = 0;
  int length = utf8_sequence_length(src_, i_, &cp);
  if (length == 0) {
    report_invalid_byte();
    advance();
    return "\xEF\xBF\xBD";
  }
  std::string bytes(src_.substr(i_, length));
  advance();
  return bytes;
}

// One report per run of invalid bytes.
void Lexer::report_invalid_byte() {
  bool continues_run = i_ == invalid_run_end_;
  invalid_run_end_ = i_ + 1;
  if (continues_run) return;
  error("P01", here(),
        "Unexpected byte 0x" + hex(static_cast<unsigned char>(peek()), 2) + "; policy source must be valid UTF-8.");
}

Token& Lexer::push(TokenKind kind, SourcePos pos, size_t begin, std::string text) {
  Token token;
  token.kind = kind;
  token.pos = pos;
  token.begin = begin;
  token.end = i_;
  token.text = std::move(text);
  out_.tokens.push_back(std::move(token));
  return out_.tokens.back();
}

void Lexer::lex_token() {
  char c = peek();
  if (is_ident_start(c)) return lex_identifier();
  if (is_digit(c) || (c == '-' && is_digit(peek(1)))) return lex_number();
  // A '+' that starts a literal is a malformed integer (P04); after an operand it is arithmetic (P09).
  if (c == '+' && is_digit(peek(1)) && !previous_token_ends_operand()) return lex_number();
  if (c == '"') return lex_string();
  if (c == '@') return lex_constant();
  lex_punctuation();
}

void Lexer::lex_identifier() {
  SourcePos pos = here();
  size_t begin = i_;
  while (is_ident_char(peek())) advance();
  push(TokenKind::Ident, pos, begin, std::string(src_.substr(begin, i_ - begin)));
}

void Lexer::lex_punctuation() {
  SourcePos pos = here();
  size_t begin = i_;
  TokenKind kind = TokenKind::Unsupported;
  int length = 1;
  switch (peek()) {
    case '(':
      kind = TokenKind::LParen;
      break;
    case ')':
      kind = TokenKind::RParen;
      break;
    case '{':
      kind = TokenKind::LBrace;
      break;
    case '}':
      kind = TokenKind::RBrace;
      break;
    case '[':
      kind = TokenKind::LBracket;
      break;
    case ']':
      kind = TokenKind::RBracket;
      break;
    case ',':
      kind = TokenKind::Comma;
      break;
    case ';':
      kind = TokenKind::Semicolon;
      break;
    case ':':
      if (peek(1) == ':')
        length = 2;  // `::` namespaced names are unsupported
      else
        kind = TokenKind::Colon;
      break;
    case '=':
      if (peek(1) == '=')
        length = 2;  // `==` is unsupported
      else
        kind = TokenKind::Eq;
      break;
    case '!':
      if (peek(1) == '=') kind = TokenKind::Ne, length = 2;
      break;
    case '<':
      kind = peek(1) == '=' ? (length = 2, TokenKind::Le) : TokenKind::Lt;
      break;
    case '>':
      kind = peek(1) == '=' ? (length = 2, TokenKind::Ge) : TokenKind::Gt;
      break;
    case '?':
      if (peek(1) == '=') length = 2;  // inline query `?=`
      break;
    case '.':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      break;
    default:
      return lex_unexpected_character();
  }
  for (int k = 0; k < length; k++) advance();
  push(kind, pos, begin, std::string(src_.substr(begin, i_ - begin)));
}

// P01, once for a run of adjacent unexpected characters.
void Lexer::lex_unexpected_character() {
  SourcePos pos = here();
  size_t begin = i_;
  uint32_t cp = 0;
  int length = utf8_sequence_length(src_, i_, &cp);
  bool continues_run =
      !out_.tokens.empty() && out_.tokens.back().kind == TokenKind::Invalid && out_.tokens.back().end == begin;
  if (!continues_run) {
    if (length == 0) {
      report_invalid_byte();
    } else {
      error("P01", pos, "Unexpected character " + describe_character(src_.substr(i_, length), cp) + ".");
    }
  }
  advance();
  if (continues_run) {
    out_.tokens.back().end = i_;
    out_.tokens.back().text.append(src_.substr(begin, i_ - begin));
    return;
  }
  push(TokenKind::Invalid, pos, begin, std::string(src_.substr(begin, i_ - begin)));
}

}  // namespace syntax_detail

LexResult lex(std::string_view source) { return syntax_detail::Lexer(source).run(); }

bool ends_operand(TokenKind kind) {
  switch (kind) {
    case TokenKind::Ident:
    case TokenKind::String:
    case TokenKind::Integer:
    case TokenKind::Constant:
    case TokenKind::RParen:
    case TokenKind::RBrace:
    case TokenKind::RBracket:
      return true;
    default:
      return false;
  }
}

bool is_reserved_word(std::string_view word) {
  static constexpr std::string_view kReserved[] = {"and", "or", "not", "if",   "matches",
                                                   "in",  "on", "iff", "true", "false"};
  for (std::string_view reserved : kReserved)
    if (word == reserved) return true;
  return false;
}

std::string_view token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::Ident:
      return "Ident";
    case TokenKind::String:
      return "String";
    case TokenKind::Integer:
      return "Integer";
    case TokenKind::Constant:
      return "Constant";
    case TokenKind::LParen:
      return "LParen";
    case TokenKind::RParen:
      return "RParen";
    case TokenKind::LBrace:
      return "LBrace";
    case TokenKind::RBrace:
      return "RBrace";
    case TokenKind::LBracket:
      return "LBracket";
    case TokenKind::RBracket:
      return "RBracket";
    case TokenKind::Comma:
      return "Comma";
    case TokenKind::Semicolon:
      return "Semicolon";
    case TokenKind::Colon:
      return "Colon";
    case TokenKind::Eq:
      return "Eq";
    case TokenKind::Ne:
      return "Ne";
    case TokenKind::Lt:
      return "Lt";
    case TokenKind::Le:
      return "Le";
    case TokenKind::Gt:
      return "Gt";
    case TokenKind::Ge:
      return "Ge";
    case TokenKind::Unsupported:
      return "Unsupported";
    case TokenKind::Invalid:
      return "Invalid";
    case TokenKind::End:
      return "End";
  }
  return "?";
}

}  // namespace polar
