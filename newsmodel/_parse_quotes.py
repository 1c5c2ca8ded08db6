"""Quote extraction and attribution over plain news text.

The parser works paragraph by paragraph, in three passes, each linear in the text:

1. **Marks.** One ``finditer`` over the quote marks of a paragraph classifies each mark
   as an opener, a closer or an apostrophe (from the characters around it) and pairs
   them with a small stack: doubles (``"`` ``“ ”`` ``„ “`` ``« »``) and singles
   (``' '`` ``‘ ’`` ``‹ ›``) separately. A paragraph that opens a double mark without
   closing it continues into the next paragraph when that one opens a mark.
2. **Attribution.** For each quoted segment, a bounded window after the closing mark
   (``, he said``, ``said Jane Roe``, ``the ministry told reporters``, ``according to X``,
   ``— Name``) and before the opening mark (``X said:``) is read token by token.
3. **Reported speech.** The cue verbs of a paragraph (found by a set intersection of its
   words with the cue lexicon) anchor ``X said (that) ...``, ``..., X said.``,
   ``according to X``, ``, adding that ...`` and ``which X says ...``.

Each paragraph is tokenised at most once (a paragraph of over 4,000 characters is
first tokenised around each look-up, for at most a quarter of its length), and every
look-around is bounded by a fixed window of characters (a sentence may run on for
megabytes when copy loses its stops), so the whole pass is linear in the input. Hostile
input has fast paths that give the same result: paragraphs without a quote mark skip
the pairing, one-character paragraphs are read inline (and a run of lone opening marks
builds its empty quote only when it is continued), and past the segment cap only the
double marks are run, on a string of one symbol per mark.

Speakers are then resolved in text order: pronouns and nominals (``he``, ``the ministry``,
``the spokesman``) to the nearest compatible earlier speaker, surnames to the full name.
See ``docs/quotes.md`` for the conventions.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from collections import deque
from functools import lru_cache
from itertools import accumulate, chain, compress, islice, product, repeat
from typing import TYPE_CHECKING, Any

import regex

from newsmodel._base import bulk_constructor, slot_setter, trusted_constructor
from newsmodel._cues import (
    COUNTRIES,
    CUE_FORMS,
    GROUP_NOUNS,
    NAME_PARTICLES,
    ORGANISATION_HEADS,
    ORGANISATION_NAMES,
    PERSON_NOUNS,
    PRONOUNS,
    TITLE_WORDS,
)
from newsmodel._gc import PAUSE_GC_CHARS, collection_paused
from newsmodel._quote import Attribution, Quote, QuoteKind, SpeakerKind
from newsmodel._span import Span
from newsmodel._text import require_str

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["extract_quotes", "quotes_in_paragraphs"]

_word_cache = lru_cache(maxsize=8192)
"""
Cache a predicate on one word (the word predicates are called for most tokens, and copy
uses a few thousand words again and again).

Correct by construction: each function decorated with it reads only its argument and
frozen module constants. ``_WORD_CACHED`` lists them (the tests turn the caches off).
"""

_WORD_CACHED = (
    "_is_np_word",
    "_plural_group",
    "_is_head",
    "_lower_alpha",
    "_capitalised_word",
    "_is_epithet",
    "_subject_step",
    "_bare_word",
    "_that_step",
)
"""The functions decorated with ``_word_cache``."""

_WORD = operator.itemgetter(0)
"""The word of a ``(word, start, end)`` token."""

_FIRST_CHAR = operator.itemgetter(slice(0, 1))
"""A string's first character (empty for an empty string), as ``word[:1]``."""

_START = operator.itemgetter(1)
"""The start offset of a ``(word, start, end)`` token (tokens are sorted by it)."""

_OFFSET = operator.itemgetter(0)
"""The offset of an ``(offset, form)`` cue."""

_START_AND_KIND = operator.itemgetter(0, 1)
"""The sort key of ``_attribute``'s ``(start, kind, quote)`` items."""

_OBJECT = operator.itemgetter(2)
"""The quote of one of ``_attribute``'s ``(start, kind, quote)`` items."""

_quotes_built = bulk_constructor(Quote)
"""
Build :class:`Quote` values, one column per field, without running converters and validators.

Every caller passes tuples, spans from ``_span``, paragraph indexes from ``enumerate``
and a non-empty ``spans``, so the validators could not fail; the property tests check
every quote against the public constructor's rules.
"""
# Attributions are built from parser state (str or None names, spans from _span, enum
# kinds): the validators could not fail.
_Attribution = trusted_constructor(Attribution)

_span = trusted_constructor(Span)
"""
Build a :class:`Span` from ``(start, end)`` without running its validators.

Every offset here comes from a regex match or a paragraph bound, so it is an int
with ``0 <= start <= end``; skipping the validators halves the cost of a quote.
The property tests check every span of every quote. (The trusted constructor
stores through the slot descriptors: faster than ``object.__setattr__``.)
"""

_new = object.__new__
_set_span_start = slot_setter(Span, "start")
_set_span_end = slot_setter(Span, "end")
"""
What ``_span`` does, for the few places that build a span per quote or mention: a
new ``Span`` (``_new(Span)``), then its two fields stored (the same steps, without
a call of the builder).
"""


# --------------------------------------------------------------------------------------
# Regular expressions (compiled once; each is linear: no nested unbounded repetition)
# --------------------------------------------------------------------------------------

_PARAGRAPH = re.compile(r"\S(?:[^\n\r]*\S)?")
"""A line without its leading and trailing spaces: the paragraph unit of :func:`extract_quotes`.

(The stdlib ``\\s`` is exactly ``str.isspace``.)"""

_MARKS = "\"“”„«»‹›‘’'"
"""Every character that may be a quote mark."""

_HAS_MARK = re.compile(f"[{re.escape(_MARKS)}]")
"""One of ``_MARKS`` (the stdlib engine: faster on a plain class)."""

_FIND_SCAN_MIN = 1024
"""The length from which ``_holds_any`` reads a range with ``str.find``, not a regex."""


def _holds_any(text: str, start: int, end: int, chars: str, pattern: re.Pattern[str]) -> bool:
    """
    Whether ``text[start:end]`` holds one of ``chars``, of which ``pattern`` is the class.

    A long range is read with one ``str.find`` a character: each is a scan in C (by
    ``memchr`` for most), 15 to 80 times faster over a megabyte than the regex engine,
    which steps once a character. A short range is read with one search, which costs
    less than a dozen calls.
    """
    if end - start < _FIND_SCAN_MIN:
        return pattern.search(text, start, end) is not None
    find = text.find
    return any(find(char, start, end) >= 0 for char in chars)


_ELISION = regex.compile(
    r"(?i:\d\d?s?\b|n['’‘](?=\s)|em\b|til\b|cause\b|tis\b|twas\b|bout\b|cos\b)"
)
"""What follows an elision apostrophe (’90s, rock ’n’ roll, ’em, ’til)."""

_SENTENCE_END = regex.compile(
    r"""
    (?<!\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No
         |vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U|a\.m|p\.m|\p{Lu}))
    [.!?]+                 # terminal punctuation
    ["”’»)]*               # closing marks or brackets that belong to the sentence
    \s+                    # the gap
    (?=["“‘«(]?[\p{Lu}\p{N}])  # the next sentence opens with a capital or a number
    """,
    regex.VERBOSE,
)
"""The end of a sentence (the match ends where the next sentence starts)."""

_TOKEN = regex.compile(r"[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|\S")
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9]+(?:['.\-&][A-Za-z0-9]+)*|[^\t\n\x0b\x0c\r ]")
"""A word (``Syria's``, ``U.S``, ``al-Assad``) or a single punctuation character."""

_TOKEN_PLAIN_SPLIT = re.compile(
    r"([A-Za-z0-9]++(?:['’.\-&][A-Za-z0-9]++)*+|[^\t\n\x0b\x0c\r ])",
    re.ASCII,  # changes nothing here (no \w, \s, \b or ignored case), but twice as fast
)
"""
``_TOKEN`` on plain text (no character ``_NOT_PLAIN`` matches), as one group.

The quantifiers are possessive (``++``, ``*+``): the word branch never backtracks, as
nothing follows it that could fail, so they give the same tokens and save the engine
its backtracking records (the split is an eighth faster).

There ``[\\p{L}\\p{N}]`` is ``[A-Za-z0-9]`` and ``\\S`` anything but the six ASCII spaces,
and the stdlib engine is faster; ``split`` keeps the tokens, between the spaces.
"""

_NOT_PLAIN = re.compile(r"[^\x00-\x7f‘’“”„«»‹›–—…•·£€¥₹¢]")
"""A character outside ASCII and the punctuation and currency signs common in news copy."""

_CUE_TOKENS: dict[str, str] = {
    form + tail: form
    for form in (*CUE_FORMS, "according", "According")
    for tail in ("", ".", ",", ":", ";")
}
"""Whitespace-separated tokens that hold a cue form (``said``, ``said.``), mapped to the form."""

_CUE_TOKEN_SET = frozenset(_CUE_TOKENS)

_STATEMENT = regex.compile(
    r"""\s+in\s+(?:a|an|the|his|her|their|its)\s+
    (?:(?:joint|written|brief|separate|televised|video|emailed|radio|TV|newspaper|exclusive|phone
       |public|official|formal|short|text|audio|recorded|regulatory|stock\ exchange|exchange
       |securities|court|quarterly|annual|research|bourse|consultation)\s+)?
    (?:(?:Facebook|Instagram|LinkedIn|Telegram|WeChat|Weibo|X|social\ media|online)\s+)?
    (?:statement|interview|post|tweet|speech|letter|address|report|video|email|message|briefing
       |filing|note|notice|memo|release|news\ release|press\ release|blog\ post|op-ed|column
       |announcement|communique|communiqué|circular|update|bulletin|advisory|newsletter|editorial
       |podcast|dissent|ruling|judgment|judgement|paper|resolution|order|submission)s?\b""",
    regex.VERBOSE,
)
"""The nominal extension of a cue: ``said in a statement``."""

_STATEMENT_START = re.compile(r"\s+in\s")
"""A cheap test that must pass for ``_STATEMENT`` to match (the stdlib ``\\s`` is wider)."""

# --------------------------------------------------------------------------------------
# Word classes
# --------------------------------------------------------------------------------------

_DETERMINERS = frozenset({"the", "a", "an"})
_ADVERBS = frozenset(
    {
        "also",
        "yesterday",  # "Lin yesterday told lawmakers" (Asian and Indian copy)
        "today",
        "later",
        "earlier",
        "previously",
        "again",
        "repeatedly",
        "separately",
        "then",
        "recently",
        "publicly",
        "reportedly",
        "has",
        "had",
        "have",
        "would",
        "will",
        "once",
        "further",
        "frequently",
        "often",
        "quickly",
        "simply",
        "only",
        "firmly",
        "flatly",
        "angrily",
    }
)
"""Words skipped between a speaker and the cue (``he also said``, ``she has said``)."""

_NP_LOWER = (
    frozenset(
        {
            "state",
            "senior",
            "former",
            "foreign",
            "defence",
            "defense",
            "interior",
            "health",
            "finance",
            "deputy",
            "top",
            "local",
            "western",
            "military",
            "security",
            "opposition",
            "rebel",
            "government",
            "public",
            "national",
            "regional",
            "federal",
            "two",
            "three",
            "four",
            "several",
            "some",
            "many",
            "other",
            "news",
            "press",
            "foreign-ministry",
            "kremlin",
            "ministry",
            "company",
            "party",
            "hospital",
            "city",
            "police",
            "fire",
            "emergency",
            "rescue",
            "us",
            "white",
            "house",
            "u.s",
            "un",
        }
    )
    | PERSON_NOUNS
    | GROUP_NOUNS
    | ORGANISATION_HEADS
    | TITLE_WORDS
)
"""Lower-case words allowed inside a speaker noun phrase."""

_STOP_CAPS = frozenset(
    {
        "the",
        "a",
        "an",
        "however",
        "meanwhile",
        "but",
        "and",
        "also",
        "in",
        "on",
        "at",
        "this",
        "that",
        "these",
        "those",
        "asked",
        "when",
        "after",
        "before",
        "earlier",
        "later",
        "separately",
        "still",
        "yet",
        "so",
        "then",
        "there",
        "speaking",
        "last",
        "as",
        "if",
        "while",
        "since",
        "because",
        "although",
        "though",
        "instead",
        "now",
        "today",
        "yesterday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "it",
        "we",
        "they",
        "he",
        "she",
        "i",
        "you",
        "what",
        "which",
        "who",
        "where",
        "why",
        "how",
        "according",
        "for",
        "with",
        "without",
        "by",
        "from",
        "to",
        "of",
        "not",
        "no",
        "yes",
        "both",
        "all",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
    }
)
"""Capitalised words that never start or continue a speaker name (sentence openers)."""

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "jr"}
    | {"det", "insp", "supt", "ch", "maj", "adm", "cpl", "pte", "st", "rev", "fr", "sr"}
    | {"coun", "cllr", "const", "cst"}  # "Coun. Ann Lowe", "Const. Dani McKinnon"
)
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
_DET_OR_POSSESSIVE = _DETERMINERS | _POSSESSIVES
_PERSON_OR_TITLE = PERSON_NOUNS | TITLE_WORDS
_PEOPLE_HEADS = (PERSON_NOUNS | TITLE_WORDS | GROUP_NOUNS) - ORGANISATION_HEADS
"""Heads naming people (``_plural_group`` covers unlisted plurals such as ``forecasters``)."""
_QUANTIFIERS = frozenset({"one", "another", "two", "three", "four", "several", "some", "many"})
"""Quantifiers opening an unnamed speaker (``one senior Tory MP``)."""
"""Possessive determiners opening a nominal speaker (``his lawyer, Dana Kessler,``)."""
_CLAUSE_STARTS = frozenset(
    {
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "this",
        "these",
        "those",
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "some",
        "no",
        "all",
        "most",
        "many",
        "several",
        "any",
        "both",
        "more",
        "nearly",
        "about",
        "at",
    }
)
"""Words that open a reported clause after a cue without ``that``."""

_ADJUNCT_WORDS = frozenset(
    {
        "on",
        "in",
        "at",
        "late",
        "early",
        "earlier",
        "later",
        "last",
        "this",
        "the",
        "a",
        "an",
        "same",
        "day",
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "yesterday",
        "today",
        "tonight",
        "statement",
        "interview",
        "news",
        "press",
        "conference",
        "briefing",
        "televised",
        "address",
        "speech",
        "reporters",
        "journalists",
        "lawmakers",
        "parliament",
        "again",
        "also",
        "repeatedly",
        "previously",
        "separately",
        "publicly",
        "privately",
        "after",
        "before",
        "during",
        "meeting",
        "talks",
        "phone",
        "call",
        "with",
        "his",
        "her",
        "their",
        "its",
        ",",
    }
)
"""Words that may stand between a cue and ``that`` (``said on Thursday that``)."""

_ADJUNCT_WORDS_NO_COMMA = _ADJUNCT_WORDS - {","}

_NO_CLAUSE_LEMMAS = frozenset(
    {"ask", "answer", "comment", "post", "tweet", "decline", "describe", "blame", "accuse"}
)
"""Cue lemmas that never take a bare clause (``asked the court to``)."""


_FRAGMENT_CUES = frozenset({"call", "called", "calls", "calling", "dubbed", "branded", "labelled"})
"""Verbs that govern a quoted fragment (``called it "reckless"``) without being speech cues."""

_CLOSE_OK = {"”": '“„"', '"': '“„"', "“": "„", "»": "«", "’": "‘'", "'": "'‘", "›": "‹"}
"""For a closing mark, the opening marks it may close (mixed straight/curly pairs accepted)."""

_MAX_CLAUSE = 1200
"""Longest reported clause kept, in characters (a run-on "sentence" is not reported speech)."""

_MAX_SEGMENTS = 50_000
"""Per-paragraph cap on recorded quote segments, to keep hostile input cheap."""

# --------------------------------------------------------------------------------------
# Segments: paired quote marks
# --------------------------------------------------------------------------------------

_OPEN, _CLOSE, _EITHER = 1, 2, 3


class _Seg:
    """A paired (or soft-closed) quote inside one paragraph."""

    __slots__ = (
        "attr",
        "close",
        "double",
        "end",
        "kind",
        "nested",
        "open",
        "para",
        "pieces",
        "start",
        "top",
    )

    def __init__(
        self, open_: int, close: int, start: int, end: int, para: int, *, double: bool
    ) -> None:
        self.open = open_
        self.close = close  # -1 when soft-closed at the paragraph end
        self.start = start
        self.end = end
        self.para = para
        self.double = double
        self.top = True
        self.nested: list[Span] = []
        self.pieces: list[_Seg] = [self]
        self.kind: QuoteKind | None = None
        self.attr: _Attr | None = None


def _role(text: str, pos: int, ch: str, start: int, end: int) -> int:
    """Classify the mark at ``pos`` as opener, closer, either, or 0 for an apostrophe."""
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + 1] if pos + 1 < end else " "
    if ch in "“„«‹":
        return _OPEN
    if ch in "”»›":
        return _CLOSE
    prev_space = prev.isspace() or prev in "([{—–-/:;"
    next_space = nxt.isspace() or nxt in ".,;:!?)]}—–…"
    if ch == '"':
        if prev in ",.!?…":
            return _CLOSE
        if prev_space and not next_space:
            return _OPEN
        if next_space and not prev_space:
            return _CLOSE
        return _EITHER
    # Single marks: ‘ ’ '
    if prev.isalnum() and nxt.isalnum():
        return 0  # don't, Russia's
    if ch in "‘'" and prev_space and not next_space:
        if _ELISION.match(text, pos + 1, end):
            return 0  # '90s, 'n', 'em
        return _OPEN
    if ch in "’'" and not prev_space and not prev.isspace() and not nxt.isalnum():
        return _CLOSE
    return 0


_LONE_OPENERS = frozenset('"“„«')
"""The marks that open a quote when they stand alone between spaces."""

_OPENERS = frozenset("“„«‹")
"""Marks that always open (:func:`_role` needs no context for them)."""

_CLOSERS = frozenset("”»›")
"""Marks that always close."""

_DOUBLE_MARKS = frozenset('"“”„«»')
_DOUBLE_MARK = re.compile('["“”„«»]')
"""The double quote marks (their own stack in :func:`_pair`)."""


_LATER_SINGLE_CLOSE = regex.compile(r"(?<=\S)['’](?![\p{L}\p{N}])")
"""A single mark that can close a quote (after a non-space, not before a letter)."""


def _plural_possessive_mark(text: str, pos: int, end: int) -> bool:
    """
    Return whether the single mark at ``pos`` is a plural possessive, not a closer.

    ``s'`` followed by a space and a word (``the Joneses' house``) is a possessive when
    another mark closes the open single quote later in the paragraph (within 300
    characters, so the look-ahead is bounded).
    """
    if text[pos - 1 : pos] != "s" or pos + 2 >= end or text[pos + 1] != " ":
        return False
    if not text[pos + 2].isalnum():
        return False
    return _LATER_SINGLE_CLOSE.search(text, pos + 1, min(end, pos + 300)) is not None


def _pair(text: str, start: int, end: int, para: int) -> tuple[list[_Seg], _Seg | None, bool]:
    """Pair the marks of one paragraph.

    Returns the closed segments (outer and nested), the outermost unclosed double
    opener soft-closed at the paragraph end (or None), and whether the paragraph
    opens with a double mark.
    """
    doubles: list[tuple[int, str]] = []  # stack of (pos, mark)
    singles: list[tuple[int, str]] = []
    segs: list[_Seg] = []
    first_open = False
    seen_text = False
    for m in _HAS_MARK.finditer(text, start, end):
        pos = m.start()
        ch = text[pos]
        # The marks that are always openers or closers are decided here, the
        # others from the characters around them.
        if ch in _OPENERS:
            role = _OPEN
        elif ch in _CLOSERS:
            role = _CLOSE
        else:
            role = _role(text, pos, ch, start, end)
            if not role:
                continue
        is_double = ch in _DOUBLE_MARKS
        if not seen_text:
            seen_text = True
            first_open = is_double and role != _CLOSE and not text[start:pos].strip()
        stack = doubles if is_double else singles
        if role == _CLOSE and singles and not is_double and _plural_possessive_mark(text, pos, end):
            continue  # 'The Joneses' house is ...': a possessive inside an open single quote
        if role == _EITHER:
            role = _CLOSE if stack else _OPEN
        if ch == "“" and stack and stack[-1][1] == "„":
            role = _CLOSE  # German „…“
        if role == _OPEN:
            if stack and stack[-1][1] == ch and ch in "\"'":
                stack.pop()  # an opener never closed: drop it, keep the new one
            if len(stack) < 64:
                stack.append((pos, ch))
            continue
        allowed = _CLOSE_OK.get(ch, "")
        depth = len(stack) - 1
        stop = max(-1, depth - 4)
        while depth > stop:
            if stack[depth][1] in allowed:
                open_pos = stack[depth][0]
                del stack[depth:]
                segs.append(_Seg(open_pos, pos, open_pos + 1, pos, para, double=is_double))
                break
            depth -= 1
        if len(segs) >= _MAX_SEGMENTS:
            # Past the cap only the double stack matters (it gives ``unclosed``), and
            # the single marks never touch it: it is run on alone.
            _run_double_stack(text, pos + 1, start, end, doubles)
            break
    unclosed = None
    if doubles:
        open_pos = doubles[0][0]
        seg = _Seg(open_pos, -1, open_pos + 1, end, para, double=True)
        unclosed = seg
    _trim_all(text, segs)
    if unclosed is not None:
        _trim_all(text, [unclosed])
    return segs, unclosed, first_open


_STRAIGHT_AFTER_STOP = re.compile(r'(?<=[,.!?…])"')
_STRAIGHT_OPENING = re.compile(r'(?<=[\s(\[{—–\-/:;])"(?![\s.,;:!?)\]}—–…])')
_STRAIGHT_CLOSING = re.compile(r'(?<![\s(\[{—–\-/:;])"(?=[\s.,;:!?)\]}—–…])')
r"""
The straight double marks ``_role`` calls closers (after a sentence's punctuation, or
after a word and before a space) and openers (after a space and before a word).

``\s`` is ``str.isspace``; the classes are those of ``_role``.
"""

_SYMBOL_CHARS = re.compile("[\x01\x02]")
_NOT_DOUBLE_SYMBOL = re.compile('[^\x01\x02"“”„«»]+')


def _run_double_stack(
    text: str, pos: int, start: int, end: int, doubles: list[tuple[int, str]]
) -> None:
    r"""
    Run ``_pair``'s stack of double marks over ``text[pos:end]``, recording no segment.

    This is ``_pair`` past ``_MAX_SEGMENTS`` in one paragraph (hostile input: megabytes
    of marks), where only this stack still matters: the single marks never touch it.
    Its steps are ``_pair``'s for a double mark, run on a string of one symbol per mark
    made by the regex engine: a straight ``"`` that ``_role`` calls an opener becomes
    ``\x01``, one it calls a closer ``\x02``, and one it cannot tell stays ``"``
    (it closes an open quote, or opens one); the curly marks stay as they are (``“ „ «``
    open, but a ``“`` closes a German ``„``; ``” »`` close). The classes that decide a
    straight mark see the same characters around it at each pass: a mark already
    replaced by a symbol counts as a word character, as it did as a mark, and a
    ``\x01`` or ``\x02`` of the text becomes an ``x`` first. A closer pops the innermost
    of the last four open marks it may close; an opener past 64 is dropped.
    """
    before = text[pos - 1] if pos > start else " "
    chunk = _SYMBOL_CHARS.sub("x", before + text[pos:end] + " ")
    for pattern, symbol in (
        (_STRAIGHT_AFTER_STOP, "\x02"),
        (_STRAIGHT_OPENING, "\x01"),
        (_STRAIGHT_CLOSING, "\x02"),
    ):
        chunk = pattern.sub(symbol, chunk)
    symbols = _NOT_DOUBLE_SYMBOL.sub("", chunk[1:-1])
    for k, c in enumerate(symbols):
        if c in "\x01„«" or (c == '"' and not doubles):
            mark = '"' if c == "\x01" else c
            if mark == '"' and doubles and doubles[-1][1] == '"':
                doubles.pop()  # an opener never closed: drop it, keep the new one
            if len(doubles) < 64:
                doubles.append((~k, mark))  # ~k < 0: the k-th symbol, placed below
            continue
        if c == "“":
            if doubles and doubles[-1][1] == "„":
                doubles.pop()  # German „…“
            elif len(doubles) < 64:
                doubles.append((~k, c))
            continue
        # A closer: ``\x02``, ``"`` with an open mark, ``”`` or ``»``.
        allowed = "«" if c == "»" else _CLOSE_OK['"']
        depth = len(doubles) - 1
        stop = depth - 4 if depth > 3 else -1
        while depth > stop:
            if doubles[depth][1] in allowed:
                del doubles[depth:]
                break
            depth -= 1
    # The k-th symbol is the k-th double mark from ``pos``: place the open ones.
    marks = _DOUBLE_MARK.finditer(text, pos, end)
    done = 0
    for i, (k, mark) in enumerate(doubles):
        if k < 0:
            k = ~k  # noqa: PLW2901 - the symbol's index becomes its position
            m = next(islice(marks, k - done, None))
            done = k + 1
            doubles[i] = (m.start(), mark)


def _trim_all(text: str, segs: list[_Seg]) -> None:
    """Exclude whitespace at both ends of each segment's content."""
    for seg in segs:
        s, e = seg.start, seg.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        seg.start, seg.end = s, e


def _nest(segs: list[_Seg]) -> list[_Seg]:
    """Mark segments inside other segments as nested; return the top-level ones in order."""
    segs.sort(key=lambda s: (s.open, -s.end))
    tops: list[_Seg] = []
    for seg in segs:
        if tops and seg.open < (tops[-1].close if tops[-1].close >= 0 else tops[-1].end):
            seg.top = False
            if seg.end > seg.start:
                tops[-1].nested.append(_span(seg.start, seg.end))
            continue
        tops.append(seg)
    return tops


# --------------------------------------------------------------------------------------
# Speaker noun phrases
# --------------------------------------------------------------------------------------


_PLACE_ADJECTIVE = re.compile(r"-(?:based|born|owned|led|backed|listed|run|made)\Z")
"""A capitalised adjective of place or owner (``Zurich-based``), not a name."""


class _NP:
    """A speaker mention as written: its span, kind, and the name and role in it."""

    __slots__ = ("_last", "kind", "name", "name_span", "pronoun", "role", "span", "text")

    def _analyse(self, text: str, toks: list[tuple[str, int, int]], lo: int, hi: int) -> None:
        """Read the span, kind, name and role of the mention ``toks[lo:hi]``."""
        words = toks[lo:hi]
        self.span = _span(words[0][1], words[-1][2])
        self.text = text[self.span.start : self.span.end]
        self.pronoun = ""
        self.role: str | None = None
        first = words[0][0].lower()
        if hi - lo == 1 and first in PRONOUNS:
            self.pronoun = first
            self.kind = PRONOUNS[first]
            self.name: str | None = None
            self.name_span: Span | None = None
            return
        det = (
            first
            if (first in _DETERMINERS or first in _POSSESSIVES or first in _QUANTIFIERS)
            and hi - lo > 1
            else ""
        )
        indefinite = det in {"a", "an"} or det in _QUANTIFIERS
        body = words[1:] if det else words
        body, caps = _mention_body(self.text, body)
        lowers = _lowers(body)
        head = lowers[-1]
        name_span: Span | None = _span(body[0][1], body[-1][2])
        kind = "person"
        has_title = body[-1][0][:1].isupper() and not TITLE_WORDS.isdisjoint(lowers[:-1])
        if (
            len(body) > 2
            and lowers[0] in ORGANISATION_HEADS
            and lowers[1] == "of"
            and (head in GROUP_NOUNS or _plural_group(head))
        ):
            # "Association of Ambulance Chief Executives": a body named after its members,
            # not a title and a name
            kind = "organisation"
        elif has_title and (lowers[-1] not in ORGANISATION_HEADS or _titled_name_of(body, lowers)):
            kind = "person"
        elif (
            len(body) > 1
            and body[-1][0][:1].islower()
            and (head in _PEOPLE_HEADS or (_plural_group(head) and head not in ORGANISATION_HEADS))
        ):
            # A lower-case head naming people decides the kind, whatever modifies it:
            # "company officials" is a group, "the bank manager" a person.
            kind = "group" if head in GROUP_NOUNS or _plural_group(head) else "person"
        elif _person_of_organisation(body, lowers):
            kind = "person"  # "Amira Osman of the Kelby Doctors' Network"
        elif (
            not (ORGANISATION_HEADS.isdisjoint(lowers) and ORGANISATION_NAMES.isdisjoint(lowers))
            or (len(body) > 1 and head in _COMPANY_PLURALS and body[-1][0][:1].isupper())
        ) or (
            len(body) == 1
            and head not in TITLE_WORDS
            and head not in GROUP_NOUNS
            and not _plural_group(head)
            and (head in COUNTRIES or body[0][0][:1].isupper())
            # A bare capitalised word (Airbus, Shell, Hamas) is taken for an
            # organisation; the resolver turns it into a person when it is the
            # surname of someone named before (Peskov after Dmitry Peskov).
        ):
            kind = "organisation"
        elif (
            head in GROUP_NOUNS
            or (
                # "Piet Aalders", "Bernie Sanders": a capitalised -ers after a name is a surname
                _plural_group(head)
                and not (len(body) == 2 and body[0][0][:1].isupper() and body[1][0][:1].isupper())
            )
            or (len(body) > 2 and lowers[1] == "of" and body[0][0] in GROUP_NOUNS)
        ):  # "the family of Tom Reyes"
            kind = "group"
        elif any(w[0].endswith(("'s", "’s")) for w in body):
            kind = "organisation" if head in ORGANISATION_HEADS else "person"
        # Split a title from the name: "Kremlin spokesman Dmitry Peskov".
        if kind == "person":
            last_title = -1
            # "Ramesh Patil of the cyber police station": no title after the name
            scan = (
                lowers[: lowers.index("of")]
                if "of" in lowers and _person_of_organisation(body, lowers)
                else lowers
            )
            for i, low in enumerate(scan):
                if (i < len(lowers) - 1 or body[i][0][:1].islower()) and (
                    low in TITLE_WORDS
                    or low in PERSON_NOUNS
                    or (body[i][0][:1].islower() and low.endswith(_ROLE_SUFFIXES) and len(low) > 3)
                    or (i == 0 and _capitalised_occupation(body))  # "Geologist Ana Ruiz"
                ):
                    last_title = i
            if (
                0 <= last_title < len(body) - 3
                and body[last_title + 1][0] == "("
                and body[last_title + 2][0].lower().rstrip(".") in _RETIRED
            ):
                last_title += 3  # "Colonel (retd)": the note belongs to the title
            if last_title >= 0:
                role_words = body[: last_title + 1]
                self.role = text[role_words[0][1] : role_words[-1][2]]
                rest = body[last_title + 1 :]
                if rest and rest[0][0] == ".":
                    self.role = text[role_words[0][1] : rest[0][2]]  # "Gov.", "Lt. Col."
                    rest = rest[1:]
                # "Sen. Paula Greer of Ohio": the name stops at "of"; "Minister for Health
                # Declan Furlong": "for Health" completes the title
                cut = next(
                    (
                        i
                        for i, w in enumerate(rest)
                        if w[0] in {"of", "from"} or (w[0] == "for" and i == 0)
                    ),
                    len(rest),
                )
                rest = rest[:cut] if cut > 0 else _after_title_complement(rest)
                name_span = _span(rest[0][1], rest[-1][2]) if rest else None
            elif not caps:
                name_span = None
            elif (
                poss := next(
                    (i for i, w in enumerate(body[:-2]) if w[0].endswith(("'s", "’s"))), -1
                )
            ) >= 0 and all(w[0][:1].isupper() for w in body[: poss + 3]):
                # "Al Jazeera's Osman Haidar": the outlet the person works for is no title
                name_span = _span(body[poss + 1][1], body[-1][2])
            else:
                # "Amira Osman of the Tana Relief Network": the name stops at "of" as after
                # a title; the organisation is where the person works, not their name
                cut = next(
                    (i for i, w in enumerate(body) if w[0] in {"of", "from", "at"}), len(body)
                )
                if (
                    2 <= cut < len(body) - 1
                    and all(w[0][:1].isupper() for w in body[:cut])
                    and (
                        lowers[cut + 1] == "the"
                        or not ORGANISATION_HEADS.isdisjoint(lowers[cut:])
                        or (cut <= 3 and _name_words(body[cut + 1 :]))  # "of Save the Plains"
                    )
                ):  # but "the Joint Chiefs of Staff" is one name
                    name_span = _span(body[0][1], body[cut - 1][2])
        elif kind == "organisation" and caps:
            # "the charity Shelter", "federation Gesamtmetall": the capitalised name
            # "caps" may come from a capital inside a word ("al-A"): then there is no name.
            # "Syria's state news agency SANA": a lower-case head before the name.
            first_cap = _org_name_start(body, lowers)
            if first_cap > 0 and _name_words(body[first_cap:]):
                if lowers[0] not in {"statement", "report", "letter", "release", "memo"}:
                    self.role = text[body[0][1] : body[first_cap - 1][2]]
                name_span = _span(body[first_cap][1], body[-1][2])
        if det and kind == "person" and _PERSON_OR_TITLE.issuperset(lowers):
            name_span = None  # "the MP", "the Prime Minister": a nominal
        if indefinite and (
            lowers[0] in _PERSON_OR_TITLE
            or lowers[-1] in _PERSON_OR_TITLE
            or _indefinite_role(lowers)  # "an emergency physician at St. Mary's Hospital"
        ):
            kind = "person"
            name_span = None  # "a spokesperson for the Commission": unnamed
        if (
            kind == "person"
            and name_span is not None
            and len(body) >= 3
            and body[-1][0] in _POST_NOMINALS
            and body[-1][2] == name_span.end
            and body[-2][0][:1].isupper()
        ):
            name_span = _span(name_span.start, body[-2][2])  # "Ciara Nolan SC": not the name
        self.kind = kind
        self.name_span = name_span
        if name_span is None:
            self.name = None
            self.pronoun = "indefinite" if indefinite else (det or "nominal")
        else:
            self.name = text[name_span.start : name_span.end]
            if det and not caps and kind != "group" and lowers != ["police"]:
                # "the ministry": a nominal referring back ("the police" names the force)
                self.pronoun = "nominal"
                self.name = None
                self.name_span = None
            elif det == "the" and len(lowers) == 1 and lowers[0] in _GENERIC_ORG_HEADS:
                # "The Bureau said": a capitalised head noun refers back too
                self.pronoun = "nominal"
                self.name = None
                self.name_span = None
        if (
            self.kind == "group"
            and det in {"two", "three", "four"}
            and self.name_span is not None
            and self.name_span.start == body[0][1]
        ):
            # "Two former guests told CBS News": the number is part of the group's name
            self.name_span = _span(words[0][1], self.name_span.end)
            self.name = text[self.name_span.start : self.name_span.end]
        if self.kind == "person" and (
            _title_then_organisation(lowers) or _department_of_country(lowers)
        ):
            # "the General Administration of Customs": "General" is not a rank here
            self.kind = "organisation"
            self.role = None
            self.pronoun = ""
            self.name_span = _span(body[0][1], body[-1][2])
            self.name = text[self.name_span.start : self.name_span.end]
        if det == "the" and (
            (len(body) == 1 and _is_epithet(body[0][0]))
            or (  # "the 22-year-old Spaniard", "the 30-year-old striker"
                len(body) == 2
                and _AGE_EPITHET.match(body[0][0]) is not None
                and (_is_epithet(body[1][0]) or lowers[1] in PERSON_NOUNS)
            )
        ):
            # "the Spaniard", "the 53-year-old": a person named before
            self.kind = "person"
            self.pronoun = "nominal"
            self.name = None
            self.name_span = None

    def __init__(self, text: str, toks: list[tuple[str, int, int]], lo: int, hi: int) -> None:
        # The analysis depends only on the words and their offsets relative to the
        # first one (see _analyse), and a text names the same speakers again and
        # again: it is done once per distinct mention, then copied and shifted.
        self._last: tuple[str, str, str] | None = None
        start, end = toks[lo][1], toks[hi - 1][2]
        mention = text[start:end]
        key: tuple[str | int, ...]
        if hi - lo == 1:  # most mentions are one or two words: no list to build
            key = (mention,)
        elif hi - lo == 2:
            key = (mention, toks[lo + 1][1] - start)
        else:
            key = _mention_key(mention, toks[lo + 1 : hi], start)
        known = _NP_ANALYSES.get(key)
        if known is None:
            self._analyse(text, toks, lo, hi)
            if len(_NP_ANALYSES) >= _NP_ANALYSES_MAX:
                _NP_ANALYSES.clear()
            name_span = self.name_span
            # The mention's text (equal to ``mention``: the span read is start:end) and
            # its last word are kept with the analysis: the mentions made from it share
            # that text object, so ``last_word`` finds the word split already (its cache
            # is checked by the identity of the text). Only the last words of pronouns
            # and nominals are read (by resolution); a name's is split if it ever is.
            mention = self.text
            self._last = last = _last_words(mention) if self.pronoun else None
            _NP_ANALYSES[key] = (
                self.kind,
                self.name,
                None if name_span is None else (name_span.start - start, name_span.end - start),
                self.pronoun,
                self.role,
                mention,
                last,
            )
            return
        self.span = _span(start, end)
        self.kind, self.name, name_at, self.pronoun, self.role, self.text, self._last = known
        self.name_span = None if name_at is None else _span(start + name_at[0], start + name_at[1])

    def moved(self, shift: int) -> _NP:
        """Return a copy of this mention ``shift`` characters further in the text."""
        np: _NP = _new(_NP)
        old = self.span
        # (``_span(old.start + shift, old.end + shift)`` written out: no builder call)
        np.span = span = _new(Span)
        _set_span_start(span, old.start + shift)
        _set_span_end(span, old.end + shift)
        np.text = self.text
        np.kind = self.kind
        np.name = self.name
        name_span = self.name_span
        np.name_span = (
            None if name_span is None else _span(name_span.start + shift, name_span.end + shift)
        )
        np.pronoun = self.pronoun
        np.role = self.role
        # The same text object: its last word, if split already, is the copy's too
        # (``last_word`` checks the text it was split from by identity).
        np._last = self._last
        return np

    def last_word(self) -> str:
        """Return the last word of the mention (split once while its text is unchanged)."""
        return self._split_last()[1]

    def last_lower(self) -> str:
        """Return ``last_word().lower()`` (lowered once while the text is unchanged)."""
        return self._split_last()[2]

    def _split_last(self) -> tuple[str, str, str]:
        """The text, its last word and that in lower case, kept while the text is unchanged."""
        text = self.text
        cached = self._last
        if cached is None or cached[0] is not text:
            cached = self._last = _last_words(text)
        return cached


