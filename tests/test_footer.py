"""Tests for footers and trailers: the internal ``match_footer`` (FORMATS d.3)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Role
from newsmodel._parse_footer import Footer, FooterKind, match_footer

SOURCE, CREDITS, SIGNOFF, END = (
    FooterKind.SOURCE,
    FooterKind.CREDITS,
    FooterKind.SIGNOFF,
    FooterKind.END,
)
CORRECTION, BOILERPLATE, EDITOR = FooterKind.CORRECTION, FooterKind.BOILERPLATE, FooterKind.EDITOR

# (line, expected fields; "people" lists the credited (name, role)).
# docs/gen_formats.py renders this table into docs/formats.md.
FOOTER_CASES: list[tuple[str, dict[str, Any]]] = [
    ("Source(s): Reuters", {"kind": SOURCE, "sources": ("Reuters",)}),
    ("Source: Xinhua", {"kind": SOURCE, "sources": ("Xinhua",)}),
    ("Sources: Reuters, AFP", {"kind": SOURCE, "sources": ("Reuters", "AFP")}),
    (" Reuter", {"kind": SIGNOFF, "sources": ("Reuters",)}),
    ("REUTER", {"kind": SIGNOFF, "sources": ("Reuters",)}),
    ("Enditem", {"kind": END, "sources": ()}),
    ("==Kyodo", {"kind": END, "sources": ("Kyodo",)}),
    ("KWS-21:37-09-12-18", {"kind": END}),
    ("Editor: Wang Jian", {"kind": EDITOR, "people": [("Wang Jian", Role.EDITING)]}),
    ("Video editor: Shi Chan", {"kind": CREDITS, "people": [("Shi Chan", Role.PRODUCTION)]}),
    ("Copyright 2020 CGTN. All rights reserved.", {"kind": BOILERPLATE}),
    ("Copyright © 2020 CGTN", {"kind": BOILERPLATE}),
    ("Our Standards: The Thomson Reuters Trust Principles.", {"kind": BOILERPLATE}),
    ("RELATED STORIES", {"kind": BOILERPLATE}),
    ("Read more:", {"kind": BOILERPLATE}),
    ("Search Trends", {"kind": BOILERPLATE}),
    ("___", {"kind": BOILERPLATE}),
    (
        "Check out The China Report, our new weekly newsletter. Subscribe here!",
        {"kind": BOILERPLATE},
    ),
    (
        "(This article is published on People's Daily Online)",
        {"kind": BOILERPLATE, "sources": ("People's Daily Online",)},
    ),
    (
        "This story has been corrected to show the vote was on Tuesday, not Monday.",
        {
            "kind": CORRECTION,
            "correction": "This story has been corrected to show the vote was on Tuesday, not Monday.",
        },
    ),
    (
        "Associated Press writer Jane Roe contributed.",
        {"kind": CREDITS, "people": [("Jane Roe", Role.CONTRIBUTING)]},
    ),
    (
        "Reporting by Jane Roe; Editing by John Doe",
        {"kind": CREDITS, "people": [("Jane Roe", Role.REPORTING), ("John Doe", Role.EDITING)]},
    ),
    ("Additional reporting from PA", {"kind": CREDITS, "people": []}),
    ("(With input from Xinhua)", {"kind": SOURCE, "sources": ("Xinhua",)}),
    (
        "Source: Al Jazeera and news agencies",
        {"kind": SOURCE, "sources": ("Al Jazeera", "news agencies")},
    ),
    (
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published.",
        {"kind": BOILERPLATE},
    ),
    ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", {"kind": BOILERPLATE}),
    (
        "Follow AP's coverage of the elections at https://apnews.com/hub/elections",
        {"kind": BOILERPLATE},
    ),
    (
        "The Associated Press receives support from several private foundations.",
        {"kind": BOILERPLATE},
    ),
    (
        "A version of this article appears in print on March 7, 2024, Section A, Page 1.",
        {"kind": BOILERPLATE},
    ),
    ("Related Topics", {"kind": BOILERPLATE}),
    ("(END)", {"kind": END}),
    ("3 Min Read", {"kind": BOILERPLATE}),
    ("4-minute read", {"kind": BOILERPLATE}),
    ("Reading time: 5 minutes", {"kind": BOILERPLATE}),
    ("Advertisement", {"kind": BOILERPLATE}),
]

NOT_FOOTERS: list[str] = [
    "The minister said the talks would resume.",
    "Reuters could not verify the claims.",
    "Source: a senior official said the deal was off.",
    "Read the full text here.",
    "By Jane Roe, Reuters",
    "Enditem was the word he used.",
    "Editors said the story was fair.",
    "Copyright infringement cases rose 5% last year.",
    "3 people died in the fire.",
    "Advertisement revenue fell 4%.",
    "",
]


def _fields(footer: Footer, keys: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in keys:
        if key == "people":
            byline = footer.credits
            out[key] = [] if byline is None else [(c.name, c.role) for c in byline.contributors]
        else:
            out[key] = getattr(footer, key)
    return out


class TestMatchFooter:
    """``match_footer`` on every form of FORMATS d.3."""

    @pytest.mark.parametrize(("text", "expected"), FOOTER_CASES)
    def test_form(self, text: str, expected: dict[str, Any]) -> None:
        """Each footer form gives its kind, sources, credits and correction."""
        footer = match_footer(text, 0, len(text))
        assert footer is not None
        assert expected == _fields(footer, list(expected))
        assert text.strip() == footer.raw == footer.span.slice(text)

    @pytest.mark.parametrize("text", NOT_FOOTERS)
    def test_not_a_footer(self, text: str) -> None:
        """Body sentences, bylines and sentences starting with footer words are not footers."""
        assert None is match_footer(text, 0, len(text))

    def test_offsets(self) -> None:
        """Spans are offsets into the whole text."""
        text = "Body.\n\nSource(s): Reuters\n"
        start = text.index("Source")
        footer = match_footer(text, start, len(text))
        assert footer is not None
        assert "Source(s): Reuters" == footer.span.slice(text)


class TestProperties:
    """Properties over arbitrary text."""

    @given(st.text(max_size=200))
    def test_never_raises(self, text: str) -> None:
        """Any string gives a Footer or None; raw is the slice at its span."""
        footer = match_footer(text, 0, len(text))
        if footer is not None:
            assert footer.raw == footer.span.slice(text)

    @given(st.sampled_from([case[0] for case in FOOTER_CASES]))
    def test_idempotent(self, text: str) -> None:
        """Matching a footer's raw text again gives the same kind and sources."""
        footer = match_footer(text, 0, len(text))
        assert footer is not None
        again = match_footer(footer.raw, 0, len(footer.raw))
        assert again is not None
        assert (footer.kind, footer.sources) == (again.kind, again.sources)
