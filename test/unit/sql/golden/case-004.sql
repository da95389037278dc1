-- authorize User comment Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 arg 2

-- list User comment Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Issue:

-- authorize-set User comment Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Issue:
--   $5 arg-array 2

-- authorize User share Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 arg 2

-- list User share Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 text Issue:

-- authorize-set User share Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:share
--   $4 text Issue:
--   $5 arg-array 2

-- authorize User write Issue
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 arg 2

-- list User write Issue
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Issue:

-- authorize-set User write Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Issue:
--   $5 arg-array 2

-- actions User Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2

-- authorize with context User comment Issue
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:comment
--   $8 arg 2

-- query allow _ comment Issue
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:comment
--   $3 arg 2

-- filter comment Issue
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Issue:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 7) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Issue:'::pg_catalog.text)))

-- authorize User comment Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 arg 2

-- list User comment Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Org:

-- authorize-set User comment Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Org:
--   $5 arg-array 2

-- authorize User manage Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 arg 2

-- list User manage Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 text Org:

-- authorize-set User manage Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 text Org:
--   $5 arg-array 2

-- authorize User write Org
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1", "polar"."fact_2" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_2" AS "t5", "polar"."fact_3" AS "t6" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t3"."a0", $8) AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) $4 AND "t4"."pred" OPERATOR(pg_catalog.=) $10 AND "t4"."a0" OPERATOR(pg_catalog.=) $4 AND "t4"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t4"."a2", $12) AND "t5"."pred" OPERATOR(pg_catalog.=) $7 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a1" OPERATOR(pg_catalog.=) "t3"."a0" AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "t6"."a1" OPERATOR(pg_catalog.=) $13 AND "t6"."a2" OPERATOR(pg_catalog.=) "t4"."a2" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7", "polar"."fact_2" AS "t8", LATERAL (WITH RECURSIVE "m12"("tag", "b0") AS (SELECT 0, ("t8"."a1") COLLATE pg_catalog."C" UNION SELECT "x14".* FROM "m12" AS "mm10", LATERAL (SELECT 0, ("t13"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t13" WHERE "t13"."pred" OPERATOR(pg_catalog.=) $14 AND "t13"."a0" OPERATOR(pg_catalog.=) "mm10"."b0") AS "x14"("tag", "b0")) SELECT ("t8"."a1"), ("t7"."a0") FROM "m12" AS "mp15", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t16" WHERE "t16"."pred" OPERATOR(pg_catalog.=) $7 AND "t16"."a0" OPERATOR(pg_catalog.=) "mp15"."b0" AND "t16"."a1" OPERATOR(pg_catalog.=) ("t7"."a0") COLLATE pg_catalog."C") AS "x17"("f0")) AS "s9"("c0", "c1") WHERE "t7"."pred" OPERATOR(pg_catalog.=) $5 AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) $4 AND "t8"."pred" OPERATOR(pg_catalog.=) $14 AND "t8"."a0" OPERATOR(pg_catalog.=) $2 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t18", "polar"."fact_3" AS "t19", "polar"."fact_2" AS "t20", "polar"."fact_3" AS "t21", LATERAL (WITH RECURSIVE "m25"("tag", "b0") AS (SELECT 0, ("t20"."a1") COLLATE pg_catalog."C" UNION SELECT "x27".* FROM "m25" AS "mm23", LATERAL (SELECT 0, ("t26"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t26" WHERE "t26"."pred" OPERATOR(pg_catalog.=) $14 AND "t26"."a0" OPERATOR(pg_catalog.=) "mm23"."b0") AS "x27"("tag", "b0")) SELECT ("t20"."a1"), ("t18"."a0") FROM "m25" AS "mp28", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t29" WHERE "t29"."pred" OPERATOR(pg_catalog.=) $7 AND "t29"."a0" OPERATOR(pg_catalog.=) "mp28"."b0" AND "t29"."a1" OPERATOR(pg_catalog.=) ("t18"."a0") COLLATE pg_catalog."C") AS "x30"("f0")) AS "s22"("c0", "c1") WHERE "t18"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t18"."a0", $8) AND "t18"."a1" OPERATOR(pg_catalog.=) $9 AND "t18"."a2" OPERATOR(pg_catalog.=) $4 AND "t19"."pred" OPERATOR(pg_catalog.=) $10 AND "t19"."a0" OPERATOR(pg_catalog.=) $4 AND "t19"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t19"."a2", $12) AND "t20"."pred" OPERATOR(pg_catalog.=) $14 AND "t20"."a0" OPERATOR(pg_catalog.=) $2 AND "t21"."pred" OPERATOR(pg_catalog.=) $1 AND "t21"."a0" OPERATOR(pg_catalog.=) "t18"."a0" AND "t21"."a1" OPERATOR(pg_catalog.=) $13 AND "t21"."a2" OPERATOR(pg_catalog.=) "t19"."a2")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 arg 2
--   $5 text has_role
--   $6 text String:editor
--   $7 text in_group
--   $8 text User:
--   $9 text String:comment
--   $10 text has_relation
--   $11 text String:issue
--   $12 text Issue:
--   $13 text String:share
--   $14 text member_of

