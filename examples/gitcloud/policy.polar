# GitCloud authorization policy: the policy built in the "Modeling" part of Oso Cloud's
# end-to-end tutorial, completed into a full, valid Polar policy.
# Loaded by load_policy.sql (which inlines this exact text); keep the two identical.

# Users act. Their profile pages are resources too: the "Conditional UI elements" step shows
# admin buttons (Impersonate, Lock Account, Ban Hammer) on another user's profile.
actor User {
  permissions = ["impersonate", "lock", "ban"];
  "impersonate" if global "support";
  "lock" if global "admin";
  "ban" if global "admin";
}

# Site-wide staff roles, held as has_role(User:dee, "admin") facts (no resource).
global {
  roles = ["admin", "support"];
  "support" if "admin";
}

# "Standard RBAC" on organizations, plus "Sharing": org admins manage who has which role.
resource Org {
  roles = ["member", "admin"];
  permissions = ["view", "create_repositories",
                 "create_role_assignment", "delete_role_assignment"];
  "member" if "admin";
  "view" if "member";
  "create_repositories" if "admin";
  "create_role_assignment" if "admin";
  "delete_role_assignment" if "admin";
}

# "Standard RBAC", "Resource Hierarchies / Multitenancy" (roles flow from the parent Org)
# and "Sharing" (repository admins invite and remove people).
resource Repo {
  roles = ["reader", "admin"];
  permissions = ["view", "create_issues",
                 "create_role_assignment", "delete_role_assignment"];
  relations = { parent: Org };
  "reader" if "admin";
  "view" if "reader";
  "create_issues" if "reader";
  "create_role_assignment" if "admin";
  "delete_role_assignment" if "admin";
  "reader" if "member" on "parent";
  "admin" if "admin" on "parent";
}

# "Ownership": whoever opens an issue may close it; the repository's readers may view it.
resource Issue {
  roles = ["creator"];
  permissions = ["view", "close"];
  relations = { parent: Repo };
  "close" if "creator";
  "view" if "reader" on "parent";
}
