-- authorize Team push Repository
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "t0"."a2" OPERATOR(pg_catalog.=) $4)
--   $1 text has_role
--   $2 arg 0
--   $3 text String:writer
--   $4 arg 2

-- list Team push Repository
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:writer
--   $4 text Repository:

-- authorize-set Team push Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($5) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a1" OPERATOR(pg_catalog.=) $3 AND "polar"."has_type"("t0"."a2", $4) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text String:writer
--   $4 text Repository:
--   $5 arg-array 2

-- authorize Team read Repository
SELECT EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4))
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text[] String:reader String:writer

-- list Team read Repository
SELECT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($4)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repository:
--   $4 text[] String:reader String:writer

-- authorize-set Team read Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a2" FROM "polar"."fact_3" AS "t0", pg_catalog.unnest($4) AS "u1"("v") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "polar"."has_type"("t0"."a2", $3) AND "u1"."v" OPERATOR(pg_catalog.=) "t0"."a2" AND "t0"."a1" OPERATOR(pg_catalog.=) ANY ($5)) AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 text Repository:
--   $4 arg-array 2
--   $5 text[] String:reader String:writer

-- actions Team Repository
SELECT DISTINCT "o0" FROM (SELECT "k1"."c0" FROM "polar"."fact_3" AS "t0", (VALUES ($4, $5), ($6, $7), ($6, $5)) AS "k1"("c0", "c1") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND "t0"."a0" OPERATOR(pg_catalog.=) $2 AND "t0"."a2" OPERATOR(pg_catalog.=) $3 AND "k1"."c1" OPERATOR(pg_catalog.=) "t0"."a1") AS "q"("o0")
--   $1 text has_role
--   $2 arg 0
--   $3 arg 2
--   $4 text String:push
--   $5 text String:writer
--   $6 text String:read
--   $7 text String:reader

-- authorize with context Team push Repository
SELECT EXISTS (SELECT 1 FROM (SELECT "pred", "a0", "a1", "a2" FROM "polar"."fact_3" UNION ALL SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2), pg_catalog.unnest($3), pg_catalog.unnest($4)) AS "ctx1"("pred", "a0", "a1", "a2")) AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $5 AND "t0"."a0" OPERATOR(pg_catalog.=) $6 AND "t0"."a1" OPERATOR(pg_catalog.=) $7 AND "t0"."a2" OPERATOR(pg_catalog.=) $8)
--   $1 context 3/-1
--   $2 context 3/0
--   $3 context 3/1
--   $4 context 3/2
--   $5 text has_role
--   $6 arg 0
--   $7 text String:writer
--   $8 arg 2

