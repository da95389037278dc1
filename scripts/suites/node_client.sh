# shellcheck shell=bash
# The Node.js client suite (sourced by scripts/test.sh): `node --test` over clients/node/test
# against a throwaway server with the private build, then tsc on a typed example of index.d.ts.
# npm dependencies (pg; typescript and @types as devDependencies) come from the committed
# lockfile through `npm ci` in scripts/setup.sh.
#
#   scripts/test.sh node_client
#   POLAR_NODE_TEST_ARGS='--test-name-pattern=batch' scripts/test.sh --no-build node_client
#
# Settings: POLAR_NODECLIENT_PORT (55410), POLAR_NODE_TEST_ARGS (extra node --test arguments).

NODECLIENT_PORT=${POLAR_NODECLIENT_PORT:-55410}
NODECLIENT_DIR=$REPO_ROOT/clients/node

suite_node_client() {
	command -v node >/dev/null || die "node_client: node is not installed (run scripts/setup.sh)"
	[[ -f $NODECLIENT_DIR/node_modules/pg/package.json && -f $NODECLIENT_DIR/node_modules/typescript/bin/tsc ]] ||
		die "node_client: clients/node/node_modules is missing (run scripts/setup.sh, which runs npm ci)"
	local work destdir
	new_workdir work node_client
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	mkdir -p "$work/pg"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "$NODECLIENT_PORT" "$destdir"
	pg_temp_start

	log "node --test clients/node/test (server $PGT_SOCK:$PGT_PORT)"
	local rc=0
	# shellcheck disable=SC2086
	(cd "$NODECLIENT_DIR" &&
		PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres \
			timeout -k 30 "$SUITE_TIMEOUT" node --test --test-reporter=spec ${POLAR_NODE_TEST_ARGS:-} test/*.test.js test/*.test.mjs) || rc=$?
	note_timeout "$rc"
	if ((rc != 0)); then
		show_file "$PGT_DIR/server.log" 200
		save_outputs "$PGT_DIR/server.log"
	fi
	pg_temp_stop || true

	log "tsc -p clients/node/test/types (index.d.ts against a typed example)"
	(cd "$NODECLIENT_DIR" && timeout -k 30 600 node node_modules/typescript/bin/tsc -p test/types) || rc=1
	return "$rc"
}

register_suite node_client needs_build
