-- The whole Polar language: a GitCloud policy written to the spec with every custom rule,
-- then the appendix examples A.1-A.9 and `extends` (polar-language.md §4.4, §13).
-- Each check shows the answer the spec requires (`expected`) next to the product's (`allowed`).

-- Start from no stored facts (whatever earlier files left behind).
CALL regress.clear_facts();

-- A helper: a matrix of checks with the answer the spec requires.
------------------------------------------------------------------------------
-- GitCloud
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
actor Group {}
resource Role {}

resource Organization {
  roles = ["member", "admin"];
  permissions = ["read", "create_repository", "add_member", "delete", "billing.view", "invite"];
  "member" if "admin";
  "create_repository" if "member";
  "add_member" if "admin";
  "delete" if "admin";
}

resource Repository {
  roles = ["reader", "member", "maintainer", "admin"];
  permissions = ["read", "write", "delete", "create_issue", "manage_settings"];
  relations = { organization: Organization };
  "reader" if "member";
  "member" if "maintainer";
  "maintainer" if "admin";
  "admin" if "admin" on "organization";
  "reader" if "member" on "organization";
  "read" if "reader";
  "read" if is_public(resource);                       # read on public repositories
  "write" if "maintainer";
  "create_issue" if "reader" and not is_archived(resource);
  "manage_settings" if "admin";
}

resource Issue {
  permissions = ["read", "close", "comment"];
  relations = { repository: Repository, creator: User };
  "read" if "read" on "repository";
  "comment" if "read";
  "close" if "maintainer" on "repository";
  "close" if "creator";
}

# Members may delete unprotected repositories; a missing is_protected fact is NOT false.
has_permission(actor: Actor, "delete", repo: Repository) if
  has_role(actor, "member", repo) and is_protected(repo, false);

# Users inherit roles from nested groups (cycles terminate).
has_group(user: User, group: Group) if
  inner matches Group and has_group(user, inner) and has_group(inner, group);
has_role(user: User, role: String, resource: Resource) if
  group matches Group and has_group(user, group) and has_role(group, role, resource);

# Custom roles as entities (A.5).
has_permission(user: User, action: String, org: Organization) if
  role matches Role and has_role(user, role, org) and grants_permission(role, action);

# Organization default roles on repositories (§6.4).
has_role(actor: Actor, role: String, repo: Repository) if
  org matches Organization and has_relation(repo, "organization", org) and
  has_default_role(org, role) and has_role(actor, "member", org);

# Integer attributes: members may invite while the organization has free seats.
seat_limit(Organization{"acme"}, 10);
seat_limit(Organization{"globex"}, 3);
has_permission(user: User, "invite", org: Organization) if
  has_role(user, "member", org) and
  used matches Integer and seats_used(org, used) and
  limit matches Integer and seat_limit(org, limit) and used < limit;

# Time: temporary roles expire (@current_unix_time).
has_role(user: User, role: String, repo: Repository) if
  expiry matches Integer and has_temporary_role(user, role, repo, expiry) and
  @current_unix_time < expiry;

# `in`: guests may read and open issues, nothing else.
has_permission(user: User, action: String, repo: Repository) if
  action in ["read", "create_issue"] and is_guest(user, repo);

# Universal rules.
has_permission(_: User, "read", _: Organization);
has_permission(user: User, "read_profile", user: User);
has_permission(_: User, "create", "Organization");
$polar$, 'gitcloud.polar') > 0 AS loaded;