def _last_words(text: str) -> tuple[str, str, str]:
    """A mention's ``_NP._last``: its text, its last word, and that word in lower case."""
    word = text.rsplit(maxsplit=1)[-1]  # (the last of split(): the same word)
    return (text, word, word.lower())


def _lowers(words: list[tuple[str, int, int]]) -> list[str]:
    """
    Return each word in lower case without its trailing periods (``Gov.`` gives ``gov``).

    ``[w[0].lower().rstrip(".") for w in words]``, each step run by ``map`` in C.
    """
    return list(map(str.rstrip, map(str.lower, map(_WORD, words)), repeat(".")))


def _mention_key(
    mention: str, later: list[tuple[str, int, int]], start: int
) -> tuple[str | int, ...]:
    """
    Return the ``_NP_ANALYSES`` key of a mention: its text, each later word's offset in it.

    ``(mention, *[t[1] - start for t in later])``, the offsets computed by ``map`` in C.
    """
    return (mention, *map(operator.sub, map(_START, later), repeat(start)))


def _mention_body(
    mention: str, body: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], bool]:
    """
    Return a mention's words without a descriptor before a name, and whether one is a name's.

    ``Abuja-based Meridian Capital``: the adjective of place before the name is no part of
    it; ``caps`` tells whether a word is capitalised (or ``al-``/``el-``) and no such
    adjective (``the Zurich-based company`` has none). The words are slices of the
    ``mention`` text: with no hyphen in it, no word is an adjective of place
    (``_PLACE_ADJECTIVE`` needs one) nor starts with ``al-``, and one test does.
    """
    if "-" not in mention:
        return body, any(map(str.isupper, map(_FIRST_CHAR, map(_WORD, body))))
    described = max(
        (i for i, w in enumerate(body[:-1]) if _PLACE_ADJECTIVE.search(w[0])), default=-1
    )
    if (
        described >= 0
        and body[described + 1][0][:1].isupper()
        and all(w[0][:1].isupper() for w in body[:described])  # "Hong Kong-listed"
    ):
        # "Abuja-based Meridian Capital", "Hong Kong-listed Tai Shing Lines": the
        # descriptor before a name is not part of it.
        body = body[described + 1 :]
    caps = any(
        (w[0][:1].isupper() or w[0].startswith(("al-", "el-")))
        and not _PLACE_ADJECTIVE.search(w[0])  # "the Zurich-based company": a nominal
        for w in body
    )
    return body, caps


_NP_ANALYSES: dict[
    tuple[str | int, ...],
    tuple[
        str, str | None, tuple[int, int] | None, str, str | None, str, tuple[str, str, str] | None
    ],
] = {}
"""
``_NP`` analyses by mention text and word offsets (emptied when it reaches the maximum).

Each holds the kind, name, name offsets, pronoun and role, the mention's text and its
``_NP._last`` (the text, its last word and that word in lower case; None for a mention
without a pronoun, split when needed).
"""

_NP_ANALYSES_MAX = 4096


_OCCUPATION_ENDINGS = (
    *("ist", "ician", "keeper", "grapher", "smith", "wright", "worker", "maker", "seller"),
    *("dresser", "fighter", "builder", "farmer", "trader", "driver", "teacher", "owner"),
    *("holder", "plumber", "welder", "architect", "surgeon", "surveyor", "inspector"),
)
"""Endings of unlisted occupations that are not given names (``Geologist``, ``Beekeeper``)."""


def _capitalised_occupation(body: list[tuple[str, int, int]]) -> bool:
    """``Geologist Ana Ruiz``: an unlisted occupation capitalised before a full name."""
    first = body[0][0]
    return (
        len(body) >= 3
        and first[:1].isupper()
        and first.isalpha()
        and first.lower().endswith(_OCCUPATION_ENDINGS)
        and all(w[0][:1].isupper() for w in body[1:])
    )


_COMPANY_PLURALS = frozenset(
    {"holdings", "systems", "technologies", "pharmaceuticals", "industries", "networks"}
    | {"logistics", "airlines", "airways", "motors", "foods", "brands", "partners", "resources"}
    | {"electronics", "chemicals", "enterprises", "ventures", "solutions", "utilities"}
    | {"communications", "railways", "markets", "labs", "studios", "therapeutics", "dynamics"}
    | {"minerals", "metals", "robotics", "analytics", "biosciences", "diagnostics", "plantations"}
    | {"semiconductors", "materials", "textiles", "properties", "investments", "securities"}
    | {"aerospace", "biotech", "software"}
)
"""Last words that make a capitalised name a company's (``Northwind Logistics``)."""


_POST_NOMINALS = frozenset(
    {"SC", "KC", "QC", "MP", "MSP", "MLA", "TD", "MEP", "OBE", "CBE", "MBE", "KBE", "PhD"}
)
"""Letters after a person's name that are not part of it (``Ciara Nolan SC``)."""


def _person_of_organisation(body: list[tuple[str, int, int]], lowers: list[str]) -> bool:
    """
    ``Amira Osman of the Kelby Doctors' Network``: a name, then the organisation it speaks for.

    Two or three capitalised words that are not an organisation's, a title's or a place's
    before *of*/*at*/*from*, and an organisation head after it; not ``Bank of England``.
    """
    if "of" not in lowers and "at" not in lowers and "from" not in lowers:
        return False  # (with no such word, ``cut`` below is 0: no name of two words before)
    # "(senior) inspector Ramesh Patil of the cyber police station": a role before the name
    lead = next(
        (i + 1 for i in range(min(3, len(body)) - 1, -1, -1) if lowers[i] in _PERSON_OR_TITLE),
        0,
    )
    if any(w[0][:1].isupper() for w in body[:lead]):
        lead = 0
    cut = next((i for i, low in enumerate(lowers) if low in {"of", "at", "from"}), 0)
    return (
        2 <= cut - lead <= 3
        and all(w[0][:1].isupper() and w[0].replace("-", "").isalpha() for w in body[lead:cut])
        and not any(
            low in ORGANISATION_HEADS
            or low in ORGANISATION_NAMES
            or low in TITLE_WORDS
            or low in COUNTRIES
            or low in _STOP_CAPS
            for low in lowers[lead:cut]
        )
        and not ORGANISATION_HEADS.isdisjoint(lowers[cut + 1 :])
    )


def _indefinite_role(lowers: list[str]) -> bool:
    """A person noun heading the words before a preposition (``emergency physician | at X``)."""
    cut = next((i for i, low in enumerate(lowers) if low in {"of", "at", "for", "from"}), 0)
    return cut > 0 and lowers[cut - 1] in _PERSON_OR_TITLE


def _titled_name_of(body: list[tuple[str, int, int]], lowers: list[str]) -> bool:
    """``Dr. Amy Chen of Johns Hopkins University``: a title and a name before ``of``/``at``."""
    cut = next((i for i, low in enumerate(lowers) if low in {"of", "at", "from"}), 0)
    return (
        cut > 1
        and lowers[0] in TITLE_WORDS
        and all(w[0][:1].isupper() or w[0] == "." for w in body[:cut])
        and any(low and low not in TITLE_WORDS for low in lowers[1:cut])
    )


def _after_title_complement(rest: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """
    Return the name after ``of the Opposition`` in ``Leader of the Opposition P. Kannan``.

    The complement of a title is one capitalised word (``of State``), possibly with
    ``for X`` (``of State for Trade``) and ``and the X`` (``for Sustainability and the
    Environment``); the name is what follows, or nothing.
    """
    i = 1
    if i < len(rest) and rest[i][0].lower() == "the":
        i += 1
    i += 1
    last = ""
    while i + 1 < len(rest) and rest[i][0] in {"for", "and"}:
        last = rest[i][0]
        i += 3 if rest[i + 1][0] == "the" and i + 2 < len(rest) else 2  # "and the Environment"
    tail = rest[i:]
    if len(tail) == 1 and last == "and":
        return []  # "Minister for Further and Higher Education": one word ends the complement
    if len(tail) >= 3 and tail[0][0].lower() in _COMPLEMENT_HEADS:
        tail = tail[1:]  # "Minister of National Defense Lin Chih-ming"
    if tail and all(w[0][:1].isupper() or w[0] == "." for w in tail) and tail[0][0] != ".":
        return tail
    return _name_after_long_complement(rest)


_COMPLEMENT_HEADS = frozenset(
    {"affairs", "defense", "defence", "health", "security", "development", "education"}
    | {"justice", "trade", "industry", "finance", "energy", "transport", "works", "welfare"}
    | {"resources", "relations", "planning", "environment", "infrastructure", "services"}
)
"""Second words of two-word title complements (``of National Defense``, ``for Home Affairs``)."""


def _name_after_long_complement(rest: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """
    Return the name after a complement of several capitalised words, or nothing.

    ``of the Supreme Council of Antiquities Hisham Abdel-Rahman``: the complement ends
    one word after its last *of* or *for* (two with a listed second word: ``of National
    Defense Lin Chih-ming``); the two to four capitalised words after it are the name.
    """
    last = max((x for x, w in enumerate(rest) if w[0] in {"of", "for"}), default=-1)
    if last < 0:
        return []
    i = last + 1
    if i < len(rest) and rest[i][0] == "the":
        i += 1
    i += 1
    if i < len(rest) and rest[i][0].lower() in _COMPLEMENT_HEADS:
        i += 1
    tail = rest[i:]
    if (
        2 <= len(tail) <= 4
        and all(w[0][:1].isupper() and w[0].replace("-", "").isalpha() for w in tail)
        and not any(w[0].lower() in ORGANISATION_HEADS for w in tail)
        and all(w[0][:1].isupper() for w in rest[1:i] if w[0] not in _NAME_CONNECTORS)
    ):
        return tail
    return []


_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "on"})


def _name_words(words: list[tuple[str, int, int]]) -> bool:
    """Capitalised words, with connectors inside (``Ministry of Defence``)."""
    return (
        bool(words)
        and words[0][0][:1].isupper()
        and words[-1][0][:1].isupper()
        and all(w[0][:1].isupper() or w[0] in _NAME_CONNECTORS for w in words)
    )


_DEPARTMENT_WORDS = frozenset(
    {"health", "statistics", "transport", "environment", "parks", "justice", "immigration"}
    | {"agriculture", "fisheries", "finance", "employment", "sport", "air", "elections"}
)
"""First words of bodies named after their country (``Health Canada``, ``Air France``)."""


def _department_of_country(lowers: list[str]) -> bool:
    """``Health Canada``, ``Statistics Canada``: a department or company, not a person."""
    return len(lowers) == 2 and lowers[0] in _DEPARTMENT_WORDS and lowers[1] in COUNTRIES


def _title_then_organisation(lowers: list[str]) -> bool:
    """``General Administration of Customs``: a title word opening an organisation's name."""
    cut = lowers.index("of") if "of" in lowers else len(lowers)
    return (
        cut >= 2
        and lowers[0] in TITLE_WORDS
        and lowers[cut - 1] in ORGANISATION_HEADS
        and _NAME_CONNECTORS.isdisjoint(lowers[:cut])
        and not {"at", "from", "in"}.intersection(lowers[:cut])
    )


_AGE_EPITHET = re.compile(r"\d{1,3}-year-old\Z")
_NOT_DEMONYMS = frozenset(
    {"ottoman", "chairman", "spokesman", "ombudsman", "brian", "christian", "julian", "vivian"}
    | {"guardian", "australian", "herald", "standard"}  # newspapers: "the Guardian reported"
)


@_word_cache
def _is_epithet(word: str) -> bool:
    """``53-year-old`` or a demonym (``Spaniard``, ``Frenchman``, ``Brazilian``)."""
    if _AGE_EPITHET.match(word):
        return True
    low = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(low) > 4
        and low.endswith(("ard", "man", "ian", "ese"))
        and low not in _NOT_DEMONYMS
        and low not in ORGANISATION_NAMES
        and low not in COUNTRIES
    )


def _org_name_start(body: list[tuple[str, int, int]], lowers: list[str]) -> int:
    """Return where the name starts after a lower-case descriptor of an organisation, or 0."""
    if body[0][0][:1].islower():
        # "statement from the Ministry of Defence"; not "state government of Schleswig-Holstein"
        first_cap = next((i for i, w in enumerate(body) if w[0][:1].isupper()), 0)
        if (
            first_cap > 0
            and lowers[first_cap - 1] not in {"of", "in"}
            and _name_words(body[first_cap:])
        ):
            return first_cap
    last_low = max((i for i, w in enumerate(body) if w[0][:1].islower()), default=-1)
    if (
        last_low < 0
        or last_low == len(body) - 1
        or lowers[last_low] in {"of", "for", "at", "from", "in"}
    ):
        return 0
    if body[0][0][:1].islower() or lowers[last_low] in ORGANISATION_HEADS:
        return last_low + 1
    return 0


@_word_cache
def _is_np_word(word: str) -> bool:
    """Return whether ``word`` may sit inside a speaker noun phrase."""
    low = word.lower()
    if len(word) > 1 and word.isupper():
        return True  # an acronym: WHO, NATO
    if word[:1].isupper():
        return low not in _STOP_CAPS and low.rstrip(".") not in _STOP_CAPS
    if word[:1].isdigit():
        return True
    return low in _NP_LOWER or low in NAME_PARTICLES or low.startswith(("al-", "el-", "bin-"))


_GROUP_SUFFIXES = ("ers", "ists", "ians", "ants", "ents", "ors")


@_word_cache
def _plural_group(low: str) -> bool:
    """Return whether a lower-case word looks like a plural of people (``forecasters``)."""
    return low.endswith(_GROUP_SUFFIXES) and len(low) > 5


@_word_cache
def _is_head(word: str) -> bool:
    """Return whether ``word`` may end a speaker noun phrase."""
    low = word.lower()
    if len(word) > 1 and word.isupper():
        return True
    if word[:1].isupper():
        return low not in _STOP_CAPS
    if _plural_group(low) or low.startswith(("al-", "el-")):
        return True
    return (
        low in PERSON_NOUNS or low in GROUP_NOUNS or low in ORGANISATION_HEADS or low in TITLE_WORDS
    )


_BOUNDARY_WORDS = frozenset({",", ";", ":", "(", "and", "but", "—", "–", "-", '"', "“", "”"})
"""Tokens that may stand before a speaker noun phrase."""

_ROLE_SUFFIXES = ("ist", "er", "or", "ian", "ant", "ent", "man", "woman", "person")
"""Endings of unlisted occupation nouns used as titles (``guitarist Mick Harlan``)."""

_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight"}
)


@_word_cache
def _lower_alpha(word: str) -> bool:
    """Return whether ``word`` is a lower-case word (possibly a possessive)."""
    return word[:1].islower() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _modified_group(toks: list[tuple[str, int, int]], lo: int, j: int) -> int:
    """
    Return where ``transport officials`` starts after a boundary (``, transport officials said``).

    One or two unknown lower-case modifiers of a lower-case group head, after a comma,
    *and* or the like, name the group (``county officials``, ``prison officials``); 0
    when the words before the head are not such modifiers.
    """
    head = toks[j][0]
    if not (head in GROUP_NOUNS or _plural_group(head)):
        return 0
    if any(t[0].lower() in _DET_OR_POSSESSIVE or t[0] in {"of", "for", "at"} for t in toks[lo:j]):
        return 0  # ", appearing for the family, told": a participle phrase, not a group
    b = lo - 1
    while (
        b >= 0
        and lo - b <= 2
        and _lower_alpha(toks[b][0])
        and toks[b][0].lower() not in _STOP_CAPS
        and toks[b][0].lower() not in CUE_FORMS
    ):
        b -= 1
    if b == lo - 1 or b < 0 or toks[b][0].lower() not in _BOUNDARY_WORDS:
        return 0
    return b + 1


_QUANTIFIER_SUBJECTS = frozenset({"some", "others", "many", "most", "several", "few"})
"""Quantifiers standing alone as a group subject: ``though some said``."""

_JOINERS = frozenset({",", ";", "though", "although", "but", "while", "whereas", "and", "yet"})
"""What may open a clause whose subject is a bare quantifier (not ``for some said``)."""


def _np_back(text: str, toks: list[tuple[str, int, int]], k: int) -> _NP | None:
    """Read the speaker noun phrase ending just before token ``k``."""
    j = k - 1
    while j >= 0:
        low = toks[j][0].lower()
        if low in _ADVERBS and low != "told":
            j -= 1
        elif low in _DAYS and j > 0 and toks[j - 1][0].lower() == "on":
            j -= 2  # "Rao on Friday said"
        else:
            break
    if j < 0:
        return None
    word = toks[j][0]  # ``low`` is its lower-case form (the loop above stopped at it)
    if low in PRONOUNS:
        return _NP(text, toks, j, j + 1)
    if low in _QUANTIFIER_SUBJECTS and word[:1].islower() and j > 0 and toks[j - 1][0] in _JOINERS:
        group = _NP(text, toks, j, j + 1)  # "..., though some said": a group, as "Some said"
        group.kind, group.name, group.name_span, group.pronoun = "group", word, group.span, ""
        return group
    if word in {")", "."}:
        return _np_back_suffixed(text, toks, j)
    if word == ",":
        return _np_before_asides(text, toks, j)
    post = _np_post_modified(text, toks, j) or _np_org_in_place(text, toks, j)
    if post is not None:
        return post
    is_head = _is_head(word)  # pure: computed once for the checks below
    if (
        not is_head
        and _lower_alpha(word)
        and low not in _STOP_CAPS
        and j > 0
        and toks[j - 1][0].lower() in _DET_OR_POSSESSIVE
    ):
        return _NP(text, toks, j - 1, j + 1)  # "Her landlord has told", "The report said"
    if (
        word[:1].isdigit()
        and j > 0
        and toks[j - 1][0].lower() in _DET_OR_POSSESSIVE
        and _AGE_EPITHET.match(word)
    ):
        return _NP(text, toks, j - 1, j + 1)  # "the 53-year-old said"
    if j > 1 and _lower_alpha(word) and _modifier_cap(toks, j - 1) and not is_head:
        return _NP(text, toks, j - 2, j + 1)  # "A Queensland grazier says"
    if (
        _lower_alpha(word)
        and j > 1
        and toks[j - 1][0] in {"'", "’"}
        and toks[j - 2][2] == toks[j - 1][1]
        and toks[j - 2][0].endswith("s")
        and toks[j - 2][0][:1].isupper()
    ):
        return _NP(text, toks, j - 2, j + 1)  # "Farmers' unions vowed": a plural possessive
    if not is_head:
        return None
    hi = j + 1
    lo = j
    count = 0
    while lo - 1 >= 0 and count < 10:
        w = toks[lo - 1][0]
        low = w.lower()
        if low in _POSSESSIVES or low in _QUANTIFIERS:
            lo -= 1
            break
        if low in _DETERMINERS:
            if lo - 2 >= 0 and toks[lo - 2][0].lower() in {"of", "for", "at"}:
                lo -= 2
                count += 2
                continue
            if (
                lo >= 4
                and toks[lo - 2][0] == "and"
                and toks[lo - 3][0][:1].isupper()
                and toks[lo - 4][0] in {"of", "for"}
            ):
                lo -= 2  # "Minister for Sustainability and the Environment Lim Wei Ling"
                count += 2
                continue
            lo -= 1
            break
        if low in {"of", "for", "at"} and lo - 2 >= 0 and _is_np_word(toks[lo - 2][0]):
            lo -= 1
            count += 1
            continue
        if (
            w == "."
            and lo - 2 >= 0
            and (
                toks[lo - 2][0].lower() in _ABBREVIATIONS
                or (len(toks[lo - 2][0]) == 1 and toks[lo - 2][0].isupper())
                or _dotted_caps(toks[lo - 2][0])  # "A senior U.S. official"
            )
        ):
            lo -= 1
            continue
        if _is_np_word(w) or _given_name(toks, lo - 1) or _plural_possessive(toks, lo - 1):
            lo -= 1
            count += 1
            continue
        if (
            w == ")"
            and lo - 4 >= 0
            and toks[lo - 3][0] == "("
            and toks[lo - 2][0].lower().rstrip(".") in _RETIRED
        ):
            lo -= 3  # "Colonel (retd) Hugh Penrose"
            continue
        if w == "and" and (start := _name_list_start(toks, lo - 1)) >= 0:
            count += lo - start  # "the Minister for Further and Higher Education has said"
            lo = start
            continue
        if w == "&" and lo - 2 >= 0 and toks[lo - 2][0][:1].isupper() and toks[lo][0][:1].isupper():
            lo -= 1  # "Harwood & Pryce analyst Thea Marchetti"
            continue
        if _lower_alpha(w) and low not in CUE_FORMS:
            # "The central bank", "Japan's trade ministry": unknown modifiers of a
            # lower-case head are kept when a determiner or a possessive name closes
            # the phrase within three words.
            if start := _modified_group(toks, lo, j):
                lo = start  # ", transport officials said": a comma closes it
                break
            m = lo - 1
            while m >= 0 and lo - m <= 3 and (_lower_alpha(toks[m][0]) or _modifier_cap(toks, m)):
                if toks[m][0].lower() in _DET_OR_POSSESSIVE or toks[m][0] in {"that", "which"}:
                    break  # "a crackdown that opposition groups called": the relative ends it
                m -= 1
            between = [t[0].lower() for t in toks[max(m, 0) + 1 : lo]]
            nominal = toks[j][0][:1].islower() or any(
                w.endswith(("'s", "’s")) or w in TITLE_WORDS for w in between
            )
            if (
                m >= 0
                and nominal
                and (
                    toks[m][0].lower() in _DET_OR_POSSESSIVE
                    or (toks[m][0][:1].isupper() and toks[m][0].endswith(("'s", "’s")))
                )
            ):
                lo = m
                while (
                    lo > 0
                    and toks[lo][0][:1].isupper()
                    and _capitalised_word(toks[lo - 1][0])
                    and toks[lo - 1][0].lower() not in _STOP_CAPS
                ):
                    lo -= 1  # "New Zealand's central bank": the whole name before 's
                if (
                    lo >= 2
                    and toks[lo - 1][0] in {"of", "at", "from"}
                    and _capitalised_word(toks[lo - 2][0])
                    and toks[lo - 2][0].lower() not in _STOP_CAPS
                ):
                    lo -= 1  # "Ramesh Patil of the cyber police station": the person's
                    count += 1
                    continue
                break
            if m >= 0 and m < lo - 1 and toks[m][0] in {"that", "which"} and _is_head(toks[j][0]):
                lo = m + 1  # "a sweep that rights groups called": the plural after the relative
                break
            head = toks[j][0].lower()
            if (
                m >= 0
                and (head in GROUP_NOUNS or _plural_group(head))
                and _opening_modifier(toks, m)
                and all(w not in _STOP_CAPS and w not in CUE_FORMS for w in between)
            ):
                lo = m  # "Human rights groups said", "Nursing home industry groups have said"
                break
            if (
                low.endswith(_ROLE_SUFFIXES)
                and toks[lo][0][:1].isupper()
                and (lo - 2 < 0 or toks[lo - 2][0].lower() in _BOUNDARY_WORDS)
            ):
                lo -= 1  # "guitarist Mick Harlan said"
            elif low.endswith(_ROLE_SUFFIXES) and toks[lo][0][:1].isupper():
                lo = _modified_role_start(toks, lo - 1, lo)  # "state miner Bukit Jaya said"
            elif toks[lo][0][:1].islower() and lo + 1 < hi and toks[lo + 1][0][:1].isupper():
                lo = _modified_role_start(toks, lo, lo)  # "mortgage lender Halifax said"
        break
    while lo < hi and toks[lo][0].lower() in {"of", "for", "at"}:
        lo += 1
    if lo >= hi:
        return None
    return _NP(text, toks, lo, hi)


_RETIRED = frozenset({"retd", "rtd", "ret", "retired"})
"""A bracketed note after a rank (``Colonel (retd)``), part of the title."""

_COMPANY_SUFFIXES = frozenset({"co", "inc", "corp", "ltd", "bros", "plc"})
"""Abbreviations that end a company name with their period (``Kansai Aero Co.``)."""

_MONTH_NAMES = frozenset({"april", "may", "june", "august"})
"""Months that are also given names (``June Calloway``)."""


def _given_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """
    Return whether the month-like word at ``i`` is a given name (``June Calloway``).

    A capitalised ``He`` after a title or a capitalised word, inside the sentence and
    before a name, is a family name too (``Spokesperson He Linwei``), not the pronoun.
    """
    if toks[i][0] == "He" and i > 0:
        prev = toks[i - 1][0]
        if not (prev.isalpha() and (prev[:1].isupper() or prev.lower() in _PERSON_OR_TITLE)):
            return False
    elif toks[i][0].lower() not in _MONTH_NAMES:
        return False
    return (
        toks[i][0][:1].isupper()
        and i + 1 < len(toks)
        and toks[i + 1][0][:1].isupper()
        and toks[i + 1][0].isalpha()
        and toks[i + 1][0].lower() not in _STOP_CAPS
    )


def _modified_occupation(toks: list[tuple[str, int, int]], j: int) -> bool:
    """``veteran broker`` in ``said a veteran broker, ...``: a modifier, an unlisted occupation."""
    if j + 1 >= len(toks):
        return False
    noun = toks[j + 1][0]
    low = noun.lower()
    return (
        _lower_alpha(noun)
        and low.endswith(_ROLE_SUFFIXES)
        and len(low) > 4
        and low not in CUE_FORMS
        and (j + 2 >= len(toks) or toks[j + 2][0] in {",", ".", ";", "known", "nicknamed", "who"})
    )


@_word_cache
def _capitalised_word(word: str) -> bool:
    """A capitalised word of letters that is not a function word (``Aid``, ``Chinese``)."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in _STOP_CAPS


def _opening_modifier(toks: list[tuple[str, int, int]], m: int) -> bool:
    """A capitalised modifier opening a clause before a group noun (``Aid workers``)."""
    return _capitalised_word(toks[m][0]) and (
        m == 0 or toks[m - 1][0] in {"—", "–", "-", ":", ".", ",", "("}
    )


def _plural_possessive(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Return whether the token at ``i`` is the apostrophe of ``Farmers'`` inside a name."""
    return (
        toks[i][0] in {"'", "’"}
        and i > 0
        and toks[i - 1][2] == toks[i][1]
        and toks[i - 1][0].endswith("s")
        and toks[i - 1][0][:1].isupper()
        and i + 1 < len(toks)
        and toks[i + 1][1] > toks[i][2]
        and toks[i + 1][0][:1].isupper()
    )


def _modifier_cap(toks: list[tuple[str, int, int]], m: int) -> bool:
    """A capitalised modifier inside a nominal (``a Chinese commerce official``)."""
    return _capitalised_word(toks[m][0]) and m > 0 and toks[m - 1][0].lower() in _DET_OR_POSSESSIVE


def _name_list_end(toks: list[tuple[str, int, int]], j: int) -> int:
    """
    Return the index after ``, Industry and Energy`` read from the comma or *and* at ``j``.

    Capitalised words joined by commas and a final *and* (``Trade, Industry and Energy``);
    0 when the words at ``j`` are not such a list.
    """
    n = len(toks)
    k = j
    while k + 1 < n and toks[k][0] == "," and _capitalised_word(toks[k + 1][0]):
        k += 2
    if k + 1 < n and toks[k][0] == "and" and _capitalised_word(toks[k + 1][0]):
        return k + 2
    return 0


def _listed_complement(toks: list[tuple[str, int, int]], lo: int, n: int) -> bool:
    """
    Whether a name list ending before ``n`` belongs to a title or an organisation's name.

    ``Ministry of Trade, Industry and Energy``, ``Secretary for Transport and Logistics``
    (*of* or *for* after an organisation head or a capitalised title, in ``toks[lo:]``),
    or ``Economy, Trade and Industry Minister`` (a capitalised title after the list).
    """
    if n < len(toks) and toks[n][0][:1].isupper() and toks[n][0].lower() in TITLE_WORDS:
        return True
    return any(
        toks[x][0] in {"of", "for"}
        and toks[x - 1][0][:1].isupper()
        and (toks[x - 1][0].lower() in ORGANISATION_HEADS or toks[x - 1][0].lower() in TITLE_WORDS)
        for x in range(max(lo, 1), n)
    )


def _name_list_start(toks: list[tuple[str, int, int]], a: int) -> int:
    """
    Return where the list ending with ``and Energy`` (*and* at ``a``) starts, or -1.

    The list must complete a title or an organisation's name (see _listed_complement).
    """
    if not (0 < a < len(toks) - 1 and _capitalised_word(toks[a - 1][0])):
        return -1
    i = a - 1
    while i >= 2 and toks[i - 1][0] == "," and _capitalised_word(toks[i - 2][0]):
        i -= 2
    if _listed_complement(toks, max(0, i - 2), a + 2 if a + 2 < len(toks) else a + 1):
        return i
    if _named_organisation_list(toks, i, a):
        return i
    return -1


def _named_organisation_list(toks: list[tuple[str, int, int]], i: int, a: int) -> bool:
    """
    Whether the list from ``i`` to *and* at ``a`` is inside an organisation's name.

    ``the Nurses and Midwives Organisation``, ``the Food and Drug Administration``.

    After *the* (at most two more capitalised words before the list), capitalised words
    after *and* up to a capitalised organisation head.
    """
    k = i - 1
    while k >= 0 and i - k <= 2 and _capitalised_word(toks[k][0]):
        k -= 1
    if k < 0 or toks[k][0].lower() != "the":
        return False
    m = a + 1
    while m < len(toks) and m - a <= 4 and _capitalised_word(toks[m][0]):
        if toks[m][0].lower() in ORGANISATION_HEADS:
            return True
        m += 1
    return False


def _np_back_suffixed(text: str, toks: list[tuple[str, int, int]], j: int) -> _NP | None:
    """
    Read a speaker ending with ``Co.`` or an acronym in brackets before token ``j``.

    ``Kansai Aero Co. said`` (the period is part of the name), ``the National
    Environment Agency (NEA) said`` (the bracket is skipped; the name is the speaker).
    """
    word = toks[j][0]
    if word == ".":
        if j == 0 or toks[j - 1][0].lower() not in _COMPANY_SUFFIXES:
            return None
        np = _np_back(text, toks, j)
        if np is None or np.span.end != toks[j - 1][2]:
            return None
        np.span = _span(np.span.start, toks[j][2])
        np.text = text[np.span.start : np.span.end]
        if np.name_span is not None and np.name_span.end == toks[j - 1][2]:
            np.name_span = _span(np.name_span.start, toks[j][2])
            np.name = text[np.name_span.start : np.name_span.end]
        return np
    # ")": an acronym or short name in brackets: "(NEA)", "(Nea Agency)", or a party and
    # district or state: "(D-District 7)", "(R-Texas)", "(D-Calif.)"
    o = j - 1
    while (
        o > 0
        and j - o <= 7
        and toks[o][0] != "("
        # capitalised, a digit, a period, a comma, or an uncased script: "Lin Chih-ming
        # (林志明)", "Coun. Frank Zito (Ward 23, Scarborough North)"
        and (
            (toks[o][0][:1].isalnum() and not toks[o][0][:1].islower()) or toks[o][0] in {".", ","}
        )
    ):
        o -= 1
    if o <= 0 or o == j - 1 or toks[o][0] != "(":
        return None
    return _np_back(text, toks, o)


_POST_MODIFIERS = frozenset(
    {"in", "at", "from", "with", "of", "for", "to", "on", "familiar", "close", "knowledge", "near"}
)


_QUANTIFIERS_OF_PLACES = frozenset({"both", "all", "each", "either"})
"""Quantifiers inside a prepositional post-modifier (``on both sides``, ``in all regions``)."""


def _modified_role_start(toks: list[tuple[str, int, int]], r: int, lo: int) -> int:
    """
    Return where ``mortgage lender`` starts before ``Halifax`` (the role noun at ``r``).

    One or two lower-case modifiers before an unlisted occupation or company noun,
    back to a boundary (a comma, the sentence start); otherwise ``lo`` unchanged.
    """
    m = r - 1
    while m >= 0 and r - m <= 2 and _lower_alpha(toks[m][0]) and toks[m][0] not in CUE_FORMS:
        m -= 1
    if m < r - 1 and (m < 0 or toks[m][0].lower() in _BOUNDARY_WORDS):
        return m + 1
    return lo


def _np_post_modified(text: str, toks: list[tuple[str, int, int]], j: int) -> _NP | None:
    """
    Read a speaker with a post-modifier ending at token ``j``.

    ``Officials in Maricopa County``, ``A source familiar with the negotiations``,
    ``Two people familiar with the investigation``: a person or group noun, then a
    prepositional phrase of at most six words.
    """
    if toks[j][0].lower() in _DETERMINERS:
        return None  # "Officials at the state ...": "state" is no cue after "the"
    stop = max(-1, j - 8)
    if _POST_MODIFIERS.isdisjoint(map(str.lower, map(_WORD, toks[stop + 1 : j]))):
        # The phrase needs a preposition (the token after its head, in (stop, j)): with
        # none there, the loop below returns None too (checked in C, and at once).
        return None
    g = j - 1
    saw_preposition = False
    while g > stop:
        low = toks[g][0].lower()
        if (low in GROUP_NOUNS or low in PERSON_NOUNS or _plural_group(low)) and saw_preposition:
            break
        if low in _POST_MODIFIERS:
            saw_preposition = True
        elif not (
            low in _DETERMINERS
            or low in {"this", "these"}  # "Fishermen in this port city"
            or low in _QUANTIFIERS_OF_PLACES  # "Lawmakers on both sides"
            or (toks[g][0][:1].isalnum() and low not in CUE_FORMS and low not in _STOP_CAPS)
        ):
            return None
        g -= 1
    else:
        return None
    if g <= stop or toks[g + 1][0].lower() not in _POST_MODIFIERS:
        return None
    if (
        toks[g][0][:1].isupper()
        and toks[g][0].lower() in TITLE_WORDS
        and _after_title_complement(toks[g + 1 : j + 1])
    ):
        return None  # "Minister for Health Declan Furlong": a title and its complement
    if (
        toks[g][0].lower() in TITLE_WORDS
        and g + 3 < j
        and toks[g + 2][0].islower()
        and all(_capitalised_word(t[0]) for t in toks[g + 3 : j + 1])
        and toks[j][0].lower() not in ORGANISATION_HEADS
    ):
        return None  # "head of research Mohd Syafiq Hamdan": a title, then the name
    lo = g
    if lo > 0 and (
        toks[lo - 1][0].lower() in _DETERMINERS or toks[lo - 1][0].lower() in _QUANTIFIERS
    ):
        lo -= 1
    elif lo > 0 and _opening_modifier(toks, lo - 1):
        lo -= 1  # "Aid workers in the city say", at the start of the sentence
    np = _NP(text, toks, lo, g + 1)
    np.span = _span(toks[lo][1], toks[j][2])
    np.text = text[np.span.start : np.span.end]
    if np.kind == "group" and np.name is not None:
        np.name = np.text if toks[lo][0].lower() not in _DETERMINERS else np.text.split(None, 1)[-1]
        np.name_span = np.span
    return np


def _dotted_caps(word: str) -> bool:
    """An abbreviation with inner periods (``U.S``, ``U.N``), its final period a token."""
    return "." in word and word.replace(".", "").isupper()


def _np_org_in_place(text: str, toks: list[tuple[str, int, int]], j: int) -> _NP | None:
    """
    Read ``The defence ministry in Kyiv``, ``the U.S. embassy in Baghdad`` ending at ``j``.

    An organisation named by a lower-case head, then ``in`` and a place: the place is
    part of the name, not the speaker.
    """
    if "in" not in map(_WORD, toks[max(j - 4, 0) : j]):
        return None  # the loop below stops within four tokens before j, at "in" or no match
    p = j
    while (
        p >= 0 and j - p < 4 and toks[p][0][:1].isupper() and toks[p][0].lower() not in _STOP_CAPS
    ):
        p -= 1
    if p == j or p < 1 or toks[p][0] != "in":
        return None
    head = toks[p - 1][0]
    if not head[:1].islower() or head not in ORGANISATION_HEADS:
        return None
    np = _np_back(text, toks, p)
    if np is None or np.span.end != toks[p - 1][2] or np.kind != "organisation":
        return None
    _extend_mention(text, np, toks[j][2], rename=True)
    np.pronoun = ""
    return np


def _extend_mention(text: str, np: _NP, end: int, *, rename: bool) -> None:
    """Extend ``np`` to ``end``; with ``rename``, its name is the whole mention bar ``the``."""
    np.span = _span(np.span.start, end)
    np.text = text[np.span.start : end]
    if rename:
        words = np.text.split(None, 1)
        start = np.span.start
        if len(words) > 1 and words[0].lower() in _DETERMINERS:
            start = text.index(words[1], start)
        np.name_span = _span(start, end)
        np.name = text[start:end]


