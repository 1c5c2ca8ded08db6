"""Tests for newsmodel.parse_timestamp / find_timestamps: the header forms of FORMATS (a)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    ArgumentError,
    InputTypeError,
    Precision,
    Timestamp,
    TimestampKind,
    ZoneSource,
    find_timestamps,
    parse_timestamp,
)
from newsmodel._calendar import MONTH_NAMES
from newsmodel._parse_timestamp import scan_timestamps

CORPUS = Path(__file__).parent / "data" / "timestamps.json"
CASES: list[dict[str, Any]] = json.loads(CORPUS.read_text(encoding="utf-8"))["cases"]
UTC = dt.timezone.utc


def fields(ts: Timestamp) -> dict[str, Any]:
    """Return the corpus view of a Timestamp."""
    return {
        "kind": ts.kind.value,
        "value": ts.value.isoformat() if ts.value is not None else None,
        "zone": ts.zone,
        "zone_source": ts.zone_source.value,
        "precision": ts.precision.value,
        "zone_label": ts.zone_label,
        "ambiguous": ts.ambiguous,
        "alternates": [a.isoformat() for a in ts.alternates],
        "relative_seconds": int(ts.relative.total_seconds()) if ts.relative is not None else None,
    }


class TestCorpus:
    """Every string of tests/data/timestamps.json gives exactly its expected timestamps."""

    @pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['form']}" for i, c in enumerate(CASES)])
    def test_case(self, case: dict[str, Any]) -> None:
        """The parsed timestamps match the corpus expectation field by field."""
        reference = dt.datetime.fromisoformat(case["reference"]) if case["reference"] else None
        found = find_timestamps(
            case["text"],
            outlet=case["outlet"],
            reference=reference,
            default_tz=case["default_tz"],
        )
        assert case["expected"] == [fields(ts) for ts in found]

    def test_corpus_is_large_enough(self) -> None:
        """The corpus holds at least 200 header strings."""
        assert len(CASES) >= 200

    def test_raw_is_the_span(self) -> None:
        """For every corpus string, each raw equals the text at its span."""
        for case in CASES:
            for ts in find_timestamps(case["text"], outlet=case["outlet"]):
                assert case["text"][ts.span.start : ts.span.end] == ts.raw

    def test_json_round_trip(self) -> None:
        """Every corpus timestamp survives to_json/from_json unchanged, zone included."""
        for case in CASES:
            reference = dt.datetime.fromisoformat(case["reference"]) if case["reference"] else None
            for ts in find_timestamps(case["text"], outlet=case["outlet"], reference=reference):
                back = Timestamp.from_json(ts.to_json())
                assert fields(ts) == fields(back)

    def test_bench_runs(self, tmp_path: Path) -> None:
        """bench/timestamps.py runs on the corpus and reports newsmodel fully correct."""
        out = tmp_path / "bench.json"
        bench = Path(__file__).resolve().parent.parent / "bench" / "timestamps.py"
        result = subprocess.run(
            [
                sys.executable,
                str(bench),
                "--rounds",
                "1",
                "--parsers",
                "dateutil",
                "--json",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert 0 == result.returncode, result.stderr
        figures = json.loads(out.read_text(encoding="utf-8"))
        assert 1.0 == figures["parsers"]["newsmodel"]["full_accuracy"]
        assert {"newsmodel", "dateutil"} == set(figures["parsers"])


class TestSeed:
    """The seed article's header line."""

    def test_with_outlet(self) -> None:
        """With outlet CGTN the line is updated, 12:32 in Asia/Shanghai, assumed from the outlet."""
        ts = parse_timestamp("Updated 12:32, 07-Feb-2020", outlet="CGTN")
        assert ts is not None
        assert TimestampKind.UPDATED == ts.kind
        assert dt.datetime(2020, 2, 7, 12, 32, tzinfo=ZoneInfo("Asia/Shanghai")) == ts.value
        assert "+08:00" == ts.value.isoformat()[-6:]
        assert ZoneSource.OUTLET == ts.zone_source
        assert "Asia/Shanghai" == ts.zone
        assert Precision.MINUTE == ts.precision
        assert "Updated 12:32, 07-Feb-2020" == ts.raw

    def test_without_outlet(self) -> None:
        """Without an outlet the value is naive and the zone source NONE."""
        ts = parse_timestamp("Updated 12:32, 07-Feb-2020")
        assert ts is not None
        assert dt.datetime(2020, 2, 7, 12, 32) == ts.value
        assert ZoneSource.NONE == ts.zone_source
        assert ts.zone is None

    def test_validated_constructor_accepts_parsed_values(self) -> None:
        """A parsed Timestamp passes the public, validating constructor unchanged."""
        ts = parse_timestamp("Updated 2:18 a.m. ET, August 22, 2020", outlet="CNN")
        assert ts is not None
        assert ts == Timestamp(**{a.name: getattr(ts, a.name) for a in attrs.fields(Timestamp)})

    def test_round_trips_through_json(self) -> None:
        """A parsed Timestamp survives to_json/from_json with its zone."""
        ts = parse_timestamp("Updated 2:18 a.m. ET, August 22, 2020")
        assert ts is not None
        assert ts.to_utc() == Timestamp.from_json(ts.to_json()).to_utc()


