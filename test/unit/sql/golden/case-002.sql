-- actions User Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2

-- authorize User delete Project
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 arg 2

-- list User delete Project
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Project:

-- authorize-set User delete Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Project:
--   $5 arg-array 2

-- authorize User share Project
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 arg 2

-- list User share Project
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT $5) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 text Project:
--   $5 text *

-- authorize-set User share Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "u2"."v" FROM pg_catalog.unnest($5) AS "u2"("v")) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 text Project:
--   $5 arg-array 2

-- authorize User write Project
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM LATERAL (WITH RECURSIVE "m4"("tag", "b0") AS (SELECT 0, ($4) COLLATE pg_catalog."C" UNION SELECT "x6".* FROM "m4" AS "mm2", LATERAL (SELECT 0, ("t5"."a2") COLLATE pg_catalog."C" FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) "mm2"."b0" AND "t5"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t5"."a2", $7)) AS "x6"("tag", "b0")) SELECT ($2), $10, ($4) FROM "m4" AS "mp7", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $8 AND "t8"."a2" OPERATOR(pg_catalog.=) "mp7"."b0" UNION ALL SELECT 1 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t9" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $9 AND "t9"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t9"."a1" OPERATOR(pg_catalog.=) $10 AND "t9"."a2" OPERATOR(pg_catalog.=) "mp7"."b0") AS "x10"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $10)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Project:
--   $8 text String:share
--   $9 text has_role
--   $10 text String:admin

-- list User write Project
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag", "b0") AS (SELECT 0, ($2) COLLATE pg_catalog."C"), "a4"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("mg6"."b0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t7"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg6", "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $1 AND "t7"."a0" OPERATOR(pg_catalog.=) "mg6"."b0" AND "t7"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t7"."a2", $4) UNION ALL SELECT 0, ("mg8"."b0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C" FROM "m3" AS "mg8" UNION ALL SELECT 0, ("mg11"."b0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t12"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg11", "polar"."fact_3" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) $10 AND "t12"."a0" OPERATOR(pg_catalog.=) "mg11"."b0" AND "t12"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t12"."a2", $4) UNION SELECT "y13".* FROM "a4" AS "r5", LATERAL (SELECT 0, ("mg9"."b0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t10"."a0") COLLATE pg_catalog."C" FROM "m3" AS "mg9", "polar"."fact_3" AS "t10" WHERE "r5"."tag" OPERATOR(pg_catalog.=) 0 AND "r5"."c1" OPERATOR(pg_catalog.=) $6 AND ("mg9"."b0" OPERATOR(pg_catalog.=) "r5"."c0" OR "r5"."c0" OPERATOR(pg_catalog.=) $7) AND "t10"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t10"."a0", $4) AND "t10"."a1" OPERATOR(pg_catalog.=) $9 AND ("t10"."a2" OPERATOR(pg_catalog.=) "r5"."c2" OR "r5"."c2" OPERATOR(pg_catalog.=) $7)) AS "y13"("tag", "c0", "c1", "c2")) SELECT "fa14"."c0", "fa14"."c1", "fa14"."c2" FROM "a4" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0 AND "fa14"."c0" OPERATOR(pg_catalog.=) ($2)) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $6 AND ("s1"."c2" OPERATOR(pg_catalog.=) $7 OR pg_catalog.starts_with("s1"."c2", $4))) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Project:
--   $5 text String:share
--   $6 text String:admin
--   $7 text *
--   $8 text has_relation
--   $9 text String:parent
--   $10 text has_role

-- authorize-set User write Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "u2"."v" FROM pg_catalog.unnest($5) AS "u2"("v"), LATERAL (WITH RECURSIVE "m6"("tag", "b0") AS (SELECT 0, ("u2"."v") COLLATE pg_catalog."C" UNION SELECT "x8".* FROM "m6" AS "mm4", LATERAL (SELECT 0, ("t7"."a2") COLLATE pg_catalog."C" FROM "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $6 AND "t7"."a0" OPERATOR(pg_catalog.=) "mm4"."b0" AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t7"."a2", $4)) AS "x8"("tag", "b0")) SELECT ($2), $10, ("u2"."v") FROM "m6" AS "mp9", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t10" WHERE "t10"."pred" OPERATOR(pg_catalog.=) $1 AND "t10"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t10"."a1" OPERATOR(pg_catalog.=) $8 AND "t10"."a2" OPERATOR(pg_catalog.=) "mp9"."b0" UNION ALL SELECT 1 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t11" WHERE "t11"."pred" OPERATOR(pg_catalog.=) $9 AND "t11"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t11"."a1" OPERATOR(pg_catalog.=) $10 AND "t11"."a2" OPERATOR(pg_catalog.=) "mp9"."b0") AS "x12"("f0")) AS "s3"("c0", "c1", "c2") WHERE "s3"."c1" OPERATOR(pg_catalog.=) $10) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Project:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:parent
--   $8 text String:share
--   $9 text has_role
--   $10 text String:admin

