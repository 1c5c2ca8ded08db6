"""
newsmodel: typed, immutable models of news copy.

Turn raw news text, pasted or scraped from news sites and wire services, into
:class:`Article`, :class:`Caption`, :class:`Quote`, :class:`Attribution` and
:class:`Timestamp` objects whose spans point back into the original text.

Example:
    >>> import newsmodel
    >>> from pathlib import Path
    >>> seed = Path("seeds/000_cd7b9de5fab0b34e.txt").read_text()
    >>> article = newsmodel.parse_article(seed)
    >>> article.headline
    'Syrian army enters rebel-held northwestern town in latest advance'
"""

from __future__ import annotations

from newsmodel._article import Article, Block, BlockKind, Paragraph
from newsmodel._base import SCHEMA_VERSION
from newsmodel._batch import ParseResult, parse_many
from newsmodel._byline import Byline, Contributor, Role
from newsmodel._caption import Caption, Credit, CreditKind
from newsmodel._dateline import Dateline
from newsmodel._exceptions import (
    ArgumentError,
    DecodeError,
    InputTypeError,
    InvariantError,
    NewsModelError,
    SchemaError,
)
from newsmodel._normalize import Normalized, normalize_and_explain, normalize_text
from newsmodel._outlets import Outlet, get_outlet, is_outlet_name
from newsmodel._parse_article import parse_article
from newsmodel._parse_byline import parse_byline
from newsmodel._parse_credit import parse_credit
from newsmodel._parse_dateline import parse_dateline
from newsmodel._parse_quotes import extract_quotes
from newsmodel._parse_timestamp import find_timestamps, parse_timestamp
from newsmodel._quote import Attribution, Quote, QuoteKind, SpeakerKind
from newsmodel._serialize import article_json_schema
from newsmodel._span import Span
from newsmodel._text import decode_text
from newsmodel._timestamp import Precision, Timestamp, TimestampKind, ZoneSource

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "ArgumentError",
    "Article",
    "Attribution",
    "Block",
    "BlockKind",
    "Byline",
    "Caption",
    "Contributor",
    "Credit",
    "CreditKind",
    "Dateline",
    "DecodeError",
    "InputTypeError",
    "InvariantError",
    "NewsModelError",
    "Normalized",
    "Outlet",
    "Paragraph",
    "ParseResult",
    "Precision",
    "Quote",
    "QuoteKind",
    "Role",
    "SchemaError",
    "Span",
    "SpeakerKind",
    "Timestamp",
    "TimestampKind",
    "ZoneSource",
    "__version__",
    "article_json_schema",
    "decode_text",
    "extract_quotes",
    "find_timestamps",
    "get_outlet",
    "is_outlet_name",
    "normalize_and_explain",
    "normalize_text",
    "parse_article",
    "parse_byline",
    "parse_credit",
    "parse_dateline",
    "parse_many",
    "parse_timestamp",
]


__test__: dict[str, object] = {}
"""Methods whose examples doctest must run (it skips methods of re-exported classes)."""


def _set_public_module() -> None:
    """Make reprs, pickles' qualified names and the docs show ``newsmodel.X``."""
    import inspect

    import attrs

    from newsmodel._base import Model

    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and attrs.has(obj):
            # Resolve string annotations while the defining module is still known.
            attrs.resolve_types(obj)
    for name in __all__:
        obj = globals()[name]
        if getattr(obj, "__module__", "").startswith("newsmodel._"):
            obj.__module__ = __name__
    # doctest finds the classes through this module, but not their methods (their
    # globals are the private modules'), so list the methods with examples here.
    for name, obj in [("Model", Model), *((n, globals()[n]) for n in __all__)]:
        if not isinstance(obj, type):
            continue
        for attribute, value in vars(obj).items():
            if inspect.isfunction(value) or isinstance(value, (classmethod, staticmethod)):
                function = getattr(value, "__func__", value)
                if ">>>" in (function.__doc__ or ""):
                    __test__[f"{name}.{attribute}"] = function


_set_public_module()


def __dir__() -> list[str]:
    return sorted(__all__)
