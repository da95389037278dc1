"read" if "viewer" or (is_public(resource) and not is_draft(resource));
# expands to:
has_permission(actor: Actor, "read", resource: Document) if has_role(actor, "viewer", resource);
has_permission(actor: Actor, "read", resource: Document) if is_public(resource) and not is_draft(resource);
