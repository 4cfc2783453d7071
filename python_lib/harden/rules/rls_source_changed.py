from harden.guard import Reaction, facts
from harden.rule import Rule

_ENABLED = {(False, True): "enabled row level security", (True, False): "disabled row level security"}
_FORCED = {(False, True): "forced row level security", (True, False): "stopped forcing row level security"}

MARK_SQL = """
UPDATE pgtrickle.pgt_stream_tables SET needs_reinit = true
 WHERE pgt_id = ANY ($1::bigint[]) AND NOT needs_reinit
"""


def _what_changed(ctx, cmd):
    """What the command did to the row security of a source, or None."""
    if not cmd.is_source or cmd.relid is None:
        return None
    if cmd.object_type == "policy":
        return "%s %s changed the row security of a source of stream tables" % (cmd.tag, cmd.object_identity)
    change = facts.rls_change(ctx, cmd)
    if change is None:
        return None
    (enabled0, forced0), (enabled1, forced1) = change
    done = [p for p in (_ENABLED.get((enabled0, enabled1)), _FORCED.get((forced0, forced1))) if p]
    return "ALTER TABLE %s %s, a source of stream tables" % (cmd.object_identity, " and ".join(done))


def guard(ctx, cmd):
    if not cmd.event.pgtrickle:
        return
    what = _what_changed(ctx, cmd)
    if what is None:
        return
    dependents = facts.dependent_stream_tables(ctx, cmd.relid)
    if not dependents:
        return
    ctx.query(MARK_SQL, [[d["pgt_id"] for d in dependents]])
    names = tuple(d["name"] for d in dependents)
    yield Reaction(
        object_type=cmd.object_type,
        object_identity=cmd.object_identity,
        message="%s; marked for reinitialisation: %s" % (what, ", ".join(names)),
        marked_stream_tables=names,
    )


RULE = Rule(
    name="rls_source_changed",
    severity="info",
    category="rls",
    title="Row-level security of a stream table's source changed",
    rationale="A stream table materialises every row of its sources whatever their policies, so a "
              "change to a source's row security (CREATE, ALTER or DROP POLICY; ALTER TABLE ... "
              "ENABLE, DISABLE, FORCE or NO FORCE ROW LEVEL SECURITY) is a moment to rebuild the "
              "stream tables that read it and to review their own policies. pg_trickle marks them "
              "for reinitialisation on most of these, but 0.67 misses DROP POLICY. The guard marks "
              "every dependent stream table, directly or through other stream tables, raises a "
              "NOTICE naming them and records the change in harden.ddl_history; it never blocks.",
    reference="pg_trickle RLS tutorial, \"Policy Change Detection\"",
    remediation="Nothing to undo: pg_trickle reinitialises the marked stream tables at their next "
                "refresh. Review the stream tables' own policies if the source's access rules changed.",
    guard=guard,
    guard_action="notice",
    guard_tags=frozenset(("CREATE POLICY", "ALTER POLICY", "DROP POLICY", "ALTER TABLE", "DROP OWNED",
                          "DROP FUNCTION", "DROP PROCEDURE", "DROP ROUTINE", "DROP TYPE", "DROP DOMAIN")),
    # Only sources matter; a DROP reaches Python through the sql_drop trigger.
    gate={"CREATE POLICY": "pgt.is_source", "ALTER POLICY": "pgt.is_source", "ALTER TABLE": "pgt.is_source"},
)
