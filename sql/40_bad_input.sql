-- Bad input: every error shows its SQLSTATE, message, DETAIL and HINT (through pg_temp.try, so
-- no C source locations end up in the output). After a failed load the previously active policy
-- is still active and answers the same; after a failed write no fact was stored.

CALL regress.clear_facts();

-- Runs a statement; shows "SQLSTATE: message" (plus DETAIL and HINT lines), or "ok".
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

-- A digest of every stored fact.
CREATE FUNCTION pg_temp.facts_digest() RETURNS text LANGUAGE sql AS $$
  SELECT md5(coalesce(string_agg(predicate || '(' || array_to_string(args, ', ') || ')', ';'
                                 ORDER BY predicate, args), ''))
  FROM polar.facts
$$;

-- A write that must fail: the error, then whether the stored facts are unchanged.
CREATE FUNCTION pg_temp.try_write(stmt text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE before text := pg_temp.facts_digest();
BEGIN
  RETURN QUERY SELECT * FROM pg_temp.try(stmt);
  RETURN NEXT format('facts unchanged: %s', before = pg_temp.facts_digest());
END $$;

-- A load that must fail: the error, then whether the active policy is the same version and
-- still gives the same answers (alice reads anvil, bob does not).
CREATE FUNCTION pg_temp.try_load(src text, fname text DEFAULT 'bad.polar') RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE before int; after int;
BEGIN
  SELECT version INTO before FROM polar.policies WHERE active;
  RETURN QUERY SELECT * FROM pg_temp.try(format('SELECT polar.load_policy(%L, %L)', src, fname));
  SELECT version INTO after FROM polar.policies WHERE active;
  RETURN NEXT format('same policy active: %s; alice reads anvil: %s; bob reads anvil: %s',
                     before = after,
                     polar.authorize('User:alice', 'read', 'Repo:anvil'),
                     polar.authorize('User:bob', 'read', 'Repo:anvil'));
END $$;

-- The active policy for this file, and its facts.
SELECT polar.load_policy($polar$
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
  "read" if is_public(resource);
}
declare seats(Org, Integer);
declare flag(Repo, Boolean);
$polar$, 'good.polar') > 0 AS loaded;
SELECT polar.bulk_tell('[["has_role", "User:alice", "member", "Org:acme"],
                         ["has_relation", "Repo:anvil", "org", "Org:acme"]]') AS new_facts;
SELECT count(*) AS versions_before FROM polar.policies \gset

------------------------------------------------------------------------------
-- Malformed and invalid policies: filename:line:column, the problem, a hint
------------------------------------------------------------------------------
-- Syntax: a missing ';'.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  roles = ["reader"]\n  permissions = ["read"];\n}', 'gitcloud.polar');
-- Without a filename, the position alone.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  roles = ["reader"]\n  permissions = ["read"];\n}', NULL);
-- An unterminated string.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo { roles = ["reader]; }');
-- Unsupported syntax: attribute access.
SELECT * FROM pg_temp.try_load(E'actor User {}\nallow(u, "read", r) if u.id = r.owner;');
-- A shorthand rule outside a block.
SELECT * FROM pg_temp.try_load(E'actor User {}\n"read" if "reader";');
-- An unknown role in a shorthand condition, and an undeclared permission as a head.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  roles = ["reader"];\n  permissions = ["read"];\n  "read" if "maintainer";\n  "push" if "reader";\n}');
-- An unknown relation after `on`.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  roles = ["reader"];\n  "reader" if "member" on "org";\n}');
-- `on` after a role instead of a relation.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  roles = ["reader", "admin"];\n  "reader" if "reader" on "admin";\n}');
-- A relation to an undeclared type.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  relations = { org: Organization };\n}');
-- A role that the related block does not declare.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Org {}\nresource Repo {\n  roles = ["reader"];\n  relations = { org: Org };\n  "reader" if "member" on "org";\n}');
-- An undeclared global role.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Org {\n  roles = ["admin"];\n  "admin" if global "superadmin";\n}');
-- A type declared twice.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {}\nresource Repo {}');
-- A singleton variable.
SELECT * FROM pg_temp.try_load(E'actor User {}\nallow(actor: User, "read", repo: Repo) if is_public(rpo);');
-- Several errors: the first is named, the rest counted.
SELECT * FROM pg_temp.try_load(E'actor User {}\nresource Repo {\n  permissions = ["read"];\n  "read" if "a";\n  "read" if "b";\n  "read" if "c";\n}');
-- The source must be given.
SELECT * FROM pg_temp.try_load(NULL);
-- Nothing was stored by any of these.
SELECT count(*) = :versions_before AS no_new_versions FROM polar.policies;
SELECT filename FROM polar.policies WHERE active;

