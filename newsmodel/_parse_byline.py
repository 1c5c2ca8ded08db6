"""Placeholder."""

from __future__ import annotations


def parse_byline(text: str) -> None:
    """Placeholder."""
    del text
