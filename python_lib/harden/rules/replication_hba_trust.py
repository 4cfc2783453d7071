from harden import replication
from harden.quoting import comment
from harden.rule import Finding, Rule


def _identity(row):
    # The rule as written, not its line number, so that editing other lines of
    # pg_hba.conf keeps the fingerprint (and a waiver) stable.
    return "%s %s %s %s" % (row["type"], ",".join(row["database"]), ",".join(row["user_name"]),
                            replication.hba_source(row))


def audit(ctx):
    if not replication.in_use(ctx):
        return
    rows, _ = replication.read_hba(ctx)
    seen = set()
    for row in rows or ():
        identity = _identity(row)
        if identity in seen:
            continue  # a later copy of a rule never matches: the first one wins
        seen.add(identity)
        loopback = replication.hba_loopback_only(row)
        yield Finding(
            object_type="hba rule",
            object_identity=identity,
            message="line %d of %s lets %s connections to database %s as user %s in with trust, no password "
                    "asked, from %s%s" % (
                        row["line_number"], row["file_name"], row["type"], ",".join(row["database"]),
                        ",".join(row["user_name"]), replication.hba_source(row),
                        " (this machine only: any local user can connect as any role)" if loopback else ""),
            remediation="\n".join([
                comment("pg_hba.conf is a file, not SQL: in %s, line %d, replace trust with scram-sha-256"
                        % (row["file_name"], row["line_number"])),
                "-- (or delete the line), then reload the configuration:",
                "SELECT pg_catalog.pg_reload_conf();",
            ]),
            severity="medium" if loopback else None,
        )


RULE = Rule(
    name="replication_hba_trust",
    severity="high",
    category="replication",
    title="pg_hba.conf lets replication connections in with trust over the network",
    rationale="A trust rule asks no password: whoever reaches the server from the rule's addresses can connect "
              "as any role the rule names, the replication role or a superuser included, and stream every "
              "published change. A rule for replication (physical) or all databases (which logical "
              "replication connections match) with trust from anywhere but the local socket is reported; "
              "medium when only loopback addresses match, high otherwise. Read through pg_hba_file_rules "
              "(the file on disk, superuser-only); checked when the server has a publication, a subscription "
              "or a replication slot.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security): access for the role must be configured "
              "in pg_hba.conf",
    remediation="Use scram-sha-256 (or cert) instead of trust in the pg_hba.conf line named, then "
                "SELECT pg_reload_conf().",
    audit=audit,
)
