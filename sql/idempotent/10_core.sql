-- Version, rule catalogue, audit report and configuration.

-- STABLE, not IMMUTABLE: the value is the loaded package's, and a session
-- that loaded another version must be told so rather than get a folded constant.
CREATE OR REPLACE FUNCTION harden.version() RETURNS text
LANGUAGE plpython3u STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
return server.version()
$$;

CREATE OR REPLACE FUNCTION harden.checks()
RETURNS TABLE(name text, severity text, category text, title text, rationale text, reference text)
LANGUAGE plpython3u STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
return server.checks()
$$;

-- SECURITY DEFINER: a member of harden_auditor sees what only a superuser can
-- read (pg_authid, pg_hba_file_rules, other roles' settings). jit off: the
-- catalog queries are short, and an inflated row estimate (recursive CTEs)
-- once made JIT compilation cost more than the whole report.
CREATE OR REPLACE FUNCTION harden.audit_report(include_waived boolean DEFAULT false)
RETURNS TABLE(check_name text, severity text, category text, object_type text,
              object_identity text, message text, remediation text, fingerprint text,
              waived boolean)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
#HARDEN_PRELUDE
return server.audit_report(plpy, include_waived)
$$;

CREATE OR REPLACE FUNCTION harden.audit_summary()
RETURNS TABLE(severity text, findings bigint)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
#HARDEN_PRELUDE
return server.audit_summary(plpy)
$$;

CREATE OR REPLACE FUNCTION harden.audit_report_json() RETURNS jsonb
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET jit = off
AS $$
#HARDEN_PRELUDE
return server.audit_report_json(plpy)
$$;

-- value NULL returns a setting to its default.
CREATE OR REPLACE FUNCTION harden.configure(name text, value text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
return server.configure(plpy, name, value)
$$;

CREATE OR REPLACE FUNCTION harden.settings()
RETURNS TABLE(name text, value text, is_default boolean, description text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
#HARDEN_PRELUDE
return server.settings(plpy)
$$;

GRANT EXECUTE ON FUNCTION harden.version(), harden.checks(), harden.audit_report(boolean),
    harden.audit_summary(), harden.audit_report_json(), harden.settings()
    TO harden_auditor;
GRANT EXECUTE ON FUNCTION harden.configure(text, text) TO harden_admin;
