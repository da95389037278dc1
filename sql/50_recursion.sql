-- Recursion, global roles and wildcard answers (polar-language.md §1.3, §5.2 row 6, §5.5, §6.5,
-- §6.6, A.2, A.4, A.6): folder trees, cycles, a depth-50 chain, "who can" queries,
-- `role if role on "parent"`, global roles, allow(_, _, _) and universal rules.

CALL regress.clear_facts();

-- list() as one sorted line.
CREATE FUNCTION pg_temp.listed(actor text, action text, type text) RETURNS text
LANGUAGE sql AS $$
  SELECT coalesce(string_agg(id, ', ' ORDER BY id), '(none)') FROM polar.list(actor, action, type) AS id
$$;

------------------------------------------------------------------------------
-- A.2: folders and documents; roles flow down the folder tree
------------------------------------------------------------------------------
-- A.2 with one extra Folder role, "admin", that Document does not declare.
SELECT polar.load_policy($polar$
actor User {}
resource Folder {
  roles = ["viewer", "editor", "admin"];
  permissions = ["read", "write"];
  relations = { parent: Folder };
  role if role on "parent";                          # roles flow down the folder tree
  "viewer" if "editor";  "editor" if "admin";
  "read" if "viewer";  "write" if "editor";
}
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
$polar$, 'folders.polar') > 0 AS loaded;

-- The appendix's example: bo edits reports, so may write q1.pdf in reports/2024.
SELECT polar.bulk_tell('[
  ["has_role", "User:bo", "editor", "Folder:reports"],
  ["has_relation", "Folder:reports/2024", "parent", "Folder:reports"],
  ["has_relation", "Document:q1.pdf", "folder", "Folder:reports/2024"]
]') AS new_facts;
SELECT * FROM regress.checks(ARRAY[
  ['User:bo', 'write', 'Document:q1.pdf',     'true'],
  ['User:bo', 'read',  'Document:q1.pdf',     'true'],
  ['User:bo', 'write', 'Folder:reports/2024', 'true'],
  ['User:bo', 'write', 'Folder:reports',      'true'],
  ['User:al', 'read',  'Document:q1.pdf',     'false'],
  ['User:bo', 'write', 'Document:other.pdf',  'false']]);
SELECT * FROM polar.actions('User:bo', 'Document:q1.pdf');
SELECT pg_temp.listed('User:bo', 'write', 'Folder') AS bo_writes_folders,
       pg_temp.listed('User:bo', 'write', 'Document') AS bo_writes_documents;

-- Only declared roles pass down: "admin" on a folder reaches subfolders, and through
-- "editor" if "admin" the documents, but a document never gets the role "admin" itself. An
-- undeclared role ("owner", accepted as a fact: role names are not checked) passes nowhere.
SELECT polar.bulk_tell('[
  ["has_role", "User:ada", "admin", "Folder:reports"],
  ["has_role", "User:ole", "owner", "Folder:reports"]
]') AS new_facts;
SELECT * FROM polar.query('has_role', 'User:ada', NULL, NULL) ORDER BY args;
SELECT * FROM polar.query('has_role', 'User:ole', NULL, NULL) ORDER BY args;
SELECT * FROM regress.checks(ARRAY[
  ['User:ada', 'write', 'Document:q1.pdf',     'true'],
  ['User:ole', 'read',  'Folder:reports',      'false'],
  ['User:ole', 'read',  'Folder:reports/2024', 'false']]);
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- Cycles: evaluation terminates and finds exactly the reachable folders
------------------------------------------------------------------------------
-- a <-> b, and a 3-cycle x -> y -> z -> x; c hangs below a, w hangs below x.
SELECT polar.bulk_tell('[
  ["has_relation", "Folder:a", "parent", "Folder:b"],
  ["has_relation", "Folder:b", "parent", "Folder:a"],
  ["has_relation", "Folder:c", "parent", "Folder:a"],
  ["has_relation", "Folder:x", "parent", "Folder:z"],
  ["has_relation", "Folder:y", "parent", "Folder:x"],
  ["has_relation", "Folder:z", "parent", "Folder:y"],
  ["has_relation", "Folder:w", "parent", "Folder:x"],
  ["has_relation", "Document:in-z", "folder", "Folder:z"],
  ["has_role", "User:uma", "viewer", "Folder:a"],
  ["has_role", "User:yan", "editor", "Folder:y"],
  ["has_role", "User:cid", "viewer", "Folder:c"]
]') AS new_facts;
SELECT pg_temp.listed('User:uma', 'read', 'Folder') AS uma_reads,
       pg_temp.listed('User:yan', 'write', 'Folder') AS yan_writes,
       pg_temp.listed('User:cid', 'read', 'Folder') AS cid_reads,
       pg_temp.listed('User:nobody', 'read', 'Folder') AS nobody_reads;
