-- Compiled plans look up stored facts only of the predicates that have (or had) some
-- (polar.stored_predicates): a check of a policy that never stores sp_shared facts does not
-- probe for them. The first fact of a predicate, stored by polar.tell or by a plain INSERT,
-- records it and the very next check (same transaction) looks it up; rows are never removed.

SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  roles = ["viewer"];
  permissions = ["read"];
  "read" if "viewer";
}
declare sp_shared(Doc, User);
declare sp_banned(User);
has_permission(user: User, "read", doc: Doc) if sp_shared(doc, user) and not sp_banned(user);
$polar$, 'stored_predicates.polar') > 0 AS loaded;

-- Shows which fact lookups a check compiles to (predicate names are parameters: count tables).
CREATE FUNCTION pg_temp.lookups() RETURNS text LANGUAGE sql AS $$
  SELECT format('fact_1: %s, fact_2: %s, fact_3: %s',
                (length(q) - length(replace(q, '"fact_1"', ''))) / 8,
                (length(q) - length(replace(q, '"fact_2"', ''))) / 8,
                (length(q) - length(replace(q, '"fact_3"', ''))) / 8)
  FROM (SELECT polar.query_sql('allow', 'User:ann', 'read', 'Doc:d1') AS q) s
$$;

SELECT pred, arity FROM polar.stored_predicates WHERE pred LIKE 'sp\_%' ORDER BY 1;
SELECT pg_temp.lookups();                                        -- roles only (earlier files stored has_role facts)
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;

-- The first sp_shared fact, in a transaction: the next check in it sees it.
BEGIN;
SELECT polar.tell('sp_shared', 'Doc:d1', 'User:ann');
SELECT pg_temp.lookups();                                        -- + sp_shared; sp_banned still left out
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;
ROLLBACK;
-- Rolled back: not recorded.
SELECT pred FROM polar.stored_predicates WHERE pred LIKE 'sp\_%';
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;

-- A plain INSERT (bulk loads, restores) records the predicate too.
INSERT INTO polar.fact_2 VALUES ('sp_shared', 'Doc:d1', 'User:ann'), ('sp_shared', 'Doc:d2', 'User:ann');
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;
INSERT INTO polar.fact_1 VALUES ('sp_banned', 'User:ann');
SELECT pg_temp.lookups();                                        -- both, and the negation
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;
SELECT pred, arity FROM polar.stored_predicates WHERE pred LIKE 'sp\_%' ORDER BY 1;

-- One statement storing many new predicates (more than the trigger keeps in hand) records all.
INSERT INTO polar.fact_1 SELECT 'sp_many_' || i, 'User:ann' FROM generate_series(1, 12) i;
SELECT count(*) AS recorded FROM polar.stored_predicates WHERE pred LIKE 'sp\_many\_%' AND arity = 1;
DELETE FROM polar.fact_1 WHERE pred LIKE 'sp\_many\_%';

-- Deleting every fact keeps the record (and the lookup).
SELECT polar.delete('sp_banned', NULL) AS deleted;
SELECT pg_temp.lookups();
SELECT polar.authorize('User:ann', 'read', 'Doc:d1') AS ann_reads;

-- Facts written with the triggers disabled (a data-only restore): the next policy load counts
-- what the fact tables hold.
ALTER TABLE polar.fact_1 DISABLE TRIGGER ALL;
INSERT INTO polar.fact_1 VALUES ('sp_untracked', 'User:bob');
ALTER TABLE polar.fact_1 ENABLE TRIGGER ALL;
ALTER TABLE polar.fact_1 ENABLE ALWAYS TRIGGER note_inserted_predicates;
ALTER TABLE polar.fact_1 ENABLE ALWAYS TRIGGER note_updated_predicates;
SELECT pred FROM polar.stored_predicates WHERE pred = 'sp_untracked';
SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  permissions = ["read"];
}
declare sp_untracked(User);
has_permission(user: User, "read", _doc: Doc) if sp_untracked(user);
$polar$, 'untracked.polar') > 0 AS loaded;
SELECT polar.authorize('User:bob', 'read', 'Doc:d1') AS bob_reads;

