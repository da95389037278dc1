-- Runs every in-server measurement of one scale of the GitHub-like model and stores them in
-- bench.results. psql variables: scale, quick (0/1), domem (0/1), memchecks, csv (a path the
-- server may write), policy (the policy source).
\set ON_ERROR_STOP 1
SELECT set_config('bench.scale', :'scale', false) \gset
-- The precomputed closure, a design reference (github_closure.sql).
\ir github_closure.sql
\if :quick
  \set case_timeout 20s
  \set auth_timeout 120s
  \set iters 50
  \set budget 500
  \set nact 300
  \set nwho 200
  \set nwrite 20000
  \set ntell 2000
  \set nload 3
  \set membudget 20
  \set passes 2
\else
  \set case_timeout 60s
  \set auth_timeout 600s
  \set iters 200
  \set budget 2000
  \set nact 1000
  \set nwho 500
  \set nwrite 100000
  \set ntell 10000
  \set nload 5
  \set membudget 180
  \set passes 5
\endif

-- Same decisions: pg_polar and the hand-written SQL on all 10,000 requests. The authorize loops
-- run under a generous statement timeout (:auth_timeout) so that a pathological scale still
-- finishes the run.
SET statement_timeout = :'auth_timeout';
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES ('hand-written', 'pg_polar vs hand-written'),
                                 ('closure', 'closure reference vs pg_polar')) AS v(reference, label) LOOP
    BEGIN
      INSERT INTO bench.results (scale, section, case_name, variant, rows, note)
      SELECT current_setting('bench.scale'), 'check', 'decisions that differ (of 10,000)', r.label,
             bench.authorize_disagreements(r.reference), 'must be 0';
    EXCEPTION WHEN query_canceled THEN
      INSERT INTO bench.results (scale, section, case_name, variant, note)
      VALUES (current_setting('bench.scale'), 'check', 'decisions that differ (of 10,000)', r.label,
              'TIMED OUT (statement_timeout)');
    END;
  END LOOP;
END $$;

-- authorize, in-server. A warm-up pass of 1,000 for each, then the 10,000.
SELECT bench.run_case(:'scale', 'authorize', 'warm-up (not a result)', v, format('bench.loop_authorize(%L, 1000)', v))
FROM (VALUES ('polar'), ('hand-written'), ('closure')) AS vs(v);
DELETE FROM bench.results WHERE case_name = 'warm-up (not a result)' AND note IS NULL;
SELECT bench.run_case(:'scale', 'authorize', 'in-server, 10,000 mixed requests', 'hand-written',
                      'bench.loop_authorize(''hand-written'')', 'rows = allowed');
SELECT bench.run_case(:'scale', 'authorize', 'in-server, 10,000 mixed requests', 'pg_polar',
                      'bench.loop_authorize(''polar'')', 'rows = allowed');
SELECT bench.run_case(:'scale', 'authorize', 'in-server, 10,000 mixed requests', 'over a precomputed closure (reference)',
                      'bench.loop_authorize(''closure'')', 'rows = allowed');
SELECT bench.run_case(:'scale', 'authorize', 'in-server, 10,000 mixed requests', 'SELECT 1 (floor)',
                      'bench.loop_authorize(''select1'')');
-- The two loops again, in alternation (chunks of 1,000): both see the same machine.
SELECT bench.authorize_alternation(:'scale', :passes);
RESET statement_timeout;

-- The users of the list cases.
SELECT 'User:oc1' AS light_user, 'User:' || (orgs * 3 + 1) AS median_user FROM bench.params \gset
SELECT a0 AS heavy_user FROM polar.fact_3
WHERE pred = 'has_role' AND a2 >= 'Repository:' AND a2 < 'Repository;'
  AND a0 NOT LIKE 'User:s%' AND a0 NOT LIKE 'User:oc%'
GROUP BY a0 ORDER BY count(*) DESC, a0 LIMIT 1 \gset

-- Each case below is one statement (\gexec), under statement_timeout = :case_timeout, so a
-- pathological case is recorded as timed out instead of stalling the run.
SET statement_timeout = :'case_timeout';
SELECT format('SELECT bench.list_pair(%L, %L, %L, %L, %s, %s)', :'scale',
              format('%s, %s user (%s)', k.label, w.who, w.u), k.kind, w.u, :iters, :budget)