SELECT * FROM regress.checks(ARRAY[
  ['User:uma', 'read',  'Folder:b',        'true'],    -- through the a <-> b cycle
  ['User:uma', 'read',  'Folder:c',        'true'],
  ['User:uma', 'write', 'Folder:a',        'false'],
  ['User:cid', 'read',  'Folder:a',        'false'],   -- roles never flow up
  ['User:yan', 'write', 'Folder:x',        'true'],    -- around the 3-cycle
  ['User:yan', 'write', 'Folder:w',        'true'],
  ['User:yan', 'write', 'Document:in-z',   'true'],
  ['User:uma', 'read',  'Document:in-z',   'false'],
  ['User:nobody', 'read', 'Folder:a',      'false']]);
-- Who may read b? Who may write the document in z?
SELECT * FROM polar.query('allow', NULL, 'read', 'Folder:b') ORDER BY args;
SELECT * FROM polar.query('allow', NULL, 'write', 'Document:in-z') ORDER BY args;
-- Every role yan holds anywhere (the fixpoint, with no duplicates).
SELECT * FROM polar.query('has_role', 'User:yan', NULL, NULL) ORDER BY args;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- A chain of depth 50: d0 <- d1 <- ... <- d50, a document at the bottom
------------------------------------------------------------------------------
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Folder:d' || i, 'parent', 'Folder:d' || (i - 1))))
       AS new_facts
FROM generate_series(1, 50) AS i;
SELECT polar.bulk_tell('[
  ["has_relation", "Document:deep.txt", "folder", "Folder:d50"],
  ["has_role", "User:top", "editor", "Folder:d0"],
  ["has_role", "User:mid", "viewer", "Folder:d25"],
  ["has_role", "User:low", "editor", "Folder:d50"]
]') AS new_facts;
SELECT * FROM regress.checks(ARRAY[
  ['User:top', 'write', 'Folder:d50',        'true'],
  ['User:top', 'write', 'Document:deep.txt', 'true'],
  ['User:mid', 'read',  'Folder:d50',        'true'],
  ['User:mid', 'read',  'Document:deep.txt', 'true'],
  ['User:mid', 'read',  'Folder:d24',        'false'],
  ['User:mid', 'write', 'Folder:d50',        'false'],
  ['User:low', 'read',  'Folder:d49',        'false']]);
-- list from the top: all 51 folders; from the middle: d25..d50.
SELECT count(*) AS folders, count(*) FILTER (WHERE id ~ '^d[0-9]+$') AS well_formed,
       min(substr(id, 2)::int) AS lowest, max(substr(id, 2)::int) AS highest