-- bulk_tell stores a large batch (64 facts or more) as COPY does, past the executor and the
-- table's trigger: it records the batch's new predicates itself, and the next check in the
-- transaction looks them up.
SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  permissions = ["read"];
}
declare sp_bulk(Doc, User);
has_permission(user: User, "read", doc: Doc) if sp_bulk(doc, user);
$polar$, 'bulk.polar') > 0 AS loaded;
CREATE FUNCTION pg_temp.bulk_facts(first int, last int) RETURNS jsonb LANGUAGE sql AS $$
  SELECT jsonb_agg(jsonb_build_array('sp_bulk', 'Doc:bulk' || i, 'User:cat')) FROM generate_series(first, last) i
$$;
BEGIN;
SELECT polar.bulk_tell(pg_temp.bulk_facts(1, 70)) AS stored;
SELECT pred, arity FROM polar.stored_predicates WHERE pred = 'sp_bulk';
SELECT pg_temp.lookups();
SELECT polar.authorize('User:cat', 'read', 'Doc:bulk70') AS cat_reads;
ROLLBACK;
SELECT count(*) AS recorded FROM polar.stored_predicates WHERE pred = 'sp_bulk';
SELECT polar.authorize('User:cat', 'read', 'Doc:bulk70') AS cat_reads;
-- Committed: the heap and the indexes agree (amcheck reads every tuple back from each index).
SELECT polar.bulk_tell(pg_temp.bulk_facts(1, 70)) AS stored;
SELECT polar.authorize('User:cat', 'read', 'Doc:bulk70') AS cat_reads;
CREATE EXTENSION amcheck;
SELECT count(bt_index_check(indexrelid, true)) AS checked_indexes FROM pg_index WHERE indrelid = 'polar.fact_2'::regclass;
-- Indexes of one's own on a fact table get their entries too: B-trees over columns in each one's
-- key order (ascending or not), expression and partial B-trees and other access methods row by
-- row. amcheck finds every new fact in each B-tree; the hash index finds each of them.
CREATE INDEX sp_desc ON polar.fact_2 (a1 DESC, a0);
CREATE INDEX sp_expr ON polar.fact_2 (lower(a0));
CREATE INDEX sp_partial ON polar.fact_2 (a0) WHERE a0 LIKE 'Doc:idx1%';
CREATE INDEX sp_hash ON polar.fact_2 USING hash (a0);
SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('sp_bulk', 'Doc:idx' || i, 'User:dog' || (i % 7)))
                        FROM generate_series(1, 150) i)) AS stored;
SELECT count(bt_index_check(indexrelid, true)) AS checked_indexes FROM pg_index WHERE indrelid = 'polar.fact_2'::regclass
   AND (SELECT amname FROM pg_class JOIN pg_am ON pg_am.oid = relam WHERE pg_class.oid = indexrelid) = 'btree';
BEGIN;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT * FROM polar.fact_2 WHERE a0 = 'Doc:idx1';
SELECT count(*) AS found FROM generate_series(1, 150) i WHERE EXISTS (SELECT FROM polar.fact_2 WHERE a0 = 'Doc:idx' || i);
COMMIT;
SELECT polar.authorize('User:dog3', 'read', 'Doc:idx150') AS dog3_reads, polar.authorize('User:dog4', 'read', 'Doc:idx150') AS dog4_reads;
SELECT sum(polar.delete('sp_bulk', NULL, 'User:dog' || i)) AS deleted FROM generate_series(0, 6) i;
DROP INDEX polar.sp_desc, polar.sp_expr, polar.sp_partial, polar.sp_hash;
-- The widest facts: five arguments, five indexes.
SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  permissions = ["read"];
}
declare sp_bulk(Doc, User);
declare sp_wide(Doc, User, String, Integer, Boolean);
has_permission(user: User, "read", doc: Doc) if sp_bulk(doc, user) or sp_wide(doc, user, "grant", 1, true);
$polar$, 'bulk.polar') > 0 AS loaded;
SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('sp_wide', 'Doc:w' || i, 'User:cat', 'grant',
                                                           'Integer:' || (i % 3), 'Boolean:' || (i % 2 = 0)))
                        FROM generate_series(1, 90) i)) AS stored;
