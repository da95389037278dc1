// Values: the SQL text notation (sql-api.md §1), canonical encoding and rendering.
#include <gtest/gtest.h>

#include "base/error.hpp"
#include "base/value.hpp"

using polar::Value;

TEST(Value, ParsesEntitiesStringsAndTypedPrimitives) {
  EXPECT_EQ(polar::parse_value_text("User:alice"), Value::entity("User", "alice"));
  EXPECT_EQ(polar::parse_value_text("Repository:acme/anvil"), Value::entity("Repository", "acme/anvil"));
  EXPECT_EQ(polar::parse_value_text("member"), Value::string("member"));
  EXPECT_EQ(polar::parse_value_text("String:member"), Value::string("member"));
  EXPECT_EQ(polar::parse_value_text("String:a:b"), Value::string("a:b"));
  EXPECT_EQ(polar::parse_value_text("String:"), Value::string(""));
  EXPECT_EQ(polar::parse_value_text("Integer:42"), Value::integer(42));
  EXPECT_EQ(polar::parse_value_text("Integer:-9223372036854775808"), Value::integer(INT64_MIN));
  EXPECT_EQ(polar::parse_value_text("Boolean:true"), Value::boolean(true));
  EXPECT_EQ(polar::parse_value_text("acme/anvil"), Value::string("acme/anvil"));  // no identifier before ':'
  EXPECT_EQ(polar::parse_value_text("User:a b \"c\" ü"), Value::entity("User", "a b \"c\" ü"));
}

TEST(Value, RejectsMalformedText) {
  for (const char* bad : {"", "User:", "Integer:", "Integer:042", "Integer:1.5", "Integer:-0",
                          "Integer:9223372036854775808", "Boolean:yes"}) {
    EXPECT_THROW(polar::parse_value_text(bad), polar::PolarError) << bad;
  }
}

TEST(Value, RendersSoThatItReadsBack) {
  for (const Value& v : {Value::entity("User", "alice"), Value::string("member"), Value::string("a:b"),
                         Value::string(""), Value::string("_"), Value::string("*"), Value::integer(-3),
                         Value::boolean(false), Value::string("User:alice")}) {
    EXPECT_EQ(polar::parse_value_text(v.render()), v) << v.render();
  }
  EXPECT_EQ(Value::string("member").render(), "member");
  EXPECT_EQ(Value::string("a:b").render(), "String:a:b");  // bare, "a:b" would read as an entity of type a
  EXPECT_EQ(Value::string("acme/anvil").render(), "acme/anvil");
  EXPECT_EQ(Value::string("1:2").render(), "1:2");  // "1" is not an identifier
  EXPECT_EQ(Value::string("").render(), "String:");
}

TEST(Value, KnowsWhenTheRenderingIsTheEncoding) {
  for (const char* enc : {"User:alice", "Integer:-3", "Boolean:true", "Repository:a:b", "Strings:x", "String:member",
                          "String:a:b", "String:", "String:*", "*", "", "plain"}) {
    if (polar::renders_as_encoded(enc)) {
      EXPECT_EQ(polar::decode_value(enc).render(), enc);
    }
  }
  for (const char* enc : {"User:alice", "Integer:-3", "Boolean:true", "Repository:a:b", "Strings:x"})
    EXPECT_TRUE(polar::renders_as_encoded(enc)) << enc;
  for (const char* enc : {"String:member", "String:a:b", "String:", "*", ""})
    EXPECT_FALSE(polar::renders_as_encoded(enc)) << enc;
}

TEST(Value, EncodesCanonically) {
  EXPECT_EQ(Value::string("member").encode(), "String:member");
  EXPECT_EQ(polar::decode_value("String:a:b"), Value::string("a:b"));
  EXPECT_EQ(polar::decode_value("Repository:x:y"), Value::entity("Repository", "x:y"));
}

TEST(Value, PolarLiterals) {
  EXPECT_EQ(Value::entity("User", "a\"b").polar_literal(), "User{\"a\\\"b\"}");
  EXPECT_EQ(Value::string("read").polar_literal(), "\"read\"");
  EXPECT_EQ(Value::integer(7).polar_literal(), "7");
}

TEST(Value, Patterns) {
  EXPECT_EQ(polar::parse_pattern_text("_").kind, polar::ValuePattern::Kind::Any);
  polar::ValuePattern p = polar::parse_pattern_text("User:_");
  EXPECT_EQ(p.kind, polar::ValuePattern::Kind::AnyOfType);
  EXPECT_EQ(p.type, "User");
  EXPECT_EQ(polar::parse_pattern_text("User:bob").value, Value::entity("User", "bob"));
}

// The fast path of polar.encode_value agrees with parsing and encoding on every kind of input.
TEST(Value, EncodesAsItselfExactlyWhenParsingKeepsTheText) {
  for (const char* text : {"PullRequest:42", "User:a b", "Repository:x:y", "String:", "String:read", "Integer:7",
                           "Integer:-3", "Integer:007", "Integer:", "Boolean:true", "Boolean:yes", "read",
                           "User:", "1User:x", ":x", "", "_:x", "a_b:c"}) {
    bool same = false;
    try {
      same = polar::parse_value_text(text).encode() == text;
    } catch (const polar::PolarError&) {
    }
    EXPECT_EQ(polar::encodes_as_itself(text), same) << text;
  }
}
