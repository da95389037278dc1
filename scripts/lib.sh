# shellcheck shell=bash
# Shared helpers for the pg_polar scripts. Source it; do not run it.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# What it gives:
#   - paths: REPO_ROOT, BUILD_DIR, INSTALL_DIR (make install DESTDIR), PG_BINDIR, PG_CONFIG
#   - messages: log, warn, die, section
#   - as_server_user: run a command as the PostgreSQL server user (postgres when root)
#   - new_workdir: a throwaway directory under /tmp, owned by the server user, removed on exit
#   - stage_install / write_polar_conf: copy the private install where the server user can
#     read it and write the extension_destdir settings that point a server at it
#   - pg_temp_*: a throwaway cluster (initdb, start, psql, stop) on a private socket directory
#
# Nothing here ever writes into the system PostgreSQL directories.

PG_MAJOR=15
PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=${PG_CONFIG:-$PG_BINDIR/pg_config}

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=$REPO_ROOT/build
INSTALL_DIR=$BUILD_DIR/install

# Parallelism for builds: all cores.
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# A clean, predictable environment for everything below: no PGHOST/PGPORT/PGDATABASE/...
# inherited from the caller's shell (PG_CONFIG and other PG_* names are left alone).
while read -r _var; do
	unset "$_var"
done < <(compgen -e | grep -E '^PG[A-Z]' || true)
unset _var

# ---------------------------------------------------------------------------------------------
# Messages