class TestForms:
    """Single forms and traps from FORMATS (a.1)."""

    def test_gmt_plus_is_east(self) -> None:
        """GMT+8 means UTC+8, never the POSIX inversion."""
        ts = parse_timestamp("Updated 2020.02.06 20:06 GMT+8")
        assert ts is not None
        assert "2020-02-06T12:06:00+00:00" == ts.to_utc().isoformat()

    def test_reuters_relative_second_stamp(self) -> None:
        """The Reuters 2017 layout gives an absolute stamp and a relative updated one."""
        first, second = find_timestamps("January 19, 2020 / 12:25 PM / Updated 8 hours ago")
        assert dt.datetime(2020, 1, 19, 12, 25) == first.value
        assert TimestampKind.UPDATED == second.kind
        assert second.value is None
        assert dt.timedelta(hours=8) == second.relative

    @pytest.mark.parametrize(
        ("text", "amount"),
        [
            ("January 7, 2018 / 10:49 PM / Updated a day ago", dt.timedelta(days=1)),
            ("Updated an hour ago", dt.timedelta(hours=1)),
            ("Last Updated a minute ago", dt.timedelta(minutes=1)),
        ],
    )
    def test_relative_with_an_article(self, text: str, amount: dt.timedelta) -> None:
        """'a day ago' and 'an hour ago' are relative times of one unit."""
        last = find_timestamps(text)[-1]
        assert TimestampKind.UPDATED == last.kind
        assert amount == last.relative
        assert text.endswith(last.raw)

    @pytest.mark.parametrize("text", ["banana day ago", "Zebra hour ago", "a dayago"])
    def test_article_must_be_a_word(self, text: str) -> None:
        """Only the words 'a' and 'an' stand for one."""
        assert () == find_timestamps(text)

    def test_relative_resolved_against_reference(self) -> None:
        """A relative time gets a value only from the reference."""
        ref = dt.datetime(2023, 4, 25, 12, 35, tzinfo=UTC)
        found = find_timestamps(
            "April 25, 2023  2:26 PM GMT+2  Last Updated 9 min ago", reference=ref
        )
        assert dt.datetime(2023, 4, 25, 12, 26, tzinfo=UTC) == found[1].value
        assert "2023-04-25T12:26:00+00:00" == found[0].to_utc().isoformat()

    def test_empty_relative_gives_nothing(self) -> None:
        """'Updated  ago' without an amount adds no timestamp."""
        found = find_timestamps("March 7, 2024  7:55 AM UTC  Updated  ago")
        assert 1 == len(found)
        assert "March 7, 2024  7:55 AM UTC" == found[0].raw

    def test_cnn_date_binds_to_first_clock(self) -> None:
        """CNN's date belongs to the GMT clock; the HKT clock is an alternate on the next day."""
        ts = parse_timestamp("Updated 2010 GMT (0410 HKT) March 14, 2021")
        assert ts is not None
        assert "2021-03-14T20:10:00+00:00" == ts.to_utc().isoformat()
        assert ("2021-03-15T04:10:00+08:00",) == tuple(a.isoformat() for a in ts.alternates)

    def test_et_follows_daylight_saving(self) -> None:
        """ET is -04:00 in August and -05:00 in February."""
        summer = parse_timestamp("Updated 2:18 a.m. ET, August 22, 2020")
        winter = parse_timestamp("Feb. 7, 2020, 12:32 p.m. ET")
        assert summer is not None
        assert winter is not None
        assert ("-04:00", "-05:00") == (
            summer.value.isoformat()[-6:],
            winter.value.isoformat()[-6:],
        )

    def test_nyt_published_and_updated(self) -> None:
        """NYT's line gives a published day and an updated minute."""
        published, updated = find_timestamps(
            "Published Feb. 6, 2020 Updated Feb. 7, 2020, 12:32 p.m. ET"
        )
        assert (TimestampKind.PUBLISHED, Precision.DAY) == (published.kind, published.precision)
        assert (TimestampKind.UPDATED, Precision.MINUTE) == (updated.kind, updated.precision)

    def test_glued_published_updated(self) -> None:
        """The Sun's glued 'Updated' still splits into two stamps with their label words."""
        found = find_timestamps("Published: 22:04, 22 Apr 2024Updated: 22:05, 22 Apr 2024")
        assert ["Published: 22:04, 22 Apr 2024", "Updated: 22:05, 22 Apr 2024"] == [
            t.raw for t in found
        ]

    def test_mislabel_applies_zone_rules(self) -> None:
        """Politico's CET during CEST keeps the label, applies Paris rules and warns."""
        ts = parse_timestamp("October 23, 2025 5:50 pm CET")
        assert ts is not None
        assert "2025-10-23T15:50:00+00:00" == ts.to_utc().isoformat()
        assert "CET" == ts.zone_label
        assert any("does not match" in w for w in ts.warnings)

    def test_24_hour_pm(self) -> None:
        """'14:42 PM' keeps the 24-hour value and warns."""
        ts = parse_timestamp("Jan. 11, 2025 14:42 PM EST")
        assert ts is not None
        assert (14, 42) == (ts.value.hour, ts.value.minute)
        assert 1 == len(ts.warnings)

    def test_template_leak(self) -> None:
        """AP's unfilled template yields no timestamp."""
        assert () == find_timestamps(
            "Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]"
        )

    def test_update_inherits_date(self) -> None:
        """iNews' '(Updated 4:30 am)' takes the date of the stamp before it."""
        _, updated = find_timestamps("August 30, 2023 1:55 am(Updated 4:30 am)")
        assert dt.datetime(2023, 8, 30, 4, 30) == updated.value

    def test_update_without_time_inherits_year_and_zone(self) -> None:
        """CBC's 'Last Updated: August 8' is a day in the year and zone of the stamp before."""
        _, updated = find_timestamps("Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8")
        assert "2024-08-08T00:00:00-04:00" == updated.value.isoformat()
        assert Precision.DAY == updated.precision

    def test_hour_precision(self) -> None:
        """'5 AM PT' has hour precision."""
        ts = parse_timestamp("June 26, 2023 5 AM PT")
        assert ts is not None
        assert Precision.HOUR == ts.precision

    def test_dot_and_h_clocks_keep_minutes(self) -> None:
        """Dot, h and dot-pm clocks keep their minutes."""
        values = [
            parse_timestamp(text).value  # type: ignore[union-attr]
            for text in ("Thu 6 Feb 2020 12.32 GMT", "14/03/2020 16h15", "June 30, 2026 - 4.34pm")
        ]
        assert [(12, 32), (16, 15), (16, 34)] == [(v.hour, v.minute) for v in values]

    def test_bare_time_with_am_pm(self) -> None:
        """'4.34pm' alone is a time without a date: no value without a reference."""
        ts = parse_timestamp("4.34pm")
        assert ts is not None
        assert ts.value is None
        with_ref = parse_timestamp("4.34pm", reference=dt.datetime(2024, 1, 7, 20, 0))
        assert with_ref is not None
        assert dt.datetime(2024, 1, 7, 16, 34) == with_ref.value

    def test_ist_zero_comments(self) -> None:
        """'IST0Comments' still reads IST."""
        ts = parse_timestamp("Updated: Jan 23, 2020, 10.45 AM IST0Comments", outlet="ET Markets")
        assert ts is not None
        assert "+05:30" == ts.value.isoformat()[-6:]

    def test_label_word_included(self) -> None:
        """The raw text includes the label word, also when glued to an outlet."""
        ts = parse_timestamp("By Rob Picheta, CNNUpdated 2010 GMT (0410 HKT) March 14, 2021")
        assert ts is not None
        assert "Updated 2010 GMT (0410 HKT) March 14, 2021" == ts.raw

    def test_kinds_from_words(self) -> None:
        """Label words map to published or updated."""
        words = {
            "Updated": "updated",
            "Last Updated": "updated",
            "Last modified on": "updated",
            "UPDATED:": "updated",
            "Published": "published",
            "First published": "published",
            "Posted": "published",
            "Created:": "published",
            "Aired": "published",
        }
        got = {w: parse_timestamp(f"{w} Feb 7, 2020 12:32 GMT").kind.value for w in words}  # type: ignore[union-attr]
        assert words == got


