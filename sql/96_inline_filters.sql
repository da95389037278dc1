-- Filter views and row-level security with stored facts (bulk_tell, no bindings): when the
-- filter's check compiles to a probe, the view and the policy call polar.filter_authorize
-- (src/pg/filters.cpp), which the planner hook plans inside the application's query
-- (src/pg/inline_checks.cpp). For the view and for row-level security (as a role that does not
-- own the table): the plan reads the table in created_at order, calls no pg_polar C function
-- per row and has no Function Scan of polar.list; the answers equal those with the hook off.
-- Then the fallback (a recursive check keeps the compiled filter), unset actors, the gate of
-- polar.filter_authorize and a policy swap.
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

CREATE TABLE if_prs (id integer PRIMARY KEY, repo_id integer NOT NULL, created_at timestamptz NOT NULL);
INSERT INTO if_prs SELECT g, g % 200, timestamptz '2026-01-01' + g * interval '1 minute' FROM generate_series(1, 20000) g;
CREATE INDEX if_prs_created_at ON if_prs (created_at);
ANALYZE if_prs;
-- the same rows under row-level security (the view's table has none: each is measured alone)
CREATE TABLE if_rls (id integer PRIMARY KEY, created_at timestamptz NOT NULL);
INSERT INTO if_rls SELECT id, created_at FROM if_prs;
CREATE INDEX if_rls_created_at ON if_rls (created_at);
ANALYZE if_rls;
-- text keys: the check of 'PullRequest:' || key, an empty key never an entity
CREATE TABLE if_notes (key text PRIMARY KEY, created_at timestamptz NOT NULL);
INSERT INTO if_notes SELECT g::text, timestamptz '2026-01-01' + g * interval '1 minute' FROM generate_series(1, 300) g;
INSERT INTO if_notes VALUES ('', now());
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Repository:' || r, 'organization', 'Organization:' || r % 20)))
FROM generate_series(0, 199) r;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'PullRequest:' || id, 'repository', 'Repository:' || repo_id)))
FROM if_prs;
SELECT polar.bulk_tell('[["has_role", "User:member1", "member", "Organization:1"],
                         ["has_role", "User:reader7", "reader", "Repository:7"],
                         ["has_role", "User:reviewer", "reviewer", "PullRequest:19999"],
                         ["has_role", "User:reviewer", "reviewer", "PullRequest:5"]]');

SET client_min_messages = warning;
SELECT polar.create_filter('if_readable', 'if_prs', 'id', 'PullRequest', 'read');
SELECT polar.create_filter('if_readable_notes', 'if_notes', 'key', 'PullRequest', 'read');
SELECT polar.enable_rls('if_rls', 'id', 'PullRequest', 'read');
RESET client_min_messages;
-- The view and the policy as written: the check of each row, its parts quoted constants.
SELECT regexp_replace(pg_get_viewdef('polar_filters.if_readable'::regclass), '''\d+''', '''<oid>''', 'g') AS view;
SELECT regexp_replace(pg_get_viewdef('polar_filters.if_readable_notes'::regclass), '''\d+''', '''<oid>''', 'g') AS view;
SELECT polname, regexp_replace(pg_get_expr(polqual, polrelid), '''\d+''', '''<oid>''', 'g') AS using
FROM pg_policy WHERE polrelid = 'if_rls'::regclass;
SELECT rls_parts FROM polar.filter_defs WHERE name = 'if_rls_read_select';

CREATE ROLE if_app;
GRANT SELECT ON if_prs, if_rls, if_notes TO if_app;

-- Properties of a plan, as in 96_inline_checks (ic_plan): the table read by its created_at
-- index, a pg_polar check function called outside the run-time choice's hashed lists, a Function
-- Scan of a list, the run-time choice between the probe and the list.
CREATE FUNCTION if_plan(query text)
RETURNS TABLE (created_at_index boolean, calls_c_function boolean, list_scan boolean, run_time_choice boolean)
LANGUAGE plpgsql AS $$
DECLARE plan text := '';
        line text;
        listed text[];
        skip_below integer := -1;
        indent integer;
        kept text := '';
