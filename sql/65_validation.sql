-- Validation: one case per code of the §12 table (polar-language.md), as polar.validate_policy()
-- rows (severity, line, col, message), the polar.load_policy() error for a representative subset,
-- and the fact checks F01-F05 on writes. Positions are those of the construct in the table's
-- "at" column. After every failing load the previously active policy is still active.

CALL regress.clear_facts();

-- Runs a statement; shows "SQLSTATE: message" (plus DETAIL/HINT lines) or "ok".
CREATE FUNCTION pg_temp.try(stmt text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hint text;
BEGIN
  EXECUTE stmt;
  RETURN NEXT 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                          det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN NEXT st || ': ' || msg;
  IF det <> '' THEN RETURN NEXT 'DETAIL: ' || det; END IF;
  IF hint <> '' THEN RETURN NEXT 'HINT: ' || hint; END IF;
END $$;

-- Loads a policy; shows the error, then whether the policy active before is still active and
-- still gives its known answer (alice may read acme).
CREATE FUNCTION pg_temp.try_load(src text, fname text DEFAULT 'authorization.polar')
RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE before int; after int;
BEGIN
  SELECT version INTO before FROM polar.policies WHERE active;
  RETURN QUERY SELECT * FROM pg_temp.try(format('SELECT polar.load_policy(%L, %L)', src, fname));
  SELECT version INTO after FROM polar.policies WHERE active;
  RETURN NEXT format('previous policy still active: %s, alice reads acme: %s',
                     before = after, polar.authorize('User:alice', 'read', 'Org:acme'));
END $$;

-- The baseline policy and its known answer.
SELECT polar.load_policy($polar$
actor User {}
resource Org { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
$polar$, 'baseline.polar') > 0 AS loaded;
SELECT polar.tell('has_role', 'User:alice', 'member', 'Org:acme');
SELECT polar.authorize('User:alice', 'read', 'Org:acme') AS alice_reads_acme;

-- A valid policy has no rows; so do the empty policy and one with only a comment.
SELECT * FROM polar.validate_policy('actor User {} resource Org { roles = ["m"]; "m" if "m"; }');
SELECT * FROM polar.validate_policy('');
SELECT * FROM polar.validate_policy(E'# only a comment\n');
SELECT * FROM polar.validate_policy(E'\uFEFFactor User {}');       -- a leading BOM is ignored

------------------------------------------------------------------------------
-- P: lexical and syntax errors
------------------------------------------------------------------------------
-- P01 at the character
SELECT 'P01' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repo { $ }');
-- P02 at the opening quote
SELECT 'P02' AS code, * FROM polar.validate_policy(E'f(x) if g(x, "abc);');
-- P03 at the backslash
SELECT 'P03' AS code, * FROM polar.validate_policy(E'actor User {}\nf(x) if g(x, "a\\nb");');
-- P04 at the literal: out of range, leading zeros, '+', hex, separators; the minimum fits
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 9223372036854775808);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, -9223372036854775809);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 007);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, +1);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 0x1F);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 1_000);');
SELECT 'P04' AS code, * FROM polar.validate_policy(E'f(x) if g(x, -9223372036854775808);');
-- P05 at the literal
SELECT 'P05' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 1.5);');
SELECT 'P05' AS code, * FROM polar.validate_policy(E'f(x) if g(x, 1e5);');
-- P06 at '@'
SELECT 'P06' AS code, * FROM polar.validate_policy(E'f(x) if g(x, y) and y < @now;');
-- P07 at the token
SELECT 'P07' AS code, * FROM polar.validate_policy(E'f(x) if g(x) if h(x);');
SELECT 'P07' AS code, * FROM polar.validate_policy(E'f(x) if g(x, y) and 1 < y < 3;');   -- no chaining
SELECT 'P07' AS code, * FROM polar.validate_policy(E'f(x, ) if g(x);');                  -- trailing comma
-- after a syntax error the validator resumes at the next ';' or '}' and reports everything, sorted
SELECT 'P07+R01' AS code, * FROM polar.validate_policy(E'f(x) if if;\ng(x) if h(x) h;\nk(y) if m(z);');
-- P08 at the word
SELECT 'P08' AS code, * FROM polar.validate_policy(E'f(in) if g(in);');
-- P09 at the token
SELECT 'P09' AS code, * FROM polar.validate_policy(E'f(user) if g(user.id);');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'f(x) if g(x, y) and y = 1 + 2;');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'f(x) if g(x, - 3);');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'f(x) if g(x) and ! h(x);');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'resource Billing::Invoice {}');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'f(x) if x isa User;');
SELECT 'P09' AS code, * FROM polar.validate_policy(E'type has_role(User, String, Repository);');
-- P10 at the word
SELECT 'P10' AS code, * FROM polar.validate_policy(E'entity User {}');
-- P11 at the word
SELECT 'P11' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Org { roles = ["member"]; }\nresource Repo { roles = ["reader"]; relations = { parent: Org };\n  "reader" if "member" of "parent"; }');
-- P12 at the head string
SELECT 'P12' AS code, * FROM polar.validate_policy(E'actor User {}\n"read" if "reader";');
-- columns count code points (a tab is one column); CRLF is one line break
SELECT 'P01' AS code, * FROM polar.validate_policy(E'f(x) if g(x, "äöü") and $;');
SELECT 'P01' AS code, * FROM polar.validate_policy(E'\tf(x) if $;');
SELECT 'P01' AS code, * FROM polar.validate_policy(E'actor User {}\r\nresource R {\r\n $ }');

