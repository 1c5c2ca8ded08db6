"""
The wire-format fixture corpus (tests/data/articles), run through ``parse_article``.

Each ``NAME.txt`` has a ``NAME.json`` holding the expected parse, written by hand
(see ``tests/data/articles/build_corpus.py``), and ``expect: pass|fail``: known
failures stay as data and run as strict expected failures.
``bench/formats_eval.py`` reuses :func:`actual_fields` and :func:`field_results`
to print per-field accuracy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import Article, Byline

CORPUS = Path(__file__).resolve().parent / "data" / "articles"

FIELDS = (
    "headline",
    "timestamps",
    "outlet",
    "byline",
    "dateline",
    "captions",
    "paragraphs",
    "sources",
    "credits",
    "corrections",
)


def load_corpus() -> list[tuple[str, str, dict[str, Any]]]:
    """Return (name, text, fixture JSON) for every article, sorted by name."""
    items = []
    for path in sorted(CORPUS.glob("*.json")):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        items.append((path.stem, text, fixture))
    return items


def _byline(byline: Byline | None) -> dict[str, Any] | None:
    if byline is None:
        return None
    return {
        "people": [[c.name, c.role.value, c.place] for c in byline.contributors],
        "organisations": list(byline.organisations),
        "place": byline.place,
    }


def _paragraph(text: str) -> dict[str, str]:
    return {"starts": text[:30], "ends": text[-30:]}


def actual_fields(article: Article) -> dict[str, Any]:
    """Return the parse in the JSON shape of the fixtures' ``expected``."""
    dateline = article.dateline
    paragraphs = article.paragraphs
    return {
        "headline": article.headline,
        "timestamps": [stamp.raw for stamp in article.timestamps],
        "outlet": article.outlet,
        "byline": _byline(article.byline),
        "dateline": None
        if dateline is None
        else {
            "raw": dateline.raw,
            "places": list(dateline.places),
            "region": dateline.region,
            "month": dateline.month,
            "day": dateline.day,
            "agency": dateline.agency,
            "separator": dateline.separator,
        },
        "captions": [
            {
                "text": caption.text,
                "credit_agency": None if caption.credit is None else caption.credit.agency,
                "occurrences": len(caption.spans),
            }
            for caption in article.captions
        ],
        "paragraphs": {
            "count": len(paragraphs),
            "first": _paragraph(paragraphs[0].text) if paragraphs else None,
            "last": _paragraph(paragraphs[-1].text) if paragraphs else None,
        },
        "sources": list(article.sources),
        "credits": [_byline(credit) for credit in article.credits],
        "corrections": list(article.corrections),
    }


def field_results(text: str, fixture: dict[str, Any]) -> dict[str, bool]:
    """Return, per field, whether ``parse_article`` gives the fixture's expected value."""
    article = newsmodel.parse_article(text, outlet=fixture.get("outlet"))
    actual = actual_fields(article)
    expected = fixture["expected"]
    return {name: expected[name] == actual[name] for name in FIELDS}


CASES = [
    pytest.param(
        text,
        fixture,
        id=name,
        marks=[pytest.mark.xfail(reason=fixture.get("comment") or "known failure", strict=True)]
        if fixture["expect"] == "fail"
        else [],
    )
    for name, text, fixture in load_corpus()
]


class TestCorpus:
    """Every fixture article parses into its expected fields."""

    def test_size(self) -> None:
        """The corpus holds at least 40 articles, each with its expected parse."""
        assert len(CASES) >= 40

    @pytest.mark.parametrize(("text", "fixture"), CASES)
    def test_article(self, text: str, fixture: dict[str, Any]) -> None:
        """The parse matches the fixture on every field."""
        article = newsmodel.parse_article(text, outlet=fixture.get("outlet"))
        expected = fixture["expected"]
        actual = actual_fields(article)
        assert expected == {name: actual[name] for name in expected}

    @pytest.mark.parametrize(
        ("text", "fixture"), [pytest.param(t, f, id=n) for n, t, f in load_corpus()]
    )
    def test_invariants(self, text: str, fixture: dict[str, Any]) -> None:
        """Every character lands in one block or between blocks, and spans match their text."""
        newsmodel.parse_article(text, outlet=fixture.get("outlet")).check()
