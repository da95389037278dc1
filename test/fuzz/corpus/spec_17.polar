actor User {}
resource Role {}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "invite", "billing.view"];
  "read" if "admin";  "invite" if "admin";
}
has_permission(user: User, action: String, org: Organization) if
  role matches Role and has_role(user, role, org) and grants_permission(role, action);
