"""pg_trickle's catalog made by someone other than a superuser (harden.trust)."""

from harden.quoting import comment
from harden.rule import Finding, Rule

_DESCRIBE = {
    "owner": "it is owned by %(owner)s, which is neither a superuser nor a superuser-owned pg_trickle extension",
    "relkind": "it is a %(kind)s, not an ordinary table",
    "rules": "it has rules (%(rules)s), which run when it is read",
    "children": "it has child tables (%(children)s), whose rows a read of it returns",
    "types": "a column has a type that is not built in, whose casts and operators are someone's code",
    "code": "its triggers, indexes, constraints or defaults call functions no superuser owns (%(code)s), "
            "which run with the rights of whoever writes it, as harden does as a superuser",
}

_KINDS = {"v": "view", "m": "materialized view", "f": "foreign table", "p": "partitioned table",
          "S": "sequence", "i": "index", "I": "partitioned index", "c": "composite type", "t": "TOAST table"}

# DROP statements for a stand-in that is no table.
_DROP = {"v": "VIEW", "m": "MATERIALIZED VIEW", "f": "FOREIGN TABLE", "p": "TABLE", "S": "SEQUENCE", "c": "TYPE",
         "i": "INDEX", "I": "INDEX"}


def _remediation(obj, bootstrap):
    if obj.kind == "schema":
        # No role name in a comment line: a name may hold a newline.
        return ("-- Read what its owner put in it first: that role could write pg_trickle's catalog.\n"
                "ALTER SCHEMA %s OWNER TO %s;" % (obj.identity, bootstrap))
    if "relkind" in obj.problems and obj.relkind in _DROP:
        return "DROP %s %s;" % (_DROP[obj.relkind], obj.identity)
    lines = ["DROP RULE %s ON %s;" % (rule, obj.identity) for rule in obj.rules]
    lines += ["ALTER TABLE %s NO INHERIT %s;" % (child, obj.identity) for child in obj.children]
    if "types" in obj.problems:
        lines.append(comment("Change every column of %s to a built-in type (ALTER TABLE ... ALTER COLUMN ... TYPE)."
                             % obj.identity))
    if obj.code:
        lines.append("-- Read each function below first: its owner wrote it.")
        lines += ["ALTER FUNCTION %s OWNER TO %s;" % (function, bootstrap) for function in obj.code]
    if "owner" in obj.problems:
        lines.append("-- Read its rows first: its owner could write them.\nALTER TABLE %s OWNER TO %s;"
                     % (obj.identity, bootstrap))
    return "\n".join(lines)


def audit(ctx):
    deployment = ctx.pgtrickle
    if deployment is None:
        return
    for obj in deployment.untrusted:
        facts = {"owner": obj.owner, "kind": _KINDS.get(obj.relkind, "relation"),
                 "rules": ", ".join(obj.rules), "children": ", ".join(obj.children),
                 "code": ", ".join(obj.code)}
        yield Finding(
            object_type="schema" if obj.kind == "schema" else "table",
            object_identity=obj.identity,
            message="harden ignores pg_trickle's catalog, since %s (owner %s) is not what a superuser made: %s"
                    % (obj.identity, obj.owner, "; ".join(_DESCRIBE[p] % facts for p in obj.problems)),
            remediation=_remediation(obj, deployment.bootstrap),
        )


RULE = Rule(
    name="pgt_catalog_untrusted",
    severity="critical",
    category="pg_trickle",
    title="The pg_trickle catalog was not made by a superuser, so harden ignores it",
    rationale="audit_report(), apply() and the guard run as a superuser and act on what pgtrickle.pgt_stream_tables "
              "and pgtrickle.pgt_dependencies list: apply() transfers ownership of and grants on those "
              "relations. Any role with CREATE on the database can make a schema named pgtrickle, and a view "
              "there runs its owner's functions as whoever reads it. harden reads the catalog only when the "
              "schema and both tables are owned by a superuser (or belong to a superuser-owned pg_trickle "
              "extension) and the tables are ordinary tables without rules, child tables, non-built-in "
              "column types or triggers, indexes, constraints and defaults that call a function no superuser "
              "owns; anything else is ignored by every part of harden, and reported here with its "
              "owner, since someone other than a superuser took pg_trickle's name.",
    reference="harden trust rules (docs/architecture.md); PostgreSQL manual, \"Rules on SELECT\"",
    remediation="Find out who made the catalog and why; drop a stand-in, or give a genuine catalog to a "
                "superuser (ALTER TABLE ... OWNER TO) after reading what its owner could have written.",
    audit=audit,
)
