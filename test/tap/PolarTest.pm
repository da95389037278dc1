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

our @EXPORT = qw(polar_conf polar_node polar_standby polar_dataset polar_answers $POLAR_DATASET_POLICY);

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

# A generated data set for comparing nodes (replicas, restores, restarts): orgs, repos and
# issues with roles, relations and ownership, loaded into $db of $node.
our $POLAR_DATASET_POLICY = q{
  actor User {}
  resource Org { roles = ["member", "admin"]; permissions = ["read", "write", "delete"];
                 "member" if "admin"; "read" if "member"; "write" if "admin"; "delete" if "admin"; }
  resource Repo { roles = ["reader", "maintainer"]; permissions = ["read", "write", "delete"];
                  relations = { parent: Org };
                  "reader" if "member" on "parent"; "maintainer" if "admin" on "parent";
                  "reader" if "maintainer"; "read" if "reader"; "write" if "maintainer";
                  "delete" if "admin" on "parent"; }
  resource Issue { roles = ["creator"]; permissions = ["read", "close"]; relations = { parent: Repo };
                   "read" if "read" on "parent"; "close" if "creator"; "close" if "write" on "parent"; }
};

sub polar_dataset
{
	my ($node, $db) = @_;
	$node->safe_psql($db, qq{
		CREATE EXTENSION IF NOT EXISTS pg_polar;
		SELECT polar.load_policy(\$polar\$$POLAR_DATASET_POLICY\$polar\$, 'dataset.polar');
		SELECT polar.bulk_tell((SELECT jsonb_agg(f) FROM (
		  SELECT jsonb_build_array('has_relation', 'Repo:r' || r, 'parent', 'Org:o' || (r % 4)) AS f
		    FROM generate_series(1, 40) r
		  UNION ALL
		  SELECT jsonb_build_array('has_relation', 'Issue:i' || i, 'parent', 'Repo:r' || (i % 40 + 1))
		    FROM generate_series(1, 120) i
		  UNION ALL
		  SELECT jsonb_build_array('has_role', 'User:u' || u, CASE WHEN u % 5 = 0 THEN 'admin' ELSE 'member' END,
		                           'Org:o' || (u % 4))
		    FROM generate_series(1, 30) u WHERE u % 3 <> 0
		  UNION ALL
		  SELECT jsonb_build_array('has_role', 'User:u' || u, CASE WHEN u % 2 = 0 THEN 'maintainer' ELSE 'reader' END,
		                           'Repo:r' || ((u * 7) % 40 + 1))
		    FROM generate_series(1, 30) u
		  UNION ALL
		  SELECT jsonb_build_array('has_role', 'User:u' || (i % 30 + 1), 'creator', 'Issue:i' || i)
		    FROM generate_series(1, 120, 3) i) facts));
	});
	return;
}

# Every answer the data set gives, one line each: authorize over users x actions x resources,
# list per user, action and type, actions per user and resource, and a who-can query.
sub polar_answers
{
	my ($node, $db) = @_;
	return $node->safe_psql($db, q{
		WITH users AS (SELECT 'User:u' || u AS actor FROM generate_series(1, 32) u),
		     resources AS (SELECT 'Org:o' || o AS res FROM generate_series(0, 4) o
		                   UNION ALL SELECT 'Repo:r' || r FROM generate_series(1, 41, 4) r
		                   UNION ALL SELECT 'Issue:i' || i FROM generate_series(1, 121, 10) i),
		     acts AS (SELECT unnest(ARRAY['read', 'write', 'delete', 'close']) AS act)
		SELECT 'authorize ' || string_agg(CASE WHEN polar.authorize(actor, act, res) THEN '1' ELSE '0' END, ''
		                                  ORDER BY actor, act, res)
		FROM users, resources, acts
		UNION ALL
		SELECT * FROM (
		  SELECT format('list %s %s %s: %s', actor, act, typ,
		                (SELECT string_agg(l, ',' ORDER BY l) FROM polar.list(actor, act, typ) l))
		  FROM users, acts, unnest(ARRAY['Org', 'Repo', 'Issue']) typ
		  ORDER BY actor, act, typ) lists
		UNION ALL
		SELECT * FROM (
		  SELECT format('actions %s %s: %s', actor, res,
		                (SELECT string_agg(a, ',' ORDER BY a) FROM polar.actions(actor, res) a))
		  FROM users, resources ORDER BY actor, res) actions
		UNION ALL
		SELECT * FROM (
		  SELECT format('query %s %s: %s', act, res,
		                (SELECT string_agg(q.args::text, ';' ORDER BY q.args::text)
		                 FROM polar.query('allow', NULL, act, res) q))
		  FROM acts, resources ORDER BY act, res) queries
	});
}

1;
