"""Tests for datelines: ``parse_dateline`` and the internal ``match_dateline`` (FORMATS b)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Dateline, parse_dateline
from newsmodel._parse_dateline import (
    infer_year,
    inline_dateline_start,
    match_dateline,
    match_glued_dateline,
)

# (input, expected fields, body that follows the dateline).  One row per form in the
# issue and in FORMATS b.2; docs/gen_formats.py renders this table into docs/formats.md.
DATELINE_CASES: list[tuple[str, dict[str, Any], str]] = [
    (
        "KATHMANDU, April 25 (Reuters) - Nepal's aviation authority said.",
        {
            "places": ("KATHMANDU",),
            "date_text": "April 25",
            "month": 4,
            "day": 25,
            "agency": "Reuters",
            "separator": "-",
        },
        "Nepal's",
    ),
    (
        "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank crew fired.",
        {"places": ("BEIRUT", "THE HAGUE"), "month": 3, "day": 7, "agency": "Reuters"},
        "An",
    ),
    (
        "BEIJING/HONG KONG (Reuters) - Late last month, protests spread.",
        {"places": ("BEIJING", "HONG KONG"), "agency": "Reuters", "date_text": None},
        "Late",
    ),
    (
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
        {"places": ("WASHINGTON",), "agency": "Reuters", "separator": "-"},
        "The",
    ),
    (
        "BEIJING, Nov. 24 (Xinhua) -- China said on Monday it would act.",
        {"places": ("BEIJING",), "date_text": "Nov. 24", "agency": "Xinhua", "separator": "--"},
        "China",
    ),
    (
        "BRISBANE, Australia, Jan. 1(Xinhua) -- Fireworks lit the river.",
        {"places": ("BRISBANE",), "region": "Australia", "month": 1, "day": 1, "agency": "Xinhua"},
        "Fireworks",
    ),
    (
        "LA CROSSE, Wis. (AP) — After a summer of tumult, the town voted.",
        {"places": ("LA CROSSE",), "region": "Wis.", "agency": "AP", "separator": "—"},
        "After",
    ),
    (
        "MEXICO CITY (AP) — Mexico’s economy grew by 1.1%.",
        {"places": ("MEXICO CITY",), "agency": "AP", "separator": "—"},
        "Mexico’s",
    ),
    (
        "WARSAW, Poland (AP) — A town in Poland voted.",
        {"places": ("WARSAW",), "region": "Poland", "agency": "AP"},
        "A",
    ),
    (
        "Paris (AFP) - France said on Monday it would reply.",
        {"places": ("Paris",), "agency": "AFP", "separator": "-"},
        "France",
    ),
    (
        "WASHINGTON, May 12 (AFP) -- Lawmakers met on Friday.",
        {"places": ("WASHINGTON",), "month": 5, "day": 12, "agency": "AFP", "separator": "--"},
        "Lawmakers",
    ),
    (
        "Washington, 13 Mar 2020 (AFP) — Em cerimônia na Casa Branca.",
        {
            "places": ("Washington",),
            "date_text": "13 Mar 2020",
            "date": dt.date(2020, 3, 13),
            "agency": "AFP",
        },
        "Em",
    ),
    (
        "Patna, Oct 16 (PTI) Prime Minister Narendra Modi will visit.",
        {"places": ("Patna",), "month": 10, "day": 16, "agency": "PTI", "separator": None},
        "Prime",
    ),
    (
        "New Delhi, July 15(PTI) The court adjourned the hearing.",
        {"places": ("New Delhi",), "month": 7, "day": 15, "agency": "PTI", "separator": None},
        "The",
    ),
    (
        "New Delhi, Sep 21 (ANI): After a brief exchange of fire, troops withdrew.",
        {"places": ("New Delhi",), "month": 9, "day": 21, "agency": "ANI", "separator": ":"},
        "After",
    ),
    (
        "New Delhi [India], May 29 (ANI): The ministry issued a notice.",
        {"places": ("New Delhi",), "region": "India", "month": 5, "day": 29, "agency": "ANI"},
        "The",
    ),
    (
        "Mysuru (Karnataka) [India], May 29 (ANI): The ministry issued a notice.",
        {"places": ("Mysuru",), "region": "Karnataka, India", "agency": "ANI", "separator": ":"},
        "The",
    ),
    (
        "NEW YORK (AP) _ Stocks fell sharply on Monday.",
        {"places": ("NEW YORK",), "agency": "AP", "separator": "_"},
        "Stocks",
    ),
    (
        "New Delhi, September 12 (IANS): The ministry issued a notice.",
        {"places": ("New Delhi",), "month": 9, "day": 12, "agency": "IANS", "separator": ":"},
        "The",
    ),
    (
        "Mumbai, Dec 14 (IANS) After he was released, the actor spoke.",
        {"places": ("Mumbai",), "agency": "IANS", "separator": None},
        "After",
    ),
    (
        "KAZAN, February 21. /TASS/. Politics should be kept out of sport.",
        {"places": ("KAZAN",), "date_text": "February 21", "agency": "TASS", "separator": "."},
        "Politics",
    ),
    (
        "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper said.",
        {"places": ("SEOUL",), "month": 8, "day": 20, "agency": "Yonhap", "separator": "--"},
        "North",
    ),
    (
        "TOKYO - Japan's nuclear watchdog approved the plan.",
        {"places": ("TOKYO",), "agency": None, "separator": "-"},
        "Japan's",
    ),
    (
        "Jan. 5 (Bloomberg) -- “If you laid it out,” he said.",
        {"places": (), "date_text": "Jan. 5", "agency": "Bloomberg", "separator": "--"},
        "“If",
    ),
    (
        "(Bloomberg) -- Stocks rose for a third day.",
        {"places": (), "agency": "Bloomberg", "separator": "--"},
        "Stocks",
    ),
    (
        "June 2 (UPI) — Five people were shot, police said.",
        {"places": (), "month": 6, "day": 2, "agency": "UPI", "separator": "—"},
        "Five",
    ),
    (
        "LOS ANGELES, June 25 (UPI) -- Five films opened on Friday.",
        {"places": ("LOS ANGELES",), "month": 6, "day": 25, "agency": "UPI"},
        "Five",
    ),
    (
        "NEW DELHI: Pakistan's approach was criticised on Monday.",
        {"places": ("NEW DELHI",), "agency": None, "separator": ":"},
        "Pakistan's",
    ),
    (
        "Doha, Qatar – As Al Jazeera marks 25 years, its staff reflect.",
        {"places": ("Doha",), "region": "Qatar", "separator": "–"},
        "As",
    ),
    (
        "WASHINGTON — The Senate voted on Tuesday.",
        {"places": ("WASHINGTON",), "separator": "—"},
        "The",
    ),
    (
        "    SALVADOR, Feb 26 - Brazil's coffee exports fell.",
        {"raw": "SALVADOR, Feb 26 -", "places": ("SALVADOR",), "month": 2, "day": 26},
        "Brazil's",
    ),
    (
        "    PORTLAND, Ore., Feb 26 - Shares of the company rose.",
        {"places": ("PORTLAND",), "region": "Ore.", "month": 2, "day": 26},
        "Shares",
    ),
    (
        "CUPERTINO, Calif.--(BUSINESS WIRE)--Apple today announced results.",
        {
            "places": ("CUPERTINO",),
            "region": "Calif.",
            "agency": "Business Wire",
            "separator": "--",
        },
        "Apple",
    ),
    (
        "BEIJING, Jan. 3, 2021 /PRNewswire/ — The company reported results.",
        {
            "places": ("BEIJING",),
            "date_text": "Jan. 3, 2021",
            "date": dt.date(2021, 1, 3),
            "agency": "PR Newswire",
            "separator": "—",
        },
        "The",
    ),
    (
        "SAITAMA, Japan, Dec. 9 Kyodo - Urawa Reds claimed the title.",
        {"places": ("SAITAMA",), "region": "Japan", "month": 12, "day": 9, "agency": "Kyodo"},
        "Urawa",
    ),
    (
        "RIYADH, Saudi Arabia, Aug. 16 (Reuters) — This Islamic kingdom said.",
        {"places": ("RIYADH",), "region": "Saudi Arabia", "month": 8, "day": 16},
        "This",
    ),
    (
        "EL CAIRO, 30 jun (Xinhua) -- Al menos una persona murió.",
        {"places": ("EL CAIRO",), "month": 6, "day": 30, "agency": "Xinhua"},
        "Al",
    ),
    (
        "Panama  City,  Sept. 8 (CNA) -- The canal reopened.",
        {"places": ("Panama  City",), "month": 9, "day": 8, "agency": "CNA"},
        "The",
    ),
    (
        "Washington (CNN) -- Democrats pledged to act.",
        {"places": ("Washington",), "agency": "CNN", "separator": "--"},
        "Democrats",
    ),
    (
        "CNN — The storm made landfall overnight.",
        {"places": (), "agency": "CNN", "separator": "—"},
        "The",
    ),
    (
        "MADISON, N.J., Oct. 16 /PRNewswire-FirstCall/ -- The company said.",
        {"places": ("MADISON",), "region": "N.J.", "agency": "PR Newswire"},
        "The",
    ),
    (
        "Kiel (dpo) - Finnland ist in Gefahr!",
        {"places": ("Kiel",), "agency": "dpo", "separator": "-"},
        "Finnland",
    ),
    (
        "PUTRAJAYA, Nov 22 — Private companies must comply.",
        {"places": ("PUTRAJAYA",), "month": 11, "day": 22, "separator": "—"},
        "Private",
    ),
    (
        "KOBE – A total of 6,000 surgical masks were stolen.",
        {"places": ("KOBE",), "separator": "–"},
        "A",
    ),
]

# FORMATS b.5 and ordinary body text: none of these is a dateline.
NOT_DATELINES: list[str] = [
    "LE POINT SUR LA SITUATION - «Nous sommes prêts», a dit le ministre.",
    "CHINESE AGGRESSION: Manila accused Beijing of ramming its vessels.",
    "WARNING GRAPHIC DETAIL: Brave Marina shared her story.",
    "REBECCA Cooke is a teacher from Leeds.",
    "ATTENTION EDITORS – THIS IMAGE WAS PROVIDED BY A THIRD PARTY",
    "The President - who spoke on Monday - said the talks would resume.",
    "By the end of the year, prices had doubled.",
    "DALLA NOSTRA CORRISPONDENTENEW YORK - Giorgia Meloni ha detto.",
    "BREAKING NEWS: Markets fell sharply on Monday.",
    "He said: Prices will rise.",
    "(Photo) - A man walks.",
    "",
    "   ",
    "WASHINGTON-based lobbyists met on Monday.",
    "Gaza: Aid convoys blocked at the crossing",
    "CHINA: TRADE SURPLUS WIDENS",
    "Ukraine - What we know so far",
]


def _check(dateline: Dateline, expected: dict[str, Any]) -> None:
    actual = {key: getattr(dateline, key) for key in expected}
    assert expected == actual


class TestParseDateline:
    """``parse_dateline`` on every form of FORMATS b.2."""

    @pytest.mark.parametrize(("text", "expected", "body"), DATELINE_CASES)
    def test_form(self, text: str, expected: dict[str, Any], body: str) -> None:
        """Each wire form gives its place, region, date, agency and separator; the body follows."""
        dateline = parse_dateline(text)
        assert dateline is not None
        _check(dateline, expected)
        assert text[dateline.span.start : dateline.span.end] == dateline.raw
        assert body == text[dateline.span.end :].split(maxsplit=1)[0]

    @pytest.mark.parametrize("text", NOT_DATELINES)
    def test_not_a_dateline(self, text: str) -> None:
        """Kickers, warnings, lead-ins and body sentences are not datelines."""
        assert None is parse_dateline(text)

    def test_spans(self) -> None:
        """Place, date and agency spans point at their text."""
        text = "BEIJING, Nov. 24 (Xinhua) -- China said."
        d = parse_dateline(text)
        assert d is not None
        assert d.place_span is not None
        assert d.date_span is not None
        assert d.agency_span is not None
        expected = ("BEIJING", "Nov. 24", "Xinhua")
        assert expected == (
            d.place_span.slice(text),
            d.date_span.slice(text),
            d.agency_span.slice(text),
        )

    def test_standalone_dateline(self) -> None:
        """A dateline alone on its line (Tribune) has no separator."""
        d = parse_dateline("New Delhi, August 29")
        assert d is not None
        assert (("New Delhi",), 8, 29, None) == (d.places, d.month, d.day, d.separator)

    def test_line_break_inside(self) -> None:
        """A scraped PR Newswire dateline broken before the comma is one dateline."""
        text = "LOS ANGELES\n, Nov. 21, 2025 /PRNewswire/ — The Law Offices said."
        d = parse_dateline(text)
        assert d is not None
        assert (("LOS ANGELES",), dt.date(2025, 11, 21)) == (d.places, d.date)


class TestGluedDateline:
    """A kicker in capitals run into the dateline (Corriere, FORMATS b.5)."""

    def test_kicker_residue(self) -> None:
        """The known place ending the capitals starts the dateline; the kicker is left before it."""
        text = "DALLA NOSTRA CORRISPONDENTENEW YORK - Giorgia Meloni ha detto."
        d = match_glued_dateline(text, 0, len(text))
        assert d is not None
        assert ("DALLA NOSTRA CORRISPONDENTE", "NEW YORK -") == (text[: d.span.start], d.raw)

    @pytest.mark.parametrize(
        "text",
        ["LE POINT SUR LA SITUATION - «Nous y sommes»", "NEW YORK - Body.", "The end - of it."],
    )
    def test_no_glued_dateline(self, text: str) -> None:
        """Kickers without a known place, and plain datelines, give None."""
        assert None is match_glued_dateline(text, 0, len(text))


class TestInlineDateline:
    """Malay Mail: byline, time and dateline on one line."""

    def test_cut_before_dateline(self) -> None:
        """The line is cut where the dated dateline starts, after the clock."""
        line = "By Jane Roe Friday, 22 Nov 2024 4:55 PM MYT PUTRAJAYA, Nov 22 — Firms must comply."
        cut = inline_dateline_start(line, 0, len(line))
        assert cut is not None
        assert "PUTRAJAYA, Nov 22 —" == line[cut:].split(" Firms", maxsplit=1)[0]

    @pytest.mark.parametrize(
        "line",
        [
            "Published: 15:56 BST, 27 April 2024",
            "Staff Writers 17:41 JST, October 13, 2024",
            "No clock here.",
        ],
    )
    def test_timestamp_tail_is_not_a_dateline(self, line: str) -> None:
        """The zone and date after a clock are the rest of the timestamp, not a dateline."""
        assert None is inline_dateline_start(line, 0, len(line))


class TestYearInference:
    """Year inference from a reference, preferring the past (FORMATS b.4)."""

    def test_previous_year(self) -> None:
        """Dec 30 with a 7 Feb 2020 reference is 2019-12-30."""
        d = parse_dateline("BEIJING, Dec. 30 (Xinhua) -- Body.", reference=dt.datetime(2020, 2, 7))
        assert d is not None
        assert dt.date(2019, 12, 30) == d.date

    def test_next_day_tolerated(self) -> None:
        """Feb 8 with a 7 Feb 2020 reference is 2020-02-08 (one day ahead is allowed)."""
        d = parse_dateline("BEIJING, Feb. 8 (Xinhua) -- Body.", reference=dt.datetime(2020, 2, 7))
        assert d is not None
        assert dt.date(2020, 2, 8) == d.date

    def test_tokyo_local_date(self) -> None:
        """TOKYO, Feb 27 with reference 1987-02-26 19:07Z is 1987-02-27 (local date)."""
        ref = dt.datetime(1987, 2, 26, 19, 7, tzinfo=dt.timezone.utc)
        d = parse_dateline("TOKYO, Feb 27 - Body.", reference=ref)
        assert d is not None
        assert dt.date(1987, 2, 27) == d.date

    def test_no_reference(self) -> None:
        """Without a reference the year stays unknown."""
        d = parse_dateline("BEIJING, Dec. 30 (Xinhua) -- Body.")
        assert d is not None
        assert (12, 30, None) == (d.month, d.day, d.date)

    def test_printed_year_wins(self) -> None:
        """A printed year is used as is, whatever the reference."""
        d = parse_dateline(
            "BEIJING, Jan. 3, 2021 /PRNewswire/ — Body.", reference=dt.datetime(2025, 1, 1)
        )
        assert d is not None
        assert dt.date(2021, 1, 3) == d.date

    def test_feb_29(self) -> None:
        """Feb 29 falls back to the last leap year among the candidates, or None."""
        assert dt.date(2020, 2, 29) == infer_year(2, 29, dt.date(2020, 3, 1))
        assert None is infer_year(2, 29, dt.date(2022, 3, 1))

    def test_impossible_day(self) -> None:
        """An impossible date keeps month and day but no date."""
        d = parse_dateline("BEIJING, Feb. 31 (Xinhua) -- Body.", reference=dt.datetime(2020, 3, 1))
        assert d is not None
        assert (2, 31, None) == (d.month, d.day, d.date)


class TestMatchDateline:
    """The internal ``match_dateline`` works on a paragraph inside a larger text."""

    def test_offsets(self) -> None:
        """Spans are offsets into the whole text."""
        text = "Headline\n\nWASHINGTON (Reuters) - The Senate voted."
        start = text.index("WASHINGTON")
        d = match_dateline(text, start, len(text))
        assert d is not None
        assert isinstance(d, Dateline)
        assert "WASHINGTON (Reuters) -" == text[d.span.start : d.span.end]

    def test_paragraph_end_respected(self) -> None:
        """Nothing past ``end`` is read."""
        text = "TOKYO\n- Body."
        assert None is match_dateline(text, 0, 5)

    def test_rejects_non_str(self) -> None:
        """The public function rejects non-str input with a TypeError."""
        with pytest.raises(TypeError):
            parse_dateline(b"TOKYO - Body.")  # type: ignore[arg-type]


_PLACES = st.sampled_from(["KATHMANDU", "BEIJING", "New Delhi", "LA CROSSE", "MEXICO CITY", "Doha"])
_AGENCIES = st.sampled_from(["Reuters", "AP", "AFP", "Xinhua", "PTI", "ANI", "UPI", "Yonhap"])
_MONTHS = st.sampled_from(["Jan.", "Feb", "March", "April", "Aug.", "Sept.", "Nov.", "December"])
_SEPARATORS = st.sampled_from(["-", "--", "—", "–", ":"])


class TestProperties:
    """Properties over arbitrary and generated text."""

    @given(st.text(max_size=300))
    def test_never_raises(self, text: str) -> None:
        """Any string gives a Dateline or None, and a Dateline's raw is its span's slice."""
        d = parse_dateline(text)
        if d is not None:
            assert text[d.span.start : d.span.end] == d.raw
            for span in (d.place_span, d.date_span, d.agency_span):
                if span is not None:
                    assert d.span.contains(span)

    @given(_PLACES, _MONTHS, st.integers(1, 28), _AGENCIES, _SEPARATORS)
    def test_generated_round_trip(
        self, place: str, month: str, day: int, agency: str, sep: str
    ) -> None:
        """A rendered ``PLACE, DATE (AGENCY) SEP body`` parses back into its parts."""
        raw = f"{place}, {month} {day} ({agency}) {sep}"
        d = parse_dateline(raw + " The minister said on Monday.")
        assert d is not None
        assert (raw, (place,), day, agency, sep) == (d.raw, d.places, d.day, d.agency, d.separator)

    @given(_PLACES, _AGENCIES, _SEPARATORS)
    def test_idempotent(self, place: str, agency: str, sep: str) -> None:
        """Parsing a dateline's raw text again gives the same dateline."""
        d = parse_dateline(f"{place} ({agency}) {sep} Body text.")
        assert d is not None
        again = parse_dateline(d.raw)
        assert d == again
