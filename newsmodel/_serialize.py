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

Speed: each class also gets generated, specialised functions (as cattrs does): a dumper
that builds the dict with one expression, and a loader for the common case of valid
data that checks every value inline, builds the instance with the trusted constructor
and runs only the validators its own checks do not already imply. The generated loader
does not report problems: on the first thing it does not accept it gives up, and the
general loader above runs from the top, so the problems, their paths and the messages
are those of the general loader.
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

from newsmodel._base import SCHEMA_VERSION, slot_setter
from newsmodel._exceptions import SchemaError
from newsmodel._span import Span

__all__ = [
    "article_json_schema",
    "structure_fast",
    "structure_top",
    "to_json_compact",
    "unstructure",
    "unstructure_top",
]

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
        except (TypeError, ValueError, OverflowError) as error:
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
# Generated per-class dumpers and loaders (the fast path).
# ---------------------------------------------------------------------------------------------


class _GiveUp(Exception):  # noqa: N818 - control flow, never seen outside this module
    """The generated loader met something it does not accept: use the general loader."""


def _base_type(annotation: Any) -> Any:
    """Return the annotation without ``| None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _implied(validator: Any, annotation: Any) -> Any:
    """
    Return the part of ``validator`` that the generated loader's checks do not imply.

    The loader gives every value exactly its annotated type, so ``instance_of`` checks
    of a type the annotation is a subclass of are implied (also inside ``optional``,
    ``deep_iterable`` and ``and_``); anything else (lengths, ranges, custom functions) is
    kept and run. Returns None when nothing is left.
    """
    # attrs' validator classes are private; an unknown validator is simply kept.
    kind = type(validator).__name__
    base = _base_type(annotation)
    if isinstance(validator, (list, tuple)) or kind == "_AndValidator":
        parts = validator if isinstance(validator, (list, tuple)) else validator._validators  # noqa: SLF001
        kept = [r for r in (_implied(v, annotation) for v in parts) if r is not None]
        return None if not kept else kept[0] if len(kept) == 1 else attrs.validators.and_(*kept)
    if kind == "_InstanceOfValidator":
        wanted = validator.type
        if isinstance(base, type) and isinstance(wanted, type) and issubclass(base, wanted):
            return None
        return validator
    if kind == "_OptionalValidator":
        inner = _implied(validator.validator, base)
        return None if inner is None else attrs.validators.optional(inner)
    if (
        kind == "_DeepIterable"
        and validator.iterable_validator is None
        and typing.get_origin(base) is tuple
    ):
        inner = _implied(validator.member_validator, typing.get_args(base)[0])
        return None if inner is None else attrs.validators.deep_iterable(inner)
    return validator


class _Gen:
    """Source being generated, with the namespace its names refer to."""

    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"_GiveUp": _GiveUp, "_MISSING": _MISSING}
        self.counter = 0

    def name(self, value: Any, hint: str) -> str:
        self.counter += 1
        key = f"_{hint}{self.counter}"
        self.namespace[key] = value
        return key

    def var(self) -> str:
        self.counter += 1
        return f"v{self.counter}"


_DUMPERS: dict[tuple[type, bool, bool], Callable[[Any], dict[str, Any]]] = {}
_LOADERS: dict[type, Callable[[Any], Any]] = {}


def _dump_expr(gen: _Gen, annotation: Any, expr: str, *, plain: bool = False) -> str:
    """
    Return an expression dumping the value of the simple expression ``expr``.

    With ``plain``, every str, int and bool is checked to be of exactly the type that
    ``_json_expr`` writes itself (a str subclass and a bool for an int are let through),
    and anything else raises ``_NotPlain``: the dict is then written by another JSON
    library only when that writes what ``to_json_compact`` writes (see ``_json_fast``).
    """
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = _dump_expr(gen, _base_type(annotation), expr, plain=plain)
        return expr if inner == expr else f"(None if {expr} is None else {inner})"
    if origin is tuple:
        item = gen.var()
        inner = _dump_expr(gen, typing.get_args(annotation)[0], item, plain=plain)
        if inner == item:
            return f"list({expr})"
        if inner.endswith(f"({item})") and inner[: -len(item) - 2].isidentifier():
            return f"list(map({inner[: -len(item) - 2]}, {expr}))"
        return f"[{inner} for {item} in {expr}]"
    if annotation in (str, bool, int):
        if not plain:
            return expr
        odd = gen.name(_ODD[annotation], "odd")
        return f"({expr} if type({expr}) is {annotation.__name__} else {odd}({expr}))"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        if plain and any(type(member.value) is not str for member in annotation):
            odd = gen.name(_ODD[str], "odd")
            return f"{odd}({expr}._value_)"  # pragma: no cover - the model's enums are str
        return f"{expr}._value_"
    if attrs.has(annotation):
        fields = attrs.fields(annotation)
        if len(fields) <= 2 and all(f.type is int for f in fields):  # Span: inline
            # Span's own check guarantees exact ints (the JSON writer relies on it too).
            return "{" + ", ".join(f"{f.name!r}: {expr}.{f.name}" for f in fields) + "}"
        dumper = _dumper(annotation, plain=plain)
        return f"{gen.name(dumper, 'dump')}({expr})"
    if plain and annotation is dt.timedelta:
        return f"{gen.name(_timedelta_dump_plain, 'dump')}({expr})"
    return f"{gen.name(_plan(annotation).dump, 'dump')}({expr})"


class _NotPlain(Exception):  # noqa: N818 - control flow, never seen outside this package
    """A value the plain dumper does not pass to another JSON library."""


def _odd_str(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise _NotPlain


def _odd_int(value: Any) -> Any:
    if type(value) is bool:
        return value
    raise _NotPlain


def _odd_bool(_value: Any) -> Any:
    raise _NotPlain


_ODD: dict[type, Callable[[Any], Any]] = {str: _odd_str, int: _odd_int, bool: _odd_bool}


def _timedelta_dump_plain(value: dt.timedelta) -> int:
    seconds = value.total_seconds()
    if seconds.is_integer():
        return int(seconds)
    raise _NotPlain  # another library may write the float otherwise than repr()


def _dumper(
    cls: type, *, plain: bool = False, top: bool = False
) -> Callable[[Any], dict[str, Any]]:
    """
    Return the generated dumper of ``cls``, made on first use.

    With ``top``, it gives ``to_dict`` output (``schema_version`` first). With ``plain``,
    it raises ``_NotPlain`` on a value whose JSON text another library might write
    otherwise than ``to_json_compact`` does: a float, a str field holding no str...
    """
    key = (cls, plain, top)
    dumper = _DUMPERS.get(key)
    if dumper is None:
        _DUMPERS[key] = dumper = _generate_dumper(cls, plain=plain, top=top)
    return dumper


def _generate_dumper(cls: type, *, plain: bool, top: bool) -> Callable[[Any], dict[str, Any]]:
    _plan(cls)  # resolves the annotations, checks every field has a plan
    gen = _Gen()
    items = [f"'schema_version': {SCHEMA_VERSION}"] if top else []
    items += [
        f"{f.name!r}: {_dump_expr(gen, f.type, f'v.{f.name}', plain=plain)}"
        for f in attrs.fields(cls)
    ]
    source = "def dump(v):\n    return {" + ", ".join(items) + "}\n"
    exec(compile(source, f"<dump {cls.__name__}>", "exec"), gen.namespace)  # noqa: S102
    dumper: Callable[[Any], dict[str, Any]] = gen.namespace["dump"]
    return dumper


_JSON_WRITERS: dict[type, Callable[[Any], str]] = {}
_JSON_TOP_WRITERS: dict[type, Callable[[Any], str]] = {}


def _json_value(value: Any) -> str:
    """Return ``value`` (a dumped, JSON-compatible value) as compact JSON, as json.dumps does."""
    text: str = _compact().encode(value)
    return text


@cache
def _compact() -> Any:
    import json

    return json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _json_expr(gen: _Gen, annotation: Any, expr: str) -> str:
    """
    Return an expression giving the compact JSON text of the value of ``expr``.

    The text is exactly what ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``
    writes for the dumped value: strings go through json's own string encoder, ints of
    exactly type int are written with ``int.__repr__`` as json does, and anything else
    (bools given for ints, floats, dates) goes through the json encoder itself.
    """
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = _json_expr(gen, _base_type(annotation), expr)
        return f'("null" if {expr} is None else {inner})'
    if origin is tuple:
        item = gen.var()
        inner = _json_expr(gen, typing.get_args(annotation)[0], item)
        return f'"".join(("[", ",".join([{inner} for {item} in {expr}]), "]"))'
    if annotation is str:
        return f"{gen.name(_encode_string(), 'enc')}({expr})"
    if annotation is int:
        value = gen.name(_json_value, "value")
        return f"(repr({expr}) if type({expr}) is int else {value}({expr}))"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return f"{gen.name(_encode_string(), 'enc')}({expr}._value_)"
    if annotation is Span:
        # Span's check guarantees exact ints: one f-string writes the object.
        template = """f'{{"start":{%s.start!r},"end":{%s.end!r}}}'"""
        return template % (expr, expr)
    if attrs.has(annotation):
        return f"{gen.name(_json_writer(annotation), 'json')}({expr})"
    dump = gen.name(_plan(annotation).dump, "dump")
    return f"{gen.name(_json_value, 'value')}({dump}({expr}))"


@cache
def _encode_string() -> Callable[[str], str]:
    from json.encoder import encode_basestring

    return encode_basestring


def _json_writer(cls: type, *, top: bool = False) -> Callable[[Any], str]:
    """
    Return a generated function writing an instance of ``cls`` as compact JSON text.

    Each field's text is computed into a local, then one f-string joins the keys and
    the locals (tuples are written ``[...]`` around one ``",".join``). With ``top`` the
    object starts with ``"schema_version"``, as ``to_json`` writes it.
    """
    cache = _JSON_TOP_WRITERS if top else _JSON_WRITERS
    cached = cache.get(cls)
    if cached is not None:
        return cached
    _plan(cls)
    gen = _Gen()
    lines = ["def write(v):"]
    template = [f'{{{{"schema_version":{SCHEMA_VERSION}' if top else "{{"]
    for index, field in enumerate(attrs.fields(cls)):
        key = ("," if index or top else "") + f'"{field.name}":'
        if not key.isascii() or any(c in key for c in "{}'\\"):  # pragma: no cover
            msg = f"field name {field.name!r} cannot be written in line"
            raise TypeError(msg)
        local, value = f"x{index}", f"v.{field.name}"
        if typing.get_origin(field.type) is tuple:
            item = gen.var()
            inner = _json_expr(gen, typing.get_args(field.type)[0], item)
            if inner.endswith(f"({item})") and inner[: -len(item) - 2].isidentifier():
                # One call per item: map saves the comprehension's own loop.
                lines.append(f"    {local} = ','.join(map({inner[: -len(item) - 2]}, {value}))")
            else:
                lines.append(f"    {local} = ','.join([{inner} for {item} in {value}])")
            template.append(f"{key}[{{{local}}}]")
        else:
            lines.append(f"    {local} = {_json_expr(gen, field.type, value)}")
            template.append(f"{key}{{{local}}}")
    template.append("}}")
    lines.append("    return f'" + "".join(template) + "'")
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<json {cls.__name__}>", "exec"), gen.namespace)  # noqa: S102
    writer: Callable[[Any], str] = gen.namespace["write"]
    cache[cls] = writer
    return writer


def to_json_compact(value: Any) -> str:
    """Return ``value.to_json()`` (compact, with ``schema_version``) without building the dict."""
    return _json_writer(type(value), top=True)(value)


def _load_lines(gen: _Gen, annotation: Any, src: str, out: str, indent: str) -> list[str]:
    """Return lines loading ``src`` (a name) into ``out``, raising _GiveUp on anything odd."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = _load_lines(gen, _base_type(annotation), src, out, indent + "    ")
        return [
            f"{indent}if {src} is None:",
            f"{indent}    {out} = None",
            f"{indent}else:",
            *inner,
        ]
    if origin is tuple:
        item_type = typing.get_args(annotation)[0]
        lines = [f"{indent}if type({src}) is not list:", f"{indent}    raise _GiveUp"]
        if item_type in (str, int, bool):
            return [
                *lines,
                f"{indent}for _item in {src}:",
                f"{indent}    if type(_item) is not {item_type.__name__}:",
                f"{indent}        raise _GiveUp",
                f"{indent}{out} = tuple({src})",
            ]
        if attrs.has(item_type) and item_type is not Span:
            load = gen.name(_fast_loader(item_type), "load")
            return [*lines, f"{indent}{out} = tuple([{load}(_item) for _item in {src}])"]
        item, acc = gen.var(), gen.var()
        return [
            *lines,
            f"{indent}{acc} = []",
            f"{indent}for {item} in {src}:",
            *_load_lines(gen, item_type, item, item, indent + "    "),
            f"{indent}    {acc}.append({item})",
            f"{indent}{out} = tuple({acc})",
        ]
    if annotation in (str, int, bool):
        return [
            f"{indent}if type({src}) is not {annotation.__name__}:",
            f"{indent}    raise _GiveUp",
            f"{indent}{out} = {src}",
        ]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        values = gen.name({member.value: member for member in annotation}, "values")
        return [
            f"{indent}{out} = {values}.get({src}) if type({src}) is str else None",
            f"{indent}if {out} is None:",
            f"{indent}    raise _GiveUp",
        ]
    if annotation is Span:
        # Inline: a two-key dict of ints with 0 <= start <= end (Span.__attrs_post_init__'s
        # test) is stored without a call; anything else goes through the Span loader.
        load = gen.name(_fast_loader(Span), "load")
        new, span = gen.name(object.__new__, "new"), gen.name(Span, "Span")
        put_start = gen.name(slot_setter(Span, "start"), "set")
        put_end = gen.name(slot_setter(Span, "end"), "set")
        return [
            f"{indent}if type({src}) is dict and len({src}) == 2:",
            f"{indent}    _start = {src}.get('start')",
            f"{indent}    _end = {src}.get('end')",
            (
                f"{indent}    if type(_start) is not int or type(_end) is not int "
                "or not 0 <= _start <= _end:"
            ),
            f"{indent}        raise _GiveUp",
            f"{indent}    {out} = {new}({span})",
            f"{indent}    {put_start}({out}, _start)",
            f"{indent}    {put_end}({out}, _end)",
            f"{indent}else:",
            f"{indent}    {out} = {load}({src})",
        ]
    if attrs.has(annotation):
        return [f"{indent}{out} = {gen.name(_fast_loader(annotation), 'load')}({src})"]
    if annotation is dt.datetime:
        parse = gen.name(dt.datetime.fromisoformat, "fromisoformat")
        return [
            f"{indent}if type({src}) is not str:",
            f"{indent}    raise _GiveUp",
            f"{indent}try:",
            f"{indent}    {out} = {parse}({src})",
            f"{indent}except ValueError:",
            f"{indent}    raise _GiveUp from None",
        ]
    # Anything else (dates, durations): the general plan, giving up on any problem.
    load = gen.name(_plan(annotation).load, "plan")
    return [
        f"{indent}_problems = []",
        f"{indent}{out} = {load}({src}, '', _problems)",
        f"{indent}if _problems or {out} is _MISSING:",
        f"{indent}    raise _GiveUp",
    ]


