-- Policy lifecycle: versions (filename, sha256, loaded_by), identical loads are no-ops, rollback
-- with activate_policy() restores the exact earlier behaviour, policy_diff(), prune_policies()
-- never deletes the active version, policy_metadata() and the polar.policy_terms view.
-- Version numbers are shown relative to this file's first load (earlier files load policies too).

CALL regress.clear_facts();

SELECT coalesce(max(version), 0) AS v0 FROM polar.policies \gset

\set src1 '\nactor User {}\nglobal {\n  roles = ["superadmin"];\n  permissions = ["create_org"];\n  "create_org" if "superadmin";\n}\nresource Org {\n  roles = ["member", "admin"];\n  permissions = ["read", "manage"];\n  "member" if "admin";\n  "read" if "member";\n  "manage" if "admin";\n  "admin" if global "superadmin";\n}\nresource Repo {\n  roles = ["reader", "writer"];\n  permissions = ["read", "write"];\n  relations = { org: Org };\n  "reader" if "member" on "org";\n  "writer" if "admin" on "org";\n  "reader" if "writer";\n  "read" if "reader";\n  "write" if "writer";\n}\nresource Sheet extends Repo {\n  permissions = ["export"];\n  "export" if "writer";\n}\n'
\set src2 '\nactor User {}\nglobal {\n  roles = ["superadmin", "support"];\n  permissions = ["create_org"];\n  "create_org" if "superadmin";\n}\nresource Org {\n  roles = ["member", "admin"];\n  permissions = ["read"];\n  "member" if "admin";\n  "read" if "member";\n  "admin" if global "superadmin";\n}\nresource Repo {\n  roles = ["reader", "writer"];\n  permissions = ["read", "write", "delete"];\n  relations = { org: Org, owner: User };\n  "reader" if "member" on "org";\n  "writer" if "member" on "org";\n  "reader" if "writer";\n  "read" if "reader";\n  "write" if "writer";\n  "delete" if "owner";\n}\ntest "owners delete" {\n  setup { has_relation(Repo{"r"}, "owner", User{"o"}); }\n  assert allow(User{"o"}, "delete", Repo{"r"});\n}\n'

------------------------------------------------------------------------------
-- Every load is a new version with filename, sha256 and loaded_by.
------------------------------------------------------------------------------
SELECT polar.load_policy(E:'src1', 't75_one.polar') AS v1 \gset
SELECT :v1 > :v0 AS new_version;
SELECT version - :v1 AS rel_version, filename,
       sha256 = encode(sha256(convert_to(source, 'UTF8')), 'hex') AS sha256_of_source,
       length(sha256) AS sha256_length,
       loaded_by = current_user AS loaded_by_me, loaded_at <= now() AS loaded_at_ok, active,
       source = E:'src1' AS source_kept
FROM polar.policies WHERE version >= :v1 ORDER BY version;
SELECT count(*) AS active_versions FROM polar.policies WHERE active;

-- Loading an identical source again is a no-op returning the current version (any filename).
SELECT polar.load_policy(E:'src1', 't75_one.polar') = :v1 AS same_version;
SELECT polar.load_policy(E:'src1', 't75_other_name.polar') = :v1 AS same_version;
SELECT polar.load_policy(E:'src1') = :v1 AS same_version;
SELECT count(*) AS versions_since_v1 FROM polar.policies WHERE version >= :v1;

-- Facts and a set of answers under version 1.
SELECT polar.bulk_tell($$[
  ["has_role", "User:alice", "admin", "Org:acme"],
  ["has_role", "User:bob", "member", "Org:acme"],
  ["has_role", "User:root", "superadmin"],
  ["has_relation", "Repo:anvil", "org", "Org:acme"],
  ["has_relation", "Sheet:s1", "org", "Org:acme"]
]$$);
CREATE TEMP TABLE pairs(actor text, resource text);
INSERT INTO pairs
SELECT a, r FROM unnest(ARRAY['User:alice', 'User:bob', 'User:root', 'User:owen']) a,
                 unnest(ARRAY['Org:acme', 'Org:other', 'Repo:anvil', 'Repo:x', 'Sheet:s1']) r;
CREATE FUNCTION pg_temp.answers() RETURNS TABLE(actor text, resource text, action text)
LANGUAGE sql AS $$
  SELECT p.actor, p.resource, a FROM pairs p, polar.actions(p.actor, p.resource) a
  UNION ALL
  SELECT p.actor, '(list Repo)', 'read:' || l FROM (SELECT DISTINCT actor FROM pairs) p, polar.list(p.actor, 'read', 'Repo') l
  UNION ALL
  SELECT p.actor, '(global)', 'create_org'
  FROM (SELECT DISTINCT actor FROM pairs) p
  WHERE EXISTS (SELECT 1 FROM polar.query('has_permission', p.actor, 'create_org'))
