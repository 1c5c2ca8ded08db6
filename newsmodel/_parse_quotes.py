"""Quote extraction and attribution (placeholder interface; being implemented)."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel._quote import Quote
from newsmodel._span import Span
from newsmodel._text import require_str

__all__ = ["extract_quotes", "quotes_in_paragraphs"]


def quotes_in_paragraphs(text: str, paragraphs: Sequence[Span]) -> tuple[Quote, ...]:
    """Return the quotes inside the paragraph spans; ``Quote.paragraphs`` index ``paragraphs``."""
    del text, paragraphs
    return ()


def extract_quotes(text: str) -> tuple[Quote, ...]:
    """Return every quote in ``text``."""
    text = require_str("extract_quotes", text)
    return quotes_in_paragraphs(text, [Span(0, len(text))] if text.strip() else [])
