"""Footers and trailers at the end of the body (FORMATS d.3).

``match_footer`` classifies one line: a source line (``Source(s): Reuters``), a wire
sign-off (`` Reuter``), a wire end (``Enditem``, ``==Kyodo``, a Kyodo transmission
stamp), an editor line, sign-off credits (``Reporting by ...; Editing by ...``), a
correction note, or boilerplate (``Copyright ...``, ``RELATED STORIES``, AP's ``___``).
The article parser calls it on the last lines of the body only; boilerplate forms are
strict enough to be checked on every short line.
"""

from __future__ import annotations

import enum

import regex
from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._agencies import canonical_agency
from newsmodel._byline import Byline
from newsmodel._parse_byline import match_byline
from newsmodel._span import Span

__all__ = ["BOILERPLATE_START", "Footer", "FooterKind", "match_boilerplate", "match_footer"]

_MAX_LEN = 400
_SPACE = " \t\u00a0\r\n"


class FooterKind(str, enum.Enum):
    """What a footer line is.

    Example:
        >>> FooterKind("source") is FooterKind.SOURCE
        True
    """

    SOURCE = "source"
    CREDITS = "credits"
    SIGNOFF = "signoff"
    END = "end"
    CORRECTION = "correction"
    BOILERPLATE = "boilerplate"
    EDITOR = "editor"


@frozen
class Footer:
    """One footer line, classified.

    Attributes:
        raw: the line as written, without surrounding spaces.
        span: where ``raw`` is in the text.
        kind: what the line is.
        sources: the sources it names (canonical agency names when known).
        credits: the people it credits (``Reporting by ...``, ``Editor: ...``).
        correction: the correction note, for ``CORRECTION`` lines.

    Example:
        >>> footer = match_footer("Source(s): Reuters", 0, 18)
        >>> footer.kind.value, footer.sources
        ('source', ('Reuters',))
    """

    raw: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    kind: FooterKind = field(validator=instance_of(FooterKind))
    sources: tuple[str, ...] = field(
        default=(), converter=tuple, validator=deep_iterable(instance_of(str))
    )
    credits: Byline | None = field(default=None, validator=optional(instance_of(Byline)))
    correction: str | None = field(default=None, validator=optional(instance_of(str)))


