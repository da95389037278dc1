-- Facts from the application's own tables: polar.bind / polar.unbind and the polar.bindings view,
-- bad bindings, recursion across bound and stored facts, same-transaction visibility, policy
-- changes checked against bindings, row filters (polar.create_filter, polar.actor), row-level
-- security (integer and uuid keys), the * case, and GitCloud with bindings giving the same
-- answers as GitCloud with stored facts.

CALL regress.clear_facts();

-- Runs a statement; shows "SQLSTATE: message" (plus DETAIL/HINT lines) or "ok". Binding ids in
-- messages are replaced by N (they depend on earlier files).
CREATE FUNCTION pg_temp.try(stmt text) RETURNS SETOF text LANGUAGE plpgsql AS $$
DECLARE st text; msg text; det text; hint text;
BEGIN
  EXECUTE stmt;
  RETURN NEXT 'ok';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                          det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN NEXT regexp_replace(st || ': ' || msg, '(Binding |binding_|unbind\()[0-9]+', '\1N', 'g');
  IF det <> '' THEN RETURN NEXT regexp_replace('DETAIL: ' || det, '(Binding |binding_|unbind\()[0-9]+', '\1N', 'g'); END IF;
  IF hint <> '' THEN RETURN NEXT regexp_replace('HINT: ' || hint, '(Binding |binding_|unbind\()[0-9]+', '\1N', 'g'); END IF;
END $$;

CREATE VIEW pg_temp.my_bindings AS
  SELECT predicate, signature, query, column_types,
         view = 'polar_bindings.binding_' || id AS view_named_by_id, created_by = current_user AS created_by_me
  FROM polar.bindings ORDER BY id;

SELECT count(*) AS bindings_before FROM polar.bindings;

------------------------------------------------------------------------------
-- 1. Recursion across bound and stored facts: folder parent links from a table, roles stored.
------------------------------------------------------------------------------
CREATE TABLE folders (id integer PRIMARY KEY, parent_id integer REFERENCES folders, name text);
INSERT INTO folders VALUES (1, NULL, 'root'), (2, 1, 'projects'), (3, 2, 'polar'), (4, 3, 'docs'),
                           (5, NULL, 'archive'), (6, 5, 'old');

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
$polar$, 'folders.polar') > 0 AS loaded;

SELECT polar.bind('has_relation(Folder:_, String:parent, Folder:_)',
                  'SELECT id, parent_id FROM folders WHERE parent_id IS NOT NULL') AS folder_binding \gset
SELECT * FROM pg_temp.my_bindings;
SELECT polar.bulk_tell($$[
  ["has_role", "User:alice", "editor", "Folder:2"],
  ["has_role", "User:bob", "viewer", "Folder:1"],
  ["has_relation", "Folder:5", "parent", "Folder:4"]
]$$);
-- alice edits 2 and below (bound links 3->2, 4->3), 5 (stored link 5->4) and 6 (bound link 6->5)
SELECT * FROM polar.list('User:alice', 'edit', 'Folder') ORDER BY 1;
SELECT * FROM polar.list('User:bob', 'view', 'Folder') ORDER BY 1;
SELECT * FROM polar.list('User:bob', 'edit', 'Folder') ORDER BY 1;
SELECT polar.authorize('User:alice', 'edit', 'Folder:1') AS alice_edits_root;
SELECT * FROM polar.query('has_relation', 'Folder:6', 'parent', NULL);          -- bound facts answer queries
SELECT * FROM polar.get('has_relation', NULL, NULL, NULL) ORDER BY 2;         -- only the stored one
SELECT * FROM polar.subjects('edit', 'Folder:6', 'User');

