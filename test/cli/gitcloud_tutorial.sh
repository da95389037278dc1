# shellcheck shell=bash
# The seed tutorial (Oso Cloud's end-to-end GitCloud example) driven from pg-polar alone, in its
# own database: allow-all and empty policies to test the enforcement wiring, then the full
# policy (examples/gitcloud/policy.polar), its facts, authorize/list/actions/explain,
# revocation, flipping to allow-all and back, versions, diff, rollback, and an Oso
# local-authorization YAML binding. Sourced by scripts/suites/cli.sh (cli_expect, $p, psql).

cli_gitcloud_tutorial() {
	local p=$1
	pg_temp_psql -q -d postgres -c 'CREATE DATABASE tutorial' >/dev/null
	pg_temp_psql -q -d tutorial -c 'CREATE EXTENSION pg_polar' \
		-c 'CREATE TABLE issues (id text PRIMARY KEY, repo_id text NOT NULL)' \
		-c "INSERT INTO issues VALUES ('7', '1')" >/dev/null
	local PGDATABASE=tutorial
	export PGDATABASE
	cp "$REPO_ROOT/examples/gitcloud/policy.polar" policy.polar

	log "GitCloud tutorial: the modeled policy (validate, test)"
	cli_expect_exact 0 "policy.polar: valid" "$p" validate policy.polar
	cli_expect 0 "0 passed, 0 failed" "$p" test policy.polar

	log "GitCloud tutorial: enforcement wiring (no policy, allow everything, deny everything)"
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:alice view Repo:1
	echo "allow(_, _, _);" >wiring.polar
	cli_expect 0 "policy version 1 is active (wiring.polar)" "$p" policy wiring.polar
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:alice view Repo:1
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:nobody delete_role_assignment Org:2
	echo "" >wiring.polar
	cli_expect 0 "policy version 2 is active (wiring.polar)" "$p" policy wiring.polar
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:alice view Repo:1
	cli_expect_exact 0 "" "$p" list User:alice view Repo

	log "GitCloud tutorial: the policy and its facts"
	cli_expect 0 "policy version 3 is active (policy.polar)" "$p" policy policy.polar
	cli_expect 0 "told has_role(User:alice, admin, Org:1)" "$p" tell has_role User:alice admin Org:1
	cli_expect 0 "imported 9 facts (9 new)" "$p" import "$REPO_ROOT/test/cli/gitcloud_facts.jsonl"
	# Through the parent organization: alice (admin) and bob (member) on Org:1's repositories.
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:alice delete_role_assignment Repo:2
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:bob view Repo:1
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:bob create_role_assignment Repo:1
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:erin view Repo:1
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:charlie close Issue:1
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:bob close Issue:1
	cli_expect_exact 0 "1
2" "$p" list User:bob view Repo
	cli_expect_exact 0 "3" "$p" list User:erin view Repo
	cli_expect_exact 0 "create_repositories
create_role_assignment
delete_role_assignment
view" "$p" actions User:alice Org:1
	# "Conditional UI elements": the admin's buttons on another user's profile, none for a user.
	cli_expect_exact 0 "ban
impersonate
lock" "$p" actions User:dee User:bob
	cli_expect_exact 0 "" "$p" actions User:bob User:erin
	cli_expect 0 '"actions": []' "$p" --json actions User:bob User:erin
	cli_expect 0 'has_role(User{"bob"}, "member", Org{"1"})  [stored fact]' "$p" explain User:bob view Repo:1
	cli_expect 0 'has_relation(Repo{"1"}, "parent", Org{"1"})  [stored fact]' "$p" explain User:bob view Repo:1
	cli_expect 0 'is DENIED' "$p" explain User:erin view Repo:1

	log "GitCloud tutorial: revocation (delete_org_role)"
	cli_expect 0 "deleted 1 fact" "$p" delete has_role User:bob member Org:1
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:bob view Repo:1
	cli_expect_exact 0 "" "$p" list User:bob view Repo

	log "GitCloud tutorial: flip to allow everything and back"
	echo "allow(_, _, _);" >wiring.polar
	cli_expect 0 "policy version 4 is active (wiring.polar)" "$p" policy wiring.polar
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:bob view Repo:1
	cli_expect 0 "* 4" "$p" versions
	cli_expect 0 "+ rule: allow(_, _, _)" "$p" diff 3 4
	cli_expect 0 "- type Repo: resource" "$p" diff 3 4
	cli_expect 0 "policy version 3 is active" "$p" rollback 3
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:bob view Repo:1
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:alice view Repo:1

	log "GitCloud tutorial: issues' parents from the application's table (Oso YAML)"
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:alice view Issue:7
	cli_expect 0 "bound" "$p" bind "$REPO_ROOT/test/cli/gitcloud_bindings.yaml"
	cli_expect_exact 0 "allowed" "$p" authorize --fail-on-deny User:alice view Issue:7
	cli_expect_exact 0 "7" "$p" list User:alice view Issue
	cli_expect_exact 1 "denied" "$p" authorize --fail-on-deny User:erin view Issue:7
}