log() { printf '==> %s\n' "$*"; }
warn() { printf '==> WARNING: %s\n' "$*" >&2; }
die() {
	printf '==> ERROR: %s\n' "$*" >&2
	exit 1
}
section() {
	printf '\n'
	printf '=%.0s' {1..78}
	printf '\n=== %s\n' "$*"
	printf '=%.0s' {1..78}
	printf '\n'
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# ---------------------------------------------------------------------------------------------
# Running things as the server user

# initdb and postgres refuse to run as root: as root, server-side commands run as `postgres`;
# as any other user, they run as that user.
if is_root; then
	SERVER_USER=${POLAR_SERVER_USER:-postgres}
else
	SERVER_USER=$(id -un)
fi

# The PATH given to server-side commands: PostgreSQL 15 first, nothing from the caller's.
SERVER_PATH=$PG_BINDIR:/usr/local/bin:/usr/bin:/bin

# TMPDIR for server-side commands (pg_regress socket dirs, TAP socket dirs, ...); see
# use_private_tmpdir.
SERVER_TMPDIR=/tmp

# as_server_user [VAR=value ...] command [args...]
# Runs the command as SERVER_USER with a fixed PATH, locale and TMPDIR; leading VAR=value words
# are passed on as environment variables (this goes through env(1)).
as_server_user() {
	local -a base_env=("PATH=$SERVER_PATH" "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "TMPDIR=$SERVER_TMPDIR")
	if is_root; then
		runuser -u "$SERVER_USER" -- env "${base_env[@]}" "$@"
	else
		env "${base_env[@]}" "$@"
	fi
}

# Give a path to the server user (no-op unless root).
give_to_server_user() {
	if is_root; then
		chown -R "$SERVER_USER:" "$@"
	fi
}

# ---------------------------------------------------------------------------------------------
# Throwaway directories and cleanup

# Directories to tear down at exit (servers inside are stopped first, then they are removed).
_POLAR_WORKDIRS=()

# new_workdir VAR NAME: create /tmp/pg_polar-NAME.XXXXXX (readable by the server user) and store
# its path in VAR. It is removed when the script (or subshell scope) exits unless POLAR_KEEP_TMP=1.
new_workdir() {
	local __var=$1 name=$2 dir
	dir=$(mktemp -d "/tmp/pg_polar-$name.XXXXXX")
	chmod 755 "$dir"
	give_to_server_user "$dir"
	_POLAR_WORKDIRS+=("$dir")
	printf -v "$__var" '%s' "$dir"
}

# use_private_tmpdir DIR: from now on server-side commands get TMPDIR=DIR/tmp, so temporary
# socket directories and the like are removed with DIR even if a test is killed.
use_private_tmpdir() {
	mkdir -p "$1/tmp"
	give_to_server_user "$1/tmp"
	SERVER_TMPDIR=$1/tmp
}

# keep_workdir DIR: do not remove DIR (nor stop its servers) at exit.
keep_workdir() {
	local keep=$1 d
	local -a rest=()
	for d in "${_POLAR_WORKDIRS[@]}"; do
		[[ $d == "$keep" ]] || rest+=("$d")
	done
	_POLAR_WORKDIRS=("${rest[@]}")
}

# Stop (immediate mode) every postmaster whose data directory lies under DIR.
stop_servers_under() {
	local dir=$1 pidfile
	[[ -d $dir ]] || return 0
	while IFS= read -r pidfile; do
		as_server_user pg_ctl -D "$(dirname "$pidfile")" -m immediate -w stop >/dev/null 2>&1 || true
	done < <(find "$dir" -name postmaster.pid -type f 2>/dev/null)
}

_polar_cleanup() {
	local d
	for d in "${_POLAR_WORKDIRS[@]}"; do
		stop_servers_under "$d"
		if [[ ${POLAR_KEEP_TMP:-0} == 1 ]]; then
			log "keeping $d (POLAR_KEEP_TMP=1)"
		else
			rm -rf "$d"
		fi
	done
	_POLAR_WORKDIRS=()
}
install_cleanup_traps() {
	trap _polar_cleanup EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}
install_cleanup_traps

# Start a new cleanup scope at the top of a ( subshell ): the subshell then tears down only the
# directories it creates itself, when it exits.
new_cleanup_scope() {
	_POLAR_WORKDIRS=()
	install_cleanup_traps
}

# ---------------------------------------------------------------------------------------------
# The private install (build/install, made by scripts/build.sh) and how a server finds it

# The DESTDIR-prefixed directories that `make install DESTDIR=...` fills.
pg_sharedir() { "$PG_CONFIG" --sharedir; }
pg_pkglibdir() { "$PG_CONFIG" --pkglibdir; }

require_install() {
	[[ -f $INSTALL_DIR$(pg_sharedir)/extension/pg_polar.control ]] ||
		die "no private install in $INSTALL_DIR: run scripts/build.sh first"
}

# stage_install DIR: copy build/install to DIR/install (readable by the server user, whatever the
# permissions of the checkout's parent directories) and print that path.
stage_install() {
	local dest=$1/install
	require_install
	rm -rf "$dest"
	cp -a "$INSTALL_DIR" "$dest"
	give_to_server_user "$dest"
	printf '%s\n' "$dest"
}

# polar_conf DESTDIR: the postgresql.conf lines that make a server use the private install.
# Debian's extension_destdir is prepended to the control/script lookup and to `$libdir/...` module
# paths (module_pathname is '$libdir/pg_polar'); dynamic_library_path also covers bare names
# such as LOAD 'pg_polar' or shared_preload_libraries = 'pg_polar'.
polar_conf() {
	local destdir=$1
	printf "extension_destdir = '%s'\n" "$destdir"
	printf "dynamic_library_path = '\$libdir:%s%s'\n" "$destdir" "$(pg_pkglibdir)"
}

# write_polar_conf FILE DESTDIR
write_polar_conf() {
	polar_conf "$2" >"$1"
	give_to_server_user "$1"
}

# ---------------------------------------------------------------------------------------------
# A throwaway cluster: PGT_DIR/{data,sock,server.log}, Unix socket only (no TCP), private port.

PGT_DIR=
PGT_PORT=
PGT_SOCK=

# pg_temp_init DIR PORT DESTDIR: initdb in DIR/data and point it at the private install.
pg_temp_init() {
	PGT_DIR=$1
	PGT_PORT=$2
	PGT_SOCK=$PGT_DIR/sock
	local destdir=$3
	mkdir -p "$PGT_SOCK"
	give_to_server_user "$PGT_SOCK"
	as_server_user initdb -D "$PGT_DIR/data" -A trust -U postgres -E UTF8 --no-locale --no-sync \
		>"$PGT_DIR/initdb.log" 2>&1 || {
		cat "$PGT_DIR/initdb.log" >&2
		die "initdb failed"
	}
	{
		printf '\n# Added by scripts/lib.sh (pg_temp_init)\n'
		printf "listen_addresses = ''\n"
		printf "port = %s\n" "$PGT_PORT"
		printf "unix_socket_directories = '%s'\n" "$PGT_SOCK"
		printf "fsync = off\n"
		polar_conf "$destdir"
	} >>"$PGT_DIR/data/postgresql.conf"
}

pg_temp_start() {
	as_server_user pg_ctl -D "$PGT_DIR/data" -l "$PGT_DIR/server.log" -w -t 60 start >/dev/null || {
		cat "$PGT_DIR/server.log" >&2 || true
		die "the throwaway server did not start"
	}
}

pg_temp_stop() {
	as_server_user pg_ctl -D "$PGT_DIR/data" -m fast -w stop >/dev/null
}

# pg_temp_psql [psql args...]: psql as the postgres role on the throwaway cluster.
pg_temp_psql() {
	as_server_user psql -X -h "$PGT_SOCK" -p "$PGT_PORT" -U postgres "$@"
}

# The command a person would type to reach the throwaway cluster.
pg_temp_connect_hint() {
	local prefix=
	is_root && prefix="runuser -u $SERVER_USER -- "
	printf '%s%s/psql -h %s -p %s -U postgres -d %s\n' "$prefix" "$PG_BINDIR" "$PGT_SOCK" "$PGT_PORT" "${1:-postgres}"
}
