"""What to audit: the databases the DSNs name, and which server each is on.

A DSN names one database; with --all-databases it names a server, and every
database on it that the role may connect to is audited. Databases of one
server are told apart from those of another by the server's system
identifier, so that cluster-wide findings are merged per server however the
server was reached.
"""

from dataclasses import dataclass

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

# Databases the role may connect to, templates left out (template1 is a copy
# source, not where anything runs).
DATABASES_SQL = """
SELECT d.datname::text FROM pg_catalog.pg_database d
 WHERE d.datallowconn AND NOT d.datistemplate
   AND pg_catalog.has_database_privilege(d.datname, 'CONNECT')
 ORDER BY 1
"""


class TargetError(Exception):
    """A DSN that could not be expanded (refused connection, bad DSN)."""


@dataclass(frozen=True)
class Target:
    dsn: str
    label: str  # how the report names the database: its DSN without a password


# Set at connection, before any query, where a setting given at connection
# outranks a database's or role's own (ALTER DATABASE ... SET, which the
# database's owner controls): its search_path would resolve the operators of
# the first queries, and an owner's = (oid, regclass) ran as the auditing
# superuser; its role would run the whole audit as the owner, with the
# owner's rights (both found by attacker helpers).
PINNED_OPTIONS = "-c search_path=pg_catalog,pg_temp -c role=none"


def connect(dsn, options="", **kw):
    # application_name: a DBA watching pg_stat_activity sees who reads the catalog.
    params = {"application_name": "harden", "options": " ".join(o for o in (PINNED_OPTIONS, options) if o)}
    params.update(kw)
    return psycopg.connect(dsn, **params)


def _label(dsn):
    """The DSN as the user gave it, without a password."""
    try:
        parts = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as exc:
        raise TargetError("bad DSN %r: %s" % (dsn, exc)) from None
    parts.pop("password", None)
    return make_conninfo(**parts)


def expand(dsns, all_databases):
    """[Target], one per database to audit, in the order given, no duplicates."""
    out, seen = [], set()
    for dsn in dsns:
        if all_databases:
            try:
                with connect(dsn, autocommit=True) as conn:
                    names = [r[0] for r in conn.execute(DATABASES_SQL)]
            except psycopg.Error as exc:
                raise TargetError("%s: %s" % (_label(dsn), str(exc).strip())) from None
            dsns_here = [make_conninfo(dsn, dbname=name) for name in names]
        else:
            dsns_here = [dsn]
        for one in dsns_here:
            label = _label(one)
            if label not in seen:
                seen.add(label)
                out.append(Target(one, label))
    return out
