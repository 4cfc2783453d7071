from harden.guard import facts
from harden.rule import Rule, Violation


def guard(ctx, cmd):
    invoker = cmd.event.invoker
    for fk in facts.new_foreign_keys(ctx, cmd):
        if fk["can_select"]:
            continue
        yield Violation(
            object_type="table constraint",
            object_identity="%s on %s" % (ctx.ident(fk["name"]), fk["table_identity"]),
            message="role %s may not add foreign key %s on %s: it references %s, on which %s lacks "
                    "SELECT (REFERENCES alone is not enough)"
                    % (ctx.ident(invoker), ctx.ident(fk["name"]), fk["table_identity"],
                       fk["referenced_identity"], ctx.ident(invoker)),
            remediation="As %s, the owner of %s: GRANT SELECT ON %s TO %s; then add the foreign key again."
                        % (ctx.ident(fk["referenced_owner"]), fk["referenced_identity"],
                           fk["referenced_identity"], ctx.ident(invoker)),
        )


RULE = Rule(
    name="references_only_foreign_key",
    severity="medium",
    category="privileges",
    title="A foreign key added by a role without SELECT on the referenced table",
    rationale="The REFERENCES privilege lets a role create a foreign key to a table it cannot read. "
              "The key then blocks the owner's deletes and updates, and its checks reveal which keys "
              "exist. PGD accepts ALTER TABLE ... ADD FOREIGN KEY (and CREATE TABLE with one) only "
              "from a role holding SELECT on the referenced table; the guard does the same on any "
              "PostgreSQL. SELECT on every referenced column counts. Partitions that inherit their "
              "parent's foreign keys are not checked again.",
    reference="PGD security and roles, \"Foreign key privileges\"",
    remediation="Grant SELECT on the referenced table to the role that creates the foreign key "
                "(or let the table's owner create it).",
    guard=guard,
    guard_action="block",
    guard_tags=frozenset(("CREATE TABLE", "ALTER TABLE")),
    gate={"CREATE TABLE": "fk.unreadable_reference", "ALTER TABLE": "fk.unreadable_reference"},
)
