"""
``to_json`` and ``from_json`` through orjson when it is installed (the ``fast`` extra).

orjson is imported on the first call, never by ``import newsmodel``. The text and the
objects are exactly those of the standard-library path, which is used whenever orjson
might differ:

- writing: the plain dumper (``_serialize._dumper`` with ``plain=True``) gives ``to_dict`` output in
  which every value is one whose JSON text orjson writes as ``to_json_compact`` does
  (str, exact int, bool, None, lists and dicts of them); on a float, an int of more
  than 64 bits, a str with a lone surrogate, anything odd in a field (any exception),
  the standard-library path writes the text, or raises its own error;
- reading: only ``str`` and ``bytes`` go to orjson, and only a result that the
  generated loader accepts is kept; anything else (malformed JSON, ``NaN``, a number
  orjson reads otherwise than ``json.loads``, such as an int of more than 64 bits,
  invalid data) is read again by ``json.loads`` and the general loader, which find and
  report the same errors as without orjson.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsmodel import _serialize

if TYPE_CHECKING:
    import types

__all__ = ["load_json", "orjson_module", "to_json"]

_UNSET: Any = object()
_ORJSON: Any = _UNSET
"""The orjson module, None when it is not importable (tests set None to turn it off)."""


def orjson_module() -> types.ModuleType | None:
    """
    Return the orjson module, or None when it cannot be imported.

    Example:
        >>> orjson_module() is None or hasattr(orjson_module(), "dumps")
        True
    """
    global _ORJSON  # noqa: PLW0603 - imported once, on first use
    if _ORJSON is _UNSET:
        try:
            import orjson
        except ImportError:
            _ORJSON = None
        else:
            _ORJSON = orjson
    module: types.ModuleType | None = _ORJSON
    return module


def to_json(value: object) -> str:
    """
    Return ``value.to_json()``: compact, ``schema_version`` first, UTF-8 characters kept.

    Example:
        >>> from newsmodel import Span
        >>> to_json(Span(2, 5))
        '{"schema_version":1,"start":2,"end":5}'
    """
    orjson = orjson_module()
    if orjson is not None:
        try:
            data = _serialize._dumper(type(value), plain=True, top=True)(value)  # noqa: SLF001
            return str(orjson.dumps(data).decode())
        except Exception:  # noqa: BLE001, S110 - _NotPlain, orjson's errors, anything odd
            pass  # the standard-library path writes the text, or raises its own error
    return _serialize.to_json_compact(value)


def load_json(cls: type[object], text: object) -> object:
    """
    Return ``cls`` read from valid ``text`` with orjson, else ``_serialize.NOT_LOADED``.

    Example:
        >>> from newsmodel import Span
        >>> load_json(Span, '{"start": 2, "end": 5}') in (Span(2, 5), _serialize.NOT_LOADED)
        True
    """
    orjson = orjson_module()
    if orjson is None or type(text) not in (str, bytes):
        return _serialize.NOT_LOADED
    try:
        data = orjson.loads(text)
    except ValueError:  # orjson.JSONDecodeError
        return _serialize.NOT_LOADED
    return _serialize.structure_fast(cls, data)
