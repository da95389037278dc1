# shellcheck shell=bash
# The core and its unit tests built with clang under ASan+UBSan (CMake option POLAR_SANITIZE) in
# a build directory of their own (build/cmake-sanitized), then ctest. Any sanitizer report fails
# the test that triggered it: UBSan findings are not recoverable, ASan aborts on the first error.

suite_unit_sanitized() {
	command -v clang++ >/dev/null || skip_suite "clang++ is not installed"
	local dir=$BUILD_DIR/cmake-sanitized
	if [[ -f $dir/CMakeCache.txt ]] &&
		! grep -qxF "CMAKE_HOME_DIRECTORY:INTERNAL=$REPO_ROOT" "$dir/CMakeCache.txt"; then
		log "removing stale $dir (configured for another source directory)"
		rm -rf "$dir"
	fi
	log "cmake configure ($dir, clang, ASan+UBSan)"
	cmake -S "$REPO_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
		-DPOLAR_SANITIZE=ON >/dev/null
	log "cmake build"
	cmake --build "$dir" -j "$JOBS"
	log "ctest (ASan+UBSan)"
	# detect_leaks: LeakSanitizer too; halt_on_error: the first report ends the test as failed.
	ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:strict_string_checks=1 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --test-dir "$dir" --output-on-failure --timeout 900 -j "$JOBS" || {
		save_outputs "$dir/Testing"
		return 1
	}
}

register_suite unit_sanitized
