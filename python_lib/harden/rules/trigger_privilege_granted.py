from harden import relation_acl
from harden.apply import general
from harden.rule import Finding, Rule


def audit(ctx):
    for r in relation_acl.findings(ctx, RULE.name):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s holds the TRIGGER privilege on %s %s" % (r["grantee_sql"], r["type"], r["identity"]),
            remediation=r["remediation"],
            key=r["grantee"],
        )


RULE = Rule(
    name="trigger_privilege_granted",
    severity="medium",
    category="privileges",
    title="A role other than the owner holds the TRIGGER privilege",
    rationale="The TRIGGER privilege lets its holder attach a trigger whose function then runs with "
              "the privileges of whoever writes to the table (in PGD, of the table owner on apply). "
              "The PostgreSQL core team calls it obsolescent and PGD restricts what its holders may "
              "do; an application role never needs it. A grantee that holds every privilege is "
              "reported by grant_all_privileges instead.",
    reference="PGD access control, \"Triggers\"; PGD security and roles, \"Privilege restrictions\"",
    remediation="REVOKE TRIGGER ON TABLE <table> FROM <grantee>; let the owner create the triggers.",
    audit=audit,
    fix=general.trigger_privilege_granted,
    fix_step=14,
    auto_fix=True,
)
