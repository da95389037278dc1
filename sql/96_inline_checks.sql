-- Checks planned inside the application's query (planner hook, src/pg/inline_checks.cpp), with
-- facts stored the way the tutorial stores them (bulk_tell, no bindings). For each spelling:
-- the plan reads the application's table in created_at order, has no per-row call of a pg_polar
-- C function and no Function Scan of polar.list; and the answers equal those of the C functions
-- (polar.inline_checks = off). Then the fallbacks, NULLs, errors, rights and policy swaps.
CALL regress.clear_facts();
SELECT polar.load_policy($$
actor User {}
resource Organization {
  roles = ["member"];
  permissions = ["read"];
  "read" if "member";
}
resource Repository {
  roles = ["reader"];
  permissions = ["read"];
  relations = { organization: Organization };
  "read" if "reader";
  "reader" if "member" on "organization";
}
resource PullRequest {
  roles = ["reviewer"];
  permissions = ["read"];
  relations = { repository: Repository };
  "read" if "read" on "repository";
  "read" if "reviewer";
}
$$) AS first_version \gset

CREATE TABLE ic_prs (id integer PRIMARY KEY, repo_id integer NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO ic_prs SELECT g, g % 200, timestamptz '2026-01-01' + g * interval '1 minute' FROM generate_series(1, 20000) g;
CREATE INDEX ic_prs_created_at ON ic_prs (created_at);
ANALYZE ic_prs;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Repository:' || r, 'organization', 'Organization:' || r % 20)))
FROM generate_series(0, 199) r;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'PullRequest:' || id, 'repository', 'Repository:' || repo_id)))
FROM ic_prs;
SELECT polar.bulk_tell('[["has_role", "User:member1", "member", "Organization:1"],
                         ["has_role", "User:reader7", "reader", "Repository:7"],
                         ["has_role", "User:both", "member", "Organization:2"],
                         ["has_role", "User:both", "reader", "Repository:3"],
                         ["has_role", "User:reviewer", "reviewer", "PullRequest:19999"],
                         ["has_role", "User:reviewer", "reviewer", "PullRequest:5"]]');

-- Properties of a plan: is the table read by its created_at index, is any pg_polar C function
-- (other than the per-row value helpers) still called, is polar.list a Function Scan, does it
-- choose at run time between the probe and the list, and between probing what the actor reaches
-- per row and hashing it once (a probe whose rows share their lookup, e.g. the repository).
CREATE FUNCTION ic_plan(query text)
RETURNS TABLE (created_at_index boolean, calls_c_function boolean, list_scan boolean, run_time_choice boolean,
               rests_choice boolean)
LANGUAGE plpgsql AS $$
DECLARE plan text := '';
        line text;
        listed text[];  -- the run-time choice's hashed lists: a call once a query, not once a row
        skip_below integer := -1;
        indent integer;
        kept text := '';
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || query LOOP plan := plan || line || E'\n'; END LOOP;
  SELECT coalesce(array_agg('SubPlan ' || m[1]), '{}') INTO listed
  FROM regexp_matches(plan, 'ELSE [^\n]*hashed SubPlan (\d+)', 'g') AS m;
  FOREACH line IN ARRAY string_to_array(rtrim(plan, E'\n'), E'\n') LOOP
    indent := length(line) - length(ltrim(line));
    CONTINUE WHEN skip_below >= 0 AND indent > skip_below;
    skip_below := CASE WHEN ltrim(line) = ANY (listed) THEN indent ELSE -1 END;
    CONTINUE WHEN skip_below >= 0;
    kept := kept || line || E'\n';
  END LOOP;
  RETURN QUERY SELECT plan LIKE '%Index Scan Backward using ic_prs_created_at%',
                      kept ~ 'polar\.(authorize|list)\(', kept LIKE '%Function Scan on polar.list%',
                      plan LIKE '%CASE WHEN polar.probe_budget(1) THEN%',
                      plan LIKE '%CASE WHEN polar.probe_budget(40) THEN%';
END $$;

