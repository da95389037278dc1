#!/usr/bin/env bash
# The Node client's overhead benchmark on a throwaway server (port 55412): see
# node_overhead.js. Writes the "## Node" section of bench/results/clients.md.
#
#   bench/clients/node_overhead.sh [--quick]     (needs scripts/build.sh and scripts/setup.sh to have run)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"

main() {
	[[ -f $REPO_ROOT/clients/node/node_modules/pg/package.json ]] ||
		die "clients/node/node_modules is missing (run scripts/setup.sh, which runs npm ci)"
	local work destdir
	new_workdir work nodeclient-bench
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	mkdir -p "$work/pg"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "${POLAR_NODEBENCH_PORT:-55412}" "$destdir"
	printf 'jit = off\nautovacuum = off\nsynchronous_commit = off\n' >>"$PGT_DIR/data/postgresql.conf"
	pg_temp_start
	PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres \
		node "$REPO_ROOT/bench/clients/node_overhead.js" --write "$REPO_ROOT/bench/results/clients.md" "$@"
	pg_temp_stop
}

main "$@"
