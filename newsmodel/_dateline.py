"""Datelines: the place, date and agency that open wire copy."""

from __future__ import annotations

import datetime as dt

from attrs import field, frozen
from attrs.validators import and_, deep_iterable, ge, instance_of, le, optional

from newsmodel._base import Model, to_tuple
from newsmodel._span import Span

__all__ = ["Dateline"]


@frozen
class Dateline(Model):
    r"""
    The opening ``PLACE, DATE (AGENCY) -`` of a wire story.

    The date is the *local* date of the place, usually printed without a year;
    ``date`` is filled only when the year is printed or could be inferred from the
    article's timestamp or the caller's reference (preferring the past).

    Attributes:
        raw: the dateline as written, separator included.
        span: where ``raw`` is in the text.
        places: the cities, in order (``("BEIRUT", "THE HAGUE")``).
        region: the state, country or region (``"Wis."``, ``"Saudi Arabia"``, ``"India"``).
        date_text: the date as written (``"Nov. 24"``).
        month: the month printed, 1-12.
        day: the day printed, 1-31.
        date: the full date, when the year is known.
        agency: the agency in the dateline (``"Reuters"``, ``"Xinhua"``).
        separator: the separator as written (``"-"``, ``"--"``, ``"—"``, ``":"``), or None.
        place_span: span of the place part.
        date_span: span of ``date_text``.
        agency_span: span of the agency marker.

    Example:
        >>> import newsmodel
        >>> article = newsmodel.parse_article(
        ...     "Headline\n\nBEIJING, Nov. 24 (Xinhua) -- China said on Monday it would act."
        ... )
        >>> article.dateline.places, article.dateline.agency, article.dateline.day
        (('BEIJING',), 'Xinhua', 24)

    .. versionadded:: 0.1.0
    """

    raw: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    places: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )
    region: str | None = field(default=None, validator=optional(instance_of(str)))
    date_text: str | None = field(default=None, validator=optional(instance_of(str)))
    month: int | None = field(
        default=None, validator=optional(and_(instance_of(int), ge(1), le(12)))
    )
    day: int | None = field(default=None, validator=optional(and_(instance_of(int), ge(1), le(31))))
    date: dt.date | None = field(default=None, validator=optional(instance_of(dt.date)))
    agency: str | None = field(default=None, validator=optional(instance_of(str)))
    separator: str | None = field(default=None, validator=optional(instance_of(str)))
    place_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    date_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
    agency_span: Span | None = field(default=None, validator=optional(instance_of(Span)))
