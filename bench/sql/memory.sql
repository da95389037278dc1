-- Backend memory across many checks in one session (bench/memory.sh). Loaded after harness.sql
-- and github_data.sql at scale S1 (100 users, 5 organizations x 10 repositories, 10 PRs each).
--
-- Check i of the mix (deterministic): 8 in 10 authorize (read/push Repository, read/review
-- PullRequest, half of them in the user's own organization: allowed and denied mixed), 1 in 10
-- list of the user's readable repositories, 1 in 10 actions on a repository.

CREATE TABLE IF NOT EXISTS bench.memory_samples (
  spelling  text NOT NULL,
  checks    bigint NOT NULL,
  rss_kb    bigint,
  hwm_kb    bigint,
  ctx_bytes bigint,
  at        timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The memory contexts that hold the most at each sample (to locate any growth).
CREATE TABLE IF NOT EXISTS bench.memory_contexts (
  spelling    text NOT NULL,
  checks      bigint NOT NULL,
  name        text NOT NULL,
  ident       text,
  contexts    bigint NOT NULL,
  total_bytes bigint NOT NULL
);

CREATE OR REPLACE FUNCTION bench.proc_status_kb(field text) RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/self/status'), field || ':\s+(\d+)'))[1]::bigint;
$$;

-- Records this backend's VmRSS, VmHWM and memory-context total after `checks` checks.
CREATE OR REPLACE FUNCTION bench.mem_sample(p_spelling text, p_checks bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bench.memory_samples (spelling, checks, rss_kb, hwm_kb, ctx_bytes)
  VALUES (p_spelling, p_checks, bench.proc_status_kb('VmRSS'), bench.proc_status_kb('VmHWM'),
          (SELECT sum(total_bytes) FROM pg_backend_memory_contexts));
  INSERT INTO bench.memory_contexts
  SELECT p_spelling, p_checks, name, left(ident, 60), count(*), sum(total_bytes)
  FROM pg_backend_memory_contexts GROUP BY name, left(ident, 60);
  RETURN p_checks;
END $$;

-- The arguments of check i.
CREATE OR REPLACE FUNCTION bench.mem_user(i bigint) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN 'User:' || (bench.rnd(i, 31, 100) + 1);
CREATE OR REPLACE FUNCTION bench.mem_repo(i bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
  RETURN CASE WHEN bench.rnd(i, 32, 2) = 0
              THEN (bench.rnd(i, 31, 100) % 5) * 10 + bench.rnd(i, 33, 10) + 1  -- in the user's organization
              ELSE bench.rnd(i, 34, 50) + 1 END;
CREATE OR REPLACE FUNCTION bench.mem_action(i bigint) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN (ARRAY['read', 'push', 'read', 'review'])[i % 4 + 1];
CREATE OR REPLACE FUNCTION bench.mem_resource(i bigint) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN CASE WHEN i % 4 < 2 THEN 'Repository:' || bench.mem_repo(i)
              ELSE 'PullRequest:' || ((bench.mem_repo(i) - 1) * 10 + bench.rnd(i, 35, 10) + 1) END;

-- Check i as one SQL statement (the many-statements spelling).
CREATE OR REPLACE FUNCTION bench.mem_check_sql(i bigint) RETURNS text LANGUAGE sql IMMUTABLE
  RETURN CASE i % 10
    WHEN 0 THEN format('SELECT count(*) FROM polar.list(%L, ''read'', ''Repository'')', bench.mem_user(i))
    WHEN 5 THEN format('SELECT count(*) FROM polar.actions(%L, %L)', bench.mem_user(i), 'Repository:' || bench.mem_repo(i))
    ELSE format('SELECT polar.authorize(%L, %L, %L)', bench.mem_user(i), bench.mem_action(i), bench.mem_resource(i)) END;
