// The compiler: unfolding into unions of conjunctive queries, merging, recursion
// and the safety of the generated SQL (values only as parameters).
#include <gtest/gtest.h>

#include "policy_helpers.hpp"

#include "analysis/analyze.hpp"
#include "sql/compiler.hpp"

namespace {

std::shared_ptr<const polar::ir::Program> program_of(const std::string& source) {
  polar::AnalyzeResult r = polar::analyze_policy(source);
  EXPECT_TRUE(r.program) << (r.diagnostics.items().empty() ? "" : r.diagnostics.items()[0].message);
  return r.program;
}

polar::QuerySpec check(const std::string& actor_type, const std::string& action, const std::string& resource_type) {
  polar::QuerySpec s;
  s.predicate = "allow";
  s.exists_only = true;
  s.args = {polar::QueryArg::bound(actor_type), polar::QueryArg::constant(polar::Value::string(action)),
            polar::QueryArg::bound(resource_type)};
  return s;
}

using testing_helpers::count;

const char* kGitCloud = R"(
actor User {}
resource Org {
  roles = ["member", "admin"];
  permissions = ["view"];
  "member" if "admin";
  "view" if "member";
}
resource Repo {
  roles = ["reader", "admin"];
  permissions = ["view", "delete"];
  relations = { parent: Org };
  "reader" if "admin";
  "view" if "reader";
  "delete" if "admin";
  "reader" if "member" on "parent";
  "admin" if "admin" on "parent";
}
)";

// GitCloud with pull requests: "review" is "view" unless the user is the author.
const std::string kGitCloudPulls = std::string(kGitCloud) + R"(
resource Pull {
  permissions = ["view", "review"];
  relations = { repo: Repo, author: User };
  "view" if "view" on "repo";
}
has_permission(user: User, "review", pull: Pull) if
  has_permission(user, "view", pull) and not has_relation(pull, "author", user);
)";

}  // namespace

// Four derivations of Repo view (reader, admin, member on parent, admin on parent) merge
// into one lookup per join shape, each with an IN list of roles.
TEST(Compiler, MergesDerivationsThatDifferInConstants) {
  auto p = program_of(kGitCloud);
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "view", "Repo"));
  EXPECT_EQ(q.cq_count, 2u);
  EXPECT_EQ(count(q.sql, "ANY ("), 2u) << q.sql;
  EXPECT_EQ(count(q.sql, "\"polar\".\"fact_3\""), 3u) << q.sql;
}

TEST(Compiler, UnknownActionsAndPredicatesCompileToFalse) {
  auto p = program_of(kGitCloud);
  EXPECT_EQ(polar::compile_query(*p, check("User", "fly", "Repo")).sql, "SELECT false");
  polar::QuerySpec s = check("User", "view", "Repo");
  s.predicate = "nothing";
  EXPECT_EQ(polar::compile_query(*p, s).sql, "SELECT false");
}

TEST(Compiler, EveryValueIsABoundParameter) {
  auto p = program_of(R"(
    actor User {}
    resource Repo {
      roles = ["x'); DROP TABLE t; --", "naïve \"role\""];
      permissions = ["view"];
      "view" if "x'); DROP TABLE t; --";
      "view" if "naïve \"role\"";
    })");
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "view", "Repo"));
  EXPECT_EQ(q.sql.find("DROP"), std::string::npos) << q.sql;
  EXPECT_EQ(q.sql.find("naïve"), std::string::npos) << q.sql;
  EXPECT_EQ(q.sql.find('\''), std::string::npos) << q.sql;  // no string literals at all
  bool found = false;
  for (const polar::SqlParam& param : q.params)
    for (const std::string& item : param.array) found = found || item == "String:x'); DROP TABLE t; --";
  EXPECT_TRUE(found);
}

namespace {

// Roles flow down a folder tree; "editor" implies "viewer".
const char* kFolders = R"(
actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["read"];
  relations = { parent: Folder };
  role if role on "parent";
  "viewer" if "editor";
  "read" if "viewer";
}
)";

}  // namespace

TEST(Compiler, RecursionBecomesWithRecursive) {
  auto p = program_of(kFolders);
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "read", "Folder"));
  EXPECT_EQ(count(q.sql, "WITH RECURSIVE"), 1u) << q.sql;  // viewer and editor share one fixpoint
  EXPECT_EQ(q.sql.find("array_agg"), std::string::npos);
}

