-- authorize User create_repository Organization
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:create_repository
--   $4 arg 2
--   $5 text has_role
--   $6 text[] String:admin String:owner

-- list User create_repository Organization
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $4) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:create_repository
--   $4 text Organization:
--   $5 text has_role
--   $6 text[] String:admin String:owner

-- authorize-set User create_repository Organization
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:create_repository
--   $4 text Organization:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text[] String:admin String:owner

-- authorize User manage Organization
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 arg 2
--   $5 text has_role
--   $6 text String:owner

-- list User manage Organization
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 text Organization:
--   $5 text has_role
--   $6 text String:owner

-- authorize-set User manage Organization
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:manage
--   $4 text Organization:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:owner

-- authorize User read Organization
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_role
--   $6 text[] String:member String:admin String:owner

-- list User read Organization
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $4) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Organization:
--   $5 text has_role
--   $6 text[] String:member String:admin String:owner

-- authorize-set User read Organization
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Organization:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text[] String:member String:admin String:owner

-- actions User Organization
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "k2"."c0" FROM "polar"."fact_3" AS "t1", (VALUES ($5, $6), ($7, $8), ($7, $6), ($9, $10), ($9, $8), ($9, $6)) AS "k2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND "k2"."c1" OPERATOR(pg_catalog.=) "t1"."a1") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:manage
--   $6 text String:owner
--   $7 text String:create_repository
--   $8 text String:admin
--   $9 text String:read
--   $10 text String:member

-- authorize with context User create_repository Organization
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $6 AND "t2"."a2" OPERATOR(pg_catalog.=) $8 AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($10))
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:create_repository
--   $8 arg 2
--   $9 text has_role
--   $10 text[] String:admin String:owner

-- query allow _ create_repository Organization
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "t1"."a0" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t1"."a0", $5) AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6)) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:create_repository
--   $3 arg 2
--   $4 text has_role
--   $5 text User:
--   $6 text[] String:admin String:owner

-- filter create_repository Organization
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Organization:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 14) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:create_repository'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Organization:'::pg_catalog.text)) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t2"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t2"."a1", 'String:'::pg_catalog.text) AND "polar"."has_type"("t2"."a2", 'Organization:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t1"."a2", 'Organization:'::pg_catalog.text) THEN pg_catalog.substr("t1"."a2", 14) END) FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t1"."a2", 'Organization:'::pg_catalog.text) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:admin'::pg_catalog.text, 'String:owner'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- authorize User merge PullRequest
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7)) AS "h2"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($10) UNION ALL SELECT FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) "h2"."j0" AND "t5"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t5"."a2", $12) AND "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($13)) AS "r7")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:repository
--   $7 text Repository:
--   $8 text String:push
--   $9 text has_role
--   $10 text[] String:writer String:admin
--   $11 text String:organization
--   $12 text Organization:
--   $13 text[] String:admin String:owner

-- list User merge PullRequest
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t6"."a0" FROM (SELECT DISTINCT "j0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $6) UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $6) AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($8) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t4"."a0", $6) AND "t4"."a1" OPERATOR(pg_catalog.=) $11 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($12)) AS "r5"("j0")) AS "r5", "polar"."fact_3" AS "t6" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $13 AND "t6"."a2" OPERATOR(pg_catalog.=) "r5"."j0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 text PullRequest:
--   $5 text String:push
--   $6 text Repository:
--   $7 text has_role
--   $8 text[] String:writer String:admin
--   $9 text Organization:
--   $10 text has_relation
--   $11 text String:organization
--   $12 text[] String:admin String:owner
--   $13 text String:repository

-- authorize-set User merge PullRequest
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t5"."a2", $8) AND "t6"."pred" OPERATOR(pg_catalog.=) $10 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($11) UNION ALL SELECT "t8"."a0" FROM "polar"."fact_3" AS "t8", "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", pg_catalog.unnest($5) AS "u11"("v") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t8"."a0", $4) AND "t8"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t8"."a2", $8) AND "t9"."pred" OPERATOR(pg_catalog.=) $10 AND "t9"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t9"."a2", $12) AND "t10"."pred" OPERATOR(pg_catalog.=) $6 AND "t10"."a0" OPERATOR(pg_catalog.=) "t8"."a2" AND "t10"."a1" OPERATOR(pg_catalog.=) $13 AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "u11"."v" OPERATOR(pg_catalog.=) "t8"."a0" AND "t9"."a1" OPERATOR(pg_catalog.=) ANY ($14)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:merge
--   $4 text PullRequest:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:repository
--   $8 text Repository:
--   $9 text String:push
--   $10 text has_role
--   $11 text[] String:writer String:admin
--   $12 text Organization:
--   $13 text String:organization
--   $14 text[] String:admin String:owner

-- authorize User read PullRequest
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $7)) AS "h2"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($9) UNION ALL SELECT FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) "h2"."j0" AND "t5"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t5"."a2", $11) AND "t6"."pred" OPERATOR(pg_catalog.=) $8 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($12)) AS "r7")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_relation
--   $6 text String:repository
--   $7 text Repository:
--   $8 text has_role
--   $9 text[] String:reader String:writer String:admin
--   $10 text String:organization
--   $11 text Organization:
--   $12 text[] String:admin String:owner String:member

-- list User read PullRequest
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t6"."a0" FROM (SELECT DISTINCT "j0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t1"."a2", $5) UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $5) AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $6 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t3"."a2", $8) AND "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t4"."a0", $5) AND "t4"."a1" OPERATOR(pg_catalog.=) $10 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($11)) AS "r5"("j0")) AS "r5", "polar"."fact_3" AS "t6" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $12 AND "t6"."a2" OPERATOR(pg_catalog.=) "r5"."j0") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text PullRequest:
--   $5 text Repository:
--   $6 text has_role
--   $7 text[] String:reader String:writer String:admin
--   $8 text Organization:
--   $9 text has_relation
--   $10 text String:organization
--   $11 text[] String:admin String:owner String:member
--   $12 text String:repository

