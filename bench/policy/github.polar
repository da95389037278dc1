# The GitHub-like model of the benchmark suite (bench/README in BENCHMARKS.md).
# Facts: has_role(User, "owner"|"admin"|"member", Organization),
#        has_role(User, "reader"|"writer"|"admin", Repository),
#        has_relation(Repository, "organization", Organization),
#        has_relation(PullRequest, "repository", Repository),
#        has_relation(PullRequest, "author", User).
actor User {}

resource Organization {
  roles = ["member", "admin", "owner"];
  permissions = ["read", "create_repository", "manage"];
  "admin" if "owner";
  "member" if "admin";
  "read" if "member";
  "create_repository" if "admin";
  "manage" if "owner";
}

resource Repository {
  roles = ["reader", "writer", "admin"];
  permissions = ["read", "push", "delete"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "admin" if "admin" on "organization";
  "writer" if "admin";
  "reader" if "writer";
  "read" if "reader";
  "push" if "writer";
  "delete" if "admin";
}

resource PullRequest {
  permissions = ["read", "review", "merge"];
  relations = { repository: Repository, author: User };
  "read" if "read" on "repository";
  "merge" if "push" on "repository";
}

# Anyone who can read a pull request may review it, except its author.
has_permission(user: User, "review", pr: PullRequest) if
  has_permission(user, "read", pr) and not has_relation(pr, "author", user);

test "members read and review, authors do not review their own pull requests" {
  setup {
    has_role(User{"1"}, "member", Organization{"1"});
    has_role(User{"2"}, "admin", Organization{"1"});
    has_relation(Repository{"1"}, "organization", Organization{"1"});
    has_relation(PullRequest{"1"}, "repository", Repository{"1"});
    has_relation(PullRequest{"1"}, "author", User{"1"});
  }
  assert allow(User{"1"}, "read", PullRequest{"1"});
  assert_not allow(User{"1"}, "review", PullRequest{"1"});
  assert allow(User{"2"}, "review", PullRequest{"1"});
  assert allow(User{"2"}, "push", Repository{"1"});
  assert_not allow(User{"1"}, "push", Repository{"1"});
  assert_not allow(User{"3"}, "read", PullRequest{"1"});
}
