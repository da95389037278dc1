# shellcheck shell=bash
# The differential suite (sourced by scripts/test.sh): random policies, facts and queries
# answered both by pg_polar and by the reference evaluator in test/differential/, on a
# throwaway cluster that uses the private build. Any difference fails the suite; shrunk
# reproductions are written to build/test-output/differential/failures/*.case.
#
#   scripts/test.sh differential
#   POLAR_DIFF_SEED=7 POLAR_DIFF_CASES=500 scripts/test.sh --no-build differential
#
# Also replays test/differential/regressions/*.case (minimised bugs found earlier).
# Settings: POLAR_DIFF_SEED (1), POLAR_DIFF_CASES (4000), POLAR_DIFF_SHARDS (number of
# parallel drivers, each on its own throwaway cluster; default: cores), POLAR_DIFF_PORT (first
# port, 54333),
# POLAR_DIFF_ARGS (extra driver arguments, e.g. --fail-on-timeout; --lenient-null-star is always on), POLAR_DIFF_DRIVER (use this
# prebuilt polar_differential instead of building one).

DIFF_PORT=${POLAR_DIFF_PORT:-54333}
DIFF_SEED=${POLAR_DIFF_SEED:-1}
DIFF_CASES=${POLAR_DIFF_CASES:-4000}
DIFF_SHARDS=${POLAR_DIFF_SHARDS:-$JOBS}

suite_differential() {
	local driver=${POLAR_DIFF_DRIVER:-}
	if [[ -z $driver ]]; then
		local dir=$BUILD_DIR/cmake
		if [[ -f $dir/CMakeCache.txt ]] &&
			! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$REPO_ROOT" "$dir/CMakeCache.txt"; then
			log "removing stale $dir (configured for another source directory)"
			rm -rf "$dir"
		fi
		log "cmake configure ($dir)"
		cmake -S "$REPO_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
		log "cmake build polar_differential"
		cmake --build "$dir" -j "$JOBS" --target polar_differential >/dev/null
		driver=$dir/polar_differential
	fi
	[[ -x $driver ]] || die "differential: $driver was not built (is libpq installed?)"

	local work destdir
	new_workdir work differential
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")

	# One throwaway cluster per shard: a backend stuck in C++ code past the statement timeout is
	# SIGKILLed (--kill-stuck-backends), which restarts its cluster and must not disturb the others.
	local shards=$DIFF_SHARDS k
	((shards >= 1)) || shards=1
	local -a socks=() ports=()
	for ((k = 0; k < shards; k++)); do
		mkdir -p "$work/pg$k"
		give_to_server_user "$work/pg$k"
		pg_temp_init "$work/pg$k" "$((DIFF_PORT + k))" "$destdir"
		printf 'restart_after_crash = on\n' >>"$PGT_DIR/data/postgresql.conf"
		pg_temp_start
		pg_temp_psql -q -d postgres -c "CREATE EXTENSION pg_polar" >/dev/null
		socks+=("$PGT_SOCK")
		ports+=("$PGT_PORT")
	done

	local out=$OUTPUT_ROOT/differential/failures
	mkdir -p "$out"
	local regressions=$REPO_ROOT/test/differential/regressions
	local -a pids=() extra=()
	# shellcheck disable=SC2206
	# '*' in a position queried with NULL means "every value of the type(s) the policy allows
	# there" (README, "Reading query results"); the driver checks exactly that reading.
	extra=(--lenient-null-star ${POLAR_DIFF_ARGS:-})
	log "polar_differential: seed $DIFF_SEED, $DIFF_CASES cases, $shards shard(s)"
	for ((k = 0; k < shards; k++)); do
		local -a replay=()
		if ((k == 0)) && compgen -G "$regressions/*.case" >/dev/null; then
			replay=(--replay "$regressions")
		fi
		timeout -k 30 "$SUITE_TIMEOUT" "$driver" \
			--conninfo "host=${socks[$k]} port=${ports[$k]} user=postgres dbname=postgres" \
			--seed "$DIFF_SEED" --cases "$DIFF_CASES" --shard "$k/$shards" --kill-stuck-backends --statement-timeout 1 --case-budget 2 --shrink-budget 15 \
			--max-reports 2 --out "$out" "${replay[@]}" "${extra[@]}" >"$work/shard$k.log" 2>&1 &
		pids+=($!)
	done
	local rc=0 status
	for ((k = 0; k < shards; k++)); do
		status=0
		wait "${pids[$k]}" || status=$?
		note_timeout "$status"
		printf '\n'
		log "shard $k/$shards (exit $status)"
		# The mismatch reports and the closing stats.
		show_file "$work/shard$k.log" 1500
		((status == 0)) || rc=1
	done
	for ((k = 0; k < shards; k++)); do
		PGT_DIR=$work/pg$k
		pg_temp_stop || true
	done
	if ((rc != 0)); then
		save_outputs "$work"/shard*.log
		log "shrunk reproductions: $out (replay with: $driver --replay FILE)"
		return 1
	fi
	rm -rf "${OUTPUT_ROOT:?}/differential"
}

register_suite differential needs_build
