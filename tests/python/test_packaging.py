"""Packaging: META.json for PGXN, one version number, and the update chain.

`pgxn install ./` and `pgxn check ./` run in tools/test.sh (install needs to
write the server's share directory, which the postgres OS user running pytest
cannot). Here: META.json against the PGXN Meta Spec 1.0.0, the version in
every place that names it, pgxnclient loading the extension named by META.json's
`provides`, and an installed version's update scripts against a fresh install.
"""

import difflib
import json
import re
import subprocess
import sys

import psycopg
import pytest

import pg_under_test
from conftest import HARDEN_TABLES, REPO, harden_rows

META = json.loads((REPO / "META.json").read_text(encoding="utf-8"))

# PGXN Meta Spec 1.0.0 (https://pgxn.org/spec/): required keys, optional keys,
# license strings, release states, prereq phases and relations.
REQUIRED = {"name", "abstract", "version", "maintainer", "license", "provides", "meta-spec"}
OPTIONAL = {"description", "generated_by", "tags", "no_index", "prereqs", "release_status", "resources"}
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd", "freebsd", "gfdl_1_2",
    "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1", "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1",
    "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source", "restricted",
    "unrestricted", "unknown",
}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONS = {"requires", "recommends", "suggests", "conflicts"}
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([a-zA-Z][0-9a-zA-Z-]*)?$")
# A prereq version: 0 (any), a semver, or a range like ">= 1.2.0, < 2.0.0".
PREREQ_VERSION = re.compile(r"^\s*((==|!=|>=|<=|>|<)\s*)?[0-9][0-9a-zA-Z.-]*\s*$")


def control():
    text = (REPO / "harden.control").read_text(encoding="utf-8")
    return dict(re.findall(r"^(\w+)\s*=\s*'?([^'\n]*?)'?\s*$", text, re.M))


def test_meta_json_follows_the_pgxn_meta_spec():
    keys = set(META)
    assert REQUIRED <= keys, "missing: %s" % sorted(REQUIRED - keys)
    unknown = {k for k in keys - REQUIRED - OPTIONAL if not k.lower().startswith("x_")}
    assert not unknown, "keys the spec does not define: %s" % sorted(unknown)
    assert META["meta-spec"]["version"] == "1.0.0"
    assert re.fullmatch(r"[A-Za-z0-9_.-]{2,}", META["name"]), "a PGXN term: at least 2 characters, no spaces or slashes"
    assert SEMVER.match(META["version"])
    assert isinstance(META["abstract"], str) and META["abstract"].strip()
    maintainers = META["maintainer"] if isinstance(META["maintainer"], list) else [META["maintainer"]]
    assert maintainers and all(isinstance(m, str) and m.strip() for m in maintainers)
    lic = META["license"]
    if isinstance(lic, dict):  # the spec's third form: names mapped to license URLs
        assert lic and all(isinstance(url, str) and url for url in lic.values())
    else:
        names = {lic} if isinstance(lic, str) else set(lic)
        assert names and names <= LICENSES, "not spec license strings: %s" % sorted(names - LICENSES)
    assert META.get("release_status", "stable") in {"stable", "testing", "unstable"}
    for name, ext in META["provides"].items():
        assert {"file", "version"} <= set(ext), "provides.%s needs file and version" % name
        assert SEMVER.match(ext["version"])
    for phase, relations in META.get("prereqs", {}).items():
        assert phase in PHASES
        for relation, deps in relations.items():
            assert relation in RELATIONS
            for dep, version in deps.items():
                assert version == 0 or PREREQ_VERSION.match(str(version)), "%s: %r" % (dep, version)


def test_one_version_number_everywhere():
    import harden

    version = control()["default_version"]
    assert META["version"] == version
    assert META["provides"]["harden"]["version"] == version
    assert harden.__version__ == version
    assert META["provides"]["harden"]["file"] == "extension/harden--%s.sql" % version
    assert (REPO / META["provides"]["harden"]["file"]).is_file(), "make builds the file META.json provides"


def test_meta_json_prereqs_cover_the_control_file():
    requires = META["prereqs"]["runtime"]["requires"]
    for ext in filter(None, (e.strip() for e in control()["requires"].split(","))):
        assert ext in requires
    assert SEMVER.match(requires["PostgreSQL"])
    assert int(requires["PostgreSQL"].split(".")[0]) == 15
    assert META["license"] == "postgresql"


