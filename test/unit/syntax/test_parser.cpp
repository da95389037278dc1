#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lexer.hpp"
#include "syntax/parser.hpp"

namespace polar {
namespace {

using ast::Expr;
using ast::Term;
using EK = ast::Expr::Kind;

// ---------- helpers ----------

std::string describe(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.items())
    out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.code + " " + d.message + "\n";
  return out;
}

ast::Policy parse_clean(std::string_view source) {
  ParseResult result = parse_policy(source);
  EXPECT_TRUE(result.diagnostics.items().empty()) << describe(result.diagnostics);
  return std::move(result.policy);
}

// Parses a source expected to hold exactly one diagnostic and checks it.
ParseResult expect_one_error(std::string_view source, const std::string& code, int line, int col,
                             const std::string& message) {
  ParseResult result = parse_policy(source);
  EXPECT_EQ(result.diagnostics.items().size(), 1u) << "source: " << source << "\n" << describe(result.diagnostics);
  if (result.diagnostics.items().empty()) return result;
  const Diagnostic& d = result.diagnostics.items()[0];
  EXPECT_EQ(d.code, code) << source;
  EXPECT_EQ(d.pos.line, line) << source;
  EXPECT_EQ(d.pos.col, col) << source;
  EXPECT_EQ(d.message, message) << source;
  EXPECT_TRUE(d.is_error());
  return result;
}

// "line:col code" of every diagnostic, in order.
std::vector<std::string> codes_at(const ParseResult& result) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics.items())
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.code);
  return out;
}

std::string show(const Term& t) {
  switch (t.kind) {
    case Term::Kind::Variable:
      return t.name;
    case Term::Kind::Wildcard:
      return "_";
    case Term::Kind::Constant:
      return "@" + t.name;
    case Term::Kind::Literal:
      return t.value.polar_literal();
  }
  return "?";
}

std::string show(const Expr& e) {
  static const char* kOps[] = {"=", "!=", "<", "<=", ">", ">="};
  std::string out;
  auto join_operands = [&](const char* name) {
    out = name;
    out += "(";
    for (size_t i = 0; i < e.operands.size(); i++) out += (i ? ", " : "") + show(e.operands[i]);
    return out + ")";
  };
  switch (e.kind) {
    case EK::And:
      return join_operands("And");
    case EK::Or:
      return join_operands("Or");
    case EK::Not:
      return join_operands("Not");
    case EK::Call:
      out = e.name.text + "(";
      for (size_t i = 0; i < e.args.size(); i++) out += (i ? ", " : "") + show(e.args[i]);
      return out + ")";
    case EK::Compare:
      return show(e.lhs) + " " + kOps[static_cast<int>(e.op)] + " " + show(e.rhs);
    case EK::Matches:
      return show(e.lhs) + " matches " + e.type.text;
    case EK::In:
      out = show(e.lhs) + " in [";
      for (size_t i = 0; i < e.list.size(); i++) out += (i ? ", " : "") + e.list[i].value.polar_literal();
      return out + "]";
    case EK::ShRole:
      return "\"" + e.term.text + "\"" + (e.relation ? " on \"" + e.relation->text + "\"" : std::string());
    case EK::ShVarOn:
      return e.term.text + " on \"" + (e.relation ? e.relation->text : "?") + "\"";
    case EK::ShGlobal:
      return "global \"" + e.term.text + "\"";
  }
  return "?";
}

std::string show(const ast::Param& p) { return show(p.term) + (p.type ? ": " + p.type->text : std::string()); }

// The body of the only rule of `source`, shown.
std::string rule_body(std::string_view source) {
  ast::Policy policy = parse_clean(source);
  if (policy.rules.size() != 1 || !policy.rules[0].body) return "<no single rule with a body>";
  return show(*policy.rules[0].body);
}

// The body of the only shorthand rule in a block.
std::string shorthand_body(const std::string& shorthand) {
  ast::Policy policy = parse_clean("resource R {\n  " + shorthand + "\n}");
  if (policy.blocks.size() != 1 || policy.blocks[0].shorthands.size() != 1) return "<no single shorthand>";
  return show(policy.blocks[0].shorthands[0].body);
}

const ast::Block* find_block(const ast::Policy& policy, const std::string& type) {
  for (const ast::Block& b : policy.blocks)
    if (b.type.text == type) return &b;
  return nullptr;
}

SourcePos at(int line, int col) { return {line, col}; }

// ---------- the spec's examples ----------

const char* kA1 = R"polar(
actor User {}
resource Organization {
  roles = ["viewer", "editor", "admin"];
  permissions = ["read", "update", "delete"];
  "editor" if "admin";  "viewer" if "editor";
  "read" if "viewer";   "update" if "editor";   "delete" if "admin";
}
test "editors can read and update, nothing else" {
  setup { has_role(User{"alice"}, "editor", Organization{"acme"}); }
  assert allow(User{"alice"}, action: String, Organization{"acme"}) iff action in ["read", "update"];
}
)polar";

const char* kA2 = R"polar(actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { parent: Folder };
  role if role on "parent";                          # roles flow down the folder tree
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
)polar";

const char* kA3 = R"polar(
actor User {}
resource Document {
  roles = ["viewer", "editor", "owner"];
  permissions = ["read", "edit", "share", "manage_access", "delete"];
  relations = { creator: User };
  "owner" if "creator";  "editor" if "owner";  "viewer" if "editor";
  "read" if "viewer";  "edit" if "editor";  "share" if "editor";
  "manage_access" if "owner";  "delete" if "owner";
}
)polar";

const char* kA4 = R"polar(
actor User {}
global {
  roles = ["superadmin"];
  permissions = ["create_organization"];
  "create_organization" if "superadmin";
}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "delete"];
  "admin" if global "superadmin";  "read" if "admin";  "delete" if "admin";
}
)polar";

const char* kA5 = R"polar(
actor User {}
resource Role {}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "invite", "billing.view"];
  "read" if "admin";  "invite" if "admin";
}
has_permission(user: User, action: String, org: Organization) if
  role matches Role and has_role(user, role, org) and grants_permission(role, action);
)polar";

const char* kA6 = R"polar(
actor User {}
actor Group {}
resource Repository {
  roles = ["reader", "writer"];
  permissions = ["read", "push"];
  "reader" if "writer";  "read" if "reader";  "push" if "writer";
}
has_group(user: User, group: Group) if
  inner matches Group and has_group(user, inner) and has_group(inner, group);
has_role(user: User, role: String, repo: Repository) if
  group matches Group and has_group(user, group) and has_role(group, role, repo);

test "membership is transitive and cycles terminate" {
  setup {
    has_group(User{"ana"}, Group{"eng"});
    has_group(Group{"eng"}, Group{"all"});
    has_group(Group{"all"}, Group{"eng"});
    has_role(Group{"all"}, "writer", Repository{"infra"});
  }
  assert allow(User{"ana"}, "push", Repository{"infra"});
  assert_not allow(User{"ben"}, "read", Repository{"infra"});
}
)polar";

const char* kA7 = R"polar(
actor User {}
resource Repository {
  roles = ["reader", "admin"];
  permissions = ["read", "delete"];
  "reader" if "admin";  "read" if "reader";
  "read" if is_public(resource);
}
# Deletion needs an explicit is_protected(repo, false) fact; a missing fact is not false.
has_permission(actor: Actor, "delete", repo: Repository) if
  has_role(actor, "admin", repo) and is_protected(repo, false);
)polar";

const char* kA8 = R"polar(
actor User {}
resource Document { roles = ["viewer"]; permissions = ["read"]; "read" if "viewer"; }
has_role(user: User, role: String, doc: Document) if
  expiry matches Integer and has_temporary_role(user, role, doc, expiry) and @current_unix_time < expiry;

test "temporary access expires" {
  setup {
    has_temporary_role(User{"kim"}, "viewer", Document{"roadmap"}, 4102444800);  # 2100-01-01
    has_temporary_role(User{"lee"}, "viewer", Document{"roadmap"}, 946684800);   # 2000-01-01
  }
  assert allow(User{"kim"}, "read", Document{"roadmap"});
  assert_not allow(User{"lee"}, "read", Document{"roadmap"});
}
)polar";

