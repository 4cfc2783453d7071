"""harden.redact: no secret of a DDL statement survives, the rest does.

The pure-Python cases need no server; the last tests run the redacted
statements on a real one, to show they are still the statements they were.
"""

import json
import random
import re
import subprocess
import sys

import psycopg
import psycopg.conninfo
import pytest

from conftest import REPO
from harden.redact import (MASK, MAX_READ, MAY_HOLD_SECRET_REGEX, TOO_LONG, WITHHELD, may_hold_secret,
                           may_hold_secret_sql, redact)

SECRET = "s3cr3t-Pa55"


@pytest.mark.parametrize("statement, expected", [
    # PASSWORD clauses of roles, in every literal spelling.
    ("CREATE ROLE bob LOGIN PASSWORD 's3cr3t-Pa55'", "CREATE ROLE bob LOGIN PASSWORD '********'"),
    ("create user bob with encrypted password 's3cr3t-Pa55' valid until 'infinity'",
     "create user bob with encrypted password '********' valid until 'infinity'"),
    ("ALTER ROLE bob PASSWORD E's3cr3t\\'-Pa55'", "ALTER ROLE bob PASSWORD E'********'"),
    ("ALTER ROLE bob PASSWORD e's3cr3t''-Pa55'", "ALTER ROLE bob PASSWORD e'********'"),
    ("ALTER ROLE bob PASSWORD 's3cr3t''-Pa55'", "ALTER ROLE bob PASSWORD '********'"),
    ("ALTER ROLE bob PASSWORD $$s3cr3t-Pa55$$", "ALTER ROLE bob PASSWORD $$********$$"),
    ("ALTER ROLE bob PASSWORD $q$s3cr3t$$-Pa55$q$ LOGIN", "ALTER ROLE bob PASSWORD $q$********$q$ LOGIN"),
    ("ALTER ROLE bob PASSWORD U&'s3cr3t\\002dPa55'", "ALTER ROLE bob PASSWORD U&'********'"),
    ("ALTER ROLE bob PASSWORD U&'s3cr3t!002dPa55' UESCAPE '!' LOGIN", "ALTER ROLE bob PASSWORD U&'********' LOGIN"),
    ("ALTER ROLE bob PASSWORD N's3cr3t-Pa55'", "ALTER ROLE bob PASSWORD N'********'"),
    ("ALTER ROLE bob PaSsWoRd 's3cr3t-Pa55'", "ALTER ROLE bob PaSsWoRd '********'"),
    ("ALTER ROLE bob PASSWORD /* the new one */ 's3cr3t-Pa55'",
     "ALTER ROLE bob PASSWORD /* the new one */ '********'"),
    ("ALTER ROLE bob PASSWORD -- the new one\n 's3cr3t-Pa55'", "ALTER ROLE bob PASSWORD -- the new one\n '********'"),
    ("ALTER ROLE bob PASSWORD\n's3cr3t'\n  '-Pa55' LOGIN", "ALTER ROLE bob PASSWORD\n'********' LOGIN"),
    ("ALTER ROLE bob PASSWORD 's3cr3t' -- part\n'-Pa55'", "ALTER ROLE bob PASSWORD '********'"),
    ("ALTER ROLE bob PASSWORD NULL", "ALTER ROLE bob PASSWORD NULL"),
    ("CREATE ROLE \"password\" PASSWORD 's3cr3t-Pa55'", "CREATE ROLE \"password\" PASSWORD '********'"),
    # User mappings and servers: the secret options, not the others.
    ("CREATE USER MAPPING FOR bob SERVER s OPTIONS (user 'bob', password 's3cr3t-Pa55')",
     "CREATE USER MAPPING FOR bob SERVER s OPTIONS (user 'bob', password '********')"),
    ("ALTER USER MAPPING FOR bob SERVER s OPTIONS (SET password 's3cr3t-Pa55', ADD sslpassword 'x',"
     " password_required 'false', passfile '/etc/pgpass', DROP password)",
     "ALTER USER MAPPING FOR bob SERVER s OPTIONS (SET password '********', ADD sslpassword '********',"
     " password_required 'false', passfile '/etc/pgpass', DROP password)"),
    ("CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (\"Password\" 's3cr3t-Pa55', client_secret $$x$$,"
     " aws_secret_access_key 'k', api_token 't', host 'h')",
     "CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (\"Password\" '********', client_secret $$********$$,"
     " aws_secret_access_key '********', api_token '********', host 'h')"),
    ("CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (U&\"p\\0061ssword\" 's3cr3t-Pa55')",
     "CREATE SERVER s FOREIGN DATA WRAPPER w OPTIONS (U&\"p\\0061ssword\" '********')"),
    # Conninfo strings: libpq's quoting inside SQL's.
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h password=s3cr3t-Pa55 dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password=******** dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h password = s3cr3t-Pa55' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password = ********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h password=''s3cr3t Pa55'' dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password=''********'' dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'password=''s3cr3t\\''Pa55 x'' dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'password=''********'' dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'password=s3cr3t\\ Pa55 dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'password=******** dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'password=s3cr3t''Pa55 dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'password=******** dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'sslpassword=s3cr3t-Pa55 sslkey=/k' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'sslpassword=******** sslkey=/k' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION E'host=h\\tpass\\x77ord=s3cr3t-Pa55' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION E'host=h\tpassword=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION E'pass\\167ord=s3cr3t-Pa55' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION E'password=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION U&'pass\\0077ord=s3cr3t-Pa55' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION E'password=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION U&'pass!+000077ord=s3cr3t-Pa55' UESCAPE '!' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION E'password=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION $c$host=h PASSWORD=s3cr3t-Pa55$c$ PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION $c$host=h PASSWORD=********$c$ PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h '\n  'password=s3cr3t-Pa55' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql://rep:s3cr3t-Pa55@h:5432/d?sslmode=require' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://rep:********@h:5432/d?sslmode=require' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgres://h/d?password=s3cr3t-Pa55&sslmode=require' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgres://h/d?password=********&sslmode=require' PUBLICATION p"),
    ("ALTER SUBSCRIPTION s CONNECTION 'dbname=d password=s3cr3t-Pa55'",
     "ALTER SUBSCRIPTION s CONNECTION 'dbname=d password=********'"),
    # Literals inside literals: function bodies.
    ("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$SELECT dblink_connect('host=h password=s3cr3t-Pa55')$$",
     "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$SELECT dblink_connect('host=h password=********')$$"),
    ("CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'SELECT dblink_connect(''password=s3cr3t-Pa55'')'",
     "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS 'SELECT dblink_connect(''password=********'')'"),
    ("DO $o$BEGIN EXECUTE $i$ALTER ROLE bob PASSWORD 's3cr3t-Pa55'$i$; END$o$",
     "DO $o$BEGIN EXECUTE $i$ALTER ROLE bob PASSWORD '********'$i$; END$o$"),
    ("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$BEGIN pw := 'x'; password := 's3cr3t-Pa55'; END$$",
     "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$BEGIN pw := 'x'; password := '********'; END$$"),
    # Comments, SET clauses.
    ("CREATE ROLE bob /* was password=s3cr3t-Pa55 */ LOGIN", "CREATE ROLE bob /* was password=******** */ LOGIN"),
    ("ALTER ROLE bob SET app.api_token = 's3cr3t-Pa55'", "ALTER ROLE bob SET app.api_token = '********'"),
    ("ALTER DATABASE d SET app.password TO s3cr3t", "ALTER DATABASE d SET app.password TO ********"),
    # Nothing to hide: left exactly as it was.
    ("CREATE TABLE users (id int, password text, password_hash text)",
     "CREATE TABLE users (id int, password text, password_hash text)"),
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h dbname=d passfile=/p' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h dbname=d passfile=/p' PUBLICATION p"),
    ("COMMENT ON TABLE \"x\ny\" IS E'a\\\\b'", "COMMENT ON TABLE \"x\ny\" IS E'a\\\\b'"),
    # Spellings an attacker helper got past an earlier redact(), each of them
    # a password the server or libpq takes as written.
    # UESCAPE is read by the parser: comments around it, any simple string constant.
    ("CREATE USER MAPPING FOR b SERVER s OPTIONS (user 'b', U&\"p!0061ssword\" /* */ UESCAPE '!' 's3cr3t')",
     "CREATE USER MAPPING FOR b SERVER s OPTIONS (user 'b', U&\"p!0061ssword\" /* */ UESCAPE '!' '********')"),
    ("CREATE USER MAPPING FOR b SERVER s OPTIONS (U&\"p!0061ssword\" UESCAPE E'!' 's3cr3t')",
     "CREATE USER MAPPING FOR b SERVER s OPTIONS (U&\"p!0061ssword\" UESCAPE E'!' '********')"),
    ("CREATE SUBSCRIPTION s CONNECTION U&'host=h p!0061ssword=s3cr3t' -- c\nUESCAPE $$!$$ PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION E'host=h password=********' PUBLICATION p"),
    # libpq's URI: the password runs to the @ (before any /), spaces and all;
    # a parameter's name may be percent-encoded, its value runs to the next &.
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql://bob:correct horse@/d?host=/tmp' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://bob:********@/d?host=/tmp' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgres://b o?b#:pw@h/d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgres://b o?b#:********@h/d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql:///d?user=b&%70assword=s3cr3t&port=1' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql:///d?user=b&%70assword=********&port=1' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql:///d?password=s3#cr3t and more&port=1' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql:///d?password=********&port=1' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql://h:5432/d?sslmode=require' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://h:5432/d?sslmode=require' PUBLICATION p"),
    # An unquoted conninfo value ends at C's white space, not Python's (U+001F).
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h password=s3\x1fcr3t user=u' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password=******** user=u' PUBLICATION p"),
    # A quote in an unquoted conninfo value is a character, not the start of
    # a literal that would hide the keys after it (found by an attacker helper).
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h user=o''brien password=''correct horse'' dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h user=o''brien password=''********'' dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'user=o''brien password=x''s3cr3t dbname=d' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'user=o******** dbname=d' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql://o''brien:s3cr3t@h/d?sslpassword=abc&x=''' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://o''********''' PUBLICATION p"),
    # A URI parameter's value runs to the next &, quotes and all.
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql://u@h/d?password=''x''s3cr3t&port=1' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://u@h/d?password=********&port=1' PUBLICATION p"),
    # A literal joined to one that ends in a secret-named key.
    ("CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $b$ SELECT dblink_connect("
     "'host=h password=' || 's3cr3t') $b$",
     "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $b$ SELECT dblink_connect("
     "'host=h password=' || '********') $b$"),
    # A signed or fractional number after a secret-named setting.
    ("ALTER ROLE bob SET app.password = -987654", "ALTER ROLE bob SET app.password = -********"),
    ("ALTER ROLE bob SET app.api_key TO +.5e3", "ALTER ROLE bob SET app.api_key TO +********"),
])
def test_redacts_exactly_the_secret(statement, expected):
    assert redact(statement, standard_conforming_strings=True) == expected
    assert redact(statement) in (expected, WITHHELD)  # withheld only where a backslash reads two ways


