"""Tests for newsmodel._zones: IANA lookups and the documented abbreviation table."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel._zones import (
    AMBIGUOUS_ABBREVIATIONS,
    FIXED_ABBREVIATIONS,
    RULE_ABBREVIATIONS,
    fixed_zone,
    fixed_zone_name,
    region_of_zone,
    resolve_zone_label,
    zone_from_name,
)


class TestZoneFromName:
    """zone_from_name resolves IANA names and UTC+HH:MM names."""

    @pytest.mark.parametrize(
        ("name", "offset"),
        [("UTC", 0), ("UTC+08:00", 480), ("UTC-04:00", -240), ("UTC+05:30", 330)],
    )
    def test_fixed_names(self, name: str, offset: int) -> None:
        """Fixed names give their offset."""
        zone = zone_from_name(name)
        assert zone is not None
        assert dt.timedelta(minutes=offset) == zone.utcoffset(None)

    def test_iana_name(self) -> None:
        """An IANA name gives a zone with daylight saving."""
        zone = zone_from_name("America/New_York")
        assert zone is not None
        assert dt.timedelta(hours=-4) == dt.datetime(2020, 8, 1, tzinfo=zone).utcoffset()

    @pytest.mark.parametrize(
        "name", ["Mars/Olympus", "", "UTC+99:00", "UTC+ab:cd", "../etc/passwd", "A\x00B", "Zürich"]
    )
    def test_unknown(self, name: str) -> None:
        """Unknown or malformed names give None, never an exception."""
        assert zone_from_name(name) is None


class TestTable:
    """The abbreviation table is explicit and self-consistent."""

    def test_every_fixed_label_resolves(self) -> None:
        """Every fixed label resolves to its documented offset."""
        for label, entry in FIXED_ABBREVIATIONS.items():
            resolved = resolve_zone_label(label)
            assert resolved is not None
            assert dt.timedelta(minutes=entry.minutes) == resolved.tz.utcoffset(None)

    def test_every_name_is_resolvable(self) -> None:
        """Every zone name the table can produce is understood by zone_from_name."""
        labels = [*FIXED_ABBREVIATIONS, *RULE_ABBREVIATIONS, *AMBIGUOUS_ABBREVIATIONS]
        for label in labels:
            resolved = resolve_zone_label(label)
            assert resolved is not None
            assert zone_from_name(resolved.name) is not None
            if resolved.family is not None:
                assert zone_from_name(resolved.family) is not None
        for _, readings in AMBIGUOUS_ABBREVIATIONS.values():
            for reading in readings.values():
                if reading.family is not None:
                    assert zone_from_name(reading.family) is not None

    def test_family_standard_offset_matches(self) -> None:
        """A fixed label's family zone uses that offset at some time of the year."""
        for label, entry in FIXED_ABBREVIATIONS.items():
            if entry.family is None:
                continue
            zone = zone_from_name(entry.family)
            assert zone is not None
            offsets = {
                dt.datetime(2023, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7)
            }
            assert dt.timedelta(minutes=entry.minutes) in offsets, label

    @pytest.mark.parametrize(
        ("label", "name"),
        [
            ("ET", "America/New_York"),
            ("PT", "America/Los_Angeles"),
            ("CT", "America/Chicago"),
            ("MT", "America/Denver"),
        ],
    )
    def test_rule_labels_are_iana(self, label: str, name: str) -> None:
        """ET, PT, CT and MT name DST-aware IANA zones."""
        resolved = resolve_zone_label(label)
        assert resolved is not None
        assert name == resolved.name

    @pytest.mark.parametrize(
        ("label", "name"),
        [
            ("GMT+8", "UTC+08:00"),
            ("UTC+8", "UTC+08:00"),
            ("GMT+5:30", "UTC+05:30"),
            ("GMT-4", "UTC-04:00"),
            ("GMT−4", "UTC-04:00"),
            ("GMT +7", "UTC+07:00"),
            ("+0800", "UTC+08:00"),
            ("-04:00", "UTC-04:00"),
            ("+0000", "UTC"),
            ("GMT+0", "UTC"),
        ],
    )
    def test_offsets_are_east_positive(self, label: str, name: str) -> None:
        """GMT+8 means UTC+8: the sign is never inverted."""
        resolved = resolve_zone_label(label.replace("−", "-"))
        assert resolved is not None
        assert name == resolved.name

    @pytest.mark.parametrize("label", ["XYZ", "GMT+99", "+9999", "", "+"])
    def test_unknown_label(self, label: str) -> None:
        """Unknown labels and impossible offsets give None."""
        assert resolve_zone_label(label) is None


class TestAmbiguous:
    """Ambiguous labels are read by region, and the choice is recorded."""

    @pytest.mark.parametrize(
        ("label", "region", "name"),
        [
            ("IST", "IN", "UTC+05:30"),
            ("IST", "IL", "UTC+02:00"),
            ("IST", "IE", "UTC+01:00"),
            ("CST", "CN", "UTC+08:00"),
            ("CST", "US", "UTC-06:00"),
            ("CST", "CU", "UTC-05:00"),
            ("BST", "GB", "UTC+01:00"),
            ("BST", "BD", "UTC+06:00"),
            ("AST", "SA", "UTC+03:00"),
            ("AST", "CA", "UTC-04:00"),
            ("GST", "AE", "UTC+04:00"),
            ("ECT", "EC", "UTC-05:00"),
        ],
    )
    def test_by_region(self, label: str, region: str, name: str) -> None:
        """A region picks its reading and the note names the region."""
        resolved = resolve_zone_label(label, region)
        assert resolved is not None
        assert name == resolved.name
        assert resolved.note is not None
        assert f"for region {region}" in resolved.note

    @pytest.mark.parametrize(
        ("label", "name"),
        [("IST", "UTC+05:30"), ("CST", "UTC-06:00"), ("BST", "UTC+01:00"), ("AST", "UTC-04:00")],
    )
    def test_default_reading_is_flagged(self, label: str, name: str) -> None:
        """With no region the common news reading is used, with a warning note."""
        resolved = resolve_zone_label(label)
        assert resolved is not None
        assert name == resolved.name
        assert resolved.note is not None
        assert "no region hint" in resolved.note

    def test_unknown_region_falls_back(self) -> None:
        """A region with no reading of its own gets the default reading."""
        resolved = resolve_zone_label("IST", "FR")
        assert resolved is not None
        assert "UTC+05:30" == resolved.name


class TestHelpers:
    """Small helpers."""

    @pytest.mark.parametrize(
        ("minutes", "name"), [(0, "UTC+00:00"), (330, "UTC+05:30"), (-570, "UTC-09:30")]
    )
    def test_fixed_zone_name(self, minutes: int, name: str) -> None:
        """Offsets in minutes render as UTC+HH:MM."""
        assert name == fixed_zone_name(minutes)

    def test_fixed_zone_is_cached(self) -> None:
        """The same offset gives the same tzinfo object."""
        assert fixed_zone(480) is fixed_zone(480)

    @pytest.mark.parametrize(
        ("zone", "region"),
        [
            ("Asia/Kolkata", "IN"),
            ("Europe/London", "GB"),
            ("America/Denver", "US"),
            ("Asia/Tokyo", None),
            (None, None),
        ],
    )
    def test_region_of_zone(self, zone: str | None, region: str | None) -> None:
        """Zones that settle ambiguous labels map to their region."""
        assert region == region_of_zone(zone)