const char* kA9 = R"polar(
actor User {}
resource Organization { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Project {
  roles = ["member"];
  permissions = ["read"];
  relations = { organization: Organization };
  "read" if "member";
}
# Organization members join every project except restricted ones.
has_role(user: User, "member", project: Project) if
  org matches Organization and has_relation(project, "organization", org) and
  has_role(user, "member", org) and not is_restricted(project);
# A custom allow replaces the default: suspended users can do nothing.
allow(user: User, action: String, resource: Resource) if
  has_permission(user, action, resource) and not is_suspended(user);
)polar";

const char* kWorkedExample = R"polar(actor User {}

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
)polar";

const char* kTestExample = R"polar(test fixture acme_org {
  has_role(User{"alice"}, "member", Organization{"acme"});
  has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
}

test "organization members can read repositories" {
  setup {
    fixture acme_org;
    has_relation(Issue{"7"}, "repository", Repository{"anvil"});
  }
  assert allow(User{"alice"}, "read", Issue{"7"});
  assert_not allow(User{"alice"}, "push", Repository{"anvil"});
  assert has_role(User{"alice"}, "reader", Repository{"anvil"});   # any predicate can be asserted
  assert has_role(User{"alice"}, _, Organization{"acme"});         # some role
  assert allow(User{"alice"}, action: String, Repository{"anvil"}) iff action in ["read"];
  assert_not allow(_: User, "push", Repository{"anvil"});          # nobody may push
}
)polar";

// The compiler output listed in §5.5, itself valid Polar.
const char* kWorkedExampleExpansion = R"polar(
# Repository
has_role(actor: Actor, "reader", resource: Repository) if
  related matches Organization and has_relation(resource, "organization", related) and
  has_role(actor, "member", related);
has_permission(actor: Actor, "close", resource: Issue) if
  actor matches User and has_relation(resource, "author", actor);
# added because the policy defines no allow/3 (§6.7)
allow(actor, action, resource) if has_permission(actor, action, resource);
)polar";

// Smaller examples from the body of the spec (§4.3, §4.4, §5.3, §6.4, §6.6, §7.2, §7.4, §9.1-§9.3).
const char* kSpecFragments = R"polar(
global {
  roles = ["superadmin", "support"];
  permissions = ["create_organization"];
  "support" if "superadmin";
  "create_organization" if "superadmin";
}
resource Organization { roles = ["admin"]; "admin" if global "superadmin"; }
resource File { roles = ["viewer"]; permissions = ["read"]; relations = { owner: User };
                "read" if "viewer"; "viewer" if "owner"; }
resource Spreadsheet extends File { permissions = ["edit_formulas"]; "edit_formulas" if "owner"; }
resource Document {
  permissions = ["read"];
  "read" if "viewer" or (is_public(resource) and not is_draft(resource));
}
has_role(_: User, "user");
has_role(actor: Actor, role: String, repo: Repository) if
  org matches Organization and has_relation(repo, "organization", org) and
  has_default_role(org, role) and has_role(actor, "member", org);
has_permission(_: User, "read", _: Organization);    # every user may read every organization
has_relation(Field{"email"}, "parent", _: Account);   # every account has an email field
has_permission(user: User, "read_profile", user: User);
has_permission(_: User, "create", "Organization");
has_permission(_: User, "read", doc: Document) if
  released matches Integer and release_time(doc, released) and released <= @current_unix_time;
has_role(actor: Actor, role: String, repo: Repository) if
  org matches Organization and has_relation(repo, "organization", org) and
  has_role(actor, role, org) and not is_private(repo);
has_role(User{"bob"}, "owner", Organization{"acme"});            # role on a resource
has_role(User{"alice"}, "admin");                                 # global role
has_role(Group{"eng"}, "reader", Repository{"anvil"});            # any actor can hold roles
has_role(User{"dee"}, Role{"accountant"}, Organization{"acme"});  # custom role as an entity
has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
is_public(Repository{"anvil"});                                   # attribute as presence
is_protected(Repository{"anvil"}, false);                         # attribute with a value
expires_at(File{"report.pdf"}, 1767225600);                       # Integer attribute
resource Plan {}  resource Feature {}
plan_quota(Plan{"team"}, Feature{"repository"}, 10);
plan_quota(Plan{"enterprise"}, Feature{"repository"}, 500);
declare has_status(Document, String);  declare has_status(Folder, String);
declare audit_tag(Resource, String, Integer);
allow(_, _, _);
)polar";

// The GitCloud fragments of the Oso Cloud end-to-end example, completed into valid blocks.
const char* kGitCloud = R"polar(
actor User {}

resource Org {
  roles = ["member"];
}

resource Repo {
  roles = ["reader", "admin"];
  permissions = ["view", "create_role_assignment", "delete_role_assignment"];
  relations = { parent: Org };
  "view" if "reader";
  "create_role_assignment" if "admin";
  "delete_role_assignment" if "admin";
  "reader" if "member" on "parent";
}

resource Issue {
  roles = ["creator"];
  permissions = ["view", "close"];
  relations = { parent: Repo };
  "close" if "creator";
  "view" if "reader" on "parent";
}
)polar";

TEST(ParserSpecExamples, AppendixPoliciesParseCleanly) {
  for (const char* source : {kA1, kA2, kA3, kA4, kA5, kA6, kA7, kA8, kA9}) {
    SCOPED_TRACE(source);
    parse_clean(source);
  }
}

TEST(ParserSpecExamples, WorkedExampleAndTestsParseCleanly) {
  parse_clean(kWorkedExample);
  parse_clean(kTestExample);
  parse_clean(std::string(kWorkedExample) + kTestExample);
  parse_clean(kWorkedExampleExpansion);
  parse_clean(kSpecFragments);
}

TEST(ParserSpecExamples, GitCloudFragments) {
  ast::Policy policy = parse_clean(kGitCloud);
  ASSERT_EQ(policy.blocks.size(), 4u);
  const ast::Block* repo = find_block(policy, "Repo");
  ASSERT_NE(repo, nullptr);
  ASSERT_EQ(repo->shorthands.size(), 4u);
  EXPECT_EQ(show(repo->shorthands[3].body), R"("member" on "parent")");
  parse_clean("allow(_, _, _);");
  parse_clean("");
  parse_clean("# only a comment\n");
}

TEST(ParserSpecExamples, A1Shape) {
  ast::Policy policy = parse_clean(kA1);
  ASSERT_EQ(policy.blocks.size(), 2u);
  const ast::Block& org = policy.blocks[1];
  EXPECT_EQ(org.kind, ast::Block::Kind::Resource);
  EXPECT_EQ(org.type.text, "Organization");
  EXPECT_EQ(org.type.pos, at(3, 10));
  ASSERT_EQ(org.declarations.size(), 2u);
  EXPECT_EQ(org.declarations[0].kind, ast::DeclKind::Roles);
  EXPECT_EQ(org.declarations[0].shape, ast::Declaration::Shape::List);
  ASSERT_EQ(org.declarations[0].strings.size(), 3u);
  EXPECT_EQ(org.declarations[0].strings[2].text, "admin");
  EXPECT_EQ(org.declarations[0].strings[2].pos, at(4, 32));
  EXPECT_EQ(org.shorthands.size(), 5u);
  ASSERT_EQ(policy.tests.size(), 1u);
  const ast::Test& test = policy.tests[0];
  EXPECT_EQ(test.name.text, "editors can read and update, nothing else");
  EXPECT_EQ(test.name.pos, at(9, 6));
  EXPECT_TRUE(test.has_setup);
  EXPECT_EQ(test.setup_pos, at(10, 3));
  ASSERT_EQ(test.setup_facts.size(), 1u);
  EXPECT_EQ(show(test.setup_facts[0].args[2]), R"(Organization{"acme"})");
  ASSERT_EQ(test.assertions.size(), 1u);
  const ast::Assertion& assertion = test.assertions[0];
  EXPECT_FALSE(assertion.negated);
  EXPECT_EQ(assertion.name.text, "allow");
  ASSERT_EQ(assertion.args.size(), 3u);
  EXPECT_EQ(show(assertion.args[1]), "action: String");
  EXPECT_TRUE(assertion.has_iff);
  EXPECT_EQ(assertion.iff_var.text, "action");
  EXPECT_FALSE(assertion.iff_not_in);
  ASSERT_EQ(assertion.iff_list.size(), 2u);
  EXPECT_EQ(assertion.iff_list[1].value, Value::string("update"));
}

