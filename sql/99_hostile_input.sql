-- No injection (SECURITY.md, "No injection"): ids, types, predicates, roles, binding signatures,
-- binding queries and policy string literals made of quotes, backslashes, $$, semicolons,
-- comments, unicode and 100 KB are stored and answered exactly, or refused with a clear error;
-- never executed. Every hostile statement targets the canary table; it must stay untouched.

CREATE TABLE sec_canary (n integer);
INSERT INTO sec_canary VALUES (1);

CREATE TABLE sec_corpus (label text PRIMARY KEY, s text NOT NULL);
INSERT INTO sec_corpus VALUES
  ('single quote',        $c$it's$c$),
  ('quote break-out',     $c$x'); DROP TABLE sec_canary; --$c$),
  ('double quote',        $c$say "hi"$c$),
  ('backslashes',         $c$a\b\\c\'\"\n$c$),
  ('dollar quotes',       $c$$$; DELETE FROM sec_canary; $$$c$),
  ('tagged dollar quote', $c$$x$ || (SELECT 1) || $x$$c$),
  ('semicolons',          $c$;;; TRUNCATE sec_canary;$c$),
  ('line comment',        $c$-- DELETE FROM sec_canary$c$),
  ('block comment',       $c$/* */ DELETE FROM sec_canary /*$c$),
  ('identifier quote',    $c$"); DROP TABLE sec_canary; --$c$),
  ('format specifiers',   $c$%s %I %L %%$c$),
  ('colons',              $c$a:b::text:c$c$),
  ('wildcards',           $c$_%*$c$),
  ('unicode',             $c$ünï©ødé 日本語 🔒 ‮rtl$c$),
  ('newline and tab',     E'two\nlines\tand tab'),
  ('spaces',              '  padded  '),
  ('psql meta',           $c$\! echo hi \gexec$c$),
  ('json breaker',        $c$"]], [["x$c$),
  ('100 KB',              repeat($c$x'"\$$;--/*$c$, 10240));

-- One row per hostile string: every fact entry point with it as an id, as a role, as a type and
-- as a predicate; 'ok' means an exact round trip, otherwise the SQLSTATE of the clear refusal.
CREATE FUNCTION pg_temp.probe(s text) RETURNS TABLE (as_id text, as_role text, as_type text, as_predicate text)
LANGUAGE plpgsql AS $$
DECLARE
  actor text := 'User:' || s;
  doc text := 'Doc:' || s;
  ok boolean;
  n bigint;
BEGIN
  BEGIN
    as_id := '';
    PERFORM polar.tell('has_role', actor, 'viewer', doc);
    IF (SELECT array_agg(args) FROM polar.get('has_role', actor, NULL, NULL)) IS DISTINCT FROM ARRAY[ARRAY[actor, 'viewer', doc]] THEN as_id := as_id || ' get'; END IF;
    IF NOT polar.authorize(actor, 'read', doc) THEN as_id := as_id || ' authorize'; END IF;
    IF polar.authorize(actor, 'read', 'Doc:other') OR polar.authorize('User:other', 'read', doc) THEN as_id := as_id || ' others'; END IF;
    IF (SELECT array_agg(x) FROM polar.list(actor, 'read', 'Doc') x) IS DISTINCT FROM ARRAY[s] THEN as_id := as_id || ' list'; END IF;
    IF (SELECT array_agg(x) FROM polar.actions(actor, doc) x) IS DISTINCT FROM ARRAY['read'] THEN as_id := as_id || ' actions'; END IF;
    IF (SELECT array_agg(args) FROM polar.query('has_role', actor, NULL, NULL)) IS DISTINCT FROM ARRAY[ARRAY[actor, 'viewer', doc]] THEN as_id := as_id || ' query'; END IF;
    IF polar.explain(actor, 'read', doc) IS NULL THEN as_id := as_id || ' explain'; END IF;
    IF polar.delete('has_role', actor, 'viewer', doc) <> 1 THEN as_id := as_id || ' delete'; END IF;
    n := polar.bulk_tell(jsonb_build_array(jsonb_build_array('has_role', actor, 'viewer', doc)));
    IF n <> 1 THEN as_id := as_id || ' bulk_tell=' || n; END IF;
    IF NOT polar.authorize(actor, 'read', doc) THEN as_id := as_id || ' after_bulk_tell'; END IF;
    n := polar.bulk_delete(jsonb_build_array(jsonb_build_array('has_role', actor, 'viewer', doc)));
    IF n <> 1 THEN as_id := as_id || ' bulk_delete=' || n; END IF;
    IF polar.authorize(actor, 'read', doc) THEN as_id := as_id || ' after_bulk_delete'; END IF;
    as_id := CASE WHEN as_id = '' THEN 'ok' ELSE 'WRONG:' || as_id END;
  EXCEPTION WHEN others THEN as_id := SQLSTATE;
  END;
  BEGIN
    PERFORM polar.tell('has_role', 'User:r', s, 'Doc:r');
    ok := (SELECT array_agg(args) FROM polar.get('has_role', 'User:r', s, NULL)) = ARRAY[ARRAY['User:r', s, 'Doc:r']]
      AND NOT polar.authorize('User:r', 'read', 'Doc:r')
      AND polar.delete('has_role', 'User:r', s, 'Doc:r') = 1;
    as_role := CASE WHEN ok THEN 'ok' ELSE 'WRONG' END;
  EXCEPTION WHEN others THEN as_role := SQLSTATE;
  END;
  BEGIN
    PERFORM polar.tell('has_role', 'User:t', 'viewer', s || ':t');
    ok := (SELECT array_agg(args) FROM polar.get('has_role', 'User:t', NULL, NULL)) = ARRAY[ARRAY['User:t', 'viewer', s || ':t']]
      AND NOT polar.authorize('User:t', 'read', s || ':t')
      AND polar.delete('has_role', 'User:t', NULL, NULL) = 1;
    as_type := CASE WHEN ok THEN 'ok' ELSE 'WRONG' END;
  EXCEPTION WHEN others THEN as_type := SQLSTATE;
  END;
  BEGIN
    PERFORM polar.tell(s, 'User:p');
    ok := (SELECT array_agg(args) FROM polar.get(s, NULL)) = ARRAY[ARRAY['User:p']]
      AND polar.delete(s, NULL) = 1;
    as_predicate := CASE WHEN ok THEN 'ok' ELSE 'WRONG' END;
  EXCEPTION WHEN others THEN as_predicate := SQLSTATE;
  END;
  RETURN NEXT;
END $$;

SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  roles = ["viewer"];
  permissions = ["read"];
  "read" if "viewer";
}
$polar$, 'hostile.polar') > 0 AS loaded;
SELECT c.label, p.* FROM sec_corpus c, pg_temp.probe(c.s) p ORDER BY c.label;

-- Policy string literals: every hostile string (escaped as Polar requires) as the ids of a fact
-- written in the policy; each answers exactly for its own ids and no other.
SELECT polar.load_policy(format($polar$
actor User {}
resource Doc {
  roles = ["viewer"];
  permissions = ["read"];
  "read" if "viewer";
}
%s
$polar$, string_agg(format('has_role(User{"%1$s"}, "viewer", Doc{"%1$s"});',
                           replace(replace(s, '\', '\\'), '"', '\"')), E'\n')), 'hostile_literals.polar') > 0 AS loaded
FROM sec_corpus WHERE position(E'\n' IN s) = 0;
SELECT c.label,
       polar.authorize('User:' || s, 'read', 'Doc:' || s) AS reads_own,
       polar.authorize('User:' || s, 'read', 'Doc:' || s || 'x') AS reads_other
FROM sec_corpus c WHERE position(E'\n' IN s) = 0 ORDER BY c.label;
-- A line break inside a policy string is a parse error, not a truncated policy.
SELECT count(*) > 0 AS reported FROM polar.validate_policy(E'has_role(User{"a\nb"}, "viewer", Doc{"x"});')
WHERE severity = 'error';

-- Binding signatures and queries: a hostile signature is refused; a binding query that smuggles
-- a second statement is refused; neither runs anything.
CREATE FUNCTION pg_temp.try_bind(signature text, query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  PERFORM polar.bind(signature, query);
  RETURN 'bound';
EXCEPTION WHEN others THEN RETURN SQLSTATE;
END $$;
SELECT c.label, pg_temp.try_bind(c.s, 'SELECT 1') AS signature,
       pg_temp.try_bind('has_role(User:_, String:_, Doc:_)', 'SELECT ''a'', ''b'', ''c''; DELETE FROM sec_canary; ' || c.s)
         AS smuggled_statement
FROM sec_corpus c ORDER BY c.label;
SELECT count(*) AS bindings FROM polar.bindings;

-- Nothing ran: the canary is whole and no hostile fact is left behind.
SELECT n FROM sec_canary;
SELECT count(*) AS leftover_facts FROM polar.facts f, sec_corpus c WHERE c.s = ANY (f.args) OR f.predicate = c.s;
DROP TABLE sec_corpus, sec_canary;
