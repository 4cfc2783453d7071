from harden import replication
from harden.guard import findings_on
from harden.rule import Finding, Rule

# pg_subscription.subrunasowner exists from PostgreSQL 16 on; the rule's
# min_server_version keeps this query from running on older servers.
SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_subscription'::pg_catalog.regclass, s.oid, 0)).identity
  FROM pg_catalog.pg_subscription s
 WHERE s.subrunasowner AND s.subdbid = %s
 ORDER BY s.subname
""" % replication.CURRENT_DB_SQL


def audit(ctx):
    for row in ctx.query(SQL):
        subscription = row["identity"]
        yield Finding(
            object_type="subscription",
            object_identity=subscription,
            message="subscription %s has run_as_owner = true: any owner of a table it replicates into can run "
                    "code as the subscription's owner, with a trigger" % subscription,
            remediation="\n".join([
                "-- Its owner must then be able to SET ROLE to each replicated table's owner.",
                "ALTER SUBSCRIPTION %s SET (run_as_owner = false);" % subscription,
            ]),
        )


def guard(ctx, cmd):
    if cmd.object_type == "subscription":
        yield from findings_on(audit, ctx, {cmd.object_identity})


RULE = Rule(
    name="subscription_run_as_owner",
    severity="high",
    category="replication",
    title="A subscription applies changes as its owner (run_as_owner)",
    rationale="With run_as_owner = true, apply does not switch to each table's owner: every insert, update, "
              "delete and trigger runs as the subscription owner, so any user who owns a table the "
              "subscription writes to can run arbitrary code with the owner's privileges, for example by "
              "attaching a trigger. PostgreSQL 16 or later.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security): run_as_owner should be avoided unless "
              "user security within the database is of no concern",
    remediation="ALTER SUBSCRIPTION <name> SET (run_as_owner = false), and let its owner SET ROLE to the "
                "replicated tables' owners.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("CREATE SUBSCRIPTION", "ALTER SUBSCRIPTION")),
    min_server_version=160000,
)
