# shellcheck shell=bash
# The pg-polar command-line client suite (sourced by scripts/test.sh): runs the installed
# pg-polar (build/install, next to the extension) against a throwaway server, every verb in both
# output modes, failure exits, and `validate` offline before any server is started.
#
#   scripts/test.sh cli
#
# Settings: POLAR_CLI_PORT (55400).

CLI_PORT=${POLAR_CLI_PORT:-55400}
CLI_FAILED=0

# cli_expect RC EXPECTED_SUBSTRING CMD...: runs CMD (stdout+stderr), checks exit status and output.
cli_expect() {
	local want_rc=$1 want_out=$2 out rc=0
	shift 2
	out=$("$@" 2>&1) || rc=$?
	if [[ $rc != "$want_rc" || $out != *"$want_out"* ]]; then
		printf 'FAIL: %s\n  expected exit %s and output containing: %s\n  got exit %s:\n%s\n' \
			"$*" "$want_rc" "$want_out" "$rc" "$out"
		CLI_FAILED=$((CLI_FAILED + 1))
	else
		printf 'ok: %s\n' "$*"
	fi
}

# cli_expect_exact RC EXPECTED CMD...: the whole output must equal EXPECTED.
cli_expect_exact() {
	local want_rc=$1 want_out=$2 out rc=0
	shift 2
	out=$("$@" 2>&1) || rc=$?
	if [[ $rc != "$want_rc" || $out != "$want_out" ]]; then
		printf 'FAIL: %s\n  expected exit %s and exactly:\n%s\n  got exit %s:\n%s\n' \
			"$*" "$want_rc" "$want_out" "$rc" "$out"
		CLI_FAILED=$((CLI_FAILED + 1))
	else
		printf 'ok: %s\n' "$*"
	fi
}

# cli_same_both_ways ARGS...: `pg-polar test ARGS` offline and with --server print the same
# (stdout and stderr) and exit the same, in text and in JSON.
cli_same_both_ways() {
	local mode offline server rc_offline rc_server
	for mode in text json; do
		local json=()
		[[ $mode == json ]] && json=(--json)
		rc_offline=0 rc_server=0
		offline=$("$p" "${json[@]}" test --offline "$@" 2>&1) || rc_offline=$?
		server=$("$p" "${json[@]}" test --server "$@" 2>&1) || rc_server=$?
		if [[ $rc_offline != "$rc_server" || $offline != "$server" ]]; then
			printf 'FAIL: test %s (%s): offline and server differ\n--- offline (exit %s)\n%s\n--- server (exit %s)\n%s\n' \
				"$*" "$mode" "$rc_offline" "$offline" "$rc_server" "$server"
			CLI_FAILED=$((CLI_FAILED + 1))
		else
			printf 'ok: test %s (%s): offline = server (exit %s)\n' "$*" "$mode" "$rc_offline"
		fi
	done
}

