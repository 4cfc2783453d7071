from harden import scope
from harden.quoting import comment
from harden.rule import Finding, Rule

# Triggers that fire on apply (ENABLE ALWAYS 'A' or ENABLE REPLICA 'R') on
# tables a subscription of this database writes to, whose function belongs to
# someone other than the table's owner. pg_subscription_rel is per database.
SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_trigger'::pg_catalog.regclass, t.oid, 0)).identity,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity AS tbl,
       (pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0)).identity AS func,
       pg_catalog.quote_ident(t.tgname) AS trigger, t.tgenabled,
       pg_catalog.quote_ident(towner.rolname) AS table_owner,
       pg_catalog.quote_ident(fowner.rolname) AS function_owner, fowner.rolsuper AS function_owner_super,
       subs.names AS subscriptions
  FROM (SELECT sr.srrelid,
               pg_catalog.string_agg(pg_catalog.quote_ident(s.subname), ', ' ORDER BY s.subname) AS names
          FROM pg_catalog.pg_subscription_rel sr
          JOIN pg_catalog.pg_subscription s ON s.oid = sr.srsubid
         GROUP BY sr.srrelid) subs
  JOIN pg_catalog.pg_class c ON c.oid = subs.srrelid
  JOIN pg_catalog.pg_trigger t ON t.tgrelid = c.oid
  JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid
  JOIN pg_catalog.pg_roles towner ON towner.oid = c.relowner
  JOIN pg_catalog.pg_roles fowner ON fowner.oid = p.proowner
 WHERE NOT t.tgisinternal AND t.tgenabled IN ('A', 'R') AND p.proowner <> c.relowner
   AND {not_member}
 ORDER BY 2, t.tgname
""".format(not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def audit(ctx):
    for row in ctx.query(SQL):
        mode = "ALWAYS" if row["tgenabled"] == "A" else "REPLICA"
        message = ("trigger %s (ENABLE %s) fires when subscription %s applies changes to %s, and runs %s, owned "
                   "by %s rather than by the table's owner %s" % (
                       row["identity"], mode, row["subscriptions"], row["tbl"], row["func"],
                       row["function_owner"], row["table_owner"]))
        if row["function_owner_super"]:
            message += " (a superuser: only superusers can change that code)"
        else:
            message += ": %s can change the code that apply runs" % row["function_owner"]
        yield Finding(
            object_type="trigger",
            object_identity=row["identity"],
            message=message,
            remediation="\n".join([
                "-- Fire it on local changes only, not when changes are applied:",
                "ALTER TABLE %s ENABLE TRIGGER %s;" % (row["tbl"], row["trigger"]),
                "-- or, if it must fire on apply, give its function to the table's owner:",
                comment("ALTER FUNCTION %s OWNER TO %s;" % (row["func"], row["table_owner"])),
            ]),
            severity="low" if row["function_owner_super"] else None,
        )


RULE = Rule(
    name="subscription_table_untrusted_trigger",
    severity="high",
    category="replication",
    title="A replicated table fires, on apply, a trigger whose function another role owns",
    rationale="Triggers enabled ALWAYS or REPLICA fire when a subscription applies changes. The apply worker "
              "runs them with the subscription owner's rights on PostgreSQL 15 (a superuser there) and the "
              "table owner's from 16 on; whoever owns the trigger function can replace its code, and so runs "
              "code with those rights on every replicated change. PGD refuses such tables in replication sets. "
              "Low when the function's owner is a superuser.",
    reference="EDB PGD Access control: triggers; PostgreSQL manual 29.10 (Logical replication: Security)",
    remediation="ALTER TABLE <table> ENABLE TRIGGER <trigger> (fires on local changes only), or give the "
                "function to the table's owner.",
    audit=audit,
)