-- Same transaction: a row inserted now grants at once; a rolled-back one never did.
BEGIN;
INSERT INTO folders VALUES (7, 6, 'new');
SELECT polar.authorize('User:alice', 'edit', 'Folder:7') AS alice_edits_new;
SELECT * FROM polar.list('User:alice', 'edit', 'Folder') ORDER BY 1;
-- a cycle in the table: root under docs
UPDATE folders SET parent_id = 4 WHERE id = 1;
SELECT polar.authorize('User:alice', 'edit', 'Folder:1') AS alice_edits_root;
SELECT * FROM polar.list('User:alice', 'edit', 'Folder') ORDER BY 1;
ROLLBACK;
SELECT polar.authorize('User:alice', 'edit', 'Folder:7') AS alice_edits_new;
SELECT polar.authorize('User:alice', 'edit', 'Folder:1') AS alice_edits_root;
-- a committed row is visible to the next check
INSERT INTO folders VALUES (8, 4, 'later');
SELECT polar.authorize('User:alice', 'edit', 'Folder:8') AS alice_edits_later;
DELETE FROM folders WHERE id = 8;
SELECT polar.authorize('User:alice', 'edit', 'Folder:8') AS alice_edits_later;

-- Ids are strings: only the canonical spelling of an integer key joins with the bound column.
-- dave is editor of Folder{"02"} and of an id outside integer's range: neither is a folder row.
SELECT polar.tell('has_role', 'User:dave', 'editor', 'Folder:02');
SELECT polar.tell('has_role', 'User:dave', 'editor', 'Folder:99999999999');
SELECT * FROM polar.list('User:dave', 'edit', 'Folder') ORDER BY 1;
SELECT polar.authorize('User:dave', 'edit', 'Folder:3') AS dave_edits_3;
SELECT polar.delete('has_role', 'User:dave', NULL, NULL);
-- The decoders behind that join (NULL for another type or spelling, never an error).
SELECT polar.id_int4('Folder:2', 'Folder:') AS two, polar.id_int4('Folder:02', 'Folder:') AS leading_zero,
       polar.id_int4('Folder:-0', 'Folder:') AS minus_zero, polar.id_int4('Folder:2147483648', 'Folder:') AS too_big,
       polar.id_int8('Folder:2147483648', 'Folder:') AS fits_int8, polar.id_int2('Folder:-32768', 'Folder:') AS int2_min,
       polar.id_int4('Repository:2', 'Folder:') AS other_type, polar.id_int4('Folder:', 'Folder:') AS empty;
SELECT polar.id_uuid('Comment:00000000-0000-0000-0000-00000000000a', 'Comment:') AS lower_case,
       polar.id_uuid('Comment:00000000-0000-0000-0000-00000000000A', 'Comment:') AS upper_case;

-- A policy change that no longer fits the binding is rejected with a hint; nothing changes.
SELECT * FROM pg_temp.try($$SELECT polar.load_policy('actor User {} resource Folder { roles = ["viewer"]; permissions = ["view"]; "view" if "viewer"; }', 'no-parent.polar')$$);
SELECT filename FROM polar.policies WHERE active;
SELECT polar.authorize('User:alice', 'edit', 'Folder:6') AS alice_edits_old;
-- A change that still fits is fine (the binding is re-checked and kept).
SELECT polar.load_policy($polar$
actor User {}
resource Folder {
  roles = ["viewer", "editor", "owner"];
  permissions = ["view", "edit", "delete"];
  relations = { parent: Folder };
  role if role on "parent";
  "editor" if "owner";
  "viewer" if "editor";
  "view" if "viewer";
  "edit" if "editor";
  "delete" if "owner";
}
$polar$, 'folders2.polar') > 0 AS loaded;
SELECT count(*) AS bindings FROM polar.bindings;
SELECT polar.tell('has_role', 'User:carol', 'owner', 'Folder:3');
SELECT * FROM polar.list('User:carol', 'delete', 'Folder') ORDER BY 1;

-- unbind by id: the bound links are gone, the stored one stays.
SELECT polar.unbind(:folder_binding) AS unbound;
SELECT polar.unbind(:folder_binding) AS unbound_again;
SELECT * FROM polar.list('User:alice', 'edit', 'Folder') ORDER BY 1;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');
DROP TABLE folders;