-- query allow _ push Repository
SELECT DISTINCT "o0" FROM (SELECT "t0"."a0" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND ("polar"."has_type"("t0"."a0", $2) OR "polar"."has_type"("t0"."a0", $3)) AND "t0"."a1" OPERATOR(pg_catalog.=) $4 AND "t0"."a2" OPERATOR(pg_catalog.=) $5 UNION ALL SELECT "s2"."c0" FROM "polar"."fact_3" AS "t1", LATERAL (WITH RECURSIVE "m5"("tag", "b0") AS (SELECT 0, ("t1"."a0") COLLATE pg_catalog."C" UNION SELECT "x7".* FROM "m5" AS "mm3", LATERAL (SELECT 0, ("t6"."a0") COLLATE pg_catalog."C" FROM "polar"."fact_2" AS "t6" WHERE "t6"."pred" OPERATOR(pg_catalog.=) $6 AND "polar"."has_type"("t6"."a0", $2) AND "t6"."a1" OPERATOR(pg_catalog.=) "mm3"."b0") AS "x7"("tag", "b0")) SELECT "x11"."f0", ("t1"."a0") FROM "m5" AS "mp8", LATERAL (SELECT "t9"."a1" FROM "polar"."fact_2" AS "t9" WHERE "t9"."pred" OPERATOR(pg_catalog.=) $7 AND "t9"."a0" OPERATOR(pg_catalog.=) "mp8"."b0" AND "polar"."has_type"("t9"."a1", $3) UNION ALL SELECT "t10"."a0" FROM "polar"."fact_2" AS "t10" WHERE "t10"."pred" OPERATOR(pg_catalog.=) $8 AND "polar"."has_type"("t10"."a0", $3) AND "t10"."a1" OPERATOR(pg_catalog.=) "mp8"."b0") AS "x11"("f0")) AS "s2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND "polar"."has_type"("t1"."a0", $2) AND "t1"."a1" OPERATOR(pg_catalog.=) $4 AND "t1"."a2" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("s2"."c0", $3)) AS "q"("o0")
--   $1 text has_role
--   $2 text Team:
--   $3 text User:
--   $4 text String:writer
--   $5 arg 2
--   $6 text subteam_of
--   $7 text has_member
--   $8 text member_of

-- filter push Repository
("k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t0"."a2", 'Repository:'::pg_catalog.text) THEN pg_catalog.substr("t0"."a2", 12) END) FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND "t0"."a0" OPERATOR(pg_catalog.=) (pg_catalog.current_setting('polar.actor', true)) AND "t0"."a1" OPERATOR(pg_catalog.=) 'String:writer'::pg_catalog.text AND "polar"."has_type"("t0"."a2", 'Repository:'::pg_catalog.text) AND (pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'Team:'::pg_catalog.text) OR pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))) OR (EXISTS (SELECT 1 FROM "polar"."fact_3" AS "t15" WHERE "t15"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND pg_catalog.starts_with("t15"."a0", 'Team:'::pg_catalog.text) AND "t15"."a1" OPERATOR(pg_catalog.=) 'String:writer'::pg_catalog.text AND pg_catalog.starts_with("t15"."a2", 'Repository:'::pg_catalog.text) AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text)) AND "k"."id" IN (SELECT (CASE WHEN pg_catalog.starts_with("t1"."a2", 'Repository:'::pg_catalog.text) THEN pg_catalog.substr("t1"."a2", 12) END) FROM "polar"."fact_3" AS "t1", LATERAL (WITH RECURSIVE "m4"("tag", "b0") AS (SELECT 0, ((pg_catalog.current_setting('polar.actor', true))) COLLATE pg_catalog."C"), "a5"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("mg7"."b0") COLLATE pg_catalog."C", ("t8"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg7", "polar"."fact_2" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) 'has_member'::pg_catalog.text AND "polar"."has_type"("t8"."a0", 'Team:'::pg_catalog.text) AND "t8"."a1" OPERATOR(pg_catalog.=) "mg7"."b0" UNION ALL SELECT 0, ("mg11"."b0") COLLATE pg_catalog."C", ("t12"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg11", "polar"."fact_2" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) 'member_of'::pg_catalog.text AND "t12"."a0" OPERATOR(pg_catalog.=) "mg11"."b0" AND "polar"."has_type"("t12"."a1", 'Team:'::pg_catalog.text) UNION SELECT "y13".* FROM "a5" AS "r6", LATERAL (SELECT 0, ("r6"."c0") COLLATE pg_catalog."C", ("t10"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg9", "polar"."fact_2" AS "t10" WHERE "r6"."tag" OPERATOR(pg_catalog.=) 0 AND "mg9"."b0" OPERATOR(pg_catalog.=) "r6"."c0" AND "t10"."pred" OPERATOR(pg_catalog.=) 'subteam_of'::pg_catalog.text AND "t10"."a0" OPERATOR(pg_catalog.=) "r6"."c1" AND "polar"."has_type"("t10"."a1", 'Team:'::pg_catalog.text)) AS "y13"("tag", "c0", "c1")) SELECT "fa14"."c0", "fa14"."c1" FROM "a5" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0 AND "fa14"."c0" OPERATOR(pg_catalog.=) ((pg_catalog.current_setting('polar.actor', true)))) AS "s2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) 'has_role'::pg_catalog.text AND pg_catalog.starts_with("t1"."a0", 'Team:'::pg_catalog.text) AND "t1"."a1" OPERATOR(pg_catalog.=) 'String:writer'::pg_catalog.text AND pg_catalog.starts_with("t1"."a2", 'Repository:'::pg_catalog.text) AND "s2"."c1" OPERATOR(pg_catalog.=) "t1"."a0" AND pg_catalog.starts_with((pg_catalog.current_setting('polar.actor', true)), 'User:'::pg_catalog.text))))

