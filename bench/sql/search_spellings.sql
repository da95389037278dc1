-- The S4 search case ("the 20 newest pull requests I may read", stored facts) in each spelling,
-- with the planner hook (polar.inline_checks = on) and without it (the C function per call;
-- changing the setting makes cached plans again),
-- against the hand-written query, in alternation: one call of each variant in turn, :rounds
-- rounds. Run against a kept S4 benchmark database:
--   bench/run.sh --scales S4 --no-stress --peer-scales none --keep   (then, with the printed hint)
--   psql ... -d bench_s4 -v rounds=15 -f bench/sql/search_spellings.sql
\set ON_ERROR_STOP 1
\if :{?rounds}
\else
\set rounds 15
\endif
SET search.rounds = :rounds;
CREATE TEMP TABLE search_samples (variant text, inline boolean, users text, ms double precision);
DO $$
DECLARE
  v record;
  r integer;
  users text;
  u text;
  res record;
BEGIN
  FOR r IN 1 .. current_setting('search.rounds')::integer LOOP
    FOREACH users IN ARRAY ARRAY['1%', '10%', '50%'] LOOP
      u := CASE users WHEN '1%' THEN 'User:s1' WHEN '10%' THEN 'User:s10' ELSE 'User:s50' END;
      FOR v IN SELECT * FROM (VALUES ('hand-written', true), ('hand-written, stored facts', true),
                                     ('hand-written, stored facts, per-row probe', true),
                                     ('polar.authorize', true), ('polar.authorize', false),
                                     ('polar.list(PullRequest)', true), ('polar.list(PullRequest)', false),
                                     ('polar.list join', true), ('polar.list join', false),
                                     ('polar.list(Repository)', true), ('polar.list(Repository)', false)) x(name, inline)
      LOOP
        PERFORM set_config('polar.inline_checks', v.inline::text, false);
        -- 3 calls (the first plans); the last one is the sample
        SELECT * INTO res FROM bench.loop_search(v.name, u, 3, 60000);
        INSERT INTO search_samples VALUES (v.name, v.inline, users, res.samples[3] / 1000.0);
      END LOOP;
    END LOOP;
  END LOOP;
  PERFORM set_config('polar.inline_checks', 'on', false);
END $$;
\echo 'medians, ms; ratio = variant / hand-written of the same visibility'
WITH m AS (
  SELECT variant, inline, users, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS ms
  FROM search_samples GROUP BY 1, 2, 3)
SELECT m.variant, CASE WHEN m.variant = 'hand-written' THEN '' WHEN m.inline THEN 'on' ELSE 'off' END AS inline_checks,
       m.users, round(m.ms::numeric, 2) AS median_ms, round((m.ms / h.ms)::numeric, 2) AS ratio
FROM m JOIN m h ON h.variant = 'hand-written' AND h.users = m.users
ORDER BY m.variant, m.inline DESC, m.users;
