-- authorize User write Repo
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $4, ($2) FROM "m2" AS "mp4", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $3 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $4 AND "t5"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_1" AS "t6" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND "t6"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $6 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND "t7"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $4)
--   $1 arg 0
--   $2 arg 2
--   $3 text has_permission
--   $4 text String:write
--   $5 text is_open
--   $6 text has_role
--   $7 text String:admin

-- list User write Repo
SELECT "o0" FROM (SELECT "s0"."c2" FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $3, "x8"."f0" FROM "m2" AS "mp4", LATERAL (SELECT "t5"."a2" FROM "polar"."fact_3" AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $2 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t5"."a2", $4) UNION ALL SELECT "t6"."a0" FROM "polar"."fact_1" AS "t6" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t6"."a0", $4) UNION ALL SELECT "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $6 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t7"."a2", $4)) AS "x8"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("s0"."c2", $4)) AS "q"("o0")
--   $1 arg 0
--   $2 text has_permission
--   $3 text String:write
--   $4 text Repo:
--   $5 text is_open
--   $6 text has_role
--   $7 text String:admin

-- authorize-set User write Repo
SELECT DISTINCT "o0" FROM (SELECT "u0"."v" FROM pg_catalog.unnest($1) AS "u0"("v"), LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($2), $4, ("u0"."v") FROM "m3" AS "mp5", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND "t6"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $4 AND "t6"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_1" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $5 AND "t7"."a0" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $6 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $7 AND "t8"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $4) AS "q"("o0")
--   $1 arg-array 2
--   $2 arg 0
--   $3 text has_permission
--   $4 text String:write
--   $5 text is_open
--   $6 text has_role
--   $7 text String:admin

-- actions User Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $7 FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($2), $6, ($3) FROM "m3" AS "mp5", LATERAL (SELECT 1 FROM "polar"."fact_1" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND "t6"."a0" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $5 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "t8"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) $7 AND "t8"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $6) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text is_open
--   $5 text has_role
--   $6 text String:admin
--   $7 text String:write

-- authorize with context User write Repo
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $8, ($2) FROM "m2" AS "mp4", LATERAL (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6)) AS "ctx6"("pred", "a0", "a1", "a2")) AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $7 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $8 AND "t5"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM (SELECT "pred", "a0" FROM "polar"."fact_1" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($9), pg_catalog.unnest($10)) AS "ctx8"("pred", "a0")) AS "t7" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $11 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6)) AS "ctx10"("pred", "a0", "a1", "a2")) AS "t9" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t9"."pred" OPERATOR(pg_catalog.=) $12 AND "t9"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t9"."a1" OPERATOR(pg_catalog.=) $13 AND "t9"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x11"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $8)
--   $1 arg 0
--   $2 arg 2
--   $3 context 3/-1
--   $4 context 3/0
--   $5 context 3/1
--   $6 context 3/2
--   $7 text has_permission
--   $8 text String:write
--   $9 context 1/-1
--   $10 context 1/0
--   $11 text is_open
--   $12 text has_role
--   $13 text String:admin

-- query allow _ write Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "s1"."c0" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x9"."f0", $8, ($3) FROM "m3" AS "mp5", LATERAL (SELECT $5 FROM "polar"."fact_1" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND "t6"."a0" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT "t7"."a0" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t7"."a0", $7) AND "t7"."a1" OPERATOR(pg_catalog.=) $8 AND "t7"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT "t8"."a0" FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t8"."a0", $7) AND "t8"."a1" OPERATOR(pg_catalog.=) $2 AND "t8"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $5 OR pg_catalog.starts_with("s1"."c0", $7)) AND "s1"."c1" OPERATOR(pg_catalog.=) $8) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:write
--   $3 arg 2
--   $4 text is_open
--   $5 text *
--   $6 text has_role
--   $7 text User:
--   $8 text String:admin

