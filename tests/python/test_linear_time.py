"""Python that reads what a non-superuser wrote runs in linear time.

The guard and the audit run inside the server, where nothing cancels Python
(pg_cancel_backend, statement_timeout) until it returns, and the guard runs
while the DDL holds its locks. So each input here, which an earlier version
took minutes over (one schema repeated in a search_path, a subscription's
connection string holding many $fixN$ tags), runs in a child process under a
limit that only a super-linear algorithm can reach. Redaction's own cases
are in test_redact.py.
"""

import json
import subprocess
import sys

from conftest import REPO
from harden import search_path
from harden.rules.subscription_row_security import _dollar_quote

OWNER = 10
OTHER = 20

# 20,000 schemas only the owner can create in, then one of them two million
# times: the old search_path code compared each entry with every schema kept
# before it.
_SEARCH_PATH_CHILD = """
import json, sys
from harden import search_path
owner = 10
creators = search_path.Creators({"s%d" % i: frozenset({owner}) for i in range(20000)}, frozenset())
path = search_path.split(", ".join(["s%d" % i for i in range(20000)] + ["s19999"] * 2000000 + ["public", "pg_temp"]), 180000)
print(json.dumps([search_path.problems(path, owner, creators, {}, str),
                  search_path.safe_path(path, "s0", owner, creators, str).count(",")]))
"""

_DOLLAR_QUOTE_CHILD = """
from harden.rules.subscription_row_security import _dollar_quote
body = "".join("$fix%d$" % i for i in range(1, 200000)) + "$fix$"
print(_dollar_quote(body).split("\\n", 1)[0])
"""


def _child(code):
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(REPO / "python_lib")})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_search_path_with_a_schema_repeated_millions_of_times():
    problems, commas = json.loads(_child(_SEARCH_PATH_CHILD))
    assert problems == ["its search_path includes public"]
    assert commas == 20001  # pg_catalog, the 20,000 schemas once each, pg_temp


def test_a_repeated_schema_is_reported_once():
    creators = search_path.Creators({"shared": frozenset({OWNER, OTHER}), "mine": frozenset({OWNER})},
                                    frozenset())
    path = ["shared", "mine", "public", "shared", "public", "mine", "pg_temp"]
    assert search_path.problems(path, OWNER, creators, {OTHER: "bob"}, str) == [
        "its search_path includes schema shared, where bob can create objects",
        "its search_path includes public"]
    assert search_path.safe_path(path, "mine", OWNER, creators, str) == "pg_catalog, mine, pg_temp"


def test_dollar_quote_of_a_string_holding_many_tags():
    assert _child(_DOLLAR_QUOTE_CHILD) == "$fix200000$"


def test_dollar_quote_takes_the_first_free_tag():
    assert _dollar_quote("x").split("\n")[0] == "$fix$"
    assert _dollar_quote("$fix$ $fix2$").split("\n")[0] == "$fix1$"
    assert _dollar_quote("$fix$fix1$").split("\n")[0] == "$fix2$"
    assert _dollar_quote("$fix12$ $fix01$").split("\n")[0] == "$fix$"
    assert _dollar_quote("$fix$ $fix12$").split("\n")[0] == "$fix1$"