def _fast_loader(cls: type) -> Callable[[Any], Any]:
    """
    Return the generated loader of ``cls``: valid data in, instance out, _GiveUp otherwise.

    A dict whose keys are exactly the fields in order (as ``to_json`` writes them, with or
    without a leading ``schema_version``) is read with one unpacking of its values;
    any other dict goes through one ``get`` per field and a count of the keys found.
    The instance is built in line (``object.__new__`` and the slot setters), then only
    the validators that the inline checks do not imply are run.
    """
    cached = _LOADERS.get(cls)
    if cached is not None:
        return cached
    _plan(cls)  # resolves the annotations, checks every field has a plan
    gen = _Gen()
    fields = attrs.fields(cls)
    tail = _build_lines(gen, cls, fields)
    lines = ["def load(d):", "    if type(d) is not dict:", "        raise _GiveUp"]
    if len(fields) >= 3:
        names = tuple(field.name for field in fields)
        raws = ", ".join(f"r{index}" for index in range(len(fields)))
        lines += [
            "    keys = tuple(d)",
            f"    if keys == {gen.name(names, 'keys')}:",
            f"        {raws}, = d.values()",
            f"    elif keys == {gen.name(('schema_version', *names), 'keys')}:",
            f"        _, {raws}, = d.values()",
            "    else:",
            "        keys = None",
            "    if keys is not None:",
        ]
        for index, field in enumerate(fields):
            lines += _load_lines(gen, field.type, f"r{index}", f"f{index}", "        ")
        lines += ["    " + line for line in tail]
    lines.append("    n = 0")
    for index, field in enumerate(fields):
        raw, value = f"r{index}", f"f{index}"
        lines.append(f"    {raw} = d.get({field.name!r}, _MISSING)")
        if field.default is attrs.NOTHING:
            lines += [f"    if {raw} is _MISSING:", "        raise _GiveUp", "    n += 1"]
            lines += _load_lines(gen, field.type, raw, value, "    ")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = gen.name(field.default.factory, "factory")
            lines += [f"    if {raw} is _MISSING:", f"        {value} = {factory}()", "    else:"]
            lines += ["        n += 1", *_load_lines(gen, field.type, raw, value, "        ")]
        else:
            default = gen.name(field.default, "default")
            lines += [f"    if {raw} is _MISSING:", f"        {value} = {default}", "    else:"]
            lines += ["        n += 1", *_load_lines(gen, field.type, raw, value, "        ")]
    # Unknown keys: everything but the fields and "schema_version".
    lines += [
        "    if n != len(d) and (n + 1 != len(d) or 'schema_version' not in d):",
        "        raise _GiveUp",
        *tail,
    ]
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<load {cls.__name__}>", "exec"), gen.namespace)  # noqa: S102
    loader: Callable[[Any], Any] = gen.namespace["load"]
    _LOADERS[cls] = loader
    return loader