-- list User write Org
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t2"."a2" FROM "polar"."fact_2" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) "t1"."a1" AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) UNION ALL SELECT "t4"."a2" FROM "polar"."fact_2" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t3"."a1", $8) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "t4"."a0" OPERATOR(pg_catalog.=) "t3"."a1" AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t4"."a2", $4) AND "t5"."pred" OPERATOR(pg_catalog.=) $10 AND "t5"."a0" OPERATOR(pg_catalog.=) "t4"."a2" AND "t5"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t5"."a2", $12) AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) "t3"."a1" AND "t6"."a1" OPERATOR(pg_catalog.=) $13 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" UNION ALL SELECT "t8"."a2" FROM "polar"."fact_2" AS "t7", "polar"."fact_3" AS "t8", LATERAL (WITH RECURSIVE "m12"("tag", "b0") AS (SELECT 0, ("t7"."a1") COLLATE pg_catalog."C" UNION SELECT "x14".* FROM "m12" AS "mm10", LATERAL (SELECT 0, ("t13"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t13" WHERE "t13"."pred" OPERATOR(pg_catalog.=) $14 AND "t13"."a0" OPERATOR(pg_catalog.=) "mm10"."b0") AS "x14"("tag", "b0")) SELECT ("t7"."a1"), "x17"."f0" FROM "m12" AS "mp15", LATERAL (SELECT "t16"."a1" FROM "polar"."fact_2" AS "t16" WHERE "t16"."pred" OPERATOR(pg_catalog.=) $5 AND "t16"."a0" OPERATOR(pg_catalog.=) "mp15"."b0") AS "x17"("f0")) AS "s9"("c0", "c1") WHERE "t7"."pred" OPERATOR(pg_catalog.=) $14 AND "t7"."a0" OPERATOR(pg_catalog.=) $2 AND "t8"."pred" OPERATOR(pg_catalog.=) $6 AND "t8"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t8"."a2", $4) AND "s9"."c1" OPERATOR(pg_catalog.=) "t8"."a0" UNION ALL SELECT "t19"."a2" FROM "polar"."fact_2" AS "t18", "polar"."fact_3" AS "t19", "polar"."fact_3" AS "t20", "polar"."fact_3" AS "t21", LATERAL (WITH RECURSIVE "m25"("tag", "b0") AS (SELECT 0, ("t18"."a1") COLLATE pg_catalog."C" UNION SELECT "x27".* FROM "m25" AS "mm23", LATERAL (SELECT 0, ("t26"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t26" WHERE "t26"."pred" OPERATOR(pg_catalog.=) $14 AND "t26"."a0" OPERATOR(pg_catalog.=) "mm23"."b0") AS "x27"("tag", "b0")) SELECT ("t18"."a1"), "x30"."f0" FROM "m25" AS "mp28", LATERAL (SELECT "t29"."a1" FROM "polar"."fact_2" AS "t29" WHERE "t29"."pred" OPERATOR(pg_catalog.=) $5 AND "t29"."a0" OPERATOR(pg_catalog.=) "mp28"."b0" AND "polar"."has_type"("t29"."a1", $8)) AS "x30"("f0")) AS "s22"("c0", "c1") WHERE "t18"."pred" OPERATOR(pg_catalog.=) $14 AND "t18"."a0" OPERATOR(pg_catalog.=) $2 AND "t19"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t19"."a0", $8) AND "t19"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t19"."a2", $4) AND "t20"."pred" OPERATOR(pg_catalog.=) $10 AND "t20"."a0" OPERATOR(pg_catalog.=) "t19"."a2" AND "t20"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t20"."a2", $12) AND "t21"."pred" OPERATOR(pg_catalog.=) $1 AND "t21"."a0" OPERATOR(pg_catalog.=) "t19"."a0" AND "t21"."a1" OPERATOR(pg_catalog.=) $13 AND "t21"."a2" OPERATOR(pg_catalog.=) "t20"."a2" AND "s22"."c1" OPERATOR(pg_catalog.=) "t19"."a0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Org:
--   $5 text in_group
--   $6 text has_role
--   $7 text String:editor
--   $8 text User:
--   $9 text String:comment
--   $10 text has_relation
--   $11 text String:issue
--   $12 text Issue:
--   $13 text String:share
--   $14 text member_of

