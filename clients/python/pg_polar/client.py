"""Oso: the Oso Cloud client's API over pg_polar's SQL functions, on the application's own
connection (or a pool)."""

from __future__ import annotations

import builtins
import contextlib
import json
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union, overload

from . import connections
from .batch import Batch
from .errors import from_driver_error
from .fragments import SqlFragment, authorize_column_fragment, authorize_fragment, list_fragment
from .values import (
    Fact,
    Value,
    ValueLike,
    from_text,
    pattern_text,
    require_text,
    split_fact,
    to_json,
    to_text,
    to_value,
    type_name,
)

_DRIVER_ERRORS = connections.driver_errors()

FactLike = Union[Fact, Sequence[Any]]
ContextFacts = Optional[Iterable[FactLike]]

_AUTHORIZE = "SELECT polar.authorize(%s, %s, %s, %s::jsonb)"
_LIST = "SELECT polar.list(%s, %s, %s, %s::jsonb)"
_ACTIONS = "SELECT polar.actions(%s, %s, %s::jsonb)"
_TELL = "SELECT polar.tell(%s, VARIADIC %s::text[])"
_DELETE = "SELECT polar.delete(%s, VARIADIC %s::text[])"
_BULK_TELL = "SELECT polar.bulk_tell(%s::jsonb)"
_BULK_DELETE = "SELECT polar.bulk_delete(%s::jsonb)"
_BATCH = "SELECT polar.batch(%s::jsonb)"
_GET = "SELECT predicate, args FROM polar.get(%s, VARIADIC %s::text[])"
_QUERY = "SELECT args FROM polar.query(%s, VARIADIC %s::text[])"
_LOAD = "SELECT polar.load_policy(%s, %s, %s)"
_METADATA = "SELECT polar.policy_metadata()"
_EXPLAIN = "SELECT polar.explain(%s, %s, %s, %s::jsonb)"
_EXPLAIN_TEXT = "SELECT polar.explain_text(%s, %s, %s, %s::jsonb)"
_AUTHORIZE_IDS = "polar.authorize_ids(%s, %s, %s, %s::text[], %s::jsonb)"
_ACTIONS_MANY = "SELECT %s::text, id, actions FROM polar.actions_many(%s, %s, %s::text[], %s::jsonb)"


def _facts_json(facts: Iterable[FactLike], pattern: bool, what: str) -> List[List[Any]]:
    out: List[List[Any]] = []
    args: Sequence[Any]
    for fact in facts:
        if (type(fact) is tuple or type(fact) is list) and fact and type(fact[0]) is str:
            predicate, args = fact[0], fact[1:]  # the common shape, without split_fact's checks
        else:
            predicate, args = split_fact(fact, f"{what} {len(out) + 1}")
        out.append([predicate] + [to_json(a, pattern, "argument") for a in args])
    return out


def _context(context_facts: ContextFacts) -> Optional[str]:
    if context_facts is None:
        return None
    return json.dumps(_facts_json(context_facts, False, "context fact"))


def _action(action: str) -> str:
    return require_text(action, "action")


def _plain(rendered: str) -> str:
    """An action or id as rendered by pg_polar, back to the plain string."""
    v = from_text(rendered)
    return v.id if isinstance(v, Value) and v.type == "String" else rendered


def _ids_by_type(resources: Sequence[ValueLike]) -> Tuple[List[Value], Dict[str, List[str]]]:
    """The resources as Values, and their ids grouped by type (one batch call per type)."""
    values = [to_value(r, "resource") for r in resources]
    by_type: Dict[str, List[str]] = {}
    for v in values:
        by_type.setdefault(v.type, []).append(v.id)
    return values, by_type


def _fact_args(predicate_or_fact: Any, args: Tuple[Any, ...]) -> Tuple[Any, Tuple[Any, ...]]:
    """tell("has_role", u, "member", o) and tell(("has_role", u, "member", o)) alike."""
    if not args and not isinstance(predicate_or_fact, str) and predicate_or_fact is not None:
        predicate, fact_args = split_fact(predicate_or_fact)
        return predicate, tuple(fact_args)
    return predicate_or_fact, args


