"""Placeholder."""

from __future__ import annotations

from newsmodel._article import Article


def parse_article(text: str) -> Article:
    """Placeholder."""
    return Article(text=text)
