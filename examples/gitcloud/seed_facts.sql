-- The tutorial's authorization data for schema.sql's seed rows (as in walkthrough.sql), plus a
-- run of GitCloud Actions. Run after app_schema.sql.
INSERT INTO users (id, name) VALUES ('erin', 'Erin Evans');   -- a member of osohq, no staff role

INSERT INTO actions (id, repo_id, creator_id, name, status) VALUES
  (1, 3, 'charlie', 'build #1', 'succeeded');
SELECT setval(pg_get_serial_sequence('actions', 'id'), (SELECT max(id) FROM actions));

SELECT polar.bulk_tell('[
  ["has_role", "User:alice",   "admin",  "Org:1"],
  ["has_role", "User:bob",     "member", "Org:1"],
  ["has_role", "User:erin",    "member", "Org:2"],
  ["has_role", "User:charlie", "reader", "Repo:3"],
  ["has_role", "User:charlie", "creator", "Issue:1"],
  ["has_role", "User:charlie", "creator", "Action:1"],
  ["has_role", "User:dee",     "admin"]
]') AS seed_facts;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Repo:' || id, 'parent', 'Org:' || org_id)))
FROM repositories;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Issue:' || id, 'parent', 'Repo:' || repo_id)))
FROM issues;
SELECT polar.bulk_tell(jsonb_agg(jsonb_build_array('has_relation', 'Action:' || id, 'parent', 'Repo:' || repo_id)))
FROM actions;
