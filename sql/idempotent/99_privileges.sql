-- Last: PUBLIC keeps no EXECUTE on any harden function; the GRANTs above to
-- harden_auditor and harden_admin are the only ways in.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA harden FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA harden FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA harden FROM PUBLIC;