FROM polar.list('User:top', 'read', 'Folder') AS id;
SELECT count(*) AS folders, min(substr(id, 2)::int) AS lowest, max(substr(id, 2)::int) AS highest
FROM polar.list('User:mid', 'read', 'Folder') AS id;
SELECT pg_temp.listed('User:top', 'write', 'Document') AS top_writes_documents;
-- Who can read d50, and the deep document?
SELECT * FROM polar.query('allow', NULL, 'read', 'Folder:d50') ORDER BY args;
SELECT * FROM polar.query('allow', NULL, 'write', 'Document:deep.txt') ORDER BY args;
-- Everything mid may do, anywhere (a query with the resource open).
SELECT args[2] AS action, count(*) AS resources
FROM polar.query('allow', 'User:mid', NULL, NULL) GROUP BY 1 ORDER BY 1;
-- Close the chain into a 51-cycle: still terminates, and now mid reads every folder.
SELECT polar.tell('has_relation', 'Folder:d0', 'parent', 'Folder:d50');
SELECT count(*) AS folders FROM polar.list('User:mid', 'read', 'Folder');
SELECT polar.authorize('User:low', 'write', 'Folder:d0') AS low_writes_d0;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- §5.5 worked example
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
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
$polar$, 'worked-example.polar') > 0 AS loaded;
SELECT polar.bulk_tell('[
  ["has_role", "User:alice", "member", "Organization:acme"],
  ["has_relation", "Repository:anvil", "organization", "Organization:acme"],
  ["has_relation", "Issue:7", "repository", "Repository:anvil"],
  ["has_relation", "Issue:7", "author", "User:bob"],
  ["is_open", "Issue:7"]
]') AS new_facts;
SELECT * FROM polar.actions('User:alice', 'Issue:7');               -- read, comment
SELECT * FROM polar.actions('User:bob', 'Issue:7');                 -- close only
SELECT * FROM polar.actions('User:alice', 'Repository:anvil');
SELECT * FROM polar.query('allow', NULL, NULL, 'Issue:7') ORDER BY args;
-- The issue closed: no more comments.
SELECT polar.delete('is_open', 'Issue:7') AS deleted;
SELECT * FROM polar.actions('User:alice', 'Issue:7');
-- Signatures: a stored has_permission on an Organization is rejected (no rule calls that shape);
-- one on a Repository is accepted and grants.
SELECT polar.tell('has_permission', 'User:x', 'read', 'Organization:acme');
SELECT polar.tell('has_permission', 'User:x', 'read', 'Repository:anvil');
SELECT * FROM regress.checks(ARRAY[
  ['User:x', 'read', 'Issue:7', 'true']]);
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null],
                           ["has_permission", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- A.6: nested groups with a membership cycle
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
$polar$, 'groups.polar') > 0 AS loaded;
SELECT polar.bulk_tell('[
  ["has_group", "User:ana", "Group:eng"],
  ["has_group", "Group:eng", "Group:all"],
  ["has_group", "Group:all", "Group:eng"],
  ["has_group", "Group:ops", "Group:all"],
  ["has_group", "User:oz", "Group:ops"],
  ["has_role", "Group:all", "writer", "Repository:infra"],
  ["has_role", "Group:eng", "reader", "Repository:docs"]
]') AS new_facts;
SELECT * FROM regress.checks(ARRAY[
  ['User:ana', 'push', 'Repository:infra', 'true'],
  ['User:ana', 'read', 'Repository:docs',  'true'],
  ['User:oz',  'push', 'Repository:infra', 'true'],
  ['User:oz',  'read', 'Repository:docs',  'true'],    -- ops -> all -> eng
  ['User:ben', 'read', 'Repository:infra', 'false']]);
SELECT * FROM polar.query('has_group', 'User:oz', NULL) ORDER BY args;
SELECT * FROM polar.query('allow', NULL, 'push', 'Repository:infra') ORDER BY args;
SELECT polar.bulk_delete('[["has_group", null, null], ["has_role", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- A.4: global roles
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
$polar$, 'global.polar') > 0 AS loaded;
SELECT polar.tell('has_role', 'User:root', 'superadmin');
SELECT polar.tell('has_role', 'User:ann', 'admin', 'Organization:acme');
SELECT * FROM regress.checks(ARRAY[
  ['User:root', 'delete', 'Organization:acme',  'true'],
  ['User:root', 'read',   'Organization:never-seen', 'true'],   -- every organization
  ['User:ann',  'delete', 'Organization:acme',  'true'],
  ['User:ann',  'delete', 'Organization:other', 'false'],
  ['User:root', 'create_organization', 'Organization:acme', 'false']]);  -- not an allow/3 action