def pgxn(*args):
    # pgxnclient's entry point from this interpreter: the .venv script's
    # shebang may point into a directory the postgres OS user cannot read.
    code = "import sys; from pgxnclient.cli import script; sys.argv[0] = 'pgxn'; script()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=REPO)


def test_pgxn_load_and_unload_use_meta_json_provides(server, db):
    # pgxn load reads META.json's provides and runs CREATE EXTENSION for each.
    db.execute("DROP EXTENSION harden")
    conn_args = ["--yes", "--pg_config", pg_under_test.PG_CONFIG, "-h", server.host, "-p", str(server.port),
                 "-U", server.superuser, "-d", server.dbname, str(REPO) + "/"]
    loaded = pgxn("load", *conn_args)
    assert loaded.returncode == 0, loaded.stderr
    version = db.execute("SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'harden'").fetchone()
    assert version == (META["version"],)
    assert db.execute("SELECT harden.version()").fetchone() == (META["version"],)
    unloaded = pgxn("unload", *conn_args)
    assert unloaded.returncode == 0, unloaded.stderr
    assert db.execute("SELECT count(*) FROM pg_catalog.pg_extension WHERE extname = 'harden'").fetchone() == (0,)


# The extension's objects as an install leaves them: every member (pg_depend
# 'e'), with its definition, owner and ACL, and what hangs off member tables.
SNAPSHOT_SQL = r"""
WITH ext AS (SELECT oid, extversion, extnamespace, extconfig, extcondition FROM pg_catalog.pg_extension WHERE extname = 'harden'),
members AS (
    SELECT d.classid, d.objid, d.objsubid
      FROM pg_catalog.pg_depend d JOIN ext ON d.refobjid = ext.oid
     WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
)
SELECT pg_catalog.pg_describe_object(m.classid, m.objid, m.objsubid) AS object,
       CASE m.classid
       WHEN 'pg_catalog.pg_proc'::pg_catalog.regclass THEN
           (SELECT pg_catalog.concat_ws(' | ', pg_catalog.pg_get_userbyid(p.proowner), p.proacl::text,
                   pg_catalog.pg_get_functiondef(p.oid))
              FROM pg_catalog.pg_proc p WHERE p.oid = m.objid)
       WHEN 'pg_catalog.pg_class'::pg_catalog.regclass THEN
           (SELECT pg_catalog.concat_ws(' | ', c.relkind, pg_catalog.pg_get_userbyid(c.relowner), c.relacl::text,
                   c.relrowsecurity, c.relforcerowsecurity,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,
                   (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', a.attname,
                               pg_catalog.format_type(a.atttypid, a.atttypmod),
                               CASE WHEN a.attnotnull THEN 'not null' END,
                               pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attacl::text), ', ' ORDER BY a.attnum)
                      FROM pg_catalog.pg_attribute a
                      LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                   (SELECT pg_catalog.string_agg(pg_catalog.pg_get_indexdef(i.indexrelid), '; ' ORDER BY 1)
                      FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid),
                   (SELECT pg_catalog.string_agg(co.conname || ' ' || pg_catalog.pg_get_constraintdef(co.oid), '; ' ORDER BY 1)
                      FROM pg_catalog.pg_constraint co WHERE co.conrelid = c.oid),
                   (SELECT pg_catalog.string_agg(pg_catalog.pg_get_triggerdef(t.oid), '; ' ORDER BY 1)
                      FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal),
                   (SELECT pg_catalog.string_agg(pg_catalog.concat_ws(' ', po.polname, po.polcmd, po.polpermissive,
                               po.polroles::pg_catalog.regrole[]::text, pg_catalog.pg_get_expr(po.polqual, po.polrelid),
                               pg_catalog.pg_get_expr(po.polwithcheck, po.polrelid)), '; ' ORDER BY 1)
                      FROM pg_catalog.pg_policy po WHERE po.polrelid = c.oid))
              FROM pg_catalog.pg_class c WHERE c.oid = m.objid)
       WHEN 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN
           (SELECT pg_catalog.concat_ws(' | ', pg_catalog.pg_get_userbyid(n.nspowner), n.nspacl::text)
              FROM pg_catalog.pg_namespace n WHERE n.oid = m.objid)
       WHEN 'pg_catalog.pg_event_trigger'::pg_catalog.regclass THEN
           (SELECT pg_catalog.concat_ws(' | ', e.evtevent, e.evtenabled, e.evttags::text,
                   e.evtfoid::pg_catalog.regprocedure::text, pg_catalog.pg_get_userbyid(e.evtowner))
              FROM pg_catalog.pg_event_trigger e WHERE e.oid = m.objid)
       WHEN 'pg_catalog.pg_type'::pg_catalog.regclass THEN
           (SELECT pg_catalog.concat_ws(' | ', t.typtype, pg_catalog.pg_get_userbyid(t.typowner), t.typacl::text,
                   (SELECT pg_catalog.string_agg(en.enumlabel::text, ', ' ORDER BY en.enumsortorder)
                      FROM pg_catalog.pg_enum en WHERE en.enumtypid = t.oid))
              FROM pg_catalog.pg_type t WHERE t.oid = m.objid)
       END AS detail,
       pg_catalog.obj_description(m.objid, (SELECT r.relname FROM pg_catalog.pg_class r WHERE r.oid = m.classid)) AS comment
  FROM members m
UNION ALL
SELECT 'extension', pg_catalog.concat_ws(' | ', ext.extversion, ext.extnamespace::pg_catalog.regnamespace::text,
                                         ext.extconfig::pg_catalog.regclass[]::text, ext.extcondition::text,
                                         (SELECT pg_catalog.string_agg(m.name, ', ' ORDER BY m.name)
                                            FROM harden._migrations m),
                                         (SELECT pg_catalog.string_agg(pg_catalog.pg_describe_object(
                                                     d.refclassid, d.refobjid, d.refobjsubid), ', ' ORDER BY 1)
                                            FROM pg_catalog.pg_depend d
                                           WHERE d.classid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                                             AND d.objid = ext.oid)), NULL
  FROM ext
ORDER BY 1, 2
"""


