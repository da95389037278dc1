#!/usr/bin/env bash
# The pg_polar benchmark suite (BENCHMARKS.md): pg_polar side by side with hand-written SQL over
# the same fact tables, a bare SELECT 1, and the open-source Oso library (oso@0.27.3, Node.js).
#
#   bench/run.sh                              every scale (S1..S4), the stress shapes, the peer
#   bench/run.sh --scales S1,S2 --quick       fewer iterations and shorter pgbench runs
#   options: --scales LIST (S1,S2,S3,S4)  --peer-scales LIST (default S1,S2; "none" to skip)
#            --no-stress  --pgbench-seconds N (default 10, --quick 4)  --memchecks N (default
#            1,000,000 at the last scale)  --port N (default 54340)  --no-setup  --no-build  --keep
#
# Installs what is missing (Debian packages via scripts/setup.sh, oso into bench/node_modules),
# builds pg_polar (scripts/build.sh), starts a throwaway PostgreSQL 15 on its own port, generates
# the data, runs everything, prints the tables and writes bench/results/*.md and results.json.
# Timings are never pass/fail; the exit status is non-zero only if something failed to run.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"

RESULTS=$BENCH_DIR/results

usage() { sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }


in_list() { [[ ",$2," == *",$1,"* ]]; }

main() {
	local scales=S1,S2,S3,S4 peer_scales=S1,S2 quick=0 stress=1 pgb_secs='' memchecks=1000000
	local port=54340 do_setup=1 do_build=1 keep=0
	while (($#)); do
		case "$1" in
		--scales) scales=${2:?}; shift ;;
		--peer-scales) peer_scales=${2:?}; shift ;;
		--quick) quick=1 ;;
		--no-stress) stress=0 ;;
		--pgbench-seconds) pgb_secs=${2:?}; shift ;;
		--memchecks) memchecks=${2:?}; shift ;;
		--port) port=${2:?}; shift ;;
		--no-setup) do_setup=0 ;;
		--no-build) do_build=0 ;;
		--keep) keep=1 ;;
		-h | --help) usage; return 0 ;;
		*) die "unknown argument: $1 (see --help)" ;;
		esac
		shift
	done
	[[ -n $pgb_secs ]] || { ((quick)) && pgb_secs=4 || pgb_secs=10; }
	local started=$SECONDS

	((do_setup == 0)) || bash "$REPO_ROOT/scripts/setup.sh"
	((do_build == 0)) || bash "$REPO_ROOT/scripts/build.sh"
	local peer_ok=0
	if [[ $peer_scales != none ]]; then
		if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
			warn "node/npm not found: the Oso peer is skipped"
		else
			[[ -d $BENCH_DIR/node_modules/oso ]] ||
				(cd "$BENCH_DIR" && npm install --no-audit --no-fund --loglevel=error)
			peer_ok=1
		fi
	fi

	local work destdir
	new_workdir work bench
	destdir=$(stage_install "$work")
	cp -a "$BENCH_DIR/sql" "$BENCH_DIR/policy" "$BENCH_DIR/pgbench" "$work/"
	give_to_server_user "$work/sql" "$work/policy" "$work/pgbench"
	mkdir -p "$work/out"
	give_to_server_user "$work/out"

	log "starting a throwaway PostgreSQL $PG_MAJOR server in $work (port $port)"
	pg_temp_init "$work" "$port" "$destdir"
	# A production-like configuration for a 2-core / 24 GiB machine; fsync stays off (lib.sh):
	# the write numbers are CPU cost, not disk. synchronous_commit stays on: VACUUM marks a page
	# all-visible only once its rows' commits are flushed, so after an asynchronous commit every
	# index-only probe of the fact tables paid a heap visit (all results before 2026-12-07 did).
	cat >>"$work/data/postgresql.conf" <<-EOF
		shared_buffers = 4GB
		work_mem = 64MB
		maintenance_work_mem = 1GB
		max_wal_size = 16GB
		autovacuum = off
		jit = off
	EOF
	pg_temp_start

	mkdir -p "$RESULTS/raw"
	machine_info >"$RESULTS/machine.md"
	local -a all_md=("$RESULTS/machine.md")
	local last_scale=${scales##*,}

	local scale flatness=0
	in_list S1 "$scales" && in_list S4 "$scales" && flatness=1
	for scale in ${scales//,/ }; do
		run_scale "$scale" "$quick" "$pgb_secs" "$([[ $scale == "$last_scale" ]] && echo "$memchecks" || echo 0)" \
			"$(in_list "$scale" "$peer_scales" && echo "$peer_ok" || echo 0)" \
			"$( ((flatness)) && [[ $scale == S1 || $scale == S4 ]] && echo 1 || echo 0)"
		all_md+=("$RESULTS/$scale.md")
	done
	if ((flatness)); then
		run_flatness "$( ((quick)) && echo 2 || echo 5)"
		all_md+=("$RESULTS/flatness.md")
	fi
	if ((stress)); then
		run_stress teams "$quick"
		run_stress folders "$quick"
		all_md+=("$RESULTS/teams.md" "$RESULTS/folders.md")
	fi

	{
		printf '# pg_polar benchmark results\n\n'
		printf 'Command: `bench/run.sh --scales %s%s`, total run time %d s.\n\n' "$scales" \
			"$( ((quick)) && echo ' --quick')" $((SECONDS - started))
		for f in "${all_md[@]}"; do cat "$f"; printf '\n'; done
	} >"$RESULTS/summary.md"
	section "results (also in $RESULTS/summary.md)"
	cat "$RESULTS/summary.md"

	if ((keep)); then
		keep_workdir "$work"
		log "server kept: $(pg_temp_connect_hint postgres)"
	else
		pg_temp_stop
	fi
	log "done in $((SECONDS - started)) s"
}

psql_db() {
	local db=$1
	shift
	pg_temp_psql -d "$db" -v ON_ERROR_STOP=1 -q -X "$@"
}

machine_info() {
	printf '## Machine\n\n'
	printf -- '- CPU: %s, %s cores\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')" "$(nproc)"
	printf -- '- Memory: %s GiB\n' "$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
	printf -- '- Kernel: %s\n' "$(uname -sr)"
	printf -- '- PostgreSQL: %s\n' "$(pg_temp_psql -d postgres -Atc 'SHOW server_version')"
	printf -- '- Server settings: shared_buffers 4GB, work_mem 64MB, fsync off, synchronous_commit on, jit off, autovacuum off\n'
	printf -- '- Node.js: %s (Oso peer)\n' "$(node --version 2>/dev/null || echo 'not installed')"
	printf -- '- pg_polar: %s\n\n' "$(git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo unknown)"
}

