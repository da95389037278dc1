# pg_dump / pg_restore into a fresh database on a fresh server keeps every policy version
# (with its number, source, hash and which one is active), every stored fact, every binding
# and row filter, and answers identically: authorize, list, actions and query over a
# generated data set, bound facts and row filters included. Policy versions still work after
# the restore: a rollback answers as on the source, and new versions get new numbers.
use strict;
use warnings;

use FindBin;
use lib "$FindBin::RealBin/..";
use PolarTest;
use PostgreSQL::Test::Utils;
use Test::More;

my $source = polar_node('source');
$source->safe_psql('postgres', 'CREATE DATABASE app');
polar_dataset($source, 'app');
# A second version (then the first again: three versions, the last one active), a binding of
# parent links to an application table, a row filter.
my $narrower = $POLAR_DATASET_POLICY =~ s/"reader" if "member" on "parent"; //r;
$source->safe_psql('app', qq{
	SELECT polar.load_policy(\$polar\$$narrower\$polar\$, 'narrower.polar');
	SELECT polar.load_policy(\$polar\$$POLAR_DATASET_POLICY\$polar\$ || ' ', 'dataset-again.polar');
	CREATE TABLE repo_links (repo text PRIMARY KEY, org text NOT NULL);
	INSERT INTO repo_links VALUES ('r41', 'o1'), ('r45', 'o2');
	SELECT polar.bind('has_relation(Repo:_, String:parent, Org:_)', 'SELECT repo, org FROM repo_links');
	CREATE TABLE repos (id text PRIMARY KEY);
	INSERT INTO repos SELECT 'r' || i FROM generate_series(1, 45) i;
	SELECT polar.create_filter('readable_repos', 'repos', 'id', 'Repo', 'read');
});

# The state a restore must keep, as text.
my %state_queries = (
	policies => q{SELECT version, filename, sha256, active, loaded_by, md5(source) FROM polar.policies ORDER BY version},
	facts => q{SELECT predicate, args FROM polar.facts ORDER BY 1, 2},
	bindings => q{SELECT id, predicate, signature, query, view, column_types FROM polar.bindings ORDER BY id},
	filters => q{SELECT name, table_oid::text, key_column, resource_type, action FROM polar.filter_defs ORDER BY name},
	bound_list => q{SELECT string_agg(l, ',' ORDER BY l) FROM polar.list('User:u10', 'read', 'Repo') l},
	filter_rows => q{SET polar.actor = 'User:u10'; SELECT string_agg(id, ',' ORDER BY id) FROM polar_filters.readable_repos},
	sequence => q{SELECT last_value FROM polar.policy_version_seq});
sub state_of
{
	my ($node) = @_;
	return { map { ($_ => $node->safe_psql('app', $state_queries{$_})) } keys %state_queries };
}
my $before = state_of($source);
my $answers = polar_answers($source, 'app');
like($answers, qr/^authorize [01]*1[01]*0/m, 'the data set allows some checks and denies others');
like($before->{bound_list}, qr/\br45\b/, 'a bound parent link grants a repo');
like($before->{filter_rows}, qr/\br45\b/, 'and the row filter shows it');
is($source->safe_psql('app', 'SELECT count(*) FROM polar.policies'), '3', 'three policy versions');

my $dump = $source->basedir . '/app.dump';
$source->command_ok(['pg_dump', '--format=custom', '--file', $dump, '--dbname', $source->connstr('app')],
	'pg_dump of the application database');

my $target = polar_node('target');
$target->safe_psql('postgres', 'CREATE DATABASE app');
$target->command_ok(['pg_restore', '--exit-on-error', '--dbname', $target->connstr('app'), $dump],
	'pg_restore into a fresh database on a fresh server');

my $after = state_of($target);
is($after->{$_}, $before->{$_}, "restored $_ equal the source's") for sort keys %state_queries;
is(polar_answers($target, 'app'), $answers, 'the restored database answers authorize, list, actions and query identically');

# Versions keep working: a rollback answers as on the source, a new load gets a new number.
for my $node ($source, $target)
{
	$node->safe_psql('app', q{SELECT polar.activate_policy((SELECT min(version) + 1 FROM polar.policies))});
}
my $rolled_back = polar_answers($source, 'app');
isnt($rolled_back, $answers, 'activating the second version changes the answers');
is(polar_answers($target, 'app'), $rolled_back, 'the same rollback on the restored database answers identically');
is($target->safe_psql('app', q{SET polar.actor = 'User:u10'; SELECT string_agg(id, ',' ORDER BY id) FROM polar_filters.readable_repos}),
	$source->safe_psql('app', q{SET polar.actor = 'User:u10'; SELECT string_agg(id, ',' ORDER BY id) FROM polar_filters.readable_repos}),
	'the restored row filter is regenerated like the source one');
my $new_load = qq{SELECT polar.load_policy(\$polar\$$POLAR_DATASET_POLICY\n\n\$polar\$, 'new.polar')};
is($target->safe_psql('app', $new_load), $source->safe_psql('app', $new_load),
	'a new version gets the same next number on both (the version sequence was restored)');
is($target->safe_psql('app', q{SELECT polar.tell('has_role', 'User:new', 'admin', 'Org:o1'); SELECT count(*) FROM polar.facts}),
	$source->safe_psql('app', q{SELECT polar.tell('has_role', 'User:new', 'admin', 'Org:o1'); SELECT count(*) FROM polar.facts}),
	'facts can be told after the restore');
is($target->safe_psql('app', q{SELECT polar.bind('has_relation(Issue:_, String:parent, Repo:_)', $$SELECT 'i999', 'r41'$$)}),
	$source->safe_psql('app', q{SELECT polar.bind('has_relation(Issue:_, String:parent, Repo:_)', $$SELECT 'i999', 'r41'$$)}),
	'a new binding gets the same next id on both (the binding sequence was restored)');

done_testing();
