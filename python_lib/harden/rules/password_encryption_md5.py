from harden import setting_findings
from harden.rule import Rule


def audit(ctx):
    return setting_findings.bad_values(
        ctx, ["password_encryption"], lambda v: v.strip().lower() == "md5", "'scram-sha-256'",
        lambda name, value: "password_encryption is md5: new and changed passwords are stored as MD5 hashes")


RULE = Rule(
    name="password_encryption_md5",
    severity="medium",
    category="authentication",
    title="New passwords are hashed with MD5",
    rationale="password_encryption decides how CREATE ROLE ... PASSWORD and ALTER ROLE ... PASSWORD "
              "store a password. MD5 hashes can be replayed with md5 authentication and are cheap to "
              "attack; PostgreSQL deprecates them. The value is read where new sessions get it "
              "(database and role settings, command line, configuration files), so a SET in the "
              "auditing session cannot hide it; per-role settings are reported on the role.",
    reference="CIS PostgreSQL benchmark (password_encryption); PostgreSQL manual, \"Password "
              "Authentication\"",
    remediation="ALTER SYSTEM SET password_encryption = 'scram-sha-256' and reload (or reset the "
                "database or role setting that says md5); then renew the MD5 passwords (role_md5_password).",
    audit=audit,
)
