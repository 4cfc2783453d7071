"""Quoting identifiers and literals for the SQL that harden hands back.

Identifiers are quoted the way the server's quote_ident() does it; the
keywords that force quoting come from the server (pg_get_keywords), so the
text matches what PostgreSQL itself would print.
"""

import re

# Matched against the whole name (fullmatch): "$" in a pattern also matches
# before a trailing newline, which would let "x\n" through unquoted.
_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")


def quote_ident(name, keywords=frozenset()):
    if _PLAIN.fullmatch(name) and name not in keywords:
        return name
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value):
    if value is None:
        return "NULL"
    text = str(value)
    if "\\" in text:
        return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
    return "'" + text.replace("'", "''") + "'"
