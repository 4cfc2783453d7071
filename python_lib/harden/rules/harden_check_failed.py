from harden.rule import Rule

RULE = Rule(
    name="harden_check_failed",
    severity="high",
    category="harden",
    title="A check could not run",
    rationale="A check that fails silently would make an incomplete report look clean; the report "
              "names each check that could not run so that its absence is seen.",
    reference="harden",
    remediation="Read the WARNING in the server log, fix the cause (often a catalog harden does not "
                "know), and report a bug if the check itself is at fault.",
)
