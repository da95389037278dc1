"""Batch: inserts and deletes collected in order and applied by one polar.batch() call."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Optional, Sequence

from .values import split_fact, to_json


class Batch:
    """Collects changes; applied when the `with` block ends normally (discarded if it raises)."""

    def __init__(self, apply: Callable[[List[Dict[str, Any]]], None]) -> None:
        self._apply = apply
        self._changes: List[Dict[str, Any]] = []
        self._done = False

    def _add(self, kind: str, fact: Sequence[Any], pattern: bool) -> None:
        if self._done:
            raise RuntimeError("this batch was already applied")
        what = "delete pattern" if pattern else "insert"
        predicate, args = split_fact(fact, what)
        row = [predicate] + [to_json(a, pattern=pattern, what=what) for a in args]
        if self._changes and kind in self._changes[-1]:
            self._changes[-1][kind].append(row)  # consecutive changes of a kind share one group
        else:
            self._changes.append({kind: [row]})

    def insert(self, fact: Any, *args: Any) -> None:
        """insert(("has_role", user, "member", org)) or insert("has_role", user, "member", org)."""
        self._add("inserts", (fact, *args) if args or isinstance(fact, str) else fact, False)

    tell = insert

    def delete(self, fact: Any, *args: Any) -> None:
        """A pattern: None/ANY match any value, ValueOfType("User") any User."""
        self._add("deletes", (fact, *args) if args or isinstance(fact, str) else fact, True)

    @property
    def changes(self) -> List[Dict[str, Any]]:
        """The polar.batch() argument collected so far."""
        return self._changes

    def __enter__(self) -> "Batch":
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: Any) -> None:
        if exc_type is None and not self._done:
            self._done = True
            self._apply(self._changes)
