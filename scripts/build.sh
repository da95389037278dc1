#!/usr/bin/env bash
# Builds the pg_polar extension (PGXS, top-level Makefile) in the checkout and installs it into
# build/install with `make install DESTDIR=...` — never into the system PostgreSQL directories.
#
#   scripts/build.sh            build + private install
#   scripts/build.sh --strict   same, but fail if the compiler printed any warning
#   scripts/build.sh --clean    `make clean` first
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
	sed -n '2,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

run_make() {
	make -C "$REPO_ROOT" --no-print-directory PG_CONFIG="$PG_CONFIG" "$@"
}

# The module is linked with undefined symbols allowed (PostgreSQL's come from the server), so a
# C++ function that is declared but never defined only shows up when the server loads the
# module. Catch it here: undefined C++ symbols without a version (i.e. not from libstdc++).
check_unresolved_cxx_symbols() {
	local so=$REPO_ROOT/pg_polar.so missing
	command -v nm >/dev/null || return 0
	missing=$(nm -D -u "$so" | awk '$1 == "U" && $2 ~ /^_Z/ && $2 !~ /@/ { print $2 }')
	if [[ -n $missing ]]; then
		printf '%s\n' "$missing" | c++filt | sed 's/^/    /' >&2
		die "build: pg_polar.so references C++ symbols that nothing defines (listed above); the server could not load it"
	fi
}

main() {
	local strict=0 clean=0 arg
	for arg in "$@"; do
		case "$arg" in
		--strict) strict=1 ;;
		--clean) clean=1 ;;
		-h | --help)
			usage
			return 0
			;;
		*) die "unknown argument: $arg (see --help)" ;;
		esac
	done

	[[ -x $PG_CONFIG ]] || die "$PG_CONFIG not found: run scripts/setup.sh"
	mkdir -p "$BUILD_DIR"
	local make_log=$BUILD_DIR/make.log

	if ((clean)); then
		log "build: make clean"
		run_make clean >/dev/null
		mkdir -p "$BUILD_DIR"
	fi

	log "build: make -j$JOBS (PG_CONFIG=$PG_CONFIG)"
	if ! run_make -j"$JOBS" 2>&1 | tee "$make_log"; then
		die "build: make failed (log: $make_log)"
	fi

	local warnings
	warnings=$(grep -c 'warning:' "$make_log" || true)
	if ((warnings > 0)); then
		warn "build: $warnings compiler warning(s), see $make_log"
		((strict == 0)) || die "build: --strict and the compiler printed warnings"
	fi

	check_unresolved_cxx_symbols

	log "build: make install DESTDIR=$INSTALL_DIR"
	rm -rf "$INSTALL_DIR"
	run_make install DESTDIR="$INSTALL_DIR" >"$BUILD_DIR/make-install.log" 2>&1 || {
		cat "$BUILD_DIR/make-install.log" >&2
		die "build: make install failed"
	}
	require_install
	log "build: installed into $INSTALL_DIR"
}

main "$@"
