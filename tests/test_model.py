"""The model types: validation at the boundary, pickling, dict/JSON round trips, the JSON Schema."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Article,
    Attribution,
    Block,
    BlockKind,
    Caption,
    Credit,
    Paragraph,
    Quote,
    QuoteKind,
    SchemaError,
    Span,
    Timestamp,
    TimestampKind,
    ZoneSource,
)
from newsmodel import strategies as nst

ALL_VALUES = st.one_of(
    nst.spans(),
    nst.blocks(),
    nst.timestamps(),
    nst.credits(),
    nst.captions(),
    nst.contributors(),
    nst.bylines(),
    nst.datelines(),
    nst.attributions(),
    nst.quotes(),
    nst.paragraphs(),
    nst.articles(max_paragraphs=3),
)


_ARTICLE_VALIDATOR = jsonschema.Draft202012Validator(newsmodel.article_json_schema())
"""The exported schema's validator, built once (``jsonschema.validate`` checks the schema
and builds a validator on every call)."""


class TestSpan:
    def test_slice_and_len(self) -> None:
        """A span slices the text it points into and knows its length."""
        span = Span(4, 11)
        assert "Kremlin" == span.slice("The Kremlin said")
        assert 7 == len(span)

    @pytest.mark.parametrize(
        ("start", "end", "error", "message"),
        [
            (-1, 3, ValueError, "Span.start must be >= 0, got -1"),
            (5, 3, ValueError, "Span end (3) must not be before start (5)"),
            ("0", 3, TypeError, "Span.start must be an int, got str '0'"),
            (0, True, TypeError, "Span.end must be an int, got bool True"),
        ],
    )
    def test_invalid(
        self, start: object, end: object, error: type[Exception], message: str
    ) -> None:
        """Invalid offsets are rejected with a message naming the field and the value."""
        with pytest.raises(error) as info:
            Span(start, end)  # type: ignore[arg-type]
        assert message == str(info.value)

    def test_overlaps_contains_shift(self) -> None:
        """Overlap is strict at the edges, containment inclusive, shift moves both ends."""
        assert Span(0, 5).overlaps(Span(4, 9))
        assert not Span(0, 4).overlaps(Span(4, 9))
        assert Span(0, 9).contains(Span(4, 9))
        assert Span(12, 15) == Span(2, 5).shift(10)

    def test_frozen(self) -> None:
        """Spans are immutable."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1).start = 3  # type: ignore[misc]


class TestTimestamp:
    def test_aware_needs_a_zone_source(self) -> None:
        """An aware value with zone_source NONE is rejected."""
        with pytest.raises(ValueError, match="zone_source is NONE"):
            Timestamp(
                kind=TimestampKind.UPDATED,
                value=dt.datetime(2020, 2, 7, 12, 32, tzinfo=dt.timezone.utc),
                raw="x",
                span=Span(0, 1),
            )

    def test_naive_needs_no_zone_source(self) -> None:
        """A naive value claiming a stated zone is rejected."""
        with pytest.raises(ValueError, match="naive but zone_source is 'stated'"):
            Timestamp(
                kind=TimestampKind.UPDATED,
                value=dt.datetime(2020, 2, 7, 12, 32),
                raw="x",
                span=Span(0, 1),
                zone_source=ZoneSource.STATED,
            )

    def test_to_utc_requires_a_zone(self) -> None:
        """to_utc on a naive timestamp raises ArgumentError naming the raw text."""
        stamp = Timestamp(
            kind=TimestampKind.UNKNOWN,
            value=dt.datetime(2020, 4, 10),
            raw="10 April 2020",
            span=Span(0, 13),
        )
        with pytest.raises(newsmodel.ArgumentError, match="'10 April 2020' has no zone"):
            stamp.to_utc()

    def test_json_keeps_the_iana_zone(self) -> None:
        """A Timestamp's IANA zone survives JSON, so DST rules still apply after loading."""
        tz = newsmodel._zones.zone_from_name("America/New_York")
        stamp = Timestamp(
            kind=TimestampKind.UPDATED,
            value=dt.datetime(2020, 8, 22, 2, 18, tzinfo=tz),
            raw="Updated 2:18 a.m. ET, August 22, 2020",
            span=Span(0, 38),
            zone_source=ZoneSource.STATED,
            zone="America/New_York",
            zone_label="ET",
        )
        loaded = Timestamp.from_json(stamp.to_json())
        assert stamp == loaded
        assert "America/New_York" == str(loaded.value.tzinfo)