class TestZones:
    """Zone choice: stated > outlet > default > none; ambiguous labels by region."""

    def test_stated_beats_outlet(self) -> None:
        """A printed zone wins over the outlet's home zone."""
        ts = parse_timestamp("Feb 7, 2020 09:15 GMT", outlet="CGTN")
        assert ts is not None
        assert (ZoneSource.STATED, "UTC") == (ts.zone_source, ts.zone)

    def test_default_tz_used_last(self) -> None:
        """default_tz applies only when neither text nor outlet gives a zone."""
        ts = parse_timestamp("Feb 7, 2020 09:15", default_tz="Europe/Berlin")
        assert ts is not None
        assert (ZoneSource.DEFAULT, "Europe/Berlin") == (ts.zone_source, ts.zone)
        by_outlet = parse_timestamp("Feb 7, 2020 09:15", outlet="CGTN", default_tz="Europe/Berlin")
        assert by_outlet is not None
        assert ZoneSource.OUTLET == by_outlet.zone_source

    def test_default_tz_as_tzinfo(self) -> None:
        """A tzinfo default_tz is accepted and named."""
        ts = parse_timestamp("Feb 7, 2020 09:15", default_tz=dt.timezone(dt.timedelta(hours=3)))
        assert ts is not None
        assert "UTC+03:00" == ts.zone

    @pytest.mark.parametrize(
        ("label", "outlet", "default_tz", "offset"),
        [
            ("IST", "NDTV", None, "+05:30"),
            ("IST", None, "Asia/Jerusalem", "+02:00"),
            ("IST", None, None, "+05:30"),
            ("CST", "CGTN", None, "+08:00"),
            ("CST", None, None, "-06:00"),
            ("BST", "BBC", None, "+01:00"),
            ("BST", None, "Asia/Dhaka", "+06:00"),
            ("AST", None, None, "-04:00"),
            ("AST", None, "Asia/Riyadh", "+03:00"),
            ("GST", None, None, "+04:00"),
        ],
    )
    def test_ambiguous_labels(
        self, label: str, outlet: str | None, default_tz: str | None, offset: str
    ) -> None:
        """Ambiguous labels follow the outlet's or default zone's region and record the choice."""
        month = "Aug" if label == "BST" else "Feb"  # each reading's standard time
        ts = parse_timestamp(
            f"{month} 14, 2023 12:32 {label}", outlet=outlet, default_tz=default_tz
        )
        assert ts is not None
        assert offset == ts.value.isoformat()[-6:]
        assert any(f"ambiguous zone {label}" in w for w in ts.warnings)

    def test_ambiguous_label_in_summer_follows_rules(self) -> None:
        """CST read for the US in August is checked against Chicago's rules (CDT in force)."""
        ts = parse_timestamp("Aug 14, 2023 12:32 CST")
        assert ts is not None
        assert ("-05:00", "America/Chicago") == (ts.value.isoformat()[-6:], ts.zone)
        assert 2 == len(ts.warnings)

    def test_numeric_order_from_outlet(self) -> None:
        """Anadolu reads 05.04.2025 day first, not ambiguous; a US outlet marks it ambiguous."""
        anadolu = parse_timestamp("05.04.2025", outlet="Anadolu")
        us = parse_timestamp("05.04.2025", outlet="CNN")
        bare = parse_timestamp("05.04.2025")
        assert anadolu is not None
        assert us is not None
        assert bare is not None
        assert (dt.date(2025, 4, 5), False) == (anadolu.value.date(), anadolu.ambiguous)
        assert (dt.date(2025, 5, 4), True) == (us.value.date(), us.ambiguous)
        assert (dt.date(2025, 4, 5), True) == (bare.value.date(), bare.ambiguous)

    def test_settled_numeric_order(self) -> None:
        """A number above 12 settles the order without ambiguity."""
        ts = parse_timestamp("30/04/2024", outlet="CNN")
        assert ts is not None
        assert (dt.date(2024, 4, 30), False) == (ts.value.date(), ts.ambiguous)


