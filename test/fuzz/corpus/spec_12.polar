test fixture acme_org {
  has_role(User{"alice"}, "member", Organization{"acme"});
  has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
}

test "organization members can read repositories" {
  setup {
    fixture acme_org;
    has_relation(Issue{"7"}, "repository", Repository{"anvil"});
  }
  assert allow(User{"alice"}, "read", Issue{"7"});
  assert_not allow(User{"alice"}, "push", Repository{"anvil"});
  assert has_role(User{"alice"}, "reader", Repository{"anvil"});   # any predicate can be asserted
  assert has_role(User{"alice"}, _, Organization{"acme"});         # some role
  assert allow(User{"alice"}, action: String, Repository{"anvil"}) iff action in ["read"];
  assert_not allow(_: User, "push", Repository{"anvil"});          # nobody may push
}
