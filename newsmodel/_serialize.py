"""
Conversion between model objects and JSON-compatible dicts, and the JSON Schema.

The layout is derived once per class from its attrs fields and type annotations:

- attrs classes become objects with one key per field;
- ``Span`` becomes ``{"start": int, "end": int}``;
- enums become their string value;
- ``datetime`` becomes ISO 8601 text (with its offset when aware), ``date`` ISO text,
  ``timedelta`` a number of seconds;
- tuples become arrays, ``None`` becomes ``null``.

Structuring checks every value and collects *every* problem with its JSON path before
raising one :class:`SchemaError`.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs

from newsmodel._base import SCHEMA_VERSION
from newsmodel._exceptions import SchemaError

__all__ = ["article_json_schema", "structure_top", "unstructure"]

Problems = list[tuple[str, str]]
_MISSING = object()


# ---------------------------------------------------------------------------------------------
# Type plans: one (unstructure, structure, schema) triple per annotation, built once.
# ---------------------------------------------------------------------------------------------


class _Plan:
    __slots__ = ("dump", "load", "schema")

    def __init__(
        self,
        dump: Callable[[Any], Any],
        load: Callable[[Any, str, Problems], Any],
        schema: dict[str, Any],
    ) -> None:
        self.dump = dump
        self.load = load
        self.schema = schema


def _describe(value: object) -> str:
    names = {dict: "object", list: "array", str: "str", bool: "bool", type(None): "null"}
    kind = names.get(type(value), type(value).__name__)
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{kind} {text}" if not isinstance(value, (dict, list)) else kind


def _identity(value: Any) -> Any:
    return value


def _scalar(kind: type, label: str, schema: dict[str, Any]) -> _Plan:
    def load(data: Any, path: str, problems: Problems) -> Any:
        # bool is an int subclass: never accept it for int (or the reverse).
        if type(data) is kind or (kind is float and type(data) is int):
            return data
        problems.append((path, f"expected {label}, got {_describe(data)}"))
        return _MISSING

    return _Plan(_identity, load, schema)


def _enum_plan(kind: type[enum.Enum]) -> _Plan:
    values = {member.value: member for member in kind}

    def load(data: Any, path: str, problems: Problems) -> Any:
        member = values.get(data) if isinstance(data, str) else None
        if member is None:
            allowed = ", ".join(repr(v) for v in values)
            problems.append((path, f"expected one of {allowed}, got {_describe(data)}"))
            return _MISSING
        return member

    return _Plan(lambda m: m.value, load, {"enum": list(values), "type": "string"})


def _datetime_load(data: Any, path: str, problems: Problems) -> Any:
    if isinstance(data, str):
        try:
            return dt.datetime.fromisoformat(data)
        except ValueError:
            pass
    problems.append((path, f"expected an ISO 8601 date-time, got {_describe(data)}"))
    return _MISSING


def _date_load(data: Any, path: str, problems: Problems) -> Any:
    if isinstance(data, str) and len(data) == 10:
        try:
            return dt.date.fromisoformat(data)
        except ValueError:
            pass
    problems.append((path, f"expected an ISO 8601 date, got {_describe(data)}"))
    return _MISSING


def _timedelta_dump(value: dt.timedelta) -> float | int:
    seconds = value.total_seconds()
    return int(seconds) if seconds.is_integer() else seconds


def _timedelta_load(data: Any, path: str, problems: Problems) -> Any:
    if type(data) in (int, float):
        try:
            return dt.timedelta(seconds=data)
        except OverflowError:
            pass
    problems.append((path, f"expected a number of seconds, got {_describe(data)}"))
    return _MISSING


def _tuple_plan(item: _Plan) -> _Plan:
    dump_item, load_item = item.dump, item.load

    def dump(value: tuple[Any, ...]) -> list[Any]:
        if dump_item is _identity:
            return list(value)
        return [dump_item(v) for v in value]

    def load(data: Any, path: str, problems: Problems) -> Any:
        if type(data) is not list:
            problems.append((path, f"expected an array, got {_describe(data)}"))
            return _MISSING
        out = []
        ok = True
        for index, element in enumerate(data):
            loaded = load_item(element, f"{path}[{index}]", problems)
            if loaded is _MISSING:
                ok = False
            out.append(loaded)
        return tuple(out) if ok else _MISSING

    return _Plan(dump, load, {"type": "array", "items": item.schema})


def _optional_plan(inner: _Plan) -> _Plan:
    dump_inner, load_inner = inner.dump, inner.load

    def dump(value: Any) -> Any:
        return None if value is None else dump_inner(value)

    def load(data: Any, path: str, problems: Problems) -> Any:
        return None if data is None else load_inner(data, path, problems)

    return _Plan(dump, load, {"anyOf": [inner.schema, {"type": "null"}]})


@cache
def _plan(annotation: Any) -> _Plan:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:  # pragma: no cover - the model has no such unions
            msg = f"unsupported union {annotation!r}"
            raise TypeError(msg)
        return _optional_plan(_plan(args[0]))
    if origin is tuple:
        return _tuple_plan(_plan(typing.get_args(annotation)[0]))
    if annotation is str:
        return _scalar(str, "a string", {"type": "string"})
    if annotation is bool:
        return _scalar(bool, "a boolean", {"type": "boolean"})
    if annotation is int:
        return _scalar(int, "an integer", {"type": "integer"})
    if annotation is dt.datetime:
        return _Plan(
            lambda v: v.isoformat(), _datetime_load, {"type": "string", "format": "date-time"}
        )
    if annotation is dt.date:
        return _Plan(lambda v: v.isoformat(), _date_load, {"type": "string", "format": "date"})
    if annotation is dt.timedelta:
        return _Plan(_timedelta_dump, _timedelta_load, {"type": "number"})
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return _enum_plan(annotation)
    if attrs.has(annotation):
        return _class_plan(annotation)
    msg = f"no serialisation plan for {annotation!r}"  # pragma: no cover
    raise TypeError(msg)  # pragma: no cover


def _class_plan(cls: type) -> _Plan:
    attrs.resolve_types(cls)
    fields = [(f.name, _plan(f.type), f.default is not attrs.NOTHING) for f in attrs.fields(cls)]
    dumpers = [(name, plan.dump) for name, plan, _ in fields]

    def dump(value: Any) -> dict[str, Any]:
        return {name: fn(getattr(value, name)) for name, fn in dumpers}

    def load(data: Any, path: str, problems: Problems) -> Any:
        if not isinstance(data, Mapping):
            problems.append((path, f"expected an object, got {_describe(data)}"))
            return _MISSING
        before = len(problems)
        kwargs = {}
        for name, plan, has_default in fields:
            raw = data.get(name, _MISSING)
            if raw is _MISSING:
                if not has_default:
                    problems.append((f"{path}.{name}", f"missing required field {name!r}"))
                continue
            kwargs[name] = plan.load(raw, f"{path}.{name}", problems)
        known = {name for name, _, _ in fields} | {"schema_version"}
        problems.extend(
            (f"{path}.{key}", f"unknown field {key!r}") for key in data if key not in known
        )
        if len(problems) != before:
            return _MISSING
        try:
            return _post_load(cls(**kwargs))
        except (TypeError, ValueError) as error:
            problems.append((path, f"invalid {cls.__name__}: {error}"))
            return _MISSING

    properties = {name: plan.schema for name, plan, _ in fields}
    properties["schema_version"] = {"type": "integer", "minimum": 1}
    schema = {
        "type": "object",
        "title": cls.__name__,
        "properties": properties,
        "required": [name for name, _, has_default in fields if not has_default],
        "additionalProperties": False,
    }
    return _Plan(dump, load, schema)


def _post_load(value: Any) -> Any:
    """Restore what JSON cannot carry: a Timestamp's IANA zone object."""
    from newsmodel._timestamp import Timestamp
    from newsmodel._zones import zone_from_name

    if isinstance(value, Timestamp) and value.value is not None and value.zone:
        tz = zone_from_name(value.zone)
        if tz is not None and value.value.tzinfo is not None:
            value = attrs.evolve(value, value=value.value.astimezone(tz))
    return value