------------------------------------------------------------------------------
-- 2. GitCloud with bindings.
------------------------------------------------------------------------------
CREATE TABLE organizations (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE repositories (id integer PRIMARY KEY, org_id integer NOT NULL REFERENCES organizations,
                           name text NOT NULL, public boolean NOT NULL DEFAULT false, protected boolean);
CREATE TABLE issues (id integer PRIMARY KEY, repo_id integer NOT NULL REFERENCES repositories,
                     creator_id text NOT NULL, title text NOT NULL);
CREATE TABLE comments (id uuid PRIMARY KEY, issue_id integer NOT NULL REFERENCES issues, body text);
CREATE TABLE memberships (user_id text NOT NULL, role text NOT NULL, org_id integer NOT NULL REFERENCES organizations);
INSERT INTO organizations VALUES (1, 'acme'), (2, 'globex'), (3, 'initech');
INSERT INTO repositories VALUES
  (10, 1, 'anvil', false, false), (11, 1, 'rocket', true, NULL), (12, 1, 'dynamite', false, true),
  (20, 2, 'hammer', false, false), (21, 2, 'saw', true, true), (30, 3, 'stapler', false, NULL);
INSERT INTO issues VALUES (100, 10, 'carol', 'anvil is heavy'), (101, 11, 'erin', 'rocket misfires'),
                          (102, 20, 'alice', 'hammer handle'), (103, 30, 'erin', 'red stapler');
INSERT INTO comments VALUES
  ('00000000-0000-0000-0000-00000000000a', 100, 'me too'), ('00000000-0000-0000-0000-00000000000b', 101, '+1'),
  ('00000000-0000-0000-0000-00000000000c', 102, 'fixed'), ('00000000-0000-0000-0000-00000000000d', 103, 'mine');
INSERT INTO memberships VALUES ('alice', 'admin', 1), ('bob', 'member', 1), ('carol', 'member', 2),
                               ('dave', 'admin', 2);

SELECT polar.load_policy($polar$
actor User {}
resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "create_repository"];
  "member" if "admin";
  "create_repository" if "member";
}
resource Repository {
  roles = ["reader", "maintainer", "admin"];
  permissions = ["read", "write", "delete"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "admin" if "admin" on "organization";
  "maintainer" if "admin";
  "reader" if "maintainer";
  "read" if "reader";
  "read" if is_public(resource);
  "write" if "maintainer";
}
# maintainers may delete unprotected repositories (a missing flag is not false)
has_permission(actor: Actor, "delete", repo: Repository) if
  has_role(actor, "maintainer", repo) and is_protected(repo, false);
resource Issue {
  permissions = ["read", "close"];
  relations = { repository: Repository, creator: User };
  "read" if "read" on "repository";
  "close" if "creator";
  "close" if "maintainer" on "repository";
}
resource Comment {
  permissions = ["read"];
  relations = { issue: Issue };
  "read" if "read" on "issue";
}
has_permission(_: User, "read", _: Organization);
$polar$, 'gitcloud.polar') > 0 AS loaded;

SELECT polar.bind('has_relation(Repository:_, String:organization, Organization:_)',
                  'SELECT id, org_id FROM repositories') > 0 AS bound;
SELECT polar.bind('is_public(Repository:_)', 'SELECT id FROM repositories WHERE public') > 0 AS bound;
SELECT polar.bind('is_protected(Repository:_, Boolean:_)',
                  'SELECT id, protected FROM repositories WHERE protected IS NOT NULL') > 0 AS bound;
SELECT polar.bind('has_relation(Issue:_, String:repository, Repository:_)', 'SELECT id, repo_id FROM issues') > 0 AS bound;
SELECT polar.bind('has_relation(Issue:_, String:creator, User:_)', 'SELECT id, creator_id FROM issues') > 0 AS bound;
SELECT polar.bind('has_relation(Comment:_, String:issue, Issue:_)', 'SELECT id, issue_id FROM comments') > 0 AS bound;
SELECT polar.bind('has_role(User:_, String:_, Organization:_)',
                  'SELECT user_id, role, org_id FROM memberships') > 0 AS bound;
SELECT * FROM pg_temp.my_bindings;
SELECT count(*) AS stored_facts FROM polar.facts;

