-- Query any rule: polar.query over any predicate with patterns, wildcard (*) answers, context
-- facts (also inside recursion), polar.subjects, batch checks (authorize_ids, actions_many) and
-- explanations (polar.explain, polar.explain_text).

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
-- The issue's cases.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
global {
  permissions = ["create_repository"];
  roles = ["user"];
  "create_repository" if "user";
}
has_role(_: User, "user");
actor User {}
resource Org {
  roles = ["member", "admin"];
  permissions = ["read", "delete"];
  "read" if "member";
  "read" if global "user";
  "delete" if "admin";
}
resource Repo {
  roles = ["member", "admin"];
  permissions = ["read", "write"];
  relations = { parent: Org };
  role if role on "parent";
  "read" if "member";
  "write" if "admin";
  "member" if "admin";
}
$polar$, 'query.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_role", "User:alice", "member", "Org:acme"],
  ["has_role", "User:bob", "admin", "Org:acme"],
  ["has_relation", "Repo:anvil", "parent", "Org:acme"]
]$$);

-- has_permission(User:alice, "create_repository") is true: a global permission.
SELECT * FROM polar.query('has_permission', 'User:alice', 'create_repository');
SELECT EXISTS (SELECT 1 FROM polar.query('has_permission', 'User:alice', 'create_repository')) AS alice_may_create;
SELECT EXISTS (SELECT 1 FROM polar.query('has_permission', 'User:zoe', 'create_repository')) AS anyone_may_create;
SELECT EXISTS (SELECT 1 FROM polar.query('has_permission', 'User:alice', 'delete_everything')) AS unknown_permission;

-- bob's actions on every Org: delete on acme, read on * (every Org).
SELECT * FROM polar.query('allow', 'User:bob', NULL, 'Org:_') ORDER BY 1;

-- alice's actions on Repo:anvil: read; read and write with a context fact.
SELECT * FROM polar.actions('User:alice', 'Repo:anvil');
SELECT * FROM polar.actions('User:alice', 'Repo:anvil', '[["has_role", "User:alice", "admin", "Repo:anvil"]]');
SELECT * FROM polar.query('allow', 'User:alice', NULL, 'Repo:anvil') ORDER BY 1;
-- the context fact was not stored
SELECT * FROM polar.actions('User:alice', 'Repo:anvil');
SELECT count(*) AS stored_facts FROM polar.facts;

-- charlie may read Repo:gitcloud given two context facts (and only with both).
SELECT polar.authorize('User:charlie', 'read', 'Repo:gitcloud',
  '[["has_role", "User:charlie", "member", "Org:osohq"], ["has_relation", "Repo:gitcloud", "parent", "Org:osohq"]]') AS with_both;
SELECT polar.authorize('User:charlie', 'read', 'Repo:gitcloud',
  '[["has_role", "User:charlie", "member", "Org:osohq"]]') AS with_one;
SELECT polar.authorize('User:charlie', 'read', 'Repo:gitcloud') AS without;
-- JSON objects are accepted for entity values
SELECT polar.authorize('User:charlie', 'read', 'Repo:gitcloud',
  '[["has_role", {"type": "User", "id": "charlie"}, "member", {"type": "Org", "id": "osohq"}],
    ["has_relation", "Repo:gitcloud", "parent", {"type": "Org", "id": "osohq"}]]') AS with_objects;

