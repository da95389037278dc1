-- Measurement functions for the GitHub-like model. Each returns per-call microseconds; the
-- driver (github_run.sql) calls them and stores the results with bench.record().

-- authorize over the 10,000 pre-generated requests. variant: 'polar' (polar.authorize),
-- 'hand-written' (the statements of github_handwritten.sql, static SQL in this loop, so
-- PL/pgSQL prepares them once), 'select1' (SELECT 1 INTO: the floor of one SPI statement).
CREATE OR REPLACE FUNCTION bench.loop_authorize(variant text, n integer DEFAULT 10000, skip integer DEFAULT 0,
                                                OUT samples double precision[], OUT allowed integer)
LANGUAGE plpgsql AS $$
DECLARE
  rec record;
  t0 timestamptz;
  t1 timestamptz;
  ok boolean;
  one integer;
  u text;
  res text;
BEGIN
  samples := '{}';
  allowed := 0;
  FOR rec IN SELECT kind, actor, action, resource FROM bench.requests ORDER BY id LIMIT n OFFSET skip LOOP
    u := rec.actor;
    res := rec.resource;
    IF variant = 'polar' THEN
      t0 := clock_timestamp();
      ok := polar.authorize(rec.actor, rec.action, rec.resource);
      t1 := clock_timestamp();
    ELSIF variant = 'hand-written' THEN
      -- the statements of bench.hw_repo_read, hw_repo_push, hw_pr_read and hw_pr_review
      IF rec.kind = 0 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM polar.fact_3
                       WHERE pred = 'has_role' AND a0 = u AND a2 = res
                         AND a1 IN ('String:reader', 'String:writer', 'String:admin')
                       UNION ALL
                       SELECT 1 FROM polar.fact_3 o
                       JOIN polar.fact_3 m ON m.pred = 'has_role' AND m.a0 = u AND m.a2 = o.a2
                                          AND m.a1 IN ('String:member', 'String:admin', 'String:owner')
                       WHERE o.pred = 'has_relation' AND o.a0 = res AND o.a1 = 'String:organization')
        INTO ok;
        t1 := clock_timestamp();
      ELSIF rec.kind = 1 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM polar.fact_3
                       WHERE pred = 'has_role' AND a0 = u AND a2 = res
                         AND a1 IN ('String:writer', 'String:admin')
                       UNION ALL
                       SELECT 1 FROM polar.fact_3 o
                       JOIN polar.fact_3 m ON m.pred = 'has_role' AND m.a0 = u AND m.a2 = o.a2
                                          AND m.a1 IN ('String:admin', 'String:owner')
                       WHERE o.pred = 'has_relation' AND o.a0 = res AND o.a1 = 'String:organization')
        INTO ok;
        t1 := clock_timestamp();
      ELSIF rec.kind = 2 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM polar.fact_3 r,
                       LATERAL (SELECT 1 FROM polar.fact_3
                                WHERE pred = 'has_role' AND a0 = u AND a2 = r.a2
                                  AND a1 IN ('String:reader', 'String:writer', 'String:admin')
                                UNION ALL
                                SELECT 1 FROM polar.fact_3 o
                                JOIN polar.fact_3 m ON m.pred = 'has_role' AND m.a0 = u AND m.a2 = o.a2
                                                   AND m.a1 IN ('String:member', 'String:admin', 'String:owner')
                                WHERE o.pred = 'has_relation' AND o.a0 = r.a2 AND o.a1 = 'String:organization') g
                       WHERE r.pred = 'has_relation' AND r.a0 = res AND r.a1 = 'String:repository')
        INTO ok;
        t1 := clock_timestamp();
      ELSE
        t0 := clock_timestamp();
        SELECT NOT EXISTS (SELECT 1 FROM polar.fact_3
                           WHERE pred = 'has_relation' AND a0 = res AND a1 = 'String:author' AND a2 = u)
           AND EXISTS (SELECT 1 FROM polar.fact_3 r,
                       LATERAL (SELECT 1 FROM polar.fact_3
                                WHERE pred = 'has_role' AND a0 = u AND a2 = r.a2
                                  AND a1 IN ('String:reader', 'String:writer', 'String:admin')
                                UNION ALL
                                SELECT 1 FROM polar.fact_3 o
                                JOIN polar.fact_3 m ON m.pred = 'has_role' AND m.a0 = u AND m.a2 = o.a2
                                                   AND m.a1 IN ('String:member', 'String:admin', 'String:owner')
                                WHERE o.pred = 'has_relation' AND o.a0 = r.a2 AND o.a1 = 'String:organization') g
                       WHERE r.pred = 'has_relation' AND r.a0 = res AND r.a1 = 'String:repository')
        INTO ok;
        t1 := clock_timestamp();
      END IF;
    ELSIF variant = 'closure' THEN
      -- the statements of bench.closure_authorize (github_closure.sql), one per kind
      IF rec.kind = 0 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM bench.effective_access e WHERE e.a0 = u AND e.a2 = res AND e.lvl >= 1) INTO ok;
        t1 := clock_timestamp();
      ELSIF rec.kind = 1 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM bench.effective_access e WHERE e.a0 = u AND e.a2 = res AND e.lvl >= 2) INTO ok;
        t1 := clock_timestamp();
      ELSIF rec.kind = 2 THEN
        t0 := clock_timestamp();
        SELECT EXISTS (SELECT 1 FROM polar.fact_3 r
                       JOIN bench.effective_access e ON e.a0 = u AND e.a2 = r.a2 AND e.lvl >= 1
                       WHERE r.pred = 'has_relation' AND r.a0 = res AND r.a1 = 'String:repository')
        INTO ok;
        t1 := clock_timestamp();
      ELSE
        t0 := clock_timestamp();
        SELECT NOT EXISTS (SELECT 1 FROM polar.fact_3
                           WHERE pred = 'has_relation' AND a0 = res AND a1 = 'String:author' AND a2 = u)
           AND EXISTS (SELECT 1 FROM polar.fact_3 r
                       JOIN bench.effective_access e ON e.a0 = u AND e.a2 = r.a2 AND e.lvl >= 1
                       WHERE r.pred = 'has_relation' AND r.a0 = res AND r.a1 = 'String:repository')
        INTO ok;
        t1 := clock_timestamp();
      END IF;
    ELSE
      t0 := clock_timestamp();
      SELECT 1 INTO one;
      t1 := clock_timestamp();
      ok := false;
    END IF;
    samples := samples || bench.us(t0, t1);
    IF ok THEN allowed := allowed + 1; END IF;
  END LOOP;