BEGIN
  FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || query LOOP plan := plan || line || E'\n'; END LOOP;
  SELECT coalesce(array_agg('SubPlan ' || m[1]), '{}') INTO listed
  FROM regexp_matches(plan, 'hashed SubPlan (\d+)\)\) IS TRUE\)', 'g') AS m;
  FOREACH line IN ARRAY string_to_array(rtrim(plan, E'\n'), E'\n') LOOP
    indent := length(line) - length(ltrim(line));
    CONTINUE WHEN skip_below >= 0 AND indent > skip_below;
    skip_below := CASE WHEN ltrim(line) = ANY (listed) THEN indent ELSE -1 END;
    CONTINUE WHEN skip_below >= 0;
    kept := kept || line || E'\n';
  END LOOP;
  RETURN QUERY SELECT plan ~ 'Index Scan Backward using if_(prs|rls)_created_at',
                      kept ~ 'polar\.(authorize|list|filter_authorize|filter_list)\(',
                      plan ~ 'Function Scan on polar\.(filter_)?list',
                      plan LIKE '%CASE WHEN polar.probe_budget(1) THEN%';
END $$;
GRANT EXECUTE ON FUNCTION if_plan(text) TO if_app;

CREATE TABLE if_spellings (name text PRIMARY KEY, query text NOT NULL);
INSERT INTO if_spellings VALUES
  ('filter view', 'SELECT pr.id FROM if_prs pr WHERE pr.id IN (SELECT id FROM polar_filters.if_readable) ORDER BY pr.created_at DESC LIMIT 20'),
  ('filter view, count', 'SELECT count(*) FROM if_prs pr WHERE pr.id IN (SELECT id FROM polar_filters.if_readable)'),
  ('filter view, text keys', 'SELECT n.key FROM if_notes n WHERE n.key IN (SELECT id FROM polar_filters.if_readable_notes) ORDER BY n.created_at DESC LIMIT 20'),
  ('row-level security', 'SELECT id FROM if_rls ORDER BY created_at DESC LIMIT 20'),
  ('row-level security, count', 'SELECT count(*) FROM if_rls');
GRANT SELECT ON if_spellings TO if_app;
CREATE TABLE if_results (inline boolean, probe_rows integer, name text, actor text, rows text[]);
GRANT SELECT, INSERT ON if_results TO if_app;

SET ROLE if_app;
SET polar.actor = 'User:member1';
SELECT name, (if_plan(query)).* FROM if_spellings ORDER BY name;

-- Answers: each spelling, each actor, with the hook (probe every row, list from the first, switch
-- after 3 rows) and without it (polar.filter_authorize per row).
DO $$
DECLARE s record;
        a text;
        m record;
BEGIN
  FOR m IN SELECT * FROM (VALUES (true, 2000), (true, 0), (true, 3), (false, 2000)) AS v(inline, probe_rows) LOOP
    PERFORM set_config('polar.inline_checks', m.inline::text, true);
    PERFORM set_config('polar.probe_rows', m.probe_rows::text, true);
    FOR s IN SELECT * FROM if_spellings LOOP
      FOREACH a IN ARRAY ARRAY['User:member1', 'User:reader7', 'User:reviewer', 'User:nobody', '', NULL] LOOP
        PERFORM set_config('polar.actor', coalesce(a, ''), true);
        IF a IS NULL THEN RESET polar.actor; END IF;
        EXECUTE format('INSERT INTO if_results SELECT %L, %L, %L, %L, array_agg(q::text ORDER BY q::text) FROM (%s) q',
                       m.inline, m.probe_rows, s.name, coalesce(a, '(reset)'), s.query);
      END LOOP;
    END LOOP;
  END LOOP;
END $$;
SELECT i.probe_rows, count(*) AS cases, count(*) FILTER (WHERE i.rows IS NOT DISTINCT FROM c.rows) AS equal,
       count(*) FILTER (WHERE cardinality(i.rows) > 0) AS nonempty
FROM if_results i JOIN if_results c USING (name, actor) WHERE i.inline AND NOT c.inline GROUP BY 1 ORDER BY 1;
SELECT name, actor, cardinality(rows) AS rows, rows[1] AS first_row FROM if_results
WHERE inline AND probe_rows = 2000 ORDER BY 1, 2;
RESET ROLE;
-- The same answers as polar.authorize over the whole table.
SELECT count(*) AS member1_reads FROM if_prs WHERE polar.authorize('User:member1', 'read', 'PullRequest:' || id);

-- The gate: polar.filter_authorize answers only a (type, action) of a filter of the table, to a
-- role that may read it; polar.filter_list likewise.
CREATE TABLE if_secret (id integer PRIMARY KEY);
INSERT INTO if_secret VALUES (5);
GRANT SELECT ON if_secret TO if_app;  -- the gate is the filtered table's privilege, not its rows
SET ROLE if_app;
SET polar.actor = 'User:reviewer';
SELECT polar.filter_authorize('if_prs', 'read', 'PullRequest:5') AS filtered,
       polar.filter_authorize('if_prs', 'read', 'Repository:7') AS other_type,
       polar.filter_authorize('if_prs', 'write', 'PullRequest:5') AS other_action,
       polar.filter_authorize('if_secret', 'read', 'PullRequest:5') AS other_table,
       polar.filter_authorize('if_prs', 'read', 'PullRequest') AS no_id;