def snapshot(conn):
    # The gate's harden.* SET clauses mirror harden.config, which is state.
    return [re.sub(r'(?m)^ SET "harden\.[^\n]*\n', "", "%s\n    %s\n    comment: %s" % row)
            for row in conn.execute(SNAPSHOT_SQL).fetchall()]


def assert_same(fresh, other, what):
    if fresh != other:
        diff = "\n".join(difflib.unified_diff(fresh, other, "fresh install", what, lineterm="", n=0))
        pytest.fail("%s differs from a fresh install:\n%s" % (what, diff))


@pytest.fixture
def new_database(server):
    """Makes empty databases on the test cluster (no harden in them) and drops them after."""
    made, conns = [], []
    admin = server.connect(dbname="postgres")

    def make(name):
        admin.execute(psycopg.sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(psycopg.sql.Identifier(name)))
        made.append(name)
        conns.append(server.connect(dbname=name))
        return conns[-1]

    yield make
    for conn in conns:
        conn.close()
    for name in made:
        admin.execute(psycopg.sql.SQL("DROP DATABASE {}").format(psycopg.sql.Identifier(name)))


def semver_key(version):
    return tuple(int(p) for p in re.findall(r"\d+", version)[:3])


# A row for each of harden's tables (conftest.HARDEN_TABLES).
ADD_STATE = [
    "SELECT harden.configure('record_all_ddl', 'on')",
    "SELECT harden.set_mode('warn')",
    "SELECT harden.set_rule_action('grant_all_privileges', 'off')",
    "SELECT harden.waive(repeat('a', 32), 'kept by the update')",
    'CREATE TABLE "up date ""t""\n" (id int)',
    "SELECT * FROM harden.apply()",
]


def state(conn):
    return {table: harden_rows(conn, table) for table in HARDEN_TABLES}


