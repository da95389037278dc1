# Roles flow from an organization to its repositories unless the repository is private.
has_role(actor: Actor, role: String, repo: Repository) if
  org matches Organization and has_relation(repo, "organization", org) and
  has_role(actor, role, org) and not is_private(repo);