SELECT polar.bulk_tell($$[
  ["has_role", "User:alice", "admin", "Organization:acme"],
  ["has_role", "User:bob", "member", "Organization:acme"],
  ["has_relation", "Repository:anvil", "organization", "Organization:acme"],
  ["has_relation", "Repository:rocket", "organization", "Organization:acme"],
  ["has_relation", "Repository:dynamite", "organization", "Organization:acme"],
  ["is_public", "Repository:rocket"],
  ["is_protected", "Repository:anvil", "Boolean:false"],
  ["is_protected", "Repository:dynamite", true],
  ["is_archived", "Repository:dynamite"],

  ["has_role", "User:carol", "member", "Organization:globex"],
  ["has_default_role", "Organization:globex", "maintainer"],
  ["has_relation", "Repository:hammer", "organization", "Organization:globex"],
  ["has_relation", "Repository:saw", "organization", "Organization:globex"],
  ["is_protected", "Repository:hammer", false],

  ["has_group", "User:dave", "Group:g1"],
  ["has_group", "User:erin", "Group:g2"],
  ["has_group", "Group:g1", "Group:g2"],
  ["has_group", "Group:g2", "Group:g3"],
  ["has_group", "Group:g3", "Group:g1"],
  ["has_role", "Group:g3", "maintainer", "Repository:anvil"],
  ["has_role", "Group:g3", "admin", "Organization:globex"],

  ["has_role", "User:dee", "Role:accountant", "Organization:acme"],
  ["grants_permission", "Role:accountant", "billing.view"],

  ["seats_used", "Organization:acme", 9],
  ["seats_used", "Organization:globex", 3],

  ["has_temporary_role", "User:gina", "reader", "Repository:dynamite", 4102444800],
  ["has_temporary_role", "User:hank", "reader", "Repository:dynamite", 946684800],

  ["is_guest", "User:ivan", "Repository:anvil"],

  ["has_relation", "Issue:1", "repository", "Repository:anvil"],
  ["has_relation", "Issue:1", "creator", "User:frank"]
]$$);

SELECT predicate, args FROM polar.facts ORDER BY predicate, args;

-- Public and private repositories.
SELECT * FROM regress.checks(ARRAY[
  ['User:frank', 'read',  'Repository:rocket',   'true'],   -- public: anyone reads
  ['User:frank', 'read',  'Repository:anvil',    'false'],  -- private, no role
  ['User:frank', 'write', 'Repository:rocket',   'false'],  -- public grants only read
  ['User:bob',   'read',  'Repository:anvil',    'true'],   -- org member -> reader
  ['User:bob',   'write', 'Repository:anvil',    'false'],
  ['User:alice', 'write', 'Repository:anvil',    'true'],   -- org admin -> repo admin -> maintainer
  ['User:alice', 'manage_settings', 'Repository:dynamite', 'true'],
  ['User:bob',   'read',  'Repository:hammer',   'false']   -- another organization
]);

-- Deleting repositories: member AND an explicit is_protected(repo, false).
SELECT * FROM regress.checks(ARRAY[
  ['User:alice', 'delete', 'Repository:anvil',    'true'],   -- unprotected (false fact)
  ['User:alice', 'delete', 'Repository:dynamite', 'false'],  -- protected (true fact)
  ['User:alice', 'delete', 'Repository:rocket',   'false'],  -- no is_protected fact: not false
  ['User:bob',   'delete', 'Repository:anvil',    'false'],  -- reader, not member
  ['User:alice', 'delete', 'Organization:acme',   'true'],
  ['User:bob',   'delete', 'Organization:acme',   'false']
]);

-- Negation: no new issues on archived repositories.
SELECT * FROM regress.checks(ARRAY[
  ['User:bob', 'create_issue', 'Repository:anvil',    'true'],
  ['User:bob', 'create_issue', 'Repository:dynamite', 'false'],  -- archived
  ['User:bob', 'read',         'Repository:dynamite', 'true']
]);

-- Roles through groups nested three deep, with a cycle g1 -> g2 -> g3 -> g1.
SELECT * FROM regress.checks(ARRAY[
  ['User:dave',  'write',  'Repository:anvil',     'true'],   -- dave -> g1 -> g2 -> g3 (maintainer)
  ['User:dave',  'delete', 'Repository:anvil',     'true'],   -- maintainer -> member; unprotected
  ['User:dave',  'manage_settings', 'Repository:anvil', 'false'],
  ['User:erin',  'write',  'Repository:anvil',     'true'],   -- erin -> g2 -> g3
  ['User:dave',  'delete', 'Organization:globex',  'true'],   -- g3 is admin of globex
  ['User:dave',  'write',  'Repository:hammer',    'true'],   -- globex admin -> repo admin
  ['User:frank', 'write',  'Repository:anvil',     'false'],
  ['Group:g3',   'write',  'Repository:anvil',     'true'],   -- the group itself holds the role
  ['Group:g1',   'write',  'Repository:anvil',     'false']   -- groups do not inherit from groups
]);
SELECT * FROM polar.query('has_group', 'User:dave', NULL) ORDER BY 1;
SELECT * FROM polar.query('has_group', NULL, 'Group:g1') ORDER BY 1;

