"""Pausing automatic garbage collection around the parsers' bulk work."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["PAUSE_GC_CHARS", "collection_paused"]

PAUSE_GC_CHARS = 50_000
"""Texts at least this long are parsed with automatic garbage collection paused."""


@contextmanager
def collection_paused(pause: bool) -> Iterator[None]:
    """
    Pause automatic garbage collection (if it is on and ``pause``) for the block.

    A long text makes the parsers build hundreds of thousands of short-lived tokens,
    noun phrases, spans and blocks; automatic collection would run again and again,
    each full pass traversing every object in the process (measured: 1.3 s of 2.4 s
    for 500,000 one-line paragraphs, a fifth of the time on 1 MB of "X said Y said").
    The parsers' objects are in no reference cycle (a test checks it), so they are
    freed as soon as they are dropped and the collector has nothing to free.

    What the block leaves alive is the result, long-lived by nature: it goes straight
    to the oldest generation (``gc.freeze`` then ``gc.unfreeze``, two constant-time
    moves) instead of being traversed by the first young collection after the pause,
    as every object made in the block would be (about 4 % of the time of a 10 MB
    parse). The young generations are collected first (a pass bounded by their few
    thousand objects), so what is moved is what the block made, and the caller's
    young garbage is freed as it would have been. The move is skipped if the caller
    has frozen objects (``gc.freeze`` before a fork): those stay frozen.

    Collection stays as the caller set it if it was off. While paused, collection is
    off for the whole process.

    Example:
        >>> import gc
        >>> with collection_paused(True):
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.collect(1)
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()
