"""Character spans into the original article text."""

from __future__ import annotations

from attrs import frozen

from newsmodel._base import Model

__all__ = ["Span"]


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

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        """Check the offsets: ints, not negative, not reversed (one fast test when valid)."""
        start, end = self.start, self.end
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        for name, value in (("start", start), ("end", end)):
            if type(value) is not int:
                msg = f"Span.{name} must be an int, got {type(value).__name__} {value!r}"
                raise TypeError(msg)
            if value < 0:
                msg = f"Span.{name} must be >= 0, got {value}"
                raise ValueError(msg)
        msg = f"Span end ({end}) must not be before start ({start})"
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