END $$;

-- The decisions of pg_polar and of the hand-written SQL on every request must agree.
-- The hand-written and the pg_polar loop in alternation, in chunks of 1,000 requests: `passes`
-- times over the 10,000. A pair of loops measured one after the other sees the machine drift
-- between them (on the reference VM by 20-50% within seconds); chunks a few tens of milliseconds
-- long put both variants in the same fast and slow spells.
CREATE OR REPLACE FUNCTION bench.authorize_alternation(p_scale text, passes integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  hw double precision[] := '{}';
  pg double precision[] := '{}';
  cl double precision[] := '{}';
  case_name text := format('in-server, in alternation: chunks of 1,000, %s passes', passes);
BEGIN
  FOR i IN 0 .. passes * 10 - 1 LOOP
    hw := hw || (SELECT samples FROM bench.loop_authorize('hand-written', 1000, (i % 10) * 1000));
    pg := pg || (SELECT samples FROM bench.loop_authorize('polar', 1000, (i % 10) * 1000));
    cl := cl || (SELECT samples FROM bench.loop_authorize('closure', 1000, (i % 10) * 1000));
  END LOOP;
  PERFORM bench.record(p_scale, 'authorize', case_name, 'hand-written', hw);
  PERFORM bench.record(p_scale, 'authorize', case_name, 'pg_polar', pg);
  PERFORM bench.record(p_scale, 'authorize', case_name, 'over a precomputed closure (reference)', cl);
END $$;

-- Flatness: this database's authorize loops and those of `other_db` (a larger scale, reached
-- through dblink, timed inside its own backend) in alternation, in chunks of 1,000, `passes` times
-- over the 10,000 requests. Returns each side's samples for pg_polar and the hand-written SQL.
CREATE OR REPLACE FUNCTION bench.flatness(other_db text, passes integer,
                                          OUT here_polar double precision[], OUT there_polar double precision[],
                                          OUT here_hw double precision[], OUT there_hw double precision[],
                                          OUT here_closure double precision[], OUT there_closure double precision[])
