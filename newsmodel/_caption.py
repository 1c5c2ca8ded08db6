"""Photo captions and their credits."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import and_, deep_iterable, instance_of, min_len, optional

from newsmodel._base import Model, to_tuple
from newsmodel._span import Span

__all__ = ["Caption", "Credit", "CreditKind"]


class CreditKind(str, enum.Enum):
    """
    What a credit credits: a photo, a file (archive) photo, an image, a video, or unknown.

    Example:
        >>> from newsmodel import CreditKind
        >>> CreditKind("file_photo") is CreditKind.FILE_PHOTO
        True

    .. versionadded:: 0.1.0
    """

    PHOTO = "photo"
    FILE_PHOTO = "file_photo"
    IMAGE = "image"
    VIDEO = "video"
    UNKNOWN = "unknown"


@frozen
class Credit(Model):
    """
    The credit line of a photo caption, split into its parts.

    Attributes:
        raw: the credit as written (``"/Reuters Photo"``, ``"REUTERS/Jane Roe/File Photo"``).
        span: where ``raw`` is in the text (in the caption occurrence it was read from).
        agency: the agency or organisation credited (``"Reuters"``), canonical spelling.
        photographers: people credited, as written.
        kind: photo, file photo, image, video or unknown.
        distributor: who distributed it (the part after ``via``: ``"Getty Images"``).
        pool: a pool photo.
        handout: a handout photo.

    Example:
        >>> from newsmodel import Credit, CreditKind, Span
        >>> Credit(raw="/Reuters Photo", span=Span(0, 14), agency="Reuters").kind
        <CreditKind.PHOTO: 'photo'>

    .. versionadded:: 0.1.0
    """

    raw: str = field(validator=and_(instance_of(str), min_len(1)))
    span: Span = field(validator=instance_of(Span))
    agency: str | None = field(default=None, validator=optional(instance_of(str)))
    photographers: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )
    kind: CreditKind = field(default=CreditKind.PHOTO, validator=instance_of(CreditKind))
    distributor: str | None = field(default=None, validator=optional(instance_of(str)))
    pool: bool = field(default=False, validator=instance_of(bool))
    handout: bool = field(default=False, validator=instance_of(bool))


@frozen
class Caption(Model):
    """
    A photo caption, merged over every place it occurs in the text.

    A caption scraped twice is *one* Caption with two ``spans``. ``text`` is the
    caption without its credit; ``text_span`` is where that text was read from.

    Attributes:
        text: the caption text, without the credit.
        text_span: the span of ``text`` (in the occurrence it was taken from).
        spans: every occurrence, each covering caption text and credit, in text order.
        credit: the credit, when one is printed.

    Example:
        >>> import newsmodel
        >>> from pathlib import Path
        >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
        >>> article = newsmodel.parse_article(seed)
        >>> caption = article.captions[0]
        >>> caption.credit.agency, len(caption.spans)
        ('Reuters', 2)

    .. versionadded:: 0.1.0
    """

    text: str = field(validator=instance_of(str))
    text_span: Span = field(validator=instance_of(Span))
    spans: tuple[Span, ...] = field(
        converter=to_tuple, validator=[deep_iterable(instance_of(Span)), min_len(1)]
    )
    credit: Credit | None = field(default=None, validator=optional(instance_of(Credit)))
