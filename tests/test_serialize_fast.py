"""The generated (fast) dumpers and loaders of _serialize agree with the general plans exactly."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsmodel
from newsmodel import _serialize
from newsmodel._base import trusted_constructor

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt").read_text(encoding="utf-8")
TEXTS = [SEED] + [
    p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles").glob("*.txt"))
]
ODD_VALUES: list[Any] = [
    None,
    -1,
    0,
    13,
    1.5,
    True,
    "x",
    "direct",
    "2020-02-07",
    [],
    {},
    [1],
    {"start": 3, "end": 1},
]


def _general(cls: type, data: Any) -> tuple[str, Any]:
    """structure_top with the generated loader switched off: ('ok', value) or ('error', message)."""
    original = _serialize._fast_loader

    def give_up(_cls: type) -> Any:
        def load(_data: Any) -> Any:
            raise _serialize._GiveUp

        return load

    _serialize._fast_loader = give_up  # type: ignore[assignment]
    try:
        return _outcome(cls, data)
    finally:
        _serialize._fast_loader = original


def _outcome(cls: type, data: Any) -> tuple[str, Any]:
    try:
        return "ok", _serialize.structure_top(cls, data)
    except newsmodel.SchemaError as error:
        return "error", str(error)


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _leaves(value, (*path, index))
    return found


def _copy(data: Any) -> Any:
    return json.loads(json.dumps(data))


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copied = _copy(data)
    node = copied
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copied


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_fast_dump_and_load_match_the_general_plans(index: int) -> None:
    article = newsmodel.parse_article(TEXTS[index])
    general = _serialize._plan(newsmodel.Article).dump(article)
    assert general == _serialize.unstructure(article)
    assert list(general) == list(_serialize.unstructure(article))
    data = article.to_dict()
    assert ("ok", article) == _outcome(newsmodel.Article, data)
    assert ("ok", article) == _general(newsmodel.Article, data)
    assert newsmodel.Article.from_json(article.to_json()) == article


@pytest.mark.slow
def test_every_mutation_of_the_seed_gives_the_general_outcome() -> None:
    """Each node replaced by odd values, each key dropped, an unknown key added: same result or same SchemaError."""
    data = newsmodel.parse_article(SEED).to_dict()
    checked = 0
    for number, path in enumerate(_leaves(data)):
        # Three odd values per node, rotating through the list (every value is used often).
        odd = [ODD_VALUES[(3 * number + k) % len(ODD_VALUES)] for k in range(3)]
        variants = [_replace(data, path, value) for value in odd]
        if path:
            parent = data
            for key in path[:-1]:
                parent = parent[key]
            if isinstance(parent, dict):
                dropped = _copy(data)
                node = dropped
                for key in path[:-1]:
                    node = node[key]
                del node[path[-1]]
                variants.append(dropped)
        target = data
        for key in path:
            target = target[key]
        if isinstance(target, dict):
            variants.append(_replace(data, path, {**target, "extra": 1}))
            variants.append(_replace(data, path, {**target, "schema_version": 1}))
        for variant in variants:
            assert _general(newsmodel.Article, variant) == _outcome(newsmodel.Article, variant), (
                path
            )
            checked += 1
    assert checked > 1000


def test_trusted_constructor_matches_the_public_one() -> None:
    article = newsmodel.parse_article(SEED)
    for quote in article.quotes:
        fields = {
            name: getattr(quote, name)
            for name in ("text", "span", "kind", "spans", "paragraphs", "marked", "attribution")
        }
        assert trusted_constructor(newsmodel.Quote)(**fields) == quote
    span = trusted_constructor(newsmodel.Span)(3, 9)
    assert span == newsmodel.Span(3, 9)
    assert hash(span) == hash(newsmodel.Span(3, 9))
    assert trusted_constructor(newsmodel.Article)(SEED).paragraphs == ()


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_generated_json_text_is_what_json_dumps_writes(index: int) -> None:
    article = newsmodel.parse_article(TEXTS[index])
    expected = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    assert expected == article.to_json()


def test_generated_json_text_for_odd_but_valid_values() -> None:
    """Bools in int fields, str subclasses, control characters, quotes, non-BMP text, None."""

    class Text(str):
        __slots__ = ()

    span = newsmodel.Span(0, 3)
    values: list[Any] = [
        newsmodel.Dateline(raw='A "q"\\\n\x00\u2028😀', span=span, month=True, day=31),
        newsmodel.Quote(Text("x"), span, newsmodel.QuoteKind.DIRECT, (span,), paragraphs=(True, 0)),
        newsmodel.Span(0, 0),
        newsmodel.Article(""),
    ]
    for value in values:
        expected = json.dumps(value.to_dict(), ensure_ascii=False, separators=(",", ":"))
        assert expected == value.to_json()
        assert json.loads(value.to_json()) == value.to_dict()


# ---------------------------------------------------------------------------------------------
# The optional orjson path (newsmodel._json_fast) against the standard-library path.
# ---------------------------------------------------------------------------------------------


def _both_paths(monkeypatch: pytest.MonkeyPatch, fn: Any) -> tuple[Any, Any]:
    """Return fn()'s outcome with orjson (when installed) and with orjson turned off."""
    from newsmodel import _json_fast

    def outcome() -> Any:
        try:
            return "ok", fn()
        except Exception as error:  # noqa: BLE001 - compared, not swallowed
            return "error", type(error), str(error)

    with_fast = outcome()
    with monkeypatch.context() as patch:
        patch.setattr(_json_fast, "_ORJSON", None)
        without = outcome()
    return with_fast, without


