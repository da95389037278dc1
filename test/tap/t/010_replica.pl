# Checks on a streaming hot standby: authorize, list, actions and query answer from
# replicated facts and policy; a policy change on the primary reaches a standby
# session that is already running (its invalidation is replayed from WAL); writes
# are refused cleanly there. A batch stored past the executor replays like COPY's.
# Over a generated data set, two standbys at once answer authorize, list, actions and query
# exactly like the primary, before and after policy and fact changes; every write entry
# point fails on a standby with PostgreSQL's read-only error (SQLSTATE 25006).
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

# --- Two standbys answer exactly like the primary over a generated data set.
my $standby2 = polar_standby($primary, 'standby2');
$primary->safe_psql('postgres', 'CREATE DATABASE dataset');
polar_dataset($primary, 'dataset');
$primary->wait_for_catchup($standby);
$primary->wait_for_catchup($standby2);
my $answers = polar_answers($primary, 'dataset');
like($answers, qr/^authorize [01]*1[01]*0/m, 'the data set allows some checks and denies others');
is(polar_answers($standby, 'dataset'), $answers, 'standby 1 answers like the primary');
is(polar_answers($standby2, 'dataset'), $answers, 'standby 2 answers like the primary');

# Sessions open on both standbys follow a policy change and fact changes on the primary.
my @sessions = map { $_->background_psql('dataset') } ($standby, $standby2);
$_->query_safe(q{SELECT polar.authorize('User:u1', 'read', 'Repo:r1')}) for @sessions;
my $narrower = $POLAR_DATASET_POLICY =~ s/"reader" if "member" on "parent"; //r;
$primary->safe_psql('dataset', qq{
	SELECT polar.load_policy(\$polar\$$narrower\$polar\$, 'narrower.polar');
	SELECT polar.delete('has_role', 'User:u5', NULL, NULL);
	SELECT polar.bulk_tell('[["has_role", "User:u31", "admin", "Org:o1"], ["has_relation", "Repo:r41", "parent", "Org:o1"]]');
});
$primary->wait_for_catchup($standby);
$primary->wait_for_catchup($standby2);
my $changed = polar_answers($primary, 'dataset');
isnt($changed, $answers, 'the changes change the answers');
is(polar_answers($standby, 'dataset'), $changed, 'standby 1 follows the policy and fact changes');
is(polar_answers($standby2, 'dataset'), $changed, 'standby 2 follows them too');
my $probe = q{SELECT polar.authorize('User:u31', 'delete', 'Repo:r41')};
is($primary->safe_psql('dataset', $probe), 't', 'a new fact answers on the primary');
is($_->query_safe($probe), 't', 'and in a standby session that was already open') for @sessions;
$_->quit for @sessions;

# A rollback to the earlier policy version is followed too.
$primary->safe_psql('dataset', q{SELECT polar.activate_policy((SELECT min(version) FROM polar.policies))});
$primary->wait_for_catchup($standby2);
is(polar_answers($standby2, 'dataset'), polar_answers($primary, 'dataset'), 'a standby follows a rollback');

# --- Every write entry point fails on a standby with the read-only error, and changes nothing.
my %writes = (
	tell => q{SELECT polar.tell('has_role', 'User:eve', 'admin', 'Org:o1')},
	delete => q{SELECT polar.delete('has_role', 'User:u1', NULL, NULL)},
	bulk_tell => q{SELECT polar.bulk_tell('[["has_role", "User:eve", "admin", "Org:o1"]]')},
	bulk_delete => q{SELECT polar.bulk_delete('[["has_role", "User:u1", null, null]]')},
	batch => q{SELECT polar.batch('[{"inserts": [["has_role", "User:eve", "admin", "Org:o1"]]}]')},
	load_policy => q{SELECT polar.load_policy('actor User {}')},
	activate_policy => q{SELECT polar.activate_policy(1)},
	prune_policies => q{SELECT polar.prune_policies(1)},
	bind => q{SELECT polar.bind('has_relation(Repo:_, String:parent, Org:_)', $$SELECT 'x', 'y'$$)},
	create_filter => q{SELECT polar.create_filter('f', 'pg_class', 'relname', 'Repo')});
my $facts_before = $standby->safe_psql('dataset', 'SELECT count(*) FROM polar.facts');
for my $name (sort keys %writes)
{
	my ($rc, $out, $err) = $standby->psql('dataset', "\\set VERBOSITY verbose\n$writes{$name}");
	isnt($rc, 0, "$name fails on the standby");
	like($err, qr/ERROR:  25006: cannot execute .* in a read-only transaction/, "$name: read-only error, SQLSTATE 25006");
}
is($standby->safe_psql('dataset', 'SELECT count(*) FROM polar.facts'), $facts_before, 'the standby is unchanged');
my ($rc, $out, $err) = $standby->psql('dataset', q{SELECT polar.load_policy('actor User {}')});
like($err, qr/HINT:  This server is a hot standby: change policies on the primary/, 'a policy change on a standby says where to make it');
# The same refusal in a read-only transaction on the primary.
($rc, $out, $err) = $primary->psql('dataset', q{BEGIN READ ONLY; SELECT polar.activate_policy(1);});
like($err, qr/cannot execute polar.activate_policy\(\) in a read-only transaction/, 'a read-only transaction on the primary refuses a policy change');
is(polar_answers($standby2, 'dataset'), polar_answers($primary, 'dataset'), 'and still answers like the primary');

done_testing();