------------------------------------------------------------------------------
-- Malformed values
------------------------------------------------------------------------------
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', '', 'member', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'User:', 'member', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', NULL, 'member', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:abc')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:1.5')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:9223372036854775808')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:007')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:+5')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', 'Integer:')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('flag', 'Repo:anvil', 'Boolean:yes')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('flag', 'Repo:anvil', 'Boolean:TRUE')$$);
-- wildcards are for patterns only: a stored '_' could never be deleted on its own
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'User:_', 'member', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'User:alice', '_', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", "User:alice", "member", "Org:_"]]')$$);
-- The limits are exact: these are fine.
SELECT polar.tell('seats', 'Org:acme', 'Integer:-9223372036854775808');
SELECT polar.tell('seats', 'Org:acme', 'Integer:0');
SELECT polar.tell('flag', 'Repo:anvil', 'Boolean:false');
SELECT * FROM polar.get('_', NULL, NULL) ORDER BY predicate, args;
SELECT polar.bulk_delete('[["seats", null, null], ["flag", null, null]]') AS deleted;
-- In checks, a malformed value is an error too, while unknown types, ids and actions are false.
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:', 'read', 'Repo:anvil')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', '', 'Repo:anvil')$$);
SELECT * FROM pg_temp.try($$SELECT polar.list('User:alice', 'read', 'Repo:anvil')$$);
SELECT polar.authorize('User:alice', 'read', 'Nope:anvil') AS unknown_type,
       polar.authorize('User:alice', 'read', 'Repo:nope') AS unknown_id,
       polar.authorize('User:alice', 'fly', 'Repo:anvil') AS unknown_action,
       (SELECT count(*) FROM polar.list('User:alice', 'read', 'Nope')) AS list_unknown_type;

------------------------------------------------------------------------------
-- Facts the policy does not accept
------------------------------------------------------------------------------
-- Wrong arity for a predicate the policy uses with 3 arguments.
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'User:bob', 'member')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'User:bob', 'member', 'Org:acme', 'extra')$$);
-- Outside 1-5 arguments.
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('audit', 'a', 'b', 'c', 'd', 'e', 'f')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', VARIADIC '{}'::text[])$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', VARIADIC NULL::text[])$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell(NULL, 'User:bob', 'member', 'Org:acme')$$);
-- A predicate the policy neither uses nor declares.
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('is_banned', 'User:bob')$$);
-- A type the policy does not know.
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'Team:eng', 'member', 'Org:acme')$$);
-- Wrong argument types.
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_relation', 'Repo:anvil', 'org', 'User:bob')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('has_role', 'org', 'member', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('is_public', 'Org:acme')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('seats', 'Org:acme', '42')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.tell('flag', 'Repo:anvil', 'true')$$);
-- In a bulk call the failing fact is named by its position, and nothing is written.
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", "User:bob", "member", "Org:acme"],
  ["is_public", "Repo:anvil"], ["is_banned", "User:bob"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[{"deletes": [["has_role", null, null, null]]},
  {"inserts": [["has_role", "User:bob", "member", "Org:acme"]]},
  {"inserts": [["seats", "Org:acme", "many"]]}]')$$);
-- Context facts are checked the same way.
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:bob', 'read', 'Repo:anvil', '[["is_banned", "User:bob"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:bob', 'read', 'Repo:anvil', '[["has_role", "User:bob", "member"]]')$$);
SELECT polar.authorize('User:bob', 'read', 'Repo:anvil', '[["has_role", "User:bob", "member", "Org:acme"]]') AS with_context,
       polar.authorize('User:bob', 'read', 'Repo:anvil') AS without_context;

------------------------------------------------------------------------------
-- Bad JSON shapes
------------------------------------------------------------------------------
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('{"has_role": ["User:bob", "member", "Org:acme"]}')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('"has_role"')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell(NULL)$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('["has_role", "User:bob", "member", "Org:acme"]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", "User:bob", "member", "Org:acme"], "oops"]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[[]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[[42, "User:bob"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[[null, "Repo:anvil"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", ["User:bob"], "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", {"type": "User"}, "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", {"type": "User", "id": 7}, "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", {"type": "User", "id": "bob", "name": "Bob"}, "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", {"type": "User", "id": ""}, "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", {"type": "9x", "id": "a"}, "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["has_role", "User:bob", null, "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["seats", "Org:acme", 1.5]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_tell('[["seats", "Org:acme", 9223372036854775808]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_delete('{"has_role": null}')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.bulk_delete('[["has_role", null, null, null, null, null, null]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('{"inserts": []}')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[{"inserts": [], "deletes": []}]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[{"upserts": []}]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[{"inserts": {}}]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[["has_role", "User:bob", "member", "Org:acme"]]')$$);
SELECT * FROM pg_temp.try_write($$SELECT polar.batch('[{"inserts": [["has_role", "User:bob", "member", null]]}]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:bob', 'read', 'Repo:anvil', '{"is_public": "Repo:anvil"}')$$);

-- After all of this: the same facts, the same policy.
SELECT * FROM polar.facts ORDER BY predicate, args;
SELECT count(*) = :versions_before AS no_new_versions FROM polar.policies;

-- Clean up.
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;
