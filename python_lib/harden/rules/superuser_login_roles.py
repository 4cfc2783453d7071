from harden.rule import Finding, Rule

# One login superuser is kept out of the report (the bootstrap superuser when
# it can log in, else the oldest), so that running every remediation still
# leaves a way in.
ROLES_SQL = """
WITH su AS (
    SELECT r.oid, r.rolname FROM pg_catalog.pg_roles r WHERE r.rolsuper AND r.rolcanlogin
), kept AS (
    SELECT su.oid, su.rolname FROM su ORDER BY su.oid = 10 DESC, su.oid LIMIT 1
)
SELECT pg_catalog.quote_ident(su.rolname) AS identity, pg_catalog.quote_ident(k.rolname) AS kept,
       (SELECT pg_catalog.count(*) FROM su) AS total,
       pg_catalog.format('ALTER ROLE %I NOSUPERUSER;', su.rolname) AS remediation
  FROM su CROSS JOIN kept k
 WHERE su.oid <> k.oid
"""


def audit(ctx):
    for r in ctx.query(ROLES_SQL):
        yield Finding(
            object_type="role",
            object_identity=r["identity"],
            message="%s can log in as a superuser; %d roles can, where one (%s) would do"
                    % (r["identity"], r["total"], r["kept"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="superuser_login_roles",
    severity="medium",
    category="roles",
    title="More than one role is both SUPERUSER and LOGIN",
    rationale="Every login superuser is a password (or key) that opens everything, bypassing "
              "privileges, RLS and harden's guard. Day-to-day administration needs no superuser: "
              "harden_admin, pg_* predefined roles and ordinary grants cover it. One login superuser "
              "(the bootstrap superuser when it can log in) is not reported; each other one is.",
    reference="CIS PostgreSQL benchmark 4.2 (excessive administrative privileges); PGD security and "
              "roles (configuring PGD needs no superuser)",
    remediation="ALTER ROLE <role> NOSUPERUSER, and grant it the roles it needs instead (or NOLOGIN "
                "for a role that only owns objects).",
    audit=audit,
)
