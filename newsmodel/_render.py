"""The canonical plain-text rendering of an Article."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmodel._article import Article

__all__ = ["render_article"]


def render_article(article: Article) -> str:
    """
    Return ``article`` as canonical text: one block group per line, blank lines between.

    Blocks that shared a line in the input (a dateline and its paragraph, a byline and
    a timestamp, a timestamp run into the next words) stay on one line separated by the
    original spacing, if any; every other
    boundary becomes one blank line; surrounding whitespace is dropped. Rendering is
    idempotent: rendering the parse of a rendering gives the same text.
    """
    text = article.text
    parts: list[str] = []
    previous_end: int | None = None
    for block in article.blocks:
        start, end = block.span.start, block.span.end
        if previous_end is not None:
            gap = text[previous_end:start]
            parts.append(gap if "\n" not in gap and "\r" not in gap else "\n\n")
        parts.append(text[start:end].replace("\r\n", "\n").replace("\r", "\n"))
        previous_end = end
    return "".join(parts)