TEST(ParserSpecExamples, A2VariableHead) {
  ast::Policy policy = parse_clean(kA2);
  const ast::Block* folder = find_block(policy, "Folder");
  ASSERT_NE(folder, nullptr);
  ASSERT_EQ(folder->declarations.size(), 3u);
  const ast::Declaration& relations = folder->declarations[2];
  EXPECT_EQ(relations.kind, ast::DeclKind::Relations);
  EXPECT_EQ(relations.shape, ast::Declaration::Shape::Map);
  EXPECT_EQ(relations.value_pos, at(5, 15));
  ASSERT_EQ(relations.relations.size(), 1u);
  EXPECT_EQ(relations.relations[0].name.text, "parent");
  EXPECT_EQ(relations.relations[0].type.text, "Folder");
  const ast::Shorthand& role = folder->shorthands[0];
  EXPECT_TRUE(role.variable_head);
  EXPECT_EQ(role.head.text, "role");
  EXPECT_EQ(role.pos, at(6, 3));
  EXPECT_EQ(role.body.kind, EK::ShVarOn);
  EXPECT_EQ(role.body.term.text, "role");
  ASSERT_TRUE(role.body.relation.has_value());
  EXPECT_EQ(role.body.relation->text, "parent");
  EXPECT_EQ(role.body.relation->pos, at(6, 19));
}

TEST(ParserSpecExamples, A4GlobalBlock) {
  ast::Policy policy = parse_clean(kA4);
  ASSERT_EQ(policy.blocks.size(), 3u);
  EXPECT_EQ(policy.blocks[1].kind, ast::Block::Kind::Global);
  EXPECT_EQ(policy.blocks[1].pos, at(3, 1));
  EXPECT_EQ(policy.blocks[1].type.text, "");
  EXPECT_EQ(show(policy.blocks[2].shorthands[0].body), R"(global "superadmin")");
  EXPECT_EQ(policy.blocks[2].shorthands[0].body.pos, at(11, 14));
}

TEST(ParserSpecExamples, A5A8A9RuleBodies) {
  ast::Policy a5 = parse_clean(kA5);
  ASSERT_EQ(a5.rules.size(), 1u);
  EXPECT_EQ(a5.rules[0].name.text, "has_permission");
  EXPECT_EQ(a5.rules[0].pos, at(9, 1));
  ASSERT_EQ(a5.rules[0].params.size(), 3u);
  EXPECT_EQ(show(a5.rules[0].params[2]), "org: Organization");
  EXPECT_EQ(show(*a5.rules[0].body),
            "And(role matches Role, has_role(user, role, org), grants_permission(role, action))");

  ast::Policy a8 = parse_clean(kA8);
  ASSERT_EQ(a8.rules.size(), 1u);
  const Expr& comparison = a8.rules[0].body->operands[2];
  EXPECT_EQ(comparison.kind, EK::Compare);
  EXPECT_EQ(comparison.op, ast::CompareOp::Lt);
  EXPECT_EQ(comparison.lhs.kind, Term::Kind::Constant);
  EXPECT_EQ(comparison.lhs.name, "current_unix_time");
  EXPECT_EQ(comparison.pos, at(5, 78));
  EXPECT_EQ(a8.tests[0].setup_facts[0].args[3].value, Value::integer(4102444800));

  ast::Policy a9 = parse_clean(kA9);
  ASSERT_EQ(a9.rules.size(), 2u);
  EXPECT_EQ(show(a9.rules[0].params[1]), "\"member\"");
  EXPECT_EQ(show(*a9.rules[1].body), "And(has_permission(user, action, resource), Not(is_suspended(user)))");
  EXPECT_EQ(a9.rules[1].body->operands[1].pos, at(16, 46));
}

TEST(ParserSpecExamples, A6Test) {
  ast::Policy policy = parse_clean(kA6);
  ASSERT_EQ(policy.tests.size(), 1u);
  EXPECT_EQ(policy.tests[0].setup_facts.size(), 4u);
  ASSERT_EQ(policy.tests[0].assertions.size(), 2u);
  EXPECT_TRUE(policy.tests[0].assertions[1].negated);
  EXPECT_EQ(policy.tests[0].assertions[1].pos, at(22, 3));
}

TEST(ParserSpecExamples, WorkedExampleShorthands) {
  ast::Policy policy = parse_clean(kWorkedExample);
  const ast::Block* repository = find_block(policy, "Repository");
  ASSERT_NE(repository, nullptr);
  const ast::Shorthand& reader = repository->shorthands[0];
  EXPECT_FALSE(reader.variable_head);
  EXPECT_EQ(reader.head.text, "reader");
  EXPECT_EQ(reader.head.pos, at(15, 3));
  EXPECT_EQ(reader.body.kind, EK::ShRole);
  EXPECT_EQ(reader.body.term.text, "member");
  EXPECT_EQ(reader.body.term.pos, at(15, 15));
  ASSERT_TRUE(reader.body.relation.has_value());
  EXPECT_EQ(reader.body.relation->text, "organization");
  EXPECT_EQ(reader.body.relation->pos, at(15, 27));
  const ast::Block* issue = find_block(policy, "Issue");
  ASSERT_NE(issue, nullptr);
  EXPECT_EQ(issue->declarations[1].relations.size(), 2u);
  EXPECT_EQ(show(issue->shorthands[1].body), R"(And("read", is_open(resource)))");
  EXPECT_EQ(show(issue->shorthands[3].body), R"("author")");
}

TEST(ParserSpecExamples, TestSyntaxShape) {
  ast::Policy policy = parse_clean(kTestExample);
  ASSERT_EQ(policy.fixtures.size(), 1u);
  EXPECT_EQ(policy.fixtures[0].pos, at(1, 1));
  EXPECT_EQ(policy.fixtures[0].name.text, "acme_org");
  EXPECT_EQ(policy.fixtures[0].name.pos, at(1, 14));
  EXPECT_EQ(policy.fixtures[0].facts.size(), 2u);
  EXPECT_EQ(policy.fixtures[0].facts[1].name.text, "has_relation");
  EXPECT_EQ(policy.fixtures[0].facts[1].pos, at(3, 3));
  ASSERT_EQ(policy.tests.size(), 1u);
  const ast::Test& test = policy.tests[0];
  EXPECT_EQ(test.pos, at(6, 1));
  EXPECT_EQ(test.name.pos, at(6, 6));
  ASSERT_EQ(test.setup_fixtures.size(), 1u);
  EXPECT_EQ(test.setup_fixtures[0].text, "acme_org");
  EXPECT_EQ(test.setup_fixtures[0].pos, at(8, 13));
  EXPECT_EQ(test.setup_facts.size(), 1u);
  ASSERT_EQ(test.assertions.size(), 6u);
  EXPECT_EQ(show(test.assertions[3].args[1]), "_");
  EXPECT_EQ(show(test.assertions[5].args[0]), "_: User");
  EXPECT_TRUE(test.assertions[5].negated);
}

// ---------- expressions ----------