-- authorize-set User write Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", "polar"."fact_2" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $4) AND "t3"."pred" OPERATOR(pg_catalog.=) $8 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) "t2"."a0" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a2" UNION ALL SELECT "t5"."a2" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", "polar"."fact_2" AS "t7", "polar"."fact_3" AS "t8", pg_catalog.unnest($5) AS "u9"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t5"."a0", $9) AND "t5"."a1" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t5"."a2", $4) AND "t6"."pred" OPERATOR(pg_catalog.=) $11 AND "t6"."a0" OPERATOR(pg_catalog.=) "t5"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) $12 AND "polar"."has_type"("t6"."a2", $13) AND "t7"."pred" OPERATOR(pg_catalog.=) $8 AND "t7"."a0" OPERATOR(pg_catalog.=) $2 AND "t7"."a1" OPERATOR(pg_catalog.=) "t5"."a0" AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "t8"."a0" OPERATOR(pg_catalog.=) "t5"."a0" AND "t8"."a1" OPERATOR(pg_catalog.=) $14 AND "t8"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "u9"."v" OPERATOR(pg_catalog.=) "t5"."a2" UNION ALL SELECT "t10"."a2" FROM "polar"."fact_3" AS "t10", "polar"."fact_2" AS "t11", pg_catalog.unnest($5) AS "u12"("v"), LATERAL (WITH RECURSIVE "m16"("tag", "b0") AS (SELECT 0, ("t11"."a1") COLLATE pg_catalog."C" UNION SELECT "x18".* FROM "m16" AS "mm14", LATERAL (SELECT 0, ("t17"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t17" WHERE "t17"."pred" OPERATOR(pg_catalog.=) $15 AND "t17"."a0" OPERATOR(pg_catalog.=) "mm14"."b0") AS "x18"("tag", "b0")) SELECT ("t11"."a1"), ("t10"."a0") FROM "m16" AS "mp19", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t20" WHERE "t20"."pred" OPERATOR(pg_catalog.=) $8 AND "t20"."a0" OPERATOR(pg_catalog.=) "mp19"."b0" AND "t20"."a1" OPERATOR(pg_catalog.=) ("t10"."a0") COLLATE pg_catalog."C") AS "x21"("f0")) AS "s13"("c0", "c1") WHERE "t10"."pred" OPERATOR(pg_catalog.=) $6 AND "t10"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t10"."a2", $4) AND "t11"."pred" OPERATOR(pg_catalog.=) $15 AND "t11"."a0" OPERATOR(pg_catalog.=) $2 AND "u12"."v" OPERATOR(pg_catalog.=) "t10"."a2" UNION ALL SELECT "t22"."a2" FROM "polar"."fact_3" AS "t22", "polar"."fact_3" AS "t23", "polar"."fact_2" AS "t24", "polar"."fact_3" AS "t25", pg_catalog.unnest($5) AS "u26"("v"), LATERAL (WITH RECURSIVE "m30"("tag", "b0") AS (SELECT 0, ("t24"."a1") COLLATE pg_catalog."C" UNION SELECT "x32".* FROM "m30" AS "mm28", LATERAL (SELECT 0, ("t31"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t31" WHERE "t31"."pred" OPERATOR(pg_catalog.=) $15 AND "t31"."a0" OPERATOR(pg_catalog.=) "mm28"."b0") AS "x32"("tag", "b0")) SELECT ("t24"."a1"), ("t22"."a0") FROM "m30" AS "mp33", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t34" WHERE "t34"."pred" OPERATOR(pg_catalog.=) $8 AND "t34"."a0" OPERATOR(pg_catalog.=) "mp33"."b0" AND "t34"."a1" OPERATOR(pg_catalog.=) ("t22"."a0") COLLATE pg_catalog."C") AS "x35"("f0")) AS "s27"("c0", "c1") WHERE "t22"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t22"."a0", $9) AND "t22"."a1" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t22"."a2", $4) AND "t23"."pred" OPERATOR(pg_catalog.=) $11 AND "t23"."a0" OPERATOR(pg_catalog.=) "t22"."a2" AND "t23"."a1" OPERATOR(pg_catalog.=) $12 AND "polar"."has_type"("t23"."a2", $13) AND "t24"."pred" OPERATOR(pg_catalog.=) $15 AND "t24"."a0" OPERATOR(pg_catalog.=) $2 AND "t25"."pred" OPERATOR(pg_catalog.=) $1 AND "t25"."a0" OPERATOR(pg_catalog.=) "t22"."a0" AND "t25"."a1" OPERATOR(pg_catalog.=) $14 AND "t25"."a2" OPERATOR(pg_catalog.=) "t23"."a2" AND "u26"."v" OPERATOR(pg_catalog.=) "t22"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Org:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:editor
--   $8 text in_group
--   $9 text User:
--   $10 text String:comment
--   $11 text has_relation
--   $12 text String:issue
--   $13 text Issue:
--   $14 text String:share
--   $15 text member_of

-- actions User Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $7 FROM "polar"."fact_3" AS "t1", "polar"."fact_2" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT $7 FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_2" AS "t5", "polar"."fact_3" AS "t6" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t3"."a0", $8) AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) $3 AND "t4"."pred" OPERATOR(pg_catalog.=) $10 AND "t4"."a0" OPERATOR(pg_catalog.=) $3 AND "t4"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t4"."a2", $12) AND "t5"."pred" OPERATOR(pg_catalog.=) $6 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a1" OPERATOR(pg_catalog.=) "t3"."a0" AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "t6"."a1" OPERATOR(pg_catalog.=) $13 AND "t6"."a2" OPERATOR(pg_catalog.=) "t4"."a2" UNION ALL SELECT $7 FROM "polar"."fact_3" AS "t7", "polar"."fact_2" AS "t8", LATERAL (WITH RECURSIVE "m12"("tag", "b0") AS (SELECT 0, ("t8"."a1") COLLATE pg_catalog."C" UNION SELECT "x14".* FROM "m12" AS "mm10", LATERAL (SELECT 0, ("t13"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t13" WHERE "t13"."pred" OPERATOR(pg_catalog.=) $14 AND "t13"."a0" OPERATOR(pg_catalog.=) "mm10"."b0") AS "x14"("tag", "b0")) SELECT ("t8"."a1"), ("t7"."a0") FROM "m12" AS "mp15", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t16" WHERE "t16"."pred" OPERATOR(pg_catalog.=) $6 AND "t16"."a0" OPERATOR(pg_catalog.=) "mp15"."b0" AND "t16"."a1" OPERATOR(pg_catalog.=) ("t7"."a0") COLLATE pg_catalog."C") AS "x17"("f0")) AS "s9"("c0", "c1") WHERE "t7"."pred" OPERATOR(pg_catalog.=) $4 AND "t7"."a1" OPERATOR(pg_catalog.=) $5 AND "t7"."a2" OPERATOR(pg_catalog.=) $3 AND "t8"."pred" OPERATOR(pg_catalog.=) $14 AND "t8"."a0" OPERATOR(pg_catalog.=) $2 UNION ALL SELECT $7 FROM "polar"."fact_3" AS "t18", "polar"."fact_3" AS "t19", "polar"."fact_2" AS "t20", "polar"."fact_3" AS "t21", LATERAL (WITH RECURSIVE "m25"("tag", "b0") AS (SELECT 0, ("t20"."a1") COLLATE pg_catalog."C" UNION SELECT "x27".* FROM "m25" AS "mm23", LATERAL (SELECT 0, ("t26"."a1") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t26" WHERE "t26"."pred" OPERATOR(pg_catalog.=) $14 AND "t26"."a0" OPERATOR(pg_catalog.=) "mm23"."b0") AS "x27"("tag", "b0")) SELECT ("t20"."a1"), ("t18"."a0") FROM "m25" AS "mp28", LATERAL (SELECT 1 FROM "polar"."fact_2" AS "t29" WHERE "t29"."pred" OPERATOR(pg_catalog.=) $6 AND "t29"."a0" OPERATOR(pg_catalog.=) "mp28"."b0" AND "t29"."a1" OPERATOR(pg_catalog.=) ("t18"."a0") COLLATE pg_catalog."C") AS "x30"("f0")) AS "s22"("c0", "c1") WHERE "t18"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t18"."a0", $8) AND "t18"."a1" OPERATOR(pg_catalog.=) $9 AND "t18"."a2" OPERATOR(pg_catalog.=) $3 AND "t19"."pred" OPERATOR(pg_catalog.=) $10 AND "t19"."a0" OPERATOR(pg_catalog.=) $3 AND "t19"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t19"."a2", $12) AND "t20"."pred" OPERATOR(pg_catalog.=) $14 AND "t20"."a0" OPERATOR(pg_catalog.=) $2 AND "t21"."pred" OPERATOR(pg_catalog.=) $1 AND "t21"."a0" OPERATOR(pg_catalog.=) "t18"."a0" AND "t21"."a1" OPERATOR(pg_catalog.=) $13 AND "t21"."a2" OPERATOR(pg_catalog.=) "t19"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:editor
--   $6 text in_group
--   $7 text String:write
--   $8 text User:
--   $9 text String:comment
--   $10 text has_relation
--   $11 text String:issue
--   $12 text Issue:
--   $13 text String:share
--   $14 text member_of

-- authorize with context User comment Org
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:comment
--   $8 arg 2

-- query allow _ comment Org
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:comment
--   $3 arg 2

-- filter comment Org
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Org:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 5) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Org:'::pg_catalog.text)))

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $10, "t1"."a2" FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t1"."a2", $5) AND "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $2 AND "t3"."a0" OPERATOR(pg_catalog.=) "t1"."a0" AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2") AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text has_permission
--   $3 text User:
--   $4 text String:comment
--   $5 text Org:
--   $6 text has_relation
--   $7 text String:issue
--   $8 text Issue:
--   $9 text String:share
--   $10 text String:editor

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t2"."a0", $7, "t1"."a2" FROM "polar"."fact_3" AS "t1", "polar"."fact_2" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t2"."a0", $6) AND "t2"."a1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT "t6"."a0", $7, "t3"."a2" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", "polar"."fact_2" AS "t6" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t3"."a0", $6) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $4) AND "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "t4"."a0" OPERATOR(pg_catalog.=) "t3"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t4"."a2", $11) AND "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "t5"."a1" OPERATOR(pg_catalog.=) $12 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t6"."a0", $6) AND "t6"."a1" OPERATOR(pg_catalog.=) "t3"."a0" UNION ALL SELECT "t8"."a0", $7, "t7"."a2" FROM "polar"."fact_3" AS "t7", "polar"."fact_2" AS "t8", LATERAL (WITH RECURSIVE "m11"("tag") AS (SELECT 0), "a12"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t17"."a0") COLLATE pg_catalog."C", ("t17"."a1") COLLATE pg_catalog."C" FROM "m11" AS "mg16", "polar"."fact_2" AS "t17" WHERE "t17"."pred" OPERATOR(pg_catalog.=) $5 UNION SELECT "y18".* FROM "a12" AS "r13", LATERAL (SELECT 0, ("t15"."a0") COLLATE pg_catalog."C", ("r13"."c1") COLLATE pg_catalog."C" FROM "m11" AS "mg14", "polar"."fact_2" AS "t15" WHERE "r13"."tag" OPERATOR(pg_catalog.=) 0 AND "t15"."pred" OPERATOR(pg_catalog.=) $13 AND "t15"."a1" OPERATOR(pg_catalog.=) "r13"."c0") AS "y18"("tag", "c0", "c1")) SELECT "fa19"."c0", "fa19"."c1" FROM "a12" AS "fa19" WHERE "fa19"."tag" OPERATOR(pg_catalog.=) 0) AS "s9"("c0", "c1") WHERE "t7"."pred" OPERATOR(pg_catalog.=) $2 AND "t7"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t7"."a2", $4) AND "t8"."pred" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t8"."a0", $6) AND "s9"."c0" OPERATOR(pg_catalog.=) "t8"."a1" AND "s9"."c1" OPERATOR(pg_catalog.=) "t7"."a0" UNION ALL SELECT "t23"."a0", $7, "t20"."a2" FROM "polar"."fact_3" AS "t20", "polar"."fact_3" AS "t21", "polar"."fact_3" AS "t22", "polar"."fact_2" AS "t23", LATERAL (WITH RECURSIVE "m26"("tag") AS (SELECT 0), "a27"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t32"."a0") COLLATE pg_catalog."C", ("t32"."a1") COLLATE pg_catalog."C" FROM "m26" AS "mg31", "polar"."fact_2" AS "t32" WHERE "t32"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t32"."a1", $6) UNION SELECT "y33".* FROM "a27" AS "r28", LATERAL (SELECT 0, ("t30"."a0") COLLATE pg_catalog."C", ("r28"."c1") COLLATE pg_catalog."C" FROM "m26" AS "mg29", "polar"."fact_2" AS "t30" WHERE "r28"."tag" OPERATOR(pg_catalog.=) 0 AND "t30"."pred" OPERATOR(pg_catalog.=) $13 AND "t30"."a1" OPERATOR(pg_catalog.=) "r28"."c0") AS "y33"("tag", "c0", "c1")) SELECT "fa34"."c0", "fa34"."c1" FROM "a27" AS "fa34" WHERE "fa34"."tag" OPERATOR(pg_catalog.=) 0) AS "s24"("c0", "c1") WHERE "t20"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t20"."a0", $6) AND "t20"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t20"."a2", $4) AND "t21"."pred" OPERATOR(pg_catalog.=) $9 AND "t21"."a0" OPERATOR(pg_catalog.=) "t20"."a2" AND "t21"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t21"."a2", $11) AND "t22"."pred" OPERATOR(pg_catalog.=) $1 AND "t22"."a0" OPERATOR(pg_catalog.=) "t20"."a0" AND "t22"."a1" OPERATOR(pg_catalog.=) $12 AND "t22"."a2" OPERATOR(pg_catalog.=) "t21"."a2" AND "t23"."pred" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t23"."a0", $6) AND "s24"."c0" OPERATOR(pg_catalog.=) "t23"."a1" AND "s24"."c1" OPERATOR(pg_catalog.=) "t20"."a0") AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text has_role
--   $3 text String:editor
--   $4 text Org:
--   $5 text in_group
--   $6 text User:
--   $7 text String:write
--   $8 text String:comment
--   $9 text has_relation
--   $10 text String:issue
--   $11 text Issue:
--   $12 text String:share
--   $13 text member_of

