actor User {}
actor Group {}
resource Repository {
  roles = ["reader", "writer"];
  permissions = ["read", "push"];
  "reader" if "writer";  "read" if "reader";  "push" if "writer";
}
has_group(user: User, group: Group) if
  inner matches Group and has_group(user, inner) and has_group(inner, group);
has_role(user: User, role: String, repo: Repository) if
  group matches Group and has_group(user, group) and has_role(group, role, repo);

test "membership is transitive and cycles terminate" {
  setup {
    has_group(User{"ana"}, Group{"eng"});
    has_group(Group{"eng"}, Group{"all"});
    has_group(Group{"all"}, Group{"eng"});
    has_role(Group{"all"}, "writer", Repository{"infra"});
  }
  assert allow(User{"ana"}, "push", Repository{"infra"});
  assert_not allow(User{"ben"}, "read", Repository{"infra"});
}