class Oso:
    """The client. `Oso(conn)` runs every call on that psycopg (3) or psycopg2 connection, in
    whatever transaction it is in (the client never commits it); `Oso(pool)` borrows a
    connection per call from a psycopg_pool.ConnectionPool (or anything with .connection()),
    which commits each call; `Oso(factory)` calls factory() for a context manager yielding a
    connection; SQLAlchemy Session/Connection/Engine objects are accepted too.

    Per request: `oso.with_connection(conn)` or `with oso.transaction() as tx:`."""

    def __init__(self, conn_or_pool: Any) -> None:
        self._source = conn_or_pool
        self._conn, self._borrow = connections.resolve(conn_or_pool)

    # ----------------------------------------------------------------------------------------
    # Connections and transactions

    def with_connection(self, conn: Any) -> "Oso":
        """The same client on the application's connection (or SQLAlchemy session): its checks
        run in that transaction and see rows and facts written there a moment ago."""
        return Oso(conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Oso"]:
        """A transaction (a savepoint when one is already open) committed when the block ends
        normally and rolled back on an exception; yields a client bound to it."""
        if self._conn is not None:
            with connections.transaction(self._conn):
                yield self
            return
        if type(self._source).__module__.startswith("sqlalchemy"):
            raise TypeError("with SQLAlchemy, use the session's own transaction (with session.begin(): ...)")
        assert self._borrow is not None
        with self._borrow() as conn, connections.transaction(conn):
            yield Oso(conn)

    def _rows(self, sql: str, params: Sequence[Any]) -> List[Any]:
        try:
            if self._conn is not None:
                return connections.execute(self._conn, sql, params)
            assert self._borrow is not None
            with self._borrow() as conn:
                return connections.execute(conn, sql, params)
        except _DRIVER_ERRORS as exc:
            raise from_driver_error(exc) from exc

    def _scalar(self, sql: str, params: Sequence[Any]) -> Any:
        return self._rows(sql, params)[0][0]

    # ----------------------------------------------------------------------------------------
    # Checks

    def authorize(self, actor: ValueLike, action: str, resource: ValueLike, context_facts: ContextFacts = None) -> bool:
        """Is allow(actor, action, resource) derivable? A None actor or resource raises
        ValueConversionError (a TypeError), as Oso Cloud's clients reject it."""
        return bool(
            self._scalar(
                _AUTHORIZE,
                (require_text(actor, "actor"), _action(action), require_text(resource, "resource"), _context(context_facts)),
            )
        )

    def list(self, actor: ValueLike, action: str, resource_type: Any, context_facts: ContextFacts = None) -> List[str]:
        """Ids of the resources of resource_type the actor may do action on (["*"]: all of them)."""
        rows = self._rows(_LIST, (require_text(actor, "actor"), _action(action), type_name(resource_type), _context(context_facts)))
        return [r[0] for r in rows]

    def actions(self, actor: ValueLike, resource: ValueLike, context_facts: ContextFacts = None) -> List[str]:
        """Every action the actor may do on resource, sorted."""
        rows = self._rows(_ACTIONS, (require_text(actor, "actor"), require_text(resource, "resource"), _context(context_facts)))
        return [_plain(r[0]) for r in rows]

    def authorize_many(
        self, actor: ValueLike, action: str, resources: Sequence[ValueLike], context_facts: ContextFacts = None
    ) -> List[bool]:
        """authorize() for each resource, in order, in one round trip (polar.authorize_ids, one
        compiled query per resource type)."""
        values, by_type = _ids_by_type(resources)
        if not values:
            return []
        actor_t, action_t, ctx = require_text(actor, "actor"), _action(action), _context(context_facts)
        types = builtins.list(by_type)
        sql = "SELECT " + ", ".join([_AUTHORIZE_IDS] * len(types))
        params: List[Any] = []
        for t in types:
            params += [actor_t, action_t, t, by_type[t], ctx]
        row = self._rows(sql, params)[0]
        allowed = {(t, i) for t, ids in zip(types, row) for i in ids}
        return [(v.type, v.id) in allowed for v in values]

    def authorize_resources(
        self, actor: ValueLike, action: str, resources: Sequence[Any], context_facts: ContextFacts = None
    ) -> List[Any]:
        """The resources (the objects passed in, in order) the actor may do action on."""
        flags = self.authorize_many(actor, action, resources, context_facts)
        return [r for r, ok in zip(resources, flags) if ok]

    def actions_many(
        self, actor: ValueLike, resources: Sequence[ValueLike], context_facts: ContextFacts = None
    ) -> List[List[str]]:
        """actions() for each resource, in order, in one round trip (polar.actions_many)."""
        values, by_type = _ids_by_type(resources)
        if not values:
            return []
        actor_t, ctx = require_text(actor, "actor"), _context(context_facts)
        sql = " UNION ALL ".join([_ACTIONS_MANY] * len(by_type))
        params: List[Any] = []
        for t, ids in by_type.items():
            params += [t, actor_t, t, ids, ctx]
        found = {(t, i): [_plain(a) for a in acts] for t, i, acts in self._rows(sql, params)}
        return [builtins.list(found.get((v.type, v.id), [])) for v in values]

    def query(self, predicate_or_fact: Any, *args: Any) -> List[Fact]:
        """Every derivable fact of a predicate matching the pattern: None/ANY match anything,
        ValueOfType("User") any User. Args come back as Values (ANY where the policy leaves a
        position open)."""
        predicate, pattern = _fact_args(predicate_or_fact, args)
        rows = self._rows(_QUERY, (predicate, [pattern_text(a) for a in pattern]))
        return [Fact(predicate, tuple(from_text(a) for a in r[0])) for r in rows]

    def explain(self, actor: ValueLike, action: str, resource: ValueLike, context_facts: ContextFacts = None) -> Dict[str, Any]:
        """Why a check is allowed or denied, as polar.explain's JSON (a derivation tree)."""
        explanation: Dict[str, Any] = self._scalar(
            _EXPLAIN, (require_text(actor, "actor"), _action(action), require_text(resource, "resource"), _context(context_facts))
        )
        return explanation

    def explain_text(self, actor: ValueLike, action: str, resource: ValueLike, context_facts: ContextFacts = None) -> str:
        """explain() as indented lines."""
        rows = self._rows(
            _EXPLAIN_TEXT,
            (require_text(actor, "actor"), _action(action), require_text(resource, "resource"), _context(context_facts)),
        )
        return "\n".join(r[0] for r in rows)

    # ----------------------------------------------------------------------------------------
    # Facts

    def tell(self, predicate_or_fact: Any, *args: ValueLike) -> None:
        """Stores one fact: tell("has_role", user, "member", org) or tell(("has_role", ...))."""
        predicate, values = _fact_args(predicate_or_fact, args)
        texts = [to_text(a, "argument") for a in values]
        if any(t is None for t in texts):  # an id or string '_': only the JSON form says it
            self.bulk_tell([(predicate, *values)])
            return
        self._rows(_TELL, (predicate, texts))

    insert = tell  # Oso Cloud v2's name

    def bulk_tell(self, facts: Iterable[FactLike]) -> int:
        """Stores many facts in one statement, all or nothing; returns how many were new."""
        payload = _facts_json(facts, False, "fact")
        if not payload:
            return 0
        return int(self._scalar(_BULK_TELL, (json.dumps(payload),)))

    def delete(self, predicate_or_fact: Any, *args: Any) -> int:
        """Deletes every stored fact matching the pattern (None/ANY: any value, ValueOfType:
        any value of that type); returns how many."""
        predicate, pattern = _fact_args(predicate_or_fact, args)
        try:
            texts = [pattern_text(a) for a in pattern]
        except (TypeError, ValueError):
            return self.bulk_delete([(predicate, *pattern)])  # values only JSON can express
        return int(self._scalar(_DELETE, (predicate, texts)))

    def bulk_delete(self, patterns: Iterable[FactLike]) -> int:
        """Deletes the facts matching any of the patterns, in one statement; returns how many."""
        payload = _facts_json(patterns, True, "pattern")
        if not payload:
            return 0
        return int(self._scalar(_BULK_DELETE, (json.dumps(payload),)))

    @overload
    def batch(self) -> Batch: ...

    @overload
    def batch(self, fn: Callable[[Batch], Any]) -> None: ...

    def batch(self, fn: Optional[Callable[[Batch], Any]] = None) -> Optional[Batch]:
        """A transactional block of inserts and deletes, applied in order by one polar.batch call:

            with oso.batch() as tx:            # or oso.batch(lambda tx: ...)
                tx.insert(("has_role", user, "member", org))
                tx.delete(("has_role", user, None, other_org))

        Nothing is applied when the block raises."""
        tx = Batch(self._apply_batch)
        if fn is None:
            return tx
        with tx:
            fn(tx)
        return None

    def _apply_batch(self, changes: List[Dict[str, Any]]) -> None:
        if changes:
            self._rows(_BATCH, (json.dumps(changes),))

    def get(self, predicate_or_fact: Any = None, *args: Any) -> List[Fact]:
        """Stored facts matching the pattern (the predicate may be None); args as Values."""
        predicate, pattern = _fact_args(predicate_or_fact, args)
        rows = self._rows(_GET, (predicate, [pattern_text(a) for a in pattern]))
        return [Fact(p, tuple(from_text(a) for a in a_)) for p, a_ in rows]

    # ----------------------------------------------------------------------------------------
    # Policy

    def policy(self, source: str, filename: Optional[str] = None, force: bool = False) -> int:
        """Validates, tests and loads a policy (all or nothing); returns its version."""
        return int(self._scalar(_LOAD, (source, filename, force)))

    def policy_metadata(self) -> Dict[str, Any]:
        """{"resources": {"Repo": {"roles": [...], "permissions": [...], "relations": {...}}, ...}}"""
        metadata: Dict[str, Any] = self._scalar(_METADATA, ())
        return metadata

    get_policy_metadata = policy_metadata  # Oso Cloud's name

    # ----------------------------------------------------------------------------------------
    # Filtering inside the application's own queries

    def list_query(
        self, actor: ValueLike, action: str, resource_type: Any, column: str, context_facts: ContextFacts = None
    ) -> SqlFragment:
        """A WHERE condition: column (e.g. "repositories.id") is an id the actor may do action on."""
        return list_fragment(
            require_text(actor, "actor"), _action(action), type_name(resource_type), column, _context(context_facts)
        )

    def authorize_query(
        self,
        actor: ValueLike,
        action: str,
        resource: Any,
        context_facts: ContextFacts = None,
        *,
        column: Optional[str] = None,
    ) -> SqlFragment:
        """A boolean SQL expression for authorize(): of one resource, or, with column=, of the
        row's own id (resource is then the type name: authorize_query(u, "view", "Repo",
        column="repositories.id"))."""
        if column is not None:
            return authorize_column_fragment(
                require_text(actor, "actor"), _action(action), type_name(resource), column, _context(context_facts)
            )
        return authorize_fragment(
            require_text(actor, "actor"), _action(action), require_text(resource, "resource"), _context(context_facts)
        )
