actor User {}
global {
  roles = ["superadmin"];
  permissions = ["create_organization"];
  "create_organization" if "superadmin";
}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "delete"];
  "admin" if global "superadmin";  "read" if "admin";  "delete" if "admin";
}
