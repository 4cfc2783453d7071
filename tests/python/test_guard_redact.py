"""harden.redact (the guard's stand-in, issue 12 item 6): passwords out of a
statement's text, the rest kept; what it cannot read is dropped whole."""

import pytest

from harden.redact import UNREADABLE, may_hold_secret, redact


@pytest.mark.parametrize("statement, expected", [
    ("CREATE SUBSCRIPTION s CONNECTION 'host=h user=u password=s3' PUBLICATION p",
     "CREATE SUBSCRIPTION s CONNECTION 'host=h user=u password=[redacted]' PUBLICATION p"),
    ("ALTER SUBSCRIPTION s CONNECTION 'password = ''a b'' host=h'",
     "ALTER SUBSCRIPTION s CONNECTION 'password = [redacted] host=h'"),
    ("ALTER SUBSCRIPTION s CONNECTION $x$postgresql://u:s3@h/d?sslpassword=k&a=b$x$",
     "ALTER SUBSCRIPTION s CONNECTION 'postgresql://u:[redacted]@h/d?sslpassword=[redacted]&a=b'"),
    ("CREATE ROLE r LOGIN ENCRYPTED PASSWORD 'p''w'; SELECT 1", "CREATE ROLE r LOGIN ENCRYPTED PASSWORD '[redacted]'; SELECT 1"),
    ("alter user r password /* new */ 'pw' valid until 'infinity'",
     "alter user r password /* new */ '[redacted]' valid until 'infinity'"),
    ('CREATE USER MAPPING FOR r SERVER s OPTIONS (user \'u\', "Password" \'pw\')',
     'CREATE USER MAPPING FOR r SERVER s OPTIONS (user \'u\', "Password" \'[redacted]\')'),
    ("ALTER SERVER s OPTIONS (ADD client_secret 'pw', SET host 'h')",
     "ALTER SERVER s OPTIONS (ADD client_secret '[redacted]', SET host 'h')"),
    ('ALTER SERVER s OPTIONS (U&"p\\0061ssword" \'pw\')', 'ALTER SERVER s OPTIONS (U&"p\\0061ssword" \'[redacted]\')'),
    ("ALTER ROLE r PASSWORD E'p\\'w'", "ALTER ROLE r PASSWORD '[redacted]'"),
    ("CREATE TABLE passengers (id int) -- no secret here", "CREATE TABLE passengers (id int) -- no secret here"),
    ("COMMENT ON TABLE t IS 'the password policy'", "COMMENT ON TABLE t IS 'the password policy'"),
])
def test_passwords_are_masked_and_the_rest_kept(statement, expected):
    assert redact(statement) == expected


@pytest.mark.parametrize("statement", [
    "ALTER ROLE r PASSWORD 'unterminated",
    "ALTER ROLE r PASSWORD $a$pw",
    "/* ALTER ROLE r PASSWORD 'pw'",
])
def test_what_cannot_be_read_is_dropped_whole(statement):
    assert redact(statement) == UNREADABLE


def test_text_without_a_hint_of_a_secret_is_left_alone():
    text = "CREATE TABLE t (a text DEFAULT E'\\n')"
    assert not may_hold_secret(text) and redact(text) == text
    assert redact(None) is None