------------------------------------------------------------------------------
-- Query shapes and the * wildcard.
------------------------------------------------------------------------------
-- who may read anvil
SELECT * FROM polar.query('allow', NULL, 'read', 'Repo:anvil') ORDER BY 1;
SELECT * FROM polar.query('allow', '_', 'read', 'Repo:anvil') ORDER BY 1;
-- what alice may do on any Repo
SELECT * FROM polar.query('allow', 'User:alice', NULL, 'Repo:_') ORDER BY 1;
-- every Org answer: * for the global "user" role, concrete rows from other derivations
SELECT * FROM polar.query('allow', 'User:_', NULL, 'Org:acme') ORDER BY 1;
-- everything
SELECT * FROM polar.query('allow', NULL, NULL, NULL) ORDER BY 1;
-- any rule: derived roles, global roles
SELECT * FROM polar.query('has_role', NULL, NULL, 'Repo:anvil') ORDER BY 1;
SELECT * FROM polar.query('has_role', NULL, 'admin', NULL) ORDER BY 1;
SELECT * FROM polar.query('has_role', 'User:alice', NULL) ORDER BY 1;
-- list and subjects collapse to *
SELECT * FROM polar.list('User:zoe', 'read', 'Org');
SELECT * FROM polar.subjects('read', 'Org:acme', 'User');
SELECT * FROM polar.subjects('delete', 'Org:acme', 'User');
SELECT * FROM polar.subjects('read', 'Repo:anvil', 'User');
SELECT * FROM polar.subjects('read', 'Repo:anvil', 'User', '[["has_role", "User:zed", "admin", "Repo:anvil"]]');
-- a predicate or arity the policy does not have: no answers
SELECT * FROM polar.query('nope', 'x');
SELECT * FROM polar.query('allow', 'User:alice');

------------------------------------------------------------------------------
-- Batch checks: authorize_ids keeps the input order; actions_many.
------------------------------------------------------------------------------
SELECT polar.tell('has_relation', 'Repo:bolt', 'parent', 'Org:acme');
SELECT polar.authorize_ids('User:alice', 'read', 'Repo', ARRAY['zeta', 'bolt', 'x', 'anvil']);
SELECT polar.authorize_ids('User:alice', 'read', 'Repo', ARRAY['anvil', 'zeta', 'bolt']);
SELECT polar.authorize_ids('User:bob', 'write', 'Repo', ARRAY['bolt', 'anvil']);
SELECT polar.authorize_ids('User:alice', 'read', 'Org', ARRAY['zeta', 'acme', 'x']);   -- every Org
SELECT polar.authorize_ids('User:alice', 'read', 'Repo', ARRAY[]::text[]);
SELECT polar.authorize_ids('User:zed', 'write', 'Repo', ARRAY['bolt', 'anvil'],
                           '[["has_role", "User:zed", "admin", "Repo:anvil"]]');
SELECT * FROM polar.actions_many('User:bob', 'Repo', ARRAY['x', 'bolt', 'anvil']);
SELECT * FROM polar.actions_many('User:bob', 'Org', ARRAY['acme', 'zzz']);
SELECT * FROM polar.actions_many('User:alice', 'Repo', ARRAY['anvil'],
                                 '[["has_role", "User:alice", "admin", "Repo:anvil"]]');

------------------------------------------------------------------------------
-- Explanations: an allowed and a denied check.
------------------------------------------------------------------------------
SELECT jsonb_pretty(polar.explain('User:bob', 'write', 'Repo:anvil'));
SELECT jsonb_pretty(polar.explain('User:alice', 'write', 'Repo:anvil'));
SELECT polar.explain('User:alice', 'write', 'Repo:anvil') ->> 'allowed' AS allowed,
       polar.explain('User:bob', 'write', 'Repo:anvil') ->> 'allowed' AS allowed;
SELECT * FROM polar.explain_text('User:bob', 'write', 'Repo:anvil');
SELECT * FROM polar.explain_text('User:alice', 'write', 'Repo:anvil');
SELECT * FROM polar.explain_text('User:alice', 'write', 'Repo:anvil',
                                 '[["has_role", "User:alice", "admin", "Repo:anvil"]]');

