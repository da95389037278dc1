-- Stress shape "teams" (bench/policy/teams.polar): teams nested 10 deep under hub teams of 1,000
-- direct members; teams grant repository roles. Data, hand-written SQL and measurements.
-- psql variables: case_timeout.
--
--   * 10,000 users; 10 hubs (Team:h1..h10, level 0), hub h has users (h-1)*1000+1 .. h*1000;
--   * below each hub, levels 1..9 of 4 teams each (Team:h<h>_<level>_<w>); a team is a
--     subteam of the team with the same w one level up in its own tree and in the next hub's
--     tree, so membership flows up 10 levels and across trees (a DAG, 360 teams);
--   * every non-hub team has 10 direct members drawn from all users;
--   * each hub is "writer" on 50 repositories, each non-hub team "reader" on 2 (1,000 repositories);
--   * requests: half by members of the deepest teams (level 9), repositories drawn from all.
\set ON_ERROR_STOP 1

INSERT INTO polar.fact_2 (pred, a0, a1)
SELECT 'has_member', 'Team:h' || h, 'User:' || ((h - 1) * 1000 + i)
FROM generate_series(1, 10) h, generate_series(1, 1000) i;

CREATE TABLE bench.teams AS
SELECT h, l, w, 'Team:h' || h || '_' || l || '_' || w AS team
FROM generate_series(1, 10) h, generate_series(1, 9) l, generate_series(1, 4) w;

INSERT INTO polar.fact_2 (pred, a0, a1)
SELECT DISTINCT 'has_member', t.team, 'User:' || (bench.rnd(hashtext(t.team), i, 10000) + 1)
FROM bench.teams t, generate_series(1, 10) i
ON CONFLICT DO NOTHING;

-- subteam_of(sub, parent): own tree and the next hub's tree.
INSERT INTO polar.fact_2 (pred, a0, a1)
SELECT DISTINCT 'subteam_of', t.team,
       CASE WHEN t.l = 1 THEN 'Team:h' || ph ELSE 'Team:h' || ph || '_' || (t.l - 1) || '_' || t.w END
FROM bench.teams t, LATERAL (VALUES (t.h), (t.h % 10 + 1)) AS p(ph);

INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_role', 'Team:h' || h, 'String:writer', 'Repository:' || ((h - 1) * 50 + i)
FROM generate_series(1, 10) h, generate_series(1, 50) i;
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT DISTINCT 'has_role', t.team, 'String:reader', 'Repository:' || (bench.rnd(hashtext(t.team), i, 1000) + 1)
FROM bench.teams t, generate_series(1, 2) i;

CREATE TABLE bench.requests (id integer PRIMARY KEY, actor text NOT NULL, action text NOT NULL, resource text NOT NULL);
INSERT INTO bench.requests
SELECT i,
       CASE WHEN i % 2 = 0
            THEN (SELECT a1 FROM polar.fact_2 m
                  WHERE m.pred = 'has_member'
                    AND m.a0 = 'Team:h' || (bench.rnd(i, 41, 10) + 1) || '_9_' || (bench.rnd(i, 42, 4) + 1)
                  ORDER BY a1 OFFSET bench.rnd(i, 43, 5) LIMIT 1)
            ELSE 'User:' || (bench.rnd(i, 44, 10000) + 1) END,
       CASE WHEN i % 4 < 2 THEN 'read' ELSE 'push' END,
       'Repository:' || (bench.rnd(i, 45, 1000) + 1)
FROM generate_series(1, 10000) i;

VACUUM ANALYZE polar.fact_2;
VACUUM ANALYZE polar.fact_3;
ANALYZE bench.requests;

