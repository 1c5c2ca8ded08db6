"""Input checks and decoding shared by every public parser."""

from __future__ import annotations

from newsmodel._exceptions import DecodeError, InputTypeError

__all__ = ["decode_text", "require_str"]


def require_str(function: str, value: object, argument: str = "text") -> str:
    """Return ``value`` if it is a str, else raise InputTypeError naming ``function``."""
    if isinstance(value, str):
        return value
    raise InputTypeError(function, value, argument)


def decode_text(
    data: object,
    encoding: str = "utf-8",
    *,
    source: str | None = None,
) -> str:
    """
    Decode bytes to text, strictly, reporting the byte offset of a failure.

    A UTF-8 byte order mark is removed. Use this before any parser when the copy
    arrives as bytes.

    Args:
        data: the bytes.
        encoding: any codec Python knows (``"utf-8"``, ``"cp1252"``, ``"latin-1"``).
        source: a file name to put in the error message.

    Raises:
        DecodeError: naming the encoding, the byte offset and the byte.
        ArgumentError: for an unknown encoding.

    Example:
        >>> import newsmodel
        >>> newsmodel.decode_text("Café".encode("cp1252"), "cp1252")
        'Café'

    .. versionadded:: 0.1.0
    """
    import codecs

    from newsmodel._exceptions import ArgumentError

    if not isinstance(data, (bytes, bytearray, memoryview)):
        function, expected = "decode_text", "bytes, bytearray or memoryview"
        raise InputTypeError(function, data, argument="data", expected=expected)
    try:
        codecs.lookup(encoding)
    except LookupError:
        msg = (
            f"encoding: unknown encoding {encoding!r}; "
            "pass a codec name such as 'utf-8' or 'cp1252'"
        )
        raise ArgumentError(msg) from None
    raw = bytes(data)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        byte = raw[error.start] if error.start < len(raw) else -1
        raise DecodeError(encoding, error.start, error.reason, source, byte) from None
    return text.removeprefix("\ufeff")
