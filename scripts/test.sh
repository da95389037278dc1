#!/usr/bin/env bash
# Runs pg_polar's test suites: installs missing packages, builds, then runs each suite on
# throwaway servers (never the system cluster, never the system PostgreSQL directories).
#
#   scripts/test.sh                      every suite
#   scripts/test.sh regress tap          only the named suites
#   scripts/test.sh --list               list the suites
#   options: --no-setup (skip apt-get check)  --no-build (use the existing build/install)
#            --keep-tmp (keep the throwaway directories under /tmp; same as POLAR_KEEP_TMP=1)
#
# Suites: unit (CMake + GoogleTest via ctest), regress (pg_regress: sql/, expected/),
# isolation (pg_isolation_regress: test/isolation/), tap (prove: test/tap/t/*.pl).
# Needs root or sudo only when packages are missing. Failed suites leave their outputs in
# build/test-output/<suite>/. Exit status is non-zero if any suite failed.
#
# Adding a suite: write a function suite_NAME and add `register_suite NAME [needs_build]` below,
# or drop a file scripts/suites/NAME.sh that does the same (it is sourced).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCRIPTS_DIR=$REPO_ROOT/scripts
PGXS_DIR=$("$PG_CONFIG" --pkglibdir 2>/dev/null || echo "/usr/lib/postgresql/$PG_MAJOR/lib")/pgxs
PG_REGRESS_BIN=$PGXS_DIR/src/test/regress/pg_regress
PG_ISOLATION_REGRESS_BIN=$PGXS_DIR/src/test/isolation/pg_isolation_regress
PG_TAP_PERL_DIR=$PGXS_DIR/src/test/perl
OUTPUT_ROOT=$BUILD_DIR/test-output

# Private ports (names of Unix sockets in private directories; no TCP listener).
REGRESS_PORT=${POLAR_REGRESS_PORT:-54331}
ISOLATION_PORT=${POLAR_ISOLATION_PORT:-54332}

# Upper bound for one suite's main command, seconds (CI allows 90 minutes for everything).
SUITE_TIMEOUT=${POLAR_SUITE_TIMEOUT:-1500}

# ---------------------------------------------------------------------------------------------
# Suite registry

ALL_SUITES=()
declare -A SUITE_NEEDS_BUILD=()

# register_suite NAME [needs_build]: suite_NAME is a function; needs_build means it uses the
# extension installed by scripts/build.sh.
register_suite() {
	ALL_SUITES+=("$1")
	SUITE_NEEDS_BUILD[$1]=$([[ ${2:-} == needs_build ]] && echo 1 || echo 0)
}

# Inside a suite: give up with "skipped" status.
skip_suite() {
	log "SKIP: $*"
	exit 77
}

# Inside a suite: copy failure outputs to build/test-output/<suite>/.
save_outputs() {
	local dest=$OUTPUT_ROOT/$CURRENT_SUITE src
	mkdir -p "$dest"
	for src in "$@"; do
		if [[ -e $src ]]; then cp -a "$src" "$dest/" 2>/dev/null || true; fi
	done
	log "outputs saved in $dest"
}