$$;
CREATE TEMP TABLE ans_v1 AS SELECT * FROM pg_temp.answers();
SELECT * FROM ans_v1 ORDER BY 1, 2, 3;

------------------------------------------------------------------------------
-- Version 2: different answers; policy_diff between them.
------------------------------------------------------------------------------
SELECT polar.load_policy(E:'src2', 't75_two.polar') AS v2 \gset
SELECT :v2 > :v1 AS new_version;
SELECT version - :v1 AS rel_version, filename, active FROM polar.policies WHERE version >= :v1 ORDER BY version;
SELECT polar.tell('has_relation', 'Repo:x', 'owner', 'User:owen');
CREATE TEMP TABLE ans_v2 AS SELECT * FROM pg_temp.answers();
-- only under version 1
(SELECT * FROM ans_v1 EXCEPT SELECT * FROM ans_v2) ORDER BY 1, 2, 3;
-- only under version 2
(SELECT * FROM ans_v2 EXCEPT SELECT * FROM ans_v1) ORDER BY 1, 2, 3;

SELECT * FROM polar.policy_diff(:v1, :v2) ORDER BY kind, block, name, change;
SELECT * FROM polar.policy_diff(:v2, :v1) ORDER BY kind, block, name, change;
SELECT count(*) AS no_changes FROM polar.policy_diff(:v1, :v1);
SELECT * FROM polar.policy_diff(:v1, -1);

------------------------------------------------------------------------------
-- Rollback: activate_policy(v1) restores exactly the answers of version 1.
------------------------------------------------------------------------------
SELECT polar.activate_policy(:v1);
SELECT version - :v1 AS rel_version, filename, active FROM polar.policies WHERE version >= :v1 ORDER BY version;
CREATE TEMP TABLE ans_back AS SELECT * FROM pg_temp.answers();
SELECT count(*) AS answers_v1, (SELECT count(*) FROM ans_back) AS answers_after_rollback FROM ans_v1;
(SELECT * FROM ans_v1 EXCEPT SELECT * FROM ans_back) ORDER BY 1, 2, 3;   -- empty
(SELECT * FROM ans_back EXCEPT SELECT * FROM ans_v1) ORDER BY 1, 2, 3;   -- empty
-- Facts that only the newer policy accepted are still stored, and inert.
SELECT * FROM polar.get('has_relation', NULL, 'owner', NULL);
SELECT polar.authorize('User:owen', 'delete', 'Repo:x') AS owen_deletes_x;
-- Forward again to version 2.
SELECT polar.activate_policy(:v2);
CREATE TEMP TABLE ans_fwd AS SELECT * FROM pg_temp.answers();
SELECT (SELECT count(*) FROM (SELECT * FROM ans_v2 EXCEPT SELECT * FROM ans_fwd) d) +
       (SELECT count(*) FROM (SELECT * FROM ans_fwd EXCEPT SELECT * FROM ans_v2) d) AS differences_from_v2;
-- Activating a version that does not exist is an error and changes nothing.
SELECT polar.activate_policy(-1);
SELECT version - :v1 AS rel_version FROM polar.policies WHERE active;

------------------------------------------------------------------------------
-- policy_metadata() and polar.policy_terms: inherited names (extends) and the global block.
------------------------------------------------------------------------------
SELECT polar.activate_policy(:v1);
SELECT polar.policy_metadata();
SELECT * FROM polar.policy_terms ORDER BY block, kind, name;
SELECT polar.activate_policy(:v2);
SELECT polar.policy_metadata();
SELECT * FROM polar.policy_terms WHERE block IN ('global', 'Repo') ORDER BY block, kind, name;

------------------------------------------------------------------------------
-- prune_policies(keep) deletes inactive versions except the newest `keep`, never the active one.
------------------------------------------------------------------------------
SELECT polar.load_policy(E:'src1' || E'\n# three\n', 't75_three.polar') AS v3 \gset
SELECT polar.load_policy(E:'src1' || E'\n# four\n', 't75_four.polar') AS v4 \gset
SELECT polar.activate_policy(:v1);           -- an old version is active
SELECT count(*) AS inactive FROM polar.policies WHERE NOT active \gset
SELECT polar.prune_policies(keep => 2) = greatest(:inactive - 2, 0) AS deleted_all_but_two;
SELECT version - :v1 AS rel_version, filename, active FROM polar.policies ORDER BY version;
SELECT polar.prune_policies(keep => 0) AS deleted;
SELECT version - :v1 AS rel_version, filename, active FROM polar.policies ORDER BY version;
SELECT polar.prune_policies(keep => 0) AS deleted;
-- the active version still answers
SELECT polar.authorize('User:alice', 'manage', 'Org:acme') AS alice_manages_acme;

-- Clean up.
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_role", null, null], ["has_relation", null, null, null]]');
SELECT count(*) AS facts_left FROM polar.facts;