# ---------------------------------------------------------------------------------------------
# Public entry points (used by Model methods).
# ---------------------------------------------------------------------------------------------


def unstructure(value: Any) -> dict[str, Any]:
    """Return the dict form of a model object (without ``schema_version``)."""
    result: dict[str, Any] = _plan(typing.cast("typing.Hashable", type(value))).dump(value)
    return result


def structure_top(cls: type[Any], data: Any) -> Any:
    """Build ``cls`` from ``data``, raising one SchemaError listing every problem."""
    problems: Problems = []
    if isinstance(data, Mapping):
        version = data.get("schema_version", SCHEMA_VERSION)
        if type(version) is not int:
            problems.append(("$.schema_version", f"expected an integer, got {_describe(version)}"))
        elif version > SCHEMA_VERSION:
            problems.append(
                (
                    "$.schema_version",
                    (
                        f"schema version {version} is newer than this newsmodel reads "
                        f"({SCHEMA_VERSION}); upgrade newsmodel"
                    ),
                )
            )
    value = _plan(typing.cast("typing.Hashable", cls)).load(data, "$", problems)
    if problems or value is _MISSING:
        raise SchemaError(cls.__name__, problems or [("$", "invalid data")])
    return value


def article_json_schema() -> dict[str, Any]:
    """
    Return the JSON Schema (draft 2020-12) of ``Article.to_dict()`` output.

    Example:
        >>> import newsmodel
        >>> schema = newsmodel.article_json_schema()
        >>> schema["title"], schema["properties"]["schema_version"]["const"]
        ('Article', 1)
    """
    import copy

    from newsmodel._article import Article

    schema = copy.deepcopy(_plan(Article).schema)
    schema["properties"]["schema_version"] = {"const": SCHEMA_VERSION}
    schema["required"] = ["schema_version", *schema["required"]]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://newsmodel.invalid/schema/article-v{SCHEMA_VERSION}.json"
    return schema
