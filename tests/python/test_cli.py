"""The harden command (issue 15): the audit from outside the server.

The command runs as a separate process (python -m harden.cli, from this
checkout's python_lib) against the test cluster, as a DBA or CI would run it.
Databases and object names carry quotes, spaces, unicode and newlines.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import make_conninfo

from conftest import REPO
from test_general_checks import psql

# A login role of the kind a managed service gives a monitoring tool.
MONITOR = 'mon "itor" Ü'
PLAIN_DB = 'plain "cli" Ñ'
# Findings about these objects, in any database, need no superuser to see.
T = '"Cli ""T"" ü"."Ta ble"'
SCHEMA = '"Cli ""T"" ü"'


def harden(*args, check=None):
    """Run the command; (exit status, stdout, stderr)."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "python_lib"), PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run([sys.executable, "-m", "harden.cli", *args], capture_output=True, text=True,
                            env=env, timeout=300)
    if check is not None:
        assert result.returncode == check, result.stderr
    return result.returncode, result.stdout, result.stderr


def dsn(server, dbname=None, user=None):
    return make_conninfo(host=server.host, port=server.port, user=user or server.superuser,
                         dbname=dbname or server.dbname)


def audit_json(*args, check=0):
    _, out, _ = harden("audit", "--format", "json", *args, check=check)
    return json.loads(out)


def insecure(conn):
    """A table anyone may write to and a SECURITY DEFINER function with no search_path."""
    conn.execute("SET harden.bypass = on")  # where the guard is installed: the superuser builds a hole
    conn.execute("CREATE SCHEMA %s" % SCHEMA)
    conn.execute("CREATE TABLE %s (id int)" % T)
    conn.execute("GRANT INSERT, UPDATE ON %s TO PUBLIC" % T)
    conn.execute("CREATE FUNCTION %s.\"f n\"() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'" % SCHEMA)


@pytest.fixture
def databases(server, db):
    """Makes databases on the test cluster and drops them after the test."""
    made, conns = [], []

    def make(name):
        db.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        made.append(name)
        conns.append(psycopg.connect(dsn(server, name), autocommit=True))
        return conns[-1]
    yield make
    for conn in conns:
        conn.close()
    for name in made:
        db.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def plain(server, databases):
    """A database without harden, with holes any role can see."""
    conn = databases(PLAIN_DB)
    insecure(conn)
    return conn


@pytest.fixture
def monitor(db):
    db.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE pg_monitor, pg_read_all_settings")
               .format(sql.Identifier(MONITOR)))
    return MONITOR


def by_rule(findings):
    out = {}
    for f in findings:
        out.setdefault(f["check_name"], set()).add((f["object_identity"], f["fingerprint"], f["message"]))
    return out


# -- auditing as a non-superuser -------------------------------------------------

def test_monitoring_role_audits_a_database_without_harden(server, plain, monitor):
    """Each check either finds what a superuser finds, or says in one
    insufficient_privilege finding what it could not see."""
    su = audit_json(dsn(server, PLAIN_DB))
    mon = audit_json(dsn(server, PLAIN_DB, monitor))
    assert [t["error"] for t in mon["targets"]] == [None]
    mine, theirs = by_rule(mon["findings"]), by_rule(su["findings"])
    blind = {f["object_identity"]: f for f in mon["findings"] if f["check_name"] == "insufficient_privilege"}
    for rule in {r["name"] for r in su["rules"]} - {"insufficient_privilege"}:
        if rule in blind:
            assert rule not in mine, "a check that did not run has findings"
            continue
        assert mine.get(rule, set()) == theirs.get(rule, set()), rule
    # What a monitoring role cannot read, named; nothing of the guard, which is not installed.
    assert "pg_file_settings" in blind["connection_logging_disabled"]["message"]
    assert "pg_authid" in blind["role_md5_password"]["message"]
    assert blind["role_md5_password"]["severity"] == "info"
    assert {"harden_guard_disabled", "harden_check_failed"} & (set(mine) | set(theirs)) == set()
    # The holes any role can see are found.
    assert {f["object_identity"] for f in mon["findings"] if f["check_name"] == "table_public_write"} == {T}
    assert (SCHEMA + '."f n"()') in {f["object_identity"] for f in mon["findings"]
                                    if f["check_name"] == "security_definer_search_path"}


