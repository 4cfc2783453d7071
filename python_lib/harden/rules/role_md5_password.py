from harden import visibility
from harden.rule import Finding, Rule

ROLES_SQL = """
SELECT pg_catalog.quote_ident(a.rolname) AS identity, a.rolcanlogin
  FROM pg_catalog.pg_authid a
 WHERE a.rolpassword LIKE 'md5%'
"""


def audit(ctx):
    visibility.require_table(ctx, "pg_catalog.pg_authid",
                             "pg_catalog.pg_authid, where passwords are kept (superusers only)")
    for r in ctx.query(ROLES_SQL):
        login = "" if r["rolcanlogin"] else " (the role cannot log in now)"
        yield Finding(
            object_type="role",
            object_identity=r["identity"],
            message="role %s has an MD5 password hash%s; set a new password with psql's \\password %s "
                    "while password_encryption is scram-sha-256" % (r["identity"], login, r["identity"]),
        )


RULE = Rule(
    name="role_md5_password",
    severity="medium",
    category="roles",
    title="A role's password is stored as an MD5 hash",
    rationale="An MD5 password hash is enough to log in with md5 authentication (no need to crack "
              "it), it is salted only with the role name, and PostgreSQL deprecates it. SCRAM-SHA-256 "
              "hashes are neither replayable nor cheap to attack. The check reads pg_authid, which "
              "only superusers can read: harden.audit_report() does so as the extension owner, and "
              "a report run without that access says so in an insufficient_privilege finding. "
              "No SQL can fix a hash without the password, so the finding carries no remediation SQL.",
    reference="CIS PostgreSQL benchmark (password_encryption); PostgreSQL manual, \"Password "
              "Authentication\"",
    remediation="With password_encryption = 'scram-sha-256', set the password again (psql: "
                "\\password <role>, which hashes it on the client), then use scram-sha-256 in pg_hba.conf.",
    audit=audit,
)
