#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.hpp"

namespace polar {
namespace {

std::vector<TokenKind> kinds(std::string_view source) {
  std::vector<TokenKind> out;
  for (const Token& t : lex(source).tokens) out.push_back(t.kind);
  return out;
}

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items())
    out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.code + " " + d.message + "\n";
  return out;
}

// Lexes a source expected to hold exactly one diagnostic and checks it.
void expect_one_error(std::string_view source, const std::string& code, int line, int col, const std::string& message) {
  LexResult result = lex(source);
  ASSERT_EQ(result.diagnostics.items().size(), 1u) << "source: " << source << "\n" << describe(result.diagnostics);
  const Diagnostic& d = result.diagnostics.items()[0];
  EXPECT_EQ(d.code, code) << source;
  EXPECT_EQ(d.pos.line, line) << source;
  EXPECT_EQ(d.pos.col, col) << source;
  EXPECT_EQ(d.message, message) << source;
  EXPECT_TRUE(d.is_error());
}

using K = TokenKind;

TEST(LexerTokens, EmptySourceIsJustEnd) {
  LexResult result = lex("");
  ASSERT_EQ(result.tokens.size(), 1u);
  EXPECT_EQ(result.tokens[0].kind, K::End);
  EXPECT_EQ(result.tokens[0].pos.line, 1);
  EXPECT_EQ(result.tokens[0].pos.col, 1);
  EXPECT_TRUE(result.diagnostics.items().empty());
}

TEST(LexerTokens, Punctuation) {
  EXPECT_EQ(kinds("( ) { } [ ] , ; : = != < <= > >="),
            (std::vector<K>{K::LParen, K::RParen, K::LBrace, K::RBrace, K::LBracket, K::RBracket, K::Comma,
                            K::Semicolon, K::Colon, K::Eq, K::Ne, K::Lt, K::Le, K::Gt, K::Ge, K::End}));
  EXPECT_EQ(kinds("a<=b>=c!=d"), (std::vector<K>{K::Ident, K::Le, K::Ident, K::Ge, K::Ident, K::Ne, K::Ident, K::End}));
}

TEST(LexerTokens, IdentifiersAndKeywordsAreIdents) {
  LexResult result = lex("actor _ _user If x1 and in true");
  ASSERT_EQ(result.tokens.size(), 9u);
  const char* expected[] = {"actor", "_", "_user", "If", "x1", "and", "in", "true"};
  for (size_t i = 0; i < 8; i++) {
    EXPECT_EQ(result.tokens[i].kind, K::Ident);
    EXPECT_EQ(result.tokens[i].text, expected[i]);
  }
}

TEST(LexerTokens, ReservedWords) {
  for (const char* word : {"and", "or", "not", "if", "matches", "in", "on", "iff", "true", "false"})
    EXPECT_TRUE(is_reserved_word(word)) << word;
  for (const char* word : {"actor", "resource", "global", "test", "If", "AND", "onward", "_"})
    EXPECT_FALSE(is_reserved_word(word)) << word;
}

TEST(LexerTokens, StringsResolveEscapes) {
  LexResult result = lex(R"("read" "" "a\"b\\c" "# not a comment" "héllo")");
  ASSERT_EQ(result.tokens.size(), 6u);
  EXPECT_EQ(result.tokens[0].text, "read");
  EXPECT_EQ(result.tokens[1].text, "");
  EXPECT_EQ(result.tokens[2].text, "a\"b\\c");
  EXPECT_EQ(result.tokens[3].text, "# not a comment");
  EXPECT_EQ(result.tokens[4].text, "héllo");
  for (int i = 0; i < 5; i++) EXPECT_EQ(result.tokens[i].kind, K::String);
  EXPECT_TRUE(result.diagnostics.items().empty());
}

