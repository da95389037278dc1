actor User {}
resource Repository {
  roles = ["reader", "admin"];
  permissions = ["read", "delete"];
  "reader" if "admin";  "read" if "reader";
  "read" if is_public(resource);
}
# Deletion needs an explicit is_protected(repo, false) fact; a missing fact is not false.
has_permission(actor: Actor, "delete", repo: Repository) if
  has_role(actor, "admin", repo) and is_protected(repo, false);
