"""
Exceptions raised by newsmodel.

Every error derives from one root, and concrete errors also derive from the builtin
they refine, so ``except TypeError`` and ``except NewsModelError`` both work::

    NewsModelError
    ├── InputTypeError(TypeError)        a parser was given something that is not a str
    ├── DecodeError(ValueError)          bytes could not be decoded (names the byte offset)
    ├── SchemaError(ValueError)          to_dict/from_dict/JSON data does not match the schema
    ├── InvariantError(ValueError)       an Article breaks the "nothing lost" invariants
    └── ArgumentError(ValueError)        an option has an impossible value (unknown zone ...)

Parsers never raise on a ``str``: these errors are about *misuse*, not about messy text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ArgumentError",
    "DecodeError",
    "InputTypeError",
    "InvariantError",
    "NewsModelError",
    "SchemaError",
]


class NewsModelError(Exception):
    """
    Root of every exception newsmodel raises on purpose.

    Example:
        >>> import newsmodel
        >>> try:
        ...     newsmodel.parse_article(b"bytes")
        ... except newsmodel.NewsModelError as error:
        ...     print(type(error).__name__)
        InputTypeError

    .. versionadded:: 0.1.0
    """


class InputTypeError(NewsModelError, TypeError):
    """
    A parser received a value that is not a ``str``.

    The message names the type received and what to pass instead.

    Example:
        >>> import newsmodel
        >>> newsmodel.parse_timestamp(None)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsmodel.InputTypeError: parse_timestamp() expects text as a str, got NoneType; ...

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, function: str, value: object, argument: str = "text", expected: str = "a str"
    ) -> None:
        """Build the message for ``function`` having received ``value`` as ``argument``."""
        got = type(value).__name__
        if expected != "a str":
            advice = (
                "a str is already decoded: pass it to the parsers directly"
                if isinstance(value, str)
                else f"pass the raw {argument} read from a file or socket"
            )
        elif isinstance(value, (bytes, bytearray, memoryview)):
            advice = (
                "decode the bytes first, e.g. newsmodel.decode_text(data, encoding='utf-8'), "
                "which reports the byte offset of a failure"
            )
        else:
            advice = f"pass the article {argument} as a str"
        self.function = function
        self.received = got
        super().__init__(f"{function}() expects {argument} as {expected}, got {got}; {advice}")


class DecodeError(NewsModelError, ValueError):
    r"""
    Bytes could not be decoded with the requested encoding.

    Attributes:
        encoding: the codec that failed.
        offset: the byte offset of the first undecodable byte.
        source: the file name, when the bytes came from a file.

    Example:
        >>> import newsmodel
        >>> newsmodel.decode_text(b"caf\xe9 au lait", encoding="utf-8")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsmodel.DecodeError: cannot decode as utf-8 at byte offset 3 (0xe9): invalid ...

    .. versionadded:: 0.1.0
    """

    def __init__(
        self, encoding: str, offset: int, reason: str, source: str | None = None, byte: int = -1
    ) -> None:
        """Record where decoding failed and build the message."""
        self.encoding = encoding
        self.offset = offset
        self.source = source
        where = f"{source}: " if source else ""
        shown = f" (0x{byte:02x})" if byte >= 0 else ""
        super().__init__(
            f"{where}cannot decode as {encoding} at byte offset {offset}{shown}: {reason}"
        )


class SchemaError(NewsModelError, ValueError):
    """
    Serialised data does not match newsmodel's schema.

    ``problems`` lists *every* problem found, each as ``(json_path, description)``;
    the message renders one ``description @ path`` line per problem.

    Example:
        >>> import newsmodel
        >>> newsmodel.Span.from_dict({"start": "0"})
        Traceback (most recent call last):
        ...
        newsmodel.SchemaError: 2 problems in Span data:
          expected an integer, got str '0' @ $.start
          missing required field 'end' @ $.end

    .. versionadded:: 0.1.0
    """

    def __init__(self, what: str, problems: Sequence[tuple[str, str]]) -> None:
        """Render ``problems`` (path, description) pairs into one message."""
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in {what} data:"
        lines = [f"  {desc} @ {path}" for path, desc in self.problems]
        super().__init__("\n".join([head, *lines]))


class InvariantError(NewsModelError, ValueError):
    r"""
    An Article breaks one of its invariants (spans out of bounds, overlapping, text lost).

    ``problems`` lists every violation found.

    Example:
        >>> import newsmodel
        >>> article = newsmodel.parse_article("Headline\n\nBody text.")
        >>> article.check() is None
        True

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Sequence[str]) -> None:
        """Render all ``problems`` into one message."""
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"article breaks {count} invariant{'s' if count != 1 else ''}:"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


class ArgumentError(NewsModelError, ValueError):
    """
    An option has a value newsmodel cannot use (an unknown zone name, a naive reference ...).

    Example:
        >>> import newsmodel
        >>> newsmodel.parse_timestamp("10 April 2020", default_tz="Mars/Olympus")
        ... # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsmodel.ArgumentError: default_tz: unknown time zone 'Mars/Olympus'; pass an IANA name ...

    .. versionadded:: 0.1.0
    """
