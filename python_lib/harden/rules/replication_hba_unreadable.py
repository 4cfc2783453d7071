from harden import replication, visibility
from harden.rule import Finding, Rule


def audit(ctx):
    if not replication.in_use(ctx):
        return
    try:
        _, reason = replication.read_hba(ctx)
    except visibility.NotVisible:
        return  # a role that may not read the file: replication_hba_trust says so
    if reason is None:
        return
    yield Finding(
        object_type="view",
        object_identity="pg_catalog.pg_hba_file_rules",
        message="%s: replication_hba_trust was not checked" % reason,
    )


RULE = Rule(
    name="replication_hba_unreadable",
    severity="info",
    category="replication",
    title="pg_hba.conf could not be read, so its replication rules were not checked",
    rationale="replication_hba_trust reads pg_hba.conf through pg_hba_file_rules, which only superusers may "
              "read and which fails when the file cannot be opened. harden.audit_report() runs with its "
              "owner's rights and can normally read it; the report says so once when the file could not be read, rather "
              "than let a silent gap look like a clean result (a role that may not read "
              "pg_hba_file_rules gets an insufficient_privilege finding instead).",
    reference="harden",
    remediation="Run the report through harden.audit_report() (whose owner is a superuser), and make "
                "pg_hba.conf readable by the server's operating-system user.",
    audit=audit,
)
