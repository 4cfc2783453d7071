# Sourced by tools/demo.sh and tools/bench.sh: build and install harden, and
# run a throwaway PostgreSQL server in a temporary directory for the length of
# the calling script. The server refuses to run as root, so as root it runs as
# the postgres OS user; it listens only on a Unix socket inside its own
# directory, so it never collides with another server's port.
#
# With HARDEN_PGROOT set to a root made by tools/pgroot.sh (PostgreSQL 17 or
# 18, see tools/test.sh), the server is that root's: its programs run through
# the root's wrappers (as the root's postgres user), its directory is under
# the root's /tmp, and clients on this host reach it over that socket.

PG_CONFIG=${PG_CONFIG:-pg_config}
if [ -n "${HARDEN_PGROOT:-}" ]; then
  PG_CONFIG=$HARDEN_PGROOT/.harden/bin/pg_config
elif [ -x /usr/lib/postgresql/15/bin/pg_config ] && [ "$PG_CONFIG" = pg_config ]; then
  # Debian: /usr/bin/pg_config names the newest client, not the server harden targets.
  PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
fi
export PG_CONFIG

# Builds the install script and installs the extension into the server's share
# dir. As a normal user, sudo is used only when the installed copy is stale.
harden_install() {
  if [ -n "${HARDEN_PGROOT:-}" ]; then
    # Built here with the server's own paths, installed into the root.
    make -s PG_CONFIG="$HARDEN_PGROOT/.harden/pg_config-build"
    make -s install PG_CONFIG="$HARDEN_PGROOT/.harden/pg_config-build" DESTDIR="$HARDEN_PGROOT"
    return
  fi
  make -s PG_CONFIG="$PG_CONFIG"
  if [ "$(id -u)" -eq 0 ]; then
    make -s install PG_CONFIG="$PG_CONFIG"
    return
  fi
  local version share
  version=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\(.*\)'/\1/p" harden.control)
  share=$("$PG_CONFIG" --sharedir)/extension
  if cmp -s "extension/harden--$version.sql" "$share/harden--$version.sql" \
     && diff -rq -x __pycache__ python_lib/harden "$share/harden/$version/harden" >/dev/null 2>&1; then
    return
  fi
  echo "== installing harden $version into $share (sudo)"
  sudo make -s install PG_CONFIG="$PG_CONFIG"
}

# The repository's .venv (psycopg and friends), created as make test does.
harden_venv() {
  if [ ! -x .venv/bin/python ]; then
    echo "== creating .venv"
    python3 -m venv .venv
    .venv/bin/pip install -q --disable-pip-version-check -r tests/requirements.txt
  fi
}

