-- Row filtering at scale: "the 20 newest pull requests I may read" over a 1,000,000-row table
-- whose pull request -> repository -> organization facts come from the application's tables
-- through bindings. The plan must use an index of the table and contain no per-row check
-- (no call of polar.authorize, no per-row subquery), for row-level security and for the filter
-- view. Properties of the plan are shown, not the plan (its exact shape depends on statistics).

CREATE TABLE fp_orgs (id integer PRIMARY KEY);
CREATE TABLE fp_repos (id integer PRIMARY KEY, org_id integer NOT NULL REFERENCES fp_orgs);
CREATE TABLE fp_prs (id integer PRIMARY KEY, repo_id integer NOT NULL, created_at timestamptz NOT NULL,
                     title text NOT NULL);
INSERT INTO fp_orgs SELECT g FROM generate_series(1, 50) g;
INSERT INTO fp_repos SELECT g, (g - 1) % 50 + 1 FROM generate_series(1, 2000) g;
INSERT INTO fp_prs
SELECT g, (g::bigint * 7919 % 2000 + 1)::integer, timestamptz '2026-01-01' + g * interval '1 second', 'pr ' || g
FROM generate_series(1, 1000000) g;
CREATE INDEX fp_prs_created_at ON fp_prs (created_at);
CREATE INDEX fp_prs_repo_id ON fp_prs (repo_id);
ANALYZE fp_orgs, fp_repos, fp_prs;

SELECT polar.load_policy($$
actor User {}
resource Organization {
  roles = ["member"];
  permissions = ["read"];
  "read" if "member";
}
resource Repository {
  roles = ["reader"];
  permissions = ["read"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "read" if "reader";
}
resource PullRequest {
  permissions = ["read"];
  relations = { repository: Repository };
  "read" if "read" on "repository";
}
$$, 'filter_plan.polar') > 0 AS loaded;

SELECT polar.bind('has_relation(Repository:_, String:organization, Organization:_)',
                  'SELECT id, org_id FROM fp_repos') > 0 AS bound;
SELECT polar.bind('has_relation(PullRequest:_, String:repository, Repository:_)',
                  'SELECT id, repo_id FROM fp_prs') > 0 AS bound;
-- alice reads the 40 repositories of organization 1 (2% of the pull requests), bob one repository.
SELECT polar.tell('has_role', 'User:alice', 'member', 'Organization:1');
SELECT polar.tell('has_role', 'User:bob', 'reader', 'Repository:7');

SET client_min_messages = warning;
SELECT polar.enable_rls('fp_prs', 'id', 'PullRequest', 'read');
SELECT polar.create_filter('fp_readable_prs', 'fp_prs', 'id', 'PullRequest', 'read');
RESET client_min_messages;
CREATE ROLE regress_polar_fp;
GRANT SELECT ON fp_prs, fp_repos TO regress_polar_fp;
GRANT USAGE ON SCHEMA polar_filters TO regress_polar_fp;
GRANT SELECT ON polar_filters.fp_readable_prs TO regress_polar_fp;

-- The plan's properties: which scan feeds the LIMIT, and that nothing runs per row.
CREATE FUNCTION fp_plan_properties(query text)
RETURNS TABLE (uses_table_index boolean, seq_scan_of_table boolean, per_row_check boolean)
LANGUAGE plpgsql AS $$
DECLARE plan text := '';
        line text;
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
    plan := plan || line || E'\n';
  END LOOP;
  uses_table_index := plan ~ '(Index Scan|Index Only Scan|Bitmap Index Scan)( Backward)? (using|on) fp_prs_(created_at|repo_id|pkey)';
  seq_scan_of_table := plan ~ 'Seq Scan on fp_prs';
  -- polar.authorize per row, or a correlated SubPlan (a hashed subplan is computed once)
  per_row_check := plan ~ 'authorize' OR plan ~ '\(SubPlan \d+' OR plan ~ 'alternatives: SubPlan';
  RETURN NEXT;
END $$;

SET ROLE regress_polar_fp;
SET polar.actor = 'User:alice';
SELECT * FROM fp_plan_properties('SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 20');
SELECT * FROM fp_plan_properties(
  'SELECT pr.id FROM fp_prs pr WHERE pr.id IN (SELECT id FROM polar_filters.fp_readable_prs) ORDER BY pr.created_at DESC LIMIT 20');
-- The right rows: the 20 newest pull requests of organization 1's repositories.
SELECT count(*) AS rows, bool_and(r.org_id = 1) AS all_in_org_1
FROM (SELECT id, repo_id FROM fp_prs ORDER BY created_at DESC LIMIT 20) p JOIN fp_repos r ON r.id = p.repo_id;
SELECT array_agg(id ORDER BY id) = (SELECT array_agg(id ORDER BY id) FROM (
         SELECT p.id FROM fp_prs p JOIN fp_repos r ON r.id = p.repo_id AND r.org_id = 1
         ORDER BY p.created_at DESC LIMIT 20) s) AS same_as_direct_query
FROM (SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 20) v;
SET polar.actor = 'User:bob';
SELECT * FROM fp_plan_properties('SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 20');
SELECT count(*) AS rows, bool_and(repo_id = 7) AS all_in_repo_7
FROM (SELECT id, repo_id FROM fp_prs ORDER BY created_at DESC LIMIT 20) p;
-- A stored fact of the bound relation counts too: linking the newest pull request to
-- repository 7 makes it bob's newest (the stored-facts part of the filter runs only when such
-- facts exist; here one does).
RESET ROLE;
SELECT (SELECT repo_id FROM fp_prs WHERE id = 1000000) <> 7 AS newest_is_elsewhere;
SELECT polar.tell('has_relation', 'PullRequest:1000000', 'repository', 'Repository:7');
SET ROLE regress_polar_fp;
SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 1;
SELECT count(*) AS rows FROM (SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 20) p;
RESET ROLE;
SELECT polar.delete('has_relation', 'PullRequest:1000000', 'repository', 'Repository:7');
SET ROLE regress_polar_fp;
SELECT id = 1000000 AS newest_still_visible FROM fp_prs ORDER BY created_at DESC LIMIT 1;
SET polar.actor = 'User:nobody';
SELECT count(*) AS rows FROM (SELECT id FROM fp_prs ORDER BY created_at DESC LIMIT 20) p;
RESET ROLE;
RESET polar.actor;

