import re

from harden import exposure, scope
from harden.rule import Finding, Rule

# Permissive write policies on tables with row-level security enabled (on a
# table with RLS disabled no policy applies: policy_exists_rls_disabled's). A
# restrictive policy that is always true restricts nothing, and a SELECT policy
# that shows every row is a choice about reading, not writing. polroles says
# whom the policy applies to; the clauses come as stored node trees (to decide
# whether they are constant). DETAILS_SQL ($1: policy oids) adds, for the
# few that may be constant, the clauses as the server prints them (to
# evaluate them) and the names: printing every policy's clauses cost more than
# the rest of the check.
POLICIES_SQL = """
SELECT pol.oid::pg_catalog.int8 AS oid, pol.polcmd::text AS cmd, pol.polroles::pg_catalog.int8[] AS polroles,
       pol.polqual::text AS qual_tree, pol.polwithcheck::text AS check_tree
  FROM pg_catalog.pg_policy pol
  JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE pol.polpermissive AND c.relrowsecurity
   AND pol.polcmd IN ('a', 'w', 'd', '*')
   AND {user_schema}
   AND {not_member}
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))

DETAILS_SQL = """
SELECT pol.oid::pg_catalog.int8 AS oid, i.identity,
       pg_catalog.pg_get_expr(pol.polqual, pol.polrelid) AS qual,
       pg_catalog.pg_get_expr(pol.polwithcheck, pol.polrelid) AS wcheck,
       CASE WHEN 0 = ANY (pol.polroles) THEN 'PUBLIC'
            ELSE (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(r.rolname), ', ' ORDER BY r.rolname)
                    FROM pg_catalog.pg_roles r WHERE r.oid = ANY (pol.polroles)) END AS roles,
       pg_catalog.format('DROP POLICY %I ON %s;', pol.polname, t.identity) AS remediation
  FROM pg_catalog.pg_policy pol
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_policy'::pg_catalog.regclass, pol.oid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, pol.polrelid, 0) t
 WHERE pol.oid = ANY ($1::pg_catalog.oid[])
"""

COMMANDS = {"a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}

# A clause is constant when its tree holds only these nodes: no column
# (VAR), no subquery, parameter, session value (current_user is an
# SQLVALUEFUNCTION), I/O coercion or anything else that reads state.
CONSTANT_NODES = frozenset(("CONST", "FUNCEXPR", "OPEXPR", "DISTINCTEXPR", "NULLIFEXPR", "SCALARARRAYOPEXPR",
                            "BOOLEXPR", "NULLTEST", "BOOLEANTEST", "CASEEXPR", "CASEWHEN", "COALESCEEXPR",
                            "MINMAXEXPR", "RELABELTYPE", "ARRAYEXPR"))
_NODE = re.compile(r"\{([A-Z_]+)")
_FUNCTION = re.compile(r":\w*funcid (\d+)")
_TYPE = re.compile(r":\w*type(?:id)? (\d+)")
# Objects initdb made have oids below FirstNormalObjectId; a user's never do.
FIRST_NORMAL_OID = 16384

# The functions a constant clause may call: built in, immutable and
# leakproof, so evaluating it as the auditor runs no one's code, reads no
# state and cannot fail on the data.
SAFE_FUNCTIONS_SQL = """
SELECT p.oid::pg_catalog.int8 AS oid FROM pg_catalog.pg_proc p
 WHERE p.oid = ANY ($1::pg_catalog.oid[]) AND p.provolatile = 'i' AND p.proleakproof AND NOT p.proretset
"""


def _candidate(tree):
    """The function oids of a clause that may be constant, or None."""
    if tree is None or not set(_NODE.findall(tree)) <= CONSTANT_NODES:
        return None
    if any(int(t) >= FIRST_NORMAL_OID for t in _TYPE.findall(tree)):
        return None
    functions = {int(f) for f in _FUNCTION.findall(tree)} - {0}
    if any(f >= FIRST_NORMAL_OID for f in functions):
        return None
    return functions


def _always_true(ctx, text):
    try:
        with ctx.db.subtransaction():
            return ctx.query("SELECT (%s) IS TRUE AS t" % text)[0]["t"]
    except Exception:  # an expression that raises is not "always true"
        return False


def _constant_true(ctx, tree, text, safe, evaluated):
    """evaluated: {text: value} of this report, so the same constant clause
    (a hundred policies USING (true)) is evaluated once."""
    functions = _candidate(tree)
    if functions is None or not functions <= safe:
        return False
    if text not in evaluated:
        evaluated[text] = _always_true(ctx, text)
    return evaluated[text]


def audit(ctx):
    exposed = set(exposure.exposure(ctx).grantees)
    # A clause can be always true only when its tree may be constant.
    rows = [r for r in ctx.query(POLICIES_SQL) if exposed & set(r["polroles"])
            and (_candidate(r["qual_tree"]) is not None or _candidate(r["check_tree"]) is not None)]
    if not rows:
        return
    details = {d["oid"]: d for d in ctx.query(DETAILS_SQL, [[r["oid"] for r in rows]])}
    rows = [dict(r, **details[r["oid"]]) for r in rows]
    wanted = set()
    for r in rows:
        for tree in (r["qual_tree"], r["check_tree"]):
            wanted |= _candidate(tree) or set()
    safe = {s["oid"] for s in ctx.query(SAFE_FUNCTIONS_SQL, [sorted(wanted)])} if wanted else set()
    evaluated = {}
    for r in rows:
        using_true = _constant_true(ctx, r["qual_tree"], r["qual"], safe, evaluated)
        # Without WITH CHECK, UPDATE and ALL check new rows with USING.
        check_true = (using_true if r["check_tree"] is None and r["cmd"] in ("w", "*")
                      else _constant_true(ctx, r["check_tree"], r["wcheck"], safe, evaluated))
        clauses = [c for c, hit, text in (("USING", using_true, r["qual"]), ("WITH CHECK", check_true, r["wcheck"]))
                   if hit]
        if not clauses:
            continue
        shown = " and ".join("%s (%s)" % (c, text or r["qual"]) for c, text in
                             (("USING", r["qual"]), ("WITH CHECK", r["wcheck"])) if c in clauses)
        yield Finding(
            object_type="policy",
            object_identity=r["identity"],
            message="permissive FOR %s policy %s has %s, always true: it puts no limit on the rows %s can write"
                    % (COMMANDS[r["cmd"]], r["identity"], shown, r["roles"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="rls_policy_always_true",
    severity="medium",
    category="rls",
    title="A write policy's USING or WITH CHECK is always true",
    rationale="A permissive INSERT, UPDATE, DELETE or ALL policy whose USING or WITH CHECK is always "
              "true lets its roles write every row, which defeats row-level security for writes "
              "(permissive policies are OR-ed together). Often it is a placeholder that was never "
              "replaced. Every constant expression is recognised, not only the literal true: one "
              "without a column, subquery or session value, calling only built-in immutable leakproof "
              "functions (1 = 1, NOT false, 'a' = 'a'), evaluated to true. Reported for policies "
              "that apply to an exposed role (setting exposed_roles; PUBLIC policies always do) on "
              "tables with row-level security enabled. The remediation drops the policy (writes are "
              "then denied until a real policy exists); replacing it with a predicate on the rows "
              "each role owns is the real fix.",
    reference="splinter lint 0024 (rls_policy_always_true), generalised to any role layout",
    remediation="Replace the policy with one whose USING and WITH CHECK name the rows the role may "
                "write (ALTER POLICY ... USING (...) WITH CHECK (...)), or drop it.",
    audit=audit,
)
