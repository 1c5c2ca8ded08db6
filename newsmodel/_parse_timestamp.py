"""Timestamp header parsing: every header form news copy uses, in its right zone.

The text is tokenised once by shape with one compiled regular expression (a year glued
to a time, ``20232:23 PM``, is split by shape, not by spaces), the tokens are grouped
into dates, clocks, zone labels, relative amounts and label words, and those are bound
into timestamps. Texts longer than a few kilobytes are tokenised only in windows around
anchors (a month name, a numeric date, am/pm, a zone after a number, "ago", a label
word) found by one simple search. Nothing here calls a generic date parser, so the scan
is linear in the length of the text and costs microseconds per header line.

Rules (documented in ``docs/zones.md``):

* a zone printed in the text always wins; the outlet's home zone is used only for a
  line that states none (``ZoneSource.OUTLET``), then the caller's ``default_tz``;
* ``GMT+8`` means UTC+8; ``ET``/``PT`` follow daylight saving; a fixed label that
  contradicts its zone's rules on that date (``CET`` in summer) gets the rules and a warning;
* numeric dates (``05.04.2025``) use the outlet's day/month order; when nothing settles
  the order the value is read day first (month first for US hints) and marked ambiguous;
* two-digit years and dates printed without a year are placed only against ``reference``
  (the latest such date not after it, with one day of tolerance); without one the
  timestamp has no value and says why in ``warnings``;
* relative times (``3 hours ago``) are resolved only against ``reference``.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import compress, count, islice, pairwise, repeat
from operator import itemgetter, lt, sub
from typing import TYPE_CHECKING, Final

from newsmodel._calendar import MONTH_WORDS, WEEKDAY_WORDS
from newsmodel._exceptions import ArgumentError
from newsmodel._gc import PAUSE_GC_CHARS, collection_paused
from newsmodel._outlets import Outlet, get_outlet
from newsmodel._span import Span
from newsmodel._text import require_str
from newsmodel._timestamp import Precision, Timestamp, TimestampKind, ZoneSource
from newsmodel._zones import (
    AMBIGUOUS_ABBREVIATIONS,
    FIXED_ABBREVIATIONS,
    RULE_ABBREVIATIONS,
    fixed_zone_name,
    region_of_zone,
    resolve_zone_label,
    zone_from_name,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["find_timestamps", "parse_timestamp", "scan_timestamps"]

_ZONE_WORDS: Final = frozenset(
    label
    for label in {*FIXED_ABBREVIATIONS, *RULE_ABBREVIATIONS, *AMBIGUOUS_ABBREVIATIONS}
    if label.isalpha() and label.isupper() and label != "Z"
)

# One pass over the text. Each top-level alternative is a token kind (the group name).
# At a digit the longer numeric shapes are tried first, and a catch-all eats any other
# digit run whole, so a clock can only start inside digits right after a glued year.
# Capitalised words are one token, classified in Python (month, weekday, zone label).
# Unnamed catch-alls (first and last) eat whatever starts no token, a run at a time.
# Every repetition is bounded or runs over one character class: matching is linear.
_TOKEN: Final = re.compile(
    r"""
    [^0-9A-Za-z+\-]+                        # spaces and punctuation first: skipped in one step
  | [0-9] [0-9]* [./-] (?: [0-9]+ [./-] ){3,} [0-9]*    # digit chains no date has: 1.2.3.4.5
  | [0-9] [0-9]* : (?: [0-9]+ : ){2,} [0-9]*            # colon chains no clock has: 12:34:56:78
  | [12] (?: (?<=1) [89] | (?<=2) [0-9] ) [0-9]{2}     # Y-M-D, Y.M.D, Y/M/D: Xinhua, Global Times
        (?P<ymd_s> [./-] ) (?P<ymd_m> [0-9]{1,2} ) (?P=ymd_s) (?P<ymd_d> [0-9]{1,2} )
        (?![0-9]) (?P<ymd>)
  | [0-9] [0-9]?                            # D/M/Y or M/D/Y: Euronews, Sputnik, Anadolu, UOL
        (?P<nd_s> [./-] ) (?P<nd_b> [0-9]{1,2} ) (?P=nd_s)
        (?P<nd_y> [0-9]{4} | [0-9]{2} (?![0-9]) ) (?P<nd>)
  | 1 9 [0-9]{2} (?= [0-9]{1,2} : [0-9]{2} ) (?P<yg>)   # a year glued to a clock: "20232:23 PM"
  | 2 0 [0-9]{2} (?= [0-9]{1,2} : [0-9]{2} ) (?P<yg2>)  #   (CNBC, NPR)
  | [0-9] [0-9]?                            # 12:32 · 06.05 (Guardian) · 16h15 (UOL) · 20:29:58
        (?P<hm_s> [:.h] ) (?P<hm_m> [0-5][0-9] )
        (?: : (?P<hm_sec> [0-5][0-9] ) (?: [.,][0-9]{1,9} )? )?
        (?: [ ]? (?P<hm_ap> [AaPp] \.? [ ]? [Mm] \.? ) (?![A-Za-z]) )?   # PM · p.m. · pm
        (?P<hm>)
  | (?: [0-9] [0-9]{0,3} [ ]?               # 3 hours ago · 10 mins ago · 9 min ago
      | [Aa] (?<![A-Za-z].) n? [ ] )        # a day ago · an hour ago (Reuters 2017-20)
        (?P<rel_u> (?i: seconds? | secs? | minutes? | mins? | hours? | hrs? | days?
                      | weeks? | wks? | months? | years? | yrs? | [smhdw] ) )
        [ ]{1,3} (?i: ago ) (?![A-Za-z]) (?P<rel>)
  | [0-9] [0-9]? [ ]?                       # an hour with am/pm: "5 AM" (LA Times)
        (?P<ha_ap> [AaPp] \.? [ ]? [Mm] \.? ) (?![A-Za-z]) (?P<ha>)
  | [0-9]+ (?P<num_o> (?i: st | nd | rd | th ) (?![A-Za-z]) )? (?P<num>)   # other digits; 23rd
  | [LlFfUuPpCcAaMmGgO]                     # a label word: Updated, Last modified on ...
        (?<![a-z].)                         # may follow glued capitals: CNNUpdated, PTIUpdated
        (?: (?<=[Ll]) (?i: ast[ ]?(?:updated|modified|update) )
          | (?<=[Ff]) (?i: irst[ ]published )
          | (?<=[Uu]) (?i: pdated )
          | (?<=[Pp]) (?i: ublished | osted )
          | (?<=[Cc]) (?i: reated )
          | (?<=[Aa]) (?i: ired )
          | (?<=[Mm]) (?i: odified )
          | (?<=[Gg]) üncelleme             # Turkish "updated" (Anadolu)
          | (?<=O) nline (?= : ) )          # Japan Times "Online: Feb 18, 2020" (published)
        (?![A-Za-z])
        (?: [ ] (?i: on | at ) (?![A-Za-z]) )?    # "Published on", "Updated on:"
        (?P<kind>)
  | [GUB] (?<![A-Za-z].)                    # GMT+8 (= UTC+8, never inverted) · Beijing time
        (?: (?: (?<=G) MT | (?<=U) TC ) [ ]? [+\-−] [ ]? [0-9]{1,2} (?: :? [0-9]{2} )?
          | (?<=B) eijing [ ] [Tt]ime )
        (?![A-Za-z]) (?P<zone>)
  | [Z+\-]                                  # ISO 8601 / RFC 2822 offsets after a clock
        (?: (?: (?<=[0-9]Z) | (?<=[0-9][+\-]) [0-9]{2} :? [0-9]{2} ) (?![A-Za-z0-9])
          | (?<=[ ][+\-]) [0-9]{4} (?![0-9]) )
        (?P<off>)
  | [A-Z] (?<![A-Za-z].)                    # a capitalised word: month, weekday or zone label
        [A-Za-z]{0,8} \.? (?![A-Za-z]) (?P<word>)
    # Unnamed catch-alls (lastgroup None, dropped).
  | [A-Z]+ (?![a-z]) [^0-9A-Za-z+\-]*      # capitals: "CNN" in "CNNUpdated", "TIMESOFINDIA"
  | [A-Z]? [a-z]+ [^0-9A-Za-z+\-]*         # any other word
    # (with the spaces after it: no token starts there, one match instead of two)
  | [+\-]
    """,
    re.VERBOSE | re.ASCII,
)

_MONTH_WORDS: Final = MONTH_WORDS
_WEEKDAY_WORDS: Final = WEEKDAY_WORDS


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int, re.Match[str], int]]:
    """Tokenise ``text[start:end]``: (kind, start, end, match, month number)."""
    out: list[tuple[str, int, int, re.Match[str], int]] = []
    append = out.append
    for match in _TOKEN.finditer(text, start, end):
        name = match.lastgroup
        if name is None:
            continue
        if name == "word":
            word = match.group()
            if word[-1] == ".":
                word = word[:-1]
            if word in _ZONE_WORDS:
                append(("zone", match.start(), match.start() + len(word), match, 0))
                continue
            lower = word.lower()
            month = _MONTH_WORDS.get(lower)
            if month is not None and (word.istitle() or word.isupper()):
                append(("month", match.start(), match.end(), match, month))
            elif lower in _WEEKDAY_WORDS and (word.istitle() or word.isupper()):
                append(("wd", match.start(), match.end(), match, 0))
            continue
        if name == "yg2":
            name = "yg"
        append((name, match.start(), match.end(), match, 0))
    return out


# What may stand between the parts of one timestamp: punctuation, spaces, weekday names,
# "at"/"on", the ISO "T". Anything else (a word, a stray number) ends the timestamp.
_GAP: Final = re.compile(
    r"""
    (?: [\s,./|•·:;\-–—()\[\]]
      | (?<![A-Za-z]) (?i: at | on | of | T
                         | (?: mon | tue | wed | thu | fri | sat | sun ) [a-z]{0,6} \.? )
        (?![A-Za-z])
    )*
    """,
    re.VERBOSE,
)
_MAX_GAP: Final = 24
_GAP_CHARS: Final = " \t\n\r\u00a0,./|•·:;-–—()[]"  # the gap's punctuation, for a fast path

# What may stand inside a date: "07-Feb-2020", "Feb. 7, 2020", "April 23rd 2023".
_DATE_GAP: Final = re.compile(r"[\s,.\-]{0,4}")

# Between a clock and its zone: "2:18 a.m. ET", "11:21 AM (IST)", "7:08 am(NZT)".
_ZONE_GAP: Final = re.compile(r"[ \t\u00a0(]{0,3}")

_REL_UNITS: Final = {
    "s": (1, Precision.SECOND),
    "m": (60, Precision.MINUTE),
    "h": (3600, Precision.HOUR),
    "d": (86400, Precision.DAY),
    "w": (7 * 86400, Precision.DAY),
    "y": (365 * 86400, Precision.DAY),
}

_UPDATED_WORDS: Final = ("upd", "mod", "ncel")

# Unit tags.
_K, _D, _T, _R, _X, _W = 0, 1, 2, 3, 4, 5


class _Date:
    """A date as printed: year may be missing (None) or two-digit."""

    __slots__ = ("ambiguous", "day", "month", "two_digit", "warning", "year")

    def __init__(
        self,
        year: int | None,
        month: int,
        day: int,
        *,
        two_digit: bool = False,
        ambiguous: bool = False,
        warning: str | None = None,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.two_digit = two_digit
        self.ambiguous = ambiguous
        self.warning = warning


class _Clock:
    """A clock as printed, with the zone label that follows it."""

    __slots__ = ("hour", "label", "minute", "precision", "second", "strong", "warning")

    def __init__(
        self,
        hour: int,
        minute: int,
        second: int,
        precision: Precision,
        label: str | None,
        *,
        strong: bool,
        warning: str | None = None,
    ) -> None:
        self.hour = hour
        self.minute = minute
        self.second = second
        self.precision = precision
        self.label = label
        self.strong = strong
        self.warning = warning


class _Stamp:
    """A timestamp being assembled from units."""

    __slots__ = (
        "alt",
        "clock",
        "date",
        "end",
        "inherited",
        "kind",
        "label",
        "rel",
        "start",
        "warnings",
    )

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start
        self.kind = TimestampKind.UNKNOWN
        self.date: _Date | None = None
        self.clock: _Clock | None = None
        self.alt: _Clock | None = None
        self.rel: tuple[dt.timedelta, Precision] | None = None
        self.inherited = False
        self.label: str | None = None
        self.warnings: list[str] = []

    def has_content(self) -> bool:
        return self.date is not None or self.clock is not None or self.rel is not None


class _Options:
    """Checked caller options, resolved once per call."""

    __slots__ = ("default_name", "default_tz", "outlet", "outlet_tz", "reference", "region")

    def __init__(
        self,
        reference: dt.datetime | None,
        outlet: Outlet | None,
        default_tz: dt.tzinfo | None,
        default_name: str | None,
    ) -> None:
        self.reference = reference
        self.outlet = outlet
        self.outlet_tz = zone_from_name(outlet.zone) if outlet and outlet.zone else None
        self.default_tz = default_tz
        self.default_name = default_name
        region = outlet.region if outlet is not None else None
        if region is None:
            region = region_of_zone(default_name)
        self.region = region


_new = object.__new__
_set = object.__setattr__


def _span(start: int, end: int) -> Span:
    """Build a Span the parser already knows to be valid, skipping validation."""
    span: Span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


def _timestamp(  # noqa: PLR0917 - positional on purpose: the hot path builds many
    kind: TimestampKind,
    value: dt.datetime | None,
    raw: str,
    span: Span,
    precision: Precision,
    zone_source: ZoneSource,
    zone: str | None,
    zone_label: str | None,
    relative: dt.timedelta | None,
    ambiguous: bool,
    alternates: tuple[dt.datetime, ...],
    warnings: tuple[str, ...],
) -> Timestamp:
    """Build a Timestamp from values the parser has already checked (no validators run)."""
    ts: Timestamp = _new(Timestamp)
    _set(ts, "kind", kind)
    _set(ts, "value", value)
    _set(ts, "raw", raw)
    _set(ts, "span", span)
    _set(ts, "precision", precision)
    _set(ts, "zone_source", zone_source)
    _set(ts, "zone", zone)
    _set(ts, "zone_label", zone_label)
    _set(ts, "relative", relative)
    _set(ts, "ambiguous", ambiguous)
    _set(ts, "alternates", alternates)
    _set(ts, "warnings", warnings)
    return ts


# Long texts are tokenised only around anchors: every timestamp holds a numeric date, a
# month name, am/pm, a zone label after a number, "ago" or a label word. Stretches with
# none are skipped by one simple regex search; the windows around anchors are wide
# enough for any header form.
_ANCHOR: Final = re.compile(
    r"""
    [0-9ACDFJMNOPSUacmpu]           # one character class first: the engine skips the rest fast
                                    # (the characters the branches' look-behinds admit)
    (?: (?<=[0-9])
        (?: [./-] [0-9]{1,2} [./-] [0-9]                # a numeric date
          | [ ]? [AaPp] \.? [ ]? [Mm] (?![A-Za-z])       # 5 AM, 4.34pm
          | [ (]{0,2} [A-Z]{2,5} (?![a-z])              # a zone label after a clock
          | [ ]? [A-Za-z]{1,7} [ ]{1,3} (?i: ago ) )    # 3 hours ago
      | (?<=[Aa]) (?<![A-Za-z].) n? [ ] [A-Za-z]{1,7} [ ]{1,3} (?i: ago )   # a day ago
      | (?<=[JFMASOND]) (?<![A-Za-z].)                  # a month name
        (?: an | eb | ar | pr | ay | un | ul | ug | ep | ct | ov | ec
          | AN | EB | AR | PR | AY | UN | UL | UG | EP | CT | OV | EC )
      | (?<=[UuPpCcAaMm])                               # a label word
        (?i: pdated | ublished | osted | reated | ired | odified )
    )
    """,
    re.VERBOSE | re.ASCII,
)
_WINDOW_MIN: Final = 2048
_DIGIT: Final = re.compile(r"[0-9]")
_AGO: Final = re.compile(r"[Aa][Gg][Oo]")
_WINDOW_PAD: Final = 120
_WINDOW_WIDEN: Final = 32  # how far a window's ends may move out to reach a space
_ANCHOR_LONGEST: Final = 17
"""The most characters an ``_ANCHOR`` match reads from its start, look-ahead included."""
_FIRST_STAMP_REACH: Final = _WINDOW_PAD + _WINDOW_WIDEN
"""How far before the first anchor of its window a timestamp may start (``_windows``)."""


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return merged ``[start, end)`` windows around anchors, widened to spaces."""
    # The anchors' offsets come from mapping Match.span in C (text dense with anchors has
    # tens of thousands). Two anchors' padded windows merge unless the gap between
    # them is wider than both pads: the windows break only at those gaps.
    spans = list(map(re.Match.span, _ANCHOR.finditer(text, start, end)))
    if not spans:
        return []
    anchor_starts = list(map(itemgetter(0), spans))
    anchor_ends = list(map(itemgetter(1), spans))
    gaps = map(sub, islice(anchor_starts, 1, None), anchor_ends)
    breaks = [0, *compress(count(1), map(lt, repeat(2 * _WINDOW_PAD), gaps)), len(spans)]
    windows = [
        (
            max(start, anchor_starts[first] - _WINDOW_PAD),
            min(end, anchor_ends[last - 1] + _WINDOW_PAD),
        )
        for first, last in pairwise(breaks)
    ]
    out = []
    for wstart, wend in windows:
        left = text.rfind(" ", max(start, wstart - _WINDOW_WIDEN), wstart)
        right = text.find(" ", wend, min(end, wend + _WINDOW_WIDEN))
        out.append((left + 1 if left >= 0 else wstart, right if right >= 0 else wend))
    return out


# What follows the date of a dateline: an agency slug and a dash ("/PRNewswire/ —",
# "(Xinhua) --"). A bare date followed by one is the dateline's, not a header timestamp.
_DATELINE_TAIL: Final = re.compile(
    r"""
    [ \t]{0,3}
    (?: / [A-Za-z][A-Za-z0-9 .\-]{0,30} /          # /PRNewswire/, /CNW/
      | \( [A-Z][A-Za-z0-9 .\-]{0,30} \) )       # (Xinhua), (Reuters)
    [ \t]{0,3} (?: [-–—]{1,2} | $ )
    """,
    re.VERBOSE,
)


# -- tokens to units ---------------------------------------------------------------------


_Tok = tuple[str, int, int, "re.Match[str]", int]


def _year_at(text: str, toks: list[_Tok], j: int, after: int) -> tuple[int | None, int, bool]:
    """
    Return (year, end, two_digit) if token ``j`` is a year close after ``after``.

    A year is four digits (1800-2199), or two digits glued by a hyphen (``07-Feb-20``).
    """
    if j >= len(toks):
        return None, after, False
    name, start, end, match, _ = toks[j]
    if name not in {"num", "yg"} or _DATE_GAP.fullmatch(text, after, start) is None:
        return None, after, False
    digits = match.group()
    if not digits.isdigit():
        return None, after, False
    if len(digits) == 2 and start == after + 1 and text[after] == "-":
        return int(digits), end, True
    if len(digits) != 4:
        return None, after, False
    year = int(digits)
    if not 1800 <= year <= 2199:
        return None, after, False
    return year, end, False


def _clock(  # noqa: PLR0917 - private helper mirroring the token's fields
    text: str,
    toks: list[_Tok],
    i: int,
    hour: int,
    minute: int,
    second: int | None,
    ampm: str | None,
    *,
    strong: bool,
    precision: Precision,
) -> tuple[_Clock | None, int, int]:
    """Build a clock from token ``i`` and the zone label after it: (clock, next token, end)."""
    warning = None
    end = toks[i][2]
    if ampm is not None:
        pm = ampm[0] in "pP"
        if hour > 12 or hour == 0:
            if hour > 23:
                return None, i + 1, end
            if hour > 12:
                warning = (
                    f"{hour}:{minute:02d} {ampm.strip()} mixes a 24-hour clock with am/pm; "
                    "the 24-hour value was kept"
                )
        elif pm and hour != 12:
            hour += 12
        elif not pm and hour == 12:
            hour = 0
    elif hour > 23:
        return None, i + 1, end
    label = None
    nxt = i + 1
    if nxt < len(toks):
        name, zstart, zend, _match, _ = toks[nxt]
        if name in {"zone", "off"} and _ZONE_GAP.fullmatch(text, end, zstart) is not None:
            label = text[zstart:zend]
            if text.startswith(")", zend) and "(" in text[end:zstart]:
                zend += 1  # keep "(IST)" whole
            end = zend
            nxt += 1
    clock = _Clock(
        hour,
        minute,
        second or 0,
        Precision.SECOND if second is not None else precision,
        label,
        strong=strong,
        warning=warning,
    )
    return clock, nxt, end


def _numeric_date(match: re.Match[str], opts: _Options) -> _Date | None:
    """Read D/M/Y or M/D/Y digits with the outlet's order; None when impossible."""
    a = int(match.string[match.start() : match.start("nd_s")])
    b = int(match.group("nd_b"))
    ydigits = match.group("nd_y")
    year = int(ydigits)
    two = len(ydigits) == 2
    if a == 0 or b == 0 or a > 31 or b > 31 or (a > 12 and b > 12):
        return None
    if a > 12:
        return _Date(year, b, a, two_digit=two)
    if b > 12 or a == b:
        return _Date(year, a, b, two_digit=two)
    outlet = opts.outlet
    if outlet is not None and outlet.date_order == "DMY":
        return _Date(year, b, a, two_digit=two)
    raw = match.group()
    if (outlet is not None and outlet.date_order == "MDY") or (
        outlet is None and opts.region == "US"
    ):
        why = "month first for a US outlet" if outlet is not None else "month first for a US zone"
        return _Date(
            year,
            a,
            b,
            two_digit=two,
            ambiguous=True,
            warning=f"numeric date {raw} could be day or month first; read {why}",
        )
    return _Date(
        year,
        b,
        a,
        two_digit=two,
        ambiguous=True,
        warning=(
            f"numeric date {raw} could be day or month first; read day first "
            "(no outlet settles the order)"
        ),
    )


def _units(text: str, toks: list[_Tok], opts: _Options) -> list[tuple[int, int, int, object]]:
    """Turn tokens into units (tag, start, end, payload)."""
    units: list[tuple[int, int, int, object]] = []
    append = units.append
    n = len(toks)
    i = 0
    while i < n:
        name, start, end, tok, month = toks[i]
        if name == "hm":
            minute, sec, ampm = tok.group("hm_m", "hm_sec", "hm_ap")
            hour = text[start : tok.start("hm_s")]
            clock, i, cend = _clock(
                text,
                toks,
                i,
                int(hour),
                int(minute),
                int(sec) if sec is not None else None,
                ampm,
                strong=ampm is not None,
                precision=Precision.MINUTE,
            )
            append((_X, start, end, None) if clock is None else (_T, start, cend, clock))
            continue
        if name == "month":
            j = i + 1
            if j < n and toks[j][0] == "num":
                _, dstart, dend, day_tok, _ = toks[j]
                digits = day_tok.group()
                if day_tok.group("num_o"):
                    digits = digits[:-2]
                if (
                    len(digits) <= 2
                    and 1 <= int(digits) <= 31
                    and _DATE_GAP.fullmatch(text, end, dstart) is not None
                ):
                    year, yend, two = _year_at(text, toks, j + 1, dend)
                    append((_D, start, yend, _Date(year, month, int(digits), two_digit=two)))
                    i = j + 2 if year is not None else j + 1
                    continue
            append((_X, start, end, None))
            i += 1
            continue
        if name == "num":
            digits = tok.group()
            if tok.group("num_o"):
                digits = digits[:-2]
            j = i + 1
            nxt = toks[j] if j < n else None
            if (
                nxt is not None
                and nxt[0] == "month"
                and len(digits) <= 2
                and 1 <= int(digits) <= 31
                and _DATE_GAP.fullmatch(text, end, nxt[1]) is not None
            ):
                year, yend, two = _year_at(text, toks, j + 1, nxt[2])
                append((_D, start, yend, _Date(year, nxt[4], int(digits), two_digit=two)))
                i = j + 2 if year is not None else j + 1
                continue
            if (
                nxt is not None
                and nxt[0] == "zone"
                and len(digits) == 4
                and not tok.group("num_o")
                and int(digits[:2]) < 24
                and int(digits[2:]) < 60
                and _ZONE_GAP.fullmatch(text, end, nxt[1]) is not None
            ):
                clock, i, cend = _clock(
                    text,
                    toks,
                    i,
                    int(digits[:2]),
                    int(digits[2:]),
                    None,
                    None,
                    strong=True,
                    precision=Precision.MINUTE,
                )
                append((_X, start, end, None) if clock is None else (_T, start, cend, clock))
                continue
            append((_X, start, end, None))
            i += 1
            continue
        if name == "ha":
            clock, i, cend = _clock(
                text,
                toks,
                i,
                int(text[start : tok.start("ha_ap")]),
                0,
                None,
                tok.group("ha_ap"),
                strong=True,
                precision=Precision.HOUR,
            )
            append((_X, start, end, None) if clock is None else (_T, start, cend, clock))
            continue
        if name == "kind":
            append((_K, start, end, tok.group()))
        elif name == "ymd":
            year, mo, d = (
                int(text[start : start + 4]),
                int(tok.group("ymd_m")),
                int(tok.group("ymd_d")),
            )
            if 1 <= mo <= 12 and 1 <= d <= 31 and year >= 1800:
                append((_D, start, end, _Date(year, mo, d)))
            else:
                append((_X, start, end, None))
        elif name == "nd":
            date = _numeric_date(tok, opts)
            append((_X, start, end, None) if date is None else (_D, start, end, date))
        elif name == "rel":
            append((_R, start, end, _relative(tok)))
        elif name == "wd":
            append((_W, start, end, None))
        elif name in {"zone", "yg"}:
            append((_X, start, end, None))
        # An offset not after a clock is ignored.
        i += 1
    return units


def _relative(tok: re.Match[str]) -> tuple[dt.timedelta, Precision]:
    """Read '3 hours ago' into an amount and its precision."""
    amount = tok.string[tok.start() : tok.start("rel_u")]
    count = 1 if amount[0] in "Aa" else int(amount)  # "a day ago", "an hour ago"
    unit = tok.group("rel_u").lower()
    if unit.startswith("mo"):
        seconds, precision = 30 * 86400, Precision.DAY
    else:
        seconds, precision = _REL_UNITS[unit[0]]
    return dt.timedelta(seconds=count * seconds), precision


# -- units to stamps ---------------------------------------------------------------------


def _group(text: str, units: list[tuple[int, int, int, object]]) -> list[_Stamp]:
    """Bind units into timestamps."""
    stamps: list[_Stamp] = []
    cur: _Stamp | None = None
    weekday = -1
    for tag, start, end, payload in units:
        if tag == _W:
            weekday = start
            continue
        if weekday >= 0 and tag in {_D, _T}:
            lead = weekday if _GAP.fullmatch(text, weekday, start) is not None else -1
        else:
            lead = -1
        weekday = -1
        if cur is not None:
            if tag == _X:
                if cur.has_content():
                    stamps.append(cur)
                cur = None
                continue
            if start - cur.end > _MAX_GAP or (
                text[cur.end : start].strip(_GAP_CHARS)
                and _GAP.fullmatch(text, cur.end, start) is None
            ):
                if cur.has_content():
                    stamps.append(cur)
                cur = None
        if tag == _X:
            continue
        if tag == _K:
            if cur is not None and cur.has_content():
                stamps.append(cur)
            cur = _Stamp(start)
            word = str(payload).lower()
            cur.kind = (
                TimestampKind.UPDATED
                if any(w in word for w in _UPDATED_WORDS)
                else TimestampKind.PUBLISHED
            )
            cur.end = end
            continue
        if tag == _D:
            if cur is not None and cur.date is not None:
                stamps.append(cur)
                cur = None
            if cur is None:
                cur = _Stamp(lead if lead >= 0 else start)
            assert isinstance(payload, _Date)
            cur.date = payload
            cur.end = end
            continue
        if tag == _T:
            assert isinstance(payload, _Clock)
            if cur is not None and cur.clock is not None:
                if (
                    cur.alt is None
                    and cur.clock.label is not None
                    and payload.label is not None
                    and "(" in text[cur.end : start]
                ):
                    cur.alt = payload
                    cur.end = end
                    continue
                stamps.append(cur)
                cur = None
            if cur is None:
                cur = _Stamp(lead if lead >= 0 else start)
            cur.clock = payload
            cur.end = end
            continue
        # _R: a relative amount completes its timestamp.
        assert isinstance(payload, tuple)
        if cur is not None and cur.has_content():
            stamps.append(cur)
            cur = None
        if cur is None:
            cur = _Stamp(start)
        cur.rel = payload
        cur.end = end
        stamps.append(cur)
        cur = None
    if cur is not None and cur.has_content():
        stamps.append(cur)
    return stamps


# -- stamps to Timestamps ----------------------------------------------------------------


def _zone_name(tz: dt.tzinfo, at: dt.datetime) -> str:
    """Return a name ``zone_from_name`` resolves for ``tz``."""
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    if tz is dt.timezone.utc:
        return "UTC"
    offset = at.utcoffset() if at.tzinfo is not None else tz.utcoffset(at)
    if offset is None:  # pragma: no cover - callers pass aware zones
        return "UTC"
    return fixed_zone_name(int(offset.total_seconds() // 60))


def _place_year(month: int, day: int, yy: int | None, reference: dt.datetime) -> int | None:
    """Return the year putting month/day closest to and not after reference (+1 day)."""
    limit = reference.date() + dt.timedelta(days=1)
    if yy is None:
        candidates = [limit.year, limit.year - 1, limit.year - 2, limit.year - 3, limit.year - 4]
    else:
        century = limit.year // 100 * 100
        candidates = [century + yy, century - 100 + yy]
    for year in candidates:
        if (
            1 <= year <= 9999
            and day <= _days_in_month(year, month)
            and dt.date(year, month, day) <= limit
        ):
            return year
    return None


def _days_in_month(year: int, month: int) -> int:
    """Return the number of days in ``month`` of ``year``."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in {4, 6, 9, 11} else 31


def _finish(text: str, stamp: _Stamp, opts: _Options) -> Timestamp | None:
    """Turn an assembled stamp into a Timestamp; None when it holds no usable time."""
    warnings = stamp.warnings
    raw = text[stamp.start : stamp.end]
    span = _span(stamp.start, stamp.end)
    reference = opts.reference
    if stamp.rel is not None:
        delta, precision = stamp.rel
        if reference is None:
            return _timestamp(
                stamp.kind,
                None,
                raw,
                span,
                precision,
                ZoneSource.NONE,
                None,
                None,
                delta,
                False,  # noqa: FBT003 - ambiguous
                (),
                tuple(warnings),
            )
        value = reference - delta
        if value.tzinfo is not None and value.utcoffset() is not None:
            tz = value.tzinfo
            return _timestamp(
                stamp.kind,
                value,
                raw,
                span,
                precision,
                ZoneSource.DEFAULT,
                _zone_name(tz, value),
                None,
                delta,
                False,  # noqa: FBT003 - ambiguous
                (),
                tuple(warnings),
            )
        return _timestamp(
            stamp.kind,
            value.replace(tzinfo=None),
            raw,
            span,
            precision,
            ZoneSource.NONE,
            None,
            None,
            delta,
            False,  # noqa: FBT003 - ambiguous
            (),
            tuple(warnings),
        )
    date, clock = stamp.date, stamp.clock
    ambiguous = False
    if date is not None:
        ambiguous = date.ambiguous
        if date.warning:
            warnings.append(date.warning)
    if clock is not None:
        if clock.warning:
            warnings.append(clock.warning)
        if (
            date is None
            and not (stamp.inherited or clock.strong or clock.label)
            and clock.precision is not Precision.HOUR
            and stamp.kind is TimestampKind.UNKNOWN
        ):
            return None  # a lone "12:30" or "2.50" is not evidence of a timestamp
    elif date is not None and date.year is None and stamp.kind is TimestampKind.UNKNOWN:
        return None  # "Nov 22" alone is a dateline's or a sentence's date, not a header time
    precision = clock.precision if clock is not None else Precision.DAY
    zone_label = clock.label if clock is not None else stamp.label

    year: int | None = None
    month = day = 0
    if date is not None:
        month, day = date.month, date.day
        if date.year is None or date.two_digit:
            yy = date.year if date.two_digit else None
            if reference is None:
                what = "a two-digit year" if date.two_digit else "no year"
                warnings.append(f"{what} and no reference date: the year is left unresolved")
            else:
                year = _place_year(month, day, yy, reference)
                if year is not None:
                    what = "two-digit year" if date.two_digit else "year"
                    warnings.append(f"{what} placed against the reference date: {year}")
        else:
            year = date.year
    elif reference is not None and clock is not None:
        ref = reference
        candidate = dt.datetime.combine(ref.date(), dt.time(clock.hour, clock.minute))
        if candidate > ref.replace(tzinfo=None) + dt.timedelta(hours=1):
            candidate -= dt.timedelta(days=1)
        year, month, day = candidate.year, candidate.month, candidate.day
        warnings.append("no date printed: the date was taken from the reference")
    elif clock is not None:
        warnings.append("a time without a date and no reference: the date is unknown")

    if year is None:
        return _timestamp(
            stamp.kind,
            None,
            raw,
            span,
            precision,
            ZoneSource.NONE,
            None,
            zone_label,
            None,
            ambiguous,
            (),
            tuple(warnings),
        )
    try:
        if clock is not None:
            naive = dt.datetime(year, month, day, clock.hour, clock.minute, clock.second)
        else:
            naive = dt.datetime(year, month, day)
    except ValueError:
        return None

    # Zone: stated label > outlet home zone > caller default > none.
    if zone_label is not None:
        key = zone_label
        if key[:7].lower() == "beijing":
            key = "BJT"
        resolved = resolve_zone_label(key.replace("−", "-"), opts.region)
        if resolved is None:  # pragma: no cover - the token regex only admits known labels
            return None
        if resolved.note:
            warnings.append(resolved.note)
        value = naive.replace(tzinfo=resolved.tz)
        zone = resolved.name
        if resolved.family is not None:
            family_tz = zone_from_name(resolved.family)
            if family_tz is not None:
                ruled = naive.replace(tzinfo=family_tz)
                if ruled.utcoffset() != value.utcoffset():
                    offset = ruled.utcoffset()
                    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
                    warnings.append(
                        f"zone label {zone_label} does not match {resolved.family} on "
                        f"{naive.date().isoformat()} ({fixed_zone_name(minutes)} in force); "
                        "the zone's rules were applied"
                    )
                    value = ruled
                    zone = resolved.family
        source = ZoneSource.STATED
    elif opts.outlet_tz is not None and opts.outlet is not None and opts.outlet.zone:
        value = naive.replace(tzinfo=opts.outlet_tz)
        zone = opts.outlet.zone
        source = ZoneSource.OUTLET
    elif opts.default_tz is not None:
        value = naive.replace(tzinfo=opts.default_tz)
        zone = opts.default_name or _zone_name(opts.default_tz, value)
        source = ZoneSource.DEFAULT
    else:
        value = naive
        zone = None
        source = ZoneSource.NONE

    alternates: tuple[dt.datetime, ...] = ()
    alt = stamp.alt
    if alt is not None and alt.label is not None and source is ZoneSource.STATED:
        alt_zone = resolve_zone_label(alt.label, opts.region)
        if alt_zone is not None:
            local = value.astimezone(alt_zone.tz)
            if (local.hour, local.minute) != (alt.hour, alt.minute):
                warnings.append(
                    f"the bracketed clock {alt.hour:02d}{alt.minute:02d} {alt.label} does not "
                    "show the same instant as the main clock"
                )
                local = dt.datetime.combine(
                    local.date(), dt.time(alt.hour, alt.minute), tzinfo=alt_zone.tz
                )
            alternates = (local,)
    return _timestamp(
        stamp.kind,
        value,
        raw,
        span,
        precision,
        source,
        zone,
        zone_label,
        None,
        ambiguous,
        alternates,
        tuple(warnings),
    )


def _link(stamps: list[_Stamp]) -> None:
    """Fill parts an updated stamp leaves out from the one before; infer 'published'."""
    for index in range(1, len(stamps)):
        prev, stamp = stamps[index - 1], stamps[index]
        pdate = prev.date
        if pdate is None or stamp.rel is not None:
            continue
        if stamp.date is None and stamp.clock is not None:
            stamp.date = _Date(pdate.year, pdate.month, pdate.day, two_digit=pdate.two_digit)
            stamp.inherited = True
            stamp.warnings.append("date inherited from the preceding timestamp")
            if stamp.clock.label is None and prev.clock is not None and prev.clock.label:
                stamp.clock.label = prev.clock.label
                stamp.warnings.append("zone inherited from the preceding timestamp")
            pclock = prev.clock
            if (
                pclock is not None
                and pdate.year is not None
                and (stamp.clock.hour, stamp.clock.minute) < (pclock.hour, pclock.minute)
            ):
                try:
                    moved = dt.date(pdate.year, pdate.month, pdate.day) + dt.timedelta(days=1)
                except (ValueError, OverflowError):
                    continue
                stamp.date = _Date(moved.year, moved.month, moved.day)
                stamp.warnings.append("the update's clock is earlier: read as the next day")
        elif (
            stamp.date is not None
            and stamp.date.year is None
            and pdate.year is not None
            and (stamp.clock is not None or stamp.kind is not TimestampKind.UNKNOWN)
        ):
            stamp.date.year = pdate.year
            stamp.date.two_digit = pdate.two_digit
            stamp.warnings.append("year inherited from the preceding timestamp")
            if stamp.clock is None and prev.clock is not None and prev.clock.label:
                stamp.label = prev.clock.label
                stamp.warnings.append("zone inherited from the preceding timestamp")
    for index in range(len(stamps) - 1):
        if (
            stamps[index].kind is TimestampKind.UNKNOWN
            and stamps[index + 1].kind is TimestampKind.UPDATED
            and stamps[index].rel is None
        ):
            stamps[index].kind = TimestampKind.PUBLISHED
            stamps[index].warnings.append("kind inferred: an updated time follows")


# -- options -----------------------------------------------------------------------------


_OPTIONS_CACHE: dict[tuple[str | None, str | None], _Options] = {}


def _options(reference: object, outlet: object, default_tz: object) -> _Options:
    """Check the caller's options and resolve them; raise ArgumentError on misuse."""
    cacheable = (
        reference is None
        and (outlet is None or type(outlet) is str)
        and (default_tz is None or type(default_tz) is str)
    )
    if cacheable:
        cached = _OPTIONS_CACHE.get((outlet, default_tz))  # type: ignore[arg-type]
        if cached is not None:
            return cached
    if reference is not None and not isinstance(reference, dt.datetime):
        msg = (
            f"reference: expected a datetime.datetime or None, got {type(reference).__name__}; "
            "pass e.g. datetime.datetime(2020, 2, 7, tzinfo=datetime.timezone.utc)"
        )
        raise ArgumentError(msg)
    if outlet is not None and not isinstance(outlet, str):
        msg = f"outlet: expected a str such as 'CGTN' or None, got {type(outlet).__name__}"
        raise ArgumentError(msg)
    profile = get_outlet(outlet) if outlet is not None else None
    tz: dt.tzinfo | None
    name: str | None
    if default_tz is None:
        tz, name = None, None
    elif isinstance(default_tz, str):
        tz = zone_from_name(default_tz)
        if tz is None:
            msg = (
                f"default_tz: unknown time zone {default_tz!r}; pass an IANA name such as "
                "'Europe/London' or a tzinfo"
            )
            raise ArgumentError(msg)
        name = default_tz
    elif isinstance(default_tz, dt.tzinfo):
        tz = default_tz
        key_name = getattr(default_tz, "key", None)
        name = key_name if isinstance(key_name, str) else None
    else:
        msg = f"default_tz: expected an IANA zone name or a tzinfo, got {type(default_tz).__name__}"
        raise ArgumentError(msg)
    opts = _Options(reference, profile, tz, name)
    if cacheable and len(_OPTIONS_CACHE) < 512:
        _OPTIONS_CACHE[outlet, default_tz] = opts  # type: ignore[index]
    return opts


# -- public ------------------------------------------------------------------------------


def scan_timestamps(
    text: str,
    start: int,
    end: int,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
    first_start_ok: Callable[[int], bool] | None = None,
    first_start_by: int | None = None,
) -> tuple[Timestamp, ...]:
    """Return the timestamps inside ``text[start:end]``, spans relative to ``text``.

    The internal entry point used by ``parse_article`` for header lines; the options are
    those of :func:`find_timestamps`. ``first_start_ok``, if given, is called with the
    start of the first timestamp found; when it returns False the result is ``()`` and
    the other timestamps are not built (a header line whose text before its first
    timestamp is not a header's is not a timestamp line). ``first_start_by``, if given
    with it, is the caller's promise that ``first_start_ok`` is False for every start
    after that offset: a long range whose first anchor lies too far past it for any
    timestamp to start by then gives ``()`` after a search of its first characters
    (a line of megabytes is not scanned whole).

    Example:
        >>> from newsmodel._parse_timestamp import scan_timestamps
        >>> text = "CGTN | Updated 12:32, 07-Feb-2020 | Xinhua"
        >>> [ts.raw for ts in scan_timestamps(text, 7, 33)]
        ['Updated 12:32, 07-Feb-2020']
    """
    opts = _options(reference, outlet, default_tz)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if (
        first_start_ok is not None
        and first_start_by is not None
        and end - start > _WINDOW_MIN
        and _first_stamp_after(text, start, end, first_start_by)
    ):
        return ()  # the first timestamp would start too late to be accepted
    if _DIGIT.search(text, start, end) is None and _AGO.search(text, start, end) is None:
        return ()  # every timestamp holds a date, a clock, an amount or "a day ago"
    if end - start > _WINDOW_MIN:
        toks = []
        for wstart, wend in _windows(text, start, end):
            toks.extend(_tokens(text, wstart, wend))
    else:
        toks = _tokens(text, start, end)
    if not toks:
        return ()
    stamps = _group(text, _units(text, toks, opts))
    if not stamps:
        return ()
    if len(stamps) > 1:
        _link(stamps)
    found: list[Timestamp] = []
    for stamp in stamps:
        if (
            stamp.clock is None
            and stamp.rel is None
            and stamp.kind is TimestampKind.UNKNOWN
            and _DATELINE_TAIL.match(text, stamp.end, end) is not None
        ):
            continue  # "Nov. 21, 2025 /PRNewswire/ —": a dateline's date, not a header time
        try:
            ts = _finish(text, stamp, opts)
        except (ValueError, OverflowError):  # pragma: no cover - dates are range-checked
            ts = None
        if ts is not None:
            if not found and first_start_ok is not None and not first_start_ok(ts.span.start):
                return ()  # the caller rejects the line: finish no other stamp
            found.append(ts)
    return tuple(found)


def _first_stamp_after(text: str, start: int, end: int, offset: int) -> bool:
    """
    Whether every timestamp of a long range ``text[start:end]`` starts after ``offset``.

    Such a range is tokenised in windows around anchors (``_windows``), each starting
    at most ``_FIRST_STAMP_REACH`` characters before its first anchor, so a timestamp
    starting by ``offset`` has an anchor starting by ``offset + _FIRST_STAMP_REACH``.
    The search stops ``_ANCHOR_LONGEST`` characters after that: any such anchor lies
    whole before (a match the cut end admits that the text does not only makes the
    answer False, which is always safe).
    """
    reach = offset + _FIRST_STAMP_REACH
    if reach >= end:
        return False
    anchor = _ANCHOR.search(text, start, min(end, reach + _ANCHOR_LONGEST))
    return anchor is None or anchor.start() > reach


def find_timestamps(
    text: str,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> tuple[Timestamp, ...]:
    """Return every timestamp in ``text``, in order.

    Args:
        text: a header line or any text.
        reference: when the copy was captured; resolves ``... ago`` forms, two-digit
            years and dates printed without a year. Never today's date implicitly.
        outlet: the outlet's name or alias (``"CGTN"``, ``"Times of India"``); gives the
            home zone for label-less times, the day/month order and the region that reads
            ``IST``/``CST``/``BST``. An unknown name is not an error: it has no profile.
        default_tz: the zone (IANA name or tzinfo) for times stating none when no outlet
            zone applies.

    Raises:
        InputTypeError: when ``text`` is not a str.
        ArgumentError: for a ``reference`` that is not a datetime, a non-str ``outlet``
            or an unknown ``default_tz``.

    Example:
        >>> import newsmodel
        >>> text = "Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024"
        >>> [(ts.kind.value, ts.value.isoformat()) for ts in newsmodel.find_timestamps(text)]
        [('published', '2024-04-27T15:56:00+01:00'), ('updated', '2024-04-27T15:57:00+01:00')]

    .. versionadded:: 0.1.0
    """
    text = require_str("find_timestamps", text)
    # a long text makes hundreds of thousands of tokens: see newsmodel._gc
    with collection_paused(len(text) >= PAUSE_GC_CHARS):
        return scan_timestamps(
            text, 0, len(text), reference=reference, outlet=outlet, default_tz=default_tz
        )


def parse_timestamp(
    text: str,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> Timestamp | None:
    """Return the first timestamp in ``text``, or None when there is none.

    Takes the same options as :func:`find_timestamps`.

    Example:
        >>> import newsmodel
        >>> ts = newsmodel.parse_timestamp("Updated 12:32, 07-Feb-2020", outlet="CGTN")
        >>> ts.kind.value, ts.value.isoformat(), ts.zone_source.value
        ('updated', '2020-02-07T12:32:00+08:00', 'outlet')
        >>> newsmodel.parse_timestamp("Updated 2:18 a.m. ET, August 22, 2020").value.isoformat()
        '2020-08-22T02:18:00-04:00'

    .. versionadded:: 0.1.0
    """
    text = require_str("parse_timestamp", text)
    found = scan_timestamps(
        text, 0, len(text), reference=reference, outlet=outlet, default_tz=default_tz
    )
    return found[0] if found else None
