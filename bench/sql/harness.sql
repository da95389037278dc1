-- The benchmark harness: schema `bench`, the results table and the timing helpers.
-- Loaded once per database by bench/run.sh (after CREATE EXTENSION pg_polar).
--
-- Every timing is taken inside the server with clock_timestamp() around one call, so it
-- excludes the client round trip (pgbench measures that separately). clock_timestamp() has a
-- resolution of 1 µs; medians of very short calls are therefore quantized to whole
-- microseconds, and the mean (total / n, fractional) is reported next to them.

CREATE SCHEMA IF NOT EXISTS bench;

-- Deterministic pseudo-random numbers: hash of (i, salt) reduced to 0 .. n-1.
CREATE OR REPLACE FUNCTION bench.rnd(i bigint, salt bigint, n bigint) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN abs(hashint8extended(i, salt) % n);

CREATE TABLE IF NOT EXISTS bench.results (
  scale     text NOT NULL,           -- S1..S4, teams, folders
  section   text NOT NULL,           -- authorize, list, actions, who_can, search, write, policy, memory
  case_name text NOT NULL,           -- e.g. 'repositories, heaviest user'
  variant   text NOT NULL,           -- pg_polar, hand-written, SELECT 1, oso, ...
  n         integer,                 -- samples
  median_us double precision,
  p95_us    double precision,
  p99_us    double precision,
  mean_us   double precision,
  rows      bigint,                  -- rows returned / facts written / allowed decisions
  note      text,
  at        timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Stores one measurement from an array of per-call microseconds.
CREATE OR REPLACE FUNCTION bench.record(p_scale text, p_section text, p_case text, p_variant text,
                                        samples double precision[], p_rows bigint DEFAULT NULL,
                                        p_note text DEFAULT NULL) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO bench.results (scale, section, case_name, variant, n, median_us, p95_us, p99_us, mean_us, rows, note)
  SELECT p_scale, p_section, p_case, p_variant, count(*),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY x),
         percentile_cont(0.95) WITHIN GROUP (ORDER BY x),
         percentile_cont(0.99) WITHIN GROUP (ORDER BY x),
         avg(x), p_rows, p_note
  FROM unnest(samples) AS x;
$$;

-- The median of a loop's samples.
CREATE OR REPLACE FUNCTION bench.median(samples double precision[]) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(samples) AS x);

-- Microseconds between two timestamps.
CREATE OR REPLACE FUNCTION bench.us(t0 timestamptz, t1 timestamptz) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN extract(epoch FROM t1 - t0) * 1000000;

-- The backend's resident set size (kB), read from /proc: needs superuser (pg_read_file).
CREATE OR REPLACE FUNCTION bench.vm_rss_kb() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint;
$$;

CREATE OR REPLACE FUNCTION bench.context_bytes() RETURNS bigint LANGUAGE sql AS $$
  SELECT sum(total_bytes)::bigint FROM pg_backend_memory_contexts;
$$;

-- The results of one scale as a Markdown table. The ratio column compares with the hand-written
-- row of the same case: medians (lower is better), or TPS for pgbench (higher is better).
CREATE OR REPLACE FUNCTION bench.markdown(p_scale text) RETURNS SETOF text LANGUAGE sql AS $$
  WITH r AS (
    SELECT res.*, b.median_us AS base_median, b.rows AS base_rows
    FROM bench.results res
    LEFT JOIN LATERAL (SELECT median_us, rows FROM bench.results h
                       WHERE h.scale = res.scale AND h.section = res.section AND h.case_name = res.case_name
                         AND h.variant = 'hand-written' LIMIT 1) b ON res.variant <> 'hand-written'
    WHERE res.scale = p_scale)
  SELECT '| section | case | variant | n | median µs | p95 µs | p99 µs | mean µs | rows | vs hand-written | note |'
  UNION ALL SELECT '|---|---|---|--:|--:|--:|--:|--:|--:|--:|---|'
  UNION ALL (
  SELECT format('| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |', section, case_name, variant,
                coalesce(n::text, ''), coalesce(round(median_us::numeric, 1)::text, ''),
                coalesce(round(p95_us::numeric, 1)::text, ''), coalesce(round(p99_us::numeric, 1)::text, ''),
                coalesce(round(mean_us::numeric, 2)::text, ''), coalesce(rows::text, ''),
                CASE WHEN section = 'pgbench' AND base_rows > 0 THEN 'TPS ' || round(rows::numeric / base_rows, 2) || '×'
                     WHEN section = 'write' AND base_rows > 0 THEN round(rows::numeric / base_rows, 2) || '× rate'
                     WHEN base_median > 0 AND median_us IS NOT NULL THEN round((median_us / base_median)::numeric, 2) || '×'
                     ELSE '' END,
                coalesce(note, ''))
  FROM r ORDER BY at);
$$;

-- Runs one measurement, `call` being an SQL expression that returns (samples, <rows>), e.g.
-- bench.loop_list('polar', 'repos', 'User:1', 200, 2000), and records it. A measurement
-- cancelled by statement_timeout (set by the driver per case) is recorded as timed out.
CREATE OR REPLACE FUNCTION bench.run_case(p_scale text, p_section text, p_case text, p_variant text,
                                          call text, p_note text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  s double precision[];
  r bigint;
  t0 timestamptz := clock_timestamp();
BEGIN
  EXECUTE format('SELECT l.samples, l.%I FROM %s AS l',
                 CASE WHEN call ~ '^bench\.loop_(authorize|teams|folders)\(' THEN 'allowed' ELSE 'nrows' END, call) INTO s, r;
  PERFORM bench.record(p_scale, p_section, p_case, p_variant, s, r, p_note);
EXCEPTION WHEN query_canceled THEN
  INSERT INTO bench.results (scale, section, case_name, variant, note)
  VALUES (p_scale, p_section, p_case, p_variant,
          format('TIMED OUT: no result within %s s (statement_timeout)', round(bench.us(t0, clock_timestamp()) / 1e6)));
END $$;
