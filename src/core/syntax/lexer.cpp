#include "syntax/lexer.hpp"

#include <cstdio>

#include "base/value.hpp"

namespace polar {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }
bool is_line_break(char c) { return c == '\n' || c == '\r'; }

// Length of the well-formed UTF-8 sequence starting at text[i] (1-4), or 0 if it
// is not one (stray continuation byte, truncation, overlong form, surrogate, > U+10FFFF).
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

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}

  LexResult run() {
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

 private:
  std::string_view src_;
  size_t i_ = 0;
  int line_ = 1;
  int col_ = 1;
  LexResult out_;
  size_t invalid_run_end_ = std::string_view::npos;  // just past the last invalid byte reported

  bool at_end() const { return i_ >= src_.size(); }
  char peek(size_t ahead = 0) const { return i_ + ahead < src_.size() ? src_[i_ + ahead] : '\0'; }
  SourcePos here() const { return {line_, col_}; }

  void skip_byte_order_mark() {
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
  }

  // Advances over one code point (or one invalid byte), keeping line and column.
  // CRLF, LF and a lone CR are each one line break.
  void advance() {
    char c = peek();
    if (c == '\r' && peek(1) == '\n') {
      i_ += 2;
      new_line();
    } else if (is_line_break(c)) {
      i_ += 1;
      new_line();
    } else {
      uint32_t cp = 0;
      int length = utf8_sequence_length(src_, i_, &cp);
      i_ += length > 0 ? length : 1;
      col_ += 1;
    }
  }
  void new_line() {
    line_ += 1;
    col_ = 1;
  }

  void error(const char* code, SourcePos pos, std::string message) {
    size_t reported = out_.diagnostics.items().size();
    if (reported > kMaxReportedErrors) return;
    if (reported == kMaxReportedErrors) {
      out_.diagnostics.error("P01", pos, "Too many errors; later lexical errors are not reported.");
      return;
    }
    out_.diagnostics.error(code, pos, std::move(message));
  }

  void skip_whitespace_and_comments() {
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
  std::string advance_checking_utf8() {
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
  void report_invalid_byte() {
    bool continues_run = i_ == invalid_run_end_;
    invalid_run_end_ = i_ + 1;
    if (continues_run) return;
    error("P01", here(),
          "Unexpected byte 0x" + hex(static_cast<unsigned char>(peek()), 2) + "; policy source must be valid UTF-8.");
  }

  Token& push(TokenKind kind, SourcePos pos, size_t begin, std::string text) {
    Token token;
    token.kind = kind;
    token.pos = pos;
    token.begin = begin;
    token.end = i_;
    token.text = std::move(text);
    out_.tokens.push_back(std::move(token));
    return out_.tokens.back();
  }

  bool previous_token_ends_operand() const { return !out_.tokens.empty() && ends_operand(out_.tokens.back().kind); }

  void lex_token() {
    char c = peek();
    if (is_ident_start(c)) return lex_identifier();
    if (is_digit(c) || (c == '-' && is_digit(peek(1)))) return lex_number();
    // A '+' that starts a literal is a malformed integer (P04); after an operand it is arithmetic (P09).
    if (c == '+' && is_digit(peek(1)) && !previous_token_ends_operand()) return lex_number();
    if (c == '"') return lex_string();
    if (c == '@') return lex_constant();
    lex_punctuation();
  }

  void lex_identifier() {
    SourcePos pos = here();
    size_t begin = i_;
    while (is_ident_char(peek())) advance();
    push(TokenKind::Ident, pos, begin, std::string(src_.substr(begin, i_ - begin)));
  }

  // Consumes everything that could belong to a number-like spelling so that it is
  // reported as a whole: 1.5, 1e-3, 0x1F, 1_000, 12abc.
  void lex_number() {
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
  int64_t integer_value(const std::string& spelling, SourcePos pos) {
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

  void lex_string() {
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
  void lex_escape(std::string* contents) {
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

  void lex_constant() {
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

  void lex_punctuation() {
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
  void lex_unexpected_character() {
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
};

}  // namespace

LexResult lex(std::string_view source) { return Lexer(source).run(); }

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
