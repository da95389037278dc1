-- authorize User comment Repo
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $4, ($2) FROM "m2" AS "mp4", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $3 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $4 AND "t5"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $6 AND "t6"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x7"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $4)
--   $1 arg 0
--   $2 arg 2
--   $3 text has_permission
--   $4 text String:comment
--   $5 text has_role
--   $6 text String:guest

-- list User comment Repo
SELECT "o0" FROM (SELECT "s0"."c2" FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $3, "x7"."f0" FROM "m2" AS "mp4", LATERAL (SELECT "t5"."a2" FROM "polar"."fact_3" AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $2 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t5"."a2", $4) UNION ALL SELECT $5 WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t6"."pred" OPERATOR(pg_catalog.=) $6 AND "t6"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $7 AND "polar"."has_type"("t6"."a2", $4)) AS "x7"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $3 AND ("s0"."c2" OPERATOR(pg_catalog.=) $5 OR pg_catalog.starts_with("s0"."c2", $4))) AS "q"("o0")
--   $1 arg 0
--   $2 text has_permission
--   $3 text String:comment
--   $4 text Repo:
--   $5 text *
--   $6 text has_role
--   $7 text String:guest

-- authorize-set User comment Repo
SELECT DISTINCT "o0" FROM (SELECT "u0"."v" FROM pg_catalog.unnest($1) AS "u0"("v"), LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($2), $4, ("u0"."v") FROM "m3" AS "mp5", LATERAL (SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND "t6"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $4 AND "t6"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C" UNION ALL SELECT 1 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $5 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) ("u0"."v") COLLATE pg_catalog."C") AS "x8"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $4) AS "q"("o0")
--   $1 arg-array 2
--   $2 arg 0
--   $3 text has_permission
--   $4 text String:comment
--   $5 text has_role
--   $6 text String:guest

-- actions User Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a1" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT $6 FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ($2), $5, ($3) FROM "m3" AS "mp5", LATERAL (SELECT 1 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND "t6"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) $5 AND "t6"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT 1 FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND "t7"."a0" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $6 AND "t7"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x8"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) $5) AS "q"("o0")
--   $1 text has_permission
--   $2 arg 0
--   $3 arg 2
--   $4 text has_role
--   $5 text String:guest
--   $6 text String:comment

