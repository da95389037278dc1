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
	nodejs                            # the Node client (clients/node), the GitCloud Actions service
	chromium                          # the GitCloud page's browser test (playwright-core drives it)
)
# npm: Debian's package, unless the installed nodejs (e.g. NodeSource's) already ships npm.
command -v npm >/dev/null || PACKAGES+=(npm)

# npm dependencies, from each directory's committed lockfile (npm ci), installed again only when
# the lockfile changed since the last install (the stamp is in node_modules, which git ignores).
NPM_DIRS=(clients/node examples/gitcloud)
NPM_STAMP=node_modules/.pg_polar-lock.sha256
npm_deps_current() { # DIR
	[[ -f $REPO_ROOT/$1/$NPM_STAMP ]] &&
		sha256sum <"$REPO_ROOT/$1/package-lock.json" | cmp -s - "$REPO_ROOT/$1/$NPM_STAMP"
}
npm_deps_missing() { # prints the directories whose npm dependencies need npm ci
	local d
	for d in "${NPM_DIRS[@]}"; do npm_deps_current "$d" || echo "$d"; done
}
npm_deps_install() {
	local d
	for d in $(npm_deps_missing); do
		log "setup: npm ci in $d"
		(cd "$REPO_ROOT/$d" && npm ci --no-audit --no-fund --loglevel=error)
		sha256sum <"$REPO_ROOT/$d/package-lock.json" >"$REPO_ROOT/$d/$NPM_STAMP"
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
		if ((check_only)); then
			local stale
			stale=$(npm_deps_missing)
			[[ -z $stale ]] || {
				log "setup: npm ci needed in: $stale"
				return 1
			}
			return 0
		fi
		npm_deps_install
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
	npm_deps_install
	log "setup: done"
}

main "$@"
