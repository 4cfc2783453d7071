from harden import pgtrickle
from harden.rule import Finding, Rule

ATTRIBUTES = (("rolcreaterole", "CREATEROLE"), ("rolcreatedb", "CREATEDB"),
              ("rolreplication", "REPLICATION"), ("rolbypassrls", "BYPASSRLS"))

# $1: text[] of role names allowed these attributes.
ROLES_SQL = """
SELECT r.rolname::text AS rolname, pg_catalog.quote_ident(r.rolname) AS identity,
       r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls
  FROM pg_catalog.pg_roles r
 WHERE r.rolcanlogin AND NOT r.rolsuper
   AND (r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls)
   AND r.rolname::text <> ALL ($1::text[])
"""


def audit(ctx):
    allowed = list(ctx.settings.attribute_exceptions)
    if pgtrickle.deployed(ctx):
        allowed += ctx.settings.pgtrickle_roles
    for r in ctx.query(ROLES_SQL, [allowed]):
        held = [word for column, word in ATTRIBUTES if r[column]]
        yield Finding(
            object_type="role",
            object_identity=r["identity"],
            message="login role %s holds %s and is not among the configured exceptions "
                    "(role_attribute_exceptions)" % (r["identity"], ", ".join(held)),
            remediation="ALTER ROLE %s %s;" % (r["identity"], " ".join("NO" + word for word in held)),
        )


RULE = Rule(
    name="role_excess_attributes",
    severity="medium",
    category="roles",
    title="A login role holds CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS",
    rationale="These attributes are administrative: CREATEROLE manages other roles (before "
              "PostgreSQL 16, nearly all of them), CREATEDB creates databases, REPLICATION reads "
              "every row through a replication connection, BYPASSRLS ignores every row-level "
              "security policy. A login role an application or a person uses every day should hold "
              "none of them. Roles that need one (a replication user, a provisioning account) are "
              "listed in the role_attribute_exceptions setting. pg_trickle's configured roles are "
              "reported by pgt_role_attributes instead.",
    reference="CIS PostgreSQL benchmark 4.2 (excessive administrative privileges); PostgreSQL "
              "manual 29.10 (replication role attributes)",
    remediation="ALTER ROLE <role> NOCREATEROLE NOCREATEDB NOREPLICATION NOBYPASSRLS, or, when the "
                "role needs them, SELECT harden.configure('role_attribute_exceptions', '<role>,...').",
    audit=audit,
)
