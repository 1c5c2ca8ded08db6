"""Bylines and credit lines (FORMATS d.1, d.2).

Two families share one result type, :class:`Byline`:

* author bylines: ``By Jane Roe and John Doe, Reuters``, ``By JANE ROE Associated Press``,
  ``Jane Roe | TNN |``, ``From CNN's Jane Roe``, ``Press Trust of India New Delhi``;
* credit lines: ``Reporting by A in Beirut; Additional reporting by B; Editing by C``,
  ``Associated Press writer D contributed.``, ``Video editor: E``.

Organisations (see :mod:`newsmodel._agencies`) go to ``organisations`` and are never
people.  A person's name is one to five capitalised tokens (initials and particles
such as "de" or "al-" allowed), so "By the end of the year" is not a byline.
"""

from __future__ import annotations

import attrs
import regex

from newsmodel._agencies import agency_pattern, canonical_agency
from newsmodel._byline import Byline, Contributor, Role
from newsmodel._calendar import MONTH_NAMES, WEEKDAY_NAMES
from newsmodel._span import Span
from newsmodel._text import require_str

__all__ = ["match_byline", "match_byline_prefix", "parse_byline"]

_MAX_LEN = 400
"""The longest byline ``match_byline`` reads (past surrounding spaces)."""
_SPACE = " \t\u00a0\r\n"

# A name token: a capitalised word or an initial (F., J.R.), apostrophes and hyphens
# inside (O'Neil, Jean-Paul); or a lower-case particle (de, van, al-, bin).
_NAME = regex.compile(
    r"""
    (?:\p{Lu}[\p{L}\p{M}'’]*(?:[-.]\p{L}[\p{L}\p{M}'’]*)*\.?   # Jane, O'Neil, Jean-Paul, J.R., F.
     |(?:de|da|del|della|di|do|dos|du|van|von|der|den|ter|la|le|al|el|bin|bint|ibn|y|e|st\.)
     |(?:al|el)-\p{Lu}[\p{L}\p{M}'’]*                           # al-Assad
    )
    (?:[ ]{1,2}
     (?:\p{Lu}[\p{L}\p{M}'’]*(?:[-.]\p{L}[\p{L}\p{M}'’]*)*\.?
      |(?:de|da|del|della|di|do|dos|du|van|von|der|den|ter|la|le|al|el|bin|bint|ibn|y|e|st\.)
      |(?:al|el)-\p{Lu}[\p{L}\p{M}'’]*
     )
    ){0,5}
    """,
    regex.VERBOSE | regex.VERSION0,
)

# Role keywords that open a credit segment; matched at a segment boundary only.
_ROLE = regex.compile(
    r"""
    (?P<kw>
        (?i:additional[ ]reporting[ ](?:by|from))   # Additional reporting by/from
      | (?i:reporting[ ]by)                         # Reporting by
      | (?i:writing[ ]by|written[ ]by)              # Writing by / Written by
      | (?i:editing[ ]by|edited[ ]by)               # Editing by / Edited By:
      | (?i:compiled[ ]by|graphics?[ ]by|photos?[ ]by|video[ ]by|produced[ ]by)
      | (?i:video[ ]editor|cover[ ]image[ ]designer|designer|producer|editor|reporter)
    )
    (?P<colon>[ ]?:)?[ ]+
    """,
    regex.VERBOSE | regex.VERSION0,
)

_ROLE_OF = {
    "additional reporting by": Role.ADDITIONAL_REPORTING,
    "additional reporting from": Role.ADDITIONAL_REPORTING,
    "reporting by": Role.REPORTING,
    "writing by": Role.WRITING,
    "written by": Role.WRITING,
    "editing by": Role.EDITING,
    "edited by": Role.EDITING,
    "editor": Role.EDITING,
    "reporter": Role.REPORTING,
    "compiled by": Role.WRITING,
    "photo by": Role.PHOTOGRAPHY,
    "photos by": Role.PHOTOGRAPHY,
}

# Segment boundaries before a role keyword: start, ";", ",", "." or "and".
_BOUNDARY = regex.compile(r"(?:[;,.]|[ ]and)[ ]*$")

# "By" / "BY" / "From" opening an author byline.
_BY = regex.compile(r"(?:By|BY|by|From|FROM)(?:[ ]*:)?[ ]+")

