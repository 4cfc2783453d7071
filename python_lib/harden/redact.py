"""Secrets out of SQL text before harden stores or logs it.

redact(statement) returns the statement with every secret value replaced by
********, the rest as written:
- the string after a secret-named word: PASSWORD '...' and ENCRYPTED
  PASSWORD '...' of CREATE/ALTER ROLE/USER/GROUP, OPTIONS (password '...',
  SET sslpassword '...', ...) of user mappings, servers and foreign tables,
  x.password = '...' or TO '...' in SET clauses; also a bare word or number
  there;
- password and sslpassword values of conninfo strings (CONNECTION '...', a
  dblink call in a function body) in libpq's own quoting, and the password of
  any URI (scheme://user:password@host), found inside string literals of any
  spelling: '...' with doubled quotes, E'...' with backslash escapes,
  U&'...' [UESCAPE 'c'], dollar quotes, literals continued across lines,
  and literals inside literals (function bodies), decoded before matching;
  a literal that is all a connection string is also read as libpq reads it
  (its quotes are not SQL's), and where two readings disagree the span is
  hidden whole;
- a literal joined with || to one that ends in a secret-named key and =;
- the same conninfo patterns inside comments.
It errs on the side of hiding: a word after `password =` in a function body
is hidden even when it is a variable. It never raises: on an internal error
it returns WITHHELD instead of the statement. Standard library only, so that
the guard and the update script can use it inside the server
(harden._redact_statement(text) in SQL). The lexer that finds the secrets is
harden.redact_sql.
"""

MASK = "********"
WITHHELD = "-- harden: statement withheld (its secrets could not be redacted)"
# Redaction reads about a megabyte a second and nothing cancels it inside
# the server: a longer statement that may hold a secret is not read.
MAX_READ = 1_000_000
TOO_LONG = "-- harden: statement withheld (%d characters that may hold secrets, more than harden reads)"

# A word names a secret when it is one of these or ends with one of the
# suffixes (password_required, a flag, does not). passfile, sslkey and
# sslcert name files, not secrets.
SECRET_WORDS = frozenset(("password", "passwd", "secret", "passphrase", "token", "api_key", "apikey",
                          "access_key", "secret_key", "private_key", "client_secret"))
_SECRET_SUFFIXES = ("password", "passwd", "_secret", "_token", "passphrase", "_api_key", "_access_key",
                    "_secret_key", "_private_key")

# True for any text redact() could change: every secret word holds one of
# these, and U& and backslash escapes can spell any of them; so can a string
# continued on the next line ('pa'<newline>'ssword=...', which the lexer
# joins; a -- comment may end the first line), which any text with a quote
# followed by a newline or a comment, across horizontal white space, may be
# (a superset a regular expression finds in linear time); and a URI
# parameter whose name is percent-encoded (?%70assword=), which
# harden.redact_sql decodes. In lower case, as a regular expression matched
# case-insensitively (MAY_HOLD_SECRET_REGEX, with Python's re.I: what
# may_hold_secret() finds), and as SQL (may_hold_secret_sql()).
MAY_HOLD_SECRET_WORDS = ("pass", "secret", "token", "apikey", "api_key", "access_key", "private_key", "://", "u&",
                         "\\")
_CONTINUED_STRING_REGEX = r"'[ \t\f\v]*(?:--|[\n\r])"
# harden.redact_sql masks the value after such a name.
ENCODED_KEY_REGEX = r"[?&]([^=&?%]*%[^=&?]*)="
MAY_HOLD_SECRET_REGEX = "|".join([w.replace("\\", "\\\\") for w in MAY_HOLD_SECRET_WORDS]
                                 + [_CONTINUED_STRING_REGEX, ENCODED_KEY_REGEX])


