"""Tests for bylines and credit lines: ``parse_byline`` and ``match_byline`` (FORMATS d.1)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Role, parse_byline
from newsmodel._agencies import AGENCY_ALIASES, canonical_agency
from newsmodel._parse_byline import match_byline, match_name_line

A, R, AR, W, E, C, P = (
    Role.AUTHOR,
    Role.REPORTING,
    Role.ADDITIONAL_REPORTING,
    Role.WRITING,
    Role.EDITING,
    Role.CONTRIBUTING,
    Role.PRODUCTION,
)

# (input, expected people as (name, role, place), organisations, place).
# docs/gen_formats.py renders this table into docs/formats.md.
BYLINE_CASES: list[tuple[str, list[tuple[str, Role, str | None]], tuple[str, ...], str | None]] = [
    (
        "By Jane Roe and John Doe, Reuters",
        [("Jane Roe", A, None), ("John Doe", A, None)],
        ("Reuters",),
        None,
    ),
    (
        "By Yew Lun Tian and Jessie Pang",
        [("Yew Lun Tian", A, None), ("Jessie Pang", A, None)],
        (),
        None,
    ),
    ("By JANE ROE Associated Press", [("JANE ROE", A, None)], ("AP",), None),
    (
        "Aashish Saxena / TIMESOFINDIA.COM /",
        [("Aashish Saxena", A, None)],
        ("Times of India",),
        None,
    ),
    ("Ashok Pradhan | TNN |", [("Ashok Pradhan", A, None)], ("TNN",), None),
    ("Reuters Staff", [], ("Reuters",), None),
    ("By IANS, Kolkata :", [], ("IANS",), "Kolkata"),
    (
        "Reporting by Maya Roe in Beirut; Additional reporting by Lisa Doe; Editing by Dan Flynn",
        [("Maya Roe", R, "Beirut"), ("Lisa Doe", AR, None), ("Dan Flynn", E, None)],
        (),
        None,
    ),
    (
        "(Reporting by Jane Roe; Writing by John Doe; Editing by Alex Poe)",
        [("Jane Roe", R, None), ("John Doe", W, None), ("Alex Poe", E, None)],
        (),
        None,
    ),
    (
        "Reporting by Gopal Roe, additional reporting by Lisa Doe, writing by Jane Poe; Editing by Alex Moe",
        [
            ("Gopal Roe", R, None),
            ("Lisa Doe", AR, None),
            ("Jane Poe", W, None),
            ("Alex Moe", E, None),
        ],
        (),
        None,
    ),
    (
        "Reporting by Maya Roe in Beirut, Anton Doe in Amsterdam and Ari Poe in Jerusalem; Writing by David Moe; Editing by Dan Flynn",
        [
            ("Maya Roe", R, "Beirut"),
            ("Anton Doe", R, "Amsterdam"),
            ("Ari Poe", R, "Jerusalem"),
            ("David Moe", W, None),
            ("Dan Flynn", E, None),
        ],
        (),
        None,
    ),
    (
        "By Ben Roe, Adam Doe, Melissa Poe and Veronica Moe, CNN",
        [
            ("Ben Roe", A, None),
            ("Adam Doe", A, None),
            ("Melissa Poe", A, None),
            ("Veronica Moe", A, None),
        ],
        ("CNN",),
        None,
    ),
    ("By , , , , and , CNN", [], ("CNN",), None),
    ("From CNN's Jane Roe", [("Jane Roe", A, None)], ("CNN",), None),
    ("BY SAEED ROE IANS", [("SAEED ROE", A, None)], ("IANS",), None),
    ("Press Trust of India New Delhi", [], ("PTI",), "New Delhi"),
    ("PTI Mumbai", [], ("PTI",), "Mumbai"),
    ("HT Correspondent Hindustan Times, Bhubaneswar", [], ("Hindustan Times",), "Bhubaneswar"),
    (
        "By Jane Roe (People's Daily Online)",
        [("Jane Roe", A, None)],
        ("People's Daily Online",),
        None,
    ),
    ("Jane Roe For Daily Mail Australia", [("Jane Roe", A, None)], ("Daily Mail",), None),
    ("Associated Press writer Jane Roe contributed.", [("Jane Roe", C, None)], ("AP",), None),
    (
        "Associated Press writers Jane Roe in Paris and John Doe in Rome contributed to this report.",
        [("Jane Roe", C, "Paris"), ("John Doe", C, "Rome")],
        ("AP",),
        None,
    ),
    (
        "By F. Ahmed and Sarwar Roe, IANS, Srinagar :",
        [("F. Ahmed", A, None), ("Sarwar Roe", A, None)],
        ("IANS",),
        "Srinagar",
    ),
    ("Associated Press in Valencia", [], ("AP",), "Valencia"),
    ("CGTN", [], ("CGTN",), None),
    ("Xinhua", [], ("Xinhua",), None),
    ("Associated Press", [], ("AP",), None),
    ("Staff Writers", [], ("Staff Writers",), None),
    ("Additional reporting from PA", [], ("PA",), None),
    ("Video editor: Shi Chan", [("Shi Chan", P, None)], (), None),
    ("Editor: Wang Jian", [("Wang Jian", E, None)], (), None),
    ("By JANE ROE AP Business Writer", [("JANE ROE", A, None)], ("AP",), None),
    ("By JANE ROE, Associated Press Writer", [("JANE ROE", A, None)], ("AP",), None),
    ("By Jane Roe, Senior Editor", [("Jane Roe", A, None)], (), None),
    (
        "By Jane Roe and John Doe, CNN Business",
        [("Jane Roe", A, None), ("John Doe", A, None)],
        ("CNN",),
        None,
    ),
    ("By Reuters Staff", [], ("Reuters",), None),
    ("By The Associated Press", [], ("AP",), None),
    ("By Jane Roe in Washington", [("Jane Roe", A, "Washington")], (), None),
    ("CNN's Jane Roe contributed to this report.", [("Jane Roe", C, None)], ("CNN",), None),
    ("Jane Roe contributed reporting from Paris.", [("Jane Roe", C, "Paris")], (), None),
    (
        "By Jean-Paul de la Roe and Omar al-Doe, AFP",
        [("Jean-Paul de la Roe", A, None), ("Omar al-Doe", A, None)],
        ("AFP",),
        None,
    ),
]

NOT_BYLINES: list[str] = [
    "By the end of the year, prices had doubled.",
    "From Paris to Rome, the trains stopped.",
    "Reporting by the BBC suggests otherwise.",
    "The minister said on Monday.",
    "Jane Roe",
    "He spoke to Reuters on Monday.",
    "By Thursday, Smith had left.",
    "Reuters reported on Monday that prices rose.",
    "Prime Minister Narendra Modi",
    "By 2030 the plant will close.",
    "",
    "   ",
]


class TestParseByline:
    """``parse_byline`` on every form of FORMATS d.1."""

    @pytest.mark.parametrize(("text", "people", "organisations", "place"), BYLINE_CASES)
    def test_form(
        self,
        text: str,
        people: list[tuple[str, Role, str | None]],
        organisations: tuple[str, ...],
        place: str | None,
    ) -> None:
        """Each form gives its people with roles and places, its organisations and its place."""
        byline = parse_byline(text)
        assert byline is not None
        actual = (
            [(c.name, c.role, c.place) for c in byline.contributors],
            byline.organisations,
            byline.place,
        )
        assert (people, organisations, place) == actual

    @pytest.mark.parametrize("text", NOT_BYLINES)
    def test_not_a_byline(self, text: str) -> None:
        """Body sentences are not bylines."""
        assert None is parse_byline(text)

    def test_names_are_slices(self) -> None:
        """Every contributor's name is the text at its span."""
        text = "By Jane Roe and John Doe, Reuters"
        byline = parse_byline(text)
        assert byline is not None
        assert ["Jane Roe", "John Doe"] == [c.span.slice(text) for c in byline.contributors]

    @pytest.mark.parametrize(
        "alias", sorted({a for aliases in AGENCY_ALIASES.values() for a in aliases})
    )
    def test_agency_never_a_person(self, alias: str) -> None:
        """An agency alias alone is an organisation, never a contributor."""
        byline = parse_byline(f"By Jane Roe, {alias}")
        if byline is not None:
            assert "Jane Roe" == byline.contributors[0].name
            assert all(canonical_agency(c.name) is None for c in byline.contributors)


