global {
  roles = ["superadmin", "support"];
  permissions = ["create_organization"];
  "support" if "superadmin";
  "create_organization" if "superadmin";
}
resource Organization { roles = ["admin"]; "admin" if global "superadmin"; }