------------------------------------------------------------------------------
-- B, W01: blocks and declarations
------------------------------------------------------------------------------
SELECT 'B01' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {}\nresource Repository {}');
SELECT 'B02' AS code, * FROM polar.validate_policy(E'actor Actor {}');
SELECT 'B02' AS code, * FROM polar.validate_policy(E'resource String {}');
SELECT 'B03' AS code, * FROM polar.validate_policy(E'global { roles = ["a"]; }\nglobal { roles = ["b"]; }');
SELECT 'B04' AS code, * FROM polar.validate_policy(E'resource Repository {\n  role = ["admin"];\n}');
SELECT 'B05' AS code, * FROM polar.validate_policy(E'resource Repository {\n  roles = { a: Repository };\n}');
SELECT 'B05' AS code, * FROM polar.validate_policy(E'resource Repository {\n  relations = ["a"];\n}');
SELECT 'B06' AS code, * FROM polar.validate_policy(E'resource Repository {\n  roles = ["a"];\n  roles = ["b"];\n}');
SELECT 'B07' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  roles = ["writer"];\n  relations = { writer: User };\n}');
SELECT 'B07' AS code, * FROM polar.validate_policy(E'resource Repository {\n  roles = ["read"];\n  permissions = ["read"];\n}');
SELECT 'B08' AS code, * FROM polar.validate_policy(E'resource Repository {\n  roles = ["admin", ""];\n}');
SELECT 'B09' AS code, * FROM polar.validate_policy(E'resource Repository {\n  relations = { parent: Org };\n}');
-- ... and a rule that uses that relation adds no second, misleading error ("undeclared term")
SELECT 'B09' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  roles = ["reader"];\n  relations = { parent: Org };\n  "reader" if "member" on "parent";\n}');
SELECT 'B10' AS code, * FROM polar.validate_policy(E'actor User {}\nglobal {\n  relations = { owner: User };\n}');
SELECT 'B11' AS code, * FROM polar.validate_policy(E'resource Spreadsheet extends Sheet {}');
SELECT 'B12' AS code, * FROM polar.validate_policy(E'resource A extends B {}\nresource B extends A {}');
SELECT 'B13' AS code, * FROM polar.validate_policy(E'actor User {}\nresource File { relations = { owner: User }; }\nresource Spreadsheet extends File {\n  roles = ["owner"];\n}');
SELECT 'W01' AS code, * FROM polar.validate_policy(E'resource Repository {\n  roles = ["admin", "admin"];\n}');

------------------------------------------------------------------------------
-- H: shorthand rules
------------------------------------------------------------------------------
SELECT 'H01' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  permissions = ["read"];\n  "read" if "maintainer";\n}');
SELECT 'H02' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Organization { roles = ["member"]; }\nresource Repository {\n  roles = ["reader"];\n  relations = { organization: Organization };\n  "reader" if "owner" on "organization";\n}');
SELECT 'H03' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  roles = ["reader", "admin"];\n  "reader" if "reader" on "admin";\n}');
SELECT 'H04' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  roles = ["reader"];\n  relations = { owner: User };\n  "owner" if "reader";\n}');
SELECT 'H05' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Organization {}\nresource Repository {\n  permissions = ["read"];\n  relations = { organization: Organization };\n  "read" if "organization";\n}');
SELECT 'H06' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Organization {\n  roles = ["admin"];\n  "admin" if global "superadmin";\n}');
-- H07 at the keyword: 'global' (col 10) and 'on' (col 14)
SELECT 'H07' AS code, * FROM polar.validate_policy(E'actor User {}\nglobal {\n  roles = ["a", "b"];\n  "a" if global "b";\n}');
SELECT 'H07' AS code, * FROM polar.validate_policy(E'actor User {}\nglobal {\n  roles = ["a", "b"];\n  "a" if "b" on "x";\n}');
SELECT 'H08' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {\n  roles = ["reader", "banned"];\n  permissions = ["read"];\n  "read" if "reader" and not "banned";\n}');
SELECT 'H09' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Folder {\n  roles = ["viewer"];\n  relations = { parent: Folder };\n  role if "viewer";\n}');
SELECT 'H09' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Folder {\n  roles = ["viewer"];\n  relations = { parent: Folder };\n  role if role on "parent" or "viewer";\n}');
SELECT 'H10' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Folder {\n  relations = { parent: Folder };\n  role if role on "parent";\n}');

