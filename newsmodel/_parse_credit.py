"""Photo credits at the end of caption lines (FORMATS section c).

The grammar (FORMATS c.2)::

    CREDIT := WRAP? LABEL? BODY (", File" | "/File Photo")? (" via " DISTRIBUTOR)? WRAP?
    WRAP   := "(" ... ")" | "[" ... "]" | leading " /"
    LABEL  := "Photo:" | "Photo by" | "Photo/" | "Image:" | "Image credit:" | "Source:" | ...
    BODY   := AGENCY "/" NAME | NAME "/" AGENCY | AGENCY " Photo" ("/" NAME)? | AGENCY

Three places are tried, from the end of the line: a bracketed group (``(AP Photo/Name)``,
possibly two in a row), a leading-slash credit (`` /Reuters Photo``), and the words
after the last sentence end (``... 2023. REUTERS/Name/File Photo``).  A bare credit
needs a slash or "via" and a known agency, and every part must read as a name, so
a body sentence with "/" or "Photo" in it is not a credit.

A Reuters note ``Picture taken December 11, 2017.`` after the credit is kept in the
credit (``raw`` covers it); before the credit it stays in the caption text.
"""

from __future__ import annotations

import regex

from newsmodel._agencies import DISTRIBUTORS, agency_pattern, canonical_agency
from newsmodel._base import trusted_constructor
from newsmodel._caption import Credit, CreditKind
from newsmodel._span import Span
from newsmodel._text import require_str

__all__ = [
    "credit_context",
    "credit_hints",
    "glued_credit_end",
    "match_credit",
    "parse_credit",
    "split_credit",
]

_SPACE = " \t\u00a0\r\n"

# Credits are built from values the parser checked (str parts, tuples, a Span of its
# own offsets): no validators run.
_credit = trusted_constructor(Credit)
_span = trusted_constructor(Span)
_TAIL = 300  # a credit is never longer than this

# Labels before the credit body, with the kind they imply.
_LABEL = regex.compile(
    r"""
    (?:
        (?P<image>(?i:image[ ]credit|image[ ]source|image|picture|pic))[ ]?[:,][ ]*  # (Image: ...)
      | Credit(?:\.{3}|…)[ ]*                                         # NYT: Credit...Name
      | (?P<video>(?i:video))[ ]?:[ ]*                               # Video: ...
      | (?i:photograph|photo[ ]credit|photo|foto|fotoğraf|credit|source|courtesy)
        [ ]?(?::|/)[ ]*                                              # Photo: / Photo/ / Photograph:
      | (?i:photo|photos|picture)[ ]by[ ]+                           # Photo by Name/AGENCY
      | (?i:courtesy[ ]of)[ ]+                                       # Courtesy of ...
      | ©[ ]*                                                        # © AGENCY
    )
    """,
    regex.VERBOSE | regex.VERSION0,
)

# One component between slashes: a name, an agency, "Pool", "Handout", "…".
_COMPONENT = regex.compile(
    r"""
    (?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}'’.&-]*            # first word, capitalised
    (?:[ ]{1,2}(?:(?:of|de|da|del|di|do|du|van|von|der|al|el|la|le|and|for|the|y)[ ]{1,2})?
       (?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}'’.&-]*){0,7}     # more words, particles allowed
    """,
    regex.VERBOSE | regex.VERSION0,
)
# A source described in words, allowed only in a handout or "via" credit:
# "Official President website/Handout via REUTERS", "Iranian Presidency/WANA (West Asia
# News Agency)/Handout via REUTERS".
_DESCRIBED_SOURCE = regex.compile(
    r"(?:\p{Lu}|\p{N})[\p{L}\p{M}\p{N}'’.&()-]*(?:[ ]{1,2}[\p{L}\p{M}\p{N}'’.&()-]+){0,7}",
    regex.VERSION0,
)

