from harden import acl, pgtrickle
from harden.rule import Finding, Rule

# Extension objects (relations, their columns, routines, schemas) and the
# schema CREATE EXTENSION made for an extension whose script set its
# privileges (pg_init_privs, privtype 'e'). An ACL entry counts when it is not
# among the extension's initial privileges (pg_init_privs, or the default ACL
# when the script left them alone) and its grantee is neither the object's
# owner nor one of the extension's own roles.
# $1: text[] of pg_trickle's own roles (the configured ones, when deployed).
GRANTS_SQL = """
WITH members AS (
    SELECT d.refobjid AS extoid, d.classid, d.objid
      FROM pg_catalog.pg_depend d
     WHERE d.deptype = 'e' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
       AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_proc'::pg_catalog.regclass,
                         'pg_catalog.pg_namespace'::pg_catalog.regclass)
    UNION
    SELECT e.oid, 'pg_catalog.pg_namespace'::pg_catalog.regclass, e.extnamespace
      FROM pg_catalog.pg_extension e
     WHERE EXISTS (SELECT FROM pg_catalog.pg_init_privs ip
                    WHERE ip.classoid = 'pg_catalog.pg_namespace'::pg_catalog.regclass
                      AND ip.objoid = e.extnamespace AND ip.privtype = 'e')
), objects AS (
    SELECT m.extoid, m.classid, m.objid, 0 AS objsubid, c.relacl AS acl, c.relowner AS owner,
           CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END AS kind,
           CASE WHEN c.relkind = 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END AS keyword, NULL::text AS attname
      FROM members m JOIN pg_catalog.pg_class c ON c.oid = m.objid
     WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.relacl IS NOT NULL
    UNION ALL
    SELECT m.extoid, m.classid, m.objid, a.attnum, a.attacl, c.relowner, 'c', 'TABLE ', a.attname::text
      FROM members m JOIN pg_catalog.pg_class c ON c.oid = m.objid
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE m.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND a.attacl IS NOT NULL
    UNION ALL
    SELECT m.extoid, m.classid, m.objid, 0, p.proacl, p.proowner, 'f', 'ROUTINE ', NULL
      FROM members m JOIN pg_catalog.pg_proc p ON p.oid = m.objid
     WHERE m.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.proacl IS NOT NULL
    UNION ALL
    SELECT m.extoid, m.classid, m.objid, 0, n.nspacl, n.nspowner, 'n', 'SCHEMA ', NULL
      FROM members m JOIN pg_catalog.pg_namespace n ON n.oid = m.objid
     WHERE m.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND n.nspacl IS NOT NULL
), added AS (
    SELECT o.*, a.grantee, a.grantor, a.privilege_type, a.is_grantable
      FROM objects o
     CROSS JOIN LATERAL pg_catalog.aclexplode(o.acl) a
      LEFT JOIN pg_catalog.pg_init_privs ip
             ON ip.classoid = o.classid AND ip.objoid = o.objid AND ip.objsubid = o.objsubid
     WHERE a.grantee <> o.owner
       AND NOT EXISTS (
           SELECT FROM pg_catalog.aclexplode(COALESCE(ip.initprivs, pg_catalog.acldefault(o.kind::"char", o.owner))) i
            WHERE i.grantee = a.grantee AND i.privilege_type = a.privilege_type)
), foreign_grants AS (
    SELECT ad.*, e.extname::text AS extname
      FROM added ad
      JOIN pg_catalog.pg_extension e ON e.oid = ad.extoid
      LEFT JOIN pg_catalog.pg_roles r ON r.oid = ad.grantee
     WHERE ad.grantee = 0
        OR NOT (pg_catalog.starts_with(r.rolname::text, e.extname::text || '_')
                OR (e.extname = 'harden' AND r.rolname IN ('harden_admin', 'harden_auditor'))
                OR (e.extname = 'pg_trickle' AND r.rolname::text = ANY ($1::text[])))
), named AS (
    SELECT f.*, i.type, i.identity,
           CASE WHEN f.objsubid = 0 THEN i.identity
                ELSE (pg_catalog.pg_identify_object(f.classid, f.objid, 0)).identity END AS target
      FROM foreign_grants f
     CROSS JOIN LATERAL pg_catalog.pg_identify_object(f.classid, f.objid, f.objsubid) i
), revokes AS (
    SELECT n.classid, n.objid, n.objsubid, n.grantee, n.extname, n.type, n.identity,
           pg_catalog.string_agg(n.privilege_type, ', ' ORDER BY n.privilege_type) AS privileges,
           {revoke} AS stmt
      FROM named n
     GROUP BY n.classid, n.objid, n.objsubid, n.grantee, n.grantor, n.owner, n.extname, n.type, n.identity,
              n.keyword, n.target, n.attname
)
SELECT r.extname, r.type, r.identity, {label} AS grantee, {grantee_sql} AS grantee_sql,
       pg_catalog.string_agg(DISTINCT r.privileges, ', ') AS privileges,
       pg_catalog.string_agg(r.stmt, ' ' ORDER BY r.stmt) AS remediation
  FROM revokes r
 GROUP BY r.classid, r.objid, r.objsubid, r.grantee, r.extname, r.type, r.identity
""".format(
    revoke=acl.revoke(
        "pg_catalog.string_agg(n.privilege_type || COALESCE(' (' || pg_catalog.quote_ident(n.attname) || ')', ''),"
        " ', ' ORDER BY n.privilege_type)",
        "n.keyword || n.target", "n.grantee", "n.grantor", "n.owner", "pg_catalog.bool_or(n.is_grantable)"),
    label=acl.grantee_label("r.grantee"), grantee_sql=acl.grantee("r.grantee"))


def audit(ctx):
    pgtrickle_roles = list(ctx.settings.pgtrickle_roles) if pgtrickle.deployed(ctx) else []
    for r in ctx.query(GRANTS_SQL, [pgtrickle_roles]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s holds %s on %s %s, which belongs to extension %s; the grant is not among the "
                    "extension's initial privileges" % (r["grantee_sql"], r["privileges"], r["type"],
                                                          r["identity"], ctx.ident(r["extname"])),
            remediation=r["remediation"],
            key=r["grantee"],
        )


RULE = Rule(
    name="catalog_object_explicit_grant",
    severity="medium",
    category="privileges",
    title="An extension's object carries an explicit grant to an outside role",
    rationale="PGD forbids explicit grants on its catalog objects: access goes through the roles the "
              "extension provides, and grants on individual objects break node joins across versions "
              "and outlive upgrades that replace the objects. The same holds for any extension: "
              "harden (harden_admin, harden_auditor), pg_trickle (the configured admin, user and "
              "readonly roles), bdr (bdr_superuser, bdr_read_all_stats, ...). An extension's own "
              "roles are taken to be those whose name starts with the extension's name and an "
              "underscore, plus, for pg_trickle, the configured roles. Privileges the extension's "
              "script set itself (pg_init_privs) are not reported.",
    reference="PGD access control, \"Granting privileges on catalog objects\"; PGD security and roles",
    remediation="REVOKE the privilege from the role, and grant the role one of the extension's own "
                "roles instead (for harden: GRANT harden_auditor TO <role>).",
    audit=audit,
)
