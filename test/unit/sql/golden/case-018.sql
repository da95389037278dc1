-- authorize User delete Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 arg 2

-- list User delete Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Issue:

-- authorize-set User delete Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Issue:
--   $5 arg-array 2

-- authorize User read Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_2" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 UNION ALL SELECT 1 FROM "polar"."fact_2" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $8)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_role
--   $6 text String:owner
--   $7 text String:create_org
--   $8 text String:support

-- list User read Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $4) UNION ALL SELECT $8 FROM "polar"."fact_2" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 UNION ALL SELECT $8 FROM "polar"."fact_2" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $9) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Issue:
--   $5 text has_role
--   $6 text String:owner
--   $7 text String:create_org
--   $8 text *
--   $9 text String:support

-- authorize-set User read Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" UNION ALL SELECT "u5"."v" FROM "polar"."fact_2" AS "t4", pg_catalog.unnest($5) AS "u5"("v") WHERE "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a1" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT "u7"."v" FROM "polar"."fact_2" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t6"."pred" OPERATOR(pg_catalog.=) $6 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a1" OPERATOR(pg_catalog.=) $9) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Issue:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:owner
--   $8 text String:create_org
--   $9 text String:support

-- actions User Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $6 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) $3 AND "n2"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "k4"."c0" FROM "polar"."fact_3" AS "t3", (VALUES ($6, $9), ($4, $10)) AS "k4"("c0", "c1") WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "t3"."a2" OPERATOR(pg_catalog.=) $3 AND ("k4"."c1" OPERATOR(pg_catalog.<>) $9 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $5 AND "n5"."a0" OPERATOR(pg_catalog.=) $3 AND "n5"."a1" OPERATOR(pg_catalog.=) $2)) UNION ALL SELECT "k7"."c0" FROM "polar"."fact_2" AS "t6", (VALUES ($6, $9), ($4, $10)) AS "k7"("c0", "c1") WHERE "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a1" OPERATOR(pg_catalog.=) $11 AND ("k7"."c1" OPERATOR(pg_catalog.<>) $9 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $5 AND "n8"."a0" OPERATOR(pg_catalog.=) $3 AND "n8"."a1" OPERATOR(pg_catalog.=) $2)) UNION ALL SELECT "k10"."c0" FROM "polar"."fact_2" AS "t9", (VALUES ($6, $9), ($4, $10)) AS "k10"("c0", "c1") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $7 AND "t9"."a0" OPERATOR(pg_catalog.=) $2 AND "t9"."a1" OPERATOR(pg_catalog.=) $12 AND ("k10"."c1" OPERATOR(pg_catalog.<>) $9 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n11" WHERE "n11"."pred" OPERATOR(pg_catalog.=) $5 AND "n11"."a0" OPERATOR(pg_catalog.=) $3 AND "n11"."a1" OPERATOR(pg_catalog.=) $2))) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text String:read
--   $5 text owner_of
--   $6 text String:audit
--   $7 text has_role
--   $8 text String:owner
--   $9 text Boolean:true
--   $10 text Boolean:false
--   $11 text String:create_org
--   $12 text String:support

-- authorize with context User delete Issue
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:delete
--   $8 arg 2

-- query allow _ delete Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:delete
--   $3 arg 2

-- filter delete Issue
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Issue:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 7) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:delete'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Issue:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $6, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t3"."a0", $6, "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t3"."a0", $2) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $5 AND "n4"."a0" OPERATOR(pg_catalog.=) "t3"."a2" AND "n4"."a1" OPERATOR(pg_catalog.=) "t3"."a0") UNION ALL SELECT "t5"."a0", $6, "d6"."v" FROM "polar"."fact_2" AS "t5", (SELECT DISTINCT "dv22"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad7" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad8" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad9" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad10" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad11" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad12" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad13" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad14" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad15" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad16" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad17" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad18" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad19" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad20" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad21" UNION ALL SELECT * FROM pg_catalog.unnest($10)) AS "dv22"("v") WHERE pg_catalog.starts_with("dv22"."v", $4)) AS "d6"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t5"."a0", $2) AND "t5"."a1" OPERATOR(pg_catalog.=) $9 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n23" WHERE "n23"."pred" OPERATOR(pg_catalog.=) $5 AND "n23"."a0" OPERATOR(pg_catalog.=) "d6"."v" AND "n23"."a1" OPERATOR(pg_catalog.=) "t5"."a0") UNION ALL SELECT "t24"."a0", $6, "d25"."v" FROM "polar"."fact_2" AS "t24", (SELECT DISTINCT "dv41"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad26" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad27" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad28" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad29" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad30" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad31" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad32" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad33" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad34" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad35" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad36" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad37" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad38" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad39" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad40" UNION ALL SELECT * FROM pg_catalog.unnest($10)) AS "dv41"("v") WHERE pg_catalog.starts_with("dv41"."v", $4)) AS "d25"("v") WHERE "t24"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t24"."a0", $2) AND "t24"."a1" OPERATOR(pg_catalog.=) $11 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n42" WHERE "n42"."pred" OPERATOR(pg_catalog.=) $5 AND "n42"."a0" OPERATOR(pg_catalog.=) "d25"."v" AND "n42"."a1" OPERATOR(pg_catalog.=) "t24"."a0") UNION ALL SELECT "t43"."a0", $3, "t43"."a2" FROM "polar"."fact_3" AS "t43" WHERE "t43"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t43"."a0", $2) AND "t43"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t43"."a2", $4) UNION ALL SELECT "t44"."a0", $3, $12 FROM "polar"."fact_2" AS "t44" WHERE "t44"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t44"."a0", $2) AND "t44"."a1" OPERATOR(pg_catalog.=) $9 UNION ALL SELECT "t45"."a0", $3, $12 FROM "polar"."fact_2" AS "t45" WHERE "t45"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t45"."a0", $2) AND "t45"."a1" OPERATOR(pg_catalog.=) $11) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text Issue:
--   $5 text owner_of
--   $6 text String:audit
--   $7 text has_role
--   $8 text String:owner
--   $9 text String:create_org
--   $10 text[] String:audit String:create_org String:owner String:read String:support
--   $11 text String:support
--   $12 text *

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $5, $6 FROM "polar"."fact_2" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT "t2"."a0", $5, $6 FROM "polar"."fact_2" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t2"."a0", $3) AND "t2"."a1" OPERATOR(pg_catalog.=) $7) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text has_permission
--   $3 text User:
--   $4 text String:create_org
--   $5 text String:owner
--   $6 text *
--   $7 text String:support