-- Custom roles as entities: dee may billing.view on acme and nothing else there but the universal read.
SELECT * FROM regress.checks(ARRAY[
  ['User:dee', 'billing.view', 'Organization:acme',   'true'],
  ['User:dee', 'billing.view', 'Organization:globex', 'false'],
  ['User:dee', 'delete',       'Organization:acme',   'false'],
  ['User:bob', 'billing.view', 'Organization:acme',   'false']
]);
SELECT * FROM polar.actions('User:dee', 'Organization:acme');

-- Default roles: globex members are maintainers of every globex repository.
SELECT * FROM regress.checks(ARRAY[
  ['User:carol', 'write',  'Repository:hammer', 'true'],
  ['User:carol', 'write',  'Repository:saw',    'true'],
  ['User:carol', 'delete', 'Repository:hammer', 'true'],   -- maintainer -> member; unprotected
  ['User:carol', 'delete', 'Repository:saw',    'false'],  -- no is_protected fact
  ['User:carol', 'manage_settings', 'Repository:hammer', 'false'],
  ['User:carol', 'write',  'Repository:anvil',  'false']   -- acme has no default role
]);
SELECT * FROM polar.list('User:carol', 'write', 'Repository') ORDER BY 1;

-- Integer comparisons: acme 9 < 10 seats, globex 3 < 3 is false.
SELECT * FROM regress.checks(ARRAY[
  ['User:bob',   'invite', 'Organization:acme',   'true'],
  ['User:carol', 'invite', 'Organization:globex', 'false'],
  ['User:frank', 'invite', 'Organization:acme',   'false']
]);

-- @current_unix_time: a role expiring in 2100 holds, one that expired in 2000 does not.
SELECT * FROM regress.checks(ARRAY[
  ['User:gina', 'read', 'Repository:dynamite', 'true'],
  ['User:hank', 'read', 'Repository:dynamite', 'false']
]);

-- `in`: guests read and open issues.
SELECT * FROM polar.actions('User:ivan', 'Repository:anvil');

-- Issues: through the repository, and the creator relation to an actor.
SELECT * FROM regress.checks(ARRAY[
  ['User:bob',   'read',    'Issue:1', 'true'],
  ['User:bob',   'comment', 'Issue:1', 'true'],
  ['User:bob',   'close',   'Issue:1', 'false'],
  ['User:alice', 'close',   'Issue:1', 'true'],
  ['User:frank', 'close',   'Issue:1', 'true'],    -- the creator
  ['User:frank', 'read',    'Issue:1', 'false']
]);

-- Universal rules: read on every organization, read_profile only on oneself,
-- create on the String "Organization".
SELECT * FROM regress.checks(ARRAY[
  ['User:zoe',   'read',         'Organization:new',   'true'],   -- nothing stored about zoe or new
  ['Group:g1',   'read',         'Organization:acme',  'false'],  -- only users
  ['User:zoe',   'read_profile', 'User:zoe',           'true'],
  ['User:zoe',   'read_profile', 'User:alice',         'false'],
  ['User:zoe',   'create',       'Organization',       'true'],   -- the String "Organization"
  ['User:zoe',   'create',       'String:Organization','true'],
  ['User:zoe',   'create',       'Organization:acme',  'false'],  -- an entity, not the string
  ['User:zoe',   'create',       'Repository',         'false'],
  ['Group:g1',   'create',       'Organization',       'false']
]);
SELECT * FROM polar.list('User:zoe', 'read', 'Organization');          -- * means every Organization
SELECT * FROM polar.list('User:alice', 'read', 'Organization');        -- * covers acme
SELECT * FROM polar.list('User:alice', 'delete', 'Organization');
SELECT * FROM polar.list('User:zoe', 'read_profile', 'User');
SELECT * FROM polar.actions('User:zoe', 'User:zoe');
SELECT * FROM polar.actions('User:zoe', 'Organization');
SELECT * FROM polar.actions('User:alice', 'Organization:acme');
SELECT * FROM polar.actions('User:alice', 'Repository:anvil');
SELECT * FROM polar.list('User:bob', 'read', 'Repository') ORDER BY 1;
SELECT * FROM polar.list('User:frank', 'read', 'Repository') ORDER BY 1;

