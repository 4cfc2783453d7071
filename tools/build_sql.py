"""Assembles harden's install script and its update scripts from sql/.

    python3 tools/build_sql.py install VERSION PYTHON_LIB_DIR > harden--VERSION.sql
    python3 tools/build_sql.py update OLD VERSION PYTHON_LIB_DIR > harden--OLD--VERSION.sql

Both are made of the same body, so that an update ends where a fresh install
does (tests/python/test_packaging.py compares them):

  sql/roles.sql          harden's cluster roles, if missing
  sql/incremental/*.sql  migrations: each runs once per database, at install
                         or at the first update that brings it, and is then
                         recorded in harden._migrations
  sql/idempotent/*.sql   CREATE OR REPLACE of every function and view, and
                         grants: run by every install and update; the
                         guard's gate queries are generated from the rules
                         (harden.guard.gate) where 40_guard.sql says so,
                         its event triggers from harden.guard.triggers

Every public PL/Python function (harden.NAME, NAME not starting with "_") is
split here into the PL/Python function harden._py_NAME and a PL/pgSQL
function harden.NAME with the same signature and attributes that calls it:
PL/Python reports an error raised in Python as "plpy.Error: ..." with a
Python traceback, and the PL/pgSQL function raises it again as PostgreSQL
would (SQLSTATE, message, DETAIL, HINT). Errors from anywhere else pass
through unchanged.

An install starts with sql/install_head.sql (the schema); an update from OLD
with sql/update_heads/OLD.sql (what OLD did differently, e.g. which
migrations it already holds), after the bootstrap of harden._migrations.
"""

import pathlib
import re
import sys

SQL = pathlib.Path(__file__).resolve().parents[1] / "sql"
sys.path.insert(0, str(SQL.parent / "python_lib"))

from harden import catalogue, redact, trust  # noqa: E402
from harden.guard import command, gate, triggers  # noqa: E402

GATE_MARK = "@@GATE_BRANCHES@@"
DROP_WATCH_MARK = "@@DROP_WATCH@@"
TRUSTED_MARK = "@@PGT_CATALOG_TRUSTED_SQL@@"
SECRET_SQL_MARK = "@@MAY_HOLD_SECRET_SQL@@"
EVENT_TRIGGERS_MARK = "@@EVENT_TRIGGERS@@"
SESSION_ROLE_MARK = "@@SESSION_ROLE_SQL@@"
ACTING_ROLE_MARK = "@@ACTING_ROLE_SQL@@"
TOP_LEVEL_DEPTH_MARK = "@@TOP_LEVEL_DEPTH@@"
ROW_SECURITY_WORDS_MARK = "@@ROW_SECURITY_WORDS_SQL@@"
DEFINER_PATH_MARK = "@@DEFINER_PATH_NAMES_SCHEMA@@"
MIGRATION_TAG = "$harden_migration$"

BOOTSTRAP = """\
-- Which migrations (sql/incremental/) this database holds.
CREATE TABLE IF NOT EXISTS harden._migrations (
    name       text PRIMARY KEY,
    version    text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
REVOKE ALL ON harden._migrations FROM PUBLIC;
"""

# An update pauses the guard's event triggers first. Its statements then
# collect no event-trigger state of their own: PostgreSQL reports every
# command and dropped object of the script at the end of ALTER EXTENSION,
# when the triggers are back and the new version's guard sees the update as
# one event. Otherwise the old version's guard would run, and load the old
# version's Python, for the script's first statements (a DROP in a
# migration), and the new version's for the rest, which one session cannot
# do (the prelude's "reconnect" error). The triggers' states are kept in a
# transaction-local setting and restored.
PAUSE_GUARD = """\
DO $pause_guard$
DECLARE
    evt record;
BEGIN
    PERFORM pg_catalog.set_config('harden.update_paused', COALESCE(pg_catalog.string_agg(
                pg_catalog.format('%s=%s', e.evtname, e.evtenabled), ','), ''), true)
       FROM pg_catalog.pg_event_trigger e
      WHERE e.evtname LIKE 'harden\\_guard\\_%' AND e.evtenabled <> 'D';
    FOR evt IN SELECT e.evtname FROM pg_catalog.pg_event_trigger e
                WHERE e.evtname LIKE 'harden\\_guard\\_%' AND e.evtenabled <> 'D' LOOP
        EXECUTE pg_catalog.format('ALTER EVENT TRIGGER %I DISABLE', evt.evtname);
    END LOOP;
END
$pause_guard$;
"""

