# kill -9 in the middle of writes: a large bulk_tell killed while it is storing rows, and a
# policy load killed after it has written the new version (it is held up regenerating a row
# filter), leave nothing behind after crash recovery -- all or nothing -- and the tables and
# their indexes are consistent (amcheck). Committed work before the kill is all there.
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep);

my $node = polar_node('main', no_start => 1);
# The TAP default is off; on, a killed backend makes the postmaster reset and recover.
$node->append_conf('postgresql.conf', 'restart_after_crash = on');
$node->start;
$node->safe_psql('postgres', q{
	CREATE EXTENSION pg_polar;
	CREATE EXTENSION amcheck;
	SELECT polar.load_policy($$
	  actor User {}
	  resource Repo { roles = ["reader", "writer"]; permissions = ["read", "write"];
	                  "reader" if "writer"; "read" if "reader"; "write" if "writer"; }
	$$, 'v1.polar');
	SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:c' || i, 'reader', 'Repo:anvil'))
	                        FROM generate_series(1, 1000) i));
	CREATE TABLE repos (id text PRIMARY KEY);
	INSERT INTO repos VALUES ('anvil'), ('forge');
});
my $count_facts = q{SELECT count(*) FROM polar.facts WHERE predicate = 'has_role'};
my $check = q{SELECT polar.authorize('User:c500', 'read', 'Repo:anvil')};

# Every B-tree of the fact tables matches its heap (heapallindexed; an error if not): the
# number of indexes checked.
sub fact_indexes_ok
{
	return $node->safe_psql('postgres', q{
		SELECT count(*) FROM (
		  SELECT bt_index_check(i.indexrelid, true)
		  FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
		  WHERE c.relnamespace = 'polar'::regnamespace AND c.relname LIKE 'fact\_%') checked});
}

# Kill the server process of $session with SIGKILL: the postmaster then ends every other
# session and recovers from the WAL (crash recovery), as after a kill -9 of the server.
sub kill9_backend_and_recover
{
	my ($pid) = @_;
	my $log_offset = -s $node->logfile;
	kill 'KILL', $pid or die "could not kill $pid: $!";
	$node->wait_for_log(qr/all server processes terminated; reinitializing/, $log_offset);
	$node->wait_for_log(qr/database system is ready to accept connections/, $log_offset);
	$node->poll_query_until('postgres', 'SELECT true');
	return $log_offset;
}

# --- A bulk_tell of 1,000,000 facts, killed while its rows are going in.
my $writer = $node->background_psql('postgres', on_error_stop => 0);
my $writer_pid = $writer->query_safe('SELECT pg_backend_pid()');
my $size_before = $node->safe_psql('postgres', q{SELECT pg_relation_size('polar.fact_3')});
$writer->{stdin} .= q{SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:b' || i, 'reader', 'Repo:r' || (i % 1000)))
                       FROM generate_series(1, 1000000) i));
};
$writer->{run}->pump_nb;
# Wait until the batch has written at least 8 MB of rows (uncommitted, visible in the size).
my $grown = 0;
for (1 .. 1200)
{
	my $size = $node->safe_psql('postgres', q{SELECT pg_relation_size('polar.fact_3')});
	if ($size > $size_before + 8 * 1024 * 1024) { $grown = 1; last; }
	usleep(50_000);
}
ok($grown, 'the bulk_tell was storing rows when it was killed');
is($node->safe_psql('postgres', qq{SELECT state FROM pg_stat_activity WHERE pid = $writer_pid}),
	'active', 'and it was still running');
my $offset = kill9_backend_and_recover($writer_pid);
$writer->{run}->kill_kill;
ok($node->log_contains(qr/automatic recovery in progress/, $offset), 'the server went through crash recovery');
is($node->safe_psql('postgres', $count_facts), '1000', 'nothing of the killed batch is left: only the 1000 committed facts');
is($node->safe_psql('postgres', q{SELECT polar.authorize('User:b1', 'read', 'Repo:r1')}), 'f',
	'a fact of the killed batch is not found');
is($node->safe_psql('postgres', $check), 't', 'committed facts answer');
is(fact_indexes_ok(), '14', 'all 14 fact indexes match their tables after recovery');

# The same batch run to completion afterwards stores all of it (and the kill left no duplicate keys).
is($node->safe_psql('postgres', q{SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:b' || i, 'reader', 'Repo:r' || (i % 1000)))
                                   FROM generate_series(1, 100000) i))}), '100000', 'a batch stores fully after recovery');
is($node->safe_psql('postgres', q{SELECT polar.authorize('User:b99999', 'read', 'Repo:r999')}), 't', 'and answers');

# --- A policy load killed half-way: it has stored the new version and deactivated the old one,
# and waits to regenerate a row-filter view that an open transaction is reading.
$node->safe_psql('postgres', q{SELECT polar.create_filter('readable_repos', 'repos', 'id', 'Repo', 'read')});
my $reader = $node->background_psql('postgres');
$reader->query_safe(q{BEGIN; SET LOCAL polar.actor = 'User:c1'; SELECT count(*) FROM polar_filters.readable_repos});
my $loader = $node->background_psql('postgres', on_error_stop => 0);
my $loader_pid = $loader->query_safe('SELECT pg_backend_pid()');
$loader->{stdin} .= q{SELECT polar.load_policy('actor User {} resource Repo { permissions = ["read"]; }', 'v2.polar');
};
$loader->{run}->pump_nb;
ok($node->poll_query_until('postgres',
		qq{SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = $loader_pid}),
	'the load is waiting half-way (for the row-filter view)');
is($node->safe_psql('postgres', q{SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                                  WHERE l.pid = } . $loader_pid . q{ AND c.relname = 'policy_versions' AND l.mode = 'RowExclusiveLock'}),
	'1', 'after writing the policy catalog');
$offset = kill9_backend_and_recover($loader_pid);
$loader->{run}->kill_kill;
$reader->{run}->kill_kill;
is($node->safe_psql('postgres', q{SELECT string_agg(filename || ':' || active, ',' ORDER BY version) FROM polar.policies}),
	'v1.polar:true', 'the killed load left no version behind and v1 is still active');
is($node->safe_psql('postgres', $check), 't', 'the previous policy answers');
is($node->safe_psql('postgres', q{SET polar.actor = 'User:c1'; SELECT string_agg(id, ',' ORDER BY id) FROM polar_filters.readable_repos}),
	'anvil', 'the row filter still answers from the previous policy');
is($node->safe_psql('postgres', q{SELECT polar.load_policy('actor User {} resource Repo { permissions = ["read"]; }', 'v2.polar') > 0}),
	't', 'the same load succeeds after recovery');
is($node->safe_psql('postgres', $check), 'f', 'and takes effect');

# --- A committed load and facts just before a kill -9 (no checkpoint in between) are recovered.
$node->safe_psql('postgres', q{SELECT polar.activate_policy(1); SELECT polar.tell('has_role', 'User:late', 'writer', 'Repo:anvil')});
my $victim = $node->background_psql('postgres');
my $victim_pid = $victim->query_safe('SELECT pg_backend_pid()');
kill9_backend_and_recover($victim_pid);
$victim->{run}->kill_kill;
is($node->safe_psql('postgres', q{SELECT version FROM polar.policies WHERE active}), '1', 'the committed activation survives');
is($node->safe_psql('postgres', q{SELECT polar.authorize('User:late', 'write', 'Repo:anvil')}), 't',
	'and the committed fact answers under it');

is(fact_indexes_ok(), '14', 'the fact indexes are still consistent');

done_testing();
