"""Tests for photo credits: ``parse_credit`` and ``split_credit`` (FORMATS c.1, c.2)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import CreditKind, parse_credit
from newsmodel._parse_credit import split_credit

PHOTO, FILE, IMAGE = CreditKind.PHOTO, CreditKind.FILE_PHOTO, CreditKind.IMAGE

# (credit, expected fields).  docs/gen_formats.py renders this table into docs/formats.md.
CREDIT_CASES: list[tuple[str, dict[str, Any]]] = [
    ("/Reuters Photo", {"agency": "Reuters", "photographers": (), "kind": PHOTO}),
    ("/Xinhua", {"agency": "Xinhua", "photographers": ()}),
    ("/CFP", {"agency": "CFP"}),
    ("/VCG", {"agency": "VCG"}),
    ("REUTERS/Jane Roe", {"agency": "Reuters", "photographers": ("Jane Roe",)}),
    (
        "REUTERS/Jane Roe/File Photo",
        {"agency": "Reuters", "photographers": ("Jane Roe",), "kind": FILE},
    ),
    ("(Photo: AFP)", {"agency": "AFP", "photographers": ()}),
    ("(AP Photo/Morry Roe)", {"agency": "AP", "photographers": ("Morry Roe",)}),
    ("(AP Photo)", {"agency": "AP", "photographers": ()}),
    ("AP Photo/Eric Roe, File", {"agency": "AP", "photographers": ("Eric Roe",), "kind": FILE}),
    ("Photo by Jane Roe/Getty Images", {"agency": "Getty Images", "photographers": ("Jane Roe",)}),
    (
        "Jane Roe/AFP via Getty Images",
        {"agency": "AFP", "photographers": ("Jane Roe",), "distributor": "Getty Images"},
    ),
    (
        "(Image credit: Jane Roe/Getty Images)",
        {"agency": "Getty Images", "photographers": ("Jane Roe",), "kind": IMAGE},
    ),
    (
        "(Image: Bloomberg via Getty Images)",
        {"agency": "Bloomberg", "distributor": "Getty Images", "kind": IMAGE},
    ),
    (
        "(Image:Anadolu via Getty Images)",
        {"agency": "Anadolu", "distributor": "Getty Images", "kind": IMAGE},
    ),
    ("Getty Images", {"agency": "Getty Images", "photographers": ()}),
    ("Xinhua Photo", {"agency": "Xinhua", "photographers": ()}),
    (
        "Official President website/Handout via REUTERS",
        {"agency": "Reuters", "photographers": ("Official President website",), "handout": True},
    ),
    (
        "Iranian Presidency/WANA (West Asia News Agency)/Handout via REUTERS",
        {"agency": "Reuters", "handout": True},
    ),
    ("Xinhua/Chen Roe", {"agency": "Xinhua", "photographers": ("Chen Roe",)}),
    ("(Xinhua/Chen Roe)", {"agency": "Xinhua", "photographers": ("Chen Roe",)}),
    (
        "(Photo/ Foreign Ministry of China)",
        {"agency": "Foreign Ministry of China", "photographers": ()},
    ),
    ("[Photo by Xu Roe/China SCIO]", {"agency": "China SCIO", "photographers": ("Xu Roe",)}),
    ("[Photo/China.org.cn]", {"agency": "China.org.cn"}),
    ("(Photo by Fariha Roe/Xinhua)", {"agency": "Xinhua", "photographers": ("Fariha Roe",)}),
    (
        "(Source: Chinanews.com/Wang Roe)",
        {"agency": "China News Service", "photographers": ("Wang Roe",)},
    ),
    ("Eva Roe/Reuters", {"agency": "Reuters", "photographers": ("Eva Roe",)}),
    ("Photograph: Eva Roe/Reuters", {"agency": "Reuters", "photographers": ("Eva Roe",)}),
    ("Photograph: Getty Images", {"agency": "Getty Images", "photographers": ()}),
    (
        "Credit...Jane Roe for The New York Times",
        {"agency": "New York Times", "photographers": ("Jane Roe",)},
    ),
    ("Image source, Getty Images", {"agency": "Getty Images", "kind": IMAGE}),
    ("BERTRAND ROE / AFP", {"agency": "AFP", "photographers": ("BERTRAND ROE",)}),
    ("(AFP / ISHARA S. ROE)", {"agency": "AFP", "photographers": ("ISHARA S. ROE",)}),
    ("Adel Roe/The Associated Press", {"agency": "AP", "photographers": ("Adel Roe",)}),
    (
        "Ohad Roe/Pool via REUTERS",
        {"agency": "Reuters", "photographers": ("Ohad Roe",), "pool": True},
    ),
    (
        "Handout/English Montreal School Board/…/AFP via Getty Images",
        {"agency": "AFP", "distributor": "Getty Images", "handout": True},
    ),
    (
        "Daniel Roe/AFP/Getty Images",
        {"agency": "AFP", "photographers": ("Daniel Roe",), "distributor": "Getty Images"},
    ),
    (
        "Niall Roe/PA Images via Getty Images",
        {"agency": "PA", "photographers": ("Niall Roe",), "distributor": "Getty Images"},
    ),
    (
        "(Photo by Ghulam ROE / AFP) (Photo by GHULAM ROE/AFP via Getty Images)",
        {"agency": "AFP", "photographers": ("Ghulam ROE",), "distributor": "Getty Images"},
    ),
]

# (caption line, caption text, credit raw).
SPLIT_CASES: list[tuple[str, str, str]] = [
    (
        "A minister speaks in Moscow, Russia, January 13, 2020. /Reuters Photo",
        "A minister speaks in Moscow, Russia, January 13, 2020.",
        "/Reuters Photo",
    ),
    (
        "A man walks in Beirut, Lebanon, December 7, 2023. REUTERS/Emilie Roe/File Photo",
        "A man walks in Beirut, Lebanon, December 7, 2023.",
        "REUTERS/Emilie Roe/File Photo",
    ),
    (
        "Health workers help residents on August 14. Daniel Roe/AFP/Getty Images",
        "Health workers help residents on August 14.",
        "Daniel Roe/AFP/Getty Images",
    ),
    (
        "A farmer works in La Crosse, Wis. (AP Photo/Morry Roe)",
        "A farmer works in La Crosse, Wis.",
        "(AP Photo/Morry Roe)",
    ),
    (
        "People gather in Beijing, March 7, 2025. (Xinhua/Chen Roe)",
        "People gather in Beijing, March 7, 2025.",
        "(Xinhua/Chen Roe)",
    ),
    (
        "A man in Beirut, December 10, 2017. REUTERS/Jane Roe Picture taken December 11, 2017.",
        "A man in Beirut, December 10, 2017.",
        "REUTERS/Jane Roe Picture taken December 11, 2017.",
    ),
    (
        "Volunteers plant trees in Gansu, July 1, 2021. /Xinhua",
        "Volunteers plant trees in Gansu, July 1, 2021.",
        "/Xinhua",
    ),
    (
        "A girl looks at a painting. (Photo by Ghulam ROE / AFP) (Photo by GHULAM ROE/AFP via Getty Images)",
        "A girl looks at a painting.",
        "(Photo by Ghulam ROE / AFP) (Photo by GHULAM ROE/AFP via Getty Images)",
    ),
    ("Traders work at the exchange. (Photo: AFP)", "Traders work at the exchange.", "(Photo: AFP)"),
    (
        "A resident watches the flames in Varnavas. Getty Images",
        "A resident watches the flames in Varnavas.",
        "Getty Images",
    ),
    (
        "Rouhani speaks in Tehran, January 7, 2018. Official President website/Handout via REUTERS",
        "Rouhani speaks in Tehran, January 7, 2018.",
        "Official President website/Handout via REUTERS",
    ),
    (
        "Workers clear debris on Monday. Credit...Jane Roe for The New York Times",
        "Workers clear debris on Monday.",
        "Credit...Jane Roe for The New York Times",
    ),
]

# Body sentences with "/" or "Photo" (or brackets) are not credits.
NOT_CREDITS: list[str] = [
    "The company said its 24/7 hotline was open.",
    "A Reuters/Ipsos poll showed support fell.",
    "He works for Reuters/Ipsos",
    "Support fell, according to Reuters/Ipsos",
    "The photo was taken by Jane Roe (AP).",
    "Photo by photo, the exhibition grew.",
    "He said (and he meant it) that prices rose (sharply)",
    "Prices rose 5% year/year in March.",
    "Mr Smith, the minister (Labour), said so.",
    "The and/or clause was dropped.",
    "Picture taken December 11, 2017.",
    "(Jane Roe/John Doe)",
    "He gave credit to the team for the win.",
    "The photos were sold to Getty Images",
    "official website/Handout",
    "Some random words here/Jane Roe",
    "",
]


class TestParseCredit:
    """``parse_credit`` on every form of FORMATS c.1."""

    @pytest.mark.parametrize(("text", "expected"), CREDIT_CASES)
    def test_form(self, text: str, expected: dict[str, Any]) -> None:
        """Each credit form gives its agency, photographers, kind, distributor and flags."""
        credit = parse_credit(text)
        assert credit is not None
        actual = {key: getattr(credit, key) for key in expected}
        assert expected == actual
        assert text == credit.raw

    @pytest.mark.parametrize("text", NOT_CREDITS)
    def test_not_a_credit(self, text: str) -> None:
        """Body sentences holding "/", "Photo" or brackets are not credits."""
        assert None is parse_credit(text)


class TestSplitCredit:
    """``split_credit`` separates caption text from its trailing credit."""

    @pytest.mark.parametrize(("line", "caption", "raw"), SPLIT_CASES)
    def test_split(self, line: str, caption: str, raw: str) -> None:
        """The caption text ends before the credit; the credit's span is its raw text."""
        found = split_credit(line, 0, len(line))
        assert found is not None
        end, credit = found
        assert (caption, raw) == (line[:end], credit.span.slice(line))
        assert raw == credit.raw

    @pytest.mark.parametrize("text", NOT_CREDITS)
    def test_no_split(self, text: str) -> None:
        """A body sentence is not split."""
        assert None is split_credit(text, 0, len(text))

    def test_offsets(self) -> None:
        """Offsets are into the whole text."""
        text = "Head\nA man walks, May 1, 2020. /Xinhua\nBody."
        start = text.index("A man")
        end = text.index("\nBody")
        found = split_credit(text, start, end)
        assert found is not None
        assert ("A man walks, May 1, 2020.", "/Xinhua") == (
            text[start : found[0]],
            found[1].span.slice(text),
        )

    def test_repeated_caption_is_fast(self) -> None:
        """A very long line of repeated captions is handled (linear time) without a crash."""
        line = "A man walks, May 1, 2020. /Reuters Photo " * 10_000
        found = split_credit(line, 0, len(line))
        assert found is not None
        assert "Reuters" == found[1].agency


