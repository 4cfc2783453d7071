"""What a GRANT touched.

PostgreSQL 15 reports a GRANT to event triggers as one row with command_tag
GRANT and an object_type (TABLE, SEQUENCE, SCHEMA, ...), but no objects,
grantees or privileges: those live in the pg_ddl_command value, which SQL
cannot read. What the guard can see at ddl_command_end is the result: the
ACLs after the GRANT. A catalog row the GRANT changed was written by this
transaction, so its xmin is one of this transaction's xids; the guard reads
the ACLs of such rows among the objects a rule cares about (stream tables,
change buffers), which never blames a GRANT for an ACL that was already there.

The gate (harden.guard.gate, sql/idempotent/40_guard.sql) reads the
relations a top-level GRANT's text names, only to decide whether Python need
look, where misreading it costs a look, never a verdict. Neither privileges
nor grantees are read from the text: any privilege may be the one that
completes ALL, the server resolves "public" quoted as PUBLIC and truncates
long names, so rules blame every grantee of the resulting ACL of the objects
the GRANT touched.
"""

from harden.guard.snapshot import xid8

# A catalog row written by this transaction (or one of its subtransactions):
# age() <= 0 keeps rows no older than this transaction's xid; pg_xact_status
# drops rows of transactions that started later and have already committed
# (visible under READ COMMITTED), leaving only this transaction's own. The xid8
# is rebuilt from the 32-bit xmin relative to the current transaction's xid8.
WRITTEN_BY_THIS_TRANSACTION = (
    "(pg_catalog.age({a}.xmin) <= 0 AND pg_catalog.pg_xact_status(%s) = 'in progress')" % xid8("{a}.xmin"))