# Source lines: "Source(s): Reuters", "Source: Xinhua", "Sources: Reuters, AFP".
_SOURCE = regex.compile(
    r"(?i:sources?(?:\(s\))?)[ ]?:[ ]*(?P<names>[^\n:|]{1,120}?)[ ]*\.?",
    regex.VERSION0,
)
# Wire sign-offs and ends.
_SIGNOFF = regex.compile(r"(?P<agency>Reuter|REUTER|Reuters|REUTERS)", regex.VERSION0)
_END = regex.compile(
    r"""
    (?i:enditem|end[ ]item|\(?end\)?)                   # Xinhua "Enditem", "(END)"
  | ==[ ]?(?P<agency>\p{L}[\p{L} ]{1,20})               # "==Kyodo"
  | [A-Z]{2,4}-\d{1,2}:\d{2}-\d{1,2}-\d{1,2}-\d{2,4}    # Kyodo stamp KWS-21:37-09-12-18
    """,
    regex.VERBOSE | regex.VERSION0,
)
_CORRECTION = regex.compile(
    r"""
    (?:This[ ](?:story|article|report|version)[ ]has[ ]been[ ](?:corrected|updated|amended)
      | (?i:correction)[ ]?:
      | An[ ]earlier[ ]version[ ]of[ ]this[ ](?:story|article|report)
      | \(?Corrects[ ]
    )
    """,
    regex.VERBOSE | regex.VERSION0,
)
_BOILERPLATE = regex.compile(
    r"""
    (?:
        _{3,}                                                   # AP's "___" separator
      | (?:Copyright[ ]?(?:©|\(c\)|\d{4})|©[ ]?(?:\d{4}|\p{Lu})|\(c\)[ ]?\d{4})
        [^\n]{0,300}                                            # Copyright © 2020 CGTN ...
      | Copyright[ ][^\n]{1,120}(?i:all[ ]rights[ ]reserved)[^\n]{0,200}  # ... All rights reserved.
      | Our[ ]Standards:[ ]The[ ]Thomson[ ]Reuters[ ]Trust[ ]Principles[^\n]{0,40}
      | (?i:related[ ]stories|related[ ]articles|related[ ]news|related[ ]topics|related
          |more[ ]from[ ][^\n]{1,40}|explore[ ]more[ ]on[ ]these[ ]topics|reuse[ ]this[ ]content)
      | (?i:read[ ]more|also[ ]read|see[ ]also|more[ ]on[ ]this[ ]story)[ ]?:?[^\n]{0,160}
      | (?i:search[ ]trends|trending|most[ ]read|most[ ]popular|share|share[ ]this[ ]article)
      | (?i:follow[ ]us[ ]on)[^\n]{1,80}
      | Follow[ ]AP['’]s[^\n]{1,200}                             # Follow AP's coverage at ...
      | (?:The[ ]Associated[ ]Press|The[ ]AP|AP)[ ](?:receives[ ]|is[ ]solely[ ])[^\n]{1,300}
      | A[ ]version[ ]of[ ]this[ ]article[ ]appears[ ]in[ ]print[^\n]{0,200}  # NYT print note
      | Newspaper[ ]headline:[^\n]{1,200}                        # Global Times
      | Check[ ]out[^\n]{1,120}(?i:subscribe)[^\n]{0,40}
      | (?i:subscribe[ ]to[ ]our[ ]newsletter)[^\n]{0,60}
      | [0-9]{1,2}[ -]?(?i:min|mins|minute|minutes)[ ](?i:read)     # Reuters "3 Min Read"
      | (?i:reading[ ]time|read[ ]time)[ ]?:?[ ]?[0-9]{1,2}[ ]?(?i:min|mins|minutes?)\.?
      | (?i:advertisement|scroll[ ]to[ ]continue[ ]with[ ]content)
      | \(This[ ]article[ ](?:is|was)[ ](?:published|first[ ]published)[ ]on[ ]
        (?P<provenance>[^)\n]{1,60})\)\.?                     # (This article is published on ...)
    )
    """,
    regex.VERBOSE | regex.VERSION0,
)
# CGTN: "(With input from Xinhua)", "(With input from agencies)".
_WITH_INPUT = regex.compile(r"\((?i:with[ ]input[ ]from)[ ](?P<names>[^)\n]{1,80})\)\.?")
# A source name: up to six words, the first capitalised ("Reuters", "CGTN", "Xinhua"),
# or up to three lower-case words ("news agencies", "agencies").
_SOURCE_NAME = regex.compile(
    r"(?:\p{Lu}|\p{N})[\p{L}\p{N}'’.&-]*(?:[ ][\p{L}\p{N}'’.&()-]+){0,5}"
    r"|\p{Ll}+(?:[ ]\p{Ll}+){0,2}",
    regex.VERSION0,
)
_EDITOR = regex.compile(r"(?i:editor)[ ]?:[ ]*(?P<name>[^\n]{1,80})", regex.VERSION0)
_SPLIT_SOURCES = regex.compile(r"[ ]*(?:,|;|/|&|\band\b)[ ]*", regex.VERSION0)
# First characters of the boilerplate forms: ___, Copyright, ©, (c), Our Standards,
# Related, Read more, Also read, See also, More, Search, Share, Subscribe, Trending,
# Follow us, Check out, (This article ...), 3 Min Read, Reading time, Advertisement.
_BOILERPLATE_FIRST = frozenset("_C©(OoRrAaSsMmTtFfEeN0123456789")
# The first characters a boilerplate line (stripped) can start with once ``match_footer``'s own
# pre-check (a capital, a digit, "_", "=", "(" or "©") has passed.
BOILERPLATE_START = frozenset(
    c for c in _BOILERPLATE_FIRST if c.isupper() or c.isdigit() or c in "_=(©"
)


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """Return ``(a, b)`` narrowed past surrounding whitespace (linear, in C)."""
    segment = text[a:b]
    left = segment.lstrip(_SPACE)
    a += len(segment) - len(left)
    return a, a + len(left.rstrip(_SPACE))