class TestRoundTrips:
    @given(ALL_VALUES)
    def test_dict_round_trip(self, value: object) -> None:
        """from_dict(to_dict(x)) == x for every model type."""
        assert value == type(value).from_dict(value.to_dict())  # type: ignore[attr-defined]

    @given(ALL_VALUES)
    def test_json_round_trip(self, value: object) -> None:
        """from_json(to_json(x)) == x for every model type."""
        assert value == type(value).from_json(value.to_json())  # type: ignore[attr-defined]

    @given(ALL_VALUES)
    def test_pickle_round_trip(self, value: object) -> None:
        """Every model object pickles and unpickles to an equal object."""
        assert value == pickle.loads(pickle.dumps(value))

    @given(nst.articles(max_paragraphs=3))
    def test_article_dict_matches_the_json_schema(self, article: Article) -> None:
        """Article.to_dict() output validates against the exported JSON Schema."""
        _ARTICLE_VALIDATOR.validate(article.to_dict())

    def test_schema_is_valid_json_schema(self) -> None:
        """The exported schema is itself a valid draft 2020-12 schema and JSON-serialisable."""
        schema = newsmodel.article_json_schema()
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema == json.loads(json.dumps(schema))

    def test_repr_shows_the_public_module(self) -> None:
        """Types present themselves as newsmodel.X, which is also where pickle finds them."""
        assert "newsmodel" == Span.__module__
        assert "newsmodel.Span" == f"{Span.__module__}.{Span.__qualname__}"


class TestSchemaErrors:
    def test_every_problem_is_reported_with_its_path(self) -> None:
        """from_dict reports all problems at once, each with its JSON path."""
        data = {
            "schema_version": 1,
            "text": 3,
            "captions": [
                {"text": "x", "spans": [{"start": 0}], "text_span": {"start": 0, "end": 1}}
            ],
            "blocks": [{"kind": "banner", "span": {"start": 0, "end": 1}}],
            "extra": True,
        }
        with pytest.raises(SchemaError) as info:
            Article.from_dict(data)
        expected = [
            ("$.text", "expected a string, got int 3"),
            ("$.captions[0].spans[0].end", "missing required field 'end'"),
            (
                "$.blocks[0].kind",
                (
                    "expected one of 'headline', 'timestamp', 'outlet', 'byline', 'dateline', "
                    "'caption', 'paragraph', 'footer', 'boilerplate', 'unclassified', "
                    "got str 'banner'"
                ),
            ),
            ("$.extra", "unknown field 'extra'"),
        ]
        assert expected == list(info.value.problems)
        assert str(info.value).startswith(
            "4 problems in Article data:\n  expected a string, got int 3 @ $.text"
        )

    def test_newer_schema_version_is_refused(self) -> None:
        """Data written by a newer schema version is refused with advice to upgrade."""
        with pytest.raises(
            SchemaError, match="schema version 99 is newer than this newsmodel reads"
        ):
            Span.from_dict({"schema_version": 99, "start": 0, "end": 1})

    def test_invalid_values_are_reported(self) -> None:
        """A value that passes the type check but breaks a validator is reported at its path."""
        with pytest.raises(SchemaError) as info:
            Span.from_dict({"start": 5, "end": 2})
        assert [("$", "invalid Span: Span end (2) must not be before start (5)")] == list(
            info.value.problems
        )

    def test_malformed_json(self) -> None:
        """Malformed JSON raises SchemaError, not a bare json error."""
        with pytest.raises(SchemaError, match="not valid JSON"):
            Article.from_json("{not json")

    def test_json_must_be_an_object(self) -> None:
        """A JSON array is not an Article."""
        with pytest.raises(SchemaError, match="expected an object, got array"):
            Article.from_json("[]")

    def test_bool_is_not_an_int(self) -> None:
        """JSON true is not accepted where an integer offset is expected."""
        with pytest.raises(SchemaError, match=r"expected an integer, got bool True @ \$.start"):
            Span.from_dict({"start": True, "end": 1})

    def test_datetime_out_of_range_in_its_zone(self) -> None:
        """A datetime that overflows when moved into its named zone is a SchemaError."""
        data = {
            "kind": "updated",
            "value": "0001-01-01T00:00:00+08:00",
            "raw": "x",
            "span": {"start": 0, "end": 1},
            "precision": "minute",
            "zone_source": "outlet",
            "zone": "Asia/Shanghai",
        }
        with pytest.raises(SchemaError, match=r"invalid Timestamp: .* @ \$\.timestamps\[0\]"):
            Article.from_dict({"text": "x", "timestamps": [data]})
        with pytest.raises(SchemaError, match=r"invalid Timestamp: .* @ \$$"):
            Timestamp.from_json(json.dumps(data))

    def test_schema_error_is_a_value_error(self) -> None:
        """SchemaError is both a NewsModelError and a ValueError."""
        assert issubclass(SchemaError, newsmodel.NewsModelError)
        assert issubclass(SchemaError, ValueError)


