#!/usr/bin/env bash
# tools/pgroot.sh MAJOR: prints the path of a cached Debian root (debootstrap
# minbase) holding PostgreSQL MAJOR with PL/Python, the PGXS build files and
# pgaudit, building it first when it is missing or incomplete. Debian 12
# packages only PostgreSQL 15; newer majors come from later Debian suites in
# the same archive. Run as root. The root is complete only once its stamp
# file, written last, exists; anything else is removed and built again.
#
# The mirror and its keyring are read from the host's own apt configuration,
# so the script names no archive host.
set -euo pipefail

major=${1:?usage: tools/pgroot.sh MAJOR}
case $major in
  17) suite=trixie ;;
  18) suite=sid ;;
  *) echo "pgroot.sh: no Debian suite known for PostgreSQL $major" >&2; exit 2 ;;
esac
[ "$(id -u)" -eq 0 ] || { echo "pgroot.sh: debootstrap and chroot need root" >&2; exit 1; }

cache=${HARDEN_PGROOT_CACHE:-/var/cache/harden}
root=$cache/pgroot-$major
stamp=$root/.harden-pgroot-complete
# Bump when the package list changes, so that cached roots are rebuilt.
recipe="2 $suite postgresql-$major postgresql-plpython3-$major postgresql-server-dev-$major postgresql-$major-pgaudit"

# $root/.harden/bin: one wrapper per PostgreSQL program, which runs it inside
# the root as the root's postgres user (the server refuses root), so that
# tests and scripts on the host use them as they would the host's programs.
# Paths under the root, in arguments, in PGHOST/PGDATA and the working
# directory, are handed over as the root sees them. bin/pg_config answers as
# the host sees the root (bindir: these wrappers; other paths: under the
# root), for pgxn and `make install DESTDIR=$root`; pg_config-build answers
# as the root sees itself but for --pgxs, so that `make` on the host embeds
# the server's own paths in the install script. Rewritten at every call.
write_wrappers() {
  local dir=$root/.harden ids prog
  ids=$(awk -F: '$1 == "postgres" { print $3 ":" $4 }' "$root/etc/passwd")
  [ -n "$ids" ] || { echo "pgroot.sh: no postgres user in $root" >&2; exit 1; }
  rm -rf "$dir"
  mkdir -p "$dir/bin"
  cat >"$dir/run" <<'RUN'
#!/usr/bin/env bash
# Written by tools/pgroot.sh: runs PostgreSQL @MAJOR@'s program named like $0 inside @ROOT@.
set -euo pipefail
root=@ROOT@
bin=/usr/lib/postgresql/@MAJOR@/bin
name=${0##*/}
inside() {
  local p=$1
  if [ "${p#"$root"/}" != "$p" ]; then p=/${p#"$root"/}; fi
  printf '%s' "${p//"$root"\//\/}"
}
args=()
for a in "$@"; do args+=("$(inside "$a")"); done
if [ "$name" = pg_config ] || [ "$name" = pg_config-build ]; then
  out=$(chroot "$root" "$bin/pg_config" "${args[@]}")
  while IFS= read -r line; do
    case "$name:$line" in
      "pg_config:BINDIR = "*) echo "BINDIR = ${0%/*}" ;;
      "pg_config:$bin") echo "${0%/*}" ;;
      pg_config:/*|pg_config-build:*/pgxs.mk) echo "$root$line" ;;
      "pg_config:"*" = /"*) echo "${line%% = *} = $root${line#* = }" ;;
      *) echo "$line" ;;
    esac
  done <<<"$out"
  exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "$0: running PostgreSQL @MAJOR@ from its root needs root (chroot)" >&2; exit 1; }
cwd=/
if [ "${PWD#"$root"/}" != "$PWD" ]; then cwd=/${PWD#"$root"/}; fi
if [ -n "${PGHOST:-}" ]; then PGHOST=$(inside "$PGHOST"); fi
if [ -n "${PGDATA:-}" ]; then PGDATA=$(inside "$PGDATA"); fi
exec chroot --userspec=@IDS@ "$root" env HOME=/var/lib/postgresql --chdir="$cwd" "$bin/$name" "${args[@]}"
RUN
  sed -i -e "s|@ROOT@|$root|g" -e "s|@MAJOR@|$major|g" -e "s|@IDS@|$ids|g" "$dir/run"
  chmod 755 "$dir/run"
  for prog in "$root/usr/lib/postgresql/$major/bin/"*; do
    ln -s ../run "$dir/bin/${prog##*/}"
  done
  ln -s run "$dir/pg_config-build"
}

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$recipe" ]; then
  write_wrappers
  echo "$root"
  exit 0
fi

# The first Debian (not -security, not -updates) archive in the host's apt
# sources, as "URI KEYRING".
host_archive() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    # deb822 stanzas are separated by blank lines.
    awk 'BEGIN { RS = ""; FS = "\n" }
      {
        uri = ""; suites = ""; key = ""; types = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^URIs:/) { uri = $i; sub(/^URIs:[ \t]*/, "", uri); sub(/[ \t].*/, "", uri) }
          if ($i ~ /^Suites:/) { suites = $i }
          if ($i ~ /^Types:/) { types = $i }
          if ($i ~ /^Signed-By:/) { key = $i; sub(/^Signed-By:[ \t]*/, "", key) }
        }
        if (types ~ /[ \t]deb([ \t]|$)/ && suites ~ /[ \t](bookworm|stable)([ \t]|$)/ && uri != "") { print uri, key; exit }
      }' "$f"
  done
  if [ -f /etc/apt/sources.list ]; then
    # deb [signed-by=KEY] URI SUITE COMPONENTS...
    awk '$1 == "deb" {
        key = ""; i = 2
        if ($2 ~ /^\[/) { for (; i <= NF; i++) { if ($i ~ /signed-by=/) { key = $i; sub(/.*signed-by=/, "", key); sub(/\]$/, "", key) } if ($i ~ /\]$/) { i++; break } } }
        if ($(i + 1) ~ /^(bookworm|stable)$/) { print $i, key; exit }
      }' /etc/apt/sources.list
  fi
}

read -r mirror keyring < <(host_archive | head -1) || true
[ -n "${mirror:-}" ] || { echo "pgroot.sh: no Debian archive found in the host's apt sources" >&2; exit 1; }
keyring=${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}

if ! command -v debootstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap debian-archive-keyring >/dev/null
fi

start=$(date +%s)
echo "== building $root (PostgreSQL $major from Debian $suite)" >&2
# A root left by an interrupted build may still have mounts in it.
for m in $(awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r); do umount -l "$m"; done
rm -rf "$root"
mkdir -p "$cache"
log=$cache/pgroot-$major.log
debootstrap --variant=minbase --keyring="$keyring" \
  --include="postgresql-$major,postgresql-plpython3-$major,postgresql-server-dev-$major,postgresql-$major-pgaudit,make,python3" \
  "$suite" "$root" "$mirror" >"$log" 2>&1 \
  || { tail -30 "$log" >&2; echo "pgroot.sh: debootstrap failed, log in $log" >&2; exit 1; }

# The sid release file may be past its Valid-Until date on the mirror: apt
# run later inside the root must not refuse it.
echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99harden-no-valid-until"
chroot "$root" apt-get clean
write_wrappers
echo "$recipe" >"$stamp"
echo "== $root built in $(( $(date +%s) - start ))s" >&2
echo "$root"
