r"""An optional normalisation step for messy copy, in the manner of ftfy's ``fix_and_explain``.

The parsers read messy text as it is and never need this step; it exists for users
who want cleaner *output* (headlines without ``&amp;``, paragraphs without ``â€™``).
Because it changes the text, spans of an article parsed from the normalised text
point into the normalised text, not into the original.

Each fix is a pure ``str -> str`` function, applied in this order, and can be
switched off by its keyword:

``html_entities``
    Entity-shaped substrings (``&amp;``, ``&#8217;``, ``&#x2019;``, ``&nbsp;``) become
    the characters they name (:func:`html.unescape`, one match at a time). Only a
    complete reference with its ``;`` is touched: a bare ``&`` (``AT&T``, ``R&D``),
    an unknown name (``&nosuch;``) and a reference to an impossible code point
    (``&#0;``, ``&#xD800;``) are left alone. One layer is decoded per call.
``mojibake``
    UTF-8 that was decoded as cp1252 or latin-1 (``â€™`` for ``’``, ``Ã©`` for ``é``,
    ``Â\xa0`` for a no-break space). Only *mojibake-shaped* sequences are looked at: a
    character standing for a UTF-8 lead byte followed by the right number of
    characters standing for continuation bytes. Each such sequence is re-encoded to
    bytes (cp1252, falling back to latin-1 for the five bytes cp1252 leaves undefined,
    such as the ``\x9d`` in ``â€\x9d``) and decoded as UTF-8; it is replaced only if
    that succeeds *and* the result is a character mojibake usually hides (Latin
    letters and symbols, Greek, Cyrillic, Hebrew, Arabic, general punctuation,
    currency and letterlike symbols, CJK, Hangul, emoji). Text that does not
    round-trip is left untouched, so ``CAFÉ”`` (which would "decode" to ``CAFɔ``)
    stays as written. ``Â`` directly before a plain space (a no-break space that was
    mangled and then turned into a space) is dropped unless it follows a capital letter.
    One layer of mojibake is repaired per call.
``line_endings``
    ``\r\n`` and ``\r`` become ``\n``; form feeds, vertical tabs and the Unicode line
    and paragraph separators (U+2028, U+2029) become ``\n`` too.
``spaces``
    No-break spaces (U+00A0, U+202F) and the other Unicode space separators (U+1680,
    U+2000..U+200A, U+205F, U+3000) become a plain space. Tabs are kept.
``quotes`` (off by default)
    Curly quotes become straight ones: ``‘ ’ ‚ ‛`` -> ``'`` and ``“ ” „ ‟`` -> ``"``.
    Guillemets and primes are kept.
``zero_width``
    Zero-width spaces, word joiners and byte order marks (U+200B, U+2060, U+FEFF) are
    removed. Zero-width joiners and non-joiners (U+200D, U+200C) are removed too, except
    between two non-ASCII characters that are not spaces, where they carry meaning
    (emoji sequences, Persian and Indic scripts).

Every fix is linear in the length of the text (regexes compiled once, no nested
repetition) and :func:`normalize_text` never raises on a ``str``, including one with
lone surrogates.
"""

from __future__ import annotations

import contextlib
import html
import re
from typing import TYPE_CHECKING

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of

from newsmodel._text import require_str

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Normalized", "normalize_and_explain", "normalize_text"]


@frozen
class Normalized:
    r"""The result of :func:`normalize_and_explain`: the text and the fixes that changed it.

    Attributes:
        text: the normalised text.
        steps: the names of the fixes that changed something, in the order applied
            (``"html_entities"``, ``"mojibake"``, ``"line_endings"``, ``"spaces"``,
            ``"quotes"``, ``"zero_width"``); empty when the text was already clean.

    Example:
        >>> import newsmodel
        >>> newsmodel.normalize_and_explain("Tom &amp; Jerry\r\n")
        Normalized(text='Tom & Jerry\n', steps=('html_entities', 'line_endings'))

    .. versionadded:: 0.1.0
    """

    text: str = field(validator=instance_of(str))
    steps: tuple[str, ...] = field(validator=deep_iterable(instance_of(str)))


# -- html_entities ------------------------------------------------------------------------

