-- Privileges (SECURITY.md, "Privilege model"): out of the box a plain role can run nothing that
-- reads or writes pg_polar's state, nor read its tables; the owner grants the recipes' EXECUTE
-- rights; search_path and operator hijacks in public or in a schema first on the path change no
-- answer; EXECUTE on polar.bind is not enough to create a binding (no escalation through a
-- binding query, which runs with the extension owner's rights).

SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  roles = ["viewer"];
  permissions = ["read"];
  "read" if "viewer";
}
$polar$, 'privileges.polar') > 0 AS loaded;
SELECT polar.tell('has_role', 'User:ann', 'viewer', 'Doc:d1');

CREATE ROLE regress_sec_plain;
CREATE ROLE regress_sec_checker;
CREATE ROLE regress_sec_writer;
GRANT USAGE, CREATE ON SCHEMA public TO regress_sec_plain, regress_sec_checker, regress_sec_writer;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_sec_checker', current_database()); END $$;
-- The checker recipe: EXECUTE on the check functions only.
GRANT EXECUTE ON FUNCTION polar.authorize(text, text, text, jsonb), polar.list(text, text, text, jsonb),
  polar.actions(text, text, jsonb), polar.query(text, text[]) TO regress_sec_checker;
-- The fact writer recipe: EXECUTE on the fact functions (and get), no policy administration.
GRANT EXECUTE ON FUNCTION polar.tell(text, text[]), polar.delete(text, text[]), polar.bulk_tell(jsonb),
  polar.bulk_delete(jsonb), polar.get(text, text[]) TO regress_sec_writer;

------------------------------------------------------------------------------
-- 1. A plain role: no tables, no checks, no writes, no policy loads, no bindings.
------------------------------------------------------------------------------
SET ROLE regress_sec_plain;
\set VERBOSITY terse
SELECT count(*) FROM polar.fact_3;
SELECT count(*) FROM polar.facts;
SELECT count(*) FROM polar.policy_versions;
SELECT count(*) FROM polar.binding_defs;
DELETE FROM polar.fact_3;
UPDATE polar.policy_versions SET source = '' WHERE active;
SELECT polar.authorize('User:ann', 'read', 'Doc:d1');
SELECT polar.tell('has_role', 'User:mallory', 'viewer', 'Doc:d1');
SELECT polar.bulk_tell('[["has_role", "User:mallory", "viewer", "Doc:d1"]]');
SELECT polar.delete('has_role', 'User:ann', 'viewer', 'Doc:d1');
SELECT * FROM polar.get('has_role', NULL, NULL, NULL);
SELECT polar.load_policy('allow(_, _, _);');
SELECT polar.activate_policy(1);
SELECT polar.bind('has_role(User:_, String:_, Doc:_)', 'SELECT ''User:mallory'', ''viewer'', ''Doc:d1''');
SELECT polar.unbind('has_role(User:_, String:_, Doc:_)');
-- validate_policy reads nothing stored and stays open.
SELECT count(*) AS problems FROM polar.validate_policy('allow(_, _, _);');
RESET ROLE;

------------------------------------------------------------------------------
-- 2. The checker checks but writes nothing; the writer writes but does not load policies.
------------------------------------------------------------------------------
SET ROLE regress_sec_checker;
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads,
       polar.authorize('User:mallory', 'read', 'Doc:d1') AS mallory_reads;
SELECT polar.tell('has_role', 'User:mallory', 'viewer', 'Doc:d1');
SELECT count(*) FROM polar.fact_3;
RESET ROLE;
SET ROLE regress_sec_writer;
SELECT polar.tell('has_role', 'User:wendy', 'viewer', 'Doc:d1');
SELECT * FROM polar.get('has_role', 'User:wendy', NULL, NULL);
SELECT polar.delete('has_role', 'User:wendy', NULL, NULL) AS deleted;
SELECT polar.load_policy('allow(_, _, _);');
SELECT polar.authorize('User:ann', 'read', 'Doc:d1');
RESET ROLE;

------------------------------------------------------------------------------
-- 3. search_path hijacks: objects named like ours in public and in a schema put first on the
-- path, and an = operator on text that is always true. Every answer stays the same.
------------------------------------------------------------------------------
SET ROLE regress_sec_checker;
CREATE SCHEMA regress_sec_evil;
CREATE TABLE public.fact_3 (pred text, a1 text, a2 text, a3 text);
INSERT INTO public.fact_3 VALUES ('has_role', 'User:mallory', 'viewer', 'Doc:d1');
CREATE TABLE regress_sec_evil.fact_3 (pred text, a1 text, a2 text, a3 text);
INSERT INTO regress_sec_evil.fact_3 VALUES ('has_role', 'User:mallory', 'viewer', 'Doc:d1');
CREATE FUNCTION regress_sec_evil.always_true(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT true';
CREATE OPERATOR regress_sec_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_sec_evil.always_true);
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_sec_evil.always_true);
CREATE FUNCTION regress_sec_evil.authorize(text, text, text, jsonb DEFAULT NULL) RETURNS boolean
  LANGUAGE sql AS 'SELECT true';
CREATE FUNCTION regress_sec_evil.has_type(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
-- the hijack works on the role's own queries ...
SET search_path = regress_sec_evil, public, pg_catalog;
SELECT 'a'::text = 'b'::text AS shadowed_equals;
-- ... and changes none of pg_polar's answers.
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads,
       polar.authorize('User:mallory', 'read', 'Doc:d1') AS mallory_reads,
       polar.authorize('User:ann', 'read', 'Doc:d2') AS ann_reads_d2;
SELECT * FROM polar.list('User:mallory', 'read', 'Doc');
SELECT * FROM polar.actions('User:mallory', 'Doc:d1');
SELECT * FROM polar.query('has_role', NULL, NULL, 'Doc:d1');
SET search_path = public, regress_sec_evil;
SELECT polar.authorize('User:mallory', 'read', 'Doc:d1') AS mallory_reads;
RESET search_path;
DROP OPERATOR public.= (text, text);
DROP SCHEMA regress_sec_evil CASCADE;
DROP TABLE public.fact_3;
RESET ROLE;

------------------------------------------------------------------------------
-- 4. No escalation through a binding: a binding's query runs with the extension owner's rights
-- (checks are SECURITY DEFINER), so EXECUTE on polar.bind alone does not let a role create one:
-- it could otherwise read, through checks, a table it may not read itself.
------------------------------------------------------------------------------
CREATE TABLE regress_sec_secret (doc text);
INSERT INTO regress_sec_secret VALUES ('d1');
GRANT EXECUTE ON FUNCTION polar.bind(text, text, text), polar.unbind(text) TO regress_sec_plain;
SET ROLE regress_sec_plain;
SELECT count(*) FROM regress_sec_secret;
SELECT polar.bind('has_role(User:_, String:_, Doc:_)',
                  'SELECT ''User:mallory'', ''viewer'', ''Doc:'' || doc FROM regress_sec_secret');
SELECT polar.unbind('has_role(User:_, String:_, Doc:_)');
RESET ROLE;
SELECT count(*) AS bindings FROM polar.bindings;
\set VERBOSITY default

DROP TABLE regress_sec_secret;
SELECT polar.delete('has_role', 'User:ann', 'viewer', 'Doc:d1');
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_sec_checker', current_database()); END $$;
REVOKE ALL ON SCHEMA public FROM regress_sec_plain, regress_sec_checker, regress_sec_writer;
DROP OWNED BY regress_sec_plain, regress_sec_checker, regress_sec_writer;
DROP ROLE regress_sec_plain, regress_sec_checker, regress_sec_writer;
