-- Stored facts (sql-api.md §1, §3): tell, delete, bulk_tell, bulk_delete, batch, get, the
-- polar.facts view, the text and JSON value notations, and how values are rendered back.

CALL regress.clear_facts();

-- Runs a statement; shows "SQLSTATE: message", or "ok".
CREATE FUNCTION pg_temp.try(stmt text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE st text; msg text;
BEGIN
  EXECUTE stmt;
  RETURN NEXT 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
  RETURN NEXT st || ': ' || msg;
END $$;

-- Every stored fact, one line each, values separated by ' | ' (as rendered by polar.facts).
CREATE FUNCTION pg_temp.stored() RETURNS TABLE(predicate text, args text)
LANGUAGE sql AS $$
  SELECT predicate, array_to_string(args, ' | ') FROM polar.facts ORDER BY 1, 2
$$;

SELECT polar.load_policy($polar$
actor User {}
resource Org {
  roles = ["member"];
  permissions = ["read"];
  "read" if "member";
}
resource Repo {
  roles = ["reader"];
  permissions = ["read", "delete"];
  relations = { org: Org };
  "reader" if "member" on "org";
  "read" if "reader";
  "read" if is_public(resource);
}
has_permission(actor: Actor, "delete", repo: Repo) if
  has_role(actor, "reader", repo) and is_protected(repo, false);
declare seats(Org, Integer);
declare tag(Resource, String);
declare audit(User, String, Resource, Integer, Boolean);
seats(Org{"bigco"}, 500);     # a fact written in the policy
$polar$, 'facts.polar') > 0 AS loaded;

-- The facts view: predicate and args.
SELECT column_name, data_type FROM information_schema.columns
WHERE table_schema = 'polar' AND table_name = 'facts' ORDER BY ordinal_position;
SELECT count(*) AS stored FROM polar.facts;                     -- policy facts are not stored facts

------------------------------------------------------------------------------
-- tell: one fact; telling it again is a no-op
------------------------------------------------------------------------------
SELECT polar.tell('has_role', 'User:alice', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:alice', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:alice', 'String:member', 'Org:acme');   -- the same string
SELECT polar.tell('has_relation', 'Repo:anvil', 'org', 'Org:acme');
SELECT polar.tell('is_public', 'Repo:public');                              -- 1 argument
SELECT polar.tell('audit', 'User:alice', 'login', 'Repo:anvil', 'Integer:1700000000', 'Boolean:true');  -- 5
SELECT * FROM pg_temp.stored();
SELECT polar.authorize('User:alice', 'read', 'Repo:anvil') AS alice_reads_anvil,
       polar.authorize('User:bob', 'read', 'Repo:public') AS bob_reads_public;

------------------------------------------------------------------------------
-- Value notation
------------------------------------------------------------------------------
-- Entity ids are everything after the first ':': spaces, quotes, unicode, colons, slashes.
SELECT polar.tell('has_role', 'User:alice smith', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:o''brien', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:"quoted"', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:zoë 🚀', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User:a:b', 'member', 'Org:acme');
SELECT polar.tell('has_role', 'User: leading space', 'member', 'Org:acme');
SELECT polar.tell('has_relation', 'Repo:acme/anvil', 'org', 'Org:acme');
SELECT * FROM pg_temp.stored() WHERE predicate = 'has_role' OR args LIKE 'Repo:acme/%';
-- Ids are exact: case, spaces and colons matter.
SELECT id, polar.authorize(id, 'read', 'Repo:acme/anvil') AS reads_acme_anvil
FROM unnest(ARRAY['User:alice smith', 'User:Alice smith', 'User:alice  smith', 'User:o''brien',
                  'User:"quoted"', 'User:zoë 🚀', 'User:zoe 🚀', 'User:a:b', 'User:a', 'User:b',
                  'User: leading space', 'User:leading space']) AS id
ORDER BY id;
SELECT * FROM polar.list('User:a:b', 'read', 'Repo') ORDER BY 1;   -- ids without the prefix
SELECT * FROM polar.query('allow', NULL, 'read', 'Repo:acme/anvil') ORDER BY args;

-- Typed primitives.
SELECT polar.tell('seats', 'Org:acme', 'Integer:42');
SELECT polar.tell('seats', 'Org:acme', 'Integer:-7');
SELECT polar.tell('seats', 'Org:acme', 'Integer:9223372036854775807');
SELECT polar.tell('is_protected', 'Repo:anvil', 'Boolean:false');
SELECT polar.tell('is_protected', 'Repo:anvil', 'Boolean:true');
SELECT * FROM pg_temp.stored() WHERE predicate IN ('seats', 'is_protected');
-- is_protected(repo, false) is stored, so readers of anvil may delete it.
SELECT polar.authorize('User:alice', 'delete', 'Repo:anvil') AS alice_deletes_anvil;

-- Strings: bare text with no Type: prefix is a String; 'String:' writes any string, including
-- ones that would otherwise read as typed values.
SELECT polar.tell('tag', 'Repo:anvil', v)
FROM unnest(ARRAY['hello world', 'String:a:b', 'String:Integer:42', 'String:String:x', 'true', '42',
                  '1:2', ':x', 'a :b', 'é:x', 'String:', 'say "hi"', 'String:member']) AS v;
SELECT * FROM pg_temp.stored() WHERE predicate = 'tag';
-- Rendering reads back as the same value: bare unless the bare text would be read as
-- something else ('a:b' would be an entity of type a, '' is not a value).
SELECT a1 AS stored_encoding, polar.render_value(a1) AS rendered
FROM polar.fact_2 WHERE pred = 'tag' ORDER BY a1;
-- Each rendered value, written back as a pattern, finds exactly its own fact.
SELECT v AS rendered, (SELECT count(*) FROM polar.get('tag', 'Repo:anvil', v)) AS matches
FROM (SELECT args[2] AS v FROM polar.facts WHERE predicate = 'tag') AS t ORDER BY v;
-- A String is not an Integer or a Boolean, and the other way round.
SELECT * FROM pg_temp.try($$SELECT polar.tell('tag', 'Repo:anvil', 'Integer:42')$$);
SELECT * FROM pg_temp.try($$SELECT polar.tell('seats', 'Org:acme', '42')$$);
SELECT * FROM pg_temp.try($$SELECT polar.tell('is_protected', 'Repo:anvil', 'true')$$);

-- JSON forms in bulk calls: the text notation as strings, {"type", "id"} objects, integers
-- and booleans.
SELECT polar.bulk_tell($$[
  ["has_role", {"type": "User", "id": "json user"}, "member", {"type": "Org", "id": "acme"}],
  ["seats", "Org:json", 9223372036854775807],
  ["seats", {"type": "Org", "id": "json"}, -1],
  ["seats", "Org:json", "Integer:-1"],
  ["is_protected", {"type": "Repo", "id": "json:repo"}, false],
  ["tag", "Repo:json:repo", "String:x:y"],
  ["tag", "Repo:json:repo", "plain"]
]$$) AS new_facts;                                                   -- 6: one duplicate
SELECT * FROM pg_temp.stored() WHERE args LIKE '%json%';

------------------------------------------------------------------------------
-- get: stored facts matching a pattern (NULL, '_' and 'Type:_' are wildcards)
------------------------------------------------------------------------------
SELECT * FROM polar.get('seats', NULL, NULL) ORDER BY args;       -- not the policy fact (bigco)
SELECT * FROM polar.query('seats', NULL, NULL) ORDER BY args;     -- query sees it
SELECT * FROM polar.get('seats', 'Org:acme', '_') ORDER BY args;
SELECT * FROM polar.get('seats', 'Org:_', 'Integer:42') ORDER BY args;
SELECT * FROM polar.get('seats', 'Org:acme', '42') ORDER BY args;  -- the String '42': none
SELECT * FROM polar.get('is_protected', NULL, 'Boolean:_') ORDER BY args;
SELECT * FROM polar.get('is_protected', NULL, 'String:_') ORDER BY args;
SELECT * FROM polar.get('tag', 'Repo:_', 'String:_') ORDER BY args;
-- The predicate may be a wildcard too; arity still counts.
SELECT * FROM polar.get(NULL, 'Repo:anvil', NULL) ORDER BY predicate, args;
SELECT * FROM polar.get('_', 'Repo:_') ORDER BY predicate, args;
SELECT predicate, count(*) FROM polar.get(NULL, NULL, NULL, NULL) GROUP BY 1 ORDER BY 1;
-- Only stored facts: the derived has_role(alice, "reader", Repo:anvil) is not returned.
SELECT * FROM polar.get('has_role', 'User:alice', NULL, NULL) ORDER BY args;
SELECT * FROM polar.query('has_role', 'User:alice', NULL, NULL) ORDER BY args;
-- Unknown predicates and arities simply match nothing.
SELECT count(*) AS matches FROM polar.get('no_such_predicate', NULL);
SELECT count(*) AS matches FROM polar.get('has_role', NULL, NULL, NULL, NULL, NULL);

------------------------------------------------------------------------------
-- delete: every matching fact; returns how many
------------------------------------------------------------------------------
SELECT polar.delete('seats', 'Org:acme', 'Integer:42') AS deleted;         -- exact
SELECT polar.delete('seats', 'Org:acme', 'Integer:42') AS deleted;         -- again: 0, no error
SELECT polar.delete('seats', 'Org:_', 'Integer:-1') AS deleted;            -- Org:json
SELECT polar.delete('tag', 'Repo:anvil', 'String:_') AS deleted;           -- every tag of anvil
SELECT polar.delete('has_role', NULL, 'member', 'Org:acme') AS deleted;     -- every member of acme
SELECT polar.delete('has_role', '_', '_', '_') AS deleted;                 -- nothing left
SELECT polar.delete('is_protected', 'Repo:_', NULL) AS deleted;
SELECT polar.delete('no_such_predicate', NULL) AS deleted;
SELECT * FROM pg_temp.stored();
SELECT polar.delete('_', NULL, NULL) AS deleted;                           -- any predicate/2
SELECT * FROM pg_temp.stored();

------------------------------------------------------------------------------
-- bulk_tell: returns the number of new facts; all or nothing
------------------------------------------------------------------------------
SELECT polar.bulk_tell('[["has_role", "User:ann", "member", "Org:acme"],
                         ["has_role", "User:ann", "member", "Org:acme"],
                         ["has_role", "User:ben", "member", "Org:acme"]]') AS new_facts;
SELECT polar.bulk_tell('[["has_role", "User:ann", "member", "Org:acme"],
                         ["has_role", "User:cat", "member", "Org:acme"]]') AS new_facts;
SELECT polar.bulk_tell('[]') AS new_facts;
SELECT * FROM pg_temp.stored();
-- One bad fact (the third) and nothing of the call is written.
SELECT * FROM pg_temp.try($$SELECT polar.bulk_tell('[["has_role", "User:dan", "member", "Org:acme"],
  ["has_relation", "Repo:x", "org", "Org:acme"],
  ["has_relation", "Repo:x", "org", "User:dan"]]')$$);
SELECT * FROM pg_temp.stored();
-- Large batches (64 facts or more) try a plain insert first: duplicates within the batch and
-- facts already stored are still counted once. 120 facts, 40 distinct (User:b0..b39), of which
-- the 10 told first are stored already: 30 new.
SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:b' || i, 'member', 'Org:acme'))
                        FROM generate_series(0, 9) i)) AS new_facts;
SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:b' || (i % 40), 'member', 'Org:acme'))
                        FROM generate_series(0, 119) i)) AS new_facts;
SELECT count(*) AS stored_b FROM polar.facts WHERE args[1] ~ '^User:b[0-9]+$';
SELECT sum(polar.delete('has_role', 'User:b' || i, 'member', 'Org:acme')) AS deleted FROM generate_series(0, 39) i;
SELECT * FROM pg_temp.stored();

------------------------------------------------------------------------------
-- bulk_delete: patterns; returns the total deleted
------------------------------------------------------------------------------
SELECT polar.bulk_tell('[["tag", "Repo:a", "x"], ["tag", "Repo:b", "x"], ["tag", "Org:acme", "x"],
                         ["is_public", "Repo:a"]]') AS new_facts;
SELECT polar.bulk_delete('[["tag", "Repo:_", null], ["is_public", "_"], ["tag", "Repo:a", "x"]]') AS deleted;
SELECT polar.bulk_delete('[["has_role", {"type": "User", "id": "ann"}, "member", null]]') AS deleted;
SELECT polar.bulk_delete('[]') AS deleted;
SELECT * FROM pg_temp.stored();

------------------------------------------------------------------------------
-- batch: changes applied in order, atomically
------------------------------------------------------------------------------
-- insert then delete the same fact: gone.
SELECT polar.batch('[{"inserts": [["tag", "Repo:r", "temp"]]}, {"deletes": [["tag", "Repo:r", "temp"]]}]');
SELECT count(*) AS temp_tags FROM polar.get('tag', 'Repo:r', 'temp');
-- delete then insert: present.
SELECT polar.batch('[{"deletes": [["tag", "Repo:r", null]]}, {"inserts": [["tag", "Repo:r", "v2"]]}]');
SELECT * FROM polar.get('tag', 'Repo:r', NULL) ORDER BY args;
-- replace: move ben from member of acme to member of beta.
SELECT polar.batch('[{"deletes": [["has_role", "User:ben", null, null]]},
                     {"inserts": [["has_role", "User:ben", "member", "Org:beta"], ["tag", "Repo:r", "v3"]]},
                     {"deletes": [["tag", "Repo:r", "v2"]]}]');
SELECT * FROM pg_temp.stored();
-- A bad fact anywhere and none of the changes apply, not even the earlier deletes.
SELECT * FROM pg_temp.try($$SELECT polar.batch('[{"deletes": [["has_role", null, null, null]]},
  {"inserts": [["tag", "Repo:r", "v4"]]},
  {"inserts": [["tag", "Repo:r", 4]]}]')$$);
SELECT * FROM pg_temp.stored();
SELECT polar.batch('[]');

-- Clean up.
CALL regress.clear_facts();
SELECT count(*) AS facts_left FROM polar.facts;