RESUME_GUARD = """\
DO $resume_guard$
DECLARE
    paused text := pg_catalog.current_setting('harden.update_paused', true);
    state text[];
BEGIN
    FOR state IN SELECT pg_catalog.regexp_split_to_array(p, '=')
                   FROM pg_catalog.unnest(pg_catalog.string_to_array(NULLIF(paused, ''), ',')) AS p LOOP
        EXECUTE pg_catalog.format('ALTER EVENT TRIGGER %I ENABLE %s', state[1],
                                  CASE state[2] WHEN 'R' THEN 'REPLICA' WHEN 'A' THEN 'ALWAYS' ELSE '' END);
    END LOOP;
END
$resume_guard$;

-- The SET clauses of the gate were reset by CREATE OR REPLACE: the statement
-- trigger on harden.config copies the configured values back (and in off
-- mode disables the event triggers again).
UPDATE harden.config SET value = value WHERE false;
"""


PYTHON_FUNCTION = re.compile(
    r"^CREATE OR REPLACE FUNCTION harden\.(?P<name>[a-z][a-z0-9_]*)\((?P<args>[^)]*)\)"
    r"(?P<attributes>\s*RETURNS(?:(?!\nAS \$\$).)*?LANGUAGE plpython3u(?:(?!\nAS \$\$).)*?)"
    r"\nAS \$\$\n(?P<body>.*?)^\$\$;\n",
    re.M | re.S)

WRAPPER = """\
CREATE OR REPLACE FUNCTION harden._py_%(name)s(%(args)s)%(internal_attributes)s
AS $$
%(body)s$$;

CREATE OR REPLACE FUNCTION harden.%(name)s(%(args)s)%(wrapper_attributes)s
AS $$
DECLARE
    state text;
    message text;
    detail text;
    hint text;
BEGIN
    %(call)s;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    IF message NOT LIKE 'plpy.Error: %%' THEN
        RAISE;
    END IF;
    message := pg_catalog.substr(message, 13);
    IF detail = '' AND hint = '' THEN
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = message;
    ELSIF detail = '' THEN
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = message, HINT = hint;
    ELSIF hint = '' THEN
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = message, DETAIL = detail;
    END IF;
    RAISE EXCEPTION USING ERRCODE = state, MESSAGE = message, DETAIL = detail, HINT = hint;
END
$$;
"""


def wrap(match):
    args = match["args"]
    names = [a.split()[0] for a in args.split(",") if a.strip()]
    call = "harden._py_%s(%s)" % (match["name"], ", ".join("%s => %s" % (n, n) for n in names))
    attributes = match["attributes"]
    returns = attributes.split("LANGUAGE")[0]
    if re.search(r"RETURNS\s+(TABLE|SETOF)\b", returns):
        call = "RETURN QUERY SELECT * FROM " + call
    elif re.search(r"RETURNS\s+void\b", returns):
        call = "PERFORM " + call
    else:
        call = "RETURN " + call
    return WRAPPER % {
        "name": match["name"], "args": args, "body": match["body"], "call": call,
        "internal_attributes": attributes.replace(" SECURITY DEFINER", ""),
        "wrapper_attributes": attributes.replace("LANGUAGE plpython3u", "LANGUAGE plpgsql"),
    }


def wrap_python_functions(text):
    return PYTHON_FUNCTION.sub(wrap, text)


def fill(text, version, python_lib_dir):
    prelude = (SQL / "prelude.py.in").read_text(encoding="utf-8")
    text = "\n".join(prelude.rstrip("\n") if line == "#HARDEN_PRELUDE" else line for line in text.split("\n"))
    return text.replace("@EXTVERSION@", version).replace("@PYTHON_LIB_DIR@", python_lib_dir)