def test_role_without_access_to_harden_gets_an_error_not_a_report_with_defaults(server, monitor):
    code, out, err = harden("audit", dsn(server, user=monitor))
    assert code == 2
    assert "GRANT harden_auditor TO" in err


def test_a_schema_named_harden_that_is_not_the_extension_is_never_read(server, plain, monitor):
    """Without the extension, a role with CREATE on the database can make a
    schema harden whose views a superuser's audit would read: they would run
    that role's code as the superuser and forge settings and waivers (found
    by an attacker helper). Only the extension's own tables are read."""
    found = audit_json("--rules", "table_public_write", dsn(server, PLAIN_DB))["findings"]
    plain.execute('CREATE ROLE "mal ""cli"""')
    plain.execute(sql.SQL('GRANT CREATE ON DATABASE {} TO "mal ""cli"""').format(sql.Identifier(PLAIN_DB)))
    plain.execute('SET ROLE "mal ""cli"""')
    plain.execute("CREATE SCHEMA harden")
    plain.execute("CREATE FUNCTION harden.ran() RETURNS boolean LANGUAGE plpgsql"
                  " AS $$BEGIN RAISE EXCEPTION 'ran as %', current_user; END$$")
    plain.execute("CREATE VIEW harden.config AS SELECT 'exposed_roles'::text AS name, 'nobody'::text AS value"
                  " WHERE harden.ran()")
    plain.execute(sql.SQL("CREATE VIEW harden.waivers AS SELECT {}::text AS fingerprint, NULL::timestamptz AS expires")
                  .format(sql.Literal(found[0]["fingerprint"])))
    plain.execute("GRANT SELECT ON harden.config, harden.waivers TO PUBLIC")
    plain.execute("RESET ROLE")
    for user in (None, monitor):
        report = audit_json("--rules", "table_public_write", dsn(server, PLAIN_DB, user))
        assert [t["error"] for t in report["targets"]] == [None]
        assert report["findings"] == found and report["waived"] == 0
    # A schema harden the monitor may not use is not harden's: no "may not read its configuration".
    plain.execute('ALTER SCHEMA harden OWNER TO "mal ""cli"""')
    plain.execute('SET ROLE "mal ""cli"""')
    plain.execute("REVOKE ALL ON SCHEMA harden FROM PUBLIC")
    plain.execute("RESET ROLE")
    assert [t["error"] for t in audit_json(dsn(server, PLAIN_DB, monitor))["targets"]] == [None]
    plain.execute('DROP SCHEMA harden CASCADE')
    plain.execute(sql.SQL('REVOKE CREATE ON DATABASE {} FROM "mal ""cli"""').format(sql.Identifier(PLAIN_DB)))
    plain.execute('DROP ROLE "mal ""cli"""')


def test_a_database_owners_settings_never_reach_the_audit(server, databases):
    """A database's owner sets its search_path (ALTER DATABASE ... SET): the
    command's first queries, before it pinned its own, resolved = through
    the owner's operator, which ran as the auditing superuser (found by an
    attacker helper). The command pins search_path when it connects."""
    conn = databases('own "db" Ø')
    conn.execute('CREATE ROLE "db own""er"')
    conn.execute(sql.SQL('ALTER DATABASE {} OWNER TO "db own""er"').format(sql.Identifier('own "db" Ø')))
    conn.execute('CREATE SCHEMA m AUTHORIZATION "db own""er"')
    conn.execute('SET ROLE "db own""er"')
    for left, right in (("oid", "regclass"), ("name", "name"), ("oid", "oid"), ("text", "text")):
        conn.execute(f"CREATE FUNCTION m.eq(a {left}, b {right}) RETURNS boolean LANGUAGE plpgsql"
                     " AS $$BEGIN RAISE EXCEPTION 'ran as %', current_user; END$$")
        conn.execute(f"CREATE OPERATOR m.= (LEFTARG = {left}, RIGHTARG = {right}, FUNCTION = m.eq)")
    conn.execute(sql.SQL("ALTER DATABASE {} SET search_path = m, pg_catalog").format(
        sql.Identifier('own "db" Ø')))
    # Nor its role setting, which ran the whole audit as the owner.
    conn.execute(sql.SQL("""ALTER DATABASE {} SET role = 'db own"er'""").format(sql.Identifier('own "db" Ø')))
    conn.execute("RESET ROLE")
    for args in ((dsn(server, 'own "db" Ø'),), ("--all-databases", dsn(server))):
        report = audit_json(*args)
        assert report["targets"] and all(t["error"] is None for t in report["targets"]), report["targets"]
        assert {t["user"] for t in report["targets"]} == {server.superuser}
    harden("plan", dsn(server, 'own "db" Ø'), check=0)