# "X contributed (to this report)." with an optional "Associated Press writer(s)".
_CONTRIBUTED = regex.compile(
    r"""
    (?P<names>.{1,300}?)
    [ ]+contributed
    (?:[ ]reporting|[ ]to[ ]this[ ](?:report|story|article))?    # NYT: "contributed reporting"
    (?:[ ]from[ ](?P<place>\p{Lu}[^.\n]{0,40}))?                  # "... from Paris"
    \.?$
    """,
    regex.VERBOSE | regex.VERSION0 | regex.DOTALL,
)
_WRITER_PREFIX = regex.compile(
    r"(?P<org>.{1,40}?)[ ]+(?:staff[ ])?(?:writers?|reporters?|correspondents?|journalists?)[ ]+",
    regex.VERSION0,
)

# Collective desks, not people: "Reuters Staff", "HT Correspondent", "Staff Writers".
_TITLE = (
    r"(?:(?:Senior|Chief|Staff|Special|Business|Science|Medical|Sports|Technology|Economics"
    r"|Political|Diplomatic|Foreign|National|Investigative|Legal|Health|Education|Travel"
    r"|Entertainment|Energy|Religion|Food|Tech|White[ ]House|Congressional)[ ]){0,2}"
    r"(?:Writer|Reporter|Correspondent|Editor)s?"
)
_DESK = regex.compile(
    rf"""
    (?:(?P<org>.{{1,40}}?)[ ])?
    (?:Staff(?:[ ]Writers?|[ ]Reporters?)?|News[ ]Desk|Web[ ]Desk|Desk|Bureau
      |(?P<title>{_TITLE}))$                                    # AP Business Writer
    """,
    regex.VERBOSE | regex.VERSION0,
)
_COLLECTIVE = frozenset(
    ["Staff", "Staff Writer", "Staff Writers", "Staff Reporter", "Staff Reporters", "News Desk"]
)
_TITLE_WORDS = frozenset(
    [
        "Senior",
        "Chief",
        "Staff",
        "Special",
        "Business",
        "Science",
        "Medical",
        "Sports",
        "Technology",
        "Economics",
        "Political",
        "Diplomatic",
        "Foreign",
        "National",
        "Investigative",
        "Legal",
        "Health",
        "Education",
        "Travel",
        "Entertainment",
        "Energy",
        "Religion",
        "Food",
        "Tech",
        "White",
        "Congressional",
    ]
)
# "JANE ROE AP Business Writer": names, then an agency and a job title.
_NAMES_DESK = regex.compile(
    rf"(?P<names>.{{2,80}}?)[ ](?P<org>{agency_pattern()})[ ]{_TITLE}$", regex.VERSION0
)

# Splitting a list of names: commas, "and", "&".
_LIST_SPLIT = regex.compile(r"[ ]*(?:,|;|&|\band\b)[ ]*", regex.VERSION0)
# Parts of an author byline: "," ";" "|" " / " ":" and parentheses.
_PART_SPLIT = regex.compile(r"[ ]*(?:[,;|:()]|[ ]/[ ]|[ ]/$|^/[ ]|[ ]/)[ ]*", regex.VERSION0)

_STOP_FIRST = (
    frozenset(
        [
            "the",
            "this",
            "that",
            "these",
            "those",
            "a",
            "an",
            "in",
            "on",
            "at",
            "of",
            "to",
            "for",
            "with",
            "from",
            "it",
            "its",
            "his",
            "her",
            "their",
            "our",
            "we",
            "he",
            "she",
            "they",
            "i",
            "you",
            "my",
            "your",
            "there",
            "here",
            "when",
            "while",
            "after",
            "before",
            "during",
            "since",
            "until",
            "today",
            "tomorrow",
            "yesterday",
            "all",
            "some",
            "many",
            "most",
            "one",
            "two",
            "three",
            "several",
            "people",
            "police",
            "officials",
            "no",
            "not",
            "if",
            "but",
            "and",
            "or",
            "as",
            "be",
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "will",
            "would",
            "can",
            "could",
            "should",
            "may",
            "far",
            "now",
            "then",
            "then",
        ]
    )
    | WEEKDAY_NAMES
    | {m.casefold() for m in MONTH_NAMES}
)


