-- The search case ("the 20 newest pull requests I may read", S4, stored facts) written by hand in
-- the SQL shapes a planner integration of pg_polar could produce, to see which shape PostgreSQL
-- plans well (docs/design/planner-integration.md). Run against a kept S4 benchmark database:
--   bench/run.sh --scales S4 --no-stress --peer-scales none --keep   (then, with the printed hint)
--   psql ... -d bench_s4 -f bench/sql/search_shapes.sql
-- Each shape runs 5 times for users who see 1%, 10% and 50% of the repositories.
\set ON_ERROR_STOP 1
\timing on

-- hand: the benchmark's hand-written baseline (reads the application's repo_id column).
PREPARE hand(text) AS SELECT count(id) FROM (
  SELECT pr.id FROM bench.pull_requests pr
  WHERE pr.repo_id IN (SELECT bench.hw_readable_repo_ids($1))
  ORDER BY pr.created_at DESC LIMIT 20) s;

-- The parts the shapes share, as psql variables (spliced into each statement's text, so every
-- shape is still planned as written): the pull request's repository fact, and the repositories
-- $1 may read (the policy's derivations, unfolded by hand).
SELECT $sql$SELECT 1 FROM polar.fact_3 f
  WHERE f.pred = 'has_relation' AND f.a0 = 'PullRequest:' || pr.id AND f.a1 = 'String:repository'$sql$
  AS repository_fact \gset
SELECT $sql$SELECT r.a2 FROM polar.fact_3 r
  WHERE r.pred = 'has_role' AND r.a0 = $1 AND r.a1 = ANY ('{String:reader,String:writer,String:admin}')
    AND starts_with(r.a2, 'Repository:')
  UNION ALL
  SELECT o.a0 FROM polar.fact_3 m
  JOIN polar.fact_3 o ON o.pred = 'has_relation' AND o.a2 = m.a2 AND o.a1 = 'String:organization'
  WHERE m.pred = 'has_role' AND m.a0 = $1 AND m.a1 = ANY ('{String:member,String:admin,String:owner}')
    AND starts_with(m.a2, 'Organization:')$sql$
  AS readable_repositories \gset

-- probe: a top-level EXISTS probing the pull request's repository fact, the readable set kept
-- out of the join tree (`OR false`) so that it is one hashed subplan built once per query.
PREPARE probe(text) AS SELECT count(id) FROM (
  SELECT pr.id FROM bench.pull_requests pr
  WHERE EXISTS (:repository_fact AND (f.a2 IN (:readable_repositories) OR false))
  ORDER BY pr.created_at DESC LIMIT 20) s;

-- plain: the same EXISTS with the readable set as a plain IN: PostgreSQL pulls both up and
-- joins the whole readable list (hash join of every readable pull request).
PREPARE plain(text) AS SELECT count(id) FROM (
  SELECT pr.id FROM bench.pull_requests pr
  WHERE EXISTS (:repository_fact AND f.a2 IN (:readable_repositories))
  ORDER BY pr.created_at DESC LIMIT 20) s;

-- subplan: the probe EXISTS under an OR (as a support function's SupportRequestSimplify would
-- leave it: after pull-up): a SubPlan, which PostgreSQL turns into its hashed alternative.
PREPARE subplan(text) AS SELECT count(id) FROM (
  SELECT pr.id FROM bench.pull_requests pr
  WHERE (EXISTS (:repository_fact AND (f.a2 IN (:readable_repositories) OR false)) OR false)
  ORDER BY pr.created_at DESC LIMIT 20) s;

-- probe_only: the per-row cost floor of a stored fact: 1,647 probes of the repository fact (the
-- rows the 1% user's search scans), without the readable set.
PREPARE probe_only AS SELECT count(*) FROM (
  SELECT pr.id FROM bench.pull_requests pr ORDER BY pr.created_at DESC LIMIT 1647) pr
  WHERE EXISTS (:repository_fact);

\o /dev/null
\echo hand 1%
EXECUTE hand('User:s1');
EXECUTE hand('User:s1');
EXECUTE hand('User:s1');
EXECUTE hand('User:s1');
EXECUTE hand('User:s1');
\echo hand 10%
EXECUTE hand('User:s10');
EXECUTE hand('User:s10');
EXECUTE hand('User:s10');
EXECUTE hand('User:s10');
EXECUTE hand('User:s10');
\echo hand 50%
EXECUTE hand('User:s50');
EXECUTE hand('User:s50');
EXECUTE hand('User:s50');
EXECUTE hand('User:s50');
EXECUTE hand('User:s50');
\echo probe 1%
EXECUTE probe('User:s1');
EXECUTE probe('User:s1');
EXECUTE probe('User:s1');
EXECUTE probe('User:s1');
EXECUTE probe('User:s1');
\echo probe 10%
EXECUTE probe('User:s10');
EXECUTE probe('User:s10');
EXECUTE probe('User:s10');
EXECUTE probe('User:s10');
EXECUTE probe('User:s10');
\echo probe 50%
EXECUTE probe('User:s50');
EXECUTE probe('User:s50');
EXECUTE probe('User:s50');
EXECUTE probe('User:s50');
EXECUTE probe('User:s50');
\echo plain 1%
EXECUTE plain('User:s1');
EXECUTE plain('User:s1');
EXECUTE plain('User:s1');
EXECUTE plain('User:s1');
EXECUTE plain('User:s1');
\echo plain 10%
EXECUTE plain('User:s10');
EXECUTE plain('User:s10');
EXECUTE plain('User:s10');
EXECUTE plain('User:s10');
EXECUTE plain('User:s10');
\echo plain 50%
EXECUTE plain('User:s50');
EXECUTE plain('User:s50');
EXECUTE plain('User:s50');
EXECUTE plain('User:s50');
EXECUTE plain('User:s50');
\echo subplan 1%
EXECUTE subplan('User:s1');
EXECUTE subplan('User:s1');
EXECUTE subplan('User:s1');
EXECUTE subplan('User:s1');
EXECUTE subplan('User:s1');
\echo subplan 10%
EXECUTE subplan('User:s10');
EXECUTE subplan('User:s10');
EXECUTE subplan('User:s10');
EXECUTE subplan('User:s10');
EXECUTE subplan('User:s10');
\echo subplan 50%
EXECUTE subplan('User:s50');
EXECUTE subplan('User:s50');
EXECUTE subplan('User:s50');
EXECUTE subplan('User:s50');
EXECUTE subplan('User:s50');
\echo probe_only
EXECUTE probe_only;
EXECUTE probe_only;
EXECUTE probe_only;
EXECUTE probe_only;
EXECUTE probe_only;
\o