# -- many databases ----------------------------------------------------------------

def test_all_databases_reports_cluster_findings_once(server, db, databases):
    """Three databases made for the test, and whatever else the cluster holds."""
    names = ['second "db"', "third\ndb Ü"]
    for name in names:
        insecure(databases(name))
    insecure(server.connect())
    db.execute('CREATE ROLE "Su per ""Ü""" LOGIN SUPERUSER')
    envelope = audit_json("--all-databases", "-j", "3", dsn(server, "postgres"))
    audited = {t["database"] for t in envelope["targets"]}
    assert {server.dbname, *names} <= audited
    assert all(t["error"] is None for t in envelope["targets"])
    roles = [f for f in envelope["findings"] if f["check_name"] == "superuser_login_roles"
             and f["object_identity"] == '"Su per ""Ü"""']
    assert len(roles) == 1
    assert roles[0]["scope"] == "cluster" and roles[0]["database"] is None
    assert sorted(roles[0]["databases"]) == sorted(audited)
    settings = [f for f in envelope["findings"] if f["object_identity"] == "log_connections"]
    assert len(settings) == 1
    # A database's own findings stay apart, one per database.
    tables = [f for f in envelope["findings"] if f["check_name"] == "table_public_write"]
    assert sorted(f["database"] for f in tables) == sorted([server.dbname, *names])
    assert len({f["fingerprint"] for f in tables}) == 1