TEST(ParserExpressions, Precedence) {
  EXPECT_EQ(rule_body("f(x) if a(x) or b(x) and c(x);"), "Or(a(x), And(b(x), c(x)))");
  EXPECT_EQ(rule_body("f(x) if a(x) and b(x) or c(x);"), "Or(And(a(x), b(x)), c(x))");
  EXPECT_EQ(rule_body("f(x) if (a(x) or b(x)) and c(x);"), "And(Or(a(x), b(x)), c(x))");
  EXPECT_EQ(rule_body("f(x) if not a(x) and b(x);"), "And(Not(a(x)), b(x))");
  EXPECT_EQ(rule_body("f(x) if not (a(x) and b(x));"), "Not(And(a(x), b(x)))");
  EXPECT_EQ(rule_body("f(x) if not not a(x);"), "Not(Not(a(x)))");
  EXPECT_EQ(rule_body("f(x) if not x = 1;"), "Not(x = 1)");
}

TEST(ParserExpressions, ChainsAreFlattened) {
  EXPECT_EQ(rule_body("f(x) if a(x) and b(x) and c(x) and d(x);"), "And(a(x), b(x), c(x), d(x))");
  EXPECT_EQ(rule_body("f(x) if a(x) or b(x) or c(x);"), "Or(a(x), b(x), c(x))");
  EXPECT_EQ(rule_body("f(x) if a(x) and (b(x) and c(x));"), "And(a(x), And(b(x), c(x)))");
  EXPECT_EQ(rule_body("f(x) if ((a(x)));"), "a(x)");
}

TEST(ParserExpressions, ChainPositionIsItsFirstCharacter) {
  ast::Policy policy = parse_clean("f(x) if (a(x) or b(x)) and c(x);");
  const Expr& body = *policy.rules[0].body;
  EXPECT_EQ(body.pos, at(1, 9));
  EXPECT_EQ(body.operands[0].pos, at(1, 10));
  EXPECT_EQ(body.operands[1].pos, at(1, 28));
}

TEST(ParserExpressions, Atoms) {
  EXPECT_EQ(rule_body("f(x) if x = 1 and x != \"a\" and x < 2 and x <= 3 and x > -4 and x >= @current_unix_time;"),
            "And(x = 1, x != \"a\", x < 2, x <= 3, x > -4, x >= @current_unix_time)");
  EXPECT_EQ(rule_body("f(x) if x matches Integer;"), "x matches Integer");
  EXPECT_EQ(rule_body("f(x) if x in [];"), "x in []");
  EXPECT_EQ(rule_body("f(x) if x in [\"a\", Repo{\"b\"}, 3, true,];"), "x in [\"a\", Repo{\"b\"}, 3, true]");
  EXPECT_EQ(rule_body("f(x) if g(x, _, \"s\", 7, false, User{\"u\"}, @current_unix_time);"),
            "g(x, _, \"s\", 7, false, User{\"u\"}, @current_unix_time)");
  EXPECT_EQ(rule_body("f(x) if \"a\" = x;"), "\"a\" = x");
  EXPECT_EQ(rule_body("f(x) if true = x;"), "true = x");
  EXPECT_EQ(rule_body("f(x) if String{\"a\"} = x and Integer{-2} = x and Boolean{false} = x;"),
            "And(\"a\" = x, -2 = x, false = x)");
}

TEST(ParserExpressions, TermPositions) {
  ast::Policy policy = parse_clean("f(\"é\", x) if\n\tg(x, User{\"a\"})\tand x = 1;");
  EXPECT_EQ(policy.rules[0].params[1].term.pos, at(1, 8));
  const Expr& body = *policy.rules[0].body;
  EXPECT_EQ(body.pos, at(2, 2));
  EXPECT_EQ(body.operands[0].name.pos, at(2, 2));
  EXPECT_EQ(body.operands[0].args[1].pos, at(2, 7));
  EXPECT_EQ(body.operands[1].pos, at(2, 22));
  EXPECT_EQ(body.operands[1].rhs.pos, at(2, 26));
}

TEST(ParserExpressions, CrLfAndBomPositions) {
  ast::Policy policy = parse_clean(
      "\xEF\xBB\xBF"
      "actor User {}\r\n\r\n  f(x) if g(x);\r\n");
  ASSERT_EQ(policy.rules.size(), 1u);
  EXPECT_EQ(policy.blocks[0].pos, at(1, 1));
  EXPECT_EQ(policy.rules[0].pos, at(3, 3));
}

TEST(ParserExpressions, NestingUpToTheLimitIsAccepted) {
  std::string source = "f(x) if " + std::string(150, '(') + "g(x)" + std::string(150, ')') + ";";
  EXPECT_EQ(rule_body(source), "g(x)");
  std::string nots = "f(x) if ";
  for (int i = 0; i < 150; i++) nots += "not ";
  nots += "g(x);";
  ParseResult result = parse_policy(nots);
  EXPECT_TRUE(result.diagnostics.items().empty()) << describe(result.diagnostics);
}

// ---------- shorthand rules ----------

TEST(ParserShorthand, BodyForms) {
  EXPECT_EQ(shorthand_body(R"("a" if "b";)"), R"("b")");
  EXPECT_EQ(shorthand_body(R"("a" if "b" on "rel";)"), R"("b" on "rel")");
  EXPECT_EQ(shorthand_body(R"(role if role on "parent";)"), R"(role on "parent")");
  EXPECT_EQ(shorthand_body(R"("a" if global "g";)"), R"(global "g")");
  EXPECT_EQ(shorthand_body(R"("a" if ("b" or "c") and not "d";)"), R"(And(Or("b", "c"), Not("d")))");
  EXPECT_EQ(shorthand_body(R"("a" if "b" or is_public(resource) and not is_draft(resource);)"),
            R"(Or("b", And(is_public(resource), Not(is_draft(resource)))))");
  EXPECT_EQ(shorthand_body(R"("a" if resource matches Foo and actor = User{"x"};)"),
            R"(And(resource matches Foo, actor = User{"x"}))");
  EXPECT_EQ(shorthand_body(R"(role if role on "parent" and role in ["a", "b"];)"),
            R"(And(role on "parent", role in ["a", "b"]))");
}

TEST(ParserShorthand, StringFollowedByOperatorIsAComparison) {
  EXPECT_EQ(shorthand_body(R"("a" if "x" = resource;)"), R"("x" = resource)");
  EXPECT_EQ(shorthand_body(R"("a" if "x" != actor;)"), R"("x" != actor)");
  EXPECT_EQ(shorthand_body(R"("a" if "x" in ["x", "y"];)"), R"("x" in ["x", "y"])");
}

TEST(ParserShorthand, ContextualWordsAsVariables) {
  EXPECT_EQ(shorthand_body(R"("a" if global = resource;)"), "global = resource");
  EXPECT_EQ(shorthand_body(R"("a" if global(resource);)"), "global(resource)");
  EXPECT_EQ(shorthand_body(R"("a" if has(actor, resource);)"), "has(actor, resource)");
}

TEST(ParserShorthand, HeadAndPositions) {
  ast::Policy policy = parse_clean("resource R {\n  \"a\" if not \"b\";\n}");
  const ast::Shorthand& sh = policy.blocks[0].shorthands[0];
  EXPECT_EQ(sh.pos, at(2, 3));
  EXPECT_EQ(sh.head.text, "a");
  EXPECT_EQ(sh.body.kind, EK::Not);
  EXPECT_EQ(sh.body.pos, at(2, 10));
  EXPECT_EQ(sh.body.operands[0].pos, at(2, 14));
}

// ---------- declarations ----------

