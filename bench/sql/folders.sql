-- Stress shape "folders" (bench/policy/folders.polar, policy A.2 of the language reference):
-- folders nested 50 deep, roles flowing down with `role if role on "parent"`.
--
--   * 100 chains of 50 folders: Folder:c<c>_<d> (depth d = 1..50) has parent Folder:c<c>_<d-1>;
--   * every folder holds 4 documents (Document:c<c>_<d>_<k>): 20,000 documents;
--   * the root of each chain has 20 viewers and 2 editors, depth 25 has 5 viewers
--     (drawn from 2,000 users);
--   * requests: documents at depth 50 (the worst case: 50 hops up to the root), half of them
--     by a user holding a role on that chain's root, half by any user.
-- psql variables: case_timeout.
\set ON_ERROR_STOP 1

INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_relation', 'Folder:c' || c || '_' || d, 'String:parent', 'Folder:c' || c || '_' || (d - 1)
FROM generate_series(1, 100) c, generate_series(2, 50) d;
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT 'has_relation', 'Document:c' || c || '_' || d || '_' || k, 'String:folder', 'Folder:c' || c || '_' || d
FROM generate_series(1, 100) c, generate_series(1, 50) d, generate_series(1, 4) k;
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT DISTINCT 'has_role', 'User:' || (bench.rnd(c * 100 + i, 51, 2000) + 1),
       CASE WHEN i <= 2 THEN 'String:editor' ELSE 'String:viewer' END, 'Folder:c' || c || '_1'
FROM generate_series(1, 100) c, generate_series(1, 22) i
ON CONFLICT DO NOTHING;
INSERT INTO polar.fact_3 (pred, a0, a1, a2)
SELECT DISTINCT 'has_role', 'User:' || (bench.rnd(c * 100 + i, 52, 2000) + 1), 'String:viewer', 'Folder:c' || c || '_25'
FROM generate_series(1, 100) c, generate_series(1, 5) i
ON CONFLICT DO NOTHING;

CREATE TABLE bench.requests (id integer PRIMARY KEY, actor text NOT NULL, action text NOT NULL, resource text NOT NULL);
INSERT INTO bench.requests
SELECT i,
       CASE WHEN i % 2 = 0
            THEN (SELECT a0 FROM polar.fact_3 WHERE pred = 'has_role' AND a2 = 'Folder:c' || c || '_1'
                  ORDER BY a0 OFFSET bench.rnd(i, 53, 20) LIMIT 1)
            ELSE 'User:' || (bench.rnd(i, 54, 2000) + 1) END,
       CASE WHEN i % 4 < 2 THEN 'read' ELSE 'write' END,
       'Document:c' || c || '_50_' || (bench.rnd(i, 55, 4) + 1)
FROM generate_series(1, 10000) i, LATERAL (SELECT bench.rnd(i, 56, 100) + 1 AS c) x;

VACUUM ANALYZE polar.fact_3;
ANALYZE bench.requests;

-- Hand-written: the document's folder and its ancestors (recursive CTE), then a role on the
-- document or any of them.
CREATE FUNCTION bench.hw_folder_check(u text, action text, doc text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE ok boolean;
BEGIN
  SELECT EXISTS (WITH RECURSIVE up(node) AS (
                   SELECT doc COLLATE "C"
                   UNION ALL
                   SELECT p.a2 FROM up JOIN polar.fact_3 p
                     ON p.pred = 'has_relation' AND p.a0 = up.node AND p.a1 IN ('String:folder', 'String:parent'))
                 SELECT 1 FROM up JOIN polar.fact_3 r ON r.pred = 'has_role' AND r.a0 = u AND r.a2 = up.node
                 WHERE r.a1 = 'String:editor' OR (action = 'read' AND r.a1 = 'String:viewer'))
  INTO ok;
  RETURN ok;
END $$;

CREATE FUNCTION bench.loop_folders(variant text, n integer, OUT samples double precision[], OUT allowed integer)
LANGUAGE plpgsql AS $$
DECLARE
  rec record;
  t0 timestamptz;
  t1 timestamptz;
  ok boolean;
  u text;
  act text;
  doc text;
BEGIN
  samples := '{}';
  allowed := 0;
  FOR rec IN SELECT * FROM bench.requests ORDER BY id LIMIT n LOOP
    u := rec.actor;
    act := rec.action;
    doc := rec.resource;
    IF variant = 'polar' THEN
      t0 := clock_timestamp();
      ok := polar.authorize(u, act, doc);
      t1 := clock_timestamp();
    ELSE
      t0 := clock_timestamp();
      SELECT EXISTS (WITH RECURSIVE up(node) AS (
                       SELECT doc COLLATE "C"
                       UNION ALL
                       SELECT p.a2 FROM up JOIN polar.fact_3 p
                         ON p.pred = 'has_relation' AND p.a0 = up.node AND p.a1 IN ('String:folder', 'String:parent'))
                     SELECT 1 FROM up JOIN polar.fact_3 r ON r.pred = 'has_role' AND r.a0 = u AND r.a2 = up.node
                     WHERE r.a1 = 'String:editor' OR (act = 'read' AND r.a1 = 'String:viewer'))
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
  SELECT 'folders', 'check', 'decisions that differ (of 10,000)', 'pg_polar vs hand-written', count(*), 'must be 0'
  FROM bench.requests WHERE polar.authorize(actor, action, resource) IS DISTINCT FROM bench.hw_folder_check(actor, action, resource);
EXCEPTION WHEN query_canceled THEN
  INSERT INTO bench.results (scale, section, case_name, variant, note)
  VALUES ('folders', 'check', 'decisions that differ (of 10,000)', 'pg_polar vs hand-written', 'TIMED OUT (statement_timeout)');
END $$;
SELECT bench.run_case('folders', 'authorize', 'warm-up (not a result)', 'pg_polar', 'bench.loop_folders(''polar'', 1000)');
SELECT bench.run_case('folders', 'authorize', 'warm-up (not a result)', 'hand-written', 'bench.loop_folders(''hand-written'', 1000)');
DELETE FROM bench.results WHERE case_name = 'warm-up (not a result)' AND note IS NULL;
SELECT bench.run_case('folders', 'authorize', 'in-server, 10,000 requests on depth-50 documents', 'hand-written', 'bench.loop_folders(''hand-written'', 10000)', 'rows = allowed');
SELECT bench.run_case('folders', 'authorize', 'in-server, 10,000 requests on depth-50 documents', 'pg_polar', 'bench.loop_folders(''polar'', 10000)', 'rows = allowed');
RESET statement_timeout;