LANGUAGE plpgsql AS $$
DECLARE
  remote text := format('SELECT samples FROM bench.loop_authorize(%%L, 1000, %%s)');
BEGIN
  here_polar := '{}'; there_polar := '{}'; here_hw := '{}'; there_hw := '{}'; here_closure := '{}'; there_closure := '{}';
  PERFORM dblink_connect('flatness', format('dbname=%s host=%s port=%s', other_db,
                         split_part(current_setting('unix_socket_directories'), ',', 1), current_setting('port')));
  FOR i IN 0 .. passes * 10 - 1 LOOP
    here_polar := here_polar || (SELECT samples FROM bench.loop_authorize('polar', 1000, (i % 10) * 1000));
    there_polar := there_polar || (SELECT s FROM dblink('flatness', format(remote, 'polar', (i % 10) * 1000)) AS t(s double precision[]));
    here_hw := here_hw || (SELECT samples FROM bench.loop_authorize('hand-written', 1000, (i % 10) * 1000));
    there_hw := there_hw || (SELECT s FROM dblink('flatness', format(remote, 'hand-written', (i % 10) * 1000)) AS t(s double precision[]));
    here_closure := here_closure || (SELECT samples FROM bench.loop_authorize('closure', 1000, (i % 10) * 1000));
    there_closure := there_closure || (SELECT s FROM dblink('flatness', format(remote, 'closure', (i % 10) * 1000)) AS t(s double precision[]));
  END LOOP;
  PERFORM dblink_disconnect('flatness');
END $$;

-- How many of the 10,000 requests pg_polar decides otherwise than a reference: 'hand-written' or
-- 'closure' (github_closure.sql, loaded later: PL/pgSQL resolves the call when it runs).
CREATE OR REPLACE FUNCTION bench.authorize_disagreements(reference text) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN (SELECT count(*) FROM bench.requests
          WHERE polar.authorize(actor, action, resource) IS DISTINCT FROM
                CASE reference WHEN 'closure' THEN bench.closure_authorize(actor, action, resource)
                               ELSE bench.hw_authorize(actor, action, resource) END);
END $$;

-- list: kind 'repos' or 'prs'. Runs up to max_iters times or until budget_ms has passed.
CREATE OR REPLACE FUNCTION bench.loop_list(variant text, kind text, u text, max_iters integer, budget_ms integer,
                                           OUT samples double precision[], OUT nrows bigint)
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  t1 timestamptz;
  started timestamptz := clock_timestamp();
BEGIN
  samples := '{}';
  FOR i IN 1 .. max_iters LOOP
    t0 := clock_timestamp();
    IF kind = 'lateral repos' THEN
      -- a list per row of an actor table (list_lateral.sql): the hook keeps the C function
      IF variant = 'polar' THEN
        SELECT count(x) INTO nrows FROM bench.lateral_actors a, LATERAL polar.list(a.id, 'read', 'Repository') AS x;
      ELSE
        SELECT count(x) INTO nrows FROM bench.lateral_actors a, LATERAL bench.hw_list_repos(a.id) AS x;
      END IF;
    ELSIF variant = 'polar' AND kind = 'repos' THEN
      SELECT count(x) INTO nrows FROM polar.list(u, 'read', 'Repository') AS x;
    ELSIF variant = 'polar' THEN
      SELECT count(x) INTO nrows FROM polar.list(u, 'read', 'PullRequest') AS x;
    ELSIF kind = 'repos' THEN
      SELECT count(x) INTO nrows FROM bench.hw_list_repos(u) AS x;
    ELSE
      SELECT count(x) INTO nrows FROM bench.hw_list_prs(u) AS x;
    END IF;
    t1 := clock_timestamp();
    samples := samples || bench.us(t0, t1);
    EXIT WHEN i >= 3 AND bench.us(started, t1) > budget_ms * 1000;
  END LOOP;
END $$;