# run_scale SCALE QUICK PGBENCH_SECONDS MEMCHECKS PEER KEEP_DB (1: left for run_flatness)
run_scale() {
	local scale=$1 quick=$2 secs=$3 memchecks=$4 peer=$5 keep_db=$6
	local db=bench_${scale,,} users orgs rpo mpo ppr
	read -r users orgs rpo mpo ppr <<<"$(scale_params "$scale")"
	section "$scale: $users users, $orgs orgs x $rpo repositories, $mpo members per org, $ppr PRs per repository"
	pg_temp_psql -d postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
	psql_db "$db" -c 'CREATE EXTENSION pg_polar' -f "$work/sql/harness.sql"

	local t0=$SECONDS
	psql_db "$db" -c "SELECT polar.load_policy(pg_read_file('$work/policy/github.polar'), 'github.polar')" >/dev/null
	log "$scale: generating data"
	psql_db "$db" -v users="$users" -v orgs="$orgs" -v repos_per_org="$rpo" -v members_per_org="$mpo" \
		-v prs_per_repo="$ppr" -f "$work/sql/github_data.sql"
	psql_db "$db" -c 'VACUUM ANALYZE polar.fact_3' -c 'VACUUM ANALYZE bench.pull_requests'
	local gen=$((SECONDS - t0))
	psql_db "$db" -c "INSERT INTO bench.results (scale, section, case_name, variant, rows, note)
		SELECT '$scale', 'setup', 'data generation (INSERT ... SELECT) + VACUUM ANALYZE', 'fact tuples',
		       (SELECT count(*) FROM polar.fact_3), '$gen s'"
	psql_db "$db" -f "$work/sql/github_handwritten.sql" -f "$work/sql/github_measure.sql"

	log "$scale: in-server measurements"
	psql_db "$db" -v scale="$scale" -v quick="$quick" -v domem="$([[ $memchecks -gt 0 ]] && echo 1 || echo 0)" \
		-v memchecks="$memchecks" -v csv="$work/out/facts.csv" -v policy="$(cat "$work/policy/github.polar")" \
		-f "$work/sql/github_run.sql" >/dev/null

	# Each variant gets $secs seconds, in 2-second slices taken in turn (the machine's speed moves
	# within seconds: three 10-second runs one after the other compared three different machines).
	local slices=$(((secs + 1) / 2))
	log "$scale: pgbench ($secs s per variant, in $slices slices of 2 s taken in turn)"
	local clients variant slice
	for clients in 1 2; do
		local -A txn=() latsum=()
		for ((slice = 1; slice <= slices; slice++)); do
			for variant in handwritten polar select1; do
				local out n lat
				out=$(as_server_user pgbench -n -M prepared -T 2 -c "$clients" -j "$clients" -h "$PGT_SOCK" -p "$PGT_PORT" \
					-U postgres -D nu=$((orgs * mpo)) -D no="$orgs" -D rpo="$rpo" -D nr=$((orgs * rpo)) -D ppr="$ppr" \
					-f "$work/pgbench/$variant.sql" "$db" 2>&1) || { printf '%s\n' "$out" >&2; die "pgbench failed"; }
				n=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$out")
				lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
				txn[$variant]=$((${txn[$variant]:-0} + n))
				latsum[$variant]=$(awk -v a="${latsum[$variant]:-0}" -v l="$lat" -v n="$n" 'BEGIN { printf "%.6f", a + l * n }')
			done
		done
		for variant in handwritten polar select1; do
			local label tps lat_us
			case $variant in handwritten) label=hand-written ;; polar) label=pg_polar ;; select1) label='SELECT 1 (floor)' ;; esac
			tps=$(awk -v n="${txn[$variant]}" -v t=$((slices * 2)) 'BEGIN { printf "%.0f", n / t }')
			lat_us=$(awk -v a="${latsum[$variant]}" -v n="${txn[$variant]}" 'BEGIN { printf "%.1f", a / n * 1000 }')
			psql_db "$db" -c "INSERT INTO bench.results (scale, section, case_name, variant, n, mean_us, rows, note)
				VALUES ('$scale', 'pgbench', 'end to end, -M prepared, $clients client(s), $((slices * 2)) s in 2 s slices', '$label', NULL,
				        $lat_us, $tps, 'rows = TPS, mean = latency average')"
		done
	done

	if ((peer)); then
		log "$scale: Oso peer (oso@0.27.3, Node.js)"
		psql_db "$db" -Atc "COPY (SELECT pred, a0, a1, a2 FROM polar.fact_3) TO STDOUT (FORMAT csv)" >"$RESULTS/raw/$scale-facts.csv"
		psql_db "$db" -Atc "COPY (SELECT id, actor, action, resource, CASE WHEN polar.authorize(actor, action, resource) THEN 't' ELSE 'f' END
			FROM bench.requests ORDER BY id) TO STDOUT (FORMAT csv)" >"$RESULTS/raw/$scale-requests.csv"
		local json
		json=$(node "$BENCH_DIR/peer/oso_peer.js" "$RESULTS/raw/$scale-facts.csv" "$RESULTS/raw/$scale-requests.csv")
		printf '%s\n' "$json" >"$RESULTS/raw/$scale-oso.json"
		rm -f "$RESULTS/raw/$scale-facts.csv"
		psql_db "$db" -v scale="$scale" -v j="$json" <<-'EOF'
			INSERT INTO bench.results (scale, section, case_name, variant, n, median_us, p95_us, p99_us, mean_us, rows, note)
			SELECT :'scale', 'authorize', 'in-server, 10,000 mixed requests', 'oso 0.27.3 (Node.js, in-process)',
			       (j->>'n')::int, (j->>'median_us')::float8, (j->>'p95_us')::float8, (j->>'p99_us')::float8,
			       (j->>'mean_us')::float8, (j->>'allowed')::bigint,
			       format('rows = allowed; %s decisions differ from pg_polar; median %s× pg_polar''s; policy load %s ms',
			              j->>'disagreements',
			              round(((j->>'median_us')::numeric / nullif(p.median_us, 0)::numeric), 1),
			              round((j->>'policy_load_ms')::numeric, 1))
			FROM (SELECT :'j'::jsonb AS j) s
			LEFT JOIN bench.results p ON p.scale = :'scale' AND p.section = 'authorize'
			     AND p.case_name = 'in-server, 10,000 mixed requests' AND p.variant = 'pg_polar';
		EOF
	fi

	{
		printf '## %s: %s users, %s organizations x %s repositories, %s members per organization, %s pull requests per repository\n\n' \
			"$scale" "$users" "$orgs" "$rpo" "$mpo" "$ppr"
		psql_db "$db" -Atc "SELECT * FROM bench.markdown('$scale')"
		printf '\n'
	} >"$RESULTS/$scale.md"
	psql_db "$db" -Atc "SELECT coalesce(json_agg(r ORDER BY at), '[]') FROM bench.results r" >"$RESULTS/$scale.json"
	cat "$RESULTS/$scale.md"
	((keep || keep_db)) || pg_temp_psql -d postgres -q -c "DROP DATABASE $db" >/dev/null  # --keep: left for EXPLAIN
}

