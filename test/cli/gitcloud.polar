actor User {}

resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "add_member"];
  "member" if "admin";
  "read" if "member";
  "add_member" if "admin";
}

resource Repository {
  roles = ["reader", "maintainer"];
  permissions = ["read", "push"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "reader" if "maintainer";
  "read" if "reader";
  "push" if "maintainer";
}

test "members read the org's repositories" {
  setup {
    has_role(User{"alice"}, "member", Organization{"acme"});
    has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
  }
  assert allow(User{"alice"}, "read", Repository{"anvil"});
  assert_not allow(User{"alice"}, "push", Repository{"anvil"});
}
