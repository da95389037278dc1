#!/usr/bin/env bash
# pg-polar import against the two baselines, in the same run, on a throwaway server:
# psql \copy of the same facts (already encoded) into the fact table polar.fact_3, and
# polar.bulk_tell of them in 10,000-fact batches from a staging table. pg-polar imports twice:
# as the extension owner (COPY into the fact table) and as the fact-writer role of SECURITY.md
# (EXECUTE on the fact functions only, so through polar.bulk_tell). For each: seconds,
# facts/s, the backend's peak memory (VmHWM), and for pg-polar the client's peak RSS.
# The fact table is emptied before every load.
#
#   SIZES="200000 1000000" ROUNDS=2 bench/cli_import.sh        (prints a Markdown table)
#   POLAR_BENCH_PORT=55450 ...                                  (the server's port; 55401)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
new_workdir work clibench
use_private_tmpdir "$work"
destdir=$(stage_install "$work")
mkdir -p "$work/pg"
give_to_server_user "$work/pg"
pg_temp_init "$work/pg" "${POLAR_BENCH_PORT:-55401}" "$destdir"
pg_temp_start
SIZES=${SIZES:-200000 1000000}
export PGHOST=$PGT_SOCK PGPORT=$PGT_PORT PGUSER=postgres PGDATABASE=postgres
p=$INSTALL_DIR$PG_BINDIR/pg-polar
sql() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }
sql -c 'CREATE EXTENSION pg_polar' -c 'CREATE TABLE staging (pred text, a0 text, a1 text, a2 text)'
# The fact-writer recipe of SECURITY.md, as a login role.
sql -c 'CREATE ROLE polar_fact_writer LOGIN' -c 'GRANT EXECUTE ON FUNCTION polar.tell(text, text[]),
  polar.delete(text, text[]), polar.bulk_tell(jsonb), polar.bulk_delete(jsonb), polar.batch(jsonb),
  polar.get(text, text[]) TO polar_fact_writer'
printf 'actor User {}\nresource Org { roles = ["member"]; permissions = ["read"]; "read" if "member"; }\n' >"$work/p.polar"
$p policy "$work/p.polar" >/dev/null
hwm="substring(pg_catalog.pg_read_file('/proc/' || pg_catalog.pg_backend_pid() || '/status') from 'VmHWM:\\s*(\\d+)')"
now() { date +%s.%N; }
rate() { echo "$1 / $2" | bc; }

# poll_hwm FILE: while a pg-polar session exists, writes its backend's VmHWM (kB) to FILE.
poll_hwm() {
	while :; do
		local v
		v=$(sql -c "SELECT substring(pg_catalog.pg_read_file('/proc/' || pid || '/status') from 'VmHWM:\\s*(\\d+)')
		            FROM pg_catalog.pg_stat_activity WHERE application_name = 'pg-polar'" 2>/dev/null || true)
		[[ -n $v ]] && echo "$v" >"$1"
		sleep 0.3
	done
}

# load_copy/load_bulk/load_import/load_writer N: one load into the emptied fact table; sets SECS, HWM, RSS.
load_copy() {
	sql -c 'TRUNCATE polar.fact_3' -c 'CHECKPOINT'
	local s e
	s=$(now)
	HWM=$(sql -c "\\copy polar.fact_3 (pred, a0, a1, a2) FROM '$work/enc.csv' WITH (FORMAT csv)" -c "SELECT $hwm")
	e=$(now)
	SECS=$(echo "$e - $s" | bc) RSS=
}
load_bulk() {
	sql -c 'TRUNCATE polar.fact_3' -c 'CHECKPOINT'
	local s e
	s=$(now)
	HWM=$(sql -c "SELECT pg_catalog.sum(polar.bulk_tell(j)) FROM (SELECT jsonb_agg(jsonb_build_array(pred, a0, a1, a2)) j
	            FROM (SELECT *, (row_number() OVER ()) / 10000 AS b FROM staging) t GROUP BY b) batches" -c "SELECT $hwm" | tail -1)
	e=$(now)
	SECS=$(echo "$e - $s" | bc) RSS=
}
load_import() {
	sql -c 'TRUNCATE polar.fact_3' -c 'CHECKPOINT'
	local s e poller
	rm -f "$work/hwm"
	poll_hwm "$work/hwm" &
	poller=$!
	s=$(now)
	PGUSER=${IMPORT_ROLE:-postgres} /usr/bin/time -f "%M" -o "$work/rss" "$p" import "$work/f.csv" >"$work/out"
	e=$(now)
	kill "$poller"
	wait "$poller" 2>/dev/null || true
	grep -q "imported $1 facts ($1 new)" "$work/out" || die "unexpected import output: $(cat "$work/out")"
	SECS=$(echo "$e - $s" | bc) HWM=$(cat "$work/hwm" 2>/dev/null || echo '?') RSS="$(cat "$work/rss") kB"
}
load_writer() { IMPORT_ROLE=polar_fact_writer load_import "$@"; }

ROUNDS=${ROUNDS:-2}
echo "| facts | round | load | seconds | facts/s | vs COPY (same round) | backend VmHWM | client max RSS |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|"
for n in $SIZES; do
	awk -v n="$n" 'BEGIN{for(i=0;i<n;i++) printf "has_role,User:u%d,member,Org:o%d\n", i, i%1000}' >"$work/f.csv"
	awk -v n="$n" 'BEGIN{for(i=0;i<n;i++) printf "has_role,User:u%d,String:member,Org:o%d\n", i, i%1000}' >"$work/enc.csv"
	chmod 644 "$work"/*.csv
	sql -c 'TRUNCATE staging' -c "\\copy staging FROM '$work/f.csv' WITH (FORMAT csv)"
	for ((r = 1; r <= ROUNDS; r++)); do
		# The order turns every round, so that no load always follows the same one.
		loads=(copy bulk import writer)
		((r % 2 == 0)) && loads=(writer import bulk copy)
		declare -A secs=() hwms=() rsss=()
		for l in "${loads[@]}"; do
			"load_$l" "$n"
			secs[$l]=$SECS hwms[$l]=$HWM rsss[$l]=$RSS
		done
		for l in copy bulk import writer; do
			case $l in
			copy) label='psql \copy into polar.fact_3' ;;
			bulk) label='polar.bulk_tell, 10,000 a call' ;;
			import) label='pg-polar import (CSV)' ;;
			writer) label='pg-polar import (CSV), fact-writer role' ;;
			esac
			printf '| %s | %s | %s | %.2f | %s | %.2f | %s kB | %s |\n' "$n" "$r" "$label" "${secs[$l]}" \
				"$(rate "$n" "${secs[$l]}")" "$(echo "${secs[copy]} / ${secs[$l]}" | bc -l)" "${hwms[$l]}" "${rsss[$l]}"
		done
	done
done
pg_temp_stop