def test_update_chain_matches_a_fresh_install(server, db, new_database):
    """Each installed older version, given state and then updated with ALTER
    EXTENSION ... UPDATE through the extension/harden--A--B.sql scripts, must end
    with the objects a fresh install of the newest version has (definitions,
    owners, ACLs, comments, the extension's schema and migrations) and keep its
    state."""
    versions = sorted((r[0] for r in db.execute(
        "SELECT version FROM pg_catalog.pg_available_extension_versions WHERE name = 'harden'")), key=semver_key)
    newest = control()["default_version"]
    assert versions[-1] == newest, "installed versions %s; the control file's is %s" % (versions, newest)
    older = versions[:-1]
    assert older, "make install installs the released versions (Makefile RELEASES) beside %s" % newest
    fresh = snapshot(db)
    for version in older:
        name = "harden_update_from_" + version.replace(".", "_")
        conn = new_database(name)
        conn.execute(psycopg.sql.SQL("CREATE EXTENSION harden VERSION {} CASCADE").format(psycopg.sql.Literal(version)))
        for sql in ADD_STATE:
            conn.execute(sql)
        before = state(conn)
        assert all(before.values()), "every table has a row before the update"
        # A new session: one that ran the old version's Python must reconnect.
        conn.close()
        updater = server.connect(dbname=name)
        updater.execute("ALTER EXTENSION harden UPDATE")
        assert updater.execute("SELECT harden.version()").fetchone() == (newest,)
        assert_same(fresh, snapshot(updater), "harden %s updated to %s" % (version, newest))
        after = state(updater)
        # record_all_ddl is on: the update itself may be recorded, after the kept rows.
        assert after["harden.ddl_history"][:len(before["harden.ddl_history"])] == before["harden.ddl_history"]
        assert {t: r for t, r in after.items() if t != "harden.ddl_history"} == {
            t: r for t, r in before.items() if t != "harden.ddl_history"}
        mode = [c for c in updater.execute("SELECT proconfig FROM pg_catalog.pg_proc WHERE oid ="
                                           " 'harden.guard_ddl_command_end()'::regprocedure").fetchone()[0]
                if c.startswith("harden.mode=")]
        assert mode == ["harden.mode=warn"], "the gate keeps the configured mode"
        assert updater.execute("SELECT count(*) FROM pg_catalog.pg_event_trigger"
                               " WHERE evtname LIKE 'harden%' AND evtenabled = 'O'").fetchone() == (6,)
        updater.close()


def test_drop_extension_removes_everything_and_leaves_roles_droppable(server, db, new_database):
    """DROP EXTENSION takes schema harden with it; the cluster roles stay for
    other databases and can be dropped once no database uses them."""
    other = new_database("harden_dropped")
    other.execute("CREATE EXTENSION harden CASCADE")
    other.execute("DROP EXTENSION harden")
    assert other.execute("SELECT to_regnamespace('harden')").fetchone() == (None,)
    # Nothing in that database refers to the roles any more: DROP ROLE would
    # name only the databases that still have harden (here the test's own).
    roles = "SELECT oid FROM pg_catalog.pg_roles WHERE rolname IN ('harden_admin', 'harden_auditor')"
    assert other.execute("SELECT count(*) FROM pg_catalog.pg_shdepend WHERE dbid = (SELECT oid FROM pg_database"
                         " WHERE datname = current_database()) AND refobjid IN (%s)" % roles).fetchone() == (0,)
    with pytest.raises(psycopg.errors.DependentObjectsStillExist) as exc:
        other.execute("DROP ROLE harden_admin")
    assert "harden_dropped" not in exc.value.diag.message_detail


def test_an_install_refuses_a_schema_someone_else_made(server, db, new_database):
    other = new_database("harden_squatted")
    other.execute('CREATE ROLE "squat ter"')
    try:
        other.execute('CREATE SCHEMA harden AUTHORIZATION "squat ter"')
        with pytest.raises(psycopg.errors.DuplicateSchema) as exc:
            other.execute("CREATE EXTENSION harden CASCADE")
        assert "squat ter" in exc.value.diag.message_detail
        assert exc.value.diag.message_hint
    finally:
        other.execute("DROP SCHEMA IF EXISTS harden")
        other.execute('DROP ROLE "squat ter"')


@pytest.fixture
def squatter(db):
    """A role that is no superuser; dropped after the test's databases (a
    fixture the test names before new_database)."""
    name = 'up "squat" ter\n'
    db.execute(psycopg.sql.SQL("CREATE ROLE {}").format(psycopg.sql.Identifier(name)))
    yield name
    db.execute(psycopg.sql.SQL("DROP ROLE {}").format(psycopg.sql.Identifier(name)))


