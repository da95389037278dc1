-- Bounded evaluation (issue 20 item 7): cyclic relation data and deep recursion terminate with
-- the right answer. 10,000-long parent chains, the same chain closed into a 10,001-cycle, self
-- loops, and a 31-level policy whose unfolding would have 2^31 derivations.

CALL regress.clear_facts();

SELECT polar.load_policy($polar$
actor User {}
resource Folder {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { parent: Folder };
  role if role on "parent";
  "viewer" if "editor";
  "read" if "viewer";  "write" if "editor";
}
resource Document {
  roles = ["viewer", "editor"];
  permissions = ["read", "write"];
  relations = { folder: Folder };
  role if role on "folder";
  "viewer" if "editor";  "read" if "viewer";  "write" if "editor";
}
$polar$, 'bounded.polar') > 0 AS loaded;

------------------------------------------------------------------------------
-- A chain of 10,000 parent links: c0 <- c1 <- ... <- c10000
------------------------------------------------------------------------------
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Folder:c' || i, 'parent', 'Folder:c' || (i - 1))))
       AS new_facts
FROM generate_series(1, 10000) AS i;
SELECT polar.bulk_tell('[
  ["has_relation", "Document:bottom.txt", "folder", "Folder:c10000"],
  ["has_role", "User:root", "editor", "Folder:c0"],
  ["has_role", "User:half", "viewer", "Folder:c5000"],
  ["has_role", "User:leaf", "editor", "Folder:c10000"]
]') AS new_facts;
SELECT * FROM regress.checks(ARRAY[
  ['User:root', 'write', 'Folder:c10000',       'true'],    -- 10,000 hops down
  ['User:root', 'write', 'Document:bottom.txt', 'true'],
  ['User:half', 'read',  'Document:bottom.txt', 'true'],
  ['User:half', 'read',  'Folder:c4999',        'false'],   -- roles never flow up
  ['User:half', 'write', 'Folder:c10000',       'false'],
  ['User:leaf', 'read',  'Folder:c9999',        'false'],
  ['User:leaf', 'write', 'Folder:c10000',       'true'],
  ['User:nobody', 'read', 'Folder:c10000',      'false']]);
SELECT count(*) AS half_reads, min(substr(id, 2)::int) AS first, max(substr(id, 2)::int) AS last
FROM polar.list('User:half', 'read', 'Folder') AS id;
SELECT count(*) AS leaf_writes FROM polar.list('User:leaf', 'write', 'Folder');
SELECT count(*) AS root_roles FROM polar.query('has_role', 'User:root', 'editor', NULL);

------------------------------------------------------------------------------
-- The same chain closed into a cycle of 10,001 folders (c0's parent is c10000)
------------------------------------------------------------------------------
SELECT polar.tell('has_relation', 'Folder:c0', 'parent', 'Folder:c10000');
SELECT * FROM regress.checks(ARRAY[
  ['User:half', 'read',  'Folder:c4999',        'true'],    -- now around the cycle
  ['User:half', 'read',  'Folder:c0',           'true'],
  ['User:half', 'write', 'Folder:c0',           'false'],
  ['User:leaf', 'write', 'Folder:c9999',        'true'],
  ['User:nobody', 'read', 'Folder:c5000',       'false'],
  ['User:nobody', 'read', 'Document:bottom.txt', 'false']]);
SELECT count(*) AS half_reads FROM polar.list('User:half', 'read', 'Folder');
SELECT count(*) AS nobody_reads FROM polar.list('User:nobody', 'read', 'Folder');
SELECT array_agg(a ORDER BY a) AS actions FROM polar.actions('User:half', 'Folder:c1') AS a;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- Self loops and two cycles sharing a folder
------------------------------------------------------------------------------
-- s is its own parent; t -> u -> t and u -> v -> u share u.
SELECT polar.bulk_tell('[
  ["has_relation", "Folder:s", "parent", "Folder:s"],
  ["has_relation", "Folder:t", "parent", "Folder:u"],
  ["has_relation", "Folder:u", "parent", "Folder:t"],
  ["has_relation", "Folder:v", "parent", "Folder:u"],
  ["has_relation", "Folder:u", "parent", "Folder:v"],
  ["has_role", "User:sam", "viewer", "Folder:s"],
  ["has_role", "User:val", "editor", "Folder:v"]
]') AS new_facts;
SELECT * FROM regress.checks(ARRAY[
  ['User:sam', 'read',  'Folder:s', 'true'],
  ['User:sam', 'read',  'Folder:t', 'false'],
  ['User:val', 'write', 'Folder:t', 'true'],
  ['User:val', 'write', 'Folder:s', 'false'],
  ['User:sam', 'write', 'Folder:s', 'false']]);
SELECT * FROM polar.query('has_role', NULL, NULL, 'Folder:t') ORDER BY args;
SELECT polar.bulk_delete('[["has_role", null, null, null], ["has_relation", null, null, null]]') AS deleted;

------------------------------------------------------------------------------
-- A 31-level policy, two alternatives a level: 2^31 derivations if unfolded into the check
------------------------------------------------------------------------------
SELECT polar.load_policy(
  E'actor User {}\nresource Doc {}\n' ||
  (SELECT string_agg(format(E'p%s(x: Doc) if p%s(x) and f%s(x);\np%s(x: Doc) if p%s(x) and g%s(x);\n',
                            i, i + 1, i, i, i + 1, i), '' ORDER BY i)
   FROM generate_series(0, 29) AS i) ||
  E'p30(x: Doc) if f30(x);\np30(x: Doc) if g30(x);\n' ||
  E'allow(_: User, "read", x: Doc) if p0(x);\n',
  'layered.polar') > 0 AS loaded;
-- good: every level holds through f or g; broken: level 17 holds through neither.
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array(CASE WHEN i % 2 = 0 THEN 'f' ELSE 'g' END || i, 'Doc:good')))
       AS new_facts
FROM generate_series(0, 30) AS i;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('f' || i, 'Doc:broken'))) AS new_facts
FROM generate_series(0, 30) AS i WHERE i <> 17;
SELECT polar.tell('p17', 'Doc:mended');  -- a stored p17 fact stands in for levels 17 to 30
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('g' || i, 'Doc:mended'))) AS new_facts
FROM generate_series(0, 16) AS i;
SELECT * FROM regress.checks(ARRAY[
  ['User:any', 'read', 'Doc:good',   'true'],
  ['User:any', 'read', 'Doc:broken', 'false'],
  ['User:any', 'read', 'Doc:mended', 'true'],
  ['User:any', 'read', 'Doc:absent', 'false']]);
SELECT id FROM polar.list('User:any', 'read', 'Doc') AS id ORDER BY id;
