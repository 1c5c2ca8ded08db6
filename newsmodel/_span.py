"""Character spans into the original article text."""

from __future__ import annotations

from attrs import field, frozen

from newsmodel._base import Model

__all__ = ["Span"]


def _non_negative_int(_instance: object, attribute: object, value: int) -> None:
    if type(value) is not int:
        name = getattr(attribute, "name", "value")
        msg = f"Span.{name} must be an int, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    if value < 0:
        name = getattr(attribute, "name", "value")
        msg = f"Span.{name} must be >= 0, got {value}"
        raise ValueError(msg)


@frozen(order=True)
class Span(Model):
    """
    A half-open range ``[start, end)`` of character offsets into ``Article.text``.

    Offsets count Python ``str`` characters (code points), as slicing does, so
    ``text[span.start:span.end]`` is always the element as written.

    Attributes:
        start: offset of the first character.
        end: offset one past the last character (``end >= start``).

    Example:
        >>> from newsmodel import Span
        >>> span = Span(4, 9)
        >>> span.slice("The Kremlin said")
        'Kreml'
        >>> len(span)
        5

    .. versionadded:: 0.1.0
    """

    start: int = field(validator=_non_negative_int)
    end: int = field(validator=_non_negative_int)

    def __attrs_post_init__(self) -> None:
        """Check that the range is not reversed."""
        if self.end < self.start:
            msg = f"Span end ({self.end}) must not be before start ({self.start})"
            raise ValueError(msg)

    def __len__(self) -> int:
        """Return the number of characters covered."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """
        Return the part of ``text`` this span covers.

        Example:
            >>> Span(0, 3).slice("CGTN news")
            'CGT'
        """
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """
        Return whether the two spans share at least one character.

        Example:
            >>> Span(0, 5).overlaps(Span(4, 8)), Span(0, 4).overlaps(Span(4, 8))
            (True, False)
        """
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """
        Return whether ``other`` lies entirely inside this span.

        Example:
            >>> Span(0, 10).contains(Span(2, 5))
            True
        """
        return self.start <= other.start and other.end <= self.end

    def shift(self, offset: int) -> Span:
        """
        Return the span moved by ``offset`` characters.

        Example:
            >>> Span(2, 5).shift(10)
            Span(start=12, end=15)
        """
        return Span(self.start + offset, self.end + offset)