# The flatness target compares S4's authorize median with S1's. Measured scale by scale, minutes
# apart, the ratio moves with the machine (its speed changes by 20-50% within seconds). Here the
# two databases are measured in alternation, in chunks of 1,000 requests (bench.flatness, from the
# S1 database, reaching S4 through dblink), PASSES times over the 10,000 requests.
run_flatness() {
	local passes=$1 db
	section "flatness: S1 and S4 in alternation, $passes passes"
	psql_db bench_s1 -c 'CREATE EXTENSION IF NOT EXISTS dblink'
	{
		printf '## Flatness: S1 and S4 in alternation\n\n'
		printf 'In-server `authorize`, the 10,000 mixed requests of each scale measured in turn in chunks of 1,000\n'
		printf '(S1 pg_polar, S4 pg_polar, S1 hand-written, S4 hand-written, S1 and S4 over the precomputed\n'
		printf 'closure), %d passes; the target is S4/S1 ≤ 1.5 for pg_polar'"'"'s median. The closure is a design\n' "$passes"
		printf 'reference (bench/sql/github_closure.sql): what precomputing role closures would give.\n\n'
		psql_db bench_s1 -At -v passes="$passes" <<-'EOF'
			WITH f AS (SELECT * FROM bench.flatness('bench_s4', :passes)),
			m AS (SELECT v, bench.median(s1) AS s1, bench.median(s4) AS s4 FROM f, LATERAL (VALUES
			        ('pg_polar', here_polar, there_polar), ('hand-written', here_hw, there_hw),
			        ('over a precomputed closure (reference)', here_closure, there_closure)) AS v(v, s1, s4))
			SELECT '| variant | S1 median µs | S4 median µs | S4/S1 |'
			UNION ALL SELECT '|---|--:|--:|--:|'
			UNION ALL SELECT format('| %s | %s | %s | %s× |', v, round(s1::numeric, 1), round(s4::numeric, 1),
			                        round((s4 / s1)::numeric, 2)) FROM m;
		EOF
		printf '\n'
	} >"$RESULTS/flatness.md"
	cat "$RESULTS/flatness.md"
	if ((!keep)); then
		for db in bench_s1 bench_s4; do pg_temp_psql -d postgres -q -c "DROP DATABASE $db" >/dev/null; done
	fi
}

run_stress() {
	local shape=$1 quick=$2 db=bench_$1
	section "stress: $shape"
	pg_temp_psql -d postgres -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
	psql_db "$db" -c 'CREATE EXTENSION pg_polar' -f "$work/sql/harness.sql"
	psql_db "$db" -c "SELECT polar.load_policy(pg_read_file('$work/policy/$shape.polar'), '$shape.polar')" >/dev/null
	psql_db "$db" -v case_timeout="$( ((quick)) && echo 30s || echo 180s)" -f "$work/sql/$shape.sql" >/dev/null
	{
		printf '## Stress: %s\n\n' "$shape"
		psql_db "$db" -Atc "SELECT * FROM bench.markdown('$shape')"
		printf '\n'
	} >"$RESULTS/$shape.md"
	psql_db "$db" -Atc "SELECT coalesce(json_agg(r ORDER BY at), '[]') FROM bench.results r" >"$RESULTS/$shape.json"
	cat "$RESULTS/$shape.md"
	((keep)) || pg_temp_psql -d postgres -q -c "DROP DATABASE $db" >/dev/null  # --keep: left for EXPLAIN
}

main "$@"
