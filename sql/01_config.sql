-- Configuration: only the values a DBA changed; defaults live in harden.settings
-- (Python). Written through harden.configure(); kept by pg_dump.
CREATE TABLE harden.config (
    name       text PRIMARY KEY,
    value      text NOT NULL,
    changed_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
SELECT pg_catalog.pg_extension_config_dump('harden.config', '');
REVOKE ALL ON harden.config FROM PUBLIC;
GRANT SELECT ON harden.config TO harden_auditor;