-- The spellings, as (name, query over the actor :a).
CREATE TABLE ic_spellings (name text PRIMARY KEY, query text NOT NULL);
INSERT INTO ic_spellings VALUES
  ('authorize', $q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize(:a, 'read', 'PullRequest:' || pr.id) ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('in select list', $q$SELECT pr.id FROM ic_prs pr WHERE pr.id::text IN (SELECT polar.list(:a, 'read', 'PullRequest')) ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('in from list', $q$SELECT pr.id FROM ic_prs pr WHERE pr.id::text IN (SELECT * FROM polar.list(:a, 'read', 'PullRequest')) AND pr.id > 0 ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('authorize, count', $q$SELECT count(*) FROM ic_prs pr WHERE polar.authorize(:a, 'read', 'PullRequest:' || pr.id)$q$),
  ('authorize in target list', $q$SELECT pr.id, polar.authorize(:a, 'read', 'PullRequest:' || pr.id) FROM ic_prs pr WHERE pr.id % 1000 IN (5, 999)$q$),
  ('authorize under OR', $q$SELECT pr.id FROM ic_prs pr WHERE pr.id < 3 OR polar.authorize(:a, 'read', 'PullRequest:' || pr.id) ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('NOT authorize', $q$SELECT count(*) FROM ic_prs pr WHERE NOT polar.authorize(:a, 'read', 'PullRequest:' || pr.id)$q$),
  ('NOT IN list', $q$SELECT count(*) FROM ic_prs pr WHERE pr.id::text NOT IN (SELECT polar.list(:a, 'read', 'PullRequest'))$q$),
  ('repositories', $q$SELECT count(*) FROM ic_prs pr WHERE pr.repo_id::text IN (SELECT polar.list(:a, 'read', 'Repository'))$q$),
  ('join on', $q$SELECT count(*) FROM ic_prs pr JOIN ic_prs other ON other.id = pr.id + 1 AND polar.authorize(:a, 'read', 'PullRequest:' || other.id)$q$),
  -- The list joined as a FROM item (inline_list_join.cpp): planned as the membership above.
  ('list join, l = key', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') AS l ON l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, key = l', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') l ON pr.id::text = l ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, l(id)', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') l(id) ON l.id = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, list first', $q$SELECT pr.id FROM polar.list(:a, 'read', 'PullRequest') l JOIN ic_prs pr ON pr.id::text = l ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, FROM list', $q$SELECT pr.id FROM ic_prs pr, polar.list(:a, 'read', 'PullRequest') l WHERE l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, extra ON conjunct', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') l ON pr.id % 3 <> 1 AND l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, l selected', $q$SELECT pr.id, l, l.l || '!' AS bang FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') l ON l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, repositories', $q$SELECT pr.id, r FROM ic_prs pr JOIN polar.list(:a, 'read', 'Repository') r ON r = pr.repo_id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join, count', $q$SELECT count(*) FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') l ON l = pr.id::text$q$),
  -- ... and where it stays the C function's Function Scan.
  ('list join kept: LEFT JOIN', $q$SELECT pr.id, l FROM ic_prs pr LEFT JOIN polar.list(:a, 'read', 'PullRequest') l ON l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join kept: WITH ORDINALITY', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, 'read', 'PullRequest') WITH ORDINALITY l(id, n) ON l.id = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join kept: LATERAL actor', $q$SELECT pr.id FROM (VALUES (:a), ('User:nobody')) u(actor) CROSS JOIN LATERAL polar.list(u.actor, 'read', 'PullRequest') l JOIN ic_prs pr ON pr.id::text = l ORDER BY pr.created_at DESC LIMIT 20$q$),
  ('list join kept: non-constant action', $q$SELECT pr.id FROM ic_prs pr JOIN polar.list(:a, lower('READ'), 'PullRequest') l ON l = pr.id::text ORDER BY pr.created_at DESC LIMIT 20$q$);

SELECT name, (ic_plan(replace(query, ':a', '''User:member1'''))).* FROM ic_spellings ORDER BY name;

-- Answers: each spelling, each actor, with the hook and without it (the C functions).
CREATE FUNCTION ic_answers(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN RETURN QUERY EXECUTE 'SELECT q::text FROM (' || query || ') q'; END $$;
-- With the hook, under three run-time choices: probe every row (the default budget is larger
-- than these queries), list from the first row (0), and switch after 3 rows.
CREATE TABLE ic_results (inline boolean, probe_rows integer, name text, actor text, rows text[]);
DO $$
DECLARE s record;
        a text;
        m record;
BEGIN
  FOR m IN SELECT * FROM (VALUES (true, 2000), (true, 0), (true, 3), (false, 2000)) AS v(inline, probe_rows) LOOP
    PERFORM set_config('polar.inline_checks', m.inline::text, true);
    PERFORM set_config('polar.probe_rows', m.probe_rows::text, true);
    FOR s IN SELECT * FROM ic_spellings LOOP
      FOREACH a IN ARRAY ARRAY['User:member1', 'User:reader7', 'User:both', 'User:reviewer', 'User:nobody'] LOOP
        INSERT INTO ic_results
        SELECT m.inline, m.probe_rows, s.name, a, array_agg(x ORDER BY x)
        FROM ic_answers(replace(s.query, ':a', quote_literal(a))) x;
      END LOOP;
    END LOOP;
  END LOOP;
END $$;
SELECT i.probe_rows, count(*) AS cases, count(*) FILTER (WHERE i.rows IS NOT DISTINCT FROM c.rows) AS equal,
       count(*) FILTER (WHERE cardinality(i.rows) > 0) AS nonempty
FROM ic_results i JOIN ic_results c USING (name, actor) WHERE i.inline AND NOT c.inline GROUP BY 1 ORDER BY 1;
SELECT name, actor, cardinality(rows) AS rows, rows[1] AS first_row FROM ic_results
WHERE inline AND probe_rows = 2000 ORDER BY 1, 2;

-- The list branch still encodes each resource: a malformed one raises the function's error.
SET polar.probe_rows = 0;
SELECT count(*) FROM ic_prs pr
WHERE polar.authorize('User:both', 'read', 'PullRequest:' || CASE WHEN pr.id = 5 THEN '' ELSE pr.id::text END);
RESET polar.probe_rows;

-- The fallbacks: the C function stays where the call cannot be replaced.
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize('User:both', CASE WHEN pr.id > 0 THEN 'read' END, 'PullRequest:' || pr.id) LIMIT 1$q$)).calls_c_function AS non_constant_action;
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || pr.id, '[]') LIMIT 1$q$)).calls_c_function AS context_facts;
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize('User:both', 'read', pr.id::text) LIMIT 1$q$)).calls_c_function AS untyped_resource;
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize('User:' || random(), 'read', 'PullRequest:' || pr.id) LIMIT 1$q$)).calls_c_function AS volatile_actor;
-- Why a joined list stays the C function (DEBUG1), and one that does not (no JIT: it reports
-- its timings at that level).
SET jit = off;
SET client_min_messages = debug1;
SELECT count(*) FROM ic_prs pr LEFT JOIN polar.list('User:reviewer', 'read', 'PullRequest') l ON l = pr.id::text;
SELECT count(*) FROM ic_prs pr JOIN polar.list('User:reviewer', 'read', 'PullRequest') WITH ORDINALITY l(id, n) ON l.id = pr.id::text;
SELECT count(*) FROM (VALUES ('User:reviewer')) u(a), LATERAL polar.list(u.a, 'read', 'PullRequest') l JOIN ic_prs pr ON l = pr.id::text;
SELECT count(*) FROM ic_prs pr JOIN polar.list('User:reviewer', 'read', 'PullRequest') l ON l = pr.id::text OR pr.id = 1;
SELECT count(*) FROM ic_prs pr
JOIN (polar.list('User:reviewer', 'read', 'PullRequest') l JOIN ic_prs o ON o.id < 3 AND o.id::text < l) ON l = pr.id::text;
SELECT count(*) FROM ic_prs pr JOIN polar.list('User:reviewer', 'read', 'PullRequest') l ON l = pr.id::text;
RESET client_min_messages;
RESET jit;
SET polar.inline_checks = off;
SELECT count(*) FROM ic_prs pr
JOIN (polar.list('User:reviewer', 'read', 'PullRequest') l JOIN ic_prs o ON o.id < 3 AND o.id::text < l) ON l = pr.id::text;
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || pr.id) LIMIT 1$q$)).calls_c_function AS hook_off;
RESET polar.inline_checks;