def test_an_update_refuses_a_schema_someone_else_made(server, db, squatter, new_database):
    """0.1.0's CREATE EXTENSION took over an existing schema harden; its owner
    could then replace what harden's functions call by name. The update
    refuses the schema while anything in it, or it, has an owner who is not a
    superuser, and goes through once a superuser owns all of it."""
    versions = [r[0] for r in db.execute(
        "SELECT version FROM pg_catalog.pg_available_extension_versions WHERE name = 'harden'")]
    for version in sorted(v for v in versions if v != control()["default_version"]):
        name = "harden_squatted_update_from_" + version.replace(".", "_")
        conn = new_database(name)
        conn.execute(psycopg.sql.SQL("CREATE SCHEMA harden AUTHORIZATION {}").format(
            psycopg.sql.Identifier(squatter)))
        conn.execute(psycopg.sql.SQL("CREATE EXTENSION harden VERSION {} CASCADE").format(
            psycopg.sql.Literal(version)))
        conn.execute(psycopg.sql.SQL("SET ROLE {}").format(psycopg.sql.Identifier(squatter)))
        conn.execute('CREATE FUNCTION harden."_py_status "() RETURNS int LANGUAGE sql AS \'SELECT 1\'')
        # A grant outlives a change of the schema's owner, and so do objects of every kind and
        # default privileges (found by attacker helpers).
        conn.execute('GRANT CREATE ON SCHEMA harden TO harden_auditor')
        conn.execute('CREATE COLLATION harden.coll FROM pg_catalog."C"')
        conn.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA harden GRANT ALL ON FUNCTIONS TO PUBLIC")
        conn.execute("RESET ROLE")
        # A predefined role, to which a database owner can give objects, has no pg_shdepend row.
        conn.execute("CREATE TABLE harden.t (a int)")
        conn.execute("ALTER TABLE harden.t OWNER TO pg_database_owner")
        # Each update in a session of its own: one that ran the old version's Python must reconnect.
        for named, fix in (('schema harden ("up ""squat"" ter', "ALTER SCHEMA harden OWNER TO CURRENT_USER"),
                           ('_py_status "() ("up ""squat"" ter', 'DROP FUNCTION harden."_py_status "()'),
                           ("CREATE on schema harden (harden_auditor)",
                            "REVOKE CREATE ON SCHEMA harden FROM harden_auditor"),
                           ('coll ("up ""squat"" ter', "DROP COLLATION harden.coll"),
                           ("table t (pg_database_owner)", "DROP TABLE harden.t"),
                           ('default privileges on new functions belonging to role up "squat" ter',
                            psycopg.sql.SQL("DROP OWNED BY {}").format(psycopg.sql.Identifier(squatter)))):
            with server.connect(dbname=name) as updater:
                with pytest.raises(psycopg.errors.InsufficientPrivilege) as exc:
                    updater.execute("ALTER EXTENSION harden UPDATE")
                assert named in exc.value.diag.message_primary
                assert "ALTER SCHEMA harden OWNER TO" in exc.value.diag.message_hint
            assert conn.execute("SELECT extversion FROM pg_catalog.pg_extension"
                                " WHERE extname = 'harden'").fetchone() == (version,)
            conn.execute(fix)
        conn.close()
        with server.connect(dbname=name) as updater:
            updater.execute("ALTER EXTENSION harden UPDATE")
            assert updater.execute("SELECT harden.version()").fetchone() == (control()["default_version"],)


def test_snapshot_tells_what_an_update_script_could_miss(db, new_database):
    """The comparison the update chain relies on: equal for two fresh installs (no
    OIDs leak in), different when an ACL, a function body, a column or a member differs."""
    other = new_database("harden_snapshot_other")
    other.execute("CREATE EXTENSION harden CASCADE")
    fresh = snapshot(db)
    assert fresh == snapshot(other)
    drifts = [
        "GRANT EXECUTE ON FUNCTION harden.version() TO PUBLIC",
        "CREATE OR REPLACE FUNCTION harden.version() RETURNS text LANGUAGE sql IMMUTABLE"
        " SET search_path = pg_catalog, pg_temp AS $$ SELECT '0.0.0'::text $$",
        "ALTER TABLE harden.config ADD COLUMN note text",
        "CREATE FUNCTION harden.\"Extra Ñ\"() RETURNS int LANGUAGE sql AS 'SELECT 1';"
        " ALTER EXTENSION harden ADD FUNCTION harden.\"Extra Ñ\"()",
    ]
    for sql in drifts:
        with other.transaction():
            other.execute(sql)
            drifted = snapshot(other)
            raise psycopg.Rollback()
        assert drifted != fresh, "the snapshot does not see: %s" % sql
    assert snapshot(other) == fresh


def test_an_update_in_off_mode_leaves_the_event_triggers_disabled(server, db, new_database):
    """Off mode disables harden's event triggers; an update from a version
    that did not, or that did, ends with them disabled, and enforce enables
    them again."""
    versions = [r[0] for r in db.execute(
        "SELECT version FROM pg_catalog.pg_available_extension_versions WHERE name = 'harden'")]
    for version in sorted(v for v in versions if v != control()["default_version"]):
        name = "harden_off_update_from_" + version.replace(".", "_")
        conn = new_database(name)
        conn.execute(psycopg.sql.SQL("CREATE EXTENSION harden VERSION {} CASCADE").format(
            psycopg.sql.Literal(version)))
        conn.execute("SELECT harden.set_mode('off')")
        conn.close()
        updater = server.connect(dbname=name)
        updater.execute("ALTER EXTENSION harden UPDATE")
        enabled = "SELECT array_agg(DISTINCT evtenabled) FROM pg_catalog.pg_event_trigger WHERE evtname LIKE 'harden%'"
        assert updater.execute(enabled).fetchone() == (["D"],)
        updater.execute("SELECT harden.set_mode('enforce')")
        assert updater.execute(enabled).fetchone() == (["O"],)
        updater.close()