-- authorize-set User read PullRequest
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3", pg_catalog.unnest($5) AS "u4"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t2"."a0", $4) AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t2"."a2", $8) AND "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $3 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "u4"."v" OPERATOR(pg_catalog.=) "t2"."a0" UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t5"."a2", $8) AND "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($10) UNION ALL SELECT "t8"."a0" FROM "polar"."fact_3" AS "t8", "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", pg_catalog.unnest($5) AS "u11"("v") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t8"."a0", $4) AND "t8"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t8"."a2", $8) AND "t9"."pred" OPERATOR(pg_catalog.=) $9 AND "t9"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t9"."a2", $11) AND "t10"."pred" OPERATOR(pg_catalog.=) $6 AND "t10"."a0" OPERATOR(pg_catalog.=) "t8"."a2" AND "t10"."a1" OPERATOR(pg_catalog.=) $12 AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "u11"."v" OPERATOR(pg_catalog.=) "t8"."a0" AND "t9"."a1" OPERATOR(pg_catalog.=) ANY ($13)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text PullRequest:
--   $5 arg-array 2
--   $6 text has_relation
--   $7 text String:repository
--   $8 text Repository:
--   $9 text has_role
--   $10 text[] String:reader String:writer String:admin
--   $11 text Organization:
--   $12 text String:organization
--   $13 text[] String:admin String:owner String:member

-- authorize User review PullRequest
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $7 AND "n2"."a0" OPERATOR(pg_catalog.=) $4 AND "n2"."a1" OPERATOR(pg_catalog.=) $6 AND "n2"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT 1 FROM (SELECT "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND "t3"."a0" OPERATOR(pg_catalog.=) $4 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a2", $9)) AS "h4"("j0"), LATERAL (SELECT FROM "polar"."fact_3" AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a1" OPERATOR(pg_catalog.=) $5 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n6" WHERE "n6"."pred" OPERATOR(pg_catalog.=) $7 AND "n6"."a0" OPERATOR(pg_catalog.=) $4 AND "n6"."a1" OPERATOR(pg_catalog.=) $6 AND "n6"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT FROM "polar"."fact_3" AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "t7"."a0" OPERATOR(pg_catalog.=) $2 AND "t7"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $7 AND "n8"."a0" OPERATOR(pg_catalog.=) $4 AND "n8"."a1" OPERATOR(pg_catalog.=) $6 AND "n8"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $7 AND "t9"."a0" OPERATOR(pg_catalog.=) "h4"."j0" AND "t9"."a1" OPERATOR(pg_catalog.=) $12 AND "polar"."has_type"("t9"."a2", $13) AND "t10"."pred" OPERATOR(pg_catalog.=) $10 AND "t10"."a0" OPERATOR(pg_catalog.=) $2 AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "t10"."a1" OPERATOR(pg_catalog.=) ANY ($14) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n11" WHERE "n11"."pred" OPERATOR(pg_catalog.=) $7 AND "n11"."a0" OPERATOR(pg_catalog.=) $4 AND "n11"."a1" OPERATOR(pg_catalog.=) $6 AND "n11"."a2" OPERATOR(pg_catalog.=) $2)) AS "r12")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 arg 2
--   $5 text String:read
--   $6 text String:author
--   $7 text has_relation
--   $8 text String:repository
--   $9 text Repository:
--   $10 text has_role
--   $11 text[] String:reader String:writer String:admin
--   $12 text String:organization
--   $13 text Organization:
--   $14 text[] String:admin String:owner String:member

-- list User review PullRequest
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $7 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) $6 AND "n2"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t3"."a2", $8) AND "t4"."pred" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $7 AND "n5"."a0" OPERATOR(pg_catalog.=) "t4"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) $6 AND "n5"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t7"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $10 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t6"."a2", $8) AND "t7"."pred" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $9 AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $7 AND "n8"."a0" OPERATOR(pg_catalog.=) "t7"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $6 AND "n8"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t10"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", "polar"."fact_3" AS "t11" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $10 AND "t9"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t9"."a2", $12) AND "t10"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t10"."a0", $4) AND "t10"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t10"."a2", $8) AND "t11"."pred" OPERATOR(pg_catalog.=) $7 AND "t11"."a0" OPERATOR(pg_catalog.=) "t10"."a2" AND "t11"."a1" OPERATOR(pg_catalog.=) $13 AND "t11"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "t9"."a1" OPERATOR(pg_catalog.=) ANY ($14) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n12" WHERE "n12"."pred" OPERATOR(pg_catalog.=) $7 AND "n12"."a0" OPERATOR(pg_catalog.=) "t10"."a0" AND "n12"."a1" OPERATOR(pg_catalog.=) $6 AND "n12"."a2" OPERATOR(pg_catalog.=) $2)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 text PullRequest:
--   $5 text String:read
--   $6 text String:author
--   $7 text has_relation
--   $8 text Repository:
--   $9 text String:repository
--   $10 text has_role
--   $11 text[] String:reader String:writer String:admin
--   $12 text Organization:
--   $13 text String:organization
--   $14 text[] String:admin String:owner String:member