-- A check about an unknown type, action or id is simply false; NULL never grants.
SELECT polar.authorize('User:alice', 'fly', 'Repository:anvil') AS unknown_action,
       polar.authorize('User:alice', 'read', 'Spaceship:x') AS unknown_type,
       polar.authorize('User:alice', 'read', 'Repository:nope') AS unknown_id,
       polar.authorize(NULL, 'read', 'Repository:rocket') AS null_actor,
       polar.authorize('User:alice', NULL, 'Repository:rocket') AS null_action;

CALL regress.clear_facts();

------------------------------------------------------------------------------
-- Operators: and binds tighter than or, parentheses, `not f(_)`, !=, =, >=, in.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Doc {
  roles = ["viewer", "editor"];
  permissions = ["read", "edit", "archive", "rename", "classified", "top"];
  "read" if "viewer" or "editor" and is_open(resource);     # viewer or (editor and open)
  "edit" if ("viewer" or "editor") and is_open(resource);
}
# Editors archive unless they have a ban of any kind.
has_permission(user: User, action: String, doc: Doc) if
  action in ["archive"] and has_role(user, "editor", doc) and not has_ban(user, _);
# Any role other than viewer may rename.
has_permission(user: User, "rename", doc: Doc) if has_role(user, role, doc) and role != "viewer";
# Clearance at least the document's level.
has_permission(user: User, "classified", doc: Doc) if
  l matches Integer and clearance(user, l) and m matches Integer and min_level(doc, m) and l >= m;
# Exactly level 5.
has_permission(user: User, "top", _: Doc) if l matches Integer and clearance(user, l) and l = 5;
$polar$, 'operators.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_role", "User:vera", "viewer", "Doc:closed"],
  ["has_role", "User:ed", "editor", "Doc:closed"],
  ["has_role", "User:vera", "viewer", "Doc:open"],
  ["has_role", "User:ed", "editor", "Doc:open"],
  ["has_role", "User:ted", "editor", "Doc:open"],
  ["has_ban", "User:ted", "spam"],
  ["is_open", "Doc:open"],
  ["clearance", "User:vera", 5],
  ["clearance", "User:ed", 2],
  ["min_level", "Doc:closed", 3],
  ["min_level", "Doc:open", -1]
]$$);
SELECT * FROM regress.checks(ARRAY[
  ['User:vera', 'read', 'Doc:closed',       'true'],   -- viewer
  ['User:ed',   'read', 'Doc:closed',       'false'],  -- editor, but not open
  ['User:ed',   'read', 'Doc:open',         'true'],
  ['User:vera', 'edit', 'Doc:closed',       'false'],  -- (viewer or editor) and open
  ['User:vera', 'edit', 'Doc:open',         'true'],
  ['User:ed',   'archive', 'Doc:closed',    'true'],
  ['User:ted',  'archive', 'Doc:open',      'false'],  -- banned (any ban)
  ['User:ed',   'rename', 'Doc:closed',     'true'],
  ['User:vera', 'rename', 'Doc:closed',     'false'],
  ['User:vera', 'classified', 'Doc:closed', 'true'],   -- 5 >= 3
  ['User:ed',   'classified', 'Doc:closed', 'false'],  -- 2 >= 3
  ['User:ed',   'classified', 'Doc:open',   'true'],   -- 2 >= -1
  ['User:vera', 'top', 'Doc:anything',      'true'],
  ['User:ed',   'top', 'Doc:anything',      'false']
]);
SELECT * FROM polar.list('User:vera', 'top', 'Doc');
SELECT * FROM polar.list('User:vera', 'classified', 'Doc') ORDER BY 1;
SELECT * FROM polar.actions('User:ted', 'Doc:open');
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_ban", null, null], ["is_open", null],
                           ["clearance", null, null], ["min_level", null, null]]');

------------------------------------------------------------------------------
-- Appendix A.1: RBAC (its test passes on load).
------------------------------------------------------------------------------

SELECT polar.load_policy($polar$
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
$polar$, 'a1.polar') > 0 AS loaded;
SELECT * FROM polar.test_policy();
SELECT polar.tell('has_role', 'User:alice', 'editor', 'Organization:acme');
SELECT polar.tell('has_role', 'User:root', 'admin', 'Organization:acme');
SELECT * FROM polar.actions('User:alice', 'Organization:acme');
SELECT * FROM polar.actions('User:root', 'Organization:acme');
SELECT * FROM polar.actions('User:alice', 'Organization:other');
SELECT polar.delete('has_role', NULL, NULL, NULL);

