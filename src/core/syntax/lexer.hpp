// Polar source text -> tokens (polar-language.md §2), with the lexical errors P01-P06.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.hpp"

namespace polar {

enum class TokenKind {
  Ident,     // identifiers and keywords alike; keywords are contextual (§2.3)
  String,    // text: the contents with escapes resolved
  Integer,   // text: as written; integer: the value (0 after a P04/P05 error)
  Constant,  // `@name`; text: the name without '@'
  LParen,
  RParen,
  LBrace,
  RBrace,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Colon,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  Unsupported,  // `.` `+` `*` `/` `%` `?` `?=` `::` `!` `==` or a `-` not touching digits: the parser reports P09
  Invalid,      // text the lexer already reported (P01, P02); the parser skips it without a second error
  End,          // end of input; always the last token
};

struct Token {
  TokenKind kind = TokenKind::End;
  std::string text;  // see TokenKind; punctuation and identifiers: as written
  SourcePos pos;     // first character
  int64_t integer = 0;
  size_t begin = 0;  // byte range of the token in the source
  size_t end = 0;
};

// Lexing and parsing each report at most this many errors, then one "too many errors"
// diagnostic: a bound on time and memory for hostile input, far above any real policy.
inline constexpr size_t kMaxReportedErrors = 1000;

struct LexResult {
  std::vector<Token> tokens;  // ends with exactly one End token
  Diagnostics diagnostics;
};

// Never throws; every problem becomes a diagnostic and lexing continues.
LexResult lex(std::string_view source);

// `and or not if matches in on iff true false`: never a name (P08).
bool is_reserved_word(std::string_view word);

// Tokens after which a '-' or '+' is arithmetic, not the sign of a literal.
bool ends_operand(TokenKind kind);

// A short name for the kind, e.g. "Ident", "Semicolon" (for tests and debugging).
std::string_view token_kind_name(TokenKind kind);

}  // namespace polar
