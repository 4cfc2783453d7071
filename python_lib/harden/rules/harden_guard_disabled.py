from harden.guard import triggers as guard_triggers
from harden.rule import Finding, Rule

# Event triggers whose function is in schema harden, and whether they belong
# to the extension. 'D' is disabled; 'R' fires only in replica sessions, so
# ordinary DDL passes unchecked as well.
TRIGGERS_SQL = """
SELECT e.evtevent::text AS event, e.evtenabled::text AS enabled, e.evtname::text AS name, i.identity,
       e.evtfoid::pg_catalog.regprocedure::text AS function,
       EXISTS (SELECT FROM pg_catalog.pg_depend d
                 JOIN pg_catalog.pg_extension x ON x.oid = d.refobjid AND x.extname = 'harden'
                WHERE d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                  AND d.objid = e.oid AND d.deptype = 'e') AS member
  FROM pg_catalog.pg_event_trigger e
  JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_event_trigger'::pg_catalog.regclass, e.oid, 0) i
 WHERE n.nspname = 'harden'
"""


INSTALLED_SQL = "SELECT EXISTS (SELECT FROM pg_catalog.pg_extension x WHERE x.extname = 'harden') AS ok"


def audit(ctx):
    # The guard exists only where the extension is installed: a database
    # audited from outside without it has no guard to be off, and the fixes
    # below call functions it does not have.
    if not ctx.query(INSTALLED_SQL)[0]["ok"]:
        return
    if ctx.settings.mode == "off":
        yield Finding(
            object_type="setting",
            object_identity="mode",
            message="harden's guard is off (mode = off): unsafe DDL is neither blocked nor reported",
            remediation="SELECT harden.set_mode('enforce');",
        )
        # Off mode disables the event triggers too; set_mode enables them.
        return
    triggers = ctx.query(TRIGGERS_SQL)
    for expected in guard_triggers.EVENT_TRIGGERS:
        name, event, function = expected.name, expected.event, expected.function
        mine = [t for t in triggers if t["event"] == event and t["function"] == function]
        members = [t for t in mine if t["member"]]
        if any(t["enabled"] in ("O", "A") for t in members):
            continue
        for t in members:
            yield Finding(
                object_type="event trigger",
                object_identity=t["identity"],
                message="harden's event trigger %s on %s is %s: the guard does not see that DDL"
                        % (t["identity"], event,
                           "disabled" if t["enabled"] == "D" else "enabled for replica sessions only"),
                remediation="ALTER EVENT TRIGGER %s ENABLE;" % ctx.ident(t["name"]),
            )
        if members:
            continue
        detached = [t for t in mine if t["name"] == name]
        if detached:
            yield Finding(
                object_type="event trigger",
                object_identity=detached[0]["identity"],
                message="event trigger %s no longer belongs to extension harden: it can be dropped "
                        "without a trace in the extension" % detached[0]["identity"],
                remediation="ALTER EXTENSION harden ADD EVENT TRIGGER %s;" % ctx.ident(name),
            )
            continue
        yield Finding(
            object_type="extension",
            object_identity="harden",
            message="harden's event trigger %s on %s is missing: the guard does not see that DDL"
                    % (ctx.ident(name), event),
            remediation="%s;\nALTER EXTENSION harden ADD EVENT TRIGGER %s;"
                        % (guard_triggers.create_sql(expected), ctx.ident(name)),
            # The guard's own by its event, as before the acting-role triggers.
            key=name if function == guard_triggers.NOTE_ACTING_ROLE else event,
        )


RULE = Rule(
    name="harden_guard_disabled",
    severity="high",
    category="harden",
    title="harden's guard is off, disabled or missing",
    rationale="The guard (harden's event triggers) blocks unsafe DDL as it happens and records it; "
              "the audit only finds holes after they are open. A superuser can set the mode to off, "
              "disable the event triggers (ALTER EVENT TRIGGER ... DISABLE, or ENABLE REPLICA, which "
              "skips ordinary sessions), or detach them from the extension and drop them; each "
              "leaves DDL unchecked without any error. harden's event triggers are those whose "
              "function is in schema harden and that belong to the extension. A database without the "
              "extension (audited from outside by the harden command) has no guard, and no finding.",
    reference="harden guard (issue 4); PGD access control (stricter CREATE TRIGGER rules)",
    remediation="SELECT harden.set_mode('enforce'); ALTER EVENT TRIGGER <harden trigger> ENABLE; "
                "recreate a dropped one as the finding says and add it back to the extension.",
    audit=audit,
)