# Labels that make a credit without a slash ("Photograph: Getty Images", "Credit...").
_LABEL_WORDS = ("Credit", "Photograph", "Photo:", "Image source", "Image:", "Image credit")
# Where a credit may be: "/", " via " or a label word ("Photo" and "Image" are in every
# longer label). Used to find the lines worth trying.
_HINT_WORDS = ("/", " via ", "Credit", "Photo", "Image", "Shutterstock", "Alamy", "Imago")
# How a photo agency's name alone ends a caption ("... in Athens. Getty Images").
_AGENCY_ALONE_ENDINGS = ("Images", "Photo", "PHOTO", "Shutterstock", "Alamy", "Imago")
_FOR = regex.compile(r"[ ]+for[ ]+(?=\p{Lu})", regex.VERSION0)
_VIA = regex.compile(r"[ ]+(?i:via)[ ]+", regex.VERSION0)
_SLASH = regex.compile(r"[ ]?/[ ]?", regex.VERSION0)
_FILE = regex.compile(r"(?:,[ ]?(?i:file)|/[ ]?(?i:file)(?:[ ](?i:photo|image))?)$", regex.VERSION0)
_AGENCY_PHOTO = regex.compile(r"(?P<agency>.+?)[ ](?P<what>Photo|PHOTO|Video|VIDEO|Images?)$")
_NOTE = regex.compile(
    r"[ ]+(?:Picture|Photo|Image)[ ]taken[ ][\p{L}\p{N} ,.-]{1,60}\.?$", regex.VERSION0
)
# A sentence end before a bare credit: a full stop after a lower-case letter, digit,
# bracket or quote (so initials such as "J." are not sentence ends), or ? and !.
_SENTENCE_END = regex.compile(r"(?:(?<=[\p{Ll}\p{N})\"'’”])\.|[?!])[ ]+", regex.VERSION0)


# Credits glued to the text after them by scraping (FORMATS c.1, b.2).
_GLUED_SLASH = regex.compile(
    rf"""
    (?<=[.!?"”’)][ ])/(?P<credit>{agency_pattern()}(?:[ ]Photo)?)  # ". /CFPThe top priority"
    (?=\p{{Lu}}\p{{Ll}})                                           # a capitalised word glued on
    """,
    regex.VERBOSE | regex.VERSION0,
)
_GLUED_LEAD = regex.compile(
    rf"""
    (?P<agency>{agency_pattern()})/                                # "REUTERS/Pierre AlbouyPRAGUE"
    (?P<credit>\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+){{0,3}})     # the photographer's name
    (?=\p{{Lu}}{{2}})                                               # a word in capitals glued on
    """,
    regex.VERBOSE | regex.VERSION0,
)


def glued_credit_end(text: str, start: int, end: int) -> int | None:
    """
    Return where a credit glued to the following text ends, or None.

    Scraped copy runs a caption credit into the next paragraph (``... 2021. /CFPThe top
    priority ...``) or into the dateline (``REUTERS/Pierre AlbouyPRAGUE (Reuters) - ...``);
    the line should be cut at the returned offset.

    Example:
        >>> line = "Rescuers help residents, August 14, 2021. /CFPThe top priority is safety."
        >>> line[: glued_credit_end(line, 0, len(line))]
        'Rescuers help residents, August 14, 2021. /CFP'
    """
    if text.find("/", start, end) < 0:
        return None
    lead = _GLUED_LEAD.match(text, start, end)
    if lead is not None and canonical_agency(lead.group("agency")) is not None:
        return lead.end("credit")
    glued = _GLUED_SLASH.search(text, start, end)
    if glued is not None:
        return glued.end("credit")
    return None


class _Parts:
    """The fields of a credit being read."""

    def __init__(self) -> None:
        self.agency: str | None = None
        self.photographers: list[str] = []
        self.kind = CreditKind.PHOTO
        self.distributor: str | None = None
        self.pool = False
        self.handout = False
        self.known = False  # a known agency or distributor was seen
        self.photo_word = False


