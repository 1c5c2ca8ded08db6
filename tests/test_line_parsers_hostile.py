"""The line-level wire parsers on hostile input: they return, and what they return points into the text.

How long they take is measured by ``bench/scaling.py``, not asserted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest

from newsmodel import Span
from newsmodel._parse_byline import match_byline
from newsmodel._parse_credit import split_credit
from newsmodel._parse_dateline import match_dateline
from newsmodel._parse_footer import match_footer

if TYPE_CHECKING:
    from collections.abc import Callable

HOSTILE = {
    "1 MB without spaces": "A" * 1_000_000,
    "one place name repeated": "KATHMANDU " * 100_000,
    "slashes everywhere": "A/" * 500_000,
    "brackets": "(" * 500_000 + ")" * 500_000,
    "a byline that never ends": "By " + "Jane Roe, " * 100_000,
    "a caption repeated 10,000 times": "A man walks, May 1, 2020. /Reuters Photo " * 10_000,
    "spaces": " " * 1_000_000,
}

PARSERS: dict[str, Callable[[str, int, int], object]] = {
    "match_byline": match_byline,
    "split_credit": split_credit,
    "match_dateline": match_dateline,
    "match_footer": match_footer,
}


def _spans(value: object) -> list[Span]:
    """Return every Span inside ``value`` (attrs objects and tuples, recursively)."""
    if isinstance(value, Span):
        return [value]
    if attrs.has(type(value)):
        return [s for f in attrs.fields(type(value)) for s in _spans(getattr(value, f.name))]
    if isinstance(value, tuple):
        return [s for item in value for s in _spans(item)]
    return []


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_line(parser: Callable[[str, int, int], object], text: str) -> None:
    """A 1 MB hostile line gives a result whose spans all lie inside the text."""
    result = parser(text, 0, len(text))
    assert all(span.end <= len(text) for span in _spans(result))


@pytest.mark.parametrize("parser", PARSERS.values(), ids=PARSERS.keys())
def test_many_short_lines(parser: Callable[[str, int, int], object]) -> None:
    """20,000 short lines, each parsed on its own range, stay inside their own line."""
    line = "TOKYO - A/B (AP) Reuter"
    text = f"{line}\n" * 20_000
    results = {}
    for number in range(20_000):
        start = number * (len(line) + 1)
        result = parser(text, start, start + len(line))
        assert all(start <= s.start and s.end <= start + len(line) for s in _spans(result))
        results[repr(type(result))] = result
    assert len(results) == 1
