#!/usr/bin/env bash
# Backend memory across 1,000,000 checks in one session (issue 20 item 7), in three spellings:
#   statements:     N separate statements on one psql connection (\gexec, 100,000 at a time),
#                   sampled in that session between the batches;
#   one statement:  N checks inside one SELECT over generate_series, sampled from inside it;
#   pgbench:        pgbench -n -c1 -M prepared -t N (one client = one session, prepared
#                   statements), sampled from outside: /proc/<pid>/status and
#                   pg_log_backend_memory_contexts (its "Grand total" line in the server log).
# Each sample: VmRSS and VmHWM of the backend (kB) and the total of its memory contexts.
# The mix: 8 in 10 authorize (allowed and denied), 1 list, 1 actions (bench/sql/memory.sql).
#
#   bench/memory.sh                 1,000,000 checks per spelling, a sample every 100,000
#   options: --checks N  --every N  --port N (default 55450)  --no-setup  --no-build  --keep
#
# Starts its own throwaway server (scripts/lib.sh), prints the table and the growth between the
# sample after the first batch (--every checks) and the last, and writes bench/results/memory.md.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"
# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"

usage() { sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

main() {
	local checks=1000000 every=100000 port=55450 do_setup=1 do_build=1 keep=0
	local -a argv=("$@")
	while (($#)); do
		case "$1" in
		--checks) checks=${2:?}; shift ;;
		--every) every=${2:?}; shift ;;
		--port) port=${2:?}; shift ;;
		--no-setup) do_setup=0 ;;
		--no-build) do_build=0 ;;
		--keep) keep=1 ;;
		-h | --help) usage; return 0 ;;
		*) die "unknown argument: $1 (see --help)" ;;
		esac
		shift
	done
	((checks % every == 0)) || die "--checks must be a multiple of --every"
	local started=$SECONDS
	((do_setup == 0)) || bash "$REPO_ROOT/scripts/setup.sh"
	((do_build == 0)) || bash "$REPO_ROOT/scripts/build.sh"

	local work destdir
	new_workdir work memory
	destdir=$(stage_install "$work")
	cp -a "$BENCH_DIR/sql" "$BENCH_DIR/policy" "$work/"
	give_to_server_user "$work/sql" "$work/policy"
	log "starting a throwaway PostgreSQL $PG_MAJOR server in $work (port $port)"
	pg_temp_init "$work" "$port" "$destdir"
	printf 'jit = off\nautovacuum = off\n' >>"$work/data/postgresql.conf"
	pg_temp_start

	local db=bench_memory
	pg_temp_psql -d postgres -q -c "CREATE DATABASE $db"
	psql_db -c 'CREATE EXTENSION pg_polar' -f "$work/sql/harness.sql" -f "$work/sql/memory.sql"
	psql_db -c "SELECT polar.load_policy(pg_read_file('$work/policy/github.polar'), 'github.polar')" >/dev/null
	local users orgs rpo mpo ppr
	read -r users orgs rpo mpo ppr <<<"$(scale_params S1)"
	psql_db -v users="$users" -v orgs="$orgs" -v repos_per_org="$rpo" -v members_per_org="$mpo" \
		-v prs_per_repo="$ppr" -f "$work/sql/github_data.sql" >/dev/null
	psql_db -c 'VACUUM ANALYZE polar.fact_3'

	run_statements "$checks" "$every"
	run_one_statement "$checks" "$every"
	run_pgbench "$checks" "$every"

	local md=$BENCH_DIR/results/memory.md
	{
		printf '# Backend memory across %s checks in one session\n\n' "$checks"
		printf 'Command: `bench/memory.sh%s`, %d s; pg_polar %s, PostgreSQL %s, %s cores.\n\n' \
			"$(printf ' %s' "${argv[@]}" | sed 's/ $//')" $((SECONDS - started)) \
			"$(git -C "$REPO_ROOT" describe --always --dirty 2>/dev/null || echo unknown)" \
			"$(psql_db -Atc 'SHOW server_version')" "$(nproc)"
		printf 'Scale S1 of the GitHub-like model; the mix is 8 in 10 authorize (allowed and denied), 1 in 10\n'
		printf 'list, 1 in 10 actions (bench/sql/memory.sql). Samples: VmRSS / VmHWM of the backend\n'
		printf '(/proc/<pid>/status) and the sum of its memory contexts (pg_backend_memory_contexts inside\n'
		printf 'the session; pg_log_backend_memory_contexts "Grand total" for pgbench). Sample 0 is taken\n'
		printf 'after 1,000 warm-up checks.\n\n'
		psql_db -At -v every="$every" -f - <<-'EOF'
			SELECT '| spelling | checks | VmRSS kB | VmHWM kB | contexts bytes |'
			UNION ALL SELECT '|---|--:|--:|--:|--:|'
			UNION ALL SELECT * FROM (
			  SELECT format('| %s | %s | %s | %s | %s |', spelling, checks, rss_kb, hwm_kb, ctx_bytes)
			  FROM bench.memory_samples ORDER BY spelling DESC, checks) t;
			\echo
			\echo '## Growth between the sample after the first batch and the last'
			\echo
			SELECT '| spelling | from checks | to checks | VmRSS kB | VmHWM kB | contexts bytes |'
			UNION ALL SELECT '|---|--:|--:|--:|--:|--:|'
			UNION ALL SELECT * FROM (
			  SELECT format('| %s | %s | %s | %s | %s | %s |', f.spelling, f.checks, l.checks,
			                to_char(l.rss_kb - f.rss_kb, 'FMSG999999990'), to_char(l.hwm_kb - f.hwm_kb, 'FMSG999999990'),
			                to_char(l.ctx_bytes - f.ctx_bytes, 'FMSG999999999990'))
			  FROM (SELECT *, row_number() OVER (PARTITION BY spelling ORDER BY checks) AS k FROM bench.memory_samples) f
			  JOIN LATERAL (SELECT * FROM bench.memory_samples l WHERE l.spelling = f.spelling
			                ORDER BY checks DESC LIMIT 1) l ON true
			  WHERE f.k = 2 ORDER BY f.spelling DESC) t;
			\echo
			\echo '## Memory contexts that changed between those samples (in-session spellings)'
			\echo
			SELECT '| spelling | context | ident | contexts | bytes at first | bytes at last |'
			UNION ALL SELECT '|---|---|---|--:|--:|--:|'
			UNION ALL SELECT * FROM (
			  SELECT format('| %s | %s | %s | %s → %s | %s | %s |', coalesce(f.spelling, l.spelling), coalesce(f.name, l.name),
			                coalesce(f.ident, l.ident, ''), coalesce(f.contexts, 0), coalesce(l.contexts, 0),
			                coalesce(f.total_bytes, 0), coalesce(l.total_bytes, 0))
			  FROM (SELECT * FROM bench.memory_contexts WHERE checks = :every) f
			  FULL JOIN (SELECT c.* FROM bench.memory_contexts c
			             WHERE c.checks = (SELECT max(checks) FROM bench.memory_contexts m WHERE m.spelling = c.spelling)) l
			    ON l.spelling = f.spelling AND l.name = f.name AND l.ident IS NOT DISTINCT FROM f.ident
			  WHERE f.total_bytes IS DISTINCT FROM l.total_bytes OR f.contexts IS DISTINCT FROM l.contexts
			  ORDER BY 1) t;
		EOF
	} >"$md"
	section "results (also in $md)"
	cat "$md"

	if ((keep)); then
		keep_workdir "$work"
		log "server kept: $(pg_temp_connect_hint "$db")"
	else
		pg_temp_stop
	fi
	log "done in $((SECONDS - started)) s"
}