FROM (VALUES (1, 'repos', 'repositories'), (2, 'prs', 'pull requests')) AS k(o, kind, label),
     (VALUES (1, 'light', :'light_user'), (2, 'median', :'median_user'), (3, 'heaviest', :'heavy_user')) AS w(o, who, u)
ORDER BY k.o, w.o \gexec

-- list per row of an actor table (LATERAL), against the hand-written SQL function.
\ir list_lateral.sql

-- actions
SELECT format('SELECT bench.run_case(%L, %L, %L, %L, %L, %L)', :'scale', 'actions', format('%s, %s requests', t, :nact),
              v, format('bench.loop_actions(%L, %L, %s)', arg, t, :nact), 'rows = actions returned')
FROM (VALUES (1, 'Repository'), (2, 'PullRequest')) AS ts(o, t),
     (VALUES (1, 'hand-written', 'hand-written'), (2, 'pg_polar', 'polar')) AS vs(o2, v, arg)
ORDER BY o, o2 \gexec

-- who can read a repository
SELECT format('SELECT bench.run_case(%L, %L, %L, %L, %L, %L)', :'scale', 'who_can',
              format('read Repository, %s repositories', :nwho), v,
              format('bench.loop_who_can(%L, %s)', v, :nwho), 'rows = users returned')
FROM (VALUES (1, 'hand-written'), (2, 'polar.query'), (3, 'polar.subjects')) AS vs(o, v)
ORDER BY o \gexec

-- The search case: newest 20 pull requests visible to users who see 1%, 10%, 50%. Row-level
-- security (as bench_app, which does not own the table) over the same stored facts; bench_app
-- stays for the bound block below.
SELECT polar.create_filter('readable_prs', 'bench.pull_requests', 'id', 'PullRequest', 'read');
SET client_min_messages = warning;
SELECT polar.enable_rls('bench.pull_requests', 'id', 'PullRequest', 'read');
RESET client_min_messages;
DROP ROLE IF EXISTS bench_app;
CREATE ROLE bench_app;
GRANT USAGE ON SCHEMA bench TO bench_app;
GRANT SELECT ON bench.pull_requests TO bench_app;
SELECT format('SELECT bench.run_case(%L, %L, %L, %L, %L)', :'scale', 'search',
              format('newest 20 PRs, %s%% visible (User:s%s)', pct, pct), v,
              format('bench.loop_search(%L, %L, %s, %s)', v, 'User:s' || pct, :iters, :budget))
FROM (VALUES (1), (10), (50)) AS ps(pct),
     (VALUES (1, 'hand-written'), (2, 'hand-written, stored facts'), (3, 'hand-written, stored facts, per-row probe'),
             (4, 'polar.authorize'), (5, 'polar.list(PullRequest)'), (6, 'polar.list join'),
             (7, 'polar.list(Repository)'), (8, 'polar filter view'), (9, 'row-level security')) AS vs(o, v)
ORDER BY pct, o \gexec
SELECT polar.drop_filter(name) FROM polar.filter_defs WHERE table_oid = 'bench.pull_requests'::regclass;

-- The same search with the designed setup: pull request -> repository read from the
-- application's table through a binding (its repo_id column), so the filter and the RLS policy
-- read each row's own repo_id. The stored copies of those facts are set aside meanwhile.
CREATE TABLE bench.held_facts AS
  WITH moved AS (DELETE FROM polar.fact_3 WHERE pred = 'has_relation' AND a1 = 'String:repository' RETURNING *)
  SELECT * FROM moved;
VACUUM ANALYZE polar.fact_3;
SELECT polar.bind('has_relation(PullRequest:_, String:repository, Repository:_)',
                  'SELECT id, repo_id FROM bench.pull_requests') AS pr_binding \gset
SELECT polar.create_filter('readable_prs', 'bench.pull_requests', 'id', 'PullRequest', 'read');
SET client_min_messages = warning;
SELECT polar.enable_rls('bench.pull_requests', 'id', 'PullRequest', 'read');
RESET client_min_messages;
SELECT format('SELECT bench.run_case(%L, %L, %L, %L, %L)', :'scale', 'search',
              format('newest 20 PRs, %s%% visible (User:s%s)', pct, pct), v,
              format('bench.loop_search(%L, %L, %s, %s)', v, 'User:s' || pct, :iters, :budget))
FROM (VALUES (1), (10), (50)) AS ps(pct),
     (VALUES (1, 'polar filter view, bound'), (2, 'row-level security, bound')) AS vs(o, v)