------------------------------------------------------------------------------
-- R, W02: rules
------------------------------------------------------------------------------
SELECT 'R01' AS code, * FROM polar.validate_policy(E'actor User {}\nf(user: User) if g(user, repo);');
SELECT 'R02' AS code, * FROM polar.validate_policy(E'actor User {}\nactor Group {}\nf(x: User) if g(x) and x matches Group;');
SELECT 'R02' AS code, * FROM polar.validate_policy(E'actor User {}\nactor Group {}\nf(x: User, x: Group) if g(x);');
-- R03 at 'not'
SELECT 'R03' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u) and not (h(u) and k(u));');
SELECT 'R03' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u, a) and not a = 1;');
-- R04 at the call (col 28)
SELECT 'R04' AS code, * FROM polar.validate_policy(E'actor User {}\nis_banned(u: User) if g(u);\nf(u: User) if h(u) and not is_banned(u);');
-- R05 at the variable (col 40)
SELECT 'R05' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u) and not is_archived(repo) and not is_hidden(repo);');
SELECT 'R06' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User, action: String) if g(u) and action != "delete";');
SELECT 'R07' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u, x) and x = _;');
-- R08 at the operator (col 50)
SELECT 'R08' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u, x) and x matches String and x < "b";');
-- R09 at the operator (col 26)
SELECT 'R09' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u) and u = "alice";');
SELECT 'R10' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User, a: String) if g(u, a) and a in ["read", 3];');
SELECT 'R11' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if g(u) and "x" matches String;');
SELECT 'R12' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User, @current_unix_time) if g(u);');
SELECT 'R12' AS code, * FROM polar.validate_policy(E'expires(User{"a"}, @current_unix_time);');
SELECT 'R13' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {}\nf(u: User) if g(u, Repository{1});');
SELECT 'R14' AS code, * FROM polar.validate_policy(E'actor User {}\nf(u: User) if audit_log(u, 1, 2, 3, 4, 5);');
SELECT 'R14' AS code, * FROM polar.validate_policy(E'declare audit(String, String, String, String, String, String);');
-- A policy fact is a fact: at most 5 arguments (§9.1, checked like every source, §9.5).
SELECT 'R14' AS code, * FROM polar.validate_policy(E'actor User {}\naudit_log(User{"a"}, 1, 2, 3, 4, 5);');
SELECT 'W02' AS code, * FROM polar.validate_policy(E'actor User {}\nresource Repository {}\nf(r: Repositry) if g(r);');

------------------------------------------------------------------------------
-- T: tests
------------------------------------------------------------------------------
\set base 'actor User {}\nresource Org { roles = ["member"]; permissions = ["read"]; "read" if "member"; }\n'
SELECT 'T01' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {}\ntest "members can read" {}');
SELECT 'T02' AS code, * FROM polar.validate_policy(E:'base' || E'test fixture acme_org { has_role(User{"a"}, "member", Org{"acme"}); }\ntest fixture acme_org { has_role(User{"b"}, "member", Org{"acme"}); }');
SELECT 'T03' AS code, * FROM polar.validate_policy(E:'base' || E'test fixture acme_org { has_role(User{"a"}, "member", Org{"acme"}); }\ntest "members can read" {\n  setup { fixture acme_orgs; }\n}');
SELECT 'T04' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  assert allow(User{"a"}, "read", Org{"acme"});\n  setup { has_role(User{"a"}, "member", Org{"acme"}); }\n}');
SELECT 'T04' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  setup { has_role(User{"a"}, "member", Org{"acme"}); }\n  setup { has_role(User{"b"}, "member", Org{"acme"}); }\n}');
SELECT 'T05' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  setup { has_role(user, "member", Org{"acme"}); }\n}');
SELECT 'T06' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  setup { is_active(Org{"1"}, true); }\n}');
SELECT 'T06' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  setup { has_role(User{"a"}, "member", User{"b"}); }\n}');
SELECT 'T07' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  assert allow_fild(User{"a"}, "read", Org{"acme"}, "x");\n}');
SELECT 'T08' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  assert allow(User{"a"}, action: String, Org{"acme"});\n}');
SELECT 'T09' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  assert allow(User{"a"}, "read", r: Resource) iff r in [Org{"acme"}];\n}');
SELECT 'T10' AS code, * FROM polar.validate_policy(E:'base' || E'test "members can read" {\n  assert allow(User{"a"}, action: String, Org{"acme"}) iff action in ["read", 3];\n}');