_COMPARISONS = {">=", ">", "<=", "<"}


def _inline_check(validator: Any, expr: str, indent: str) -> list[str] | None:
    """
    Return lines raising _GiveUp when ``validator`` would reject ``expr``, or None.

    Written in line: attrs' ``min_len``, ``max_len``, number comparisons (``ge``, ``lt``...)
    with an int bound, ``and_`` of those, and ``deep_iterable`` over them; anything else
    (None) is called as a validator. The tests are those of the attrs validators, on values
    whose types the loader has already checked (tuples, ints).
    """
    kind = type(validator).__name__
    if isinstance(validator, (list, tuple)) or kind == "_AndValidator":
        parts = validator if isinstance(validator, (list, tuple)) else validator._validators  # noqa: SLF001
        lines: list[str] = []
        for part in parts:
            inline = _inline_check(part, expr, indent)
            if inline is None:
                return None
            lines += inline
        return lines
    if kind == "_MinLengthValidator" and type(validator.min_length) is int:
        return [f"{indent}if len({expr}) < {validator.min_length}:", f"{indent}    raise _GiveUp"]
    if kind == "_MaxLengthValidator" and type(validator.max_length) is int:
        return [f"{indent}if len({expr}) > {validator.max_length}:", f"{indent}    raise _GiveUp"]
    if (
        kind == "_NumberValidator"
        and type(validator.bound) is int
        and validator.compare_op in _COMPARISONS
    ):
        test = f"{expr} {validator.compare_op} {validator.bound}"
        return [f"{indent}if not {test}:", f"{indent}    raise _GiveUp"]
    if kind == "_DeepIterable" and validator.iterable_validator is None:
        item = f"_{expr}_item"
        inner = _inline_check(validator.member_validator, item, indent + "    ")
        if inner is None:
            return None
        return [f"{indent}for {item} in {expr}:", *inner]
    return None