-- Hand-written: the user's teams, walking up from the direct memberships (recursive CTE), then
-- a role of one of them (or of the user) on the repository.
CREATE FUNCTION bench.hw_team_check(u text, action text, repo text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE ok boolean;
BEGIN
  SELECT EXISTS (SELECT 1 FROM polar.fact_3
                 WHERE pred = 'has_role' AND a0 = u AND a2 = repo
                   AND (a1 = 'String:writer' OR (action = 'read' AND a1 = 'String:reader')))
      OR EXISTS (WITH RECURSIVE teams(team) AS (
                   SELECT a0 FROM polar.fact_2 WHERE pred = 'has_member' AND a1 = u
                   UNION
                   SELECT s.a1 FROM teams JOIN polar.fact_2 s ON s.pred = 'subteam_of' AND s.a0 = teams.team)
                 SELECT 1 FROM teams JOIN polar.fact_3 r ON r.pred = 'has_role' AND r.a0 = teams.team AND r.a2 = repo
                 WHERE r.a1 = 'String:writer' OR (action = 'read' AND r.a1 = 'String:reader'))
  INTO ok;
  RETURN ok;
END $$;

CREATE FUNCTION bench.loop_teams(variant text, n integer, OUT samples double precision[], OUT allowed integer)
LANGUAGE plpgsql AS $$
DECLARE
  rec record;
  t0 timestamptz;
  t1 timestamptz;
  ok boolean;
  u text;
  act text;
  repo text;
BEGIN
  samples := '{}';
  allowed := 0;
  FOR rec IN SELECT * FROM bench.requests ORDER BY id LIMIT n LOOP
    u := rec.actor;
    act := rec.action;
    repo := rec.resource;
    IF variant = 'polar' THEN
      t0 := clock_timestamp();
      ok := polar.authorize(u, act, repo);
      t1 := clock_timestamp();
    ELSE
      t0 := clock_timestamp();
      SELECT EXISTS (SELECT 1 FROM polar.fact_3
                     WHERE pred = 'has_role' AND a0 = u AND a2 = repo
                       AND (a1 = 'String:writer' OR (act = 'read' AND a1 = 'String:reader')))
          OR EXISTS (WITH RECURSIVE teams(team) AS (
                       SELECT a0 FROM polar.fact_2 WHERE pred = 'has_member' AND a1 = u
                       UNION
                       SELECT s.a1 FROM teams JOIN polar.fact_2 s ON s.pred = 'subteam_of' AND s.a0 = teams.team)
                     SELECT 1 FROM teams JOIN polar.fact_3 r ON r.pred = 'has_role' AND r.a0 = teams.team AND r.a2 = repo
                     WHERE r.a1 = 'String:writer' OR (act = 'read' AND r.a1 = 'String:reader'))
      INTO ok;
      t1 := clock_timestamp();
    END IF;
    samples := samples || bench.us(t0, t1);
    IF ok THEN allowed := allowed + 1; END IF;
  END LOOP;
END $$;

-- Each measurement under a statement timeout: a pathological case is recorded as timed out.
SET statement_timeout = :'case_timeout';
DO $$
BEGIN
  INSERT INTO bench.results (scale, section, case_name, variant, rows, note)
  SELECT 'teams', 'check', 'decisions that differ (of 10,000)', 'pg_polar vs hand-written', count(*), 'must be 0'
  FROM bench.requests WHERE polar.authorize(actor, action, resource) IS DISTINCT FROM bench.hw_team_check(actor, action, resource);
EXCEPTION WHEN query_canceled THEN
  INSERT INTO bench.results (scale, section, case_name, variant, note)
  VALUES ('teams', 'check', 'decisions that differ (of 10,000)', 'pg_polar vs hand-written', 'TIMED OUT (statement_timeout)');
END $$;
SELECT bench.run_case('teams', 'authorize', 'warm-up (not a result)', 'pg_polar', 'bench.loop_teams(''polar'', 1000)');
SELECT bench.run_case('teams', 'authorize', 'warm-up (not a result)', 'hand-written', 'bench.loop_teams(''hand-written'', 1000)');
DELETE FROM bench.results WHERE case_name = 'warm-up (not a result)' AND note IS NULL;
SELECT bench.run_case('teams', 'authorize', 'in-server, 10,000 requests (half from level-9 teams)', 'hand-written', 'bench.loop_teams(''hand-written'', 10000)', 'rows = allowed');
SELECT bench.run_case('teams', 'authorize', 'in-server, 10,000 requests (half from level-9 teams)', 'pg_polar', 'bench.loop_teams(''polar'', 10000)', 'rows = allowed');
RESET statement_timeout;