_AGENCIES = st.sampled_from(["REUTERS", "Xinhua", "AFP", "AP Photo"])
_NAMES = st.sampled_from(["Jane Roe", "JOHN DOE", "Chen Yehua", "Ohad Zwigenberg"])


class TestProperties:
    """Properties over arbitrary and generated text."""

    @given(st.text(max_size=200))
    def test_never_raises(self, text: str) -> None:
        """Any string gives a Credit or None; a split ends at or before the credit."""
        credit = parse_credit(text)
        if credit is not None:
            assert credit.raw == credit.span.slice(text)
        found = split_credit(text, 0, len(text))
        if found is not None:
            end, credit = found
            assert 0 <= end <= credit.span.start
            assert credit.raw == credit.span.slice(text)

    @given(_AGENCIES, _NAMES, st.booleans())
    def test_generated(self, agency: str, name: str, wrapped: bool) -> None:
        """``AGENCY/Name`` (optionally in brackets) after a caption gives back both parts."""
        credit = f"{agency}/{name}"
        if wrapped:
            credit = f"({credit})"
        line = f"A man walks in Beirut, December 7, 2023. {credit}"
        found = split_credit(line, 0, len(line))
        assert found is not None
        assert ((name,), credit) == (found[1].photographers, found[1].raw)

    @given(_AGENCIES, _NAMES)
    def test_idempotent(self, agency: str, name: str) -> None:
        """Parsing a credit's raw text again gives the same credit."""
        credit = parse_credit(f"{agency}/{name}")
        assert credit is not None
        assert credit == parse_credit(credit.raw)
