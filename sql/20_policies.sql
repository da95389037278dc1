-- The policy catalog (sql-api.md §2): versions, polar.policies, identical reloads, rollback with
-- activate_policy(), policy_metadata(), validate_policy() and the empty policy.
-- Version numbers are not shown (earlier files load policies too): this file's versions are named.

CALL regress.clear_facts();

-- Runs a statement; shows "SQLSTATE: message" (and HINT), or "ok".
CREATE FUNCTION pg_temp.try(stmt text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; hint text;
BEGIN
  EXECUTE stmt;
  RETURN NEXT 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN NEXT st || ': ' || msg;
  IF hint <> '' THEN RETURN NEXT 'HINT: ' || hint; END IF;
END $$;

SELECT coalesce(max(version), 0) AS v0 FROM polar.policies \gset
-- Names for the versions of this file: A, B, C; other versions are not shown.
CREATE FUNCTION pg_temp.vname(v integer) RETURNS text LANGUAGE sql AS $$
  SELECT CASE v WHEN current_setting('t20.va')::int THEN 'A'
                WHEN current_setting('t20.vb')::int THEN 'B'
                WHEN current_setting('t20.vc', true)::int THEN 'C' END
$$;

------------------------------------------------------------------------------
-- Versions
------------------------------------------------------------------------------
-- Version A: readers read, writers write.
\set policy_a 'actor User {}\nresource Doc {\n  roles = ["reader", "writer"];\n  permissions = ["read", "write"];\n  "read" if "reader";\n  "write" if "writer";\n}\n'
-- Version B: writers only read, and nobody writes.
\set policy_b 'actor User {}\nresource Doc {\n  roles = ["reader", "writer"];\n  permissions = ["read", "write"];\n  "read" if "reader";\n  "reader" if "writer";\n}\n'

SELECT polar.load_policy(E:'policy_a', 'a.polar') AS va \gset
SELECT :va > :v0 AS a_is_newer;
SELECT set_config('t20.va', :'va', false) IS NOT NULL AS ok;
SELECT polar.bulk_tell('[["has_role", "User:rita", "reader", "Doc:1"],
                         ["has_role", "User:will", "writer", "Doc:1"]]') AS new_facts;
CREATE TEMP TABLE answers AS
SELECT 'A' AS policy, u AS actor, array(SELECT polar.actions(u, 'Doc:1')) AS actions
FROM unnest(ARRAY['User:rita', 'User:will']) AS u;

SELECT polar.load_policy(E:'policy_b', 'b.polar') AS vb \gset
SELECT :vb > :va AS b_is_newer;
SELECT set_config('t20.vb', :'vb', false) IS NOT NULL AS ok;
INSERT INTO answers
SELECT 'B', u, array(SELECT polar.actions(u, 'Doc:1')) FROM unnest(ARRAY['User:rita', 'User:will']) AS u;

-- polar.policies: one row per version, the newest active; sha256 is the hex SHA-256 of the
-- source; loaded_by is the loading role.
SELECT pg_temp.vname(version) AS policy, filename,
       sha256 = encode(sha256(convert_to(source, 'UTF8')), 'hex') AS sha256_of_source,
       sha256 ~ '^[0-9a-f]{64}$' AS sha256_hex,
       loaded_by = current_user AS loaded_by_me, loaded_at IS NOT NULL AS has_loaded_at, active
FROM polar.policies WHERE version > :v0 ORDER BY version;
SELECT count(*) AS active_versions FROM polar.policies WHERE active;
SELECT source = E:'policy_b' AS source_kept FROM polar.policies WHERE active;

-- Loading the active policy's source again is a no-op: the same version, no new row.
SELECT polar.load_policy(E:'policy_b', 'b.polar') = :vb AS same_version;
SELECT count(*) AS versions FROM polar.policies WHERE version > :v0;

-- A load rolled back with its transaction leaves no trace.
BEGIN;
SELECT polar.load_policy('allow(_, _, _);', 'rolled-back.polar') > :vb AS loaded;
SELECT polar.authorize('User:x', 'write', 'Doc:1') AS inside;
ROLLBACK;
SELECT count(*) AS versions FROM polar.policies WHERE version > :v0;
SELECT pg_temp.vname(version) AS active_policy FROM polar.policies WHERE active;
SELECT polar.authorize('User:x', 'write', 'Doc:1') AS after_rollback;

-- A filename is optional. C has A's source but is a new version: loading a source equal to an
-- older (inactive) version is a new load.
SELECT polar.load_policy(E:'policy_a') AS vc \gset
SELECT :vc > :vb AS c_is_newer;
SELECT set_config('t20.vc', :'vc', false) IS NOT NULL AS ok;
SELECT pg_temp.vname(version) AS policy, filename, active
FROM polar.policies WHERE version > :v0 ORDER BY version;
INSERT INTO answers
SELECT 'C (= A)', u, array(SELECT polar.actions(u, 'Doc:1')) FROM unnest(ARRAY['User:rita', 'User:will']) AS u;

------------------------------------------------------------------------------
-- Rollback with activate_policy()
------------------------------------------------------------------------------
SELECT polar.activate_policy(:vb);                                     -- back to B
SELECT pg_temp.vname(version) AS policy, active FROM polar.policies WHERE version > :v0 ORDER BY version;
INSERT INTO answers
SELECT 'B again', u, array(SELECT polar.actions(u, 'Doc:1')) FROM unnest(ARRAY['User:rita', 'User:will']) AS u;
SELECT polar.activate_policy(:va);                                     -- back to A
SELECT pg_temp.vname(version) AS policy, active FROM polar.policies WHERE version > :v0 ORDER BY version;
INSERT INTO answers
SELECT 'A again', u, array(SELECT polar.actions(u, 'Doc:1')) FROM unnest(ARRAY['User:rita', 'User:will']) AS u;
-- Under A: rita reads, will writes. Under B: both read, nobody writes.
SELECT * FROM answers ORDER BY policy, actor;
-- Activating the active version is harmless; a rolled-back activation changes nothing.
SELECT polar.activate_policy(:va);
BEGIN;
SELECT polar.activate_policy(:vb);
SELECT polar.authorize('User:will', 'write', 'Doc:1') AS will_writes_inside;
ROLLBACK;
SELECT pg_temp.vname(version) AS active_policy FROM polar.policies WHERE active;
SELECT polar.authorize('User:will', 'write', 'Doc:1') AS will_writes;
-- Versions that do not exist.
SELECT * FROM pg_temp.try('SELECT polar.activate_policy(999999)');
SELECT * FROM pg_temp.try('SELECT polar.activate_policy(0)');
SELECT * FROM pg_temp.try('SELECT polar.activate_policy(NULL)');
SELECT pg_temp.vname(version) AS active_policy FROM polar.policies WHERE active;

------------------------------------------------------------------------------
-- policy_metadata(): roles, permissions and relation types per block, names sorted,
-- inherited names included, plus the global block.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
actor Team {}
global {
  roles = ["superadmin", "auditor"];
  permissions = ["create_org"];
  "create_org" if "superadmin";
}
resource Org {
  roles = ["member", "admin"];
  permissions = ["read", "delete"];
  "member" if "admin";
  "read" if "member";
  "delete" if "admin";
  "admin" if global "superadmin";
}
resource File {
  roles = ["viewer", "editor"];
  permissions = ["read", "edit"];
  relations = { org: Org, owner: User };
  "viewer" if "editor";
  "editor" if "owner";
  "read" if "viewer";
  "edit" if "editor";
  "viewer" if "member" on "org";
}
resource Spreadsheet extends File {
  roles = ["formula_admin"];
  permissions = ["edit_formulas"];
  relations = { team: Team };
  "edit_formulas" if "formula_admin";
  "formula_admin" if "owner";
}
resource Tag {}
$polar$, 'metadata.polar') > :vc AS loaded;
SELECT jsonb_pretty(polar.policy_metadata());
-- An inherited relation also works through `on` and through inherited rules.
SELECT polar.bulk_tell('[["has_relation", "Spreadsheet:q3", "owner", "User:olga"],
                         ["has_relation", "Spreadsheet:q3", "org", "Org:acme"],
                         ["has_role", "User:mo", "member", "Org:acme"]]') AS new_facts;
