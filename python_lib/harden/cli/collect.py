"""Auditing many databases at once, and merging what is cluster-wide.

Each database is audited on its own connection, in one read-only REPEATABLE
READ transaction (one snapshot, like audit_report(), and nothing can be
changed), by the same harden.audit.report() the extension runs, so findings
and fingerprints are the same. A bounded thread pool runs several databases at
once: the work is in the server, the threads mostly wait on sockets.

Roles, server settings and pg_hba.conf belong to the cluster, and every
database of a server reports them alike; findings about them are merged per
server into one, which lists the databases it was seen from. Only findings
whose text is identical merge: a setting made with ALTER DATABASE, or a role
setting IN DATABASE, names its database and stays apart.
"""

import concurrent.futures
import datetime
import time
from dataclasses import dataclass, field
from typing import Optional

import psycopg
import psycopg.sql

from harden import audit
from harden.cli import targets as _targets
from harden.db import PsycopgDatabase
from harden.errors import HardenError

CLUSTER_OBJECT_TYPES = frozenset({"role", "setting", "hba rule"})
# A catalog the role cannot read is closed to it in every database alike.
MERGED_CHECKS = frozenset({"insufficient_privilege"})

SERVER_SQL = """
SELECT pg_catalog.current_database()::text AS database, current_user::text AS "user",
       pg_catalog.current_setting('server_version') AS server_version
"""
# Where the extension is installed its settings (role names, schemas) and
# waivers change what is found: a role that cannot read them gets an error,
# not a report made with the defaults. The extension's schema, not any schema
# named harden, which a role with CREATE on the database may make.
CONFIG_HIDDEN_SQL = """
SELECT x.oid IS NOT NULL AND NOT pg_catalog.has_schema_privilege(x.oid, 'USAGE')
  FROM (SELECT (SELECT d.objid FROM pg_catalog.pg_depend d
                  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname = 'harden'
                  JOIN pg_catalog.pg_namespace n ON n.oid = d.objid AND n.nspname = 'harden'
                 WHERE d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                   AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
                   AND d.deptype = 'e') AS oid) x
"""
# Executable by PUBLIC by default; a server that revokes it is told apart by address.
SYSTEM_ID_SQL = "SELECT c.system_identifier::text AS id FROM pg_catalog.pg_control_system() c"


@dataclass
class Result:
    target: _targets.Target
    server: str = ""          # host:port as connected
    server_id: str = ""       # what identifies the cluster
    database: str = ""
    user: str = ""
    server_version: str = ""
    audited_at: str = ""
    seconds: float = 0.0
    rows: list = field(default_factory=list)
    error: Optional[str] = None


def now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _server_id(conn, server):
    try:
        with conn.transaction():
            return conn.execute(SYSTEM_ID_SQL).fetchone()[0]
    except psycopg.errors.InsufficientPrivilege:
        return server


def audit_one(target, rules=None):
    """Result for one database; a connection or query error is kept, not raised."""
    result = Result(target, audited_at=now())
    start = time.perf_counter()
    try:
        # The planner settings audit_report() pins (sql/idempotent/10_core.sql says why).
        with _targets.connect(target.dsn, autocommit=False, options="-c jit=off -c random_page_cost=1.1") as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            result.server = "%s:%s" % (conn.info.host, conn.info.port)
            facts = conn.execute(SERVER_SQL).fetchone()
            result.database, result.user, result.server_version = facts
            result.server_id = _server_id(conn, result.server)
            if conn.execute(CONFIG_HIDDEN_SQL).fetchone()[0]:
                role = psycopg.sql.Identifier(result.user).as_string(conn)
                raise HardenError("harden is installed in database %s, and role %s may not read its configuration "
                                  "and waivers" % (result.database, role), hint="GRANT harden_auditor TO %s" % role)
            result.rows = audit.report(PsycopgDatabase(conn), rules=rules)
            conn.rollback()
    except psycopg.Error as exc:
        result.error = str(exc).strip()
    except HardenError as exc:  # a harden.config value the audit cannot use, or the one above
        result.error = exc.message + (": " + exc.hint if exc.hint else "")
    result.seconds = time.perf_counter() - start
    return result


def audit_all(target_list, rules=None, jobs=4, progress=None):
    """[Result] in the order of target_list; progress(result) after each database."""
    jobs = max(1, min(jobs, len(target_list) or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(audit_one, t, rules): i for i, t in enumerate(target_list)}
        results = [None] * len(target_list)
        for future in concurrent.futures.as_completed(futures):
            result = future.result()
            results[futures[future]] = result
            if progress is not None:
                progress(result)
    return results


def merge(results):
    """The findings of every audited database, cluster-wide ones once per server.

    Each finding is the report row plus server and databases (where it was
    seen); database is the first of them, or None for a cluster-wide finding.
    """
    out, merged = [], {}
    ordered = sorted((r for r in results if r.error is None), key=lambda r: (r.server_id, r.database))
    for result in ordered:
        for row in result.rows:
            finding = dict(row, server=result.server, database=result.database, databases=[result.database])
            if row["object_type"] in CLUSTER_OBJECT_TYPES or row["check_name"] in MERGED_CHECKS:
                key = (result.server_id, row["fingerprint"], row["message"], row["remediation"])
                first = merged.get(key)
                if first is not None:
                    first["databases"].append(result.database)
                    continue
                merged[key] = finding
                finding["scope"] = "cluster"
            else:
                finding["scope"] = "database"
            out.append(finding)
    for finding in out:
        if finding["scope"] == "cluster":
            finding["database"] = None
    return out
