from harden import acl, scope
from harden.rule import Finding, Rule

# Table-level and column-level (INSERT, UPDATE) grants to PUBLIC; the
# table-level REVOKE removes both. Stream tables and change buffers are left
# to stream_table_writable and change_buffer_exposed.
# $1: oid[] of stream tables; $2: oid of the change-buffer schema (0: none).
TABLES_SQL = """
WITH hits AS (
    SELECT c.oid AS relid, c.relowner, c.relkind, a.grantor, a.privilege_type, a.is_grantable
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) a
     WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'f')
       AND a.grantee = 0 AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
       AND c.oid <> ALL ($1::pg_catalog.oid[]) AND c.relnamespace <> $2::pg_catalog.oid
       AND {user_schema}
       AND {not_member}
    UNION
    SELECT c.oid, c.relowner, c.relkind, a.grantor, a.privilege_type, a.is_grantable
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE att.attacl IS NOT NULL AND NOT att.attisdropped AND c.relkind IN ('r', 'p', 'v', 'f')
       AND a.grantee = 0 AND a.privilege_type IN ('INSERT', 'UPDATE')
       AND c.oid <> ALL ($1::pg_catalog.oid[]) AND c.relnamespace <> $2::pg_catalog.oid
       AND {user_schema}
       AND {not_member}
), named AS (
    SELECT h.*, i.type, i.identity
      FROM hits h
     CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, h.relid, 0) i
), revokes AS (
    SELECT h.relid, h.type, h.identity,
           pg_catalog.string_agg(DISTINCT h.privilege_type, ', ') AS privileges,
           {revoke} AS stmt
      FROM named h
     GROUP BY h.relid, h.relowner, h.relkind, h.grantor, h.type, h.identity
)
SELECT r.type, r.identity, pg_catalog.string_agg(DISTINCT r.privileges, ', ') AS privileges,
       pg_catalog.string_agg(r.stmt, ' ' ORDER BY r.stmt) AS remediation
  FROM revokes r
 GROUP BY r.relid, r.type, r.identity
""".format(revoke=acl.revoke("pg_catalog.string_agg(DISTINCT h.privilege_type, ', ')",
                             acl.relation_target("h.relkind", "h.identity"),
                             "0", "h.grantor", "h.relowner", "pg_catalog.bool_or(h.is_grantable)"),
           user_schema=scope.user_schema("n"), not_member=scope.not_extension_member("pg_class", "c.oid"))


def audit(ctx):
    stream_tables, change_buffers = scope.pgtrickle_relations(ctx)
    for r in ctx.query(TABLES_SQL, [stream_tables, change_buffers]):
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="PUBLIC holds %s on %s %s: every role can change its rows"
                    % (r["privileges"], r["type"], r["identity"]),
            remediation=r["remediation"],
        )


RULE = Rule(
    name="table_public_write",
    severity="high",
    category="privileges",
    title="PUBLIC can write to a table",
    rationale="A grant to PUBLIC reaches every role, present and future, including login roles "
              "that exist only to read. INSERT, UPDATE, DELETE or TRUNCATE for PUBLIC (on the table "
              "or on some of its columns) lets any of them change or wipe the data. Stream tables "
              "and change buffers are reported by stream_table_writable and change_buffer_exposed.",
    reference="CIS PostgreSQL benchmark 4.4 (excessive DML privileges)",
    remediation="REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON TABLE <table> FROM PUBLIC, and grant them "
                "to the roles that write.",
    audit=audit,
)
