-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT $1, $2, $1) AS "q"("o0", "o1", "o2")
--   $1 text *
--   $2 text String:delete

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT $1, $2, $1) AS "q"("o0", "o1", "o2")
--   $1 text *
--   $2 text String:delete

