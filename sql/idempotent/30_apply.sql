-- harden.apply(): the union of the rules' plans (the pg_trickle hardening
-- tutorial where pg_trickle is deployed, general rules) in one transaction, with a
-- dry run, a record of every change with its undo, harden.revert() and the
-- tutorial's checklist as harden.verify(). Logic: python_lib/harden/apply/.


-- SECURITY DEFINER: a member of harden_admin creates roles, changes owners and
-- privileges and database settings, which only a superuser may do for others.
-- rules: NULL for the pg_trickle steps and every rule safe to apply
-- automatically; a list for exactly those rules.
CREATE OR REPLACE FUNCTION harden.apply(dry_run boolean DEFAULT false, rules text[] DEFAULT NULL)
RETURNS TABLE(step integer, rule text, action text, sql text, status text)
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
AS $$
#HARDEN_PRELUDE
from harden.apply import api
return api.apply(plpy, dry_run, rules)
$$;

CREATE OR REPLACE FUNCTION harden.revert(run_id bigint)
RETURNS TABLE(step integer, sql text, status text)
LANGUAGE plpython3u VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
AS $$
#HARDEN_PRELUDE
from harden.apply import api
return api.revert(plpy, run_id)
$$;

-- SECURITY DEFINER: the checks read pg_file_settings and other roles' settings.
CREATE OR REPLACE FUNCTION harden.verify()
RETURNS TABLE(item integer, check_item text, passed boolean, detail text)
LANGUAGE plpython3u STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET quote_all_identifiers = off
SET jit = off
AS $$
#HARDEN_PRELUDE
from harden.apply import api
return api.verify(plpy)
$$;

GRANT EXECUTE ON FUNCTION harden.apply(boolean, text[]), harden.revert(bigint), harden.verify() TO harden_admin;
