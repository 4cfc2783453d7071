from harden import pgtrickle
from harden.rule import Finding, Rule

# (pg_roles column, attribute that is wrong, clause that removes it), in the
# order ALTER ROLE prints them.
_ATTRIBUTES = (
    ("rolsuper", "SUPERUSER", "NOSUPERUSER"),
    ("rolcanlogin", "LOGIN", "NOLOGIN"),
    ("rolinherit", "INHERIT", "NOINHERIT"),
    ("rolcreaterole", "CREATEROLE", "NOCREATEROLE"),
    ("rolcreatedb", "CREATEDB", "NOCREATEDB"),
    ("rolreplication", "REPLICATION", "NOREPLICATION"),
    ("rolbypassrls", "BYPASSRLS", "NOBYPASSRLS"),
)

_SQL = """
SELECT r.rolname, i.identity, %s
  FROM pg_catalog.pg_roles r
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_authid'::pg_catalog.regclass, r.oid, 0) i
 WHERE r.rolname = ANY ($1::pg_catalog.text[]) AND (%s)
 ORDER BY r.rolname
""" % (", ".join("r." + c for c, _, _ in _ATTRIBUTES), " OR ".join("r." + c for c, _, _ in _ATTRIBUTES))


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    s = ctx.settings
    kinds = {}
    for kind, name in (("admin", s.admin_role), ("user", s.user_role), ("readonly", s.readonly_role)):
        kinds.setdefault(name, []).append(kind)
    for row in ctx.query(_SQL, [list(kinds)]):
        wrong = [(attr, fix) for column, attr, fix in _ATTRIBUTES if row[column]]
        yield Finding(
            object_type="role",
            object_identity=row["identity"],
            message="the pg_trickle %s role %s has %s; it should be NOLOGIN NOINHERIT with no other attribute"
                    % ("/".join(kinds[row["rolname"]]), row["rolname"], ", ".join(a for a, _ in wrong)),
            remediation="ALTER ROLE %s %s;" % (row["identity"], " ".join(f for _, f in wrong)),
            severity="high" if row["rolsuper"] else None,
        )


RULE = Rule(
    name="pgt_role_attributes",
    severity="medium",
    category="pg_trickle",
    title="A configured pg_trickle role can log in, inherits, or holds a powerful attribute",
    rationale="The tutorial creates the admin, user and readonly roles NOLOGIN NOINHERIT: they are "
              "groups that login roles are granted, and a member must SET ROLE to act as one. A role "
              "that can log in is a shared account; one that inherits silently gains the privileges of "
              "every role it is granted; SUPERUSER, CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS reach far "
              "beyond stream tables (BYPASSRLS ignores the row-level security that protects them). "
              "Reported high when the role is a superuser.",
    reference="pg_trickle security tutorial, step 1; checklist item 1",
    remediation="ALTER ROLE <role> NOLOGIN NOINHERIT and remove SUPERUSER, CREATEROLE, CREATEDB, "
                "REPLICATION and BYPASSRLS; grant the role to login roles instead (step 2).",
    audit=audit,
)