SELECT count(*) AS listed FROM polar.filter_list('if_prs', 'read', 'PullRequest');
SELECT count(*) AS listed_elsewhere FROM polar.filter_list('if_secret', 'read', 'PullRequest');
SELECT count(*) AS secret_rows FROM if_secret s WHERE polar.filter_authorize('if_prs', 'read', 'PullRequest:' || s.id);
RESET ROLE;
REVOKE SELECT ON if_prs FROM if_app;
SET ROLE if_app;
SELECT polar.filter_authorize('if_prs', 'read', 'PullRequest:5') AS without_table_privilege;
SELECT count(*) AS listed_without_table_privilege FROM polar.filter_list('if_prs', 'read', 'PullRequest');
SELECT count(*) AS view_without_table_privilege FROM polar_filters.if_readable;
RESET ROLE;
GRANT SELECT ON if_prs TO if_app;

-- The fallback: a recursive check does not compile to a probe, so the view and the policy are the
-- compiled filter (the policy reading its per-part views), and still answer right.
SELECT polar.load_policy($$
actor User {}
resource PullRequest {
  roles = ["reviewer"];
  permissions = ["read"];
  relations = { parent: PullRequest };
  "read" if "reviewer";
  "read" if "read" on "parent";
}
$$) > 0 AS recursive_loaded;
SELECT polar.bulk_tell('[["has_relation", "PullRequest:6", "parent", "PullRequest:5"],
                         ["has_relation", "PullRequest:7", "parent", "PullRequest:6"]]');
SELECT pg_get_viewdef('polar_filters.if_readable'::regclass) LIKE '%filter_authorize%' AS view_calls_check,
       (SELECT pg_get_expr(polqual, polrelid) LIKE '%filter_authorize%' FROM pg_policy
        WHERE polrelid = 'if_rls'::regclass) AS policy_calls_check,
       (SELECT rls_parts > 0 FROM polar.filter_defs WHERE name = 'if_rls_read_select') AS policy_reads_parts;
SET ROLE if_app;
SET polar.actor = 'User:reviewer';
SELECT array_agg(id ORDER BY id) AS reviewer_reads FROM if_rls;
SELECT array_agg(pr.id ORDER BY pr.id) AS reviewer_reads_by_view FROM if_prs pr
WHERE pr.id IN (SELECT id FROM polar_filters.if_readable);
RESET ROLE;

-- A policy swap regenerates the view and the policy, and the next query sees it.
SELECT polar.activate_policy(:first_version);
SELECT pg_get_viewdef('polar_filters.if_readable'::regclass) LIKE '%filter_authorize%' AS view_calls_check_again;
SET ROLE if_app;
SET polar.actor = 'User:reviewer';
PREPARE if_newest AS SELECT id FROM if_rls ORDER BY created_at DESC LIMIT 3;
EXECUTE if_newest;
SELECT array_agg(id ORDER BY id) AS reviewer_reads_by_view FROM if_prs pr
WHERE pr.id IN (SELECT id FROM polar_filters.if_readable);
RESET ROLE;
-- reviewers may review now, not read: the cached plans are made again and show nothing
SELECT polar.load_policy($$
actor User {}
resource PullRequest {
  roles = ["reviewer"];
  permissions = ["read", "review"];
  "review" if "reviewer";
}
$$) > 0 AS reviewers_review;
SET ROLE if_app;
EXECUTE if_newest;
SELECT array_agg(id ORDER BY id) AS reviewer_reads_by_view FROM if_prs pr
WHERE pr.id IN (SELECT id FROM polar_filters.if_readable);
DEALLOCATE if_newest;
RESET ROLE;
RESET polar.actor;

SELECT polar.drop_filter(name) FROM polar.filter_defs
WHERE table_oid IN ('if_prs'::regclass, 'if_rls'::regclass, 'if_notes'::regclass) ORDER BY name;
SELECT count(*) AS policies_left FROM pg_policy WHERE polrelid = 'if_rls'::regclass;
DROP TABLE if_prs, if_rls, if_notes, if_secret, if_spellings, if_results;
DROP FUNCTION if_plan(text);
DROP ROLE if_app;
CALL regress.clear_facts();
