"""harden.apply(): the pg_trickle hardening tutorial as one idempotent, atomic call.

state reads the catalog (a handful of set-based queries), plan turns it into
the tutorial's steps, run executes and records them with their undo, revert
plays a run's undo back, verify evaluates the tutorial's checklist, and api
holds the entry points the SQL functions in sql/idempotent/30_apply.sql call.
"""
