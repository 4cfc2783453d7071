"""What a GRANT touched.

PostgreSQL 15 reports a GRANT to event triggers as one row with command_tag
GRANT and an object_type (TABLE, SEQUENCE, SCHEMA, ...), but no objects,
grantees or privileges: those live in the pg_ddl_command value, which SQL
cannot read. What the guard can see at ddl_command_end is the result: the
ACLs after the GRANT. A catalog row the GRANT changed was written by this
transaction, so its xmin is one of this transaction's xids; the guard reads
the ACLs of such rows among the objects a rule cares about (stream tables,
change buffers), which never blames a GRANT for an ACL that was already there.

The GRANT's text narrows that down only where misreading it costs a check,
never a verdict: when the top-level query is exactly one GRANT statement this
reader fully understands (plain words, no U&"..." spellings, no comments
inside), `parse()` reads its privileges, and rules skip a GRANT that cannot
grant what they object to (grant_all_privileges then skips the scan of
pg_class that finding touched tables among all tables takes). Grantees are
never read from the text: the server resolves "public" quoted as PUBLIC and
truncates long names, so rules blame every grantee of the resulting ACL of
the objects the GRANT touched. A GRANT run inside a function, a DO block,
another event trigger or CREATE SCHEMA (the PL/pgSQL gate tells: only it can
read the error context), or sent with other statements, is not read at all.
"""

import re
from dataclasses import dataclass

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
  | (?P<word>[^\W\d][\w$]*)
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


@dataclass(frozen=True)
class Grant:
    """What a GRANT statement's text says: its privileges (lower case, "all"
    for ALL [PRIVILEGES]). Its grantees are not read: "public" quoted is
    PUBLIC, a name over 63 bytes is truncated, and the server alone resolves
    them; rules judge the resulting ACL of every grantee."""
    privileges: frozenset


def parse(statement):
    """The Grant a statement's text makes, or None unless the text is exactly
    one GRANT <privileges> ON ... TO <grantees> statement this reader fully
    understands."""
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
    # TO is a reserved word: the first unquoted one outside parentheses
    # (function signatures) starts the grantee list.
    depth, i = 0, i + 1
    while i < len(tokens) and not (tokens[i][0] == "word" and tokens[i][1].lower() == "to" and depth == 0):
        depth += {"(": 1, ")": -1}.get(tokens[i][1], 0)
        i += 1
    i, expect_name = i + 1, True
    while i < len(tokens):
        kind, value = tokens[i]
        word = value.lower() if kind == "word" else None
        if expect_name:
            if word == "group" and i + 1 < len(tokens) and tokens[i + 1][1] != ",":
                i += 1
                kind, value = tokens[i]
                word = value.lower() if kind == "word" else None
            if kind not in ("word", "quoted"):
                return None
            expect_name = False
        elif value == ",":
            expect_name = True
        elif word in ("with", "granted") or value == ";":
            break
        else:
            return None
        i += 1
    if expect_name:
        return None
    # The statement must end here: after a ';' only more ';' may follow.
    rest = [v for _, v in tokens[i:]]
    if ";" in rest and any(v != ";" for v in rest[rest.index(";"):]):
        return None
    return Grant(frozenset(privileges))


def statement_grant(cmd):
    """The Grant of the command's top-level statement (see parse), or None,
    also when the GRANT ran from a function or another event trigger, whose
    GRANT the top-level query's text does not describe."""
    if "grant" not in cmd.memo:
        event = cmd.event
        cmd.memo["grant"] = parse(event.statement) \
            if cmd.tag == "GRANT" and event.top_level else None
    return cmd.memo["grant"]


def may_grant_all_table_privileges(grant):
    return grant is None or "all" in grant.privileges or TABLE_PRIVILEGES <= grant.privileges


def may_grant_write(grant):
    return grant is None or "all" in grant.privileges or bool(WRITE_PRIVILEGES & grant.privileges)
