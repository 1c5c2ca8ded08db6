"""Placeholder."""

from __future__ import annotations


def parse_dateline(text: str) -> None:
    """Placeholder."""
    del text