TEST(LexerTokens, Integers) {
  LexResult result = lex("0 42 -3 -0 9223372036854775807 -9223372036854775808");
  ASSERT_EQ(result.tokens.size(), 7u);
  int64_t expected[] = {0, 42, -3, 0, INT64_MAX, INT64_MIN};
  for (int i = 0; i < 6; i++) {
    EXPECT_EQ(result.tokens[i].kind, K::Integer);
    EXPECT_EQ(result.tokens[i].integer, expected[i]);
  }
  EXPECT_EQ(result.tokens[2].text, "-3");
  EXPECT_TRUE(result.diagnostics.items().empty()) << describe(result.diagnostics);
}

TEST(LexerTokens, MinusMustTouchDigits) {
  EXPECT_EQ(kinds("- 3"), (std::vector<K>{K::Unsupported, K::Integer, K::End}));
  EXPECT_EQ(kinds("x-1"), (std::vector<K>{K::Ident, K::Integer, K::End}));
  EXPECT_EQ(kinds("x - y"), (std::vector<K>{K::Ident, K::Unsupported, K::Ident, K::End}));
}

TEST(LexerTokens, Constant) {
  LexResult result = lex("@current_unix_time");
  ASSERT_EQ(result.tokens.size(), 2u);
  EXPECT_EQ(result.tokens[0].kind, K::Constant);
  EXPECT_EQ(result.tokens[0].text, "current_unix_time");
  EXPECT_TRUE(result.diagnostics.items().empty());
}

TEST(LexerTokens, UnsupportedPunctuation) {
  for (const char* op : {".", "+", "*", "/", "%", "?", "?=", "::", "!", "==", "-"}) {
    LexResult result = lex(op);
    ASSERT_EQ(result.tokens.size(), 2u) << op;
    EXPECT_EQ(result.tokens[0].kind, K::Unsupported) << op;
    EXPECT_EQ(result.tokens[0].text, op);
    EXPECT_TRUE(result.diagnostics.items().empty()) << op;  // the parser reports P09 with context
  }
  EXPECT_EQ(kinds("user.id"), (std::vector<K>{K::Ident, K::Unsupported, K::Ident, K::End}));
  EXPECT_EQ(kinds("Billing::Invoice"), (std::vector<K>{K::Ident, K::Unsupported, K::Ident, K::End}));
  EXPECT_EQ(kinds("x+1"), (std::vector<K>{K::Ident, K::Unsupported, K::Integer, K::End}));
}

TEST(LexerTokens, CommentsAreSkipped) {
  LexResult result = lex("a # comment \"not a string\" $\nb#c\n# last");
  EXPECT_EQ(kinds("a # comment \"x\" $\nb#c\n# last"), (std::vector<K>{K::Ident, K::Ident, K::End}));
  EXPECT_TRUE(result.diagnostics.items().empty());
  EXPECT_EQ(result.tokens[1].pos.line, 2);
}

TEST(LexerTokens, ByteOffsets) {
  LexResult result = lex("ab \"c\\\"\" 12");
  ASSERT_EQ(result.tokens.size(), 4u);
  EXPECT_EQ(result.tokens[0].begin, 0u);
  EXPECT_EQ(result.tokens[0].end, 2u);
  EXPECT_EQ(result.tokens[1].begin, 3u);
  EXPECT_EQ(result.tokens[1].end, 8u);
  EXPECT_EQ(result.tokens[2].begin, 9u);
  EXPECT_EQ(result.tokens[2].end, 11u);
}

TEST(LexerTokens, KindNames) {
  EXPECT_EQ(token_kind_name(K::Semicolon), "Semicolon");
  EXPECT_EQ(token_kind_name(K::End), "End");
}

// ---------- positions ----------

TEST(LexerPositions, LinesAndColumns) {
  LexResult result = lex("a  bc\n  d");
  EXPECT_EQ(result.tokens[0].pos, (SourcePos{1, 1}));
  EXPECT_EQ(result.tokens[1].pos, (SourcePos{1, 4}));
  EXPECT_EQ(result.tokens[2].pos, (SourcePos{2, 3}));
  EXPECT_EQ(result.tokens[3].pos, (SourcePos{2, 4}));  // End
}

