# statement_timeout and pg_cancel_backend stop a long check promptly (issue 20 item 7), and the
# session that ran it stays usable: authorize, list, polar.query and actions over a non-linear
# recursive rule (iterated naively to its fixpoint: many seconds over a 150-folder chain) end with
# SQLSTATE 57014 within a bounded time, as does a large polar.bulk_tell cancelled while it stores
# rows (which leaves nothing behind); afterwards the same session answers correctly and its plan
# caches still serve repeated checks.
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(time);

# Generous bound for "promptly": the interrupt lands within milliseconds; the slack is for a
# loaded CI machine. The long check itself is shown to take longer than this ($long_timeout).
my $prompt_s = 5;
my $long_timeout_s = 6;

my $node = polar_node('main');
$node->safe_psql('postgres', q{
	CREATE EXTENSION pg_polar;
	SELECT polar.load_policy($polar$
	  actor User {}
	  resource Folder { roles = ["viewer"]; permissions = ["read"]; relations = { parent: Folder };
	                    "read" if "viewer"; }
	  resource Doc { roles = ["viewer", "editor"]; permissions = ["read", "write"];
	                 "viewer" if "editor"; "read" if "viewer"; "write" if "editor"; }
	  # Non-linear closure (two recursive calls in one body): evaluated as a naive fixpoint.
	  reach(x: Folder, y: Folder) if has_relation(x, "parent", y);
	  reach(x: Folder, y: Folder) if reach(x, z) and reach(z, y);
	  has_permission(u: User, "read", f: Folder) if reach(f, g) and has_role(u, "viewer", g);
	$polar$, 'cancel.polar');
	SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_relation', 'Folder:c' || i, 'parent', 'Folder:c' || (i - 1)))
	                        FROM generate_series(1, 150) i));
	SELECT polar.bulk_tell('[["has_role", "User:root", "viewer", "Folder:c0"],
	                         ["has_role", "User:alice", "editor", "Doc:d1"],
	                         ["has_role", "User:bob", "viewer", "Doc:d2"]]');
});

my %slow = (
	authorize => q{SELECT polar.authorize('User:root', 'read', 'Folder:c150')},
	list      => q{SELECT count(*) FROM polar.list('User:root', 'read', 'Folder')},
	query     => q{SELECT count(*) FROM polar.query('allow', NULL, 'read', 'Folder:c150')},
	actions   => q{SELECT count(*) FROM polar.actions('User:root', 'Folder:c150')},
);
my @kinds = qw(authorize list query actions);

# The fast checks the session must still answer afterwards, and their answers.
my $fast = q{SELECT polar.authorize('User:alice', 'write', 'Doc:d1'), polar.authorize('User:bob', 'write', 'Doc:d2'),
                    (SELECT string_agg(l, ',' ORDER BY l) FROM polar.list('User:bob', 'read', 'Doc') l),
                    (SELECT string_agg(a, ',' ORDER BY a) FROM polar.actions('User:alice', 'Doc:d1') a),
                    (SELECT string_agg(q.args::text, ';' ORDER BY q.args::text) FROM polar.query('allow', NULL, 'read', 'Doc:d1') q)};
my $fast_answer = 't|f|d2|read,write|{User:alice,read,Doc:d1}';

# One session for everything: errors reported by SQLSTATE only (the CONTEXT is the whole plan).
my $checker = $node->background_psql('postgres', on_error_stop => 0);
my $checker_pid = $checker->query_safe('SELECT pg_backend_pid()');
$checker->query_safe('\set VERBOSITY sqlstate');
is($checker->query_safe($fast), $fast_answer, 'fast checks answer before any interrupt');

# run($sql): run in the checker session; returns (stdout, stderr, elapsed seconds).
sub run
{
	my ($sql) = @_;
	$checker->{stderr} = '';
	my $t0 = time;
	my $out = $checker->query($sql);
	my $elapsed = time - $t0;
	my $err = $checker->{stderr};
	$checker->{stderr} = '';
	return ($out, $err, $elapsed);
}

# --- statement_timeout
$checker->query_safe(qq{SET statement_timeout = '${long_timeout_s}s'});
my ($out, $err, $elapsed) = run($slow{authorize});
like($err, qr/57014/, "the long authorize does not finish within ${long_timeout_s} s (57014 at the ${long_timeout_s} s timeout)");
cmp_ok($elapsed, '>=', $long_timeout_s - 0.5, sprintf('it ran until the timeout (%.1f s)', $elapsed));

