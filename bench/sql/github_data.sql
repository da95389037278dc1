-- Data generator for the GitHub-like model (bench/policy/github.polar). Deterministic: every
-- "random" choice is bench.rnd(i, salt, n), a hash of the row number.
--
-- psql variables: users orgs repos_per_org members_per_org prs_per_repo
--
-- Shape (ids are integers; values are 'User:17', 'Organization:3', 'Repository:250', ...):
--   * user u (1 .. orgs*members_per_org) is in organization ((u-1) % orgs) + 1; within an
--     organization the first user is "owner", the next two "admin", the rest "member";
--   * repository r belongs to organization ((r-1) / repos_per_org) + 1;
--   * every repository has one outside collaborator, a "writer" drawn from all users;
--   * outside collaborators (users:oc1 .. ocK, K = max(1, users/100)) are in no organization
--     and are "reader" on 1..3 repositories: the light users;
--   * search users s1, s10, s50 are "reader" on every 100th / 10th / 2nd repository
--     (1%, 10%, 50% of repositories and so of pull requests);
--   * pull request p belongs to repository ((p-1) / prs_per_repo) + 1, its author is a member
--     of that repository's organization, created_at is spread over one year.
-- The application's own pull_requests table (for the search case) mirrors the PR facts.

\set ON_ERROR_STOP 1

DROP TABLE IF EXISTS bench.params;
CREATE TABLE bench.params AS
SELECT :users::int AS users, :orgs::int AS orgs, :repos_per_org::int AS repos_per_org,
       :members_per_org::int AS members_per_org, :prs_per_repo::int AS prs_per_repo,
       :orgs * :repos_per_org AS repos, :orgs * :repos_per_org * :prs_per_repo AS prs,
       greatest(1, :users / 100) AS outside;

-- Application tables (the search case reads pull_requests).
DROP TABLE IF EXISTS bench.pull_requests;
CREATE TABLE bench.pull_requests (
  id         bigint PRIMARY KEY,
  repo_id    integer NOT NULL,
  author_id  integer NOT NULL,
  created_at timestamptz NOT NULL,
  title      text NOT NULL
);

INSERT INTO bench.pull_requests
SELECT p, ((p - 1) / pr.prs_per_repo) + 1,
       -- a member of the repository's organization
       (((p - 1) / pr.prs_per_repo) / pr.repos_per_org) + 1 + pr.orgs * bench.rnd(p, 11, pr.members_per_org),
       timestamptz '2024-01-01 00:00:00+00' + bench.rnd(p, 12, 31536000) * interval '1 second',
       'pull request ' || p
FROM bench.params pr, generate_series(1, pr.prs) AS p;
CREATE INDEX ON bench.pull_requests (created_at);
CREATE INDEX ON bench.pull_requests (repo_id);

-- Facts, bulk-loaded straight into the fact tables (bulk_tell is measured separately).
-- Organization roles.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_role', 'User:' || u,
       CASE WHEN (u - 1) / p.orgs = 0 THEN 'String:owner'
            WHEN (u - 1) / p.orgs <= 2 THEN 'String:admin'
            ELSE 'String:member' END,
       'Organization:' || ((u - 1) % p.orgs) + 1
FROM bench.params p, generate_series(1, p.orgs * p.members_per_org) AS u;

-- Repository -> organization.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_relation', 'Repository:' || r, 'String:organization', 'Organization:' || ((r - 1) / p.repos_per_org) + 1
FROM bench.params p, generate_series(1, p.repos) AS r;

-- One outside "writer" per repository.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_role', 'User:' || (bench.rnd(r, 21, p.users) + 1), 'String:writer', 'Repository:' || r
FROM bench.params p, generate_series(1, p.repos) AS r
ON CONFLICT DO NOTHING;

-- Outside collaborators: reader on 1..3 repositories.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT DISTINCT 'has_role', 'User:oc' || k, 'String:reader', 'Repository:' || (bench.rnd(k * 10 + j, 22, p.repos) + 1)
FROM bench.params p, generate_series(1, p.outside) AS k, generate_series(1, 3) AS j
WHERE j <= 1 + bench.rnd(k, 23, 3)
ON CONFLICT DO NOTHING;

-- Search users: 1%, 10%, 50% of the repositories.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_role', 'User:s' || pct, 'String:reader', 'Repository:' || r
FROM bench.params p, (VALUES (1), (10), (50)) AS v(pct), generate_series(1, p.repos) AS r
WHERE (r - 1) % (100 / pct) = 0;

-- Pull requests: repository and author.
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_relation', 'PullRequest:' || id, 'String:repository', 'Repository:' || repo_id FROM bench.pull_requests;
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_relation', 'PullRequest:' || id, 'String:author', 'User:' || author_id FROM bench.pull_requests;

-- 10,000 mixed requests: kind 0 read Repository, 1 push Repository, 2 read PullRequest,
-- 3 review PullRequest. Half of the resources come from the user's own organization (mostly
-- allowed), half are drawn from everything (mostly denied at the larger scales).
DROP TABLE IF EXISTS bench.requests;
CREATE TABLE bench.requests (
  id integer PRIMARY KEY, kind integer NOT NULL,
  actor text NOT NULL, action text NOT NULL, resource text NOT NULL
);
INSERT INTO bench.requests
SELECT i, k,
       'User:' || u,
       (ARRAY['read', 'push', 'read', 'review'])[k + 1],
       CASE WHEN k < 2 THEN 'Repository:' || repo ELSE 'PullRequest:' || pr END
FROM bench.params p, generate_series(1, 10000) AS i,
     LATERAL (SELECT i % 4 AS k, bench.rnd(i, 31, p.orgs * p.members_per_org) + 1 AS u) a,
     LATERAL (SELECT CASE WHEN bench.rnd(i, 32, 2) = 0
                          THEN ((u - 1) % p.orgs) * p.repos_per_org + bench.rnd(i, 33, p.repos_per_org) + 1
                          ELSE bench.rnd(i, 34, p.repos) + 1 END AS repo) b,
     LATERAL (SELECT (repo - 1)::bigint * p.prs_per_repo + bench.rnd(i, 35, p.prs_per_repo) + 1 AS pr) c;

ANALYZE polar.fact_3;
ANALYZE bench.pull_requests;
ANALYZE bench.requests;

SELECT (SELECT count(*) FROM polar.fact_3) AS fact_3_tuples,
       (SELECT count(*) FROM bench.pull_requests) AS pull_requests;
