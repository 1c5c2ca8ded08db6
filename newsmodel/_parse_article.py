"""
The plain-text article pipeline.

``parse_article`` reads the text line by line and classifies every non-blank line
into top-level blocks:

1. captions anywhere (a line ending in a photo credit, or the copy of one),
   duplicates merged into one :class:`Caption` with every occurrence's span;
2. footers at the end of the body (``Source(s): Reuters``, sign-offs, boilerplate);
3. the header, from the top: headline, timestamp lines, the outlet line, bylines;
   a line the header cannot place and that does not read like body text is kept as
   an unclassified block;
4. the body: paragraphs (hard-wrapped lines are joined), with a dateline split off
   the first one, and quotes extracted from the paragraphs.

Every character of the input ends up in exactly one block or in the whitespace
between blocks; :meth:`Article.check` verifies it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import deque
from itertools import accumulate, compress, count, islice, repeat
from operator import add, is_, le, lt, not_, sub
from typing import TYPE_CHECKING

import attrs
import regex

from newsmodel._agencies import _NAME_LONGEST as _AGENCY_LONGEST
from newsmodel._agencies import canonical_agency
from newsmodel._article import Article, Block, BlockKind, Paragraph
from newsmodel._base import bulk_constructor, trusted_constructor
from newsmodel._caption import Caption, Credit
from newsmodel._exceptions import ArgumentError
from newsmodel._gc import PAUSE_GC_CHARS, collection_paused
from newsmodel._outlets import _NAME_LONGEST as _OUTLET_LONGEST
from newsmodel._outlets import get_outlet
from newsmodel._parse_byline import _MAX_LEN as _BYLINE_LONGEST
from newsmodel._parse_byline import match_byline, match_byline_prefix, match_name_line
from newsmodel._parse_credit import credit_context, credit_hints, glued_credit_end, split_credit
from newsmodel._parse_dateline import (
    inline_dateline_start,
    match_dateline,
    match_glued_dateline,
)
from newsmodel._parse_footer import (
    BOILERPLATE_START,
    Footer,
    FooterKind,
    match_boilerplate,
    match_footer,
)
from newsmodel._parse_quotes import quotes_in_paragraphs
from newsmodel._parse_timestamp import scan_timestamps
from newsmodel._span import Span
from newsmodel._text import require_str
from newsmodel._zones import zone_from_name

if TYPE_CHECKING:
    from newsmodel._byline import Byline
    from newsmodel._dateline import Dateline
    from newsmodel._timestamp import Timestamp

__all__ = ["parse_article"]

# A line, stripped: from its first to its last non-space character (\r\n, \r and \n
# all end a line). Stdlib ``re``: its \s is exactly what ``str.strip`` removes.
# Searching for \S first skips blank lines and indentation in C.
_LINE = re.compile(r"\S(?:[^\r\n]*\S)?")
# A trailing ellipsis marks a truncated copy of a caption (alt text cut short).
_ELLIPSIS = regex.compile(r"(?:\.\.\.|…)\Z")
# Words, for the "does this read like a sentence" tests.
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")
# Separators and labels allowed around header timestamps ("|", "/", "•", "-", "(", ")").
_HEADER_FILLER = regex.compile(r"[\s|/•·,;:()\[\]–—-]*")
_SOLID = regex.compile(r"[^\s\x1c-\x1f|/•·,;:()\[\]–—-]")
"""A character that is neither header filler nor a space (``str.isspace``)."""
_RESIDUE_LONGEST = max(_BYLINE_LONGEST, _OUTLET_LONGEST, _AGENCY_LONGEST)
"""The longest text ``_residue`` may find an outlet, an agency or a byline in."""
# Punctuation that ends a sentence, possibly followed by closing quotes or brackets.
_SENTENCE_END = frozenset('.!?"”’:;)…»')
# Characters compared when deciding whether two captions are copies of each other.
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_NOT_ALNUM_ASCII = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum()})

# Captions shorter than this (normalised) are merged only when identical.
_MIN_PREFIX_MERGE = 30
# Characters keyed first to rule out a long line as a copy of a caption.
_KEY_PROBE = 24
# A body line is joined to the previous one (hard wrap) only if that one is at least this long.
_MIN_WRAPPED_LINE = 40
# The header (headline, times, outlet, byline) is looked for in the first lines only.
_MAX_HEADER_LINES = 15
# Footers are looked for in the last lines of the body only.
_MAX_FOOTER_LINES = 6
# A short mid-body line may be boilerplate ("RELATED STORIES"); longer lines never are.
_MAX_BOILERPLATE_LINE = 60
# Word counts are compared with thresholds up to 30: counting stops after this many.
_MAX_WORDS = 31
# No outlet name (get_outlet) or agency name (canonical_agency) is longer than this.
_MAX_NAME = 80
# A letter or a digit (stdlib re, so that it can be mapped over the lines in C).
_HAS_WORD = re.compile(r"[^\W_]")


# The pipeline builds values whose invariants it guarantees (offsets from its own scans,
# tuples of the right types), so it skips the validators the public constructors run.
_span = trusted_constructor(Span)
_block = trusted_constructor(Block)
_paragraph = trusted_constructor(Paragraph)
_caption = trusted_constructor(Caption)
_article = trusted_constructor(Article)
_credit = trusted_constructor(Credit)
_CREDIT_FIELDS = tuple(field.name for field in attrs.fields(Credit))


def _moved_credit(credit: Credit, shift: int) -> Credit:
    """Return ``credit`` with its span moved by ``shift`` characters (same raw text)."""
    fields = {name: getattr(credit, name) for name in _CREDIT_FIELDS}
    fields["span"] = _span(credit.span.start + shift, credit.span.end + shift)
    return _credit(**fields)


# Up to this many blocks, values are built one at a time (below it, bulk set-up costs more).
_FEW_BLOCKS = 64
# Above this many blocks, automatic garbage collection is paused while they are built.
_MANY_OBJECTS = 20_000


_spans = bulk_constructor(Span)
_blocks = bulk_constructor(Block)
_paragraphs = bulk_constructor(Paragraph)


def _lines(text: str) -> tuple[list[int], list[int], list[bool]]:
    """
    Return the non-blank lines as columns: stripped starts, ends, and blank-line-before flags.

    Columns of ints rather than one object per line: hostile input has hundreds of
    thousands of one-character lines.
    """
    if "\r" in text:
        starts, ends, blanks = _lines_any_break(text)
    else:
        starts, ends, blanks = _lines_newline(text)
    # A caption credit glued to the next paragraph or dateline ("... /CFPThe top",
    # "REUTERS/Name NamePRAGUE (Reuters) -") is cut into two lines at the credit's end;
    # Malay Mail: "By NAME Friday, 22 Nov 2024 4:55 PM MYT PUTRAJAYA, Nov 22 — ..." at the
    # dateline. Only lines holding "/" or ":" can be cut: found with str.find mapped in C.
    slashed = _holding(text, "/", starts, ends)
    coloned = _holding(text, ":", starts, ends)
    cuts: dict[int, int] = {}
    for index in sorted(slashed | coloned):
        first, last = starts[index], ends[index]
        cut = glued_credit_end(text, first, last) if index in slashed else None
        if cut is None and index in coloned:
            cut = inline_dateline_start(text, first, last)
        if cut is not None and first < cut < last:
            cuts[index] = cut
    if not cuts:
        return starts, ends, blanks
    cut_starts: list[int] = []
    cut_ends: list[int] = []
    cut_blanks: list[bool] = []
    for index, (first, last, blank) in enumerate(zip(starts, ends, blanks, strict=True)):
        cut = cuts.get(index)
        if cut is None:
            cut_starts.append(first)
            cut_blanks.append(blank)
        else:
            cut_starts.extend((first, cut))
            cut_ends.append(first + len(text[first:cut].rstrip()))
            cut_blanks.extend((blank, True))
        cut_ends.append(last)
    return cut_starts, cut_ends, cut_blanks


def _holding(text: str, char: str, starts: list[int], ends: list[int]) -> set[int]:
    """Return the indexes of the lines holding ``char``."""
    if char not in text:
        return set()
    found = map(text.find, repeat(char), starts, ends)
    return set(compress(count(), map((-1).__lt__, found)))


def _lines_newline(text: str) -> tuple[list[int], list[int], list[bool]]:
    r"""
    The lines of a text without "\r": str.split and column arithmetic, all in C.

    Each step maps a C function over a whole column (no Python code per line): the
    segments between newlines, their stripped lengths (0 for a blank line), the offsets
    of the segments, and the lengths of their indentation.
    """
    segments = text.split("\n")
    sizes = list(map(len, map(str.strip, segments)))
    kept = list(compress(segments, sizes))
    offsets = accumulate(map(add, map(len, segments), repeat(1)), initial=0)
    indents = map(sub, map(len, kept), map(len, map(str.lstrip, kept)))
    starts = list(map(add, compress(offsets, sizes), indents))
    ends = list(map(add, starts, filter(None, sizes)))
    # A blank line precedes a line when the previous kept segment is not the one before.
    numbers = list(compress(count(), sizes))
    blanks = [False] if numbers else []
    blanks.extend(map(lt, repeat(1), map(sub, numbers[1:], numbers)))
    return starts, ends, blanks


def _lines_any_break(text: str) -> tuple[list[int], list[int], list[bool]]:
    r"""The lines of a text with "\r" (\r\n, \r and \n all end a line), one regex match each."""
    starts: list[int] = []
    ends: list[int] = []
    blanks: list[bool] = []
    previous = -1
    for match in _LINE.finditer(text):
        first, last = match.span()
        # Only spaces and line breaks lie between two lines; a one-character gap is a
        # single line break (no slicing).
        if previous < 0 or first - previous == 1:
            blank = False
        else:
            gap = text[previous:first]
            blank = (gap.count("\n") + gap.count("\r") - gap.count("\r\n")) > 1
        previous = last
        starts.append(first)
        ends.append(last)
        blanks.append(blank)
    return starts, ends, blanks


def _debris_lines(
    text: str, starts: list[int], ends: list[int], *, first: int, stop: int, skip: set[int]
) -> set[int]:
    """
    Return the body lines that are debris: runs of two or more lines with no letter or digit.

    A run of lines of stray marks (quote marks, "*", "--", "|") is scraping debris, not
    paragraphs: the body keeps each run as one unclassified block. One such line alone
    (a section break, a drop-cap quote mark before its paragraph) is left to the usual
    rules. Lines in ``skip`` (captions) end a run.
    """
    bare = list(
        map(
            is_,
            map(_HAS_WORD.search, repeat(text), starts[first:stop], ends[first:stop]),
            repeat(None),
        )
    )
    debris: set[int] = set()
    previous = -2  # the last bare line seen, as an index into ``bare``
    for offset in compress(count(), bare):
        if first + offset in skip:
            continue
        if offset == previous + 1:
            debris.add(first + previous)
            debris.add(first + offset)
        previous = offset
    return debris


def _word_count(text: str, start: int, end: int) -> int:
    """Count the words, or at least _MAX_WORDS (no caller tells more words apart)."""
    if end - start <= _MAX_WORDS * 40:
        return len(_WORD.findall(text, start, end))  # one C call for a usual line
    return len(list(islice(_WORD.finditer(text, start, end), _MAX_WORDS)))


def _caption_key(text: str) -> str:
    if text.isascii():
        # On ASCII text [^\p{L}\p{N}] is exactly [^A-Za-z0-9]: blank those characters
        # out and join the words (all in C, about twice as fast as the regex).
        return " ".join(text.translate(_NOT_ALNUM_ASCII).split()).casefold()
    return _NOT_ALNUM.sub(" ", text).strip().casefold()


class _CaptionGroup:
    """Occurrences of one caption while they are being merged."""

    __slots__ = ("credit", "credit_key", "key", "occurrences", "text_span")

    def __init__(self, key: str, occurrence: Span, text_span: Span, credit: Credit | None) -> None:
        self.key = key
        self.occurrences = [occurrence]
        self.text_span = text_span
        self.credit = credit
        self.credit_key = _credit_key(credit)  # computed once: compared at every merge

    def absorb(self, other: _CaptionGroup) -> None:
        self.occurrences.extend(other.occurrences)
        if len(other.key) > len(self.key):
            self.key = other.key
            self.text_span = other.text_span
        if self.credit is None:
            self.credit = other.credit
            self.credit_key = other.credit_key


def _credit_key(credit: Credit | None) -> str | None:
    return None if credit is None else _caption_key(credit.raw)


def _merge_captions(groups: list[_CaptionGroup]) -> list[_CaptionGroup]:
    """
    Merge caption occurrences that are copies of each other.

    Identical texts merge when their credits agree or one has none (same text with
    different credits is a gallery: different photos). A truncated copy (alt text)
    merges into the one caption it is a prefix of. Sorting keeps this O(n log n).
    """
    by_key: dict[str, list[_CaptionGroup]] = {}
    for group in groups:
        bucket = by_key.setdefault(group.key, [])
        for existing in bucket:
            ours, theirs = existing.credit_key, group.credit_key
            if ours is None or theirs is None or ours == theirs:
                existing.absorb(group)
                break
        else:
            bucket.append(group)
    keys = sorted(by_key)
    merged: list[_CaptionGroup] = []
    for index, key in enumerate(keys):
        bucket = by_key[key]
        longer = keys[index + 1] if index + 1 < len(keys) else None
        if (
            len(bucket) == 1
            and len(key) >= _MIN_PREFIX_MERGE
            and longer is not None
            and longer.startswith(key)
            and bucket[0].credit is None
        ):
            target = by_key[longer]
            if len(target) == 1:
                target[0].absorb(bucket[0])
                target[0].key = longer
                continue
        merged.extend(bucket)
    merged.sort(key=lambda g: min(span.start for span in g.occurrences))
    return merged


def _check_options(
    outlet: object, reference: object, default_tz: object
) -> tuple[str | None, dt.datetime | None, dt.tzinfo | str | None]:
    if outlet is not None and not isinstance(outlet, str):
        msg = f"outlet: expected a str such as 'CGTN' or None, got {type(outlet).__name__}"
        raise ArgumentError(msg)
    if reference is not None and not isinstance(reference, dt.datetime):
        msg = (
            f"reference: expected a datetime.datetime or None, got {type(reference).__name__}; "
            "pass e.g. datetime.datetime(2020, 2, 7, tzinfo=datetime.timezone.utc)"
        )
        raise ArgumentError(msg)
    if isinstance(default_tz, str):
        if zone_from_name(default_tz) is None:
            msg = (
                f"default_tz: unknown time zone {default_tz!r}; pass an IANA name such as "
                "'Europe/London' or a tzinfo"
            )
            raise ArgumentError(msg)
    elif default_tz is not None and not isinstance(default_tz, dt.tzinfo):
        msg = f"default_tz: expected an IANA zone name or a tzinfo, got {type(default_tz).__name__}"
        raise ArgumentError(msg)
    return outlet, reference, default_tz


def parse_article(
    text: str,
    *,
    outlet: str | None = None,
    reference: dt.datetime | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> Article:
    """
    Parse plain-text news copy into an :class:`Article`.

    Never raises on a ``str``: whatever cannot be classified is kept as an
    unclassified block, and every character of ``text`` belongs to exactly one
    block or to the whitespace between blocks.

    Args:
        text: the copy, as pasted or scraped (any line endings).
        outlet: the outlet's name or alias (``"CGTN"``, ``"Times of India"``); gives
            the home zone and day/month order for header times that state neither.
            When omitted, an outlet line in the header is used.
        reference: when the copy was fetched; resolves relative times
            (``Updated 3 hours ago``) and the year of datelines.
        default_tz: the zone for header times that state none (and no outlet is
            known), as an IANA name or a tzinfo.

    Raises:
        InputTypeError: ``text`` is not a str.
        ArgumentError: an option has the wrong type or names an unknown zone.

    Example:
        >>> import newsmodel
        >>> from pathlib import Path
        >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
        >>> article = newsmodel.parse_article(seed)
        >>> article.outlet, article.updated.value.isoformat()
        ('CGTN', '2020-02-07T12:32:00+08:00')
        >>> article.captions[0].credit.agency, len(article.captions[0].spans)
        ('Reuters', 2)

    .. versionadded:: 0.1.0
    """
    text = require_str("parse_article", text)
    outlet, reference, default_tz = _check_options(outlet, reference, default_tz)
    with collection_paused(len(text) >= PAUSE_GC_CHARS):
        return _ArticleParser(text, outlet, reference, default_tz).parse()


class _ArticleParser:
    """One run of the pipeline over one text (holds the intermediate state)."""

    def __init__(
        self,
        text: str,
        outlet: str | None,
        reference: dt.datetime | None,
        default_tz: dt.tzinfo | str | None,
    ) -> None:
        self.text = text
        self.outlet_hint = outlet
        self.reference = reference
        self.default_tz = default_tz
        # The lines, as columns (see _lines): line i is text[starts[i]:ends[i]].
        self.starts, self.ends, self.blanks = _lines(text)
        # The blocks, as columns too; built in one go, in text order, at the end.
        self.kinds: list[BlockKind] = []
        self.block_starts: list[int] = []
        self.block_ends: list[int] = []
        self.headline: str | None = None
        self.outlet: str | None = None
        self.byline: Byline | None = None
        self.timestamps: list[Timestamp] = []
        self.sources: list[str] = []
        self.credits: list[Byline] = []
        self.corrections: list[str] = []
        self.footers: dict[int, Footer] = {}
        self.residues: dict[
            tuple[int, int], tuple[BlockKind | None, str | None, Byline | None]
        ] = {}

    # -- helpers ---------------------------------------------------------------------------

    def _block(self, kind: BlockKind, start: int, end: int) -> None:
        self.kinds.append(kind)
        self.block_starts.append(start)
        self.block_ends.append(end)

    def _reads_like_body(self, start: int, end: int) -> bool:
        """Whether a header line is really the first paragraph of the body."""
        words = _word_count(self.text, start, end)
        if words >= 25:
            return True
        last = self.text[end - 1]
        return words >= 6 and last in _SENTENCE_END and last != ":"

    def _reads_like_headline(self, start: int, end: int, remaining: int) -> bool:
        if remaining == 0:
            return False
        words = _word_count(self.text, start, end)
        if words == 0 or words > 30:
            return False
        return self.text[end - 1] != "." or words <= 12

    # -- passes ----------------------------------------------------------------------------

    def _find_captions(self) -> dict[int, _CaptionGroup]:
        """Return caption groups by line index (a line's first occurrence)."""
        text = self.text
        starts, ends = self.starts, self.ends
        credited: dict[int, _CaptionGroup] = {}
        # A line can end in a credit only if it ends with a bracket or holds "/", " via "
        # or a label word: only those lines are tried, found from the offsets of these
        # characters (one C search each) rather than by visiting every line.
        candidates: set[int] = set()
        if ")" in text or "]" in text:
            last_chars = map(text.__getitem__, map(sub, ends, repeat(1)))
            candidates.update(compress(count(), map(")]".__contains__, last_chars)))
        for offset in credit_hints(text):
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < ends[index]:
                candidates.add(index)
        # A caption repeated on many lines is parsed once: split_credit reads nothing of
        # the text outside the line but its context (credit_context), so a line with the
        # same text and context gets the same result, moved to the line's offset.
        parsed: dict[tuple[str, str], tuple[int, tuple[int, Credit] | None]] = {}
        for index in sorted(candidates):
            start, end = starts[index], ends[index]
            memo = (text[start:end], credit_context(text, start, ends[index - 1] if index else 0))
            seen = parsed.get(memo)
            if seen is None:
                found = split_credit(text, start, end)
                parsed[memo] = (start, found)
            elif seen[1] is None:
                found = None
            else:
                shift = start - seen[0]
                found = (seen[1][0] + shift, _moved_credit(seen[1][1], shift))
            if found is not None:
                text_end, credit = found
                if text_end > start:
                    key = _caption_key(text[start:text_end])
                    if key:
                        credited[index] = _CaptionGroup(
                            key, _span(start, end), _span(start, text_end), credit
                        )
        if not credited:
            return {}
        # Uncredited copies of a credited caption (or truncated alt text of one) are captions.
        credited_keys = sorted({g.key for g in credited.values()})
        initials = {key[0] for key in credited_keys}
        # The other lines' keys are needed only now that there is a credited caption.
        plain: dict[str, list[int]] = {}
        for index, (start, end) in enumerate(zip(starts, ends, strict=True)):
            # Shorter lines have keys shorter than _MIN_PREFIX_MERGE (casefold at most
            # triples a character).
            if index in credited or 3 * (end - start) < _MIN_PREFIX_MERGE:
                continue
            # A line matters only if its key is a credited key or a prefix of one: a long
            # line is ruled out first by its first character, then by the key of its
            # beginning (a prefix of the line's key), without keying it all.
            first = text[start]
            if first.isascii() and first.isalnum() and first.lower() not in initials:
                continue
            if end - start > 2 * _KEY_PROBE:
                probe = _caption_key(text[start : start + _KEY_PROBE])
                position = bisect_left(credited_keys, probe)
                if position == len(credited_keys) or not credited_keys[position].startswith(probe):
                    continue
            key = _caption_key(text[start:end])
            if len(key) >= _MIN_PREFIX_MERGE:
                plain.setdefault(key, []).append(index)
        groups = dict(credited)
        for key, indexes in plain.items():
            position = bisect_right(credited_keys, key)
            exact = position > 0 and credited_keys[position - 1] == key
            prefix = (
                position < len(credited_keys)
                and credited_keys[position].startswith(key)
                and 2 * len(key) >= len(credited_keys[position])
                and self._looks_truncated(indexes[0], credited_keys[position], key)
            )
            if exact or prefix:
                for index in indexes:
                    span = _span(starts[index], ends[index])
                    groups[index] = _CaptionGroup(key, span, span, None)
        return groups

    def _looks_truncated(self, index: int, full: str, key: str) -> bool:
        """Whether a line is a cut-off copy of a caption: it ends in an ellipsis or mid-word."""
        start, end = self.starts[index], self.ends[index]
        if _ELLIPSIS.search(self.text, start, end):
            return True
        return self.text[end - 1].isalnum() and full[len(key)] != " "

    def _find_footer_start(self, body_from: int, skip: set[int]) -> int:
        """Return the index of the first footer line (len(lines) when there is none)."""
        first = len(self.starts)
        checked = 0
        index = len(self.starts) - 1
        while index >= body_from and checked < _MAX_FOOTER_LINES:
            if index in skip:
                index -= 1
                continue
            footer = match_footer(self.text, self.starts[index], self.ends[index])
            if footer is None:
                break
            self.footers[index] = footer  # kept for _footers: the same line, the same result
            first = index
            checked += 1
            index -= 1
        return first

    def _header_timestamps(self, start: int, end: int) -> tuple[Timestamp, ...]:
        # A line is a timestamp line only if the text before its first timestamp is
        # filler, an outlet or a byline: the scan stops as soon as it is not (long lines
        # full of dates would otherwise have every timestamp built for nothing).
        return scan_timestamps(
            self.text,
            start,
            end,
            reference=self.reference,
            outlet=self.outlet_hint or self.outlet,
            default_tz=self.default_tz,
            first_start_ok=lambda first: (
                self._residue(start, first)[0] is not BlockKind.UNCLASSIFIED
            ),
            first_start_by=self._last_residue_end(start, end),
        )

    def _last_residue_end(self, start: int, end: int) -> int | None:
        """
        An offset past which no text from ``start`` is a header residue, or None.

        ``_residue`` accepts filler alone, or a text of at most ``_RESIDUE_LONGEST``
        characters from its first character that is neither filler nor a space to its
        last (an outlet's name, an agency's, a byline). Past the first such character
        that lies that far after the first one, both are in the text and it is
        unclassified.
        """
        first = _SOLID.search(self.text, start, end)
        if first is None:
            return None
        far = _SOLID.search(self.text, first.start() + _RESIDUE_LONGEST, end)
        return None if far is None else far.start()

    def _residue(self, start: int, end: int) -> tuple[BlockKind | None, str | None, Byline | None]:
        """Classify text beside header timestamps (kind, outlet name, byline); no side effect."""
        found = self.residues.get((start, end))
        if found is not None:
            return found
        text = self.text
        seg = text[start:end].strip(" |/•·,;:-–—\t")
        if _HEADER_FILLER.fullmatch(text, start, end) is not None or not seg:
            found = (None, None, None)
        else:
            profile = get_outlet(seg)
            name = profile.name if profile is not None else canonical_agency(seg)
            if name is not None:
                found = (BlockKind.OUTLET, name, None)
            else:
                offset = text.find(seg, start, end)
                byline = match_byline(text, offset, offset + len(seg))
                kind = BlockKind.UNCLASSIFIED if byline is None else BlockKind.BYLINE
                found = (kind, None, byline)
        self.residues[start, end] = found
        return found

    def _classify_residue(self, start: int, end: int) -> BlockKind | None:
        """Classify text beside header timestamps: a byline, an outlet, or filler."""
        kind, name, byline = self._residue(start, end)
        if kind is BlockKind.OUTLET and self.outlet is None:
            self.outlet = name
        elif kind is BlockKind.BYLINE and self.byline is None:
            self.byline = byline
        return kind

    def _timestamp_line(self, start: int, end: int, stamps: tuple[Timestamp, ...]) -> bool:
        """Emit blocks for a header line holding timestamps; False if it is not one."""
        text = self.text
        first, last = stamps[0].span.start, stamps[-1].span.end
        lead_kind = self._classify_residue(start, first)
        if lead_kind is BlockKind.UNCLASSIFIED:
            return False
        tail_kind = self._classify_residue(last, end)
        if lead_kind is None:
            first = start  # filler before the time (":", "| ") belongs to its block
        else:
            lead_end = start + len(text[start:first].rstrip())
            self._block(lead_kind, start, lead_end)
        if tail_kind is None:
            self._block(BlockKind.TIMESTAMP, first, end)
        else:
            self._block(BlockKind.TIMESTAMP, first, last)
            tail_start = last + (len(text[last:end]) - len(text[last:end].lstrip()))
            self._block(tail_kind, tail_start, end)
        self.timestamps.extend(stamps)
        return True

    def _outlet_name(self, start: int, end: int) -> str | None:
        """Return the canonical outlet or agency name if the line is only that name."""
        if end - start > _MAX_NAME:
            return None  # longer than any name get_outlet or canonical_agency accepts
        segment = self.text[start:end]
        profile = get_outlet(segment)
        if profile is not None:
            return profile.name
        return canonical_agency(segment)

    def _header(self, skip: set[int], stop: int) -> int:
        """Classify header lines; return the index of the first body line."""
        text = self.text
        starts, ends = self.starts, self.ends
        # The first content lines (not captions), one more than the window; the number
        # of content lines is counted without listing them (there may be 100,000).
        content: list[int] = []
        index = 0
        while index < stop and len(content) <= _MAX_HEADER_LINES:
            if index not in skip:
                content.append(index)
            index += 1
        count = stop - sum(1 for i in skip if i < stop)
        window = content[:_MAX_HEADER_LINES]
        # The outlet line may follow the timestamp it gives a zone to (CGTN): find it first.
        outlet_lines = set()
        for index in window:
            name = self._outlet_name(starts[index], ends[index])
            if name is not None:
                outlet_lines.add(index)
                if self.outlet is None:
                    self.outlet = name
        headline_block = -1  # the headline's block, while it may still be a section label
        for position, index in enumerate(window):
            start, end = starts[index], ends[index]
            remaining = count - position - 1
            if index in outlet_lines:
                self._block(BlockKind.OUTLET, start, end)
                continue
            dateline_end = end
            if position + 1 < len(window) and text[starts[window[position + 1]]] == ",":
                dateline_end = ends[window[position + 1]]  # "LOS ANGELES" ⏎ ", Nov. 21"
            # A header time line can look like a dateline ("Published 10 April 2020").
            stamps = self._header_timestamps(start, end)
            if stamps and self._timestamp_line(start, end, stamps):
                continue
            if match_dateline(text, start, dateline_end, reference=self.reference) is not None:
                return index
            if match_boilerplate(text, start, end) is not None:  # "3 Min Read"
                self._block(BlockKind.BOILERPLATE, start, end)
                continue
            if headline_block >= 0 and self._after_section_label(headline_block, start, end):
                # Reuters (2017-20): "World News" ⏎ time line ⏎ the headline.
                self.kinds[headline_block] = BlockKind.UNCLASSIFIED
                headline_block = -1
                self.headline = None
            byline = match_byline(text, start, end)
            if byline is None and self.headline is not None:
                byline = match_name_line(text, start, end)  # "Parisa Hafezi" under the headline
            if byline is not None:
                if self.byline is None:
                    self.byline = byline
                else:
                    self.credits.append(byline)
                self._block(BlockKind.BYLINE, start, end)
                continue
            if self.headline is None and self._reads_like_headline(start, end, remaining):
                if self._reads_like_body(start, end) and position > 0:
                    return index
                self.headline = text[start:end]
                headline_block = len(self.kinds)
                self._block(BlockKind.HEADLINE, start, end)
                continue
            if remaining == 0 or (
                self._reads_like_body(start, end) and not self._time_line_follows(window, position)
            ):
                return index
            self._block(BlockKind.UNCLASSIFIED, start, end)  # a kicker, or a standfirst
        return content[len(window)] if len(content) > len(window) else stop

    def _time_line_follows(self, window: list[int], position: int) -> bool:
        """
        Whether one of the next two header lines is a time line.

        A sentence followed by the time line is the standfirst, not the body (Al Jazeera:
        headline, standfirst, ``Published On 7 Feb 2024``).
        """
        for index in window[position + 1 : position + 3]:
            start, end = self.starts[index], self.ends[index]
            stamps = self._header_timestamps(start, end)
            lead = self._residue(start, stamps[0].span.start)[0] if stamps else None
            if stamps and lead is not BlockKind.UNCLASSIFIED:
                return True
        return False

    def _after_section_label(self, headline_block: int, start: int, end: int) -> bool:
        """
        Whether the headline found so far is a section label and ``text[start:end]`` the headline.

        It is when the "headline" is one to three capitalised words ("World News",
        "Business"), only time lines came after it, and this line reads like a headline
        but not like a byline or the body.
        """
        text = self.text
        label = text[self.block_starts[headline_block] : self.block_ends[headline_block]]
        words = label.split()
        following = self.kinds[headline_block + 1 :]
        return (
            len(words) <= 3
            and all(word[0].isupper() or word in {"and", "&"} for word in words)
            and bool(following)
            and all(kind is BlockKind.TIMESTAMP for kind in following)
            and _word_count(text, start, end) > len(words)
            and self._reads_like_headline(start, end, 1)
            and not self._reads_like_body(start, end)
            and match_byline(text, start, end) is None
        )

    def _first_paragraph(self, start: int, end: int) -> Dateline | None:
        """
        Emit the blocks of the body's first paragraph: byline, kicker, dateline, paragraph.

        Returns the dateline, if any; the paragraph's own block and extent are recorded.
        """
        text = self.text
        dateline: Dateline | None = None
        by = match_byline_prefix(text, start, end)  # IANS: "By IANS, Kolkata : In ..."
        if by is not None:
            if self.byline is None:
                self.byline = by
            else:
                self.credits.append(by)
            self._block(BlockKind.BYLINE, by.span.start, by.span.end)
            rest = text[by.span.end : end]
            start = by.span.end + (len(rest) - len(rest.lstrip()))
        found = match_dateline(text, start, end, reference=self._dateline_reference())
        if found is None:
            # A kicker run into the dateline: "DALLA NOSTRA CORRISPONDENTENEW YORK - ".
            found = match_glued_dateline(text, start, end, reference=self._dateline_reference())
            if found is not None:
                kicker = text[start : found.span.start].rstrip()
                self._block(BlockKind.UNCLASSIFIED, start, start + len(kicker))
        if found is not None:
            dateline = found
            self._block(BlockKind.DATELINE, found.span.start, found.span.end)
            rest = text[found.span.end : end]
            start = found.span.end + (len(rest) - len(rest.lstrip()))
            if start >= end:
                return dateline
        self.paragraph_starts.append(start)
        self.paragraph_ends.append(end)
        self._block(BlockKind.PARAGRAPH, start, end)
        return dateline

    def _body(self, first: int, stop: int, skip: set[int]) -> Dateline | None:
        """Split the body lines into paragraphs (recorded as columns); return the dateline."""
        text = self.text
        starts, ends, blanks = self.starts, self.ends, self.blanks
        self.paragraph_starts: list[int] = []
        self.paragraph_ends: list[int] = []
        dateline: Dateline | None = None
        opened = False  # the first paragraph has been flushed (byline/dateline checked)
        paragraph_start = -1  # the current paragraph's first line's start (-1: none)
        previous_start = previous_end = 0  # the current paragraph's last line

        # The hot loop handles one line in a few operations (hostile input has 500,000
        # one-character lines per MB): plain paragraphs are appended to the columns inline.
        add_start, add_end = self.paragraph_starts.append, self.paragraph_ends.append
        add_kind, add_block_start, add_block_end = (
            self.kinds.append,
            self.block_starts.append,
            self.block_ends.append,
        )
        paragraph = BlockKind.PARAGRAPH
        seen: dict[str, bool] = {}
        debris = _debris_lines(text, starts, ends, first=first, stop=stop, skip=skip)
        debris_start = debris_end = -1  # the current run of debris lines
        for index in range(first, stop + 1):
            if index < stop:
                if index in skip:
                    start = -1
                elif index in debris:
                    start = -3
                else:
                    start, end = starts[index], ends[index]
                    if text[start] in BOILERPLATE_START and end - start <= _MAX_BOILERPLATE_LINE:
                        # Whether a line is boilerplate depends on its text alone (the
                        # footer patterns look nowhere else): a repeated line is tested once.
                        line = text[start:end]
                        boilerplate = seen.get(line)
                        if boilerplate is None:
                            boilerplate = match_boilerplate(line, 0, end - start) is not None
                            seen[line] = boilerplate
                    else:
                        boilerplate = False
                    if boilerplate:
                        start = -2
                    elif paragraph_start >= 0 and not blanks[index]:
                        if text[start] == ",":
                            # A dateline broken before its comma: "LOS ANGELES" ⏎ ", Nov. 21"
                            previous_start, previous_end = start, end
                            continue
                        if (
                            previous_end - previous_start >= _MIN_WRAPPED_LINE
                            and text[previous_end - 1] not in _SENTENCE_END
                            # An indented line starts a new paragraph (1980s wire copy).
                            and start - text.rfind("\n", 0, start) <= 2
                        ):
                            previous_start, previous_end = start, end  # a hard-wrapped line
                            continue
            else:
                start = -1
            # The current paragraph ends here: flush it.
            if paragraph_start >= 0:
                if opened:
                    add_start(paragraph_start)
                    add_end(previous_end)
                    add_kind(paragraph)
                    add_block_start(paragraph_start)
                    add_block_end(previous_end)
                else:
                    opened = True
                    dateline = self._first_paragraph(paragraph_start, previous_end)
            if start == -2:
                self._block(BlockKind.BOILERPLATE, starts[index], ends[index])
            if start == -3:
                if debris_start < 0:
                    debris_start = starts[index]
                debris_end = ends[index]
            elif debris_start >= 0:
                self._block(BlockKind.UNCLASSIFIED, debris_start, debris_end)
                debris_start = -1
            if start >= 0:
                paragraph_start = previous_start = start
                previous_end = end
            else:
                paragraph_start = -1
        return dateline

    def _dateline_reference(self) -> dt.datetime | None:
        if self.reference is not None:
            return self.reference
        for stamp in self.timestamps:
            if stamp.value is not None:
                return stamp.value
        return None

    def _footers(self, start: int, stop: int, skip: set[int]) -> None:
        text = self.text
        for index in range(start, stop):
            if index in skip:
                continue
            line_start, line_end = self.starts[index], self.ends[index]
            footer = self.footers.get(index) or match_footer(text, line_start, line_end)
            kind = BlockKind.FOOTER
            if footer is None:  # pragma: no cover - _find_footer_start matched it
                kind = BlockKind.UNCLASSIFIED
            else:
                self.sources.extend(s for s in footer.sources if s not in self.sources)
                if footer.credits is not None:
                    self.credits.append(footer.credits)
                if footer.correction is not None:
                    self.corrections.append(footer.correction)
                if footer.kind is FooterKind.BOILERPLATE:
                    kind = BlockKind.BOILERPLATE
            self._block(kind, line_start, line_end)

    def _build(self) -> tuple[list[Span], list[Paragraph], list[Block]]:
        """Build the paragraphs and the blocks (in text order) from their columns."""
        text = self.text
        paragraph_starts, paragraph_ends = self.paragraph_starts, self.paragraph_ends
        kinds, block_starts, block_ends = self.kinds, self.block_starts, self.block_ends
        # Blocks in text order: a stable sort by start (captions were appended last),
        # skipped when the blocks are in order already.
        if not all(map(le, block_starts, islice(block_starts, 1, None))):
            order = sorted(range(len(kinds)), key=block_starts.__getitem__)
            kinds = [kinds[i] for i in order]
            block_starts = [block_starts[i] for i in order]
            block_ends = [block_ends[i] for i in order]
        paragraph = BlockKind.PARAGRAPH
        if len(kinds) <= _FEW_BLOCKS:
            # A usual article: one value at a time costs less than the bulk set-up.
            paragraph_spans = list(map(_span, paragraph_starts, paragraph_ends))
            paragraphs = list(
                map(
                    _paragraph,
                    map(text.__getitem__, map(slice, paragraph_starts, paragraph_ends)),
                    paragraph_spans,
                )
            )
            next_span = iter(paragraph_spans).__next__
            blocks = [
                _block(kind, next_span() if kind is paragraph else _span(start, end))
                for kind, start, end in zip(kinds, block_starts, block_ends, strict=True)
            ]
            return paragraph_spans, paragraphs, blocks
        paragraph_spans = _spans(paragraph_starts, paragraph_ends)
        paragraphs = _paragraphs(
            [text[start:end] for start, end in zip(paragraph_starts, paragraph_ends, strict=True)],
            paragraph_spans,
        )
        # A paragraph's block shares the paragraph's (immutable) span: the k-th paragraph
        # block is the k-th paragraph, both recorded together and in text order.
        spans: list[Span | None] = [None] * len(kinds)
        is_paragraph = list(map(is_, kinds, repeat(paragraph)))
        places = list(compress(count(), is_paragraph))
        deque(map(spans.__setitem__, places, paragraph_spans), maxlen=0)
        others = list(compress(count(), map(not_, is_paragraph)))
        other_spans = _spans([block_starts[i] for i in others], [block_ends[i] for i in others])
        deque(map(spans.__setitem__, others, other_spans), maxlen=0)
        return paragraph_spans, paragraphs, _blocks(kinds, spans)

    # -- main ------------------------------------------------------------------------------

    def parse(self) -> Article:
        text = self.text
        if self.outlet_hint is not None:
            profile = get_outlet(self.outlet_hint)
            self.outlet = profile.name if profile is not None else self.outlet_hint
        caption_lines = self._find_captions()
        skip = set(caption_lines)
        footer_start = self._find_footer_start(0, skip)
        body_start = self._header(skip, footer_start)
        dateline = self._body(body_start, footer_start, skip)
        self._footers(footer_start, len(self.starts), skip)

        groups = _merge_captions(list(caption_lines.values()))
        captions = []
        for group in groups:
            spans = sorted(group.occurrences)
            for span in spans:
                self._block(BlockKind.CAPTION, span.start, span.end)
            captions.append(
                _caption(
                    text=text[group.text_span.start : group.text_span.end],
                    text_span=group.text_span,
                    spans=tuple(spans),
                    credit=group.credit,
                )
            )
        with collection_paused(len(self.kinds) > _MANY_OBJECTS):
            paragraph_spans, paragraphs, blocks = self._build()
        quotes = quotes_in_paragraphs(text, paragraph_spans)
        return _article(
            text=text,
            headline=self.headline,
            timestamps=tuple(self.timestamps),
            outlet=self.outlet,
            byline=self.byline,
            dateline=dateline,
            captions=tuple(captions),
            paragraphs=tuple(paragraphs),
            quotes=quotes,
            sources=tuple(self.sources),
            credits=tuple(self.credits),
            corrections=tuple(self.corrections),
            blocks=tuple(blocks),
        )
