"""Placeholder."""

from __future__ import annotations


def parse_credit(text: str) -> None:
    """Placeholder."""
    del text
