"""What the logical-replication checks share: which tables are internal, whether
the server replicates at all, and how pg_hba.conf reads.

Publications and pg_subscription_rel belong to one database; pg_subscription is
shared by the cluster, so the subscription checks keep to the subscriptions of
the database being audited (subdbid), like the rest of the report.
"""

from harden import visibility

# The audited database's oid, for pg_subscription.subdbid.
CURRENT_DB_SQL = ("(SELECT d.oid FROM pg_catalog.pg_database d"
                  " WHERE d.datname = pg_catalog.current_database())")

# A relation a publication can carry (the server's is_publishable_class): a
# permanent ordinary or partitioned table created after initdb.
def publishable(alias):
    return ("{c}.relkind IN ('r', 'p') AND {c}.relpersistence = 'p'"
            " AND {c}.oid >= 16384").format(c=alias)


def internal_schemas(ctx):
    """Schemas whose tables must never be published: pg_trickle's change buffers
    and catalog, and harden's own tables (config, waivers, DDL history)."""
    return [ctx.settings.change_buffer_schema, "pgtrickle", "harden"]


# The same names in SQL, for the guard's gate (which has the change-buffer
# schema in a setting of its own: docs/guard.md, "The gate").
INTERNAL_SCHEMA_NAMES_SQL = ("pg_catalog.current_setting('harden.change_buffer_schema')", "'pgtrickle'", "'harden'")


def internal_kind(ctx, schema):
    if schema == ctx.settings.change_buffer_schema:
        return "pg_trickle change buffer"
    if schema == "pgtrickle":
        return "pg_trickle catalog table"
    return "harden table"


def in_use(ctx):
    """Whether this server takes part in replication: a publication or a
    subscription in this database, or a replication slot in the cluster. The
    role and pg_hba.conf checks stay silent on a server that does not."""
    rows = ctx.query(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_publication)"
        "    OR EXISTS (SELECT 1 FROM pg_catalog.pg_subscription s WHERE s.subdbid = " + CURRENT_DB_SQL + ")"
        "    OR EXISTS (SELECT 1 FROM pg_catalog.pg_replication_slots) AS in_use")
    return rows[0]["in_use"]


def _hba_sql(ctx):
    # PostgreSQL 16 names the file of each rule (include files); 15 has one file.
    file_expr = "r.file_name" if ctx.server_version_num >= 160000 else "pg_catalog.current_setting('hba_file')"
    return ("SELECT " + file_expr + " AS file_name, r.line_number, r.type, r.database, r.user_name,"
            "       r.address, r.netmask, r.auth_method"
            "  FROM pg_catalog.pg_hba_file_rules r"
            " WHERE r.error IS NULL AND r.auth_method = 'trust' AND r.type <> 'local'"
            "   AND r.database && ARRAY['replication', 'all']::text[]"
            " ORDER BY 1, r.line_number")


def read_hba(ctx):
    """(trust rules for replication from a network, None) or (None, why the
    file could not be read); raises NotVisible when the role may not read it."""
    allowed = ctx.query(
        "SELECT pg_catalog.has_table_privilege('pg_catalog.pg_hba_file_rules', 'SELECT')"
        "   AND pg_catalog.has_function_privilege('pg_catalog.pg_hba_file_rules()', 'EXECUTE') AS ok")
    if not allowed[0]["ok"]:
        raise visibility.NotVisible("pg_catalog.pg_hba_file_rules (superusers only)")
    try:
        with ctx.db.subtransaction():
            return ctx.query(_hba_sql(ctx)), None
    except Exception as exc:  # the file may be unreadable: say so instead of failing
        return None, "pg_hba_file_rules could not be read: %s" % str(exc).strip()


def hba_source(row):
    """The rule's address as written: host name or keyword, or address/prefix."""
    address, netmask = row["address"], row["netmask"]
    if not address:
        return "all"
    if not netmask:
        return address
    # ipaddress is imported here and below, not at the top: the guard loads
    # this module at a session's first checked DDL and never reads pg_hba.conf.
    import ipaddress
    try:
        prefix = bin(int(ipaddress.ip_address(netmask))).count("1")
        return str(ipaddress.ip_network("%s/%d" % (address, prefix), strict=False))
    except ValueError:
        return address


def hba_loopback_only(row):
    """True when only connections from this machine match the rule."""
    source = hba_source(row)
    if source in ("samehost", "localhost"):
        return True
    import ipaddress
    try:
        return ipaddress.ip_network(source, strict=False).is_loopback
    except ValueError:
        return False