SELECT * FROM polar.list('User:alice', 'write', 'Repository') ORDER BY 1;
SELECT * FROM polar.list('User:bob', 'read', 'Repository') ORDER BY 1;
SELECT * FROM polar.list('User:zed', 'read', 'Repository') ORDER BY 1;           -- public ones
SELECT * FROM polar.list('User:alice', 'delete', 'Repository') ORDER BY 1;       -- anvil only
SELECT * FROM polar.list('User:erin', 'close', 'Issue') ORDER BY 1;              -- her issues
SELECT * FROM polar.list('User:bob', 'read', 'Comment') ORDER BY 1;
SELECT * FROM polar.actions('User:dave', 'Repository:21');
SELECT polar.authorize('User:carol', 'read', 'Comment:00000000-0000-0000-0000-00000000000c') AS carol_reads_c;

-- Bad bindings: clear errors, nothing created.
SELECT count(*) AS bindings FROM polar.bindings \gset
-- wrong column count
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository:_)', 'SELECT id, org_id FROM repositories')$$);
-- wrong column types
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_protected(Repository:_, Boolean:_)', 'SELECT id, name FROM repositories')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_protected(Repository:_, Boolean:_)', 'SELECT id, org_id FROM repositories')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository:_)', 'SELECT public FROM repositories')$$);
-- unknown table
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository:_)', 'SELECT id FROM no_such_table')$$);
-- predicate not in the policy; type not in the policy; wrong arity
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_archived(Repository:_)', 'SELECT id FROM repositories')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Issue:_)', 'SELECT id FROM issues')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository:_, Boolean:_)', 'SELECT id, public FROM repositories')$$);
-- signature syntax
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository:_', 'SELECT id FROM repositories')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(Repository)', 'SELECT id FROM repositories')$$);
SELECT * FROM pg_temp.try($$SELECT polar.bind('is_public(_)', 'SELECT id FROM repositories')$$);
SELECT count(*) = :bindings AS nothing_created FROM polar.bindings;

-- Same transaction: a membership inserted now grants at once; a rolled-back one never did.
BEGIN;
INSERT INTO memberships VALUES ('zed', 'member', 3);
SELECT polar.authorize('User:zed', 'read', 'Repository:30') AS zed_reads_stapler;
SELECT * FROM polar.list('User:zed', 'read', 'Repository') ORDER BY 1;
ROLLBACK;
SELECT polar.authorize('User:zed', 'read', 'Repository:30') AS zed_reads_stapler;

------------------------------------------------------------------------------
-- Row filters: polar.create_filter + SET polar.actor.
------------------------------------------------------------------------------
SELECT polar.create_filter('readable_repos', 'repositories', 'id', 'Repository', 'read');
SELECT polar.create_filter('readable_comments', 'comments', 'id', 'Comment', 'read');
SELECT polar.create_filter('readable_orgs', 'organizations', 'id', 'Organization', 'read');
SET polar.actor = 'User:bob';
SELECT polar.current_actor();
SELECT r.id, r.name FROM repositories r
WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name LIMIT 3;
SELECT r.id, r.name FROM repositories r
WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name LIMIT 3 OFFSET 3;
SELECT c.body FROM comments c JOIN issues i ON i.id = c.issue_id
WHERE c.id IN (SELECT id FROM polar_filters.readable_comments) ORDER BY i.id;
-- the * case: every user may read every organization, so every row shows
SELECT o.name FROM organizations o WHERE o.id IN (SELECT id FROM polar_filters.readable_orgs) ORDER BY o.id;
SET polar.actor = 'User:carol';
SELECT r.name FROM repositories r WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name;
SET polar.actor = 'User:nobody';
SELECT r.name FROM repositories r WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name;
SELECT count(*) AS orgs FROM organizations o WHERE o.id IN (SELECT id FROM polar_filters.readable_orgs);
RESET polar.actor;
SELECT count(*) AS repos_without_actor FROM repositories r WHERE r.id IN (SELECT id FROM polar_filters.readable_repos);
SELECT count(*) AS orgs_without_actor FROM organizations o WHERE o.id IN (SELECT id FROM polar_filters.readable_orgs);
-- filters follow data changes at once (same transaction)
BEGIN;
SET LOCAL polar.actor = 'User:carol';
INSERT INTO repositories VALUES (22, 2, 'drill', false, NULL);
SELECT r.name FROM repositories r WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name;
ROLLBACK;
SELECT polar.current_actor() IS NULL OR polar.current_actor() = '' AS no_actor;