-- Global permissions are queried through has_permission/2.
SELECT * FROM polar.query('has_permission', 'User:root', 'create_organization');
SELECT count(*) AS answers FROM polar.query('has_permission', 'User:ann', 'create_organization');
SELECT * FROM polar.query('has_permission', NULL, NULL) ORDER BY args;
-- root is admin of every Organization: list is '*', and query shows '*' in that position.
SELECT * FROM polar.list('User:root', 'read', 'Organization');
SELECT pg_temp.listed('User:ann', 'read', 'Organization') AS ann_reads;
SELECT * FROM polar.actions('User:root', 'Organization:acme');
SELECT * FROM polar.query('has_role', 'User:root', 'admin', NULL) ORDER BY args;
SELECT * FROM polar.query('allow', NULL, 'delete', 'Organization:acme') ORDER BY args;
SELECT polar.bulk_delete('[["has_role", null, null], ["has_role", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- allow(_, _, _): everything, and '*' wherever something is enumerated
------------------------------------------------------------------------------
SELECT polar.load_policy('allow(_, _, _);', 'allow-all.polar') > 0 AS loaded;
SELECT * FROM regress.checks(ARRAY[
  ['User:anyone', 'anything', 'Repo:anywhere', 'true'],
  ['Integer:1', 'read', 'String:x', 'true']]);
SELECT * FROM polar.list('User:anyone', 'read', 'Repo');
SELECT * FROM polar.actions('User:anyone', 'Repo:anywhere');
SELECT * FROM polar.query('allow', NULL, 'read', 'Repo:anywhere');
SELECT * FROM polar.query('allow', 'User:anyone', NULL, NULL);

------------------------------------------------------------------------------
-- Universal rules: a head position the body never binds holds for every value
------------------------------------------------------------------------------
SELECT polar.load_policy($polar$
actor User {}
actor Bot {}
resource Organization {
  roles = ["admin"];
  permissions = ["read", "delete"];
  "delete" if "admin";
}
has_permission(_: User, "read", _: Organization);     # every user reads every organization
has_permission(user: User, "read_profile", user: User);  # each user reads their own profile
$polar$, 'universal.polar') > 0 AS loaded;
SELECT polar.tell('has_role', 'User:ann', 'admin', 'Organization:acme');
SELECT * FROM regress.checks(ARRAY[
  ['User:zoe', 'read',   'Organization:new',  'true'],    -- nothing stored about zoe or new
  ['User:zoe', 'delete', 'Organization:new',  'false'],
  ['Bot:b1',   'read',   'Organization:acme', 'false'],   -- only Users
  ['User:zoe', 'read',   'User:zoe',          'false'],   -- not an Organization
  ['User:zoe', 'read_profile', 'User:zoe',    'true'],
  ['User:zoe', 'read_profile', 'User:ann',    'false']]);
SELECT * FROM polar.list('User:zoe', 'read', 'Organization');   -- exactly '*'
SELECT * FROM polar.list('User:ann', 'read', 'Organization');   -- '*' covers acme
SELECT pg_temp.listed('User:ann', 'delete', 'Organization') AS ann_deletes;
SELECT count(*) AS listed FROM polar.list('Bot:b1', 'read', 'Organization');
SELECT * FROM polar.actions('User:ann', 'Organization:acme');
SELECT * FROM polar.actions('User:zoe', 'Organization:acme');
SELECT * FROM polar.query('allow', NULL, 'read', 'Organization:acme') ORDER BY args;
SELECT * FROM polar.query('allow', NULL, NULL, 'Organization:acme') ORDER BY args;

-- Clean up.
SELECT polar.bulk_delete('[["has_role", null, null, null]]') AS deleted;
SELECT count(*) AS facts_left FROM polar.facts;
SELECT polar.load_policy('', 'empty.polar') > 0 AS loaded;
