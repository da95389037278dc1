# Organization
has_role(actor: Actor, "member", resource: Organization) if has_role(actor, "admin", resource);
has_permission(actor: Actor, "read", resource: Organization) if has_role(actor, "member", resource);
has_permission(actor: Actor, "create_repository", resource: Organization) if has_role(actor, "admin", resource);
# Repository
has_role(actor: Actor, "reader", resource: Repository) if
  related matches Organization and has_relation(resource, "organization", related) and
  has_role(actor, "member", related);
has_role(actor: Actor, "maintainer", resource: Repository) if
  related matches Organization and has_relation(resource, "organization", related) and
  has_role(actor, "admin", related);
has_role(actor: Actor, "reader", resource: Repository) if has_role(actor, "maintainer", resource);
has_permission(actor: Actor, "read", resource: Repository) if has_role(actor, "reader", resource);
has_permission(actor: Actor, "push", resource: Repository) if has_role(actor, "maintainer", resource);
# Issue
has_permission(actor: Actor, "read", resource: Issue) if
  related matches Repository and has_relation(resource, "repository", related) and
  has_permission(actor, "read", related);
has_permission(actor: Actor, "comment", resource: Issue) if
  has_permission(actor, "read", resource) and is_open(resource);
has_permission(actor: Actor, "close", resource: Issue) if
  related matches Repository and has_relation(resource, "repository", related) and
  has_role(actor, "maintainer", related);
has_permission(actor: Actor, "close", resource: Issue) if
  actor matches User and has_relation(resource, "author", actor);
# added because the policy defines no allow/3 (§6.7)
allow(actor, action, resource) if has_permission(actor, action, resource);