TEST(Compiler, NonLinearRecursionUsesTheArrayFixpoint) {
  auto p = program_of(R"(
    actor User {}
    actor Group {}
    has_group(a: Actor, g: Group) if has_group(a, i) and has_group(i, g);
  )");
  polar::QuerySpec s;
  s.predicate = "has_group";
  s.exists_only = true;
  s.args = {polar::QueryArg::bound("User"), polar::QueryArg::bound("Group")};
  polar::CompiledQuery q = polar::compile_query(*p, s);
  EXPECT_NE(q.sql.find("array_agg"), std::string::npos) << q.sql;
}

TEST(Compiler, CacheKeysDistinguishShapes) {
  polar::QuerySpec a = check("User", "view", "Repo"), b = check("User", "view", "Org"),
                   c = check("User", "view", "Repo");
  c.with_context = true;
  EXPECT_NE(a.cache_key(), b.cache_key());
  EXPECT_NE(a.cache_key(), c.cache_key());
  EXPECT_EQ(a.cache_key(), check("User", "view", "Repo").cache_key());
}

namespace {

const char* kPullRequests = R"(
actor User {}
resource Org {
  roles = ["member"];
  permissions = ["read"];
  "read" if "member";
}
resource Repo {
  roles = ["reader"];
  permissions = ["read"];
  relations = { org: Org };
  "reader" if "member" on "org";
  "read" if "reader";
}
resource PR {
  permissions = ["read", "review"];
  relations = { repo: Repo, author: User };
  "read" if "read" on "repo";
}
has_permission(u: User, "review", pr: PR) if has_permission(u, "read", pr) and not has_relation(pr, "author", u);
)";

polar::QuerySpec list(const std::string& action, const std::string& resource_type) {
  polar::QuerySpec s;
  s.predicate = "allow";
  s.args = {polar::QueryArg::bound("User"), polar::QueryArg::constant(polar::Value::string(action)),
            polar::QueryArg::free(resource_type)};
  return s;
}

// The actions `actor_type` may do on a resource of `resource_type` (the action is the output).
polar::QuerySpec actions(const std::string& actor_type, const std::string& resource_type) {
  polar::QuerySpec s;
  s.predicate = "allow";
  s.args = {polar::QueryArg::bound(actor_type), polar::QueryArg::free("String"), polar::QueryArg::bound(resource_type)};
  return s;
}

}  // namespace

// The pull requests of readable repositories: the two derivations of "read Repo" (a direct
// role, a role on the organization) are deduplicated first, the pull requests joined once.
TEST(Compiler, ListsFactorTheSharedLastHop) {
  auto p = program_of(kPullRequests);
  polar::CompiledQuery q = polar::compile_query(*p, list("read", "PR"));
  EXPECT_EQ(count(q.sql, "SELECT DISTINCT \"j0\" FROM ("), 1u) << q.sql;
  // the hop: one lookup of the PR -> Repo relation, after the union
  size_t dedup = q.sql.find("SELECT DISTINCT \"j0\"");
  EXPECT_EQ(count(q.sql.substr(q.sql.find(") AS \"r", dedup)), "\"polar\".\"fact_3\""), 1u) << q.sql;
  // checks are not factored (nothing to deduplicate), nor are hops whose output a condition uses
  EXPECT_EQ(count(polar::compile_query(*p, check("User", "read", "PR")).sql, "DISTINCT"), 0u);
  EXPECT_EQ(count(polar::compile_query(*p, list("review", "PR")).sql, "SELECT DISTINCT \"j0\""), 0u);
}

// Reading a document needs "viewer" on its folder, which "editor" implies ("viewer" if "editor"):
// the derivation through "editor" on the folder is contained in the one through "viewer", and
// only one fixpoint over the folder chain remains.
TEST(Compiler, DerivationsImpliedThroughARoleImplicationAreDropped) {
  auto p = program_of(std::string(kFolders) + R"(
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";
  "read" if "viewer";
}
)");
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "read", "Document"));
  EXPECT_EQ(count(q.sql, "WITH RECURSIVE"), 1u) << q.sql;
  // "editor" is called only from "viewer" at the same folder and walks up the same parents:
  // both roles share one walk up the chain (one magic tag, so no tag filter at all), and one
  // lookup checks both roles at every folder (role = ANY(...), as at the document itself).
  EXPECT_EQ(count(q.sql, "\"tag\" OPERATOR(pg_catalog.=)"), 0u) << q.sql;
  EXPECT_EQ(count(q.sql, "OPERATOR(pg_catalog.=) ANY ("), 2u) << q.sql;
  // The actor passes through every step unchanged: the walk's rows carry the folder alone and
  // the role lookup reads the actor's parameter.
  EXPECT_EQ(count(q.sql, "(\"tag\", \"b0\") AS (SELECT 0, (\"t1\".\"a2\")"), 1u) << q.sql;
  EXPECT_EQ(count(q.sql, "\"b1\""), 0u) << q.sql;
  EXPECT_EQ(count(q.sql, "\"a0\" OPERATOR(pg_catalog.=) ($2) COLLATE"), 1u) << q.sql;
  EXPECT_EQ(count(polar::compile_query(*p, list("read", "Document")).sql, "WITH RECURSIVE"), 1u);
}

