# shellcheck shell=bash
# The Python client suite (sourced by scripts/test.sh): pytest over clients/python/tests against a
# throwaway server with the private build (Debian's python3 with python3-psycopg, -psycopg2,
# -psycopg-pool, -sqlalchemy, -flask, -mypy, -pytest; see scripts/setup.sh).
#
#   scripts/test.sh python_client
#   POLAR_PYTEST_ARGS='-k batch -x' scripts/test.sh --no-build python_client
#
# Settings: POLAR_PYCLIENT_PORT (55340), POLAR_PYTEST_ARGS (extra pytest arguments).

PYCLIENT_PORT=${POLAR_PYCLIENT_PORT:-55340}
PYCLIENT_PYTHON=/usr/bin/python3 # Debian's, with the python3-* packages (not a pyenv shim)

suite_python_client() {
	"$PYCLIENT_PYTHON" -c 'import flask, mypy, psycopg, psycopg2, psycopg_pool, pytest, sqlalchemy' ||
		die "python_client: Debian's python3 lacks a module (run scripts/setup.sh)"
	local work destdir
	new_workdir work python_client
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	mkdir -p "$work/pg"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "$PYCLIENT_PORT" "$destdir"
	pg_temp_start

	log "pytest clients/python/tests (server $PGT_SOCK:$PGT_PORT)"
	local rc=0
	# shellcheck disable=SC2086
	(cd "$REPO_ROOT/clients/python" &&
		PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres \
			PYTHONPATH=$REPO_ROOT/clients/python PYTHONDONTWRITEBYTECODE=1 \
			timeout -k 30 "$SUITE_TIMEOUT" "$PYCLIENT_PYTHON" -m pytest -p no:cacheprovider -q \
			${POLAR_PYTEST_ARGS:-} tests) || rc=$?
	note_timeout "$rc"
	if ((rc != 0)); then
		show_file "$PGT_DIR/server.log" 200
		save_outputs "$PGT_DIR/server.log"
	fi
	pg_temp_stop || true
	return "$rc"
}

register_suite python_client needs_build
