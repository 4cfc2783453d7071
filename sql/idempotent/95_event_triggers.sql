-- The guard's event triggers, created once: CREATE EVENT TRIGGER has no OR
-- REPLACE. Last, so that the rest of an install runs before them. The build
-- writes the statements from the one list of them (harden.guard.triggers).
DO $event_triggers$
BEGIN
    @@EVENT_TRIGGERS@@
END
$event_triggers$;
