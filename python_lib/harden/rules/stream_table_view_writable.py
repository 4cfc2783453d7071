from harden import pgtrickle, scope
from harden.guard import as_violation, facts
from harden.rule import Finding, Rule

_ORDER = ("INSERT", "UPDATE", "DELETE")

# The relations whose writes go on, with their owner's privileges, into
# another (walked up pg_depend from each relation of {anchor}, through its
# index on the referenced object): a rule's action (DO INSTEAD or ALSO) runs
# as the relation's owner, and a write through a view without
# security_invoker is checked as the view's owner on the relation its query
# reads. A security_invoker view checks what it reads as the current user,
# even reached through another view, so the walk stops there. event: the
# rule's event ('1', SELECT, for a view's _RETURN rule: any); a view passes
# on the event of the rule below it (found by an attacker helper: a view
# over a table whose rule acts ON DELETE reported its INSERT grantees).
_WALK = """{name}(rel, ref, query, event, passes) AS (
    SELECT rw.ev_class, a.relid, rw.rulename = '_RETURN', rw.ev_type,
           rw.rulename <> '_RETURN' OR (v.relkind = 'v' AND NOT {invoker})
      FROM ({anchor}) a
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = a.relid
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.ev_class <> a.relid
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
    UNION
    SELECT rw.ev_class, r.ref, rw.rulename = '_RETURN',
           CASE WHEN rw.rulename = '_RETURN' THEN r.event ELSE rw.ev_type END,
           rw.rulename <> '_RETURN' OR (v.relkind = 'v' AND NOT {invoker})
      FROM {name} r
      JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                                 AND d.refobjid = r.rel
                                 AND d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
      JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid AND rw.ev_class <> r.rel
      JOIN pg_catalog.pg_class v ON v.oid = rw.ev_class
     WHERE r.passes
)"""


def _walk(name, anchor):
    return _WALK.format(name=name, anchor=anchor, invoker=scope.security_invoker("v"))


# Reported: a grantee other than the owner with INSERT, UPDATE or DELETE on
# a relation reached from a stream table (table or column), where the write
# goes on (an automatically updatable view, for an event without INSTEAD OF
# triggers, which run as the caller, or INSTEAD rules, which go their own
# way; a rule on that event) and the owner may write to what it reaches.
# Each link is reported where it is granted: a view over such a view is
# reported for its own grantees. $1, when not NULL, keeps only the relations
# among those oids or reached from them (the guard: what a DDL about them
# may have opened).
_SQL = """
WITH RECURSIVE {reach}, {touched}, grants AS (
    SELECT c.oid, c.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class c
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.oid IN (SELECT r.rel FROM reach r WHERE r.passes)
       AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE') AND a.grantee <> c.relowner
    UNION
    SELECT c.oid, c.relowner, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_attribute att ON att.attrelid = c.oid AND att.attacl IS NOT NULL
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE c.oid IN (SELECT r.rel FROM reach r WHERE r.passes)
       AND a.privilege_type IN ('INSERT', 'UPDATE') AND a.grantee <> c.relowner
)
SELECT i.type, i.identity,
       CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.quote_ident(gr.rolname) END AS grantee,
       pg_catalog.array_agg(DISTINCT g.privilege_type) AS privileges,
       pg_catalog.string_agg(DISTINCT r.ref::pg_catalog.regclass::text, ', ') AS reaches
  FROM grants g
  JOIN reach r ON r.rel = g.oid AND r.passes
  LEFT JOIN pg_catalog.pg_roles gr ON gr.oid = g.grantee
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, g.oid, 0) i
 WHERE CASE WHEN r.query
            THEN pg_catalog.pg_relation_is_updatable(g.oid, false)
                 & CASE g.privilege_type WHEN 'UPDATE' THEN 4 WHEN 'INSERT' THEN 8 ELSE 16 END <> 0
                 AND NOT EXISTS (SELECT FROM pg_catalog.pg_rewrite x
                                  WHERE x.ev_class = g.oid AND x.is_instead AND x.ev_type = {event})
                 AND NOT EXISTS (SELECT FROM pg_catalog.pg_trigger t
                                  WHERE t.tgrelid = g.oid AND t.tgtype & 64 <> 0
                                    AND t.tgtype & CASE g.privilege_type WHEN 'UPDATE' THEN 16
                                                                         WHEN 'INSERT' THEN 4 ELSE 8 END <> 0)
                 AND pg_catalog.has_table_privilege(g.relowner, r.ref, g.privilege_type)
                 AND r.event IN ('1', {event})
            ELSE r.event = {event}
                 AND pg_catalog.has_table_privilege(g.relowner, r.ref, 'INSERT, UPDATE, DELETE') END
   AND ($1::pg_catalog.oid[] IS NULL OR g.oid = ANY ($1::pg_catalog.oid[])
        OR g.oid IN (SELECT t.rel FROM touched t))
 GROUP BY i.type, i.identity, g.grantee, gr.rolname
""".format(reach=_walk("reach", "SELECT s.relid FROM (%s) s" % pgtrickle.STREAM_TABLES_SQL),
           touched=_walk("touched", "SELECT x AS relid FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS x"),
           event="CASE g.privilege_type WHEN 'UPDATE' THEN '2' WHEN 'INSERT' THEN '3' ELSE '4' END")


