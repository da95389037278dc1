# GitCloud Actions (CI runs), appended to policy.polar by the services (accounts/database.py):
# the tutorial's "patterns from the Modeling Building Blocks" applied to one more resource.
# A run belongs to a repository ("Resource Hierarchies"), whoever starts it owns it
# ("Ownership"), and the repository's admins may cancel anyone's run.
resource Action {
  roles = ["creator"];
  permissions = ["view", "cancel"];
  relations = { parent: Repo };
  "view" if "reader" on "parent";
  "cancel" if "creator";
  "cancel" if "admin" on "parent";
}

# Starting a run: whoever may open issues on the repository. A plain rule, so that
# policy.polar's Repo block stays as the tutorial prints it.
has_permission(actor: User, "create_actions", repo: Repo) if
  has_permission(actor, "create_issues", repo);
