-- Policy tests (polar-language.md §11): a policy whose tests pass loads; a failing assertion
-- rejects the load with the test name, position, expectation and outcome, and the previous
-- version stays active; force => true stores it anyway; fixtures and iff guards; test_policy()
-- on a source and on the active policy; a test sees only its own facts and leaves no trace.

CALL regress.clear_facts();

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

------------------------------------------------------------------------------
-- A policy whose tests pass loads.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Org {
  roles = ["member", "admin"];
  permissions = ["read", "delete"];
  "member" if "admin";
  "read" if "member";
  "delete" if "admin";
}
resource Repo {
  roles = ["reader"];
  permissions = ["read"];
  relations = { org: Org };
  "reader" if "member" on "org";
  "read" if "reader";
  "read" if is_public(resource);
}
is_public(Repo{"docs"});                                      # a policy fact: visible in every test

test fixture acme {
  has_role(User{"alice"}, "admin", Org{"acme"});
  has_role(User{"bob"}, "member", Org{"acme"});
}
test fixture anvil { has_relation(Repo{"anvil"}, "org", Org{"acme"}); }

test "admins and members" {
  setup { fixture acme; fixture acme; }                       # the same fixture twice is harmless
  assert allow(User{"alice"}, "delete", Org{"acme"});
  assert_not allow(User{"bob"}, "delete", Org{"acme"});
  assert has_role(User{"alice"}, "member", Org{"acme"});      # any predicate can be asserted
  assert has_role(User{"bob"}, _, Org{"acme"});               # some role
  assert_not allow(_: User, "delete", Org{"other"});          # nobody
  assert allow(User{"alice"}, action: String, Org{"acme"}) iff action in ["read", "delete"];
  assert allow(User{"bob"}, action: String, Org{"acme"}) iff action in ["read"];
  assert allow(u: User, "delete", Org{"acme"}) iff u in [User{"alice"}];
  assert_not allow(u: User, "delete", Org{"acme"}) iff u not in [User{"alice"}];
  assert_not allow(User{"bob"}, action: String, Org{"acme"}) iff action not in ["read"];
}
test "repositories" {
  setup { fixture acme; fixture anvil; has_role(User{"carl"}, "member", Org{"globex"}); }
  assert allow(User{"bob"}, "read", Repo{"anvil"});
  assert_not allow(User{"carl"}, "read", Repo{"anvil"});
  assert allow(User{"carl"}, "read", Repo{"docs"});           # the policy fact
  assert allow(u: User, "read", Repo{"anvil"}) iff u in [User{"alice"}, User{"bob"}];
  assert allow(User{"bob"}, "read", r: Repo) iff r in [Repo{"anvil"}, Repo{"docs"}];
}
test "no facts of other tests" {
  assert_not allow(User{"alice"}, "delete", Org{"acme"});     # the fixtures are not included here
  assert allow(User{"nobody"}, "read", Repo{"docs"});
}
test "no assertions" { setup { fixture acme; } }
$polar$, 't70_v1.polar') > 0 AS loaded;
SELECT filename FROM polar.policies WHERE active;
SELECT * FROM polar.test_policy() ORDER BY test;

-- Tests leave no trace: nothing stored, and checks outside the tests do not see their facts.
SELECT count(*) AS stored_facts FROM polar.facts;
SELECT polar.authorize('User:alice', 'delete', 'Org:acme') AS alice_deletes_acme,
       polar.authorize('User:bob', 'read', 'Repo:anvil') AS bob_reads_anvil,
       polar.authorize('User:bob', 'read', 'Repo:docs') AS bob_reads_docs;   -- the policy fact
SELECT * FROM polar.get(NULL, NULL) ORDER BY 1, 2;

-- Tests do not see stored facts either: a stored fact that would break an assertion changes nothing.
SELECT polar.tell('has_role', 'User:carl', 'admin', 'Org:other');
SELECT polar.tell('has_role', 'User:alice', 'admin', 'Org:acme');
SELECT * FROM polar.test_policy() ORDER BY test;
SELECT count(*) AS stored_facts FROM polar.facts;

