-- GitCloud, end to end, with pg_polar.
--
-- Oso Cloud's end-to-end tutorial adds authorization to GitCloud, a GitHub-like app, in three
-- parts: enforcement, modeling and data management. This script replays it step by step; the
-- policy and the facts live in the same PostgreSQL database as the app's tables, so checks join
-- with the app's queries and facts are written in the app's own transactions.
--
-- Run it with scripts/run-example.sh (a throwaway server), or on any database where the
-- extension is installed:  psql -v ON_ERROR_STOP=1 -a -f examples/gitcloud/walkthrough.sql
-- It is re-runnable: the app tables are recreated and the facts cleared at the start.

\set ON_ERROR_STOP 1
\pset null '(null)'
SET client_min_messages = warning;     -- no "already exists" notices
CREATE EXTENSION IF NOT EXISTS pg_polar;
RESET client_min_messages;

\echo
\echo '=== Setup: the app tables (users, organizations, repositories, issues)'
\ir schema.sql
SELECT 'Org:' || o.name AS org, 'Repo:' || r.id AS polar_value, r.name AS repo
FROM repositories r JOIN organizations o ON o.id = r.org_id
ORDER BY r.id;

-- Start with no authorization data (a re-run finds the previous run's facts).
SELECT polar.bulk_delete('[["has_role", null, null], ["has_role", null, null, null],
                           ["has_relation", null, null, null]]') AS old_facts_deleted;

\echo
\echo '=== Enforcement: the handlers'
-- The tutorial's Python handlers, as SQL. `app_user` is the logged-in user's id ('alice').

-- show(repo_id): the repository, or no row at all (the handler turns that into 404 NotFound,
-- so that someone without access cannot tell whether the repository exists).
CREATE OR REPLACE FUNCTION show_repo(app_user text, repo_id integer)
RETURNS SETOF repositories LANGUAGE sql STABLE AS $$
  SELECT r.*
  FROM repositories r
  WHERE r.id = repo_id
    AND polar.authorize('User:' || app_user, 'view', 'Repo:' || r.id)
$$;

-- index(): the organizations the user may view, in one query. polar.list() returns the ids
-- (without the 'Org:' prefix) of every Org the user may view, or the single row '*' when the
-- policy grants it on every Org. It runs once (MATERIALIZED) and is used twice.
CREATE OR REPLACE FUNCTION org_index(app_user text)
RETURNS SETOF organizations LANGUAGE sql STABLE AS $$
  WITH allowed AS MATERIALIZED (
    SELECT id FROM polar.list('User:' || app_user, 'view', 'Org') AS l(id)
  )
  SELECT o.*
  FROM organizations o
  WHERE o.id::text IN (SELECT id FROM allowed)   -- the Orgs list() named
     OR '*' IN (SELECT id FROM allowed)          -- '*': every Org
  ORDER BY o.id
$$;

-- user_profile_actions(user_id): the buttons to show on a user's profile page.
CREATE OR REPLACE FUNCTION user_profile_actions(app_user text, profile_user_id text)
RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(action ORDER BY action), '{}')
  FROM users u, polar.actions('User:' || app_user, 'User:' || u.id) AS action
  WHERE u.id = profile_user_id
$$;

\echo
\echo '=== Enforcement, step 1: an "allow everything" policy'
-- Flip between "allow everything" and "deny everything" to see the calls are wired up.
SELECT polar.load_policy('allow(_, _, _);', 'policy.polar') AS policy_version;

\echo '--- show repository 1 as alice: found'
SELECT * FROM show_repo('alice', 1);
\echo '--- index of organizations: list() says "*" (every Org), so all of them'
SELECT * FROM polar.list('User:alice', 'view', 'Org');
SELECT * FROM org_index('alice');
\echo '--- buttons on bob''s profile, for alice: "*" means every action'
SELECT * FROM polar.actions('User:alice', 'User:bob');

\echo
\echo '=== Enforcement, step 2: the empty policy denies everything'
SELECT polar.load_policy('', 'policy.polar') AS policy_version;

\echo '--- show repository 1 as alice: no row, i.e. 404 NotFound'
SELECT * FROM show_repo('alice', 1);
\echo '--- the same check written inline, the way a handler would copy it'
SELECT r.id, r.name
FROM repositories r
WHERE r.id = 1 AND polar.authorize('User:alice', 'view', 'Repo:' || r.id);
\echo '--- index of organizations: empty'
SELECT * FROM org_index('alice');
\echo '--- buttons on bob''s profile, for alice: none'
SELECT user_profile_actions('alice', 'bob') AS buttons;

\echo
\echo '=== Modeling: load GitCloud''s policy (policy.polar)'
-- RBAC, resource hierarchies, sharing and ownership, plus staff roles for the profile buttons.
\ir load_policy.sql

