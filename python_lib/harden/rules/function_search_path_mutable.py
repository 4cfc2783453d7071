from harden import scope
from harden.rule import Finding, Rule

# Functions that replication apply (and any writer) runs without choosing
# them: trigger functions, and functions in index expressions, index
# predicates and constraints. C and internal functions resolve no names at run
# time, and a SQL function with a BEGIN ATOMIC body resolved them at creation.
USES_SQL = """
WITH uses AS (
    SELECT t.tgfoid AS fn, pg_catalog.format('trigger %I on %s', t.tgname, t.tgrelid::pg_catalog.regclass) AS use
      FROM pg_catalog.pg_trigger t
     WHERE NOT t.tgisinternal
    UNION ALL
    SELECT d.refobjid, pg_catalog.format('index %s', d.objid::pg_catalog.regclass)
      FROM pg_catalog.pg_depend d
      JOIN pg_catalog.pg_class ic ON ic.oid = d.objid AND ic.relkind IN ('i', 'I')
     WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
    UNION ALL
    SELECT d.refobjid, pg_catalog.format('constraint %I on %s', con.conname,
                                         COALESCE(con.conrelid::pg_catalog.regclass::text,
                                                  con.contypid::pg_catalog.regtype::text))
      FROM pg_catalog.pg_depend d
      JOIN pg_catalog.pg_constraint con ON con.oid = d.objid
     WHERE d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass
       AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
)
SELECT i.type, i.identity,
       pg_catalog.string_agg(DISTINCT u.use, ', ') AS uses,
       pg_catalog.format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp;',
                         p.oid::pg_catalog.regprocedure, n.nspname) AS remediation
  FROM uses u
  JOIN pg_catalog.pg_proc p ON p.oid = u.fn
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.prokind = 'f'
   AND NOT p.prosecdef
   AND p.prosqlbody IS NULL
   AND l.lanname NOT IN ('internal', 'c')
   AND NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) cfg WHERE cfg LIKE 'search\\_path=%')
   AND {user_schema}
   AND {not_member}
 GROUP BY p.oid, n.nspname, i.type, i.identity
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member("pg_proc", "p.oid"))


def audit(ctx):
    for r in ctx.query(USES_SQL):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s %s has no pinned search_path and is used by %s" % (r["type"], r["identity"], r["uses"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="function_search_path_mutable",
    severity="low",
    category="routines",
    title="A trigger, index or constraint function has no pinned search_path",
    rationale="Trigger functions and functions in index expressions, index predicates and "
              "constraints run whenever a row is written, under the writer's search_path; PGD's "
              "replication apply runs them with the system default search_path only, so a function "
              "that relies on another path fails on apply (or finds other objects). Pinning the "
              "search_path, or schema-qualifying every reference, makes them behave the same "
              "everywhere. Aggregates and window functions cannot carry a search_path and are never "
              "reported; nor are C and internal functions, SQL functions with a BEGIN ATOMIC body "
              "(their names are resolved when they are created), or SECURITY DEFINER functions, "
              "which security_definer_search_path already reports for the same missing setting.",
    reference="PGD access control, \"Triggers\" (search_path on apply); PGD security and roles",
    remediation="ALTER FUNCTION <function> SET search_path = pg_catalog, <schemas it uses>, pg_temp, "
                "or schema-qualify every reference in its body.",
    audit=audit,
)
