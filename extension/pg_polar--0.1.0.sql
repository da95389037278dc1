\echo Use "CREATE EXTENSION pg_polar" to load this file. \quit

-- pg_polar 0.1.0: Polar authorization policies compiled to SQL.
-- Everything lives in schema "polar". Functions pin search_path; the SQL they
-- generate is schema-qualified and takes every value as a bound parameter.

------------------------------------------------------------------------------
-- Policy catalog: every version ever loaded, at most one active.
------------------------------------------------------------------------------
-- Version numbers come from a sequence so that a number is never reused, even after a rolled-back load.
CREATE SEQUENCE polar.policy_version_seq AS integer;
CREATE TABLE polar.policy_versions (
  version   integer PRIMARY KEY,
  filename  text,
  source    text NOT NULL,
  sha256    text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT pg_catalog.now(),
  loaded_by name NOT NULL DEFAULT CURRENT_USER,
  active    boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX policy_versions_one_active ON polar.policy_versions (active) WHERE active;
COMMENT ON TABLE polar.policy_versions IS 'Every Polar policy version loaded; polar.load_policy() and polar.activate_policy() maintain it.';

CREATE VIEW polar.policies AS
  SELECT version, filename, sha256, loaded_at, loaded_by, active, source
  FROM polar.policy_versions;

SELECT pg_catalog.pg_extension_config_dump('polar.policy_versions', '');
SELECT pg_catalog.pg_extension_config_dump('polar.policy_version_seq', '');

------------------------------------------------------------------------------
-- Stored facts, one table per arity. Values are stored in their canonical
-- 'Type:id' form in the "C" collation, so a value's type is a range of the
-- index ('T:' <= v < 'T;'). Each table has an index led by every position a
-- compiled plan may look up from. Every index holds all columns, so no two
-- entries are equal: B-tree deduplication could never merge any, and its pass
-- on every page split cost ~5% of a bulk insert (off). The primary keys of
-- arity 2 to 5 lead with a0, not pred: a check probes a fact by its first value
-- once per row of the query around it, and a descent that compares a0 first
-- (distinct, at a fixed offset) rather than pred (shared by most entries, so
-- every comparison also reads a0 at a variable offset) costs ~12% less (S4 1% search: 5.5 -> 4.9 CPU ms).
-- Arity 3 then takes a2 before a1: has_role(actor, role, resource) is looked
-- up with both ends known and the role one of a set, which a (a0, pred, a2)
-- prefix finds exactly; after a1 the lookup read every role fact of the actor
-- (S4, 100 of them a row for the 1% search by repository: 15 -> 5.7 CPU ms).
-- Scans by predicate alone use the other indexes, which lead with pred.
------------------------------------------------------------------------------
CREATE TABLE polar.fact_1 (
  pred text COLLATE "C" NOT NULL, a0 text COLLATE "C" NOT NULL,
  PRIMARY KEY (pred, a0));

CREATE TABLE polar.fact_2 (
  pred text COLLATE "C" NOT NULL, a0 text COLLATE "C" NOT NULL, a1 text COLLATE "C" NOT NULL,
  PRIMARY KEY (a0, pred, a1));
CREATE INDEX fact_2_by_a1 ON polar.fact_2 (pred, a1, a0) WITH (deduplicate_items = off);

CREATE TABLE polar.fact_3 (
  pred text COLLATE "C" NOT NULL, a0 text COLLATE "C" NOT NULL, a1 text COLLATE "C" NOT NULL,
  a2 text COLLATE "C" NOT NULL,
  PRIMARY KEY (a0, pred, a2, a1));
CREATE INDEX fact_3_by_a2 ON polar.fact_3 (pred, a2, a1, a0) WITH (deduplicate_items = off);

CREATE TABLE polar.fact_4 (
  pred text COLLATE "C" NOT NULL, a0 text COLLATE "C" NOT NULL, a1 text COLLATE "C" NOT NULL,
  a2 text COLLATE "C" NOT NULL, a3 text COLLATE "C" NOT NULL,
  PRIMARY KEY (a0, pred, a1, a2, a3));
CREATE INDEX fact_4_by_a1 ON polar.fact_4 (pred, a1, a0, a2, a3) WITH (deduplicate_items = off);
CREATE INDEX fact_4_by_a2 ON polar.fact_4 (pred, a2, a0, a1, a3) WITH (deduplicate_items = off);
CREATE INDEX fact_4_by_a3 ON polar.fact_4 (pred, a3, a0, a1, a2) WITH (deduplicate_items = off);

CREATE TABLE polar.fact_5 (
  pred text COLLATE "C" NOT NULL, a0 text COLLATE "C" NOT NULL, a1 text COLLATE "C" NOT NULL,
  a2 text COLLATE "C" NOT NULL, a3 text COLLATE "C" NOT NULL, a4 text COLLATE "C" NOT NULL,
  PRIMARY KEY (a0, pred, a1, a2, a3, a4));
CREATE INDEX fact_5_by_a1 ON polar.fact_5 (pred, a1, a0, a2, a3, a4) WITH (deduplicate_items = off);
CREATE INDEX fact_5_by_a2 ON polar.fact_5 (pred, a2, a0, a1, a3, a4) WITH (deduplicate_items = off);
CREATE INDEX fact_5_by_a3 ON polar.fact_5 (pred, a3, a0, a1, a2, a4) WITH (deduplicate_items = off);
CREATE INDEX fact_5_by_a4 ON polar.fact_5 (pred, a4, a0, a1, a2, a3) WITH (deduplicate_items = off);

-- The predicates that have (or once had) stored facts. Compiled plans look up the stored
-- facts of these predicates only; the statement triggers below record a predicate the first
-- time facts of it are stored (by polar.tell or by any INSERT or UPDATE), and a new record
-- makes every backend recompile at commit, as a policy change does. Rows are never removed.
-- Not dumped: a restore re-creates it through the triggers (and checks also count what the
-- fact tables hold when they load the policy, for facts written with the triggers disabled).
CREATE TABLE polar.stored_predicates (
  arity int2 NOT NULL, pred text COLLATE "C" NOT NULL,
  PRIMARY KEY (arity, pred));

CREATE FUNCTION polar.note_stored_predicates() RETURNS trigger
  AS 'MODULE_PATHNAME', 'pg_polar_note_stored_predicates'
  LANGUAGE c SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
DO $$
BEGIN
  FOR arity IN 1 .. 5 LOOP
    EXECUTE format('CREATE TRIGGER note_inserted_predicates AFTER INSERT ON polar.fact_%s '
                   'REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT '
                   'EXECUTE FUNCTION polar.note_stored_predicates(%L)', arity, arity);
    EXECUTE format('CREATE TRIGGER note_updated_predicates AFTER UPDATE ON polar.fact_%s '
                   'REFERENCING NEW TABLE AS new_facts FOR EACH STATEMENT '
                   'EXECUTE FUNCTION polar.note_stored_predicates(%L)', arity, arity);
    -- Also when rows arrive through logical replication (session_replication_role = replica).
    EXECUTE format('ALTER TABLE polar.fact_%s ENABLE ALWAYS TRIGGER note_inserted_predicates', arity);
    EXECUTE format('ALTER TABLE polar.fact_%s ENABLE ALWAYS TRIGGER note_updated_predicates', arity);
  END LOOP;
END $$;

SELECT pg_catalog.pg_extension_config_dump('polar.fact_1', '');
SELECT pg_catalog.pg_extension_config_dump('polar.fact_2', '');
SELECT pg_catalog.pg_extension_config_dump('polar.fact_3', '');
SELECT pg_catalog.pg_extension_config_dump('polar.fact_4', '');
SELECT pg_catalog.pg_extension_config_dump('polar.fact_5', '');

------------------------------------------------------------------------------
-- Data bindings: predicates whose facts are read from the application's tables.
------------------------------------------------------------------------------
-- Each binding's query becomes a view polar_bindings.binding_<id> (c0, c1, ...), created with
-- the binder's search_path: names are resolved once, and PostgreSQL inlines the view into
-- compiled plans so the application's indexes are used.
CREATE SCHEMA polar_bindings;
REVOKE ALL ON SCHEMA polar_bindings FROM PUBLIC;

CREATE TABLE polar.binding_defs (
  id           serial PRIMARY KEY,
  predicate    text NOT NULL,
  signature    text NOT NULL,
  query        text NOT NULL,
  view_name    name NOT NULL,
  column_types text[] NOT NULL,   -- pg_type.typname of each result column, checked at bind time
  base_table   regclass,          -- when the query only projects columns of one table (no WHERE):
  base_columns name[],            -- that table and the column behind each result column
  created_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
  created_by   name NOT NULL DEFAULT CURRENT_USER
);
SELECT pg_catalog.pg_extension_config_dump('polar.binding_defs', '');
SELECT pg_catalog.pg_extension_config_dump('polar.binding_defs_id_seq', '');

CREATE VIEW polar.bindings AS
  SELECT id, predicate, signature, query, 'polar_bindings.' || view_name AS view, column_types, created_at, created_by
  FROM polar.binding_defs;

------------------------------------------------------------------------------
-- Values
------------------------------------------------------------------------------
CREATE FUNCTION polar.render_value(encoded text) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_polar_render_value'
  LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.render_value(text) IS 'Renders a stored value in the text notation that reads back as the same value.';

-- Decoders of canonical ids into binding column types, called per row by compiled plans
-- ('Repository:42' -> 42; NULL for another type or a non-canonical spelling such as '042').
-- The only functions without a pinned search_path: they are C, look up no names and run per row,
-- where a SET clause would cost a configuration save and restore on every call.
CREATE FUNCTION polar.id_int2(encoded text, prefix text) RETURNS int2
  AS 'MODULE_PATHNAME', 'pg_polar_id_int2' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION polar.id_int4(encoded text, prefix text) RETURNS int4
  AS 'MODULE_PATHNAME', 'pg_polar_id_int4' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION polar.id_int8(encoded text, prefix text) RETURNS int8
  AS 'MODULE_PATHNAME', 'pg_polar_id_int8' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION polar.id_uuid(encoded text, prefix text) RETURNS uuid
  AS 'MODULE_PATHNAME', 'pg_polar_id_uuid' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
-- A value's stored form ('PullRequest:42' from its text notation), raising a check's error on a
-- malformed one: the per-row step of checks that the planner hook inlines into a query.
CREATE FUNCTION polar.encode_value(notation text) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_polar_encode_value' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;
-- True for the first polar.probe_rows / share rows a check inlined into a query asks about (per
-- expression and execution): the run-time choice between probing each row and listing (or
-- hashing) once, made by the planner hook (share 1) and by a compiled probe for its rests.
-- Volatile: it counts its calls.
CREATE FUNCTION polar.probe_budget(share integer) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_probe_budget' LANGUAGE c VOLATILE PARALLEL SAFE;
-- Does an encoded value have this type prefix ('PullRequest:')? Per row, like the decoders.
CREATE FUNCTION polar.has_type(encoded text, prefix text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_has_type' LANGUAGE c IMMUTABLE STRICT PARALLEL SAFE;

CREATE VIEW polar.facts AS
  SELECT pred AS predicate, ARRAY[polar.render_value(a0)] AS args FROM polar.fact_1
  UNION ALL
  SELECT pred, ARRAY[polar.render_value(a0), polar.render_value(a1)] FROM polar.fact_2
  UNION ALL
  SELECT pred, ARRAY[polar.render_value(a0), polar.render_value(a1), polar.render_value(a2)] FROM polar.fact_3
  UNION ALL
  SELECT pred, ARRAY[polar.render_value(a0), polar.render_value(a1), polar.render_value(a2),
                     polar.render_value(a3)] FROM polar.fact_4
  UNION ALL
  SELECT pred, ARRAY[polar.render_value(a0), polar.render_value(a1), polar.render_value(a2),
                     polar.render_value(a3), polar.render_value(a4)] FROM polar.fact_5;

------------------------------------------------------------------------------
-- Policies
------------------------------------------------------------------------------
CREATE FUNCTION polar.load_policy(source text, filename text DEFAULT NULL, force boolean DEFAULT false)
  RETURNS integer
  AS 'MODULE_PATHNAME', 'pg_polar_load_policy'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.validate_policy(source text)
  RETURNS TABLE(severity text, line integer, col integer, message text)
  AS 'MODULE_PATHNAME', 'pg_polar_validate_policy'
  LANGUAGE c STABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.test_policy(source text DEFAULT NULL)
  RETURNS TABLE(test text, passed boolean, detail text)
  AS 'MODULE_PATHNAME', 'pg_polar_test_policy'
  LANGUAGE c VOLATILE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.activate_policy(version integer) RETURNS void
  AS 'MODULE_PATHNAME', 'pg_polar_activate_policy'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.policy_diff(from_version integer, to_version integer)
  RETURNS TABLE(change text, kind text, block text, name text)
  AS 'MODULE_PATHNAME', 'pg_polar_policy_diff'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.policy_diff(integer, integer) IS 'Types, roles, permissions, relations, rules and tests added or removed between two policy versions.';

CREATE FUNCTION polar.prune_policies(keep integer DEFAULT 10) RETURNS integer
  AS 'MODULE_PATHNAME', 'pg_polar_prune_policies'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.prune_policies(integer) IS 'Deletes inactive policy versions except the newest `keep`; returns how many were deleted.';

CREATE FUNCTION polar.policy_terms() RETURNS TABLE(block text, kind text, name text, related_type text)
  AS 'MODULE_PATHNAME', 'pg_polar_policy_terms'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
CREATE VIEW polar.policy_terms AS SELECT * FROM polar.policy_terms();
COMMENT ON VIEW polar.policy_terms IS 'The active policy''s types, roles, permissions and relations (inherited ones included).';

CREATE FUNCTION polar.policy_metadata() RETURNS jsonb
  AS 'MODULE_PATHNAME', 'pg_polar_policy_metadata'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

------------------------------------------------------------------------------
-- Facts
------------------------------------------------------------------------------
CREATE FUNCTION polar.tell(predicate text, VARIADIC args text[]) RETURNS void
  AS 'MODULE_PATHNAME', 'pg_polar_tell'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.delete(predicate text, VARIADIC args text[]) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_polar_delete'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.bulk_tell(facts jsonb) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_polar_bulk_tell'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.bulk_delete(patterns jsonb) RETURNS bigint
  AS 'MODULE_PATHNAME', 'pg_polar_bulk_delete'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.batch(changes jsonb) RETURNS void
  AS 'MODULE_PATHNAME', 'pg_polar_batch'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.get(predicate text, VARIADIC args text[])
  RETURNS TABLE(predicate text, args text[])
  AS 'MODULE_PATHNAME', 'pg_polar_get'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.bind(signature text, query text,
                           search_path text DEFAULT pg_catalog.current_setting('search_path')) RETURNS integer
  AS 'MODULE_PATHNAME', 'pg_polar_bind'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.bind(text, text, text) IS 'Reads the facts of a predicate from an application query, e.g. bind(''is_public(Repository:_)'', ''SELECT id FROM repositories WHERE public'').';

CREATE FUNCTION polar.unbind(binding integer) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_unbind_id'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.unbind(signature text) RETURNS integer
  AS 'MODULE_PATHNAME', 'pg_polar_unbind_signature'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;

------------------------------------------------------------------------------
-- Row filters: views of the keys of an application table the acting actor (setting
-- polar.actor) may act on, regenerated whenever the policy or a binding changes.
------------------------------------------------------------------------------
CREATE SCHEMA polar_filters;
GRANT USAGE ON SCHEMA polar_filters TO PUBLIC;

CREATE TABLE polar.filter_defs (
  name          name PRIMARY KEY,
  table_oid     regclass NOT NULL,
  key_column    name NOT NULL,
  resource_type text NOT NULL,
  action        text NOT NULL,
  rls_command   text,           -- set when polar.enable_rls() installed a policy
  rls_parts     integer NOT NULL DEFAULT 0,  -- views polar_filters.<name>_p<i> its policy reads
  created_by    name NOT NULL DEFAULT CURRENT_USER  -- the role that called create_filter / enable_rls
);
SELECT pg_catalog.pg_extension_config_dump('polar.filter_defs', '');

CREATE FUNCTION polar.current_actor() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, pg_temp
  AS $$ SELECT pg_catalog.current_setting('polar.actor', true) $$;
COMMENT ON FUNCTION polar.current_actor() IS 'The acting actor of row filters and row-level security: SET polar.actor = ''User:alice''.';

CREATE FUNCTION polar.create_filter(name name, tbl regclass, key_column name, resource_type text,
                                    action text DEFAULT 'read') RETURNS text
  AS 'MODULE_PATHNAME', 'pg_polar_create_filter'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.create_filter(name, regclass, name, text, text) IS 'Creates the view polar_filters.<name>(id): keys of tbl on which current_setting(''polar.actor'') may do action. Filter with WHERE key IN (SELECT id FROM polar_filters.<name>).';

CREATE FUNCTION polar.drop_filter(name name) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_drop_filter'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.enable_rls(tbl regclass, key_column name, resource_type text, action text DEFAULT 'read',
                                 command text DEFAULT 'SELECT') RETURNS text
  AS 'MODULE_PATHNAME', 'pg_polar_enable_rls'
  LANGUAGE c VOLATILE PARALLEL UNSAFE
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.enable_rls(regclass, name, text, text, text) IS 'Row-level security on tbl: a row is visible when current_setting(''polar.actor'') may do action on it.';

-- What filter views and row-level-security policies call as the querying role (PUBLIC): the
-- check of the acting actor (polar.actor), answered only for the (type, action) of a filter on
-- tbl and for a role that may read, update or delete tbl (the gate); else false, or no rows.
-- The planner hook (src/pg/inline_checks.cpp) plans filter_authorize inside the query.
CREATE FUNCTION polar.filter_authorize(tbl regclass, action text, resource text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_filter_authorize'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  -- not SECURITY DEFINER: switches to the owner itself, knowing its caller (src/pg/caller.hpp)
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.filter_authorize(regclass, text, text) IS 'polar.authorize(current_setting(''polar.actor''), action, resource) for a filter of tbl on the type of resource with this action, to a role that may read tbl; false otherwise.';
CREATE FUNCTION polar.filter_list(tbl regclass, action text, resource_type text) RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_filter_list'
  LANGUAGE c STABLE PARALLEL RESTRICTED ROWS 100
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.filter_list(regclass, text, text) IS 'polar.list(current_setting(''polar.actor''), action, resource_type) behind the gate of polar.filter_authorize.';
CREATE FUNCTION polar.filter_gate(tbl regclass, action text, resource_type text) RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_filter_gate'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.filter_gate(regclass, text, text) IS 'The gate of polar.filter_authorize: a filter of tbl checks action on resource_type, and the caller may read, update or delete tbl.';

------------------------------------------------------------------------------
-- Checks
------------------------------------------------------------------------------
CREATE FUNCTION polar.authorize(actor text, action text, resource text, context_facts jsonb DEFAULT NULL)
  RETURNS boolean
  AS 'MODULE_PATHNAME', 'pg_polar_authorize'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.list(actor text, action text, resource_type text, context_facts jsonb DEFAULT NULL)
  RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_list'
  LANGUAGE c STABLE PARALLEL RESTRICTED ROWS 100
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.actions(actor text, resource text, context_facts jsonb DEFAULT NULL)
  RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_actions'
  LANGUAGE c STABLE PARALLEL RESTRICTED ROWS 10
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.subjects(action text, resource text, actor_type text, context_facts jsonb DEFAULT NULL)
  RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_subjects'
  LANGUAGE c STABLE PARALLEL RESTRICTED ROWS 100
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.subjects(text, text, text, jsonb) IS 'The ids of every actor of actor_type allowed to do action on resource, sorted; * when every actor of the type is.';

CREATE FUNCTION polar.authorize_ids(actor text, action text, resource_type text, ids text[],
                                    context_facts jsonb DEFAULT NULL) RETURNS text[]
  AS 'MODULE_PATHNAME', 'pg_polar_authorize_ids'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.authorize_ids(text, text, text, text[], jsonb) IS 'The ids (of resource_type) on which actor may do action, in input order: one compiled query for the whole batch.';

CREATE FUNCTION polar.actions_many(actor text, resource_type text, ids text[], context_facts jsonb DEFAULT NULL)
  RETURNS TABLE(id text, actions text[])
  AS 'MODULE_PATHNAME', 'pg_polar_actions_many'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.actions_many(text, text, text[], jsonb) IS 'Each id (in input order) with the sorted actions actor may do on it.';

CREATE FUNCTION polar.explain(actor text, action text, resource text, context_facts jsonb DEFAULT NULL)
  RETURNS jsonb
  AS 'MODULE_PATHNAME', 'pg_polar_explain'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.explain(text, text, text, jsonb) IS 'Why a check is allowed (a derivation down to the facts) or denied (each rule that could grant it, with its first failing condition).';

CREATE FUNCTION polar.explain_text(actor text, action text, resource text, context_facts jsonb DEFAULT NULL)
  RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_explain_text'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.explain_text(text, text, text, jsonb) IS 'polar.explain() as indented lines for psql.';

CREATE FUNCTION polar.query(predicate text, VARIADIC args text[])
  RETURNS TABLE(args text[])
  AS 'MODULE_PATHNAME', 'pg_polar_query'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;

CREATE FUNCTION polar.query_sql(predicate text, VARIADIC args text[]) RETURNS text
  AS 'MODULE_PATHNAME', 'pg_polar_query_sql'
  LANGUAGE c STABLE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
CREATE FUNCTION polar.query_plan(run boolean, predicate text, VARIADIC args text[]) RETURNS SETOF text
  AS 'MODULE_PATHNAME', 'pg_polar_query_plan'
  LANGUAGE c VOLATILE PARALLEL RESTRICTED
  SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp;
COMMENT ON FUNCTION polar.query_plan(boolean, text, text[]) IS 'EXPLAIN (with ANALYZE when asked) of the compiled query for these arguments.';

COMMENT ON FUNCTION polar.query_sql(text, text[]) IS 'The SQL a query of this shape compiles to (for EXPLAIN and debugging).';

------------------------------------------------------------------------------
-- Privileges (SECURITY.md): out of the box only the extension owner loads policies, writes
-- facts and bindings, and runs checks; the owner grants EXECUTE to the application's roles
-- (recipes for a policy admin, a fact writer and a checker in SECURITY.md, proven by
-- sql/98_privileges.sql). Functions that touch the private tables run as the extension owner
-- (SECURITY DEFINER, or SECURITY INVOKER switching to the owner where the caller matters), every
-- one with a pinned search_path. PUBLIC keeps only the pure helpers that compiled plans, filter
-- views and row-level-security policies call as the querying role, and validate_policy (it reads
-- nothing stored).
------------------------------------------------------------------------------
REVOKE ALL ON ALL TABLES IN SCHEMA polar FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA polar FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA polar FROM PUBLIC;
GRANT USAGE ON SCHEMA polar TO PUBLIC;
GRANT EXECUTE ON FUNCTION polar.render_value(text), polar.id_int2(text, text), polar.id_int4(text, text),
  polar.id_int8(text, text), polar.id_uuid(text, text), polar.has_type(text, text), polar.encode_value(text),
  polar.probe_budget(integer),
  polar.filter_authorize(regclass, text, text), polar.filter_list(regclass, text, text),
  polar.filter_gate(regclass, text, text),
  polar.current_actor(), polar.validate_policy(text) TO PUBLIC;