def _np_before_asides(text: str, toks: list[tuple[str, int, int]], j: int) -> _NP | None:
    """
    Read the speaker before comma-delimited asides ending at the comma ``j``.

    ``Jane Roe, a doctor at the hospital, said``; ``Ms Hughes, 42, from Swansea, said``;
    ``The head of the agency, Sir Alan Marsh, said`` (the apposed name wins).
    """
    comma = j
    first_aside: tuple[int, int] | None = None
    for _ in range(4):  # "Wang Jian, a farmer in Dongying, east China's Shandong Province, who ..."
        np = _np_back(text, toks, comma) if comma > 0 and toks[comma - 1][0] != "," else None
        if np is not None and _relative_aside(toks, comma):
            np = None  # "The company, which employs 3,000 people, said": not "people"
        if (
            np is not None
            and np.name is None
            and np.pronoun not in PRONOUNS
            and (
                toks[0][1] == np.span.start
                or (toks[1][1] == np.span.start and toks[0][0] in {"But", "And", "Yet"})
            )
            and first_aside is not None
        ):
            return np  # "(But) the report, published by the foundation, said"
        if (
            np is not None and np.name is not None and np.pronoun == "" and not _role_aside(np.text)
        ):  # ", president of the Boat Owners' Association, said": a role, not the speaker
            lo = bisect_left(toks, np.span.start, 0, comma, key=_START) - 1
            role_lo = _role_words_before(toks, lo)
            if role_lo != lo:  # "Abalone diver Kyle Dempsey, who has worked ..., said"
                if np.role is None:
                    np.role = text[toks[role_lo + 1][1] : toks[lo][2]]
                lo = role_lo
            if lo < 0 or toks[lo][0].lower() in _BOUNDARY_WORDS:
                if np.role is None and first_aside is not None and np.kind == "person":
                    a, b = first_aside
                    if toks[a][0].lower() in _DETERMINERS:
                        a += 1
                    if a < b and (
                        toks[a][0].lower() in TITLE_WORDS or toks[a - 1][0].lower() in _DETERMINERS
                    ):
                        np.role = text[toks[a][1] : toks[b - 1][2]]
                if np.role is None and lo >= 0 and toks[lo][0] == ",":
                    outer = _np_back(text, toks, lo)
                    if (
                        outer is not None
                        and outer.name is None
                        and outer.pronoun in {"nominal", "indefinite"}
                    ):
                        words = outer.text.split(None, 1)
                        np.role = words[-1] if len(words) > 1 else outer.text
                return np
        # move to the previous comma, at most 25 tokens back
        i = comma - 1
        stop = max(-1, comma - 25)
        while i > stop and (toks[i][0] not in ',;:"“”' or _digit_comma(toks, i)):
            i -= 1
        if i <= stop or toks[i][0] != ",":
            return None
        if first_aside is None:
            first_aside = (i + 1, comma)
        comma = i
    return None


def _role_aside(phrase: str) -> bool:
    """
    Whether an aside names a role: ``president of the Boat Owners' Association``.

    Its first word, after a determiner (``the general secretary of the Care Workers'
    Union``), is a lower-case person noun or title.
    """
    words = phrase.split(None, 2)
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return words[0][:1].islower() and words[0] in _PERSON_OR_TITLE


def _role_words_before(toks: list[tuple[str, int, int]], lo: int) -> int:
    """
    Return the boundary before a role of one to three words ending at token ``lo``.

    ``Abalone diver`` or ``local diver`` before ``Kyle Dempsey``: lower-case words, or
    a capitalised one opening the clause, ending with a lower-case noun; ``lo`` itself
    when there is no such role.
    """
    if lo < 0 or not (toks[lo][0].isalpha() and toks[lo][0].islower()):
        return lo
    noun = toks[lo][0]
    if noun not in PERSON_NOUNS and not (len(noun) > 3 and noun.endswith(_ROLE_SUFFIXES)):
        return lo  # "from Swansea", "of Merseyside Police": not a role
    b = lo
    while (
        b >= 0
        and lo - b < 3
        and toks[b][0].isalpha()
        and toks[b][0].lower() not in _BOUNDARY_WORDS
        and toks[b][0].lower() not in CUE_FORMS
    ):
        if not toks[b][0].islower() and b > 0 and toks[b - 1][0].lower() not in _BOUNDARY_WORDS:
            return lo  # a capitalised word inside the clause: a name, not a role
        b -= 1
    return b if b < 0 or toks[b][0].lower() in _BOUNDARY_WORDS else lo