------------------------------------------------------------------------------
-- load_policy: the error names filename:line:col, the problem and a hint; nothing changes.
------------------------------------------------------------------------------
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo { $ }', NULL);              -- no filename
SELECT * FROM pg_temp.try_load(E'f(x) if g(x) if h(x);', 'syntax.polar');
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repository {}\nresource Repository {}');
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repository {\n  permissions = ["read"];\n  "read" if "maintainer";\n  "read" if "writer";\n}');
SELECT * FROM pg_temp.try_load(E'actor User {}\nf(user: User) if g(user, repo);');
SELECT * FROM pg_temp.try_load(E'actor User {}\nis_banned(u: User) if g(u);\nf(u: User) if h(u) and not is_banned(u);');
SELECT * FROM pg_temp.try_load(E:'base' || E'test "members can read" {\n  setup { is_active(Org{"1"}, true); }\n}');
SELECT * FROM pg_temp.try_load(E'actor User {}\naudit_log(User{"a"}, 1, 2, 3, 4, 5);');
-- a policy with only warnings loads
SELECT * FROM polar.validate_policy(E'actor User {}\nresource Org {\n  roles = ["member", "member"];\n  permissions = ["read"];\n  "read" if "member";\n}');
SELECT polar.load_policy(E'actor User {}\nresource Org {\n  roles = ["member", "member"];\n  permissions = ["read"];\n  "read" if "member";\n}', 'warnings.polar') > 0 AS loaded;
SELECT polar.authorize('User:alice', 'read', 'Org:acme') AS alice_reads_acme;
SELECT filename FROM polar.policies WHERE active;

------------------------------------------------------------------------------
-- F: fact checks on writes (nothing of a failing call is written)
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Organization { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Repository {
  roles = ["reader"];
  permissions = ["read"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "read" if "reader";
  "read" if is_public(resource);
}
resource Issue { permissions = ["read"]; relations = { repository: Repository }; "read" if "read" on "repository"; }
$polar$, 'facts.polar') > 0 AS loaded;
-- F01 unknown predicate
SELECT * FROM pg_temp.try($$SELECT polar.tell('is_active', 'CardAccount:1', 'Boolean:true')$$);
-- F02 wrong arity
SELECT * FROM pg_temp.try($$SELECT polar.tell('is_public', 'Repository:1', 'Boolean:true')$$);
-- F03 wrong argument types
SELECT * FROM pg_temp.try($$SELECT polar.tell('has_relation', 'Repository:1', 'organization', 'User:bob')$$);
-- F04 argument count outside 1-5
SELECT * FROM pg_temp.try($$SELECT polar.tell('p', 'a', 'b', 'c', 'd', 'e', 'f')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["is_public", "Repository:1"], ["is_public"]]')$$);
-- F05 empty type or id
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["is_public", {"type": "Repository", "id": ""}]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["is_public", {"type": "", "id": "x"}]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.tell('is_public', 'Repository:')$$);
-- the same checks on context facts; nothing is stored
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:a', 'read', 'Repository:1', '[["is_public", "Repository:1", true]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:a', 'read', 'Repository:1', '[["is_public", "Repository:1"], ["nope", "Repository:1"]]')$$);
SELECT count(*) AS stored_facts FROM polar.facts WHERE predicate <> 'has_role';
-- a failing bulk_tell writes nothing
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["is_public", "Repository:ok"], ["has_relation", "Repository:1", "organization", "User:bob"]]')$$);
SELECT count(*) AS stored_facts FROM polar.facts WHERE predicate <> 'has_role';
-- accepted: the string contents are not checked against declared names
SELECT polar.tell('has_role', 'User:a', 'editr', 'Repository:r');
SELECT polar.delete('has_role', 'User:a', NULL, NULL);

-- Clean up.
SELECT polar.delete('has_role', NULL, NULL, NULL);
SELECT count(*) AS facts_left FROM polar.facts;
