#!/usr/bin/env bash
# pg-polar import throughput and client memory (N facts, then 2N) next to psql \copy of the same CSV into a
# plain 4-column table, on a throwaway server (port 55401).   N=200000 bench/cli_import.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
new_workdir work clibench
use_private_tmpdir "$work"
destdir=$(stage_install "$work")
mkdir -p "$work/pg"; give_to_server_user "$work/pg"
pg_temp_init "$work/pg" 55401 "$destdir"
pg_temp_start
N=${N:-200000}
pg_temp_psql -q -d postgres -c 'CREATE EXTENSION pg_polar' -c 'CREATE TABLE plain (pred text, a0 text, a1 text, a2 text)' >/dev/null
export PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres
p=$INSTALL_DIR$PG_BINDIR/pg-polar
printf 'actor User {}\nresource Org { roles = ["member"]; permissions = ["read"]; "read" if "member"; }\n' > "$work/p.polar"
$p policy "$work/p.polar"
awk -v n=$N 'BEGIN{for(i=0;i<n;i++) printf "has_role,User:u%d,member,Org:o%d\n", i, i%1000}' > "$work/f.csv"
awk -v n=$((N*2)) 'BEGIN{for(i=0;i<n;i++) printf "has_role,User:v%d,member,Org:o%d\n", i, i%1000}' > "$work/g.csv"
chmod 644 "$work"/*.csv
/usr/bin/time -f "pg-polar import: %e s, client max RSS %M KB" $p import "$work/f.csv"
/usr/bin/time -f "pg-polar import (2N facts): %e s, client max RSS %M KB" $p import "$work/g.csv"
s=$(date +%s.%N); psql -X -q -c "\\copy plain FROM '$work/f.csv' WITH (FORMAT csv)"; e=$(date +%s.%N)
echo "psql \\copy into a plain 4-column table: $(echo "$e - $s" | bc) s"
pg_temp_stop