-- authorize with context User comment Repo
SELECT EXISTS (SELECT 1 FROM LATERAL (WITH RECURSIVE "m2"("tag") AS (SELECT 0 UNION SELECT "x3".* FROM "m2" AS "mm1", LATERAL (SELECT 1 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm1"."tag" OPERATOR(pg_catalog.=) 1) AS "x3"("tag")) SELECT ($1), $8, ($2) FROM "m2" AS "mp4", LATERAL (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6)) AS "ctx6"("pred", "a0", "a1", "a2")) AS "t5" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 0 AND "t5"."pred" OPERATOR(pg_catalog.=) $7 AND "t5"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t5"."a1" OPERATOR(pg_catalog.=) $8 AND "t5"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C" UNION ALL SELECT 1 WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($3), pg_catalog.unnest($4), pg_catalog.unnest($5), pg_catalog.unnest($6)) AS "ctx8"("pred", "a0", "a1", "a2")) AS "t7" WHERE "mp4"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $9 AND "t7"."a0" OPERATOR(pg_catalog.=) ($1) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) $10 AND "t7"."a2" OPERATOR(pg_catalog.=) ($2) COLLATE pg_catalog."C") AS "x9"("f0")) AS "s0"("c0", "c1", "c2") WHERE "s0"."c1" OPERATOR(pg_catalog.=) $8)
--   $1 arg 0
--   $2 arg 2
--   $3 context 3/-1
--   $4 context 3/0
--   $5 context 3/1
--   $6 context 3/2
--   $7 text has_permission
--   $8 text String:comment
--   $9 text has_role
--   $10 text String:guest

-- query allow _ comment Repo
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a1" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 UNION ALL SELECT "s1"."c0" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x8"."f0", $7, ($3) FROM "m3" AS "mp5", LATERAL (SELECT $4 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT "t6"."a0" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $5 AND "polar"."has_type"("t6"."a0", $6) AND "t6"."a1" OPERATOR(pg_catalog.=) $7 AND "t6"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C" UNION ALL SELECT "t7"."a0" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t7"."a0", $6) AND "t7"."a1" OPERATOR(pg_catalog.=) $2 AND "t7"."a2" OPERATOR(pg_catalog.=) ($3) COLLATE pg_catalog."C") AS "x8"("f0")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $4 OR pg_catalog.starts_with("s1"."c0", $6)) AND "s1"."c1" OPERATOR(pg_catalog.=) $7) AS "q"("o0")
--   $1 text has_permission
--   $2 text String:comment
--   $3 arg 2
--   $4 text *
--   $5 text has_role
--   $6 text User:
--   $7 text String:guest

-- filter comment Repo
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 6) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Repo:'::pg_catalog.text) UNION ALL SELECT (CASE WHEN pg_catalog.starts_with("s1"."c2", 'Repo:'::pg_catalog.text) THEN pg_catalog.substr("s1"."c2", 6) END) FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT ((pg_catalog.current_setting('polar.actor', true))), 'String:guest'::pg_catalog.text, "x8"."f0" FROM "m3" AS "mp5", LATERAL (SELECT '*'::pg_catalog.text WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t6"."a0" OPERATOR(pg_catalog.=) ((pg_catalog.current_setting('polar.actor', true))) COLLATE pg_catalog."C" AND "t6"."a1" OPERATOR(pg_catalog.=) 'String:guest'::pg_catalog.text AND "polar"."has_type"("t6"."a2", 'Repo:'::pg_catalog.text) UNION ALL SELECT "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) 'has_permission'::pg_catalog.text AND "t7"."a0" OPERATOR(pg_catalog.=) ((pg_catalog.current_setting('polar.actor', true))) COLLATE pg_catalog."C" AND "t7"."a1" OPERATOR(pg_catalog.=) 'String:comment'::pg_catalog.text AND "polar"."has_type"("t7"."a2", 'Repo:'::pg_catalog.text)) AS "x8"("f0")) AS "s1"("c0", "c1", "c2") WHERE "s1"."c1" OPERATOR(pg_catalog.=) 'String:guest'::pg_catalog.text AND ("s1"."c2" OPERATOR(pg_catalog.=) '*'::pg_catalog.text OR pg_catalog.starts_with("s1"."c2", 'Repo:'::pg_catalog.text)) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)))

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s1"."c0", $7, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x8"."f0", $5, "x8"."f1" FROM "m3" AS "mp5", LATERAL (SELECT $2, $2 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT "t6"."a0", "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t6"."a2", $6) UNION ALL SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t7"."a2", $6)) AS "x8"("f0", "f1")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c0", $4)) AND "s1"."c1" OPERATOR(pg_catalog.=) $5 AND ("s1"."c2" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c2", $6))) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text *
--   $3 text has_role
--   $4 text User:
--   $5 text String:guest
--   $6 text Repo:
--   $7 text String:comment

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT $2, $3, $2 UNION ALL SELECT "s1"."c0", $3, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x8"."f0", $6, "x8"."f1" FROM "m3" AS "mp5", LATERAL (SELECT "t6"."a0", "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t6"."a0", $5) AND "t6"."a1" OPERATOR(pg_catalog.=) $6 AND pg_catalog.starts_with("t6"."a2", $7) UNION ALL SELECT $2, $2 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 UNION ALL SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t7"."a0", $5) AND "t7"."a1" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t7"."a2", $7)) AS "x8"("f0", "f1")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c0", $5)) AND "s1"."c1" OPERATOR(pg_catalog.=) $6 AND ("s1"."c2" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c2", $7))) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text *
--   $3 text String:guest
--   $4 text has_permission
--   $5 text User:
--   $6 text String:comment
--   $7 text Repo:

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s1"."c0", $7, "s1"."c2" FROM LATERAL (WITH RECURSIVE "m3"("tag") AS (SELECT 0 UNION SELECT "x4".* FROM "m3" AS "mm2", LATERAL (SELECT 1 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT 0 WHERE "mm2"."tag" OPERATOR(pg_catalog.=) 1) AS "x4"("tag")) SELECT "x8"."f0", $5, "x8"."f1" FROM "m3" AS "mp5", LATERAL (SELECT $2, $2 WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 UNION ALL SELECT "t6"."a0", "t6"."a2" FROM "polar"."fact_3" AS "t6" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 0 AND "t6"."pred" OPERATOR(pg_catalog.=) $3 AND pg_catalog.starts_with("t6"."a0", $4) AND "t6"."a1" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t6"."a2", $6) UNION ALL SELECT "t7"."a0", "t7"."a2" FROM "polar"."fact_3" AS "t7" WHERE "mp5"."tag" OPERATOR(pg_catalog.=) 1 AND "t7"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t7"."a0", $4) AND "t7"."a1" OPERATOR(pg_catalog.=) $7 AND pg_catalog.starts_with("t7"."a2", $6)) AS "x8"("f0", "f1")) AS "s1"("c0", "c1", "c2") WHERE ("s1"."c0" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c0", $4)) AND "s1"."c1" OPERATOR(pg_catalog.=) $5 AND ("s1"."c2" OPERATOR(pg_catalog.=) $2 OR pg_catalog.starts_with("s1"."c2", $6))) AS "q"("o0", "o1", "o2")
--   $1 text has_permission
--   $2 text *
--   $3 text has_role
--   $4 text User:
--   $5 text String:guest
--   $6 text Repo:
--   $7 text String:comment