SELECT * FROM polar.actions('User:olga', 'Spreadsheet:q3');
SELECT * FROM polar.actions('User:mo', 'Spreadsheet:q3');
SELECT * FROM polar.list('User:olga', 'read', 'File');                -- types match exactly: none
SELECT * FROM polar.list('User:olga', 'read', 'Spreadsheet');
SELECT polar.delete('has_relation', NULL, NULL, NULL) + polar.delete('has_role', NULL, NULL, NULL) AS deleted;

-- Without a global block the global entry is there, empty (see build/bugs/07). The empty
-- policy and allow-all declare no types at all.
SELECT polar.load_policy(E:'policy_a', 'a.polar') > :vc AS loaded;
SELECT polar.policy_metadata();
SELECT polar.load_policy('', 'empty.polar') > :vc AS loaded;
SELECT polar.policy_metadata();
SELECT polar.load_policy('allow(_, _, _);', 'allow.polar') > :vc AS loaded;
SELECT polar.policy_metadata();

------------------------------------------------------------------------------
-- validate_policy(): every error, with line and column, sorted; nothing stored
------------------------------------------------------------------------------
SELECT count(*) AS versions_before FROM polar.policies \gset
SELECT * FROM polar.validate_policy($polar$actor User {}
resource Repo {
  roles = ["reader"];
  permissions = ["read", "push"];
  relations = { org: Organization };
  "read" if "reader";
  "push" if "maintainer";
}
resource Repo {}
$polar$);
SELECT * FROM polar.validate_policy(E'actor User {}\nresource Doc { roles = ["viewer"]; permissions = ["read"]; "read" if "viewer" }\nresource Tag {}\nf(x) if g(y);\n');
-- A warning alone does not block a policy.
SELECT * FROM polar.validate_policy(E'actor User {}\nresource Doc { roles = ["viewer", "viewer"]; }\n');
-- Valid policies have no rows.
SELECT count(*) AS rows FROM polar.validate_policy(E:'policy_a');
SELECT count(*) AS rows FROM polar.validate_policy('');
SELECT count(*) = :versions_before AS nothing_stored FROM polar.policies;
SELECT filename AS active_filename FROM polar.policies WHERE active;
-- The policy with only a warning loads.
SELECT polar.load_policy(E'actor User {}\nresource Doc { roles = ["viewer", "viewer"]; }\n', 'warning.polar') > :vc AS loaded;
SELECT filename AS active_filename FROM polar.policies WHERE active;