def _odd_objects() -> list[Any]:
    """Valid objects whose values another JSON library might write otherwise."""

    class Text(str):
        __slots__ = ()

    span = newsmodel.Span(0, 3)
    stamp = newsmodel.parse_timestamp("Updated 2020.02.06 20:06 GMT+8")
    assert stamp is not None
    big = 2**70
    return [
        newsmodel.Dateline(raw='A "q"\\\n\x00\u2028😀\ud800', span=span, month=True, day=31),
        newsmodel.Quote(Text("x"), span, newsmodel.QuoteKind.DIRECT, (span,), paragraphs=(True, 0)),
        newsmodel.Quote("x", span, newsmodel.QuoteKind.DIRECT, (span,), paragraphs=(big,)),
        newsmodel.Span(big, big + 1),
        newsmodel.Span(2**63 - 1, 2**63),
        attrs.evolve(stamp, relative=dt.timedelta(microseconds=1)),
        attrs.evolve(stamp, relative=dt.timedelta(seconds=10**13, microseconds=5)),
        attrs.evolve(stamp, relative=dt.timedelta(days=3)),
        attrs.evolve(stamp, warnings=("\udc00", Text("y"))),
        newsmodel.Article(""),
        newsmodel.Article("\x7f\x1f\u2029"),
    ]


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_orjson_path_writes_and_reads_as_the_stdlib_path(
    monkeypatch: pytest.MonkeyPatch, index: int
) -> None:
    article = newsmodel.parse_article(TEXTS[index])
    fast, slow = _both_paths(monkeypatch, article.to_json)
    assert fast == slow
    text = slow[1]
    assert text == json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    for given in (text, text.encode()):
        fast, slow = _both_paths(monkeypatch, lambda g=given: newsmodel.Article.from_json(g))
        assert fast == slow == ("ok", article)


def test_orjson_path_on_odd_values(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in _odd_objects():
        fast, slow = _both_paths(monkeypatch, value.to_json)
        assert fast == slow, value
        if slow[0] == "ok":
            cls = type(value)
            fast, slow = _both_paths(monkeypatch, lambda t=slow[1], c=cls: c.from_json(t))
            assert fast == slow, value


BAD_JSON: list[Any] = [
    "",
    "{",
    "NaN",
    "[1]",
    "null",
    '"\\ud800"',
    '{"start": 1e400, "end": 2}',
    '{"start": NaN, "end": 2}',
    '{"start": 123456789012345678901234567890, "end": 123456789012345678901234567891}',
    '{"start": 18446744073709551616, "end": 18446744073709551617}',
    '{"start": -1, "end": 2}',
    '{"start": 1.0, "end": 2}',
    '{"start": true, "end": 2}',
    '{"start": 1, "end": 2, "start": 3}',
    '{"start": 1, "end": 2, "schema_version": 99}',
    '{"start": 1, "end": 2, "schema_version": 1.0}',
    '{"start": 1, "end": 2, "extra": 1}',
    '{"start": 1, "end": 2}\x00',
    '{"start": 1, "end": "\x01"}',
    b'\xef\xbb\xbf{"start": 1, "end": 2}',
    '\ufeff{"start": 1, "end": 2}',
    '{"start": 1, "end": 2}'.encode("utf-16"),
    '{"start": 1, "end": 2}'.encode("utf-16-le"),
    b"\xff",
    bytearray(b'{"start": 1, "end": 2}'),
    memoryview(b'{"start": 1, "end": 2}'),
    12,
    None,
]


@pytest.mark.parametrize("index", range(len(BAD_JSON)))
def test_orjson_path_reads_odd_json_as_the_stdlib_path(
    monkeypatch: pytest.MonkeyPatch, index: int
) -> None:
    given = BAD_JSON[index]
    fast, slow = _both_paths(monkeypatch, lambda: newsmodel.Span.from_json(given))
    assert fast == slow


def test_orjson_path_reads_every_mutation_of_a_quote_as_the_stdlib_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = newsmodel.parse_article(SEED).quotes[0].to_dict()
    for number, path in enumerate(_leaves(data)):
        for value in (ODD_VALUES[number % len(ODD_VALUES)], 2**64, 1e300):
            text = json.dumps(_replace(data, path, value))
            fast, slow = _both_paths(monkeypatch, lambda t=text: newsmodel.Quote.from_json(t))
            assert fast == slow, path


def test_orjson_reads_timedelta_floats_as_json_loads() -> None:
    orjson = pytest.importorskip("orjson")
    import random

    rng = random.Random(7)
    numbers = [rng.uniform(0, 86400 * 30) for _ in range(2000)]
    numbers += [rng.uniform(0, 1) * 10.0 ** rng.randint(-7, 14) for _ in range(2000)]
    text = json.dumps(numbers)
    assert orjson.loads(text) == json.loads(text)


def test_orjson_path_is_used_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("orjson")
    article = newsmodel.parse_article(SEED)
    text = article.to_json()

    def fail(*_args: Any) -> Any:
        raise AssertionError

    monkeypatch.setattr(_serialize, "to_json_compact", fail)
    monkeypatch.setattr(_serialize, "structure_top", fail)
    assert article.to_json() == text
    assert newsmodel.Article.from_json(text) == article


def test_import_does_not_import_orjson() -> None:
    import subprocess
    import sys

    code = "import sys, newsmodel; assert 'orjson' not in sys.modules, 'orjson imported'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_slot_setter_on_a_class_without_slots() -> None:
    from newsmodel._base import slot_setter

    @attrs.frozen(slots=False)
    class Plain:
        a: int
        b: str = "x"

    value = trusted_constructor(Plain)(1)
    assert value == Plain(1)
    slot_setter(Plain, "b")(value, "y")
    assert value == Plain(1, "y")
    span = trusted_constructor(newsmodel.Span)(4, 6)
    slot_setter(newsmodel.Span, "start")(span, 5)
    assert span == newsmodel.Span(5, 6)