// Stored-fact lookups only of the predicates that have stored facts (compile_query's `stored`).
TEST(Compiler, LeavesOutLookupsOfPredicatesWithoutStoredFacts) {
  auto p = program_of(kGitCloud);
  polar::StoredPredicates roles_only{{"has_role", 3}}, none;
  // has_relation never stored: a repository's roles come from direct roles alone.
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "view", "Repo"), {}, &roles_only);
  EXPECT_EQ(count(q.sql, "\"polar\".\"fact_3\""), 1u) << q.sql;
  EXPECT_EQ(polar::compile_query(*p, check("User", "view", "Repo"), {}, &none).sql, "SELECT false");
  // Context facts may be of any predicate: calls with them look up every one.
  polar::QuerySpec with_context = check("User", "view", "Repo");
  with_context.with_context = true;
  EXPECT_EQ(count(polar::compile_query(*p, with_context, {}, &none).sql, "\"polar\".\"fact_3\""), 3u);

  // A negated predicate without stored facts is never true: its NOT EXISTS is left out.
  auto banned = program_of(R"(
actor User {}
resource Doc { roles = ["viewer"]; permissions = ["read"]; }
declare banned(User);
has_permission(user: User, "read", doc: Doc) if has_role(user, "viewer", doc) and not banned(user);
)");
  polar::StoredPredicates with_banned{{"has_role", 3}, {"banned", 1}};
  EXPECT_EQ(count(polar::compile_query(*banned, check("User", "read", "Doc"), {}, &roles_only).sql, "NOT EXISTS"), 0u);
  EXPECT_EQ(count(polar::compile_query(*banned, check("User", "read", "Doc"), {}, &with_banned).sql, "NOT EXISTS"), 1u);
}

// A check's derivations that start from the same lookup of the call's values run it once, and
// a negated call on the call's values that every derivation has is tested once.
TEST(Compiler, ChecksShareFirstLookupsAndCommonNegations) {
  auto p = program_of(kGitCloudPulls);
  polar::StoredPredicates stored{{"has_role", 3}, {"has_relation", 3}};  // no stored has_permission facts
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "review", "Pull"), {}, &stored);
  // Derivations: a role on the repository, or on its parent organization; both through the
  // pull request's repository, both excluding the author.
  EXPECT_EQ(q.cq_count, 2u);
  EXPECT_EQ(count(q.sql, "NOT EXISTS"), 1u) << q.sql;
  EXPECT_EQ(count(q.sql, "LATERAL ("), 1u) << q.sql;
  EXPECT_EQ(count(q.sql, "\"polar\".\"fact_3\""), 5u) << q.sql;  // author, pull -> repo, 1 + 2 for the roles
  // The rests select no columns: PostgreSQL plans them without a Subquery Scan each.
  EXPECT_EQ(count(q.sql, "UNION ALL SELECT FROM"), 1u) << q.sql;
}

// The actions on a pull request: every derivation (read or review through a role on the
// repository or on its organization) starts from the pull request's repository, looked up once;
// the actions are returned through the LATERAL rests.
TEST(Compiler, ActionsShareTheResourcesFirstLookup) {
  auto p = program_of(kPullRequests);
  polar::StoredPredicates stored{{"has_role", 3}, {"has_relation", 3}};
  polar::CompiledQuery q = polar::compile_query(*p, actions("User", "PR"), {}, &stored);
  EXPECT_EQ(count(q.sql, "LATERAL ("), 1u) << q.sql;
  EXPECT_EQ(count(q.sql, "SELECT \"r"), 1u) << q.sql;  // the rests' actions, selected from the LATERAL
  // The pull request's repository is looked up once, not once per derivation: it is the only
  // lookup of the PR's repo relation ("polar"."fact_3" with a0 = the PR) before the LATERAL.
  EXPECT_EQ(count(q.sql.substr(0, q.sql.find("LATERAL (")), "\"polar\".\"fact_3\""), 1u) << q.sql;
  // A lookup holding the output is never the shared first hop: lists keep their factoring.
  EXPECT_EQ(count(polar::compile_query(*p, list("read", "PR")).sql, "LATERAL ("), 0u);
}

