actor User {}
resource Organization {
  roles = ["viewer", "editor", "admin"];
  permissions = ["read", "update", "delete"];
  "editor" if "admin";  "viewer" if "editor";
  "read" if "viewer";   "update" if "editor";   "delete" if "admin";
}
test "editors can read and update, nothing else" {
  setup { has_role(User{"alice"}, "editor", Organization{"acme"}); }
  assert allow(User{"alice"}, action: String, Organization{"acme"}) iff action in ["read", "update"];
}
