#!/usr/bin/env bash
# The Python client's overhead benchmark on a throwaway server (port 55343): see
# python_overhead.py. Writes the "## Python" section of bench/results/clients.md.
#
#   bench/clients/python_overhead.sh [--quick]     (needs scripts/build.sh to have run)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"

main() {
	local work destdir
	new_workdir work pyclient-bench
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	mkdir -p "$work/pg"
	give_to_server_user "$work/pg"
	pg_temp_init "$work/pg" "${POLAR_PYBENCH_PORT:-55343}" "$destdir"
	printf 'jit = off\nautovacuum = off\nsynchronous_commit = off\n' >>"$PGT_DIR/data/postgresql.conf"
	pg_temp_start
	PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres PYTHONDONTWRITEBYTECODE=1 \
		/usr/bin/python3 "$REPO_ROOT/bench/clients/python_overhead.py" --write "$REPO_ROOT/bench/results/clients.md" "$@"
	pg_temp_stop
}

main "$@"
