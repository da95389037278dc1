actor User {}
resource Organization { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Project {
  roles = ["member"];
  permissions = ["read"];
  relations = { organization: Organization };
  "read" if "member";
}
# Organization members join every project except restricted ones.
has_role(user: User, "member", project: Project) if
  org matches Organization and has_relation(project, "organization", org) and
  has_role(user, "member", org) and not is_restricted(project);
# A custom allow replaces the default: suspended users can do nothing.
allow(user: User, action: String, resource: Resource) if
  has_permission(user, action, resource) and not is_suspended(user);