------------------------------------------------------------------------------
-- A failing assertion rejects the load; the previous version stays active.
------------------------------------------------------------------------------
\set failing '\nactor User {}\nresource Org {\n  roles = ["member", "admin"];\n  permissions = ["read", "delete"];\n  "read" if "member";\n  "delete" if "admin";\n}\ntest "admins can read" {\n  setup { has_role(User{"alice"}, "admin", Org{"acme"}); }\n  assert allow(User{"alice"}, "delete", Org{"acme"});\n  assert allow(User{"alice"}, "read", Org{"acme"});\n}\ntest "members cannot delete" {\n  setup { has_role(User{"bob"}, "member", Org{"acme"}); }\n  assert_not allow(User{"bob"}, "delete", Org{"acme"});\n}\n'
SELECT * FROM polar.test_policy(E:'failing') ORDER BY test;
SELECT * FROM pg_temp.try(format('SELECT polar.load_policy(%L, %L)', E:'failing', 't70_v2.polar'));
SELECT filename FROM polar.policies WHERE active;
SELECT count(*) AS versions_named_v2 FROM polar.policies WHERE filename = 't70_v2.polar';
SELECT polar.authorize('User:alice', 'read', 'Org:acme') AS alice_reads_acme;   -- v1: admin -> member -> read

-- iff failures name the value that broke the expectation.
\set base 'actor User {}\nresource Org { roles = ["member", "admin"]; permissions = ["read", "delete"]; "read" if "member"; "member" if "admin"; "delete" if "admin"; }\ntest fixture acme { has_role(User{"alice"}, "admin", Org{"acme"}); has_role(User{"bob"}, "member", Org{"acme"}); }\n'
SELECT * FROM polar.test_policy(E:'base' || E'test "too few" {\n  setup { fixture acme; }\n  assert allow(User{"alice"}, action: String, Org{"acme"}) iff action in ["read"];\n}');
SELECT * FROM polar.test_policy(E:'base' || E'test "too many" {\n  setup { fixture acme; }\n  assert allow(User{"alice"}, action: String, Org{"acme"}) iff action in ["read", "delete", "write"];\n}');
SELECT * FROM polar.test_policy(E:'base' || E'test "inverted" {\n  setup { fixture acme; }\n  assert_not allow(User{"bob"}, action: String, Org{"acme"}) iff action in ["read"];\n}');
-- a * answer fails `iff v in L`: the fresh value stands for every other user
SELECT * FROM polar.test_policy(E:'base' || E'has_permission(_: User, "read", _: Org);\ntest "star" {\n  assert allow(u: User, "read", Org{"new"}) iff u in [User{"alice"}];\n}\ntest "star not in" {\n  assert allow(u: User, "read", Org{"new"}) iff u not in [];\n}');
-- a Boolean iff checks true and false
SELECT * FROM polar.test_policy(E:'base' || E'resource Repo { permissions = ["read"]; "read" if is_protected(resource, false); }\ntest "booleans" {\n  setup { is_protected(Repo{"a"}, false); }\n  assert is_protected(Repo{"a"}, b: Boolean) iff b in [false];\n  assert allow(User{"x"}, "read", Repo{"a"});\n}');

------------------------------------------------------------------------------
-- force => true stores a policy whose tests fail.
------------------------------------------------------------------------------
SELECT polar.load_policy(E:'failing', 't70_v2.polar', force => true) > 0 AS loaded;
SELECT filename FROM polar.policies WHERE active;
SELECT * FROM polar.test_policy() ORDER BY test;
SELECT polar.authorize('User:alice', 'read', 'Org:acme') AS alice_reads_acme;   -- v2: admin grants no read
SELECT polar.authorize('User:alice', 'delete', 'Org:acme') AS alice_deletes_acme;

-- force does not bypass validation errors (a test fact that fails the fact checks is T06).
SELECT * FROM pg_temp.try($$SELECT polar.load_policy(E'actor User {}\ntest "t" { setup { nope(User{"a"}); } }', 't70_bad.polar', force => true)$$);
SELECT filename FROM polar.policies WHERE active;

-- Back to v1 (rollback).
SELECT polar.activate_policy(version) FROM polar.policies WHERE filename = 't70_v1.polar';
SELECT filename FROM polar.policies WHERE active;
SELECT polar.authorize('User:alice', 'read', 'Org:acme') AS alice_reads_acme;

-- test_policy on a source never changes the active policy or the stored facts.
SELECT * FROM polar.test_policy(E:'failing') ORDER BY test;
SELECT filename FROM polar.policies WHERE active;
SELECT count(*) AS stored_facts FROM polar.facts;

-- A policy without tests: no rows. An invalid one: the validation error.
SELECT * FROM polar.test_policy('actor User {}');
SELECT * FROM pg_temp.try($$SELECT * FROM polar.test_policy(E'actor User {}\ntest "t" { assert nope(User{"a"}); }')$$);

-- Clean up.
SELECT polar.delete('has_role', NULL, NULL, NULL);
SELECT count(*) AS facts_left FROM polar.facts;