-- A check that reads no column is one call a query: it stays the function (its cached plan).
SELECT (ic_plan($q$SELECT polar.authorize('User:both', 'read', 'PullRequest:' || 5)$q$)).calls_c_function AS single_check_call;
SELECT polar.authorize('User:both', 'read', 'PullRequest:' || 5) AS single_check;

-- NULL never grants; a malformed value raises the C function's error.
SELECT count(*) FROM ic_prs pr WHERE polar.authorize(NULL, 'read', 'PullRequest:' || pr.id);
SELECT count(*) FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || NULLIF(pr.id, pr.id));
SELECT polar.authorize(a, 'read', 'PullRequest:5') FROM (VALUES (NULL::text)) v(a);
SELECT count(*) FROM ic_prs pr WHERE polar.authorize('Integer:07', 'read', 'PullRequest:' || pr.id);
SELECT count(*) FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || CASE WHEN pr.id = 7 THEN '' ELSE pr.id::text END);
SELECT polar.encode_value('PullRequest:1'), polar.encode_value('read'), polar.encode_value('Integer:-3');

-- A policy that grants every pull request: `list` answers "*", so the list spelling stays a call.
PREPARE ic_newest(text) AS
  SELECT pr.id FROM ic_prs pr WHERE polar.authorize($1, 'read', 'PullRequest:' || pr.id) ORDER BY pr.created_at DESC LIMIT 3;