-- list() removes duplicates as rows stream in: alice reads the 20,000 pull requests of
-- organization 1's 40 repositories; the 500 of repository 1 are also linked (stored facts) to
-- repository 51 of the same organization, so the query yields them twice. Every value once, the
-- same set as plain SQL over the tables.
SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_relation', 'PullRequest:' || id, 'repository',
                                                           'Repository:51'))
                        FROM fp_prs WHERE repo_id = 1)) AS doubly_linked;
SELECT count(*) AS listed, count(DISTINCT l) AS distinct_listed,
       count(*) = (SELECT count(*) FROM fp_prs p JOIN fp_repos r ON r.id = p.repo_id WHERE r.org_id = 1)
         AS all_of_org_1,
       bool_and(l::integer IN (SELECT p.id FROM fp_prs p JOIN fp_repos r ON r.id = p.repo_id WHERE r.org_id = 1))
         AS only_org_1
FROM polar.list('User:alice', 'read', 'PullRequest') l;
SELECT polar.bulk_delete('[["has_relation", null, "repository", "Repository:51"]]') AS unlinked;

SELECT polar.drop_filter(name) FROM polar.filter_defs WHERE table_oid = 'fp_prs'::regclass ORDER BY name;
SELECT polar.unbind(id) FROM polar.bindings ORDER BY id;
REVOKE ALL ON fp_prs, fp_repos FROM regress_polar_fp;
REVOKE ALL ON SCHEMA polar_filters FROM regress_polar_fp;
DROP FUNCTION fp_plan_properties(text);
DROP ROLE regress_polar_fp;
DROP TABLE fp_prs, fp_repos, fp_orgs;
SELECT polar.delete('has_role', NULL, NULL, NULL) AS roles_deleted;