def _findings(ctx, relids, remediation):
    for row in ctx.query(_SQL, [relids]):
        privileges = [p for p in _ORDER if p in row["privileges"]]
        yield Finding(
            object_type=row["type"],
            object_identity=row["identity"],
            message="%s can %s %s %s, whose writes reach %s with its owner's privileges (through its rules, "
                    "or as a view without security_invoker), toward a stream table that only pg_trickle's refresh "
                    "should change" % (row["grantee"], "/".join(privileges), row["type"], row["identity"],
                                       row["reaches"]),
            remediation=remediation(row, privileges),
            key=row["grantee"],
        )


def audit(ctx):
    if not pgtrickle.deployed(ctx):
        return
    yield from _findings(ctx, None, lambda row, privileges: "REVOKE %s ON TABLE %s FROM %s;" % (
        ", ".join(privileges), row["identity"], row["grantee"]))


def _instead(row, privileges):
    """What to do instead of the refused DDL, which leaves nothing to revoke."""
    if row["type"] == "view":
        return ("grant %s only SELECT on view %s, or make the view security_invoker (WITH (security_invoker = "
                "true) in CREATE VIEW, or ALTER VIEW %s SET (security_invoker = true);) so that the grantee's own "
                "privileges on the stream table count" % (row["grantee"], row["identity"], row["identity"]))
    return ("grant %s only SELECT on %s %s, or leave out the rule that writes to the stream table"
            % (row["grantee"], row["type"], row["identity"]))


def guard(ctx, cmd):
    """A GRANT, by the relations whose ACL it changed; a view, a rule, a
    trigger or an ALTER TABLE (owner, options), by the relation it is about:
    findings on those relations and on the ones whose writes reach a stream
    table through them."""
    if not cmd.event.pgtrickle:
        return
    relids = facts.touched_rewritten_relations(ctx, cmd) if cmd.tag == "GRANT" else [cmd.relid]
    relids = [r for r in relids if r is not None]
    if relids:
        yield from map(as_violation, _findings(ctx, relids, _instead))


RULE = Rule(
    name="stream_table_view_writable",
    severity="high",
    category="pg_trickle",
    title="A role other than the owner can write to a stream table through a view or a rule",
    rationale="A simple view is updatable, and a write through a view without security_invoker is "
              "checked against its owner's privileges on the relation it reads; a rule's action (DO "
              "INSTEAD or ALSO) runs as its relation's owner. A role granted INSERT, UPDATE or DELETE on "
              "such a view or relation over a stream table, by an owner who may write to it (its own "
              "owner, say), plants or erases rows in the stream table as stream_table_writable's "
              "grantees would, though its own ACL shows nothing. A SECURITY DEFINER trigger function "
              "that writes to a stream table is its owner's code, and is not looked at here.",
    reference="pg_trickle security tutorial, step 4; PostgreSQL manual, CREATE VIEW (updatable views, "
              "security_invoker), \"Rules and Privileges\"",
    remediation="REVOKE INSERT, UPDATE, DELETE ON <view> FROM <grantee>; or ALTER VIEW <view> SET "
                "(security_invoker = true), so that the grantee's own privileges on the stream table count.",
    audit=audit,
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("GRANT", "CREATE VIEW", "ALTER VIEW", "CREATE RULE", "ALTER TABLE", "CREATE TRIGGER")),
    # A GRANT on a relation with rules (a view has its _RETURN rule); a view,
    # a rule, a trigger on a view (CREATE OR REPLACE TRIGGER may move an
    # INSTEAD OF trigger to another event), or an ALTER TABLE of a relation
    # with rules or of a stream table (its owner may change to one a view's
    # owner can write as).
    gate={"GRANT": "grt.rewritten", "CREATE VIEW": "pgt.rewritten", "ALTER VIEW": "pgt.rewritten",
          "CREATE RULE": "pgt.rewritten", "CREATE TRIGGER": "pgt.rewritten",
          "ALTER TABLE": "pgt.rewritten OR pgt.stream_table"},
)
