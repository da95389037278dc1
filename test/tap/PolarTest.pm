# Helpers for pg_polar's TAP tests: nodes that load the private build of the extension.
#
#   use FindBin;
#   use lib "$FindBin::RealBin/..";
#   use PolarTest;
#
#   my $node    = polar_node('main');                            # init + start
#   my $primary = polar_node('primary', allows_streaming => 1);
#   my $standby = polar_standby($primary, 'standby');             # hot standby, streaming
#
# scripts/test.sh sets POLAR_CONF to a file of postgresql.conf lines (extension_destdir and
# dynamic_library_path pointing at the private install), plus what PostgreSQL::Test::* need
# (PATH, PG_REGRESS, TESTDIR, PERL5LIB).
package PolarTest;

use strict;
use warnings;

use Exporter 'import';
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;

our @EXPORT = qw(polar_conf polar_node polar_standby);

# The postgresql.conf lines that make a node use the private install.
sub polar_conf
{
	my $file = $ENV{POLAR_CONF}
	  or die "POLAR_CONF is not set: run the TAP tests through scripts/test.sh tap\n";
	return PostgreSQL::Test::Utils::slurp_file($file);
}

# polar_node($name, %init_params): a new node using the private build, started unless
# no_start => 1 is given. %init_params go to PostgreSQL::Test::Cluster::init
# (e.g. allows_streaming => 1).
sub polar_node
{
	my ($name, %params) = @_;
	my $no_start = delete $params{no_start};
	my $node = PostgreSQL::Test::Cluster->new($name);
	$node->init(%params);
	$node->append_conf('postgresql.conf', polar_conf());
	$node->start unless $no_start;
	return $node;
}

# polar_standby($primary, $name): take a base backup of $primary (which must have been created
# with allows_streaming => 1) and start a streaming hot standby from it. The standby's
# postgresql.conf comes from the backup, so it uses the private build too.
sub polar_standby
{
	my ($primary, $name) = @_;
	my $backup = "backup_for_$name";
	$primary->backup($backup);
	my $standby = PostgreSQL::Test::Cluster->new($name);
	$standby->init_from_backup($primary, $backup, has_streaming => 1);
	$standby->start;
	return $standby;
}

1;
