from harden import scope
from harden.rule import Finding, Rule

# Functions that replication apply (and any writer) runs without choosing
# them: trigger functions, and functions in index expressions, index
# predicates, partition keys and constraints (pg_depend from pg_class and
# pg_constraint). C and internal functions resolve no names at run time, and a
# SQL function with a BEGIN ATOMIC body resolved them at creation. Each use is
# named by one example per kind, with the count of the others.
USES_SQL = """
WITH uses AS (
    SELECT t.tgfoid AS fn, 'pg_catalog.pg_trigger'::pg_catalog.regclass AS classid, t.oid AS objid
      FROM pg_catalog.pg_trigger t
     WHERE NOT t.tgisinternal
    UNION ALL
    SELECT d.refobjid, d.classid, d.objid
      FROM pg_catalog.pg_depend d
     WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
       AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass,
                         'pg_catalog.pg_constraint'::pg_catalog.regclass)
), flagged AS (
    SELECT u.fn, u.classid, pg_catalog.count(*) AS n, pg_catalog.min(u.objid) AS example
      FROM uses u
      JOIN pg_catalog.pg_proc p ON p.oid = u.fn
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
      JOIN pg_catalog.pg_language l ON l.oid = p.prolang
     WHERE p.prokind = 'f'
       AND NOT p.prosecdef
       AND p.prosqlbody IS NULL
       AND l.lanname NOT IN ('internal', 'c')
       AND (p.proconfig IS NULL
            OR NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) cfg WHERE cfg LIKE 'search\\_path=%'))
       AND {user_schema}
       AND {not_member}
     GROUP BY u.fn, u.classid
)
SELECT f.fn::pg_catalog.int8 AS oid, i.type, i.identity,
       pg_catalog.string_agg(pg_catalog.format('%s %s%s', e.type, e.identity,
                                               CASE WHEN f.n > 1 THEN pg_catalog.format(' (and %s more)', f.n - 1) END),
                             ', ' ORDER BY e.type) AS uses,
       pg_catalog.format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp;',
                         f.fn::pg_catalog.regprocedure, n.nspname) AS remediation
  FROM flagged f
  JOIN pg_catalog.pg_proc p ON p.oid = f.fn
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, f.fn, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object(f.classid, f.example, 0) e
 GROUP BY f.fn, n.nspname, i.type, i.identity
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_proc", "p.oid", "p.proowner"))


# With the setting search_path_all_routines on: every other routine with
# the same exclusions. $1: oids already reported for a use; $2: CDC functions
# (cdc_function_search_path's).
ROUTINES_SQL = """
SELECT p.oid::pg_catalog.int8 AS oid, i.type, i.identity,
       pg_catalog.format('ALTER ROUTINE %s SET search_path = pg_catalog, %I, pg_temp;',
                         p.oid::pg_catalog.regprocedure, n.nspname) AS remediation
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 0) i
 WHERE p.prokind IN ('f', 'p')
   AND NOT p.prosecdef
   AND p.prosqlbody IS NULL
   AND l.lanname NOT IN ('internal', 'c')
   AND (p.proconfig IS NULL
        OR NOT EXISTS (SELECT FROM pg_catalog.unnest(p.proconfig) cfg WHERE cfg LIKE 'search\\_path=%'))
   AND p.oid <> ALL ($1::pg_catalog.oid[]) AND p.oid <> ALL ($2::pg_catalog.oid[])
   AND {user_schema}
   AND {not_member}
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_proc", "p.oid", "p.proowner"))


def audit(ctx):
    used = []
    for r in ctx.query(USES_SQL):
        used.append(r["oid"])
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s %s has no pinned search_path and is used by %s" % (r["type"], r["identity"], r["uses"]),
            remediation=r["remediation"],
        )
    if ctx.settings.search_path_all_routines != "on":
        return
    for r in ctx.query(ROUTINES_SQL, [used, scope.pgtrickle_cdc_functions(ctx)]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="%s %s has no pinned search_path: it resolves names through its caller's search_path"
                    % (r["type"], r["identity"]),
            remediation=r["remediation"],
            severity="info",
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
              "which security_definer_search_path already reports for the same missing setting. With "
              "the setting search_path_all_routines on (splinter's most used CI gate), every other "
              "function and procedure without a pinned search_path is reported too, at info severity.",
    reference="PGD access control, \"Triggers\" (search_path on apply); PGD security and roles",
    remediation="ALTER FUNCTION <function> SET search_path = pg_catalog, <schemas it uses>, pg_temp, "
                "or schema-qualify every reference in its body.",
    audit=audit,
)