-- query has_role/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "t0"."a1", "t0"."a2" FROM "polar"."fact_3" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s2"."c0", "t1"."a1", "t1"."a2" FROM "polar"."fact_3" AS "t1", LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0), "a5"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t8"."a1") COLLATE pg_catalog."C", ("t8"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg7", "polar"."fact_2" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t8"."a0", $2) AND pg_catalog.starts_with("t8"."a1", $6) UNION ALL SELECT 0, ("t12"."a0") COLLATE pg_catalog."C", ("t12"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg11", "polar"."fact_2" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t12"."a0", $6) AND pg_catalog.starts_with("t12"."a1", $2) UNION SELECT "y13".* FROM "a5" AS "r6", LATERAL (SELECT 0, ("r6"."c0") COLLATE pg_catalog."C", ("t10"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg9", "polar"."fact_2" AS "t10" WHERE "r6"."tag" OPERATOR(pg_catalog.=) 0 AND "t10"."pred" OPERATOR(pg_catalog.=) $7 AND "t10"."a0" OPERATOR(pg_catalog.=) "r6"."c1" AND "polar"."has_type"("t10"."a1", $2)) AS "y13"("tag", "c0", "c1")) SELECT "fa14"."c0", "fa14"."c1" FROM "a5" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0) AS "s2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t1"."a0", $2) AND pg_catalog.starts_with("t1"."a1", $3) AND pg_catalog.starts_with("t1"."a2", $4) AND pg_catalog.starts_with("s2"."c0", $6) AND "s2"."c1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT "s16"."c0", $10, "t15"."a2" FROM "polar"."fact_3" AS "t15", LATERAL (WITH RECURSIVE "m18"("tag") AS (SELECT 0), "a19"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t22"."a1") COLLATE pg_catalog."C", ("t22"."a0") COLLATE pg_catalog."C" FROM "m18" AS "mg21", "polar"."fact_2" AS "t22" WHERE "t22"."pred" OPERATOR(pg_catalog.=) $5 AND pg_catalog.starts_with("t22"."a0", $2) AND pg_catalog.starts_with("t22"."a1", $6) UNION ALL SELECT 0, ("t26"."a0") COLLATE pg_catalog."C", ("t26"."a1") COLLATE pg_catalog."C" FROM "m18" AS "mg25", "polar"."fact_2" AS "t26" WHERE "t26"."pred" OPERATOR(pg_catalog.=) $8 AND pg_catalog.starts_with("t26"."a0", $6) AND pg_catalog.starts_with("t26"."a1", $2) UNION SELECT "y27".* FROM "a19" AS "r20", LATERAL (SELECT 0, ("r20"."c0") COLLATE pg_catalog."C", ("t24"."a1") COLLATE pg_catalog."C" FROM "m18" AS "mg23", "polar"."fact_2" AS "t24" WHERE "r20"."tag" OPERATOR(pg_catalog.=) 0 AND "t24"."pred" OPERATOR(pg_catalog.=) $7 AND "t24"."a0" OPERATOR(pg_catalog.=) "r20"."c1" AND "polar"."has_type"("t24"."a1", $2)) AS "y27"("tag", "c0", "c1")) SELECT "fa28"."c0", "fa28"."c1" FROM "a19" AS "fa28" WHERE "fa28"."tag" OPERATOR(pg_catalog.=) 0) AS "s16"("c0", "c1") WHERE "t15"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t15"."a0", $2) AND "t15"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t15"."a2", $4) AND pg_catalog.starts_with("s16"."c0", $6) AND "s16"."c1" OPERATOR(pg_catalog.=) "t15"."a0" UNION ALL SELECT "t29"."a0", $10, "t29"."a2" FROM "polar"."fact_3" AS "t29" WHERE "t29"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t29"."a0", $2) OR pg_catalog.starts_with("t29"."a0", $6)) AND "t29"."a1" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t29"."a2", $4)) AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text Team:
--   $3 text String:
--   $4 text Repository:
--   $5 text has_member
--   $6 text User:
--   $7 text subteam_of
--   $8 text member_of
--   $9 text String:writer
--   $10 text String:reader