def _digit_comma(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Return whether the comma at ``i`` separates digit groups (``3,000``)."""
    return (
        toks[i][0] == ","
        and 0 < i < len(toks) - 1
        and toks[i - 1][0].isdigit()
        and toks[i + 1][0].isdigit()
        and toks[i - 1][2] == toks[i][1]
        and toks[i][2] == toks[i + 1][1]
    )


def _relative_aside(toks: list[tuple[str, int, int]], comma: int) -> bool:
    """Return whether the aside ending at ``comma`` is a relative clause (``, which employs``)."""
    i = comma - 1
    stop = max(-1, comma - 25)
    while i > stop and (toks[i][0] not in ',;:"“”' or _digit_comma(toks, i)):
        i -= 1
    return i > stop and toks[i][0] == "," and toks[i + 1][0].lower() in _RELATIVES


_FWD_CUE_STOPS = frozenset(CUE_FORMS) - {".", "the", ",", "and", "in", "of", "for", "at", "from"}
"""
Cue forms on which ``_np_fwd``'s loop breaks at once: a word that is no part of the
phrase and none of those its later tests look for (a cue is never ``_lower_alpha`` and
outside ``CUE_FORMS``, the test of unknown modifiers).
"""

_FWD_NO_START = _STOP_CAPS | frozenset(CUE_FORMS) | _ADVERBS
"""
Words on which ``_np_fwd``'s loop breaks at once when they would start the body: every
test after the first needs a word before (``j > start_body``) but the one of unknown
modifiers, which excludes these.
"""


def _np_fwd(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[_NP | None, int]:
    """Read a speaker noun phrase starting at token ``i``; return it and the next index."""
    n = len(toks)
    if i >= n:
        return None, i
    word = toks[i][0]
    first = word.lower()
    if first in PRONOUNS:
        return _NP(text, toks, i, i + 1), i + 1
    j = i
    if first in _DETERMINERS or first in _POSSESSIVES or first in _QUANTIFIERS:
        j += 1
    start_body = j
    count = 0
    while j < n and count < 12:
        w = toks[j][0]
        low = w.lower()
        if (
            (_is_np_word(w) and low not in {"of", "for", "at"})
            or _given_name(toks, j)
            or (j > start_body and _plural_possessive(toks, j))
        ):
            j += 1
            count += 1
            continue
        if low in _FWD_CUE_STOPS or (j == start_body and low in _FWD_NO_START):
            break  # "the council said", "and ...": every test below fails (see the sets)
        if (
            w == "."
            and j > start_body
            and (
                toks[j - 1][0].lower() in _ABBREVIATIONS
                or (len(toks[j - 1][0]) == 1 and toks[j - 1][0].isupper())
                or _dotted_caps(toks[j - 1][0])
            )
            and j + 1 < n
            and (toks[j + 1][0][:1].isupper() or _dotted_caps(toks[j - 1][0]))
        ) or (
            w == "."
            and j > start_body
            and toks[j - 1][0].lower() in _COMPANY_SUFFIXES
            and j + 2 < n
            and _lower_alpha(toks[j + 1][0])
            and any(t[0] in _PERSON_OR_TITLE for t in toks[j + 1 : j + 4])
        ):  # "Northpoint Securities Inc. research head Mark Dizon said"
            j += 1
            continue
        if (
            low == "the"
            and j > start_body
            and toks[j - 1][0][:1].isupper()
            and j + 1 < n
            and _capitalised_word(toks[j + 1][0])
            and (j + 2 == n or toks[j + 2][0] in {".", ",", ";"})
        ):
            j += 2  # "Ann Mbugua of the group Save the Plains."
            count += 2
            continue
        body_range = range(start_body, j)
        if (
            low in {",", "and"}
            and j > start_body
            and all(toks[x][0][:1].isupper() or toks[x][0] in {"of", "for"} for x in body_range)
            and (end := _name_list_end(toks, j))
            and _listed_complement(toks, start_body, end)
        ):
            count += end - j  # "Ministry of Trade, Industry and Energy", "Economy, Trade
            j = end  # and Industry Minister Kenji Uemura"
            continue
        if (
            low == "and"
            and j > start_body + 2
            and j + 1 < n
            and toks[j + 1][0][:1].isupper()
            and _is_np_word(toks[j + 1][0])
            and any(toks[x][0] in {"for", "of"} for x in range(start_body + 1, j - 1))
            and any(toks[x][0].lower() in ORGANISATION_HEADS for x in range(start_body, j))
        ):
            j += 1  # "Centres for Disease Control and Prevention"
            count += 1
            continue
        if (
            low == "in"
            and j > start_body
            and j + 1 < n
            and toks[j - 1][0] in ORGANISATION_HEADS
            and toks[j + 1][0][:1].isupper()
            and _is_np_word(toks[j + 1][0])
        ):
            j += 1  # "the U.S. embassy in Baghdad"
            count += 1
            continue
        if low in {"of", "for", "at", "from"} and j > start_body and j + 1 < n:
            nxt = toks[j + 1][0]
            if nxt.lower() == "the" and j + 2 < n and _is_np_word(toks[j + 2][0]):
                j += 2
                count += 2
                continue
            if nxt[:1].isupper() and _is_np_word(nxt):
                j += 1
                count += 1
                continue
            break
        if (
            _lower_alpha(w)
            and low not in CUE_FORMS
            and low not in _ADVERBS
            and low not in _STOP_CAPS
        ):
            # Unknown modifiers before a head noun (the UN refugee agency) or a
            # name (guitarist Mick Harlan, county recorder Alma Ruiz).
            m = j
            while (
                m < n
                and m - j < 3
                and _lower_alpha(toks[m][0])
                and toks[m][0].lower() not in _STOP_CAPS
                and not _is_head(toks[m][0])
            ):
                m += 1
            if (
                (
                    all(toks[x][0][:1].islower() for x in range(start_body, j))
                    or all(toks[x][0][:1].isupper() for x in range(start_body, j))
                )
                and j < m < n
                and toks[m - 1][0].lower().endswith(_ROLE_SUFFIXES)
                and toks[m][0][:1].isupper()
            ):
                j = m
                continue
            if m < n and m - j < 3 and _is_head(toks[m][0]) and toks[m][0][:1].islower():
                j = m + 1
                count += m - j + 1
                continue
            if (
                j == start_body
                and low.endswith(_ROLE_SUFFIXES)
                and j + 1 < n
                and toks[j + 1][0][:1].isupper()
            ):
                j += 1
                continue
            if j == start_body > i and low.endswith(_ROLE_SUFFIXES) and len(low) > 4:
                return _NP(text, toks, i, j + 1), j + 1  # "a trader": unlisted occupation
            if j == start_body > i and _modified_occupation(toks, j):
                return _NP(text, toks, i, j + 2), j + 2  # "a veteran broker known as"
            if (
                j == start_body > i
                and j + 1 < n
                and _lower_alpha(toks[j + 1][0])
                and toks[j + 1][0].lower() not in _STOP_CAPS
                and _modified_occupation(toks, j + 1)
            ):
                return _NP(text, toks, i, j + 3), j + 3  # "a veteran floor trader known as"
            if start_body < j and start_body > i and _modified_occupation(toks, j - 1):
                return _NP(text, toks, i, j + 1), j + 1  # "a local farmer"
        break
    if j == start_body + 1 and i < start_body and _AGE_EPITHET.match(toks[start_body][0]):
        return _NP(text, toks, i, j), j  # '"Q," the 35-year-old said'
    if j == start_body or not _is_head(toks[j - 1][0]):
        return None, i
    return _NP(text, toks, i, j), j


# --------------------------------------------------------------------------------------
# Attributions before resolution
# --------------------------------------------------------------------------------------


class _Attr:
    """A raw attribution: the speaker mention, the cue, or a link to an earlier one."""

    __slots__ = ("cue", "inherit", "np", "resolved")

    def __init__(self, np: _NP | None, cue: Span | None, inherit: _Attr | None = None) -> None:
        self.np = np
        self.cue = cue
        self.inherit = inherit
        self.resolved: Attribution | None = None


_ADDRESSEES = frozenset(
    {
        "reporters",
        "journalists",
        "lawmakers",
        "legislators",
        "parliament",
        "mps",
        "senators",
        "supporters",
        "delegates",
        "analysts",
        "investors",
        "shareholders",
        "students",
        "residents",
        "colleagues",
        "parliamentarians",
        "congress",
        "voters",
        "troops",
        "him",
        "her",
        "them",
        "me",
        "us",
        "dpa",
        "ansa",
        "efe",
    }
)
"""One-word addressees of ``tell`` (``told reporters``, ``told dpa``)."""


_MEDIA_NOUNS = frozenset(
    {"radio", "television", "tv", "newspaper", "daily", "magazine", "channel", "broadcaster"}
)
"""Nouns after the name of an outlet that belong to the addressee (``told RTBF radio``)."""


def _addressee_name(toks: list[tuple[str, int, int]], j: int, end: int) -> tuple[int, int]:
    """Read an outlet name in capitals and numbers after ``told`` (``told FRANCE 24``)."""
    m = j
    n = len(toks)
    while m < n and m - j < 4:
        word = toks[m][0]
        if (word[:1].isupper() and word.lower() not in _STOP_CAPS) or (m > j and word.isdigit()):
            m += 1
            continue
        break
    if m == j:
        return j, end
    return m, toks[m - 1][2]


_TELL_FORMS = frozenset(form for form, (lemma, _) in CUE_FORMS.items() if lemma == "tell")
"""The cue forms of ``tell`` (``told``, ``tells``): those that may take an addressee."""


def _cue_extent(
    text: str, toks: list[tuple[str, int, int]], k: int, word: str = ""
) -> tuple[int, int]:
    """
    Return the token index after the cue at ``k`` and the cue's end offset (with ``told X``).

    ``word`` is the cue in lower case when the caller has it (else it is read here).
    """
    word = word or toks[k][0].lower()
    end = toks[k][2]
    j = k + 1
    n = len(toks)
    if word in _TELL_FORMS and j < n:
        nxt = toks[j][0]
        if nxt.lower() in _ADDRESSEES:
            end = toks[j][2]
            j += 1
        elif nxt.lower() in _DET_OR_POSSESSIVE or nxt.lower() in {"state", "local"}:
            # "told a news conference", "told the BBC", "told state television"
            stop = min(n, j + 4)
            m = j + 1
            proper = m < n and toks[m][0][:1].isupper()  # "the BBC", "the House of Commons"
            while (
                m < stop
                and toks[m][0][:1].isalnum()
                and (
                    toks[m][0].lower() not in _STOP_CAPS
                    or (  # "told The Times of Israel"
                        proper
                        and toks[m][0] in {"of", "for"}
                        and m + 1 < n
                        and toks[m + 1][0][:1].isupper()
                    )
                )
                and toks[m][0].lower() not in {"following", "during", "over", "via"}
                and not (
                    proper
                    and toks[m][0][:1].islower()
                    and not (
                        toks[m][0] in {"of", "for"} and m + 1 < n and toks[m + 1][0][:1].isupper()
                    )
                    and toks[m][0].lower() not in _MEDIA_NOUNS
                )
                and not (m >= j + 2 and m + 1 < n and toks[m + 1][0].lower() in _AUXILIARIES)
            ):
                # but "told the BBC darker streets could ...": the name ends it, and
                # "told a news conference prices would ...": a subject and its auxiliary
                m += 1
            end = toks[m - 1][2]
            j = m
        else:
            np, nj = _np_fwd(text, toks, j)
            if np is not None and np.pronoun == "":
                end = toks[nj - 1][2]
                j = nj
            else:
                j, end = _addressee_name(toks, j, end)
        if j > k + 1 and j < n and toks[j][0].lower() in _MEDIA_NOUNS:
            end = toks[j][2]  # "told France Inter radio"
            j += 1
        if (
            j > k + 1
            and j + 1 < n
            and toks[j][0] == "/"
            and toks[j][1] == end
            and toks[j + 1][0].isupper()
        ):
            end = toks[j + 1][2]  # "told RFE/RL"
            j += 2
    # _STATEMENT_START needs a space at end, then "in" and a space, or another space: a
    # next token (it is the text there) beginning with no space rules it out without a
    # call of the regex when it starts at end ("said,"), or one character on and is not
    # "in", the common case ("said the", "said it"). (A token beginning with "in" and
    # longer has no space third: a token's characters are not spaces, a test checks.)
    ext = (
        _STATEMENT.match(text, end, end + 60)  # (an end past the text is the text's end)
        if j == k + 1
        and not (
            j < n
            and (after := toks[j][0])[0] not in _SPACE_CHARS
            and (toks[j][1] == end or (toks[j][1] == end + 1 and after != "in"))
        )
        and _STATEMENT_START.match(text, end)
        else None
    )
    if ext:
        end = ext.end()
        while j < n and toks[j][1] < end:
            j += 1
    return j, end


def _adjuncts_end(toks: list[tuple[str, int, int]], j: int, limit: int = 8) -> int:
    """Skip adjunct tokens (``Sunday``, ``over the noise``) up to punctuation; return the index."""
    m = j
    while (
        m < len(toks)
        and m - j < limit
        and toks[m][0] not in {".", ",", ";", ":", "!", "?", '"', "“", "”", "«", "»"}
    ):
        m += 1
    return m


class _Para:
    """Per-paragraph working data: bounds, sentence starts, tokens on demand."""

    __slots__ = (
        "block_toks",
        "blocks",
        "current",
        "end",
        "index",
        "quoted",
        "sentences",
        "start",
        "text",
        "tok_starts",
        "toks",
    )

    def __init__(
        self, text: str, index: int, start: int, end: int, quoted: list[tuple[int, int]]
    ) -> None:
        self.text = text
        self.index = index
        self.start = start
        self.end = end
        self.quoted = quoted  # (open, close) of the top-level quotes: no sentence ends inside
        # Sentence start offsets, the first is ``start``; found on the first call of
        # ``sentence`` (most paragraphs of a long text never need them).
        self.sentences: list[int] | None = None
        self.toks: list[tuple[str, int, int]] | None = None
        self.tok_starts: list[int] = []
        # A long paragraph is tokenised by blocks (see _block_tokens): their bounds so
        # far, and the tokens of the blocks read last, by block number.
        self.blocks: list[int] | None = [start] if end - start > _LOCAL_TOKENS_MIN else None
        self.block_toks: dict[int, tuple[list[tuple[str, int, int]], list[int]]] = {}
        # The bounds, tokens and token starts of the block a window lay in last.
        self.current: tuple[int, int, list[tuple[str, int, int]], list[int]] | None = None

    def window(
        self, text: str, lo: int, hi: int
    ) -> tuple[list[tuple[str, int, int]], list[int] | None, int]:
        """
        Return the tokens starting in ``[lo, hi)`` and ending by ``hi`` (tokenised once).

        With where they lie, as ``(toks, starts, base)``: unless ``starts`` is None (a
        window across blocks of a long paragraph), ``starts[base:]`` begins with the
        start offsets of ``toks``, so that a token is found by a search of plain
        integers, not one with a key per step.
        """
        current = self.current
        if current is None or lo < current[0] or hi > current[1]:
            if self.blocks is not None:
                return self._block_tokens(text, lo, hi)
            if self.toks is None:
                self.toks, self.tok_starts = _tokens_and_starts(text, self.start, self.end)
                self.current = (self.start, self.end, self.toks, self.tok_starts)
            toks, starts = self.toks, self.tok_starts
        else:
            # Inside the tokens read last (the whole paragraph, or the block of a long
            # one the last window lay in; the next window usually is): no search.
            _, _, toks, starts = current
        i = bisect_left(starts, lo)
        j = bisect_left(starts, hi)
        if j > i and toks[j - 1][2] > hi:
            # Of the tokens starting before hi only the last may end after it: tokens
            # are in text order and do not overlap (one test, not a loop).
            j -= 1
        return toks[i:j], starts, i

    def _block_tokens(
        self, text: str, lo: int, hi: int
    ) -> tuple[list[tuple[str, int, int]], list[int] | None, int]:
        """
        ``window`` for a long paragraph (hostile input: a line of 10 MB), read by blocks.

        The paragraph is cut at the first space ``_TOKEN_BLOCK`` characters or more
        after the previous cut (no token holds a space, so a block's tokens are those of
        the whole paragraph there); only the blocks a look-up reaches are tokenised, and
        only the last ``_TOKEN_BLOCKS_KEPT`` are kept (look-ups go in text order), so a
        long paragraph is neither tokenised in full nor held in memory as tokens. The
        block a window lies in is kept as ``current``, which ``window`` reads first.
        """
        if hi > self.end:
            hi = self.end
        if hi <= lo:
            return [], None, 0
        blocks = self.blocks
        assert blocks is not None  # (only called for a long paragraph)
        while blocks[-1] < hi:  # extend the cuts to the end of the window
            cut = text.find(" ", blocks[-1] + _TOKEN_BLOCK, self.end)
            blocks.append(self.end if cut < 0 else cut)
        first = max(bisect_right(blocks, lo) - 1, 0)
        last = bisect_left(blocks, hi) - 1  # the block holding hi - 1
        if last < first:
            return [], None, 0  # (a window ending before the paragraph)
        # Each block's tokens are sliced by their start offsets, not copied whole: the
        # blocks hold the paragraph's tokens in order, so the window's are the tokens
        # from lo in the first block, the middle blocks' and those before hi in the
        # last (a window across a cut is one in fourteen: 280 characters, a block 4,000).
        block, starts = self._block(text, first)
        i = bisect_left(starts, lo)
        if first == last:  # the window lies in one block (the common case)
            self.current = (blocks[first], blocks[first + 1], block, starts)
            j = bisect_left(starts, hi)
            if j > i and block[j - 1][2] > hi:
                j -= 1  # (as in ``window``)
            return block[i:j], starts, i
        toks = block[i:]
        for k in range(first + 1, last):
            toks += self._block(text, k)[0]
        block, starts = self._block(text, last)
        j = bisect_left(starts, hi)
        while j > 0 and block[j - 1][2] > hi:
            j -= 1
        toks += block[:j]
        return toks, None, 0

    def _block(self, text: str, k: int) -> tuple[list[tuple[str, int, int]], list[int]]:
        """Return the tokens of block ``k`` and their start offsets (tokenised on first use)."""
        block = self.block_toks.get(k)
        if block is None:
            if len(self.block_toks) >= _TOKEN_BLOCKS_KEPT:
                del self.block_toks[next(iter(self.block_toks))]  # the oldest
            blocks = self.blocks
            assert blocks is not None  # (only called for a long paragraph)
            block = self.block_toks[k] = _tokens_and_starts(text, blocks[k], blocks[k + 1])
        return block

    def _sentence_starts(self) -> list[int]:
        """Find the sentence starts, skipping sentence ends inside top-level quotes."""
        sentences = [self.start]
        quoted = self.quoted
        if not quoted:  # the common case, in one comprehension
            sentences += [m.end() for m in _SENTENCE_END.finditer(self.text, self.start, self.end)]
            return sentences
        t_i = 0
        for m in _SENTENCE_END.finditer(self.text, self.start, self.end):
            b = m.end()
            while t_i < len(quoted) and quoted[t_i][1] < b:
                t_i += 1
            if t_i < len(quoted) and quoted[t_i][0] < b <= quoted[t_i][1]:
                continue
            sentences.append(b)
        return sentences

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return the bounds of the sentence holding ``pos``."""
        sentences = self.sentences
        if sentences is None:
            sentences = self.sentences = self._sentence_starts()
        i = bisect_right(sentences, pos) - 1
        s = sentences[i] if i > 0 else sentences[0]
        e = sentences[i + 1] if i + 1 < len(sentences) else self.end
        return s, e


_LOCAL_TOKENS_MIN = 4000
"""Paragraphs longer than this (in characters) are tokenised by blocks (``_block_tokens``)."""

_TOKEN_BLOCK = 4000
"""The least length of a block of a long paragraph (it ends at the next space)."""

_TOKEN_BLOCKS_KEPT = 32
"""Blocks of a long paragraph whose tokens are kept (the last read)."""


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Tokenise ``text[start:end]``."""
    return _tokens_and_starts(text, start, end)[0]


def _tokens_and_starts(
    text: str, start: int, end: int
) -> tuple[list[tuple[str, int, int]], list[int]]:
    """Tokenise ``text[start:end]``; return the tokens and their start offsets."""
    chunk = text[start:end]
    if chunk.isascii() or _NOT_PLAIN.search(chunk) is None:
        # Split on the tokens, kept: spaces and tokens alternate, and the offsets are the
        # running sum of the pieces' lengths, every step in C (see _TOKEN_PLAIN_SPLIT).
        pieces = _TOKEN_PLAIN_SPLIT.split(chunk)
        offsets = list(accumulate(map(len, pieces), initial=start))
        starts = offsets[1:-1:2]
        return list(zip(pieces[1::2], starts, offsets[2::2], strict=True)), starts
    # findall plus str.find is faster than building match objects (and, with this
    # engine, than the split); it is exact because tokens cover every non-space
    # character, so only spaces lie between them.
    tokens = []
    pos = start
    find = text.find
    for word in _TOKEN.findall(text, start, end):
        pos = find(word, pos)
        after = pos + len(word)
        tokens.append((word, pos, after))
        pos = after
    return tokens, list(map(_START, tokens))


def _after_attr(text: str, seg: _Seg, para: _Para, next_open: int) -> tuple[_Attr | None, int]:
    """
    Find ``, he said`` / ``said X`` / ``according to X`` / ``— X`` after a closing mark.

    Returns the attribution and the offset where the attribution clause ends (after
    an apposition and adjuncts such as ``on Sunday``), used to join split quotes.
    """
    begin = seg.close + 1
    # (conditionals, not min: a call of a builtin costs more than the tests)
    limit = begin + 160 if begin + 160 < para.end else para.end
    if next_open < limit:
        limit = next_open
    toks = para.window(text, begin, limit)[0]
    n = len(toks)
    if not toks:
        return None, begin
    i = 1 if toks[0][0] == "," else 0
    content_final = seg.end > seg.start and text[seg.end - 1] in ".!?"
    if i < n and toks[i][0] in {"—", "–", "-"} and i + 1 < n:
        np, j = _np_fwd(text, toks, i + 1)
        if np is not None and np.name is not None and (j >= n or toks[j][0] in ".,;"):
            return _Attr(np, _span(toks[i][1], toks[i][2])), toks[j - 1][2]
        return None, begin
    if i >= n:
        return None, begin
    word = toks[i][0]
    low = word.lower()
    hard = content_final and word[:1].isupper()
    if low == "was" and i + 2 < n and toks[i + 1][0] == "all":
        return _was_all(text, toks, i + 2)
    if low == "according" and i + 2 < n and toks[i + 1][0] == "to":
        np, j = _np_fwd(text, toks, i + 2)
        if np is not None:
            return _Attr(np, _span(toks[i][1], toks[i + 1][2])), toks[j - 1][2]
        return None, begin
    if low in CUE_FORMS and word[:1].islower():
        # inversion: "said Jane Roe, a spokeswoman", "sighed the coach, Marco Bellini,"
        j, cue_end = _cue_extent(text, toks, i)
        np, nj = _np_fwd(text, toks, j)
        if np is None:
            return None, begin
        if nj < n and toks[nj][0] in {"known", "nicknamed", "dubbed", "called"}:
            # "a trader known as "Sparky"": the quoted name is part of the speaker
            return _nickname(text, np, toks, nj, limit, _span(toks[i][1], cue_end))
        if nj < n and toks[nj][0] == "who" and np.name is None:
            # "said one person who has invested with the fund": an unnamed source
            # defined by a relative clause (no comma): the clause is part of the mention
            m = nj + 1
            while m < n and m - nj < 25 and toks[m][0] not in {".", ";", "!", "?", ","}:
                m += 1
            if m < n and toks[m][0] == ".":
                np.span = _span(np.span.start, toks[m - 1][2])
                np.text = text[np.span.start : np.span.end]
                return _Attr(np, _span(toks[i][1], cue_end)), toks[m - 1][2]
        if nj < n and toks[nj][0] == "(":
            # "said Tom Ng (D-Calif.).", "said Ann Hale (Labour)": a note on the speaker
            close = next((m for m in range(nj + 1, min(n, nj + 8)) if toks[m][0] == ")"), -1)
            if close > 0:
                nj = close + 1
        if (
            nj < n
            and toks[nj][0] not in '.,;:!?"“”'
            and not (nj + 1 < n and toks[nj][0] in _ADJUNCT_WORDS and not hard)
        ):
            return None, begin
        end = toks[nj - 1][2]
        if nj < n and toks[nj][0] == ",":
            if np.name is None or np.text[:4].lower() == "the ":
                # "said the Chief Medical Officer, Dr Grace Mwakalinga": the apposed name
                name, nn = _np_fwd(text, toks, nj + 1)
                if name is not None and name.name is not None and name.pronoun == "":
                    if name.role is None:
                        words = np.text.split(None, 1)
                        name.role = words[-1]
                    np, nj = name, nn
                    end = toks[nj - 1][2]
            if nj < n and toks[nj][0] == ",":
                end = _apposition_role(text, toks, nj, np)
                end = _relative_end(toks, nj, end)
        return _Attr(np, _span(toks[i][1], cue_end)), end
    np, j = _np_fwd(text, toks, i)
    if np is None:
        return None, begin
    if j < n and toks[j][0] in {"known", "nicknamed"}:
        return _nickname_then_cue(text, np, toks, j, limit, para)
    if j + 2 < n and toks[j][0] == "(" and toks[j + 2][0] == ")" and toks[j + 1][0].isupper():
        j += 3  # "the Joint Chiefs of Staff (JCS) said": the acronym repeats the name
    elif j < n and toks[j][0] == "(" and np.kind == "person":
        # a note on the person between name and cue: "Sen. Laura Whitfield (D-Ore.) told"
        close = next((m for m in range(j + 1, min(n, j + 9)) if toks[m][0] == ")"), -1)
        if close > 0 and close + 1 < n and toks[close + 1][0].lower() in CUE_FORMS:
            j = close + 1
    if (
        np.name is None
        and j + 2 < n
        and toks[j][0] in {"of", "for", "at"}
        and (comma := next((m for m in range(j + 1, min(n, j + 5)) if toks[m][0] == ","), -1)) > 0
        and all(toks[m][0][:1].isalnum() for m in range(j + 1, comma))
    ):
        j = comma  # "Lumora's head of product, Dev Anand, said": the role's complement
    if np.name is None and j < n and toks[j][0] == ",":
        # "his lawyer, Dana Kessler, said": the apposed name is the speaker
        name, nn = _np_fwd(text, toks, j + 1)
        if name is not None and name.name is not None and name.pronoun == "" and nn < n:
            if toks[nn][0] == ",":
                nn += 1
            if nn < n and toks[nn][0].lower() in CUE_FORMS:
                if name.role is None:
                    name.role = np.text.split(None, 1)[-1]
                np, j = name, nn
    # apposition between speaker and cue: "Jane Roe, a doctor at X, said"
    if j < n and toks[j][0] == ",":
        m = j
        stop = min(n, j + 25)
        for _ in range(3):  # "Yusniar, 52, a resident of Malalak district, told"
            m += 1
            while m < stop and toks[m][0] not in {",", ".", ";", ":"}:
                m += 1
            if not (m < stop and toks[m][0] == "," and m + 1 < n):
                break
            nxt = m + 1
            while nxt < n and toks[nxt][0].lower() in _ADVERBS:
                nxt += 1
            if nxt < n and toks[nxt][0].lower() in CUE_FORMS:
                _apposition_role(text, toks, j, np)
                j = nxt
                break
    if j < n and toks[j][0].lower() in _POST_MODIFIERS and np.kind in {"person", "group"}:
        j = _post_modified_cue(text, toks, j, np) or j
    while j < n and toks[j][0].lower() in _ADVERBS and toks[j][0] != "told":
        j += 1
    if [t[0] for t in toks[j : j + 3]] in (["was", "quoted", "as"], ["is", "quoted", "as"]):
        j += 3  # "X was quoted as saying"
    if j < n and toks[j][0].lower() in CUE_FORMS and toks[j][0][:1].islower():
        k = j
        j, cue_end = _cue_extent(text, toks, k)
        if (
            hard
            and j < n
            and (toks[j][0].lower() == "that" or toks[j][0].lower() in _CLAUSE_STARTS)
        ):
            return None, begin  # "Go home." The minister said the ... : a new sentence
        m = _adjuncts_end(toks, j)
        if m >= n and m > j and toks[m - 1][0].lower() in _TITLE_PREPOSITIONS:
            m -= 1  # 'he said on "Fox News Sunday,"': a title in marks follows, not a piece
        elif (
            m >= n
            and m - 1 > j
            and toks[m - 1][0].endswith(("'s", "’s"))
            and toks[m - 2][0].lower() in _TITLE_PREPOSITIONS
        ):
            m -= 2  # 'she said on CNBC\'s "Squawk Box."': the outlet's programme
        end = (
            toks[m - 1][2] if m > j and (m >= n or toks[m][0] in {".", ",", ";", ":"}) else cue_end
        )
        if m < n and toks[m][0] == ",":
            end = _absolute_end(toks, m, end)
        return _Attr(np, _span(toks[k][1], cue_end)), end
    return None, begin


def _post_modified_cue(text: str, toks: list[tuple[str, int, int]], j: int, np: _NP) -> int:
    """
    Extend a speaker read after a quote over its post-modifier, returning the cue's index.

    ``"Q," an official in charge of the project said``: the words from ``j`` up to a cue
    are a prepositional phrase (see ``_np_post_modified``); ``np`` takes them on and
    the index of the cue is returned, or 0 when they are not.
    """
    n = len(toks)
    k = j + 1
    while k < n and k - j <= 7 and toks[k][0][:1].isalnum():
        if toks[k][0].lower() in CUE_FORMS and toks[k][0][:1].islower():
            post = _np_post_modified(text, toks, k - 1)
            if post is None or post.span.start != np.span.start:
                return 0
            np.span, np.text = post.span, post.text
            np.name, np.name_span = post.name, post.name_span
            return k
        k += 1
    return 0


_TITLE_PREPOSITIONS = frozenset({"on", "in", "at"})
"""Prepositions before a title in marks (``on "Fox News Sunday"``), which no cue governs."""


def _absolute_end(toks: list[tuple[str, int, int]], comma: int, end: int) -> int:
    """
    Extend an attribution over an absolute or participle phrase after it, to the sentence end.

    ``"Q1," she said, her voice breaking. "Q2."``, ``"Q1," she said, laughing. "Q2."``:
    the phrase describes the speaking, so ``Q2`` continues ``Q1``.
    """
    n = len(toks)
    first = toks[comma + 1][0] if comma + 1 < n else ""
    if first.endswith("ing") and _lower_alpha(first) and first not in CUE_FORMS:
        # "she said, laughing." / "he said, shaking his head.": a participle phrase
        m = comma + 2
        while m < n and m - comma <= 8 and _lower_alpha(toks[m][0]):
            m += 1  # "says, brushing gray powder from her sleeves."
        return toks[m - 1][2] if m < n and toks[m][0] == "." else end
    if comma + 3 >= n or first.lower() not in _POSSESSIVES:
        return end
    m = comma + 2
    while m < n and m - comma <= 5 and _lower_alpha(toks[m][0]):
        m += 1
    if m < n and toks[m][0] == "." and toks[m - 1][0].endswith("ing") and m - comma > 3:
        return toks[m - 1][2]
    return end


def _was_all(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[_Attr | None, int]:
    """
    Read ``"Q," was all the goalkeeper(, Tomas Rudd,) could say.`` from token ``i``.

    The speaker follows ``was all``; an apposed name is the speaker, the nominal
    its role; the cue is the speech verb after ``could``/``would``/``did``.
    """
    n = len(toks)
    np, j = _np_fwd(text, toks, i)
    if np is None:
        return None, toks[i][1]
    if j + 1 < n and toks[j][0] == ",":
        name, nj = _np_fwd(text, toks, j + 1)
        if name is not None and name.name is not None and nj < n and toks[nj][0] == ",":
            if name.role is None:
                name.role = np.text.split(None, 1)[-1]
            np, j = name, nj + 1
    if j < n and toks[j][0].lower() in {"could", "would", "did", "can", "will"}:
        j += 1
    if j >= n or toks[j][0].lower() not in CUE_FORMS or not toks[j][0][:1].islower():
        return None, toks[i][1]
    return _Attr(np, _span(toks[j][1], toks[j][2])), toks[j][2]


_RELATIVES = frozenset({"who", "whose", "which", "where"})


def _relative_end(toks: list[tuple[str, int, int]], k: int, end: int) -> int:
    """
    Extend an inverted attribution over a relative clause on the speaker.

    ``"Q1," said Jane Roe, 52, who lives nearby. "Q2."``: the clause is an aside,
    so the attribution ends at the sentence end and ``Q2`` continues ``Q1``.
    """
    n = len(toks)
    while k < n and toks[k][1] < end:
        k += 1
    if k + 1 >= n or toks[k][0] != ",":
        return end
    nxt = toks[k + 1][0]
    participle = nxt.islower() and nxt.endswith("ing") and nxt not in CUE_FORMS  # ", standing in"
    if nxt.lower() not in _RELATIVES and not participle:
        return end
    m = k + 2
    stop = min(n, m + 40)
    while m < stop and toks[m][0] not in {".", ";", "!", "?", '"', "“", "”", "«", "»", "„"}:
        m += 1
    if m < n and toks[m][0] == ".":
        return toks[m - 1][2]
    return end


_NICKNAME_CLOSE = regex.compile(r"[\"”’']")


def _nickname(  # noqa: PLR0917 - internal helper of _after_attr
    text: str, np: _NP, toks: list[tuple[str, int, int]], nj: int, limit: int, cue: Span
) -> tuple[_Attr | None, int]:
    """Read ``a trader known as "Sparky"``: the nickname in marks names the speaker."""
    rest = [t[0] for t in toks[nj + 1 :]]
    if rest not in ([], ["as"]) or limit >= len(text) or text[limit] not in "\"“‘'":
        return None, cue.start
    close = _NICKNAME_CLOSE.search(text, limit + 1, min(len(text), limit + 40))
    if close is None:
        return None, cue.start
    name_start, name_end = limit + 1, close.start()
    while name_end > name_start and text[name_end - 1] in " ,.":
        name_end -= 1
    if name_end <= name_start or not text[name_start].isupper():
        return None, cue.start
    np.span = _span(np.span.start, close.end())
    np.text = text[np.span.start : np.span.end]
    np.name = text[name_start:name_end]
    np.name_span = _span(name_start, name_end)
    np.pronoun = ""
    np.kind = "person"
    return _Attr(np, cue), close.end()


def _nickname_then_cue(  # noqa: PLR0917 - internal helper of _after_attr
    text: str, np: _NP, toks: list[tuple[str, int, int]], nj: int, limit: int, para: _Para
) -> tuple[_Attr | None, int]:
    """
    Read ``a trader known as "Sparky" said`` after a quote: the nickname, then the cue.

    The tokens of ``_after_attr`` stop at the nickname's opening mark, so the cue is
    looked for after its closing mark.
    """
    nick, close = _nickname(text, np, toks, nj, limit, _span(limit, limit))
    if nick is None:
        return None, toks[0][1]
    after = para.window(text, close, min(para.end, close + 120))[0]
    if not after or after[0][0].lower() not in CUE_FORMS or not after[0][0][:1].islower():
        return None, toks[0][1]
    j, cue_end = _cue_extent(text, after, 0)
    m = _adjuncts_end(after, j)
    end = (
        after[m - 1][2]
        if m > j and (m >= len(after) or after[m][0] in {".", ",", ";", ":"})
        else cue_end
    )
    return _Attr(nick.np, _span(after[0][1], cue_end)), end


def _apposition_role(text: str, toks: list[tuple[str, int, int]], comma: int, np: _NP) -> int:
    """Take ``, a ministry spokeswoman,`` after a name as the role; return where it ends."""
    m = comma + 1
    e = m
    stop = min(len(toks), m + 20)
    while e < stop and toks[e][0] not in {",", ".", ";", ":", '"', "“", "”"}:
        e += 1
    end = toks[e - 1][2] if e > m else toks[comma][2]
    if np.name is None or np.role is not None or np.kind != "person" or m >= len(toks):
        return end
    first = toks[m][0]
    if first.lower() in _DETERMINERS:
        m += 1
    elif not (first.lower() in TITLE_WORDS or first[:1].isupper()):
        return end
    if e > m:
        np.role = text[toks[m][1] : toks[e - 1][2]]
    return end


def _before_attr(text: str, seg: _Seg, para: _Para) -> tuple[_Attr | None, bool]:
    """Find ``X said:`` (or ``X said,`` / ``X said``) just before an opening mark.

    Returns the attribution and whether the cue governs the quote directly (so the
    quote is a whole quote, not a fragment).
    """
    s, _ = para.sentence(seg.open)
    lo = seg.open - 160 if seg.open - 160 > s else s
    toks = para.window(text, lo, seg.open)[0]
    if not toks:
        return None, False
    last = toks[-1][0]
    if last in {"nicknamed", "dubbed"} or (
        last == "as" and len(toks) > 1 and toks[-2][0] == "known"
    ):
        return None, False  # a nickname in marks, not a quote
    if (
        last in _TITLE_PREPOSITIONS
        and len(toks) > 1
        and CUE_FORMS.get(toks[-2][0].lower(), ("", 0))[0] in {"say", "write", "tell"}
    ):
        return None, False  # 'said on "Fox News Sunday"', 'wrote in "The Atlantic"': a title
    if (
        last.endswith(("'s", "’s"))
        and len(toks) > 2
        and toks[-2][0] in _TITLE_PREPOSITIONS
        and CUE_FORMS.get(toks[-3][0].lower(), ("", 0))[0] in {"say", "write", "tell"}
    ):
        return None, False  # 'said on CNBC\'s "Squawk Box"': the outlet's programme
    direct = last in {":", ","}
    if last == ":" and len(toks) > 1:
        # a headline or caption lead-in without a verb: "Putin: "We will respond""
        np = _np_back(text, toks, len(toks) - 1)
        if (
            np is not None
            and np.name is not None
            and np.span.start == toks[0][1]
            and np.name.split()[0].lower() not in _NOT_SPEAKER_HEADS
        ):
            return _Attr(np, _span(toks[-1][1], toks[-1][2])), True
    k = len(toks) - 1
    stop = k - 40 if k > 39 else -1
    while k > stop:
        word = toks[k][0]
        low = word.lower()
        if word in {'"', "“", "”", "«", "»"}:
            return None, False
        if (low in CUE_FORMS or low in _FRAGMENT_CUES) and word[:1].islower():
            if low.endswith("ing") and k > 0 and toks[k - 1][0] == ",":
                cue = _span(toks[k][1], toks[k][2])
                subject = _sentence_subject(text, toks, k, s)
                if subject is not None:  # "The ministry condemned the attack, calling it "Q""
                    return _Attr(subject, cue), False
                return _Attr(None, cue, inherit=_PREVIOUS), False
            np = _np_back(text, toks, k) or _relative_antecedent(text, toks, k)
            if np is None or _noun_cue(low, np):
                k -= 1
                continue
            j, cue_end = _cue_extent(text, toks, k)
            between = len(toks) - j - (1 if direct else 0)
            if not direct and CUE_FORMS.get(low, ("", 0))[1] == 3:
                # 'had shown "a cavalier disregard"': the object of a risky verb, a fragment
                # of whatever clause holds it, not a quote the verb introduces
                return None, False
            governs = (direct and between <= 6) or (between == 0 and low not in _FRAGMENT_CUES)
            return _Attr(np, _span(toks[k][1], cue_end)), governs
        k -= 1
    return None, False


_NOT_SPEAKER_HEADS = frozenset(
    {"storm", "hurricane", "typhoon", "cyclone", "tropical", "flood", "floods", "wildfire"}
    | {"operation", "project", "election", "war", "budget", "festival", "summit", "cup"}
    | {"games", "olympics", "tournament", "final", "live", "watch", "analysis", "opinion"}
    | {"explainer", "breaking", "exclusive", "update", "review", "interview", "podcast"}
)
"""First words of a headline lead-in that name an event or a rubric, not a speaker."""


def _noun_cue(low: str, np: _NP) -> bool:
    """A base form after a singular noun phrase is a noun (``a Facebook post``), not a cue."""
    lemma = CUE_FORMS.get(low, ("", 0))[0]
    return low == lemma and np.kind != "group" and np.pronoun not in {"they", "we", "i"}


_PREVIOUS = _Attr(None, None)
"""Sentinel: inherit the speaker of the attribution found just before in the text."""


# --------------------------------------------------------------------------------------
# Reported speech
# --------------------------------------------------------------------------------------


_new = object.__new__
"""
``object.__new__``: an instance of a class with slots, its fields not yet set.

Hot paths build ``_Attr`` and ``_Reported`` with it and set every field as their
``__init__`` does: a class call runs ``__init__`` in a frame of its own, a third more
instructions than the stores.
"""


class _Reported:
    """A reported-speech clause found from a cue."""

    __slots__ = ("attr", "end", "para", "start")

    def __init__(self, start: int, end: int, attr: _Attr, para: int) -> None:
        self.start = start
        self.end = end
        self.attr = attr
        self.para = para

    def moved(self, shift: int, para: int) -> _Reported:
        """Return a copy ``shift`` characters further, in paragraph ``para`` (new objects)."""
        old = self.attr
        cue = old.cue
        return _clause_found(
            self.start + shift,
            self.end + shift,
            None if old.np is None else old.np.moved(shift),
            None if cue is None else _span(cue.start + shift, cue.end + shift),
            old.inherit,
            para,
        )


def _clause_found(  # noqa: PLR0917 - the fields of the two objects, in order
    start: int, end: int, np: _NP | None, cue: Span | None, inherit: _Attr | None, para: int
) -> _Reported:
    """
    Build a reported clause and its raw attribution without their class calls.

    The same objects as ``_Reported(start, end, _Attr(np, cue, inherit), para)``, whose
    two class calls each run ``__init__`` in a new frame (a third more instructions).
    """
    attr = _new(_Attr)
    attr.np = np
    attr.cue = cue
    attr.inherit = inherit
    attr.resolved = None
    rep = _new(_Reported)
    rep.start = start
    rep.end = end
    rep.attr = attr
    rep.para = para
    return rep


_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character for which ``str.isspace`` holds (a test checks it)."""

_IN_OR_SPACE = frozenset(_SPACES + "i")
"""The characters that may follow the space after a cue in ``said in a statement``."""

_SPACE_CHARS = frozenset(_SPACES)
"""The characters for which ``str.isspace`` holds, as a set."""


_CLAUSE_END_TRIM = _SPACES + ".,;:!?—–-"
_CLAUSE_START_SKIP = _SPACES + ",;:"
_CLAUSE_START_SKIP_SET = frozenset(_CLAUSE_START_SKIP)
_TRIM_REACH = 8
"""How many characters ``_clause_end`` and ``_clause_start`` strip in one step in C."""


def _clause_end(text: str, start: int, end: int) -> int:
    """
    Trim final punctuation and spaces from a reported clause ending at ``end``.

    ``str.rstrip`` strips the characters the plain loop steps back over (spaces, by
    ``isspace``, and the marks), from the last few characters at a time; only when all
    of these go is the next few read (a clause may end in a long run of marks).
    """
    while end > start:
        tail = text[end - _TRIM_REACH if end - _TRIM_REACH > start else start : end]
        kept = len(tail.rstrip(_CLAUSE_END_TRIM))
        end -= len(tail) - kept
        if kept:
            break
    return end


def _clause_start(text: str, start: int, end: int) -> int:
    """Skip spaces and commas at the start of a clause (as ``_clause_end``, forwards)."""
    # Most clauses start after one space (after "that") or none: read directly when the
    # first or second character is not skipped (one in the text, as the steps read).
    if start < end <= len(text):
        if text[start] not in _CLAUSE_START_SKIP_SET:
            return start
        if start + 1 < end and text[start + 1] not in _CLAUSE_START_SKIP_SET:
            return start + 1
    while start < end:
        head = text[start : start + _TRIM_REACH if start + _TRIM_REACH < end else end]
        kept = len(head.lstrip(_CLAUSE_START_SKIP))
        start += len(head) - kept
        if kept:
            break
    return start


_DATELINE_DASH = re.compile(r" (?:--|[—–-]) |: ")
"""The dash (or colon) that ends a dateline: ``BERLIN (dpa) - ``, ``MUMBAI: ``."""


def _skip_dateline(text: str, start: int, end: int) -> int:
    """
    Skip a dateline opening a sentence-final reported clause.

    ``Washington (CNN) -- Senate negotiators ...``, ``DAMASCUS, March 9 (Xinhua) -- ...``,
    ``SINGAPORE – ...``: capitalised words, commas, a date and an agency in brackets
    before a dash; a colon only after a place in capitals (``MUMBAI:``). The agency
    alone counts too (``(AP) — ...`` after ``MILLBROOK, Ore.``, which ends a sentence).
    """
    if not (text[start : start + 1].isupper() or text.startswith("(", start)):
        return start
    m = _DATELINE_DASH.search(text, start, min(end, start + 80))
    if m is None:
        return start
    head = text[start : m.start()]
    words = head.replace(",", " ").split()
    if not words or len(words) > 8:
        return start
    if m.group() == ": ":
        ok = head.isupper()
    else:
        ok = all(w[:1].isupper() or w[:1].isdigit() or w[:1] == "(" for w in words) and (
            "(" in head or "," in head or any(len(w) > 1 and w.isupper() for w in words)
        )
    return _clause_start(text, m.end(), end) if ok and m.end() < end else start


def _reported(  # noqa: PLR0917 - internal helper called positionally from one place
    text: str,
    para: _Para,
    used_cues: set[int],
    in_quote: list[tuple[int, int]],
    quote_starts: list[int],
    cues: list[tuple[int, str]],
    memo: _ReportedMemo,
    positions: list[int] | None = None,
) -> list[_Reported]:
    """
    Find the reported-speech clauses of one paragraph from its cues (``_cue_positions``).

    Cues in ``used_cues`` or inside the spans ``in_quote`` are skipped. ``memo`` holds,
    for the cues read so far (in any paragraph of the text), the clause found and the
    sentence start; see ``_cue_clause``. A repeat gets a moved copy of that first
    clause (which nothing changes once it is built). While the memo rests (see
    ``_ReportedMemo``), cues are read without it. Each clause depends on its cue and
    the text alone, so the cues may be read in runs, each run by one call. When
    ``positions`` is given, the offset of each clause's cue is appended to it.
    """
    found: list[_Reported] = []
    # The cues of one short sentence share its tokens: when the window of a cue is
    # the whole sentence, the tokens of the previous cue's window are reused
    # (several cues a sentence is the common case in wire copy, and "X said Y said").
    # The sentence bounds are reused likewise while the cues stay inside them.
    shared: tuple[list[tuple[str, int, int]], list[int] | None, int] | None = None
    context = ""
    s = e = -1
    # Per sentence: the cues whose window (120 characters before, 160 after) holds the
    # whole sentence lie in [whole_from, whole_to] (every cue of a sentence of 120
    # characters or fewer: ``short``); the context ends at context_end.
    whole_from = whole_to = context_end = length = -1
    short = False
    index = para.index
    table = memo.table
    cold = memo.cold
    resting = memo.resting
    key: tuple[str, int, int, str] | None
    for pos, word in cues:
        if pos in used_cues or (in_quote and _inside(pos, in_quote, quote_starts)):
            continue
        # The cues come in text order: a cue at or after the sentence's end is the first
        # of another sentence, and every other lies in the sentence of the one before.
        if pos >= e:
            s, e = para.sentence(pos)
            shared = None  # tokenised only if a cue of the sentence is not in memo
            # What the clause of a cue can read: its sentence, and past the last one
            # of a paragraph (which may lack a final stop) what _cue_extent reads.
            context = text[s:e] if e < para.end else text[s : e + _READ_PAST_SENTENCE]
            context_end = s + len(context)
            length = e - s
            short = length <= 120
            whole_from = e - 160
            whole_to = s + 120
        # A sentence written again (repeated copy, hostile input) gives the same
        # clause, moved.
        if resting:
            resting -= 1
            key = seen = None
        else:
            key = (context, length, pos - s, word)
            seen = table.get(key)
            if seen is not None:
                cold = 0
            elif cold < _MEMO_COLD:
                cold += 1
            else:
                cold = 0
                resting = _MEMO_REST  # (from the next cue on)
        rep: _Reported | None
        if seen is not None:
            first, first_s, keep = seen
            if first is None or keep is False:
                continue  # (nothing found, or a clause dropped wherever it is)
            rep = first.moved(s - first_s, index)
            if keep is None:
                keep = _worth_keeping(text, rep)
        else:
            if short or whole_from <= pos <= whole_to:  # the window is the whole sentence
                if shared is None:
                    shared = para.window(text, s, e)
                toks, starts, base = shared
            else:
                toks, starts, base = para.window(
                    text, pos - 120 if pos - 120 > s else s, pos + 160 if pos + 160 < e else e
                )
            # The cue's token: the first starting at or after pos (never negative).
            k = (
                bisect_left(toks, pos, key=_START)
                if starts is None
                else bisect_left(starts, pos, base, base + len(toks)) - base
            )
            rep = _cue_clause(text, toks, k, pos, word, s, e, para)
            if key is not None and len(table) >= _MEMO_MAX:
                table.clear()  # bounds the memory of a long text of distinct sentences
            if rep is None:
                if key is not None:
                    table[key] = (None, s, None)
                continue
            keep = (  # (_worth_keeping, inline)
                0 < rep.end - rep.start <= _MAX_CLAUSE and text.count(" ", rep.start, rep.end) >= 2
            )
            # Whether the clause is kept depends on its text alone: when that lies in the
            # context (part of the key), a repeat's is the same; else it is tested again.
            if key is not None:
                table[key] = (rep, s, keep if s <= rep.start and rep.end <= context_end else None)
        if keep:  # (a clause here: a cue that gave none went on above)
            found.append(rep)
            if positions is not None:
                positions.append(pos)
    memo.cold = cold
    memo.resting = resting
    return found


def _worth_keeping(text: str, rep: _Reported) -> bool:
    """Whether a reported clause is kept: not empty nor too long, and of two words or more."""
    return 0 < rep.end - rep.start <= _MAX_CLAUSE and text.count(" ", rep.start, rep.end) >= 2


_Memo: type[dict[tuple[str, int, int, str], tuple[_Reported | None, int, bool | None]]] = dict
"""The type of ``_reported``'s memo table (tests replace it with one that stores nothing)."""

_MEMO_MAX = 20_000
"""Entries of ``_reported``'s memo (a repeated sentence is usually repeated nearby)."""

_MEMO_COLD = 4096
"""Look-ups of ``_reported``'s memo in a row that find nothing, after which it rests."""

_MEMO_REST = 16_384
"""Cues ``_reported`` reads without its memo once it rests (then it is used again)."""


class _ReportedMemo:
    """
    ``_reported``'s memo over one text: the clause each cue read gave, by its sentence.

    It pays on copy that repeats sentences (a scraped page twice, a caption again and
    again) and costs on copy that does not: a key, a look-up and an entry a cue, held
    until the table is full (about 7 % of the time of a text of distinct sentences). So
    after ``_MEMO_COLD`` look-ups in a row that find nothing it rests: the next
    ``_MEMO_REST`` cues are read without a look-up and not stored, then look-ups go on
    (the table kept). A hit ends a cold run. A cue's clause is the same whether it is
    read or found: this only decides how much reading is saved.
    """

    __slots__ = ("cold", "resting", "table")

    def __init__(self) -> None:
        self.table = _Memo()
        self.cold = 0  # look-ups in a row that found nothing
        self.resting = 0  # cues still to read without the memo


class _ReadAhead:
    """
    The clauses of a long paragraph's cues, read while its direct quotes are attributed.

    A paragraph longer than ``_LOCAL_TOKENS_MIN`` keeps the tokens of its last blocks
    only (``_Para._block_tokens``). Read after the whole text's direct quotes, as
    short paragraphs' are, its cues would tokenise again every block the quotes had
    (10 MB of a run-on sentence with quotes: a seventh of the instructions). So
    ``_attribute`` reads them as it goes: at each quote, the cues more than
    ``_READ_AHEAD_LAG`` characters behind it (whose blocks are still kept). A clause
    depends on its cue and the text alone (``_reported``), but which cues are skipped
    (used by a direct quote, inside a quote) is only known once every quote is
    attributed: the cues used so far are skipped, and ``kept`` applies the whole test
    afterwards. The cues not read by then are read as any paragraph's.
    """

    __slots__ = ("cues", "done", "found", "positions")

    def __init__(self, cues: list[tuple[int, str]]) -> None:
        self.cues = cues
        self.done = 0  # cues read so far
        self.found: list[_Reported] = []  # their clauses
        self.positions: list[int] = []  # the offsets of those clauses' cues

    def read(
        self, text: str, para: _Para, limit: int, used_cues: set[int], memo: _ReportedMemo
    ) -> None:
        """
        Read the cues before ``limit`` if the first not read lies far enough behind it.

        The cues in ``used_cues`` so far are skipped (the set only grows).
        """
        cues = self.cues
        i = self.done
        if i < len(cues) and cues[i][0] <= limit - _READ_AHEAD_LAG:
            j = bisect_left(cues, limit, i, key=_OFFSET)
            self.found += _reported(text, para, used_cues, [], [], cues[i:j], memo, self.positions)
            self.done = j

    def kept(
        self, used_cues: set[int], in_quote: list[tuple[int, int]], quote_starts: list[int]
    ) -> list[_Reported]:
        """The clauses read whose cue ``_reported`` would not skip (see its arguments)."""
        return [
            rep
            for pos, rep in zip(self.positions, self.found, strict=True)
            if pos not in used_cues and not (in_quote and _inside(pos, in_quote, quote_starts))
        ]


_READ_AHEAD_LAG = 16_000
"""
How far behind a quote the cues ``_ReadAhead`` reads at once begin (four blocks).

A run of cues is one call of ``_reported``; the blocks of the last 128,000
characters are kept (``_TOKEN_BLOCK`` times ``_TOKEN_BLOCKS_KEPT``).
"""

_READ_PAST_SENTENCE = 61
"""
How far past the last sentence of a paragraph a cue's clause may read.

``_cue_extent`` matches ``said in a statement`` within 60 characters of the cue (one
more for a word boundary there). Before any other sentence end that match cannot
reach the next sentence: it would have to run over the final stop, a character that
neither ``_STATEMENT_START`` nor ``_STATEMENT`` matches, and the cue's extent ends
before that stop (no token of the sentence follows it but closing marks).
"""


def _cue_clause(  # noqa: PLR0917 - internal helper of _reported
    text: str,
    toks: list[tuple[str, int, int]],
    k: int,
    pos: int,
    word: str,
    s: int,
    e: int,
    para: _Para,
) -> _Reported | None:
    """
    Read the clause of the cue ``word`` at ``pos`` in the sentence ``[s, e)``.

    ``toks`` are the sentence's, or those of the window of 120 characters before
    ``pos`` and 160 after it inside the sentence; ``k`` is the index of the first of
    them starting at or after ``pos`` (``len(toks)`` if none). The result depends only
    on the text of the sentence (and, for the last of a paragraph, of the ``_READ_PAST_SENTENCE``
    characters after it), every offset being relative to ``s``, and ``para`` giving
    only its index: ``_reported`` relies on it.

    A cue other than ``according`` gets the finite reading, here rather than in a call
    of its own: a call costs about what ten steps of the reading do.
    """
    if k >= len(toks):
        return None
    tok = toks[k]
    # (every cue form is in lower case: the form itself, whose hash is known, is used)
    low = word if word in CUE_FORMS else word.lower()
    # The token must be the cue in any case: when it is the very form (the common
    # case), so are their lower-case forms, and neither is lower-cased again.
    if tok[1] != pos or (tok[0] != word and tok[0].lower() != low):
        return None
    if low == "according":  # (no other cue form begins so)
        return _according(text, toks, k, s, e, para)
    # The finite reading, here rather than in a call of its own (every cue but
    # "according" is read so): "X said (that) CLAUSE", "CLAUSE, X said.", ", adding
    # that CLAUSE", "which X says".
    lemma, tier = CUE_FORMS[low]
    n = len(toks)
    # Participles after a comma: ", adding that ...", ", saying ..."
    if low in _PARTICIPLE_CUES:
        if low == "saying" and k > 0 and toks[k - 1][0] == "as":
            return _quoted_as(text, toks, k, e, para)
        comma = k > 0 and (
            toks[k - 1][0] == ","
            or (k > 1 and toks[k - 1][0] in _QUOTE_CHARS and toks[k - 2][0] == ",")
        )  # ', adding' or ',” adding' after a title in marks
        if not comma or tier == 3:
            return None
        clause = _complement(text, toks, k + 1, e, lemma, tier)
        if clause is None:
            return None
        # The speaker, read only for a clause found (reading it changes nothing), and
        # its attribution built once, without class calls (as at the end below):
        # "The BJP hit back, saying ..." or the previous speaker.
        subject = _sentence_subject(text, toks, k, s)
        return _clause_found(
            clause[0],
            clause[1],
            subject,
            _span(toks[k][1], toks[k][2]),
            _PREVIOUS if subject is None else None,
            para.index,
        )
    np = None
    cue_word, cue_start, cue_end = tok
    # The text from the first token to the cue: _speaker_before's key, and a first test
    # for "ho" (the text of the ten tokens before the cue lies in it), which usually fails.
    first = toks[0][1]
    before_cue = text[first:cue_start]
    if (
        k >= 2
        and "ho" in before_cue
        and "ho" in text[toks[k - 10 if k > 10 else 0][1] : toks[k - 1][2]]
    ):
        # "who" or "whose" (or "Who") may be in the ten tokens before: a subject with a
        # relative clause ("A woman whose home was destroyed said")
        np = _np_relative_subject(text, toks, k)
    # The speaker before the cue, as kept by _speaker_before (read, not changed) and
    # shift characters away: copied only for a clause found (most cues give none).
    kept = np is None
    shift = 0
    if kept:
        # _speaker_before, inline: the cue is a lower-case one (the token is the form,
        # or begins with a lower-case letter) after the first token, so the speaker is
        # kept by before_cue, usually already (the same steps, without the call).
        if k and (cue_word == low or cue_word[:1].islower()):
            known = _SPEAKERS_BEFORE.get(before_cue)
            if known is None:
                np = _keep_speaker(text, toks, k, before_cue, first)
            else:
                np, at = known
                shift = first - at
        else:
            np = _np_back(text, toks, k)
    if np is None:  # no speaker before the cue (one test for the common case, with one)
        if k > 1 and toks[k - 1][0] == "," and tier <= 2:
            return _inverted_final(text, toks, k, s, para)
        if k > 2 and toks[k - 1][0] == "who" and toks[k - 2][0] == "," and tier <= 2:
            return _who_clause(text, toks, k, e, para)
        if k > 1 and toks[k - 1][0] == "who" and tier <= 2:
            antecedent = _relative_antecedent(text, toks, k)
            before = (
                bisect_left(toks, antecedent.span.start, 0, k, key=_START) - 1
                if antecedent is not None
                else -1
            )
            if (
                antecedent is not None
                and before >= 0
                and _lower_alpha(toks[before][0])
                and toks[before][0].lower() not in CUE_FORMS
            ):  # "objections from parents who said the change would ...", not a subject
                # ("Residents who said they had lost power were moved": the clause runs on)
                j, cue_end = _cue_extent(text, toks, k, low)
                attr = _Attr(antecedent, _span(toks[k][1], cue_end))
                clause = _complement(text, toks, j, e, lemma, tier)
                return None if clause is None else _Reported(clause[0], clause[1], attr, para.index)
        if k > 0 and toks[k - 1][0].lower() in {"and", "but"} and tier <= 2:
            # "He described ... and said the party would fight on": shared subject
            j, _ = _cue_extent(text, toks, k, low)
            clause = _complement(text, toks, j, e, lemma, tier)
            if clause is None:
                return None
            # (the speaker read only for a clause found, as for a participle above)
            subject = _sentence_subject(text, toks, k, s, other_cues=True)
            cue = _span(toks[k][1], toks[k][2])
            attr = (
                _Attr(None, cue, _PREVIOUS)
                if subject is None
                else _Attr(subject, cue)  # "X reported a loss and said ..."
            )
            return _Reported(clause[0], clause[1], attr, para.index)
        return None
    if (
        low == lemma  # a base form ("say"): for a plural speaker only
        and np.kind != "group"
        and np.pronoun not in {"they", "we", "i"}
        and np.text.rsplit(None, 1)[-1].lower() != "police"  # "Police say": plural
    ):
        return None
    np_start = np.span.start + shift
    # The token before the speaker, and its word ("" for none). Token starts rise
    # strictly, so a speaker starting at token k - 1 or k - 2 (the common case) has the
    # one before it, as bisect finds. (A speaker before the cue means k >= 1: none is
    # read before the first token.)
    if toks[k - 1][1] == np_start:
        before = k - 2
    elif k >= 2 and toks[k - 2][1] == np_start:
        before = k - 3
    else:
        before = bisect_left(toks, np_start, 0, k, key=_START) - 1
    before_word = toks[before][0] if before >= 0 else ""
    # _cue_extent's common case, without the call: a cue taking no addressee (no form
    # of tell), and a next token that rules out "in a statement" ("said the", "said it",
    # "said,": see there); _cue_extent then gives the next token and the cue's own end.
    j = k + 1
    if not (
        j < n
        and (after := toks[j])[0][0] not in _SPACE_CHARS
        and (((gap := after[1] - cue_end) == 1 and after[0] != "in") or gap == 0)
        and low not in _TELL_FORMS
    ):
        j, cue_end = _cue_extent(text, toks, k, low)
    # Relative clause: "which Turkey says has displaced ..." ("" is not a relative word)
    if before_word in _RELATIVE_WORDS and tier <= 2:
        if not (j < n and toks[j][0][:1].isalpha()):
            return None
        end = e
        # Up to the first comma, semicolon or colon. A token is the text it covers: with
        # none of them in the text of the tokens (the common case, "which X says it
        # would"), none is a token, and the tokens are not stepped over (one slice and
        # three searches in C cost about what two steps do).
        chunk = text[toks[j][1] : toks[-1][2]]
        if "," in chunk or ";" in chunk or ":" in chunk:
            for t in toks[j:]:
                if t[0] in {",", ";", ":"}:
                    end = t[1]
                    break
        start = toks[j][1]
        clause = start, _clause_end(text, start, end)
    # Sentence-final: "CLAUSE, X said (in a statement) (on Monday)." Only after a
    # comma before the speaker (checked first: it is cheap and usually false).
    elif before_word == "," and tier <= 2 and _final_attribution(toks, j):
        end = _clause_end(text, s, toks[before][1])
        start = _skip_dateline(text, _clause_start(text, s, end), end)
        if end <= start:
            return None
        clause = start, end
    else:
        clause = _complement(text, toks, j, e, lemma, tier)
        if clause is None:
            return None
    # _clause_found(*clause, the speaker, _span(cue_start, cue_end), None, para.index)
    # written out, its span built as _NP.moved builds one: the same objects for the
    # clause of most cues read, without the calls of the two builders.
    cue = _new(Span)
    _set_span_start(cue, cue_start)
    _set_span_end(cue, cue_end)
    attr = _new(_Attr)
    attr.np = np.moved(shift) if kept else np
    attr.cue = cue
    attr.inherit = None
    attr.resolved = None
    rep = _new(_Reported)
    rep.start, rep.end = clause
    rep.attr = attr
    rep.para = para.index
    return rep


def _cue_positions(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """
    Return ``(offset, form)`` for each cue form in ``text[start:end]``, in order.

    A range longer than ``_CUE_SCAN_PIECE`` (hostile input: a paragraph of megabytes)
    is read in pieces cut at a space, where no token is cut: the pieces' cues are the
    range's, and the whitespace tokens of a piece, not of the whole range, are held at
    once (a string each: 150 MB for 10 MB of text, allocated and freed in one go).
    """
    if end - start <= _CUE_SCAN_PIECE:
        return _cue_positions_in(text, start, end)
    found: list[tuple[int, str]] = []
    while start < end:
        cut = text.find(" ", start + _CUE_SCAN_PIECE, end) if start + _CUE_SCAN_PIECE < end else -1
        if cut < 0:
            cut = end
        found += _cue_positions_in(text, start, cut)
        start = cut
    return found


_CUE_SCAN_PIECE = 1 << 16
"""The length of the pieces ``_cue_positions`` reads a long range in (then to a space)."""


def _cue_positions_in(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """
    ``_cue_positions`` on one range, read at once.

    The cue tokens among the whitespace-separated tokens are picked in C (a split and
    a filter on the set of cue tokens), then located in one pass from left to right:
    each is the first occurrence after the previous one that stands between spaces, as
    any such occurrence before it would be a cue token picked in between. This is many
    times faster than a regex alternation over a few hundred forms, and than a scan of
    the text for each form present.
    """
    # With a space on either side, every token has a space before and after it in
    # ``chunk``: no test for the ends of the range (offsets in it are one more).
    chunk = f" {text[start:end]} "
    find = chunk.find
    base = start - 1
    found: list[tuple[int, str]] = []
    append = found.append
    pos = 1
    picked = filter(_CUE_TOKEN_SET.__contains__, chunk.split())
    if not _holds_any(chunk, 0, len(chunk), _SPACES_BUT_SPACE, _SPACE_OTHER_THAN_SPACE):
        # Every space is " " (the common case): the token's first occurrence between
        # spaces from ``pos`` on is where " token " first occurs from ``pos - 1`` on.
        for raw in picked:
            padded, form, width = _CUE_TOKENS_PADDED[raw]
            at = find(padded, pos - 1) + 1
            append((base + at, form))
            pos = at + width
        return found
    forms = _CUE_TOKENS
    for raw in picked:
        width = len(raw)
        at = find(raw, pos)
        while at >= 0 and not (chunk[at - 1].isspace() and chunk[at + width].isspace()):
            at = find(raw, at + 1)  # inside a longer token ("essay", "said," for "said")
        if at < 0:  # pragma: no cover - every token picked stands between spaces
            break
        append((base + at, forms[raw]))
        pos = at + width
    return found


_SPACES_BUT_SPACE = _SPACES.replace(" ", "")
_SPACE_OTHER_THAN_SPACE = re.compile(f"[{re.escape(_SPACES_BUT_SPACE)}]")
"""A space other than " " (a tab, a line break, a no-break space ...; see ``_SPACES``)."""

_CUE_TOKENS_PADDED: dict[str, tuple[str, str, int]] = {
    raw: (f" {raw} ", form, len(raw)) for raw, form in _CUE_TOKENS.items()
}
"""Each cue token between two spaces, its cue form and its length (``_cue_positions``)."""


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Return whether ``pos`` lies inside one of the sorted non-overlapping ``spans``."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _overlaps_direct(rep: _Reported, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Return whether a clause overlaps a whole (direct) quote."""
    i = bisect_left(starts, rep.end)
    return i > 0 and spans[i - 1][1] > rep.start


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}


def _according(  # noqa: PLR0917 - internal helper of _cue_clause
    text: str, toks: list[tuple[str, int, int]], k: int, s: int, e: int, para: _Para
) -> _Reported | None:
    """``According to X, CLAUSE.`` or ``CLAUSE, according to X.``."""
    if k + 1 >= len(toks) or toks[k + 1][0] != "to":
        return None
    np, j = _data_source(text, toks, k + 2)
    if np is None:
        np, j = _np_fwd(text, toks, k + 2)
    if np is None and k + 2 < len(toks) and toks[k + 2][0].lower() in _OBJECT_PRONOUNS:
        # "According to him, ...": the object form of he, she, they
        np, j = _NP(text, toks, k + 2, k + 3), k + 3
        np.pronoun = _OBJECT_PRONOUNS[toks[k + 2][0].lower()]
        np.kind = PRONOUNS[np.pronoun]
        np.name = np.name_span = np.role = None
    if np is None:
        return None
    if np.kind == "group" and j < len(toks) and toks[j][0] in {"familiar", "close", "briefed"}:
        # "according to people familiar with the matter": the whole phrase, as for
        # "Two people familiar with the investigation said"
        m = j + 1
        while m < len(toks) and m - j < 7 and toks[m][0] not in {",", ".", ";", ":", "("}:
            m += 1
        if m - j < 7:
            _extend_mention(text, np, toks[m - 1][2], rename=np.name is not None)
            j = m
    if (
        j + 2 < len(toks)
        and toks[j][0] == "("
        and toks[j + 2][0] == ")"
        and toks[j + 1][0][:1].isupper()
    ):
        j += 3  # "According to the Federal Statistical Office (Destatis), ..."
    if np.name is None and j + 1 < len(toks) and toks[j][0] == ",":
        # "according to the ship's operator, Halvorsen Maritime.": the apposed name is
        # the source, the nominal its role (as in "his lawyer, Dana Kessler, said")
        name, nn = _np_fwd(text, toks, j + 1)
        if (
            name is not None
            and name.name is not None
            and name.pronoun == ""
            and (nn >= len(toks) or toks[nn][0] in {".", ",", ";"})
        ):
            name.role = name.role or np.text.split(None, 1)[-1]
            np, j = name, nn
    cue = _span(toks[k][1], toks[k + 1][2])
    attr = _Attr(np, cue)
    if toks[k][1] == s or (k > 0 and toks[k - 1][0] != "," and toks[k][0] == "According"):
        if j < len(toks) and toks[j][0] == ",":
            start = _clause_start(text, toks[j][2], e)
            return _Reported(start, _clause_end(text, start, e), attr, para.index)
        return None
    if k > 0 and toks[k - 1][0] == ",":
        end = _clause_end(text, s, toks[k - 1][1])
        start = _skip_dateline(text, _clause_start(text, s, end), end)
        return _Reported(start, end, attr, para.index)
    return None


_DATA_NOUNS = frozenset(
    {"figures", "data", "estimates", "statistics", "report", "survey", "study", "analysis"}
    | {"documents", "filing", "filings", "records", "forecast", "forecasts", "projections"}
)
"""Publications a body puts out: ``according to new figures from X``, ``X estimates``."""


def _data_source(text: str, toks: list[tuple[str, int, int]], i: int) -> tuple[_NP | None, int]:
    """
    Read the body behind a publication after ``according to``, from token ``i``.

    ``new figures from the National Treatment Purchase Fund`` and ``a report published
    by the central bank`` give the body named after *from* or *by*; ``health ministry
    estimates`` the body before the noun. Data someone only compiled (``data compiled
    by Bloomberg``) has no source here.
    """
    n = len(toks)
    m = i
    while m < n and m - i < 4 and _lower_alpha(toks[m][0]) and toks[m][0] not in _DATA_NOUNS:
        m += 1  # "the latest official figures"
    if m < n and toks[m][0] in _DATA_NOUNS:
        after = m + 1
        if after < n and toks[after][0] in {"released", "published", "issued"}:
            after += 1
        if after + 1 < n and toks[after][0] in {"from", "by"}:
            np, j = _np_fwd(text, toks, after + 1)
            if np is not None and np.name is not None and np.kind == "organisation":
                return np, j
        return None, i
    # "health ministry estimates": the body, then the noun
    end = m
    while end < n and end - i < 6 and toks[end][0] not in _DATA_NOUNS and toks[end][0].isalpha():
        end += 1
    if end < n and end > i and toks[end][0] in _DATA_NOUNS:
        np = _np_back(text, toks, end)
        if np is not None and np.span.start == toks[i][1] and np.kind == "organisation":
            return np, end + 1
    return None, i


_PARTICIPLE_CUES = frozenset(form for form in CUE_FORMS if form.endswith("ing"))
"""The cue forms ending in ``-ing`` (``adding``, ``saying``)."""


_RELATIVE_WORDS = frozenset(
    "".join(letters)
    for word in ("which", "who", "that")
    for letters in product(*((c, c.upper()) for c in word))
)
"""
``which``, ``who`` and ``that`` in every mix of cases: the words whose lower case is one
of them (outside ASCII only the Kelvin sign lower-cases to an ASCII letter, k, which none
of them holds).
"""


def _speaker_before(
    text: str, toks: list[tuple[str, int, int]], k: int, low: str = "", key: str | None = None
) -> tuple[_NP | None, int]:
    """
    ``_np_back`` before the cue at ``k``, kept by the text it reads (``_SPEAKERS_BEFORE``).

    ``_np_back`` reads only the tokens before the cue, from ``toks[0]`` (a token start),
    and the text inside them, and of the cue token only whether it is capitalised: with
    a lower-case cue, the same text from ``toks[0]`` to the cue gives the same speaker,
    moved. Copy written again and again (the same openings before ``said``) reads it
    once.

    Return the mention and how far it is to be moved: ``np.moved(shift)`` is the
    speaker here. The mention may be the kept one, which the caller only reads; it
    hands out a copy (which may then be changed), made only when it needs one.

    ``low`` is the cue's form in lower case when the caller has it: a cue token equal to
    it is lower-case (every cue form begins with a lower-case letter), with no test.
    ``key`` is the text from ``toks[0]`` to the cue when the caller has it.
    """
    if k == 0 or (toks[k][0] != low and not toks[k][0][:1].islower()):
        return _np_back(text, toks, k), 0
    first = toks[0][1]
    if key is None:
        key = text[first : toks[k][1]]
    known = _SPEAKERS_BEFORE.get(key)
    if known is not None:
        kept, at = known
        return kept, first - at
    return _keep_speaker(text, toks, k, key, first), 0


def _keep_speaker(
    text: str, toks: list[tuple[str, int, int]], k: int, key: str, first: int
) -> _NP | None:
    """Read ``_np_back`` before the cue at ``k`` and keep it under ``key`` (read from ``first``)."""
    np = _np_back(text, toks, k)
    if len(_SPEAKERS_BEFORE) >= _SPEAKERS_BEFORE_MAX:
        _SPEAKERS_BEFORE.clear()
    _SPEAKERS_BEFORE[key] = (np, first)  # (from now on only read: callers copy it)
    return np


_SPEAKERS_BEFORE: dict[str, tuple[_NP | None, int]] = {}
"""
``_speaker_before``'s speakers, by the text read (emptied when it reaches the maximum).

Each holds the mention (or None) and the offset of the text it was read from.
"""

_SPEAKERS_BEFORE_MAX = 4096


def _who_clause(
    text: str, toks: list[tuple[str, int, int]], k: int, e: int, para: _Para
) -> _Reported | None:
    """
    Read ``X, who added that CLAUSE``: the antecedent of the relative speaks.

    The antecedent is read before the asides (``said Tunde Bakare, an economist, who
    added``), else it is the speaker just attributed. The clause stops where the main
    clause resumes (``X, who added that A, left early``).
    """
    lemma, tier = CUE_FORMS[toks[k][0].lower()]
    np = _np_before_asides(text, toks, k - 2)
    cue = _span(toks[k][1], toks[k][2])
    attr = _Attr(np, cue) if np is not None else _Attr(None, cue, _PREVIOUS)
    j, _ = _cue_extent(text, toks, k)
    clause = _complement(text, toks, j, e, lemma, tier)
    if clause is None:
        return None
    rep = _Reported(clause[0], clause[1], attr, para.index)
    for m in range(j, len(toks) - 1):
        if toks[m][1] >= rep.end:
            break
        nxt = toks[m + 1][0]
        if toks[m][0] == "," and (
            nxt in _AUXILIARIES
            or nxt in _IRREGULAR_PASTS
            or (nxt.endswith("ed") and nxt not in CUE_FORMS)
        ):
            rep.end = _clause_end(text, rep.start, toks[m][1])
            break
    return rep


def _inverted_final(
    text: str, toks: list[tuple[str, int, int]], k: int, s: int, para: _Para
) -> _Reported | None:
    """
    Read ``CLAUSE, said the ministry.`` or ``CLAUSE, say residents`` at a sentence end.

    The inverted attribution closes the sentence, so the clause before the comma is
    reported speech, as before ``, the ministry said.``
    """
    np, nj = _np_fwd(text, toks, k + 1)
    if np is not None and np.name is not None and nj < len(toks) and toks[nj][0] == ",":
        # ", said Jane Roe, a ministry spokeswoman.": the apposition closes the sentence
        end = _apposition_role(text, toks, nj, np)
        nj = bisect_left(toks, end, nj, key=_START)
    if np is None or (nj < len(toks) and toks[nj][0] not in {".", "!", "?"}):
        return None
    low = toks[k][0].lower()
    if low == CUE_FORMS[low][0] and np.kind != "group":
        return None  # a base form needs a plural speaker: ", say residents"
    end = _clause_end(text, s, toks[k - 1][1])
    start = _skip_dateline(text, _clause_start(text, s, end), end)
    if end <= start:
        return None
    return _Reported(start, end, _Attr(np, _span(toks[k][1], toks[k][2])), para.index)


def _final_attribution(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the attribution ending before token ``j`` ends its sentence (adjuncts aside)."""
    n = len(toks)
    m = j
    while m < n and (toks[m][0].lower() in _ADJUNCT_WORDS_NO_COMMA or toks[m][0][:1].isupper()):
        if m - j > 5:
            break
        m += 1
    return (
        m >= n
        or toks[m][0] in {".", "!", "?", ";"}
        or (
            toks[m][0] == ","
            and m + 1 < n
            and (
                (  # ", adding ...", ", citing inflation": a participle adjunct
                    toks[m + 1][0].endswith("ing")
                    and (toks[m + 1][0].lower() in CUE_FORMS or _lower_alpha(toks[m + 1][0]))
                )
                or toks[m + 1][0].lower() in _DETERMINERS  # ", the latest in a series"
                or toks[m + 1][0] in _TRAILING_ADJUNCTS  # ", in a move ...", ", as ..."
            )
        )
        or _prepositional_tail(toks, j, n)  # "told TASS on the sidelines of the forum."
    )


_TRAILING_ADJUNCTS = frozenset(
    {"as", "in", "after", "amid", "while", "with", "following", "before", "ahead", "despite"}
    | {"up", "down"}  # "..., the company said on Tuesday, down from a range of ..."
)
"""Words opening an adjunct after a sentence-final attribution: ``..., X said, as ...``."""

_TAIL_PREPOSITIONS = frozenset(
    {"on", "at", "in", "during", "after", "before", "from", "via", "to", "by", "over", "outside"}
)


def _prepositional_tail(toks: list[tuple[str, int, int]], j: int, n: int) -> bool:
    """
    Whether the tokens after the cue are a prepositional phrase up to the sentence end.

    ``..., X told TASS on the sidelines of the Eastern Economic Forum.``: no comma, no
    ``that``, no quote mark and no other cue before the full stop, within 12 tokens.
    """
    if j >= n or not (
        toks[j][0] in _TAIL_PREPOSITIONS
        # "said in a consultation paper released on Tuesday.": a participle on the source
        or (_lower_alpha(toks[j][0]) and toks[j][0].endswith("ed") and toks[j][0] not in CUE_FORMS)
    ):
        return False
    for m in range(j + 1, min(n, j + 12)):
        word = toks[m][0]
        if word in {".", "!", "?"}:
            return True
        if not word[:1].isalnum() or word == "that" or word.lower() in CUE_FORMS:
            return False
    return False


def _relative_antecedent(text: str, toks: list[tuple[str, int, int]], k: int) -> _NP | None:
    """
    Return the person or group a relative clause with the cue at ``k`` is about.

    ``rights groups that had called the measure "Q"``: the subject of the cue is the
    antecedent of ``that``/``who``, read before it.
    """
    r = k - 1
    if r > 0 and toks[r][0].lower() in {"had", "have", "has"}:
        r -= 1
    if r <= 0 or toks[r][0].lower() not in {"that", "who"}:
        return None
    np = _np_back(text, toks, r)
    if np is None or np.kind not in {"person", "group"} or np.pronoun in PRONOUNS:
        return None
    return np


def _np_relative_subject(text: str, toks: list[tuple[str, int, int]], k: int) -> _NP | None:
    """
    Read a subject with a relative clause on a person just before the cue at ``k``.

    ``A woman whose home was destroyed said ...``, ``Two men who were arrested said``:
    the noun phrase before ``who``/``whose``, with the clause, is the mention. (The
    caller first checks, cheaply, that ``ho`` is in the text of the ten tokens before:
    the common case is without.)
    """
    stop = max(0, k - 10)
    if k < 2:
        return None
    r = k - 1
    while r > stop and toks[r][0].lower() not in {"who", "whose"}:
        if not toks[r][0][:1].isalnum():
            return None
        r -= 1
    if r <= stop or r >= k - 1:
        return None
    np = _np_back(text, toks, r)
    if np is None or np.kind not in {"person", "group"} or np.pronoun in PRONOUNS:
        return None
    last = k - 1
    while last > r + 1 and toks[last][0].lower() in _AUXILIARIES:
        last -= 1  # "A headteacher who banned phones has said": not the auxiliary
    np.span = _span(np.span.start, toks[last][2])
    np.text = text[np.span.start : np.span.end]
    return np


def _quoted_as(
    text: str, toks: list[tuple[str, int, int]], k: int, e: int, para: _Para
) -> _Reported | None:
    """``The minister was quoted by state agency IRNA as saying CLAUSE``: the subject says it."""
    q = next((i for i in range(k - 2, max(0, k - 10), -1) if toks[i][0] == "quoted"), -1)
    if q < 1:
        return None
    if toks[q - 1][0].lower() not in {"was", "is", "were", "been"}:
        # the active voice, with the speaker as object: "The agency quoted the minister as saying"
        np, j = _np_fwd(text, toks, q + 1)
        if np is None or j != k - 1 or toks[j][0] != "as":
            return None
        attr = _Attr(np, _span(toks[k][1], toks[k][2]))
        clause = _complement(text, toks, k + 1, e, "say", 1)
        return None if clause is None else _Reported(clause[0], clause[1], attr, para.index)
    a = q - 1
    if toks[a][0].lower() == "been" and a > 0 and toks[a - 1][0].lower() in {"has", "have", "had"}:
        a -= 1
    np = _np_back(text, toks, a)
    if np is None:
        return None
    attr = _Attr(np, _span(toks[k][1], toks[k][2]))
    clause = _complement(text, toks, k + 1, e, "say", 1)
    return None if clause is None else _Reported(clause[0], clause[1], attr, para.index)


def _sentence_subject(
    text: str, toks: list[tuple[str, int, int]], k: int, s: int, *, other_cues: bool = False
) -> _NP | None:
    """
    Return the subject opening the sentence of a participle cue at ``k``, if any.

    ``The BJP hit back, saying ...``: the subject of the main verb says it. When the
    sentence has another cue before the participle (``"Q," he said, adding ...``), or
    does not open with a noun phrase and a verb, None: the caller inherits instead.
    With ``other_cues`` (a second verb after *and*: ``X reported a loss and said ...``)
    a cue before it is allowed.
    """
    if toks and toks[0][1] > s and k < len(toks):
        # the tokens are a window starting inside a long sentence: read it from its start,
        # unless that is further back than any sentence runs (a run-on "sentence" of
        # hostile input, read again for each participle in it, would cost its square)
        if toks[k][1] - s > _SUBJECT_REACH:
            return None
        toks = _tokens(text, s, toks[k][1])
        k = len(toks)
    first = next((i for i, t in enumerate(toks) if t[1] >= s), -1)
    if first < 0 or toks[first][1] != s:
        return None
    for i in range(first, min(k, first + 15)):
        if toks[i][0] in {"-", "—", "–"}:
            first = i + 1  # skip a dateline: "NAIROBI, May 12 (Reuters) - Kenya's central bank"
            break
    if (
        not other_cues
        and any(
            toks[i][0].lower() in CUE_FORMS
            and not toks[i][0].endswith("ing")
            and not _transitive_use(toks, i)
            and not (  # "asked court to release his clients on bail, arguing that ..."
                CUE_FORMS[toks[i][0].lower()][0] in _NO_CLAUSE_LEMMAS
                and i + 1 < k
                and toks[i + 1][0][:1].isalnum()
            )
            for i in range(first, k)
        )
    ):  # "a lawsuit accusing X of ..., saying": a participle modifier is no other cue
        return None
    np, j = _np_fwd(text, toks, first)
    if (
        np is not None
        and j + 1 < k
        and toks[j][0] == "."
        and toks[j - 1][0].lower() in _COMPANY_SUFFIXES
        and (suffixed := _np_back_suffixed(text, toks, j)) is not None
    ):
        np, j = suffixed, j + 1  # "Acme Corp. cut its forecast, saying ..."
    if np is None or j >= k or not _lower_alpha(toks[j][0]):
        return None
    return np


_SUBJECT_REACH = 1000
"""
How far before a participle cue ``_sentence_subject`` reads its sentence's subject.

Wire sentences run to 200 or 300 characters and rarely past 600; a participle further
than this from its sentence's start gets no subject (the caller inherits the previous
speaker, as when the sentence has another cue).
"""


def _transitive_use(toks: list[tuple[str, int, int]], i: int) -> bool:
    """
    Whether the cue word at ``i`` takes a plain object, not speech.

    ``declared an outbreak of cholera in two counties, saying ...``, ``criticised the
    initial response, saying ...``: a determiner, then words that do not read as a
    clause (see ``_finite_clause``).
    """
    return (
        i + 2 < len(toks)
        and toks[i + 1][0].lower() in _DET_OR_POSSESSIVE
        and not _finite_clause(toks, i + 1)
    )


def _complement(  # noqa: PLR0917 - internal helper of _cue_clause
    text: str, toks: list[tuple[str, int, int]], j: int, e: int, lemma: str, tier: int
) -> tuple[int, int] | None:
    """
    Read ``(adjuncts) that CLAUSE`` or a bare clause after a cue; return its bounds.

    (The caller attributes the clause: most cues have none, and then it builds nothing.)
    """
    n = len(toks)
    first = toks[j][0] if j < n else ""  # (the word after the cue, tested first below)
    if (
        first == "to"
        and 0 < j < n - 1
        and toks[j - 1][0].lower() in CUE_FORMS
        and _lower_alpha(toks[j + 1][0])
        and not (  # but "admitted to investigators that ...": an addressee
            toks[j + 1][0].endswith("s") and any(t[0] == "that" for t in toks[j + 2 : j + 5])
        )
    ):
        return None  # "agreed to hear a case that ...": an infinitive, not reported speech
    if first == "that":
        # "said that ...", the common case: the search below stops at once at it (it is
        # in its text), with these steps
        if j + 1 < n and toks[j + 1][0] in {".", ",", ";"}:
            return None  # "said that." / "said that, ..."
        start = _clause_start(text, toks[j][2], e)
        return start, _clause_stop(text, toks, j + 1, start, e)
    m = j
    # Only a "that" ends the loop below with a result, and only the 11 tokens from j
    # can be it: without "that" in their text (lower-cased, as a token's is the text
    # it covers) the loop is skipped, for one search in C. Only T, H and A lower-case
    # to t, h and a besides themselves: without them the text needs no lower-casing.
    reach = j + 11 if j + 11 < n else n
    if j < reach and (
        "that" in (chunk := text[toks[j][1] : toks[reach - 1][2]])
        or (("T" in chunk or "H" in chunk or "A" in chunk) and "that" in chunk.lower())
    ):
        # (what each word gives is kept by the word: see _that_step)
        while m < n and m - j <= 10:
            step = _that_step(toks[m][0])
            if step == _THAT_STEP or (step == _THAT_AUXILIARY and m == j):
                m += 1
                continue
            if step == _THAT_FOUND:
                if m + 1 < n and toks[m + 1][0] in {".", ",", ";"}:
                    return None  # "said that." / "said that, ..."
                if m > j and toks[m - 1][0].lower() in {"and", "but", "or"}:
                    break  # "said A and that B": a bare clause, coordinated with a that-clause
                start = _clause_start(text, toks[m][2], e)
                return start, _clause_stop(text, toks, m + 1, start, e)
            break  # a cue, a mark, or "said the colour could be read using an app that
            # ...", "said it welcomed any reform that ...": a clause began (an auxiliary)
    if tier == 3 or lemma in _NO_CLAUSE_LEMMAS:
        return None
    # Bare clause: skip "on Thursday", "earlier", then a subject must follow.
    m = j
    # The loop below steps over a first word only when it is in _BARE_SKIPS (its third
    # test needs a word before): with another (the common case), it stops at once at j.
    # What the first word gives is kept by the word (see _bare_word).
    skip, opener = _bare_word(first)
    if skip:
        while m < n and m - j <= 4:
            t = toks[m][0].lower()
            if (
                t in {"on", "late", "early", "earlier", "last", "this", ","} or t in _DAYS
            ) and not (t == "this" and m + 1 < n and toks[m + 1][0].lower() in _AUXILIARIES):
                m += 1  # but "said this was the fourth such incident": a subject
                continue
            if t in _BARE_TIME_NOUNS:
                m += 1
                continue
            if m > j and toks[m][0][:1].isupper() and toks[m - 1][0].lower() == "on":
                m += 1
                continue
            break
    if m + 2 >= n:
        return None
    if m != j:  # (else the word at m is the first, whose reading is at hand)
        opener = _bare_word(toks[m][0])[1]
    nxt = toks[m + 1][0]
    if opener == _OPENS_BEFORE_CAPITAL:
        # "says State Highway 25A could close": a cue form inside a name
        opener = _OPENS_CAPITALISED if nxt[:1].isupper() else _OPENS_NOT
    if opener == _OPENS_NOT:
        return None
    if opener == _OPENS_CAPITALISED and nxt in {".", ",", ";"}:
        return None  # inversion: "said Jane Roe."
    if nxt in {".", ";", "!", "?"} or not _finite_clause(toks, m):
        return None
    start = toks[m][1]
    return start, _clause_stop(text, toks, m, start, e)


_THAT_STEP = 0
"""``_that_step``: a word or comma that ``_complement``'s search for ``that`` steps over."""
_THAT_AUXILIARY = 1
"""``_that_step``: an auxiliary, stepped over as the first word, else ending the search."""
_THAT_FOUND = 2
"""``_that_step``: ``that`` in any case."""
_THAT_BREAK = 3
"""``_that_step``: a token that ends the search (a cue, a mark, a subject pronoun)."""


@_word_cache
def _that_step(word: str) -> int:
    """
    What ``_complement``'s search for ``that`` makes of the token ``word``: a ``_THAT`` code.

    The plain reading lower-cases each word and tests the case of its first character
    (two calls of string methods a step); kept by the word, each is read once.
    """
    low = word.lower()
    if low == "that":
        return _THAT_FOUND
    if low in _THAT_SCAN_BREAKS:
        return _THAT_BREAK
    if not (word[:1].isalnum() or word == ","):
        return _THAT_BREAK
    return _THAT_AUXILIARY if low in _AUXILIARIES else _THAT_STEP


_OPENS_NOT = 0
"""``_bare_word``: the word does not open a bare clause."""
_OPENS = 1
"""``_bare_word``: the word may open a bare clause; it does not begin with a capital."""
_OPENS_CAPITALISED = 2
"""``_bare_word``: the word may open a bare clause, and begins with a capital."""
_OPENS_BEFORE_CAPITAL = 3
"""``_bare_word``: a capitalised cue form, which opens one only before a capital."""


@_word_cache
def _bare_word(token: str) -> tuple[bool, int]:
    """
    What ``_complement``'s reading of a bare clause makes of ``token``.

    Whether it is stepped over first (its lower case is in ``_BARE_SKIPS``), and whether
    it opens the clause: one of the ``_OPENS`` codes, by the tests on the word alone (its
    lower case, the case of its first character, and ``_lower_alpha``), and for a
    capitalised cue form the case of the next word's, which the caller tests. Kept by
    the word, each is read once: the plain reading lower-cases it and makes up to four
    calls of string methods a cue.
    """
    low = token.lower()
    head = token[:1]
    capital = head.isupper()
    if (
        low in _CLAUSE_STARTS
        or head.isdigit()
        or (
            low not in _NOT_CLAUSE
            # "said state banks had"; a third-person form straight after the cue is a
            # plural noun ("said claims rose", "said reports had ...")
            and (low not in CUE_FORMS or CUE_FORMS[low][0] == low or low.endswith("s"))
            and _lower_alpha(token)
        )
    ):
        opener = _OPENS_CAPITALISED if capital else _OPENS
    elif capital and low not in _STOP_CAPS:
        opener = _OPENS_BEFORE_CAPITAL if low in CUE_FORMS else _OPENS_CAPITALISED
    else:
        opener = _OPENS_NOT
    return low in _BARE_SKIPS, opener


_BARE_TIME_NOUNS = frozenset({"week", "month", "year", "night", "weekend", "morning", "evening"})
"""The nouns that ``_complement`` steps over before a bare clause (``last week``)."""

_BARE_SKIPS = frozenset(
    {"on", "late", "early", "earlier", "last", "this", ","} | _DAYS | _BARE_TIME_NOUNS
)
"""The words (lower-cased) over which ``_complement`` may step first before a bare clause."""

_AUXILIARIES = frozenset(
    {
        "is",
        "was",
        "were",
        "are",
        "am",
        "be",
        "been",
        "had",
        "has",
        "have",
        "would",
        "will",
        "could",
        "can",
        "should",
        "might",
        "may",
        "must",
        "did",
        "does",
        "do",
        "won't",
        "wouldn't",
        "can't",
        "couldn't",
        "didn't",
        "doesn't",
        "don't",
        "isn't",
        "wasn't",
        "weren't",
        "hasn't",
        "hadn't",
        "haven't",
        "shouldn't",
    }
)
_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
_NOT_IN_SUBJECT = frozenset(
    {"and", "or", "of", "to", "for", "with", "in", "on", "at", "by", "from", "about", "as", "into"}
)


_FINITE_SCAN_STOPS = frozenset(_AUXILIARIES | CUE_FORMS.keys() | {".", ";", "!", "?", "to", ","})
"""The words ``_finite_clause``'s first scan stops at (the others it steps over)."""

_SCAN_FINDS = frozenset(
    "".join(letters)
    for word in _AUXILIARIES | {","}
    for letters in product(*({c, c.upper()} for c in word))
)
"""
The tokens without which ``_finite_clause``'s first scan finds nothing: those that
lower-case to an auxiliary, or a comma.

Each is such a word in every mix of cases: a token lower-cases to one of these ASCII
words exactly when it is one of its mixes (outside ASCII only the Kelvin sign
lower-cases to an ASCII letter, k, which none of them holds), so the scan's words need
not be lower-cased to be tested.
"""


def _finite_clause(toks: list[tuple[str, int, int]], m: int) -> bool:
    """
    Return whether the words from ``m`` read as a clause rather than an object.

    ``said profit would fall`` (an auxiliary), ``added she was tired`` (a subject
    pronoun), ``said the gunman fired`` (a short subject, then an -ed verb, also after
    an aside: ``said the gang, travelling in two cars, forced ...``) and ``say the
    trucks arrive late`` (a determiner, a plural noun and a plain verb) are clauses;
    ``reported a profit of $3 billion`` and ``warned residents to stay`` are not.
    """
    n = len(toks)
    first = toks[m][0].lower()
    if "'" in first or "’" in first:
        base, _, rest = first.replace("’", "'").partition("'")
        if base in _SUBJECT_PRONOUNS and rest in {"ll", "d", "s", "re", "ve", "m"}:
            return True  # "says he'll believe it", "said they'd appeal"
    if first in _SUBJECT_PRONOUNS:
        if m + 2 < n and toks[m + 1][0] in _QUOTE_CHARS:
            return toks[m + 2][0][:1].islower()  # 'said it "remains committed"'
        return m + 1 < n and toks[m + 1][0][:1].isalnum()
    stop = m + 12 if m + 12 < n else n
    # The scan returns only at an auxiliary, and reads past its first twelve words only
    # after a comma: without either among them (one set test in C, on the words as they
    # are: see _SCAN_FINDS) it finds nothing and is skipped.
    i = stop if _SCAN_FINDS.isdisjoint(map(_WORD, toks[m:stop])) else m
    while i < stop:
        word = toks[i][0].lower()
        if word not in _FINITE_SCAN_STOPS:
            i += 1  # most words: none of the tests below can hold
            continue
        if word in _AUXILIARIES:
            return True
        if word in {".", ";", "!", "?"} or (word in CUE_FORMS and toks[i - 1][0] == "and"):
            break  # "reported a drop in orders and said it would ...": the second verb's
        if word == "to" and _infinitive_to(toks, i):
            break  # "warned residents to stay", but not "gusts of up to 65 mph were"
        if word == "," and (aside_end := _aside_end(toks, i)) != i:
            if aside_end < 0:
                break  # "declared a state of emergency, saying floods had killed ..."
            stop = min(n, stop + aside_end - i)
            i = aside_end
            continue
        i += 1
    # A determiner and three more words (both tests need the fourth): the tests of the
    # words' endings and of the fourth come before the costlier _lower_alpha, and
    # usually fail ("said the minister said that ...").
    if first in _DET_OR_POSSESSIVE and m + 3 < n:
        noun, verb, after = toks[m + 1][0], toks[m + 2][0], toks[m + 3][0]
        if (
            (after == "to" or after in _DET_OR_POSSESSIVE)
            and verb.endswith("s")
            and not noun.endswith("s")
            and not verb.endswith(("ss", "ous", "ics"))
            and _lower_alpha(noun)
            and _lower_alpha(verb)
        ):
            return True  # "told Ahram Online the exhibition aims to show": a singular subject
        if (
            noun.endswith("s")
            and not noun.endswith("ss")
            and after not in {"of", "for", ","}
            and verb not in _NOT_IN_SUBJECT
            and not verb.endswith(("s", "ing", "ly", "ed"))
            and _lower_alpha(noun)
            and _lower_alpha(verb)
        ):
            return True  # "say the trucks arrive late": a plural subject and a plain verb
    i = m + 1
    limit = m + 5 if m + 5 < n else n
    # What each word gives is kept by the word (_subject_step); only a token not
    # beginning with a letter or digit may be a quote mark or a comma, which lower-case
    # to themselves only (a test checks every character): read as it is.
    while i < limit:
        step = _subject_step(word := toks[i][0])
        if step is None:
            i += 1
            continue
        if step is True or step is False:
            return step
        # (a mark: _MARK)
        if word in _QUOTE_CHARS and i + 1 < n:
            # 'said the letter "raises more questions"': a quoted predicate
            nxt = toks[i + 1][0]
            return nxt[:1].islower() and (nxt.endswith(("s", "ed")) or nxt in _AUXILIARIES)
        if word == "," and (aside_end := _aside_end(toks, i)) > i:
            limit = min(n, limit + aside_end - i)
            i = aside_end  # "said the gang, travelling in two vehicles, forced the van"
            continue
        return False
    return False


_MARK = "mark"
"""``_subject_step``'s answer for a token not beginning with a letter or digit."""


@_word_cache
def _subject_step(token: str) -> bool | str | None:
    """
    What ``_finite_clause``'s reading of a subject after a determiner makes of ``token``.

    Its verdict: False for a word of ``_NOT_IN_SUBJECT`` (``the bank in``), True for a
    verb in the past (``the bill spent``, ``the gunman fired``); ``_MARK`` for a token
    not beginning with a letter or digit (read with the tokens after it); None for a
    word stepped over. Up to four words are read a call (more past an aside), each
    lower-cased and tested up to four times: kept by the word, each is read once
    (said_distinct 100 KB: 524M -> 516M instructions).
    """
    word = token.lower()
    if word in _SUBJECT_VERDICTS:  # (they begin with a letter: no other test comes first)
        return _SUBJECT_VERDICTS[word]
    if not word[:1].isalnum():
        return _MARK
    # (a risky cue is a plain verb here: "said the bank expected ..."; but "a
    # bigger-than-expected fall": an adjective)
    return (
        word.endswith("ed")
        and "-" not in word
        and (word not in CUE_FORMS or CUE_FORMS[word][1] == 3)
    ) or None


def _infinitive_to(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether ``to`` at ``i`` opens an infinitive (``to stay``), not a range (``up to 65``)."""
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    return (
        _lower_alpha(nxt)
        and nxt not in _DET_OR_POSSESSIVE
        and toks[i - 1][0].lower() not in {"up", "close", "next", "due", "according", "from"}
    )


def _aside_end(toks: list[tuple[str, int, int]], i: int) -> int:
    """
    Return the index after an aside opened by the comma at ``i``.

    A participle or a relative clause set off by commas (``, travelling in two cars,``,
    ``, which also draw water from the lakes,``) returns the index after its closing
    comma; one left open returns -1; a comma opening no such aside returns ``i``.
    """
    if i + 1 >= len(toks):
        return i
    nxt = toks[i + 1][0]
    participle = nxt.endswith("ing") and _lower_alpha(nxt)
    if not (participle or nxt.lower() in {"which", "who"}):
        return i
    c = next((x for x in range(i + 2, min(len(toks), i + 18)) if toks[x][0] in ",.;"), -1)
    if c > 0 and toks[c][0] == ",":
        return c + 1
    return -1 if participle else i


_IRREGULAR_PASTS = frozenset(
    [
        "rose",
        "fell",
        "spent",
        "made",
        "took",
        "gave",
        "went",
        "came",
        "saw",
        "left",
        "lost",
        "won",
        "kept",
        "held",
        "met",
        "paid",
        "sold",
        "bought",
        "brought",
        "built",
        "began",
        "broke",
        "chose",
        "drove",
        "fought",
        "grew",
        "hit",
        "hurt",
        "led",
        "let",
        "meant",
        "put",
        "ran",
        "sent",
        "set",
        "shot",
        "stood",
        "struck",
        "taught",
        "threw",
        "understood",
        "wore",
        "got",
        "became",
        "fled",
        "flew",
        "forgot",
        "froze",
        "hid",
        "knew",
        "lay",
        "rode",
        "rang",
        "sank",
        "sat",
        "slept",
        "spoke",
        "stole",
        "swam",
        "swore",
        "tore",
        "woke",
    ]
)
"""Irregular past tenses that mark a bare reported clause (``said the bill spent too much``)."""

_SUBJECT_VERDICTS = dict.fromkeys(_IRREGULAR_PASTS, True) | dict.fromkeys(_NOT_IN_SUBJECT, False)
"""
``_finite_clause``'s verdict at a word after a determiner: not a subject (``the bank in``),
or a verb in the past (``the bill spent``); a word in both would not be a subject.
"""


_QUOTE_CHARS = frozenset('"“”„«»‹›')

_THAT_SCAN_MARKS = frozenset({".", ";", ":", "!", "?", "(", ")"} | _QUOTE_CHARS)
"""The marks at which ``_complement``'s search for ``that`` stops."""

_THAT_SCAN_BREAKS = frozenset(CUE_FORMS.keys() | _THAT_SCAN_MARKS | _SUBJECT_PRONOUNS)
"""
The lower-cased words at which ``_complement``'s search for ``that`` stops (besides an
auxiliary after its first word). A token is one of the marks exactly when its lower case
is (a mark is not cased, and only a mark lower-cases to it: a test checks every
character), so the marks are tested on the lower case too.
"""

_NOT_CLAUSE = frozenset(
    {
        "to",
        "nothing",
        "something",
        "anything",
        "goodbye",
        "hello",
        "yes",
        "so",
        "him",
        "them",
        "me",
        "us",
        "you",
        "sorry",
        "thanks",
        "little",
        "much",
        "less",
        "enough",
        "why",
        "how",
        "whether",
        "if",
        "what",
        "when",
        "where",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "of",
        "as",
        "during",
        "after",
        "before",
        "and",
        "but",
        "or",
        "not",
        "otherwise",
        "later",
        "again",
        "too",
        "while",
        "over",
        "into",
        "up",
        "out",
        "off",
        "down",
        "back",
    }
)
"""Lower-case words after a cue that do not open a reported clause (``said goodbye``)."""

_CLAUSE_BREAKS = frozenset({"but", "while", "although", "whereas", "though"})

_COMMA_BREAKS = frozenset(_CLAUSE_BREAKS | _PARTICIPLE_CUES)
"""The words (lower-cased) before which a comma ends a clause for ``_clause_stop``."""

_CLAUSE_STOP_TOKENS = frozenset({";", ":", ",", "and", "but"})
"""The tokens before which ``_clause_stop`` may end a clause (it steps over all others)."""


def _clause_stop(text: str, toks: list[tuple[str, int, int]], m: int, start: int, e: int) -> int:
    """
    Return where a reported clause starting at ``start`` ends.

    At the sentence end, or before ``, adding ...``, ``, but ...``, ``;``, or an
    opening quote mark that starts a whole quote (``: "``).
    """
    n = len(toks)
    # The tokens from m that start before e (they are sorted by start); one set test
    # steps over the words (a clause runs over a dozen of them and a few commas).
    # Usually all do (the sentence's tokens, or a window's): then no search.
    hi = n if n and toks[-1][1] < e else bisect_left(toks, e, m, key=_START)
    # A token is the text it covers: when the text of these tokens holds none of the
    # stop tokens (the common case, "said that the council said it said so"), none of
    # them is one, and the loop below would step over them all (five searches in C on
    # one slice cost about what two steps do).
    if m < hi:
        chunk = text[toks[m][1] : toks[hi - 1][2]]
        if not ("," in chunk or ";" in chunk or ":" in chunk or "and" in chunk or "but" in chunk):
            return _clause_end(text, start, e)
    for i in range(m, hi):
        t = toks[i][0]
        if t not in _CLAUSE_STOP_TOKENS:
            continue
        # (the stop tokens are distinct: the commas, the most common, are tested first)
        if t == ",":
            if i + 1 < n:
                nxt = toks[i + 1][0].lower()
                # (the participles are the cue forms ending in "ing"; _clause_appendix
                # holds only after the words of _APPENDIX_OPENERS)
                if nxt in _COMMA_BREAKS:
                    return _clause_end(text, start, toks[i][1])
                if nxt in _APPENDIX_OPENERS and _clause_appendix(toks, i + 1):
                    return _clause_end(text, start, toks[i][1])
        elif t == ";" or (t == ":" and i + 1 < n and toks[i + 1][0] in _QUOTE_CHARS):
            return _clause_end(text, start, toks[i][1])
        elif (
            t in {"and", "but"}
            and i + 1 < n
            # a speaker verb ends in "d" lower-cased: its last character is "d" or "D"
            and toks[i + 1][0][-1:] in "dD"
            and _speaker_verb(toks[i + 1][0])
        ):
            # "said X was to blame and apologised", "said talks would resume but insisted"
            return _clause_end(text, start, toks[i][1])
    return _clause_end(text, start, e)


_TIME_NOUNS = frozenset({"day", "week", "month", "year", "days", "weeks", "months", "years"})

_APPENDIX_OPENERS = frozenset({"according", "a", "one", "two", "three"})
"""The lower-case words with which an appendix opens (see ``_clause_appendix``)."""


def _clause_appendix(toks: list[tuple[str, int, int]], i: int) -> bool:
    """
    Return whether the words at ``i`` (after a comma) are an appendix to the clause.

    ``, according to a memo`` (a second source), ``, a day after the coalition fell``
    (a time adjunct of the speech, not of what was said).
    """
    low = toks[i][0].lower()
    if low == "according":
        return i + 1 < len(toks) and toks[i + 1][0] == "to"
    return (
        low in {"a", "one", "two", "three"}
        and i + 2 < len(toks)
        and toks[i + 1][0].lower() in _TIME_NOUNS
        and toks[i + 2][0].lower() in {"after", "before", "since"}
    )


def _speaker_verb(word: str) -> bool:
    """A past speech or stance verb after ``and``: the speaker's second verb (``and denied``)."""
    low = word.lower()
    return (
        word[:1].islower()
        and (low.endswith("ed") or low in {"said", "told"})
        and (CUE_FORMS.get(low, ("", 3))[1] <= 2 or low.endswith(("apologised", "apologized")))
    )


# --------------------------------------------------------------------------------------
# Speaker resolution
# --------------------------------------------------------------------------------------


class _Entity:
    """A speaker named so far."""

    __slots__ = ("_described", "cue", "gender", "kind", "name", "pos", "role", "span", "words")

    def __init__(  # noqa: PLR0917 - a plain record
        self,
        name: str,
        kind: str,
        role: str | None,
        span: Span | None,
        pos: int,
        cue: str = "",
        gender: str = "",
    ) -> None:
        self.name = name
        self.words = name.split()  # split once: surnames are looked up in up to 50 entities
        self.kind = kind
        self.role = role
        self.span = span
        self.pos = pos
        self.cue = cue
        self.gender = gender  # "m", "f" or "" (unknown), from a title or a pronoun
        self._described: tuple[str | None, str] | None = None

    def described(self) -> str:
        """
        Return ``name role`` in lower case, as nominals are matched against it.

        Computed once per role (an entity's role may be set after it is built).
        """
        cached = self._described
        role = self.role
        if cached is None or cached[0] is not role:
            cached = self._described = (role, (self.name + " " + (role or "")).lower())
        return cached[1]


_PLACES_AND_ORGANISATIONS = COUNTRIES | ORGANISATION_NAMES

_NAME = operator.attrgetter("name")
"""The name of an ``_Entity``."""


class _SpeakerKinds(dict[str | None, SpeakerKind]):
    """The ``SpeakerKind`` of a mention's kind: any other kind is unknown."""

    def __missing__(self, kind: str | None) -> SpeakerKind:
        return SpeakerKind.UNKNOWN


_KINDS = _SpeakerKinds(
    {
        "person": SpeakerKind.PERSON,
        "organisation": SpeakerKind.ORGANISATION,
        "group": SpeakerKind.GROUP,
    }
)
"""Looked up with a subscript, not ``get`` (a method call per speaker resolved)."""


def _resolve(
    text: str, attr: _Attr, entities: list[_Entity], previous: Attribution | None
) -> Attribution:
    """Turn a raw attribution into an :class:`Attribution`, updating ``entities``."""
    cue = attr.cue
    # (an empty cue span has no cue text: its slice is empty, and so false)
    cue_text = (text[cue.start : cue.end] or None) if cue is not None else None
    if attr.inherit is not None:
        if previous is None:
            return _Attribution(speaker=None, cue=cue_text, cue_span=cue)
        if cue is None:
            return _Attribution(
                speaker=previous.speaker,
                speaker_kind=previous.speaker_kind,
                role=previous.role,
                speaker_span=previous.speaker_span,
            )
        return _Attribution(
            speaker=previous.speaker,
            speaker_kind=previous.speaker_kind,
            role=previous.role,
            mention=previous.mention,
            mention_span=previous.mention_span,
            speaker_span=previous.speaker_span,
            cue=cue_text,
            cue_span=cue,
        )
    np = attr.np
    if np is None:
        return _Attribution(speaker=None, cue=cue_text, cue_span=cue)
    kind = np.kind
    name = np.name
    name_span = np.name_span
    role = np.role
    if np.pronoun:
        pronoun = np.pronoun  # (no function called below changes it)
        # (each guard is the first test of the function it guards, which returns None
        # when it fails, or, for ``entities``, a function that picks one of them: the
        # call is skipped, not its result changed)
        target = _nominal_target(text, np, entities) if pronoun == "nominal" else None
        target = (
            target
            or (pronoun == "the" and kind == "person" and _role_nominal(text, np, entities))
            or (entities and _antecedent(np, entities))
            or (
                pronoun == "nominal"
                and kind == "organisation"
                and entities
                and _nominal_fallback(np, entities)
            )
            or (pronoun == "nominal" and kind == "person" and _epithet_before(text, np))
            or (entities and _last_speaker_for_role(np, entities))
            or None
        )
        if kind == "organisation":  # (the first test of _organisation_nominal)
            target = _organisation_nominal(text, np, entities, target)
        if target is not None and target.kind == "person" and _modifiers_clash(np, target):
            target = None  # "the Treasury spokesperson" is not the Home Office's
        if target is None and pronoun == "it":
            target = _organisation_subject_before(text, np.span.start)
            if target is not None:
                entities.append(target)  # found once: the next "it" resolves to it directly
        if pronoun in {"he", "she"}:
            target = _latest_named(text, np, entities, target)
            subject = _person_subject_before(text, np.span.start, entities)
            if (
                subject is not None
                and (target is None or (subject.pos > target.pos and subject.name != target.name))
                and not any(
                    e.name == subject.name and _gender_clash(pronoun, e.gender)
                    for e in entities[-12:]
                )
            ):
                target = subject  # 'Marsh, 63, apologised. "Q," she said.'
            titled = _titled_before(text, np.span.start)
            if titled is not None and any(
                e.name == titled.name and _gender_clash(pronoun, e.gender) for e in entities[-12:]
            ):
                titled = None  # "Union leader Tom Baxter" is a "he", not a "she"
            if titled is not None and (
                target is None or (titled.name not in target.name and titled.pos > target.pos)
            ):
                target = titled
        if target is not None:
            name, name_span, kind = target.name, target.span, target.kind
            if pronoun == "the" and kind == "person" and target.role:
                role = target.role  # "the coach" is "Coach Mark Ellis": keep his full role
            role = role or target.role
            if pronoun in {"he", "she", "nominal", "the"} and kind == "person":
                # the pronoun is the person's latest mention, and tells the gender
                gender = {"he": "m", "she": "f"}.get(pronoun, target.gender)
                entities.append(_Entity(name, kind, role, name_span, np.span.start, "", gender))
            elif kind == "organisation" and not any(e.name == name for e in entities[-12:]):
                # "the company said" resolved to "firm Najd Freight Co." named in the text:
                # the company has now spoken, and a later "it" refers to it
                entities.append(_Entity(name, kind, role, name_span, np.span.start, cue_text or ""))
        elif pronoun == "nominal" and kind == "group":
            name = np.text
    elif name is not None:
        if kind == "group" and " " not in name and np.text.lower().startswith("the "):
            # "the people said" after "according to people familiar with the matter"
            earlier = next(
                (
                    e
                    for e in reversed(entities[-12:])
                    if e.kind == "group" and name.lower() in e.name.lower().split()
                ),
                None,
            )
            if earlier is not None:
                name, name_span = earlier.name, earlier.span
        if kind == "organisation" and _ACRONYM.fullmatch(name):
            full = _acronym_expansion(name, entities)
            if full is not None:  # "the DJB said" after "the Delhi Jal Board (DJB)"
                name, name_span = full.name, full.span
        gender = _mention_gender(np.text, role) if kind == "person" else ""
        single = " " not in name and name.lower() not in _PLACES_AND_ORGANISATIONS
        if (kind == "person" and role is None) or single:
            recent = entities[-50:]
            # Each test below needs ``name`` inside the entity's name: when no recent
            # name holds it (one test in C over the names joined by newlines, exact as
            # ``name`` has no newline to span a join), the loop runs to its else.
            if "\n" not in name and name not in "\n".join(map(_NAME, recent)):
                recent = []
            for ent in reversed(recent):
                if ent.kind == "person" and (
                    name in ent.words or (ent.name.endswith(" " + name) and " " in name)
                ):
                    name, name_span, kind = ent.name, ent.span, "person"
                    role = role or ent.role
                    gender = gender or ent.gender
                    break
                if single and ent.kind == "organisation" and ent.words[0] == name:
                    # "Hessling said" after "Hessling Bank said": the short name
                    name, name_span, kind = ent.name, ent.span, "organisation"
                    break
            else:
                titled = _titled_before(text, np.span.start, name.split()[-1])
                if titled is None and " " not in name:
                    titled = _full_name_before(
                        text,
                        np.span.start,
                        name,
                        family_first=(role or "").lower().rstrip(".") in _HONORIFICS,
                    ) or _family_name_first(text, np.span.start, name)
                if titled is not None and (
                    (titled.name.endswith(name) and titled.name != name)
                    or titled.name.startswith(name + " ")
                    or name in titled.words[1:-1]  # "Leung" of "Tommy Leung Ka-fai"
                ):
                    name, name_span, kind = titled.name, titled.span, "person"
                    role = role or titled.role  # "Marsh" after "Gov. Ellen Marsh": "Gov."
        if (
            kind == "organisation"
            and len(name.split()) <= 2
            and name.lower() not in _PLACES_AND_ORGANISATIONS
            and (
                (full := _organisation_name_before(text, np.span.start, name)) is not None
                or (full := _bracketed_short_name(text, np.span.start, name)) is not None
            )
        ):
            # "Corvane said" after "Corvane Health", "Sebi said" after "... of India (Sebi)"
            name, name_span = full.name, full.span
        entities.append(_Entity(name, kind, role, name_span, np.span.start, cue_text or "", gender))
    # (every field, in field order: positional arguments are matched without names)
    return _Attribution(
        name,
        _KINDS[kind],
        role,
        np.text,
        np.span,
        name_span if name is not None else None,
        cue_text,
        cue,
    )


def _modifiers_clash(np: _NP, ent: _Entity) -> bool:
    """
    Whether a nominal's capitalised modifiers are missing from a person's name and role.

    ``The Treasury spokesperson`` does not refer back to ``Ann Lowe, a spokesperson for
    the Home Office``; ``the Kremlin spokesman`` does to ``Kremlin spokesman Dmitry Peskov``.
    """
    if np.pronoun not in {"nominal", "the"}:
        return False
    words = np.text.split()[1:-1]  # without the determiner and the head
    caps = [w.lower().rstrip(",") for w in words if w[:1].isupper()]
    caps = [w for w in caps if w not in _STOP_CAPS and w not in TITLE_WORDS]
    if not caps:
        return False
    hay = ent.described()
    return not any(w in hay for w in caps)


_ACRONYM = regex.compile(r"\p{Lu}(?:\p{Lu}|[a-z](?=\p{Lu})){1,6}")
"""An organisation's acronym: ``HSE``, ``DJB``, ``MoD`` (a lower-case letter: a short word)."""

_NAME_SHORT_WORDS = frozenset({"of", "for", "and", "on", "the"})


def _initials(words: list[str], *, short: bool) -> str:
    """The initials of ``words`` in capitals; ``short`` counts ``of``/``for``... (``MoD``)."""
    return "".join(w[0] for w in words if short or w not in _NAME_SHORT_WORDS).upper()


def _acronym_expansion(acronym: str, entities: list[_Entity]) -> _Entity | None:
    """
    Return the organisation speaker whose initials spell ``acronym``.

    ``The Delhi Jal Board (DJB) said ...`` then ``the DJB said``: the acronym is a later
    mention of a speaker already named in full, as a surname is of a full name. An
    organisation that has not spoken keeps its acronym (``The Federal Aviation
    Administration grounded flights ... the FAA said`` gives ``FAA``), the main set's
    convention.
    """
    want = acronym.upper()
    for ent in reversed(entities[-50:]):
        if (
            ent.kind == "organisation"
            and len(ent.words) > 1
            and want in {_initials(ent.words, short=False), _initials(ent.words, short=True)}
        ):
            return ent
    return None


_TITLED = regex.compile(
    r"""
    # the name's first two words, which it implies: tested first, as most positions fail
    # it, before the lookbehinds (slow to try at every capital)
    (?=\p{Lu}[\p{L}'’\-]+\s(?:\p{Lu}|al-|el-|de|van|von|bin))
    (?:(?<=\b(?:President|Minister|Secretary|Chancellor|Governor|Senator|Mayor|Judge|Dr|Mr|Mrs|Ms
       |Sen|Rep|Gov|Gen|Sir|Dame|[Ss]pokes(?:man|woman|person)|Director|Chairman|Chairwoman
       |[Cc]oach|Prof|Professor|Ambassador|Commissioner|[Cc]hief|Superintendent|Inspector|Captain
       |[Pp]resident|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Ll]eader|[Dd]irector
       |[Cc]aptain|[Mm]anager|[Ss]triker|[Gg]oalkeeper|[Mm]idfielder|[Dd]efender|[Ss]kipper
       |[Aa]nalyst|[Ee]conomist|[Ll]awyer|[Aa]ttorney|[Oo]fficial|[Oo]fficer|[Ff]ounder
       |[Ee]xecutive|[Mm]ayor|[Ee]ditor|[Rr]esearcher|[Ss]cientist|[Dd]octor|[Nn]urse
       |[Tt]eacher|[Pp]arent|[Rr]esident|[Ss]tudent|[Ff]armer|[Oo]wner|[Cc]hairman
       |[Cc]hairwoman|[Pp]rosecutor|[Ss]enator|[Cc]ritic|[Ff]orecaster|[Rr]etiree)\.?\s)
    |(?<=(?:\A|[.!?]\s|\n)For\s)              # "For Dolores Huerta, the fight ..."
    |(?<=\b(?:[Ss]ecretary|[Mm]inister|[Cc]hief)\sof\s\p{L}\p{Ll}+\s)  # "Secretary of State X"
    |(?<=,\s)                                    # after an apposition comma
    |(?<=(?:\A|[.!?]["”’]?\s|\n))                # a sentence-initial name with an aside:
     (?=\p{Lu}\p{L}+\s\p{Lu}[\p{L}'’\-]+(?:,\s(?:\d|a\s|an\s|the\s|who\s)|\s(?:is|was|has|had|and)\s)))
    (\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|al-\p{L}+|de|van|von|bin))*\s(?:\p{Lu}|al-|el-)[\p{L}'’\-]+)
    """,
    regex.VERBOSE,
)
"""A titled personal name (``Foreign Minister Ines Varga``), the fallback antecedent of he/she."""


_HONORIFICS = frozenset({"mr", "mrs", "ms", "madam", "madame", "dr", "miss", "mdm"})

_NAME_RUN = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}'’\-]+(?:[ ]\p{Lu}[\p{Ll}'’\-]+){1,3}")
"""A run of two to four capitalised words: a candidate full name."""


