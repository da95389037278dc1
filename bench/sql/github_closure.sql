-- A design reference, not a baseline of the same shape: the checks of the hand-written SQL over
-- a precomputed closure, the strongest repository role each user holds, directly or through the
-- repository's organization: the design change the flatness target points to. One probe for a
-- repository check, two for a pull request (its repository, then the closure), where the fact
-- tables need three to five. Nothing keeps it current here (the benchmark's roles do not
-- change while it is read); github_run.sql measures what keeping it would cost a write.
--
-- bench.effective_access(a0 user, a2 repository, lvl): 1 reader, 2 writer, 3 admin. A member of
-- the organization reads its repositories; an admin or owner of the organization is admin of
-- them (bench/policy/github.polar).
DROP TABLE IF EXISTS bench.effective_access;
CREATE TABLE bench.effective_access (
  a0 text COLLATE "C" NOT NULL,
  a2 text COLLATE "C" NOT NULL,
  lvl int2 NOT NULL,
  PRIMARY KEY (a0, a2) INCLUDE (lvl));

-- The levels a user's roles give: on a repository directly, or on its organization.
CREATE OR REPLACE FUNCTION bench.closure_rows(only_users text[] DEFAULT NULL)
RETURNS TABLE (a0 text, a2 text, lvl int2) LANGUAGE sql STABLE AS $$
  SELECT u, repo, max(l)::int2 FROM (
    SELECT f.a0, f.a2, CASE f.a1 WHEN 'String:admin' THEN 3 WHEN 'String:writer' THEN 2 ELSE 1 END
    FROM polar.fact_3 f
    WHERE f.pred = 'has_role' AND f.a2 >= 'Repository:' AND f.a2 < 'Repository;'
      AND f.a1 IN ('String:reader', 'String:writer', 'String:admin')
      AND (only_users IS NULL OR f.a0 = ANY (only_users))
    UNION ALL
    SELECT m.a0, o.a0, CASE WHEN m.a1 IN ('String:admin', 'String:owner') THEN 3 ELSE 1 END
    FROM polar.fact_3 m
    JOIN polar.fact_3 o ON o.pred = 'has_relation' AND o.a1 = 'String:organization' AND o.a2 = m.a2
    WHERE m.pred = 'has_role' AND m.a2 >= 'Organization:' AND m.a2 < 'Organization;'
      AND m.a1 IN ('String:member', 'String:admin', 'String:owner')
      AND (only_users IS NULL OR m.a0 = ANY (only_users))) AS r(u, repo, l)
  GROUP BY u, repo
$$;

DO $$
DECLARE
  t0 timestamptz := clock_timestamp();
  n bigint;
BEGIN
  INSERT INTO bench.effective_access SELECT * FROM bench.closure_rows();
  GET DIAGNOSTICS n = ROW_COUNT;
  INSERT INTO bench.results (scale, section, case_name, variant, n, mean_us, rows, note)
  VALUES (current_setting('bench.scale'), 'setup', 'precomputed closure (design reference)',
          'bench.effective_access', 1, bench.us(t0, clock_timestamp()), n,
          format('rows = closure rows; mean = µs to build; %s', pg_size_pretty(pg_total_relation_size('bench.effective_access'))));
END $$;
VACUUM ANALYZE bench.effective_access;

-- Its decisions must equal pg_polar's.
CREATE OR REPLACE FUNCTION bench.closure_authorize(u text, action text, resource text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN resource LIKE 'Repository:%' THEN
      EXISTS (SELECT 1 FROM bench.effective_access e
              WHERE e.a0 = u AND e.a2 = resource AND e.lvl >= CASE action WHEN 'push' THEN 2 ELSE 1 END)
    WHEN action = 'review' AND EXISTS (SELECT 1 FROM polar.fact_3 WHERE pred = 'has_relation' AND a0 = resource
                                        AND a1 = 'String:author' AND a2 = u) THEN false
    ELSE EXISTS (SELECT 1 FROM polar.fact_3 r
                 JOIN bench.effective_access e ON e.a0 = u AND e.a2 = r.a2 AND e.lvl >= 1
                 WHERE r.pred = 'has_relation' AND r.a0 = resource AND r.a1 = 'String:repository')
  END
$$;

-- What keeping the closure would cost a write: n new members spread over the organizations,
-- stored as facts (polar.bulk_tell), and the closure rows they add (every repository of their
-- organization). Both are rolled back.
CREATE OR REPLACE FUNCTION bench.closure_write_cost(n integer, OUT facts_us double precision,
                                                    OUT closure_us double precision, OUT closure_rows bigint)
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  users text[] := ARRAY(SELECT 'User:newmember' || i FROM generate_series(1, n) i);
  orgs integer := (SELECT orgs FROM bench.params);
BEGIN
  BEGIN
    t0 := clock_timestamp();
    PERFORM polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:newmember' || i, 'member',
                                                                'Organization:' || (i % orgs) + 1))
                             FROM generate_series(1, n) i));
    facts_us := bench.us(t0, clock_timestamp());
    t0 := clock_timestamp();
    INSERT INTO bench.effective_access SELECT * FROM bench.closure_rows(users)
    ON CONFLICT (a0, a2) DO UPDATE SET lvl = greatest(bench.effective_access.lvl, excluded.lvl);
    GET DIAGNOSTICS closure_rows = ROW_COUNT;
    closure_us := bench.us(t0, clock_timestamp());
    RAISE EXCEPTION USING ERRCODE = 'P0004';  -- undo both
  EXCEPTION WHEN assert_failure THEN
    NULL;
  END;
END $$;
