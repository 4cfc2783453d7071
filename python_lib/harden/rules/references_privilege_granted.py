from harden import relation_acl
from harden.apply import general
from harden.rule import Finding, Rule


def audit(ctx):
    for r in relation_acl.findings(ctx, RULE.name):
        where = "%s %s" % (r["type"], r["identity"])
        if r["columns"] and not r["on_table"]:
            where = "column(s) %s of %s" % (r["columns"], where)
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s holds the REFERENCES privilege on %s" % (r["grantee_sql"], where),
            remediation=r["remediation"],
            key=r["grantee"],
        )


RULE = Rule(
    name="references_privilege_granted",
    severity="low",
    category="privileges",
    title="A role other than the owner holds the REFERENCES privilege",
    rationale="REFERENCES lets its holder create foreign keys to the table, which then block the "
              "owner's deletes and updates and reveal whether a key exists. PGD does not accept "
              "REFERENCES alone for creating a foreign key (it also requires SELECT) and recommends "
              "stating privileges explicitly. Column-level grants count; a grantee that holds every "
              "privilege is reported by grant_all_privileges instead.",
    reference="PGD security and roles, \"Privilege restrictions\" and \"Foreign key privileges\"",
    remediation="REVOKE REFERENCES ON TABLE <table> FROM <grantee> (this also revokes the column-level "
                "grants); grant SELECT where a foreign key is really needed.",
    audit=audit,
    fix=general.references_privilege_granted,
    fix_step=15,
    auto_fix=True,
)
