from harden.rule import Rule

RULE = Rule(
    name="insufficient_privilege",
    severity="info",
    category="harden",
    title="A check could not see a catalog it needs",
    rationale="Run outside harden.audit_report() (the harden command, a monitoring role on a managed "
              "service), the report has only the rights of the role that runs it, and some catalogs are "
              "closed to it: pg_authid, pg_file_settings, pg_hba_file_rules, pg_subscription's connection "
              "strings, and without pg_read_all_settings the superuser-only settings. A check that needs "
              "one does not run, and says so here with what it could not see, rather than let a gap "
              "read as a clean result.",
    reference="harden",
    remediation="Run the report as a superuser, or through harden.audit_report() where the extension is "
                "installed (it reads the catalogs as the extension's owner); on a managed service, grant "
                "the reporting role pg_monitor and pg_read_all_settings to close the gaps that allow it.",
)
