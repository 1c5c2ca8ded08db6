"""The Article: every part of a piece of news copy, with spans into the original text."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._base import Model, to_tuple
from newsmodel._byline import Byline
from newsmodel._caption import Caption
from newsmodel._dateline import Dateline
from newsmodel._quote import Quote
from newsmodel._span import Span
from newsmodel._timestamp import Timestamp, TimestampKind

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Article", "Block", "BlockKind", "Paragraph"]


class BlockKind(str, enum.Enum):
    """
    The kind of a top-level block of an article.

    Every character of the input that is not whitespace between blocks belongs to
    exactly one block; text the parser cannot classify is ``UNCLASSIFIED``, never dropped.

    Example:
        >>> from newsmodel import BlockKind
        >>> [kind.value for kind in BlockKind][:4]
        ['headline', 'timestamp', 'outlet', 'byline']

    .. versionadded:: 0.1.0
    """

    HEADLINE = "headline"
    TIMESTAMP = "timestamp"
    OUTLET = "outlet"
    BYLINE = "byline"
    DATELINE = "dateline"
    CAPTION = "caption"
    PARAGRAPH = "paragraph"
    FOOTER = "footer"
    BOILERPLATE = "boilerplate"
    UNCLASSIFIED = "unclassified"


@frozen
class Block(Model):
    r"""
    A top-level region of the input text and what it was classified as.

    Attributes:
        kind: what the region is.
        span: where it is; ``article.text[span.start:span.end]`` is its text.

    Example:
        >>> import newsmodel
        >>> article = newsmodel.parse_article("Headline\n\nFirst paragraph.")
        >>> [(b.kind.value, article.block_text(b)) for b in article.blocks]
        [('headline', 'Headline'), ('paragraph', 'First paragraph.')]

    .. versionadded:: 0.1.0
    """

    kind: BlockKind = field(validator=instance_of(BlockKind))
    span: Span = field(validator=instance_of(Span))


@frozen
class Paragraph(Model):
    r"""
    A body paragraph.

    ``text`` is exactly ``article.text[span.start:span.end]``: the paragraph as
    written, with a leading dateline split off into ``Article.dateline`` and the
    surrounding whitespace excluded.

    Attributes:
        text: the paragraph text.
        span: where it is in ``Article.text``.

    Example:
        >>> import newsmodel
        >>> newsmodel.parse_article("Headline\n\nFirst paragraph.").paragraphs[0].text
        'First paragraph.'

    .. versionadded:: 0.1.0
    """

    text: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))


@frozen
class Article(Model):
    """
    A parsed piece of news copy.

    ``text`` is the input kept whole; every other field points back into it with
    spans. ``blocks`` partitions the text: each character is in exactly one block or
    in the whitespace between blocks (see :meth:`check`).

    Attributes:
        text: the original input.
        headline: the headline, if one was found.
        timestamps: the header timestamps, in text order.
        outlet: the outlet named in the header (``"CGTN"``), if any.
        byline: the byline, if any.
        dateline: the dateline opening the body, if any.
        captions: the photo captions, duplicates merged.
        paragraphs: the body paragraphs.
        quotes: quotes and reported speech in the body.
        sources: the sources named in footers (``Source(s): Reuters``).
        credits: sign-off credit lines (``Reporting by ...; Editing by ...``).
        corrections: correction notes (``This story has been corrected to ...``).
        blocks: every top-level block, in text order.

    Example:
        >>> import newsmodel
        >>> from pathlib import Path
        >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
        >>> article = newsmodel.parse_article(seed)
        >>> article.headline
        'Syrian army enters rebel-held northwestern town in latest advance'
        >>> article.outlet, article.sources, len(article.paragraphs)
        ('CGTN', ('Reuters',), 8)

    .. versionadded:: 0.1.0
    """

    text: str = field(validator=instance_of(str))
    headline: str | None = field(default=None, validator=optional(instance_of(str)))
    timestamps: tuple[Timestamp, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Timestamp))
    )
    outlet: str | None = field(default=None, validator=optional(instance_of(str)))
    byline: Byline | None = field(default=None, validator=optional(instance_of(Byline)))
    dateline: Dateline | None = field(default=None, validator=optional(instance_of(Dateline)))
    captions: tuple[Caption, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Caption))
    )
    paragraphs: tuple[Paragraph, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Paragraph))
    )
    quotes: tuple[Quote, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Quote))
    )
    sources: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )
    credits: tuple[Byline, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Byline))
    )
    corrections: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )
    blocks: tuple[Block, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Block))
    )

    @property
    def published(self) -> Timestamp | None:
        r"""
        The first timestamp marked published, else the first unmarked one, else None.

        Example:
            >>> import newsmodel
            >>> newsmodel.parse_article("Title\nPublished 10 April 2020\n\nBody.").published.raw
            'Published 10 April 2020'
        """
        unknown = None
        for stamp in self.timestamps:
            if stamp.kind is TimestampKind.PUBLISHED:
                return stamp
            if stamp.kind is TimestampKind.UNKNOWN and unknown is None:
                unknown = stamp
        return unknown

    @property
    def updated(self) -> Timestamp | None:
        """
        The last timestamp marked updated, or None.

        Example:
            >>> import newsmodel
            >>> from pathlib import Path
            >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
            >>> article = newsmodel.parse_article(seed)
            >>> article.updated.raw
            'Updated 12:32, 07-Feb-2020'
        """
        found = None
        for stamp in self.timestamps:
            if stamp.kind is TimestampKind.UPDATED:
                found = stamp
        return found

    @property
    def unclassified(self) -> tuple[str, ...]:
        """
        The text of every block the parser could not classify.

        Example:
            >>> import newsmodel
            >>> newsmodel.parse_article("").unclassified
            ()
        """
        return tuple(self.block_text(b) for b in self.blocks if b.kind is BlockKind.UNCLASSIFIED)

    def block_text(self, block: Block) -> str:
        r"""
        Return the text of ``block``.

        Example:
            >>> import newsmodel
            >>> article = newsmodel.parse_article("Headline\n\nBody.")
            >>> article.block_text(article.blocks[0])
            'Headline'
        """
        return self.text[block.span.start : block.span.end]

    def iter_blocks(self) -> Iterator[tuple[Block, str]]:
        r"""
        Yield each block with its text, in order.

        Example:
            >>> import newsmodel
            >>> [text for _, text in newsmodel.parse_article("A\n\nB.").iter_blocks()]
            ['A', 'B.']
        """
        for block in self.blocks:
            yield block, self.text[block.span.start : block.span.end]

    def check(self) -> None:
        """
        Verify the article's invariants, raising :class:`InvariantError` listing every violation.

        Checked: every span is inside ``text``; blocks are ordered and do not overlap;
        everything between blocks is whitespace (nothing lost); each element's text is
        the slice at its span (paragraphs, timestamps, captions, credits, bylines,
        datelines, quote pieces).

        Example:
            >>> import newsmodel
            >>> from pathlib import Path
            >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
            >>> newsmodel.parse_article(seed).check()
        """
        from newsmodel._exceptions import InvariantError
        from newsmodel._invariants import article_problems

        problems = article_problems(self)
        if problems:
            raise InvariantError(problems)

    def render(self) -> str:
        r"""
        Return the canonical plain-text rendering of the article.

        The header lines, captions, body and footers are written one block per line
        group, in order; parsing the rendering gives back an equal article (apart from spans).

        Example:
            >>> import newsmodel
            >>> print(newsmodel.parse_article("Title\n\n\n  Body text.  ").render())
            Title
            <BLANKLINE>
            Body text.
        """
        from newsmodel._render import render_article

        return render_article(self)