-- filter write Repo
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 6) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:write'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Repo:'::pg_catalog.text) UNION ALL SELECT (CASE WHEN pg_catalog.starts_with("s1"."c2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("s1"."c2", 6) END) FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ((pg_catalog.current_setting('polar.actor', true))), 'String:admin'::pg_catalog.text, "x9"."f0" FROM "m3" AS "mp5", LATERAL (SELECT "t6"."a0" FROM "polar"."fact_1" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) 'is_open'::pg_catalog.text AND pg_catalog.starts_with("t6"."a0", 'Repo:'::pg_catalog.text) UNION ALL SELECT "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t7"."a0" OPERATOR(pg_catalog.=) ((pg_catalog.current_setting('polar.actor', true))) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) 'String:admin'::pg_catalog.text AND "polar"."has_type"("t7"."a2", 'Repo:'::pg_catalog.text) UNION ALL SELECT "t8"."a2" FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t8"."a0" OPERATOR(pg_catalog.=) ((pg_catalog.current_setting('polar.actor', true))) COLLATE pg_catalog."C" AND "t8"."a1" OPERATOR(pg_catalog.=) 'String:write'::pg_catalog.text AND "polar"."has_type"("t8"."a2", 'Repo:'::pg_catalog.text)) AS "x9"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) 'String:admin'::pg_catalog.text AND pg_catalog.starts_with("s1"."c2", 'Repo:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s1"."c0", $8, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x9"."f0", $7, "x9"."f1" FROM "m3" AS "mp5", LATERAL (SELECT $4, "t6"."a0" FROM "polar"."fact_1" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t6"."a0", $3) UNION ALL SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t7"."a0", $6) AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t7"."a2", $3) UNION ALL SELECT "t8"."a0", "t8"."a2" FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t8"."a0", $6) AND "t8"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t8"."a2", $3)) AS "x9"("f0", "f1")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $4 OR pg_catalog.starts_with("s1"."c0", $6)) AND "s1"."c1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("s1"."c2", $3)) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text is_open
--   $3 text Repo:
--   $4 text *
--   $5 text has_role
--   $6 text User:
--   $7 text String:admin
--   $8 text String:write

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $4, $5, "t1"."a0" FROM "polar"."fact_1" AS "t1" WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) UNION ALL SELECT "s2"."c0", $5, "s2"."c2" FROM LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0 UNION SELECT "x5".* FROM "m4" AS "mm3", LATERAL (SELECT 1 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm3"."tag" OPERATOR(pg_catalog.=) 1) AS "x5"("tag")) SELECT "x10"."f0", $8, "x10"."f1" FROM "m4" AS "mp6", LATERAL (SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t7"."a0", $7) AND "t7"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t7"."a2", $3) UNION ALL SELECT $4, "t8"."a0" FROM "polar"."fact_1" AS "t8" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t8"."a0", $3) UNION ALL SELECT "t9"."a0", "t9"."a2" FROM "polar"."fact_3" AS "t9" WHERE "mp6"."tag" OPERATOR(pg_catalog.=) 1 AND "t9"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t9"."a0", $7) AND "t9"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t9"."a2", $3)) AS "x10"("f0", "f1")) AS "s2"("c0", "c1", "c2") WHERE ("s2"."c0" OPERATOR(pg_catalog.=) $4 OR pg_catalog.starts_with("s2"."c0", $7)) AND "s2"."c1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("s2"."c2", $3)) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text is_open
--   $3 text Repo:
--   $4 text *
--   $5 text String:admin
--   $6 text has_permission
--   $7 text User:
--   $8 text String:write

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s1"."c0", $8, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x9"."f0", $7, "x9"."f1" FROM "m3" AS "mp5", LATERAL (SELECT $4, "t6"."a0" FROM "polar"."fact_1" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t6"."a0", $3) UNION ALL SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t7"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t7"."a0", $6) AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t7"."a2", $3) UNION ALL SELECT "t8"."a0", "t8"."a2" FROM "polar"."fact_3" AS "t8" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t8"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t8"."a0", $6) AND "t8"."a1" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t8"."a2", $3)) AS "x9"("f0", "f1")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $4 OR pg_catalog.starts_with("s1"."c0", $6)) AND "s1"."c1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("s1"."c2", $3)) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text is_open
--   $3 text Repo:
--   $4 text *
--   $5 text has_role
--   $6 text User:
--   $7 text String:admin
--   $8 text String:write

