#!/usr/bin/env bash
# Starts GitCloud on pg_polar: a throwaway PostgreSQL 15 server with the private build of the
# extension, a database with GitCloud's tables, policy and seed data, and the accounts service
# (web page + JSON API). Prints the URL; Ctrl-C stops the service and removes the server.
#
#   examples/gitcloud/run.sh                   build, start, serve until Ctrl-C
#   examples/gitcloud/run.sh --smoke           start, check the page answers, stop (for CI)
#   options: --no-setup  --no-build  --port N (HTTP, default 55424)  --pg-port N (default 55423)
#            --host H (default 127.0.0.1)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"

PYTHON=/usr/bin/python3 # Debian's, with python3-flask, -sqlalchemy, -psycopg, -psycopg2
ACCOUNTS=$REPO_ROOT/examples/gitcloud/accounts

usage() {
	sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

wait_for_http() {
	local url=$1 pid=$2 i
	for ((i = 0; i < 300; i++)); do
		kill -0 "$pid" 2>/dev/null || die "the accounts service exited (see above)"
		if "$PYTHON" -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$url" 2>/dev/null; then
			return 0
		fi
		sleep 0.1
	done
	die "the accounts service did not answer at $url"
}

main() {
	local do_setup=1 do_build=1 smoke=0 http_port=55424 pg_port=55423 host=127.0.0.1
	while (($#)); do
		case "$1" in
		--no-setup) do_setup=0 ;;
		--no-build) do_build=0 ;;
		--smoke) smoke=1 ;;
		--port | --pg-port | --host)
			[[ $# -ge 2 ]] || die "$1 needs a value"
			case "$1" in
			--port) http_port=$2 ;;
			--pg-port) pg_port=$2 ;;
			--host) host=$2 ;;
			esac
			shift
			;;
		-h | --help)
			usage
			return 0
			;;
		*) die "unknown argument: $1 (see --help)" ;;
		esac
		shift
	done

	((do_setup == 0)) || bash "$REPO_ROOT/scripts/setup.sh"
	((do_build == 0)) || bash "$REPO_ROOT/scripts/build.sh"
	"$PYTHON" -c 'import flask, psycopg, psycopg2, sqlalchemy' ||
		die "Debian's python3 lacks a module (run scripts/setup.sh)"

	local work destdir
	new_workdir work gitcloud-run
	destdir=$(stage_install "$work")
	log "starting a throwaway PostgreSQL $PG_MAJOR server in $work (port $pg_port)"
	pg_temp_init "$work" "$pg_port" "$destdir"
	# Every session loads pg_polar, so that the planner hook plans a filter view or an RLS policy
	# from the session's first query (README: "Checks inside your queries").
	printf "session_preload_libraries = 'pg_polar'\n" >>"$PGT_DIR/data/postgresql.conf"
	pg_temp_start
	pg_temp_psql -q -d postgres -c 'CREATE DATABASE gitcloud' >/dev/null
	local dsn="host=$PGT_SOCK port=$PGT_PORT user=postgres dbname=gitcloud"
	log "creating GitCloud's tables, policy (policy.polar + actions.polar) and seed data"
	"$PYTHON" "$ACCOUNTS/database.py" "$dsn"

	"$PYTHON" "$ACCOUNTS/serve.py" --dsn "$dsn" --host "$host" --port "$http_port" &
	local pid=$!
	[[ -d $REPO_ROOT/examples/gitcloud/node_modules/express ]] ||
		die "examples/gitcloud/node_modules is missing (run scripts/setup.sh: npm ci)"
	PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=gitcloud \
		node "$REPO_ROOT/examples/gitcloud/actions/server.js" --host "$host" --port "$((http_port + 1))" &
	local actions_pid=$!
	# shellcheck disable=SC2064 # expand now: stop the services first, then lib.sh's cleanup
	trap "kill $pid $actions_pid 2>/dev/null || true; wait $pid $actions_pid 2>/dev/null || true; _polar_cleanup" EXIT
	local url="http://$host:$http_port/"
	wait_for_http "$url" "$pid"
	printf '\n'
	log "GitCloud is running: $url  (pick a user: alice, bob, charlie, dee, erin)"
	log "GitCloud Actions (Node.js): http://$host:$((http_port + 1))/repos/3/actions (send X-User)"
	log "the database: $(pg_temp_connect_hint gitcloud)"
	if ((smoke)); then
		"$PYTHON" - "$url" <<'PY'
import json, sys, urllib.request
url = sys.argv[1]
req = urllib.request.Request(url + "orgs", headers={"X-User": "alice"})
orgs = json.load(urllib.request.urlopen(req))
assert [o["name"] for o in orgs] == ["acme"], orgs
page = urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": "gitcloud_user=dee"})).read().decode()
assert "Ban Hammer" in page, page
print("smoke test passed: GET /orgs as alice ->", orgs)
PY
		return 0
	fi
	log "Ctrl-C stops it and removes the server"
	wait "$pid"
}

main "$@"