class TestYears:
    """Two-digit years and missing years depend on the reference only."""

    def test_two_digit_year_without_reference(self) -> None:
        """Without a reference a two-digit year stays unresolved."""
        ts = parse_timestamp("09/10/85")
        assert ts is not None
        assert ts.value is None
        assert any("two-digit year" in w for w in ts.warnings)

    @pytest.mark.parametrize(
        ("reference", "year"),
        [(dt.datetime(2020, 2, 7), 1985), (dt.datetime(2090, 1, 1), 2085)],
    )
    def test_two_digit_year_with_reference(self, reference: dt.datetime, year: int) -> None:
        """The century puts the date closest to and not after the reference."""
        ts = parse_timestamp("09/10/85", reference=reference)
        assert ts is not None
        assert year == ts.value.year

    def test_tolerance_of_one_day(self) -> None:
        """A date one day after the reference keeps the reference's century."""
        ts = parse_timestamp("08/02/20 10:00 GMT", reference=dt.datetime(2020, 2, 7, 23, 0))
        assert ts is not None
        assert 2020 == ts.value.year

    def test_yearless_date_needs_a_label_word(self) -> None:
        """'Nov 22' alone is a dateline's date, not a header timestamp."""
        assert parse_timestamp("PUTRAJAYA, Nov 22 —") is None


