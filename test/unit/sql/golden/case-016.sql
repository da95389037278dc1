-- authorize User merge Pull
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7)) AS "h2"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0") AS "r5")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:repo
--   $7 text Repo:
--   $8 text String:push
--   $9 text has_role
--   $10 text String:writer

-- list User merge Pull
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t4"."a0" FROM (SELECT DISTINCT "j0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $6) UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t2"."a2", $6)) AS "r3"("j0")) AS "r3", "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "t4"."a2" OPERATOR(pg_catalog.=) "r3"."j0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 text Pull:
--   $5 text String:push
--   $6 text Repo:
--   $7 text has_role
--   $8 text String:writer
--   $9 text has_relation
--   $10 text String:repo

-- authorize-set User merge Pull
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t5"."a2", $8) AND "t6"."pred" OPERATOR(pg_catalog.=) $10 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a1" OPERATOR(pg_catalog.=) $11 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 text Pull:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:repo
--   $8 text Repo:
--   $9 text String:push
--   $10 text has_role
--   $11 text String:writer

-- authorize User read Pull
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7)) AS "h2"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($9)) AS "r5")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:repo
--   $7 text Repo:
--   $8 text has_role
--   $9 text[] String:reader String:writer

-- list User read Pull
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t4"."a0" FROM (SELECT DISTINCT "j0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t1"."a2", $5) UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $5) AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7)) AS "r3"("j0")) AS "r3", "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND "t4"."a2" OPERATOR(pg_catalog.=) "r3"."j0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Pull:
--   $5 text Repo:
--   $6 text has_role
--   $7 text[] String:reader String:writer
--   $8 text has_relation
--   $9 text String:repo

-- authorize-set User read Pull
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t5"."a2", $8) AND "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Pull:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:repo
--   $8 text Repo:
--   $9 text has_role
--   $10 text[] String:reader String:writer

-- authorize User review Pull
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $6 AND "n2"."a0" OPERATOR(pg_catalog.=) $4 AND "n2"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT 1 FROM (SELECT "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND "t3"."a0" OPERATOR(pg_catalog.=) $4 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a2", $9)) AS "h4"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a1" OPERATOR(pg_catalog.=) $5 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n6" WHERE "n6"."pred" OPERATOR(pg_catalog.=) $6 AND "n6"."a0" OPERATOR(pg_catalog.=) $4 AND "n6"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT FROM "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "t7"."a0" OPERATOR(pg_catalog.=) $2 AND "t7"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $6 AND "n8"."a0" OPERATOR(pg_catalog.=) $4 AND "n8"."a1" OPERATOR(pg_catalog.=) $2)) AS "r9")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 arg 2
--   $5 text String:read
--   $6 text author
--   $7 text has_relation
--   $8 text String:repo
--   $9 text Repo:
--   $10 text has_role
--   $11 text[] String:reader String:writer

-- list User review Pull
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $6 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t3"."a2", $7) AND "t4"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $6 AND "n5"."a0" OPERATOR(pg_catalog.=) "t4"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t7"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $10 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t6"."a2", $7) AND "t7"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $9 AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $6 AND "n8"."a0" OPERATOR(pg_catalog.=) "t7"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $2)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 text Pull:
--   $5 text String:read
--   $6 text author
--   $7 text Repo:
--   $8 text has_relation
--   $9 text String:repo
--   $10 text has_role
--   $11 text[] String:reader String:writer

-- authorize-set User review Pull
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $7 AND "n4"."a0" OPERATOR(pg_catalog.=) "t2"."a2" AND "n4"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t5"."a2", $10) AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a1" OPERATOR(pg_catalog.=) $6 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $7 AND "n8"."a0" OPERATOR(pg_catalog.=) "t5"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", pg_catalog.unnest($5) AS "u11"("v") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t9"."a2", $10) AND "t10"."pred" OPERATOR(pg_catalog.=) $11 AND "t10"."a0" OPERATOR(pg_catalog.=) $2 AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "u11"."v" OPERATOR(pg_catalog.=) "t9"."a0" AND "t10"."a1" OPERATOR(pg_catalog.=) ANY ($12) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n12" WHERE "n12"."pred" OPERATOR(pg_catalog.=) $7 AND "n12"."a0" OPERATOR(pg_catalog.=) "t9"."a0" AND "n12"."a1" OPERATOR(pg_catalog.=) $2)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 text Pull:
--   $5 arg-array 2
--   $6 text String:read
--   $7 text author
--   $8 text has_relation
--   $9 text String:repo
--   $10 text Repo:
--   $11 text has_role
--   $12 text[] String:reader String:writer