------------------------------------------------------------------------------
-- Context facts inside recursion: a folder chain whose middle link comes from the request.
------------------------------------------------------------------------------
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');
SELECT polar.load_policy($polar$
actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["view", "edit"];
  relations = { parent: Folder };
  role if role on "parent";
  "viewer" if "editor";
  "view" if "viewer";
  "edit" if "editor";
}
resource Repository {
  roles = ["reader"];
  permissions = ["read"];
  "read" if "reader";
  "read" if is_public(resource);
}
$polar$, 'folders.polar') > 0 AS loaded;
-- root <- a    b <- c <- d   (the link b -> a is missing)
SELECT polar.bulk_tell($$[
  ["has_role", "User:alice", "editor", "Folder:root"],
  ["has_relation", "Folder:a", "parent", "Folder:root"],
  ["has_relation", "Folder:c", "parent", "Folder:b"],
  ["has_relation", "Folder:d", "parent", "Folder:c"],
  ["is_public", "Repository:pub"],
  ["has_role", "User:alice", "reader", "Repository:anvil"]
]$$);
SELECT polar.authorize('User:alice', 'edit', 'Folder:d') AS without_link;
SELECT polar.authorize('User:alice', 'edit', 'Folder:d', '[["has_relation", "Folder:b", "parent", "Folder:a"]]') AS with_link;
SELECT * FROM polar.list('User:alice', 'view', 'Folder') ORDER BY 1;
SELECT * FROM polar.list('User:alice', 'view', 'Folder', '[["has_relation", "Folder:b", "parent", "Folder:a"]]') ORDER BY 1;
SELECT * FROM polar.query('has_role', 'User:alice', 'editor', 'Folder:_') ORDER BY 1;
SELECT * FROM polar.subjects('edit', 'Folder:d', 'User', '[["has_relation", "Folder:b", "parent", "Folder:a"]]');
-- a cycle supplied by the request terminates
SELECT polar.authorize('User:alice', 'edit', 'Folder:d', '[["has_relation", "Folder:b", "parent", "Folder:d"]]') AS cycle;
-- explanations through the recursion
SELECT polar.explain('User:alice', 'edit', 'Folder:c', '[["has_relation", "Folder:b", "parent", "Folder:a"]]') ->> 'allowed' AS allowed,
       polar.explain('User:alice', 'edit', 'Folder:c') ->> 'allowed' AS allowed_without_link,
       polar.explain('User:bob', 'edit', 'Folder:a') ->> 'allowed' AS bob_allowed;
SELECT * FROM polar.explain_text('User:alice', 'edit', 'Folder:c', '[["has_relation", "Folder:b", "parent", "Folder:a"]]');

-- Query shapes on Repository: allow(User:alice, _, Repository:_) and allow(_, "read", Repository:pub).
SELECT * FROM polar.query('allow', 'User:alice', NULL, 'Repository:_') ORDER BY 1;
SELECT * FROM polar.query('allow', NULL, 'read', 'Repository:pub') ORDER BY 1;
SELECT * FROM polar.query('allow', NULL, 'read', 'Repository:anvil') ORDER BY 1;
SELECT * FROM polar.list('User:zoe', 'read', 'Repository');
SELECT * FROM polar.subjects('read', 'Repository:pub', 'User');

------------------------------------------------------------------------------
-- A bad context fact is a clear error and nothing is stored.
------------------------------------------------------------------------------
SELECT count(*) AS stored_before FROM polar.facts;
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '[["has_relation", "Folder:x", "parent", "Nope:y"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '[["has_relation", "Folder:x", "parent", "Folder:root"], ["is_public", "Folder:x"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '[["has_relation", "Folder:x", "parent"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '[["has_relation", null, "parent", "Folder:root"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '[["has_relation", "Folder:", "parent", "Folder:root"]]')$$);
SELECT * FROM pg_temp.try($$SELECT polar.authorize('User:alice', 'view', 'Folder:x', '{"has_relation": 1}')$$);
SELECT * FROM pg_temp.try($$SELECT * FROM polar.list('User:alice', 'view', 'Folder', '[["nope", "Folder:x"]]')$$);
SELECT count(*) AS stored_after FROM polar.facts;
SELECT polar.authorize('User:alice', 'view', 'Folder:x') AS alice_views_x;

-- Clean up.
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null], ["is_public", null]]');
SELECT count(*) AS facts_left FROM polar.facts;