def _full_name_before(text: str, pos: int, word: str, *, family_first: bool) -> _Entity | None:
    """
    Return the last full name with ``word`` as its surname in the 1,000 characters before ``pos``.

    ``Whitby`` or ``Ms Whitby`` after ``Premier Carla Whitby announced ...``: a person
    mentioned, not quoted, before (leading title words are not part of the name). With
    ``family_first`` (after an honorific), a name written family name first counts too:
    ``Mr Lim`` after ``retiree Lim Boon Keng``.
    """
    lo = pos - 1000 if pos > 1000 else 0
    if text.find(word, lo, pos) < 0:
        # Every candidate below holds ``word`` (as its last, first or second-last word),
        # and so does an initialled name: none in the window, no name found.
        return None
    found: _Entity | None = None
    for m in _NAME_RUN.finditer(text, lo, pos):
        words = m.group().split()
        start, end = m.start(), m.end()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "Jamie Pritchard's header": the name
            end -= 2
        while len(words) > 2 and (
            words[0].lower().rstrip(".") in TITLE_WORDS
            or words[0].endswith(("'s", "’s"))
            or words[0].lower() in _STOP_CAPS
        ):
            # "Premier Carla Whitby", "Sacramento's Jalen Whitmore", "When Nadia Farouk
            # took over": not part of the name
            start += len(words[0]) + 1
            words = words[1:]
        if words[-1] == word:
            given = words[:-1]  # "Carla Whitby"
        elif family_first and words[0] == word:
            given = words[1:]  # "Lim Boon Keng"
        elif len(words) > 2 and words[-2] == word and "-" in words[-1]:
            given = words[:-2]  # "Tommy Leung Ka-fai": a western name, the surname, a given name
        else:
            continue
        if not any(
            w.lower() in _STOP_CAPS
            or w.lower() in ORGANISATION_HEADS
            or w.lower() in COUNTRIES
            or w.lower().rstrip(".") in TITLE_WORDS
            for w in given
        ):
            found = _Entity(" ".join(words), "person", None, _span(start, end), start)
    if found is None and not family_first:
        found = _initialled_name_before(text, pos, word)
    if found is not None and found.span is not None:
        found.role = _title_before(text, found.span.start)
    return found