def _build_lines(gen: _Gen, cls: type, fields: Any) -> list[str]:
    """Return the lines building ``obj`` from ``f0``, ``f1``... and returning it."""
    lines = [f"    obj = {gen.name(object.__new__, 'new')}({gen.name(cls, 'cls')})"]
    lines += [
        f"    {gen.name(slot_setter(cls, field.name), 'set')}(obj, f{index})"
        for index, field in enumerate(fields)
    ]
    checks: list[str] = []
    for index, field in enumerate(fields):
        rest = _implied(field.validator, field.type) if field.validator is not None else None
        if rest is None:
            continue
        inline = _inline_check(rest, f"f{index}", "        ")
        if inline is not None:
            checks += inline  # in the try below: anything it raises means "give up"
            continue
        check, attribute = gen.name(rest, "check"), gen.name(field, "field")
        checks.append(f"        {check}(obj, {attribute}, f{index})")
    post_init = getattr(cls, "__attrs_post_init__", None)
    if post_init is not None:
        checks.append(f"        {gen.name(post_init, 'post_init')}(obj)")
    if cls.__name__ == "Timestamp":
        checks += _zone_lines(gen, fields, lines[: len(fields) + 1])
    if checks:
        lines += ["    try:", *checks, "    except Exception:", "        raise _GiveUp from None"]
    lines.append("    return obj")
    return lines


