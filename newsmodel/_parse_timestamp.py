"""Timestamp header parsing (placeholder interface; being implemented)."""

from __future__ import annotations

import datetime as dt

from newsmodel._text import require_str
from newsmodel._timestamp import Timestamp

__all__ = ["find_timestamps", "parse_timestamp", "scan_timestamps"]


def scan_timestamps(
    text: str,
    start: int,
    end: int,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> tuple[Timestamp, ...]:
    """Return the timestamps inside ``text[start:end]``, spans relative to ``text``."""
    del text, start, end, reference, outlet, default_tz
    return ()


def find_timestamps(
    text: str,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> tuple[Timestamp, ...]:
    """Return every timestamp in ``text``."""
    text = require_str("find_timestamps", text)
    return scan_timestamps(
        text, 0, len(text), reference=reference, outlet=outlet, default_tz=default_tz
    )


def parse_timestamp(
    text: str,
    *,
    reference: dt.datetime | None = None,
    outlet: str | None = None,
    default_tz: dt.tzinfo | str | None = None,
) -> Timestamp | None:
    """Return the first timestamp in ``text``, or None."""
    text = require_str("parse_timestamp", text)
    found = scan_timestamps(
        text, 0, len(text), reference=reference, outlet=outlet, default_tz=default_tz
    )
    return found[0] if found else None