def _family_name_first(text: str, pos: int, word: str) -> _Entity | None:
    """
    Return a full name written family name first whose first word is ``word``, or None.

    ``Commerce ministry spokesman Lin Haoran`` ... ``Lin said``; but not a company's
    name (``Brennholt Foods AG`` ... ``Brennholt said``), which the organisation rules read.
    """
    found = _full_name_before(text, pos, word, family_first=True)
    if found is None or found.span is None or not found.name.startswith(word + " "):
        return None
    last = found.name.split()[-1].lower()
    if (
        last in _COMPANY_NAME_WORDS
        or last in _COMPANY_PLURALS
        or last in _ORG_NAME_ENDS
        or last in ORGANISATION_HEADS
        or _LEGAL_SUFFIX.match(text, found.span.end)
    ):
        return None
    return found


def _initialled_name_before(text: str, pos: int, word: str) -> _Entity | None:
    """
    Return the last ``word`` given with initials in the 1,000 characters before ``pos``.

    ``Justice Marlow`` after ``Justices T. Marlow and D. Okafor``: the name is ``T. Marlow``.
    """
    lo = pos - 1000 if pos > 1000 else 0
    if text.find("." + word, lo, pos) < 0 and text.find(". " + word, lo, pos) < 0:
        # A match ends with an initial's period, maybe a space, then ``word``: with
        # neither in the window there is none, and the pattern is not compiled.
        return None
    found: _Entity | None = None
    pattern = r"(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ ]?){1,3}" + regex.escape(word) + r"(?![\p{L}\p{N}])"
    for m in regex.finditer(pattern, text[lo:pos]):
        start = lo + m.start()
        found = _Entity(m.group(), "person", None, _span(start, start + len(m.group())), start)
    return found


_ORG_NAME_ENDS = frozenset({"health", "care", "media", "labs", "foods", "works"})
"""Last words of company names besides _COMPANY_NAME_WORDS and organisation heads."""


def _organisation_name_before(text: str, pos: int, short: str) -> _Entity | None:
    """
    Return the last organisation name opening with ``short`` in the 2,000 characters before ``pos``.

    ``Corvane said`` after ``drug distributor Corvane Health``, ``Severnvale said`` after
    ``Severnvale Water has been fined``, ``Tanjung Harapan said`` after ``Tanjung Harapan
    Plantations Bhd's net profit``: two to four capitalised words opening with those of
    ``short``, the last a word that ends company names or an organisation head.
    """
    lo = pos - 2000 if pos > 2000 else 0
    opening = short.split()
    if opening and text.find(opening[0], lo, pos) < 0:
        return None  # every name taken opens with that word: none in the window
    found: _Entity | None = None
    for m in _NAME_RUN.finditer(text, lo, pos):
        words = m.group().split()
        end = m.end()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
            end -= 2
        if words[: len(opening)] != opening or len(words) == len(opening):
            continue
        last = words[-1].lower()
        if (
            last in _COMPANY_NAME_WORDS
            or last in ORGANISATION_HEADS
            or last in _ORG_NAME_ENDS
            or last in _COMPANY_PLURALS
            or last in _LEGAL_SUFFIX_WORDS  # "Tanjung Harapan Plantations Bhd"
        ):
            suffix = _LEGAL_SUFFIX.match(text, end)
            if suffix is not None:
                end = suffix.end()  # "Brennholt Foods AG": the legal suffix is part of it
            elif last in _COMPANY_SUFFIXES and text[end : end + 1] == ".":
                end += 1  # "Harlan Industrial Corp.": the suffix's period too
            found = _Entity(
                text[m.start() : end], "organisation", None, _span(m.start(), end), m.start()
            )
    return found


def _titled_before(text: str, pos: int, surname: str = "") -> _Entity | None:
    """
    Return the last titled person name in the 400 characters before ``pos``.

    With ``surname``, return the last one whose final word is that surname.
    """
    lo = pos - 400 if pos > 400 else 0
    if surname and text.find(surname, lo, pos) < 0:
        return None  # the name taken ends with the surname: none in the window
    last = None
    for m in _TITLED.finditer(text, lo, pos):
        if not surname or m.group(1).split()[-1] == surname:
            last = m
    if last is None:
        return None
    start = last.start(1)
    name = last.group(1)
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLE_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    cut = max(
        (
            i
            for i, w in enumerate(words[:-2])
            if w.lower().rstrip(".") in TITLE_WORDS or w.lower() in _COMPLEMENT_HEADS
        ),
        default=-1,
    )
    if cut >= 0:  # "Technology Officer Masahiko Maeda", "(Minister of) National Defense Lin"
        start += sum(len(w) + 1 for w in words[: cut + 1])
        words = words[cut + 1 :]
    name = " ".join(words)
    if (
        words[0].lower() in _STOP_CAPS
        or (len(words[0]) > 1 and words[0].isalpha() and words[0].isupper())  # "GS Val Seriana"
        or any(w.lower() in ORGANISATION_HEADS or w.lower() in COUNTRIES for w in name.split())
    ):
        return None
    return _Entity(name, "person", _title_before(text, start), _span(start, last.end(1)), start)


_COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "lender",
        "carrier",
        "airline",
        "retailer",
        "insurer",
        "miner",
        "producer",
        "operator",
        "broadcaster",
        "publisher",
        "club",
        "conglomerate",
        "startup",
        "giant",
    }
    # Kinds of company added with the lexicon of docs/quotes.md (``the utility``,
    # ``the insurer``); *maker nouns are matched by their ending.
    | {"utility", "reinsurer", "manufacturer", "supplier", "provider", "refiner", "brewer"}
    | {"shipper", "grocer", "supermarket", "chain", "exchange", "network", "newspaper"}
    | {"magazine", "outlet", "website", "channel", "station", "railway", "railroad"}
    | {"studio", "team", "franchise", "airport", "maker", "bank"}
)
"""Nominal heads that stand for the organisation last quoted (``the lender said``)."""

_NOMINAL_SYNONYMS = {"bench": "court", "firm": "company", "panel": "committee"}
"""Nominal heads that refer back to a speaker named with another head (``the bench``)."""


_ROLE_ALIASES = {"judge": "justice"}
"""Nominal heads that refer back to a person with another title (``Justice Marlow``)."""


def _antecedent(np: _NP, entities: list[_Entity]) -> _Entity | None:
    """Return the nearest earlier speaker compatible with a pronoun or nominal."""
    if not entities:
        return None  # (every rule below picks one of them)
    limit = len(entities) - 12 if len(entities) > 12 else 0
    if np.pronoun in {"he", "she", "i"}:
        want = {"person"}
    elif np.pronoun == "it":
        want = {"organisation"}
    elif np.pronoun in {"they", "we"}:
        for ent in reversed(entities[limit:]):
            if ent.kind in {"group", "organisation"}:
                return ent  # "they" is a group or an organisation before a person
        want = {"person"}
    elif np.pronoun == "indefinite":
        return None
    else:
        last = np.last_word()
        head = last.lower()
        head = _NOMINAL_SYNONYMS.get(head, head)
        if _is_epithet(last):
            return next((e for e in reversed(entities[limit:]) if e.kind == "person"), None)
        if head in {"statement", "report", "release", "post"}:
            want = {"organisation"}  # "the statement said": the body that issued it
            return next((e for e in reversed(entities[limit:]) if e.kind in want), None)
        company = head in _COMPANY_NOUNS or head.endswith("maker")
        if company:
            named = any(head in e.described() for e in entities[limit:] if e.kind != "person")
            if not named:  # "the planemaker said", after "Airbus said"
                return next(
                    (e for e in reversed(entities[limit:]) if e.kind == "organisation"), None
                )
        alias = _ROLE_ALIASES.get(head)
        for ent in reversed(entities[limit:]):
            if company and ent.kind == "person":
                continue  # "the company" is not "Ida Lund, the company's founder"
            described = ent.described()
            if head in described:  # (a word of it, or in one)
                return ent
            if alias is not None and ent.kind == "person" and alias in described.split():
                return ent  # "the judge" after "Justice Marlow"
        return None
    genders = _known_genders(entities)
    for ent in reversed(entities[limit:]):
        if ent.kind in want and not _gender_clash(np.pronoun, genders.get(ent.name, "")):
            return ent
    return None


def _last_speaker_for_role(np: _NP, entities: list[_Entity]) -> _Entity | None:
    """
    ``the diplomat`` with nobody named so: the person who spoke last, just before.

    ``..., Deputy Foreign Minister Anatoly Gribkov told TASS. "Q," the diplomat said.``:
    a definite person noun that names no one's role refers back to the last speaker,
    when that speaker is a person who spoke in the 600 characters before.
    """
    if not entities:
        return None
    last = entities[-1]
    if last.kind != "person" or np.span.start - last.pos > 600:
        return None
    words = np.text.lower().split()  # (after the cheaper tests: most mentions fail those)
    if len(words) != 2 or words[0] != "the" or words[1] not in PERSON_NOUNS:
        return None
    return last


_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’]?\s+|(?<=\n))")
"""
A sentence's end: a full stop, ``!`` or ``?`` (maybe a closing quote) and spaces, or a
line break.

Written with the first character's class first: the engine skips to those characters
(an alternation of the two is tried at every position, twice as slow on long texts).
"""


_STOP_BREAKS = tuple((stop, re.compile(re.escape(stop) + r"[\"”’]?\s+")) for stop in ".!?")
"""
Each stop of ``_SENTENCE_BREAK`` and its matches there: the engine skips to a literal
first character, but tests every character against a class (said_distinct 300 KB: the
sentence starts and commas of ``_organisation_before`` took 26M instructions, 12M so).
"""


def _sentence_breaks(text: str) -> list[int]:
    """
    Return ``[0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]``.

    In a text with no line break, every match is at a stop; none holds another stop
    (only a quote and spaces follow it), so the matches at each stop are those of its
    own pattern in ``_STOP_BREAKS``, and no two overlap. A text with line breaks is
    searched whole: telling the line breaks the stops' spaces hold from the others, one
    by one, cost more than the search saved (dense copy, a line break every 75
    characters: 14M instructions per 100 KB against 9M).
    """
    if "\n" in text:
        return [0, *map(_MATCH_END, _SENTENCE_BREAK.finditer(text))]
    # (a stop the text lacks, found missing by a character search, is not searched for)
    patterns = [pattern for stop, pattern in _STOP_BREAKS if stop in text]
    return [0, *sorted(chain.from_iterable(map(_MATCH_END, p.finditer(text)) for p in patterns))]


def _organisation_subject_before(text: str, pos: int) -> _Entity | None:
    """
    Return the organisation opening the sentence before an unresolved ``it``.

    ``The Africa CDC had declared an emergency. It said ...``: the subject of the
    previous sentence, when it names an organisation, is what ``it`` refers to.
    """
    lo = pos - 400 if pos > 400 else 0
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos)]
    if not breaks or text[breaks[-1] : pos].strip():
        return None  # "it" does not open its sentence
    start = breaks[-2] if len(breaks) > 1 else lo
    if start == lo and lo > 0:
        return None
    toks = _tokens(text, start, breaks[-1])
    first = 0
    for i in range(min(len(toks), 15)):
        if toks[i][0] in {"-", "—", "–"}:
            first = i + 1  # a dateline
            break
    np, _ = _np_fwd(text, toks, first)
    if np is None or np.kind != "organisation" or np.name is None or np.name_span is None:
        return None
    return _Entity(np.name, "organisation", None, np.name_span, np.span.start)


def _person_subject_before(text: str, pos: int, entities: list[_Entity]) -> _Entity | None:
    """
    Return the person whose surname or role opens the sentence before a he/she at ``pos``.

    ``Marsh, 63, apologised in court. "Q," she said.``: the subject of the sentence
    before, a surname of a full name written earlier in the text (``Glenda Marsh``,
    named as the judge's addressee, not as a speaker), is who the pronoun refers to;
    so is the person a role subject refers to (``But the judge was not persuaded.
    "Q," she said.``, after ``District Court Judge Amanda Leung``).
    """
    lo = pos - 400 if pos > 400 else 0
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, pos)]
    if len(breaks) < 2 and not (breaks and lo == 0):
        return None
    start = breaks[-2] if len(breaks) > 1 else 0
    m = _SURNAME_SUBJECT.match(text, start, breaks[-1])
    if m is None:
        role = _ROLE_SUBJECT.match(text, start, breaks[-1])
        if role is None or role.group(2) not in PERSON_NOUNS:
            return None
        toks = _tokens(text, role.start(1), role.end(2))
        found = _role_nominal(text, _NP(text, toks, 0, len(toks)), entities)
        if found is None:
            return None
        return _Entity(found.name, "person", found.role, found.span, start, "", found.gender)
    word = m.group(1)
    if word.lower() in _STOP_CAPS or word.lower() in _PLACES_AND_ORGANISATIONS:
        return None
    found = _full_name_before(text, start, word, family_first=False)
    if found is None:
        return None
    # the surname opening the sentence is the person's latest mention
    return _Entity(found.name, found.kind, found.role, found.span, start, "", found.gender)


_ROLE_SUBJECT = regex.compile(
    r"(?:(?:But|And|Yet)\s)?([Tt]he)\s(\p{Ll}+)\s(?:was|is|had|has|\p{Ll}+ed)\b"
)
"""A sentence opening with ``the`` and a role noun, then a verb (``But the judge was``)."""

_SURNAME_SUBJECT = regex.compile(
    r"(\p{Lu}[\p{Ll}'’\-]+)"
    r"(?:,\s\d{1,3},|\s(?!said\b)\p{Ll}+ed\b|\s(?:was|is|has|had|will|would|could|did)\s)"
)
"""
A sentence opening with one capitalised word, then an age, an -ed verb or an auxiliary.

``Marsh, 63, apologised``, ``Okonkwo was averaging 21 points``.
"""


def _latest_named(
    text: str, np: _NP, entities: list[_Entity], target: _Entity | None
) -> _Entity | None:
    """
    Return the person last named before a he/she, if named after ``target``'s mention.

    ``Wanjiru was not convinced. "Q," she told reporters.``: the surname of a known
    person written after the antecedent's latest mention (and before the pronoun, in
    the 400 characters before it) makes that person the antecedent.
    """
    skip = target.name if target is not None else ""
    genders = _known_genders(entities)
    others = [
        e
        for e in reversed(entities[-12:])
        if e.kind == "person"
        and e.name != skip
        and not _gender_clash(np.pronoun, genders.get(e.name, ""))
    ]
    if not others:
        return target  # nobody else to consider (quote-dense copy by one speaker)
    lo = max(0, np.span.start - 400, target.pos + 1 if target is not None else 0)
    hi = np.span.start
    close = max(text.rfind(ch, lo, hi) for ch in "\"”»’'")
    if close >= 0 and not text[close + 1 : hi].strip(" ,"):
        # '"Q," she said': names inside the quote are not antecedents
        hi = max(0, *(text.rfind(ch, lo, close) for ch in "\"“«‘'"))
    best, best_pos = target, -1
    seen: set[str] = set()
    if hi - lo < 3:
        return target
    for ent in others:
        if ent.name in seen:
            continue
        seen.add(ent.name)
        surname = ent.name.split()[-1]
        if not surname[:1].isupper():
            continue  # "A Queensland grazier": no name, a lower-case word is no mention
        at = text.rfind(surname, lo, hi)
        if at > best_pos and (at == 0 or not text[at - 1].isalnum()):
            after = at + len(surname)
            if after >= len(text) or not text[after].isalnum():
                best, best_pos = ent, at
    if best is not target and best is not None:
        return _Entity(best.name, "person", best.role, best.span, best_pos, "", best.gender)
    return target


_MALE_WORDS = frozenset(
    {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman"}
    | {"assemblyman", "councilman", "alderman", "father", "brother", "son", "husband", "uncle"}
    | {"grandfather", "man", "boy", "businessman", "sheikh"}
)
_FEMALE_WORDS = frozenset(
    {"mrs", "ms", "miss", "madam", "madame", "mdm", "dame", "lady", "queen", "princess"}
    | {"spokeswoman", "chairwoman", "congresswoman", "assemblywoman", "councilwoman"}
    | {"mother", "sister", "daughter", "wife", "aunt", "grandmother", "woman", "girl"}
    | {"businesswoman"}
)


def _mention_gender(mention: str, role: str | None) -> str:
    """Return "m" or "f" when a title or noun in the mention tells the gender, else ""."""
    lowered = (mention if role is None else mention + " " + role).lower().replace(".", " ")
    words = lowered.split()
    # the words up to a possessive name an owner: "King George's County Council member"
    # (the words after the last possessive: each word up to it has a possessive after it;
    # a word can end so only if the text holds the ending, searched first in C)
    if "'s" in lowered or "’s" in lowered:
        for i in range(len(words) - 1, -1, -1):
            if words[i].endswith(("'s", "’s")):
                words = words[i + 1 :]
                break
    male = not _MALE_WORDS.isdisjoint(words)
    female = not _FEMALE_WORDS.isdisjoint(words)
    return "m" if male and not female else "f" if female and not male else ""


def _known_genders(entities: list[_Entity]) -> dict[str, str]:
    """
    The gender of each recent person, from any of their mentions.

    ``Gov. Ken Moro announced ...`` carries none; his later ``he said`` does, and it
    holds for the earlier mention too.
    """
    return {e.name: e.gender for e in entities[-12:] if e.gender}


def _gender_clash(pronoun: str, gender: str) -> bool:
    """Return whether ``he``/``she`` cannot refer to a person of ``gender``."""
    return (pronoun == "he" and gender == "f") or (pronoun == "she" and gender == "m")


_LEGAL_SUFFIXES: tuple[str, ...] = (
    "Inc.",
    "Co.",
    "Corp.",
    "Ltd",
    "LLC",
    "SA",
    "AG",
    "SE",
    "NV",
    "plc",
    "PLC",
    "GmbH",
    "ASA",
    "Bhd",
    "Tbk",
)
"""Legal suffixes after a company's name (``Ltd`` also with a period)."""

_LEGAL_SUFFIX_WORDS = frozenset(w.lower().rstrip(".") for w in _LEGAL_SUFFIXES)

_COMPANY_KIND_NOUNS: tuple[str, ...] = (
    "maker",
    "operator",
    "company",
    "firm",
    "carrier",
    "airline",
    "lender",
    "retailer",
    "insurer",
    "miner",
    "producer",
    "conglomerate",
    "startup",
    "group",
    "chain",
    "developer",
    "brand",
    "platform",
    "supplier",
    "provider",
    "distributor",
    "exporter",
    "broker",
    "publisher",
    "broadcaster",
    "refiner",
    "manufacturer",
    "utility",
)
"""Kinds of company written before its name (``Supermarket chain FreshWay``); ``maker``
also ends a longer noun (``chipmaker``)."""

_TEAM_ROLES: tuple[str, ...] = (
    "guard",
    "forward",
    "centre",
    "center",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "pitcher",
    "winger",
    "captain",
    "coach",
    "manager",
)
"""Players' and coaches' roles written after their team (``Milwaukee Bucks guard X``)."""

_SUFFIX = "|".join(regex.escape(w) + (r"\.?" if w == "Ltd" else "") for w in _LEGAL_SUFFIXES)
_LEGAL_SUFFIX = re.compile(rf" (?:{_SUFFIX})(?![\w])")
"""A company's legal suffix after its name (``Inc.``, ``AG``)."""

_CAPS = r"\p{Lu}[\p{L}&\-]*"
_COMPANY_NAME = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])
    (?:
      (?P<n1>{_CAPS}(?:[ ]{_CAPS}){{0,3}}[ ](?:{_SUFFIX}))
     |(?:[Ss]hares[ ](?:of|in)[ ])(?P<n2>{_CAPS}(?:[ ]{_CAPS}){{0,3}}[ ](?:{_SUFFIX})
        |{_CAPS}(?:[ ]{_CAPS}){{0,3}})
     |(?:\p{{Ll}}*maker|{"|".join(_COMPANY_KIND_NOUNS[1:])})[ ]
      (?P<n3>{_CAPS}(?:[ ]{_CAPS}){{0,2}}[ ](?:{_SUFFIX})
        |{_CAPS}(?:[ ]{_CAPS}){{0,2}})
     |(?P<n4>{_CAPS}(?:[ ]{_CAPS}){{0,2}})[ ]
      (?=(?:{"|".join(_TEAM_ROLES)})[ ]\p{{Lu}})
    )
    """,
    regex.VERBOSE,
)
"""A company named in running text: ``Norcross Energy Inc.``, ``shares of X``, ``X guard Y``."""

_COMPANY_ANCHOR_LITERALS = (
    *(f" {w}" for w in _LEGAL_SUFFIXES),
    "hares ",
    *(f"{w} " for w in _COMPANY_KIND_NOUNS),
    *(f" {w} " for w in _TEAM_ROLES),
)
"""
A piece of text that every ``_COMPANY_NAME`` match contains or looks ahead to (its
suffix, ``shares``, its noun, the player's or coach's role after a team).

