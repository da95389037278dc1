// Internal to the lexer: the Lexer, shared by its units. lexer.cpp: the token loop, whitespace
// and comments, UTF-8 checks, identifiers and punctuation; lexer_literals.cpp: integer, string
// and constant literals with their errors (P02-P06).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "syntax/lexer.hpp"

namespace polar::syntax_detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
inline bool is_ident_char(char c) { return is_ident_start(c) || is_digit(c); }
inline bool is_line_break(char c) { return c == '\n' || c == '\r'; }

// Length of the well-formed UTF-8 sequence starting at text[i] (1-4), or 0 if it
// is not one (stray continuation byte, truncation, overlong form, surrogate, > U+10FFFF).
int utf8_sequence_length(std::string_view text, size_t i, uint32_t* code_point);

class Lexer {
 public:
  explicit Lexer(std::string_view source) : src_(source) {}

  LexResult run();

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
  bool previous_token_ends_operand() const { return !out_.tokens.empty() && ends_operand(out_.tokens.back().kind); }

  // lexer.cpp
  void skip_byte_order_mark();
  void error(const char* code, SourcePos pos, std::string message);
  void skip_whitespace_and_comments();
  std::string advance_checking_utf8();
  void report_invalid_byte();
  Token& push(TokenKind kind, SourcePos pos, size_t begin, std::string text);
  void lex_token();
  void lex_identifier();
  void lex_punctuation();
  void lex_unexpected_character();

  // lexer_literals.cpp
  void lex_number();
  int64_t integer_value(const std::string& spelling, SourcePos pos);
  void lex_string();
  void lex_escape(std::string* contents);
  void lex_constant();
};

}  // namespace polar::syntax_detail