-- actions User Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $4 UNION ALL SELECT $10 FROM LATERAL (WITH RECURSIVE "m4"("tag", "b0") AS (SELECT 0, ($3) COLLATE pg_catalog."C" UNION SELECT "x6".* FROM "m4" AS "mm2", LATERAL (SELECT 0, ("t5"."a2") COLLATE pg_catalog."C" FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) "mm2"."b0" AND "t5"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t5"."a2", $7)) AS "x6"("tag", "b0")) SELECT ($2), $9, ($3) FROM "m4" AS "mp7", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $4 AND "t8"."a2" OPERATOR(pg_catalog.=) "mp7"."b0" UNION ALL SELECT 1 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t9" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $8 AND "t9"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t9"."a1" OPERATOR(pg_catalog.=) $9 AND "t9"."a2" OPERATOR(pg_catalog.=) "mp7"."b0") AS "x10"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $9) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text String:share
--   $5 text has_relation
--   $6 text String:parent
--   $7 text Project:
--   $8 text has_role
--   $9 text String:admin
--   $10 text String:write

-- authorize with context User delete Project
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:delete
--   $8 arg 2

-- query allow _ delete Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:delete
--   $3 arg 2

-- filter delete Project
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Project:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 9) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:delete'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Project:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $2, $3, $2 UNION ALL SELECT "s1"."c0", $10, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0), "a4"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t7"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t7"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg6", "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t7"."a2", $5) UNION ALL SELECT 0, ($2) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ($2) COLLATE pg_catalog."C" FROM "m3" AS "mg8" UNION ALL SELECT 0, ("t12"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t12"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg11", "polar"."fact_3" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t12"."a2", $5) UNION SELECT "y13".* FROM "a4" AS "r5", LATERAL (SELECT 0, ("r5"."c0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t10"."a0") COLLATE pg_catalog."C" FROM "m3" AS "mg9", "polar"."fact_3" AS "t10" WHERE "r5"."tag" OPERATOR(pg_catalog.=) 0 AND "r5"."c1" OPERATOR(pg_catalog.=) $6 AND "t10"."pred" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t10"."a0", $5) AND "t10"."a1" OPERATOR(pg_catalog.=) $8 AND ("t10"."a2" OPERATOR(pg_catalog.=) "r5"."c2" OR "r5"."c2" OPERATOR(pg_catalog.=) $2)) AS "y13"("tag", "c0", "c1", "c2")) SELECT "fa14"."c0", "fa14"."c1", "fa14"."c2" FROM "a4" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c0", $4)) AND "s1"."c1" OPERATOR(pg_catalog.=) $6 AND ("s1"."c2" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c2", $5))) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text *
--   $3 text String:share
--   $4 text User:
--   $5 text Project:
--   $6 text String:admin
--   $7 text has_relation
--   $8 text String:parent
--   $9 text has_role
--   $10 text String:write

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s2"."c0", $8, "t1"."a0" FROM "polar"."fact_3" AS "t1", LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m4" AS "mm3", LATERAL (SELECT 1 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 0) AS "x5"("tag")), "a6"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t13"."a0") COLLATE pg_catalog."C", ($8) COLLATE pg_catalog."C", ("t13"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg12", "polar"."fact_3" AS "t13" WHERE "mg12"."tag" OPERATOR(pg_catalog.=) 0 AND "t13"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t13"."a0", $9) AND "t13"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t13"."a2", $3) UNION ALL SELECT 1, ("t15"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t15"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg14", "polar"."fact_3" AS "t15" WHERE "mg14"."tag" OPERATOR(pg_catalog.=) 1 AND "t15"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t15"."a0", $9) AND "t15"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t15"."a2", $3) UNION ALL SELECT 1, ($7) COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C" FROM "m4" AS "mg16" WHERE "mg16"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT 1, ("t20"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t20"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg19", "polar"."fact_3" AS "t20" WHERE "mg19"."tag" OPERATOR(pg_catalog.=) 1 AND "t20"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t20"."a0", $9) AND "t20"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t20"."a2", $3) UNION SELECT "y21".* FROM "a6" AS "r7", LATERAL (SELECT 0, ("r7"."c0") COLLATE pg_catalog."C", ($8) COLLATE pg_catalog."C", ("t9"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg8", "polar"."fact_1" AS "t9" WHERE "mg8"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."c1" OPERATOR(pg_catalog.=) $5 AND "t9"."pred" OPERATOR(pg_catalog.=) $6 AND ("t9"."a0" OPERATOR(pg_catalog.=) "r7"."c2" OR "r7"."c2" OPERATOR(pg_catalog.=) $7) UNION ALL SELECT 0, ("r7"."c0") COLLATE pg_catalog."C", ($8) COLLATE pg_catalog."C", ("t11"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg10", "polar"."fact_3" AS "t11" WHERE "mg10"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."c1" OPERATOR(pg_catalog.=) $8 AND "t11"."pred" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t11"."a0", $3) AND "t11"."a1" OPERATOR(pg_catalog.=) $4 AND "t11"."a2" OPERATOR(pg_catalog.=) "r7"."c2" UNION ALL SELECT 1, ("r7"."c0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t18"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg17", "polar"."fact_3" AS "t18" WHERE "mg17"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."c1" OPERATOR(pg_catalog.=) $5 AND "t18"."pred" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t18"."a0", $3) AND "t18"."a1" OPERATOR(pg_catalog.=) $4 AND ("t18"."a2" OPERATOR(pg_catalog.=) "r7"."c2" OR "r7"."c2" OPERATOR(pg_catalog.=) $7)) AS "y21"("tag", "c0", "c1", "c2")) SELECT "fa22"."c0", "fa22"."c1", "fa22"."c2" FROM "a6" AS "fa22" WHERE "fa22"."tag" OPERATOR(pg_catalog.=) 0) AS "s2"("c0", "c1", "c2") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t1"."a2", $3) AND ("s2"."c0" OPERATOR(pg_catalog.=) $7 OR pg_catalog.starts_with("s2"."c0", $9)) AND "s2"."c1" OPERATOR(pg_catalog.=) $8 AND "s2"."c2" OPERATOR(pg_catalog.=) "t1"."a2" UNION ALL SELECT "s24"."c0", $12, "t23"."a0" FROM "polar"."fact_3" AS "t23", LATERAL (WITH RECURSIVE "m26"("tag") AS (SELECT 0), "a27"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t32"."a0") COLLATE pg_catalog."C", ($12) COLLATE pg_catalog."C", ("t32"."a2") COLLATE pg_catalog."C" FROM "m26" AS "mg31", "polar"."fact_3" AS "t32" WHERE "t32"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t32"."a0", $9) AND "t32"."a1" OPERATOR(pg_catalog.=) $12 AND pg_catalog.starts_with("t32"."a2", $3) UNION SELECT "y33".* FROM "a27" AS "r28", LATERAL (SELECT 0, ("r28"."c0") COLLATE pg_catalog."C", ($12) COLLATE pg_catalog."C", ("t30"."a0") COLLATE pg_catalog."C" FROM "m26" AS "mg29", "polar"."fact_3" AS "t30" WHERE "r28"."tag" OPERATOR(pg_catalog.=) 0 AND "r28"."c1" OPERATOR(pg_catalog.=) $12 AND "t30"."pred" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t30"."a0", $3) AND "t30"."a1" OPERATOR(pg_catalog.=) $4 AND "t30"."a2" OPERATOR(pg_catalog.=) "r28"."c2") AS "y33"("tag", "c0", "c1", "c2")) SELECT "fa34"."c0", "fa34"."c1", "fa34"."c2" FROM "a27" AS "fa34" WHERE "fa34"."tag" OPERATOR(pg_catalog.=) 0) AS "s24"("c0", "c1", "c2") WHERE "t23"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t23"."a0", $3) AND "t23"."a1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t23"."a2", $3) AND pg_catalog.starts_with("s24"."c0", $9) AND "s24"."c1" OPERATOR(pg_catalog.=) $12 AND "s24"."c2" OPERATOR(pg_catalog.=) "t23"."a2" UNION ALL SELECT "s36"."c0", $5, "t35"."a0" FROM "polar"."fact_3" AS "t35", LATERAL (WITH RECURSIVE "m38"("tag") AS (SELECT 0), "a39"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t42"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t42"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg41", "polar"."fact_3" AS "t42" WHERE "t42"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t42"."a0", $9) AND "t42"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t42"."a2", $3) UNION ALL SELECT 0, ($7) COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C" FROM "m38" AS "mg43" UNION ALL SELECT 0, ("t47"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t47"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg46", "polar"."fact_3" AS "t47" WHERE "t47"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t47"."a0", $9) AND "t47"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t47"."a2", $3) UNION SELECT "y48".* FROM "a39" AS "r40", LATERAL (SELECT 0, ("r40"."c0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t45"."a0") COLLATE pg_catalog."C" FROM "m38" AS "mg44", "polar"."fact_3" AS "t45" WHERE "r40"."tag" OPERATOR(pg_catalog.=) 0 AND "r40"."c1" OPERATOR(pg_catalog.=) $5 AND "t45"."pred" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t45"."a0", $3) AND "t45"."a1" OPERATOR(pg_catalog.=) $4 AND ("t45"."a2" OPERATOR(pg_catalog.=) "r40"."c2" OR "r40"."c2" OPERATOR(pg_catalog.=) $7)) AS "y48"("tag", "c0", "c1", "c2")) SELECT "fa49"."c0", "fa49"."c1", "fa49"."c2" FROM "a39" AS "fa49" WHERE "fa49"."tag" OPERATOR(pg_catalog.=) 0) AS "s36"("c0", "c1", "c2") WHERE "t35"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t35"."a0", $3) AND "t35"."a1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t35"."a2", $3) AND ("s36"."c0" OPERATOR(pg_catalog.=) $7 OR pg_catalog.starts_with("s36"."c0", $9)) AND "s36"."c1" OPERATOR(pg_catalog.=) $5 AND ("s36"."c2" OPERATOR(pg_catalog.=) "t35"."a2" OR "s36"."c2" OPERATOR(pg_catalog.=) $7) UNION ALL SELECT "s51"."c0", $8, "t50"."a0" FROM "polar"."fact_1" AS "t50", LATERAL (WITH RECURSIVE "m53"("tag") AS (SELECT 0), "a54"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t57"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t57"."a2") COLLATE pg_catalog."C" FROM "m53" AS "mg56", "polar"."fact_3" AS "t57" WHERE "t57"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t57"."a0", $9) AND "t57"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t57"."a2", $3) UNION ALL SELECT 0, ($7) COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C" FROM "m53" AS "mg58" UNION ALL SELECT 0, ("t62"."a0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t62"."a2") COLLATE pg_catalog."C" FROM "m53" AS "mg61", "polar"."fact_3" AS "t62" WHERE "t62"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t62"."a0", $9) AND "t62"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t62"."a2", $3) UNION SELECT "y63".* FROM "a54" AS "r55", LATERAL (SELECT 0, ("r55"."c0") COLLATE pg_catalog."C", ($5) COLLATE pg_catalog."C", ("t60"."a0") COLLATE pg_catalog."C" FROM "m53" AS "mg59", "polar"."fact_3" AS "t60" WHERE "r55"."tag" OPERATOR(pg_catalog.=) 0 AND "r55"."c1" OPERATOR(pg_catalog.=) $5 AND "t60"."pred" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t60"."a0", $3) AND "t60"."a1" OPERATOR(pg_catalog.=) $4 AND ("t60"."a2" OPERATOR(pg_catalog.=) "r55"."c2" OR "r55"."c2" OPERATOR(pg_catalog.=) $7)) AS "y63"("tag", "c0", "c1", "c2")) SELECT "fa64"."c0", "fa64"."c1", "fa64"."c2" FROM "a54" AS "fa64" WHERE "fa64"."tag" OPERATOR(pg_catalog.=) 0) AS "s51"("c0", "c1", "c2") WHERE "t50"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t50"."a0", $3) AND ("s51"."c0" OPERATOR(pg_catalog.=) $7 OR pg_catalog.starts_with("s51"."c0", $9)) AND "s51"."c1" OPERATOR(pg_catalog.=) $5 AND ("s51"."c2" OPERATOR(pg_catalog.=) "t50"."a0" OR "s51"."c2" OPERATOR(pg_catalog.=) $7) UNION ALL SELECT "t65"."a0", $5, "t65"."a2" FROM "polar"."fact_3" AS "t65" WHERE "t65"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t65"."a0", $9) AND "t65"."a1" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t65"."a2", $3) UNION ALL SELECT $7, $5, $7) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text has_relation
--   $3 text Project:
--   $4 text String:parent
--   $5 text String:admin
--   $6 text is_public
--   $7 text *
--   $8 text String:editor
--   $9 text User:
--   $10 text has_permission
--   $11 text String:share
--   $12 text String:owner

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $2, $3, $2 UNION ALL SELECT "s1"."c0", $10, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0), "a4"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t7"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t7"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg6", "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t7"."a2", $5) UNION ALL SELECT 0, ($2) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ($2) COLLATE pg_catalog."C" FROM "m3" AS "mg8" UNION ALL SELECT 0, ("t12"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t12"."a2") COLLATE pg_catalog."C" FROM "m3" AS "mg11", "polar"."fact_3" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t12"."a2", $5) UNION SELECT "y13".* FROM "a4" AS "r5", LATERAL (SELECT 0, ("r5"."c0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t10"."a0") COLLATE pg_catalog."C" FROM "m3" AS "mg9", "polar"."fact_3" AS "t10" WHERE "r5"."tag" OPERATOR(pg_catalog.=) 0 AND "r5"."c1" OPERATOR(pg_catalog.=) $6 AND "t10"."pred" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t10"."a0", $5) AND "t10"."a1" OPERATOR(pg_catalog.=) $8 AND ("t10"."a2" OPERATOR(pg_catalog.=) "r5"."c2" OR "r5"."c2" OPERATOR(pg_catalog.=) $2)) AS "y13"("tag", "c0", "c1", "c2")) SELECT "fa14"."c0", "fa14"."c1", "fa14"."c2" FROM "a4" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c0", $4)) AND "s1"."c1" OPERATOR(pg_catalog.=) $6 AND ("s1"."c2" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c2", $5))) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text *
--   $3 text String:share
--   $4 text User:
--   $5 text Project:
--   $6 text String:admin
--   $7 text has_relation
--   $8 text String:parent
--   $9 text has_role
--   $10 text String:write