def test_standard_conforming_strings_off():
    # Backslash escapes a quote in a plain literal then.
    statement = "ALTER ROLE bob PASSWORD 's3cr3t\\' LOGIN -- Pa55'"
    assert redact(statement, standard_conforming_strings=False) == "ALTER ROLE bob PASSWORD '********'"
    assert SECRET[:6] not in redact(statement, standard_conforming_strings=False)


def test_unknown_standard_conforming_strings():
    """By default the setting is not known: a statement with a backslash is read
    both ways, and withheld unless both hide the same."""
    statement = "CREATE USER MAPPING FOR m SERVER s OPTIONS (user 'm', password 'a\\' %s ')" % SECRET
    assert redact(statement) == WITHHELD
    assert SECRET in redact(statement, standard_conforming_strings=True)  # what the old default kept
    assert redact("ALTER ROLE bob PASSWORD 'a\\b'") == "ALTER ROLE bob PASSWORD '********'"
    assert redact("ALTER ROLE bob PASSWORD '%s'" % SECRET) == "ALTER ROLE bob PASSWORD '********'"


@pytest.mark.parametrize("statement, expected", [
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h pa'\n'ssword=%s' PUBLICATION p" % SECRET,
     "CREATE SUBSCRIPTION s CONNECTION 'host=h password=********' PUBLICATION p"),
    ("CREATE SUBSCRIPTION s CONNECTION 'postgresql:/' -- a comment\r\n\t'/u:%s@h/d' PUBLICATION p" % SECRET,
     "CREATE SUBSCRIPTION s CONNECTION 'postgresql://u:********@h/d' PUBLICATION p"),
])
def test_strings_continued_on_the_next_line_are_read_joined(statement, expected):
    """The lexer joins 'a' and 'b' separated by white space holding a line break
    (and -- comments): no secret word need appear whole in the text."""
    assert may_hold_secret(statement)
    assert redact(statement) == expected


