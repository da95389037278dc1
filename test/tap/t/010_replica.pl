# Checks on a streaming hot standby: authorize, list, actions and query answer from
# replicated facts and policy; a policy change on the primary reaches a standby
# session that is already running (its invalidation is replayed from WAL); writes
# are refused cleanly there. A batch stored past the executor replays like COPY's.
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = polar_node('primary', allows_streaming => 1);
my $standby = polar_standby($primary, 'standby');

$primary->safe_psql('postgres', q{
	CREATE EXTENSION pg_polar;
	SELECT polar.load_policy($$
	  actor User {}
	  resource Org { roles = ["member", "admin"]; permissions = ["read", "delete"];
	                 "member" if "admin"; "read" if "member"; "delete" if "admin"; }
	  resource Repo { roles = ["reader"]; permissions = ["read"]; relations = { parent: Org };
	                  "reader" if "member" on "parent"; "read" if "reader"; }
	$$);
	SELECT polar.bulk_tell('[["has_role", "User:alice", "member", "Org:acme"],
	                         ["has_role", "User:bob", "admin", "Org:acme"],
	                         ["has_relation", "Repo:anvil", "parent", "Org:acme"]]');
});
$primary->wait_for_catchup($standby);

is($standby->safe_psql('postgres', q{SELECT polar.authorize('User:alice', 'read', 'Repo:anvil')}),
	't', 'authorize on the standby');
is($standby->safe_psql('postgres', q{SELECT polar.authorize('User:alice', 'delete', 'Org:acme')}),
	'f', 'a denied check on the standby');
is($standby->safe_psql('postgres', q{SELECT string_agg(l, ',' ORDER BY l) FROM polar.list('User:bob', 'read', 'Repo') l}),
	'anvil', 'list on the standby');
is($standby->safe_psql('postgres', q{SELECT string_agg(a, ',') FROM polar.actions('User:bob', 'Org:acme') a}),
	'delete,read', 'actions on the standby');
is($standby->safe_psql('postgres', q{SELECT count(*) FROM polar.query('allow', NULL, 'read', 'Repo:anvil')}),
	'2', 'who-can query on the standby');

# A long-lived standby session sees a policy loaded on the primary after replay.
my $session = $standby->background_psql('postgres');
is($session->query_safe(q{SELECT polar.authorize('User:alice', 'delete', 'Repo:anvil')}), 'f',
	'standby session: old policy');
$primary->safe_psql('postgres', q{
	SELECT polar.load_policy($$
	  actor User {}
	  resource Org { roles = ["member", "admin"]; permissions = ["read", "delete"];
	                 "member" if "admin"; "read" if "member"; "delete" if "admin"; }
	  resource Repo { roles = ["reader"]; permissions = ["read", "delete"]; relations = { parent: Org };
	                  "reader" if "member" on "parent"; "read" if "reader"; "delete" if "reader"; }
	$$);
});
$primary->wait_for_catchup($standby);
is($session->query_safe(q{SELECT polar.authorize('User:alice', 'delete', 'Repo:anvil')}), 't',
	'standby session: new policy after replay');

# Fact changes replicate too.
$primary->safe_psql('postgres', q{SELECT polar.delete('has_role', 'User:alice', NULL, 'Org:acme')});
$primary->wait_for_catchup($standby);
is($session->query_safe(q{SELECT polar.authorize('User:alice', 'read', 'Repo:anvil')}), 'f',
	'standby session: revoked role');
$session->quit;

# A large batch (stored by multi-insert, past the executor) replays: every fact, indexed.
$primary->safe_psql('postgres', q{
	SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_relation', 'Repo:r' || i, 'parent', 'Org:acme'))
	                        FROM generate_series(1, 5000) i))});
$primary->wait_for_catchup($standby);
is($standby->safe_psql('postgres', q{SELECT count(*) FROM polar.list('User:bob', 'read', 'Repo')}),
	'5001', 'a bulk-stored batch is listed on the standby');
is($standby->safe_psql('postgres', q{SELECT polar.authorize('User:bob', 'read', 'Repo:r4321')}),
	't', 'and found by index on the standby');

# Writes are refused on the standby, with PostgreSQL's read-only error.
my ($ret, $stdout, $stderr) = $standby->psql('postgres', q{SELECT polar.tell('has_role', 'User:eve', 'admin', 'Org:acme')});
isnt($ret, 0, 'tell fails on the standby');
like($stderr, qr/read-only transaction/, 'with a read-only error');

done_testing();