def _read_body(body: str, parts: _Parts, labelled: bool) -> bool:
    """Fill ``parts`` from a credit body (no label, no brackets); False if not a credit."""
    body = body.strip()
    if not body or len(body) > 200:
        return False
    via = _VIA.search(body)
    if via is not None:
        distributor = body[via.end() :].strip()
        body = body[: via.start()].strip()
        canonical = canonical_agency(distributor)
        if canonical is None and _COMPONENT.fullmatch(distributor) is None:
            return False
        parts.distributor = canonical or distributor
        parts.known = parts.known or canonical is not None
        if not body:
            return False
    for_match = _FOR.search(body)
    if for_match is not None:
        # NYT: "Jane Roe for The New York Times": the photographer works for the outlet.
        outlet = body[for_match.end() :].strip()
        canonical = canonical_agency(outlet)
        if canonical is None and _COMPONENT.fullmatch(outlet) is None:
            return False
        parts.agency = canonical or outlet
        parts.known = parts.known or canonical is not None
        body = body[: for_match.start()].strip()
    file_match = _FILE.search(body)
    if file_match is not None:
        parts.kind = CreditKind.FILE_PHOTO
        body = body[: file_match.start()].strip()
    components = [c.strip() for c in _SLASH.split(body)]
    if len(components) > 6:
        return False
    unknown: list[str] = []
    described = False  # a component is a source described in words
    for component in components:
        if not component or component in {"…", "...", "."}:
            continue
        lowered = component.casefold()
        if lowered == "pool":
            parts.pool = True
            continue
        if lowered == "handout":
            parts.handout = True
            continue
        if lowered in {"file photo", "file"}:
            parts.kind = CreditKind.FILE_PHOTO
            continue
        agency = canonical_agency(component)
        if agency is None:
            photo = _AGENCY_PHOTO.fullmatch(component)
            if photo is not None:
                agency = canonical_agency(photo.group("agency"))
                if agency is not None:
                    parts.photo_word = True
                    if photo.group("what").casefold() == "video":
                        parts.kind = CreditKind.VIDEO
        if agency is not None:
            parts.known = True
            if agency in DISTRIBUTORS and parts.agency is not None:
                parts.distributor = parts.distributor or agency
            elif parts.agency is None:
                parts.agency = agency
            elif agency in DISTRIBUTORS:
                parts.distributor = parts.distributor or agency
            continue
        if _COMPONENT.fullmatch(component) is None:
            if _DESCRIBED_SOURCE.fullmatch(component) is None:
                return False
            described = True
        unknown.append(component)
    if described and not parts.handout and parts.distributor is None:
        return False
    if (
        parts.agency is None
        and parts.distributor is not None
        and (not unknown or parts.distributor not in DISTRIBUTORS)
    ):
        # "Ohad Zwigenberg/Pool via REUTERS": an agency after "via" is the agency.
        parts.agency, parts.distributor = parts.distributor, None
    if parts.agency is None and unknown and (labelled or len(unknown) > 1):
        # "Photo by Xu Xiang/China SCIO", "(Photo/ Foreign Ministry of China)": the last
        # unknown part is the organisation when no known agency is named.
        parts.agency = unknown.pop()
    parts.photographers.extend(unknown)
    return parts.agency is not None or parts.distributor is not None or bool(parts.photographers)


def _credit_at(text: str, a: int, b: int, *, bare: bool) -> Credit | None:
    """Return the credit if ``text[a:b]`` (stripped) is exactly one credit."""
    a, b = _strip(text, a, b)
    if a >= b:
        return None
    inner_a, inner_b = a, b
    wrapped = False
    if (text[a], text[b - 1]) in {("(", ")"), ("[", "]")}:
        inner_a, inner_b = a + 1, b - 1
        wrapped = True
    elif text[a] == "/":
        inner_a = a + 1
        wrapped = True
    inner_a, inner_b = _strip(text, inner_a, inner_b)
    body = text[inner_a:inner_b]
    parts = _Parts()
    labelled = False
    label = _LABEL.match(body)
    if label is not None:
        labelled = True
        if label.group("image"):
            parts.kind = CreditKind.IMAGE
        elif label.group("video"):
            parts.kind = CreditKind.VIDEO
        body = body[label.end() :]
    if not _read_body(body, parts, labelled or wrapped):
        return None
    if bare and not labelled and not wrapped:
        # A bare tail needs a known agency, and a slash or "via", unless it is a photo
        # agency's name alone ("Getty Images", "Xinhua Photo").
        if not parts.known:
            return None
        alone = not parts.photographers and (parts.photo_word or parts.agency in DISTRIBUTORS)
        if "/" not in body and _VIA.search(body) is None and not alone:
            return None
    if wrapped and not labelled and not parts.known:
        return None  # "(Jane Roe/John Doe)" is not a credit without an agency or label
    if (
        wrapped
        and not labelled
        and "/" not in body
        and not parts.photo_word
        and not _after_sentence(text, a)
    ):
        return None  # "By Wen Shan (People's Daily Online)": a lone agency needs a sentence before
    return _credit(
        raw=text[a:b],
        span=_span(a, b),
        agency=parts.agency,
        photographers=tuple(parts.photographers),
        kind=parts.kind,
        distributor=parts.distributor,
        pool=parts.pool,
        handout=parts.handout,
    )