``str.find`` finds each of these literals much faster than ``_COMPANY_NAME`` is tried
at every position (or than a regex alternation of them is), and most texts hold few
of them.
"""

_NOT_IN_COMPANY_NAME = regex.compile(r"[^\p{L}&\-. ]")
_NOT_IN_COMPANY_NAME_BEFORE = regex.compile(r"[^\p{L}&\-. ]", regex.REVERSE)
"""A character no ``_COMPANY_NAME`` match holds (it consumes only letters, ``&-.`` and spaces)."""


def _company_names(text: str) -> list[regex.Match[str]]:
    """
    Return ``list(_COMPANY_NAME.finditer(text))``, searching only around its anchors.

    No match crosses a character of ``_NOT_IN_COMPANY_NAME``, so the text splits into
    runs between such characters that are searched independently: the search of one
    run gives the same matches as the whole text's (the lookbehind still sees the
    character before the run, and the engine fails on the run's end as on that
    character: the lookahead after a team's name reads only characters of a run).
    Only the runs holding an anchor can hold a match, and each is searched once.
    """
    found: list[regex.Match[str]] = []
    # Every occurrence of every literal, in text order (also those overlapping another,
    # which is in the same run: each run holding any is searched once, at the first).
    anchors: list[tuple[int, int]] = []
    for lit in _COMPANY_ANCHOR_LITERALS:
        at = text.find(lit)
        while at >= 0:
            anchors.append((at, at + len(lit)))
            at = text.find(lit, at + 1)
    anchors.sort()
    done = 0  # the end of the last run searched (a character outside the runs, or the end)
    for at, anchor_end in anchors:
        if at < done:
            continue  # in the run already searched (an anchor holds no character outside)
        before = _NOT_IN_COMPANY_NAME_BEFORE.search(text, done, at)
        after = _NOT_IN_COMPANY_NAME.search(text, anchor_end)
        lo = done if before is None else before.end()
        done = len(text) if after is None else after.start()
        found.extend(_COMPANY_NAME.finditer(text, lo, done))
    return found


_GENERIC_ORG_HEADS = frozenset(
    {"agency", "bureau", "department", "ministry", "commission", "committee", "council"}
    | {"authority", "board", "institute", "foundation", "union", "league", "office", "service"}
)
"""Organisation heads that refer back when written with a capital after *the* (``The Bureau``)."""


def _proper_org(ent: _Entity) -> bool:
    """An organisation named without a generic head (``Airbus``, ``Health Canada``)."""
    return ent.kind == "organisation" and not any(
        w.lower().rstrip(".") in _HEADS_NOT_SUFFIXES for w in ent.name.split()
    )


_HEADS_NOT_SUFFIXES = ORGANISATION_HEADS - {"inc", "corp", "co", "ltd", "plc"}
"""Organisation heads other than the legal suffixes (which a proper company name ends with)."""


class _CompaniesNamed:
    """
    The companies named in one text (``_company_before``), found when first needed.

    Until then (``named`` None), ``free`` is a stretch ``(start, end)`` of the text where
    no ``_COMPANY_ANCHOR_LITERALS`` occurrence starts: a nominal whose 2,000 characters
    before lie in it has no company to go to, and the whole text is not searched for
    one (a long text may have company nominals in a few places, and no company). Each
    field is replaced whole, not changed in place: safe across threads.
    """

    __slots__ = ("free", "named", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.free = (0, 0)
        self.named: tuple[list[int], list[_Entity]] | None = None  # starts, companies


_company_cache: list[_CompaniesNamed] = []
"""The companies named in the last text searched (one text: a nominal is resolved often)."""

_COMPANY_CHECK_AHEAD = 4096
"""Characters after a nominal also checked for anchors (the next nominals' windows)."""


def _first_anchor(text: str, start: int, end: int) -> int:
    """Return where the first anchor literal starting in ``[start, end)`` starts, or ``end``."""
    first = end
    for lit in _COMPANY_ANCHOR_LITERALS:
        # (only before the first found so far: the searches get shorter)
        at = text.find(lit, start, first + len(lit) - 1)
        if at >= 0:
            first = at
    return first


def _company_before(text: str, pos: int) -> _Entity | None:
    """
    Return the last company named in the 2,000 characters before ``pos``.

    A company found ends by ``pos`` and starts at or after ``pos - 2000``, and every
    ``_COMPANY_NAME`` match holds an anchor (or looks ahead to one, from where its name
    ends): with no anchor starting in ``[pos - 2000, pos]``, there is none, and the
    companies of the whole text are not looked for.
    """
    cached = _company_cache[0] if _company_cache else None
    if cached is None or cached.text is not text:
        cached = _CompaniesNamed(text)
        _company_cache[:] = [cached]  # a local copy is used below: safe across threads
    named = cached.named
    if named is None:
        lo = pos - 2000 if pos > 2000 else 0
        free_from, free_to = cached.free
        if not (free_from <= lo and pos < free_to):
            end = (
                pos + _COMPANY_CHECK_AHEAD if pos + _COMPANY_CHECK_AHEAD < len(text) else len(text)
            )
            if free_from <= lo <= free_to:
                free_to = _first_anchor(text, free_to, end)  # the stretch goes on
            else:
                free_from, free_to = lo, _first_anchor(text, lo, end)
            cached.free = (free_from, free_to)
        if free_from <= lo and pos < free_to:
            return None
        found = []
        for m in _company_names(text):
            group = "n1" if m.group("n1") else "n2" if m.group("n2") else "n3"
            if m.group("n4"):
                # "Milwaukee Bucks guard Tyrell Vance": the team a player or coach is with
                group = "n4"
                first = m.group("n4").split()[0].lower()
                if first in _STOP_CAPS or first in TITLE_WORDS or first in {"former", "new"}:
                    continue
            found.append(
                _Entity(m.group(group), "organisation", None, _span(*m.span(group)), m.start())
            )
        cached.named = named = ([e.pos for e in found], found)
    starts, found = named
    i = bisect_left(starts, pos) - 1
    while i >= 0 and (span := found[i].span) is not None and span.end > pos:
        i -= 1
    if i < 0 or found[i].pos < pos - 2000:
        return None
    return found[i]


def _nominal_target(text: str, np: _NP, entities: list[_Entity]) -> _Entity | None:
    """
    Resolve ``the statement``, ``the company`` and ``The Bureau`` before the generic rule.

    ``the statement`` is the organisation that last spoke *in a statement*; ``the
    company`` the nearest company named in the text (``Norcross Energy Inc. shares
    fell``, ``Rail operator Nordbahn``) or quoted; ``The Bureau`` an organisation named
    in a speaker's title (``Bureau of Meteorology forecaster Jess Lin``).
    """
    head = np.last_lower()
    head = _NOMINAL_SYNONYMS.get(head, head)
    recent = entities[-12:]  # (the last 12, or all when fewer: no bound to compute)
    if head == "statement":
        return next(
            (e for e in reversed(recent) if e.kind != "person" and "statement" in e.cue), None
        )
    if head in _COMPANY_NOUNS and head not in {"group", "club"}:
        if any(head in e.described() for e in recent if e.kind != "person"):
            return None  # the generic rule: a speaker named with that head (not "the
            # company's founder": a person is not the company)
        best = _company_before(text, np.span.start)
        org = next((e for e in reversed(recent) if _proper_org(e)), None)
        if org is not None and (best is None or org.pos > best.pos):
            return org
        return best
    if head in _GENERIC_ORG_HEADS:
        for ent in reversed(recent):
            role = ent.role or ""
            if ent.kind == "person" and head in role.lower():
                words = role.split()
                i = next(k for k, w in enumerate(words) if head in w.lower())
                lo = i
                while lo > 0 and words[lo - 1][:1].isupper():
                    lo -= 1
                hi = i + 1
                while (
                    hi + 1 < len(words)
                    and words[hi] in {"of", "for"}
                    and words[hi + 1][:1].isupper()
                ):
                    hi += 2
                if hi - lo == 1 and (
                    named := next(
                        (
                            e
                            for e in reversed(recent)
                            if e.kind == "organisation" and head in e.name.lower().split()
                        ),
                        None,
                    )
                ):
                    return named  # "Council leader X" names no council: "Ashford Town Council"
                if words[lo][:1].isupper():
                    start = text.find(
                        " ".join(words[lo:hi]), ent.span.start - 200 if ent.span else 0
                    )
                    name = " ".join(words[lo:hi])
                    span = _span(start, start + len(name)) if start >= 0 else None
                    return _Entity(name, "organisation", None, span, ent.pos)
    return None


def _nominal_fallback(np: _NP, entities: list[_Entity]) -> _Entity | None:
    """
    ``the department`` with no speaker of that name: the nearest properly named organisation.

    One of ``entities``, or None (always None when there are none).
    """
    if np.pronoun != "nominal" or np.kind != "organisation":
        return None
    head = np.last_lower()
    if head not in _FALLBACK_HEADS:
        return None
    if head == "agency" and (
        public := next(
            (
                e
                for e in reversed(entities[-12:])
                if e.kind == "organisation" and e.name.split()[-1].lower() in _AGENCY_HEADS
            ),
            None,
        )
    ):
        return public  # "the agency" after "the Kenya Wildlife Service (KWS) said"
    return next((e for e in reversed(entities[-12:]) if _proper_org(e)), None)


_FALLBACK_HEADS = _GENERIC_ORG_HEADS | {"government"}
"""The heads of the nominals ``_nominal_fallback`` resolves (``the department``)."""

_AGENCY_HEADS = frozenset({"service", "authority", "administration", "bureau", "commission"})
"""Heads of public bodies that news copy calls *the agency* on a second mention."""


# Nominals resolved through the text (docs/quotes.md, "How speakers are resolved"): a
# role nominal (``the coach``) to the person last named with that role, quoted or not,
# and an organisation nominal (``the utility``) to the organisation last named.

_ROLE_ABBREVIATIONS = {
    "dr": "doctor",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "prof": "professor",
    "capt": "captain",
    "det": "detective",
    "sgt": "sergeant",
    "insp": "inspector",
    "supt": "superintendent",
    "lt": "lieutenant",
    "col": "colonel",
    "gen": "general",
    "cpl": "corporal",
    "adm": "admiral",
    "ceo": "executive",
}
"""Abbreviated titles and the role noun a later nominal uses (``Sgt. X`` ... ``the sergeant``)."""

_PERSON_NAME = (
    r"\p{Lu}[\p{L}'’\-]+(?:[ ](?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|al-\p{L}+|de|van|von|bin)){0,3}"
    r"[ ](?:\p{Lu}|al-|el-)[\p{L}'’\-]+"
)
"""A personal name of two to five words, as in ``_TITLED`` (bounded: no backtracking blow-up)."""

_APPOSED_ROLE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<name>{_PERSON_NAME}),[ ](?:\d{{1,3}},[ ])?"
    r"(?:(?:a|an|the)[ ])?(?P<role>[^,;:\"“”()\n]{1,120}?)(?=,|;|:|[.!?](?:\s|\Z)|\Z)"
)
"""A name and its apposition: ``Leah Moss, a nurse at St Mary's hospital,``."""

_ROLE_BOUNDARY = frozenset({"of", "at", "for", "with", "in", "to", "from", "on", "who", "and"})
"""Words ending the head of an apposition (``a nurse | at St Mary's hospital``)."""

_TITLE_START = regex.compile(r"(?<![\p{L}\p{N}.])")
"""Where a title word may start: after no letter, digit or period (``ex-coach`` has one)."""

_TITLE_TAIL = regex.compile(rf"\.?[ ](?:\p{{Lu}}\p{{Ll}}{{1,3}}\.[ ])*(?P<name>{_PERSON_NAME})")
"""What follows a title word before a name: a period, initials (``Sgt. Mr. ``), the name."""


def _title_folded(text: str) -> str:
    """
    Return ``text`` in lower case, where ``_title_matches`` finds the title words.

    A character of ``text`` matches a title word's letter (an ASCII letter or a hyphen)
    ignoring case, as the ``regex`` module's ``(?i)`` does, exactly where this has that
    letter: ``str.lower`` gives it for every such character (``K``, the Kelvin sign, is
    a ``k``) but two, replaced first: the dotted capital I, which ``str.lower`` turns
    into two characters (shifting every offset after it), and the long s.
    """
    return text.replace("\u0130", "i").replace("\u017f", "s").lower()


def _title_matches(text: str, folded: str, head: str) -> Iterator[regex.Match[str]]:
    """
    Yield the names written after the title ``head`` or its abbreviation, in text order.

    ``folded`` is ``_title_folded(text)``. Each match is the ``_TITLE_TAIL`` after a
    title word, as a search from the left for ``_TITLE_START``, the title words in any
    case (``(?i:coach)``) and ``_TITLE_TAIL`` as one pattern would find them: the title
    words are found in ``folded`` with ``str.find``, with the space or period and
    space after them, and tried when a capital follows (most are not: ``the minister
    said``), unless inside the last match taken. That pattern, compiled per head, took
    longer to compile than the rest of the nominal's resolution, and longer to search.
    """
    words = _title_words(head)
    starts: list[int] = []
    for word in words:
        for probe in (word + " ", word + ". "):
            if " " in word:  # (no title word has a space; _probe_starts needs none)
                starts.extend(_probe_starts_plain(text, folded, probe))
            else:
                starts.extend(_probe_starts(text, folded, probe))
    if not starts:
        return
    end = 0
    for at in sorted(set(starts)):  # (an abbreviation may be a prefix of the head)
        if at < end or _TITLE_START.match(text, at) is None:
            continue
        for word in words:  # in the pattern's order of alternatives
            if (
                folded.startswith(word, at)
                and (m := _TITLE_TAIL.match(text, at + len(word))) is not None
            ):
                yield m
                end = m.end()
                break


_NOT_CAPITAL = frozenset(map(chr, range(128))) - frozenset(map(chr, range(65, 91)))
"""The ASCII characters that are not capitals (any other character may be one)."""


def _probe_starts_plain(text: str, folded: str, probe: str) -> list[int]:
    """
    Return where ``probe`` occurs in ``folded`` (overlaps included), before a capital in ``text``.

    A capital: from A to Z in ASCII; any other character may be one.
    """
    starts: list[int] = []
    after = len(probe)
    at = folded.find(probe)
    while at >= 0:
        c = text[at + after : at + after + 1]
        if "A" <= c <= "Z" or c > "\x7f":
            starts.append(at)
        at = folded.find(probe, at + 1)
    return starts


def _probe_starts(text: str, folded: str, probe: str) -> list[int]:
    """
    ``_probe_starts_plain`` for a probe with one space, at its end.

    Occurrences are searched for one by one while they are far apart (copy names a
    role now and then). Once ``_PROBE_RUN`` of them lie within ``_PROBE_RUN *
    _PROBE_GAP`` characters (copy naming it in every sentence), the rest of the text is
    read by ``_probe_starts_split``, with no Python step per occurrence. Either way
    gives the same starts.
    """
    starts: list[int] = []
    after = len(probe)
    at = folded.find(probe)
    counted = 0
    run_start = at
    while at >= 0:
        counted += 1
        if counted == _PROBE_RUN:
            if at - run_start <= _PROBE_RUN * _PROBE_GAP:
                starts.extend(_probe_starts_split(text, folded, probe, at))
                return starts
            counted = 0
            run_start = at
        c = text[at + after : at + after + 1]
        if "A" <= c <= "Z" or c > "\x7f":
            starts.append(at)
        at = folded.find(probe, at + 1)
    return starts


_PROBE_RUN = 32
_PROBE_GAP = 1024
"""
``_probe_starts`` splits the rest of the text once ``_PROBE_RUN`` occurrences come at
most ``_PROBE_GAP`` characters apart on average (a split copies the text it reads:
worth it only when the occurrences are many).
"""


def _probe_starts_split(text: str, folded: str, probe: str, at: int) -> list[int]:
    """
    ``_probe_starts_plain`` from an occurrence at ``at`` on, by one split of ``folded[at:]``.

    Two occurrences of a probe whose only space ends it cannot overlap (the second
    would start inside the first and hold its space before the end), so splitting
    finds them all: the k-th starts after the first k pieces and k - 1 probes (the
    first piece is empty, the occurrence at ``at``). The character after it, in
    ``text``, starts the next piece (none after the last when that piece is empty, at
    the end of the text: no capital there). Each step runs in C.
    """
    pieces = folded[at:].split(probe)
    after = len(probe)
    ats = list(accumulate(map(operator.add, map(len, pieces[:-1]), chain((at,), repeat(after)))))
    if not pieces[-1]:
        ats.pop()
    followers = map(text.__getitem__, map(operator.add, ats, repeat(after)))
    return list(compress(ats, map(operator.not_, map(_NOT_CAPITAL.__contains__, followers))))


def _title_words(head: str) -> list[str]:
    """The title words of ``head``: itself, then its abbreviations (``sergeant``, ``sgt``)."""
    return [head] + [abbr for abbr, full in _ROLE_ABBREVIATIONS.items() if full == head]


def _title_before(text: str, start: int) -> str | None:
    """
    Return the title written just before a name starting at ``start``, or None.

    ``Gov.`` in ``Gov. Ellen Marsh``, ``Rovers head coach`` in ``Rovers head coach Ian
    Dale``: title words (with their period) and the capitalised modifiers before them.
    """
    if start == 0 or text[start - 1] != " ":
        return None
    taken: list[str] = []
    for word in reversed(text[(start - 80 if start > 80 else 0) : start - 1].split(" ")):
        core = word.rstrip(".")
        low = core.lower()
        if not core.replace("-", "").isalpha() or len(taken) == 4:
            break
        if low in TITLE_WORDS or low in PERSON_NOUNS:
            taken.append(word)
        elif taken and core[:1].isupper() and low not in _STOP_CAPS and word == core:
            taken.append(word)  # "Rovers coach", "Foreign Minister"
        else:
            break
    return " ".join(reversed(taken)) or None


def _valid_person_name(name: str) -> bool:
    """A candidate personal name that is not an organisation, a place or a sentence opener."""
    words = name.split()
    return words[0].lower() not in _STOP_CAPS and not any(
        w.lower().rstrip(".") in ORGANISATION_HEADS
        or w.lower() in COUNTRIES
        or w.lower().rstrip(".") in TITLE_WORDS
        for w in words
    )


_Apposition = tuple[frozenset[str], str, str, tuple[int, int], int]
"""An ``_APPOSED_ROLE`` match: the role's head words, the name, the role, the name's span, start."""

_role_cache: list[
    tuple[str, dict[str, tuple[list[int], list[_Entity]]], list[_Apposition], str]
] = []
"""The titled and apposed names found in the last text searched, by role head, its
appositions, and its ``_title_folded`` copy."""


_NOT_IN_PERSON_NAME_BEFORE = regex.compile(r"[^\p{L}'’\-. ]", regex.REVERSE)
"""The last character before a position that no ``_PERSON_NAME`` match holds."""

_WORD_START = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
"""Where an ``_APPOSED_ROLE`` match may start (its lookbehind and first character)."""


def _apposition_matches(text: str) -> Iterator[regex.Match[str]]:
    """
    Yield the matches of ``_APPOSED_ROLE.finditer(text)``, tried only before each ``, ``.

    A match's first ``, `` closes its name: a name of letters, ``'’-.`` and one to
    four spaces, so it starts after the fifth space before that comma and after the
    last character outside the name (or the last match). The leftmost match is found
    by trying the capitalised word starts there, comma by comma in text order: one
    starting earlier would close its name at an earlier comma (the pattern matches at
    a start as the search does; its lookbehind sees the text before).
    """
    pos = 0
    while (comma := text.find(", ", pos)) >= 0:
        before = _NOT_IN_PERSON_NAME_BEFORE.search(text, pos, comma)
        lo = pos if before is None else before.end()
        # After the fifth space before the comma (found by one split from the right:
        # the piece before it ends there; with fewer spaces, lo stays).
        pieces = text[lo:comma].rsplit(" ", 5)
        if len(pieces) == 6:
            lo += len(pieces[0]) + 1
        for start in _WORD_START.finditer(text, lo, comma):
            m = _APPOSED_ROLE.match(text, start.start())
            if m is not None:
                yield m
                pos = m.end()  # (a match is never empty)
                break
        else:
            pos = comma + 1  # no match starts before the comma


def _appositions(text: str) -> list[_Apposition]:
    """Return the appositions of ``text`` (read once per text, whatever role is looked up)."""
    found: list[_Apposition] = []
    for m in _apposition_matches(text):
        role = m.group("role").strip()
        words = [w.lower().rstrip(".") for w in role.split()]
        cut = next((i for i, w in enumerate(words) if w in _ROLE_BOUNDARY), len(words))
        heads = frozenset(_ROLE_ABBREVIATIONS.get(w, w) for w in words[:cut])
        found.append((heads, m.group("name"), role, m.span("name"), m.start()))
    return found


def _role_holders(text: str, head: str) -> tuple[list[int], list[_Entity]]:
    """
    Return the people named with the role ``head`` in ``text``, and their starts, in order.

    Found once per text and head (a text may hold many nominals): a title before the name,
    or an apposition after it whose head words (before *of*, *at* ...) include ``head``.
    """
    cached = _role_cache[0] if _role_cache else None
    if cached is None or cached[0] is not text:
        cached = (text, {}, _appositions(text), _title_folded(text))
        _role_cache[:] = [cached]  # one text at a time; the local copy is safe across threads
    by_head = cached[1]
    if head not in by_head:
        found: list[_Entity] = []
        for m in _title_matches(text, cached[3], head):
            name = m.group("name")
            if _valid_person_name(name):
                start = m.start("name")
                role = _title_before(text, start)
                found.append(_Entity(name, "person", role, _span(start, m.end("name")), start))
        for heads, name, role, name_at, start in cached[2]:
            if head in heads and _valid_person_name(name):
                found.append(_Entity(name, "person", role, _span(*name_at), start))
        found.sort(key=lambda e: e.pos)
        by_head[head] = ([e.pos for e in found], found)
    return by_head[head]


def _role_holder_before(text: str, pos: int, head: str) -> _Entity | None:
    """
    Return the person last named with the role ``head`` in the 1,500 characters before ``pos``.

    The role is a title before the name (``Coach Mark Ellis``, ``Rovers coach Ian Dale``,
    ``Sgt. Paul Kerr`` for ``sergeant``) or the head of an apposition after it (``Leah
    Moss, a nurse at ...``, ``Ellen Pratt, the chief executive of Vanta Corp.,``).
    """
    starts, found = _role_holders(text, head)
    i = bisect_left(starts, pos) - 1
    while i >= 0 and (span := found[i].span) is not None and span.end > pos:
        i -= 1
    if i < 0 or found[i].pos < pos - 1500:
        return None
    return found[i]


def _epithet_before(text: str, np: _NP) -> _Entity | None:
    """
    ``the 35-year-old``, ``the Spaniard`` with nobody quoted before: a person named just before.

    ``Tom Reyes, a veteran striker, scored twice. "Q," the 35-year-old said.``: the titled
    or apposed name that he/she would fall back to (``_titled_before``).
    """
    if np.pronoun != "nominal" or np.kind != "person" or not _is_epithet(np.last_word()):
        return None
    return _titled_before(text, np.span.start)


def _role_nominal(text: str, np: _NP, entities: list[_Entity]) -> _Entity | None:
    """
    Resolve ``the coach``, ``the nurse``: the nearest person named with that role.

    The person may be a speaker whose name or role has the head noun, or anyone named
    before with it as a title or apposition (``Coach Mark Ellis was upbeat.``); the
    nearer wins.
    """
    if np.pronoun != "the" or np.kind != "person":
        return None
    word = np.last_word()
    head = word.lower().rstrip(".")
    if _is_epithet(word) or head not in _PERSON_OR_TITLE:
        return None
    known = _antecedent(np, entities) if entities else None  # (its first test)
    # (nobody named with the role in the text, the common case: _role_holder_before
    # would find no one before the mention either; not called. The role holders found
    # before in this text are read in place, as _role_holders would return them.)
    cached = _role_cache[0] if _role_cache else None
    holders = cached[1].get(head) if cached is not None and cached[0] is text else None
    if holders is None:
        holders = _role_holders(text, head)
    found = _role_holder_before(text, np.span.start, head) if holders[0] else None
    if found is None or (known is not None and known.pos >= found.pos):
        return known
    for ent in reversed(entities[-50:]):
        if ent.kind == "person" and ent.name == found.name:
            # a speaker named again with the role: keep what is known of them
            return _Entity(
                ent.name, "person", found.role or ent.role, ent.span, found.pos, "", ent.gender
            )
    return found


_COMPANY_NAME_WORDS = frozenset(
    {"energy", "power", "electric", "gas", "water", "oil", "petroleum", "mining", "steel"}
    | {"airlines", "airways", "air", "motors", "motor", "insurance", "foods", "brands"}
    | {"holdings", "capital", "partners", "pharma", "pharmaceuticals", "technologies"}
    | {"systems", "networks", "telecom", "communications", "entertainment", "industries"}
    | {"international", "financial", "resources", "logistics", "shipping", "rail", "railways"}
    | {"electronics", "chemicals", "enterprises", "ventures", "solutions", "stores", "markets"}
    | {"healthcare", "utilities", "mobile", "wireless", "studios", "pictures", "records"}
    | {"minerals", "metals", "robotics", "analytics", "aerospace", "biotech", "software"}
    | {"materials", "properties", "securities", "investments", "semiconductors"}
    | {"cement", "paper", "glass", "sugar", "dairy", "brewery", "breweries", "hotels"}
    | {"resorts", "cruises", "aviation", "marine", "shipyards", "retail", "fisheries"}
    # football and rugby clubs: "Bramley Rovers have sacked their manager"
    | {"rovers", "wanderers", "rangers", "albion", "athletic", "fc", "hotspur", "united"}
)
"""Last words of company names (``Duke Energy``, ``Air Nordica`` by its first word)."""


_FIGURE_VERBS = frozenset(
    {"fell", "rose", "dropped", "climbed", "jumped", "slipped", "soared", "plunged", "surged"}
    | {"grew", "declined", "increased", "decreased", "edged", "eased", "slumped", "tumbled"}
    | {"gained", "remained", "stood"}
)
"""Verbs after a capitalised common noun opening a sentence (``Sales fell``, ``Prices rose``)."""


def _subject_run(toks: list[tuple[str, int, int]], i: int) -> int:
    """
    Return the end of the capitalised name opening a sentence at token ``i``.

    ``The Daily Ledger``, ``St Mary's Hospital``, ``Electricite de France``, ``Pacific Gas
    and Electric``, ``Ministry of Health``: capitalised words, with particles, *and* or
    *&* between them, and *of*/*for* after an organisation head.
    """
    n = len(toks)
    j = i + 1 if toks[i][0] in {"The", "the"} else i
    start = j
    while j < n:
        word = toks[j][0]
        if _capitalised_word(word.replace("'s", "").replace("’s", "")) or (
            len(word) > 1 and word.isupper() and word.isalpha()
        ):
            j += 1  # a name word
            continue
        low = word.lower()
        if not (
            j > start
            and j + 1 < n
            and _capitalised_word(toks[j + 1][0])
            and (
                low in NAME_PARTICLES
                or low in {"and", "&"}
                or (low in {"of", "for"} and toks[j - 1][0].lower() in ORGANISATION_HEADS)
            )
        ):
            break  # neither a name word nor one joining two
        j += 1
    return j if j > start else i


_Subject = tuple[_NP, list[tuple[str, int, int]], int, int]

_Verdict = tuple[str, list[str], Span, bool]

_UNREAD: Any = object()
"""A sentence whose subject ``_organisation_before`` has not read yet (its verdict may be None)."""


class _SubjectsRead:
    """
    The sentence subjects ``_organisation_before`` has read in one text.

    ``verdicts[k]`` is the verdict on the sentence starting at the ``k``-th sentence
    start (None: it names no organisation), or ``_UNREAD``; ``read`` holds the ``k``
    of every verdict kept, each once. A list by sentence, not a dictionary by start: the
    verdicts of a look-back window are one slice, not one look-up per sentence. Once
    ``read`` holds more than ``limit`` sentences, those before the window are forgotten
    (``forget_before``).
    """

    __slots__ = ("limit", "read", "verdicts")

    def __init__(self, sentences: int) -> None:
        self.verdicts: list[Any] = [_UNREAD] * sentences
        self.read: list[int] = []
        self.limit = _SUBJECTS_KEPT

    def forget_before(self, kept_from: int) -> None:
        """
        Forget the verdicts on the sentences before the ``kept_from``-th (marked unread).

        The verdicts kept may be many: those read when the same text was searched before,
        from its end (a second parse of one text object), or a window of very short
        sentences. The next call waits until as many sentences again have been read
        (``limit`` is twice those kept, and at least ``_SUBJECTS_KEPT``): the work of
        forgetting stays in proportion to the reading, whatever order the positions
        come in.
        """
        verdicts = self.verdicts
        kept: list[int] = []
        for k in self.read:
            if k < kept_from:
                verdicts[k] = _UNREAD
            else:
                kept.append(k)
        self.read = kept
        self.limit = max(_SUBJECTS_KEPT, 2 * len(kept))


_subject_cache: list[tuple[str, list[int], _SubjectsRead, list[int]]] = []
"""The sentence starts of the last text searched by ``_organisation_before``, the
subjects read so far, and where its commas followed by a space are."""

_COMMA_SPACE = re.compile(", ")


def _comma_between(commas: list[int], start: int, end: int) -> bool:
    """Whether a ``", "`` lies in ``text[start:end]`` (``commas``: where each one is)."""
    i = bisect_right(commas, end - 2) - 1
    return i >= 0 and commas[i] >= start


_SUBJECTS_KEPT = 256
"""
The fewest sentence subjects ``_organisation_before`` keeps before dropping those out
of its window (``_SubjectsRead.limit``).
"""