TEST(ParserDeclarations, ShapesAreRecordedFaithfully) {
  ast::Policy policy = parse_clean(R"polar(resource R {
  roles = ["a", admin, 3, User{"x"},];
  permissions = { read: R };
  relations = ["parent"];
  role = ["x"];
  roles = "admin";
  permissions = [];
  relations = {};
  relations = { a: A, b: B, };
}
)polar");
  const std::vector<ast::Declaration>& decls = policy.blocks[0].declarations;
  ASSERT_EQ(decls.size(), 8u);
  EXPECT_EQ(decls[0].kind, ast::DeclKind::Roles);
  EXPECT_EQ(decls[0].shape, ast::Declaration::Shape::List);
  EXPECT_EQ(decls[0].keyword.pos, at(2, 3));
  EXPECT_EQ(decls[0].value_pos, at(2, 11));
  ASSERT_EQ(decls[0].strings.size(), 1u);
  ASSERT_EQ(decls[0].non_strings.size(), 3u);
  EXPECT_EQ(decls[0].non_strings[0], at(2, 17));
  EXPECT_EQ(decls[0].non_strings[1], at(2, 24));
  EXPECT_EQ(decls[0].non_strings[2], at(2, 27));
  EXPECT_EQ(decls[1].kind, ast::DeclKind::Permissions);
  EXPECT_EQ(decls[1].shape, ast::Declaration::Shape::Map);
  EXPECT_EQ(decls[1].relations.size(), 1u);
  EXPECT_EQ(decls[2].kind, ast::DeclKind::Relations);
  EXPECT_EQ(decls[2].shape, ast::Declaration::Shape::List);
  EXPECT_EQ(decls[2].strings[0].text, "parent");
  EXPECT_EQ(decls[3].kind, ast::DeclKind::Unknown);
  EXPECT_EQ(decls[3].keyword.text, "role");
  EXPECT_EQ(decls[3].shape, ast::Declaration::Shape::List);
  EXPECT_EQ(decls[4].shape, ast::Declaration::Shape::Other);
  EXPECT_EQ(decls[4].value_pos, at(6, 11));
  EXPECT_TRUE(decls[5].strings.empty());
  EXPECT_EQ(decls[5].shape, ast::Declaration::Shape::List);
  EXPECT_EQ(decls[6].shape, ast::Declaration::Shape::Map);
  EXPECT_TRUE(decls[6].relations.empty());
  EXPECT_EQ(decls[7].relations.size(), 2u);
}

TEST(ParserDeclarations, BlockHeaders) {
  ast::Policy policy = parse_clean("actor Group extends Actor {}\nresource Spreadsheet extends File, Doc {}");
  ASSERT_EQ(policy.blocks.size(), 2u);
  EXPECT_EQ(policy.blocks[0].kind, ast::Block::Kind::Actor);
  ASSERT_EQ(policy.blocks[1].extends.size(), 2u);
  EXPECT_EQ(policy.blocks[1].extends[1].text, "Doc");
  EXPECT_EQ(policy.blocks[1].extends[1].pos, at(2, 36));
}

TEST(ParserDeclarations, Declare) {
  ast::Policy policy = parse_clean("declare has_status(Document, String);\n  declare audit(Resource);");
  ASSERT_EQ(policy.declares.size(), 2u);
  EXPECT_EQ(policy.declares[0].pos, at(1, 1));
  EXPECT_EQ(policy.declares[0].name.text, "has_status");
  ASSERT_EQ(policy.declares[0].types.size(), 2u);
  EXPECT_EQ(policy.declares[0].types[1].text, "String");
  EXPECT_EQ(policy.declares[0].types[1].pos, at(1, 30));
  EXPECT_EQ(policy.declares[1].pos, at(2, 3));
}

// ---------- rules ----------

TEST(ParserRules, ParameterForms) {
  ast::Policy policy = parse_clean(
      R"(f(x, y: User, _, _: Repo, "s", 3, -3, true, Repo{"r"}, String{"t"}, Integer{4}, Boolean{false});)");
  ASSERT_EQ(policy.rules.size(), 1u);
  const ast::Rule& rule = policy.rules[0];
  EXPECT_FALSE(rule.body.has_value());
  std::vector<std::string> shown;
  for (const ast::Param& p : rule.params) shown.push_back(show(p));
  EXPECT_EQ(shown, (std::vector<std::string>{"x", "y: User", "_", "_: Repo", "\"s\"", "3", "-3", "true", "Repo{\"r\"}",
                                             "\"t\"", "4", "false"}));
  EXPECT_EQ(rule.params[1].type->pos, at(1, 9));
  EXPECT_EQ(rule.params[9].term.value, Value::string("t"));
  EXPECT_EQ(rule.params[9].term.pos, at(1, 56));
}

TEST(ParserRules, ConstantsInHeadsAreKeptForTheValidator) {
  ast::Policy policy = parse_clean("f(@current_unix_time);");
  EXPECT_EQ(policy.rules[0].params[0].term.kind, Term::Kind::Constant);
}

TEST(ParserRules, BodylessRules) {
  ast::Policy policy = parse_clean("allow(_, _, _);\nhas_role(_: User, \"user\");\nf(User{\"a\"}, 1);");
  ASSERT_EQ(policy.rules.size(), 3u);
  for (const ast::Rule& rule : policy.rules) EXPECT_FALSE(rule.body.has_value());
}

TEST(ParserRules, ContextualKeywordsAsOrdinaryNames) {
  ast::Policy policy = parse_clean(R"polar(
test(x) if f(x);
declare(x);
global(x);
actor(x);
resource(x) if actor(resource);
fixture(x) if setup(x) and assert(x) and assert_not(x) and extends(x) and roles(x);
has_permission(actor: Actor, "read", resource: Resource) if test(actor) and global(resource);
f(permissions, relations) if g(permissions, relations);
)polar");
  ASSERT_EQ(policy.rules.size(), 8u);
  EXPECT_EQ(policy.rules[0].name.text, "test");
  EXPECT_EQ(show(*policy.rules[0].body), "f(x)");
  EXPECT_EQ(policy.rules[1].name.text, "declare");
  EXPECT_EQ(policy.rules[2].name.text, "global");
  EXPECT_EQ(policy.rules[3].name.text, "actor");
  EXPECT_EQ(show(*policy.rules[4].body), "actor(resource)");
  EXPECT_EQ(show(policy.rules[6].params[0]), "actor: Actor");
  EXPECT_EQ(show(policy.rules[6].params[2]), "resource: Resource");
  EXPECT_TRUE(policy.blocks.empty());
  EXPECT_TRUE(policy.tests.empty());
}

TEST(ParserRules, KeywordsAreCaseSensitive) {
  ast::Policy policy = parse_clean("f(x) if If(x) and Not(x) and x = True;");
  EXPECT_EQ(show(*policy.rules[0].body), "And(If(x), Not(x), x = True)");
}

// ---------- tests ----------

TEST(ParserTests, SetupMustComeFirstAndOnlyOnce) {
  ParseResult result = expect_one_error("test \"t\" {\n  assert f(1);\n  setup { f(1); }\n}", "T04", 3, 3,
                                        "'setup' must come first in test \"t\" and may appear only once.");
  ASSERT_EQ(result.policy.tests.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].setup_facts.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].setup_pos, at(3, 3));

  result = expect_one_error("test \"u\" { setup { f(1); } setup { fixture x; f(2); } }", "T04", 1, 28,
                            "'setup' must come first in test \"u\" and may appear only once.");
  ASSERT_EQ(result.policy.tests.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].setup_pos, at(1, 12));
  EXPECT_EQ(result.policy.tests[0].setup_facts.size(), 2u);
  EXPECT_EQ(result.policy.tests[0].setup_fixtures.size(), 1u);
}

TEST(ParserTests, AssertionForms) {
  ast::Policy policy = parse_clean(R"polar(test "forms" {
  assert_not allow(_: User, x: String, _) iff x not in ["a", "b",];
  assert f(1, "x", true, Repo{"r"});
  assert g(y);
})polar");
  ASSERT_EQ(policy.tests.size(), 1u);
  const std::vector<ast::Assertion>& assertions = policy.tests[0].assertions;
  ASSERT_EQ(assertions.size(), 3u);
  EXPECT_EQ(show(assertions[0].args[1]), "x: String");
  EXPECT_EQ(show(assertions[1].args[3]), "Repo{\"r\"}");
  EXPECT_EQ(show(assertions[2].args[0]), "y");  // the validator reports T08
  EXPECT_FALSE(assertions[2].has_iff);
}

TEST(ParserTests, IffNotIn) {
  ast::Policy policy =
      parse_clean("test \"t\" { assert_not allow(_: User, x: String, _) iff x not in [\"a\", \"b\",]; }");
  const ast::Assertion& a = policy.tests[0].assertions[0];
  EXPECT_TRUE(a.negated);
  EXPECT_TRUE(a.iff_not_in);
  EXPECT_EQ(a.iff_list.size(), 2u);
  EXPECT_EQ(a.iff_var.pos, at(1, 56));
}

