"""harden.search_path.split() reads a search_path value as the server does:
compared with the server's own reading (current_schemas) of values that
Python's str methods would read otherwise."""

import pytest

from harden import search_path

SCHEMAS = ["a\x1fb", "c\u00a0d", "s" * 63, 'Ünï "q"', "é" * 31 + "e", "vt", "\vvt"]

VALUES = [
    "a\x1fb",                              # U+001F is part of the name, not white space
    "c\u00a0d, public",                    # so is U+00A0
    "s" * 70,                              # cut to 63 bytes
    '"' + "s" * 64 + '"',                  # quoted names too
    '"Ünï ""q""" ,\t"c\u00a0d"',
    '"' + "é" * 31 + "e" + "é" + '"',      # cut at a character boundary (64 bytes, then 65)
    "\fpublic\r,\n\"s\"",
    "pg_catalog,\vvt",                    # white space from PostgreSQL 16 on, part of a name before
]


@pytest.mark.parametrize("value", VALUES)
def test_split_reads_a_path_as_the_server_does(db, value):
    for name in SCHEMAS:
        db.execute("CREATE SCHEMA IF NOT EXISTS %s" % ('"' + name.replace('"', '""') + '"'))
    db.execute("SELECT set_config('search_path', %s, false)", [value])
    server = db.execute("SELECT current_schemas(false)").fetchone()[0]
    existing = {r[0] for r in db.execute("SELECT nspname::text FROM pg_namespace")}
    version = int(db.execute("SHOW server_version_num").fetchone()[0])
    assert [n for n in search_path.split(value, version) if n in existing] == server


def test_a_path_that_leaves_pg_temp_out_is_unsafe():
    creators = search_path.Creators({"pg_catalog": frozenset()}, frozenset())

    def problems(value):
        return search_path.problems(search_path.split(value, 150000), 10, creators, {}, str)
    assert problems("pg_catalog, pg_temp") == []
    assert problems("pg_temp") == []
    for value in ("pg_catalog", "", "pg_temp, pg_catalog"):
        assert len(problems(value)) == 1, value
