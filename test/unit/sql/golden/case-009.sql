-- authorize Group comment Folder
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "t1"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 arg 2
--   $5 text has_role
--   $6 text String:member

-- list Group comment Folder
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) UNION ALL SELECT "t1"."a2" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $5 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t1"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Folder:
--   $5 text has_role
--   $6 text String:member

-- authorize-set Group comment Folder
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" UNION ALL SELECT "t2"."a2" FROM "polar"."fact_3" AS "t2", pg_catalog.unnest($5) AS "u3"("v") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $6 AND "t2"."a0" OPERATOR(pg_catalog.=) $2 AND "t2"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t2"."a2", $4) AND "u3"."v" OPERATOR(pg_catalog.=) "t2"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Folder:
--   $5 arg-array 2
--   $6 text has_role
--   $7 text String:member

-- authorize Group write Folder
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 arg 2

-- list Group write Folder
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Folder:

-- authorize-set Group write Folder
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:write
--   $4 text Folder:
--   $5 arg-array 2

-- actions Group Folder
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $6 FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND "t1"."a0" OPERATOR(pg_catalog.=) $2 AND "t1"."a1" OPERATOR(pg_catalog.=) $5 AND "t1"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:member
--   $6 text String:comment

-- authorize with context Group comment Folder
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx3"("pred", "a0", "a1", "a2")) AS "t2" WHERE "t2"."pred" OPERATOR(pg_catalog.=) $9 AND "t2"."a0" OPERATOR(pg_catalog.=) $6 AND "t2"."a1" OPERATOR(pg_catalog.=) $10 AND "t2"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:comment
--   $8 arg 2
--   $9 text has_role
--   $10 text String:member

-- query allow _ comment Folder
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "t1"."a0" FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $4 AND ("polar"."has_type"("t1"."a0", $5) OR "polar"."has_type"("t1"."a0", $6)) AND "t1"."a1" OPERATOR(pg_catalog.=) $7 AND "t1"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:comment
--   $3 arg 2
--   $4 text has_role
--   $5 text Group:
--   $6 text User:
--   $7 text String:member

-- filter comment Folder
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Folder:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 8) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Folder:'::pg_catalog.text) UNION ALL SELECT (CASE WHEN pg_catalog.starts_with("t1"."a2", 'Folder:'::pg_catalog.text) THEN pg_catalog.substr("t1"."a2", 8) END) FROM "polar"."fact_3" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t1"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:member'::pg_catalog.text AND "polar"."has_type"("t1"."a2", 'Folder:'::pg_catalog.text) AND (pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'Group:'::pg_catalog.text) OR pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- authorize Group comment Project
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 arg 2

-- list Group comment Project
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Project:

-- authorize-set Group comment Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 text String:comment
--   $4 text Project:
--   $5 arg-array 2

-- authorize Group manage Project
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n3" WHERE "n3"."pred" OPERATOR(pg_catalog.=) $3 AND "n3"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C")) AS "x4"("tag")) SELECT ($1), $5, ($2) FROM "m2" AS "mp5", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $5 AND "t6"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $4 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $5)
--   $1 arg 0
--   $2 arg 2
--   $3 text is_banned
--   $4 text has_permission
--   $5 text String:manage
--   $6 text String:share

-- list Group manage Project
SELECT "o0" FROM (SELECT "s0"."c2" FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n3" WHERE "n3"."pred" OPERATOR(pg_catalog.=) $2 AND "n3"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C")) AS "x4"("tag")) SELECT ($1), $4, "x8"."f0" FROM "m2" AS "mp5", LATERAL (SELECT "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t6"."a2", $5) UNION ALL SELECT "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $3 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t7"."a2", $5)) AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("s0"."c2", $5)) AS "q"("o0")
--   $1 arg 0
--   $2 text is_banned
--   $3 text has_permission
--   $4 text String:manage
--   $5 text Project:
--   $6 text String:share