TEST(ParserTests, FactsAndVariablesInSetupAreKeptForTheValidator) {
  ast::Policy policy = parse_clean("test \"t\" { setup { f(x, _, @current_unix_time); fixture(Foo{\"a\"}); } }");
  const ast::Test& test = policy.tests[0];
  ASSERT_EQ(test.setup_facts.size(), 2u);
  EXPECT_EQ(test.setup_facts[0].args[0].kind, Term::Kind::Variable);
  EXPECT_EQ(test.setup_facts[0].args[1].kind, Term::Kind::Wildcard);
  EXPECT_EQ(test.setup_facts[0].args[2].kind, Term::Kind::Constant);
  EXPECT_EQ(test.setup_facts[1].name.text, "fixture");
}

TEST(ParserTests, EmptyTestAndFixture) {
  ast::Policy policy = parse_clean("test \"empty\" {}\ntest fixture nothing {}");
  EXPECT_EQ(policy.tests.size(), 1u);
  EXPECT_EQ(policy.fixtures.size(), 1u);
}

// ---------- diagnostics ----------

TEST(ParserDiagnostics, LexicalErrorsComeThrough) {
  expect_one_error("f(x) if x = $;", "P01", 1, 13, "Unexpected character '$'.");
  expect_one_error("f(x) if x = \"a\xFF\";", "P01", 1, 15, "Unexpected byte 0xFF; policy source must be valid UTF-8.");
  expect_one_error("f(\"abc);\ng(x);", "P02", 1, 3, "Unterminated string literal; strings cannot contain line breaks.");
  expect_one_error("f(\"a\\qb\");", "P03", 1, 5,
                   R"(Invalid escape sequence '\q' in string literal; only \" and \\ are allowed.)");
  expect_one_error("f(9223372036854775808);", "P04", 1, 3,
                   "Integer literal 9223372036854775808 does not fit in a 64-bit Integer.");
  expect_one_error("f(x) if x = 1.5;", "P05", 1, 13, "Floating-point numbers are not supported: '1.5'.");
  expect_one_error("f(x) if x < @now;", "P06", 1, 13,
                   "Unknown constant '@now'. The only built-in constant is @current_unix_time.");
}

TEST(ParserDiagnostics, LexicalErrorsKeepTheRule) {
  ParseResult result = parse_policy("f(x) if x = 007 and g(x);");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"1:13 P04"}));
  ASSERT_EQ(result.policy.rules.size(), 1u);
  EXPECT_EQ(show(*result.policy.rules[0].body), "And(x = 7, g(x))");
}

TEST(ParserDiagnostics, P07SyntaxErrors) {
  expect_one_error("allow(a, b, c) if f(a) if g(b);", "P07", 1, 24, "Unexpected 'if'; expected ';' or 'and'.");
  expect_one_error("allow(a, b, c) if f(a)", "P07", 1, 23, "Unexpected end of input; expected ';' or 'and'.");
  expect_one_error("f(a, b,);", "P07", 1, 8, "Unexpected ')'; trailing commas are not allowed in argument lists.");
  expect_one_error("f(x) if g(x,);", "P07", 1, 13,
                   "Unexpected ')'; trailing commas are not allowed in argument lists.");
  expect_one_error("f(x) if a < b < c;", "P07", 1, 15,
                   "Unexpected '<'; comparisons do not chain. Combine them with 'and'.");
  expect_one_error("f();", "P07", 1, 3, "Unexpected ')'; expected a parameter.");
  expect_one_error("f(x) if g();", "P07", 1, 11, "Unexpected ')'; expected an argument.");
  expect_one_error("foo;", "P07", 1, 4, "Unexpected ';'; expected '('.");
  expect_one_error("f(x) g(x);", "P07", 1, 6, "Unexpected 'g'; expected 'if' or ';'.");
  expect_one_error("f(x) if ;", "P07", 1, 9, "Unexpected ';'; expected a condition.");
  expect_one_error("f(x) if x;", "P07", 1, 10,
                   "Unexpected ';'; expected '(', a comparison operator, 'in' or 'matches'.");
  expect_one_error("f(x) if x = g(x);", "P07", 1, 14, "Unexpected '('; a call cannot be used as a value.");
  expect_one_error("f(x) if x in [y];", "P07", 1, 15, "Unexpected 'y'; expected a literal or ']'.");
  expect_one_error("f(x) if (g(x);", "P07", 1, 14, "Unexpected ';'; expected ')' or 'and'.");
  expect_one_error("\"x\";", "P07", 1, 1, "Unexpected string \"x\"; expected a block, rule, declare or test.");
  expect_one_error("}", "P07", 1, 1, "Unexpected '}'; expected a block, rule, declare or test.");
  expect_one_error("actor User {};", "P07", 1, 14, "Unexpected ';'; a block is not followed by ';'.");
  expect_one_error("f(x);\n}}}", "P07", 2, 1, "Unexpected '}'; expected a block, rule, declare or test.");
  expect_one_error("actor {}", "P07", 1, 7, "Unexpected '{'; expected a type name after 'actor'.");
  expect_one_error("resource R { roles = [\"a\"];", "P07", 1, 28, "Unexpected end of input; expected '}'.");
  expect_one_error("resource R { \"a\" \"b\"; }", "P07", 1, 18, "Unexpected string \"b\"; expected 'if'.");
  expect_one_error("resource R { roles [\"a\"]; }", "P07", 1, 20, "Unexpected '['; expected '=' or 'if'.");
  expect_one_error("resource R { has_role(x) if g(x); }", "P07", 1, 14,
                   "Unexpected rule 'has_role(...)' inside a block; ordinary rules are written at top level, outside "
                   "the block.");
  expect_one_error("resource R { relations = { \"a\": B }; }", "P07", 1, 28,
                   "Unexpected string \"a\"; expected a relation name or '}'.");
  expect_one_error("resource R { roles = [\"a\" \"b\"]; }", "P07", 1, 27,
                   "Unexpected string \"b\"; expected ',' or ']'.");
  expect_one_error("test fixture f { fixture g; }", "P07", 1, 18,
                   "Unexpected 'fixture'; fixtures cannot include other fixtures.");
  expect_one_error("test \"t\" { f(1); }", "P07", 1, 12,
                   "Unexpected 'f'; expected 'setup', 'assert', 'assert_not' or '}'.");
  expect_one_error("test \"t\" { assert f(1) iff x [1]; }", "P07", 1, 30, "Unexpected '['; expected 'in' or 'not'.");
  expect_one_error("f(Integer{\"3\"});", "P07", 1, 11,
                   "Unexpected string \"3\"; expected an integer inside Integer{...}.");
  expect_one_error("declare f();", "P07", 1, 11, "Unexpected ')'; expected a type name.");
}

TEST(ParserDiagnostics, P07NestingTooDeep) {
  std::string source = "f(x) if " + std::string(100000, '(') + "g(x);\ng(y) if h(y);";
  ParseResult result = expect_one_error(
      source, "P07", 1, 209, "Expression nested too deeply; at most 200 levels of parentheses and 'not' are allowed.");
  ASSERT_EQ(result.policy.rules.size(), 1u);  // parsing resumed after the ';'
  EXPECT_EQ(result.policy.rules[0].name.text, "g");
  std::string nots = "f(x) if ";
  for (int i = 0; i < 100000; i++) nots += "not ";
  result = parse_policy(nots + "g(x);");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"1:809 P07"}));
}