def test_the_installed_python_package_is_byte_compiled_for_the_servers_python(db):
    """`make install` byte-compiles the package with the server's own Python:
    the server cannot write the compiled files itself, and without them every
    session compiles harden's sources again at its first call."""
    sharedir = db.execute("SELECT setting FROM pg_catalog.pg_config WHERE name = 'SHAREDIR'").fetchone()[0]
    package = "%s/extension/harden/%s/harden" % (sharedir, control()["default_version"])
    db.execute("CREATE TEMP TABLE uncompiled (path text)")
    db.execute(psycopg.sql.SQL("""DO LANGUAGE plpython3u $$
import importlib.util, os
plan = plpy.prepare("INSERT INTO uncompiled VALUES ($1)", ["text"])
sources = 0
for folder, _, files in os.walk({}):
    for name in files:
        if name.endswith(".py"):
            sources += 1
            path = os.path.join(folder, name)
            if not os.path.isfile(importlib.util.cache_from_source(path)):
                plan.execute([path])
if not sources:
    plan.execute(["no source at all"])
$$""").format(psycopg.sql.Literal(package)))
    assert db.execute("SELECT array_agg(path) FROM uncompiled").fetchone() == (None,)


def test_a_sessions_first_checked_ddl_imports_only_the_guard_and_its_rules(server, db):
    """The first DDL of a session that reaches the guard's Python imports
    the rules whose guard asks for its command tag (from the index `make`
    generates) and none of the modules harden keeps off that path (each cost
    it milliseconds)."""
    db.execute("SELECT harden.set_rule_action('security_definer_search_path', 'warn')")
    conn = server.connect()
    conn.execute("CREATE TEMP TABLE imported (phase text, module text)")
    snapshot = psycopg.sql.SQL("""DO LANGUAGE plpython3u $$
import sys
plan = plpy.prepare("INSERT INTO imported VALUES ($1, $2)", ["text", "text"])
for m in list(sys.modules):
    plan.execute([{}, m])
$$""")
    conn.execute(snapshot.format(psycopg.sql.Literal("before")))
    conn.execute("CREATE FUNCTION public.first_ddl() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'")
    conn.execute(snapshot.format(psycopg.sql.Literal("after")))
    new = {r[0] for r in conn.execute(
        "SELECT module FROM imported WHERE phase = 'after' EXCEPT SELECT module FROM imported WHERE phase = 'before'")}
    conn.execute("""DO LANGUAGE plpython3u $$
from harden import catalogue
plan = plpy.prepare("INSERT INTO imported VALUES ($1, $2)", ["text", "text"])
for name in catalogue.load_guarded():
    plan.execute(["guarded", name])
for name, rule in catalogue.load().items():
    if rule.guard is not None:
        plan.execute(["guard rules", name])
        if "CREATE FUNCTION" in rule.guard_tags:
            plan.execute(["CREATE FUNCTION", name])
$$""")
    guarded = [r[0] for r in conn.execute("SELECT module FROM imported WHERE phase = 'guarded' ORDER BY 1")]
    assert guarded == [r[0] for r in conn.execute("SELECT module FROM imported WHERE phase = 'guard rules' ORDER BY 1")]
    for_tag = [r[0] for r in conn.execute("SELECT module FROM imported WHERE phase = 'CREATE FUNCTION' ORDER BY 1")]
    assert "security_definer_search_path" in for_tag and len(for_tag) < len(guarded)
    assert sorted(m[len("harden.rules."):] for m in new if m.startswith("harden.rules.")) == sorted(for_tag + ["_guard_index"])
    assert not new & {"typing", "json", "dataclasses", "logging", "pkgutil", "ipaddress", "hashlib", "inspect"}
    # re (and enum, which it imports) only for a statement that may hold a
    # secret, and the admin functions' modules only for them.
    assert not new & {"re", "enum", "harden.redact_sql", "harden.conninfo", "harden.guard.admin", "harden.server",
                      "harden.audit"}
    conn.close()
