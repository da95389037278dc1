# bench/policy/github.polar in Oso 0.27 syntax (the open-source library), for the peer
# benchmark. Same roles, permissions and implications; the facts are the same tuples,
# loaded into JavaScript objects (bench/peer/oso_peer.js), and has_role/has_relation read
# them through attributes, the way an Oso 0.27 application does.
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
  relations = { repository: Repository };
  "read" if "read" on "repository";
  "merge" if "push" on "repository";
}

has_permission(user: User, "review", pr: PullRequest) if
  has_permission(user, "read", pr) and not pr.author = user;

has_relation(org: Organization, "organization", repo: Repository) if org = repo.organization;
has_relation(repo: Repository, "repository", pr: PullRequest) if repo = pr.repository;

has_role(user: User, name: String, org: Organization) if
  role in user.roles and role.name = name and role.resource = org;
has_role(user: User, name: String, repo: Repository) if
  role in user.roles and role.name = name and role.resource = repo;

allow(actor, action, resource) if has_permission(actor, action, resource);
