#!/usr/bin/env bash
# Installs the Debian packages needed to build and test pg_polar, if any are missing.
# Idempotent: does nothing (and needs no privileges) when everything is already installed.
# As root it calls apt-get directly; otherwise through sudo.
#
#   scripts/setup.sh            install what is missing
#   scripts/setup.sh --check    only report what is missing (exit 1 if anything is)
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PACKAGES=(
	"postgresql-$PG_MAJOR"            # the server (initdb, postgres, pg_ctl)
	"postgresql-server-dev-$PG_MAJOR" # PGXS and server headers
	"postgresql-client-$PG_MAJOR"     # psql, pg_regress, pg_isolation_regress, TAP modules
	libipc-run-perl                   # needed by PostgreSQL::Test::Utils
	perl                              # prove
	make
	g++
	cmake
	libgtest-dev
	libpq-dev                         # the differential tester's client
	clang                             # the libFuzzer target (fuzz suite)
	libclang-rt-14-dev                # libFuzzer and sanitizer runtimes
	nlohmann-json3-dev                # JSON in the core and the differential tester (header-only)
	python3-psycopg python3-psycopg-pool python3-psycopg2 # the Python client (clients/python)
	python3-pytest python3-sqlalchemy python3-flask python3-mypy # its tests (python_client suite)
	nodejs # the GitCloud Actions service and its npm ci (examples/gitcloud, gitcloud suite)
)

# npm packages, from committed lockfiles (npm ci), for the directories listed here.
NPM_DIRS=(examples/gitcloud)

install_npm_dirs() {
	local d
	for d in "${NPM_DIRS[@]}"; do
		[[ $REPO_ROOT/$d/node_modules/.package-lock.json -nt $REPO_ROOT/$d/package-lock.json ]] && continue
		log "setup: npm ci in $d"
		(cd "$REPO_ROOT/$d" && npm ci --no-audit --no-fund)
	done
}

is_installed() {
	[[ $(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true) == installed ]]
}

missing_packages() {
	local pkg
	for pkg in "${PACKAGES[@]}"; do
		is_installed "$pkg" || printf '%s\n' "$pkg"
	done
}

apt_get() {
	if is_root; then
		DEBIAN_FRONTEND=noninteractive apt-get "$@"
	elif command -v sudo >/dev/null; then
		sudo DEBIAN_FRONTEND=noninteractive apt-get "$@"
	else
		die "packages are missing and this is neither root nor has sudo: apt-get $*"
	fi
}

main() {
	local check_only=0
	case "${1:-}" in
	--check) check_only=1 ;;
	"") ;;
	*) die "usage: $0 [--check]" ;;
	esac

	local -a missing
	mapfile -t missing < <(missing_packages)
	if ((${#missing[@]} == 0)); then
		log "setup: all required packages are installed"
		((check_only)) || install_npm_dirs
		return 0
	fi
	if ((check_only)); then
		log "setup: missing packages: ${missing[*]}"
		return 1
	fi

	log "setup: installing ${missing[*]}"
	apt_get update -q
	apt_get install -y -q --no-install-recommends "${missing[@]}"

	mapfile -t missing < <(missing_packages)
	((${#missing[@]} == 0)) || die "still missing after apt-get: ${missing[*]}"
	install_npm_dirs
	log "setup: done"
}

main "$@"
