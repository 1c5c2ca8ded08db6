"""The documentation site covers the public API and its build helpers behave."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import newsmodel

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _load(name: str) -> object:
    spec = importlib.util.spec_from_file_location(f"_docs_{name}", DOCS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_page_documents_every_public_name() -> None:
    """docs/api.md has a ``::: newsmodel.X`` entry for every name in ``newsmodel.__all__``."""
    page = (DOCS / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^::: newsmodel\.(\w+)\s*$", page, flags=re.MULTILINE))
    assert set(newsmodel.__all__) - documented == set()
    assert documented - set(newsmodel.__all__) == {"strategies"}


def test_nav_pages_exist() -> None:
    """Every page named in mkdocs.yml's nav exists in docs/."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1].split("\n\n", 1)[0]
    pages = re.findall(r":\s*(\S+\.md)\s*$", nav, flags=re.MULTILINE)
    assert pages
    assert [page for page in pages if not (DOCS / page).is_file()] == []


def test_changelog_page_includes_the_changelog() -> None:
    """docs/changelog.md includes CHANGELOG.md, whose newest release is the package version."""
    assert '--8<-- "CHANGELOG.md"' in (DOCS / "changelog.md").read_text(encoding="utf-8")
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"^## \[(\d[^\]]*)\]", changelog, flags=re.MULTILINE)
    assert releases[0] == newsmodel.__version__


def test_docstring_rewrite() -> None:
    """The griffe extension turns Sphinx-only markup into Markdown for the API page."""
    rewrite = _load("griffe_newsmodel").rewrite  # type: ignore[attr-defined]
    text = "Example:\n    >>> 1\n\n.. versionadded:: 0.1.0\n\nSee :class:`Span` and :meth:`x`."
    expected = (
        "Examples:\n    >>> 1\n\n*Added in version 0.1.0.*\n\nSee [`Span`][newsmodel.Span] and `x`."
    )
    assert expected == rewrite(text, frozenset({"Span"}))


def test_performance_figures_render_any_results_shape(tmp_path: Path) -> None:
    """The docs hook turns bench/results.json into a table whether it is a list or a mapping."""
    hooks = _load("hooks")
    figures = hooks.figures_markdown  # type: ignore[attr-defined]
    listed = tmp_path / "list.json"
    listed.write_text('[{"case": "seed", "articles_per_s": 4000.0}]', encoding="utf-8")
    assert "| seed | 4,000 |" in figures(listed)
    mapped = tmp_path / "map.json"
    mapped.write_text(
        '{"python": "3.11", "parse_article": {"seed": {"articles_per_s": 4000.0}}}',
        encoding="utf-8",
    )
    out = figures(mapped)
    assert "| parse_article.seed | 4,000 |" in out
    assert "- python: 3.11" in out
    assert "not generated yet" in figures(tmp_path / "missing.json")


def test_performance_figures_render_the_bench_layout(tmp_path: Path) -> None:
    """bench/run.py's layout becomes per-benchmark tables and a goals table with verdicts."""
    figures = _load("hooks").figures_markdown  # type: ignore[attr-defined]
    results = tmp_path / "results.json"
    results.write_text(
        """{"python": "3.11", "quick": true,
        "results": {"parse_article": {"rows": [{"label": "seed", "chars": 2194,
        "articles_per_s": 3500.5, "mb_per_s": 7.68, "times_regex_pass": 4.2}],
        "size_ratio": 1.1}},
        "goals": {"parse_article_seed": {"value": 3500.5, "goal": ">= 3,000", "pass": true},
        "round_trips_per_s": {"value": 10.0, "goal": ">= 20,000", "pass": false}}}""",
        encoding="utf-8",
    )
    out = figures(results)
    assert "| seed | 2,194 | 3,500 | 7.68 | 4.2 |" in out
    assert "| parse_article_seed | 3,500 | >= 3,000 | yes |" in out
    assert "| round_trips_per_s | 10 | >= 20,000 | **no** |" in out
    assert "--quick" in out
