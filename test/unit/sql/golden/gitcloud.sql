-- authorize User close Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_role
--   $2 arg 0
--   $3 text String:creator
--   $4 arg 2

-- list User close Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:creator
--   $4 text Issue:

-- authorize-set User close Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:creator
--   $4 text Issue:
--   $5 arg-array 2

-- authorize User view Issue
SELECT EXISTS (SELECT 1 FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "h1"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "t2"."a0" OPERATOR(pg_catalog.=) $6 AND "t2"."a2" OPERATOR(pg_catalog.=) "h1"."j0" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) "h1"."j0" AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t3"."a2", $8) AND "t4"."pred" OPERATOR(pg_catalog.=) $5 AND "t4"."a0" OPERATOR(pg_catalog.=) $6 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($9)) AS "r5")
--   $1 text has_relation
--   $2 arg 2
--   $3 text String:parent
--   $4 text Repo:
--   $5 text has_role
--   $6 arg 0
--   $7 text[] String:reader String:admin
--   $8 text Org:
--   $9 text[] String:member String:admin

-- list User view Issue
SELECT "o0" FROM (SELECT "t4"."a0" FROM (SELECT DISTINCT "j0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($8)) AS "r3"("j0")) AS "r3", "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t4"."a0", $9) AND "t4"."a1" OPERATOR(pg_catalog.=) $7 AND "t4"."a2" OPERATOR(pg_catalog.=) "r3"."j0") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repo:
--   $4 text[] String:reader String:admin
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:parent
--   $8 text[] String:member String:admin
--   $9 text Issue:

-- authorize-set User view Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0", "polar"."fact_3" AS "t1", pg_catalog.unnest($7) AS "u2"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t0"."a0", $2) AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t0"."a2", $4) AND "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) "t0"."a2" AND "u2"."v" OPERATOR(pg_catalog.=) "t0"."a0" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($8) UNION ALL SELECT "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", pg_catalog.unnest($7) AS "u6"("v") WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t3"."a0", $2) AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t3"."a2", $4) AND "t4"."pred" OPERATOR(pg_catalog.=) $5 AND "t4"."a0" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t4"."a2", $9) AND "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) "t3"."a2" AND "t5"."a1" OPERATOR(pg_catalog.=) $3 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "u6"."v" OPERATOR(pg_catalog.=) "t3"."a0" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_relation
--   $2 text Issue:
--   $3 text String:parent
--   $4 text Repo:
--   $5 text has_role
--   $6 arg 0
--   $7 arg-array 2
--   $8 text[] String:reader String:admin
--   $9 text Org:
--   $10 text[] String:member String:admin

-- actions User Issue
SELECT DISTINCT "o0" FROM (SELECT $5 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT "r6"."o0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $6 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t1"."a2", $8)) AS "h2"("j0"), LATERAL (SELECT $10 FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($9) UNION ALL SELECT $10 FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $6 AND "t4"."a0" OPERATOR(pg_catalog.=) "h2"."j0" AND "t4"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t4"."a2", $11) AND "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "t5"."a1" OPERATOR(pg_catalog.=) ANY ($12)) AS "r6"("o0")) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:creator
--   $4 arg 2
--   $5 text String:close
--   $6 text has_relation
--   $7 text String:parent
--   $8 text Repo:
--   $9 text[] String:reader String:admin
--   $10 text String:view
--   $11 text Org:
--   $12 text[] String:member String:admin

-- authorize with context User close Issue
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_role
--   $6 arg 0
--   $7 text String:creator
--   $8 arg 2

-- query allow _ close Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t0"."a0", $2) AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4) AS "q"("o0")
--   $1 text has_role
--   $2 text User:
--   $3 text String:creator
--   $4 arg 2

-- filter close Issue
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Issue:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 7) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:creator'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Issue:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)))

-- authorize User create_repositories Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 arg 2

-- list User create_repositories Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:

-- authorize-set User create_repositories Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:
--   $5 arg-array 2

-- authorize User create_role_assignment Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 arg 2

-- list User create_role_assignment Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:

-- authorize-set User create_role_assignment Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:
--   $5 arg-array 2

-- authorize User delete_role_assignment Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 arg 2

-- list User delete_role_assignment Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:

-- authorize-set User delete_role_assignment Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Org:
--   $5 arg-array 2

-- authorize User view Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4))
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text[] String:member String:admin