-- authorize-set User review PullRequest
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $8 AND "n4"."a0" OPERATOR(pg_catalog.=) "t2"."a2" AND "n4"."a1" OPERATOR(pg_catalog.=) $7 AND "n4"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t5"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6", pg_catalog.unnest($5) AS "u7"("v") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t5"."a0", $4) AND "t5"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t5"."a2", $10) AND "t6"."pred" OPERATOR(pg_catalog.=) $1 AND "t6"."a0" OPERATOR(pg_catalog.=) $2 AND "t6"."a1" OPERATOR(pg_catalog.=) $6 AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "u7"."v" OPERATOR(pg_catalog.=) "t5"."a0" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $8 AND "n8"."a0" OPERATOR(pg_catalog.=) "t5"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $7 AND "n8"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", pg_catalog.unnest($5) AS "u11"("v") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t9"."a2", $10) AND "t10"."pred" OPERATOR(pg_catalog.=) $11 AND "t10"."a0" OPERATOR(pg_catalog.=) $2 AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "u11"."v" OPERATOR(pg_catalog.=) "t9"."a0" AND "t10"."a1" OPERATOR(pg_catalog.=) ANY ($12) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n12" WHERE "n12"."pred" OPERATOR(pg_catalog.=) $8 AND "n12"."a0" OPERATOR(pg_catalog.=) "t9"."a0" AND "n12"."a1" OPERATOR(pg_catalog.=) $7 AND "n12"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "t13"."a0" FROM "polar"."fact_3" AS "t13", "polar"."fact_3" AS "t14", "polar"."fact_3" AS "t15", pg_catalog.unnest($5) AS "u16"("v") WHERE "t13"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t13"."a0", $4) AND "t13"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t13"."a2", $10) AND "t14"."pred" OPERATOR(pg_catalog.=) $11 AND "t14"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t14"."a2", $13) AND "t15"."pred" OPERATOR(pg_catalog.=) $8 AND "t15"."a0" OPERATOR(pg_catalog.=) "t13"."a2" AND "t15"."a1" OPERATOR(pg_catalog.=) $14 AND "t15"."a2" OPERATOR(pg_catalog.=) "t14"."a2" AND "u16"."v" OPERATOR(pg_catalog.=) "t13"."a0" AND "t14"."a1" OPERATOR(pg_catalog.=) ANY ($15) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n17" WHERE "n17"."pred" OPERATOR(pg_catalog.=) $8 AND "n17"."a0" OPERATOR(pg_catalog.=) "t13"."a0" AND "n17"."a1" OPERATOR(pg_catalog.=) $7 AND "n17"."a2" OPERATOR(pg_catalog.=) $2)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:review
--   $4 text PullRequest:
--   $5 arg-array 2
--   $6 text String:read
--   $7 text String:author
--   $8 text has_relation
--   $9 text String:repository
--   $10 text Repository:
--   $11 text has_role
--   $12 text[] String:reader String:writer String:admin
--   $13 text Organization:
--   $14 text String:organization
--   $15 text[] String:admin String:owner String:member

-- actions User PullRequest
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $7 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $6 AND "n2"."a0" OPERATOR(pg_catalog.=) $3 AND "n2"."a1" OPERATOR(pg_catalog.=) $5 AND "n2"."a2" OPERATOR(pg_catalog.=) $2) UNION ALL SELECT "r15"."o0" FROM (SELECT "t3"."a2" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $6 AND "t3"."a0" OPERATOR(pg_catalog.=) $3 AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a2", $9)) AS "h4"("j0"), LATERAL (SELECT "k6"."c0" FROM "polar"."fact_3" AS "t5", (VALUES ($7, $4, $10), ($11, $12, $13), ($4, $4, $13)) AS "k6"("c0", "c1", "c2") WHERE "t5"."pred" OPERATOR(pg_catalog.=) $1 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "k6"."c1" OPERATOR(pg_catalog.=) "t5"."a1" AND ("k6"."c2" OPERATOR(pg_catalog.<>) $10 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n7" WHERE "n7"."pred" OPERATOR(pg_catalog.=) $6 AND "n7"."a0" OPERATOR(pg_catalog.=) $3 AND "n7"."a1" OPERATOR(pg_catalog.=) $5 AND "n7"."a2" OPERATOR(pg_catalog.=) $2)) UNION ALL SELECT "k9"."c0" FROM "polar"."fact_3" AS "t8", (VALUES ($7, $15, $10), ($7, $16, $10), ($7, $17, $10), ($11, $16, $13), ($11, $17, $13), ($4, $15, $13), ($4, $16, $13), ($4, $17, $13)) AS "k9"("c0", "c1", "c2") WHERE "t8"."pred" OPERATOR(pg_catalog.=) $14 AND "t8"."a0" OPERATOR(pg_catalog.=) $2 AND "t8"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "k9"."c1" OPERATOR(pg_catalog.=) "t8"."a1" AND ("k9"."c2" OPERATOR(pg_catalog.<>) $10 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n10" WHERE "n10"."pred" OPERATOR(pg_catalog.=) $6 AND "n10"."a0" OPERATOR(pg_catalog.=) $3 AND "n10"."a1" OPERATOR(pg_catalog.=) $5 AND "n10"."a2" OPERATOR(pg_catalog.=) $2)) UNION ALL SELECT "k13"."c0" FROM "polar"."fact_3" AS "t11", "polar"."fact_3" AS "t12", (VALUES ($7, $17, $10), ($7, $20, $10), ($7, $21, $10), ($11, $17, $13), ($11, $20, $13), ($4, $17, $13), ($4, $20, $13), ($4, $21, $13)) AS "k13"("c0", "c1", "c2") WHERE "t11"."pred" OPERATOR(pg_catalog.=) $6 AND "t11"."a0" OPERATOR(pg_catalog.=) "h4"."j0" AND "t11"."a1" OPERATOR(pg_catalog.=) $18 AND "polar"."has_type"("t11"."a2", $19) AND "t12"."pred" OPERATOR(pg_catalog.=) $14 AND "t12"."a0" OPERATOR(pg_catalog.=) $2 AND "t12"."a2" OPERATOR(pg_catalog.=) "t11"."a2" AND "k13"."c1" OPERATOR(pg_catalog.=) "t12"."a1" AND ("k13"."c2" OPERATOR(pg_catalog.<>) $10 OR NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n14" WHERE "n14"."pred" OPERATOR(pg_catalog.=) $6 AND "n14"."a0" OPERATOR(pg_catalog.=) $3 AND "n14"."a1" OPERATOR(pg_catalog.=) $5 AND "n14"."a2" OPERATOR(pg_catalog.=) $2))) AS "r15"("o0")) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text String:read
--   $5 text String:author
--   $6 text has_relation
--   $7 text String:review
--   $8 text String:repository
--   $9 text Repository:
--   $10 text Boolean:true
--   $11 text String:merge
--   $12 text String:push
--   $13 text Boolean:false
--   $14 text has_role
--   $15 text String:reader
--   $16 text String:writer
--   $17 text String:admin
--   $18 text String:organization
--   $19 text Organization:
--   $20 text String:owner
--   $21 text String:member