class TestArguments:
    """Misuse raises errors that name the argument."""

    def test_text_type(self) -> None:
        """Non-str text raises InputTypeError."""
        with pytest.raises(InputTypeError):
            find_timestamps(b"Updated 12:32")  # type: ignore[arg-type]

    def test_reference_type(self) -> None:
        """A reference that is not a datetime raises ArgumentError naming it."""
        with pytest.raises(ArgumentError, match=r"^reference: "):
            parse_timestamp("x", reference="2020-02-07")  # type: ignore[arg-type]

    def test_date_reference_rejected(self) -> None:
        """A date (not a datetime) reference raises ArgumentError."""
        with pytest.raises(ArgumentError, match=r"^reference: "):
            parse_timestamp("x", reference=dt.date(2020, 2, 7))  # type: ignore[arg-type]

    def test_unknown_default_tz(self) -> None:
        """An unknown zone name raises the documented message."""
        with pytest.raises(ArgumentError) as info:
            parse_timestamp("10 April 2020", default_tz="Mars/Olympus")
        assert (
            "default_tz: unknown time zone 'Mars/Olympus'; pass an IANA name such as "
            "'Europe/London' or a tzinfo"
        ) == str(info.value)

    def test_default_tz_type(self) -> None:
        """A default_tz of the wrong type raises ArgumentError naming it."""
        with pytest.raises(ArgumentError, match=r"^default_tz: "):
            parse_timestamp("x", default_tz=8)  # type: ignore[arg-type]

    def test_outlet_type(self) -> None:
        """A non-str outlet raises ArgumentError naming it."""
        with pytest.raises(ArgumentError, match=r"^outlet: "):
            parse_timestamp("x", outlet=["CGTN"])  # type: ignore[arg-type]

    def test_unknown_outlet_is_not_an_error(self) -> None:
        """An unknown outlet name simply has no profile."""
        ts = parse_timestamp("Updated 12:32, 07-Feb-2020", outlet="Daily Planet")
        assert ts is not None
        assert ZoneSource.NONE == ts.zone_source

    def test_scan_window(self) -> None:
        """scan_timestamps only looks inside [start, end) and keeps whole-text spans."""
        text = "Headline 10:00 GMT Feb 1, 2020\nUpdated 12:32, 07-Feb-2020\n"
        start = text.index("Updated")
        found = scan_timestamps(text, start, len(text))
        assert [(start, start + 26)] == [(t.span.start, t.span.end) for t in found]


# Pieces of a long header line: timestamps, anchors that start none, prose and filler.
_LINE_PIECES = (
    *("Updated 12:32, 07-Feb-2020", "2020.02.06 20:06 GMT+8", "January 7, 2018 / 10:49 PM"),
    *("3 hours ago", "a day ago", "Published", "Feb", "10:00 GMT", "5 AM", "07/02", "day 6"),
    # a stamp that starts well before its first anchor (a weekday, a clock: neither is one)
    "Wednesday, 12:32:05, 07 February 2020",
    *("the council said it", "Officials", "Reuters", "By Jane Roe", "x" * 300, "|", " | ", "/"),
)


