"""Secrets out of the statements harden keeps (issue 12, item 6).

harden.ddl_history and the server-log lines harden writes hold the top-level
query text, which harden_auditor and pg_dump read. A query may carry a
password: CREATE/ALTER SUBSCRIPTION ... CONNECTION 'host=... password=...'
(or a postgresql://user:secret@host URI), CREATE/ALTER ROLE or USER ...
PASSWORD '...', CREATE/ALTER USER MAPPING or SERVER ... OPTIONS (password
'...'), and any other statement sent in the same query string. redact()
replaces each such value with [redacted] and keeps the rest, so the history
still says what was done.

The statement is read as PostgreSQL's lexer reads it (string constants in
their four spellings, quoted identifiers, comments), never by a pattern over
the whole text. What it cannot read while it may hold a secret is replaced
whole: losing a statement's text is better than keeping a password.

A stand-in written by the guard's branch; branch trust writes the shared
redact() with the same signature, which replaces this file on merge.
"""

import re

MASK = "[redacted]"
UNREADABLE = "[statement redacted: it may hold a password, and harden could not read it]"

# Option and keyword names whose value is a secret (lower case, substrings).
_SECRET_NAMES = ("password", "passwd", "secret")

_DOLLAR = re.compile(r"\$([^\W\d$][\w]*)?\$")
_WORD = re.compile(r"[^\W\d$][\w$]*")
# In a conninfo string: password=value (value quoted with ' and \ escapes, or
# up to the next space); in a URI, user:password@ and ?password= / &password=.
_KV_PASSWORD = re.compile(r"(password\s*=\s*)('(?:\\.|[^'\\])*'?|\S*)", re.IGNORECASE)
_URI_PASSWORD = re.compile(r"(://[^:/@\s?#]*:)([^@\s/?#]*)(@)")
_URI_PARAM = re.compile(r"([?&][a-z_]*password=)([^&\s#]*)", re.IGNORECASE)


def may_hold_secret(statement):
    """The cheap test: False means redact() would return the text unchanged
    (U&"..." may spell an option name without these letters). The SQL gate
    makes the same test before it calls harden._guard_redact()."""
    lower = statement.lower()
    return "pass" in lower or "secret" in lower or "://" in statement or "u&" in lower


class _Unreadable(Exception):
    pass


def _tokens(text):
    """(kind, start, end, value) for the tokens that matter: 'string' (value:
    the constant's text, or None when it uses escapes this reader does not
    decode), 'ident' (value: the name, or None for U&"..."), 'word' (lower
    case) and 'punct'. Comments and spaces are skipped."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            depth, j = 0, i
            while j < n:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                    if depth == 0:
                        break
                else:
                    j += 1
            if depth:
                raise _Unreadable()
            i = j
        elif c == "'" or (c in "eEbBxXnN" and text.startswith("'", i + 1)) or \
                (c in "uU" and text.startswith("&'", i + 1)):
            start = i
            escapes = c in "eE"
            i = text.index("'", i) + 1
            body = []
            while True:
                if i >= n:
                    raise _Unreadable()
                if escapes and text[i] == "\\":
                    body.append(text[i:i + 2])
                    i += 2
                elif text[i] == "'":
                    if text.startswith("''", i):
                        body.append("'")
                        i += 2
                    else:
                        i += 1
                        break
                else:
                    body.append(text[i])
                    i += 1
            value = "".join(body)
            # A backslash means an escape in E'...', and in '...' too where
            # standard_conforming_strings is off: masked whole.
            plain = c in "'nNeE" and "\\" not in value
            yield ("string", start, i, value if plain else None)
        elif c == "$" and _DOLLAR.match(text, i):
            tag = _DOLLAR.match(text, i).group()
            end = text.find(tag, i + len(tag))
            if end < 0:
                raise _Unreadable()
            yield ("string", i, end + len(tag), text[i + len(tag):end])
            i = end + len(tag)
        elif c == '"' or (c in "uU" and text.startswith('&"', i + 1)):
            start = i
            unicode = c != '"'
            i = text.index('"', i) + 1
            while True:
                end = text.find('"', i)
                if end < 0:
                    raise _Unreadable()
                if text.startswith('""', end):
                    i = end + 2
                    continue
                i = end + 1
                break
            name = text[start + 1:i - 1].replace('""', '"')
            yield ("ident", start, i, None if unicode else name)
        else:
            m = _WORD.match(text, i)
            if m:
                yield ("word", i, m.end(), m.group().lower())
                i = m.end()
            else:
                yield ("punct", i, i + 1, c)
                i += 1


def _secret_name(kind, value):
    """A keyword or option name that announces a secret; a U&"..." name,
    which this reader does not decode, counts as one."""
    if kind not in ("word", "ident"):
        return False
    if value is None:
        return True
    name = value.lower()
    return any(s in name for s in _SECRET_NAMES)


def _conninfo(value):
    """The constant's text with the passwords of a conninfo or URI masked."""
    if "://" in value:
        value = _URI_PASSWORD.sub(lambda m: m.group(1) + MASK + m.group(3), value)
        return _URI_PARAM.sub(lambda m: m.group(1) + MASK, value)
    return _KV_PASSWORD.sub(lambda m: m.group(1) + MASK, value)


def _literal(value):
    return "'" + value.replace("'", "''") + "'"


def redact(statement):
    """The statement with every password masked (see the module's text)."""
    if statement is None or not may_hold_secret(statement):
        return statement
    try:
        tokens = list(_tokens(statement))
    except (_Unreadable, ValueError):
        return UNREADABLE
    edits = []
    previous = None
    for kind, start, end, value in tokens:
        if kind == "string":
            if previous is not None and _secret_name(previous[0], previous[1]):
                edits.append((start, end, _literal(MASK)))
            elif value is None:
                # Escapes this reader does not decode: masked whole.
                edits.append((start, end, _literal(MASK)))
            else:
                masked = _conninfo(value)
                if masked != value:
                    edits.append((start, end, _literal(masked)))
        previous = (kind, value)
    out, pos = [], 0
    for start, end, text in edits:
        out.append(statement[pos:start])
        out.append(text)
        pos = end
    out.append(statement[pos:])
    return "".join(out)