-- actions User Pull
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $6 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) $3 AND "n2"."a1" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "r11"."o0" FROM (SELECT "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND "t3"."a0" OPERATOR(pg_catalog.=) $3 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a2", $9)) AS "h4"("j0"), LATERAL (SELECT "k6"."c0" FROM "polar"."fact_3" AS "t5", (VALUES ($6, $4, $10), ($11, $12, $13), ($4, $4, $13)) AS "k6"("c0", "c1", "c2") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "k6"."c1" OPERATOR(pg_catalog.=) "t5"."a1" AND ("k6"."c2" OPERATOR(pg_catalog.<>) $10 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n7" WHERE "n7"."pred" OPERATOR(pg_catalog.=) $5 AND "n7"."a0" OPERATOR(pg_catalog.=) $3 AND "n7"."a1" OPERATOR(pg_catalog.=) $2)) UNION ALL SELECT "k9"."c0" FROM "polar"."fact_3" AS "t8", (VALUES ($6, $15, $10), ($6, $16, $10), ($11, $16, $13), ($4, $15, $13), ($4, $16, $13)) AS "k9"("c0", "c1", "c2") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $14 AND "t8"."a0" OPERATOR(pg_catalog.=) $2 AND "t8"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "k9"."c1" OPERATOR(pg_catalog.=) "t8"."a1" AND ("k9"."c2" OPERATOR(pg_catalog.<>) $10 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n10" WHERE "n10"."pred" OPERATOR(pg_catalog.=) $5 AND "n10"."a0" OPERATOR(pg_catalog.=) $3 AND "n10"."a1" OPERATOR(pg_catalog.=) $2))) AS "r11"("o0")) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text String:read
--   $5 text author
--   $6 text String:review
--   $7 text has_relation
--   $8 text String:repo
--   $9 text Repo:
--   $10 text Boolean:true
--   $11 text String:merge
--   $12 text String:push
--   $13 text Boolean:false
--   $14 text has_role
--   $15 text String:reader
--   $16 text String:writer

-- authorize with context User merge Pull
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "t2"."a2" FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $8 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t2"."a2", $11)) AS "h4"("j0"), LATERAL (SELECT FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx6"("pred", "a0", "a1", "a2")) AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) $6 AND "t5"."a1" OPERATOR(pg_catalog.=) $12 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" UNION ALL SELECT FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx8"("pred", "a0", "a1", "a2")) AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $13 AND "t7"."a0" OPERATOR(pg_catalog.=) $6 AND "t7"."a1" OPERATOR(pg_catalog.=) $14 AND "t7"."a2" OPERATOR(pg_catalog.=) "h4"."j0") AS "r9")
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:merge
--   $8 arg 2
--   $9 text has_relation
--   $10 text String:repo
--   $11 text Repo:
--   $12 text String:push
--   $13 text has_role
--   $14 text String:writer

-- query allow _ merge Pull
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "r5"."o0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $6)) AS "h2"("j0"), LATERAL (SELECT "t3"."a0" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t3"."a0", $7) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t4"."a0", $7) AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0") AS "r5"("o0")) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:merge
--   $3 arg 2
--   $4 text has_relation
--   $5 text String:repo
--   $6 text Repo:
--   $7 text User:
--   $8 text String:push
--   $9 text has_role
--   $10 text String:writer

-- filter merge Pull
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Pull:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 6) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:merge'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Pull:'::pg_catalog.text)) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t3"."a0", 'Pull:'::pg_catalog.text) AND "t3"."a1" OPERATOR(pg_catalog.=) 'String:repo'::pg_catalog.text AND pg_catalog.starts_with("t3"."a2", 'Repo:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t2"."a0", 'Pull:'::pg_catalog.text) THEN pg_catalog.substr("t2"."a0", 6) END) FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:push'::pg_catalog.text AND "polar"."has_type"("t1"."a2", 'Repo:'::pg_catalog.text) AND "t2"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t2"."a0", 'Pull:'::pg_catalog.text) AND "t2"."a1" OPERATOR(pg_catalog.=) 'String:repo'::pg_catalog.text AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "t6"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t6"."a0", 'Pull:'::pg_catalog.text) AND "t6"."a1" OPERATOR(pg_catalog.=) 'String:repo'::pg_catalog.text AND pg_catalog.starts_with("t6"."a2", 'Repo:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t5"."a0", 'Pull:'::pg_catalog.text) THEN pg_catalog.substr("t5"."a0", 6) END) FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5" WHERE "t4"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t4"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t4"."a1" OPERATOR(pg_catalog.=) 'String:writer'::pg_catalog.text AND "polar"."has_type"("t4"."a2", 'Repo:'::pg_catalog.text) AND "t5"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t5"."a0", 'Pull:'::pg_catalog.text) AND "t5"."a1" OPERATOR(pg_catalog.=) 'String:repo'::pg_catalog.text AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- authorize User push Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 arg 2
--   $5 text has_role
--   $6 text String:writer

-- list User push Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 text Repo:
--   $5 text has_role
--   $6 text String:writer

-- authorize-set User push Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 text Repo:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:writer

-- authorize User read Repo
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_role
--   $6 text[] String:reader String:writer

-- list User read Repo
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $4) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Repo:
--   $5 text has_role
--   $6 text[] String:reader String:writer