class TestFirstStampReach:
    """``first_start_by``: a long line is searched only as far as a first stamp can start."""

    @settings(max_examples=300)
    @given(
        st.lists(st.sampled_from(_LINE_PIECES), min_size=1, max_size=40).map(" ".join),
        st.integers(0, 200),
        st.data(),
    )
    def test_no_stamp_starts_by_the_offset(self, line: str, pad: int, data: st.DataObject) -> None:
        """When ``_first_stamp_after`` holds, every timestamp starts after the offset."""
        from newsmodel._parse_timestamp import _first_stamp_after

        text = "filler words " * pad + line + " more" * 500  # (longer than _WINDOW_MIN)
        offset = data.draw(st.integers(0, len(text)))
        starts = [ts.span.start for ts in scan_timestamps(text, 0, len(text))]
        if _first_stamp_after(text, 0, len(text), offset):
            assert all(start > offset for start in starts)
        # the scan with the promise gives what the scan without it gives
        ok = offset.__ge__
        assert scan_timestamps(
            text, 0, len(text), first_start_ok=ok, first_start_by=offset
        ) == scan_timestamps(text, 0, len(text), first_start_ok=ok)

    def test_longest_anchor(self) -> None:
        """The longest match of each anchor branch reads fewer than ``_ANCHOR_LONGEST``."""
        from newsmodel._parse_timestamp import _ANCHOR, _ANCHOR_LONGEST

        longest = {
            "an abcdefg   ago": 16,  # "an hour ago", its longest
            "1 abcdefg   ago": 15,  # "3 hours ago"
            "1 (ABCDE,": 8,  # a zone label after a clock (and the character it tests after)
            "Published": 9,
            "1.12.1": 6,
            "1 p. m.": 6,
        }
        for text, length in longest.items():
            found = _ANCHOR.match(text)
            assert found is not None
            assert found.end() == length
            assert length + 1 <= _ANCHOR_LONGEST  # (with a look-ahead of one character)

    def test_examples(self) -> None:
        """A stamp near the offset is searched for; one far after it is not built."""
        from newsmodel._parse_timestamp import _first_stamp_after

        prose = "the council said it would " * 200
        late = prose + "Updated 12:32, 07-Feb-2020"
        assert _first_stamp_after(late, 0, len(late), 100)
        assert not _first_stamp_after(late, 0, len(late), len(prose) - 100)
        assert not _first_stamp_after(late, 0, len(late), len(late))  # (past the end)
        assert (
            scan_timestamps(late, 0, len(late), first_start_ok=lambda _: True, first_start_by=100)
            == ()
        )
        (found,) = scan_timestamps(late, 0, len(late), first_start_ok=lambda _: True)
        assert found.span.start == len(prose)
        # short ranges are scanned whole, whatever the promise
        short = "words " * 20 + "Updated 12:32, 07-Feb-2020"
        (found,) = scan_timestamps(
            short, 0, len(short), first_start_ok=lambda _: True, first_start_by=0
        )
        assert found.raw == "Updated 12:32, 07-Feb-2020"