$checker->query_safe(q{SET statement_timeout = '200ms'});
for my $kind (@kinds)
{
	($out, $err, $elapsed) = run($slow{$kind});
	like($err, qr/57014/, "statement_timeout = 200ms stops a long $kind with 57014");
	cmp_ok($elapsed, '<', $prompt_s, sprintf("  within %d s (%.2f s)", $prompt_s, $elapsed));
}
$checker->query_safe(q{SET statement_timeout = 0});
is($checker->query_safe($fast), $fast_answer, 'the session answers correctly after the timeouts');

# --- pg_cancel_backend from a second session, once the check has run for a second.
# cancel_when($condition): in a second session, wait (at most 60 s, else that session fails)
# until the checker's row of pg_stat_activity meets $condition, then cancel it; returns that
# session.
sub cancel_when
{
	my ($condition) = @_;
	my $canceller = $node->background_psql('postgres');
	$canceller->{stdin} .= qq{DO \$\$
	  BEGIN
	    FOR i IN 1 .. 6000 LOOP
	      -- pg_stat_activity is read once per transaction unless its snapshot is cleared: without
	      -- this, a first read from before the checker started would be seen for the whole loop.
	      PERFORM pg_stat_clear_snapshot();
	      IF EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $checker_pid AND state = 'active' AND $condition) THEN RETURN; END IF;
	      PERFORM pg_sleep(0.01);
	    END LOOP;
	    RAISE EXCEPTION 'the checker never met: %', \$c\$$condition\$c\$;
	  END \$\$;
	  SELECT 'cancelled:' || pg_cancel_backend($checker_pid);
	};
	$canceller->{run}->pump_nb;
	return $canceller;
}

for my $kind (@kinds)
{
	my $canceller = cancel_when(q{clock_timestamp() - query_start > interval '1 s'});
	($out, $err, $elapsed) = run($slow{$kind});
	like($err, qr/57014/, "pg_cancel_backend stops a running $kind with 57014");
	cmp_ok($elapsed, '<', 1 + $prompt_s, sprintf("  within %d s of the cancel (%.2f s in all, 1 s before the cancel)", $prompt_s, $elapsed));
	pump_until($canceller->{run}, $canceller->{timeout}, \$canceller->{stdout}, qr/cancelled:/);
	like($canceller->{stdout}, qr/cancelled:t/, '  the cancel was delivered to the running check');
	$canceller->quit;
}

# --- Afterwards: the same session answers, twice (from its plan cache the second time), and the
# long check still compiles and is still interruptible.
is($checker->query_safe($fast), $fast_answer, 'the same session answers correctly after the cancels');
is($checker->query_safe($fast), $fast_answer, 'and again (cached plans)');
$checker->query_safe(q{SET statement_timeout = '200ms'});
($out, $err, $elapsed) = run($slow{authorize});
like($err, qr/57014/, 'the long check, run again, is interrupted again');
$checker->query_safe(q{SET statement_timeout = 0});

# --- A bulk_tell of 1,000,000 facts cancelled while it stores rows (its table has grown by 4 MB):
# 57014, nothing of it is left, and the session writes and answers afterwards.
my $count_facts = q{SELECT count(*) FROM polar.facts WHERE predicate = 'has_role'};
my $facts_before = $checker->query_safe($count_facts);
my $size_before = $checker->query_safe(q{SELECT pg_relation_size('polar.fact_3')});
my $canceller = cancel_when(
	qq{query LIKE '%bulk_tell%' AND pg_relation_size('polar.fact_3') > $size_before + 4 * 1024 * 1024});
($out, $err, $elapsed) = run(q{SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:b' || i, 'viewer', 'Doc:b' || i))
                                FROM generate_series(1, 1000000) i))});
like($err, qr/57014/, 'pg_cancel_backend stops a large bulk_tell while it stores rows, with 57014');
pump_until($canceller->{run}, $canceller->{timeout}, \$canceller->{stdout}, qr/cancelled:/);
like($canceller->{stdout}, qr/cancelled:t/, '  the cancel was delivered to the running bulk_tell');
$canceller->quit;
is($checker->query_safe($count_facts), $facts_before, 'the cancelled bulk_tell left no fact behind');
is($checker->query_safe(q{SELECT polar.authorize('User:b1', 'read', 'Doc:b1')}), 'f', 'and none of its facts answers');
is($checker->query_safe(q{SELECT polar.bulk_tell('[["has_role", "User:carol", "viewer", "Doc:d1"]]')}), '1',
	'the same session writes facts afterwards');
is($checker->query_safe(q{SELECT polar.authorize('User:carol', 'read', 'Doc:d1')}), 't', 'which answer');
is($checker->query_safe($fast), $fast_answer =~ s/\{User:alice,read,Doc:d1\}/{User:alice,read,Doc:d1};{User:carol,read,Doc:d1}/r,
	'and every other answer is as before');

$checker->quit;
done_testing();