------------------------------------------------------------------------------
-- The empty policy denies everything and accepts no fact
------------------------------------------------------------------------------
SELECT polar.load_policy(E:'policy_a', 'a.polar') > :vc AS loaded;
SELECT polar.tell('has_role', 'User:rita', 'reader', 'Doc:1');
SELECT polar.authorize('User:rita', 'read', 'Doc:1') AS under_a;
SELECT polar.load_policy('', 'empty.polar') > :vc AS loaded;
-- The stored fact stays stored but grants nothing.
SELECT * FROM polar.facts ORDER BY predicate, args;
SELECT polar.authorize('User:rita', 'read', 'Doc:1') AS under_empty;
SELECT count(*) AS listed FROM polar.list('User:rita', 'read', 'Doc');
SELECT count(*) AS actions FROM polar.actions('User:rita', 'Doc:1');
-- Every write is rejected: no predicate is used.
SELECT * FROM pg_temp.try($$SELECT polar.tell('has_role', 'User:rita', 'writer', 'Doc:1')$$);
SELECT * FROM pg_temp.try($$SELECT polar.tell('is_public', 'Doc:1')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["has_relation", "Doc:1", "parent", "Doc:2"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.batch('[{"inserts": [["has_role", "User:a", "admin"]]}]')$$);
SELECT * FROM polar.facts ORDER BY predicate, args;
-- Deleting is always possible (here: the stale fact).
SELECT polar.delete('has_role', NULL, NULL, NULL) AS deleted;

DROP TABLE answers;