// The actions on a pull request: "review" is "view" unless the user is the author. The view and
// review derivations through the same role lookup merge into one, the constant relation's rows
// saying which need the author test: two role lookups (on the repository, on its organization),
// each with the guarded negation, instead of four.
TEST(Compiler, ActionsMergeDerivationsThatDifferInANegationOnTheQuerysValues) {
  auto p = program_of(kGitCloudPulls);
  polar::StoredPredicates stored{{"has_role", 3}, {"has_relation", 3}};
  polar::CompiledQuery q = polar::compile_query(*p, actions("User", "Pull"), {}, &stored);
  EXPECT_EQ(q.cq_count, 2u) << q.sql;
  EXPECT_EQ(count(q.sql, " OR NOT EXISTS"), 2u) << q.sql;  // guarded: only the "review" rows test it
  EXPECT_EQ(count(q.sql, "NOT EXISTS"), 2u) << q.sql;
  // A check of "review" alone still tests the author once, for the whole union.
  polar::CompiledQuery review = polar::compile_query(*p, check("User", "review", "Pull"), {}, &stored);
  EXPECT_EQ(count(review.sql, "NOT EXISTS"), 1u) << review.sql;
  EXPECT_EQ(count(review.sql, " OR NOT EXISTS"), 0u) << review.sql;
}

// "May the user read the repository" through nested teams: a team granting a role on the
// repository is found by a lookup, and the user's membership of it is recursive. The recursion
// walks up from the user's teams and never passes the granting team on, so the walk is seeded
// by the user alone: its answers do not depend on the granting team's row and PostgreSQL
// computes them once per check, not once per granting team.
TEST(Compiler, RecursionIsNotSeededWithValuesItOnlyFilters) {
  auto p = program_of(R"(
actor User {}
actor Team {}
resource Repository {
  roles = ["reader"];
  permissions = ["read"];
  "read" if "reader";
}
member_of(user: User, team: Team) if has_member(team, user);
member_of(user: User, team: Team) if sub matches Team and member_of(user, sub) and subteam_of(sub, team);
has_role(user: User, role: String, repo: Repository) if
  team matches Team and member_of(user, team) and has_role(team, role, repo);
)");
  polar::CompiledQuery q = polar::compile_query(*p, check("User", "read", "Repository"));
  EXPECT_EQ(count(q.sql, "WITH RECURSIVE"), 1u) << q.sql;
  EXPECT_EQ(count(q.sql, "(\"tag\", \"b0\") AS (SELECT 0, ($2)"), 1u) << q.sql;  // the user alone
  EXPECT_EQ(count(q.sql, "\"b1\""), 0u) << q.sql;
  // Every recursive call passes the user on: the set of seeds is the seed row alone, not a
  // recursive CTE (which PostgreSQL would estimate at 101 rows).
  EXPECT_EQ(count(q.sql, "(\"tag\", \"b0\") AS (SELECT 0, ($2) COLLATE pg_catalog.\"C\")"), 1u) << q.sql;
}

// A check planned inside a query probes the rests of the pull request's repository lookup per
// row: the direct role is one lookup keyed by the repository; the organization route starts from
// the repository's organization (keyed by the row) and tests the actor's memberships as a set
// hashed once (`IN (...) OR false`), never a join the planner could start from the actor's side.
TEST(Compiler, ProbedRestsStartFromTheRowsSide) {
  auto p = program_of(kPullRequests);
  std::optional<polar::ProbeQuery> probe = polar::compile_probe(*p, "PR", polar::Value::string("read"), {}, nullptr);
  ASSERT_TRUE(probe);
  const std::string& sql = probe->query.sql;
  size_t then = sql.find("\"probe_budget\"(40) THEN ");
  ASSERT_NE(then, std::string::npos) << sql;
  size_t otherwise = sql.find(" ELSE ", then);
  ASSERT_NE(otherwise, std::string::npos) << sql;
  std::string probed = sql.substr(then, otherwise - then), hashed = sql.substr(otherwise);
  EXPECT_EQ(count(probed, "EXISTS ("), 3u) << probed;   // one probe per rest: reader, member, member on org
  EXPECT_EQ(count(probed, "OR false)"), 1u) << probed;  // the memberships, hashed
  size_t chain = probed.rfind("EXISTS (");
  std::string first = probed.substr(chain, probed.find(" IN (", chain) - chain);
  EXPECT_EQ(count(first, "\"a0\" OPERATOR(pg_catalog.=) \"h"), 1u)
      << first;                                   // the organization of the row's repository
  EXPECT_EQ(count(first, "($1, "), 1u) << first;  // the actor only in the one-time type check
  EXPECT_EQ(count(first, "= $1 "), 0u) << first;
  EXPECT_EQ(count(hashed, "OR false)"), 1u) << hashed;
}
