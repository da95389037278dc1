-- The per-call ratios of actions, who-can (polar.subjects and polar.query) and authorize against
-- the hand-written SQL, measured in one session with the loops of github_measure.sql (medians of
-- per-call microseconds, the same statistics as bench/run.sh). For a database kept by
-- `bench/run.sh --scales S1 --quick --keep`:
--   psql -d bench_s1 -v rounds=3 -f bench/sql/call_ratios.sql
-- Each round measures every variant once, pg_polar and hand-written next to each other.
\if :{?rounds}
\else
\set rounds 3
\endif
CREATE TEMP TABLE call_ratio_samples (round int, case_name text, variant text, median_us float8);
SELECT format($$
INSERT INTO call_ratio_samples
SELECT %1$s, c, v, (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) FROM unnest(samples) s)
FROM (VALUES
  ('actions Repository', 'hand-written', (bench.loop_actions('hand-written', 'Repository', 1000)).samples),
  ('actions Repository', 'pg_polar', (bench.loop_actions('polar', 'Repository', 1000)).samples),
  ('actions PullRequest', 'hand-written', (bench.loop_actions('hand-written', 'PullRequest', 1000)).samples),
  ('actions PullRequest', 'pg_polar', (bench.loop_actions('polar', 'PullRequest', 1000)).samples),
  ('who can read Repository', 'hand-written', (bench.loop_who_can('hand-written', 500)).samples),
  ('who can read Repository', 'polar.subjects', (bench.loop_who_can('polar.subjects', 500)).samples),
  ('who can read Repository', 'polar.query', (bench.loop_who_can('polar.query', 500)).samples),
  ('authorize', 'hand-written', (bench.loop_authorize('hand-written')).samples),
  ('authorize', 'pg_polar', (bench.loop_authorize('polar')).samples)) AS m(c, v, samples);
$$, r) FROM generate_series(1, :rounds) r \gexec
SELECT s.case_name, s.variant, round(avg(s.median_us)::numeric, 1) AS median_us,
       round((avg(s.median_us) / avg(h.median_us))::numeric, 2) AS ratio
FROM call_ratio_samples s
JOIN call_ratio_samples h ON h.round = s.round AND h.case_name = s.case_name AND h.variant = 'hand-written'
GROUP BY s.case_name, s.variant ORDER BY s.case_name, s.variant <> 'hand-written', s.variant;
