// Oso's local-authorization YAML (src/cli/binding_config.*).
#include <gtest/gtest.h>

#include "binding_config.hpp"
#include "errors.hpp"

using namespace pgpolar_cli;

namespace {

std::string error_of(const std::string& yaml) {
  try {
    parse_binding_config(yaml, "cfg.yaml");
  } catch (const CliError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(CliBindingConfig, ReadsOsoFormat) {
  BindingConfig cfg = parse_binding_config(
      "facts:\n"
      "  \"has_relation(Repository:_, String:parent, Organization:_)\":\n"
      "    query: SELECT id, org_id FROM repositories\n"
      "  is_public(Repository:_):\n"
      "    query: SELECT id FROM repositories WHERE public\n"
      "sql_types:\n"
      "  Repository: integer\n",
      "cfg.yaml");
  ASSERT_EQ(cfg.facts.size(), 2u);
  EXPECT_EQ(cfg.facts[0].signature, "has_relation(Repository:_, String:parent, Organization:_)");
  EXPECT_EQ(cfg.facts[0].query, "SELECT id, org_id FROM repositories");
  EXPECT_EQ(cfg.facts[0].line, 2);
  EXPECT_EQ(cfg.facts[0].col, 3);
  EXPECT_EQ(cfg.facts[1].line, 4);
  EXPECT_EQ(cfg.sql_types.at("Repository"), "integer");
  EXPECT_EQ(column_typnames("integer"), std::vector<std::string>{"int4"});
}

TEST(CliBindingConfig, ErrorsHavePositions) {
  EXPECT_EQ(error_of("facts: {}\nextra: 1\n").rfind("cfg.yaml:2:1: unknown key 'extra'", 0), 0u);
  EXPECT_EQ(error_of("facts:\n  \"is_public(_)\":\n    query: SELECT 1\n")
                .rfind("cfg.yaml:2:3: invalid binding signature", 0),
            0u)
      << error_of("facts:\n  \"is_public(_)\":\n    query: SELECT 1\n");
  EXPECT_EQ(error_of("facts:\n  is_public(Repo:_):\n    sql: SELECT 1\n").rfind("cfg.yaml:3:5: unknown key 'sql'", 0),
            0u);
  EXPECT_EQ(error_of("facts:\n  is_public(Repo:_):\n    query: SELECT 1\nsql_types:\n  Repo: money\n")
                .rfind("cfg.yaml:5:9: unsupported SQL type 'money'", 0),
            0u);
  EXPECT_NE(error_of("facts: [\n").find("cfg.yaml:"), std::string::npos);
  EXPECT_EQ(error_of("facts: {}\n").rfind("cfg.yaml:1:1: no facts to bind", 0), 0u);
}