# pgtmp_start [postgres -c settings...]: starts the server and exports PGHOST,
# PGPORT, PGUSER and PGDATABASE for psql and psycopg. The EXIT trap stops it
# and removes its directory, whatever way the script ends. With
# PGTMP_CALLGRIND=1 the server runs under valgrind's callgrind, which writes
# each process's instruction count into $PGTMP_CALLGRIND_DIR/cg.<pid> when it
# exits (bench/guard_instructions.py).
pgtmp_start() {
  local bindir opts s postgres_bin
  bindir=$("$PG_CONFIG" --bindir)
  if [ -n "${HARDEN_PGROOT:-}" ]; then
    PGTMP_DIR=$(mktemp -d "$HARDEN_PGROOT/tmp/harden-pg.XXXXXX")
    chown "$(awk -F: '$1 == "postgres" { print $3 ":" $4 }' "$HARDEN_PGROOT/etc/passwd")" "$PGTMP_DIR"
    PGTMP_AS=()  # the wrappers run as the root's postgres user
    export PGUSER=postgres
  elif [ "$(id -u)" -eq 0 ]; then
    PGTMP_DIR=$(mktemp -d /tmp/harden-pg.XXXXXX)
    chown postgres: "$PGTMP_DIR"
    PGTMP_AS=(runuser -u postgres --)
    export PGUSER=postgres
  else
    PGTMP_DIR=$(mktemp -d /tmp/harden-pg.XXXXXX)
    PGTMP_AS=()
    export PGUSER
    PGUSER=$(id -un)
  fi
  PGTMP_CTL="$bindir/pg_ctl"
  trap pgtmp_stop EXIT
  trap 'exit 130' INT TERM
  "${PGTMP_AS[@]}" "$bindir/initdb" -D "$PGTMP_DIR/data" -U "$PGUSER" --auth=trust \
    -E UTF8 --no-locale --no-sync >"$PGTMP_DIR/initdb.log" 2>&1 \
    || { cat "$PGTMP_DIR/initdb.log" >&2; return 1; }
  opts="-c listen_addresses= -c unix_socket_directories=$PGTMP_DIR -c port=5432 -c fsync=off"
  for s in "$@"; do opts="$opts -c $s"; done
  postgres_bin=$bindir/postgres
  if [ -n "${PGTMP_CALLGRIND:-}" ]; then
    [ -z "${HARDEN_PGROOT:-}" ] || { echo "PGTMP_CALLGRIND: only for the host's PostgreSQL" >&2; return 1; }
    export PGTMP_CALLGRIND_DIR=$PGTMP_DIR/callgrind
    mkdir "$PGTMP_CALLGRIND_DIR"
    postgres_bin=$PGTMP_DIR/postgres-callgrind
    printf '#!/bin/sh\nexec valgrind --tool=callgrind --trace-children=yes --vgdb=no --callgrind-out-file=%s/cg.%%p %s "$@"\n' \
      "$PGTMP_CALLGRIND_DIR" "$bindir/postgres" >"$postgres_bin"
    chmod 755 "$postgres_bin"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$PGTMP_CALLGRIND_DIR" "$postgres_bin"; fi
  fi
  # A root's pg_ctl finds its own postgres; -p would name the host's wrapper.
  [ -z "${HARDEN_PGROOT:-}" ] || postgres_bin=/usr/lib/postgresql/$("$PG_CONFIG" --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/')/bin/postgres
  "${PGTMP_AS[@]}" "$PGTMP_CTL" -D "$PGTMP_DIR/data" -l "$PGTMP_DIR/server.log" -p "$postgres_bin" -w -s -o "$opts" start \
    || { cat "$PGTMP_DIR/server.log" >&2; return 1; }
  export PGHOST=$PGTMP_DIR PGPORT=5432 PGDATABASE=postgres
  # A root's programs see only the root's files: clients (psql -f FILE) stay
  # the host's, which talk to a newer server as well.
  [ -n "${HARDEN_PGROOT:-}" ] || export PATH="$bindir:$PATH"
  unset PGHOSTADDR PGSERVICE PGPASSWORD
}

# pgtmp_shutdown: stops the server and removes its directory; a script may
# then start another.
pgtmp_shutdown() {
  if [ -n "${PGTMP_DIR:-}" ] && [ -d "$PGTMP_DIR" ]; then
    "${PGTMP_AS[@]}" "$PGTMP_CTL" -D "$PGTMP_DIR/data" -m fast -s stop >/dev/null 2>&1 || true
    # Under callgrind a backend may still be writing its profile when the
    # server has stopped: a few tries, then the error.
    local try
    for try in 1 2 3 4 5; do
      rm -rf "$PGTMP_DIR" 2>/dev/null && break
      sleep 1
    done
    [ ! -e "$PGTMP_DIR" ] || rm -rf "$PGTMP_DIR"
  fi
  PGTMP_DIR=
}

pgtmp_stop() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ -n "${PGTMP_DIR:-}" ] && [ -f "$PGTMP_DIR/server.log" ]; then
    echo "== server log (last 30 lines)" >&2
    tail -30 "$PGTMP_DIR/server.log" >&2
  fi
  pgtmp_shutdown
  exit "$rc"
}
