// The command line's value notation and fact syntax (src/cli/values.*).
#include <gtest/gtest.h>

#include "errors.hpp"
#include "values.hpp"

using namespace pgpolar_cli;

TEST(CliValues, ValuesAndPatterns) {
  EXPECT_EQ(checked_value("User:bob", "a"), "User:bob");
  EXPECT_EQ(checked_value("member", "a"), "member");
  EXPECT_EQ(checked_value("Integer:3", "a"), "Integer:3");
  EXPECT_EQ(checked_pattern("_", "a"), "_");
  EXPECT_EQ(checked_pattern("User:_", "a"), "User:_");
  EXPECT_THROW(checked_value("_", "a"), CliError);
  EXPECT_THROW(checked_value("User:_", "a"), CliError);
  EXPECT_THROW(checked_value("Integer:03", "a"), CliError);
  EXPECT_THROW(checked_value("Boolean:yes", "a"), CliError);
  EXPECT_THROW(checked_value("User:", "a"), CliError);
  EXPECT_THROW(checked_value("", "a"), CliError);
  EXPECT_THROW(checked_predicate("has role"), CliError);
}

TEST(CliValues, ErrorNamesTheArgument) {
  try {
    checked_value("Integer:x", "argument 2");
    FAIL();
  } catch (const CliError& e) {
    EXPECT_EQ(std::string(e.what()).rfind("argument 2: invalid Integer value", 0), 0u) << e.what();
    EXPECT_EQ(e.exit_code(), kExitUsage);
  }
}

TEST(CliValues, FactForms) {
  Fact call = parse_fact_text("has_role(User:bob, member, Org:acme)");
  EXPECT_EQ(call.predicate, "has_role");
  EXPECT_EQ(call.args, (std::vector<std::string>{"User:bob", "member", "Org:acme"}));
  Fact words = parse_fact_text("has_role User:bob member Org:acme");
  EXPECT_EQ(words.args, call.args);
  Fact json = parse_fact_text(R"(["has_role", "User:b b", "member", "Org:a,c"])");
  EXPECT_EQ(json.args, (std::vector<std::string>{"User:b b", "member", "Org:a,c"}));
  EXPECT_EQ(fact_json(call).dump(), R"(["has_role","User:bob","member","Org:acme"])");
  EXPECT_THROW(parse_fact_text("has_role(User:bob"), CliError);
  EXPECT_THROW(parse_fact_text("has_role()"), CliError);
  EXPECT_THROW(parse_fact_text("has_role(_, member, Org:a)"), CliError);
  EXPECT_THROW(parse_fact_text("p(a, b, c, d, e, f)"), CliError);
  EXPECT_THROW(parse_fact_text("[1]"), CliError);
}