psql_db() { pg_temp_psql -d bench_memory -v ON_ERROR_STOP=1 -q -X "$@"; }

# N separate statements on one connection: \gexec runs each generated check as its own
# statement; the session samples itself after every batch.
run_statements() {
	local n=$1 every=$2 b
	section "statements: $n checks, one statement each, one session"
	{
		printf '\\o /dev/null\n'
		printf 'SELECT bench.mem_check_sql(i) FROM generate_series(-1000, -1) i \\gexec\n'
		printf '\\o\nSELECT bench.mem_sample(%s, 0);\n' "'statements'"
		for ((b = every; b <= n; b += every)); do
			printf '\\o /dev/null\n'
			printf 'SELECT bench.mem_check_sql(i) FROM generate_series(%d, %d) i \\gexec\n' $((b - every + 1)) "$b"
			printf '\\o\nSELECT bench.mem_sample(%s, %d);\n' "'statements'" "$b"
		done
	} | psql_db -At -f - | while read -r done_checks; do log "statements: $done_checks checks"; done
}

# N checks inside one SELECT; the statement samples itself every `every` rows.
run_one_statement() {
	local n=$1 every=$2
	section "one statement: $n checks in one SELECT"
	psql_db -At -v n="$n" -v every="$every" <<-'EOF'
		SELECT count(*) FILTER (WHERE polar.authorize(bench.mem_user(i), bench.mem_action(i), bench.mem_resource(i)))
		FROM generate_series(-1000, -1) i \gset warmup_
		SELECT bench.mem_sample('one statement', 0) \gset
		SELECT format('one statement: %s checks, %s allowed, %s samples', count(*), count(*) FILTER (WHERE ok), count(sampled))
		FROM (SELECT CASE i % 10
		               WHEN 0 THEN EXISTS (SELECT FROM polar.list(bench.mem_user(i), 'read', 'Repository'))
		               WHEN 5 THEN EXISTS (SELECT FROM polar.actions(bench.mem_user(i), 'Repository:' || bench.mem_repo(i)))
		               ELSE polar.authorize(bench.mem_user(i), bench.mem_action(i), bench.mem_resource(i)) END AS ok,
		             CASE WHEN i % :every = 0 THEN bench.mem_sample('one statement', i) END AS sampled
		      FROM generate_series(1, :n) i) s;
	EOF
}