def _after_sentence(text: str, pos: int) -> bool:
    """Whether the text before ``pos`` (spaces skipped) ends a sentence, or is empty."""
    while pos > 0 and text[pos - 1] in _SPACE:
        pos -= 1
    if pos == 0 or text[pos - 1] == "\n":
        return True
    return text[pos - 1] in '.!?"”’)]'


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Return ``(a, b)`` narrowed past surrounding whitespace (linear, in C)."""
    segment = text[a:b]
    left = segment.lstrip(_SPACE)
    a += len(segment) - len(left)
    return a, a + len(left.rstrip(_SPACE))


def _merge(first: Credit, second: Credit, text: str) -> Credit:
    """Merge a double credit ``(Photo by A / AFP) (Photo by A/AFP via Getty Images)``."""
    names = list(first.photographers)
    seen = {n.casefold() for n in names}
    names.extend(n for n in second.photographers if n.casefold() not in seen)
    return _credit(
        raw=text[first.span.start : second.span.end],
        span=_span(first.span.start, second.span.end),
        agency=first.agency or second.agency,
        photographers=tuple(names),
        kind=first.kind if first.kind is not CreditKind.PHOTO else second.kind,
        distributor=first.distributor or second.distributor,
        pool=first.pool or second.pool,
        handout=first.handout or second.handout,
    )


def _bracket_start(text: str, a: int, b: int) -> int:
    """Return the start of the bracket group ending at ``b`` (``text[b-1]`` is ``)`` or ``]``)."""
    opener = "(" if text[b - 1] == ")" else "["
    return text.rfind(opener, a, b - 1)


def _trailing_credit(text: str, a: int, b: int) -> Credit | None:
    """Find a credit that ends exactly at ``b``; ``a`` bounds the search."""
    last = text[b - 1]
    if last in ")]":
        open_at = _bracket_start(text, a, b)
        if open_at < 0:
            return None
        credit = _credit_at(text, open_at, b, bare=False)
        if credit is None:
            return None
        before_a, before_b = _strip(text, a, open_at)
        if before_b > before_a and text[before_b - 1] in ")]":
            prev_open = _bracket_start(text, before_a, before_b)
            if prev_open >= 0:
                previous = _credit_at(text, prev_open, before_b, bare=False)
                if previous is not None:
                    return _merge(previous, credit, text)
        return credit
    # Leading slash: " /Reuters Photo", " /Xinhua", " /CFP".
    slash = text.rfind(" /", a, b)
    if slash >= 0 and b - slash <= 60 and slash + 2 < b and text[slash + 2] not in _SPACE:
        credit = _credit_at(text, slash + 1, b, bare=False)
        if credit is not None and (credit.agency is not None or credit.distributor is not None):
            return credit
    segment = text[a:b]
    if (
        "/" not in segment
        and _VIA.search(text, a, b) is None
        and not any(label in segment for label in _LABEL_WORDS)
        and not segment.endswith(_AGENCY_ALONE_ENDINGS)
    ):
        return None
    # A bare credit after the last sentence end, or the whole line.
    tail_start = a
    for match in _SENTENCE_END.finditer(text, a, b):
        tail_start = match.end()
    return _credit_at(text, tail_start, b, bare=True)


def match_credit(text: str, start: int, end: int) -> Credit | None:
    """Return the credit if the whole of ``text[start:end]`` is one photo credit.

    Example:
        >>> match_credit("xx REUTERS/Jane Roe/File Photo", 3, 30).kind.value
        'file_photo'
    """
    a, b = _strip(text, start, end)
    if a >= b or b - a > _TAIL:
        return None
    note = _NOTE.search(text, a, b)
    credit: Credit | None = None
    if note is not None and note.start() > a:
        inner = _credit_at(text, a, note.start(), bare=True)
        if inner is not None:
            credit = _with_end(inner, text, b)
    if credit is None:
        credit = _trailing_credit(text, a, b)
        if credit is not None and credit.span.start != a:
            credit = None
    if credit is None:
        credit = _credit_at(text, a, b, bare=True)
    return credit


def _with_end(credit: Credit, text: str, end: int) -> Credit:
    span = _span(credit.span.start, end)
    return _credit(
        raw=text[span.start : span.end],
        span=span,
        agency=credit.agency,
        photographers=credit.photographers,
        kind=credit.kind,
        distributor=credit.distributor,
        pool=credit.pool,
        handout=credit.handout,
    )


def _hinted(tail: str) -> bool:
    """Whether ``tail`` holds "/", " via " or a label word (substring tests, in C)."""
    return (
        "/" in tail
        or " via " in tail
        or "Credit" in tail
        or tail.endswith(_AGENCY_ALONE_ENDINGS)
        or (("Photo" in tail or "Image" in tail) and any(label in tail for label in _LABEL_WORDS))
    )


def credit_hints(text: str) -> list[int]:
    """Return offsets in ``text`` of every place where a credit hint may start.

    A line that does not end with ``)`` or ``]`` can end in a credit (:func:`split_credit`)
    only if it holds "/", " via " or a label word: the article parser tries only the lines
    holding one of these offsets (or ending in a bracket). The list may hold more places
    than needed, never fewer.

    Example:
        >>> credit_hints("A man walks. /Reuters Photo"), credit_hints("A man walks.")
        ([13, 22], [])
    """
    offsets = []
    for word in _HINT_WORDS:
        # str.find runs in C; the offset is inside the word (" via " starts with a space,
        # which may lie before a line's first character).
        inside = 1 if word[0] == " " else 0
        at = text.find(word)
        while at >= 0:
            offsets.append(at + inside)
            at = text.find(word, at + 1)
    return offsets


def credit_context(text: str, start: int, floor: int) -> str:
    r"""Return what :func:`split_credit` may read before ``start``, as a short string.

    ``split_credit(text, start, end)`` reads the text before ``start`` in two places
    only: whether a wrapped credit at the line start follows a sentence end (the last
    character before it that is not a space or line break) and a one-character
    lookbehind (``text[start - 1]``). Two identical lines with the same context get the
    same result (spans shifted), so the article parser parses repeated caption lines once.
    ``floor`` is where the search may stop: 0, or the end of a previous line (its last
    character is not a space).

    Example:
        >>> credit_context("Done.\n\n(AP Photo)", 7, 5)
        '.\n'
    """
    before = text[floor:start].rstrip(_SPACE)
    if before:
        return before[-1] + text[start - 1]
    return (text[floor - 1] if floor > 0 else "") + (text[start - 1] if start > 0 else "")


def split_credit(text: str, start: int, end: int) -> tuple[int, Credit] | None:
    """Split a caption line ``text[start:end]`` that ends with a photo credit.

    Returns the end offset of the caption text proper (trailing spaces excluded)
    and the credit, or None if the line does not end with a credit.

    Example:
        >>> line = "A man walks in Moscow, Russia, January 13, 2020. /Reuters Photo"
        >>> end, credit = split_credit(line, 0, len(line))
        >>> line[:end], credit.agency, credit.kind.value
        ('A man walks in Moscow, Russia, January 13, 2020.', 'Reuters', 'photo')
    """
    a, b = _strip(text, start, end)
    if a >= b:
        return None
    lo = max(a, b - _TAIL)
    # Cheap pre-check: a credit ends with a bracket, or holds "/" or "via".
    if text[b - 1] not in ")]" and not _hinted(text[lo:b]):
        return None
    credit: Credit | None = None
    # The note holds " taken ": a substring test (in C) before the regex search.
    note = _NOTE.search(text, lo, b) if text.find(" taken ", lo, b) >= 0 else None
    if note is not None and note.start() > lo:
        inner = _trailing_credit(text, lo, note.start())
        if inner is not None:
            credit = _with_end(inner, text, b)
    if credit is None:
        credit = _trailing_credit(text, lo, b)
    if credit is None:
        return None
    caption_end = credit.span.start
    while caption_end > start and text[caption_end - 1] in _SPACE:
        caption_end -= 1
    return caption_end, credit


def parse_credit(text: str) -> Credit | None:
    """Parse ``text`` as a photo credit, or return None if it is not one.

    Example:
        >>> from newsmodel import parse_credit
        >>> credit = parse_credit("Ohad Zwigenberg/Pool via REUTERS")
        >>> credit.agency, credit.photographers, credit.pool
        ('Reuters', ('Ohad Zwigenberg',), True)
        >>> parse_credit("The 24/7 hotline stayed open.") is None
        True
    """
    require_str("parse_credit", text)
    return match_credit(text, 0, len(text))
