#!/usr/bin/env bash
# Runs the gitcloud example end to end: installs missing packages, builds the extension, starts
# a throwaway PostgreSQL 15 server with the private build, runs CREATE EXTENSION pg_polar and
# then examples/gitcloud/walkthrough.sql through psql (queries echoed, stop on first error),
# then stops and removes the server.
#
#   scripts/run-example.sh                 run the walkthrough, then tear down
#   scripts/run-example.sh --keep          leave the server running and print how to connect
#   options: --no-setup  --no-build  --port N (default 54329)  --sql FILE (default: walkthrough)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

EXAMPLE_DB=gitcloud

usage() {
	sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

main() {
	local keep=0 do_setup=1 do_build=1 port=${POLAR_EXAMPLE_PORT:-54329}
	local sql_file=$REPO_ROOT/examples/gitcloud/walkthrough.sql
	while (($#)); do
		case "$1" in
		--keep) keep=1 ;;
		--no-setup) do_setup=0 ;;
		--no-build) do_build=0 ;;
		--port)
			port=${2:?--port needs a value}
			shift
			;;
		--sql)
			sql_file=$(realpath "${2:?--sql needs a file}")
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
	[[ -f $sql_file ]] || die "no such file: $sql_file"

	((do_setup == 0)) || bash "$REPO_ROOT/scripts/setup.sh"
	((do_build == 0)) || bash "$REPO_ROOT/scripts/build.sh"

	local work destdir
	new_workdir work example
	destdir=$(stage_install "$work")

	# The example directory is copied next to the server so that relative paths (\i, \copy)
	# in the walkthrough work and the server user can read everything.
	local example_dir
	example_dir=$(dirname "$sql_file")
	cp -a "$example_dir" "$work/example"
	give_to_server_user "$work/example"

	log "starting a throwaway PostgreSQL $PG_MAJOR server in $work (port $port)"
	pg_temp_init "$work" "$port" "$destdir"
	pg_temp_start
	pg_temp_psql -q -d postgres -c "CREATE DATABASE $EXAMPLE_DB" >/dev/null

	log "CREATE EXTENSION pg_polar"
	pg_temp_psql -d "$EXAMPLE_DB" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION IF NOT EXISTS pg_polar'

	log "running $(basename "$sql_file")"
	local rc=0
	(cd "$work/example" && pg_temp_psql -d "$EXAMPLE_DB" -v ON_ERROR_STOP=1 -a \
		-f "$(basename "$sql_file")") || rc=$?

	printf '\n'
	log "server: data $work/data, socket dir $PGT_SOCK, port $PGT_PORT, log $work/server.log"
	if ((rc != 0)); then
		warn "the walkthrough failed (psql exit $rc); server log tail:"
		tail -n 20 "$work/server.log" >&2 || true
	fi

	if ((keep)); then
		keep_workdir "$work"
		log "the server keeps running. Connect with:"
		printf '    %s\n' "$(pg_temp_connect_hint "$EXAMPLE_DB")"
		log "or with the command-line client:"
		printf '    PGHOST=%s PGPORT=%s PGUSER=postgres PGDATABASE=%s %s/pg-polar --help\n' \
			"$PGT_SOCK" "$PGT_PORT" "$EXAMPLE_DB" "$INSTALL_DIR$PG_BINDIR"
		log "stop and remove it with:"
		local prefix=
		is_root && prefix="runuser -u $SERVER_USER -- "
		printf '    %s%s/pg_ctl -D %s stop && rm -rf %s\n' "$prefix" "$PG_BINDIR" "$work/data" "$work"
	else
		pg_temp_stop
		log "server stopped; $work is removed"
	fi
	return "$rc"
}

main "$@"