------------------------------------------------------------------------------
-- A.2: folders and documents.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { parent: Folder };
  role if role on "parent";                          # roles flow down the folder tree
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
$polar$, 'a2.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_role", "User:bo", "editor", "Folder:reports"],
  ["has_relation", "Folder:reports/2024", "parent", "Folder:reports"],
  ["has_relation", "Document:q1.pdf", "folder", "Folder:reports/2024"],
  ["has_role", "User:cy", "viewer", "Folder:reports/2024"]
]$$);
SELECT * FROM regress.checks(ARRAY[
  ['User:bo', 'write', 'Document:q1.pdf',     'true'],
  ['User:bo', 'write', 'Folder:reports/2024', 'true'],
  ['User:cy', 'read',  'Document:q1.pdf',     'true'],
  ['User:cy', 'write', 'Document:q1.pdf',     'false'],
  ['User:cy', 'read',  'Folder:reports',      'false']   -- roles flow down, not up
]);
SELECT * FROM polar.list('User:bo', 'read', 'Folder') ORDER BY 1;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');

------------------------------------------------------------------------------
-- A.3: sharing and ownership.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Document {
  roles = ["viewer", "editor", "owner"];
  permissions = ["read", "edit", "share", "manage_access", "delete"];
  relations = { creator: User };
  "owner" if "creator";  "editor" if "owner";  "viewer" if "editor";
  "read" if "viewer";  "edit" if "editor";  "share" if "editor";
  "manage_access" if "owner";  "delete" if "owner";
}
$polar$, 'a3.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_relation", "Document:plan", "creator", "User:olga"],
  ["has_role", "User:ed", "editor", "Document:plan"],
  ["has_role", "User:vi", "viewer", "Document:plan"]
]$$);
SELECT * FROM polar.actions('User:olga', 'Document:plan');
SELECT * FROM polar.actions('User:ed', 'Document:plan');
SELECT * FROM polar.actions('User:vi', 'Document:plan');
SELECT * FROM polar.subjects('share', 'Document:plan', 'User');
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');

------------------------------------------------------------------------------
-- A.4: global roles.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
global {
  roles = ["superadmin"];
  permissions = ["create_organization"];
  "create_organization" if "superadmin";
}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "delete"];
  "admin" if global "superadmin";  "read" if "admin";  "delete" if "admin";
}
$polar$, 'a4.polar') > 0 AS loaded;
SELECT polar.tell('has_role', 'User:root', 'superadmin');
SELECT * FROM regress.checks(ARRAY[
  ['User:root', 'delete', 'Organization:anything', 'true'],
  ['User:bob',  'delete', 'Organization:anything', 'false']
]);
SELECT * FROM polar.query('has_permission', 'User:root', 'create_organization');
SELECT * FROM polar.query('has_permission', 'User:bob', 'create_organization');
SELECT * FROM polar.list('User:root', 'delete', 'Organization');
SELECT polar.delete('has_role', NULL, NULL);

------------------------------------------------------------------------------
-- A.5: custom roles as entities.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Role {}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "invite", "billing.view"];
  "read" if "admin";  "invite" if "admin";
}
has_permission(user: User, action: String, org: Organization) if
  role matches Role and has_role(user, role, org) and grants_permission(role, action);
$polar$, 'a5.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["grants_permission", "Role:accountant", "billing.view"],
  ["has_role", "User:dee", "Role:accountant", "Organization:acme"]
]$$);
SELECT * FROM polar.actions('User:dee', 'Organization:acme');
SELECT * FROM polar.actions('User:dee', 'Organization:globex');
SELECT polar.bulk_delete('[["has_role", null, null, null], ["grants_permission", null, null]]');