ORDER BY pct, o \gexec
SELECT polar.drop_filter(name) FROM polar.filter_defs WHERE table_oid = 'bench.pull_requests'::regclass;
SELECT polar.unbind(:pr_binding);
REVOKE ALL ON bench.pull_requests FROM bench_app;
REVOKE ALL ON SCHEMA bench FROM bench_app;
DROP ROLE bench_app;
INSERT INTO polar.fact_3 SELECT * FROM bench.held_facts;
DROP TABLE bench.held_facts;
VACUUM ANALYZE polar.fact_3;
RESET statement_timeout;

-- Writes. bench.copy_fact_3: the same columns, indexes and rows as polar.fact_3.
DROP TABLE IF EXISTS bench.copy_fact_3;
CREATE TABLE bench.copy_fact_3 (LIKE polar.fact_3 INCLUDING ALL);
INSERT INTO bench.copy_fact_3 SELECT * FROM polar.fact_3;
ANALYZE bench.copy_fact_3;
-- Each measurement deletes its rows afterwards; a VACUUM before the next one removes their dead
-- index entries, which would otherwise cost the next insert of the same keys a heap visit each.
SELECT * FROM bench.write_throughput(:nwrite, :nwrite, :'csv') \gset w1_
VACUUM polar.fact_3;
VACUUM bench.copy_fact_3;
SELECT * FROM bench.write_throughput(:nwrite, 1000, :'csv') \gset w2_
VACUUM polar.fact_3;
VACUUM bench.copy_fact_3;
INSERT INTO bench.results (scale, section, case_name, variant, n, rows, note) VALUES
  (:'scale', 'write', format('%s facts, one call', :nwrite), 'polar.bulk_tell', :nwrite, round(:w1_bulk_tell_per_s), 'rows = facts/s'),
  (:'scale', 'write', format('%s facts, one call', :nwrite), 'COPY (same table shape)', :nwrite, round(:w1_copy_per_s), 'rows = facts/s'),
  (:'scale', 'write', format('%s facts, batches of 1,000', :nwrite), 'polar.bulk_tell', :nwrite, round(:w2_bulk_tell_per_s), 'rows = facts/s');
SELECT bench.record(:'scale', 'write', format('single fact, %s calls', :ntell), 'INSERT (same table shape)', samples,
                    round(:ntell / (SELECT sum(x) FROM unnest(samples) x) * 1e6)::bigint, 'rows = facts/s')
FROM bench.loop_tell('insert', :ntell);
SELECT bench.record(:'scale', 'write', format('single fact, %s calls', :ntell), 'polar.tell', samples,
                    round(:ntell / (SELECT sum(x) FROM unnest(samples) x) * 1e6)::bigint, 'rows = facts/s')
FROM bench.loop_tell('polar.tell', :ntell);
DROP TABLE bench.copy_fact_3;
-- What the closure reference would cost writes: 1,000 new organization members as facts, and
-- the closure rows they add (github_closure.sql; both rolled back).
SELECT * FROM bench.closure_write_cost(1000) \gset cw_
INSERT INTO bench.results (scale, section, case_name, variant, n, mean_us, rows, note) VALUES
  (:'scale', 'write', '1,000 new organization members', 'polar.bulk_tell', 1, :cw_facts_us, 1000,
   'rows = facts written; mean = µs for all'),
  (:'scale', 'write', '1,000 new organization members', 'closure rows they add (reference)', 1, :cw_closure_us,
   :cw_closure_rows, 'rows = closure rows written; mean = µs for all');
VACUUM polar.fact_3;

-- Policy load time (the facts stay).
SELECT bench.record(:'scale', 'policy', 'load_policy(github.polar)', 'pg_polar', samples)
FROM bench.loop_load_policy(:'policy', :nload);

-- Memory after many checks in one backend.
\if :domem
SELECT * FROM bench.memory_after_checks(:memchecks, :membudget) \gset m_
INSERT INTO bench.results (scale, section, case_name, variant, n, mean_us, rows, note) VALUES
  (:'scale', 'memory', format('VmRSS after %s checks', :m_checks), 'pg_polar', :m_checks,
   :m_seconds * 1e6 / :m_checks, :m_rss_after_kb,
   format('rows = VmRSS kB after; before %s kB; memory contexts %s -> %s bytes', :m_rss_before_kb, :m_ctx_before, :m_ctx_after));
\endif