EXECUTE ic_newest('User:reviewer');
SELECT polar.load_policy($$
actor User {}
resource PullRequest {
  permissions = ["read"];
  relations = { repository: Repository };
}
resource Repository {}
has_permission(_: User, "read", _: PullRequest);
$$) > 0 AS loaded;
-- The prepared statement is planned again with the new policy (it now grants everything).
EXECUTE ic_newest('User:reviewer');
SELECT (ic_plan($q$SELECT pr.id FROM ic_prs pr WHERE pr.id::text IN (SELECT polar.list('User:x', 'read', 'PullRequest')) LIMIT 1$q$)).calls_c_function AS grant_all_list;
SELECT count(*) FROM ic_prs pr WHERE pr.id::text IN (SELECT polar.list('User:x', 'read', 'PullRequest'));
SELECT polar.list('User:x', 'read', 'PullRequest');

-- Rights: the caller needs EXECUTE on the function it wrote, not SELECT on the fact tables.
SELECT polar.activate_policy(:first_version);
SELECT polar.authorize('User:reader7', 'read', 'PullRequest:20000') AS granted_again;
CREATE ROLE ic_reader;
GRANT SELECT ON ic_prs TO ic_reader;
SET ROLE ic_reader;
SELECT count(*) FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || pr.id);
RESET ROLE;
GRANT EXECUTE ON FUNCTION polar.authorize(text, text, text, jsonb), polar.list(text, text, text, jsonb) TO ic_reader;
SET ROLE ic_reader;
SELECT count(*) FROM ic_prs pr WHERE polar.authorize('User:both', 'read', 'PullRequest:' || pr.id);
SELECT count(*) FROM ic_prs pr WHERE pr.id::text IN (SELECT polar.list('User:both', 'read', 'PullRequest'));
SELECT count(*) FROM polar.fact_3;
RESET ROLE;

-- Row-level security written with polar.authorize is planned with the query as well.
CREATE TABLE ic_rls (id integer PRIMARY KEY, created_at timestamptz NOT NULL);
INSERT INTO ic_rls SELECT id, created_at FROM ic_prs;
CREATE INDEX ic_rls_created_at ON ic_rls (created_at);
ANALYZE ic_rls;
ALTER TABLE ic_rls ENABLE ROW LEVEL SECURITY;
CREATE POLICY ic_rls_read ON ic_rls FOR SELECT USING (polar.authorize(current_setting('ic.actor'), 'read', 'PullRequest:' || id));
GRANT SELECT ON ic_rls TO ic_reader;
SET ic.actor = 'User:reader7';
SET ROLE ic_reader;
SELECT (ic_plan('SELECT id FROM ic_rls ORDER BY created_at DESC LIMIT 5')).calls_c_function AS rls_calls_c_function;
SELECT id FROM ic_rls ORDER BY created_at DESC LIMIT 5;
SET polar.inline_checks = off;
SELECT id FROM ic_rls ORDER BY created_at DESC LIMIT 5;
RESET polar.inline_checks;
RESET ROLE;

DROP TABLE ic_rls, ic_prs, ic_spellings, ic_results;
DROP FUNCTION ic_plan(text), ic_answers(text);
REVOKE ALL ON FUNCTION polar.authorize(text, text, text, jsonb), polar.list(text, text, text, jsonb) FROM ic_reader;
DROP ROLE ic_reader;
CALL regress.clear_facts();
