from harden import replication
from harden.rule import Finding, Rule

SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_subscription'::pg_catalog.regclass, s.oid, 0)).identity,
       pg_catalog.quote_ident(r.rolname) AS owner
  FROM pg_catalog.pg_subscription s
  JOIN pg_catalog.pg_roles r ON r.oid = s.subowner
 WHERE r.rolsuper AND s.subdbid = %s
 ORDER BY s.subname
""" % replication.CURRENT_DB_SQL


def audit(ctx):
    before_16 = ctx.server_version_num < 160000
    for row in ctx.query(SQL):
        message = "subscription %s is owned by superuser %s: its apply worker runs with superuser rights" % (
            row["identity"], row["owner"])
        if before_16:
            message += " (before PostgreSQL 16 a subscription's owner must be a superuser)"
        else:
            message += "; a role with pg_create_subscription and CREATE on the database can own it instead"
        yield Finding(object_type="subscription", object_identity=row["identity"], message=message)


RULE = Rule(
    name="subscription_owner_superuser",
    severity="info",
    category="replication",
    title="A subscription is owned by a superuser",
    rationale="A subscription's apply worker runs with its owner's rights (on PostgreSQL 15 for every change and "
              "trigger; from 16 on until it switches to each table's owner). On PostgreSQL 15 only superusers "
              "can own subscriptions, so this is for the record; from 16 on, a non-superuser member of "
              "pg_create_subscription can own one.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security): the subscription apply process runs "
              "with the privileges of the subscription owner",
    remediation="On PostgreSQL 16 or later: ALTER SUBSCRIPTION <name> OWNER TO <a role with "
                "pg_create_subscription and CREATE on the database>.",
    audit=audit,
)