def _word_in(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` occurs in ``text[start:end]`` as a whole word (case-sensitive)."""
    at = text.find(word, start, end)
    while at >= 0:
        before = text[at - 1] if at > start else " "
        after = text[at + len(word)] if at + len(word) < end else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            return True
        at = text.find(word, at + 1, end)
    return False


def _dated_subject_name(text: str, start: int, end: int) -> _Subject | None:
    """
    Return the capitalised name opening the sentence at ``start`` and a verb after it.

    For a sentence with a dash in ``[start, end)``, which may end a dateline (``BERLIN -
    Siemens said``): the whole range is read, and the name after the dateline. Other
    sentences are read from their first tokens by ``_subject_verdict``.
    """
    toks = _tokens(text, start, end)
    first = 0
    for i in range(min(len(toks), 15)):
        if toks[i][0] in {"-", "—", "–"}:
            first = i + 1  # a dateline
            break
    return _subject_name_in(text, toks, first, complete=True)[1]


def _first_tokens(
    text: str, start: int, end: int, count: int, *, ascii_text: bool
) -> list[tuple[str, int, int]]:
    """Return the first ``count`` tokens of ``_tokens(text, start, end)`` (read lazily)."""
    # (the same (group, start, end) tuples, each method called by ``map`` in C)
    if ascii_text:
        matches = list(islice(_TOKEN_ASCII.finditer(text, start, end), count))
        return list(
            zip(
                map(_MATCH_GROUP, matches),
                map(_MATCH_START, matches),
                map(_MATCH_END, matches),
                strict=True,
            )
        )
    found = list(islice(_TOKEN.finditer(text, start, end), count))
    return list(
        zip(map(_REGEX_GROUP, found), map(_REGEX_START, found), map(_REGEX_END, found), strict=True)
    )


_MATCH_GROUP = re.Match.group
_MATCH_START = re.Match.start
_MATCH_END = re.Match.end
"""The text, start and end of an ``re`` match (called by ``map``)."""

_REGEX_MATCH: Any = type(regex.match("", ""))
_REGEX_GROUP = _REGEX_MATCH.group
_REGEX_START = _REGEX_MATCH.start
_REGEX_END = _REGEX_MATCH.end
"""The same for a ``regex`` match."""

_DASH = re.compile("[-—–]")
"""The characters of the dash tokens that end a dateline (``BERLIN -``)."""

_DASH_TOKEN = regex.compile(r"[—–]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])")
"""
A dash that is a token of its own in a range (searched in its slice, as ``_tokens``
reads it): ``—``, ``–``, or ``-`` not between two letters or digits (there it joins a
word, ``well-known``). With none, ``_dated_subject_name`` finds no dateline and reads
the name from the first token, as the other path does (``Coca-Cola said``).
"""

_SUBJECT_TOKENS = 6
"""Tokens ``_subject_verdict`` reads first (a name of up to three words, a verb, two more)."""

_PLAIN_OPENING = re.compile(rf"(?:[A-Za-z0-9]+[ ]){{{_SUBJECT_TOKENS}}}")
"""
``_SUBJECT_TOKENS`` words of ASCII letters and digits, each followed by one space: the
first tokens of a range that opens so (``_first_tokens_reading``).
"""


def _subject_name_in(
    text: str, toks: list[tuple[str, int, int]], first: int, *, complete: bool
) -> tuple[bool, _Subject | None]:
    """
    Read the subject name from token ``first`` of the first tokens of a sentence.

    Returns whether ``toks`` were enough (``complete``: all the range's tokens; else every
    token read, and the two after the verb that ``_subject_verdict`` reads, are there),
    and the subject found.
    """
    if first >= len(toks):
        return complete, None
    end = _subject_run(toks, first)
    if not complete and end + 3 > len(toks):
        return False, None  # (_subject_run stops at the last token given)
    if end == first or end >= len(toks) or not _lower_alpha(toks[end][0]):
        return True, None  # no name, or no verb after it
    verb = toks[end][0].lower()
    if (
        toks[end - 1][0].endswith(("'s", "’s"))
        and verb not in CUE_FORMS
        and not verb.endswith("ed")
    ):
        return True, None  # "Arlo's shares fell": a possessive, the subject is after it
    np = _NP(text, toks, first, end)
    if np.name is None or np.name_span is None or np.role is not None or np.pronoun:
        return True, None
    return True, (np, toks, first, end)


def _organisation_before(
    text: str, pos: int, entities: list[_Entity], head: str = ""
) -> _Entity | None:
    """
    Return the organisation last named as a sentence's subject before ``pos``.

    ``Allianz reported a loss. The insurer said ...``: the capitalised name opening an
    earlier sentence (in the 1,500 characters before), when it names an organisation: by
    its head word or a known name (``The BBC``, ``Volkswagen Group``), by a word that ends
    company names (``Duke Energy``), by *the* or *and* (``The Daily Ledger``, ``Pacific Gas
    and Electric``), by a country closing a longer name (``Electricite de France``), by
    *its* after the verb (``Air Nordica grounded its fleet``), or, for a single word, by a
    verb that is not an auxiliary or a figure verb (``Ford cut``, not ``Sales fell`` or
    ``Power was``) and no lower-case use of the word nearby. Known people's surnames and
    states standing for their government are not companies. With ``head``, the name
    must contain it (``the hospital`` after ``St Mary's Hospital treated 40 people``).
    """
    cached = _subject_cache[0] if _subject_cache else None
    if cached is None or cached[0] is not text:
        # (each match's start read by ``map`` in C)
        breaks = _sentence_breaks(text)
        commas = list(map(_MATCH_START, _COMMA_SPACE.finditer(text)))
        cached = (text, breaks, _SubjectsRead(len(breaks)), commas)
        _subject_cache[:] = [cached]  # one text at a time; the local copy is safe across threads
    _, breaks, subjects, commas = cached
    verdicts = subjects.verdicts
    if len(subjects.read) > subjects.limit:
        # Only the window before pos is read again (nominals come in text order): the
        # subjects of a long text are not all kept (those of sentences starting before
        # the window are dropped).
        subjects.forget_before(bisect_left(breaks, pos - 1500))
    # The sentences starting in the window (from pos - 1500, or from the text's start:
    # no start is below 0), but not the nominal's own, the last start (there is one at
    # 0, and pos is not below it: hi >= 0).
    hi = bisect_right(breaks, pos) - 1
    first_start = bisect_left(breaks, pos - 1500, 0, hi)
    surnames: set[str] | None = None  # built when a one-word subject needs it
    own = breaks[hi]  # the nominal's sentence
    # (looked up among the text's commas, not searched for: a sentence may run on for
    # megabytes, and every nominal in it would search it back to its start; the first
    # look-up is _comma_between's, written out)
    last_comma = bisect_right(commas, pos - 2) - 1
    if last_comma >= 0 and commas[last_comma] >= own:
        # (a dateline skipped ends after the sentence start: with no comma after that,
        # there is none after the dateline either, which is not looked for; and with no
        # comma after the sentence start, none after the dateline, so nothing below)
        own = _skip_dateline(text, own, pos)  # "TOKYO -- Sakuragawa ..."
        if (
            _comma_between(commas, own, pos)
            and (found := _subject_verdict(text, own, pos)) is not None
        ):
            # "Harlow Maritime Holdings will shut two yards, the company said": the subject
            # of the nominal's own sentence, before a sentence-final attribution (read in
            # place, not kept: the reading stops at the nominal)
            name, lows, span, single = found
            if not single and (not head or head in lows):
                return _Entity(name, "organisation", None, span, span.start)
    known = verdicts[first_start:hi]
    # The sentences are read from the last; once every one left is known to name no
    # organisation (most sentences, read for an earlier nominal), none is found.
    unnamed = known.count(None)  # in known[: i + 1] when reading sentence i
    for i in range(len(known) - 1, -1, -1):
        if unnamed == i + 1:
            return None
        found = known[i]
        if found is None:
            unnamed -= 1
            continue
        if found is _UNREAD:
            start = breaks[first_start + i]
            found = verdicts[first_start + i] = _subject_verdict(text, start, pos)
            subjects.read.append(first_start + i)
            if found is None:
                continue
        name, lows, span, single = found
        if single:
            if surnames is None:
                surnames = {e.words[-1] for e in entities[-50:] if e.kind == "person"}
            if name in surnames or (
                not (lows[0] in ORGANISATION_NAMES or name.isupper())
                and _word_in(text, lows[0], (pos - 1500 if pos > 1500 else 0), pos)
            ):
                continue
        if not head or head in lows:
            return _Entity(name, "organisation", None, span, span.start)
    return None


_INSTITUTION_CONNECTORS = frozenset({"of", "for", "and", "on", "the"})


def _institution_named_before(text: str, pos: int, head: str) -> _Entity | None:
    """
    Return the institution last named with ``head`` in the 1,500 characters before ``pos``.

    ``rules announced by the National Environment Agency (NEA) ... the agency said``: a
    proper name of at least two words ending in the capitalised head, wherever it stands
    in the sentence (subjects are read by ``_organisation_before`` first).
    """
    lo = pos - 1500 if pos > 1500 else 0  # (max(0, ...) without a builtin call)
    word = head.capitalize()
    width = len(word)
    # (_occurrences' look-up of a word found before in this text, written out)
    cached = _occurrence_cache[0] if _occurrence_cache else None
    places = cached[1].get(word) if cached is not None and cached[0] is text else None
    if places is None:
        places = _occurrences(text, word)
    if not places:
        return None  # (most heads are never written with a capital)
    # From the last occurrence ending by pos, then the last ending by the start of the
    # one before (as ``text.rfind(word, lo, at)`` again and again would find them).
    i = bisect_right(places, pos - width) - 1
    while i >= 0 and (at := places[i]) >= lo:
        end = at + width
        if (at == 0 or not text[at - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            found = _institution_name_ending(text, lo, at, end)
            if found is not None:
                return found
        i = bisect_right(places, at - width, 0, i) - 1
    return None


_occurrence_cache: list[tuple[str, dict[str, list[int]]]] = []
"""The occurrences of the words looked up in the last text searched (``_occurrences``)."""


def _occurrences(text: str, word: str) -> list[int]:
    """
    Return the start of every occurrence of ``word`` (not empty) in ``text``, in order.

    Overlapping ones included. Found once per text and word: a nominal's look-back
    (``_institution_named_before``) then bisects them instead of searching its window
    of ``text`` again for each nominal.
    """
    cached = _occurrence_cache[0] if _occurrence_cache else None
    if cached is None or cached[0] is not text:
        cached = (text, {})
        _occurrence_cache[:] = [cached]  # one text at a time; the local copy is safe across threads
    by_word = cached[1]
    places = by_word.get(word)
    if places is None:
        places = []
        at = text.find(word)
        while at >= 0:
            places.append(at)
            at = text.find(word, at + 1)
        by_word[word] = places
    return places


def _institution_name_ending(text: str, lo: int, at: int, end: int) -> _Entity | None:
    """The proper name of two or more words ending with the head at ``at:end``, or None."""
    taken = _name_words_before(text, (at - 200 if at - 200 > lo else lo), at)
    if taken:
        name = " ".join([*taken, text[at:end]])
        start = end - len(name)
        if text[start:end] == name:  # single spaces: the name as written
            return _Entity(name, "organisation", None, _span(start, end), start)
    return None


def _name_words_before(text: str, lo: int, at: int) -> list[str]:
    """
    The capitalised words (with ``of``, ``and`` ... inside) just before ``at``, in order.

    ``rules announced by the National Environment`` before ``Agency`` gives ``National
    Environment``; a leading ``The`` and any word in lower case end the run.
    """
    words = text[lo:at].split()[-8:]
    taken: list[str] = []
    while words:
        word = words.pop()
        capitalised = word[:1].isupper() and word.isalpha() and word not in {"The", "A", "An"}
        connector = word in _INSTITUTION_CONNECTORS and bool(taken) and taken[-1][:1].isupper()
        if not (capitalised or connector):
            break
        taken.append(word)  # words taken right to left
    while taken and taken[-1] in _INSTITUTION_CONNECTORS:
        taken.pop()
    return taken[::-1]


def _bracketed_short_name(text: str, pos: int, name: str) -> _Entity | None:
    """
    Return the full name a short name was given for in brackets before ``pos``.

    ``The Securities and Exchange Board of India (Sebi) has proposed ...`` then ``Sebi
    said``: the speaker is the full name (acronyms in capitals are expanded only when
    their organisation has spoken, in ``_acronym_expansion``).
    """
    if name.isupper():
        return None  # an acronym that has not spoken stays as written (``RSF``, ``FAA``)
    at = text.rfind(f" ({name})", (pos - 3000 if pos > 3000 else 0), pos)
    if at < 0:
        return None
    words = _name_words_before(text, (at - 200 if at > 200 else 0), at + 1)
    if len(words) < 2:
        return None
    full = " ".join(words)
    start = at - len(full)
    if text[start:at] != full:
        return None
    return _Entity(full, "organisation", None, _span(start, at), start)


def _subject_verdict(text: str, start: int, pos: int) -> _Verdict | None:
    """
    Read the subject opening the sentence at ``start`` for ``_organisation_before``.

    Returns None when it cannot name an organisation whatever comes after it, else its
    name, lower-case words, span, and whether it is one word (which the caller still
    tests against the people named so far and the lower-case uses of the word nearby).
    """
    end = pos if pos < start + 300 else start + 300  # (min's value, without a builtin call)
    # Whatever _read_subject reads lies in text[start:end]: a sentence written again
    # (repeated copy) is read once, by that text.
    whole = text[start:end]
    reading, kept = _read_subject_keyed(text, start, end, whole)
    if not kept:
        # (one found by its opening is found so again: kept once, the cache does not
        # fill with every sentence that opens the same way, and is not emptied)
        _remember_reading(whole, reading)
    if reading.__class__ is not tuple:
        return None  # (_NOT_AN_ORGANISATION)
    single, name, lows, name_start, name_end = reading
    if single and (
        # "Ellis cut the squad" after "Coach Mark Ellis was upbeat": a person
        _titled_before(text, start, name) is not None
        or _full_name_before(text, start, name, family_first=False) is not None
    ):
        return None
    return (name, list(lows), _span(start + name_start, start + name_end), single)


def _read_subject(text: str, start: int, end: int) -> _Reading | str:
    """Read what the subject opening ``text[start:end]`` says (see ``_read_subject_keyed``)."""
    return _read_subject_keyed(text, start, end)[0]


def _read_subject_keyed(
    text: str, start: int, end: int, whole: str | None = None
) -> tuple[_Reading | str, bool]:
    """
    Read what the subject opening ``text[start:end]`` says of an organisation, from it alone.

    Without a dateline only the name, the verb and the two words after it are read, so
    the first few tokens are enough: those are read, and more only when the name runs
    on. What they say is kept by their text (``_SUBJECT_READINGS``): copy opens
    sentences the same way again and again. Also returns whether the reading was found
    kept, by the opening's first ``_SUBJECT_PREFIX`` characters or by the whole range
    (``whole``: ``text[start:end]``, when the caller has it).
    """
    if whole is None:
        whole = text[start:end]
    # (``_DASH.search(whole)`` finds one of its three characters: each looked for with
    # ``in``, a plain character search)
    if ("-" in whole or "—" in whole or "–" in whole) and _DASH_TOKEN.search(whole) is not None:
        reading = _SUBJECT_READINGS.get(whole)
        if reading is not None:
            return reading, True
        return _subject_reading(start, _dated_subject_name(text, start, end)), False
    ascii_text = whole.isascii()
    # A reading made from the first tokens alone, all of them (and the two characters
    # after the last, which decide where it ends) in the first _SUBJECT_PREFIX
    # characters, is kept by those characters too: found without tokenising again.
    # The opening is looked up first (most sentences are new, and most openings found
    # are kept by it alone); a reading kept by either key is the one read here.
    prefix: tuple[str, bool] | None = None
    if start + _SUBJECT_PREFIX <= end:
        prefix = (whole[:_SUBJECT_PREFIX], ascii_text)
        reading = _SUBJECT_READINGS.get(prefix)
        if reading is not None:
            return reading, True
    reading = _SUBJECT_READINGS.get(whole)
    if reading is not None:
        return reading, True
    return _first_tokens_reading(text, start, end, ascii_text, prefix), False


def _first_tokens_reading(
    text: str, start: int, end: int, ascii_text: bool, prefix: tuple[str, bool] | None
) -> _Reading | str:
    """
    Read the subject of ``text[start:end]`` (no dateline) from its first tokens.

    ``ascii_text``: whether the range is ASCII; ``prefix``: its ``_SUBJECT_PREFIX``
    key, or None when it is shorter (the reading is kept by it when it can be). An
    opening of plain words is looked up by their text first (``_PLAIN_OPENING``).
    """
    # An opening of _SUBJECT_TOKENS plain words, one space after each (most sentences):
    # those words are its first tokens, whichever tokeniser reads them (a run of ASCII
    # letters and digits before a space is one token in both), so their text is the key
    # the tokens below would give, looked up without tokenising (a new sentence opening
    # like an earlier one: "Officials said the minister said that ...").
    plain = _PLAIN_OPENING.match(text, start, end)
    if plain is not None:
        words_end = plain.end() - 1  # (the last token's end: before its space)
        reading = _SUBJECT_READINGS.get((text[start:words_end], False, ascii_text))
        if reading is not None and reading != _MORE_TOKENS:
            if prefix is not None and words_end + 2 <= start + _SUBJECT_PREFIX:
                _remember_reading(prefix, reading)  # (as below)
            return reading
    wanted = _SUBJECT_TOKENS
    while True:
        toks = _first_tokens(text, start, end, wanted, ascii_text=ascii_text)
        complete = len(toks) < wanted
        # The tokens, their offsets and the mention texts are all in this slice.
        key = (text[start : toks[-1][2]] if toks else "", complete, ascii_text)
        reading = _SUBJECT_READINGS.get(key)
        if reading is None:
            enough, subject = _subject_name_in(text, toks, 0, complete=complete)
            reading = _subject_reading(start, subject) if enough else _MORE_TOKENS
            _remember_reading(key, reading)
        if reading != _MORE_TOKENS:
            if (
                prefix is not None
                and wanted == _SUBJECT_TOKENS
                and not complete
                and toks[-1][2] + 2 <= start + _SUBJECT_PREFIX
            ):
                _remember_reading(prefix, reading)
            return reading
        wanted *= 4


def _remember_reading(
    key: str | tuple[str, bool] | tuple[str, bool, bool], reading: _Reading | str
) -> None:
    """Keep a reading in ``_SUBJECT_READINGS`` (emptied first when full)."""
    if len(_SUBJECT_READINGS) >= _SUBJECT_READINGS_MAX:
        _SUBJECT_READINGS.clear()
    _SUBJECT_READINGS[key] = reading


_Reading = tuple[bool, str, tuple[str, ...], int, int]
"""
What a sentence's first words say of an organisation subject, read from them alone.

Whether the name is one word (then the text before must not name a person with it),
the name, its lower-case words, and its span relative to the sentence start.
"""

_MORE_TOKENS = "more tokens"
"""A ``_SUBJECT_READINGS`` value: the first tokens were not enough (read more)."""

_NOT_AN_ORGANISATION = "not an organisation"
"""A ``_SUBJECT_READINGS`` value: the subject cannot name an organisation."""

_SUBJECT_READINGS: dict[str | tuple[str, bool] | tuple[str, bool, bool], _Reading | str] = {}
"""
``_subject_verdict``'s readings of sentence openings, by their text (emptied when full).

Keyed by the whole range read (a string); by the text from the sentence start to the
end of the first tokens read, whether those were all the tokens of the range, and
whether the range is ASCII (which tokeniser read it); or by the range's first
``_SUBJECT_PREFIX`` characters and whether it is ASCII (see ``_read_subject``).
"""

_SUBJECT_READINGS_MAX = 4096

_SUBJECT_PREFIX = 48
"""Characters of a sentence opening that usually hold its first ``_SUBJECT_TOKENS`` tokens."""


def _subject_reading(start: int, subject: _Subject | None) -> _Reading | str:
    """The part of ``_subject_verdict`` that depends only on the sentence's first tokens."""
    if subject is None:
        return _NOT_AN_ORGANISATION
    np, toks, first, end = subject
    if np.name is None or np.name_span is None:
        return _NOT_AN_ORGANISATION
    name = np.name
    words = name.split()
    lows = [w.lower() for w in words]
    verb = toks[end][0]
    if len(words) == 1:
        organisation = (
            np.kind == "organisation"
            and lows[0] not in COUNTRIES
            and verb not in _AUXILIARIES
            and verb not in _FIGURE_VERBS
        )  # (and no person of that name before: tested by the caller, in the text)
    else:
        organisation = (
            np.kind == "organisation"
            or (
                # a capitalised plural closing a name is not a group: "Corby Rovers"
                (np.kind == "person" or (np.kind == "group" and words[-1][:1].isupper()))
                and (
                    toks[first][0] in {"The", "the"}
                    or not _COMPANY_NAME_WORDS.isdisjoint(lows)
                    # "Procter and Gamble", not "Mark Ellis and Ann Lowe"
                    or (len(lows) > 2 and lows[-2] in {"and", "&"})
                    or lows[-1] in COUNTRIES
                    # "Air Nordica grounded its fleet", "Corby Rovers sacked their manager"
                    or any(t[0] in {"its", "their"} for t in toks[end + 1 : end + 3])
                )
            )
        )
    if not organisation:
        return _NOT_AN_ORGANISATION
    span = np.name_span
    return (len(words) == 1, name, tuple(lows), span.start - start, span.end - start)


def _organisation_nominal(
    text: str, np: _NP, entities: list[_Entity], target: _Entity | None
) -> _Entity | None:
    """
    Return the organisation named as a subject since ``target``, for an organisation nominal.

    A company noun (``the insurer``, ``the automaker``, ``the club``) goes to the last
    organisation named as a sentence's subject when that is nearer than the speaker or
    company found so far; an institution (``the hospital``, ``the district``) likewise,
    to one whose name has that head.
    """
    if np.kind != "organisation" or np.pronoun not in {"nominal", "the"}:
        return target
    head = np.last_lower()
    if _NOMINAL_SYNONYMS.get(head, head) in _COMPANY_NOUNS or head.endswith("maker"):
        found = _organisation_before(text, np.span.start, entities)
    elif head in ORGANISATION_HEADS and head not in {"statement", "police"}:
        # the head as written: "the bench" is a panel of judges, not "the Supreme Court"
        found = _organisation_before(text, np.span.start, entities, head)
        if found is None and target is None:
            found = _institution_named_before(text, np.span.start, head)
    else:
        return target
    if (
        found is not None
        and target is not None
        and found.name.lower() == head
        and head in target.name.lower().split()
    ):
        return target  # "Council leader X said" names no council: "Fenmoor District Council"
    if found is not None and (target is None or found.pos > target.pos):
        return found
    return target


# --------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------


def _word_count(text: str, start: int, end: int) -> int:
    """Count the words in ``text[start:end]``."""
    return len(text[start:end].split())


def quotes_in_paragraphs(text: str, paragraphs: Sequence[Span]) -> tuple[Quote, ...]:
    """Return the quotes inside the paragraph spans, in text order.

    ``Quote.paragraphs`` index ``paragraphs``; no quote crosses out of them.

    Example:
        >>> from newsmodel import Span
        >>> text = '"We will respond," Jane Roe said.'
        >>> [q.text for q in quotes_in_paragraphs(text, [Span(0, len(text))])]
        ['We will respond,']
    """
    return _quotes(text, [(p.start, p.end) for p in paragraphs])


def _quotes(text: str, bounds: list[tuple[int, int]], *, spaced: bool = False) -> tuple[Quote, ...]:
    """
    :func:`quotes_in_paragraphs` on ``(start, end)`` paragraph bounds.

    ``spaced``: every paragraph starts and ends next to a space or an end of the text
    (the lines of :func:`extract_quotes`), so the cue words of the whole text can be
    found at once; the bounds are also in order, not empty and do not overlap.
    """
    paras = _Paragraphs(text)
    all_tops: list[_Seg] = []
    made: list[_Seg] = []  # every segment but the pieces joined to one (see _release)
    pending: _Seg | None = None
    # Paragraphs are read in text order, and overlaps are clipped, so that quote
    # pieces are always ordered; indexes still refer to the caller's sequence.
    if all(map(operator.le, bounds, bounds[1:])):
        order: Iterable[int] = range(len(bounds))  # already in order (always from extract_quotes)
    else:
        order = sorted(range(len(bounds)), key=bounds.__getitem__)
    text_end = len(text)
    last_end = 0
    # Lone marks: a run of one-character paragraphs holding double openers (hostile
    # input: marks alternating with line breaks) opens a quote whose pieces are all
    # empty. Unless a paragraph that continues it follows (or a lead-in ending with a
    # colon comes before it), that quote has no text, no attribution and no effect
    # on any other quote, so its segments are built only when the run is continued.
    lazy = isinstance(order, range)
    lone_indexes: list[int] | None = None  # the run not built yet, and its offsets
    lone_starts: list[int] = []
    for index in order:
        start, end = bounds[index]
        if not spaced:  # (the lines of extract_quotes need no clipping)
            start, end = max(last_end, start), min(text_end, end)
            last_end = max(last_end, end)
            if end <= start:
                pending = lone_indexes = None
                continue
        if end - start == 1:
            # A paragraph of one character, read without _pair: a mark alone has
            # spaces on both sides, so only a double opener (``"`` is read as one)
            # opens a quote, soft-closed and empty; it continues a pending quote or
            # becomes the pending one.
            if text[start] in _LONE_OPENERS:
                if pending is not None:
                    lone = _Seg(start, -1, end, end, index, double=True)
                    pending = pending.pieces[0]
                    pending.pieces.append(lone)
                    lone.top = False
                    paras.add(index, start, end)
                elif lone_indexes is not None:
                    lone_indexes.append(index)
                    lone_starts.append(start)
                elif lazy and not paras.ends_with_colon(index - 1):
                    lone_indexes, lone_starts = [index], [start]
                else:
                    pending = _Seg(start, -1, end, end, index, double=True)
                    made.append(pending)
                    paras.add(index, start, end, [(start, end)])
                    all_tops.append(pending)
                continue
            pending = lone_indexes = None
            if text[start] == ":":
                paras.add(index, start, end)  # a lead-in (_header_attr); others hold nothing
            continue
        if not _holds_any(text, start, end, _MARKS, _HAS_MARK):
            # No quote mark: no segment, and an unclosed quote before is not continued.
            pending = lone_indexes = None
            paras.add(index, start, end)
            continue
        segs, unclosed, first_open = _pair(text, start, end, index)
        if unclosed is not None:
            segs.append(unclosed)
        made += segs
        tops = _nest(segs) if len(segs) > 1 else segs
        continues = (
            first_open
            and bool(tops)
            and tops[0].open >= start
            and not text[start : tops[0].open].strip()
        )
        if lone_indexes is not None:
            if continues:
                pending = _lone_quote(paras, lone_indexes, lone_starts)
                made.append(pending)
                all_tops.append(pending)
            lone_indexes = None
        if pending is not None:
            if continues:
                head = pending.pieces[0]
                head.pieces.append(tops[0])
                tops[0].top = False
                head.nested.extend(tops[0].nested)
                pending = None if tops[0].close >= 0 else head
                tops = tops[1:]
            else:
                # An unclosed quote not continued: keep it only if it fills its paragraph.
                pending = None
        if unclosed is not None and unclosed.top and unclosed in tops:
            # A soft-closed quote: continued next paragraph, or plausible on its own.
            pending = unclosed
        quoted = [(t.open, t.close if t.close >= 0 else t.end) for t in tops]
        paras.add(index, start, end, quoted)
        all_tops.extend(tops)
    if spaced:
        # One scan of the whole text; most paragraphs have no cue and are not read again.
        cues_by_para = _cues_by_paragraph(
            _cue_positions(text, 0, len(text)), paras.starts, paras.order
        )
    else:
        cues_by_para = []
        for index in paras.order:
            start, end = paras.bounds[index]
            found = _cue_positions(text, start, end)
            if found:
                cues_by_para.append((index, found))
    quotes = _attribute(text, all_tops, paras, cues_by_para)
    _release(made)
    return quotes


_PIECES = operator.attrgetter("pieces")


def _release(segs: list[_Seg]) -> None:
    """
    Empty the pieces list of each segment in ``segs`` and of each of their pieces.

    A segment's pieces start with the segment itself, a reference cycle: emptied, the
    segments are freed as soon as they are dropped, not left for the garbage collector
    (see ``newsmodel._gc``: what a parse leaves alive goes to the oldest generation).
    Every step runs in C.
    """
    every = [*segs, *chain.from_iterable(map(_PIECES, segs))]
    deque(map(list.clear, map(_PIECES, every)), maxlen=0)


def _cues_by_paragraph(
    cues: list[tuple[int, str]], starts: list[int], order: list[int]
) -> list[tuple[int, list[tuple[int, str]]]]:
    """
    Group the cues ``(offset, form)`` of a text by paragraph, in text order.

    ``starts`` are the paragraphs' starts in text order and ``order`` their indexes. A
    cue belongs to the last paragraph starting at or before it; consecutive cues of one
    paragraph index form one group. The cues of a paragraph are found with one search,
    not one per cue (a paragraph may hold thousands): those before the next paragraph's
    start, a slice of the sorted cues.
    """
    grouped: list[tuple[int, list[tuple[int, str]]]] = []
    offsets = list(map(_OFFSET, cues))
    size = len(cues)
    j = 0
    while j < size:
        i = bisect_right(starts, offsets[j]) - 1
        # the cues up to the next paragraph's start share the paragraph (i is -1 for a
        # cue before the first paragraph, as the per-cue search gave: ``order[-1]``)
        k = bisect_left(offsets, starts[i + 1], j) if i + 1 < len(starts) else size
        index = order[i]
        if grouped and grouped[-1][0] == index:
            grouped[-1][1].extend(cues[j:k])
        else:
            grouped.append((index, cues[j:k]))
        j = k
    return grouped


def _lone_quote(paras: _Paragraphs, indexes: list[int], starts: list[int]) -> _Seg:
    """Build the quote opened by a run of lone double openers (one piece each)."""
    start = starts[0]
    head = _Seg(start, -1, start + 1, start + 1, indexes[0], double=True)
    paras.add(indexes[0], start, start + 1, [(start, start + 1)])
    for index, start in zip(indexes[1:], starts[1:], strict=True):
        piece = _Seg(start, -1, start + 1, start + 1, index, double=True)
        piece.top = False
        head.pieces.append(piece)
        paras.add(index, start, start + 1)
    return head


class _Paragraphs:
    """The non-empty paragraphs of a text, as :class:`_Para` built on first use."""

    __slots__ = ("bounds", "built", "order", "quoted", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds: dict[int, tuple[int, int]] = {}  # index -> clipped (start, end)
        self.quoted: dict[int, list[tuple[int, int]]] = {}
        self.order: list[int] = []  # indexes in text order
        self.starts: list[int] = []  # their starts
        self.built: dict[int, _Para] = {}

    def add(
        self, index: int, start: int, end: int, quoted: list[tuple[int, int]] | None = None
    ) -> None:
        """Record a paragraph (in text order) and the spans of its top-level quotes."""
        self.bounds[index] = (start, end)
        self.order.append(index)
        self.starts.append(start)
        if quoted:
            self.quoted[index] = quoted

    def ends_with_colon(self, index: int) -> bool:
        """Return whether the paragraph with this index was read and ends with a colon."""
        bounds = self.bounds.get(index)
        return bounds is not None and self.text[bounds[1] - 1] == ":"

    def get(self, index: int) -> _Para | None:
        """Return the paragraph with this index, or None if it is empty or unknown."""
        para = self.built.get(index)
        if para is None and index in self.bounds:
            start, end = self.bounds[index]
            para = _Para(self.text, index, start, end, self.quoted.get(index, []))
            self.built[index] = para
        return para

    def release(self, index: int) -> None:
        """Forget the built paragraph with this index (it is built again if asked for)."""
        self.built.pop(index, None)

    def release_all(self) -> None:
        """Forget every built paragraph."""
        self.built.clear()

    def __getitem__(self, index: int) -> _Para:
        para = self.get(index)
        if para is None:
            raise KeyError(index)
        return para


def _header_attr(text: str, para: _Para, prev: _Para | None) -> _Attr | None:
    """
    Attribute a quote paragraph to a lead-in paragraph ending with a colon.

    ``The ministry said in a statement:`` ⏎ ``"Q"``, or ``And from Chairwoman Roe:`` ⏎ ``"Q"``.
    """
    if (
        prev is None
        or text[prev.end - 1 : prev.end] != ":"
        or text[prev.end : para.start].count("\n") > 2
    ):
        return None
    probe = _Seg(prev.end, -1, prev.end, prev.end, prev.index, double=True)
    attr, _ = _before_attr(text, probe, prev)
    probe.pieces.clear()  # (a cycle: see _release)
    if attr is not None:
        return attr
    s, _ = prev.sentence(prev.end - 1)
    toks = prev.window(text, max(s, prev.end - 120), prev.end)[0]
    for i in range(len(toks) - 2, -1, -1):
        if toks[i][0].lower() == "from":
            np, j = _np_fwd(text, toks, i + 1)
            if np is not None and j == len(toks) - 1:
                return _Attr(np, _span(toks[-1][1], toks[-1][2]))
            return _apposed_header(text, toks, i + 1)
    return None


def _apposed_header(text: str, toks: list[tuple[str, int, int]], i: int) -> _Attr | None:
    """``And from the committee's chair, Helen Ashby:``: the apposed name before the colon."""
    comma = next((k for k in range(len(toks) - 2, i, -1) if toks[k][0] == ","), -1)
    if comma < 0:
        return None
    np, j = _np_fwd(text, toks, comma + 1)
    if np is None or np.name is None or np.pronoun or j != len(toks) - 1:
        return None
    if np.role is None:
        words = text[toks[i][1] : toks[comma - 1][2]].split()
        np.role = " ".join(words[1:] if words[0].lower() in _DET_OR_POSSESSIVE else words)
    return _Attr(np, _span(toks[-1][1], toks[-1][2]))


def _unclosed_attr(text: str, seg: _Seg, para: _Para) -> _Attr | None:
    """
    Find ``..., said X.`` inside a quote whose closing mark is missing.

    ``"We will not accept it, said union leader Karl Becker.``: the content is cut
    after the comma and the rest is read as the attribution.
    """
    cut = seg.end
    for _ in range(3):
        comma = text.rfind(",", seg.start, cut)
        if comma < 0:
            return None
        probe = _Seg(seg.open, comma, seg.start, comma, seg.para, double=True)
        attr, end = _after_attr(text, probe, para, para.end)
        probe.pieces.clear()  # (a cycle: see _release)
        if attr is not None and not text[end : para.end].strip(' ."”'):
            seg.end = comma + 1
            return attr
        cut = comma
    return None


def _plausible_unclosed(text: str, seg: _Seg, para: _Para) -> bool:
    """An unclosed quote is kept when it opens its paragraph or follows a colon."""
    before = text[para.start : seg.open].rstrip()
    return (not before or before.endswith(":")) and _word_count(text, seg.start, seg.end) >= 3


def _attribute(
    text: str,
    tops: list[_Seg],
    para_by_index: _Paragraphs,
    cues_by_para: list[tuple[int, list[tuple[int, str]]]],
) -> tuple[Quote, ...]:
    """Attribute the segments, find reported speech, resolve speakers, build quotes."""
    used_cues: set[int] = set()
    wholes: list[_Seg] = []
    fragments: list[_Seg] = []
    tops = list(compress(tops, map(_TOP, tops)))  # (those still top, tested in C)
    last_idx = len(tops) - 1
    built = para_by_index.built
    memo = _ReportedMemo()
    # The cues of long paragraphs holding quotes are read along with the quotes.
    bounds = para_by_index.bounds
    ahead = {
        index: _ReadAhead(cues)
        for index, cues in cues_by_para
        if index in para_by_index.quoted and bounds[index][1] - bounds[index][0] > _LOCAL_TOKENS_MIN
    }
    for idx, seg in enumerate(tops):
        if not seg.top:
            continue  # joined to the previous quote as a piece
        # (a paragraph built already is read in place, as ``para_by_index[...]`` returns
        # it: the two method calls of that look-up are left for the first one)
        para = built.get(seg.para)
        if para is None:
            para = para_by_index[seg.para]
        if ahead:
            early = ahead.get(seg.para)
            if early is not None:
                early.read(text, para, seg.open, used_cues, memo)
        last = seg.pieces[-1]
        if seg.end <= seg.start and len(seg.pieces) == 1:
            continue
        if seg.close < 0 and len(seg.pieces) == 1 and not _plausible_unclosed(text, seg, para):
            continue
        nxt = tops[idx + 1] if idx < last_idx else None
        # (the same paragraph object: none is released in this loop)
        last_para = para if last.para == seg.para else para_by_index[last.para]
        next_open = nxt.open if nxt is not None and nxt.para == last.para else last_para.end
        attr = None
        attr_end = -1
        if last.close >= 0:
            attr, attr_end = _after_attr(text, last, last_para, next_open)
            if nxt is not None and attr_end > nxt.open and idx + 2 < len(tops):
                nxt = tops[idx + 2]  # the nickname in the attribution is not the next piece
        elif len(seg.pieces) == 1:
            attr = _unclosed_attr(text, seg, para)
        s, _ = para.sentence(seg.open)
        # What precedes the quote in its sentence, read back from the quote over spaces
        # only (a sentence may be a whole megabyte with no stop: no slice of it).
        lead_end = seg.open
        while lead_end > s and text[lead_end - 1].isspace():
            lead_end -= 1
        sentence_initial = lead_end == s
        colon_lead = not sentence_initial and text[lead_end - 1] == ":"
        before, governs = (None, False)
        if attr is None or not sentence_initial:
            before, governs = _before_attr(text, seg, para)
        if attr is None or (
            before is not None and governs and colon_lead and _hard_end(text, last)
        ):
            attr = before  # 'X said: "Q." Y declined to ...': the colon lead-in wins
        if attr is None and sentence_initial and s == para.start:
            attr = _header_attr(text, para, para_by_index.get(para.index - 1))
        is_whole = sentence_initial or governs or colon_lead
        if is_whole and attr is None:
            words = _word_count(text, seg.start, seg.end)
            final = seg.end > seg.start and text[last.end - 1] in ".,!?…"
            if (
                words < 4
                and not final
                and len(seg.pieces) == 1
                and _sentence_goes_on(text, seg, para)
            ):
                is_whole = False  # a title or slogan at a sentence start: a fragment
        seg.kind = QuoteKind.DIRECT if is_whole else QuoteKind.PARTIAL
        seg.attr = attr
        if is_whole and attr is not None and attr.cue is not None and attr.inherit is None:
            used_cues.add(attr.cue.start)
        if is_whole:
            # split quote: "Q1," he said, "Q2." / "Q1," she said. "Q2." The second part
            # may run on over paragraphs ("Q1," she said. "Q2 ⏎ "Q3."): all its pieces join.
            if (
                attr is not None
                and attr_end >= 0
                and nxt is not None
                and nxt.para == last.para
                and (nxt.close >= 0 or len(nxt.pieces) > 1)
                and nxt.open >= attr_end
                and not text[attr_end : nxt.open].strip(" ,.:;")
            ):
                tail = nxt.pieces[-1]
                nafter = None
                if tail.close >= 0:
                    nafter, _ = _after_attr(text, tail, para_by_index[tail.para], len(text))
                if nafter is None:
                    seg.pieces.extend(nxt.pieces)
                    seg.nested.extend(nxt.nested)
                    nxt.top = False
            wholes.append(seg)
        else:
            fragments.append(seg)
    # Reported speech.
    direct_spans = sorted(
        [
            (w.open, (w.pieces[-1].close if w.pieces[-1].close >= 0 else w.pieces[-1].end) + 1)
            for w in wholes
            if w.top
        ]
    )
    # Keep direct spans non-overlapping for bisect.
    merged = _merged_spans(direct_spans)
    starts = list(map(_SPAN_START, merged))
    frag_spans = sorted((f.open, f.close + 1) for f in fragments if f.close >= 0)
    q_merged = _merged_spans(sorted(merged + frag_spans))
    q_starts = list(map(_SPAN_START, q_merged))
    reported: list[_Reported] = []
    for index, cues in cues_by_para:
        para = para_by_index[index]
        early = ahead.get(index) if ahead else None
        if early is None:
            found = _reported(text, para, used_cues, q_merged, q_starts, cues, memo)
        else:
            found = early.kept(used_cues, q_merged, q_starts)
            found += _reported(text, para, used_cues, q_merged, q_starts, cues[early.done :], memo)
        if not merged:
            reported.extend(found)  # (no direct quote to overlap: each clause is kept)
        else:
            for rep in found:
                if not _overlaps_direct(rep, merged, starts):
                    reported.append(rep)  # noqa: PERF401 - clearer than a nested comprehension
        para_by_index.release(index)
        cues.clear()  # (read: its memory goes before the next paragraph's is read)
    # The paragraphs (their tokens) are not needed any more: freeing them now keeps
    # the garbage collector's full passes short on long texts.
    para_by_index.release_all()
    # Fragments: governed by a reported clause, a cue in the sentence, or dropped.
    kept_fragments: list[_Seg] = []
    marked_for: dict[int, list[Span]] = {}
    if fragments:  # (the clauses are sorted for them only)
        rep_sorted = sorted(reported, key=_START_OF)  # (the key and the list read in C)
        rep_starts = list(map(_START_OF, rep_sorted))
        for frag in fragments:
            i = bisect_right(rep_starts, frag.open) - 1
            host = None
            for r in rep_sorted[(i - 4 if i > 4 else 0) : i + 1][::-1]:
                if r.start <= frag.open and frag.close < r.end + 2:
                    host = r
                    break
            if host is not None:
                frag.attr = host.attr
                marked_for.setdefault(id(host), []).append(_span(frag.start, frag.end))
            if frag.attr is None and _nickname_mark(text, frag, para_by_index[frag.para]):
                continue  # "a trader known as "Sparky"": part of a name, not a quote
            kept_fragments.append(frag)  # with no cue, a scare quote or title: no attribution
    # (every whole is kept, as each had its kind set above: the test
    # ``w.top or w.kind is not None`` gave)
    objs = _in_text_order(wholes, kept_fragments, reported)
    entities: list[_Entity] = []
    previous: Attribution | None = None
    previous_obj: _Seg | _Reported | None = None  # the item ``previous`` was resolved for
    # Speakers are resolved in the order of their mentions, each raw attribution once
    # (``_Attr.resolved``: a fragment shares its host clause's), into ``resolved`` by
    # item (no dictionary keyed by object: a long text has hundreds of thousands).
    resolved: list[Attribution | None] = [None] * len(objs)
    positions = list(map(_item_attr_pos, objs))
    for index in sorted(range(len(objs)), key=positions.__getitem__):
        obj = objs[index]
        attr = obj.attr
        if attr is None:
            # follow-on: inherit from the immediately preceding attributed quote
            # (a fragment no cue governs, a scare quote, inherits nothing)
            # (the paragraphs are read only here, where they are compared)
            para_idx = obj.para if isinstance(obj, _Reported) else obj.pieces[0].para
            previous_para = (
                -10
                if previous_obj is None
                else previous_obj.para
                if isinstance(previous_obj, _Reported)
                else previous_obj.pieces[0].para
            )
            scare = isinstance(obj, _Seg) and obj.kind is QuoteKind.PARTIAL
            if previous is not None and para_idx - previous_para <= 1 and not scare:
                resolved[index] = _Attribution(
                    speaker=previous.speaker,
                    speaker_kind=previous.speaker_kind,
                    role=previous.role,
                    speaker_span=previous.speaker_span,
                )
            continue
        res = attr.resolved
        if res is None:
            res = attr.resolved = _resolve(text, attr, entities, previous)
            # (the mention is read: an attribution shared with a later item is resolved
            # already, and the mentions of a long text are not all kept to the end)
            attr.np = None
        resolved[index] = res
        previous = res
        previous_obj = obj
    # The quotes are built at once, from one column per field (``_quotes_built``): a
    # row per quote here (one append), turned into the columns by ``zip`` in C.
    rows: list[
        tuple[
            str,
            Span,
            QuoteKind,
            tuple[Span, ...],
            tuple[int, ...],
            tuple[Span, ...],
            Attribution | None,
        ]
    ] = []
    add = rows.append
    # The ``paragraphs`` of a one-paragraph quote: one tuple per paragraph, shared by
    # its quotes (equal, immutable: the same values with fewer objects to build, to
    # collect and to free).
    one_para = -1
    one_paras: tuple[int, ...] = ()
    for obj, res in zip(objs, resolved, strict=True):
        if isinstance(obj, _Reported):
            marked = marked_for.get(id(obj)) if marked_for else None
            start, end, in_para = obj.start, obj.end, obj.para
            kind = QuoteKind.MIXED if marked else QuoteKind.INDIRECT
            nested = tuple(marked) if marked else ()
        elif len(obj.pieces) == 1:
            # One piece (most quotes): the values the general case below gives, built
            # without its comprehensions (the join of one text is that text, and the
            # quote's span equals its one piece's, a frozen Span that may be shared).
            one = obj.pieces[0]
            if one.end <= one.start:
                continue
            start, end, in_para = one.start, one.end, one.para
            kind = obj.kind or QuoteKind.DIRECT
            nested = tuple(obj.nested)
        else:
            pieces = [_span(p.start, p.end) for p in obj.pieces if p.end > p.start]
            if not pieces:
                continue
            add(
                (
                    " ".join(text[p.start : p.end] for p in pieces),
                    _span(pieces[0].start, pieces[-1].end),
                    obj.kind or QuoteKind.DIRECT,
                    tuple(pieces),
                    tuple(sorted({p.para for p in obj.pieces})),
                    tuple(obj.nested),
                    res,
                )
            )
            continue
        # A quote of one span (a clause, a one-piece quote). ``_span(start, end)`` is
        # written out: no call of the builder per quote.
        span = _new(Span)
        _set_span_start(span, start)
        _set_span_end(span, end)
        if in_para != one_para:
            one_para = in_para
            one_paras = (one_para,)
        add((text[start:end], span, kind, (span,), one_paras, nested, res))
    if not rows:
        return ()
    return tuple(_quotes_built(*zip(*rows, strict=True)))


_START_OF = operator.attrgetter("start")
"""The start of a ``_Seg`` or a ``_Reported`` (read in C, as a sort key or by ``map``)."""

_TOP = operator.attrgetter("top")
"""Whether a ``_Seg`` is a quote of its own (not a piece of another)."""

_SPAN_START = operator.itemgetter(0)
_SPAN_END = operator.itemgetter(1)
"""The start and the end of a ``(start, end)`` pair."""


def _merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """
    Merge sorted ``(start, end)`` spans that overlap into one (end: the greater).

    When no span starts before the previous one ends (the common case, tested in C),
    nothing merges: the loop would append each span as it is, so they are returned.
    """
    if not any(map(operator.lt, map(_SPAN_START, spans[1:]), map(_SPAN_END, spans))):
        return spans
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _sentence_goes_on(text: str, seg: _Seg, para: _Para) -> bool:
    """Return whether words follow a sentence-initial quote in its sentence (a title)."""
    close = seg.pieces[-1].close
    if close < 0:
        return False
    _, e = para.sentence(close)
    rest = text[close + 1 : min(e, close + 200)].lstrip()
    if rest[:1] in {",", ":", ";", "—", "–", "-"}:
        return False  # '‹ Nous sommes prêts ›, a-t-il dit.': a quote and its attribution
    return any(ch.isalnum() for ch in rest)


_NICKNAME_BEFORE = regex.compile(
    r"(?:\bknown\s+as|\bnicknamed|\ba\.?k\.?a\.?)\s*$", regex.IGNORECASE
)
"""Words before a nickname in marks (``known as "Sparky"``)."""


def _nickname_mark(text: str, seg: _Seg, para: _Para) -> bool:
    """Return whether a fragment is a nickname (``a trader known as "Sparky"``)."""
    return _NICKNAME_BEFORE.search(text, max(para.start, seg.open - 20), seg.open) is not None


def _hard_end(text: str, seg: _Seg) -> bool:
    """Return whether a quote piece ends its sentence inside the marks (``... banks."``)."""
    return seg.end > seg.start and text[seg.end - 1] in ".!?"


def _in_text_order(
    wholes: list[_Seg], fragments: list[_Seg], clauses: list[_Reported]
) -> list[_Seg] | list[_Reported] | list[_Seg | _Reported]:
    """
    Return ``_attribute``'s quotes in text order (a stable sort by start and kind).

    At one start the whole quotes come first, then the fragments, then the clauses,
    each kind in its given order. Clauses alone, already in order (copy with no quote
    marks, read cue by cue), are returned as they are: the sort would give the same.
    """
    clause_starts = list(map(_START_OF, clauses))
    if not wholes and not fragments and all(map(operator.le, clause_starts, clause_starts[1:])):
        return clauses
    # (the (start, kind, quote) tuples zipped in C, sorted by a key read in C)
    items: list[tuple[int, int, _Seg | _Reported]] = []
    items.extend(zip(map(_START_OF, wholes), repeat(0), wholes))
    items.extend(zip(map(_START_OF, fragments), repeat(1), fragments))
    items.extend(zip(clause_starts, repeat(2), clauses))
    items.sort(key=_START_AND_KIND)
    return list(map(_OBJECT, items))


def _item_attr_pos(obj: _Seg | _Reported) -> int:
    """
    Order a quote of ``_attribute`` for speaker resolution.

    Where the attribution's mention is (or the quote, if it comes first), else the cue,
    else the quote.
    """
    attr = obj.attr
    if attr is None:
        return obj.start
    np = attr.np  # (each field read once)
    if np is not None:
        start = np.span.start
        return start if start < obj.start else obj.start
    cue = attr.cue
    return obj.start if cue is None else cue.start


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Return every quote and piece of reported speech in ``text``, in text order.

    Each line is a paragraph. Direct quotes keep the punctuation written inside the
    marks; reported clauses run to the end of the sentence without its final stop.

    Example:
        >>> import newsmodel
        >>> (quote,) = newsmodel.extract_quotes('"We will respond," Jane Roe said.')
        >>> quote.text, quote.kind.value, quote.speaker, quote.attribution.cue
        ('We will respond,', 'direct', 'Jane Roe', 'said')
        >>> newsmodel.extract_quotes('"Fine," she said.')[0].speaker is None
        True

    .. versionadded:: 0.1.0
    """
    text = require_str("extract_quotes", text)
    with collection_paused(len(text) >= PAUSE_GC_CHARS):
        return _quotes(text, _lines(text), spaced=True)


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the bounds of the non-blank lines of ``text``, without their outer spaces."""
    if "\r" in text:
        return [m.span() for m in _PARAGRAPH.finditer(text)]
    # The same with str methods, faster on ordinary copy (str.strip is _PARAGRAPH's \s).
    bounds = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            bounds.append((start, start + len(stripped)))
        pos += len(line) + 1
    return bounds