class TestMatchByline:
    """The internal ``match_byline`` on segments of a larger text."""

    def test_offsets(self) -> None:
        """Spans are offsets into the whole text, surrounding spaces excluded."""
        text = "Headline\n  By Jane Roe, Reuters  \nBody."
        start = text.index("  By")
        byline = match_byline(text, start, text.index("\nBody"))
        assert byline is not None
        assert "By Jane Roe, Reuters" == byline.span.slice(text) == byline.raw
        assert "Jane Roe" == byline.contributors[0].span.slice(text)

    def test_too_long(self) -> None:
        """A very long segment is not a byline."""
        assert None is match_byline("By " + "Jane Roe, " * 100, 0, 1003)

    @pytest.mark.parametrize(
        ("line", "names"),
        [
            ("Parisa Roe", ["Parisa Roe"]),
            ("Hana Roe, Leo Doe", ["Hana Roe", "Leo Doe"]),
            ("Hana Roe and Omar al-Doe", ["Hana Roe", "Omar al-Doe"]),
        ],
    )
    def test_names_line(self, line: str, names: list[str]) -> None:
        """A line of two-to-four-word names is a byline where the header allows one."""
        byline = match_name_line(line, 0, len(line))
        assert byline is not None
        assert names == [c.name for c in byline.contributors]
        assert () == byline.organisations

    @pytest.mark.parametrize(
        "line", ["Jane", "3 Min Read", "Jane Roe, Reuters", "The minister said so", "By Jane Roe"]
    )
    def test_not_a_names_line(self, line: str) -> None:
        """One word, an organisation, a sentence or a "By" line is not a line of names."""
        assert None is match_name_line(line, 0, len(line))