-- query in_group/2 all free
SELECT DISTINCT "o0", "o1" FROM (SELECT "s0"."c0", "s0"."c1" FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0), "a3"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t8"."a0") COLLATE pg_catalog."C", ("t8"."a1") COLLATE pg_catalog."C" FROM "m2" AS "mg7", "polar"."fact_2" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) $2 UNION SELECT "y9".* FROM "a3" AS "r4", LATERAL (SELECT 0, ("t6"."a0") COLLATE pg_catalog."C", ("r4"."c1") COLLATE pg_catalog."C" FROM "m2" AS "mg5", "polar"."fact_2" AS "t6" WHERE "r4"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a1" OPERATOR(pg_catalog.=) "r4"."c0") AS "y9"("tag", "c0", "c1")) SELECT "fa10"."c0", "fa10"."c1" FROM "a3" AS "fa10" WHERE "fa10"."tag" OPERATOR(pg_catalog.=) 0) AS "s0"("c0", "c1")) AS "q"("o0", "o1")
--   $1 text member_of
--   $2 text in_group

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t2"."a0", $7, "t1"."a2" FROM "polar"."fact_3" AS "t1", "polar"."fact_2" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t2"."a0", $6) AND "t2"."a1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT "t6"."a0", $7, "t3"."a2" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", "polar"."fact_2" AS "t6" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t3"."a0", $6) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $4) AND "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "t4"."a0" OPERATOR(pg_catalog.=) "t3"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t4"."a2", $11) AND "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "t5"."a1" OPERATOR(pg_catalog.=) $12 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t6"."a0", $6) AND "t6"."a1" OPERATOR(pg_catalog.=) "t3"."a0" UNION ALL SELECT "t8"."a0", $7, "t7"."a2" FROM "polar"."fact_3" AS "t7", "polar"."fact_2" AS "t8", LATERAL (WITH RECURSIVE "m11"("tag") AS (SELECT 0), "a12"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t17"."a0") COLLATE pg_catalog."C", ("t17"."a1") COLLATE pg_catalog."C" FROM "m11" AS "mg16", "polar"."fact_2" AS "t17" WHERE "t17"."pred" OPERATOR(pg_catalog.=) $5 UNION SELECT "y18".* FROM "a12" AS "r13", LATERAL (SELECT 0, ("t15"."a0") COLLATE pg_catalog."C", ("r13"."c1") COLLATE pg_catalog."C" FROM "m11" AS "mg14", "polar"."fact_2" AS "t15" WHERE "r13"."tag" OPERATOR(pg_catalog.=) 0 AND "t15"."pred" OPERATOR(pg_catalog.=) $13 AND "t15"."a1" OPERATOR(pg_catalog.=) "r13"."c0") AS "y18"("tag", "c0", "c1")) SELECT "fa19"."c0", "fa19"."c1" FROM "a12" AS "fa19" WHERE "fa19"."tag" OPERATOR(pg_catalog.=) 0) AS "s9"("c0", "c1") WHERE "t7"."pred" OPERATOR(pg_catalog.=) $2 AND "t7"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t7"."a2", $4) AND "t8"."pred" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t8"."a0", $6) AND "s9"."c0" OPERATOR(pg_catalog.=) "t8"."a1" AND "s9"."c1" OPERATOR(pg_catalog.=) "t7"."a0" UNION ALL SELECT "t23"."a0", $7, "t20"."a2" FROM "polar"."fact_3" AS "t20", "polar"."fact_3" AS "t21", "polar"."fact_3" AS "t22", "polar"."fact_2" AS "t23", LATERAL (WITH RECURSIVE "m26"("tag") AS (SELECT 0), "a27"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t32"."a0") COLLATE pg_catalog."C", ("t32"."a1") COLLATE pg_catalog."C" FROM "m26" AS "mg31", "polar"."fact_2" AS "t32" WHERE "t32"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t32"."a1", $6) UNION SELECT "y33".* FROM "a27" AS "r28", LATERAL (SELECT 0, ("t30"."a0") COLLATE pg_catalog."C", ("r28"."c1") COLLATE pg_catalog."C" FROM "m26" AS "mg29", "polar"."fact_2" AS "t30" WHERE "r28"."tag" OPERATOR(pg_catalog.=) 0 AND "t30"."pred" OPERATOR(pg_catalog.=) $13 AND "t30"."a1" OPERATOR(pg_catalog.=) "r28"."c0") AS "y33"("tag", "c0", "c1")) SELECT "fa34"."c0", "fa34"."c1" FROM "a27" AS "fa34" WHERE "fa34"."tag" OPERATOR(pg_catalog.=) 0) AS "s24"("c0", "c1") WHERE "t20"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t20"."a0", $6) AND "t20"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t20"."a2", $4) AND "t21"."pred" OPERATOR(pg_catalog.=) $9 AND "t21"."a0" OPERATOR(pg_catalog.=) "t20"."a2" AND "t21"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t21"."a2", $11) AND "t22"."pred" OPERATOR(pg_catalog.=) $1 AND "t22"."a0" OPERATOR(pg_catalog.=) "t20"."a0" AND "t22"."a1" OPERATOR(pg_catalog.=) $12 AND "t22"."a2" OPERATOR(pg_catalog.=) "t21"."a2" AND "t23"."pred" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t23"."a0", $6) AND "s24"."c0" OPERATOR(pg_catalog.=) "t23"."a1" AND "s24"."c1" OPERATOR(pg_catalog.=) "t20"."a0") AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text has_role
--   $3 text String:editor
--   $4 text Org:
--   $5 text in_group
--   $6 text User:
--   $7 text String:write
--   $8 text String:comment
--   $9 text has_relation
--   $10 text String:issue
--   $11 text Issue:
--   $12 text String:share
--   $13 text member_of

