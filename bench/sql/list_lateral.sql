-- polar.list once per row of an actor table, `FROM actors u, LATERAL polar.list(u.id, 'read',
-- 'Repository')` (the planner hook keeps the C function: its actor is a row of the query), against
-- the hand-written SQL function written the same way (`LATERAL bench.hw_list_repos(u.id)`, which
-- PostgreSQL inlines), for 200 actors spread over the users; in alternation, :lateral_rounds
-- rounds, both variants in the same run. Recorded in bench.results (section 'list'; rows = ids
-- listed, which must be equal). Run by github_run.sql, or against a kept database with
-- psql -v scale=S4 -f bench/sql/list_lateral.sql.
\if :{?lateral_rounds}
\else
\set lateral_rounds 20
\endif
DROP TABLE IF EXISTS bench.lateral_actors;
CREATE TABLE bench.lateral_actors AS
SELECT 'User:' || (1 + (g - 1) * greatest(p.users / 200, 1)) AS id
FROM bench.params p, generate_series(1, least(200, p.users)) AS g;
ANALYZE bench.lateral_actors;

CREATE OR REPLACE FUNCTION bench.list_lateral(p_scale text, rounds integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  hw double precision[] := '{}';
  pg double precision[] := '{}';
  hw_rows bigint;
  pg_rows bigint;
  t0 timestamptz;
  case_name text := format('%s actors, FROM actors u, LATERAL list(u.id, ''read'', ''Repository'')',
                           (SELECT count(*) FROM bench.lateral_actors));
BEGIN
  FOR i IN 0 .. rounds LOOP  -- round 0 warms up and plans
    t0 := clock_timestamp();
    SELECT count(*) INTO hw_rows FROM bench.lateral_actors u, LATERAL bench.hw_list_repos(u.id) AS r;
    IF i > 0 THEN hw := hw || bench.us(t0, clock_timestamp()); END IF;
    t0 := clock_timestamp();
    SELECT count(*) INTO pg_rows FROM bench.lateral_actors u, LATERAL polar.list(u.id, 'read', 'Repository') AS r;
    IF i > 0 THEN pg := pg || bench.us(t0, clock_timestamp()); END IF;
  END LOOP;
  PERFORM bench.record(p_scale, 'list', case_name, 'hand-written', hw, hw_rows, 'rows = ids listed');
  PERFORM bench.record(p_scale, 'list', case_name, 'pg_polar', pg, pg_rows,
                       format('rows = ids listed; median %s x hand-written',
                              round((SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY x)) FROM unnest(pg) x)::numeric
                                    / nullif((SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FROM unnest(hw) x), 0)::numeric, 2)));
EXCEPTION WHEN query_canceled THEN
  INSERT INTO bench.results (scale, section, case_name, variant, note)
  SELECT p_scale, 'list', case_name, v, 'TIMED OUT: no result within the statement_timeout'
  FROM (VALUES ('hand-written'), ('pg_polar')) AS vs(v);
END $$;

SELECT bench.list_lateral(:'scale', :lateral_rounds);
DROP TABLE bench.lateral_actors;