-- The stored policy is exactly policy.polar (checked when run from this directory, as
-- scripts/run-example.sh does).
\set policy_file_sha256 `sha256sum policy.polar 2>/dev/null | cut -c1-64`
SELECT version, filename, loaded_by, active,
       CASE WHEN :'policy_file_sha256' = '' THEN 'not checked (run from examples/gitcloud)'
            WHEN sha256 = :'policy_file_sha256' THEN 'same as policy.polar'
            ELSE 'DIFFERENT from policy.polar: run examples/gitcloud/sync-policy.sh' END AS source
FROM polar.policies WHERE active;
SELECT :'policy_file_sha256' = '' OR sha256 = :'policy_file_sha256' AS policy_in_sync
FROM polar.policies WHERE active \gset
\if :policy_in_sync
\else
DO $$ BEGIN RAISE EXCEPTION 'load_policy.sql is out of date: run examples/gitcloud/sync-policy.sh'; END $$;
\endif

-- What the policy declares (the same shape as Oso Cloud's policy metadata).
SELECT key AS type, value->'roles' AS roles, value->'permissions' AS permissions,
       value->'relations' AS relations
FROM jsonb_each(polar.policy_metadata()->'resources')
ORDER BY key;

\echo '--- nobody has a role yet, so everything is still denied'
SELECT * FROM show_repo('alice', 1);

\echo
\echo '=== Data management: tell pg_polar who has which role and how resources relate'
-- Role assignments (has_role facts).
SELECT polar.bulk_tell('[
  ["has_role", "User:alice",   "admin",  "Org:1"],
  ["has_role", "User:bob",     "member", "Org:1"],
  ["has_role", "User:charlie", "reader", "Repo:3"],
  ["has_role", "User:charlie", "creator", "Issue:1"],
  ["has_role", "User:dee",     "admin"]
]') AS new_facts;
-- Relationships, straight from the app's own tables: every repository's parent Org, every
-- issue's parent Repo. The resource that declares the relation comes first:
-- has_relation(Repo:1, "parent", Org:1) reads "the parent of Repo:1 is Org:1".
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Repo:' || id, 'parent', 'Org:' || org_id)))
       AS new_facts
FROM repositories;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Issue:' || id, 'parent', 'Repo:' || repo_id)))
       AS new_facts
FROM issues;
SELECT * FROM polar.facts ORDER BY predicate, args;

\echo
\echo '=== Standard RBAC: charlie is a reader of gitcloud (Repo:3), and nothing else'
SELECT r.id, r.name, polar.authorize('User:charlie', 'view', 'Repo:' || r.id) AS charlie_may_view
FROM repositories r ORDER BY r.id;
SELECT * FROM polar.list('User:charlie', 'view', 'Repo');
SELECT * FROM show_repo('charlie', 3);
\echo '--- repository 4 exists, but charlie gets NotFound'
SELECT * FROM show_repo('charlie', 4);

\echo
\echo '=== Resource hierarchies: bob is a member of acme, so a reader of acme''s repositories'
SELECT r.id, r.name,
       polar.authorize('User:bob', 'view', 'Repo:' || r.id) AS bob_may_view,
       polar.authorize('User:bob', 'create_issues', 'Repo:' || r.id) AS bob_may_create_issues
FROM repositories r ORDER BY r.id;
SELECT * FROM org_index('bob');
\echo '--- everything bob may do on anvil, and on acme'
SELECT * FROM polar.actions('User:bob', 'Repo:1');
SELECT * FROM polar.actions('User:bob', 'Org:1');
\echo '--- alice is an admin of acme, so an admin (and reader) of anvil'
SELECT * FROM polar.actions('User:alice', 'Repo:1');

\echo
\echo '=== Sharing: admins invite people and manage their roles'
SELECT polar.authorize('User:alice', 'create_role_assignment', 'Repo:1') AS alice_may_share_anvil,
       polar.authorize('User:bob',   'create_role_assignment', 'Repo:1') AS bob_may_share_anvil;
\echo '--- alice invites charlie to anvil as a reader'
SELECT polar.tell('has_role', 'User:charlie', 'reader', 'Repo:1');
SELECT polar.tell('has_role', 'User:charlie', 'reader', 'Repo:1');   -- telling it again is a no-op
SELECT * FROM polar.get('has_role', 'User:charlie', NULL, 'Repo:_') ORDER BY args;
SELECT * FROM show_repo('charlie', 1);
\echo '--- and takes it back: delete_role_assignment'
SELECT polar.authorize('User:alice', 'delete_role_assignment', 'Repo:1') AS alice_may_unshare_anvil;
SELECT polar.delete('has_role', 'User:charlie', 'reader', 'Repo:1') AS deleted;
SELECT * FROM show_repo('charlie', 1);

\echo
\echo '=== Ownership: the creator of an issue may close it'
SELECT i.id, i.title, i.creator_id,
       array(SELECT polar.actions('User:charlie', 'Issue:' || i.id)) AS charlie_may,
       array(SELECT polar.actions('User:bob', 'Issue:' || i.id)) AS bob_may
FROM issues i ORDER BY i.id;

\echo
\echo '=== Creating an issue: the row and its two facts in ONE transaction'
\echo '--- the create handler first checks create_issues on the repository (bob, anvil)'
SELECT polar.authorize('User:bob', 'create_issues', 'Repo:1') AS bob_may_create_issues;
BEGIN;
INSERT INTO issues (repo_id, creator_id, title)
VALUES (1, 'bob', 'The anvil falls too slowly') RETURNING id AS issue_id \gset
SELECT polar.bulk_tell(jsonb_build_array(
  jsonb_build_array('has_role', 'User:bob', 'creator', 'Issue:' || :issue_id),
  jsonb_build_array('has_relation', 'Issue:' || :issue_id, 'parent', 'Repo:1'))) AS new_facts;
COMMIT;
SELECT i.id, i.title,
       array(SELECT polar.actions('User:bob', 'Issue:' || i.id)) AS bob_may,
       array(SELECT polar.actions('User:alice', 'Issue:' || i.id)) AS alice_may,
       array(SELECT polar.actions('User:charlie', 'Issue:' || i.id)) AS charlie_may
FROM issues i WHERE i.id = :issue_id;
\echo '--- the issues of anvil that bob may view (index pattern again)'
SELECT i.id, i.title
FROM issues i
WHERE i.repo_id = 1
  AND (i.id::text IN (SELECT * FROM polar.list('User:bob', 'view', 'Issue'))
       OR '*' IN (SELECT * FROM polar.list('User:bob', 'view', 'Issue')))
ORDER BY i.id;

\echo '--- a failed request rolls back: neither the row nor the facts survive'
BEGIN;
INSERT INTO issues (repo_id, creator_id, title)
VALUES (1, 'bob', 'This request will fail') RETURNING id AS doomed_issue_id \gset
SELECT polar.bulk_tell(jsonb_build_array(
  jsonb_build_array('has_role', 'User:bob', 'creator', 'Issue:' || :doomed_issue_id),
  jsonb_build_array('has_relation', 'Issue:' || :doomed_issue_id, 'parent', 'Repo:1'))) AS new_facts;
-- Inside the transaction, the checks already see the new facts.
SELECT polar.authorize('User:bob', 'close', 'Issue:' || :doomed_issue_id) AS bob_may_close_before_rollback;
ROLLBACK;
SELECT count(*) AS issue_rows FROM issues WHERE id = :doomed_issue_id;
SELECT count(*) AS issue_facts FROM polar.facts WHERE 'Issue:' || :doomed_issue_id = ANY (args);
SELECT polar.authorize('User:bob', 'close', 'Issue:' || :doomed_issue_id) AS bob_may_close_after_rollback;

\echo
\echo '=== Revoking a role: alice removes bob from acme'
SELECT polar.authorize('User:alice', 'delete_role_assignment', 'Org:1') AS alice_may_revoke;
SELECT polar.delete('has_role', 'User:bob', 'member', 'Org:1') AS deleted;
\echo '--- bob lost everything that flowed from acme (his issue is now NotFound for him) ...'
SELECT * FROM show_repo('bob', 1);
SELECT * FROM org_index('bob');
SELECT polar.authorize('User:bob', 'view', 'Issue:' || :issue_id) AS bob_may_view_his_issue;
\echo '--- ... but, per the ownership rule, he may still close the issue he opened'
SELECT * FROM polar.actions('User:bob', 'Issue:' || :issue_id);

\echo
\echo '=== Conditional UI: the admin buttons on a user profile'
-- dee holds the global role "admin" (and so "support"). The app hides the buttons an actor
-- may not press: an admin gets Impersonate, Lock Account and Ban Hammer, a regular user none.
SELECT u.id AS profile,
       user_profile_actions('dee', u.id)   AS buttons_for_dee,
       user_profile_actions('alice', u.id) AS buttons_for_alice
FROM users u ORDER BY u.id;
\echo '--- charlie joins the support staff: support may impersonate, only admins lock and ban'
SELECT polar.tell('has_role', 'User:charlie', 'support');
SELECT user_profile_actions('charlie', 'bob') AS buttons_for_charlie;
\echo '--- who may ban alice? (a query over allow, any actor)'
SELECT * FROM polar.query('allow', NULL, 'ban', 'User:alice') ORDER BY args;

\echo
\echo '=== Done. The authorization data, as it stands:'
SELECT * FROM polar.facts ORDER BY predicate, args;
SELECT version, filename, active FROM polar.policies ORDER BY version;
