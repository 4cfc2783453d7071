-- harden's two roles, in the spirit of PGD's bdr_superuser / bdr_read_all_stats.
-- Roles are cluster-wide: a second database's CREATE EXTENSION finds them, and
-- DROP EXTENSION leaves them for the databases that still use them.

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'harden_auditor') THEN
        CREATE ROLE harden_auditor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'harden_admin') THEN
        CREATE ROLE harden_admin NOLOGIN;
    END IF;
    IF NOT pg_catalog.pg_has_role('harden_admin', 'harden_auditor', 'MEMBER') THEN
        GRANT harden_auditor TO harden_admin;
    END IF;
END
$roles$;