def test_same_findings_and_fingerprints_as_audit_report(server, db):
    insecure(db)
    db.execute("SELECT harden.configure('mode', 'off')")  # a guard finding too
    waived = db.execute("SELECT fingerprint FROM harden.audit_report() WHERE check_name = 'table_public_write'"
                        ).fetchone()[0]
    db.execute("SELECT harden.waive(%s, 'tested')", [waived])
    inside = {(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in db.execute(
        "SELECT check_name, severity, object_type, object_identity, message, remediation, fingerprint"
        "  FROM harden.audit_report()")}
    outside = audit_json(dsn(server))["findings"]
    assert {(f["check_name"], f["severity"], f["object_type"], f["object_identity"], f["message"],
             f["remediation"], f["fingerprint"]) for f in outside} == inside
    assert "harden_guard_disabled" in {r[0] for r in inside}
    assert waived not in {f["fingerprint"] for f in outside}


# -- exit status, baseline, selection, waivers ----------------------------------

def test_exit_status(server, db):
    insecure(db)  # high findings (security_definer_search_path), no critical one
    assert harden("audit", "--fail-on", "high", dsn(server))[0] == 1
    assert harden("audit", "--fail-on", "critical", dsn(server))[0] == 0
    assert harden("audit", dsn(server))[0] == 0
    code, _, err = harden("audit", "--fail-on", "info", make_conninfo(dsn(server), port=1))
    assert code == 2 and "failed" in err
    code, _, err = harden("audit", "--rules", "no_such_rule", dsn(server))
    assert code == 2 and "no_such_rule" in err
    # One database refused among others: still an error, and the others are reported.
    code, out, err = harden("audit", "--format", "json", dsn(server), make_conninfo(dsn(server), dbname="no such"))
    assert code == 2 and json.loads(out)["findings"]


def test_baseline_reports_and_fails_only_on_new_findings(server, db, tmp_path):
    insecure(db)
    baseline = tmp_path / "baseline.json"
    harden("audit", "--format", "json", "-o", str(baseline), dsn(server), check=0)
    again = audit_json("--baseline", str(baseline), "--fail-on", "low", dsn(server))
    assert again["findings"] == [] and again["baseline"]["known"] > 0
    db.execute('CREATE TABLE %s."New ""one""" (id int)' % SCHEMA)
    db.execute('GRANT DELETE ON %s."New ""one""" TO PUBLIC' % SCHEMA)
    code, out, _ = harden("audit", "--format", "json", "--baseline", str(baseline), "--fail-on", "medium",
                          dsn(server))
    assert code == 1
    assert [f["object_identity"] for f in json.loads(out)["findings"]] == [SCHEMA + '."New ""one"""']
    baseline.write_text('{"findings": []}')
    code, _, err = harden("audit", "--baseline", str(baseline), dsn(server))
    assert code == 2 and "not a harden JSON report" in err


def test_rules_and_skip_rules(server, db):
    insecure(db)
    only = audit_json("--rules", "table_public_write", dsn(server))
    assert {f["check_name"] for f in only["findings"]} == {"table_public_write"}
    assert "table_public_write" in {r["name"] for r in only["rules"]}
    skipped = audit_json("--skip-rules", "table_public_write,security_definer_search_path", dsn(server))
    names = {f["check_name"] for f in skipped["findings"]}
    assert names and not names & {"table_public_write", "security_definer_search_path"}


def test_waivers_file(server, db, tmp_path):
    insecure(db)
    found = audit_json("--rules", "table_public_write", dsn(server))["findings"]
    fp = found[0]["fingerprint"]
    waivers = tmp_path / "waivers.json"
    dbname = server.dbname
    waivers.write_text(json.dumps([{"fingerprint": fp.upper(), "database": dbname, "reason": "legacy loader"}]))
    hidden = audit_json("--rules", "table_public_write", "--waivers", str(waivers), dsn(server))
    assert hidden["findings"] == [] and hidden["waived"] == 1
    waivers.write_text(json.dumps({"waivers": [{"fingerprint": fp, "database": "*", "reason": "x",
                                                "expires": "2001-01-01"}]}))
    assert audit_json("--rules", "table_public_write", "--waivers", str(waivers), dsn(server))["findings"] == found
    for entry, message in (({"reason": " ", "database": dbname}, "needs a reason"),
                           ({"reason": "x"}, "needs a database"), ({"reason": "x", "database": []}, "needs a database"),
                           ({"reason": "x", "database": ["*", dbname]}, "needs a database")):
        waivers.write_text(json.dumps([dict(entry, fingerprint=fp)]))
        code, _, err = harden("audit", "--waivers", str(waivers), dsn(server))
        assert code == 2 and message in err


def test_a_waiver_holds_in_the_databases_it_names(server, db, plain, tmp_path):
    """A fingerprint names an object, which another database may hold too:
    a waiver for one database does not hide the same finding in another that
    someone else owns (found by an attacker helper)."""
    insecure(db)
    both = [dsn(server), dsn(server, PLAIN_DB)]
    found = audit_json("--rules", "table_public_write", *both)["findings"]
    assert len(found) == 2 and found[0]["fingerprint"] == found[1]["fingerprint"]
    waivers = tmp_path / "waivers.json"
    for database, left in ((server.dbname, [PLAIN_DB]), ([PLAIN_DB, "other"], [server.dbname]), ("*", [])):
        waivers.write_text(json.dumps([{"fingerprint": found[0]["fingerprint"], "database": database,
                                        "reason": "accepted"}]))
        report = audit_json("--rules", "table_public_write", "--waivers", str(waivers), *both)
        assert [f["database"] for f in report["findings"]] == left
        assert report["waived"] == 2 - len(left)


# -- formats -------------------------------------------------------------------

def test_sarif_is_valid_sarif_2_1_0(server, db):
    import jsonschema
    insecure(db)
    _, out, _ = harden("audit", "--format", "sarif", dsn(server), check=0)
    log = json.loads(out)
    schema = json.loads((REPO / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    envelope = audit_json(dsn(server))
    assert len(run["results"]) == len(envelope["findings"]) > 0
    for result, finding in zip(run["results"], envelope["findings"]):
        assert result["ruleId"] == finding["check_name"] == rules[result["ruleIndex"]]
        assert result["partialFingerprints"]["harden/v1"] == finding["fingerprint"]
    levels = {(r["ruleId"], r["level"]) for r in run["results"]}
    assert {("security_definer_search_path", "error"), ("security_definer_exposed_execute", "warning")} <= levels
    help_texts = [r["help"]["text"] for r in run["tool"]["driver"]["rules"]]
    assert all("Fix:" in h for h in help_texts)


def test_table_and_markdown(server, db):
    insecure(db)
    _, table, _ = harden("audit", dsn(server), check=0)
    assert "table_public_write" in table and "findings in 1 database" in table
    _, md, _ = harden("audit", "--format", "markdown", dsn(server), check=0)
    assert "## table_public_write: " in md
    assert "  ```sql\n  REVOKE INSERT, UPDATE ON TABLE %s FROM PUBLIC;\n" % T in md


def test_control_characters_in_names_are_shown_escaped(server, db):
    """A name with a terminal's escape sequence or a lone carriage return
    would clear the screen or forge a markdown heading over the findings
    (found by an attacker helper): the table and markdown show them escaped,
    and a remediation's lines are its line feeds only."""
    insecure(db)
    db.execute('CREATE TABLE public."zz\x1b[2J\x1b[H0 findings" (id int)')
    db.execute('CREATE TABLE public."m\r## ok: nothing to see\r\u2028" (id int)')
    db.execute('GRANT INSERT ON public."zz\x1b[2J\x1b[H0 findings", public."m\r## ok: nothing to see\r\u2028"'
               " TO PUBLIC")
    _, table, _ = harden("audit", "--rules", "table_public_write", dsn(server), check=0)
    _, md, _ = harden("audit", "--rules", "table_public_write", "--format", "markdown", dsn(server), check=0)
    for out in (table, md):
        assert "\x1b" not in out and "\r" not in out and "\u2028" not in out
    assert "zz\\x1b[2J" in table and "m\\x0d##" in table
    assert not any(line.startswith("## ok") for line in md.split("\n"))
    assert '  REVOKE INSERT ON TABLE public."m\\x0d## ok: nothing to see\\x0d\\u2028" FROM PUBLIC;' in md


def test_a_plans_comment_lines_hold_no_line_end_from_a_name(server, plain, tmp_path):
    """Each step's header is a comment holding the action, which names the
    object: a carriage return in the name would end the comment for psql
    and run the rest (found by an attacker helper)."""
    for end in ("\r", "\n"):
        table = "x%sCREATE TABLE public.pwned_by_plan();--" % end
        plain.execute(sql.SQL("CREATE TABLE public.{} (id int)").format(sql.Identifier(table)))
        plain.execute(sql.SQL("GRANT TRIGGER ON public.{} TO PUBLIC").format(sql.Identifier(table)))
    plan = tmp_path / "plan.sql"
    harden("plan", dsn(server, PLAIN_DB), "-o", str(plan), check=0)
    text = plan.read_bytes().decode()  # as written: read_text() would turn each \r into \n
    assert "trigger_privilege_granted" in text
    assert not any("\r" in line for line in text.split("\n") if line.startswith("--"))
    psql(server, text, PLAIN_DB)  # through standard input: a root's psql sees none of this host's files
    assert plain.execute("SELECT to_regclass('public.pwned_by_plan')").fetchone() == (None,)
    assert plain.execute("SELECT count(*) FROM pg_class WHERE relname LIKE 'x_CREATE TABLE%'"
                         " AND has_table_privilege('public', oid, 'TRIGGER')").fetchone() == (0,)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (Debian package chromium)")
def test_html_report_in_headless_chromium(server, db, tmp_path):
    """The page renders without a server: the summary chart in the severity
    colours of the findings present, and the findings grouped by rule."""
    from PIL import Image

    from harden.cli.html import COLOURS
    insecure(db)
    page = tmp_path / "report.html"
    harden("audit", "--format", "html", "-o", str(page), dsn(server), check=0)
    envelope = audit_json(dsn(server))
    present = {s for s, n in envelope["summary"].items() if n}
    assert {"high", "medium"} <= present

    def chromium(*args):
        profile = tempfile.mkdtemp(dir=tmp_path)
        return subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + profile, *args, page.as_uri()],
            capture_output=True, text=True, timeout=120)

    shot = tmp_path / "shot.png"
    result = chromium("--screenshot=" + str(shot), "--window-size=1200,900")
    assert shot.exists(), result.stderr
    image = Image.open(shot).convert("RGB")
    pixels = {image.getpixel((x, y)) for x in range(image.width) for y in range(image.height)}
    for severity in ("critical", "high", "medium", "low", "info"):
        rgb = tuple(int(COLOURS[severity][i:i + 2], 16) for i in (1, 3, 5))
        assert (rgb in pixels) == (severity in present), severity
    dom = chromium("--dump-dom").stdout
    assert 'id="summary-chart"' in dom
    for rule in {f["check_name"] for f in envelope["findings"]}:
        assert 'id="rule-%s"' % rule in dom
    assert "Ta ble" in dom


def test_progress_on_a_terminal_only(server):
    """rich draws progress on standard error when it is a terminal; in a pipe
    (CI) there is none, and the report on standard output is the same."""
    import pty
    import threading
    master, slave = pty.openpty()
    seen = []

    def read():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed
                return
            if not chunk:
                return
            seen.append(chunk)
    reader = threading.Thread(target=read)
    reader.start()
    env = dict(os.environ, PYTHONPATH=str(REPO / "python_lib"), PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([sys.executable, "-m", "harden.cli", "audit", "--format", "json", dsn(server)],
                          stdout=subprocess.PIPE, stderr=slave, env=env, timeout=300)
    os.close(slave)
    reader.join(timeout=30)
    os.close(master)
    assert proc.returncode == 0
    assert b"auditing" in b"".join(seen)
    assert json.loads(proc.stdout)["findings"]
    _, _, err = harden("audit", dsn(server), check=0)
    assert err == ""


# -- plan and checks ---------------------------------------------------------------

def test_plan_shows_apply_sql_and_changes_nothing(server, plain):
    roles_before = plain.execute("SELECT count(*) FROM pg_catalog.pg_roles").fetchone()[0]
    plain.execute("GRANT ALL ON %s TO PUBLIC" % T)
    _, out, _ = harden("plan", dsn(server, PLAIN_DB), check=0)
    # No pg_trickle here: no pg_trickle role, and the safe general fixes.
    assert "pgtrickle_admin" not in out
    step = out[out.index("-- step 13 (grant_all_privileges)"):]
    assert step.splitlines()[1].startswith("REVOKE ") and "TRIGGER" in step.splitlines()[1]
    assert plain.execute("SELECT count(*) FROM pg_catalog.pg_roles").fetchone()[0] == roles_before
    assert plain.execute("SELECT count(*) FROM pg_catalog.pg_extension WHERE extname = 'harden'").fetchone()[0] == 0


def test_checks_lists_the_catalogue(db):
    _, out, _ = harden("checks", "--format", "json", check=0)
    assert [r["name"] for r in json.loads(out)] == [r[0] for r in db.execute("SELECT name FROM harden.checks()")]
    _, out, _ = harden("checks", check=0)
    assert "insufficient_privilege" in out


# -- packaging ---------------------------------------------------------------------

def test_in_database_code_does_not_import_the_command():
    """What the server loads stays standard-library only: no psycopg, no rich, no harden.cli."""
    code = ("import sys, harden.server, harden.apply.api, harden.guard.entry, harden.catalogue;"
            "harden.catalogue.load();"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('psycopg', 'rich') or m == 'harden.cli');"
            "print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(REPO / "python_lib"))).stdout
    assert out.strip() == "[]"


def test_pip_install_provides_the_harden_command(tmp_path):
    """pip install . from a copy of the repository (the build writes beside the sources)."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "LICENSE"):
        shutil.copy(REPO / name, src / name)
    (src / "docs").mkdir()
    shutil.copy(REPO / "docs" / "cli.md", src / "docs" / "cli.md")
    shutil.copytree(REPO / "python_lib", src / "python_lib", ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(target), str(src)], check=True, capture_output=True, text=True)
    assert (target / "harden" / "cli" / "main.py").exists()
    script = target / "bin" / "harden"
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(target))).stdout
    from harden import __version__
    assert out.strip() == "harden " + __version__