# sorted_names DIR EXT: basenames (without .EXT) of DIR/*.EXT, sorted.
sorted_names() {
	local f
	for f in "$1"/*."$2"; do
		if [[ -e $f ]]; then basename "$f" ".$2"; fi
	done | LC_ALL=C sort
}

# copy_dirs SRC DEST NAME...: copy the existing SRC/NAME directories into DEST (server-readable).
copy_dirs() {
	local src=$1 dest=$2 name
	shift 2
	mkdir -p "$dest"
	for name in "$@"; do
		if [[ -d $src/$name ]]; then
			cp -a "$src/$name" "$dest/"
		fi
	done
	give_to_server_user "$dest"
}

# Print at most N lines of a file, noting truncation.
show_file() {
	local file=$1 max=${2:-400} lines
	[[ -f $file ]] || return 0
	lines=$(wc -l <"$file")
	printf -- '----- %s -----\n' "$file"
	head -n "$max" "$file"
	((lines <= max)) || printf -- '----- (%d more lines) -----\n' "$((lines - max))"
}

# ---------------------------------------------------------------------------------------------
# Suites

suite_unit() {
	if [[ -z $(find "$REPO_ROOT/test/unit" -name "*.cpp" -print -quit) ]]; then
		skip_suite "no test/unit/*.cpp yet"
	fi
	local dir=$BUILD_DIR/cmake
	# A cache from a checkout at another path (moved or copied tree) makes cmake refuse to run.
	if [[ -f $dir/CMakeCache.txt ]] &&
		! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$REPO_ROOT" "$dir/CMakeCache.txt"; then
		log "removing stale $dir (configured for another source directory)"
		rm -rf "$dir"
	fi
	log "cmake configure ($dir)"
	cmake -S "$REPO_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	log "cmake build"
	cmake --build "$dir" -j "$JOBS"
	log "ctest"
	ctest --test-dir "$dir" --output-on-failure --timeout 600 -j "$JOBS" || {
		save_outputs "$dir/Testing"
		return 1
	}
}

# Say so when a suite's main command was stopped by `timeout` (exit status 124).
note_timeout() {
	if (($1 == 124 || $1 == 137)); then
		printf "\n"
		log "FAIL: timed out after ${SUITE_TIMEOUT}s (POLAR_SUITE_TIMEOUT)"
	fi
}

# pg_regress / pg_isolation_regress failure report.
report_regress_failure() {
	local out=$1
	show_file "$out/regression.diffs" 1000
	show_file "$out/log/postmaster.log" 200
	save_outputs "$out/regression.diffs" "$out/regression.out" "$out/results" "$out/log"
}

suite_regress() {
	local -a tests
	mapfile -t tests < <(sorted_names "$REPO_ROOT/sql" sql)
	((${#tests[@]})) || skip_suite "no sql/*.sql"

	local work destdir
	new_workdir work regress
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	copy_dirs "$REPO_ROOT" "$work/in" sql expected input output data
	write_polar_conf "$work/polar.conf" "$destdir"
	log "pg_regress: ${tests[*]}"
	cd "$work/in"
	as_server_user timeout -k 30 "$SUITE_TIMEOUT" "$PG_REGRESS_BIN" \
		--bindir="$PG_BINDIR" --inputdir="$work/in" --outputdir="$work/out" \
		--temp-instance="$work/instance" --temp-config="$work/polar.conf" \
		--port="$REGRESS_PORT" --encoding=UTF8 --no-locale --dbname=contrib_regression \
		"${tests[@]}" || {
		note_timeout $?
		report_regress_failure "$work/out"
		return 1
	}
}

suite_isolation() {
	local -a tests
	mapfile -t tests < <(sorted_names "$REPO_ROOT/test/isolation/specs" spec)
	((${#tests[@]})) || skip_suite "no test/isolation/specs/*.spec"

	local work destdir
	new_workdir work isolation
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	copy_dirs "$REPO_ROOT/test/isolation" "$work/in" specs expected
	write_polar_conf "$work/polar.conf" "$destdir"
	log "pg_isolation_regress: ${tests[*]}"
	cd "$work/in"
	as_server_user timeout -k 30 "$SUITE_TIMEOUT" "$PG_ISOLATION_REGRESS_BIN" \
		--bindir="$PG_BINDIR" --inputdir="$work/in" --outputdir="$work/out" \
		--temp-instance="$work/instance" --temp-config="$work/polar.conf" \
		--port="$ISOLATION_PORT" --encoding=UTF8 --no-locale --dbname=isolation_regression \
		"${tests[@]}" || {
		note_timeout $?
		report_regress_failure "$work/out"
		return 1
	}
}

suite_tap() {
	local -a tests
	mapfile -t tests < <(sorted_names "$REPO_ROOT/test/tap/t" pl)
	# POLAR_TAP_TESTS="021_kill_mid_write 030_dump_restore": only these (while working on them).
	if [[ -n ${POLAR_TAP_TESTS:-} ]]; then read -ra tests <<<"$POLAR_TAP_TESTS"; fi
	((${#tests[@]})) || skip_suite "no test/tap/t/*.pl"

	local work destdir
	new_workdir work tap
	use_private_tmpdir "$work"
	destdir=$(stage_install "$work")
	copy_dirs "$REPO_ROOT/test" "$work" tap
	write_polar_conf "$work/polar.conf" "$destdir"
	local -a files=()
	local t
	for t in "${tests[@]}"; do files+=("t/$t.pl"); done
	log "prove: ${files[*]}"
	cd "$work/tap"
	# PostgreSQL::Test::Utils/Cluster need: initdb & co. on PATH (as_server_user), PG_REGRESS
	# (used by init for --config-auth), TESTDIR (tmp_check/ with logs and port locks goes there),
	# IPC::Run. PolarTest.pm reads POLAR_CONF (lines appended to every node's postgresql.conf).
	as_server_user \
		PERL5LIB="$PG_TAP_PERL_DIR:$work/tap" \
		PG_REGRESS="$PG_REGRESS_BIN" \
		TESTDIR="$work/tap" \
		PG_TEST_TIMEOUT_DEFAULT="${PG_TEST_TIMEOUT_DEFAULT:-180}" \
		POLAR_CONF="$work/polar.conf" \
		POLAR_INSTALL_DIR="$destdir" \
		timeout -k 30 "$SUITE_TIMEOUT" prove --timer "${files[@]}" || {
		note_timeout $?
		local log
		for log in "$work"/tap/tmp_check/log/regress_log_*; do
			show_file "$log" 300
		done
		save_outputs "$work/tap/tmp_check/log"
		return 1
	}
}

register_suite unit
register_suite regress needs_build
register_suite isolation needs_build
register_suite tap needs_build

# Suites added in separate files (each defines suite_NAME and calls register_suite).
for _suite_file in "$SCRIPTS_DIR"/suites/*.sh; do
	# shellcheck source=/dev/null
	[[ -e $_suite_file ]] && source "$_suite_file"
done
unset _suite_file

# ---------------------------------------------------------------------------------------------
# Runner

declare -A RESULT=() DURATION=()
CURRENT_SUITE=

run_suite() {
	local name=$1 start rc
	CURRENT_SUITE=$name
	section "suite: $name"
	rm -rf "${OUTPUT_ROOT:?}/$name"
	start=$SECONDS
	if [[ ${SUITE_NEEDS_BUILD[$name]} == 1 && $BUILD_OK != 1 ]]; then
		log "FAIL: not run, the build failed"
		rc=1
	else
		# A subshell per suite: `cd`, `exit` and set -e failures stay inside, and the
		# suite's throwaway directories are removed when it ends.
		set +e
		(
			set -euo pipefail
			new_cleanup_scope
			"suite_$name"
		)
		rc=$?
		set -e
	fi
	DURATION[$name]=$((SECONDS - start))
	case $rc in
	0) RESULT[$name]=PASS ;;
	77) RESULT[$name]=SKIP ;;
	*) RESULT[$name]=FAIL ;;
	esac
	log "suite $name: ${RESULT[$name]} (${DURATION[$name]}s)"
}

print_summary() {
	local name passed=0 failed=0 skipped=0
	section "summary"
	if [[ -n $BUILD_STATUS ]]; then
		printf '  %-12s %-5s %5ss\n' build "$BUILD_STATUS" "$BUILD_SECONDS"
	fi
	for name in "${SELECTED[@]}"; do
		printf '  %-12s %-5s %5ss\n' "$name" "${RESULT[$name]}" "${DURATION[$name]}"
		case ${RESULT[$name]} in
		PASS) passed=$((passed + 1)) ;;
		SKIP) skipped=$((skipped + 1)) ;;
		*) failed=$((failed + 1)) ;;
		esac
	done
	printf '  %-12s %11ss\n' total "$SECONDS"
	printf '\nsuites: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
	((failed == 0))
}

usage() {
	sed -n '2,18s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

main() {
	local do_setup=1 do_build=1 arg name
	SELECTED=()
	for arg in "$@"; do
		case "$arg" in
		--no-setup) do_setup=0 ;;
		--no-build) do_build=0 ;;
		--keep-tmp) export POLAR_KEEP_TMP=1 ;;
		--list)
			printf '%s\n' "${ALL_SUITES[@]}"
			return 0
			;;
		-h | --help)
			usage
			return 0
			;;
		-*) die "unknown option: $arg (see --help)" ;;
		*)
			declare -F "suite_$arg" >/dev/null || die "unknown suite: $arg (known: ${ALL_SUITES[*]})"
			SELECTED+=("$arg")
			;;
		esac
	done
	((${#SELECTED[@]})) || SELECTED=("${ALL_SUITES[@]}")

	log "pg_polar tests: ${SELECTED[*]} (repo: $REPO_ROOT, server user: $SERVER_USER)"

	if ((do_setup)); then
		section "setup"
		bash "$SCRIPTS_DIR/setup.sh"
	fi

	BUILD_OK=1 BUILD_STATUS='' BUILD_SECONDS=0
	local needs_build=0
	for name in "${SELECTED[@]}"; do
		[[ ${SUITE_NEEDS_BUILD[$name]} == 1 ]] && needs_build=1
	done
	if ((needs_build && do_build)); then
		section "build"
		local start=$SECONDS
		if bash "$SCRIPTS_DIR/build.sh"; then
			BUILD_STATUS=PASS
		else
			BUILD_STATUS=FAIL BUILD_OK=0
		fi
		BUILD_SECONDS=$((SECONDS - start))
	fi

	for name in "${SELECTED[@]}"; do
		run_suite "$name"
	done

	print_summary
}

main "$@"