TEST(LexerPositions, ColumnsCountCodePoints) {
  // é is 2 bytes, 😀 is 4 bytes; each is one column.
  LexResult result = lex("\"é😀\" x # ü\ny");
  EXPECT_EQ(result.tokens[1].pos, (SourcePos{1, 6}));
  EXPECT_EQ(result.tokens[2].pos, (SourcePos{2, 1}));
}

TEST(LexerPositions, TabIsOneColumn) {
  LexResult result = lex("\t\tx\t y");
  EXPECT_EQ(result.tokens[0].pos, (SourcePos{1, 3}));
  EXPECT_EQ(result.tokens[1].pos, (SourcePos{1, 6}));
}

TEST(LexerPositions, CrLfIsOneLineBreak) {
  LexResult result = lex("a\r\nb\r\n\r\n  c\rd");
  EXPECT_EQ(result.tokens[1].pos, (SourcePos{2, 1}));
  EXPECT_EQ(result.tokens[2].pos, (SourcePos{4, 3}));
  EXPECT_EQ(result.tokens[3].pos, (SourcePos{5, 1}));  // a lone CR also ends a line
}

TEST(LexerPositions, CommentEndsAtCrLf) {
  LexResult result = lex("# comment\r\nx");
  EXPECT_EQ(result.tokens[0].pos, (SourcePos{2, 1}));
}

TEST(LexerPositions, LeadingByteOrderMarkIsIgnored) {
  LexResult result =
      lex("\xEF\xBB\xBF"
          "actor");
  ASSERT_EQ(result.tokens.size(), 2u);
  EXPECT_EQ(result.tokens[0].text, "actor");
  EXPECT_EQ(result.tokens[0].pos, (SourcePos{1, 1}));
  EXPECT_TRUE(result.diagnostics.items().empty());
}

TEST(LexerPositions, ByteOrderMarkElsewhereIsAnError) {
  expect_one_error("a \xEF\xBB\xBF", "P01", 1, 3, "Unexpected character '\xEF\xBB\xBF' (U+FEFF).");
}

// ---------- errors ----------

TEST(LexerErrors, P01UnexpectedCharacter) {
  expect_one_error("a $ b", "P01", 1, 3, "Unexpected character '$'.");
  expect_one_error("x é", "P01", 1, 3, "Unexpected character 'é' (U+00E9).");
  expect_one_error("x\x01", "P01", 1, 2, "Unexpected character U+0001.");
  expect_one_error("@ x", "P01", 1, 1, "Unexpected character '@'.");
  expect_one_error("a &&", "P01", 1, 3, "Unexpected character '&'.");  // one report per run
}

TEST(LexerErrors, P01UnexpectedCharacterRunIsOneInvalidToken) {
  LexResult result = lex("a $$$ b");
  EXPECT_EQ(result.diagnostics.items().size(), 1u);
  EXPECT_EQ(kinds("a $$$ b"), (std::vector<K>{K::Ident, K::Invalid, K::Ident, K::End}));
}

TEST(LexerErrors, P01InvalidUtf8) {
  expect_one_error("ab \xFF", "P01", 1, 4, "Unexpected byte 0xFF; policy source must be valid UTF-8.");
  expect_one_error("\"a\xC3\" b", "P01", 1, 3, "Unexpected byte 0xC3; policy source must be valid UTF-8.");
  expect_one_error("# \xED\xA0\x80 surrogate\nx", "P01", 1, 3,
                   "Unexpected byte 0xED; policy source must be valid UTF-8.");
  expect_one_error("\xC0\xAF", "P01", 1, 1, "Unexpected byte 0xC0; policy source must be valid UTF-8.");  // overlong
}

TEST(LexerErrors, P02UnterminatedString) {
  expect_one_error("x \"abc\ny", "P02", 1, 3, "Unterminated string literal; strings cannot contain line breaks.");
  expect_one_error("  \"abc", "P02", 1, 3, "Unterminated string literal; strings cannot contain line breaks.");
  expect_one_error("\"a\\\nb", "P02", 1, 1, "Unterminated string literal; strings cannot contain line breaks.");
  LexResult result = lex("\"abc\r\nnext");
  EXPECT_EQ(result.tokens[0].kind, K::Invalid);
  EXPECT_EQ(result.tokens[1].text, "next");
  EXPECT_EQ(result.tokens[1].pos, (SourcePos{2, 1}));
}

