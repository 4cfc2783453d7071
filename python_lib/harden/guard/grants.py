"""What a GRANT touched.

PostgreSQL 15 reports a GRANT to event triggers as one row with command_tag
GRANT and an object_type (TABLE, SEQUENCE, SCHEMA, ...), but no objects,
grantees or privileges: those live in the pg_ddl_command value, which SQL
cannot read. What the guard can see at ddl_command_end is the result: the
ACLs after the GRANT. A catalog row the GRANT changed was written by this
transaction, so its xmin is one of this transaction's xids; the guard reads
the ACLs of such rows among the objects a rule cares about (stream tables,
change buffers), which never blames a GRANT for an ACL that was already there.

Finding such rows among all tables needs a scan of pg_class. The one rule that
needs all tables (grant_all_privileges) first asks `granted_privileges()` what
the statement text grants; it is trusted only when the top-level query is
exactly one GRANT statement, so a GRANT run inside a function or a DO block, or
sent with other statements, always takes the scan.
"""

import re

# A catalog row written by this transaction (or one of its subtransactions):
# age() <= 0 keeps rows no older than this transaction's xid; pg_xact_status
# drops rows of transactions that started later and have already committed
# (visible under READ COMMITTED), leaving only this transaction's own. The xid8
# is rebuilt from the 32-bit xmin relative to the current transaction's xid8.
WRITTEN_BY_THIS_TRANSACTION = (
    "(pg_catalog.age({a}.xmin) <= 0 AND pg_catalog.pg_xact_status(("
    "pg_catalog.pg_current_xact_id()::text::bigint"
    " + (({a}.xmin::text::bigint - pg_catalog.pg_current_xact_id()::text::bigint % 4294967296"
    " + 6442450944) % 4294967296) - 2147483648)::text::xid8) = 'in progress')"
)

TABLE_PRIVILEGES = frozenset(("select", "insert", "update", "delete", "truncate", "references", "trigger"))
WRITE_PRIVILEGES = frozenset(("insert", "update", "delete", "truncate"))

_PRIVILEGE_WORDS = TABLE_PRIVILEGES | {
    "all", "privileges", "usage", "execute", "create", "connect", "temporary", "temp",
    "set", "alter", "system", "maintain",
}

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<line_comment>--[^\n]*)
  | (?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
  | (?P<quoted>"(?:[^"]|"")*")
  | (?P<number>[0-9]+(?:\.[0-9]*)?)
  | (?P<punct>[,();.*])
""", re.VERBOSE)


def _tokens(text):
    """(kind, value) pairs; None when the text holds anything this reader does
    not fully understand (strings, dollar quotes, operators, U&"..." names)."""
    pos, out = 0, []
    while pos < len(text):
        if text.startswith("/*", pos):
            depth, i = 0, pos
            while i < len(text):
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                    if depth == 0:
                        break
                else:
                    i += 1
            if depth:
                return None
            pos = i
            continue
        m = _TOKEN.match(text, pos)
        if m is None:
            return None
        kind = m.lastgroup
        value = m.group()
        pos = m.end()
        if kind not in ("space", "line_comment"):
            out.append((kind, value))
    return out


def granted_privileges(statement):
    """The privileges (lower case) a GRANT statement names, or None unless the
    text is exactly one GRANT ... ON ... statement whose privilege list this
    reader understands. "all" stands for ALL [PRIVILEGES]."""
    tokens = _tokens(statement or "")
    if not tokens or tokens[0][0] != "word" or tokens[0][1].lower() != "grant":
        return None
    privileges, depth, i = set(), 0, 1
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "word" and value.lower() == "on" and depth == 0:
            break
        if value == "(":
            depth += 1
        elif value == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            if kind == "word":
                word = value.lower()
                if word not in _PRIVILEGE_WORDS:
                    return None
                if word != "privileges":
                    privileges.add(word)
            elif value != ",":
                return None
        elif kind not in ("word", "quoted") and value != ",":
            return None
        i += 1
    if i >= len(tokens) or not privileges:
        return None
    # The rest must end the statement: a ';' may only be followed by more ';'.
    rest = tokens[i + 1:]
    for n, (kind, value) in enumerate(rest):
        if value == ";":
            if any(v != ";" for _, v in rest[n:]):
                return None
            break
    return frozenset(privileges)


def may_grant_all_table_privileges(privileges):
    return privileges is None or "all" in privileges or TABLE_PRIVILEGES <= privileges


def may_grant_write(privileges):
    return privileges is None or "all" in privileges or bool(WRITE_PRIVILEGES & privileges)