-- query has_permission/2 all free
SELECT DISTINCT "o0", "o1" FROM (SELECT "t0"."a0", "t0"."a1" FROM "polar"."fact_2" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $5 FROM "polar"."fact_2" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4) AS "q"("o0", "o1")
--   $1 text has_permission
--   $2 text has_role
--   $3 text User:
--   $4 text String:support
--   $5 text String:create_org

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $6, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t3"."a0", $6, "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t3"."a0", $2) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $5 AND "n4"."a0" OPERATOR(pg_catalog.=) "t3"."a2" AND "n4"."a1" OPERATOR(pg_catalog.=) "t3"."a0") UNION ALL SELECT "t5"."a0", $6, "d6"."v" FROM "polar"."fact_2" AS "t5", (SELECT DISTINCT "dv22"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad7" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad8" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad9" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad10" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad11" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad12" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad13" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad14" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad15" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad16" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad17" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad18" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad19" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad20" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad21" UNION ALL SELECT * FROM pg_catalog.unnest($10)) AS "dv22"("v") WHERE pg_catalog.starts_with("dv22"."v", $4)) AS "d6"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t5"."a0", $2) AND "t5"."a1" OPERATOR(pg_catalog.=) $9 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n23" WHERE "n23"."pred" OPERATOR(pg_catalog.=) $5 AND "n23"."a0" OPERATOR(pg_catalog.=) "d6"."v" AND "n23"."a1" OPERATOR(pg_catalog.=) "t5"."a0") UNION ALL SELECT "t24"."a0", $6, "d25"."v" FROM "polar"."fact_2" AS "t24", (SELECT DISTINCT "dv41"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad26" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad27" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad28" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad29" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad30" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad31" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad32" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad33" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad34" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad35" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad36" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad37" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad38" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad39" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad40" UNION ALL SELECT * FROM pg_catalog.unnest($10)) AS "dv41"("v") WHERE pg_catalog.starts_with("dv41"."v", $4)) AS "d25"("v") WHERE "t24"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t24"."a0", $2) AND "t24"."a1" OPERATOR(pg_catalog.=) $11 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n42" WHERE "n42"."pred" OPERATOR(pg_catalog.=) $5 AND "n42"."a0" OPERATOR(pg_catalog.=) "d25"."v" AND "n42"."a1" OPERATOR(pg_catalog.=) "t24"."a0") UNION ALL SELECT "t43"."a0", $3, "t43"."a2" FROM "polar"."fact_3" AS "t43" WHERE "t43"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t43"."a0", $2) AND "t43"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t43"."a2", $4) UNION ALL SELECT "t44"."a0", $3, $12 FROM "polar"."fact_2" AS "t44" WHERE "t44"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t44"."a0", $2) AND "t44"."a1" OPERATOR(pg_catalog.=) $9 UNION ALL SELECT "t45"."a0", $3, $12 FROM "polar"."fact_2" AS "t45" WHERE "t45"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t45"."a0", $2) AND "t45"."a1" OPERATOR(pg_catalog.=) $11) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text Issue:
--   $5 text owner_of
--   $6 text String:audit
--   $7 text has_role
--   $8 text String:owner
--   $9 text String:create_org
--   $10 text[] String:audit String:create_org String:owner String:read String:support
--   $11 text String:support
--   $12 text *