-- list User view Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Org:
--   $4 text[] String:member String:admin

-- authorize-set User view Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($4) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($5)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Org:
--   $4 arg-array 2
--   $5 text[] String:member String:admin

-- actions User Org
SELECT DISTINCT "o0" FROM (SELECT "k1"."c0" FROM "polar"."fact_3" AS "t0", (VALUES ($4, $5), ($6, $5), ($7, $5), ($8, $9), ($8, $5)) AS "k1"("c0", "c1") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "k1"."c1" OPERATOR(pg_catalog.=) "t0"."a1") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text String:delete_role_assignment
--   $5 text String:admin
--   $6 text String:create_role_assignment
--   $7 text String:create_repositories
--   $8 text String:view
--   $9 text String:member

-- authorize with context User create_repositories Org
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_role
--   $6 arg 0
--   $7 text String:admin
--   $8 arg 2

-- query allow _ create_repositories Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t0"."a0", $2) AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4) AS "q"("o0")
--   $1 text has_role
--   $2 text User:
--   $3 text String:admin
--   $4 arg 2

-- filter create_repositories Org
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Org:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 5) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:admin'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Org:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)))

-- authorize User create_issues Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($8))
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text[] String:reader String:admin
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Org:
--   $8 text[] String:member String:admin

-- list User create_issues Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($8)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repo:
--   $4 text[] String:reader String:admin
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:parent
--   $8 text[] String:member String:admin

-- authorize-set User create_issues Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($4) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($5) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($4) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($9)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repo:
--   $4 arg-array 2
--   $5 text[] String:reader String:admin
--   $6 text has_relation
--   $7 text String:parent
--   $8 text Org:
--   $9 text[] String:member String:admin

-- authorize User create_role_assignment Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $3 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Org:

-- list User create_role_assignment Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Repo:
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:parent

-- authorize-set User create_role_assignment Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Repo:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:parent
--   $8 text Org:

-- authorize User delete_role_assignment Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $3 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Org:

-- list User delete_role_assignment Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Repo:
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:parent

-- authorize-set User delete_role_assignment Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:admin
--   $4 text Repo:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:parent
--   $8 text Org:

-- authorize User view Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($8))
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text[] String:reader String:admin
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Org:
--   $8 text[] String:member String:admin

-- list User view Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($8)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repo:
--   $4 text[] String:reader String:admin
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:parent
--   $8 text[] String:member String:admin

-- authorize-set User view Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($4) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($5) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($4) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($9)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repo:
--   $4 arg-array 2
--   $5 text[] String:reader String:admin
--   $6 text has_relation
--   $7 text String:parent
--   $8 text Org:
--   $9 text[] String:member String:admin

-- actions User Repo
SELECT DISTINCT "o0" FROM (SELECT "k1"."c0" FROM "polar"."fact_3" AS "t0", (VALUES ($4, $5), ($6, $5), ($7, $8), ($7, $5), ($9, $8), ($9, $5)) AS "k1"("c0", "c1") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "k1"."c1" OPERATOR(pg_catalog.=) "t0"."a1" UNION ALL SELECT "k4"."c0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", (VALUES ($4, $5), ($6, $5), ($7, $13), ($7, $5), ($9, $13), ($9, $5)) AS "k4"("c0", "c1") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $10 AND "t2"."a0" OPERATOR(pg_catalog.=) $3 AND "t2"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t2"."a2", $12) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "k4"."c1" OPERATOR(pg_catalog.=) "t3"."a1") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text String:delete_role_assignment
--   $5 text String:admin
--   $6 text String:create_role_assignment
--   $7 text String:create_issues
--   $8 text String:reader
--   $9 text String:view
--   $10 text has_relation
--   $11 text String:parent
--   $12 text Org:
--   $13 text String:member

-- authorize with context User create_issues Repo
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a2" OPERATOR(pg_catalog.=) $7 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($8) UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2", (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx5"("pred", "a0", "a1", "a2")) AS "t4" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $7 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t2"."a2", $11) AND "t4"."pred" OPERATOR(pg_catalog.=) $5 AND "t4"."a0" OPERATOR(pg_catalog.=) $6 AND "t4"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($12))
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_role
--   $6 arg 0
--   $7 arg 2
--   $8 text[] String:reader String:admin
--   $9 text has_relation
--   $10 text String:parent
--   $11 text Org:
--   $12 text[] String:member String:admin

