from harden.rule import Finding, Rule


def audit(ctx):
    deployment = ctx.pgtrickle
    # An untrusted catalog is pgt_catalog_untrusted's, whatever its layout.
    if deployment is None or deployment.recognized or deployment.untrusted:
        return
    yield Finding(
        object_type="schema",
        object_identity="pgtrickle",
        message="the pg_trickle catalog lacks what harden reads (%s); pg_trickle checks were skipped"
                % ", ".join(deployment.missing),
    )


RULE = Rule(
    name="pgt_catalog_unrecognized",
    severity="info",
    category="pg_trickle",
    title="The pg_trickle catalog has a layout harden does not know",
    rationale="harden reads pgtrickle.pgt_stream_tables and pgtrickle.pgt_dependencies to find "
              "stream tables and their sources. When their columns or their types differ from the "
              "layout harden knows, the pg_trickle checks and the guard leave the catalog alone "
              "rather than guess.",
    reference="pg_trickle 0.67 catalog layout",
    remediation="Upgrade harden to a version that knows this pg_trickle release.",
    audit=audit,
)