TEST(ParserDiagnostics, P08ReservedWords) {
  expect_one_error("in(x) if f(x);", "P08", 1, 1, "'in' is a reserved word and cannot be used as a name.");
  expect_one_error("f(x) if g(on);", "P08", 1, 11, "'on' is a reserved word and cannot be used as a name.");
  expect_one_error("f(x: if);", "P08", 1, 6, "'if' is a reserved word and cannot be used as a name.");
  expect_one_error("f(iff);", "P08", 1, 3, "'iff' is a reserved word and cannot be used as a name.");
  expect_one_error("f(x) if x matches not;", "P08", 1, 19, "'not' is a reserved word and cannot be used as a name.");
  expect_one_error("resource in {}", "P08", 1, 10, "'in' is a reserved word and cannot be used as a name.");
  expect_one_error("resource R { relations = { on: R }; }", "P08", 1, 28,
                   "'on' is a reserved word and cannot be used as a name.");
  expect_one_error("test fixture and {}", "P08", 1, 14, "'and' is a reserved word and cannot be used as a name.");
  expect_one_error("test \"t\" { setup { fixture or; } }", "P08", 1, 28,
                   "'or' is a reserved word and cannot be used as a name.");
  expect_one_error("declare matches(String);", "P08", 1, 9,
                   "'matches' is a reserved word and cannot be used as a name.");
  expect_one_error("test \"t\" { assert f(x: String) iff true in [1]; }", "P08", 1, 36,
                   "'true' is a reserved word and cannot be used as a name.");
}

TEST(ParserDiagnostics, P09UnsupportedSyntax) {
  const std::string store = " Store the value as a fact, e.g. has_owner(repo, user).";
  expect_one_error("f(user) if user.id = 1;", "P09", 1, 16,
                   "Unsupported syntax: attribute access 'user.id' is not part of this language." + store);
  expect_one_error("f(user) if g(user.name());", "P09", 1, 18,
                   "Unsupported syntax: method call 'user.name(...)' is not part of this language." + store);
  const std::string arithmetic =
      "') is not part of this language. Compute the value in the application and store it as a fact.";
  expect_one_error("f(x) if x = y + 1;", "P09", 1, 15, "Unsupported syntax: arithmetic ('+" + arithmetic);
  expect_one_error("f(x) if x = y * 2;", "P09", 1, 15, "Unsupported syntax: arithmetic ('*" + arithmetic);
  expect_one_error("f(x) if x = y / 2;", "P09", 1, 15, "Unsupported syntax: arithmetic ('/" + arithmetic);
  expect_one_error("f(x) if x = y % 2;", "P09", 1, 15, "Unsupported syntax: arithmetic ('%" + arithmetic);
  expect_one_error("f(x) if x = y - z;", "P09", 1, 15, "Unsupported syntax: arithmetic ('-" + arithmetic);
  expect_one_error("f(x) if x = y -1;", "P09", 1, 15, "Unsupported syntax: arithmetic ('-" + arithmetic);
  expect_one_error("f(x) if x = - 3;", "P09", 1, 13,
                   "Unsupported syntax: the '-' of a negative integer must touch its digits, e.g. -3.");
  expect_one_error("?= allow(User{\"a\"}, \"read\", Repo{\"r\"});", "P09", 1, 1,
                   "Unsupported syntax: inline queries ('?=') are not part of this language. Write a policy test "
                   "with 'assert' instead.");
  expect_one_error("resource Billing::Invoice {}", "P09", 1, 17,
                   "Unsupported syntax: namespaced name 'Billing::Invoice' is not supported. Use a plain type name "
                   "such as BillingInvoice.");
  expect_one_error("f(x: Billing::Invoice);", "P09", 1, 13,
                   "Unsupported syntax: namespaced name 'Billing::Invoice' is not supported. Use a plain type name "
                   "such as BillingInvoice.");
  expect_one_error("f(x) if ! g(x);", "P09", 1, 9,
                   "Unsupported syntax: '!' is not an operator. Use 'not' to negate a fact or '!=' for inequality.");
  expect_one_error("f(x) if x == 1;", "P09", 1, 11,
                   "Unsupported syntax: '==' is not an operator. Use '=' for equality.");
  expect_one_error("f(x) if x = new User(\"a\");", "P09", 1, 13,
                   "Unsupported syntax: 'new' is not part of this language. Write entity values as literals, e.g. "
                   "User{\"alice\"}.");
  expect_one_error("f(x) if g(x) and cut;", "P09", 1, 18,
                   "Unsupported syntax: 'cut' is not part of this language; the order of rules never changes an "
                   "answer.");
  expect_one_error("f(x) if forall(g(x), h(x));", "P09", 1, 9,
                   "Unsupported syntax: 'forall' is not part of this language. Express the condition with facts and "
                   "'not' instead.");
  expect_one_error("f(x) if print(x);", "P09", 1, 9,
                   "Unsupported syntax: 'print' is not part of this language. Use policy tests to check what a rule "
                   "derives.");
  expect_one_error("f(x) if debug(x);", "P09", 1, 9,
                   "Unsupported syntax: 'debug' is not part of this language. Use policy tests to check what a rule "
                   "derives.");
  expect_one_error("f(x) if x isa User;", "P09", 1, 11,
                   "Unsupported syntax: 'isa' is not part of this language. Use 'x matches Type' instead.");
  expect_one_error("type has_role(User, String, Resource);", "P09", 1, 1,
                   "Unsupported syntax: 'type' declarations are not part of this language. Use 'declare "
                   "has_role(...);' instead.");
  expect_one_error("f(x) if x = {a: 1};", "P09", 1, 13,
                   "Unsupported syntax: dictionaries are not values in this language. Store each field as a fact.");
  expect_one_error("f(x) if x = .5;", "P09", 1, 13, "Unsupported syntax: '.' is not part of this language.");
}

TEST(ParserDiagnostics, P10UnknownBlockKeyword) {
  ParseResult result = expect_one_error("entity Foo { roles = [\"a\"]; }\nf(x) if g(x);", "P10", 1, 1,
                                        "Expected 'actor' or 'resource' but found 'entity'.");
  EXPECT_EQ(result.policy.rules.size(), 1u);  // the rule after the skipped block
  expect_one_error("Resource Foo {}", "P10", 1, 1, "Expected 'actor' or 'resource' but found 'Resource'.");
  expect_one_error("  actors Foo extends Bar {}", "P10", 1, 3, "Expected 'actor' or 'resource' but found 'actors'.");
}

TEST(ParserDiagnostics, P11WrongRelationKeyword) {
  ParseResult result = expect_one_error("resource R {\n  \"a\" if \"b\" of \"rel\";\n}", "P11", 2, 14,
                                        "Unexpected relation keyword 'of'. Did you mean 'on'?");
  EXPECT_EQ(show(result.policy.blocks[0].shorthands[0].body), R"("b" on "rel")");
  result = expect_one_error("resource R { role if role from \"parent\"; }", "P11", 1, 27,
                            "Unexpected relation keyword 'from'. Did you mean 'on'?");
  EXPECT_EQ(show(result.policy.blocks[0].shorthands[0].body), R"(role on "parent")");
}

TEST(ParserDiagnostics, P12ShorthandOutsideBlock) {
  ParseResult result =
      expect_one_error("\"read\" if \"reader\";", "P12", 1, 1,
                       "Shorthand rule \"read\" if \"reader\" must be inside an actor, resource or global block.");
  EXPECT_TRUE(result.policy.rules.empty());
  expect_one_error("x(y);\n  role if role on\n \"parent\";", "P12", 2, 3,
                   "Shorthand rule role if role on \"parent\" must be inside an actor, resource or global block.");
}

TEST(ParserDiagnostics, R13EntityIds) {
  ParseResult result = expect_one_error("f(Repository{1});", "R13", 1, 3,
                                        "Entity ids must be non-empty strings: write Repository{\"1\"}.");
  ASSERT_EQ(result.policy.rules.size(), 1u);  // not a syntax error: the rule is kept
  expect_one_error("f(x) if x = User{\"\"};", "R13", 1, 13,
                   "Entity ids must be non-empty strings: write User{\"<id>\"}.");
  expect_one_error("f(Repo{true});", "R13", 1, 3, "Entity ids must be non-empty strings: write Repo{\"true\"}.");
  expect_one_error("f(Repo{-7});", "R13", 1, 3, "Entity ids must be non-empty strings: write Repo{\"-7\"}.");
  expect_one_error("f(Repo{});", "R13", 1, 3, "Entity ids must be non-empty strings: write Repo{\"<id>\"}.");
  expect_one_error("test \"t\" { assert f(Repo{abc}); }", "R13", 1, 21,
                   "Entity ids must be non-empty strings: write Repo{\"abc\"}.");
}