-- authorize with context User merge PullRequest
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "t2"."a2" FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $8 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t2"."a2", $11)) AS "h4"("j0"), LATERAL (SELECT FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx6"("pred", "a0", "a1", "a2")) AS "t5" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $5 AND "t5"."a0" OPERATOR(pg_catalog.=) $6 AND "t5"."a1" OPERATOR(pg_catalog.=) $12 AND "t5"."a2" OPERATOR(pg_catalog.=) "h4"."j0" UNION ALL SELECT FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx8"("pred", "a0", "a1", "a2")) AS "t7" WHERE "t7"."pred" OPERATOR(pg_catalog.=) $13 AND "t7"."a0" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) "h4"."j0" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($14) UNION ALL SELECT FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx10"("pred", "a0", "a1", "a2")) AS "t9", (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx12"("pred", "a0", "a1", "a2")) AS "t11" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $9 AND "t9"."a0" OPERATOR(pg_catalog.=) "h4"."j0" AND "t9"."a1" OPERATOR(pg_catalog.=) $15 AND "polar"."has_type"("t9"."a2", $16) AND "t11"."pred" OPERATOR(pg_catalog.=) $13 AND "t11"."a0" OPERATOR(pg_catalog.=) $6 AND "t11"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "t11"."a1" OPERATOR(pg_catalog.=) ANY ($17)) AS "r13")
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:merge
--   $8 arg 2
--   $9 text has_relation
--   $10 text String:repository
--   $11 text Repository:
--   $12 text String:push
--   $13 text has_role
--   $14 text[] String:writer String:admin
--   $15 text String:organization
--   $16 text Organization:
--   $17 text[] String:admin String:owner

-- query allow _ merge PullRequest
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "r7"."o0" FROM (SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $3 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t1"."a2", $6)) AS "h2"("j0"), LATERAL (SELECT "t3"."a0" FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t3"."a0", $7) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND "t3"."a2" OPERATOR(pg_catalog.=) "h2"."j0" UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t4"."a0", $7) AND "t4"."a2" OPERATOR(pg_catalog.=) "h2"."j0" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY ($10) UNION ALL SELECT "t6"."a0" FROM "polar"."fact_3" AS "t5", "polar"."fact_3" AS "t6" WHERE "t5"."pred" OPERATOR(pg_catalog.=) $4 AND "t5"."a0" OPERATOR(pg_catalog.=) "h2"."j0" AND "t5"."a1" OPERATOR(pg_catalog.=) $11 AND "polar"."has_type"("t5"."a2", $12) AND "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "polar"."has_type"("t6"."a0", $7) AND "t6"."a2" OPERATOR(pg_catalog.=) "t5"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($13)) AS "r7"("o0")) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:merge
--   $3 arg 2
--   $4 text has_relation
--   $5 text String:repository
--   $6 text Repository:
--   $7 text User:
--   $8 text String:push
--   $9 text has_role
--   $10 text[] String:writer String:admin
--   $11 text String:organization
--   $12 text Organization:
--   $13 text[] String:admin String:owner

-- filter merge PullRequest
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'PullRequest:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 13) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:merge'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'PullRequest:'::pg_catalog.text)) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t3" WHERE "t3"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t3"."a0", 'PullRequest:'::pg_catalog.text) AND "t3"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND pg_catalog.starts_with("t3"."a2", 'Repository:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t2"."a0", 'PullRequest:'::pg_catalog.text) THEN pg_catalog.substr("t2"."a0", 13) END) FROM "polar"."fact_3" AS "t1", "polar"."fact_3" AS "t2" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:push'::pg_catalog.text AND "polar"."has_type"("t1"."a2", 'Repository:'::pg_catalog.text) AND "t2"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t2"."a0", 'PullRequest:'::pg_catalog.text) AND "t2"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND "t2"."a2" OPERATOR(pg_catalog.=) "t1"."a2" AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "t6"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t6"."a0", 'PullRequest:'::pg_catalog.text) AND "t6"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND pg_catalog.starts_with("t6"."a2", 'Repository:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t5"."a0", 'PullRequest:'::pg_catalog.text) THEN pg_catalog.substr("t5"."a0", 13) END) FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5" WHERE "t4"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t4"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t4"."a2", 'Repository:'::pg_catalog.text) AND "t5"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t5"."a0", 'PullRequest:'::pg_catalog.text) AND "t5"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "t4"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:writer'::pg_catalog.text, 'String:admin'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t10" WHERE "t10"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t10"."a0", 'PullRequest:'::pg_catalog.text) AND "t10"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND pg_catalog.starts_with("t10"."a2", 'Repository:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t8"."a0", 'PullRequest:'::pg_catalog.text) THEN pg_catalog.substr("t8"."a0", 13) END) FROM "polar"."fact_3" AS "t7", "polar"."fact_3" AS "t8", "polar"."fact_3" AS "t9" WHERE "t7"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t7"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t7"."a2", 'Organization:'::pg_catalog.text) AND "t8"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t8"."a0", 'PullRequest:'::pg_catalog.text) AND "t8"."a1" OPERATOR(pg_catalog.=) 'String:repository'::pg_catalog.text AND pg_catalog.starts_with("t8"."a2", 'Repository:'::pg_catalog.text) AND "t9"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "t9"."a0" OPERATOR(pg_catalog.=) "t8"."a2" AND "t9"."a1" OPERATOR(pg_catalog.=) 'String:organization'::pg_catalog.text AND "t9"."a2" OPERATOR(pg_catalog.=) "t7"."a2" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:admin'::pg_catalog.text, 'String:owner'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- authorize User delete Repository
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $4 AND "t2"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t2"."a2", $9) AND "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($10))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 arg 2
--   $5 text has_role
--   $6 text String:admin
--   $7 text has_relation
--   $8 text String:organization
--   $9 text Organization:
--   $10 text[] String:admin String:owner

