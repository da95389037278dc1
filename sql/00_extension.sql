-- Smoke test: the extension installs from the private build and its module loads.
CREATE EXTENSION pg_polar;
SELECT extname, extversion FROM pg_extension WHERE extname = 'pg_polar';
LOAD '$libdir/pg_polar';

-- Helpers the later files share (pg_regress runs each file in its own session, so they live in
-- a schema of the test database rather than in pg_temp).
CREATE SCHEMA regress;

-- Deletes every stored fact: each file starts from none.
CREATE PROCEDURE regress.clear_facts() LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT DISTINCT predicate, cardinality(args) AS n FROM polar.facts LOOP
    PERFORM polar.delete(r.predicate, VARIADIC array_fill(NULL::text, ARRAY[r.n]));
  END LOOP;
END $$;

-- A matrix of checks: each row is (actor, action, resource, expected); shows the product's answer.
CREATE FUNCTION regress.checks(cases text[][])
RETURNS TABLE(n int, actor text, action text, resource text, expected boolean, allowed boolean)
LANGUAGE sql AS $$
  SELECT i, cases[i][1], cases[i][2], cases[i][3], cases[i][4]::boolean,
         polar.authorize(cases[i][1], cases[i][2], cases[i][3])
  FROM generate_subscripts(cases, 1) AS i ORDER BY i
$$;
