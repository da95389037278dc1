actor User {}
resource Document { roles = ["viewer"]; permissions = ["read"]; "read" if "viewer"; }
has_role(user: User, role: String, doc: Document) if
  expiry matches Integer and has_temporary_role(user, role, doc, expiry) and @current_unix_time < expiry;

test "temporary access expires" {
  setup {
    has_temporary_role(User{"kim"}, "viewer", Document{"roadmap"}, 4102444800);  # 2100-01-01
    has_temporary_role(User{"lee"}, "viewer", Document{"roadmap"}, 946684800);   # 2000-01-01
  }
  assert allow(User{"kim"}, "read", Document{"roadmap"});
  assert_not allow(User{"lee"}, "read", Document{"roadmap"});
}