def _source_names(names: str) -> tuple[str, ...]:
    found: list[str] = []
    for piece in _SPLIT_SOURCES.split(names):
        name = piece.strip(" .")
        if not name:
            continue
        canonical = canonical_agency(name) or name
        if canonical not in found:
            found.append(canonical)
    return tuple(found)


def match_footer(text: str, start: int, end: int) -> Footer | None:
    """Classify the line ``text[start:end]`` as a footer, or return None.

    Example:
        >>> match_footer("Enditem", 0, 7).kind.value
        'end'
        >>> match_footer("The minister said the talks would resume.", 0, 41) is None
        True
    """
    a, b = _strip(text, start, end)
    if a >= b or b - a > _MAX_LEN:
        return None
    first = text[a]
    # Cheap pre-check: every form starts with a capital, "_", "=", "(" or "©".
    if not (first.isupper() or first.isdigit() or first in "_=(©"):
        return None

    def make(kind: FooterKind, **fields: object) -> Footer:
        return Footer(raw=text[a:b], span=Span(a, b), kind=kind, **fields)  # type: ignore[arg-type]

    size = b - a
    if first in "Ss" and size <= 160:
        match = _SOURCE.fullmatch(text, a, b)
        if match is not None:
            sources = _source_names(match.group("names"))
            if sources and all(_SOURCE_NAME.fullmatch(s) for s in sources):
                return make(FooterKind.SOURCE, sources=sources)
    if first == "(" and size <= 100:
        match = _WITH_INPUT.fullmatch(text, a, b)
        if match is not None:
            sources = _source_names(match.group("names"))
            if sources and all(_SOURCE_NAME.fullmatch(s) for s in sources):
                return make(FooterKind.SOURCE, sources=sources)
    if size <= 40:
        if first in "Rr" and _SIGNOFF.fullmatch(text, a, b) is not None:
            return make(FooterKind.SIGNOFF, sources=("Reuters",))
        match = _END.fullmatch(text, a, b)
        if match is not None:
            agency = match.group("agency")
            sources = () if agency is None else (canonical_agency(agency) or agency.strip(),)
            return make(FooterKind.END, sources=sources)
    if first in "TACc(" and _CORRECTION.match(text, a, b) is not None:
        return make(FooterKind.CORRECTION, correction=text[a:b])
    if size <= 240 and first in _BOILERPLATE_FIRST:
        match = _BOILERPLATE.fullmatch(text, a, b)
        if match is not None:
            provenance = match.group("provenance")
            sources = () if provenance is None else (canonical_agency(provenance) or provenance,)
            return make(FooterKind.BOILERPLATE, sources=sources)
    byline = match_byline(text, a, b)
    if byline is not None and (byline.contributors or byline.organisations):
        roles = {c.role.value for c in byline.contributors}
        if roles and roles != {"author"}:
            kind = FooterKind.EDITOR if _EDITOR.fullmatch(text, a, b) else FooterKind.CREDITS
            return make(kind, credits=byline)
        if not byline.contributors and text[a:b].casefold().startswith("additional"):
            return make(FooterKind.CREDITS, credits=byline)
    match = _EDITOR.fullmatch(text, a, b)
    if match is not None:
        return make(FooterKind.EDITOR)
    return None


def match_boilerplate(text: str, start: int, end: int) -> Footer | None:
    """Return ``match_footer(text, start, end)`` if it is boilerplate, else None.

    The article parser asks this of every short body line, so it first runs the cheap
    necessary tests (length, first character, the boilerplate pattern) and calls
    ``match_footer`` (which tries the other footer forms first) only when they pass.

    Example:
        >>> match_boilerplate("RELATED STORIES", 0, 15).kind.value
        'boilerplate'
        >>> match_boilerplate("By Jane Roe, Reuters", 0, 20) is None
        True
    """
    a, b = _strip(text, start, end)
    if a >= b or b - a > 240 or text[a] not in BOILERPLATE_START:
        return None
    if _BOILERPLATE.fullmatch(text, a, b) is None:
        return None
    footer = match_footer(text, start, end)
    if footer is None or footer.kind is not FooterKind.BOILERPLATE:
        return None
    return footer
