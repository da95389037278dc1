// Literals: integers (with the P04/P05 errors of malformed and floating-point spellings),
// strings with their escapes (P02, P03), and `@constants` (P06).
#include <string>

#include "base/value.hpp"
#include "syntax/lexer_internal.hpp"

namespace polar::syntax_detail {

namespace {

// "0007" -> "7", "-00" -> "0": the literal the user probably meant.
std::string without_leading_zeros(std::string_view sign, std::string_view digits) {
  size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "0";
  return std::string(sign == "-" ? "-" : "") + std::string(digits.substr(first));
}

// digits ['.' digits] [('e'|'E') ['+'|'-'] digits], with a fraction or an exponent.
bool looks_like_float(std::string_view body) {
  size_t i = 0;
  auto digits = [&] {
    size_t start = i;
    while (i < body.size() && is_digit(body[i])) i++;
    return i > start;
  };
  if (!digits()) return false;
  bool fraction_or_exponent = false;
  if (i < body.size() && body[i] == '.') {
    i++;
    if (!digits()) return false;
    fraction_or_exponent = true;
  }
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    i++;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) i++;
    if (!digits()) return false;
    fraction_or_exponent = true;
  }
  return fraction_or_exponent && i == body.size();
}

}  // namespace

// Consumes everything that could belong to a number-like spelling so that it is
// reported as a whole: 1.5, 1e-3, 0x1F, 1_000, 12abc.
void Lexer::lex_number() {
  SourcePos pos = here();
  size_t begin = i_;
  if (peek() == '-' || peek() == '+') advance();
  while (true) {
    char c = peek();
    if (is_ident_char(c)) {
      advance();
    } else if (c == '.' && is_digit(peek(1))) {
      advance();
    } else if ((c == '+' || c == '-') && (src_[i_ - 1] == 'e' || src_[i_ - 1] == 'E') && is_digit(peek(1))) {
      advance();
    } else {
      break;
    }
  }
  std::string spelling(src_.substr(begin, i_ - begin));
  Token& token = push(TokenKind::Integer, pos, begin, spelling);
  token.integer = integer_value(spelling, pos);
}

// The value of an integer spelling, or 0 after reporting P04/P05.
int64_t Lexer::integer_value(const std::string& spelling, SourcePos pos) {
  std::string_view sign = (spelling[0] == '-' || spelling[0] == '+') ? std::string_view(spelling).substr(0, 1) : "";
  std::string_view body = std::string_view(spelling).substr(sign.size());
  if (looks_like_float(body) || body.find('.') != std::string_view::npos) {
    error("P05", pos, "Floating-point numbers are not supported: '" + spelling + "'.");
    return 0;
  }
  if (body.find_first_not_of("0123456789") != std::string_view::npos) {
    error("P04", pos,
          "Malformed integer literal '" + spelling +
              "'; integers are written as decimal digits with an optional '-', e.g. 42 or -3.");
    return 0;
  }
  std::string canonical = without_leading_zeros(sign, body);
  if (sign == "+") {
    error("P04", pos, "Integer literal '" + spelling + "' must not have a '+' sign; write " + canonical + ".");
  } else if (body.size() > 1 && body[0] == '0') {
    error("P04", pos, "Integer literal '" + spelling + "' has leading zeros; write " + canonical + ".");
  }
  int64_t value = 0;
  if (canonical == "0") return 0;  // also "-0", which parse_canonical_integer rejects
  if (!parse_canonical_integer(canonical, &value)) {
    error("P04", pos, "Integer literal " + spelling + " does not fit in a 64-bit Integer.");
    return 0;
  }
  return value;
}

void Lexer::lex_string() {
  SourcePos pos = here();
  size_t begin = i_;
  advance();  // opening quote
  std::string contents;
  while (true) {
    if (at_end() || is_line_break(peek())) {
      error("P02", pos, "Unterminated string literal; strings cannot contain line breaks.");
      push(TokenKind::Invalid, pos, begin, std::string(src_.substr(begin, i_ - begin)));
      return;
    }
    char c = peek();
    if (c == '"') break;
    if (c == '\\') {
      lex_escape(&contents);
    } else {
      contents += advance_checking_utf8();
    }
  }
  advance();  // closing quote
  push(TokenKind::String, pos, begin, std::move(contents));
}

// At a backslash inside a string. A backslash before a line break or the end is
// left for the caller, which reports the unterminated string (P02).
void Lexer::lex_escape(std::string* contents) {
  char next = peek(1);
  if (next == '"' || next == '\\') {
    advance();
    advance();
    *contents += next;
    return;
  }
  if (i_ + 1 >= src_.size() || is_line_break(next)) {
    advance();
    return;
  }
  SourcePos pos = here();
  advance();  // the backslash
  uint32_t cp = 0;
  int length = utf8_sequence_length(src_, i_, &cp);
  std::string escaped = length > 0 ? std::string(src_.substr(i_, length)) : "\xEF\xBF\xBD";
  error("P03", pos, "Invalid escape sequence '\\" + escaped + "' in string literal; only \\\" and \\\\ are allowed.");
  *contents += advance_checking_utf8();
}

void Lexer::lex_constant() {
  SourcePos pos = here();
  size_t begin = i_;
  if (!is_ident_start(peek(1))) return lex_unexpected_character();
  advance();  // '@'
  size_t name_begin = i_;
  while (is_ident_char(peek())) advance();
  std::string name(src_.substr(name_begin, i_ - name_begin));
  if (name != "current_unix_time")
    error("P06", pos, "Unknown constant '@" + name + "'. The only built-in constant is @current_unix_time.");
  push(TokenKind::Constant, pos, begin, std::move(name));
}

}  // namespace polar::syntax_detail
