import re

from harden import conninfo, replication
from harden.rule import Finding, Rule

# subconninfo is readable only by superusers: audit_report() runs as its owner.
SQL = """
SELECT (pg_catalog.pg_identify_object('pg_catalog.pg_subscription'::pg_catalog.regclass, s.oid, 0)).identity,
       s.subname, s.subconninfo
  FROM pg_catalog.pg_subscription s
 WHERE s.subdbid = %s
 ORDER BY s.subname
""" % replication.CURRENT_DB_SQL


def _dollar_quote(body):
    """body between the first of $fix$, $fix1$, $fix2$, ... it does not hold.
    The tags it holds are found in one pass: the string is the
    subscription's, which its owner writes (a test per tag would read it
    once per tag it holds)."""
    used = {m.group(1) for m in _FIX_TAG.finditer(body)}
    n = 0
    while (str(n) if n else "") in used:
        n += 1
    tag = "$fix%s$" % (n if n else "")
    return "%s\n%s\n%s" % (tag, body, tag)


_FIX_TAG = re.compile(r"\$fix([0-9]*)(?=\$)")


def _remediation(ctx, row, info):
    subscription = row["identity"]
    if not info.has_secret:
        return "ALTER SUBSCRIPTION %s CONNECTION %s;" % (
            subscription, ctx.literal(conninfo.with_row_security_off(info)))
    # The string holds a password, which the report must not carry: the fix
    # reads the string from the catalog when it runs and appends the option.
    suffix = conninfo.row_security_off_suffix(row["subconninfo"], info)
    body = "\n".join([
        "BEGIN",
        "  EXECUTE pg_catalog.format('ALTER SUBSCRIPTION %%I CONNECTION %%L', %s,"
        % ctx.literal(row["subname"]),
        "    (SELECT s.subconninfo FROM pg_catalog.pg_subscription s",
        "      WHERE s.subname = %s AND s.subdbid = %s) || %s);"
        % (ctx.literal(row["subname"]), replication.CURRENT_DB_SQL, ctx.literal(suffix)),
        "END",
    ])
    return "\n".join([
        "-- The connection string holds a password: this appends the option to it without showing it.",
        "DO %s;" % _dollar_quote(body),
    ])


def audit(ctx):
    for row in ctx.query(SQL):
        subscription = row["identity"]
        try:
            info = conninfo.parse(row["subconninfo"])
        except conninfo.ConninfoError as exc:
            yield Finding(object_type="subscription", object_identity=subscription,
                          message="harden could not read the connection string of subscription %s (%s), so it "
                                  "cannot tell whether it sets row_security=off" % (subscription, exc))
            continue
        if conninfo.sets_row_security_off(info):
            continue
        try:
            remediation = _remediation(ctx, row, info)
        except conninfo.ConninfoError:
            remediation = None
        yield Finding(
            object_type="subscription",
            object_identity=subscription,
            message="subscription %s connects without options=-crow_security=off: unless its replication role "
                    "is a superuser or has BYPASSRLS, publisher row-level security policies, code any table "
                    "owner there can write, run as that role" % subscription,
            remediation=remediation,
        )


RULE = Rule(
    name="subscription_row_security",
    severity="medium",
    category="replication",
    title="A subscription does not connect with row_security=off",
    rationale="The publisher runs row-level security policies of published tables as the replication role "
              "(during the initial copy) unless that role is a superuser or has BYPASSRLS: a table owner on "
              "the publisher can run code as it, and the copy silently leaves out the rows the policies hide. "
              "With options=-crow_security=off in the connection string, a policy halts replication instead. "
              "The connection string (pg_subscription.subconninfo) is read as libpq reads it, key=value and "
              "URI forms; a string that holds a password is fixed without the report showing it.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security): include options=-crow_security=off "
              "in the connection string",
    remediation="ALTER SUBSCRIPTION <name> CONNECTION '<the same string> options=-crow_security=off'.",
    audit=audit,
)
