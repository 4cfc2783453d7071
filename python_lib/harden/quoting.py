"""Quoting identifiers and literals for the SQL that harden hands back.

Identifiers are quoted the way the server's quote_ident() does it; the
keywords that force quoting come from the server (pg_get_keywords), so the
text matches what PostgreSQL itself would print.
"""

# What may stay unquoted: [a-z_][a-z0-9_]* (the server quotes a $), tested with plain string
# operations (no re on the guard's path: importing it costs each session's
# first checked DDL several milliseconds).
_PLAIN_START = frozenset("abcdefghijklmnopqrstuvwxyz_")
_PLAIN_PART = _PLAIN_START | frozenset("0123456789")


def quote_ident(name, keywords=frozenset()):
    if name[:1] in _PLAIN_START and _PLAIN_PART.issuperset(name) and name not in keywords:
        return name
    return '"' + name.replace('"', '""') + '"'


def comment(text):
    """`text` as one -- comment line. A -- comment ends at a line feed or a
    carriage return (in PostgreSQL's lexer and psql's): a name holding one,
    written into a comment, would end it and run the rest of the name as SQL
    (found by an attacker helper). Both are shown as \\n and \\r instead."""
    return "-- " + text.replace("\r", "\\r").replace("\n", "\\n")


def quote_literal(value):
    if value is None:
        return "NULL"
    text = str(value)
    if "\\" in text:
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + text.replace("'", "''") + "'"
