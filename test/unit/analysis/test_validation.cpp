// Validation errors with codes and positions (polar-language.md §12).
#include <gtest/gtest.h>

#include "policy_helpers.hpp"

using testing_helpers::diagnostics_of;
using testing_helpers::has_code;

TEST(Validation, BlockErrors) {
  EXPECT_EQ(
      diagnostics_of("resource Repository {}\nresource Repository {}"),
      (std::vector<std::string>{"B01 2:10 Type 'Repository' is declared more than once; first declared at 1:10."}));
  EXPECT_TRUE(has_code(diagnostics_of("resource Actor {}"), "B02"));
  EXPECT_TRUE(has_code(diagnostics_of("global {}\nglobal {}"), "B03"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { role = [\"a\"]; }"), "B04"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { roles = {a: R}; }"), "B05"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { roles = [\"a\"]; roles = [\"b\"]; }"), "B06"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { roles = [\"a\"]; relations = { a: R }; }"), "B07"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { roles = [\"\"]; }"), "B08"));
  EXPECT_EQ(diagnostics_of("resource Repository { relations = { parent: Org }; }"),
            (std::vector<std::string>{"B09 1:45 Repository: Relation \"parent\" has type 'Org', but no such resource "
                                      "block exists. Try declaring one: resource Org {}"}));
  EXPECT_TRUE(has_code(diagnostics_of("global { relations = { a: R }; } resource R {}"), "B10"));
  EXPECT_TRUE(has_code(diagnostics_of("resource Spreadsheet extends Sheet {}"), "B11"));
  EXPECT_TRUE(has_code(diagnostics_of("resource A extends B {} resource B extends A {}"), "B12"));
  EXPECT_TRUE(has_code(
      diagnostics_of("actor User {} resource File { relations = { owner: User }; } resource S extends File { roles = "
                     "[\"owner\"]; }"),
      "B13"));
  EXPECT_EQ(diagnostics_of("resource R { roles = [\"admin\", \"admin\"]; }"),
            (std::vector<std::string>{"W01 1:32 Role \"admin\" is listed twice in 'R' resource block."}));
}

TEST(Validation, ShorthandErrors) {
  EXPECT_EQ(diagnostics_of("resource Repository { roles = [\"reader\"]; permissions = [\"read\"]; \"read\" if "
                           "\"maintainer\"; }"),
            (std::vector<std::string>{
                "H01 1:77 Undeclared term \"maintainer\" referenced in rule in 'Repository' resource block. Did you "
                "mean to declare it as a role, permission, or relation?"}));
  EXPECT_TRUE(has_code(diagnostics_of("resource O { roles = [\"m\"]; } resource R { roles = [\"r\"]; relations = { "
                                      "o: O }; \"r\" if \"owner\" on \"o\"; }"),
                       "H02"));
  EXPECT_TRUE(
      has_code(diagnostics_of("resource R { roles = [\"r\", \"admin\"]; \"r\" if \"r\" on \"admin\"; }"), "H03"));
  EXPECT_TRUE(has_code(diagnostics_of("actor U {} resource R { roles = [\"r\"]; relations = { owner: U }; \"owner\" "
                                      "if \"r\"; }"),
                       "H04"));
  EXPECT_TRUE(has_code(diagnostics_of("resource O {} resource R { permissions = [\"read\"]; relations = { "
                                      "organization: O }; \"read\" if \"organization\"; }"),
                       "H05"));
  EXPECT_TRUE(
      has_code(diagnostics_of("resource R { roles = [\"admin\"]; \"admin\" if global \"superadmin\"; }"), "H06"));
  EXPECT_TRUE(has_code(diagnostics_of("global { roles = [\"a\", \"b\"]; \"a\" if \"b\" on \"x\"; }"), "H07"));
  EXPECT_TRUE(has_code(diagnostics_of("resource R { roles = [\"r\", \"banned\"]; \"r\" if not \"banned\"; }"), "H08"));
  EXPECT_TRUE(has_code(diagnostics_of("resource F { roles = [\"v\"]; relations = { parent: F }; role if "
                                      "is_x(resource); }"),
                       "H09"));
  EXPECT_TRUE(has_code(diagnostics_of("resource F { relations = { parent: F }; role if role on \"parent\"; }"), "H10"));
}

TEST(Validation, RuleErrors) {
  EXPECT_EQ(
      diagnostics_of("f(x, repo) if g(x);"),
      (std::vector<std::string>{"R01 1:6 Singleton variable repo is unused or undefined; try renaming to _repo or _"}));
  EXPECT_TRUE(diagnostics_of("f(x, _repo) if g(x);").empty());
  EXPECT_TRUE(has_code(diagnostics_of("actor User {} actor Group {} f(x: User) if g(x) and x matches Group;"), "R02"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and not (h(x) and i(x));"), "R03"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and not f(x);"), "R04"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if h(x) and not g(x, y) and k(y, x) and y = 1;"), "R04") == false);
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if not g(x);"), "R05"));
  EXPECT_TRUE(diagnostics_of("f(x) if h(x) and not g(x, _);").empty());
  EXPECT_TRUE(has_code(diagnostics_of("f(x, y) if g(x) and x != y;"), "R06"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and x != _;"), "R07"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and x < \"a\";"), "R08"));
  EXPECT_TRUE(has_code(diagnostics_of("actor User {} f(x: User) if g(x) and x = \"a\";"), "R09"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and x in [\"a\", 3];"), "R10"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and \"a\" matches String;"), "R11"));
  EXPECT_TRUE(has_code(diagnostics_of("f(x) if g(x) and h(x, 1, 2, 3, 4, 5);"), "R14"));
  EXPECT_TRUE(has_code(diagnostics_of("declare d(String, String, String, String, String, String);"), "R14"));
}

TEST(Validation, TestBlockErrors) {
  const std::string base =
      "actor User {} resource Org { roles = [\"m\"]; permissions = [\"read\"]; \"read\" if \"m\"; }\n";
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" {} test \"a\" {}"), "T01"));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test fixture f {} test fixture f {}"), "T02"));
  EXPECT_EQ(diagnostics_of(base + "test fixture acme_org {} test \"a\" { setup { fixture acme_orgs; } }"),
            (std::vector<std::string>{"T03 2:53 Unknown fixture acme_orgs in test \"a\". Did you mean acme_org?"}));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" { setup { has_role(user, \"m\", Org{\"o\"}); } }"), "T05"));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" { setup { has_role(User{\"u\"}, \"m\"); } }"), "T06"));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" { assert allow_fild(User{\"u\"}, \"read\", Org{\"o\"}, 1); }"),
                       "T07"));
  EXPECT_TRUE(
      has_code(diagnostics_of(base + "test \"a\" { assert allow(User{\"u\"}, a: String, Org{\"o\"}); }"), "T08"));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" { assert allow(User{\"u\"}, a: Resource, Org{\"o\"}) iff a in "
                                             "[]; }"),
                       "T09"));
  EXPECT_TRUE(has_code(diagnostics_of(base + "test \"a\" { assert allow(User{\"u\"}, a: String, Org{\"o\"}) iff a in "
                                             "[3]; }"),
                       "T10"));
}

TEST(Validation, ReportsEveryErrorSortedByPosition) {
  auto diags = diagnostics_of(
      "resource R { roles = [\"r\"]; \"r\" if \"x\"; \"r\" if \"y\"; }\nresource S { relations = "
      "{ o: Org }; }");
  ASSERT_EQ(diags.size(), 3u);
  EXPECT_TRUE(diags[0].rfind("H01 1:36", 0) == 0) << diags[0];
  EXPECT_TRUE(diags[1].rfind("H01 1:48", 0) == 0) << diags[1];
  EXPECT_TRUE(diags[2].rfind("B09 2:31", 0) == 0) << diags[2];
}
