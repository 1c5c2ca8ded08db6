"""
Objects the parsers build with trusted construction (no validators) obey the public rules.

The parsers build spans, quotes and attributions without running the attrs validators
(newsmodel._base.trusted_constructor, _parse_quotes._span) because their offsets and
values are correct by construction; this test rebuilds every object of parsed articles
with ``attrs.evolve``, which runs every converter and validator, and checks that nothing
is rejected and nothing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsmodel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from _corpus import article, quote_dense  # noqa: E402

TEXTS = {
    "seed": (ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt").read_text(encoding="utf-8"),
    "generated": article(20_000, seed=3),
    **{
        p.stem: p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))
    },
}


def _revalidate(obj: Any) -> int:
    """Rebuild every attrs object under ``obj`` through its validators; return how many."""
    count = 0
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            count += _revalidate(getattr(obj, field.name))
        assert attrs.evolve(obj) == obj
        count += 1
    elif isinstance(obj, tuple):
        for item in obj:
            count += _revalidate(item)
    return count


@pytest.mark.parametrize("name", list(TEXTS))
def test_parsed_articles_pass_every_validator(name: str) -> None:
    parsed = newsmodel.parse_article(TEXTS[name])
    assert _revalidate(parsed) > 0


def test_extracted_quotes_pass_every_validator() -> None:
    quotes = newsmodel.extract_quotes(quote_dense(20_000))
    assert quotes
    assert _revalidate(quotes) > len(quotes)