def fill_generated(text):
    """What the SQL takes from the Python package: the gate's queries,
    generated from the rules (harden.guard.gate), the sql_drop trigger's
    filter, the trust predicate on pg_trickle's catalog (harden.trust), and
    the pattern of a text that redaction may change (harden.redact), the
    event triggers (harden.guard.triggers), the session's and the acting
    role (harden.guard.gate), the words without which a top-level ALTER
    TABLE cannot change row security (harden.guard.command), and whether a
    SECURITY DEFINER routine's path names a schema (harden.guard.gate)."""
    text = text.replace(EVENT_TRIGGERS_MARK, triggers.create_missing_sql().replace("\n", "\n" + " " * 4))
    text = text.replace(ACTING_ROLE_MARK, gate.ACTING_ROLE_SQL).replace(SESSION_ROLE_MARK, gate.SESSION_ROLE_SQL)
    if GATE_MARK in text:
        branches = gate.branches_sql(catalogue.load().values())
        text = text.replace(GATE_MARK, "\n".join(" " * 8 + line if line else line for line in branches.split("\n")))
    text = text.replace(DROP_WATCH_MARK, gate.DROP_WATCH.replace("\n", "\n" + " " * 17))
    text = text.replace(SECRET_SQL_MARK, redact.may_hold_secret_sql("lowered"))
    text = text.replace(TOP_LEVEL_DEPTH_MARK, "'%s'" % command.TOP_LEVEL_DEPTH)
    text = text.replace(ROW_SECURITY_WORDS_MARK, command.ROW_SECURITY_WORDS_SQL)
    text = text.replace(DEFINER_PATH_MARK, gate.DEFINER_PATH_NAMES_SCHEMA)
    return text.replace(TRUSTED_MARK, trust.PGT_CATALOG_TRUSTED_SQL)


def migration(path, version):
    name = path.stem
    body = path.read_text(encoding="utf-8")
    if MIGRATION_TAG in body or "'" in name:
        raise SystemExit("%s: a migration may not contain %s or a quote in its name" % (path, MIGRATION_TAG))
    return (
        "-- migration %(name)s (sql/incremental/%(file)s)\n"
        "DO %(tag)s\n"
        "BEGIN\n"
        "    IF NOT EXISTS (SELECT FROM harden._migrations m WHERE m.name = '%(name)s') THEN\n"
        "        EXECUTE %(q)s\n%(body)s%(q)s;\n"
        "        INSERT INTO harden._migrations (name, version) VALUES ('%(name)s', '%(version)s');\n"
        "    END IF;\n"
        "END\n"
        "%(tag)s;\n"
    ) % {"name": name, "file": path.name, "tag": "$harden_migrate$", "q": MIGRATION_TAG, "body": body,
         "version": version}


def body(version):
    parts = [PAUSE_GUARD, BOOTSTRAP, (SQL / "roles.sql").read_text(encoding="utf-8")]
    parts += [migration(p, version) for p in sorted((SQL / "incremental").glob("*.sql"))]
    parts += ["-- from sql/idempotent/%s\n%s" % (p.name, wrap_python_functions(fill_generated(p.read_text(encoding="utf-8"))))
              for p in sorted((SQL / "idempotent").glob("*.sql"))]
    parts.append(RESUME_GUARD)
    return parts


def script(head, version, python_lib_dir, parts):
    echo = '\\echo Use "CREATE EXTENSION harden CASCADE" (or ALTER EXTENSION harden UPDATE) to load this file. \\quit\n'
    return fill(echo + head + "\n".join(parts), version, python_lib_dir)


def main(argv):
    if len(argv) == 4 and argv[1] == "install":
        _, _, version, lib = argv
        head = (SQL / "install_head.sql").read_text(encoding="utf-8")
        parts = body(version)
        sys.stdout.write(script(head, version, lib, parts))
    elif len(argv) == 5 and argv[1] == "update":
        _, _, old, version, lib = argv
        parts = body(version)
        # After the bootstrap: an update head records migrations in it.
        parts.insert(2, (SQL / "update_heads" / ("%s.sql" % old)).read_text(encoding="utf-8"))
        sys.stdout.write(script("", version, lib, parts))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
