from harden import pgtrickle, privileges
from harden.guard import facts, findings_on
from harden.rule import Finding, Rule, Violation

# Stream tables with RLS disabled that derive, directly or through other stream
# tables, from a source with RLS enabled; one example source each.
_SQL = """
SELECT c.oid, i.type, i.identity,
       pg_catalog.min(si.identity) AS source,
       pg_catalog.bool_or(d.pgt_id IS NOT NULL) AS direct
  FROM (%s) cl
  LEFT JOIN pgtrickle.pgt_dependencies d ON d.pgt_id = cl.pgt_id AND d.source_relid = cl.source_relid
  JOIN pgtrickle.pgt_stream_tables st ON st.pgt_id = cl.pgt_id
  JOIN pg_catalog.pg_class c ON c.oid = st.pgt_relid
  JOIN pg_catalog.pg_class s ON s.oid = cl.source_relid
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0) i
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, s.oid, 0) si
 WHERE s.relrowsecurity AND NOT c.relrowsecurity
 GROUP BY c.oid, i.type, i.identity
""" % pgtrickle.SOURCE_CLOSURE_SQL


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    candidates = ctx.query(_SQL)
    readers = privileges.rls_subject_readers(ctx, [r["oid"] for r in candidates])
    for row in candidates:
        reader = readers.get(row["oid"])
        if reader is None:
            continue
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="stream table %s materialises every row of %s, which has row-level security, "
                    "%s; RLS is disabled on the stream table and %s can read it"
                    % (row["identity"], row["source"],
                       "directly" if row["direct"] else "through other stream tables", reader),
            remediation="ALTER TABLE %s ENABLE ROW LEVEL SECURITY;" % row["identity"],
        )


_ONE_SQL = "SELECT * FROM (%s) x WHERE x.oid = $1::pg_catalog.oid" % _SQL


def guard(ctx, cmd):
    """ALTER TABLE ... DISABLE ROW LEVEL SECURITY on a stream table whose
    sources have RLS: blocked whoever can read it now, since a later GRANT
    SELECT would expose the rows without any further DDL on the table; so is
    any ALTER TABLE that may change its row security and leaves it disabled
    (below). And a
    GRANT that lets a role read such a stream table. (Enabling RLS on a
    source is not blocked: it protects the source; rls_source_changed's
    notice names the stream tables, and the audit those left readable.)"""
    if cmd.tag == "GRANT":
        if cmd.event.pgtrickle:
            touched = {r["identity"] for r in facts.touched_watched_relations(ctx, cmd) if r["is_stream_table"]}
            if touched:
                yield from findings_on(audit, ctx, touched)
        return
    if not cmd.is_stream_table or cmd.dropped or cmd.tag != "ALTER TABLE" or not cmd.event.may_change_row_security:
        return
    after = facts.rls_flags(ctx, cmd)
    if after is None or after[0]:
        return
    change = facts.rls_change(ctx, cmd)
    disabled = change is not None and change[0][0]
    # Left disabled: the flags noted before the statement may be older than
    # its lock (found by an attacker helper: while a DBA's ENABLE waited for
    # the lock, the owner's DISABLE was noted as "disabled before" and undid
    # it unseen). So a statement that may change row security must leave it
    # enabled, unless a superuser or harden_admin runs it.
    if not disabled and (cmd.event.roles["invoker_superuser"] or cmd.event.roles["invoker_admin"]):
        return
    for row in ctx.query(_ONE_SQL, [cmd.objid]):
        st = row["identity"]
        yield Violation(
            object_type=row["type"],
            object_identity=st,
            message="row level security may not %s on stream table %s: it materialises every row of %s, which "
                    "has row-level security, %s" % ("be disabled" if disabled else "stay disabled", st, row["source"],
                                                    "directly" if row["direct"] else "through other stream tables"),
            remediation=("Keep row level security enabled on %s and give each role a FOR SELECT policy "
                         "(RLS tutorial, step 3)." % st) if disabled
                        else ("ALTER TABLE %s ENABLE ROW LEVEL SECURITY; then give each role a FOR SELECT policy "
                              "(RLS tutorial, step 3)." % st),
        )


RULE = Rule(
    name="stream_table_rls_exposure",
    severity="critical",
    category="pg_trickle",
    title="A stream table exposes rows that row-level security hides in its source",
    rationale="pg_trickle refreshes with privileges that bypass row-level security, so a stream "
              "table holds every row of its sources, like a materialized view. When a source has "
              "RLS enabled and the stream table does not, any role that can SELECT the stream "
              "table and is not its owner, a superuser or BYPASSRLS reads the rows the source's "
              "policies hide. The source may be a direct one or reached through other stream tables.",
    reference="pg_trickle RLS tutorial, background and step 1",
    remediation="ALTER TABLE <stream table> ENABLE ROW LEVEL SECURITY, then create FOR SELECT "
                "policies per role (RLS tutorial, step 3).",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("ALTER TABLE", "GRANT")),
    gate={"ALTER TABLE": "pgt.stream_table OR pgt.is_source", "GRANT": "grt.stream_table"},
)