------------------------------------------------------------------------------
-- A.6: nested groups over cyclic data (its test passes on load).
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
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
$polar$, 'a6.polar') > 0 AS loaded;
SELECT * FROM polar.test_policy();
SELECT polar.bulk_tell($$[
  ["has_group", "User:ana", "Group:eng"],
  ["has_group", "Group:eng", "Group:all"],
  ["has_group", "Group:all", "Group:eng"],
  ["has_role", "Group:all", "writer", "Repository:infra"]
]$$);
SELECT * FROM regress.checks(ARRAY[
  ['User:ana', 'push', 'Repository:infra', 'true'],
  ['User:ben', 'read', 'Repository:infra', 'false']
]);
SELECT * FROM polar.query('has_group', 'User:ana', NULL) ORDER BY 1;
SELECT polar.bulk_delete('[["has_group", null, null], ["has_role", null, null, null]]');

------------------------------------------------------------------------------
-- A.7: public resources and attribute facts.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Repository {
  roles = ["reader", "admin"];
  permissions = ["read", "delete"];
  "reader" if "admin";  "read" if "reader";
  "read" if is_public(resource);
}
# Deletion needs an explicit is_protected(repo, false) fact; a missing fact is not false.
has_permission(actor: Actor, "delete", repo: Repository) if
  has_role(actor, "admin", repo) and is_protected(repo, false);
$polar$, 'a7.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["is_public", "Repository:pub"],
  ["has_role", "User:ad", "admin", "Repository:a"],
  ["has_role", "User:ad", "admin", "Repository:b"],
  ["has_role", "User:ad", "admin", "Repository:c"],
  ["is_protected", "Repository:a", false],
  ["is_protected", "Repository:b", true]
]$$);
SELECT * FROM regress.checks(ARRAY[
  ['User:anyone', 'read',   'Repository:pub', 'true'],
  ['User:anyone', 'read',   'Repository:a',   'false'],
  ['User:ad',     'delete', 'Repository:a',   'true'],
  ['User:ad',     'delete', 'Repository:b',   'false'],
  ['User:ad',     'delete', 'Repository:c',   'false']
]);
SELECT * FROM polar.list('User:ad', 'delete', 'Repository');
SELECT * FROM polar.list('User:anyone', 'read', 'Repository');
SELECT polar.bulk_delete('[["is_public", null], ["has_role", null, null, null], ["is_protected", null, null]]');

------------------------------------------------------------------------------
-- A.8: time-based expiry (its test passes on load).
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
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
$polar$, 'a8.polar') > 0 AS loaded;
SELECT * FROM polar.test_policy();
SELECT polar.bulk_tell($$[
  ["has_temporary_role", "User:kim", "viewer", "Document:roadmap", 4102444800],
  ["has_temporary_role", "User:lee", "viewer", "Document:roadmap", 946684800],
  ["has_temporary_role", "User:max", "viewer", "Document:roadmap", -9223372036854775808],
  ["has_temporary_role", "User:nan", "viewer", "Document:roadmap", "Integer:9223372036854775807"]
]$$);
SELECT * FROM polar.subjects('read', 'Document:roadmap', 'User');
SELECT polar.delete('has_temporary_role', NULL, NULL, NULL, NULL);

------------------------------------------------------------------------------
-- A.9: negation, exceptions and suspensions (a custom allow).
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Organization { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Project {
  roles = ["member"];
  permissions = ["read"];
  relations = { organization: Organization };
  "read" if "member";
}
# Organization members join every project except restricted ones.
has_role(user: User, "member", project: Project) if
  org matches Organization and has_relation(project, "organization", org) and
  has_role(user, "member", org) and not is_restricted(project);
# A custom allow replaces the default: suspended users can do nothing.
allow(user: User, action: String, resource: Resource) if
  has_permission(user, action, resource) and not is_suspended(user);
$polar$, 'a9.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_role", "User:ann", "member", "Organization:acme"],
  ["has_relation", "Project:zeus", "organization", "Organization:acme"]
]$$);
SELECT polar.authorize('User:ann', 'read', 'Project:zeus') AS ann_reads_zeus;     -- true
SELECT polar.tell('is_restricted', 'Project:zeus');
SELECT polar.authorize('User:ann', 'read', 'Project:zeus') AS ann_reads_zeus;     -- false: restricted
SELECT polar.authorize('User:ann', 'read', 'Organization:acme') AS ann_reads_acme; -- true
SELECT polar.delete('is_restricted', NULL);
SELECT polar.tell('is_suspended', 'User:ann');
SELECT polar.authorize('User:ann', 'read', 'Project:zeus') AS ann_reads_zeus;     -- false: suspended
SELECT polar.authorize('User:ann', 'read', 'Organization:acme') AS ann_reads_acme; -- false: suspended
SELECT polar.delete('is_suspended', NULL);
SELECT polar.authorize('User:ann', 'read', 'Project:zeus') AS ann_reads_zeus;     -- true again
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');

