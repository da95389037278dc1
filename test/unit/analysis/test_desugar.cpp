// Desugaring of shorthand rules into ordinary rules (polar-language.md §5.2-§5.5, §6.7, §9.4).
#include <gtest/gtest.h>

#include "policy_helpers.hpp"

using testing_helpers::rules_of;

namespace {

const char* kWorkedExample = R"(
actor User {}
resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "create_repository"];
  "member" if "admin";
  "read" if "member";
  "create_repository" if "admin";
}
resource Repository {
  roles = ["reader", "maintainer"];
  permissions = ["read", "push"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "maintainer" if "admin" on "organization";
  "reader" if "maintainer";
  "read" if "reader";
  "push" if "maintainer";
}
resource Issue {
  permissions = ["read", "comment", "close"];
  relations = { repository: Repository, author: User };
  "read" if "read" on "repository";
  "comment" if "read" and is_open(resource);
  "close" if "maintainer" on "repository";
  "close" if "author";
}
)";

}  // namespace

// §5.5: "The compiler produces exactly these rules" (the row 2 `actor matches User`
// condition narrows the head's actor, printed as its specializer).
TEST(Desugar, WorkedExampleOfTheSpec) {
  std::vector<std::string> expected = {
      R"(has_role(actor: Actor, "member", resource: Organization) if has_role(actor, "admin", resource);)",
      R"(has_permission(actor: Actor, "read", resource: Organization) if has_role(actor, "member", resource);)",
      R"(has_permission(actor: Actor, "create_repository", resource: Organization) if has_role(actor, "admin", resource);)",
      R"(has_role(actor: Actor, "reader", resource: Repository) if related matches Organization and has_relation(resource, "organization", related) and has_role(actor, "member", related);)",
      R"(has_role(actor: Actor, "maintainer", resource: Repository) if related matches Organization and has_relation(resource, "organization", related) and has_role(actor, "admin", related);)",
      R"(has_role(actor: Actor, "reader", resource: Repository) if has_role(actor, "maintainer", resource);)",
      R"(has_permission(actor: Actor, "read", resource: Repository) if has_role(actor, "reader", resource);)",
      R"(has_permission(actor: Actor, "push", resource: Repository) if has_role(actor, "maintainer", resource);)",
      R"(has_permission(actor: Actor, "read", resource: Issue) if related matches Repository and has_relation(resource, "repository", related) and has_permission(actor, "read", related);)",
      R"(has_permission(actor: Actor, "comment", resource: Issue) if has_permission(actor, "read", resource) and is_open(resource);)",
      R"(has_permission(actor: Actor, "close", resource: Issue) if related matches Repository and has_relation(resource, "repository", related) and has_role(actor, "maintainer", related);)",
      R"(has_permission(actor: User, "close", resource: Issue) if has_relation(resource, "author", actor);)",
      R"(allow(actor, action, resource) if has_permission(actor, action, resource);)",
  };
  EXPECT_EQ(rules_of(kWorkedExample), expected);
}

// §5.5: "The fact signatures this policy accepts".
TEST(Desugar, SignaturesOfTheWorkedExample) {
  polar::AnalyzeResult r = polar::analyze_policy(kWorkedExample);
  ASSERT_TRUE(r.program);
  auto sigs = [&](const std::string& name, int arity) {
    std::vector<std::string> out;
    for (const auto& s : r.program->pred(r.program->find(name, arity)).signatures) {
      std::string t;
      for (const auto& p : s) t += (t.empty() ? "" : ",") + (p.empty() ? std::string("any") : p);
      out.push_back(t);
    }
    return out;
  };
  EXPECT_EQ(sigs("has_role", 3), (std::vector<std::string>{"Actor,String,Organization", "Actor,String,Repository"}));
  EXPECT_EQ(sigs("has_permission", 3), (std::vector<std::string>{"Actor,String,Repository", "Actor,String,Issue"}));
  EXPECT_EQ(sigs("has_relation", 3), (std::vector<std::string>{"Repository,String,Organization",
                                                               "Issue,String,Repository", "Issue,String,User"}));
  EXPECT_EQ(sigs("is_open", 1), (std::vector<std::string>{"Issue"}));
}

