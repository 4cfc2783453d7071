from harden import relation_acl
from harden.apply import general
from harden.rule import Finding, Rule


def audit(ctx):
    for r in relation_acl.findings(ctx, RULE.name):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="PUBLIC holds %s on %s %s: every role can change its rows"
                    % (r["privileges"], r["type"], r["identity"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="table_public_write",
    severity="high",
    category="privileges",
    title="PUBLIC can write to a table",
    rationale="A grant to PUBLIC reaches every role, present and future, including login roles "
              "that exist only to read. INSERT, UPDATE, DELETE or TRUNCATE for PUBLIC (on the table "
              "or on some of its columns) lets any of them change or wipe the data. Stream tables "
              "and change buffers are reported by stream_table_writable and change_buffer_exposed.",
    reference="CIS PostgreSQL benchmark 4.4 (excessive DML privileges)",
    remediation="REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE <table> FROM PUBLIC, and grant them "
                "to the roles that write.",
    audit=audit,
    fix=general.table_public_write,
    fix_step=16,
    auto_fix=False,
)
