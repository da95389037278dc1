actor User {}

resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "create_repository"];
  "member" if "admin";
  "read" if "member";
  "create_repository" if "admin";
}

resource Repository {
  roles = ["reader", "maintainer"];
  permissions = ["read", "push"];
  relations = { organization: Organization };
  "reader" if "member" on "organization";
  "maintainer" if "admin" on "organization";
  "reader" if "maintainer";
  "read" if "reader";
  "push" if "maintainer";
}

resource Issue {
  permissions = ["read", "comment", "close"];
  relations = { repository: Repository, author: User };
  "read" if "read" on "repository";
  "comment" if "read" and is_open(resource);
  "close" if "maintainer" on "repository";
  "close" if "author";
}