-- query has_permission/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "k1"."c0", "t0"."a2" FROM "polar"."fact_3" AS "t0", (VALUES ($5, $6), ($7, $8), ($7, $6)) AS "k1"("c0", "c1") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t0"."a0", $2) OR pg_catalog.starts_with("t0"."a0", $3)) AND pg_catalog.starts_with("t0"."a2", $4) AND "k1"."c1" OPERATOR(pg_catalog.=) "t0"."a1" UNION ALL SELECT "s4"."c0", "k3"."c0", "t2"."a2" FROM "polar"."fact_3" AS "t2", (VALUES ($5, $6), ($7, $8), ($7, $6)) AS "k3"("c0", "c1"), LATERAL (WITH RECURSIVE "m6"("tag") AS (SELECT 0), "a7"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t10"."a1") COLLATE pg_catalog."C", ("t10"."a0") COLLATE pg_catalog."C" FROM "m6" AS "mg9", "polar"."fact_2" AS "t10" WHERE "t10"."pred" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t10"."a0", $2) AND pg_catalog.starts_with("t10"."a1", $3) UNION ALL SELECT 0, ("t14"."a0") COLLATE pg_catalog."C", ("t14"."a1") COLLATE pg_catalog."C" FROM "m6" AS "mg13", "polar"."fact_2" AS "t14" WHERE "t14"."pred" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t14"."a0", $3) AND pg_catalog.starts_with("t14"."a1", $2) UNION SELECT "y15".* FROM "a7" AS "r8", LATERAL (SELECT 0, ("r8"."c0") COLLATE pg_catalog."C", ("t12"."a1") COLLATE pg_catalog."C" FROM "m6" AS "mg11", "polar"."fact_2" AS "t12" WHERE "r8"."tag" OPERATOR(pg_catalog.=) 0 AND "t12"."pred" OPERATOR(pg_catalog.=) $10 AND "t12"."a0" OPERATOR(pg_catalog.=) "r8"."c1" AND "polar"."has_type"("t12"."a1", $2)) AS "y15"("tag", "c0", "c1")) SELECT "fa16"."c0", "fa16"."c1" FROM "a7" AS "fa16" WHERE "fa16"."tag" OPERATOR(pg_catalog.=) 0) AS "s4"("c0", "c1") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t2"."a0", $2) AND pg_catalog.starts_with("t2"."a2", $4) AND "k3"."c1" OPERATOR(pg_catalog.=) "t2"."a1" AND pg_catalog.starts_with("s4"."c0", $3) AND "s4"."c1" OPERATOR(pg_catalog.=) "t2"."a0") AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text Team:
--   $3 text User:
--   $4 text Repository:
--   $5 text String:push
--   $6 text String:writer
--   $7 text String:read
--   $8 text String:reader
--   $9 text has_member
--   $10 text subteam_of
--   $11 text member_of

-- query member_of/2 all free
SELECT DISTINCT "o0", "o1" FROM (SELECT "t0"."a0", "t0"."a1" FROM "polar"."fact_2" AS "t0" WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 UNION ALL SELECT "s2"."c0", "t1"."a1" FROM "polar"."fact_2" AS "t1", LATERAL (WITH RECURSIVE "m4"("tag") AS (SELECT 0), "a5"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t8"."a1") COLLATE pg_catalog."C", ("t8"."a0") COLLATE pg_catalog."C" FROM "m4" AS "mg7", "polar"."fact_2" AS "t8" WHERE "t8"."pred" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t8"."a0", $3) AND pg_catalog.starts_with("t8"."a1", $5) UNION ALL SELECT 0, ("t12"."a0") COLLATE pg_catalog."C", ("t12"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg11", "polar"."fact_2" AS "t12" WHERE "t12"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t12"."a0", $5) AND pg_catalog.starts_with("t12"."a1", $3) UNION SELECT "y13".* FROM "a5" AS "r6", LATERAL (SELECT 0, ("r6"."c0") COLLATE pg_catalog."C", ("t10"."a1") COLLATE pg_catalog."C" FROM "m4" AS "mg9", "polar"."fact_2" AS "t10" WHERE "r6"."tag" OPERATOR(pg_catalog.=) 0 AND "t10"."pred" OPERATOR(pg_catalog.=) $2 AND "t10"."a0" OPERATOR(pg_catalog.=) "r6"."c1" AND "polar"."has_type"("t10"."a1", $3)) AS "y13"("tag", "c0", "c1")) SELECT "fa14"."c0", "fa14"."c1" FROM "a5" AS "fa14" WHERE "fa14"."tag" OPERATOR(pg_catalog.=) 0) AS "s2"("c0", "c1") WHERE "t1"."pred" OPERATOR(pg_catalog.=) $2 AND pg_catalog.starts_with("t1"."a0", $3) AND pg_catalog.starts_with("t1"."a1", $3) AND pg_catalog.starts_with("s2"."c0", $5) AND "s2"."c1" OPERATOR(pg_catalog.=) "t1"."a0" UNION ALL SELECT "t15"."a1", "t15"."a0" FROM "polar"."fact_2" AS "t15" WHERE "t15"."pred" OPERATOR(pg_catalog.=) $4 AND pg_catalog.starts_with("t15"."a0", $3) AND pg_catalog.starts_with("t15"."a1", $5)) AS "q"("o0", "o1")
--   $1 text member_of
--   $2 text subteam_of
--   $3 text Team:
--   $4 text has_member
--   $5 text User:

-- query allow/3 all free
SELECT DISTINCT "o0", "o1", "o2" FROM (SELECT "t0"."a0", "k1"."c0", "t0"."a2" FROM "polar"."fact_3" AS "t0", (VALUES ($5, $6), ($7, $8), ($7, $6)) AS "k1"("c0", "c1") WHERE "t0"."pred" OPERATOR(pg_catalog.=) $1 AND (pg_catalog.starts_with("t0"."a0", $2) OR pg_catalog.starts_with("t0"."a0", $3)) AND pg_catalog.starts_with("t0"."a2", $4) AND "k1"."c1" OPERATOR(pg_catalog.=) "t0"."a1" UNION ALL SELECT "s4"."c0", "k3"."c0", "t2"."a2" FROM "polar"."fact_3" AS "t2", (VALUES ($5, $6), ($7, $8), ($7, $6)) AS "k3"("c0", "c1"), LATERAL (WITH RECURSIVE "m6"("tag") AS (SELECT 0), "a7"("tag", "c0", "c1") AS (SELECT CAST(NULL AS pg_catalog.int4), CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C", CAST(NULL AS pg_catalog.text) COLLATE pg_catalog."C" WHERE false UNION ALL SELECT 0, ("t10"."a1") COLLATE pg_catalog."C", ("t10"."a0") COLLATE pg_catalog."C" FROM "m6" AS "mg9", "polar"."fact_2" AS "t10" WHERE "t10"."pred" OPERATOR(pg_catalog.=) $9 AND pg_catalog.starts_with("t10"."a0", $2) AND pg_catalog.starts_with("t10"."a1", $3) UNION ALL SELECT 0, ("t14"."a0") COLLATE pg_catalog."C", ("t14"."a1") COLLATE pg_catalog."C" FROM "m6" AS "mg13", "polar"."fact_2" AS "t14" WHERE "t14"."pred" OPERATOR(pg_catalog.=) $11 AND pg_catalog.starts_with("t14"."a0", $3) AND pg_catalog.starts_with("t14"."a1", $2) UNION SELECT "y15".* FROM "a7" AS "r8", LATERAL (SELECT 0, ("r8"."c0") COLLATE pg_catalog."C", ("t12"."a1") COLLATE pg_catalog."C" FROM "m6" AS "mg11", "polar"."fact_2" AS "t12" WHERE "r8"."tag" OPERATOR(pg_catalog.=) 0 AND "t12"."pred" OPERATOR(pg_catalog.=) $10 AND "t12"."a0" OPERATOR(pg_catalog.=) "r8"."c1" AND "polar"."has_type"("t12"."a1", $2)) AS "y15"("tag", "c0", "c1")) SELECT "fa16"."c0", "fa16"."c1" FROM "a7" AS "fa16" WHERE "fa16"."tag" OPERATOR(pg_catalog.=) 0) AS "s4"("c0", "c1") WHERE "t2"."pred" OPERATOR(pg_catalog.=) $1 AND pg_catalog.starts_with("t2"."a0", $2) AND pg_catalog.starts_with("t2"."a2", $4) AND "k3"."c1" OPERATOR(pg_catalog.=) "t2"."a1" AND pg_catalog.starts_with("s4"."c0", $3) AND "s4"."c1" OPERATOR(pg_catalog.=) "t2"."a0") AS "q"("o0", "o1", "o2")
--   $1 text has_role
--   $2 text Team:
--   $3 text User:
--   $4 text Repository:
--   $5 text String:push
--   $6 text String:writer
--   $7 text String:read
--   $8 text String:reader
--   $9 text has_member
--   $10 text subteam_of
--   $11 text member_of

