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
	libyaml-cpp-dev libcli11-dev      # pg-polar, the command-line client (src/cli)
	python3-psycopg python3-psycopg-pool python3-psycopg2 # the Python client (clients/python)
	python3-pytest python3-sqlalchemy python3-flask python3-mypy # its tests (python_client suite)
	nodejs                            # the Node client (clients/node) and its tests (node_client suite)
)
# npm: Debian's package, unless the installed nodejs (e.g. NodeSource's) already ships npm.
command -v npm >/dev/null || PACKAGES+=(npm)

# The Node client's npm dependencies, from its committed lockfile (npm ci), when the lockfile
# changed since the last install (the stamp is in node_modules, which git ignores).
NODE_CLIENT_DIR=$REPO_ROOT/clients/node
node_deps_current() {
	[[ -f $NODE_CLIENT_DIR/node_modules/.pg_polar-lock.sha256 ]] &&
		sha256sum <"$NODE_CLIENT_DIR/package-lock.json" | cmp -s - "$NODE_CLIENT_DIR/node_modules/.pg_polar-lock.sha256"
}
node_deps_install() {
	node_deps_current && return 0
	log "setup: npm ci in clients/node"
	(cd "$NODE_CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error)
	sha256sum <"$NODE_CLIENT_DIR/package-lock.json" >"$NODE_CLIENT_DIR/node_modules/.pg_polar-lock.sha256"
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
		if ((check_only)); then
			node_deps_current || {
				log "setup: clients/node needs npm ci"
				return 1
			}
			return 0
		fi
		node_deps_install
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
	node_deps_install
	log "setup: done"
}

main "$@"
