# shellcheck shell=bash
# The libFuzzer target over lexer, parser, validator, desugarer and compiler: a short run in
# CI (POLAR_FUZZ_SECONDS, default 60); longer on demand: POLAR_FUZZ_SECONDS=3600 scripts/test.sh fuzz

suite_fuzz() {
	command -v clang++ >/dev/null || skip_suite "clang++ is not installed"
	local work seconds=${POLAR_FUZZ_SECONDS:-60}
	new_workdir work fuzz
	log "building the fuzz target with libFuzzer, ASan and UBSan"
	clang++ -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
		-I"$REPO_ROOT/src/core" "$REPO_ROOT"/src/core/*/*.cpp "$REPO_ROOT/test/fuzz/fuzz_policy.cpp" \
		-o "$work/fuzz_policy"
	mkdir -p "$work/corpus"
	cp "$REPO_ROOT"/test/fuzz/corpus/* "$work/corpus/"
	log "fuzzing for ${seconds}s"
	(cd "$work" && ./fuzz_policy -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 corpus) || {
		mkdir -p "$OUTPUT_ROOT/fuzz"
		cp "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$OUTPUT_ROOT/fuzz/" 2>/dev/null || true
		return 1
	}
}

register_suite fuzz
