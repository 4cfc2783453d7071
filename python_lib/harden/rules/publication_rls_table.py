from harden import scope
from harden.quoting import comment
from harden.rule import Finding, Rule

# Tables with row-level security (their own, or a partitioned ancestor's) that
# a publication carries without a row filter, with how they got there.
# Extension members are left out, as everywhere in the report.
SQL = """
SELECT pg_catalog.quote_ident(p.pubname) AS pub, p.pubname, p.puballtables,
       (pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0)).identity,
       pg_catalog.quote_ident(n.nspname) AS schema,
       EXISTS (SELECT 1 FROM pg_catalog.pg_publication_rel r
                WHERE r.prpubid = p.oid AND r.prrelid = c.oid) AS listed,
       EXISTS (SELECT 1 FROM pg_catalog.pg_publication_namespace pn
                WHERE pn.pnpubid = p.oid AND pn.pnnspid = n.oid) AS by_schema
  FROM pg_catalog.pg_publication p
 CROSS JOIN LATERAL pg_catalog.pg_get_publication_tables(p.pubname::text) g
  JOIN pg_catalog.pg_class c ON c.oid = g.relid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
 WHERE g.qual IS NULL
   AND (c.relrowsecurity
        OR (c.relispartition AND EXISTS (
              SELECT 1 FROM pg_catalog.pg_partition_ancestors(c.oid) a
                JOIN pg_catalog.pg_class ac ON ac.oid = a.relid
               WHERE ac.relrowsecurity)))
   AND {not_member}
 ORDER BY p.pubname, n.nspname, c.relname
""".format(not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def _remediation(row):
    if row["listed"] and not row["by_schema"]:
        return "\n".join([
            "ALTER PUBLICATION %s DROP TABLE %s;" % (row["pub"], row["identity"]),
            "-- To publish only the rows every subscriber may see, add it back with a row filter:",
            comment("ALTER PUBLICATION %s ADD TABLE %s WHERE (<condition>);" % (row["pub"], row["identity"])),
        ])
    if row["puballtables"] or row["by_schema"]:
        how = "FOR ALL TABLES" if row["puballtables"] else "FOR TABLES IN SCHEMA %s" % row["schema"]
        return "\n".join([
            comment("%s reaches %s through %s, which takes no row filter: first turn the publication" % (
                row["identity"], row["pub"], how)),
            comment("into a table list (see publication_all_tables), then drop %s from it or give it a row filter."
                    % row["identity"]),
        ])
    return comment("%s is published as a partition of a table listed in %s: drop that table from it or give it "
                   "a row filter." % (row["identity"], row["pub"]))


def audit(ctx):
    for row in ctx.query(SQL):
        yield Finding(
            object_type="table",
            object_identity=row["identity"],
            key=row["pubname"],
            message="%s has row-level security and is published by %s without a row filter: subscribers "
                    "receive every change, rows its policies hide included, and apply does not re-enforce them"
                    % (row["identity"], row["pub"]),
            remediation=_remediation(row),
        )


RULE = Rule(
    name="publication_rls_table",
    severity="high",
    category="replication",
    title="A table with row-level security is published without a row filter",
    rationale="Logical decoding sends every change of a published table whatever its policies say (only the "
              "initial copy runs them, as the replication role), and the subscriber applies rows without "
              "re-enforcing row-level security. A subscriber thus holds rows the publisher's policies hide "
              "from the roles that read the subscriber. A row filter publishes only the rows every subscriber "
              "may see.",
    reference="PostgreSQL manual 29.10 (Logical replication: Security); EDB PGD Security and roles: RLS is not "
              "re-enforced on apply, specify a row_filter",
    remediation="Drop the table from the publication, or publish it with a row filter "
                "(ALTER PUBLICATION ... ADD TABLE t WHERE (...)).",
    audit=audit,
)