TEST(LexerErrors, P03InvalidEscape) {
  expect_one_error(R"(  "a\nb")", "P03", 1, 5,
                   R"(Invalid escape sequence '\n' in string literal; only \" and \\ are allowed.)");
  expect_one_error(R"("é\u00e9")", "P03", 1, 3,
                   R"(Invalid escape sequence '\u' in string literal; only \" and \\ are allowed.)");
  LexResult result = lex(R"("a\tb\'c")");
  EXPECT_EQ(result.diagnostics.items().size(), 2u);
  EXPECT_EQ(result.tokens[0].kind, K::String);  // still a string, so parsing goes on
}

TEST(LexerErrors, P04IntegerOutOfRange) {
  expect_one_error("9223372036854775808", "P04", 1, 1,
                   "Integer literal 9223372036854775808 does not fit in a 64-bit Integer.");
  expect_one_error("x -9223372036854775809", "P04", 1, 3,
                   "Integer literal -9223372036854775809 does not fit in a 64-bit Integer.");
}

TEST(LexerErrors, P04MalformedIntegers) {
  expect_one_error("007", "P04", 1, 1, "Integer literal '007' has leading zeros; write 7.");
  expect_one_error("-00", "P04", 1, 1, "Integer literal '-00' has leading zeros; write 0.");
  expect_one_error("(+5", "P04", 1, 2, "Integer literal '+5' must not have a '+' sign; write 5.");
  expect_one_error("0x1F", "P04", 1, 1,
                   "Malformed integer literal '0x1F'; integers are written as decimal digits with an optional '-', "
                   "e.g. 42 or -3.");
  expect_one_error("1_000", "P04", 1, 1,
                   "Malformed integer literal '1_000'; integers are written as decimal digits with an optional "
                   "'-', e.g. 42 or -3.");
  LexResult result = lex("007");
  EXPECT_EQ(result.tokens[0].kind, K::Integer);  // still an integer, so parsing goes on
}

TEST(LexerErrors, P05Floats) {
  expect_one_error("1.5", "P05", 1, 1, "Floating-point numbers are not supported: '1.5'.");
  expect_one_error("x = -0.25", "P05", 1, 5, "Floating-point numbers are not supported: '-0.25'.");
  expect_one_error("1e10", "P05", 1, 1, "Floating-point numbers are not supported: '1e10'.");
  expect_one_error("2.5E-3", "P05", 1, 1, "Floating-point numbers are not supported: '2.5E-3'.");
  EXPECT_EQ(kinds("1.5"), (std::vector<K>{K::Integer, K::End}));
}

TEST(LexerErrors, P06UnknownConstant) {
  expect_one_error("x < @now", "P06", 1, 5,
                   "Unknown constant '@now'. The only built-in constant is @current_unix_time.");
  EXPECT_EQ(kinds("@now"), (std::vector<K>{K::Constant, K::End}));
}

TEST(LexerErrors, ErrorsDoNotStopLexing) {
  LexResult result = lex("a $ \"x\\q\" 1.5 @nope 007 b");
  EXPECT_EQ(result.diagnostics.items().size(), 5u) << describe(result.diagnostics);
  EXPECT_EQ(result.tokens[result.tokens.size() - 2].text, "b");
}

TEST(LexerRobustness, ArbitraryBytesNeverCrash) {
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0xFF;
  };
  for (int round = 0; round < 500; round++) {
    std::string source;
    int length = static_cast<int>(next() % 64);
    for (int i = 0; i < length; i++) source += static_cast<char>(next());
    LexResult result = lex(source);
    ASSERT_FALSE(result.tokens.empty());
    EXPECT_EQ(result.tokens.back().kind, K::End);
    for (const Token& t : result.tokens) {
      EXPECT_LE(t.begin, t.end);
      EXPECT_LE(t.end, source.size());
    }
  }
}

}  // namespace
}  // namespace polar