-- query allow _ create_issues Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t0"."a0", $2) AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4) UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t2"."a0", $2) AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($8)) AS "q"("o0")
--   $1 text has_role
--   $2 text User:
--   $3 arg 2
--   $4 text[] String:reader String:admin
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Org:
--   $8 text[] String:member String:admin

-- filter create_issues Repo
((EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t1"."a1", 'String:'::pg_catalog.text) AND "polar"."has_type"("t1"."a2", 'Repo:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 6) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t0"."a2", 'Repo:'::pg_catalog.text) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:reader'::pg_catalog.text, 'String:admin'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t4"."a0", 'Repo:'::pg_catalog.text) AND "t4"."a1" OPERATOR(pg_catalog.=) 'String:parent'::pg_catalog.text AND pg_catalog.starts_with("t4"."a2", 'Org:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t3"."a0", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t3"."a0", 6) END) FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t2"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t2"."a2", 'Org:'::pg_catalog.text) AND "t3"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t3"."a0", 'Repo:'::pg_catalog.text) AND "t3"."a1" OPERATOR(pg_catalog.=) 'String:parent'::pg_catalog.text AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:member'::pg_catalog.text, 'String:admin'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t1"."a0", $8, "t0"."a0" FROM "polar"."fact_3" AS "t0", "polar"."fact_3" AS "t1" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t0"."a0", $2) AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t0"."a2", $4) AND "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a0", $6) AND "t1"."a2" OPERATOR(pg_catalog.=) "t0"."a2" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT "t4"."a0", $8, "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t2"."a0", $2) AND "t2"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t2"."a2", $4) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t4"."a0", $6) AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($10) UNION ALL SELECT "t5"."a0", $12, "t5"."a2" FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t5"."a0", $6) AND "t5"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t5"."a2", $2) UNION ALL SELECT "t6"."a0", "k7"."c0", "t6"."a2" FROM "polar"."fact_3" AS "t6", (VALUES ($13, $14), ($15, $14), ($16, $17), ($16, $14), ($8, $17), ($8, $14)) AS "k7"("c0", "c1") WHERE "t6"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t6"."a0", $6) AND pg_catalog.starts_with("t6"."a2", $4) AND "k7"."c1" OPERATOR(pg_catalog.=) "t6"."a1" UNION ALL SELECT "t9"."a0", "k10"."c0", "t8"."a0" FROM "polar"."fact_3" AS "t8", "polar"."fact_3" AS "t9", (VALUES ($13, $14), ($15, $14), ($16, $18), ($16, $14), ($8, $18), ($8, $14)) AS "k10"("c0", "c1") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t8"."a0", $4) AND "t8"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t8"."a2", $9) AND "t9"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t9"."a0", $6) AND "t9"."a2" OPERATOR(pg_catalog.=) "t8"."a2" AND "k10"."c1" OPERATOR(pg_catalog.=) "t9"."a1" UNION ALL SELECT "t11"."a0", "k12"."c0", "t11"."a2" FROM "polar"."fact_3" AS "t11", (VALUES ($13, $14), ($15, $14), ($19, $14), ($8, $18), ($8, $14)) AS "k12"("c0", "c1") WHERE "t11"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t11"."a0", $6) AND pg_catalog.starts_with("t11"."a2", $9) AND "k12"."c1" OPERATOR(pg_catalog.=) "t11"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", $24 FROM "polar"."fact_2" AS "t13", (VALUES ($20, $14), ($21, $14), ($22, $23), ($22, $14)) AS "k14"("c0", "c1") WHERE "t13"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t13"."a0", $6) AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1") AS "q"("o0", "o1", "o2")
--   $1 text has_relation
--   $2 text Issue:
--   $3 text String:parent
--   $4 text Repo:
--   $5 text has_role
--   $6 text User:
--   $7 text[] String:reader String:admin
--   $8 text String:view
--   $9 text Org:
--   $10 text[] String:member String:admin
--   $11 text String:creator
--   $12 text String:close
--   $13 text String:delete_role_assignment
--   $14 text String:admin
--   $15 text String:create_role_assignment
--   $16 text String:create_issues
--   $17 text String:reader
--   $18 text String:member
--   $19 text String:create_repositories
--   $20 text String:ban
--   $21 text String:lock
--   $22 text String:impersonate
--   $23 text String:support
--   $24 text *