_NAMES = st.sampled_from(
    ["Jane Roe", "John Doe", "Maya Poe", "F. Ahmed", "SAEED ROE", "Omar al-Doe"]
)
_ORGS = st.sampled_from(["Reuters", "AFP", "CNN", "IANS", "Associated Press", "Xinhua"])


class TestProperties:
    """Properties over arbitrary and generated text."""

    @given(st.text(max_size=200))
    def test_never_raises(self, text: str) -> None:
        """Any string gives a Byline or None; names are the slices at their spans."""
        byline = parse_byline(text)
        if byline is not None:
            assert byline.raw == byline.span.slice(text)
            for contributor in byline.contributors:
                assert contributor.name == contributor.span.slice(text)
                assert contributor.name.strip()

    @given(st.lists(_NAMES, min_size=1, max_size=4, unique=True), _ORGS)
    def test_generated(self, names: list[str], org: str) -> None:
        """``By A, B and C, ORG`` gives back the names, in order, and the organisation."""
        listed = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
        byline = parse_byline(f"By {listed}, {org}")
        assert byline is not None
        assert (names, (canonical_agency(org),)) == (
            [c.name for c in byline.contributors],
            byline.organisations,
        )

    @given(st.lists(_NAMES, min_size=1, max_size=3, unique=True))
    def test_idempotent(self, names: list[str]) -> None:
        """Parsing a byline's raw text again gives the same byline."""
        byline = parse_byline("Reporting by " + " and ".join(names) + "; Editing by Dan Flynn")
        assert byline is not None
        assert byline == parse_byline(byline.raw)