SELECT count(bt_index_check(indexrelid, true)) AS checked_indexes FROM pg_index WHERE indrelid = 'polar.fact_5'::regclass;
SELECT polar.authorize('User:cat', 'read', 'Doc:w4') AS cat_reads_w4, polar.authorize('User:cat', 'read', 'Doc:w5') AS cat_reads_w5;
SELECT polar.delete('sp_wide', NULL, NULL, NULL, NULL, NULL) AS deleted;
DROP EXTENSION amcheck;
-- A trigger of one's own on a fact table makes bulk_tell store with an INSERT, which fires it.
CREATE TABLE public.sp_audit (pred text, a0 text);
CREATE FUNCTION public.sp_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN INSERT INTO public.sp_audit VALUES (NEW.pred, NEW.a0); RETURN NEW; END $$;
CREATE TRIGGER sp_audit AFTER INSERT ON polar.fact_2 FOR EACH ROW EXECUTE FUNCTION public.sp_audit_row();
SELECT polar.bulk_tell(pg_temp.bulk_facts(71, 140)) AS stored;
SELECT count(*) AS audited, count(DISTINCT a0) AS docs FROM public.sp_audit;
DROP TRIGGER sp_audit ON polar.fact_2;
DROP FUNCTION public.sp_audit_row();
DROP TABLE public.sp_audit;
SELECT polar.authorize('User:cat', 'read', 'Doc:bulk140') AS cat_reads;
-- Stored facts again, and more: the direct store meets a stored fact and the batch is stored
-- with ON CONFLICT DO NOTHING instead (the new ones only).
SELECT polar.bulk_tell(pg_temp.bulk_facts(1, 200)) AS stored;
-- In a read-only transaction: INSERT's own error.
BEGIN READ ONLY;
SELECT polar.bulk_tell(pg_temp.bulk_facts(201, 400)) AS stored;
ROLLBACK;
SELECT polar.delete('sp_bulk', NULL, NULL) AS deleted;

-- Clean up.
SELECT polar.delete('sp_shared', NULL, NULL) AS deleted, polar.delete('sp_untracked', NULL) AS deleted;

-- polar.list drops duplicate answers itself (a hash table, no DISTINCT in the query): a pull
-- request linked to two readable repositories is listed once, and so is a repository readable
-- through two roles.
SELECT polar.load_policy($polar$
actor User {}
resource Repo {
  roles = ["reader", "writer"];
  permissions = ["read"];
  "read" if "reader";
  "read" if "writer";
}
resource Pull {
  permissions = ["read"];
  relations = { repo: Repo };
  "read" if "read" on "repo";
}
$polar$, 'lists.polar') > 0 AS loaded;
SELECT polar.bulk_tell('[["has_role", "User:ann", "reader", "Repo:r1"], ["has_role", "User:ann", "writer", "Repo:r1"],
                         ["has_role", "User:ann", "reader", "Repo:r2"],
                         ["has_relation", "Pull:p1", "repo", "Repo:r1"], ["has_relation", "Pull:p1", "repo", "Repo:r2"],
                         ["has_relation", "Pull:p2", "repo", "Repo:r2"]]') AS stored;
SELECT * FROM polar.list('User:ann', 'read', 'Pull') ORDER BY 1;
SELECT * FROM polar.list('User:ann', 'read', 'Repo') ORDER BY 1;
SELECT polar.bulk_delete('[["has_role", "User:ann", null, null], ["has_relation", null, "repo", null]]') AS deleted;

-- A recursive component whose facts were never stored has no exit rule left; its (empty)
-- answers are still typed as values, so a check that seeds another component with them
-- compiles and answers (found by the differential suite in a fresh database: nested groups
-- holding roles on projects, which inherit roles from their organization, no group facts).
SELECT polar.load_policy($polar$
actor User {}
actor Group {}
resource Org {
  roles = ["admin"];
  relations = { parent: Org };
  role if role on "parent";
}
resource Project {
  roles = ["admin"];
  permissions = ["delete"];
  relations = { org: Org };
  "delete" if "admin";
  role if role on "org";
}
has_role(u: User, role: String, r: Project) if g matches Group and sp_group(u, g) and has_role(g, role, r);
sp_group(u: User, g: Group) if i matches Group and sp_group(u, i) and sp_group(i, g);
$polar$, 'groups.polar') > 0 AS loaded;
SELECT polar.authorize('User:ann', 'delete', 'Project:p1') AS ann_deletes;
SELECT polar.tell('sp_group', 'User:ann', 'Group:g1'), polar.tell('sp_group', 'Group:g1', 'Group:g2'),
       polar.tell('has_role', 'Group:g2', 'admin', 'Project:p1');
SELECT polar.authorize('User:ann', 'delete', 'Project:p1') AS ann_deletes;
SELECT polar.delete('sp_group', NULL, NULL) AS deleted, polar.delete('has_role', 'Group:g2', NULL, NULL) AS deleted;