-- authorize-set Group manage Project
SELECT DISTINCT "o0" FROM (SELECT "u0"."v" FROM pg_catalog.unnest($1) AS "u0"("v"), LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $3 AND "n4"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C")) AS "x5"("tag")) SELECT ($2), $5, ("u0"."v") FROM "m3" AS "mp6", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $4 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $5 AND "t7"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $4 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $6 AND "t8"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $5) AS "q"("o0")
--   $1 arg-array 2
--   $2 arg 0
--   $3 text is_banned
--   $4 text has_permission
--   $5 text String:manage
--   $6 text String:share

-- authorize Group share Project
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n3" WHERE "n3"."pred" OPERATOR(pg_catalog.=) $3 AND "n3"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C") UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($1), $5, ($2) FROM "m2" AS "mp5", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $5 AND "t6"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $4 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $5)
--   $1 arg 0
--   $2 arg 2
--   $3 text is_banned
--   $4 text has_permission
--   $5 text String:share
--   $6 text String:manage

-- list Group share Project
SELECT "o0" FROM (SELECT "s0"."c2" FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n3" WHERE "n3"."pred" OPERATOR(pg_catalog.=) $2 AND "n3"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C") UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($1), $4, "x8"."f0" FROM "m2" AS "mp5", LATERAL (SELECT "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $4 AND "polar"."has_type"("t6"."a2", $5) UNION ALL SELECT "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $3 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t7"."a2", $5)) AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("s0"."c2", $5)) AS "q"("o0")
--   $1 arg 0
--   $2 text is_banned
--   $3 text has_permission
--   $4 text String:share
--   $5 text Project:
--   $6 text String:manage

-- authorize-set Group share Project
SELECT DISTINCT "o0" FROM (SELECT "u0"."v" FROM pg_catalog.unnest($1) AS "u0"("v"), LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $3 AND "n4"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x5"("tag")) SELECT ($2), $5, ("u0"."v") FROM "m3" AS "mp6", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $4 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $5 AND "t7"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $4 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $6 AND "t8"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $5) AS "q"("o0")
--   $1 arg-array 2
--   $2 arg 0
--   $3 text is_banned
--   $4 text has_permission
--   $5 text String:share
--   $6 text String:manage

-- actions Group Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $6 FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n4" WHERE "n4"."pred" OPERATOR(pg_catalog.=) $4 AND "n4"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x5"("tag")) SELECT ($2), $5, ($3) FROM "m3" AS "mp6", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $5 AND "t7"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $6 AND "t8"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $5 UNION ALL SELECT $5 FROM LATERAL (WITH RECURSIVE "m12"("tag") AS (SELECT 0 UNION SELECT "x14".* FROM "m12" AS "mm11", LATERAL (SELECT 1 WHERE "mm11"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm11"."tag" OPERATOR(pg_catalog.=) 1 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n13" WHERE "n13"."pred" OPERATOR(pg_catalog.=) $4 AND "n13"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C")) AS "x14"("tag")) SELECT ($2), $6, ($3) FROM "m12" AS "mp15", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t16" WHERE "mp15"."tag" OPERATOR(pg_catalog.=) 0 AND "t16"."pred" OPERATOR(pg_catalog.=) $1 AND "t16"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t16"."a1" OPERATOR(pg_catalog.=) $6 AND "t16"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t17" WHERE "mp15"."tag" OPERATOR(pg_catalog.=) 1 AND "t17"."pred" OPERATOR(pg_catalog.=) $1 AND "t17"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t17"."a1" OPERATOR(pg_catalog.=) $5 AND "t17"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x18"("f0")) AS "s10"("c0", "c1", "c2") WHERE "s10"."c1" OPERATOR(pg_catalog.=) $6 AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n19" WHERE "n19"."pred" OPERATOR(pg_catalog.=) $4 AND "n19"."a0" OPERATOR(pg_catalog.=) $2)) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text is_banned
--   $5 text String:share
--   $6 text String:manage

-- authorize with context Group comment Project
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_permission
--   $6 arg 0
--   $7 text String:comment
--   $8 arg 2

-- query allow _ comment Project
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:comment
--   $3 arg 2

-- filter comment Project
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Project:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 9) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Project:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $5, $6, "t1"."a0" FROM "polar"."fact_2" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT "s2"."c0", $7, "s2"."c2" FROM LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m4" AS "mm3", LATERAL (SELECT 1 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 1) AS "x5"("tag")), "a6"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ($5) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t28"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg27", "polar"."fact_2" AS "t28" WHERE "mg27"."tag" OPERATOR(pg_catalog.=) 0 AND "t28"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t28"."a0", $3) AND "t28"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 0, ("t30"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t30"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg29", "polar"."fact_3" AS "t30" WHERE "mg29"."tag" OPERATOR(pg_catalog.=) 0 AND "t30"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t30"."a0", $9) OR pg_catalog.starts_with("t30"."a0", $10)) AND "t30"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t30"."a2", $3) UNION ALL SELECT 1, ("t33"."a0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("t33"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg32", "polar"."fact_3" AS "t33" WHERE "mg32"."tag" OPERATOR(pg_catalog.=) 1 AND "t33"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t33"."a0", $9) OR pg_catalog.starts_with("t33"."a0", $10)) AND "t33"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t33"."a2", $3) UNION SELECT "y34".* FROM "a6" AS "r7", LATERAL (SELECT 0, ("d9"."v") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("r7"."c2") COLLATE pg_catalog."C" FROM "m4" AS "mg8", (SELECT DISTINCT "dv25"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad10" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad11" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad12" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad13" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad14" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad15" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad16" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad17" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad18" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad19" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad20" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad21" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad22" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad23" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad24" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv25"("v") WHERE (pg_catalog.starts_with("dv25"."v", $9) OR pg_catalog.starts_with("dv25"."v", $10))) AS "d9"("v") WHERE "mg8"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."c1" OPERATOR(pg_catalog.=) $7 AND ("d9"."v" OPERATOR(pg_catalog.=) "r7"."c0" OR ("r7"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d9"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n26" WHERE "n26"."pred" OPERATOR(pg_catalog.=) $11 AND "n26"."a0" OPERATOR(pg_catalog.=) "d9"."v") UNION ALL SELECT 1, ("r7"."c0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("r7"."c2") COLLATE pg_catalog."C" FROM "m4" AS "mg31" WHERE "mg31"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."c1" OPERATOR(pg_catalog.=) $6) AS "y34"("tag", "c0", "c1", "c2")) SELECT "fa35"."c0", "fa35"."c1", "fa35"."c2" FROM "a6" AS "fa35" WHERE "fa35"."tag" OPERATOR(pg_catalog.=) 0) AS "s2"("c0", "c1", "c2") WHERE ("s2"."c0" OPERATOR(pg_catalog.=) $5 OR (pg_catalog.starts_with("s2"."c0", $9) OR pg_catalog.starts_with("s2"."c0", $10))) AND "s2"."c1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("s2"."c2", $3) UNION ALL SELECT "d70"."v", $6, "s36"."c2" FROM LATERAL (WITH RECURSIVE "m38"("tag") AS (SELECT 0 UNION SELECT "x39".* FROM "m38" AS "mm37", LATERAL (SELECT 1 WHERE "mm37"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm37"."tag" OPERATOR(pg_catalog.=) 1) AS "x39"("tag")), "a40"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t44"."a0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("t44"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg43", "polar"."fact_3" AS "t44" WHERE "mg43"."tag" OPERATOR(pg_catalog.=) 0 AND "t44"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t44"."a0", $9) OR pg_catalog.starts_with("t44"."a0", $10)) AND "t44"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t44"."a2", $3) UNION ALL SELECT 1, ($5) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t65"."a0") COLLATE pg_catalog."C" FROM "m38" AS "mg64", "polar"."fact_2" AS "t65" WHERE "mg64"."tag" OPERATOR(pg_catalog.=) 1 AND "t65"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t65"."a0", $3) AND "t65"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1, ("t67"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t67"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg66", "polar"."fact_3" AS "t67" WHERE "mg66"."tag" OPERATOR(pg_catalog.=) 1 AND "t67"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t67"."a0", $9) OR pg_catalog.starts_with("t67"."a0", $10)) AND "t67"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t67"."a2", $3) UNION SELECT "y68".* FROM "a40" AS "r41", LATERAL (SELECT 0, ("r41"."c0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("r41"."c2") COLLATE pg_catalog."C" FROM "m38" AS "mg42" WHERE "mg42"."tag" OPERATOR(pg_catalog.=) 0 AND "r41"."tag" OPERATOR(pg_catalog.=) 1 AND "r41"."c1" OPERATOR(pg_catalog.=) $6 UNION ALL SELECT 1, ("d46"."v") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("r41"."c2") COLLATE pg_catalog."C" FROM "m38" AS "mg45", (SELECT DISTINCT "dv62"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad47" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad48" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad49" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad50" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad51" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad52" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad53" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad54" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad55" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad56" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad57" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad58" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad59" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad60" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad61" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv62"("v") WHERE (pg_catalog.starts_with("dv62"."v", $9) OR pg_catalog.starts_with("dv62"."v", $10))) AS "d46"("v") WHERE "mg45"."tag" OPERATOR(pg_catalog.=) 1 AND "r41"."tag" OPERATOR(pg_catalog.=) 0 AND "r41"."c1" OPERATOR(pg_catalog.=) $7 AND ("d46"."v" OPERATOR(pg_catalog.=) "r41"."c0" OR ("r41"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d46"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n63" WHERE "n63"."pred" OPERATOR(pg_catalog.=) $11 AND "n63"."a0" OPERATOR(pg_catalog.=) "d46"."v")) AS "y68"("tag", "c0", "c1", "c2")) SELECT "fa69"."c0", "fa69"."c1", "fa69"."c2" FROM "a40" AS "fa69" WHERE "fa69"."tag" OPERATOR(pg_catalog.=) 0) AS "s36"("c0", "c1", "c2"), (SELECT DISTINCT "dv86"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad71" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad72" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad73" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad74" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad75" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad76" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad77" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad78" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad79" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad80" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad81" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad82" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad83" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad84" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad85" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv86"("v") WHERE (pg_catalog.starts_with("dv86"."v", $9) OR pg_catalog.starts_with("dv86"."v", $10))) AS "d70"("v") WHERE ("s36"."c0" OPERATOR(pg_catalog.=) $5 OR (pg_catalog.starts_with("s36"."c0", $9) OR pg_catalog.starts_with("s36"."c0", $10))) AND "s36"."c1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("s36"."c2", $3) AND ("d70"."v" OPERATOR(pg_catalog.=) "s36"."c0" OR ("s36"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d70"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n87" WHERE "n87"."pred" OPERATOR(pg_catalog.=) $11 AND "n87"."a0" OPERATOR(pg_catalog.=) "d70"."v") UNION ALL SELECT "t88"."a0", $15, "t88"."a2" FROM "polar"."fact_3" AS "t88" WHERE "t88"."pred" OPERATOR(pg_catalog.=) $12 AND (pg_catalog.starts_with("t88"."a0", $9) OR pg_catalog.starts_with("t88"."a0", $10)) AND "t88"."a1" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t88"."a2", $14)) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text is_protected
--   $3 text Project:
--   $4 text Boolean:false
--   $5 text *
--   $6 text String:share
--   $7 text String:manage
--   $8 text[] Boolean:false String:comment String:manage String:member String:share
--   $9 text Group:
--   $10 text User:
--   $11 text is_banned
--   $12 text has_role
--   $13 text String:member
--   $14 text Folder:
--   $15 text String:comment

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $5, $6, "t1"."a0" FROM "polar"."fact_2" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT "s2"."c0", $7, "s2"."c2" FROM LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m4" AS "mm3", LATERAL (SELECT 1 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 1) AS "x5"("tag")), "a6"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ($5) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t28"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg27", "polar"."fact_2" AS "t28" WHERE "mg27"."tag" OPERATOR(pg_catalog.=) 0 AND "t28"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t28"."a0", $3) AND "t28"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 0, ("t30"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t30"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg29", "polar"."fact_3" AS "t30" WHERE "mg29"."tag" OPERATOR(pg_catalog.=) 0 AND "t30"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t30"."a0", $9) OR pg_catalog.starts_with("t30"."a0", $10)) AND "t30"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t30"."a2", $3) UNION ALL SELECT 1, ("t33"."a0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("t33"."a2") COLLATE pg_catalog."C" FROM "m4" AS "mg32", "polar"."fact_3" AS "t33" WHERE "mg32"."tag" OPERATOR(pg_catalog.=) 1 AND "t33"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t33"."a0", $9) OR pg_catalog.starts_with("t33"."a0", $10)) AND "t33"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t33"."a2", $3) UNION SELECT "y34".* FROM "a6" AS "r7", LATERAL (SELECT 0, ("d9"."v") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("r7"."c2") COLLATE pg_catalog."C" FROM "m4" AS "mg8", (SELECT DISTINCT "dv25"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad10" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad11" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad12" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad13" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad14" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad15" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad16" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad17" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad18" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad19" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad20" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad21" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad22" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad23" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad24" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv25"("v") WHERE (pg_catalog.starts_with("dv25"."v", $9) OR pg_catalog.starts_with("dv25"."v", $10))) AS "d9"("v") WHERE "mg8"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."c1" OPERATOR(pg_catalog.=) $7 AND ("d9"."v" OPERATOR(pg_catalog.=) "r7"."c0" OR ("r7"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d9"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n26" WHERE "n26"."pred" OPERATOR(pg_catalog.=) $11 AND "n26"."a0" OPERATOR(pg_catalog.=) "d9"."v") UNION ALL SELECT 1, ("r7"."c0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("r7"."c2") COLLATE pg_catalog."C" FROM "m4" AS "mg31" WHERE "mg31"."tag" OPERATOR(pg_catalog.=) 1 AND "r7"."tag" OPERATOR(pg_catalog.=) 0 AND "r7"."c1" OPERATOR(pg_catalog.=) $6) AS "y34"("tag", "c0", "c1", "c2")) SELECT "fa35"."c0", "fa35"."c1", "fa35"."c2" FROM "a6" AS "fa35" WHERE "fa35"."tag" OPERATOR(pg_catalog.=) 0) AS "s2"("c0", "c1", "c2") WHERE ("s2"."c0" OPERATOR(pg_catalog.=) $5 OR (pg_catalog.starts_with("s2"."c0", $9) OR pg_catalog.starts_with("s2"."c0", $10))) AND "s2"."c1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("s2"."c2", $3) UNION ALL SELECT "d70"."v", $6, "s36"."c2" FROM LATERAL (WITH RECURSIVE "m38"("tag") AS (SELECT 0 UNION SELECT "x39".* FROM "m38" AS "mm37", LATERAL (SELECT 1 WHERE "mm37"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm37"."tag" OPERATOR(pg_catalog.=) 1) AS "x39"("tag")), "a40"("tag", "c0", "c1", "c2") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t44"."a0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("t44"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg43", "polar"."fact_3" AS "t44" WHERE "mg43"."tag" OPERATOR(pg_catalog.=) 0 AND "t44"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t44"."a0", $9) OR pg_catalog.starts_with("t44"."a0", $10)) AND "t44"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t44"."a2", $3) UNION ALL SELECT 1, ($5) COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t65"."a0") COLLATE pg_catalog."C" FROM "m38" AS "mg64", "polar"."fact_2" AS "t65" WHERE "mg64"."tag" OPERATOR(pg_catalog.=) 1 AND "t65"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t65"."a0", $3) AND "t65"."a1" OPERATOR(pg_catalog.=) $4 UNION ALL SELECT 1, ("t67"."a0") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("t67"."a2") COLLATE pg_catalog."C" FROM "m38" AS "mg66", "polar"."fact_3" AS "t67" WHERE "mg66"."tag" OPERATOR(pg_catalog.=) 1 AND "t67"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t67"."a0", $9) OR pg_catalog.starts_with("t67"."a0", $10)) AND "t67"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t67"."a2", $3) UNION SELECT "y68".* FROM "a40" AS "r41", LATERAL (SELECT 0, ("r41"."c0") COLLATE pg_catalog."C", ($7) COLLATE pg_catalog."C", ("r41"."c2") COLLATE pg_catalog."C" FROM "m38" AS "mg42" WHERE "mg42"."tag" OPERATOR(pg_catalog.=) 0 AND "r41"."tag" OPERATOR(pg_catalog.=) 1 AND "r41"."c1" OPERATOR(pg_catalog.=) $6 UNION ALL SELECT 1, ("d46"."v") COLLATE pg_catalog."C", ($6) COLLATE pg_catalog."C", ("r41"."c2") COLLATE pg_catalog."C" FROM "m38" AS "mg45", (SELECT DISTINCT "dv62"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad47" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad48" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad49" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad50" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad51" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad52" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad53" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad54" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad55" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad56" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad57" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad58" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad59" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad60" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad61" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv62"("v") WHERE (pg_catalog.starts_with("dv62"."v", $9) OR pg_catalog.starts_with("dv62"."v", $10))) AS "d46"("v") WHERE "mg45"."tag" OPERATOR(pg_catalog.=) 1 AND "r41"."tag" OPERATOR(pg_catalog.=) 0 AND "r41"."c1" OPERATOR(pg_catalog.=) $7 AND ("d46"."v" OPERATOR(pg_catalog.=) "r41"."c0" OR ("r41"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d46"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n63" WHERE "n63"."pred" OPERATOR(pg_catalog.=) $11 AND "n63"."a0" OPERATOR(pg_catalog.=) "d46"."v")) AS "y68"("tag", "c0", "c1", "c2")) SELECT "fa69"."c0", "fa69"."c1", "fa69"."c2" FROM "a40" AS "fa69" WHERE "fa69"."tag" OPERATOR(pg_catalog.=) 0) AS "s36"("c0", "c1", "c2"), (SELECT DISTINCT "dv86"."v" FROM (SELECT "a0" FROM "polar"."fact_1" AS "ad71" UNION ALL SELECT "a0" FROM "polar"."fact_2" AS "ad72" UNION ALL SELECT "a1" FROM "polar"."fact_2" AS "ad73" UNION ALL SELECT "a0" FROM "polar"."fact_3" AS "ad74" UNION ALL SELECT "a1" FROM "polar"."fact_3" AS "ad75" UNION ALL SELECT "a2" FROM "polar"."fact_3" AS "ad76" UNION ALL SELECT "a0" FROM "polar"."fact_4" AS "ad77" UNION ALL SELECT "a1" FROM "polar"."fact_4" AS "ad78" UNION ALL SELECT "a2" FROM "polar"."fact_4" AS "ad79" UNION ALL SELECT "a3" FROM "polar"."fact_4" AS "ad80" UNION ALL SELECT "a0" FROM "polar"."fact_5" AS "ad81" UNION ALL SELECT "a1" FROM "polar"."fact_5" AS "ad82" UNION ALL SELECT "a2" FROM "polar"."fact_5" AS "ad83" UNION ALL SELECT "a3" FROM "polar"."fact_5" AS "ad84" UNION ALL SELECT "a4" FROM "polar"."fact_5" AS "ad85" UNION ALL SELECT * FROM pg_catalog.unnest($8)) AS "dv86"("v") WHERE (pg_catalog.starts_with("dv86"."v", $9) OR pg_catalog.starts_with("dv86"."v", $10))) AS "d70"("v") WHERE ("s36"."c0" OPERATOR(pg_catalog.=) $5 OR (pg_catalog.starts_with("s36"."c0", $9) OR pg_catalog.starts_with("s36"."c0", $10))) AND "s36"."c1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("s36"."c2", $3) AND ("d70"."v" OPERATOR(pg_catalog.=) "s36"."c0" OR ("s36"."c0" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("d70"."v", $10))) AND NOT EXISTS (SELECT 1 FROM "polar"."fact_1" AS "n87" WHERE "n87"."pred" OPERATOR(pg_catalog.=) $11 AND "n87"."a0" OPERATOR(pg_catalog.=) "d70"."v") UNION ALL SELECT "t88"."a0", $15, "t88"."a2" FROM "polar"."fact_3" AS "t88" WHERE "t88"."pred" OPERATOR(pg_catalog.=) $12 AND (pg_catalog.starts_with("t88"."a0", $9) OR pg_catalog.starts_with("t88"."a0", $10)) AND "t88"."a1" OPERATOR(pg_catalog.=) $13 AND pg_catalog.starts_with("t88"."a2", $14)) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text is_protected
--   $3 text Project:
--   $4 text Boolean:false
--   $5 text *
--   $6 text String:share
--   $7 text String:manage
--   $8 text[] Boolean:false String:comment String:manage String:member String:share
--   $9 text Group:
--   $10 text User:
--   $11 text is_banned
--   $12 text has_role
--   $13 text String:member
--   $14 text Folder:
--   $15 text String:comment

