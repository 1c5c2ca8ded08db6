"""Datelines: ``PLACE, DATE (AGENCY) -`` at the start of wire copy (FORMATS section b).

The grammar (FORMATS b.1)::

    DATELINE := HEAD? " "? SOURCE? SEP          ; HEAD or SOURCE must be present
    HEAD     := PLACE ("/" PLACE)* ("[" REGION "]")? (", " REGION)? (", " DATE)? | DATE
    SOURCE   := "(" AGENCY ")" | "/TASS/." | "--(BUSINESS WIRE)" | "/PRNewswire/" | "Kyodo"
    SEP      := "-" | "--" | "—" | "–" | ":" | "." (after /TASS/) | nothing (PTI, IANS)

A line in capitals is accepted only with corroboration (FORMATS b.5): an agency
marker, a date, or a place or region from the gazetteer; and the separator must be
followed by a sentence.  Year inference never uses the machine clock.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsmodel._agencies import canonical_agency
from newsmodel._calendar import MONTH_WORDS, WEEKDAY_NAMES
from newsmodel._dateline import Dateline
from newsmodel._gazetteer import is_known_place, is_known_region
from newsmodel._span import Span
from newsmodel._text import require_str

__all__ = [
    "infer_year",
    "inline_dateline_start",
    "match_dateline",
    "match_glued_dateline",
    "parse_dateline",
]

# Month names and abbreviations: English, plus the Spanish ones Xinhua's Spanish
# wire prints ("30 jun", "ene", "abr", "ago", "dic").  Case-insensitive.
_MONTH = r"""(?i:
    jan(?:uary)? | feb(?:ruary)? | mar(?:ch)? | apr(?:il)? | may | june? | july?
  | aug(?:ust)? | sept?(?:ember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)?
  | ene | abr | ago | dic
)(?!\p{L})"""

# Three-letter keys: English, plus the Spanish abbreviations Xinhua's Spanish wire prints.
_MONTH_NUMBERS = {
    **{word: number for word, number in MONTH_WORDS.items() if len(word) == 3},
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}  # fmt: skip

_DATE = rf"""(?:
    {_MONTH}\.?[ ]{{1,2}}(?P<d1>\d{{1,2}})(?!\d)     # Nov. 24, Sept. 8, February 21
    (?:,?[ ](?P<y1>\d{{4}})(?!\d))?                  # Jan. 3, 2021 (PR Newswire)
  | (?P<d2>\d{{1,2}})[ ]{_MONTH}\.?                 # 13 Mar (AFP), 30 jun (Xinhua, Spanish)
    (?:[ ](?P<y2>\d{{4}})(?!\d))?                    # 13 Mar 2020
)"""

# A capitalised word of a place name: KATHMANDU, Delhi, N'Djamena, WILKES-BARRE, St.
# A hyphen must be followed by a letter, so "Calif.--" stops before the dashes.
_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*)"
# Lower-case connectors inside place names: Rio de Janeiro, Dar es Salaam, Port of Spain.
_LINK = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|el|al|of|on|upon|am|es|en|sur|y)"
_PLACE = rf"(?:{_WORD}(?:[ ]{{1,2}}(?:{_LINK}[ ]{{1,2}})?{_WORD}){{0,4}})"
_REGION = rf"(?:{_WORD}(?:[ ](?:and[ ])?{_WORD}){{0,3}})"

_SOURCE = r"""(?:
    [ ]{0,2}\((?P<agency>\p{L}[\p{L}\p{N}.&' -]{0,30})\)    # (Reuters) (AP) (dpo); "1(Xinhua)"
  | \.?[ ]{0,2}/(?P<slash>\p{L}[\p{L}\p{N}-]{1,30})/         # /TASS/ /PRNewswire/
  | [ ]{0,2}(?:--|—|–)[ ]{0,2}                                # --(BUSINESS WIRE), before the
    \((?P<wire>\p{Lu}[\p{Lu} ]{2,30})\)                       # separator
  | [ ]{1,2}(?P<bare>Kyodo|KYODO)(?=[ ]{1,2}[-—–])           # Kyodo wire: no brackets
)"""

_PLACE_HEAD = regex.compile(
    rf"""
    (?P<places>{_PLACE}(?:[ ]?/[ ]?{_PLACE}){{0,3}})        # one or several cities, "/" between
    (?:[ ]{{0,2}}\((?P<pregion>[\p{{L}}\p{{M}} .'-]{{2,30}})\)   # ANI: Mysuru (Karnataka) [India]
       (?=[ ]{{0,2}}\[))?
    (?:[ ]{{0,2}}\[(?P<bregion>[\p{{L}}\p{{M}} .'-]{{2,30}})\])?  # ANI: New Delhi [India]
    (?:[ ]{{0,2}}\n?,[ ]{{1,2}}(?!{_MONTH}\.?[ ]{{1,2}}\d)  # , Wis. / , Saudi Arabia
       (?P<region>{_REGION}))?
    (?:[ ]{{0,2}}\n?,?[ ]{{1,2}}(?P<date>{_DATE}))?         # , Nov. 24 / , 13 Mar 2020
    (?P<source>{_SOURCE})?
    """,
    regex.VERBOSE | regex.VERSION0,
)

_DATE_HEAD = regex.compile(
    rf"""
    (?P<date>{_DATE})                                      # UPI, Bloomberg: Jan. 5 (Bloomberg) --
    (?P<source>{_SOURCE})
    """,
    regex.VERBOSE | regex.VERSION0,
)

_SOURCE_HEAD = regex.compile(rf"(?P<source>{_SOURCE})", regex.VERBOSE | regex.VERSION0)

_SEP = regex.compile(
    r"""
    [ ]{0,3}(?P<sep>--|—|–)                 # Xinhua, UPI, AP: "--", em dash, en dash
  | [ ]{1,3}(?P<sep>-)(?!-)                 # Reuters, Kyodo: " - " (a space before)
  | (?<=[)/])(?P<sep>-)(?!-)                # "(Reuters)-"
  | [ ]{0,2}(?P<sep>:)                      # ANI, IANS, TOI, Arab News
  | [ ]{1,2}(?P<sep>_)(?=[ ])               # old AP wire: "NEW YORK (AP) _ "
  | (?<=/)(?P<sep>\.)                       # TASS: "/TASS/."
    """,
    regex.VERBOSE | regex.VERSION0,
)

_WEEKDAYS = WEEKDAY_NAMES | {"today", "yesterday"}
_SPACE = " \t\u00a0\r\n"
_LETTERS = regex.compile(r"\p{L}+")
_HEAD_CHARS = "(-—–:/0123456789\n"
# Capitalised words that open sentences and never start a dateline.
_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Or",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "For",
        "As",
        "After",
        "Before",
        "When",
        "While",
        "If",
        "Some",
        "Many",
        "Most",
        "There",
        "Here",
        "What",
        "Why",
        "How",
        "Who",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prime",
        "President",
        "Officials",
        "Police",
        "According",
        "Despite",
        "By",
        "BY",
        "From",
    ]
)
_SENTENCE_START = "\"'“‘«([¿¡"


def _month_number(word: str) -> int | None:
    return _MONTH_NUMBERS.get(word[:3].casefold())


def infer_year(month: int, day: int, reference: dt.datetime | dt.date) -> dt.date | None:
    """Return ``month``/``day`` in the year closest to, and not after, ``reference``.

    The reference's year and the year before are tried; a candidate may be up to one
    day after the reference (the dateline's local date can run ahead of UTC).

    Example:
        >>> import datetime as dt
        >>> infer_year(12, 30, dt.date(2020, 2, 7)), infer_year(2, 8, dt.date(2020, 2, 7))
        (datetime.date(2019, 12, 30), datetime.date(2020, 2, 8))
    """
    ref = reference.date() if isinstance(reference, dt.datetime) else reference
    limit = ref + dt.timedelta(days=1)
    best: dt.date | None = None
    for year in (ref.year, ref.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit and (best is None or candidate > best):
            best = candidate
    return best


def _has(match: regex.Match[str], group: str) -> bool:
    """Return whether ``group`` exists in the pattern and took part in the match."""
    return group in match.re.groupindex and match.start(group) >= 0


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Return ``(a, b)`` narrowed past surrounding whitespace (linear, in C)."""
    segment = text[a:b]
    left = segment.lstrip(_SPACE)
    a += len(segment) - len(left)
    return a, a + len(left.rstrip(_SPACE))


def match_dateline(
    text: str, start: int, end: int, *, reference: dt.datetime | None = None
) -> Dateline | None:
    """Return the dateline that begins the paragraph ``text[start:end]``, or None.

    Leading spaces are skipped; the span runs from the dateline's first character
    through its separator.  Offsets are into ``text``.

    Example:
        >>> d = match_dateline("xx TOKYO - Japan's watchdog said.", 3, 33)
        >>> d.raw, d.places, d.separator
        ('TOKYO -', ('TOKYO',), '-')
    """
    pos = start
    while pos < end and text[pos] in _SPACE:
        pos += 1
    if pos >= end:
        return None
    first = text[pos]
    # Cheap pre-check: every dateline starts with a capital, a digit (13 Mar) or "(".
    if not (first.isupper() or first == "(" or first.isdigit()):
        return None
    limit = min(end, pos + 200)
    # Cheap pre-checks: a separator, bracket, slash or digit comes within the first
    # 120 characters, and a sentence opener such as "The" or "He" is not a place.
    window = text[pos : min(end, pos + 120)]
    if not any(c in window for c in _HEAD_CHARS):
        return None
    space = window.find(" ")
    first_word = window if space < 0 else window[:space]
    if first_word in _OPENERS and not window.startswith("The Hague"):
        return None
    head = None
    kind = "place"
    if first == "(":
        head = _SOURCE_HEAD.match(text, pos, limit)
        kind = "source"
    else:
        head = _DATE_HEAD.match(text, pos, limit)
        if head is not None:
            kind = "date"
        else:
            head = _PLACE_HEAD.match(text, pos, limit)
    if head is None:
        return None
    if (
        kind == "place"
        and head.start("source") < 0
        and head.start("date") < 0
        and _SEP.match(text, head.end(), end) is None
    ):
        return None  # cheap exit for body text: "The minister said ..."
    return _build(text, pos=pos, end=end, head=head, kind=kind, reference=reference)


def _build(
    text: str,
    *,
    pos: int,
    end: int,
    head: regex.Match[str],
    kind: str,
    reference: dt.datetime | None,
) -> Dateline | None:
    # --- agency ----------------------------------------------------------------
    agency: str | None = None
    agency_span: Span | None = None
    for group in ("agency", "slash", "wire", "bare"):
        if _has(head, group):
            a, b = head.span(group)
            a, b = _strip_span(text, a, b)
            written = text[a:b]
            agency = canonical_agency(written)
            if agency is None:
                # An unknown bracketed name ("Kiel (dpo) -") must stand apart from the
                # place: "Source(s):" is a label, not a dateline.
                if group != "agency" or text[head.start("source")] != " " or len(written) < 2:
                    return None
                agency = written
            if group == "slash":
                agency = canonical_agency(written.split("-", 1)[0]) or written
            agency_span = Span(a, b)
            break
    if kind == "source" and (agency is None or canonical_agency(agency) is None):
        return None  # "(Bloomberg) --" needs a known agency: "(Photo) -" is not a dateline
    # --- places and regions ----------------------------------------------------
    places: tuple[str, ...] = ()
    place_span: Span | None = None
    region: str | None = None
    known = False
    if kind == "place":
        a, b = head.span("places")
        raw_places = text[a:b]
        parts = [p.strip() for p in raw_places.split("/")]
        if any(not p for p in parts):
            return None
        if any(w.casefold() in _WEEKDAYS for p in parts for w in p.split()):
            return None
        lone_agency = (
            len(parts) == 1
            and not _has(head, "region")
            and not _has(head, "date")
            and agency is None
            and canonical_agency(parts[0]) is not None
        )
        if lone_agency:
            # "CNN —": the outlet stands where the place would be.
            agency = canonical_agency(parts[0])
            agency_span = Span(a, b)
        else:
            places = tuple(parts)
            place_span = Span(a, b)
            known = all(is_known_place(p) for p in parts)
        regions = []
        for group in ("pregion", "bregion", "region"):
            if _has(head, group):
                written = head.group(group).strip()
                regions.append(written)
                known = known or is_known_region(written)
        if regions:
            region = ", ".join(regions)  # "Karnataka, India" for "Mysuru (Karnataka) [India]"
    # --- date --------------------------------------------------------------------
    date_text: str | None = None
    date_span: Span | None = None
    month: int | None = None
    day: int | None = None
    date: dt.date | None = None
    if _has(head, "date"):
        a, b = head.span("date")
        date_text = text[a:b]
        date_span = Span(a, b)
        month_word = _LETTERS.search(date_text)
        month = _month_number(month_word.group()) if month_word else None
        digits = head.group("d1") or head.group("d2")
        day = int(digits) if digits else None
        if month is None or day is None or not 1 <= day <= 31:
            return None
        year_text = head.group("y1") or head.group("y2")
        if year_text:
            try:
                date = dt.date(int(year_text), month, day)
            except ValueError:
                date = None
        elif reference is not None:
            date = infer_year(month, day, reference)
    strong = agency is not None or date_text is not None
    if not (strong or known):
        return None
    if not strong and region is None and not all(p.isupper() for p in places):
        # "Gaza: Aid convoys ..." is a headline; an uncorroborated title-case place
        # needs a region ("Doha, Qatar –").
        return None
    # --- separator ---------------------------------------------------------------
    head_end = head.end()
    sep_match = _SEP.match(text, head_end, end)
    separator: str | None = None
    stop = head_end
    if sep_match is not None:
        separator = sep_match.group("sep")
        stop = sep_match.end()
    after = stop
    while after < end and text[after] in _SPACE:
        after += 1
    if separator is not None:
        if stop < end and text[stop] not in _SPACE and separator == "-":
            return None  # "WASHINGTON-based" is not a separator
        if after >= end:
            if not strong:
                return None
        elif not strong:
            nxt = text[after]
            if not (nxt.isupper() or nxt.isdigit() or nxt in _SENTENCE_START):
                return None
            words = text[after : min(end, after + 40)].split()
            if len(words) >= 2 and words[0].isupper() and words[1].isupper() and len(words[0]) > 1:
                return None  # "CHINA: TRADE SURPLUS WIDENS" is a headline, not a sentence
    elif agency is not None and places and date_text is not None and _has(head, "source"):
        # PTI, IANS: no separator; the body starts at the next word.
        if after >= end or after == stop:
            if after < end:
                return None
        elif not (text[after].isalnum() or text[after] in _SENTENCE_START):
            return None
    elif date_text is not None and after >= end:
        pass  # a dateline standing alone on its line: "New Delhi, August 29"
    else:
        return None
    span = Span(pos, stop)
    return Dateline(
        raw=text[pos:stop],
        span=span,
        places=places,
        region=region,
        date_text=date_text,
        month=month,
        day=day,
        date=date,
        agency=agency,
        separator=separator,
        place_span=place_span,
        date_span=date_span,
        agency_span=agency_span,
    )


# A run of capitals ending in a dash separator: "DALLA NOSTRA CORRISPONDENTENEW YORK - ".
_CAPS_RUN = regex.compile(r"[\p{Lu}'’. ]{4,80}?(?=[ ]{1,3}(?:--|—|–|-)[ ])", regex.VERSION0)


def match_glued_dateline(
    text: str, start: int, end: int, *, reference: dt.datetime | None = None
) -> Dateline | None:
    """
    Return a dateline glued to a kicker in capitals at the start of a paragraph, or None.

    Corriere della Sera prints ``DALLA NOSTRA CORRISPONDENTENEW YORK - ...``: the kicker
    runs into the place.  The dateline is accepted only when a known place ends the
    run of capitals; the caller keeps the text before it as residue.

    Example:
        >>> text = "DALLA NOSTRA CORRISPONDENTENEW YORK - Giorgia Meloni ha detto."
        >>> d = match_glued_dateline(text, 0, len(text))
        >>> text[: d.span.start], d.raw
        ('DALLA NOSTRA CORRISPONDENTE', 'NEW YORK -')
    """
    pos = start
    while pos < end and text[pos] in _SPACE:
        pos += 1
    if pos >= end or not text[pos].isupper():
        return None
    run = _CAPS_RUN.match(text, pos, min(end, pos + 90))
    if run is None:
        return None
    run_end = run.end()
    for index in range(pos + 1, run_end - 2):
        if not is_known_place(text[index:run_end]):
            continue
        if text[index - 1] != " " and not text[index - 1].isupper():
            continue
        found = match_dateline(text, index, end, reference=reference)
        if found is not None and found.span.start == index:
            return found
    return None


# A clock and its zone or AM/PM, then a word in capitals: "4:55 PM MYT PUTRAJAYA".
_AFTER_CLOCK = regex.compile(
    r"\d{1,2}[:.]\d{2}[ ]?(?:[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,5})?[ ]{1,3}(?=\p{Lu}{3,})",
    regex.VERSION0,
)


def inline_dateline_start(text: str, start: int, end: int) -> int | None:
    """
    Return where a dated dateline starts after a header clock on the same line, or None.

    Malay Mail prints byline, time and dateline on one line
    (``By Jane Roe Friday, 22 Nov 2024 4:55 PM MYT PUTRAJAYA, Nov 22 — ...``); the
    line should be cut where the dateline starts.  Only a dateline with a date or an
    agency counts.

    Example:
        >>> line = "By Jane Roe Friday, 22 Nov 2024 4:55 PM MYT PUTRAJAYA, Nov 22 — Firms comply."
        >>> line[inline_dateline_start(line, 0, len(line)) :][:20]
        'PUTRAJAYA, Nov 22 — '
    """
    if text.find(":", start, min(end, start + 200)) < 0:
        return None
    clock = _AFTER_CLOCK.search(text, start, min(end, start + 200))
    if clock is None:
        return None
    found = match_dateline(text, clock.end(), end)
    if (
        found is None
        or found.separator is None  # "15:56 BST, 27 April 2024" is the rest of the timestamp
        or (found.date_text is None and found.agency is None)
        or found.span.end >= end
    ):
        return None
    return clock.end()


def parse_dateline(text: str, *, reference: dt.datetime | None = None) -> Dateline | None:
    """Parse the dateline at the start of ``text``, or return None if it has none.

    Args:
        text: a paragraph (or a bare dateline); leading spaces are allowed.
        reference: the article's timestamp, used to infer a missing year (preferring
            the past); without it the date keeps month and day only.

    Example:
        >>> import datetime as dt
        >>> from newsmodel import parse_dateline
        >>> d = parse_dateline("KATHMANDU, April 25 (Reuters) - Nepal's aviation authority said.")
        >>> d.places, d.month, d.day, d.agency, d.separator
        (('KATHMANDU',), 4, 25, 'Reuters', '-')
        >>> parse_dateline("Dec 30 (UPI) -- Body.", reference=dt.datetime(2020, 2, 7)).date
        datetime.date(2019, 12, 30)
        >>> parse_dateline("LE POINT SUR LA SITUATION - Nous y sommes.") is None
        True
    """
    require_str("parse_dateline", text)
    return match_dateline(text, 0, len(text), reference=reference)
