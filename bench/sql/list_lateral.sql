-- polar.list once per row of an actor table, `FROM actors u, LATERAL polar.list(u.id, 'read',
-- 'Repository')` (the planner hook keeps the C function: its actor is a row of the query), against
-- the hand-written SQL function written the same way (`LATERAL bench.hw_list_repos(u.id)`, which
-- PostgreSQL inlines), for 200 actors spread over the users: bench.list_pair, both variants in
-- alternation in the same run, recorded in bench.results (section 'list'; rows = ids listed,
-- which must be equal). Run by github_run.sql, or against a kept database with
-- psql -v scale=S4 -f bench/sql/list_lateral.sql.
\if :{?iters}
\else
\set iters 50
\set budget 2000
\endif
DROP TABLE IF EXISTS bench.lateral_actors;
CREATE TABLE bench.lateral_actors AS
SELECT 'User:' || (1 + (g - 1) * greatest(p.users / 200, 1)) AS id
FROM bench.params p, generate_series(1, least(200, p.users)) AS g;
ANALYZE bench.lateral_actors;
SELECT bench.list_pair(:'scale', format('%s actors, FROM actors u, LATERAL list(u.id, ''read'', ''Repository'')', count(*)),
                       'lateral repos', NULL, :iters, :budget)
FROM bench.lateral_actors;
DROP TABLE bench.lateral_actors;