# A complete character reference, with its semicolon (HTML 5 "character references").
_ENTITY = re.compile(
    r"""
    &(?:
        \#[0-9]{1,8};                 # decimal reference: &#8217;
      | \#[xX][0-9a-fA-F]{1,7};       # hexadecimal reference: &#x2019;
      | [A-Za-z][A-Za-z0-9]{1,31};    # named reference: &amp; &nbsp; &eacute;
    )
    """,
    re.VERBOSE,
)


def _unescape_one(match: re.Match[str]) -> str:
    entity = match.group()
    if entity[1] == "#":
        digits = entity[2:-1]
        number = int(digits[1:], 16) if digits[:1] in "xX" else int(digits)
        # Leave references to impossible code points (NUL, surrogates, beyond Unicode)
        # as written instead of turning them into U+FFFD.
        if number == 0 or 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
            return entity
    return html.unescape(entity)


def fix_html_entities(text: str) -> str:
    """Decode entity-shaped substrings (``&amp;`` ``&#8217;`` ``&#x2019;``), never a bare ``&``."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_unescape_one, text)


# -- mojibake ---------------------------------------------------------------------------------


def _byte_table() -> dict[str, int]:
    """Map each character a cp1252/latin-1 decoder produces for bytes 0x80..0xFF to its byte."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte  # latin-1 (and the C1 controls cp1252 leaves undefined)
        # 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252; latin-1 covers them.
        with contextlib.suppress(UnicodeDecodeError):
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_TO_BYTE = _byte_table()


def _char_class(low: int, high: int) -> str:
    chars = sorted(char for char, byte in _TO_BYTE.items() if low <= byte <= high)
    return "[" + "".join(re.escape(char) for char in chars) + "]"


_CONT = _char_class(0x80, 0xBF)  # characters standing for UTF-8 continuation bytes
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}"  # a 2-byte sequence: Ã© -> é
    f"|[\u00e0-\u00ef]{_CONT}{_CONT}"  # a 3-byte sequence: â€™ -> ’
    f"|[\u00f0-\u00f4]{_CONT}{_CONT}{_CONT}"  # a 4-byte sequence: ðŸ˜€ -> 😀
)
# "Â" left over from a mangled no-break space that later became a plain space: "10Â km".
_STRAY_A_CIRCUMFLEX = re.compile(r"(?<![A-Z\u00c0-\u00de])\u00c2(?= )")

# Code points mojibake usually hides; a "repair" to anything else is taken as a false alarm.
_PLAUSIBLE = (
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x04FF),  # Cyrillic
    (0x05D0, 0x05EA),  # Hebrew letters
    (0x0600, 0x06FF),  # Arabic
    (0x2000, 0x206F),  # General Punctuation (’ “ ” – — … and zero-width characters)
    (0x20A0, 0x20CF),  # Currency Symbols (€)
    (0x2100, 0x214F),  # Letterlike Symbols (™)
    (0x3000, 0x30FF),  # CJK punctuation, Hiragana, Katakana
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xFEFF, 0xFEFF),  # byte order mark
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)


def _plausible(char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in _PLAUSIBLE)