------------------------------------------------------------------------------
-- Row-level security: integer keys (repositories), uuid keys (comments), the * case (organizations).
------------------------------------------------------------------------------
SET client_min_messages = warning;   -- (enable_rls may report that there was no earlier policy to replace)
SELECT polar.enable_rls('repositories', 'id', 'Repository', 'read');
SELECT polar.enable_rls('comments', 'id', 'Comment', 'read');
SELECT polar.enable_rls('organizations', 'id', 'Organization', 'read');
RESET client_min_messages;
CREATE ROLE regress_polar_app;
GRANT SELECT ON organizations, repositories, issues, comments TO regress_polar_app;
SET ROLE regress_polar_app;
SET polar.actor = 'User:bob';
SELECT count(*) AS repos, (SELECT count(*) FROM comments) AS comments, (SELECT count(*) FROM organizations) AS orgs
FROM repositories;
SELECT name FROM repositories ORDER BY name;
SELECT body FROM comments ORDER BY body;
SET polar.actor = 'User:dave';
SELECT count(*) AS repos, (SELECT count(*) FROM comments) AS comments, (SELECT count(*) FROM organizations) AS orgs
FROM repositories;
SELECT name FROM repositories ORDER BY name;
RESET polar.actor;
SELECT count(*) AS repos, (SELECT count(*) FROM comments) AS comments, (SELECT count(*) FROM organizations) AS orgs
FROM repositories;
RESET ROLE;
-- the table owner is not subject to row-level security
SELECT count(*) AS repos FROM repositories;

------------------------------------------------------------------------------
-- 3. The same GitCloud with stored facts gives the same answers.
------------------------------------------------------------------------------
CREATE TEMP TABLE gc_actors AS
  SELECT unnest(ARRAY['User:alice', 'User:bob', 'User:carol', 'User:dave', 'User:erin', 'User:zed']) AS actor;
CREATE TEMP TABLE gc_actions AS
  SELECT unnest(ARRAY['read', 'write', 'delete', 'close', 'create_repository']) AS action;
CREATE TEMP TABLE gc_types AS
  SELECT unnest(ARRAY['Organization', 'Repository', 'Issue', 'Comment']) AS type;
CREATE FUNCTION pg_temp.gc_resources() RETURNS SETOF text LANGUAGE sql AS $$
  SELECT 'Organization:' || id FROM organizations UNION ALL
  SELECT 'Repository:' || id FROM repositories UNION ALL
  SELECT 'Issue:' || id FROM issues UNION ALL
  SELECT 'Comment:' || id FROM comments
$$;
CREATE FUNCTION pg_temp.gc_matrix() RETURNS TABLE(actor text, action text, resource text, allowed boolean)
LANGUAGE sql AS $$
  SELECT a.actor, x.action, r, polar.authorize(a.actor, x.action, r)
  FROM gc_actors a, gc_actions x, pg_temp.gc_resources() r
$$;
CREATE FUNCTION pg_temp.gc_lists() RETURNS TABLE(actor text, action text, type text, id text)
LANGUAGE sql AS $$
  SELECT a.actor, x.action, t.type, l FROM gc_actors a, gc_actions x, gc_types t, polar.list(a.actor, x.action, t.type) l
$$;

-- Bound structure and flags, roles as stored facts.
SELECT polar.unbind('has_role(User:_, String:_, Organization:_)') AS unbound;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_role', 'User:' || user_id, role, 'Organization:' || org_id)))
FROM memberships;
SELECT predicate, count(*) FROM polar.facts GROUP BY predicate ORDER BY predicate;
SELECT count(*) AS bindings FROM polar.bindings;
CREATE TEMP TABLE bound_matrix AS SELECT * FROM pg_temp.gc_matrix();
CREATE TEMP TABLE bound_lists AS SELECT * FROM pg_temp.gc_lists();
SELECT count(*) AS checks, count(*) FILTER (WHERE allowed) AS allowed FROM bound_matrix;
-- every allowed check, for review
SELECT actor, resource, string_agg(action, ', ' ORDER BY action) AS actions
FROM bound_matrix WHERE allowed AND resource NOT LIKE 'Organization:%'
GROUP BY actor, resource ORDER BY actor, resource;
SELECT actor, string_agg(action || ' ' || resource, ', ' ORDER BY action, resource) AS on_organizations
FROM bound_matrix WHERE allowed AND resource LIKE 'Organization:%' GROUP BY actor ORDER BY actor;
SELECT actor, action, type, string_agg(id, ',' ORDER BY id) AS ids
FROM bound_lists GROUP BY actor, action, type ORDER BY actor, action, type;

