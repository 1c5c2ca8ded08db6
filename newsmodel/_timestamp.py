"""The Timestamp type: a header time as printed, with its zone's provenance."""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._base import Model, to_tuple
from newsmodel._span import Span

__all__ = ["Precision", "Timestamp", "TimestampKind", "ZoneSource"]


class TimestampKind(str, enum.Enum):
    """
    What a timestamp stamps, from the words printed before it.

    ``Updated``, ``Last Updated``, ``Last modified`` give ``UPDATED``; ``Published``,
    ``First published``, ``Posted``, ``Created`` give ``PUBLISHED``; a bare time is ``UNKNOWN``.

    Example:
        >>> from newsmodel import TimestampKind
        >>> TimestampKind("updated") is TimestampKind.UPDATED
        True

    .. versionadded:: 0.1.0
    """

    PUBLISHED = "published"
    UPDATED = "updated"
    UNKNOWN = "unknown"


class Precision(str, enum.Enum):
    """
    The finest unit the text states (a date alone is ``DAY``; ``12:32`` is ``MINUTE``).

    Example:
        >>> from newsmodel import Precision
        >>> Precision.MINUTE.value
        'minute'

    .. versionadded:: 0.1.0
    """

    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"


class ZoneSource(str, enum.Enum):
    """
    Where a timestamp's zone came from.

    ``STATED``: written in the text (``GMT+8``, ``EDT``); ``OUTLET``: the outlet's home
    zone, assumed for a label-less line; ``DEFAULT``: the caller's ``default_tz``;
    ``NONE``: no zone is known and the value is naive.

    Example:
        >>> from newsmodel import ZoneSource
        >>> ZoneSource.OUTLET.value
        'outlet'

    .. versionadded:: 0.1.0
    """

    STATED = "stated"
    OUTLET = "outlet"
    DEFAULT = "default"
    NONE = "none"


def _check_value(instance: Timestamp, _attribute: object, value: dt.datetime | None) -> None:
    if value is None:
        return
    aware = value.tzinfo is not None and value.utcoffset() is not None
    if aware and instance.zone_source is ZoneSource.NONE:
        msg = (
            "Timestamp.value is timezone-aware but zone_source is NONE; "
            "say where the zone came from"
        )
        raise ValueError(msg)
    if not aware and instance.zone_source is not ZoneSource.NONE:
        msg = f"Timestamp.value is naive but zone_source is {instance.zone_source.value!r}"
        raise ValueError(msg)


@frozen
class Timestamp(Model):
    """
    A date and time printed in news copy, kept as the wall time the text shows.

    ``value`` is timezone-aware when the text states a zone or one is assumed (and
    ``zone_source`` says which); otherwise it is naive. A relative time
    (``Updated 3 hours ago``) keeps its amount in ``relative`` and has a ``value`` only
    when it was resolved against a caller's ``reference``.

    Attributes:
        kind: published, updated or unknown.
        value: the wall time as printed, or None for an unresolved relative time.
        raw: the text as written (the slice of ``Article.text`` at ``span``).
        span: where ``raw`` is in the parsed text.
        precision: the finest unit the text states.
        zone_source: where the zone of ``value`` came from.
        zone: the zone applied, as an IANA name (``"Asia/Shanghai"``) or a fixed
            offset (``"UTC+08:00"``); None when naive.
        zone_label: the zone as printed (``"GMT+8"``, ``"ET"``), or None.
        relative: the amount before the reference for ``... ago`` forms.
        ambiguous: True when day and month could be swapped and nothing settled the order.
        alternates: the same instant as printed on other clocks (CNN's ``(0410 HKT)``).
        warnings: notes on repairs or doubts (a mislabelled zone, ``14:42 PM``).

    Example:
        >>> import newsmodel
        >>> ts = newsmodel.parse_timestamp("Updated 2020.02.06 20:06 GMT+8")
        >>> ts.kind.value, ts.value.isoformat(), ts.zone_source.value
        ('updated', '2020-02-06T20:06:00+08:00', 'stated')

    .. versionadded:: 0.1.0
    """

    kind: TimestampKind = field(validator=instance_of(TimestampKind))
    value: dt.datetime | None = field(validator=[optional(instance_of(dt.datetime)), _check_value])
    raw: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    precision: Precision = field(default=Precision.MINUTE, validator=instance_of(Precision))
    zone_source: ZoneSource = field(default=ZoneSource.NONE, validator=instance_of(ZoneSource))
    zone: str | None = field(default=None, validator=optional(instance_of(str)))
    zone_label: str | None = field(default=None, validator=optional(instance_of(str)))
    relative: dt.timedelta | None = field(
        default=None, validator=optional(instance_of(dt.timedelta))
    )
    ambiguous: bool = field(default=False, validator=instance_of(bool))
    alternates: tuple[dt.datetime, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(dt.datetime))
    )
    warnings: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )

    @property
    def is_aware(self) -> bool:
        """
        Whether ``value`` carries a zone.

        Example:
            >>> import newsmodel
            >>> newsmodel.parse_timestamp("10 April 2020").is_aware
            False
        """
        return self.zone_source is not ZoneSource.NONE and self.value is not None

    def to_utc(self) -> dt.datetime:
        """
        Return the instant in UTC.

        Raises:
            ArgumentError: when no zone is known (the value is naive) or the
                timestamp is an unresolved relative time.

        Example:
            >>> import newsmodel
            >>> ts = newsmodel.parse_timestamp("Updated 2020.02.06 20:06 GMT+8")
            >>> ts.to_utc().isoformat()
            '2020-02-06T12:06:00+00:00'
        """
        from newsmodel._exceptions import ArgumentError

        if self.value is None:
            msg = f"timestamp {self.raw!r} is relative and was not resolved; pass reference="
            raise ArgumentError(msg)
        if not self.is_aware:
            msg = f"timestamp {self.raw!r} has no zone; pass outlet= or default_tz= when parsing"
            raise ArgumentError(msg)
        return self.value.astimezone(dt.timezone.utc)