-- list User delete Repository
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $4) UNION ALL SELECT "t3"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $7) AND "t3"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Repository:
--   $5 text has_role
--   $6 text String:admin
--   $7 text Organization:
--   $8 text has_relation
--   $9 text String:organization
--   $10 text[] String:admin String:owner

-- authorize-set User delete Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", pg_catalog.unnest($5) AS "u6"("v") WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t4"."a2", $10) AND "t5"."pred" OPERATOR(pg_catalog.=) $6 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "u6"."v" OPERATOR(pg_catalog.=) "t4"."a0" AND "t5"."a1" OPERATOR(pg_catalog.=) ANY ($11)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:delete
--   $4 text Repository:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:admin
--   $8 text has_relation
--   $9 text String:organization
--   $10 text Organization:
--   $11 text[] String:admin String:owner

-- authorize User push Repository
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6) UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $4 AND "t2"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t2"."a2", $9) AND "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($10))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 arg 2
--   $5 text has_role
--   $6 text[] String:writer String:admin
--   $7 text has_relation
--   $8 text String:organization
--   $9 text Organization:
--   $10 text[] String:admin String:owner

-- list User push Repository
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $4) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6) UNION ALL SELECT "t3"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $7) AND "t3"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 text Repository:
--   $5 text has_role
--   $6 text[] String:writer String:admin
--   $7 text Organization:
--   $8 text has_relation
--   $9 text String:organization
--   $10 text[] String:admin String:owner

-- authorize-set User push Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", pg_catalog.unnest($5) AS "u6"("v") WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t4"."a2", $10) AND "t5"."pred" OPERATOR(pg_catalog.=) $6 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "u6"."v" OPERATOR(pg_catalog.=) "t4"."a0" AND "t5"."a1" OPERATOR(pg_catalog.=) ANY ($11)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:push
--   $4 text Repository:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text[] String:writer String:admin
--   $8 text has_relation
--   $9 text String:organization
--   $10 text Organization:
--   $11 text[] String:admin String:owner

-- authorize User read Repository
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $4 AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6) UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $4 AND "t2"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t2"."a2", $9) AND "t3"."pred" OPERATOR(pg_catalog.=) $5 AND "t3"."a0" OPERATOR(pg_catalog.=) $2 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($10))
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 arg 2
--   $5 text has_role
--   $6 text[] String:reader String:writer String:admin
--   $7 text has_relation
--   $8 text String:organization
--   $9 text Organization:
--   $10 text[] String:admin String:owner String:member

-- list User read Repository
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t1"."a2", $4) AND "t1"."a1" OPERATOR(pg_catalog.=) ANY ($6) UNION ALL SELECT "t3"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $5 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $7) AND "t3"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $9 AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Repository:
--   $5 text has_role
--   $6 text[] String:reader String:writer String:admin
--   $7 text Organization:
--   $8 text has_relation
--   $9 text String:organization
--   $10 text[] String:admin String:owner String:member

-- authorize-set User read Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY ($7) UNION ALL SELECT "t4"."a0" FROM "polar"."fact_3" AS "t4", "polar"."fact_3" AS "t5", pg_catalog.unnest($5) AS "u6"("v") WHERE "t4"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t4"."a0", $4) AND "t4"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t4"."a2", $10) AND "t5"."pred" OPERATOR(pg_catalog.=) $6 AND "t5"."a0" OPERATOR(pg_catalog.=) $2 AND "t5"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "u6"."v" OPERATOR(pg_catalog.=) "t4"."a0" AND "t5"."a1" OPERATOR(pg_catalog.=) ANY ($11)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:read
--   $4 text Repository:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text[] String:reader String:writer String:admin
--   $8 text has_relation
--   $9 text String:organization
--   $10 text Organization:
--   $11 text[] String:admin String:owner String:member

-- actions User Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "k2"."c0" FROM "polar"."fact_3" AS "t1", (VALUES ($5, $6), ($7, $8), ($7, $6), ($9, $10), ($9, $8), ($9, $6)) AS "k2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 AND "k2"."c1" OPERATOR(pg_catalog.=) "t1"."a1" UNION ALL SELECT "k5"."c0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", (VALUES ($5, $6), ($5, $14), ($7, $6), ($7, $14), ($9, $6), ($9, $14), ($9, $15)) AS "k5"("c0", "c1") WHERE "t3"."pred" OPERATOR(pg_catalog.=) $11 AND "t3"."a0" OPERATOR(pg_catalog.=) $3 AND "t3"."a1" OPERATOR(pg_catalog.=) $12 AND "polar"."has_type"("t3"."a2", $13) AND "t4"."pred" OPERATOR(pg_catalog.=) $4 AND "t4"."a0" OPERATOR(pg_catalog.=) $2 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "k5"."c1" OPERATOR(pg_catalog.=) "t4"."a1") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:delete
--   $6 text String:admin
--   $7 text String:push
--   $8 text String:writer
--   $9 text String:read
--   $10 text String:reader
--   $11 text has_relation
--   $12 text String:organization
--   $13 text Organization:
--   $14 text String:owner
--   $15 text String:member