-- Everything as stored facts: unbind all, tell the same data.
SELECT polar.unbind('has_relation(Repository:_, String:organization, Organization:_)') +
       polar.unbind('is_public(Repository:_)') +
       polar.unbind('is_protected(Repository:_, Boolean:_)') +
       polar.unbind('has_relation(Issue:_, String:repository, Repository:_)') +
       polar.unbind('has_relation(Issue:_, String:creator, User:_)') +
       polar.unbind('has_relation(Comment:_, String:issue, Issue:_)') AS unbound;
SELECT count(*) AS bindings FROM polar.bindings;
SELECT polar.bulk_tell(jsonb_agg(f)) AS told FROM (
  SELECT jsonb_build_array('has_relation', 'Repository:' || id, 'organization', 'Organization:' || org_id) AS f FROM repositories
  UNION ALL SELECT jsonb_build_array('is_public', 'Repository:' || id) FROM repositories WHERE public
  UNION ALL SELECT jsonb_build_array('is_protected', 'Repository:' || id, protected) FROM repositories WHERE protected IS NOT NULL
  UNION ALL SELECT jsonb_build_array('has_relation', 'Issue:' || id, 'repository', 'Repository:' || repo_id) FROM issues
  UNION ALL SELECT jsonb_build_array('has_relation', 'Issue:' || id, 'creator', 'User:' || creator_id) FROM issues
  UNION ALL SELECT jsonb_build_array('has_relation', 'Comment:' || id, 'issue', 'Issue:' || issue_id) FROM comments
) s;
CREATE TEMP TABLE stored_matrix AS SELECT * FROM pg_temp.gc_matrix();
CREATE TEMP TABLE stored_lists AS SELECT * FROM pg_temp.gc_lists();
SELECT count(*) AS checks, count(*) FILTER (WHERE allowed) AS allowed FROM stored_matrix;
-- differences: none, both ways
(SELECT * FROM bound_matrix EXCEPT SELECT * FROM stored_matrix) ORDER BY 1, 2, 3;
(SELECT * FROM stored_matrix EXCEPT SELECT * FROM bound_matrix) ORDER BY 1, 2, 3;
(SELECT * FROM bound_lists EXCEPT SELECT * FROM stored_lists) ORDER BY 1, 2, 3, 4;
(SELECT * FROM stored_lists EXCEPT SELECT * FROM bound_lists) ORDER BY 1, 2, 3, 4;
-- the filters were regenerated for the stored facts and still agree
SET polar.actor = 'User:bob';
SELECT r.name FROM repositories r WHERE r.id IN (SELECT id FROM polar_filters.readable_repos) ORDER BY r.name;
SET ROLE regress_polar_app;
SELECT count(*) AS repos, (SELECT count(*) FROM comments) AS comments FROM repositories;
RESET ROLE;
RESET polar.actor;

------------------------------------------------------------------------------
-- Clean up.
------------------------------------------------------------------------------
SELECT polar.drop_filter(name) FROM polar.filter_defs
WHERE name IN ('readable_repos', 'readable_comments', 'readable_orgs') ORDER BY name;
SELECT polar.drop_filter(name) FROM polar.filter_defs
WHERE table_oid IN ('repositories'::regclass, 'comments'::regclass, 'organizations'::regclass) ORDER BY name;
SELECT count(*) AS filters_left FROM polar.filter_defs;
SELECT count(*) AS bindings_left FROM polar.bindings;
DROP TABLE comments, issues, repositories, memberships, organizations;
DROP ROLE regress_polar_app;
CALL regress.clear_facts();
SELECT count(*) AS facts_left FROM polar.facts;