// ---------- error recovery ----------

TEST(ParserRecovery, SeveralIndependentErrorsAreAllReported) {
  ParseResult result = parse_policy(R"polar(foo(x) if a < b < c;
bar(y) if user.id;
resource R {
  roles = ["a" "b"];
  "a" if "b" of "c";
  permissions = ["x"];
  "x" if and;
  relations = { p: R };
}
good(z) if h(z);
"read" if "reader";
also_good(z);
)polar");
  EXPECT_EQ(codes_at(result),
            (std::vector<std::string>{"1:17 P07", "2:15 P09", "4:16 P07", "5:14 P11", "7:10 P07", "11:1 P12"}))
      << describe(result.diagnostics);
  ASSERT_EQ(result.policy.blocks.size(), 1u);
  EXPECT_EQ(result.policy.blocks[0].declarations.size(), 2u);  // permissions and relations
  EXPECT_EQ(result.policy.blocks[0].shorthands.size(), 1u);
  ASSERT_EQ(result.policy.rules.size(), 2u);
  EXPECT_EQ(result.policy.rules[0].name.text, "good");
  EXPECT_EQ(result.policy.rules[1].name.text, "also_good");
}

TEST(ParserRecovery, MissingSemicolonBeforeABlock) {
  ParseResult result = parse_policy("f(x) if g(x)\nresource R { roles = [\"a\"]; }\nh(x);");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"2:1 P07"}));
  EXPECT_EQ(result.diagnostics.items()[0].message, "Unexpected 'resource'; expected ';' or 'and'.");
  EXPECT_EQ(result.policy.blocks.size(), 1u);
  EXPECT_EQ(result.policy.rules.size(), 1u);
}

TEST(ParserRecovery, UnclosedBlockFollowedByAnother) {
  ParseResult result = parse_policy("resource A { roles = [\"a\"];\nresource B { roles = [\"b\"]; }\ntest \"t\" {}");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"2:1 P07"}));
  EXPECT_EQ(result.policy.blocks.size(), 2u);
  EXPECT_EQ(result.policy.tests.size(), 1u);
}

TEST(ParserRecovery, ErrorInsideARelationMapKeepsTheBlock) {
  ParseResult result = parse_policy("resource A {\n  relations = { a: B c: D };\n  roles = [\"r\"];\n}\nf(x);");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"2:22 P07"}));
  ASSERT_EQ(result.policy.blocks.size(), 1u);
  EXPECT_EQ(result.policy.blocks[0].declarations.size(), 1u);
  EXPECT_EQ(result.policy.rules.size(), 1u);
}

TEST(ParserRecovery, ErrorsInsideTests) {
  ParseResult result = parse_policy(R"polar(test "t" {
  setup {
    f(1,);
    fixture base;
    g(2);
  }
  assert f(1) iff;
  assert g(2);
  assert_not h(;
  assert_not k(3);
}
test fixture base { f(1) g(2); h(3); }
)polar");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"3:9 P07", "7:18 P07", "9:16 P07", "12:26 P07"}))
      << describe(result.diagnostics);
  ASSERT_EQ(result.policy.tests.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].setup_facts.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].setup_fixtures.size(), 1u);
  EXPECT_EQ(result.policy.tests[0].assertions.size(), 2u);
  ASSERT_EQ(result.policy.fixtures.size(), 1u);
  EXPECT_EQ(result.policy.fixtures[0].facts.size(), 1u);
}

TEST(ParserRecovery, DiagnosticsAreInSourceOrder) {
  ParseResult result = parse_policy("f(x) if x = $;\ng(1.5) if h(;");
  EXPECT_EQ(codes_at(result), (std::vector<std::string>{"1:13 P01", "2:3 P05", "2:13 P07"}));
}

// ---------- robustness ----------

TEST(ParserRobustness, PathologicalInputsTerminate) {
  parse_policy(std::string(100000, '['));
  parse_policy(std::string(100000, '{'));
  parse_policy(std::string(100000, '}'));
  parse_policy(std::string(100000, '('));
  parse_policy(std::string(100000, ';'));
  parse_policy(std::string(100000, '"'));
  parse_policy(std::string(50000, '\xFF'));
  parse_policy("f(x) if " + std::string(100000, '['));
  parse_policy("resource R { " + std::string(100000, '{') + "\"a\" if \"b\";");
  std::string many;
  for (int i = 0; i < 20000; i++) many += "\"a\" if ";
  parse_policy(many);
  SUCCEED();
}

TEST(ParserRobustness, ErrorsAreCapped) {
  std::string source;
  for (int i = 0; i < 3000; i++) source += "f(;\n";
  ParseResult result = parse_policy(source);
  ASSERT_EQ(result.diagnostics.items().size(), kMaxReportedErrors + 1);
  EXPECT_EQ(result.diagnostics.items().back().message, "Too many errors; the rest of the policy was not checked.");
  EXPECT_EQ(result.diagnostics.items().back().pos, at(1001, 3));

  source.clear();
  for (int i = 0; i < 3000; i++) source += "$ ";
  result = parse_policy(source);
  ASSERT_EQ(result.diagnostics.items().size(), kMaxReportedErrors + 1);
  EXPECT_EQ(result.diagnostics.items().back().message, "Too many errors; later lexical errors are not reported.");
}

TEST(ParserRobustness, RandomTokenSoupNeverCrashes) {
  static const char* kPieces[] = {"actor",
                                  "resource",
                                  "global",
                                  "test",
                                  "fixture",
                                  "setup",
                                  "assert",
                                  "assert_not",
                                  "declare",
                                  "extends",
                                  "roles",
                                  "permissions",
                                  "relations",
                                  "and",
                                  "or",
                                  "not",
                                  "if",
                                  "matches",
                                  "in",
                                  "on",
                                  "iff",
                                  "true",
                                  "x",
                                  "_",
                                  "User",
                                  "{",
                                  "}",
                                  "(",
                                  ")",
                                  "[",
                                  "]",
                                  ",",
                                  ";",
                                  ":",
                                  "=",
                                  "!=",
                                  "<",
                                  ">=",
                                  "\"s\"",
                                  "\"\"",
                                  "42",
                                  "-1",
                                  "@current_unix_time",
                                  "@x",
                                  ".",
                                  "::",
                                  "?=",
                                  "$",
                                  "\n",
                                  "#c\n",
                                  "\"open",
                                  "\xC3",
                                  "1.5"};
  uint32_t seed = 7;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 3000; round++) {
    std::string source;
    int length = static_cast<int>(next() % 60);
    for (int i = 0; i < length; i++) {
      source += kPieces[next() % (sizeof kPieces / sizeof kPieces[0])];
      source += (next() % 4 == 0) ? "" : " ";
    }
    ParseResult result = parse_policy(source);
    for (const Diagnostic& d : result.diagnostics.items()) {
      ASSERT_GE(d.pos.line, 1) << source;
      ASSERT_GE(d.pos.col, 1) << source;
      ASSERT_FALSE(d.message.empty()) << source;
    }
  }
}

TEST(ParserRobustness, MutatedSpecExamplesNeverCrash) {
  const std::string base = std::string(kWorkedExample) + kTestExample + kA9 + kSpecFragments;
  uint32_t seed = 99;
  auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 1000; round++) {
    std::string source = base;
    for (int edit = 0; edit < 4; edit++) {
      size_t at_byte = next() % source.size();
      switch (next() % 3) {
        case 0:
          source.erase(at_byte, 1 + next() % 8);
          break;
        case 1:
          source.insert(at_byte, 1, static_cast<char>(next() % 128));
          break;
        default:
          source[at_byte] = static_cast<char>(next());
      }
      if (source.empty()) source = "x";
    }
    parse_policy(source);
  }
  SUCCEED();
}

}  // namespace
}  // namespace polar
