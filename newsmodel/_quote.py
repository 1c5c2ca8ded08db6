"""Quotes, reported speech, and who said them."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import and_, deep_iterable, ge, instance_of, min_len, optional

from newsmodel._base import Model, to_tuple
from newsmodel._span import Span

__all__ = ["Attribution", "Quote", "QuoteKind", "SpeakerKind"]


class QuoteKind(str, enum.Enum):
    """
    The form a quote takes in the text.

    ``DIRECT``: a whole quoted sentence or more; ``PARTIAL``: a quoted fragment inside
    a sentence; ``INDIRECT``: reported speech without marks (``X said that ...``);
    ``MIXED``: reported speech containing a quoted fragment.

    Example:
        >>> from newsmodel import QuoteKind
        >>> QuoteKind("partial") is QuoteKind.PARTIAL
        True

    .. versionadded:: 0.1.0
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    MIXED = "mixed"


class SpeakerKind(str, enum.Enum):
    """
    Who a speaker is: a person, an organisation (a ministry, a state), a group or unknown.

    Example:
        >>> from newsmodel import SpeakerKind
        >>> SpeakerKind.ORGANISATION.value
        'organisation'

    .. versionadded:: 0.1.0
    """

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    UNKNOWN = "unknown"


@frozen
class Attribution(Model):
    """
    Who said a quote, how the text refers to them, and the cue that says so.

    Attributes:
        speaker: the speaker as a reader names them: a person's full name
            (``"Mevlut Cavusoglu"``) or an organisation (``"Kremlin"``); None when
            the mention could not be resolved to a name.
        speaker_kind: person, organisation, group or unknown.
        role: the title given with the name (``"Kremlin spokesman"``), if any.
        mention: the source as written near the quote (``"he"``, ``"the ministry"``).
        mention_span: where ``mention`` is.
        speaker_span: the span of the mention that names the speaker in full.
        cue: the cue as written (``"said"``, ``"told reporters"``, ``"according to"``).
        cue_span: where ``cue`` is.

    Example:
        >>> import newsmodel
        >>> (quote,) = newsmodel.extract_quotes('"We will respond," Jane Roe said.')
        >>> quote.attribution.speaker, quote.attribution.cue
        ('Jane Roe', 'said')

    .. versionadded:: 0.1.0
    """

    speaker: str | None = field(validator=optional(instance_of(str)))
    speaker_kind: SpeakerKind = field(
        default=SpeakerKind.UNKNOWN, validator=instance_of(SpeakerKind)
    )
    role: str | None = field(default=None, validator=optional(instance_of(str)))
    mention: str | None = field(default=None, validator=optional(instance_of(str)))
    mention_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    speaker_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    cue: str | None = field(default=None, validator=optional(instance_of(str)))
    cue_span: Span | None = field(default=None, validator=optional(instance_of(Span)))


@frozen
class Quote(Model):
    """
    A quote or a piece of reported speech, with its attribution.

    ``spans`` holds one content span per piece (a quote split by ``he said`` or run
    over several paragraphs has several); ``span`` runs from the first piece's start
    to the last piece's end. ``text`` is the pieces joined with a single space, so for
    a one-piece quote ``text == article.text[span.start:span.end]``.

    Attributes:
        text: the content, without the quote marks.
        span: from the start of the first piece to the end of the last.
        kind: direct, partial, indirect or mixed.
        spans: the content pieces, in order.
        paragraphs: indexes of the paragraphs it spans: into ``Article.paragraphs``
            for an article, into the text's non-empty lines for ``extract_quotes``.
        marked: spans of the quoted fragments inside a mixed quote, and of quotes
            nested inside a direct one.
        attribution: who said it, or None (a scare quote, an orphan quote).

    Example:
        >>> import newsmodel
        >>> (quote,) = newsmodel.extract_quotes('"We will respond," Jane Roe said.')
        >>> quote.text, quote.kind.value
        ('We will respond,', 'direct')

    .. versionadded:: 0.1.0
    """

    text: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    kind: QuoteKind = field(validator=instance_of(QuoteKind))
    spans: tuple[Span, ...] = field(
        converter=to_tuple, validator=[deep_iterable(instance_of(Span)), min_len(1)]
    )
    paragraphs: tuple[int, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(and_(instance_of(int), ge(0)))
    )
    marked: tuple[Span, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Span))
    )
    attribution: Attribution | None = field(
        default=None, validator=optional(instance_of(Attribution))
    )

    @property
    def speaker(self) -> str | None:
        """
        The attributed speaker's name, or None.

        Example:
            >>> import newsmodel
            >>> newsmodel.extract_quotes('"Fine," she said.')[0].speaker is None
            True
        """
        return self.attribution.speaker if self.attribution else None
