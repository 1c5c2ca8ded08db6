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
from hypothesis import given
from hypothesis import strategies as st

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


# --- Generated articles: any combination of the wire parts parses back into its parts. ---

_SENTENCES = (
    "The ministry said on Tuesday that the new rules would take effect next month.",
    "Officials said the decision followed weeks of talks with operators and unions.",
    "The measures are expected to affect about 4,000 workers, according to the government.",
    "Opposition lawmakers criticised the plan, saying it had been drawn up in secret.",
    '"We will not accept any further delay," the minister told reporters on Monday.',
)
_HEADLINES = (
    "Ministry tightens safety rules",
    "Talks resume after long pause",
    "Workers brace for changes",
)
# (byline line, people, organisations)
_BYLINES = (
    (
        "By Jane Roe and John Doe, Reuters",
        [["Jane Roe", "author", None], ["John Doe", "author", None]],
        ["Reuters"],
    ),
    ("By MARIA SOL Associated Press", [["MARIA SOL", "author", None]], ["AP"]),
    ("Ashok Prasad | TNN |", [["Ashok Prasad", "author", None]], ["TNN"]),
    ("From CNN's Shelby Lane", [["Shelby Lane", "author", None]], ["CNN"]),
    ("By , , , and , CNN", [], ["CNN"]),
)
_PLACES = ("KATHMANDU", "BEIJING", "New Delhi", "MEXICO CITY", "SEOUL", "Paris")
_AGENCIES = (
    ("Reuters", "Reuters"),
    ("AP", "AP"),
    ("AFP", "AFP"),
    ("Xinhua", "Xinhua"),
    ("Yonhap", "Yonhap"),
)
_MONTHS = (("Jan.", 1), ("Feb", 2), ("March", 3), ("Aug.", 8), ("Sept.", 9), ("Nov.", 11))
_SEPARATORS = ("-", "--", "—", "–", ":")
_CAPTIONS = (
    "A man walks past the ministry in Kathmandu, Nepal, April 24, 2023.",
    "Workers gather outside the factory in Beijing, China, March 7, 2025.",
)
_CREDITS = (
    ("/Reuters Photo", "Reuters"),
    ("REUTERS/Navin Roe/File Photo", "Reuters"),
    ("(AP Photo/Morry Fisk)", "AP"),
    ("(Xinhua/Chen Yue)", "Xinhua"),
    ("/CFP", "CFP"),
)
# (footer line, sources, credits, corrections)
_FOOTERS = (
    ("Source(s): Reuters", ["Reuters"], [], []),
    (
        "Reporting by Jane Roe in Beirut; Editing by Dan Flynn",
        [],
        [
            {
                "people": [["Jane Roe", "reporting", "Beirut"], ["Dan Flynn", "editing", None]],
                "organisations": [],
                "place": None,
            }
        ],
        [],
    ),
    (
        "Associated Press writer Tom Becker contributed.",
        [],
        [
            {
                "people": [["Tom Becker", "contributing", None]],
                "organisations": ["AP"],
                "place": None,
            }
        ],
        [],
    ),
    (
        "This story has been corrected to show the vote was on Tuesday.",
        [],
        [],
        ["This story has been corrected to show the vote was on Tuesday."],
    ),
)


@st.composite
def _wire_articles(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """Render an article from drawn wire parts; return the text and the expected fields."""
    headline = draw(st.sampled_from(_HEADLINES))
    header = [headline]
    expected: dict[str, Any] = {"headline": headline, "byline": None, "dateline": None}
    byline = draw(st.none() | st.sampled_from(_BYLINES))
    if byline is not None:
        header.append(byline[0])
        expected["byline"] = {"people": byline[1], "organisations": byline[2], "place": None}
    paragraphs = draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
    expected["paragraphs"] = list(paragraphs)
    first = paragraphs[0]
    if draw(st.booleans()):
        place = draw(st.sampled_from(_PLACES))
        (agency_written, agency), (month_text, month) = (
            draw(st.sampled_from(_AGENCIES)),
            draw(st.sampled_from(_MONTHS)),
        )
        day = draw(st.integers(1, 28))
        sep = draw(st.sampled_from(_SEPARATORS))
        raw = f"{place}, {month_text} {day} ({agency_written}) {sep}"
        first = f"{raw} {first}"
        expected["dateline"] = {
            "raw": raw,
            "places": [place],
            "region": None,
            "month": month,
            "day": day,
            "agency": agency,
            "separator": sep,
        }
    body = [first, *paragraphs[1:]]
    captions = []
    for caption in draw(st.lists(st.sampled_from(_CAPTIONS), max_size=2, unique=True)):
        credit, agency = draw(st.sampled_from(_CREDITS))
        copies = draw(st.integers(1, 2))
        captions.append({"text": caption, "credit_agency": agency, "occurrences": copies})
        position = draw(st.integers(0, len(body)))
        for _ in range(copies):
            body.insert(position, f"{caption} {credit}")
    expected["captions"] = captions
    footers = draw(st.lists(st.sampled_from(_FOOTERS), max_size=3, unique_by=lambda f: f[0]))
    expected["sources"] = [s for f in footers for s in f[1]]
    expected["credits"] = [c for f in footers for c in f[2]]
    expected["corrections"] = [c for f in footers for c in f[3]]
    text = "\n".join(header) + "\n\n" + "\n\n".join(body + [f[0] for f in footers]) + "\n"
    return text, expected


class TestGeneratedWireArticles:
    """Articles rendered from any combination of wire parts parse back into those parts."""

    @given(_wire_articles())
    def test_parts_round_trip(self, generated: tuple[str, dict[str, Any]]) -> None:
        """Headline, byline, dateline, captions, paragraphs, sources, credits and corrections come back."""
        text, expected = generated
        article = newsmodel.parse_article(text)
        article.check()
        actual = actual_fields(article)
        actual["paragraphs"] = [p.text for p in article.paragraphs]
        for fields in (expected, actual):  # captions in text order vs. draw order
            fields["captions"] = sorted(fields["captions"], key=lambda c: c["text"])
        assert expected == {name: actual[name] for name in expected}