TEST(Desugar, VariableHeadPassesDeclaredRolesDown) {
  auto rules = rules_of(R"(
    actor User {}
    resource Folder {
      roles = ["viewer", "editor"];
      relations = { parent: Folder };
      role if role on "parent";
    })");
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(
      rules[0],
      R"(has_role(actor: Actor, role: String, resource: Folder) if related matches Folder and role in ["viewer", "editor"] and has_relation(resource, "parent", related) and has_role(actor, role, related);)");
}

TEST(Desugar, RelationOfARelatedTypeToAnActor) {
  auto rules = rules_of(R"(
    actor User {}
    resource Org { relations = { owner: User }; }
    resource Repo {
      permissions = ["admin"];
      relations = { org: Org };
      "admin" if "owner" on "org";
    })");
  EXPECT_EQ(
      rules[0],
      R"(has_permission(actor: User, "admin", resource: Repo) if related matches Org and has_relation(resource, "org", related) and has_relation(related, "owner", actor);)");
}

TEST(Desugar, GlobalRolesAndPermissions) {
  auto rules = rules_of(R"(
    actor User {}
    global {
      roles = ["superadmin"];
      permissions = ["create_organization"];
      "create_organization" if "superadmin";
    }
    resource Organization {
      roles = ["admin"];
      "admin" if global "superadmin";
    })");
  EXPECT_EQ(rules[0], R"(has_permission(actor: Actor, "create_organization") if has_role(actor, "superadmin");)");
  EXPECT_EQ(rules[1], R"(has_role(actor: Actor, "admin", resource: Organization) if has_role(actor, "superadmin");)");
}

// §5.3: a compound body becomes one rule per alternative.
TEST(Desugar, CompoundBodiesInDisjunctiveNormalForm) {
  auto rules = rules_of(R"(
    actor User {}
    resource Document {
      roles = ["viewer"];
      permissions = ["read"];
      "read" if "viewer" or (is_public(resource) and not is_draft(resource));
    })");
  EXPECT_EQ(rules[0],
            R"(has_permission(actor: Actor, "read", resource: Document) if has_role(actor, "viewer", resource);)");
  EXPECT_EQ(
      rules[1],
      R"(has_permission(actor: Actor, "read", resource: Document) if is_public(resource) and not is_draft(resource);)");
}

TEST(Desugar, InheritedNamesAndPolymorphism) {
  auto rules = rules_of(R"(
    actor User {}
    resource File { roles = ["viewer"]; permissions = ["read"]; relations = { owner: User };
                    "read" if "viewer"; "viewer" if "owner"; }
    resource Spreadsheet extends File { permissions = ["edit_formulas"]; "edit_formulas" if "owner"; })");
  EXPECT_EQ(
      rules[2],
      R"(has_permission(actor: User, "edit_formulas", resource: Spreadsheet) if has_relation(resource, "owner", actor);)");
}

TEST(Desugar, CustomAllowReplacesTheDefault) {
  auto rules = rules_of(R"(
    actor User {}
    allow(user: User, action: String, resource: Resource) if has_permission(user, action, resource) and not is_suspended(user);
  )");
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(
      rules[0],
      R"(allow(user: User, action: String, resource: Resource) if has_permission(user, action, resource) and not is_suspended(user);)");
}

TEST(Desugar, PolicyFactsAndUniversalRules) {
  polar::AnalyzeResult r = polar::analyze_policy(R"(
    resource Plan {}  resource Feature {}
    plan_quota(Plan{"team"}, Feature{"repository"}, 10);
    has_permission(_: User, "read", _: Organization);
  )");
  ASSERT_TRUE(r.program);
  EXPECT_TRUE(r.program->rules[0].policy_fact);
  EXPECT_FALSE(r.program->rules[1].policy_fact);
  EXPECT_EQ(polar::to_polar(*r.program, r.program->rules[1]), R"(has_permission(_: User, "read", _: Organization);)");
}

TEST(Desugar, EmptyPolicyHasOnlyTheDefaultAllow) {
  EXPECT_EQ(
      rules_of(""),
      (std::vector<std::string>{R"(allow(actor, action, resource) if has_permission(actor, action, resource);)"}));
  EXPECT_EQ(rules_of("# only a comment\n"), rules_of(""));
}
