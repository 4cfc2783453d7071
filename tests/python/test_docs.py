import importlib.util

from conftest import REPO


def test_checks_md_is_generated_from_the_catalogue():
    spec = importlib.util.spec_from_file_location("gen_checks_md", REPO / "tools" / "gen_checks_md.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (REPO / "docs" / "checks.md").read_text() == gen.render(), "docs/checks.md is stale: run make docs"