-- A list case, the hand-written and the pg_polar loop in alternation, 10 calls at a time, until
-- max_iters calls each or budget_ms spent on each (at least 10 each); records both. Measured one
-- after the other, the two see the machine drift between them.
CREATE OR REPLACE FUNCTION bench.list_pair(p_scale text, p_case text, kind text, u text, max_iters integer,
                                           budget_ms integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  hw double precision[] := '{}';
  pg double precision[] := '{}';
  hw_rows bigint;
  pg_rows bigint;
  r record;
  started timestamptz := clock_timestamp();
BEGIN
  WHILE cardinality(hw) < max_iters LOOP
    SELECT * INTO r FROM bench.loop_list('hand-written', kind, u, 10, budget_ms);
    hw := hw || r.samples;
    hw_rows := r.nrows;
    SELECT * INTO r FROM bench.loop_list('polar', kind, u, 10, budget_ms);
    pg := pg || r.samples;
    pg_rows := r.nrows;
    EXIT WHEN bench.us(started, clock_timestamp()) > 2 * budget_ms * 1000;
  END LOOP;
  PERFORM bench.record(p_scale, 'list', p_case, 'hand-written', hw, hw_rows);
  PERFORM bench.record(p_scale, 'list', p_case, 'pg_polar', pg, pg_rows);
EXCEPTION WHEN query_canceled THEN
  INSERT INTO bench.results (scale, section, case_name, variant, note)
  SELECT p_scale, 'list', p_case, v, 'TIMED OUT: no result within the statement_timeout'
  FROM (VALUES ('hand-written'), ('pg_polar')) AS vs(v);
END $$;

-- actions on the resources of the first n requests (repositories and pull requests).
CREATE OR REPLACE FUNCTION bench.loop_actions(variant text, rtype text, n integer,
                                              OUT samples double precision[], OUT nrows bigint)
LANGUAGE plpgsql AS $$
DECLARE
  rec record;
  t0 timestamptz;
  t1 timestamptz;
  c bigint;
BEGIN
  samples := '{}';
  nrows := 0;
  FOR rec IN SELECT actor, resource FROM bench.requests
             WHERE (rtype = 'Repository') = (kind < 2) ORDER BY id LIMIT n LOOP
    t0 := clock_timestamp();
    IF variant = 'polar' THEN
      SELECT count(a) INTO c FROM polar.actions(rec.actor, rec.resource) AS a;
    ELSIF rtype = 'Repository' THEN
      SELECT count(a) INTO c FROM bench.hw_repo_actions(rec.actor, rec.resource) AS a;
    ELSE
      SELECT count(a) INTO c FROM bench.hw_pr_actions(rec.actor, rec.resource) AS a;
    END IF;
    t1 := clock_timestamp();
    samples := samples || bench.us(t0, t1);
    nrows := nrows + c;
  END LOOP;
END $$;

-- Who can read a repository: the repositories of the first n repository requests.
-- variant: 'polar.query' (polar.query('allow', NULL, 'read', repo)), 'polar.subjects', 'hand-written'.
CREATE OR REPLACE FUNCTION bench.loop_who_can(variant text, n integer,
                                              OUT samples double precision[], OUT nrows bigint)
LANGUAGE plpgsql AS $$
DECLARE
  rec record;
  t0 timestamptz;
  t1 timestamptz;
  c bigint;
BEGIN
  samples := '{}';
  nrows := 0;
  FOR rec IN SELECT resource FROM bench.requests WHERE kind < 2 ORDER BY id LIMIT n LOOP
    t0 := clock_timestamp();
    IF variant = 'polar.query' THEN
      SELECT count(a) INTO c FROM polar.query('allow', NULL, 'read', rec.resource) AS a;
    ELSIF variant = 'polar.subjects' THEN
      SELECT count(a) INTO c FROM polar.subjects('read', rec.resource, 'User') AS a;
    ELSE
      SELECT count(a) INTO c FROM bench.hw_who_can_read_repo(rec.resource) AS a;
    END IF;
    t1 := clock_timestamp();
    samples := samples || bench.us(t0, t1);
    nrows := nrows + c;
  END LOOP;
END $$;

-- The search case: the 20 newest pull requests the user may read.
--   hand-written: repo_id IN (readable repositories, hand-written SQL over the fact tables)
--   hand-written, stored facts: each pull request's repository from its stored fact, as pg_polar reads it
--   hand-written, stored facts, per-row probe: the same with the fact probed per row (OR false)
--   polar.authorize: polar.authorize() per row in WHERE, newest first
--   polar.list(PullRequest): id IN (polar.list(user, 'read', 'PullRequest'))
--   polar.list(Repository): repo_id IN (polar.list(user, 'read', 'Repository')), i.e. the
--     application knows that reading a pull request means reading its repository
--   polar filter view: polar.create_filter('readable_prs', ...) with SET polar.actor
--   row-level security: polar.enable_rls on the table, the query as written, as bench_app (not its owner)
CREATE OR REPLACE FUNCTION bench.loop_search(variant text, u text, max_iters integer, budget_ms integer,
                                             OUT samples double precision[], OUT nrows bigint)
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  t1 timestamptz;
  started timestamptz := clock_timestamp();
BEGIN
  samples := '{}';
  PERFORM set_config('polar.actor', u, false);
  IF variant IN ('row-level security', 'row-level security, bound') THEN
    SET LOCAL ROLE bench_app;
  END IF;
  FOR i IN 1 .. max_iters LOOP
    t0 := clock_timestamp();
    IF variant = 'hand-written' THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE pr.repo_id IN (SELECT bench.hw_readable_repo_ids(u))
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'hand-written, stored facts' THEN
      -- what an expert writes over the same stored facts as pg_polar (the repository of each
      -- pull request from its has_relation fact, not from pull_requests.repo_id)
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE EXISTS (SELECT 1 FROM polar.fact_3 f
                      WHERE f.pred = 'has_relation' AND f.a0 = 'PullRequest:' || pr.id AND f.a1 = 'String:repository'
                        AND f.a2 IN (SELECT 'Repository:' || r FROM bench.hw_list_repos(u) AS r))
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'hand-written, stored facts, per-row probe' THEN
      -- the same, written as an expert who knows the page is small: each row's fact probed, the
      -- readable repositories hashed once (`OR false` keeps PostgreSQL from joining them first)
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE EXISTS (SELECT 1 FROM polar.fact_3 f
                      WHERE f.pred = 'has_relation' AND f.a0 = 'PullRequest:' || pr.id AND f.a1 = 'String:repository'
                        AND (f.a2 IN (SELECT 'Repository:' || r FROM bench.hw_list_repos(u) AS r) OR false))
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'polar.authorize' THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE polar.authorize(u, 'read', 'PullRequest:' || pr.id)
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'polar.list(PullRequest)' THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE pr.id::text IN (SELECT polar.list(u, 'read', 'PullRequest'))
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'polar.list join' THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        JOIN polar.list(u, 'read', 'PullRequest') AS l ON l = pr.id::text
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant = 'polar.list(Repository)' THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE pr.repo_id::text IN (SELECT polar.list(u, 'read', 'Repository'))
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant IN ('polar filter view', 'polar filter view, bound') THEN
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr
        WHERE pr.id IN (SELECT id FROM polar_filters.readable_prs)
        ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSIF variant IN ('row-level security', 'row-level security, bound') THEN
      -- the application's query as written; bench_app is subject to the table's RLS policy
      SELECT count(id) INTO nrows FROM (
        SELECT pr.id FROM bench.pull_requests pr ORDER BY pr.created_at DESC LIMIT 20) s;
    ELSE
      RAISE EXCEPTION 'unknown search variant %', variant;
    END IF;
    t1 := clock_timestamp();
    samples := samples || bench.us(t0, t1);
    EXIT WHEN i >= 3 AND bench.us(started, t1) > budget_ms * 1000;
  END LOOP;
  RESET ROLE;
END $$;

-- Writes. bulk_tell of n new pull-request facts in batches of batch facts, then the same rows
-- COPYed (server-side CSV file) into bench.copy_fact_3, a table like polar.fact_3 (same
-- columns, same indexes, same rows). Returns facts per second for each; cleans up after itself.
CREATE OR REPLACE FUNCTION bench.write_throughput(n integer, batch integer, csv_path text,
                                                  OUT bulk_tell_per_s double precision,
                                                  OUT copy_per_s double precision)
LANGUAGE plpgsql AS $$
DECLARE
  batches jsonb[];
  t0 timestamptz;
  total double precision := 0;
  repos integer := (SELECT repos FROM bench.params);
  b jsonb;
BEGIN
  SELECT array_agg(j ORDER BY g) INTO batches FROM (
    SELECT (i - 1) / batch AS g,
           jsonb_agg(jsonb_build_array('has_relation', 'PullRequest:new' || i, 'repository',
                                       'Repository:' || (i % repos) + 1)) AS j
    FROM generate_series(1, n) AS i GROUP BY 1) s;
  FOREACH b IN ARRAY batches LOOP
    t0 := clock_timestamp();
    PERFORM polar.bulk_tell(b);
    total := total + bench.us(t0, clock_timestamp());
  END LOOP;
  bulk_tell_per_s := n / (total / 1e6);
  DELETE FROM polar.fact_3 WHERE pred = 'has_relation' AND a0 >= 'PullRequest:new' AND a0 < 'PullRequest:nex';

  EXECUTE format($q$COPY (SELECT 'has_relation', 'PullRequest:new' || i, 'String:repository',
                                 'Repository:' || (i %% %s) + 1 FROM generate_series(1, %s) i) TO %L (FORMAT csv)$q$,
                 repos, n, csv_path);
  t0 := clock_timestamp();
  EXECUTE format('COPY bench.copy_fact_3 FROM %L (FORMAT csv)', csv_path);
  copy_per_s := n / (bench.us(t0, clock_timestamp()) / 1e6);
  DELETE FROM bench.copy_fact_3 WHERE pred = 'has_relation' AND a0 >= 'PullRequest:new' AND a0 < 'PullRequest:nex';
END $$;

-- Single-fact writes: n calls of polar.tell vs n single-row INSERTs into bench.copy_fact_3.
CREATE OR REPLACE FUNCTION bench.loop_tell(variant text, n integer, OUT samples double precision[])
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  t1 timestamptz;
  repos integer := (SELECT repos FROM bench.params);
  pr text;
  repo text;
BEGIN
  samples := '{}';
  FOR i IN 1 .. n LOOP
    pr := 'PullRequest:new' || i;
    repo := 'Repository:' || (i % repos) + 1;
    IF variant = 'polar.tell' THEN
      t0 := clock_timestamp();
      PERFORM polar.tell('has_relation', pr, 'repository', repo);
      t1 := clock_timestamp();
    ELSE
      t0 := clock_timestamp();
      INSERT INTO bench.copy_fact_3 VALUES ('has_relation', pr, 'String:repository', repo);
      t1 := clock_timestamp();
    END IF;
    samples := samples || bench.us(t0, t1);
  END LOOP;
  DELETE FROM polar.fact_3 WHERE pred = 'has_relation' AND a0 >= 'PullRequest:new' AND a0 < 'PullRequest:nex';
  DELETE FROM bench.copy_fact_3 WHERE pred = 'has_relation' AND a0 >= 'PullRequest:new' AND a0 < 'PullRequest:nex';
END $$;

-- Policy load: loads the same source n times (a comment makes each version new).
CREATE OR REPLACE FUNCTION bench.loop_load_policy(src text, n integer, OUT samples double precision[])
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  t1 timestamptz;
BEGIN
  samples := '{}';
  FOR i IN 1 .. n LOOP
    t0 := clock_timestamp();
    PERFORM polar.load_policy(src || E'\n# bench load ' || i || ' ' || clock_timestamp(), 'github.polar');
    t1 := clock_timestamp();
    samples := samples || bench.us(t0, t1);
  END LOOP;
END $$;

-- Backend memory after many checks in one session: passes over the requests until n checks or
-- budget_s seconds.
CREATE OR REPLACE FUNCTION bench.memory_after_checks(n integer, budget_s integer, OUT checks bigint, OUT rss_before_kb bigint,
                                                     OUT rss_after_kb bigint, OUT ctx_before bigint,
                                                     OUT ctx_after bigint, OUT seconds double precision)
LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz;
  ok boolean;
  a text[];
  b text[];
  c text[];
BEGIN
  PERFORM polar.authorize('User:1', 'read', 'Repository:1');  -- policy and plans cached
  rss_before_kb := bench.vm_rss_kb();
  ctx_before := bench.context_bytes();
  SELECT array_agg(actor ORDER BY id), array_agg(action ORDER BY id), array_agg(resource ORDER BY id)
    INTO a, b, c FROM bench.requests;
  checks := 0;
  t0 := clock_timestamp();
  WHILE checks < n LOOP
    FOR i IN 1 .. array_length(a, 1) LOOP
      ok := polar.authorize(a[i], b[i], c[i]);
    END LOOP;
    checks := checks + array_length(a, 1);
    EXIT WHEN bench.us(t0, clock_timestamp()) > budget_s * 1e6;
  END LOOP;
  seconds := bench.us(t0, clock_timestamp()) / 1e6;
  rss_after_kb := bench.vm_rss_kb();
  ctx_after := bench.context_bytes();
END $$;