def test_identifier_characters_are_the_lexers():
    """The lexer's identifiers: a letter, _ or any non-ASCII character, then
    those, digits and $ (no $ in a dollar quote's tag). redact's classes say
    it by the ASCII characters they leave out; every code point is tried."""
    from harden import redact_sql as r
    for code in range(0x110000):
        ch = chr(code)
        start = ch.isascii() and ch.isalpha() or ch == "_" or code >= 0x80
        part = start or ch.isascii() and ch.isdigit() or ch == "$"
        assert bool(r._IDENT.fullmatch(ch)) == start, hex(code)
        assert bool(r._IDENT.fullmatch("a" + ch)) == part, hex(code)
        assert bool(r._DOLLAR_TAG.fullmatch("$a%s$" % ch)) == (part and ch != "$"), hex(code)
        assert bool(r._UESCAPE.match("UEscape" + ch)) == (not part), hex(code)


def test_none_and_non_text():
    assert redact(None) is None
    assert redact(42) == "42"


def test_nul_and_lone_surrogates_come_out_storable():
    out = redact("COMMENT ON ROLE x IS 'a\x00b\ud800' -- password=s3cr3t")
    out.encode("utf-8")
    assert "\x00" not in out and "s3cr3t" not in out


@pytest.mark.parametrize("statement", [
    "ALTER ROLE bob PASSWORD '", "ALTER ROLE bob PASSWORD E'\\", "ALTER ROLE bob PASSWORD $a$",
    "ALTER ROLE bob PASSWORD U&'\\d800\\dc00\\+110000\\zz'", "x E'\\u12 \\U0000 \\x \\777 \\xZ'",
    "/* /* password=a */", "\"", "U&\"", "U&'' UESCAPE '", "'a'\n", "password", "password =", ":=", "$1$",
    "E'\\ud83d\\ude00 password=s3cr3t'", "U&'\\D83D\\DE00 password=s3cr3t'", "-- password",
])
def test_truncated_and_malformed_input_does_not_raise(statement):
    out = redact(statement)
    assert isinstance(out, str) and out != WITHHELD
    assert "s3cr3t" not in out