# pgbench, one client (one session), prepared statements; sampled from outside by the number of
# checks done (a sequence the script advances).
run_pgbench() {
	local n=$1 every=$2
	section "pgbench: $n checks, -c1 -M prepared"
	psql_db -c 'CREATE SEQUENCE IF NOT EXISTS bench.mem_done CACHE 1'
	local script=$work/pgbench_memory.sql
	cat >"$script" <<-'EOF'
		\set i random(1, 1000000000)
		\set k :i % 10
		\if :k = 0
		SELECT count(*), nextval('bench.mem_done') FROM polar.list(bench.mem_user(:i), 'read', 'Repository');
		\elif :k = 5
		SELECT count(*), nextval('bench.mem_done') FROM polar.actions(bench.mem_user(:i), 'Repository:' || bench.mem_repo(:i));
		\else
		SELECT polar.authorize(bench.mem_user(:i), bench.mem_action(:i), bench.mem_resource(:i)), nextval('bench.mem_done');
		\endif
	EOF
	give_to_server_user "$script"
	as_server_user pgbench -n -c 1 -M prepared -t 1000 -h "$PGT_SOCK" -p "$PGT_PORT" -U postgres \
		-f "$script" bench_memory >/dev/null 2>&1 || true  # (not the measured session) warms the files
	psql_db -c "SELECT setval('bench.mem_done', 1, false)" >/dev/null
	local since
	since=$(psql_db -Atc 'SELECT clock_timestamp()')
	# 20,000 checks past the last sample keep the session alive until it is taken.
	as_server_user pgbench -n -c 1 -M prepared -t $((n + 21000)) -h "$PGT_SOCK" -p "$PGT_PORT" -U postgres \
		-f "$script" bench_memory >"$work/pgbench.out" 2>&1 &
	local bench_pid=$! pid='' next=0 done_checks
	while kill -0 "$bench_pid" 2>/dev/null; do
		[[ -n $pid ]] || pid=$(psql_db -Atc "SELECT pid FROM pg_stat_activity
			WHERE application_name = 'pgbench' AND backend_start > '$since' LIMIT 1")
		done_checks=$(psql_db -Atc "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM bench.mem_done")
		# The first 1,000 checks are the warm-up: sample k is taken at 1,000 + k * every or just after
		# (labelled with the checks actually done after the warm-up).
		if [[ -n $pid ]] && ((next * every <= n && done_checks >= next * every + 1000)); then
			sample_backend "$pid" $((done_checks - 1000))
			log "pgbench: $((done_checks - 1000)) checks after the warm-up"
			next=$((next + 1))
		fi
		sleep 0.1
	done
	wait "$bench_pid" || { cat "$work/pgbench.out" >&2; die "pgbench failed"; }
}

# sample_backend PID CHECKS: VmRSS/VmHWM from /proc and the memory contexts' grand total, which
# the backend logs when asked (pg_log_backend_memory_contexts), into bench.memory_samples.
sample_backend() {
	local pid=$1 at=$2 rss hwm offset total='' tries
	rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
	hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
	offset=$(stat -c %s "$PGT_DIR/server.log")
	psql_db -Atc "SELECT pg_log_backend_memory_contexts($pid)" >/dev/null
	for ((tries = 0; tries < 100; tries++)); do
		[[ -z $total ]] || break
		sleep 0.05
		total=$(tail -c +$((offset + 1)) "$PGT_DIR/server.log" |
			sed -n "s/.*\[$pid\] LOG:  Grand total: \([0-9]*\) bytes.*/\1/p" | head -1)
	done
	psql_db -c "INSERT INTO bench.memory_samples (spelling, checks, rss_kb, hwm_kb, ctx_bytes)
		VALUES ('pgbench', $at, $rss, $hwm, ${total:-NULL})"
}

main "$@"