def _strip(text: str, a: int, b: int, chars: str = _SPACE) -> tuple[int, int]:
    """Return ``(a, b)`` narrowed past surrounding whitespace (linear, in C)."""
    segment = text[a:b]
    left = segment.lstrip(chars)
    a += len(segment) - len(left)
    return a, a + len(left.rstrip(chars))


def _is_name(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a person's name (1-6 tokens, first capitalised, no stopword)."""
    if b - a < 2 or b - a > 60:
        return False
    match = _NAME.fullmatch(text, a, b)
    if match is None:
        return False
    first = text[a:b].split(" ", 1)[0].rstrip(".").casefold()
    if first in _STOP_FIRST or not text[a].isupper():
        return False
    return canonical_agency(text[a:b]) is None


class _Builder:
    """Collect contributors and organisations while checking the segment piece by piece."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.contributors: list[Contributor] = []
        self.organisations: list[str] = []
        self.place: str | None = None

    def org(self, name: str) -> None:
        if name not in self.organisations:
            self.organisations.append(name)

    def person(self, a: int, b: int, role: Role, place: str | None = None) -> None:
        self.contributors.append(Contributor(self.text[a:b], role, Span(a, b), place))

    def names(self, a: int, b: int, role: Role, *, places: bool) -> bool:
        """Add a list of names ``A, B and C`` (with ``in PLACE`` tails); False if invalid."""
        text = self.text
        pending: list[tuple[int, int]] = []
        pos = a
        items: list[tuple[int, int]] = []
        for sep in _LIST_SPLIT.finditer(text, a, b):
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, b))
        added = False
        for item_a, item_b in items:
            ia, ib = _strip(text, item_a, item_b, _SPACE + ".")
            if ia >= ib:
                continue  # CNN's lost names: "By , , , and , CNN"
            piece = text[ia:ib]
            place: str | None = None
            if places:
                cut = _place_cut(piece)
                if cut is not None:
                    name_end, place_start = cut
                    place = piece[place_start:].strip()
                    ib = ia + len(piece[:name_end].rstrip())
                    piece = text[ia:ib]
            owner = _APOSTROPHE.match(piece)
            if owner is not None and canonical_agency(owner.group("org")) is not None:
                # "CNN's Jane Roe contributed": the outlet, then the person.
                self.org(canonical_agency(owner.group("org")) or "")
                ia += owner.end()
                piece = text[ia:ib]
            agency = canonical_agency(piece)
            if agency is not None:
                self.org(agency)
                if place is not None and self.place is None:
                    self.place = place
                added = True
                continue
            desk = _desk(piece)
            if desk is not None:
                for org in desk:
                    self.org(org)
                added = True
                continue
            if not _is_name(text, ia, ib):
                return False
            pending.append((ia, ib))
            if place is not None:
                for pa, pb in pending:
                    self.person(pa, pb, role, place)
                pending.clear()
            added = True
        for pa, pb in pending:
            self.person(pa, pb, role)
        return added

    def result(self, a: int, b: int) -> Byline | None:
        if not self.contributors and not self.organisations:
            return None
        return Byline(
            raw=self.text[a:b],
            span=Span(a, b),
            contributors=self.contributors,
            organisations=self.organisations,
            place=self.place,
        )


# "CNN's Jane Roe": an outlet's possessive before the names.
_APOSTROPHE = regex.compile(r"(?P<org>[^ ']{2,20})['’]s[ ]+", regex.VERSION0)
_IN_FROM = regex.compile(r"(?:in|from)[ ]+", regex.VERSION0)
_IN_PLACE = regex.compile(r"[ ]+(?:in|from)[ ]+(?=\p{Lu})", regex.VERSION0)


def _place_cut(piece: str) -> tuple[int, int] | None:
    """Return (name end, place start) for ``NAME in PLACE``, or None."""
    match = _IN_PLACE.search(piece)
    if match is None:
        return None
    place = piece[match.end() :]
    if not place or len(place) > 40 or not _is_place(place):
        return None
    return match.start(), match.end()


_PLACE_WORDS = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*"
    r"(?:[ ](?:(?:de|of|es|la|el)[ ])?\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{L}[\p{L}\p{M}'’.]*)*){0,3}",
    regex.VERSION0,
)


def _is_place(piece: str) -> bool:
    return _PLACE_WORDS.fullmatch(piece) is not None


def _desk(piece: str) -> list[str] | None:
    """Return the organisations of a desk line (``Reuters Staff``, ``HT Correspondent``)."""
    if piece in _COLLECTIVE:
        return [piece]
    match = _DESK.fullmatch(piece)
    if match is None:
        return None
    org = match.group("org")
    titled = match.group("title") is not None
    if org is None:
        # "Staff Writers", "News Desk" are collective bylines; a bare job title
        # ("Senior Editor") names no organisation.
        return [] if titled else [piece]
    agency = canonical_agency(org)
    if agency is not None:
        return [agency]
    if titled:
        return [] if org.split()[0] in _TITLE_WORDS else None
    if not _is_place(org):
        return None
    return [piece]


def _split_org_suffix(text: str, a: int, b: int) -> tuple[int, str] | None:
    """For ``NAMES ORG`` (``JANE ROE Associated Press``), return (names end, canonical org)."""
    pos = b
    words = 0
    best: tuple[int, str] | None = None
    while words < 5:
        space = text.rfind(" ", a, pos)
        if space < 0:
            break
        pos = space
        words += 1
        tail = text[space + 1 : b]
        agency = canonical_agency(tail)
        if agency is not None:
            best = (space, agency)
    if best is None:
        return None
    end = best[0]
    # "Jane Roe For Daily Mail Australia": the "For" belongs to neither side.
    for lead in (" For", " for", " FOR"):
        if text.endswith(lead, a, end):
            end -= len(lead)
    return end, best[1]


def _split_org_prefix(text: str, a: int, b: int) -> tuple[str, int] | None:
    """For ``ORG PLACE`` (``Press Trust of India New Delhi``), return (org, place start)."""
    pos = a
    best: tuple[str, int] | None = None
    for _ in range(5):
        space = text.find(" ", pos, b)
        if space < 0:
            break
        agency = canonical_agency(text[a:space])
        if agency is not None:
            best = (agency, space + 1)
        pos = space + 1
    return best


def _author_part(builder: _Builder, a: int, b: int, role: Role) -> bool:
    """Classify one part of an author byline; False if it is not byline material."""
    text = builder.text
    a, b = _strip(text, a, b, _SPACE + ".")
    if a >= b:
        return True
    piece = text[a:b]
    if piece.casefold() in {"and", "&"}:
        return True
    agency = canonical_agency(piece)
    if agency is not None:
        builder.org(agency)
        return True
    titled = _NAMES_DESK.fullmatch(text, a, b)
    if titled is not None and canonical_agency(titled.group("org")) is not None:
        builder.org(canonical_agency(titled.group("org")) or "")
        return builder.names(a, titled.end("names"), role, places=False)
    desk = _desk(piece)
    if desk is not None:
        for org in desk:
            builder.org(org)
        return True
    # "CNN's Jane Roe"
    apostrophe = _APOSTROPHE.match(piece)
    if apostrophe is not None:
        owner = canonical_agency(apostrophe.group("org"))
        if owner is not None:
            builder.org(owner)
            return builder.names(a + apostrophe.end(), b, role, places=False)
    if builder.organisations and builder.place is None and _is_place(piece):
        # "By IANS, Kolkata", "Hindustan Times, Bhubaneswar": a place after the organisation.
        builder.place = piece
        return True
    suffix = _split_org_suffix(text, a, b)
    if suffix is not None:
        end, org = suffix
        before_people = len(builder.contributors)
        if not _author_part(builder, a, end, role):
            return False
        builder.org(org)
        return len(builder.contributors) >= before_people
    prefix = _split_org_prefix(text, a, b)
    if prefix is not None:
        org, place_start = prefix
        rest = text[place_start:b]
        rest_cut = _IN_FROM.match(rest)
        place = rest[rest_cut.end() :] if rest_cut else rest
        if _is_place(place):
            builder.org(org)
            if builder.place is None:
                builder.place = place
            return True
    return builder.names(a, b, role, places=True)


def _credit_line(text: str, a: int, b: int) -> Byline | None:
    """Parse ``Reporting by ...; Writing by ...; Editing by ...`` (the whole of a..b)."""
    builder = _Builder(text)
    keywords: list[tuple[int, int, Role]] = []
    pos = a
    while pos < b:
        match = _ROLE.search(text, pos, b)
        if match is None:
            break
        before = text[a : match.start()]
        if match.start() == a or _BOUNDARY.search(before):
            kw = " ".join(match.group("kw").casefold().split())
            role = _ROLE_OF.get(kw)
            if role is None:
                role = Role.PRODUCTION
            if kw in {"editor", "reporter", "designer", "producer", "video editor"}:
                if match.group("colon") is None:
                    pos = match.end()
                    continue
                if kw == "video editor":
                    role = Role.PRODUCTION
            keywords.append((match.start(), match.end(), role))
        pos = match.end()
    if not keywords or keywords[0][0] != a:
        return None
    for index, (_, kw_end, role) in enumerate(keywords):
        seg_end = keywords[index + 1][0] if index + 1 < len(keywords) else b
        sa, sb = _strip(text, kw_end, seg_end, _SPACE + ";,.")
        if sb > sa and text[sa:sb].endswith(" and"):
            sb -= 4
        if sa >= sb or not builder.names(sa, sb, role, places=True):
            return None
    return builder.result(a, b)


def _contributed(text: str, a: int, b: int) -> Byline | None:
    """Parse ``Associated Press writer Jane Roe contributed (to this report).``."""
    match = _CONTRIBUTED.fullmatch(text, a, b)
    if match is None:
        return None
    builder = _Builder(text)
    na, nb = match.span("names")
    prefix = _WRITER_PREFIX.match(text, na, nb)
    if prefix is not None:
        org = canonical_agency(prefix.group("org"))
        if org is None:
            return None
        builder.org(org)
        na = prefix.end()
    if not builder.names(na, nb, Role.CONTRIBUTING, places=True):
        return None
    place = match.group("place")
    if place is not None:
        builder.contributors = [
            c if c.place is not None else attrs.evolve(c, place=place.strip())
            for c in builder.contributors
        ]
    return builder.result(a, b)


_PRECHECK = regex.compile(
    r"(?i:by|from|reporting|writing|editing|edited|editor|contributed|staff|correspondent|desk)"
    r"|[|/]",
    regex.VERSION0,
)


# The only lower-case words a byline or credit line may hold.
_LOWER_WORDS = frozenset(
    [
        "and",
        "by",
        "in",
        "from",
        "for",
        "of",
        "to",
        "this",
        "report",
        "story",
        "article",
        "with",
        "contributed",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "staff",
        "reporting",
        "additional",
        "writing",
        "written",
        "editing",
        "edited",
        "compiled",
        "graphics",
        "graphic",
        "photo",
        "photos",
        "video",
        "produced",
        "editor",
        "designer",
        "producer",
        "cover",
        "image",
        "de",
        "da",
        "del",
        "della",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "y",
        "e",
        "st.",
        "news",
        "desk",
    ]
)
_TRIM = ".,;:|()[]/'’\"“”"


def _plausible(segment: str) -> bool:
    """Cheap filter: every lower-case word is a byline word; opening word is not a stopword."""
    words = segment.split()
    if not words or len(words) > 60:
        return False
    for word in words:
        if word[0].islower():
            bare = word.strip(_TRIM)
            if bare and bare not in _LOWER_WORDS and not bare.startswith(("al-", "el-")):
                return False
    return True


def match_byline(text: str, start: int, end: int) -> Byline | None:
    """Return the byline if the whole of ``text[start:end]`` is a byline or credit line.

    Surrounding spaces and one pair of enclosing parentheses are allowed; the span
    covers the line without surrounding spaces.

    Example:
        >>> b = match_byline("By Jane Roe and John Doe, Reuters", 0, 33)
        >>> [c.name for c in b.contributors], b.organisations
        (['Jane Roe', 'John Doe'], ('Reuters',))
    """
    a, b = _strip(text, start, end)
    if a >= b or b - a > _MAX_LEN:
        return None
    segment = text[a:b]
    if "\n" in segment and segment.count("\n") > 2:
        return None
    ia, ib = a, b
    if text[ia] == "(" and text[ib - 1] == ")" and text.count("(", ia, ib) == 1:
        ia, ib = _strip(text, ia + 1, ib - 1)
    while ib > ia and text[ib - 1] in ".:":
        ib -= 1
    ia, ib = _strip(text, ia, ib)
    if ia >= ib:
        return None
    if not _plausible(text[ia:ib]):
        return None
    whole_org = canonical_agency(text[ia:ib])
    if whole_org is not None:
        return Byline(raw=text[a:b], span=Span(a, b), organisations=(whole_org,))
    if (
        _PRECHECK.search(text, ia, ib) is None
        and _split_org_suffix(text, ia, ib) is None
        and _split_org_prefix(text, ia, ib) is None
    ):
        return None
    found = _credit_line(text, ia, ib)
    if found is None:
        found = _contributed(text, ia, ib)
    if found is None:
        found = _author_line(text, ia, ib)
    if found is None:
        return None
    return Byline(
        raw=text[a:b],
        span=Span(a, b),
        contributors=found.contributors,
        organisations=found.organisations,
        place=found.place,
    )


def _author_line(text: str, a: int, b: int) -> Byline | None:
    """Parse an author byline: ``By A, B and C, ORG``, ``NAME | TNN |``, ``ORG PLACE``."""
    builder = _Builder(text)
    by = _BY.match(text, a, b)
    pos = a
    if by is not None:
        pos = by.end()
    elif text[a:b].casefold().startswith(("by ", "from ")):
        return None
    parts: list[tuple[int, int]] = []
    for sep in _PART_SPLIT.finditer(text, pos, b):
        if sep.start() == sep.end():
            continue
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, b))
    for pa, pb in parts:
        if not _author_part(builder, pa, pb, Role.AUTHOR):
            return None
    if by is None and not builder.organisations:
        # Without "By" the line must name an organisation (``NAME | TNN |``).
        return None
    return builder.result(a, b)


def match_name_line(text: str, start: int, end: int) -> Byline | None:
    """
    Return the byline of a line that holds only authors' names, without "By".

    Reuters (2017-20) prints the authors on their own line under the headline
    (``Parisa Hafezi``, ``Hana Suzuki, Leo Marchetti``). Each name has two to four
    words and nothing else is on the line. Out of context a line of names is not a
    byline: the article parser asks only about header lines after the headline.

    Example:
        >>> b = match_name_line("Hana Suzuki, Leo Marchetti", 0, 26)
        >>> [c.name for c in b.contributors]
        ['Hana Suzuki', 'Leo Marchetti']
        >>> match_name_line("3 Min Read", 0, 10) is None
        True
    """
    a, b = _strip(text, start, end)
    if a >= b or b - a > _MAX_NAME_LINE or text.find("\n", a, b) >= 0:
        return None
    if _BY.match(text, a, b) is not None:
        return None  # "By Jane Roe" is match_byline's
    builder = _Builder(text)
    if not builder.names(a, b, Role.AUTHOR, places=False) or builder.organisations:
        return None
    if not all(1 <= c.name.count(" ") <= 3 for c in builder.contributors):
        return None
    return builder.result(a, b)


_MAX_NAME_LINE = 120


# IANS prints the byline where the dateline goes: "By IANS, Kolkata : In separate ...".
_BY_PREFIX = regex.compile(r"(?:By|BY)[ ][^:\n]{2,80}?[ ]?:(?=[ ]+\S)", regex.VERSION0)


def match_byline_prefix(text: str, start: int, end: int) -> Byline | None:
    """
    Return the byline that opens a paragraph in place of a dateline (``By IANS, Kolkata :``).

    The byline's span ends at its colon; the paragraph starts after it.

    Example:
        >>> text = "By IANS, Kolkata : In separate incidents, two people were held."
        >>> b = match_byline_prefix(text, 0, len(text))
        >>> b.raw, b.organisations, b.place
        ('By IANS, Kolkata :', ('IANS',), 'Kolkata')
    """
    a, b = _strip(text, start, end)
    if b - a < 6 or text[a] != "B":
        return None
    match = _BY_PREFIX.match(text, a, min(b, a + 90))
    if match is None:
        return None
    return match_byline(text, a, match.end())


def parse_byline(text: str) -> Byline | None:
    """Parse ``text`` as a byline or credit line, or return None if it is not one.

    Args:
        text: the whole line (``By ...``, ``Reporting by ...``, ``NAME | TNN |``).

    Example:
        >>> from newsmodel import parse_byline
        >>> b = parse_byline("Reporting by Jane Roe in Beirut; Editing by John Doe")
        >>> [(c.name, c.role.value, c.place) for c in b.contributors]
        [('Jane Roe', 'reporting', 'Beirut'), ('John Doe', 'editing', None)]
        >>> parse_byline("By the end of the year, prices had doubled.") is None
        True
    """
    require_str("parse_byline", text)
    return match_byline(text, 0, len(text))
