"""What code a relation carries, so that apply never hands it to another role.

Changing a relation's owner makes its owner the role that runs the code
attached to it: index expressions and predicates run at ANALYZE, VACUUM and
REINDEX as the owner; triggers, column defaults, generated columns and check
constraints run as whoever writes, which for a stream table is its owner's
refresh; rules and policies as whoever reads or writes. A grant of SELECT makes
the grantee run the relation's policies and, for a view, the functions in its
query. A previous owner that planted a function of its own in any of them
would have that function run with the new owner's or grantee's rights
(issue 12). apply checks, before it plans an owner change or a grant, the
functions these parts call (directly or through an operator): one owned by a
role that is neither a superuser nor the role about to take over makes the
action a manual row.
"""

# The parts of each relation ($1: oid[]) and the functions they call, with
# the functions' owners (non-superusers only). A part belongs to the relation
# by an automatic or internal dependency: a view reading the relation, or
# another table's foreign key, depends on it normally and is not its code.
# kind: the catalog of the part (pg_class for an index, pg_trigger, ...).
CODE_SQL = """
WITH parts AS (
    SELECT d.refobjid AS relid, d.classid, d.objid
      FROM pg_catalog.pg_depend d
     WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.refobjid = ANY ($1::pg_catalog.oid[])
       AND d.deptype IN ('a', 'i')
       AND d.classid IN ('pg_catalog.pg_class'::pg_catalog.regclass, 'pg_catalog.pg_trigger'::pg_catalog.regclass,
                         'pg_catalog.pg_attrdef'::pg_catalog.regclass, 'pg_catalog.pg_constraint'::pg_catalog.regclass,
                         'pg_catalog.pg_policy'::pg_catalog.regclass, 'pg_catalog.pg_rewrite'::pg_catalog.regclass)
), calls AS (
    SELECT p.relid, p.classid, p.objid, d.refobjid AS fn
      FROM parts p
      JOIN pg_catalog.pg_depend d ON d.classid = p.classid AND d.objid = p.objid
                                 AND d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass
    UNION
    SELECT p.relid, p.classid, p.objid, o.oprcode::pg_catalog.oid
      FROM parts p
      JOIN pg_catalog.pg_depend d ON d.classid = p.classid AND d.objid = p.objid
                                 AND d.refclassid = 'pg_catalog.pg_operator'::pg_catalog.regclass
      JOIN pg_catalog.pg_operator o ON o.oid = d.refobjid
)
SELECT c.relid::pg_catalog.int8 AS relid, c.classid::pg_catalog.regclass::text AS kind,
       pg_catalog.pg_describe_object(c.classid, c.objid, 0) AS part,
       c.fn::pg_catalog.regprocedure::text AS function, r.rolname::text AS owner
  FROM calls c
  JOIN pg_catalog.pg_proc f ON f.oid = c.fn
  JOIN pg_catalog.pg_roles r ON r.oid = f.proowner AND NOT r.rolsuper
 ORDER BY 1, 3, 4
"""

# What runs as a role granted SELECT: policies, and a view's query (its rule).
READ_KINDS = ("pg_policy", "pg_rewrite")


class Code:
    """The foreign code of a set of relations, read once per apply."""

    def __init__(self, ctx, relids):
        self.rows = {}
        if relids:
            for r in ctx.query(CODE_SQL, [sorted(set(relids))]):
                self.rows.setdefault(r["relid"], []).append(r)

    def foreign(self, relid, role, kinds=None):
        """["part calls function (owned by owner)"] that would run as role."""
        return ["%s calls %s, owned by %s" % (r["part"], r["function"], r["owner"])
                for r in self.rows.get(relid, ())
                if r["owner"] != role and (kinds is None or r["kind"] in kinds)]