-- authorize-set User read Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Repo:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text[] String:reader String:writer

-- actions User Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "k2"."c0" FROM "polar"."fact_3" AS "t1", (VALUES ($5, $6), ($7, $8), ($7, $6)) AS "k2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND "k2"."c1" OPERATOR(pg_catalog.=) "t1"."a1") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:push
--   $6 text String:writer
--   $7 text String:read
--   $8 text String:reader

-- authorize with context User push Repo
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $6 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "t2"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:push
--   $8 arg 2
--   $9 text has_role
--   $10 text String:writer

-- query allow _ push Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "t1"."a0" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t1"."a0", $5) AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:push
--   $3 arg 2
--   $4 text has_role
--   $5 text User:
--   $6 text String:writer

-- filter push Repo
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 6) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:push'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Repo:'::pg_catalog.text) UNION ALL SELECT (CASE WHEN pg_catalog.starts_with("t1"."a2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t1"."a2", 6) END) FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:writer'::pg_catalog.text AND "polar"."has_type"("t1"."a2", 'Repo:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $6, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t4"."a0", $6, "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t4"."a0", $2) AND "t4"."a1" OPERATOR(pg_catalog.=) $3 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $5 AND "n5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) "t4"."a0") UNION ALL SELECT "t7"."a0", $6, "t6"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t6"."a2", $9) AND "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t7"."a0", $2) AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $5 AND "n8"."a0" OPERATOR(pg_catalog.=) "t6"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) "t7"."a0") UNION ALL SELECT "t10"."a0", "k11"."c0", "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", (VALUES ($12, $13), ($3, $3)) AS "k11"("c0", "c1") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a2", $9) AND "t10"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t10"."a0", $2) AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "k11"."c1" OPERATOR(pg_catalog.=) "t10"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", "t12"."a0" FROM "polar"."fact_3" AS "t12", "polar"."fact_3" AS "t13", (VALUES ($12, $14), ($3, $15), ($3, $14)) AS "k14"("c0", "c1") WHERE "t12"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t12"."a2", $9) AND "t13"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t13"."a0", $2) AND "t13"."a2" OPERATOR(pg_catalog.=) "t12"."a2" AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1" UNION ALL SELECT "t15"."a0", "k16"."c0", "t15"."a2" FROM "polar"."fact_3" AS "t15", (VALUES ($13, $14), ($3, $15), ($3, $14)) AS "k16"("c0", "c1") WHERE "t15"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t15"."a0", $2) AND pg_catalog.starts_with("t15"."a2", $9) AND "k16"."c1" OPERATOR(pg_catalog.=) "t15"."a1") AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text Pull:
--   $5 text author
--   $6 text String:review
--   $7 text has_relation
--   $8 text String:repo
--   $9 text Repo:
--   $10 text has_role
--   $11 text[] String:reader String:writer
--   $12 text String:merge
--   $13 text String:push
--   $14 text String:writer
--   $15 text String:reader

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $5, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4)) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text User:
--   $3 text String:writer
--   $4 text Repo:
--   $5 text String:reader

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $6, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $5 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t4"."a0", $6, "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t4"."a0", $2) AND "t4"."a1" OPERATOR(pg_catalog.=) $3 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $5 AND "n5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) "t4"."a0") UNION ALL SELECT "t7"."a0", $6, "t6"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t6"."a2", $9) AND "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t7"."a0", $2) AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_2" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $5 AND "n8"."a0" OPERATOR(pg_catalog.=) "t6"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) "t7"."a0") UNION ALL SELECT "t10"."a0", "k11"."c0", "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", (VALUES ($12, $13), ($3, $3)) AS "k11"("c0", "c1") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a2", $9) AND "t10"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t10"."a0", $2) AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "k11"."c1" OPERATOR(pg_catalog.=) "t10"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", "t12"."a0" FROM "polar"."fact_3" AS "t12", "polar"."fact_3" AS "t13", (VALUES ($12, $14), ($3, $15), ($3, $14)) AS "k14"("c0", "c1") WHERE "t12"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t12"."a2", $9) AND "t13"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t13"."a0", $2) AND "t13"."a2" OPERATOR(pg_catalog.=) "t12"."a2" AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1" UNION ALL SELECT "t15"."a0", "k16"."c0", "t15"."a2" FROM "polar"."fact_3" AS "t15", (VALUES ($13, $14), ($3, $15), ($3, $14)) AS "k16"("c0", "c1") WHERE "t15"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t15"."a0", $2) AND pg_catalog.starts_with("t15"."a2", $9) AND "k16"."c1" OPERATOR(pg_catalog.=) "t15"."a1") AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text Pull:
--   $5 text author
--   $6 text String:review
--   $7 text has_relation
--   $8 text String:repo
--   $9 text Repo:
--   $10 text has_role
--   $11 text[] String:reader String:writer
--   $12 text String:merge
--   $13 text String:push
--   $14 text String:writer
--   $15 text String:reader