class TestConstruction:
    def test_sequences_become_tuples(self) -> None:
        """List arguments are converted to tuples, so objects stay hashable."""
        caption = Caption(text="A", text_span=Span(0, 1), spans=[Span(0, 1)])
        assert (Span(0, 1),) == caption.spans
        assert isinstance(hash(caption), int)

    def test_caption_needs_an_occurrence(self) -> None:
        """A caption without any occurrence span is rejected."""
        with pytest.raises(ValueError, match="spans"):
            Caption(text="A", text_span=Span(0, 1), spans=[])

    def test_quote_speaker_property(self) -> None:
        """Quote.speaker reads through to the attribution."""
        quote = Quote(
            text="Q",
            span=Span(1, 2),
            kind=QuoteKind.DIRECT,
            spans=[Span(1, 2)],
            attribution=Attribution(speaker="Jane Roe"),
        )
        assert "Jane Roe" == quote.speaker

    def test_wrong_field_type(self) -> None:
        """A field of the wrong type is rejected by its validator."""
        with pytest.raises(TypeError, match="'credit' must be"):
            Caption(text="A", text_span=Span(0, 1), spans=[Span(0, 1)], credit="Reuters")  # type: ignore[arg-type]

    def test_article_fields(self) -> None:
        """An Article built by hand exposes its blocks' texts."""
        article = Article(
            text="Title\n\nBody.",
            headline="Title",
            paragraphs=[Paragraph("Body.", Span(7, 12))],
            blocks=[Block(BlockKind.HEADLINE, Span(0, 5)), Block(BlockKind.PARAGRAPH, Span(7, 12))],
        )
        assert ["Title", "Body."] == [text for _, text in article.iter_blocks()]
        article.check()

    def test_credit_default_kind(self) -> None:
        """A credit is a photo credit unless said otherwise."""
        assert newsmodel.CreditKind.PHOTO == Credit(raw="AFP", span=Span(0, 3)).kind


MODEL_TYPES = [
    newsmodel.Article,
    newsmodel.Attribution,
    newsmodel.Block,
    newsmodel.Byline,
    newsmodel.Caption,
    newsmodel.Contributor,
    newsmodel.Credit,
    newsmodel.Dateline,
    newsmodel.Paragraph,
    newsmodel.Quote,
    newsmodel.Span,
    newsmodel.Timestamp,
]


@pytest.mark.parametrize("kind", MODEL_TYPES, ids=lambda kind: kind.__name__)
def test_every_model_type_resolves_with_from_type(kind: type) -> None:
    """st.from_type gives valid instances of every model type (registered by the entry point)."""

    @settings(max_examples=10)
    @given(st.from_type(kind))
    def check(value: object) -> None:
        assert isinstance(value, kind)
        attrs.validate(value)  # type: ignore[arg-type]

    check()


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (lambda: nst.spans(max_end=-1), "max_end must be an int >= 0, got -1"),
        (lambda: nst.blocks(max_end=0), "max_end must be an int >= 1, got 0"),
        (
            lambda: nst.rendered_articles(min_paragraphs=0),
            "min_paragraphs must be an int >= 1, got 0",
        ),
        (
            lambda: nst.rendered_articles(min_paragraphs=3, max_paragraphs=2),
            "max_paragraphs must be an int >= 3, got 2",
        ),
        (lambda: nst.rendered_articles(line_ending="\t"), "line_ending must be"),
        (lambda: nst.articles(max_paragraphs=True), "max_paragraphs must be an int >= 1, got True"),
    ],
)
def test_strategy_arguments_are_checked(factory: object, message: str) -> None:
    """Impossible strategy arguments raise ArgumentError naming the argument."""
    with pytest.raises(newsmodel.ArgumentError, match=re.escape(message)):
        st.one_of(factory()).example()  # type: ignore[operator]