def may_hold_secret_sql(lowered):
    """SQL true whenever may_hold_secret() is, for `lowered` (an SQL expression
    of the text with its ASCII letters in lower case, as lower(... COLLATE
    "C") makes it): the words with strpos, the two regular expressions only
    for a text holding a quote or a %, and any text with a character outside
    ASCII (re.I takes the long s, the Kelvin sign and the dotted and dotless
    i for letters of the words; the SQL leaves them to Python). The guard's
    gate asks it of every statement it records, where ~* would cost as much
    as the statement's own catalog work. E'' literals: the text means the
    same whatever standard_conforming_strings."""
    words = " OR ".join("pg_catalog.strpos(%s, E'%s') > 0" % (lowered, w.replace("\\", "\\\\"))
                        for w in MAY_HOLD_SECRET_WORDS)

    def literal(regex):
        return "E'%s'" % regex.replace("\\", "\\\\").replace("'", "\\'")
    return ("(%(words)s\n OR pg_catalog.strpos(%(l)s, E'\\'') > 0 AND %(l)s ~ %(continued)s"
            "\n OR pg_catalog.strpos(%(l)s, '%%') > 0 AND %(l)s ~ %(encoded)s"
            "\n OR pg_catalog.octet_length(pg_catalog.convert_to(%(l)s, 'UTF8')) <> pg_catalog.length(%(l)s))"
            % {"words": words, "l": lowered, "continued": literal(_CONTINUED_STRING_REGEX),
               "encoded": literal(ENCODED_KEY_REGEX)})


def is_secret_word(word):
    word = word.lower()
    return word in SECRET_WORDS or word.endswith(_SECRET_SUFFIXES)


def may_hold_secret(text):
    """MAY_HOLD_SECRET_REGEX, case-insensitive as Python's re has it, found
    without re: importing and compiling it cost each session's first checked
    DDL several milliseconds, and most statements hold no secret. casefold()
    turns each character re.I matches to a letter of the words into that
    letter (long s, Kelvin sign), and the dotted and dotless i are turned
    into i first."""
    if text is None:
        return False
    folded = text.translate(_TO_I).casefold()
    return (any(w in folded for w in MAY_HOLD_SECRET_WORDS) or _continued_string(text)
            or "%" in text and "=" in text and ("?" in text or "&" in text) and _encoded_key(text))


_TO_I = {0x130: "i", 0x131: "i"}


def _continued_string(text):
    """_CONTINUED_STRING_REGEX: a quote, horizontal white space, then -- or a newline."""
    i = text.find("'")
    while i >= 0:
        j = i + 1
        while j < len(text) and text[j] in " \t\f\v":
            j += 1
        if text.startswith("--", j) or text[j:j + 1] in ("\n", "\r"):
            return True
        i = text.find("'", j)
    return False


def _encoded_key(text):
    """ENCODED_KEY_REGEX, asked only of a text that holds all it needs."""
    import re
    return re.search(ENCODED_KEY_REGEX, text) is not None


def redact(statement, standard_conforming_strings=None):
    """The statement with its secrets replaced by ********; None stays None.
    standard_conforming_strings: as the server read the statement; None when
    that is not known (any session may turn it off, and the server parses a
    query string whole, before a SET in it runs). The setting changes only
    what a backslash in a '...' string means: a statement with a backslash
    is then read both ways, and withheld unless the two come out the same."""
    if statement is None:
        return None
    try:
        text = str(statement)
        if not may_hold_secret(text):
            return _valid(text)
        if len(text) > MAX_READ:
            return TOO_LONG % len(text)
        from harden.redact_sql import redact_sql
        if standard_conforming_strings is None:
            if "\\" in text:
                on = redact_sql(text, 0, True)
                return _valid(on) if on == redact_sql(text, 0, False) else WITHHELD
            standard_conforming_strings = True
        return _valid(redact_sql(text, 0, standard_conforming_strings))
    except Exception:  # a statement with its secret in it must never be the fallback
        return WITHHELD


def _valid(text):
    """Text PostgreSQL can store: no NUL, no lone surrogate."""
    return text.replace("\x00", "\\000").encode("utf-8", "replace").decode("utf-8")

