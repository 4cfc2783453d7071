from harden import exposure, relation_acl, scope
from harden.rule import Finding, Rule

# Column names that mark personal data or credentials: splinter's list (lint
# 0023, sensitive_columns_exposed), compared lower case with - read as _.
SENSITIVE_COLUMNS = (
    "password", "passwd", "pwd", "passphrase", "secret", "secret_key", "private_key", "api_key", "apikey",
    "auth_key", "token", "jwt", "access_token", "refresh_token", "oauth_token", "session_token",
    "bearer_token", "auth_code", "session_id", "session_key", "session_secret", "recovery_code",
    "backup_code", "verification_code", "otp", "two_factor", "2fa_secret", "2fa_code", "ssn",
    "social_security", "social_security_number", "driver_license", "drivers_license", "license_number",
    "passport_number", "passport_id", "national_id", "tax_id", "credit_card", "card_number", "cvv", "cvc",
    "cvn", "bank_account", "account_number", "routing_number", "iban", "swift_code", "bic",
    "health_record", "medical_record", "patient_id", "insurance_number", "health_insurance",
    "medical_insurance", "treatment", "mac_address", "macaddr", "imei", "device_uuid", "pgp_key", "gpg_key",
    "ssh_key", "certificate", "license_key", "activation_key", "facial_recognition",
)

# Tables with row-level security off that an exposed role can read (SELECT)
# or write (INSERT, UPDATE, DELETE) through a grant to one of $1 (exposure
# grantees), on the table or on some of its columns. A write granted to PUBLIC
# is table_public_write's; a table with policies is policy_exists_rls_disabled's;
# stream tables and change buffers ($2, $3) are the pg_trickle checks'. $4:
# SENSITIVE_COLUMNS, $5: relation_acl.column_grant_relids().
TABLES_SQL = """
WITH reach AS (
    -- Unless the owner is one of $1, its default entry (seven privileges) is
    -- removed before the ACL is exploded: none of its rows could match.
    SELECT c.oid AS relid, a.grantee, a.privilege_type
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(CASE WHEN c.relowner = ANY ($1::pg_catalog.oid[]) THEN c.relacl
               ELSE NULLIF(pg_catalog.array_remove(c.relacl, (pg_catalog.acldefault('r', c.relowner))[1]), '{{}}')
               END) a
     WHERE c.relkind IN ('r', 'p') AND NOT c.relrowsecurity AND c.relacl IS NOT NULL
       AND a.grantee = ANY ($1::pg_catalog.oid[])
       AND (a.privilege_type = 'SELECT' OR (a.grantee <> 0 AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE')))
       AND c.oid <> ALL ($2::pg_catalog.oid[]) AND c.relnamespace <> $3::pg_catalog.oid
       AND {user_schema}
       AND {not_member}
    UNION
    SELECT c.oid, a.grantee, a.privilege_type
      FROM pg_catalog.pg_attribute att
      JOIN pg_catalog.pg_class c ON c.oid = att.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     CROSS JOIN LATERAL pg_catalog.aclexplode(att.attacl) a
     WHERE att.attrelid = ANY ($5::pg_catalog.oid[]) AND att.attacl IS NOT NULL AND NOT att.attisdropped
       AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity
       AND a.grantee = ANY ($1::pg_catalog.oid[])
       AND (a.privilege_type = 'SELECT' OR (a.grantee <> 0 AND a.privilege_type IN ('INSERT', 'UPDATE')))
       AND c.oid <> ALL ($2::pg_catalog.oid[]) AND c.relnamespace <> $3::pg_catalog.oid
       AND {user_schema}
       AND {not_member}
), tables AS (
    SELECT r.relid,
           pg_catalog.bool_or(r.grantee = 0) AS via_public,
           pg_catalog.string_agg(DISTINCT r.privilege_type, ', ') AS privileges
      FROM reach r
     WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_policy pol WHERE pol.polrelid = r.relid)
     GROUP BY r.relid
)
SELECT i.type, i.identity, t.via_public, t.privileges,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(att.attname), ', ' ORDER BY att.attnum)
          FROM pg_catalog.pg_attribute att
         WHERE att.attrelid = t.relid AND att.attnum > 0 AND NOT att.attisdropped
           AND pg_catalog.replace(pg_catalog.lower(att.attname), '-', '_') = ANY ($4::text[])) AS sensitive,
       pg_catalog.format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY;', i.identity) AS remediation
  FROM tables t
 CROSS JOIN LATERAL pg_catalog.pg_identify_object('pg_catalog.pg_class'::pg_catalog.regclass, t.relid, 0) i
""".format(user_schema=scope.user_schema("n"), not_member=scope.not_extension_member_bulk("pg_class", "c.oid", "c.relowner"))


def audit(ctx):
    exposed = exposure.exposure(ctx)
    if not exposed.any:
        return
    stream_tables, change_buffers = scope.pgtrickle_relations(ctx)
    for r in ctx.query(TABLES_SQL, [list(exposed.grantees), stream_tables, change_buffers,
                                    list(SENSITIVE_COLUMNS), relation_acl.column_grant_relids(ctx)]):
        why = []
        if r["via_public"]:
            why.append("granted to PUBLIC")
        if r["sensitive"]:
            why.append("sensitive columns: %s" % r["sensitive"])
        yield Finding(
            object_type=r["type"],
            object_identity=r["identity"],
            message="the exposed roles (%s) hold %s on %s %s, which has row-level security disabled: they "
                    "reach every row%s" % (exposed.label(ctx.ident), r["privileges"], r["type"], r["identity"],
                                          " (%s)" % "; ".join(why) if why else ""),
            remediation=r["remediation"],
            severity="critical" if why else None,
        )


RULE = Rule(
    name="exposed_table_without_rls",
    severity="high",
    category="rls",
    title="An exposed role can read or write a table with row-level security disabled",
    rationale="An exposed role (setting exposed_roles: PUBLIC and API roles such as anon) is what "
              "an outsider gets. Through a grant to it, to PUBLIC or to a role it belongs to, it "
              "reads or writes every row of a table that has row-level security disabled. Critical "
              "when the grant is PUBLIC's or a column name looks sensitive (password, secret, token, "
              "ssn, credit_card and the rest of splinter's list). Writes granted to PUBLIC are "
              "table_public_write's, tables with policies policy_exists_rls_disabled's, stream tables "
              "and change buffers the pg_trickle checks'. Enabling RLS without a policy denies every "
              "row to the exposed roles; then write the policies they need.",
    reference="splinter lints 0013 (rls_disabled_in_public) and 0023 (sensitive_columns_exposed), "
              "generalised to any role layout; PostgreSQL manual, \"Row Security Policies\"",
    remediation="ALTER TABLE <table> ENABLE ROW LEVEL SECURITY and CREATE POLICY for the rows each "
                "exposed role may see, or REVOKE the privileges from the exposed roles.",
    audit=audit,
)
