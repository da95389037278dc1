# Durability: policies and facts survive a restart and a crash; a crash in the middle
# of a policy load leaves the previous policy active (a load is one transaction).
# Plan caches are rebuilt after a restart: every answer over a generated data set is the
# same after a clean restart and after a crash, and a policy change (and a rollback to the
# earlier version) after the restart takes effect. (021_kill_mid_write.pl: kills mid-write.)
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = polar_node('main');
$node->safe_psql('postgres', q{
	CREATE EXTENSION pg_polar;
	SELECT polar.load_policy($$
	  actor User {}
	  resource Repo { roles = ["reader", "writer"]; permissions = ["read", "write"];
	                  "reader" if "writer"; "read" if "reader"; "write" if "writer"; }
	$$, 'v1.polar');
	SELECT polar.tell('has_role', 'User:alice', 'reader', 'Repo:anvil');
});
my $check = q{SELECT polar.authorize('User:alice', 'read', 'Repo:anvil')};

$node->restart;
is($node->safe_psql('postgres', $check), 't', 'policy and facts survive a clean restart');

# A crash (immediate stop) after commit loses nothing.
$node->safe_psql('postgres', q{SELECT polar.tell('has_role', 'User:bob', 'writer', 'Repo:anvil')});
$node->stop('immediate');
$node->start;
is($node->safe_psql('postgres', q{SELECT polar.authorize('User:bob', 'write', 'Repo:anvil')}),
	't', 'a committed fact survives a crash');

# So does a large batch (stored by multi-insert, as COPY stores) and its index entries.
$node->safe_psql('postgres', q{
	SELECT polar.bulk_tell((SELECT jsonb_agg(jsonb_build_array('has_role', 'User:u' || i, 'reader', 'Repo:anvil'))
	                        FROM generate_series(1, 5000) i))});
$node->stop('immediate');
$node->start;
is($node->safe_psql('postgres', q{SELECT count(*) FROM polar.query('allow', NULL, 'read', 'Repo:anvil')}),
	'5002', 'a bulk-stored batch survives a crash');
is($node->safe_psql('postgres', q{SELECT polar.authorize('User:u4321', 'read', 'Repo:anvil')}),
	't', 'and is found by index after recovery');

# A crash while a load is uncommitted: the old policy is still active afterwards.
my $loader = $node->background_psql('postgres');
$loader->query_safe('BEGIN');
$loader->query_safe(q{SELECT polar.load_policy('actor User {} resource Repo {}', 'v2.polar')});
$node->stop('immediate');
$loader->quit;
$node->start;
is($node->safe_psql('postgres', q{SELECT string_agg(filename || ':' || active, ',' ORDER BY version) FROM polar.policies}),
	'v1.polar:true', 'the interrupted load left no version behind');
is($node->safe_psql('postgres', $check), 't', 'the previous policy answers after the crash');

# A backend killed during checks does not disturb others (the postmaster resets all).
my $victim = $node->background_psql('postgres');
$victim->query_safe($check);
my $pid = $victim->query_safe('SELECT pg_backend_pid()');
$node->safe_psql('postgres', "SELECT pg_terminate_backend($pid)");
$victim->quit;
is($node->safe_psql('postgres', $check), 't', 'checks work in a new session after a backend was terminated');

# Plan caches after restarts (each backend compiles anew): the answers over a
# generated data set are the same, and policy changes after a restart apply.
$node->safe_psql('postgres', 'CREATE DATABASE plans');
polar_dataset($node, 'plans');
my $answers = polar_answers($node, 'plans');
like($answers, qr/^authorize [01]*1[01]*0/m, 'the data set allows some checks and denies others');
$node->restart;
is(polar_answers($node, 'plans'), $answers, 'the same answers after a clean restart');
$node->stop('immediate');
$node->start;
is(polar_answers($node, 'plans'), $answers, 'the same answers after a crash');

my $dataset_version = $node->safe_psql('plans', q{SELECT version FROM polar.policies WHERE active});
my $narrower = $POLAR_DATASET_POLICY =~ s/"reader" if "member" on "parent"; //r;
$node->safe_psql('plans', qq{SELECT polar.load_policy(\$polar\$$narrower\$polar\$, 'narrower.polar')});
my $narrower_answers = polar_answers($node, 'plans');
isnt($narrower_answers, $answers, 'a policy loaded after the restart changes the answers');
$node->stop('immediate');
$node->start;
is(polar_answers($node, 'plans'), $narrower_answers, 'the new policy answers the same after a crash');
$node->safe_psql('plans', "SELECT polar.activate_policy($dataset_version)");
is(polar_answers($node, 'plans'), $answers, 'rolling back to the earlier version answers as before');
$node->restart;
is(polar_answers($node, 'plans'), $answers, 'and so after another restart');

done_testing();
