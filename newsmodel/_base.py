"""The serialisation methods shared by every model type."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from typing_extensions import Self

__all__ = ["SCHEMA_VERSION", "Model", "to_tuple"]

SCHEMA_VERSION = 1
"""Version of the dict/JSON layout written by ``to_dict``; bumped on incompatible changes."""


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """Convert a sequence field's value to a tuple (the field's validator checks the items)."""
    return tuple(items)


class Model:
    """Mixin giving a model type ``to_dict``/``from_dict`` and ``to_json``/``from_json``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """
        Return a dict of JSON-compatible values, tagged with ``schema_version``.

        Example:
            >>> from newsmodel import Span
            >>> Span(2, 5).to_dict()
            {'schema_version': 1, 'start': 2, 'end': 5}
        """
        from newsmodel._serialize import unstructure

        data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        data.update(unstructure(self))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """
        Build an instance from ``to_dict`` output, checking every field.

        Raises:
            SchemaError: listing every missing field, wrong type or invalid value with
                its JSON path, or a ``schema_version`` newer than this library reads.

        Example:
            >>> from newsmodel import Span
            >>> Span.from_dict({"schema_version": 1, "start": 2, "end": 5})
            Span(start=2, end=5)
        """
        from newsmodel._serialize import structure_top

        built: Self = structure_top(cls, data)
        return built

    def to_json(self, *, indent: int | None = None) -> str:
        """
        Return the ``to_dict`` form as a JSON string (UTF-8 characters kept as is).

        Example:
            >>> from newsmodel import Span
            >>> Span(2, 5).to_json()
            '{"schema_version":1,"start":2,"end":5}'
        """
        import json

        separators = (",", ":") if indent is None else (",", ": ")
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, separators=separators)

    @classmethod
    def from_json(cls, text: str | bytes) -> Self:
        """
        Build an instance from ``to_json`` output.

        Raises:
            SchemaError: when the JSON is malformed or does not match the schema.

        Example:
            >>> from newsmodel import Span
            >>> Span.from_json('{"start": 2, "end": 5}')
            Span(start=2, end=5)
        """
        import json

        from newsmodel._exceptions import SchemaError

        try:
            data = json.loads(text)
        except (ValueError, TypeError) as error:
            raise SchemaError(cls.__name__, [("$", f"not valid JSON: {error}")]) from None
        if not isinstance(data, dict):
            raise SchemaError(cls.__name__, [("$", f"expected an object, got {_kind(data)}")])
        return cls.from_dict(data)


def _kind(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}.get(
        type(value), type(value).__name__
    )