------------------------------------------------------------------------------
-- extends (§4.4): inherited declarations and rule polymorphism; queries match types exactly.
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource File { roles = ["viewer"]; permissions = ["read"]; relations = { owner: User };
                "read" if "viewer"; "viewer" if "owner"; }
resource Spreadsheet extends File { permissions = ["edit_formulas"]; "edit_formulas" if "owner"; }
resource Folder {
  roles = ["viewer"];
  relations = { sheet: Spreadsheet };
  "viewer" if "viewer" on "sheet";    # Spreadsheet inherits File's "viewer" role
}
$polar$, 'extends.polar') > 0 AS loaded;
SELECT polar.bulk_tell($$[
  ["has_relation", "Spreadsheet:q3", "owner", "User:ola"],
  ["has_relation", "File:notes", "owner", "User:ola"],
  ["has_relation", "Folder:f", "sheet", "Spreadsheet:q3"],
  ["has_role", "User:vic", "viewer", "Spreadsheet:q3"]
]$$);
SELECT * FROM regress.checks(ARRAY[
  ['User:ola', 'read',          'Spreadsheet:q3', 'true'],   -- File's rules apply to Spreadsheets
  ['User:ola', 'edit_formulas', 'Spreadsheet:q3', 'true'],
  ['User:ola', 'edit_formulas', 'File:notes',     'false'],  -- nothing declared in T affects S
  ['User:ola', 'read',          'File:notes',     'true'],
  ['User:vic', 'read',          'Spreadsheet:q3', 'true'],
  ['User:vic', 'edit_formulas', 'Spreadsheet:q3', 'false'],
  ['User:ola', 'read',          'File:q3',        'false']   -- File:q3 is another value
]);
SELECT * FROM polar.list('User:ola', 'read', 'File');          -- exact type: notes only
SELECT * FROM polar.list('User:ola', 'read', 'Spreadsheet');   -- q3 only
SELECT * FROM polar.query('has_role', NULL, 'viewer', 'Folder:f') ORDER BY 1;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]');

------------------------------------------------------------------------------
-- Wildcards (§6.6): a supertype wildcard answers a subtype list; a wildcard that a negation
-- filters, or two tied by a repeated variable, expand to the active domain; allow(_, _, _).
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
resource Organization { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Repository {}
has_permission(_: User, "read", _: Organization);
has_permission(_: User, "peek", _: Resource);
has_permission(user: User, "read_profile", user: User);
allow(user: User, action: String, resource: Resource) if
  has_permission(user, action, resource) and not is_suspended(user);
$polar$, 'wildcards.polar') > 0 AS loaded;
SELECT polar.bulk_tell('[["has_role", "User:ann", "member", "Organization:acme"], ["is_suspended", "User:sam"]]');
SELECT * FROM polar.list('User:ann', 'read', 'Organization');
SELECT * FROM polar.list('User:sam', 'read', 'Organization');
SELECT * FROM polar.list('User:ann', 'peek', 'Repository');
SELECT * FROM polar.actions('User:ann', 'Organization:zzz');
-- the users seen anywhere (ann, sam), minus the suspended one
SELECT * FROM polar.query('allow', NULL, 'read', 'Organization:acme') ORDER BY 1;
SELECT * FROM polar.query('has_permission', NULL, 'read_profile', NULL) ORDER BY 1;
SELECT * FROM polar.subjects('read_profile', 'User:zoe', 'User');
SELECT polar.bulk_delete('[["has_role", null, null, null], ["is_suspended", null]]');

SELECT polar.load_policy('actor User {} allow(_, _, _);', 'allow-all.polar') > 0 AS loaded;
SELECT polar.authorize('User:x', 'anything', 'Thing:y') AS allowed;
SELECT * FROM polar.actions('User:x', 'Thing:y');
SELECT * FROM polar.list('User:x', 'anything', 'Thing');

-- Leave no facts behind and an empty policy active.
SELECT count(*) AS facts_left FROM polar.facts;
SELECT polar.load_policy('', 'empty.polar') > 0 AS loaded;
