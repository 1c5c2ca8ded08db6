"""The generated (fast) dumpers and loaders of _serialize agree with the general plans exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
