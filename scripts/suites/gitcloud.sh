# shellcheck shell=bash
# The GitCloud example's end-to-end suite (sourced by scripts/test.sh): pytest over
# examples/gitcloud/accounts/tests, which starts the real accounts service (Flask) per test on a
# fresh database of a throwaway server with the private build, and talks to it over HTTP; one of
# them (test_browser.py) drives the page in headless chromium (test/browser.test.mjs) and saves
# its screenshots in build/test-output/gitcloud/screenshots/.
#
#   scripts/test.sh gitcloud
#   POLAR_PYTEST_ARGS='-k pages -x' scripts/test.sh --no-build gitcloud
#
# Settings: POLAR_GITCLOUD_PORT (server, 55420), POLAR_GITCLOUD_HTTP_PORT (service, 55421),
# POLAR_PYTEST_ARGS (extra pytest arguments).

GITCLOUD_PG_PORT=${POLAR_GITCLOUD_PORT:-55420}
GITCLOUD_HTTP_PORT=${POLAR_GITCLOUD_HTTP_PORT:-55421}
GITCLOUD_PYTHON=/usr/bin/python3 # Debian's, with the python3-* packages (not a pyenv shim)

suite_gitcloud() {
	"$GITCLOUD_PYTHON" -c 'import flask, psycopg, psycopg2, pytest, sqlalchemy' ||
		die "gitcloud: Debian's python3 lacks a module (run scripts/setup.sh)"
	local m
	for m in express playwright-core; do
		[[ -d $REPO_ROOT/examples/gitcloud/node_modules/$m ]] ||
			die "gitcloud: examples/gitcloud/node_modules/$m is missing (run scripts/setup.sh: npm ci)"
	done
	[[ -x ${CHROMIUM:-/usr/bin/chromium} ]] || die "gitcloud: no chromium (run scripts/setup.sh)"
	local work destdir
	new_workdir work gitcloud
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	mkdir -p "$work/pg" "$work/pytest"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "$GITCLOUD_PG_PORT" "$destdir"
	# Every session loads pg_polar, so that the planner hook plans a filter view or an RLS policy
	# from the session's first query (README: "Checks inside your queries").
	printf "session_preload_libraries = 'pg_polar'\n" >>"$PGT_DIR/data/postgresql.conf"
	pg_temp_start

	log "pytest examples/gitcloud/accounts/tests (server $PGT_SOCK:$PGT_PORT, service port $GITCLOUD_HTTP_PORT)"
	local rc=0
	# shellcheck disable=SC2086
	(cd "$REPO_ROOT/examples/gitcloud/accounts" &&
		PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres \
			GITCLOUD_SERVER_LOG=$PGT_DIR/server.log GITCLOUD_PORT=$GITCLOUD_HTTP_PORT \
			GITCLOUD_SCREENSHOTS=$OUTPUT_ROOT/gitcloud/screenshots \
			PYTHONDONTWRITEBYTECODE=1 \
			timeout -k 30 "$SUITE_TIMEOUT" "$GITCLOUD_PYTHON" -m pytest -p no:cacheprovider -q \
			--basetemp="$work/pytest" ${POLAR_PYTEST_ARGS:-} tests) || rc=$?
	note_timeout "$rc"
	if ((rc != 0)); then
		show_file "$PGT_DIR/server.log" 100
		save_outputs "$PGT_DIR/server.log"
	fi
	pg_temp_stop || true
	return "$rc"
}

register_suite gitcloud needs_build
