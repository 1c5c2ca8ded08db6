"""The serialisation methods shared by every model type."""

from __future__ import annotations

import types
from collections import deque
from itertools import repeat
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from typing_extensions import Self

__all__ = [
    "SCHEMA_VERSION",
    "Model",
    "bulk_constructor",
    "slot_setter",
    "to_tuple",
    "trusted_constructor",
]

_T = TypeVar("_T")

SCHEMA_VERSION = 1
"""Version of the dict/JSON layout written by ``to_dict``; bumped on incompatible changes."""


def to_tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    """Convert a sequence field's value to a tuple (the field's validator checks the items)."""
    return tuple(items)


def trusted_constructor(cls: type[_T]) -> Callable[..., _T]:
    """
    Return a function building ``cls`` from its field values *without checking them*.

    The function takes the same arguments as the attrs ``__init__`` (positional in field
    order or by keyword, with the same defaults) but runs no converter, no validator and
    no ``__attrs_post_init__``: it only stores the values, as the frozen ``__init__`` does
    after its checks. It is for internal callers that already guarantee every invariant
    (a parser building spans from regex offsets, the JSON loader after its own checks);
    the public constructors keep validating. Tuple fields must be given as tuples.

    Example:
        >>> from newsmodel import Span
        >>> make_span = trusted_constructor(Span)
        >>> make_span(2, 5) == Span(2, 5)
        True
    """
    import attrs

    fields = attrs.fields(cls)  # type: ignore[arg-type]
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params: list[str] = []
    body: list[str] = []
    for index, field in enumerate(fields):
        name = field.name
        if field.default is attrs.NOTHING:
            params.append(name)
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = field.default.factory
            if field.default.takes_self:
                msg = f"{cls.__name__}.{name}: a default taking self is not supported"
                raise TypeError(msg)
            namespace[f"_factory{index}"] = factory
            namespace[f"_none{index}"] = _NO_VALUE
            params.append(f"{name}=_none{index}")
            body.append(f"    if {name} is _none{index}:\n        {name} = _factory{index}()")
        else:
            namespace[f"_default{index}"] = field.default
            params.append(f"{name}=_default{index}")
        namespace[f"_set{index}"] = slot_setter(cls, name)
        body.append(f"    _set{index}(self, {name})")
    source = (
        f"def build({', '.join(params)}):\n"
        "    self = _new(_cls)\n" + "\n".join(body) + "\n    return self\n"
    )
    exec(compile(source, f"<trusted {cls.__name__}>", "exec"), namespace)  # noqa: S102
    build: Callable[..., _T] = namespace["build"]
    build.__qualname__ = f"trusted_{cls.__name__}"
    return build


_NO_VALUE = object()


def bulk_constructor(cls: type[_T]) -> Callable[..., list[_T]]:
    """
    Return a function building many trusted ``cls`` values at once, from one column per field.

    A long text has hundreds of thousands of paragraphs, blocks and quotes; building them
    one call at a time costs more than much of the parsing. Here every loop runs in C:
    ``object.__new__`` for the instances, then each field's setter (``slot_setter``)
    stores a column: what ``trusted_constructor`` does one value at a time, with the
    same trust (no converter, no validator). Every field is given, in field order.

    Example:
        >>> from newsmodel import Span
        >>> make_spans = bulk_constructor(Span)
        >>> make_spans([0, 4], [3, 9]) == [Span(0, 3), Span(4, 9)]
        True
    """
    import attrs

    setters = [slot_setter(cls, field.name) for field in attrs.fields(cls)]  # type: ignore[arg-type]
    new = object.__new__

    def build(*columns: list[Any]) -> list[_T]:
        made: list[_T] = list(map(new, repeat(cls, len(columns[0]))))
        for setter, column in zip(setters, columns, strict=True):
            deque(map(setter, made, column), maxlen=0)
        return made

    return build


def slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """
    Return a function storing attribute ``name`` of a ``cls`` instance, bypassing frozenness.

    For a slot this is the slot descriptor's own ``__set__`` (about a third faster than
    ``object.__setattr__``, which looks the descriptor up on every call); anything else
    gets ``object.__setattr__`` with the name bound.

    Example:
        >>> from newsmodel import Span
        >>> span = Span(1, 2)
        >>> slot_setter(Span, "end")(span, 7)
        >>> span
        Span(start=1, end=7)
    """
    for klass in cls.__mro__:
        if name in vars(klass):
            descriptor = vars(klass)[name]
            if isinstance(descriptor, types.MemberDescriptorType):
                setter: Callable[[Any, Any], None] = descriptor.__set__
                return setter
            break

    def set_attribute(obj: Any, value: Any) -> None:
        object.__setattr__(obj, name, value)

    return set_attribute


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
        from newsmodel._serialize import unstructure_top

        return unstructure_top(self)

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
        if indent is None:
            from newsmodel._json_fast import to_json

            return to_json(self)
        import json

        return json.dumps(
            self.to_dict(),
            ensure_ascii=False,
            indent=indent,
            separators=(",", ": "),
            check_circular=False,  # a to_dict() result has no cycles; same text, faster
        )

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
        from newsmodel._json_fast import load_json
        from newsmodel._serialize import NOT_LOADED

        loaded = load_json(cls, text)
        if loaded is not NOT_LOADED:
            return cast("Self", loaded)
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