-- query has_role/2 all free
SELECT DISTINCT "o0", "o1" FROM (SELECT "t0"."a0", "t0"."a1" FROM "polar"."fact_2" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $4 FROM "polar"."fact_2" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3) AS "q"("o0", "o1")
--   $1 text has_role
--   $2 text User:
--   $3 text String:admin
--   $4 text String:support

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t2"."a0", "k3"."c0", "t1"."a0" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2", (VALUES ($7, $7), ($8, $9), ($8, $7)) AS "k3"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t2"."a0", $6) AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND "k3"."c1" OPERATOR(pg_catalog.=) "t2"."a1" UNION ALL SELECT "t4"."a0", $8, "t4"."a2" FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t4"."a0", $6) AND "t4"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t4"."a2", $3) UNION ALL SELECT "t5"."a0", $9, "t5"."a2" FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t5"."a0", $6) AND "t5"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t5"."a2", $5)) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text has_relation
--   $3 text Repo:
--   $4 text String:parent
--   $5 text Org:
--   $6 text User:
--   $7 text String:admin
--   $8 text String:reader
--   $9 text String:member

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t1"."a0", $8, "t0"."a0" FROM "polar"."fact_3" AS "t0", "polar"."fact_3" AS "t1" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t0"."a0", $2) AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t0"."a2", $4) AND "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a0", $6) AND "t1"."a2" OPERATOR(pg_catalog.=) "t0"."a2" AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT "t4"."a0", $8, "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t2"."a0", $2) AND "t2"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t2"."a2", $4) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t4"."a0", $6) AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($10) UNION ALL SELECT "t5"."a0", $12, "t5"."a2" FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t5"."a0", $6) AND "t5"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t5"."a2", $2) UNION ALL SELECT "t6"."a0", "k7"."c0", "t6"."a2" FROM "polar"."fact_3" AS "t6", (VALUES ($13, $14), ($15, $14), ($16, $17), ($16, $14), ($8, $17), ($8, $14)) AS "k7"("c0", "c1") WHERE "t6"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t6"."a0", $6) AND pg_catalog.starts_with("t6"."a2", $4) AND "k7"."c1" OPERATOR(pg_catalog.=) "t6"."a1" UNION ALL SELECT "t9"."a0", "k10"."c0", "t8"."a0" FROM "polar"."fact_3" AS "t8", "polar"."fact_3" AS "t9", (VALUES ($13, $14), ($15, $14), ($16, $18), ($16, $14), ($8, $18), ($8, $14)) AS "k10"("c0", "c1") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t8"."a0", $4) AND "t8"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t8"."a2", $9) AND "t9"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t9"."a0", $6) AND "t9"."a2" OPERATOR(pg_catalog.=) "t8"."a2" AND "k10"."c1" OPERATOR(pg_catalog.=) "t9"."a1" UNION ALL SELECT "t11"."a0", "k12"."c0", "t11"."a2" FROM "polar"."fact_3" AS "t11", (VALUES ($13, $14), ($15, $14), ($19, $14), ($8, $18), ($8, $14)) AS "k12"("c0", "c1") WHERE "t11"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t11"."a0", $6) AND pg_catalog.starts_with("t11"."a2", $9) AND "k12"."c1" OPERATOR(pg_catalog.=) "t11"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", $24 FROM "polar"."fact_2" AS "t13", (VALUES ($20, $14), ($21, $14), ($22, $23), ($22, $14)) AS "k14"("c0", "c1") WHERE "t13"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t13"."a0", $6) AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1") AS "q"("o0", "o1", "o2")
--   $1 text has_relation
--   $2 text Issue:
--   $3 text String:parent
--   $4 text Repo:
--   $5 text has_role
--   $6 text User:
--   $7 text[] String:reader String:admin
--   $8 text String:view
--   $9 text Org:
--   $10 text[] String:member String:admin
--   $11 text String:creator
--   $12 text String:close
--   $13 text String:delete_role_assignment
--   $14 text String:admin
--   $15 text String:create_role_assignment
--   $16 text String:create_issues
--   $17 text String:reader
--   $18 text String:member
--   $19 text String:create_repositories
--   $20 text String:ban
--   $21 text String:lock
--   $22 text String:impersonate
--   $23 text String:support
--   $24 text *