suite_cli() {
	local bin=$INSTALL_DIR$PG_BINDIR/pg-polar
	[[ -x $bin ]] || die "cli: $bin is not installed (scripts/build.sh)"
	local work destdir
	new_workdir work cli
	use_private_tmpdir "$work"
	cp -a "$REPO_ROOT/test/cli" "$work/files"
	cd "$work/files"
	local p=$bin

	log "offline (no server running)"
	cli_expect_exact 1 "broken.polar:5:13: error: Undeclared term \"nope\" referenced in rule in 'Repo' resource block. Did you mean to declare it as a role, permission, or relation?
pg-polar: broken.polar: 1 error; nothing was sent to the server" "$p" validate broken.polar
	cli_expect_exact 0 "gitcloud.polar: valid" "$p" validate gitcloud.polar
	cli_expect 1 '"line": 5' "$p" --json validate broken.polar
	cli_expect 2 "missing.polar: cannot open the file" "$p" validate missing.polar
	cli_expect 2 "unknown verb 'frob'" "$p" frob
	cli_expect 2 "argument 2: invalid Integer value 'Integer:x'" "$p" tell p User:a Integer:x
	cli_expect 2 "'_' is a wildcard, not a value" "$p" tell p _
	cli_expect 0 "Usage: pg-polar authorize" "$p" authorize --help
	cli_expect 2 "cannot connect" env PGHOST="$work/nowhere" "$p" versions

	log "test offline (no server running; PGHOST points nowhere)"
	local nowhere=(env PGHOST="$work/nowhere")
	cli_expect_exact 0 "PASS members read the org's repositories
1 passed, 0 failed" "${nowhere[@]}" "$p" test gitcloud.polar
	cli_expect_exact 0 "PASS members read the org's repositories
1 passed, 0 failed" "${nowhere[@]}" "$p" test --offline gitcloud.polar
	cli_expect 0 '"detail": "2 of 2 assertions passed"' "${nowhere[@]}" "$p" --json test gitcloud.polar
	cli_expect_exact 1 'FAIL nobody reads: 6:3: assert allow(User{"x"}, "read", Repository{"y"}): expected it to hold, but it does not (0 of 1 assertions passed)
0 passed, 1 failed' "${nowhere[@]}" "$p" test failing_test.polar
	cli_expect 1 '"failed": 1' "${nowhere[@]}" "$p" --json test failing_test.polar
	cli_expect_exact 1 "broken.polar:5:13: error: Undeclared term \"nope\" referenced in rule in 'Repo' resource block. Did you mean to declare it as a role, permission, or relation?
pg-polar: broken.polar: 1 error; nothing was sent to the server" "${nowhere[@]}" "$p" test broken.polar
	cli_expect_exact 1 'PASS admins and members
PASS cyclic groups
PASS universal, negation and time
PASS a test with no assertions passes
FAIL wrong expectation: members may not push: 98:3: assert allow(User{"bob"}, "push", Repository{"anvil"}): expected it to hold, but it does not (1 of 2 assertions passed)
FAIL wrong iff: a universal answer is every user: 102:3: assert allow(u: User, "read", Repository{"public"}) iff u in [User{"alice"}]: with User{"__fresh_0"} expected it not to hold, but it does (0 of 2 assertions passed)
PASS a tested wildcard ranges over the values seen
5 passed, 2 failed' "${nowhere[@]}" "$p" test offline_tests.polar
	cli_expect 2 "test: --offline needs FILE..." "${nowhere[@]}" "$p" test --offline
	cli_expect 2 "test: --server and --offline exclude each other" "$p" test --server --offline gitcloud.polar
	cli_expect 2 "cannot connect" "${nowhere[@]}" "$p" test
	cli_expect 2 "cannot connect" "${nowhere[@]}" "$p" test --server gitcloud.polar

	destdir=$(stage_install "$work")
	mkdir -p "$work/pg"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "$CLI_PORT" "$destdir"
	pg_temp_start
	pg_temp_psql -q -d postgres -c 'CREATE EXTENSION pg_polar' \
		-c 'CREATE TABLE repos (name text PRIMARY KEY, org text)' \
		-c "INSERT INTO repos VALUES ('anvil', 'acme')" >/dev/null
	export PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres

	log "policy lifecycle"
	printf 'allow(_, _, _);\n' >allow_all.polar
	: >empty.polar
	cli_expect 0 "policy version 1 is active" "$p" policy allow_all.polar
	cli_expect 0 "allowed" "$p" authorize User:x read Repository:y
	cli_expect 0 "policy version 2 is active" "$p" policy empty.polar
	cli_expect 1 "denied" "$p" authorize --fail-on-deny User:x read Repository:y
	cli_expect 1 "broken.polar:5:13: error" "$p" policy broken.polar
	cli_expect 1 'FAIL nobody reads' "$p" policy --dry-run failing_test.polar
	cli_expect 1 'FAIL nobody reads' "$p" test failing_test.polar
	cli_expect 1 'policy test "nobody reads" failed' "$p" policy failing_test.polar
	cli_expect 0 "PASS members read the org's repositories" "$p" policy --dry-run gitcloud.polar
	cli_expect 0 '"passed": 1' "$p" --json test gitcloud.polar
	cli_same_both_ways gitcloud.polar
	cli_same_both_ways failing_test.polar
	cli_same_both_ways offline_tests.polar
	cli_same_both_ways broken.polar
	# More test blocks: the fuzz corpus, the benchmark policy, the dollar-quoted policies of the
	# regression tests that have tests.
	local f n=0
	for f in "$REPO_ROOT"/test/fuzz/corpus/*.polar "$REPO_ROOT"/bench/policy/*.polar; do
		grep -q '^test ' "$f" && cli_same_both_ways "$f"
	done
	perl -0ne 'while (/\$(\w*)\$(.*?)\$\1\$/sg) { my $b = $2; next unless $b =~ /\btest\s+"/;
		open(my $f, ">", "regress_" . ++$n . ".polar") or die; print $f $b; close $f }' "$REPO_ROOT"/sql/*.sql
	for f in regress_*.polar; do
		cli_same_both_ways "$f"
		n=$((n + 1))
	done
	[[ $n -gt 0 ]] || { echo "FAIL: no test blocks extracted from sql/*.sql"; CLI_FAILED=$((CLI_FAILED + 1)); }
	cli_expect 0 "policy version 3 is active (gitcloud.polar)" "$p" policy gitcloud.polar
	cli_expect 0 "unchanged" "$p" policy gitcloud.polar
	cli_expect 0 '"version": 3' "$p" --json show
	cli_expect 0 'allow(_, _, _);' "$p" show 1
	cli_expect 1 "policy version 99 does not exist" "$p" show 99
	cli_expect 0 "* 3" "$p" versions
	cli_expect 0 '"active": true' "$p" --json versions
	cli_expect 0 "+ role Repository: maintainer" "$p" diff 2 3
	cli_expect 0 '"changes"' "$p" --json diff 2 3
	cli_expect 0 "relation organization: Organization" "$p" metadata
	cli_expect 0 '"Repository"' "$p" --json metadata
	cli_expect 0 "PASS" "$p" test

	log "facts"
	cli_expect 0 "told has_role(User:alice, member, Organization:acme)" "$p" tell has_role User:alice member Organization:acme
	cli_expect 0 '"told"' "$p" --json tell has_relation Repository:anvil organization Organization:acme
	cli_expect 1 "SQLSTATE" "$p" tell has_role User:alice member Nope:x
	cli_expect 0 "has_role(User:alice, member, Organization:acme)" "$p" get has_role User:_ _ _
	cli_expect 0 '"User:alice",' "$p" --json get has_role
	cli_expect 0 "has_relation(Repository:anvil, organization, Organization:acme)" "$p" inspect Organization:acme
	cli_expect 0 "imported 2 facts (2 new)" "$p" import facts.csv
	cli_expect 0 '"imported": 2' "$p" --json import facts.jsonl
	# A run that repeats stored facts (and one of its own) is merged, not refused.
	printf 'has_role,User:bob,member,Organization:acme\nhas_role,User:jo,member,Organization:acme\nhas_role,User:jo,member,Organization:acme\n' >repeat.csv
	cli_expect_exact 0 "imported 3 facts (1 new)" "$p" import repeat.csv
	# Facts of several arities, interleaved: one COPY per run of one arity, one transaction.
	printf 'has_relation,Repository:r1,organization,Organization:acme\nhas_role,User:kim,member,Organization:acme\nhas_relation,Repository:r2,organization,Organization:acme\n' >mixed.csv
	cli_expect_exact 0 "imported 3 facts (3 new)" "$p" import mixed.csv
	printf 'has_role,User:lu,member,Organization:acme\nhas_role,User:lu,member\n' >bad_arity.csv
	cli_expect 1 "bad_arity.csv:2: " "$p" import bad_arity.csv
	cli_expect_exact 0 "" "$p" get has_role User:lu _ _
	# A role that may only call the fact functions imports through polar.bulk_tell, checked by the server.
	pg_temp_psql -q -d postgres -c 'CREATE ROLE importer LOGIN' \
		-c 'GRANT EXECUTE ON FUNCTION polar.bulk_tell(jsonb), polar.get(text, text[]) TO importer' >/dev/null
	for f in 'has_relation Repository:r1 _ _' 'has_relation Repository:r2 _ _' 'has_role User:jo _ _' \
		'has_role User:kim _ _' 'has_role User:bob _ _'; do
		# shellcheck disable=SC2086
		"$p" delete $f >/dev/null
	done
	cli_expect_exact 0 "imported 2 facts (1 new)" env PGUSER=importer "$p" import facts.csv
	cli_expect 1 "bad_facts.jsonl:2: " env PGUSER=importer "$p" import bad_facts.jsonl
	cli_expect 1 "bad_facts.jsonl:2: " "$p" import bad_facts.jsonl
	cli_expect_exact 0 "" "$p" get has_role User:fay _ _
	cli_expect 1 "1 facts were committed (through bad_facts.jsonl:1)" "$p" import --batch-size 1 bad_facts.jsonl
	cli_expect 0 "has_role(User:fay" "$p" get has_role User:fay _ _
	# The same through bulk_tell, one batch in flight: the refused batch names its line, the one before is counted.
	cli_expect 1 "1 facts were committed (through bad_facts.jsonl:1)" env PGUSER=importer "$p" import --batch-size 1 bad_facts.jsonl
	cli_expect 1 "bad_facts.jsonl:2: fact 1: " env PGUSER=importer "$p" import --batch-size 1 bad_facts.jsonl
	printf 'has_role,User:ivy,member,Organization:acme\nhas_role,User:ivy,,Organization:acme\n' >bad_row.csv
	cli_expect 2 "1 facts were committed (through bad_row.csv:1)" env PGUSER=importer "$p" import --batch-size 1 bad_row.csv
	cli_expect 0 "has_role(User:ivy" "$p" get has_role User:ivy _ _
	"$p" delete has_role User:ivy _ _ >/dev/null
	printf 'has_role,User:x,member,Organization:acme\nhas_role,User:y,,Organization:acme\n' >bad.csv
	cli_expect 2 "bad.csv:2: argument 2: invalid value ''" "$p" import bad.csv
	cli_expect_exact 0 "" "$p" get has_role User:x _ _
	cli_expect 0 "imported 1 fact" sh -c "printf '[\"has_role\", \"User:hal\", \"member\", \"Organization:acme\"]\n' | '$p' import -"
	cli_expect 0 '"User:carol, the admin"' "$p" export has_role --as csv
	"$p" export -o all.jsonl >/dev/null
	cli_expect_exact 0 "8" sh -c "wc -l < all.jsonl"
	cli_expect 0 "deleted 1 fact" "$p" delete has_role User:hal _ _
	cli_expect 0 "allowed" "$p" authorize User:alice read Repository:anvil
	cli_expect 0 '"allowed": false' "$p" --json authorize User:alice push Repository:anvil
	cli_expect 0 "anvil" "$p" list User:alice read Repository
	cli_expect 0 '"results"' "$p" --json list User:alice read Repository
	cli_expect 0 "read" "$p" actions User:alice Repository:anvil
	cli_expect 0 "allowed" "$p" authorize User:zed read Repository:anvil -c 'has_role(User:zed, member, Organization:acme)'
	cli_expect 2 "invalid fact" "$p" authorize User:zed read Repository:anvil -c 'has_role(User:zed'
	cli_expect 0 "allow(User:alice, read, Repository:anvil)" "$p" query allow User:alice _ Repository:anvil
	cli_expect 0 "has_role" "$p" explain User:alice read Repository:anvil
	cli_expect 0 "{" "$p" --json explain User:alice read Repository:anvil
	# Revocation.
	cli_expect 0 "deleted 1 fact" "$p" delete has_role User:alice member Organization:acme
	cli_expect 1 "denied" "$p" authorize --fail-on-deny User:alice read Repository:anvil
	cli_expect 2 "refusing without --confirm" "$p" clear
	cli_expect 0 "deleted 6 facts" "$p" clear --confirm
	cli_expect_exact 0 "" "$p" get _
	cli_expect 0 "policy version 1 is active" "$p" rollback 1
	cli_expect 0 '"version": 3' "$p" --json rollback 3

	log "bindings"
	cli_expect 2 "bad_bindings.yaml:4:5: unknown key 'extra'" "$p" bind bad_bindings.yaml
	cli_expect 0 "bound" "$p" bind bindings.yaml
	cli_expect 0 "rebound" "$p" bind bindings.yaml
	cli_expect 0 "SELECT name, org FROM repos" "$p" bindings
	cli_expect 0 '"column_types"' "$p" --json bindings
	"$p" tell has_role User:ivy member Organization:acme >/dev/null
	cli_expect 0 "allowed" "$p" authorize User:ivy read Repository:anvil
	sed 's/Repository: text/Repository: integer/' bindings.yaml >int_bindings.yaml
	cli_expect 1 "sql_types declares Repository as integer" "$p" bind int_bindings.yaml
	cli_expect 0 "removed 1 binding" "$p" unbind 'has_relation(Repository:_, String:organization, Organization:_)'
	cli_expect 1 "no binding 42" "$p" unbind 42
	cli_expect 0 "denied" "$p" authorize User:ivy read Repository:anvil

	# shellcheck source=test/cli/gitcloud_tutorial.sh
	source "$REPO_ROOT/test/cli/gitcloud_tutorial.sh"
	cli_gitcloud_tutorial "$p"

	pg_temp_stop || true
	log "cli: $CLI_FAILED failure(s)"
	((CLI_FAILED == 0))
}

register_suite cli needs_build
