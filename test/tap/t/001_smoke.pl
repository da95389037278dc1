# Smoke test for the TAP harness: a node with the private build, and a streaming hot standby.
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = polar_node('primary', allows_streaming => 1);

$primary->safe_psql('postgres', 'CREATE EXTENSION pg_polar');
like(
	$primary->safe_psql(
		'postgres', "SELECT extversion FROM pg_extension WHERE extname = 'pg_polar'"),
	qr/^\d+\.\d+/,
	'CREATE EXTENSION pg_polar');

# The module path resolves into the private install, not the system libdir.
my ($ret, $stdout, $stderr) = $primary->psql('postgres',
	"CREATE FUNCTION polar_no_such_fn() RETURNS void
	   AS '\$libdir/pg_polar', 'polar_no_such_fn' LANGUAGE C");
like(
	$stderr,
	qr/could not find function "polar_no_such_fn" in file "\Q$ENV{POLAR_INSTALL_DIR}\E/,
	'$libdir/pg_polar is the private build');

# A streaming hot standby: the extension created on the primary after the base backup is
# replicated, and the standby answers queries.
my $standby = polar_standby($primary, 'standby');
$primary->safe_psql('postgres', 'CREATE DATABASE replicated');
$primary->safe_psql('replicated', 'CREATE EXTENSION pg_polar');
$primary->wait_for_catchup($standby);

is($standby->safe_psql('postgres', 'SELECT pg_is_in_recovery()'), 't', 'standby is in recovery');
is($standby->safe_psql('replicated', 'SELECT 1'), '1', 'standby answers SELECT 1');
is( $standby->safe_psql(
		'replicated', "SELECT extname FROM pg_extension WHERE extname = 'pg_polar'"),
	'pg_polar',
	'CREATE EXTENSION replicated to the standby');
is($standby->safe_psql('replicated', "LOAD '\$libdir/pg_polar'; SELECT 'loaded'"),
	'loaded', 'standby loads the module');

done_testing();
