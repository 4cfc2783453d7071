from harden.rule import Finding, Rule

# Extension event triggers are included: an extension's function handed to a
# non-superuser is the same hole. The remediation gives the function to the
# event trigger's owner, or to the bootstrap superuser when that owner is no
# longer a superuser.
EVENT_TRIGGERS_SQL = """
SELECT i.identity, e.evtevent::text AS event, e.evtenabled::text AS enabled,
       p.oid::pg_catalog.regprocedure::text AS signature, pg_catalog.quote_ident(fo.rolname) AS function_owner,
       pg_catalog.format('ALTER FUNCTION %s OWNER TO %I;', p.oid::pg_catalog.regprocedure,
                         CASE WHEN eo.rolsuper THEN eo.rolname
                              ELSE (SELECT b.rolname FROM pg_catalog.pg_roles b WHERE b.oid = 10) END) AS remediation
  FROM pg_catalog.pg_event_trigger e
  JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid
  JOIN pg_catalog.pg_roles fo ON fo.oid = p.proowner
  JOIN pg_catalog.pg_roles eo ON eo.oid = e.evtowner
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_event_trigger'::pg_catalog.regclass, e.oid, 0) i
 WHERE NOT fo.rolsuper
"""


def audit(ctx):
    for r in ctx.query(EVENT_TRIGGERS_SQL):
        state = " (disabled)" if r["enabled"] == "D" else ""
        yield Finding(
            object_type="event trigger",
            object_identity=r["identity"],
            message="event trigger %s%s on %s calls %s, owned by %s, which is not a superuser: that role can "
                    "replace the function and run code as any superuser who runs DDL"
                    % (r["identity"], state, r["event"], r["signature"], r["function_owner"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="event_trigger_owner_not_superuser",
    severity="critical",
    category="triggers",
    title="An event trigger's function is not owned by a superuser",
    rationale="An event trigger fires on the DDL of every role, superusers included, and its function "
              "runs as the role running the DDL. Whoever owns the function can replace its body "
              "(CREATE OR REPLACE FUNCTION), so a non-superuser owner can run any code as the next "
              "superuser who creates a table. Only superusers can create event triggers; their "
              "functions must stay with superusers too. Disabled event triggers are reported as well: "
              "they can be enabled again without touching the function. Extension event triggers "
              "count.",
    reference="PostgreSQL manual, \"Event Triggers\" and CREATE EVENT TRIGGER; PGD access control",
    remediation="ALTER FUNCTION <function> OWNER TO <superuser>, after reading its body.",
    audit=audit,
)
