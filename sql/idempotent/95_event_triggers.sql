-- The guard's event triggers, created once: CREATE EVENT TRIGGER has no OR
-- REPLACE. Last, so that the rest of an install runs before them.
DO $event_triggers$
BEGIN
    -- Each guard trigger has one that notes the acting role just before it
    -- (harden.guard_note_acting_role()): its name sorts first.
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_acting_ddl_command_end') THEN
        CREATE EVENT TRIGGER harden_guard_acting_ddl_command_end ON ddl_command_end
            EXECUTE FUNCTION harden.guard_note_acting_role();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_acting_sql_drop') THEN
        CREATE EVENT TRIGGER harden_guard_acting_sql_drop ON sql_drop
            EXECUTE FUNCTION harden.guard_note_acting_role();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_acting_ddl_command_start') THEN
        CREATE EVENT TRIGGER harden_guard_acting_ddl_command_start ON ddl_command_start
            WHEN TAG IN ('ALTER TABLE')
            EXECUTE FUNCTION harden.guard_note_acting_role();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_ddl_command_end') THEN
        CREATE EVENT TRIGGER harden_guard_ddl_command_end ON ddl_command_end
            EXECUTE FUNCTION harden.guard_ddl_command_end();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_sql_drop') THEN
        CREATE EVENT TRIGGER harden_guard_sql_drop ON sql_drop
            EXECUTE FUNCTION harden.guard_sql_drop();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_event_trigger WHERE evtname = 'harden_guard_ddl_command_start') THEN
        CREATE EVENT TRIGGER harden_guard_ddl_command_start ON ddl_command_start
            WHEN TAG IN ('ALTER TABLE')
            EXECUTE FUNCTION harden.guard_ddl_command_start();
    END IF;
END
$event_triggers$;
