# Test blocks that `pg-polar test` runs offline and on the server (scripts/suites/cli.sh compares
# the two): roles through relations, recursion over cyclic groups, universal rules, negation,
# time, iff guards (in, not in, Boolean, assert_not), wildcards, fixtures; two tests fail.
actor User {}
actor Group {}
resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "delete"];
  "member" if "admin";
  "read" if "member";
  "delete" if "admin";
}
resource Repository {
  roles = ["reader"];
  permissions = ["read", "push"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "read" if "reader";
  "push" if "admin" on "organization";
}
has_role(actor: User, role: String, org: Organization) if
  group matches Group and in_group(actor, group) and has_group_role(group, role, org);
in_group(actor: User, group: Group) if has_group(actor, group);
in_group(actor: User, group: Group) if
  middle matches Group and has_group(actor, middle) and group_in_group(middle, group);
group_in_group(g: Group, h: Group) if has_parent(g, h);
group_in_group(g: Group, h: Group) if
  k matches Group and has_parent(g, k) and group_in_group(k, h);
has_permission(_: User, "read", Repository{"public"});
has_permission(user: User, "read", repo: Repository) if
  is_open(repo, flag) and flag = true and is_visitor(user) and not is_banned(user);
may_comment(user: User, repo: Repository) if has_permission(user, "read", repo) and not is_banned(user);
has_permission(user: User, "delete", repo: Repository) if
  until matches Integer and lease(user, repo, until) and until > @current_unix_time;

test fixture acme {
  has_role(User{"alice"}, "admin", Organization{"acme"});
  has_relation(Repository{"anvil"}, "organization", Organization{"acme"});
}

test "admins and members" {
  setup {
    fixture acme;
    has_role(User{"bob"}, "member", Organization{"acme"});
  }
  assert allow(User{"alice"}, "push", Repository{"anvil"});
  assert allow(User{"bob"}, "read", Repository{"anvil"});
  assert_not allow(User{"bob"}, "push", Repository{"anvil"});
  assert has_role(User{"bob"}, "reader", Repository{"anvil"});
  assert has_role(User{"alice"}, _, Organization{"acme"});
  assert allow(User{"bob"}, action: String, Repository{"anvil"}) iff action in ["read"];
  assert allow(User{"alice"}, action: String, Organization{"acme"}) iff action in ["read", "delete"];
  assert allow(u: User, "push", Repository{"anvil"}) iff u in [User{"alice"}];
  assert_not allow(_: User, "push", Repository{"nowhere"});
}

test "cyclic groups" {
  setup {
    has_group(User{"carol"}, Group{"a"});
    has_parent(Group{"a"}, Group{"b"});
    has_parent(Group{"b"}, Group{"a"});
    has_group_role(Group{"b"}, "member", Organization{"acme"});
    fixture acme;
  }
  assert in_group(User{"carol"}, Group{"b"});
  assert allow(User{"carol"}, "read", Repository{"anvil"});
  assert in_group(User{"carol"}, g: Group) iff g in [Group{"a"}, Group{"b"}];
  assert_not allow(User{"dave"}, "read", Repository{"anvil"});
}

test "universal, negation and time" {
  setup {
    is_open(Repository{"wiki"}, true);
    is_open(Repository{"closed"}, false);
    is_banned(User{"eve"});
    is_visitor(User{"eve"});
    is_visitor(User{"zed"});
    lease(User{"frank"}, Repository{"wiki"}, 4102444800);
    lease(User{"frank"}, Repository{"closed"}, 946684800);
  }
  assert allow(User{"anyone"}, "read", Repository{"public"});
  assert allow(_: User, "read", Repository{"public"});
  assert allow(User{"zed"}, "read", Repository{"wiki"});
  assert_not allow(User{"eve"}, "read", Repository{"wiki"});
  assert_not allow(User{"zed"}, "read", Repository{"closed"});
  assert allow(User{"frank"}, "delete", r: Repository) iff r in [Repository{"wiki"}];
  assert allow(u: User, "read", Repository{"public"}) iff u not in [];
  assert is_open(Repository{"wiki"}, b: Boolean) iff b in [true];
  assert_not is_open(Repository{"closed"}, b: Boolean) iff b in [true];
}

test "a test with no assertions passes" {
}

test "wrong expectation: members may not push" {
  setup { fixture acme; has_role(User{"bob"}, "member", Organization{"acme"}); }
  assert allow(User{"bob"}, "read", Repository{"anvil"});
  assert allow(User{"bob"}, "push", Repository{"anvil"});
}

test "wrong iff: a universal answer is every user" {
  assert allow(u: User, "read", Repository{"public"}) iff u in [User{"alice"}];
  assert allow(User{"alice"}, action: String, Repository{"public"}) iff action in ["read", "push"];
}

# The server expands a wildcard that a negation tests into the values the query sees (§6.6):
# only eve here, and she is banned, so nobody may comment although every user may read.
test "a tested wildcard ranges over the values seen" {
  setup { is_banned(User{"eve"}); }
  assert may_comment(User{"zed"}, Repository{"public"});
  assert_not may_comment(User{"eve"}, Repository{"public"});
  assert_not may_comment(_: User, Repository{"public"});
  assert allow(_: User, "read", Repository{"public"});
}