def _zone_lines(gen: _Gen, fields: Any, build: list[str]) -> list[str]:
    """
    Return the lines doing what ``_post_load`` does to a Timestamp, without ``attrs.evolve``.

    When the value is aware and the zone has a name, the value is moved to that zone and
    the instance is built again (``build``: the lines building ``obj``); the new value
    goes through every validator of its field, as ``attrs.evolve`` would run them (the
    other fields are the values already checked).
    """
    from newsmodel._zones import zone_from_name

    names = [field.name for field in fields]
    value, zone = f"f{names.index('value')}", f"f{names.index('zone')}"
    field = fields[names.index("value")]
    check = f"{gen.name(field.validator, 'check')}(obj, {gen.name(field, 'field')}, {value})"
    return [
        f"        if {value} is not None and {zone} and {value}.tzinfo is not None:",
        f"            _tz = {gen.name(zone_from_name, 'zone_from_name')}({zone})",
        "            if _tz is not None:",
        f"                {value} = {value}.astimezone(_tz)",
        *["            " + line for line in build],
        f"                {check}",
    ]


# ---------------------------------------------------------------------------------------------
# Public entry points (used by Model methods).
# ---------------------------------------------------------------------------------------------


def unstructure(value: Any) -> dict[str, Any]:
    """Return the dict form of a model object (without ``schema_version``)."""
    result: dict[str, Any] = _dumper(type(value))(value)
    return result


def unstructure_top(value: Any) -> dict[str, Any]:
    """Return ``value.to_dict()``: the dict form with ``schema_version`` first."""
    result: dict[str, Any] = _dumper(type(value), top=True)(value)
    return result


def structure_fast(cls: type[Any], data: Any) -> Any:
    """Return ``cls`` built from valid ``data`` by the generated loader, else ``NOT_LOADED``."""
    if type(data) is dict:
        version = data.get("schema_version", SCHEMA_VERSION)
        if type(version) is int and version <= SCHEMA_VERSION:
            try:
                return _fast_loader(cls)(data)
            except _GiveUp:
                pass
    return NOT_LOADED


NOT_LOADED: Any = _MISSING


def structure_top(cls: type[Any], data: Any) -> Any:
    """Build ``cls`` from ``data``, raising one SchemaError listing every problem."""
    value = structure_fast(cls, data)
    if value is not NOT_LOADED:
        return value
    # The general loader finds and reports every problem.
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
