#!/usr/bin/env bash
# make test: from a clean clone on Debian 12, as root or as a user with the
# packages already installed. Installs what is missing, builds, installs the
# extension (pgxn install), runs pg_regress (pgxn check) and pytest on real servers.
set -euo pipefail
cd "$(dirname "$0")/.."
PGV=15
PACKAGES="postgresql-$PGV postgresql-plpython3-$PGV postgresql-server-dev-$PGV postgresql-$PGV-pgaudit python3-venv make gcc"

missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "make test: missing packages:$missing (install them as root, or run make test as root)" >&2
    exit 1
  fi
  echo "== installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

export PG_CONFIG=/usr/lib/postgresql/$PGV/bin/pg_config
if [ ! -x .venv/bin/pytest ]; then
  echo "== creating .venv"
  /usr/bin/python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -r tests/requirements.txt
fi

# Built and installed by the PGXN client, the way PGXN users get harden (it
# runs make and make install here; tests/python/test_packaging.py checks
# META.json and loads the extension through it with `pgxn load`).
echo "== build and install (pgxn install ./)"
sudo_opt=""
[ "$(id -u)" -eq 0 ] || sudo_opt="--sudo"
.venv/bin/pgxn install $sudo_opt --pg_config "$PG_CONFIG" ./ >/dev/null

# The server refuses to run as root: as root, servers run as the postgres OS user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- env PATH="$PATH" "$@"; else "$@"; fi
}

# `pgxn check` runs make installcheck against the throwaway server.
echo "== pg_regress (pgxn check ./)"
rm -rf results regression.diffs regression.out
pg_virtualenv -t -v $PGV .venv/bin/pgxn check --pg_config "$PG_CONFIG" ./ || { cat regression.diffs 2>/dev/null; exit 1; }

echo "== pytest"
export PYTHONDONTWRITEBYTECODE=1
tree=$PWD
if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -r "$tree/tests/python/conftest.py"; then
  # A clone under a private directory (e.g. /root): the server's OS user
  # cannot read it, so the tests run from a readable copy.
  tree=$(mktemp -d /tmp/harden-test.XXXXXX)
  cp -a . "$tree"
  chmod -R a+rX "$tree"
  trap 'rm -rf "$tree"' EXIT
fi
cd "$tree"
as_server_user .venv/bin/python -m pytest -p no:cacheprovider tests/python "$@"
