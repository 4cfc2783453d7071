-- Version, rule catalogue, audit report and configuration.

-- STABLE, not IMMUTABLE: the value is the loaded package's, and a session
-- that loaded another version must be told so rather than get a folded constant.
CREATE OR REPLACE FUNCTION harden.version() RETURNS text
LANGUAGE plpython3u STABLE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import server
return server.version()
$$;

CREATE OR REPLACE FUNCTION harden.checks()
RETURNS TABLE(name text, severity text, category text, title text, rationale text, reference text)
LANGUAGE plpython3u STABLE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import server
return server.checks()
$$;

-- SECURITY DEFINER: a member of harden_auditor sees what only a superuser can
-- read (pg_authid, pg_hba_file_rules, other roles' settings). jit off: the
-- catalog queries are short, and an inflated row estimate (recursive CTEs)
-- once made JIT compilation cost more than the whole report. random_page_cost
-- 1.1: the catalogs a report reads are in shared buffers, where an index probe
-- costs little more than a sequential read; at the default 4 the planner scans
-- the whole pg_class or pg_attribute to join a thousand rows, or joins
-- pg_class through a full scan of its name index once per schema.
CREATE OR REPLACE FUNCTION harden.audit_report(include_waived boolean DEFAULT false)
RETURNS TABLE(check_name text, severity text, category text, object_type text,
              object_identity text, message text, remediation text, fingerprint text,
              waived boolean)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
SET random_page_cost = 1.1
AS $$
#HARDEN_PRELUDE
from harden import server
return server.audit_report(plpy, include_waived)
$$;

CREATE OR REPLACE FUNCTION harden.audit_summary()
RETURNS TABLE(severity text, findings bigint)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
SET random_page_cost = 1.1
AS $$
#HARDEN_PRELUDE
from harden import server
return server.audit_summary(plpy)
$$;

CREATE OR REPLACE FUNCTION harden.audit_report_json() RETURNS jsonb
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
SET random_page_cost = 1.1
AS $$
#HARDEN_PRELUDE
from harden import server
return server.audit_report_json(plpy)
$$;

-- value NULL returns a setting to its default. With the caller's rights, not
-- SECURITY DEFINER: whether the role whose code calls it is a superuser
-- decides which settings it may change (harden.config.configure), and a
-- superuser writes harden.config itself.
CREATE OR REPLACE FUNCTION harden.configure(name text, value text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import server
return server.configure(plpy, name, value)
$$;

-- What harden.configure() writes for a caller who is no superuser: every
-- setting but those only a superuser may change.
CREATE OR REPLACE FUNCTION harden._set_config(name text, value text) RETURNS text
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import server
return server.set_config(plpy, name, value)
$$;

CREATE OR REPLACE FUNCTION harden.settings()
RETURNS TABLE(name text, value text, is_default boolean, description text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import server
return server.settings(plpy)
$$;

-- harden.trust.PGT_CATALOG_TRUSTED_SQL, for SQL and PL/pgSQL callers (the
-- guard's gate): whether pg_trickle's catalog is superuser-made and may be
-- read. The build fills in the Python text (tools/build_sql.py). Not granted to anyone.
-- PL/pgSQL, not SQL: the gate calls this for every DDL statement where a
-- schema pgtrickle exists, and a LANGUAGE sql function that cannot be
-- inlined (it has a SET clause) is planned anew at each call (about 3
-- million instructions per DDL statement in make bench); PL/pgSQL keeps the
-- plan for the session.
CREATE OR REPLACE FUNCTION harden._pgt_catalog_trusted() RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $trust$
BEGIN
RETURN (SELECT @@PGT_CATALOG_TRUSTED_SQL@@);
END
$trust$;

-- harden.redact.redact(): the statement with its secrets (PASSWORD clauses,
-- secret options of user mappings and servers, conninfo passwords) replaced
-- by ********, for the guard's history and log lines, and for the update
-- script that redacts rows harden.ddl_history already holds. A caller can
-- skip it for text for which harden.redact.may_hold_secret_sql is false.
-- Granted to no one.
CREATE OR REPLACE FUNCTION harden._redact_statement(statement text, standard_conforming_strings boolean DEFAULT NULL)
RETURNS text
LANGUAGE plpython3u IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
AS $$
#HARDEN_PRELUDE
from harden import redact
return redact.redact(statement, standard_conforming_strings)
$$;

GRANT EXECUTE ON FUNCTION harden.version(), harden.checks(), harden.audit_report(boolean),
    harden.audit_summary(), harden.audit_report_json(), harden.settings()
    TO harden_auditor;
GRANT EXECUTE ON FUNCTION harden.configure(text, text), harden._py_configure(text, text),
    harden._set_config(text, text) TO harden_admin;
