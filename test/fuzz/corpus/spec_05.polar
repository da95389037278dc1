has_role(actor: Actor, role: String, repo: Repository) if
  org matches Organization and has_relation(repo, "organization", org) and
  has_default_role(org, role) and has_role(actor, "member", org);
