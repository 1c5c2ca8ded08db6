"""Time zones: IANA lookups, and the table of zone abbreviations printed in news copy.

The table is explicit and documented (``docs/zones.md``): every label newsmodel
understands is listed in :data:`FIXED_ABBREVIATIONS`, :data:`RULE_ABBREVIATIONS` or
:data:`AMBIGUOUS_ABBREVIATIONS`. Nothing is guessed from the machine's locale or zone.

* A *fixed* label (``EDT``, ``JST``, ``GMT``) names one UTC offset. When the label has a
  *family* zone whose daylight-saving rules say otherwise on that date (``CET`` printed in
  October while Paris is on ``CEST``), the family's rules are applied and a warning is
  recorded: the label is kept as printed, the instant follows the rules in force.
* A *rule* label (``ET``, ``PT``, ``CT``, ``MT``, ``NZT``) names an IANA zone whose
  offset depends on the date (``ET`` is -04:00 in August and -05:00 in February).
* An *ambiguous* label (``IST``, ``CST``, ``BST``, ``AST``, ``GST``, ``ECT``) is read by
  region: the outlet's region, else the region of the caller's ``default_tz``, else the
  most common reading in English-language news. The choice is always recorded.
* ``GMT+8``, ``UTC+05:30``, ``(GMT+7)`` mean UTC *plus* the offset, as news copy
  intends; never the inverted POSIX reading.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache
from typing import NamedTuple

__all__ = [
    "AMBIGUOUS_ABBREVIATIONS",
    "FIXED_ABBREVIATIONS",
    "RULE_ABBREVIATIONS",
    "ResolvedZone",
    "fixed_zone",
    "fixed_zone_name",
    "region_of_zone",
    "resolve_zone_label",
    "zone_from_name",
]


@cache
def zone_from_name(name: str) -> dt.tzinfo | None:
    """Return the tzinfo for an IANA name or a ``UTC+HH:MM`` offset name, or None if unknown.

    Uses the system's zone database (zoneinfo), falling back to dateutil's zone files.

    Example:
        >>> from newsmodel._zones import zone_from_name
        >>> zone_from_name("UTC+08:00")
        datetime.timezone(datetime.timedelta(seconds=28800))
        >>> zone_from_name("Mars/Olympus") is None
        True
    """
    if name.startswith("UTC") and len(name) == 9 and name[3] in "+-" and name[6] == ":":
        digits = name[4:6] + name[7:9]
        if not (digits.isascii() and digits.isdigit()):
            return None
        hours, minutes = int(name[4:6]), int(name[7:9])
        if hours > 23 or minutes > 59:
            return None
        sign = 1 if name[3] == "+" else -1
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    if name == "UTC":
        return dt.timezone.utc
    if not name or not name.isascii() or "\x00" in name or name.startswith(("/", ".")):
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # No system zone database (e.g. Windows without tzdata): dateutil's own lookup.
        # Only a zone file counts; gettz would also read "XYZ3" as a POSIX TZ rule.
        from dateutil import tz as dateutil_tz

        zone = dateutil_tz.gettz(name)
        return zone if isinstance(zone, dateutil_tz.tzfile) else None


def fixed_zone_name(minutes: int) -> str:
    """Return the ``UTC+HH:MM`` name of a fixed offset given in minutes east of UTC.

    Example:
        >>> from newsmodel._zones import fixed_zone_name
        >>> fixed_zone_name(330), fixed_zone_name(-240)
        ('UTC+05:30', 'UTC-04:00')
    """
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


@cache
def fixed_zone(minutes: int) -> dt.timezone:
    """Return a cached fixed-offset tzinfo for ``minutes`` east of UTC.

    Example:
        >>> from newsmodel._zones import fixed_zone
        >>> fixed_zone(480).utcoffset(None)
        datetime.timedelta(seconds=28800)
    """
    if minutes == 0:
        return dt.timezone.utc
    return dt.timezone(dt.timedelta(minutes=minutes))


class _Fixed(NamedTuple):
    """One reading of an abbreviation: its offset, the zone whose rules check it, its name."""

    minutes: int
    family: str | None
    description: str


# Fixed-offset labels: (minutes east of UTC, family IANA zone or None, name).
# The family zone is consulted to catch mislabels (a "CET" printed during CEST).
# Zones where the label is legitimately used all year (Arizona's MST, Darwin's ACST,
# Moscow's MSK) have no family, so they are never "corrected".
FIXED_ABBREVIATIONS: dict[str, _Fixed] = {
    "GMT": _Fixed(0, None, "Greenwich Mean Time"),
    "UTC": _Fixed(0, None, "Coordinated Universal Time"),
    "UT": _Fixed(0, None, "Universal Time"),
    "Z": _Fixed(0, None, "Zulu (UTC)"),
    "WET": _Fixed(0, "Europe/Lisbon", "Western European Time"),
    "WEST": _Fixed(60, "Europe/Lisbon", "Western European Summer Time"),
    "CET": _Fixed(60, "Europe/Paris", "Central European Time"),
    "CEST": _Fixed(120, "Europe/Paris", "Central European Summer Time"),
    "EET": _Fixed(120, "Europe/Athens", "Eastern European Time"),
    "EEST": _Fixed(180, "Europe/Athens", "Eastern European Summer Time"),
    "MSK": _Fixed(180, None, "Moscow Time"),
    "EST": _Fixed(-300, "America/New_York", "US Eastern Standard Time"),
    "EDT": _Fixed(-240, "America/New_York", "US Eastern Daylight Time"),
    "CDT": _Fixed(-300, "America/Chicago", "US Central Daylight Time"),
    "MST": _Fixed(-420, None, "US Mountain Standard Time"),
    "MDT": _Fixed(-360, "America/Denver", "US Mountain Daylight Time"),
    "PST": _Fixed(-480, "America/Los_Angeles", "US Pacific Standard Time"),
    "PDT": _Fixed(-420, "America/Los_Angeles", "US Pacific Daylight Time"),
    "AKST": _Fixed(-540, "America/Anchorage", "Alaska Standard Time"),
    "AKDT": _Fixed(-480, "America/Anchorage", "Alaska Daylight Time"),
    "HST": _Fixed(-600, None, "Hawaii Standard Time"),
    "HKT": _Fixed(480, None, "Hong Kong Time"),
    "JST": _Fixed(540, None, "Japan Standard Time"),
    "KST": _Fixed(540, None, "Korea Standard Time"),
    "SGT": _Fixed(480, None, "Singapore Time"),
    "MYT": _Fixed(480, None, "Malaysia Time"),
    "PHT": _Fixed(480, None, "Philippine Time"),
    "PHST": _Fixed(480, None, "Philippine Standard Time"),
    "WIB": _Fixed(420, None, "Western Indonesia Time"),
    "WITA": _Fixed(480, None, "Central Indonesia Time"),
    "WIT": _Fixed(540, None, "Eastern Indonesia Time"),
    "ICT": _Fixed(420, None, "Indochina Time"),
    "PKT": _Fixed(300, None, "Pakistan Standard Time"),
    "NPT": _Fixed(345, None, "Nepal Time"),
    "SAST": _Fixed(120, None, "South Africa Standard Time"),
    "EAT": _Fixed(180, None, "East Africa Time"),
    "WAT": _Fixed(60, None, "West Africa Time"),
    "CAT": _Fixed(120, None, "Central Africa Time"),
    "AEST": _Fixed(600, "Australia/Sydney", "Australian Eastern Standard Time"),
    "AEDT": _Fixed(660, "Australia/Sydney", "Australian Eastern Daylight Time"),
    "ACST": _Fixed(570, None, "Australian Central Standard Time"),
    "ACDT": _Fixed(630, "Australia/Adelaide", "Australian Central Daylight Time"),
    "AWST": _Fixed(480, None, "Australian Western Standard Time"),
    "NZST": _Fixed(720, "Pacific/Auckland", "New Zealand Standard Time"),
    "NZDT": _Fixed(780, "Pacific/Auckland", "New Zealand Daylight Time"),
    "BJT": _Fixed(480, None, "Beijing Time"),
    "Beijing time": _Fixed(480, None, "Beijing Time"),
    "Beijing Time": _Fixed(480, None, "Beijing Time"),
}

# Labels that name a zone's rules rather than one offset: the offset follows daylight saving.
RULE_ABBREVIATIONS: dict[str, str] = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "AKT": "America/Anchorage",
    "AET": "Australia/Sydney",
    "NZT": "Pacific/Auckland",
}

# Ambiguous labels: region (ISO 3166 alpha-2) -> reading, plus the default reading used
# when no region is known (the most common one in English-language news).
AMBIGUOUS_ABBREVIATIONS: dict[str, tuple[str, dict[str, _Fixed]]] = {
    "IST": (
        "IN",
        {
            "IN": _Fixed(330, None, "India Standard Time"),
            "IL": _Fixed(120, "Asia/Jerusalem", "Israel Standard Time"),
            "IE": _Fixed(60, "Europe/Dublin", "Irish Standard Time"),
        },
    ),
    "CST": (
        "US",
        {
            "US": _Fixed(-360, "America/Chicago", "US Central Standard Time"),
            "CA": _Fixed(-360, "America/Chicago", "North American Central Standard Time"),
            "MX": _Fixed(-360, None, "Mexican Central Standard Time"),
            "CN": _Fixed(480, None, "China Standard Time"),
            "TW": _Fixed(480, None, "Taiwan (China) Standard Time"),
            "HK": _Fixed(480, None, "China Standard Time"),
            "CU": _Fixed(-300, "America/Havana", "Cuba Standard Time"),
        },
    ),
    "BST": (
        "GB",
        {
            "GB": _Fixed(60, "Europe/London", "British Summer Time"),
            "BD": _Fixed(360, None, "Bangladesh Standard Time"),
            "PG": _Fixed(660, None, "Bougainville Standard Time"),
        },
    ),
    "AST": (
        "CA",
        {
            "CA": _Fixed(-240, None, "Atlantic Standard Time"),
            "PR": _Fixed(-240, None, "Atlantic Standard Time"),
            "SA": _Fixed(180, None, "Arabia Standard Time"),
            "IQ": _Fixed(180, None, "Arabia Standard Time"),
            "KW": _Fixed(180, None, "Arabia Standard Time"),
            "QA": _Fixed(180, None, "Arabia Standard Time"),
            "BH": _Fixed(180, None, "Arabia Standard Time"),
        },
    ),
    "GST": (
        "AE",
        {
            "AE": _Fixed(240, None, "Gulf Standard Time"),
            "OM": _Fixed(240, None, "Gulf Standard Time"),
            "GS": _Fixed(-120, None, "South Georgia Time"),
        },
    ),
    "ECT": (
        "EC",
        {
            "EC": _Fixed(-300, None, "Ecuador Time"),
            "AG": _Fixed(-240, None, "Eastern Caribbean Time"),
            "DM": _Fixed(-240, None, "Eastern Caribbean Time"),
            "LC": _Fixed(-240, None, "Eastern Caribbean Time"),
        },
    ),
}

# Which region an IANA zone name points to, for reading ambiguous labels from default_tz.
_ZONE_REGIONS: dict[str, str] = {
    "Asia/Kolkata": "IN",
    "Asia/Calcutta": "IN",
    "Asia/Jerusalem": "IL",
    "Asia/Tel_Aviv": "IL",
    "Israel": "IL",
    "Europe/Dublin": "IE",
    "Eire": "IE",
    "Europe/London": "GB",
    "GB": "GB",
    "Asia/Dhaka": "BD",
    "Asia/Shanghai": "CN",
    "Asia/Chongqing": "CN",
    "PRC": "CN",
    "Asia/Hong_Kong": "HK",
    "Asia/Taipei": "TW",
    "America/Havana": "CU",
    "Cuba": "CU",
    "Asia/Riyadh": "SA",
    "Asia/Baghdad": "IQ",
    "Asia/Kuwait": "KW",
    "Asia/Qatar": "QA",
    "Asia/Bahrain": "BH",
    "Asia/Dubai": "AE",
    "Asia/Muscat": "OM",
    "Atlantic/South_Georgia": "GS",
    "America/Guayaquil": "EC",
    "America/Halifax": "CA",
    "America/Puerto_Rico": "PR",
    "America/Mexico_City": "MX",
}


class ResolvedZone(NamedTuple):
    """What a printed zone label means.

    Attributes:
        tz: the tzinfo to attach (a fixed offset, or an IANA zone for rule labels).
        name: the zone name stored in ``Timestamp.zone`` (``UTC+08:00``, ``America/New_York``).
        family: an IANA zone whose rules check the fixed offset, or None.
        note: a warning to record (how an ambiguous label was read), or None.
    """

    tz: dt.tzinfo
    name: str
    family: str | None
    note: str | None


def region_of_zone(name: str | None) -> str | None:
    """Return the region (ISO 3166 alpha-2) an IANA zone name points to, or None.

    Only zones that settle an ambiguous abbreviation are known; the Americas' zones
    (``America/New_York``, ``America/Chicago`` ...) give ``"US"``.

    Example:
        >>> from newsmodel._zones import region_of_zone
        >>> region_of_zone("Asia/Kolkata"), region_of_zone("America/Chicago")
        ('IN', 'US')
    """
    if name is None:
        return None
    region = _ZONE_REGIONS.get(name)
    if region is None and name.startswith("America/"):
        return "US"
    return region


def _offset_minutes(sign: str, hours: str, minutes: str) -> int | None:
    """Return the signed offset in minutes, or None when out of range."""
    total = int(hours) * 60 + int(minutes or "0")
    if int(hours) > 14 or int(minutes or "0") > 59:
        return None
    return -total if sign in "-−" else total


def _parse_offset(label: str) -> int | None:
    """Read ``GMT+8``, ``UTC+05:30``, ``+0800``, ``-04:00``; None if not an offset."""
    text = label.replace(" ", "")
    if text[:3] in {"GMT", "UTC"}:
        text = text[3:]
    if not text or text[0] not in "+-−":
        return None
    sign, body = text[0], text[1:]
    if ":" in body:
        hours, _, minutes = body.partition(":")
    elif len(body) > 2:
        hours, minutes = body[:-2], body[-2:]
    else:
        hours, minutes = body, "0"
    if not (hours.isascii() and hours.isdigit() and (minutes.isascii() and minutes.isdigit())):
        return None
    if len(hours) > 2:
        return None
    return _offset_minutes(sign, hours, minutes)


@cache
def resolve_zone_label(label: str, region: str | None = None) -> ResolvedZone | None:
    """Return what the printed zone ``label`` means, read for ``region``; None if unknown.

    ``region`` is an ISO 3166 alpha-2 code (the outlet's, or the region of the caller's
    ``default_tz``); it matters only for the ambiguous labels.

    Example:
        >>> from newsmodel._zones import resolve_zone_label
        >>> resolve_zone_label("GMT+8").name
        'UTC+08:00'
        >>> resolve_zone_label("ET").name
        'America/New_York'
        >>> resolve_zone_label("IST", "IN").name
        'UTC+05:30'
        >>> resolve_zone_label("CST", "CN").name
        'UTC+08:00'
    """
    fixed = FIXED_ABBREVIATIONS.get(label)
    if fixed is not None:
        if fixed.minutes == 0 and fixed.family is None:
            return ResolvedZone(dt.timezone.utc, "UTC", None, None)
        return ResolvedZone(
            fixed_zone(fixed.minutes), fixed_zone_name(fixed.minutes), fixed.family, None
        )
    rule = RULE_ABBREVIATIONS.get(label)
    if rule is not None:
        tz = zone_from_name(rule)
        if tz is None:  # pragma: no cover - the zone database is always present
            return None
        return ResolvedZone(tz, rule, None, None)
    ambiguous = AMBIGUOUS_ABBREVIATIONS.get(label)
    if ambiguous is not None:
        default_region, readings = ambiguous
        if region is not None and region in readings:
            reading = readings[region]
            note = (
                f"ambiguous zone {label} read as {reading.description} "
                f"({fixed_zone_name(reading.minutes)}) for region {region}"
            )
        else:
            reading = readings[default_region]
            note = (
                f"ambiguous zone {label} with no region hint: read as {reading.description} "
                f"({fixed_zone_name(reading.minutes)}); pass outlet= or default_tz= to choose"
            )
        return ResolvedZone(
            fixed_zone(reading.minutes), fixed_zone_name(reading.minutes), reading.family, note
        )
    minutes = _parse_offset(label)
    if minutes is None:
        return None
    if minutes == 0:
        return ResolvedZone(dt.timezone.utc, "UTC", None, None)
    return ResolvedZone(fixed_zone(minutes), fixed_zone_name(minutes), None, None)
