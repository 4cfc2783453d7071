from harden import acl
from harden.rule import Finding, Rule

# Extensions whose schema a role other than the schema's owner can create
# objects in, through a direct grant. A superuser grantee is left out (it can
# do anything anyway); PUBLIC's CREATE is schema_public_create's finding, whose
# REVOKE clears this one too. The remediation revokes CREATE from the grantees.
EXTENSIONS_SQL = """
SELECT e.extname::text AS extname, i.identity AS schema,
       pg_catalog.string_agg(DISTINCT {label}, ', ') AS grantees,
       pg_catalog.string_agg({revoke}, ' ' ORDER BY a.grantee, a.grantor) AS remediation
  FROM pg_catalog.pg_extension e
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
 CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) a
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_namespace'::pg_catalog.regclass, n.oid, 0) i
 WHERE n.nspacl IS NOT NULL AND a.privilege_type = 'CREATE'
   AND a.grantee <> 0 AND a.grantee <> n.nspowner
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_roles r WHERE r.oid = a.grantee AND r.rolsuper)
   AND n.nspname <> 'pg_catalog' AND e.extname <> 'plpgsql'
 GROUP BY e.oid, e.extname, i.identity
""".format(label=acl.grantee("a.grantee"),
           revoke=acl.revoke("'CREATE'", "'SCHEMA ' || i.identity", "a.grantee", "a.grantor", "n.nspowner",
                             "a.is_grantable"))


def audit(ctx):
    for r in ctx.query(EXTENSIONS_SQL):
        yield Finding(
            object_type="extension",
            object_identity=ctx.ident(r["extname"]),
            message="extension %s lives in schema %s, where %s can create objects that its functions and "
                    "operators may resolve instead of its own" % (ctx.ident(r["extname"]), r["schema"],
                                                                  r["grantees"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="extension_in_public",
    severity="medium",
    category="privileges",
    title="An extension lives in a schema that other roles can create objects in",
    rationale="An extension's objects are called by name, often through the search_path, and its own "
              "SQL functions resolve names at run time. A role that can create objects in the "
              "extension's schema can add a function or operator with a better-matching signature, "
              "or a table of the same name earlier in a path, and have its code run by whoever uses "
              "the extension (CVE-2018-1058). Reported when a role other than the schema's owner "
              "and the superusers holds CREATE on it; PUBLIC's CREATE is reported by "
              "schema_public_create. plpgsql, installed by initdb, is left out.",
    reference="splinter lint 0014 (extension_in_public), generalised from the schema public to any "
              "schema others can create in; PostgreSQL manual, \"Security Considerations for "
              "Extension Scripts\"",
    remediation="REVOKE CREATE ON SCHEMA <schema> FROM <grantees>, or move the extension to a schema "
                "only its owner can create in (ALTER EXTENSION ... SET SCHEMA, for relocatable ones).",
    audit=audit,
)
