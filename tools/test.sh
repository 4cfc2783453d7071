#!/usr/bin/env bash
# make test [PG=15|17|18]: from a clean clone on Debian 12, as root (or, for
# PostgreSQL 15 alone, as a user with the packages already installed).
# Installs what is missing, then for each PostgreSQL version builds and
# installs the extension, runs pg_regress and the pytest suite on real servers.
#
# 15 is the host's (Debian 12) packages: installed with the PGXN client
# (pgxn install), pg_regress through `pgxn check`. 17 and 18 come from Debian
# roots that tools/pgroot.sh builds once with debootstrap and caches outside
# the work tree: the extension is built here and installed into the root, and
# pg_regress runs inside it; pytest runs here against servers started inside
# the root (tests/python/pg_under_test.py). Every version is tested even if
# one fails; the exit status is non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS=${PG:-15 17 18}
for v in $VERSIONS; do
  case $v in 15|17|18) ;; *) echo "make test: PG=$v: supported versions are 15, 17 and 18" >&2; exit 2 ;; esac
done
roots=""
for v in $VERSIONS; do [ "$v" = 15 ] || roots="$roots $v"; done

# chromium: tests/python/test_cli.py opens the HTML report in it.
PACKAGES="postgresql-15 postgresql-plpython3-15 postgresql-server-dev-15 postgresql-15-pgaudit python3-venv make gcc chromium"
[ -z "$roots" ] || PACKAGES="$PACKAGES debootstrap debian-archive-keyring"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ] || [ -n "$roots" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    [ -z "$missing" ] || echo "make test: missing packages:$missing (install them as root, or run make test as root)" >&2
    [ -z "$roots" ] || echo "make test: PostgreSQL$roots run in chroots: run make test as root, or PG=15" >&2
    exit 1
  fi
fi
if [ -n "$missing" ]; then
  echo "== installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

# Made again when tests/requirements.txt changes.
if ! cmp -s tests/requirements.txt .venv/requirements.txt; then
  echo "== creating .venv"
  rm -rf .venv
  /usr/bin/python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r tests/requirements.txt
  cp tests/requirements.txt .venv/requirements.txt
fi

# The roots build concurrently (a few minutes each on a new machine, then cached).
declare -A ROOT
if [ -n "$roots" ]; then
  echo "== PostgreSQL roots:$roots (tools/pgroot.sh)"
  paths=$(mktemp -d /tmp/harden-pgroots.XXXXXX)
  pids=()
  for v in $roots; do
    bash tools/pgroot.sh "$v" >"$paths/$v" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  for v in $roots; do ROOT[$v]=$(cat "$paths/$v"); done
  rm -rf "$paths"
fi

# Servers a run left behind in a root (an interrupted run): stopped, removed.
clean_root() {
  local root=$1 pid
  for pid in "$root"/tmp/harden-*/data/postmaster.pid; do
    [ -f "$pid" ] || continue
    "$root/.harden/bin/pg_ctl" -D "${pid%/postmaster.pid}" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$root"/tmp/harden-*
}
cleanup() {
  local v
  for v in "${!ROOT[@]}"; do clean_root "${ROOT[$v]}"; done
  rm -rf "${results:-}"
}
trap cleanup EXIT

export PYTHONDONTWRITEBYTECODE=1
results=$(mktemp -d /tmp/harden-results.XXXXXX)
failed=""

# pytest runs as this user: the server's programs switch to the server's OS
# user themselves (tests/python/pg_under_test.py).
run_pytest() {
  local v=$1; shift
  echo "== pytest on PostgreSQL $v"
  .venv/bin/python -m pytest -p no:cacheprovider --junitxml="$results/pytest-$v.xml" tests/python "$@"
}

test_15() {
  export PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
  # The built script embeds PG_CONFIG's paths: built again for each version.
  make -s clean PG_CONFIG="$PG_CONFIG" >/dev/null
  # Built and installed by the PGXN client, the way PGXN users get harden (it
  # runs make and make install here; tests/python/test_packaging.py checks
  # META.json and loads the extension through it with `pgxn load`).
  echo "== PostgreSQL 15 (this host): build and install (pgxn install ./)"
  local sudo_opt=""
  [ "$(id -u)" -eq 0 ] || sudo_opt="--sudo"
  .venv/bin/pgxn install $sudo_opt --pg_config "$PG_CONFIG" ./ >/dev/null
  # `pgxn check` runs make installcheck against pg_virtualenv's throwaway server.
  echo "== pg_regress on PostgreSQL 15 (pgxn check ./)"
  rm -rf results regression.diffs regression.out
  pg_virtualenv -t -v 15 .venv/bin/pgxn check --pg_config "$PG_CONFIG" ./ \
    || { cat regression.diffs 2>/dev/null; return 1; }
  PATH=/usr/lib/postgresql/15/bin:$PATH run_pytest 15 "$@"
}

test_root() {
  local v=$1; shift
  local root=${ROOT[$v]}
  clean_root "$root"
  echo "== PostgreSQL $v (Debian root $root): build here, install into the root"
  make -s clean PG_CONFIG="$root/.harden/pg_config-build" >/dev/null
  make -s PG_CONFIG="$root/.harden/pg_config-build"
  make -s install PG_CONFIG="$root/.harden/pg_config-build" DESTDIR="$root"
  echo "== pg_regress on PostgreSQL $v (make installcheck inside the root)"
  # pg_regress and psql are the root's: they run there, on a copy of the tree.
  rm -rf results regression.diffs regression.out
  (
    export HARDEN_PGROOT=$root
    . tools/throwaway_server.sh
    pgtmp_start
    src=$(mktemp -d "$root/tmp/harden-src.XXXXXX")
    tar -c --exclude=./.git --exclude=./.venv . | tar -x -C "$src"
    rc=0
    chroot "$root" env PGHOST="${PGHOST#"$root"}" PGPORT="$PGPORT" PGUSER="$PGUSER" \
      make -s -C "${src#"$root"}" installcheck PG_CONFIG="/usr/lib/postgresql/$v/bin/pg_config" || rc=$?
    cp -a "$src/results" "$src/regression.out" . 2>/dev/null || true
    cp -a "$src/regression.diffs" . 2>/dev/null && cat regression.diffs
    rm -rf "$src"
    exit "$rc"
  ) || return 1
  HARDEN_PGROOT=$root HARDEN_TEST_PG=$v run_pytest "$v" "$@"
}

for v in $VERSIONS; do
  start=$(date +%s)
  # In the background so that set -e holds inside (it does not in a `... ||` list).
  if [ "$v" = 15 ]; then test_15 "$@" & else test_root "$v" "$@" & fi
  wait $! || failed="$failed $v"
  echo "== PostgreSQL $v: $(( $(date +%s) - start ))s${failed:+ (failed so far:$failed)}"
done

# One closing line over every version's pytest run, and one per version.
python3 - "$results" $VERSIONS <<'EOF'
import sys, xml.etree.ElementTree as ET
total = {"passed": 0, "failed": 0, "skipped": 0}
for v in sys.argv[2:]:
    try:
        suite = ET.parse("%s/pytest-%s.xml" % (sys.argv[1], v)).getroot()
    except (OSError, ET.ParseError):
        print("PostgreSQL %s: pytest did not run" % v)
        total["failed"] += 1
        continue
    suite = suite if suite.tag == "testsuite" else suite.find("testsuite")
    n = {k: int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
    counts = {"passed": n["tests"] - n["failures"] - n["errors"] - n["skipped"],
              "failed": n["failures"] + n["errors"], "skipped": n["skipped"]}
    print("PostgreSQL %s: %d passed, %d failed, %d skipped" % (v, counts["passed"], counts["failed"], counts["skipped"]))
    for k in total:
        total[k] += counts[k]
print("total: %d passed, %d failed, %d skipped" % (total["passed"], total["failed"], total["skipped"]))
EOF
if [ -n "$failed" ]; then
  echo "make test: failed on PostgreSQL$failed" >&2
  exit 1
fi