-- authorize with context User delete Repository
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $6 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "t2"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx5"("pred", "a0", "a1", "a2")) AS "t4", (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx7"("pred", "a0", "a1", "a2")) AS "t6" WHERE "t4"."pred" OPERATOR(pg_catalog.=) $11 AND "t4"."a0" OPERATOR(pg_catalog.=) $8 AND "t4"."a1" OPERATOR(pg_catalog.=) $12 AND "polar"."has_type"("t4"."a2", $13) AND "t6"."pred" OPERATOR(pg_catalog.=) $9 AND "t6"."a0" OPERATOR(pg_catalog.=) $6 AND "t6"."a2" OPERATOR(pg_catalog.=) "t4"."a2" AND "t6"."a1" OPERATOR(pg_catalog.=) ANY ($14))
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:delete
--   $8 arg 2
--   $9 text has_role
--   $10 text String:admin
--   $11 text has_relation
--   $12 text String:organization
--   $13 text Organization:
--   $14 text[] String:admin String:owner

-- query allow _ delete Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "t1"."a0" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t1"."a0", $5) AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "t3"."a0" FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $7 AND "t2"."a0" OPERATOR(pg_catalog.=) $3 AND "t2"."a1" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t2"."a2", $9) AND "t3"."pred" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t3"."a0", $5) AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t3"."a1" OPERATOR(pg_catalog.=) ANY ($10)) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:delete
--   $3 arg 2
--   $4 text has_role
--   $5 text User:
--   $6 text String:admin
--   $7 text has_relation
--   $8 text String:organization
--   $9 text Organization:
--   $10 text[] String:admin String:owner