def test_random_input_never_raises_and_hides_planted_secrets():
    rng = random.Random(12)
    alphabet = list("'\"$\\/*-\n eEuU&+!x0=;(),:ptq") + ["password", "PASSWORD ", "E'", "U&'", "$$",
                                                           "$t$", "--", "/*", "*/", "''", "\\'", "://", "@"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        for scs in (True, False):
            out = redact(text, scs)
            assert isinstance(out, str) and out != WITHHELD, text
        assert redact(text) in (WITHHELD, redact(text, True)), text
    # A secret written after PASSWORD in any spelling, behind any prefix, never survives.
    spellings = ["'%s'", "E'%s'", "$$%s$$", "$z$%s$z$", "U&'%s'", "'%s'\n'more'"]
    for _ in range(500):
        prefix = "".join(rng.choice(alphabet[:-8]) for _ in range(rng.randrange(0, 6)))
        statement = "ALTER ROLE bob PASSWORD " + rng.choice(spellings) % SECRET
        if "'" in prefix or "$" in prefix or "\"" in prefix or "-" in prefix or "/" in prefix:
            continue  # the prefix would open a literal or comment of its own
        assert SECRET not in redact(prefix + " " + statement), prefix


def test_every_password_libpq_reads_in_a_keyword_value_string_is_hidden():
    """Random connection strings of awkward pieces, read by libpq itself
    (PQconninfoParse, through psycopg): whatever it takes for a password, in
    a CREATE SUBSCRIPTION and in a function body's dblink_connect(), is not
    in the redacted text. The secrets carry a marker (where libpq gives it
    to another keyword's value, the string is left out)."""
    rng = random.Random(7)
    pieces = ["'", "''", "\\", "\\'", "$t$", "$$", "U&'", "e'", "E'", " ", "--", "/*", "a", "=", "@", "://"]

    def value(secret):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 5)))
        if secret:
            body = body[:len(body) // 2] + "Zq9" + body[len(body) // 2:]
        return body if rng.random() < 0.5 else "'" + body.replace("\\", "\\\\").replace("'", "\\'") + "'"

    tried = 0
    for _ in range(3000):
        keys = rng.sample(["host", "user", "dbname", "password", "sslpassword", "application_name"], 4)
        if rng.random() < 0.3:  # a URI: its parameters run to the next &
            text = "postgresql://u@h/d?" + "&".join("%s=%s" % (k, value(k.endswith("password")).replace("&", ""))
                                                    for k in keys)
        else:
            text = " ".join("%s%s=%s" % (k, rng.choice(["", " "]), value(k.endswith("password"))) for k in keys)
        try:
            parsed = psycopg.conninfo.conninfo_to_dict(text)
        except psycopg.ProgrammingError:
            continue
        secret = [k for k in parsed if k.endswith("password")]
        if not any("Zq9" in parsed[k] for k in secret) or any("Zq9" in v for k, v in parsed.items()
                                                                   if k not in secret):
            continue  # libpq took no marked secret, or put a marker in another value
        tried += 1
        # Each literal spelled for the standard_conforming_strings it is read with.
        plain = "'" + text.replace("'", "''") + "'"
        escaped = "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"
        for literal, settings in ((plain, (True, None)), (escaped, (True, False, None))):
            for statement in ("CREATE SUBSCRIPTION s CONNECTION %s PUBLICATION p" % literal,
                              "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $b$ SELECT dblink_connect(%s) $b$"
                              % literal):
                for scs in settings:
                    assert "Zq9" not in redact(statement, scs), (statement, scs)
    assert tried > 500


# Statements on which an earlier redact() backtracked or rescanned without
# end (exponential in a run of spaces after a literal; quadratic in URIs or
# conninfo keys repeated inside a literal). It runs inside the server, where
# nothing cancels Python, holding the locks of the DDL being recorded. Each
# here takes well under a second; before, each would have run for minutes
# or forever. Run in a child process with a generous limit, so that a
# regression fails the test rather than hanging the suite.
PATHOLOGICAL = [  # (statement, how many values it hides)
    ("SELECT 'password'\n" + " " * 200 + "x", 0),
    ("$$ WHERE a = 'pass'\n" + "\t \n" * 100 + " -- c\n" * 50 + "x$$", 0),
    ("'" + "a://b:" * 160000 + "'", 0),
    ("'" + "x a://b:c@d" * 30000 + "'", 30000),
    ("'" + "password=" * 40000 + "'", 1),
    ("'" + "password=\\" * 40000 + "'", 1),
    ("'" + "password=''" * 40000 + "'", 20000),
    ("'?" + "%" * 200000 + "'", 0),
    ("'" + "postgresql://" * 40000 + "a:b@c'", 1),
    ("'" + "postgres://a:" * 40000 + "'", 0),
    ("'postgresql://h/d" + "?%70assword=" * 80000 + "'", 1),
    ("".join("U&'' UESCAPE $t%d$ " % i for i in range(40000)), 1),  # nested dollar quotes: hidden whole
]

_PATHOLOGICAL_CHILD = """
import json, sys
from harden.redact import MASK, WITHHELD, redact
for text in json.load(sys.stdin):
    assert redact(text) in (WITHHELD, redact(text, True))  # read both ways
    print(redact(text, True).count(MASK))
"""


def test_longer_statements_that_may_hold_secrets_are_not_read():
    long = "COMMENT ON TABLE t IS '%s password=%s'" % ("x" * MAX_READ, SECRET)
    assert redact(long) == TOO_LONG % len(long)
    plain = "COMMENT ON TABLE t IS '%s'" % ("x" * MAX_READ)
    assert redact(plain) == plain


def test_pathological_statements_finish():
    result = subprocess.run([sys.executable, "-c", _PATHOLOGICAL_CHILD], capture_output=True, text=True,
                            input=json.dumps([text for text, _ in PATHOLOGICAL]), timeout=120,
                            env={"PYTHONPATH": str(REPO / "python_lib")})
    assert result.returncode == 0, result.stderr
    assert [int(n) for n in result.stdout.split()] == [masks for _, masks in PATHOLOGICAL]


def test_may_hold_secret_is_true_whenever_redact_changes_something():
    samples = ["CREATE ROLE a PASSWORD 'x'", "CREATE SUBSCRIPTION s CONNECTION 'u://a:b@h'",
               "CREATE SERVER s OPTIONS (api_key 'k')", "x U&'\\0070assword=y'", "x E'pass\\x77ord=y'",
               "SELECT 1 /* ?%70assword=x */", "-- &%73ecret=x", "-- &api%5Fkey=x", "-- host=x&%50ASSWORD=x",
               "CREATE TABLE t (a int)", "GRANT SELECT ON t TO u"]
    for text in samples:
        if redact(text) != text:
            assert may_hold_secret(text)
    assert not may_hold_secret("CREATE TABLE t (a int)")
    assert may_hold_secret(None) is False



def test_may_hold_secret_finds_what_its_regular_expression_finds():
    """may_hold_secret() looks for the words without re; it finds
    MAY_HOLD_SECRET_REGEX as re.I does, the characters re.I takes for a
    letter of the words included (long s, Kelvin sign, dotted and dotless
    i). Seeded, so that a failure repeats."""
    rng = random.Random(20261207)
    pieces = ["pa", "ss", "PASS", "pa\u017fs", "secret", "sEcReT", "token", "to\u212aen", "api", "_key", "apikey",
              "ap\u0130key", "ap\u0131_key", "access", "private", "://", ":/", "u&", "U&", "\\", "'", " ", "\t",
              "\f", "\v", "\n", "\r", "--", "-", "x", "\u00e9", "?", "&", "%", "%70", "="]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert may_hold_secret(text) == bool(re.search(MAY_HOLD_SECRET_REGEX, text, re.I)), repr(text)

def test_mask_is_what_is_documented():
    assert MASK == "********"


# ------------------------------------------------------------- on a real server

def test_redacted_statements_still_run_as_written(db):
    """The redacted text is a statement PostgreSQL accepts, with the mask where the secret was."""
    db.execute("CREATE PUBLICATION harden_redact_pub")
    cases = [
        ("CREATE ROLE \"red act\" LOGIN ENCRYPTED PASSWORD E's3cr3t\\'-Pa55'", None),
        ("CREATE SUBSCRIPTION \"red sub\" CONNECTION 'host=localhost password=''s3 cr3t'' dbname=x'"
         " PUBLICATION harden_redact_pub WITH (connect = false, slot_name = NONE, enabled = false)",
         "SELECT subconninfo FROM pg_subscription WHERE subname = 'red sub'"),
        ("CREATE FUNCTION pg_temp.redact_f() RETURNS text LANGUAGE sql"
         " AS $b$SELECT 'host=h password=s3cr3t-Pa55'::text$b$", "SELECT pg_temp.redact_f()"),
    ]
    for statement, probe in cases:
        redacted = redact(statement)
        assert SECRET not in redacted and "s3 cr3t" not in redacted and MASK in redacted
        with db.transaction():
            db.execute(redacted)
            if probe:
                assert MASK in db.execute(probe).fetchone()[0]
            raise psycopg.Rollback
    db.execute("DROP PUBLICATION harden_redact_pub")


def test_sql_callable_form_and_prefilter_agree(db):
    text = "ALTER USER MAPPING FOR bob SERVER s OPTIONS (SET password 's3cr3t-Pa55')"
    assert db.execute("SELECT harden._redact_statement(%s)", [text]).fetchone()[0] == redact(text)
    assert db.execute("SELECT harden._redact_statement(NULL)").fetchone()[0] is None
    gate_form = "SELECT %s FROM (SELECT lower(%%s COLLATE pg_catalog.\"C\") AS l) x" % (
        may_hold_secret_sql("x.l").replace("%", "%%"))
    for sample in (text, "CREATE TABLE t (a int)", "x U&'\\0070assword=y'", "x E'\\x70'", "a://b:c@d",
                   "OPTIONS (API_KEY 'k')", "OPTIONS (ApiKey 'k')", "OPTIONS (PRIVATE_KEY 'k')", "TOKEN",
                   "'a'\n'b'", "'a' \t-- c\n'b'", "'a'\r", "'a' \f\x0b\n", "'a' x\n'b'", "'a'-\n", "x'y",
                   "-- ?%70assword=x", "-- &api%5Fkey=x", "x LIKE '%a%' AND y = 1", "x ? 'k' AND y = '%'"):
        in_sql = db.execute("SELECT %s ~* %s", [sample, MAY_HOLD_SECRET_REGEX]).fetchone()[0]
        assert in_sql == may_hold_secret(sample), sample
        assert db.execute(gate_form, [sample]).fetchone()[0] == may_hold_secret(sample), sample
    # Outside ASCII the gate leaves the question to Python, whose re.I takes
    # these for letters of the words.
    for sample in ("İ", "é", "pa\u017f\u017fword", "to\u212aen", "ap\u0130key"):
        assert db.execute(gate_form, [sample]).fetchone()[0] is True, sample


def test_the_gate_records_in_a_session_without_standard_conforming_strings(server, db):
    """The gate's body is parsed in the session that runs the DDL: with
    standard_conforming_strings off, its patterns mean what they say."""
    db.execute("CREATE TABLE public.scs (id int)")
    conn = server.connect()
    conn.execute("SET standard_conforming_strings = off")
    conn.execute("CREATE POLICY p ON public.scs USING (true)")
    conn.execute("CREATE POLICY q ON public.scs USING (true); ALTER ROLE CURRENT_USER PASSWORD 'pw'")
    rows = db.execute("SELECT object_identity, statement FROM harden.ddl_history"
                      " WHERE command_tag = 'CREATE POLICY' ORDER BY id").fetchall()
    assert [r[0] for r in rows] == ["p on public.scs", "q on public.scs"]
    assert "'pw'" not in rows[1][1]


def test_update_script_redacts_stored_history(db):
    """sql/idempotent/97_redact_history.sql: rows stored by 0.1.0 lose their secrets, the others stay.
    The build fills in the gate's own test of a statement it records (harden.redact.may_hold_secret_sql)."""
    mark = "@@MAY_HOLD_SECRET_SQL@@"
    script = (REPO / "sql" / "idempotent" / "97_redact_history.sql").read_text()
    assert mark in script and mark in (REPO / "sql" / "idempotent" / "40_guard.sql").read_text()
    script = script.replace(mark, may_hold_secret_sql("lowered"))  # as tools/build_sql.py does
    stored = {
        "ALTER ROLE bob PASSWORD 's3cr3t-Pa55'": "ALTER ROLE bob PASSWORD '********'",
        "CREATE SUBSCRIPTION s CONNECTION 'host=h password=s3cr3t-Pa55' PUBLICATION p":
            "CREATE SUBSCRIPTION s CONNECTION 'host=h password=********' PUBLICATION p",
        # Words re.I matches and ASCII lowering does not; a percent-encoded name.
        "COMMENT ON TABLE t IS 'pa\u017f\u017fword=s3cr3t-Pa55'": "COMMENT ON TABLE t IS 'pa\u017f\u017fword=********'",
        "SELECT 1 -- ?%70assword=s3cr3t-Pa55": "SELECT 1 -- ?%70assword=********",
        "CREATE TABLE t (a int)": "CREATE TABLE t (a int)",
    }
    for statement in stored:
        db.execute("INSERT INTO harden.ddl_history (performed_by, acting_role, command_tag, statement, verdict)"
                   " VALUES ('x', 'x', 'ALTER ROLE', %s, 'allowed')", [statement])
    db.execute(script)
    rows = [r[0] for r in db.execute("SELECT statement FROM harden.ddl_history ORDER BY id")]
    assert rows[-len(stored):] == list(stored.values())