class TestRobustness:
    """Any str parses without raising."""

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "\x00",
            "\ud800 12:30 Feb 3, 2020 \udfff",
            "Updated",
            "99:99 GMT 99/99/9999",
            "Feb 30, 2020 12:00",
            "31/31/2020",
            "0000-00-00 00:00",
            "9999 years ago",
            "12:30 GMT+99",
            "Dec 31, 9999 23:59 GMT",
        ],
    )
    def test_odd_input(self, text: str) -> None:
        """Odd strings give a tuple of Timestamps, never an exception."""
        assert isinstance(find_timestamps(text, reference=dt.datetime(2020, 1, 1)), tuple)

    @pytest.mark.parametrize(
        "unit",
        ["1", "12:34:", "1:2 3 45:67 ", " ", "1234:5678 : 90 ", "1.2.3.4.5.", "12 : 3 4:5 :: 678 "],
    )
    def test_megabyte_of_digits_colons_spaces(self, unit: str) -> None:
        """A 1 MB string of digits, colons and spaces gives timestamps whose raw text is in place."""
        text = unit * (1_000_000 // len(unit))
        for stamp in find_timestamps(text):
            assert text[stamp.span.start : stamp.span.end] == stamp.raw


# -- properties ---------------------------------------------------------------------------

MONTHS = MONTH_NAMES
WKD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _parts(t: dt.datetime) -> dict[str, Any]:
    h12 = t.hour % 12 or 12
    return {
        "YYYY": f"{t.year:04d}",
        "MM": f"{t.month:02d}",
        "DD": f"{t.day:02d}",
        "m": str(t.month),
        "d": str(t.day),
        "D": str(t.day),
        "Month": MONTHS[t.month - 1],
        "Mon": MONTHS[t.month - 1][:3],
        "Wkd": WKD[t.weekday()],
        "H": f"{t.hour:02d}",
        "M": f"{t.minute:02d}",
        "S": f"{t.second:02d}",
        "h": str(h12),
        "AMPM": "AM" if t.hour < 12 else "PM",
        "ampm": "a.m." if t.hour < 12 else "p.m.",
    }


# (template, precision, outlet that settles numeric order or None)
TEMPLATES: list[tuple[str, Precision, str | None]] = [
    ("Updated {H}:{M}{Z}, {DD}-{Mon}-{YYYY}", Precision.MINUTE, None),
    ("{Month} {D}, {YYYY} {h}:{M} {AMPM}{Z}", Precision.MINUTE, None),
    ("{Wkd} {D} {Mon} {YYYY} {H}.{M}{Z}", Precision.MINUTE, None),
    ("{YYYY}-{MM}-{DD} {H}:{M}:{S}{Z}", Precision.SECOND, None),
    ("Updated {YYYY}.{MM}.{DD} {H}:{M}{Z}", Precision.MINUTE, None),
    ("{YYYY}/{m}/{d} {H}:{M}:{S}{Z}", Precision.SECOND, None),
    ("{H}:{M}{Z} {Month} {DD}, {YYYY}", Precision.MINUTE, None),
    ("Updated: {Mon} {D}, {YYYY}, {h}.{M} {AMPM}{Z}", Precision.MINUTE, None),
    ("{Month} {D}, {YYYY} {h} {AMPM}{Z}", Precision.HOUR, None),
    ("Published: {H}:{M}{Z}, {D} {Month} {YYYY}", Precision.MINUTE, None),
    ("Updated {h}:{M} {ampm}{Z}, {Month} {D}, {YYYY}", Precision.MINUTE, None),
    ("{Month} {D}, {YYYY} at {h}:{M} {ampm}{Z}", Precision.MINUTE, None),
    ("Published on {DD}/{MM}/{YYYY} - {H}:{M}{Z}", Precision.MINUTE, "Euronews"),
    ("{H}:{M}{Z} {DD}.{MM}.{YYYY}", Precision.MINUTE, "Sputnik"),
    ("{D} {Month} {YYYY}", Precision.DAY, None),
]

# (label printed, zone name expected); None = no label.
LABELS: list[tuple[str | None, str | None]] = [
    (None, None),
    ("GMT", "UTC"),
    ("UTC", "UTC"),
    ("GMT+8", "UTC+08:00"),
    ("GMT-4", "UTC-04:00"),
    ("GMT+5:30", "UTC+05:30"),
    ("JST", "UTC+09:00"),
    ("HKT", "UTC+08:00"),
    ("KST", "UTC+09:00"),
    ("SGT", "UTC+08:00"),
    ("SAST", "UTC+02:00"),
    ("MSK", "UTC+03:00"),
    ("WIB", "UTC+07:00"),
    ("ET", "America/New_York"),
    ("PT", "America/Los_Angeles"),
    ("CT", "America/Chicago"),
]


@given(
    moment=st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    template=st.sampled_from(TEMPLATES),
    label=st.sampled_from(LABELS),
)
def test_format_then_parse(
    moment: dt.datetime,
    template: tuple[str, Precision, str | None],
    label: tuple[str | None, str | None],
) -> None:
    """Formatting a datetime with any supported template and zone parses back the same."""
    form, precision, outlet = template
    printed, zone = label
    if precision is Precision.DAY:
        printed, zone = None, None
    moment = moment.replace(microsecond=0)
    if precision is not Precision.SECOND:
        moment = moment.replace(second=0)
    if precision is Precision.HOUR:
        moment = moment.replace(minute=0)
    if precision is Precision.DAY:
        moment = moment.replace(hour=0, minute=0)
    text = form.format(Z=f" {printed}" if printed else "", **_parts(moment))
    ts = parse_timestamp(text, outlet=outlet)
    assert ts is not None, text
    expected_zone = zone if printed else (newsmodel.get_outlet(outlet).zone if outlet else None)  # type: ignore[union-attr]
    assert (moment, expected_zone, precision) == (
        ts.value.replace(tzinfo=None) if ts.value is not None else None,
        ts.zone,
        ts.precision,
    )


NY = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")


@given(
    moment=st.datetimes(min_value=dt.datetime(1970, 1, 1), max_value=dt.datetime(2037, 12, 31)),
    family=st.sampled_from([("EST", "EDT", NY), ("CET", "CEST", PARIS)]),
)
def test_labels_matching_their_rules_stay_fixed(
    moment: dt.datetime, family: tuple[str, str, ZoneInfo]
) -> None:
    """A standard/daylight label printed in its season gives that fixed offset, no warning."""
    standard, daylight, zone = family
    moment = moment.replace(second=0, microsecond=0, fold=0)
    local = moment.replace(tzinfo=zone)
    if local.astimezone(dt.timezone.utc).astimezone(zone).replace(tzinfo=None) != moment:
        return  # a wall time skipped by the spring-forward gap has no right label
    label = daylight if local.dst() else standard
    offset = local.utcoffset()
    assert offset is not None
    text = f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year} {moment:%H:%M} {label}"
    ts = parse_timestamp(text)
    assert ts is not None
    expected = (moment, newsmodel._zones.fixed_zone_name(int(offset.total_seconds() // 60)), ())
    assert expected == (ts.value.replace(tzinfo=None), ts.zone, ts.warnings)


@given(
    moment=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 12, 31)),
    minutes=st.integers(min_value=1, max_value=600),
    prefix=st.text(alphabet="ABCDEFGHIJ abcdefghij|,.", max_size=12),
)
def test_published_then_updated(moment: dt.datetime, minutes: int, prefix: str) -> None:
    """A published/updated pair in any outlet text gives both times with their kinds."""
    moment = moment.replace(second=0, microsecond=0)
    later = moment + dt.timedelta(minutes=minutes)

    def stamp(t: dt.datetime) -> str:
        return f"{t:%H:%M} GMT, {t.day} {MONTHS[t.month - 1]} {t.year}"

    text = f"{prefix} Published: {stamp(moment)} | Updated: {stamp(later)}"
    found = find_timestamps(text)
    assert [
        (TimestampKind.PUBLISHED, moment.replace(tzinfo=UTC)),
        (TimestampKind.UPDATED, later.replace(tzinfo=UTC)),
    ] == [(ts.kind, ts.value) for ts in found]


@given(st.text())
def test_never_raises(text: str) -> None:
    """Any text parses without raising, and every raw is its span's slice."""
    for ts in find_timestamps(text, reference=dt.datetime(2020, 2, 7, 12, 0)):
        assert text[ts.span.start : ts.span.end] == ts.raw


@given(st.text(alphabet=st.characters(blacklist_categories=["Nd"])))
def test_no_digits_no_timestamp(text: str) -> None:
    """Text without digits holds no timestamp."""
    assert parse_timestamp(text) is None


@given(
    st.lists(
        st.sampled_from(
            ["Updated", " ", "12", ":", "30", "GMT", "Feb", "2020", ",", "(", ")", "ago", "h", "."]
        ),
        max_size=30,
    )
)
def test_shuffled_header_parts(parts: list[str]) -> None:
    """Header fragments in any order never raise and keep spans exact."""
    text = "".join(parts)
    for ts in find_timestamps(text):
        assert text[ts.span.start : ts.span.end] == ts.raw


_ANCHOR_PIECES = (  # noqa: SIM905 - the pieces read better as text
    "Updated updated POSTED aired Modified created Published mired Feb FEB fEb Mar March xMay"
    " 5 12 . / - 07 am PM p.m ( GMT CETx ago AGO an a hour days Jane Sept Oct Nov Dec Aug"
    " APR jun e z Q é"
).split()
_ANCHOR_PIECES += [" ", "  ", " ("]


@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=40).map("".join))
def test_anchor_first_class_admits_every_match(text: str) -> None:
    """
    The anchor pattern's first class, narrowed to what the branches admit, finds the same.

    Every branch after the first character looks behind at it with its own class, so a
    first class of any alphanumeric character (the plain form) matches exactly where the
    narrowed one does; the narrowed one lets the engine skip most letters without trying
    the branches.
    """
    import re

    from newsmodel._parse_timestamp import _ANCHOR

    first = "[0-9ACDFJMNOPSUacmpu]"
    assert first in _ANCHOR.pattern
    plain = re.compile(_ANCHOR.pattern.replace(first, "[0-9A-Za-z]", 1), _ANCHOR.flags)
    assert [m.span() for m in _ANCHOR.finditer(text)] == [m.span() for m in plain.finditer(text)]
