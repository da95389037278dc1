"""SQLAlchemy expressions for filtering the application's own queries by permission.

    from pg_polar.sqla import list_filter, authorize_filter
    stmt = select(Repo).where(list_filter(user, "view", "Repo", Repo.id)).order_by(Repo.id)
    session.execute(stmt).scalars().all()

Needs SQLAlchemy 1.4 or later; imported only when used.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

from .client import ContextFacts, _action, _context
from .values import ValueLike, require_text, type_name


def _ctx(context_facts: ContextFacts) -> Any:
    return sa.cast(sa.literal(_context(context_facts), sa.Text), JSONB)


def _list_call(actor: str, action: str, resource_type: str, ctx: ContextFacts) -> Any:
    return sa.func.polar.list(actor, action, resource_type, _ctx(ctx)).column_valued("id")


def list_filter(
    actor: ValueLike, action: str, resource_type: Any, column: Any, context_facts: ContextFacts = None
) -> Any:
    """A condition: column is the id of a resource of resource_type the actor may do action on
    (an IN over polar.list(), plus the '*' row that means every resource of the type)."""
    a, act, t = require_text(actor, "actor"), _action(action), type_name(resource_type)
    ids = _list_call(a, act, t, context_facts)
    star = _list_call(a, act, t, context_facts)
    return sa.or_(
        sa.cast(column, sa.Text).in_(sa.select(ids)),
        sa.exists(sa.select(star).where(star == "*")),
    )


def authorize_filter(
    actor: ValueLike, action: str, resource_type: Any, column: Any, context_facts: ContextFacts = None
) -> Any:
    """polar.authorize() of each row: resource_type + ':' + column (one check per row; for
    index pages prefer list_filter)."""
    resource = sa.literal(type_name(resource_type) + ":", sa.Text) + sa.cast(column, sa.Text)
    return sa.func.polar.authorize(
        require_text(actor, "actor"), _action(action), resource, _ctx(context_facts), type_=sa.Boolean
    )


def authorize_expression(
    actor: ValueLike, action: str, resource: ValueLike, context_facts: ContextFacts = None
) -> Any:
    """polar.authorize() of one resource, as a boolean SQL expression."""
    return sa.func.polar.authorize(
        require_text(actor, "actor"), _action(action), require_text(resource, "resource"), _ctx(context_facts),
        type_=sa.Boolean,
    )