-- filter delete Repository
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repository:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 12) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:delete'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Repository:'::pg_catalog.text) UNION ALL SELECT (CASE WHEN pg_catalog.starts_with("t1"."a2", 'Repository:'::pg_catalog.text) THEN pg_catalog.substr("t1"."a2", 12) END) FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:admin'::pg_catalog.text AND "polar"."has_type"("t1"."a2", 'Repository:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t4" WHERE "t4"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND pg_catalog.starts_with("t4"."a0", 'Repository:'::pg_catalog.text) AND "t4"."a1" OPERATOR(pg_catalog.=) 'String:organization'::pg_catalog.text AND pg_catalog.starts_with("t4"."a2", 'Organization:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t3"."a0", 'Repository:'::pg_catalog.text) THEN pg_catalog.substr("t3"."a0", 12) END) FROM "polar"."fact_3" AS "t2", "polar"."fact_3" AS "t3" WHERE "t2"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t2"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "polar"."has_type"("t2"."a2", 'Organization:'::pg_catalog.text) AND "t3"."pred" OPERATOR(pg_catalog.=) 'has_relation'::pg_catalog.text AND "polar"."has_type"("t3"."a0", 'Repository:'::pg_catalog.text) AND "t3"."a1" OPERATOR(pg_catalog.=) 'String:organization'::pg_catalog.text AND "t3"."a2" OPERATOR(pg_catalog.=) "t2"."a2" AND "t2"."a1" OPERATOR(pg_catalog.=) ANY (CAST(ARRAY['String:admin'::pg_catalog.text, 'String:owner'::pg_catalog.text] AS pg_catalog.text[])) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", "k2"."c0", "t1"."a2" FROM "polar"."fact_3" AS "t1", (VALUES ($4, $5), ($4, $6), ($5, $6)) AS "k2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND pg_catalog.starts_with("t1"."a2", $3) AND "k2"."c1" OPERATOR(pg_catalog.=) "t1"."a1" UNION ALL SELECT "t4"."a0", "k5"."c0", "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4", (VALUES ($4, $6), ($4, $10), ($5, $6), ($5, $10), ($6, $6), ($6, $10), ($4, $11)) AS "k5"("c0", "c1") WHERE "t3"."pred" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t3"."a0", $3) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t4"."a0", $2) AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND "k5"."c1" OPERATOR(pg_catalog.=) "t4"."a1" UNION ALL SELECT "t6"."a0", "k7"."c0", "t6"."a2" FROM "polar"."fact_3" AS "t6", (VALUES ($11, $6), ($11, $10), ($6, $10)) AS "k7"("c0", "c1") WHERE "t6"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t6"."a0", $2) AND pg_catalog.starts_with("t6"."a2", $9) AND "k7"."c1" OPERATOR(pg_catalog.=) "t6"."a1") AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text User:
--   $3 text Repository:
--   $4 text String:reader
--   $5 text String:writer
--   $6 text String:admin
--   $7 text has_relation
--   $8 text String:organization
--   $9 text Organization:
--   $10 text String:owner
--   $11 text String:member

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $7, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $6 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) $5 AND "n2"."a2" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t4"."a0", $7, "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t4"."a0", $2) AND "t4"."a1" OPERATOR(pg_catalog.=) $3 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $6 AND "n5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) $5 AND "n5"."a2" OPERATOR(pg_catalog.=) "t4"."a0") UNION ALL SELECT "t7"."a0", $7, "t6"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t6"."a2", $9) AND "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t7"."a0", $2) AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $6 AND "n8"."a0" OPERATOR(pg_catalog.=) "t6"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $5 AND "n8"."a2" OPERATOR(pg_catalog.=) "t7"."a0") UNION ALL SELECT "t10"."a0", "k11"."c0", "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", (VALUES ($12, $13), ($3, $3)) AS "k11"("c0", "c1") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a2", $9) AND "t10"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t10"."a0", $2) AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "k11"."c1" OPERATOR(pg_catalog.=) "t10"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", "t12"."a0" FROM "polar"."fact_3" AS "t12", "polar"."fact_3" AS "t13", (VALUES ($12, $14), ($12, $15), ($3, $16), ($3, $14), ($3, $15)) AS "k14"("c0", "c1") WHERE "t12"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t12"."a2", $9) AND "t13"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t13"."a0", $2) AND "t13"."a2" OPERATOR(pg_catalog.=) "t12"."a2" AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1" UNION ALL SELECT "t15"."a0", "k16"."c0", "t15"."a2" FROM "polar"."fact_3" AS "t15", (VALUES ($17, $15), ($13, $14), ($13, $15), ($3, $16), ($3, $14), ($3, $15)) AS "k16"("c0", "c1") WHERE "t15"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t15"."a0", $2) AND pg_catalog.starts_with("t15"."a2", $9) AND "k16"."c1" OPERATOR(pg_catalog.=) "t15"."a1" UNION ALL SELECT "t18"."a0", "k19"."c0", "t17"."a0" FROM "polar"."fact_3" AS "t17", "polar"."fact_3" AS "t18", (VALUES ($17, $15), ($17, $20), ($13, $15), ($13, $20), ($3, $15), ($3, $20), ($3, $21)) AS "k19"("c0", "c1") WHERE "t17"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t17"."a0", $9) AND "t17"."a1" OPERATOR(pg_catalog.=) $18 AND pg_catalog.starts_with("t17"."a2", $19) AND "t18"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t18"."a0", $2) AND "t18"."a2" OPERATOR(pg_catalog.=) "t17"."a2" AND "k19"."c1" OPERATOR(pg_catalog.=) "t18"."a1" UNION ALL SELECT "t20"."a0", "k21"."c0", "t20"."a2" FROM "polar"."fact_3" AS "t20", (VALUES ($22, $20), ($23, $15), ($23, $20), ($3, $21), ($3, $15), ($3, $20)) AS "k21"("c0", "c1") WHERE "t20"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t20"."a0", $2) AND pg_catalog.starts_with("t20"."a2", $19) AND "k21"."c1" OPERATOR(pg_catalog.=) "t20"."a1" UNION ALL SELECT "r30"."o0", "r30"."o1", "r30"."o2" FROM (SELECT "t22"."a0", "t22"."a2" FROM "polar"."fact_3" AS "t22" WHERE "t22"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t22"."a0", $9) AND "t22"."a1" OPERATOR(pg_catalog.=) $18 AND pg_catalog.starts_with("t22"."a2", $19)) AS "h23"("j0", "j1"), LATERAL (SELECT "t25"."a0", $7, "t24"."a0" FROM "polar"."fact_3" AS "t24", "polar"."fact_3" AS "t25" WHERE "t24"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t24"."a0", $4) AND "t24"."a1" OPERATOR(pg_catalog.=) $8 AND "t24"."a2" OPERATOR(pg_catalog.=) "h23"."j0" AND "t25"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t25"."a0", $2) AND "t25"."a2" OPERATOR(pg_catalog.=) "h23"."j1" AND "t25"."a1" OPERATOR(pg_catalog.=) ANY ($24) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n26" WHERE "n26"."pred" OPERATOR(pg_catalog.=) $6 AND "n26"."a0" OPERATOR(pg_catalog.=) "t24"."a0" AND "n26"."a1" OPERATOR(pg_catalog.=) $5 AND "n26"."a2" OPERATOR(pg_catalog.=) "t25"."a0") UNION ALL SELECT "t28"."a0", "k29"."c0", "t27"."a0" FROM "polar"."fact_3" AS "t27", "polar"."fact_3" AS "t28", (VALUES ($12, $15), ($12, $20), ($3, $15), ($3, $20), ($3, $21)) AS "k29"("c0", "c1") WHERE "t27"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t27"."a0", $4) AND "t27"."a1" OPERATOR(pg_catalog.=) $8 AND "t27"."a2" OPERATOR(pg_catalog.=) "h23"."j0" AND "t28"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t28"."a0", $2) AND "t28"."a2" OPERATOR(pg_catalog.=) "h23"."j1" AND "k29"."c1" OPERATOR(pg_catalog.=) "t28"."a1") AS "r30"("o0", "o1", "o2")) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text PullRequest:
--   $5 text String:author
--   $6 text has_relation
--   $7 text String:review
--   $8 text String:repository
--   $9 text Repository:
--   $10 text has_role
--   $11 text[] String:reader String:writer String:admin
--   $12 text String:merge
--   $13 text String:push
--   $14 text String:writer
--   $15 text String:admin
--   $16 text String:reader
--   $17 text String:delete
--   $18 text String:organization
--   $19 text Organization:
--   $20 text String:owner
--   $21 text String:member
--   $22 text String:manage
--   $23 text String:create_repository
--   $24 text[] String:admin String:owner String:member

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "t1"."a0", $7, "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t1"."a2", $4) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n2" WHERE "n2"."pred" OPERATOR(pg_catalog.=) $6 AND "n2"."a0" OPERATOR(pg_catalog.=) "t1"."a2" AND "n2"."a1" OPERATOR(pg_catalog.=) $5 AND "n2"."a2" OPERATOR(pg_catalog.=) "t1"."a0") UNION ALL SELECT "t4"."a0", $7, "t3"."a0" FROM "polar"."fact_3" AS "t3", "polar"."fact_3" AS "t4" WHERE "t3"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t3"."a0", $4) AND "t3"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t3"."a2", $9) AND "t4"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t4"."a0", $2) AND "t4"."a1" OPERATOR(pg_catalog.=) $3 AND "t4"."a2" OPERATOR(pg_catalog.=) "t3"."a2" AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n5" WHERE "n5"."pred" OPERATOR(pg_catalog.=) $6 AND "n5"."a0" OPERATOR(pg_catalog.=) "t3"."a0" AND "n5"."a1" OPERATOR(pg_catalog.=) $5 AND "n5"."a2" OPERATOR(pg_catalog.=) "t4"."a0") UNION ALL SELECT "t7"."a0", $7, "t6"."a0" FROM "polar"."fact_3" AS "t6", "polar"."fact_3" AS "t7" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t6"."a2", $9) AND "t7"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t7"."a0", $2) AND "t7"."a2" OPERATOR(pg_catalog.=) "t6"."a2" AND "t7"."a1" OPERATOR(pg_catalog.=) ANY ($11) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n8" WHERE "n8"."pred" OPERATOR(pg_catalog.=) $6 AND "n8"."a0" OPERATOR(pg_catalog.=) "t6"."a0" AND "n8"."a1" OPERATOR(pg_catalog.=) $5 AND "n8"."a2" OPERATOR(pg_catalog.=) "t7"."a0") UNION ALL SELECT "t10"."a0", "k11"."c0", "t9"."a0" FROM "polar"."fact_3" AS "t9", "polar"."fact_3" AS "t10", (VALUES ($12, $13), ($3, $3)) AS "k11"("c0", "c1") WHERE "t9"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t9"."a0", $4) AND "t9"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t9"."a2", $9) AND "t10"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t10"."a0", $2) AND "t10"."a2" OPERATOR(pg_catalog.=) "t9"."a2" AND "k11"."c1" OPERATOR(pg_catalog.=) "t10"."a1" UNION ALL SELECT "t13"."a0", "k14"."c0", "t12"."a0" FROM "polar"."fact_3" AS "t12", "polar"."fact_3" AS "t13", (VALUES ($12, $14), ($12, $15), ($3, $16), ($3, $14), ($3, $15)) AS "k14"("c0", "c1") WHERE "t12"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t12"."a0", $4) AND "t12"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t12"."a2", $9) AND "t13"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t13"."a0", $2) AND "t13"."a2" OPERATOR(pg_catalog.=) "t12"."a2" AND "k14"."c1" OPERATOR(pg_catalog.=) "t13"."a1" UNION ALL SELECT "t15"."a0", "k16"."c0", "t15"."a2" FROM "polar"."fact_3" AS "t15", (VALUES ($17, $15), ($13, $14), ($13, $15), ($3, $16), ($3, $14), ($3, $15)) AS "k16"("c0", "c1") WHERE "t15"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t15"."a0", $2) AND pg_catalog.starts_with("t15"."a2", $9) AND "k16"."c1" OPERATOR(pg_catalog.=) "t15"."a1" UNION ALL SELECT "t18"."a0", "k19"."c0", "t17"."a0" FROM "polar"."fact_3" AS "t17", "polar"."fact_3" AS "t18", (VALUES ($17, $15), ($17, $20), ($13, $15), ($13, $20), ($3, $15), ($3, $20), ($3, $21)) AS "k19"("c0", "c1") WHERE "t17"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t17"."a0", $9) AND "t17"."a1" OPERATOR(pg_catalog.=) $18 AND pg_catalog.starts_with("t17"."a2", $19) AND "t18"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t18"."a0", $2) AND "t18"."a2" OPERATOR(pg_catalog.=) "t17"."a2" AND "k19"."c1" OPERATOR(pg_catalog.=) "t18"."a1" UNION ALL SELECT "t20"."a0", "k21"."c0", "t20"."a2" FROM "polar"."fact_3" AS "t20", (VALUES ($22, $20), ($23, $15), ($23, $20), ($3, $21), ($3, $15), ($3, $20)) AS "k21"("c0", "c1") WHERE "t20"."pred" OPERATOR(pg_catalog.=) $10 AND pg_catalog.starts_with("t20"."a0", $2) AND pg_catalog.starts_with("t20"."a2", $19) AND "k21"."c1" OPERATOR(pg_catalog.=) "t20"."a1" UNION ALL SELECT "r30"."o0", "r30"."o1", "r30"."o2" FROM (SELECT "t22"."a0", "t22"."a2" FROM "polar"."fact_3" AS "t22" WHERE "t22"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t22"."a0", $9) AND "t22"."a1" OPERATOR(pg_catalog.=) $18 AND pg_catalog.starts_with("t22"."a2", $19)) AS "h23"("j0", "j1"), LATERAL (SELECT "t25"."a0", $7, "t24"."a0" FROM "polar"."fact_3" AS "t24", "polar"."fact_3" AS "t25" WHERE "t24"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t24"."a0", $4) AND "t24"."a1" OPERATOR(pg_catalog.=) $8 AND "t24"."a2" OPERATOR(pg_catalog.=) "h23"."j0" AND "t25"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t25"."a0", $2) AND "t25"."a2" OPERATOR(pg_catalog.=) "h23"."j1" AND "t25"."a1" OPERATOR(pg_catalog.=) ANY ($24) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "n26" WHERE "n26"."pred" OPERATOR(pg_catalog.=) $6 AND "n26"."a0" OPERATOR(pg_catalog.=) "t24"."a0" AND "n26"."a1" OPERATOR(pg_catalog.=) $5 AND "n26"."a2" OPERATOR(pg_catalog.=) "t25"."a0") UNION ALL SELECT "t28"."a0", "k29"."c0", "t27"."a0" FROM "polar"."fact_3" AS "t27", "polar"."fact_3" AS "t28", (VALUES ($12, $15), ($12, $20), ($3, $15), ($3, $20), ($3, $21)) AS "k29"("c0", "c1") WHERE "t27"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t27"."a0", $4) AND "t27"."a1" OPERATOR(pg_catalog.=) $8 AND "t27"."a2" OPERATOR(pg_catalog.=) "h23"."j0" AND "t28"."pred" OPERATOR(pg_catalog.=) $10 AND "polar"."has_type"("t28"."a0", $2) AND "t28"."a2" OPERATOR(pg_catalog.=) "h23"."j1" AND "k29"."c1" OPERATOR(pg_catalog.=) "t28"."a1") AS "r30"("o0", "o1", "o2")) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text User:
--   $3 text String:read
--   $4 text PullRequest:
--   $5 text String:author
--   $6 text has_relation
--   $7 text String:review
--   $8 text String:repository
--   $9 text Repository:
--   $10 text has_role
--   $11 text[] String:reader String:writer String:admin
--   $12 text String:merge
--   $13 text String:push
--   $14 text String:writer
--   $15 text String:admin
--   $16 text String:reader
--   $17 text String:delete
--   $18 text String:organization
--   $19 text Organization:
--   $20 text String:owner
--   $21 text String:member
--   $22 text String:manage
--   $23 text String:create_repository
--   $24 text[] String:admin String:owner String:member