def _repair_one(match: re.Match[str]) -> str:
    sequence = match.group()
    data = bytes(_TO_BYTE[char] for char in sequence)
    try:
        repaired = data.decode("utf-8")
    except UnicodeDecodeError:
        return sequence
    return repaired if _plausible(repaired) else sequence


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 read as cp1252/latin-1 (``â€™`` -> ``’``, ``Ã©`` -> ``é``), conservatively."""
    if text.isascii():
        return text
    text = _MOJIBAKE.sub(_repair_one, text)
    return _STRAY_A_CIRCUMFLEX.sub("", text)


# -- zero_width --------------------------------------------------------------------------

_ZERO_WIDTH_RUN = re.compile("[\u200b\u200c\u200d\u2060\ufeff]+")
_ALWAYS_REMOVED = re.compile("[\u200b\u2060\ufeff]")


def _joins(char: str) -> bool:
    """Whether a ZWJ/ZWNJ next to ``char`` may carry meaning (non-ASCII, not a space)."""
    return not char.isascii() and not char.isspace()


def fix_zero_width(text: str) -> str:
    """Remove zero-width spaces, word joiners and BOMs; keep ZWJ/ZWNJ between non-ASCII."""
    if text.isascii():
        return text

    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        joined = start > 0 and end < len(text) and _joins(text[start - 1]) and _joins(text[end])
        return _ALWAYS_REMOVED.sub("", match.group()) if joined else ""

    return _ZERO_WIDTH_RUN.sub(replace, text)


# -- line_endings ------------------------------------------------------------------------------

_LINE_BREAK = re.compile("\r\n|[\r\f\v\u2028\u2029]")


def fix_line_endings(text: str) -> str:
    r"""Turn ``\r\n``, ``\r``, form feeds, vertical tabs, U+2028 and U+2029 into ``\n``."""
    return _LINE_BREAK.sub("\n", text)


# -- spaces ----------------------------------------------------------------------------------

_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def fix_spaces(text: str) -> str:
    """Turn no-break spaces and the other Unicode space separators into a plain space."""
    if text.isascii():
        return text
    return _SPACE.sub(" ", text)


# -- quotes ----------------------------------------------------------------------------------

_STRAIGHTEN = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
)


def fix_quotes(text: str) -> str:
    """Turn curly single and double quotes into straight ones."""
    return text.translate(_STRAIGHTEN)


# Zero-width characters go last: whether a joiner stays depends on its final neighbours.
_FIXES: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("html_entities", fix_html_entities),
    ("mojibake", fix_mojibake),
    ("line_endings", fix_line_endings),
    ("spaces", fix_spaces),
    ("quotes", fix_quotes),
    ("zero_width", fix_zero_width),
)


def normalize_and_explain(
    text: str,
    *,
    line_endings: bool = True,
    spaces: bool = True,
    zero_width: bool = True,
    html_entities: bool = True,
    mojibake: bool = True,
    quotes: bool = False,
) -> Normalized:
    r"""Normalise messy copy and say which fixes changed it.

    The fixes, their order and what each one touches are described in the module
    documentation and in ``docs/reliability.md``. Each keyword switches one fix on or off.

    Args:
        text: the copy.
        line_endings: ``\r\n``, ``\r``, form feeds and vertical tabs to ``\n``.
        spaces: no-break and other Unicode spaces to a plain space.
        zero_width: remove zero-width spaces, joiners and byte order marks.
        html_entities: decode ``&amp;``, ``&#8217;``, ``&#x2019;``, ``&nbsp;`` ...
        mojibake: repair UTF-8 read as cp1252/latin-1 (``â€™``, ``Ã©``).
        quotes: straighten curly quotes (off by default).

    Returns:
        The normalised text and the names of the fixes that changed it, in order.

    Raises:
        InputTypeError: ``text`` is not a str (never for any str).

    Example:
        >>> import newsmodel
        >>> result = newsmodel.normalize_and_explain("Itâ€™s\u00a0done &amp; dusted")
        >>> result.text, result.steps
        ('It’s done & dusted', ('html_entities', 'mojibake', 'spaces'))

    .. versionadded:: 0.1.0
    """
    text = require_str("normalize_and_explain", text)
    enabled = {
        "html_entities": html_entities,
        "mojibake": mojibake,
        "line_endings": line_endings,
        "spaces": spaces,
        "quotes": quotes,
        "zero_width": zero_width,
    }
    steps: list[str] = []
    for name, fix in _FIXES:
        if not enabled[name]:
            continue
        fixed = fix(text)
        if fixed != text:
            steps.append(name)
            text = fixed
    return Normalized(text=text, steps=tuple(steps))


def normalize_text(
    text: str,
    *,
    line_endings: bool = True,
    spaces: bool = True,
    zero_width: bool = True,
    html_entities: bool = True,
    mojibake: bool = True,
    quotes: bool = False,
) -> str:
    r"""Return messy copy with line endings, spaces, entities and mojibake normalised.

    This step is optional: every parser reads messy copy as it is. Use it when you want
    clean text in the results; spans then point into the normalised text. See
    :func:`normalize_and_explain` for the keywords and the fixes applied.

    Raises:
        InputTypeError: ``text`` is not a str (never for any str).

    Example:
        >>> import newsmodel
        >>> newsmodel.normalize_text("CafÃ© â€œopenâ€\x9d\r\n")
        'Café “open”\n'
        >>> newsmodel.normalize_text("“Hi,” she said", quotes=True)
        '"Hi," she said'

    .. versionadded:: 0.1.0
    """
    text = require_str("normalize_text", text)
    return normalize_and_explain(
        text,
        line_endings=line_endings,
        spaces=spaces,
        zero_width=zero_width,
        html_entities=html_entities,
        mojibake=mojibake,
        quotes=quotes,
    ).text
