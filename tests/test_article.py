"""parse_article: the seed article end to end, nothing lost, and the render-then-parse property."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Article,
    Block,
    BlockKind,
    InvariantError,
    Paragraph,
    Precision,
    Span,
    TimestampKind,
    ZoneSource,
)
from newsmodel import strategies as nst

SEED_CAPTION = (
    "Turkish Foreign Minister Mevlut Cavusoglu speaks during a joint news conference "
    "following talks with Russian Foreign Minister Sergei Lavrov in Moscow, Russia, "
    "January 13, 2020."
)


@pytest.fixture(scope="module")
def seed(seed_text: str) -> Article:
    """Return the parsed seed article."""
    return newsmodel.parse_article(seed_text)


class TestSeed:
    def test_headline(self, seed: Article) -> None:
        """The first line is the headline."""
        assert "Syrian army enters rebel-held northwestern town in latest advance" == seed.headline

    def test_timestamp(self, seed: Article) -> None:
        """One updated timestamp, 12:32 on 7 Feb 2020 in CGTN's home zone (UTC+8), assumed."""
        (stamp,) = seed.timestamps
        assert TimestampKind.UPDATED == stamp.kind
        assert "Updated 12:32, 07-Feb-2020" == stamp.raw
        assert dt.datetime(2020, 2, 7, 12, 32) == stamp.value.replace(tzinfo=None)
        assert dt.timedelta(hours=8) == stamp.value.utcoffset()
        assert ZoneSource.OUTLET == stamp.zone_source
        assert Precision.MINUTE == stamp.precision
        assert dt.datetime(2020, 2, 7, 4, 32, tzinfo=dt.timezone.utc) == stamp.to_utc()
        assert stamp is seed.updated

    def test_outlet(self, seed: Article) -> None:
        """The outlet line names CGTN."""
        assert "CGTN" == seed.outlet

    def test_caption(self, seed: Article) -> None:
        """The caption scraped twice is one Caption with two spans and a Reuters photo credit."""
        (caption,) = seed.captions
        assert SEED_CAPTION == caption.text
        assert 2 == len(caption.spans)
        assert "Reuters" == caption.credit.agency
        assert newsmodel.CreditKind.PHOTO == caption.credit.kind
        assert "/Reuters Photo" == caption.credit.raw
        for span in caption.spans:
            assert span.slice(seed.text) == f"{SEED_CAPTION} /Reuters Photo"

    def test_paragraphs(self, seed: Article) -> None:
        """Eight body paragraphs, from 'On February 6, Russian-led' to 'could be quickly organized if needed.'."""
        assert 8 == len(seed.paragraphs)
        assert seed.paragraphs[0].text.startswith("On February 6, Russian-led")
        assert seed.paragraphs[-1].text.endswith("could be quickly organized if needed.")
        assert all(SEED_CAPTION not in p.text for p in seed.paragraphs)

    def test_sources(self, seed: Article) -> None:
        """The footer 'Source(s): Reuters' gives the sources."""
        assert ("Reuters",) == seed.sources

    def test_every_element_slices_back(self, seed: Article) -> None:
        """Every element's text is the slice of Article.text at its span."""
        seed.check()
        for paragraph in seed.paragraphs:
            assert paragraph.text == paragraph.span.slice(seed.text)
        caption = seed.captions[0]
        assert caption.text == caption.text_span.slice(seed.text)
        assert caption.credit.raw == caption.credit.span.slice(seed.text)
        assert seed.timestamps[0].raw == seed.timestamps[0].span.slice(seed.text)

    def test_blocks(self, seed: Article) -> None:
        """The seed's blocks, in order: header, two caption copies, eight paragraphs, footer."""
        kinds = [block.kind for block in seed.blocks]
        expected = (
            [BlockKind.HEADLINE, BlockKind.TIMESTAMP, BlockKind.OUTLET]
            + [BlockKind.CAPTION] * 2
            + [BlockKind.PARAGRAPH] * 8
            + [BlockKind.FOOTER]
        )
        assert expected == kinds
        assert () == seed.unclassified

    def test_serialisation(self, seed: Article) -> None:
        """The parsed seed round-trips through JSON and pickle exactly."""
        assert seed == Article.from_json(seed.to_json())
        assert seed == pickle.loads(pickle.dumps(seed))

    def test_idempotent_rendering(self, seed: Article) -> None:
        """Parsing the canonical rendering gives the same article apart from spans."""
        again = newsmodel.parse_article(seed.render())
        assert _without_spans(seed) == _without_spans(again)


def _without_spans(article: Article) -> object:
    """Return the article's extracted content with every span and offset left out."""

    def strip(value: object) -> object:
        if isinstance(value, Span):
            return None
        if attrs.has(type(value)):
            return tuple(
                (f.name, strip(getattr(value, f.name)))
                for f in attrs.fields(type(value))
                if f.name not in {"text", "blocks"} or not isinstance(value, Article)
            )
        if isinstance(value, tuple):
            return tuple(strip(v) for v in value)
        return value

    return strip(article)


class TestNothingLost:
    @given(st.text())
    def test_arbitrary_text(self, text: str) -> None:
        """On any str, parse_article returns an article whose blocks partition the text."""
        newsmodel.parse_article(text).check()

    @given(st.text(alphabet=st.sampled_from(list("ab .,\"'“”‘’«»\n\r\t-—:()/|")), max_size=300))
    def test_punctuation_soup(self, text: str) -> None:
        """Text made of quote marks, separators and line breaks parses without losing anything."""
        newsmodel.parse_article(text).check()

    @given(nst.rendered_articles(), st.data())
    def test_mutated_articles(self, rendered: nst.RenderedArticle, data: st.DataObject) -> None:
        """Rendered articles with characters deleted or inserted still parse losslessly."""
        text = rendered.text
        position = data.draw(st.integers(0, len(text)))
        cut = data.draw(st.integers(0, 20))
        noise = data.draw(st.text(max_size=10))
        newsmodel.parse_article(text[:position] + noise + text[position + cut :]).check()

    def test_empty(self) -> None:
        """The empty text gives an empty article."""
        article = newsmodel.parse_article("")
        assert Article(text="") == article

    def test_check_reports_every_problem(self) -> None:
        """check() lists lost text and overlapping blocks together."""
        article = Article(
            text="Title and more",
            blocks=[Block(BlockKind.HEADLINE, Span(0, 5)), Block(BlockKind.PARAGRAPH, Span(3, 8))],
            paragraphs=[Paragraph("xx", Span(3, 8))],
        )
        with pytest.raises(InvariantError) as info:
            article.check()
        assert [
            "blocks[1] (paragraph): starts at 3, inside the previous block (ends 5)",
            "text lost after the last block: 'd more' at 8",
            "paragraphs[0]: text 'xx' differs from the slice at 3..8 'le an'",
        ] == list(info.value.problems)


class TestRenderThenParse:
    @settings(max_examples=200)
    @given(nst.rendered_articles())
    def test_recovers_the_parts(self, rendered: nst.RenderedArticle) -> None:
        """parse_article(render(a)) recovers headline, timestamps, outlet, captions, paragraphs, sources."""
        expected = rendered.expected
        article = newsmodel.parse_article(rendered.text)
        article.check()
        assert expected.headline == article.headline
        assert expected.outlet == article.outlet
        assert [
            (t.kind, t.raw, t.span, t.value, t.precision, t.zone_source)
            for t in expected.timestamps
        ] == [
            (t.kind, t.raw, t.span, t.value, t.precision, t.zone_source) for t in article.timestamps
        ]
        assert [(c.text, c.text_span, c.spans) for c in expected.captions] == [
            (c.text, c.text_span, c.spans) for c in article.captions
        ]
        assert [(c.credit.raw, c.credit.span, c.credit.agency) for c in expected.captions] == [
            (c.credit.raw, c.credit.span, c.credit.agency) for c in article.captions if c.credit
        ]
        assert expected.paragraphs == article.paragraphs
        assert expected.sources == article.sources
        assert expected.byline == article.byline
        assert expected.credits == article.credits
        if expected.dateline is None:
            assert article.dateline is None
        else:
            assert expected.dateline == attrs.evolve(article.dateline, date=None)
        assert [b.kind for b in expected.blocks] == [b.kind for b in article.blocks]

    @given(nst.rendered_articles(line_ending="\n"))
    def test_line_endings_do_not_matter(self, rendered: nst.RenderedArticle) -> None:
        """Converting line endings to \\r\\n or \\r changes nothing but spans."""
        base = _without_spans(newsmodel.parse_article(rendered.text))
        for eol in ("\r\n", "\r"):
            converted = newsmodel.parse_article(rendered.text.replace("\n", eol))
            assert base == _without_spans(converted)

    @given(nst.rendered_articles(), st.text(alphabet=" \t\n", max_size=5))
    def test_trailing_whitespace_changes_nothing(
        self, rendered: nst.RenderedArticle, tail: str
    ) -> None:
        """Trailing whitespace does not change what is extracted."""
        base = newsmodel.parse_article(rendered.text)
        padded = newsmodel.parse_article(rendered.text + tail)
        assert attrs.evolve(base, text=padded.text) == padded


class TestOptions:
    def test_non_str_input(self) -> None:
        """Bytes are refused with advice to decode first."""
        with pytest.raises(newsmodel.InputTypeError) as info:
            newsmodel.parse_article(b"Headline")  # type: ignore[arg-type]
        assert str(info.value).startswith(
            "parse_article() expects text as a str, got bytes; decode the bytes first"
        )
        assert isinstance(info.value, TypeError)

    @pytest.mark.parametrize("value", [None, 3, 2.5, ["text"]])
    def test_other_types(self, value: object) -> None:
        """None, numbers and lists are refused, naming the type."""
        with pytest.raises(newsmodel.InputTypeError, match=f"got {type(value).__name__}"):
            newsmodel.parse_article(value)  # type: ignore[arg-type]

    def test_bad_reference(self) -> None:
        """A reference that is not a datetime is refused."""
        with pytest.raises(
            newsmodel.ArgumentError,
            match=r"reference: expected a datetime\.datetime or None, got str",
        ):
            newsmodel.parse_article("x", reference="2020-02-07")  # type: ignore[arg-type]

    def test_unknown_zone(self) -> None:
        """An unknown default_tz is refused with advice."""
        with pytest.raises(
            newsmodel.ArgumentError, match="default_tz: unknown time zone 'Mars/Olympus'"
        ):
            newsmodel.parse_article("x", default_tz="Mars/Olympus")

    def test_outlet_option_gives_the_zone(self) -> None:
        """outlet= gives a label-less header time the outlet's home zone."""
        article = newsmodel.parse_article(
            "Headline here\n17:40, 23-Aug-2019\n\nBody text of the story goes on here.",
            outlet="CGTN",
        )
        assert "CGTN" == article.outlet
        assert ZoneSource.OUTLET == article.timestamps[0].zone_source


def test_exported_names() -> None:
    """newsmodel.__all__ has no duplicates, matches dir(), and every name in it exists."""
    assert len(set(newsmodel.__all__)) == len(newsmodel.__all__)
    assert sorted(newsmodel.__all__) == sorted(dir(newsmodel))
    for name in newsmodel.__all__:
        assert hasattr(newsmodel, name), name


def test_import_loads_only_the_runtime_dependencies() -> None:
    """import newsmodel loads no third-party module other than attrs, regex and dateutil."""
    import subprocess
    import sys

    code = (
        "import sys, sysconfig; before = set(sys.modules); import newsmodel; "
        "stdlib = sys.stdlib_module_names; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(m for m in new if m not in stdlib and not m.startswith('_')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(eval(out.stdout)) <= {"attrs", "attr", "regex", "dateutil", "newsmodel"}


class TestDebris:
    """Runs of lines with no letter or digit are one unclassified block, not paragraphs."""

    TEXT = (
        "Storm closes port\n\nLONDON (Reuters) - The port closed on Monday.\n\n"
        '"\n\n“\n*\n”\n\nShips waited offshore.\n\n***\n\nThe port reopened.'
    )

    def test_a_run_is_one_unclassified_block(self) -> None:
        article = newsmodel.parse_article(self.TEXT)
        article.check()
        kinds = [(block.kind, text) for block, text in article.iter_blocks()]
        assert (BlockKind.UNCLASSIFIED, '"\n\n“\n*\n”') in kinds
        assert [p.text for p in article.paragraphs] == [
            "The port closed on Monday.",
            "Ships waited offshore.",
            "***",
            "The port reopened.",
        ]

    def test_rendering_is_stable(self) -> None:
        once = newsmodel.parse_article(self.TEXT).render()
        assert newsmodel.parse_article(once).render() == once


class TestFastPaths:
    """The pipeline's shortcuts give what the plain per-line parse gives."""

    def test_repeated_credit_line_in_another_context(self) -> None:
        line = "Rescuers work at the site in Moscow. (Reuters)"
        text = f"Headline of the story\n\nDone.\n{line}\n\nword\n{line}\n\nBody text here."
        article = newsmodel.parse_article(text)
        (caption,) = article.captions
        assert caption.spans == (Span(29, 75), Span(82, 128))
        assert caption.credit is not None
        assert caption.credit.span == Span(66, 75)
        article.check()

    def test_repeated_caption_line_spans_move(self) -> None:
        line = SEED_CAPTION + " /Reuters Photo"
        article = newsmodel.parse_article(f"Headline here\n\n{line}\n\n{line}\n\nBody text.")
        (caption,) = article.captions
        assert [span.start for span in caption.spans] == [15, 17 + len(line)]
        assert caption.credit is not None
        assert article.text[caption.credit.span.start : caption.credit.span.end] == (
            "/Reuters Photo"
        )

    def test_line_breaks_agree(self) -> None:
        text = "Title\n  \n Indented line \n\n\nLast line.\n \x0c\nEnd"
        lf = newsmodel.parse_article(text)
        crlf = newsmodel.parse_article(text.replace("\n", "\r\n"))
        assert [b.kind for b in lf.blocks] == [b.kind for b in crlf.blocks]
        assert [p.text for p in lf.paragraphs] == [p.text for p in crlf.paragraphs]

    def test_many_paragraphs_keep_collection_on(self) -> None:
        import gc

        article = newsmodel.parse_article("Short line.\n" * 30_000)
        assert gc.isenabled()
        assert len(article.paragraphs) > 29_000
        block = next(b for b in article.blocks if b.kind is BlockKind.PARAGRAPH)
        assert block.span is article.paragraphs[0].span
        gc.disable()
        try:
            newsmodel.parse_article("Short line.\n" * 30_000)
            assert not gc.isenabled()
        finally:
            gc.enable()

    def test_date_noise_line_is_not_a_timestamp_line(self) -> None:
        noise = "12:34:56:78:90:12 2020-02-07 1234567890:" * 200
        article = newsmodel.parse_article(noise)
        assert article.timestamps == ()
        assert article.paragraphs[0].text == noise


# Pieces of a long first line: header forms, prose, filler and long runs of either.
_HEADER_PIECES = (
    *("Updated 12:32, 07-Feb-2020", "2020.02.06 20:06 GMT+8", "January 7, 2018 / 10:49 PM"),
    *("Reuters", "CGTN", "By Jane Roe and John Doe", "Xinhua", "|", " | ", "/", "•", "—", "(", ")"),
    *("the council said it", "3 hours ago", " " * 300, "|" * 400, "word " * 90, "\xa0", "\x1c"),
)


class TestHeaderResidueReach:
    """``_last_residue_end``: no start past it leaves a residue ``_residue`` accepts."""

    @settings(max_examples=200)
    @given(st.lists(st.sampled_from(_HEADER_PIECES), min_size=1, max_size=30).map(" ".join))
    def test_residue_past_the_reach_is_unclassified(self, line: str) -> None:
        from newsmodel._parse_article import _ArticleParser

        parser = _ArticleParser(line, None, None, None)
        reach = parser._last_residue_end(0, len(line))
        if reach is None:
            return
        for end in range(reach + 1, min(len(line), reach + 600) + 1, 7):
            assert parser._residue(0, end)[0] is BlockKind.UNCLASSIFIED

    @settings(max_examples=100)
    @given(
        st.lists(st.sampled_from(_HEADER_PIECES), min_size=1, max_size=30).map(" ".join),
        st.sampled_from(["", "\nHeadline of the story\n\nBody text here, he said."]),
    )
    def test_parse_is_the_same_without_the_reach(self, line: str, rest: str) -> None:
        """A long first line (hostile, or a header of 2,000 characters) parses alike."""
        from unittest import mock

        from newsmodel._parse_article import _ArticleParser

        text = line + " tail" * 450 + rest
        expected = newsmodel.parse_article(text)
        with mock.patch.object(_ArticleParser, "_last_residue_end", return_value=None):
            assert newsmodel.parse_article(text) == expected

    def test_examples(self) -> None:
        from newsmodel._parse_article import _ArticleParser

        line = " | ".join(["Reuters", "x" * 500, "Updated 12:32, 07-Feb-2020"])
        parser = _ArticleParser(line, None, None, None)
        assert parser._last_residue_end(0, len(line)) == 400  # (an x, 400 after the R)
        assert parser._residue(0, 7)[0] is BlockKind.OUTLET
        assert parser._last_residue_end(0, 300) is None
        filler = "|" * 5000 + " / "
        parser = _ArticleParser(filler + "Updated 12:32, 07-Feb-2020", None, None, None)
        assert parser._last_residue_end(0, len(filler)) is None  # filler alone: any start
        article = newsmodel.parse_article(filler + "Updated 12:32, 07-Feb-2020\n\nBody.")
        assert [ts.raw for ts in article.timestamps] == ["Updated 12:32, 07-Feb-2020"]


class TestReutersWebLayout:
    """The Reuters 2017-20 web layout: section label, time line, headline, names, read time."""

    TEXT = (
        "Business News\n"
        "March 3, 2019 / 8:14 AM / Updated an hour ago\n"
        "Copper slides as smelter strike ends early\n"
        "Anna Kowal, Tomas Reyes\n"
        "3 Min Read\n"
        "SANTIAGO (Reuters) - Copper fell on Monday after workers at a Chilean smelter "
        "ended a strike.\n"
        "Workers stand outside the smelter in Antofagasta, Chile, March 1, 2019. "
        "Company website/Handout via REUTERS\n"
        "Workers stand outside the smelter in Antofagasta, Chile, March 1, 2019. "
        "Company website/Handout via REUTERS\n"
        "Prices had risen 4% during the stoppage.\n"
        "Reporting by Anna Kowal; Editing by Ed Marsh\n"
    )

    def test_blocks(self) -> None:
        article = newsmodel.parse_article(self.TEXT)
        article.check()
        assert [block.kind for block in article.blocks[:6]] == [
            BlockKind.UNCLASSIFIED,  # the section label is not the headline
            BlockKind.TIMESTAMP,
            BlockKind.HEADLINE,
            BlockKind.BYLINE,
            BlockKind.BOILERPLATE,
            BlockKind.DATELINE,
        ]
        assert article.headline == "Copper slides as smelter strike ends early"
        assert article.byline is not None
        assert [c.name for c in article.byline.contributors] == ["Anna Kowal", "Tomas Reyes"]

    def test_time_line_and_caption(self) -> None:
        article = newsmodel.parse_article(self.TEXT)
        published, updated = article.timestamps
        assert published.value == dt.datetime(2019, 3, 3, 8, 14)
        assert updated.kind is TimestampKind.UPDATED
        assert updated.relative == dt.timedelta(hours=1)
        (caption,) = article.captions
        assert len(caption.spans) == 2
        assert caption.credit is not None
        assert caption.credit.handout
        assert caption.credit.agency == "Reuters"
        assert article.paragraphs[-1].text == "Prices had risen 4% during the stoppage."

    @pytest.mark.parametrize(
        "text",
        [
            # A short headline before a time line stays the headline when a byline follows,
            "Brexit talks collapse\nUpdated 12:32, 07-Feb-2020\nBy Jane Roe\n\nBody text here.",
            # or when the body follows,
            "Markets Rally\nJanuary 7, 2018 / 10:49 PM\n\nStocks rose on Monday, traders said.",
            # or when it is not all capitalised words.
            "Brexit talks collapse\nUpdated 12:32, 07-Feb-2020\nLeaders blame each other\n\nBody.",
        ],
    )
    def test_a_short_headline_is_not_a_section_label(self, text: str) -> None:
        article = newsmodel.parse_article(text)
        assert article.headline == text.split("\n", 1)[0]

    def test_names_line_needs_a_headline_before_it(self) -> None:
        article = newsmodel.parse_article("Jane Roe\n\nThe port closed on Monday.")
        assert article.byline is None
        assert article.headline == "Jane Roe"


class TestStandfirst:
    """A sentence under the headline followed by the time line is a standfirst, not the body."""

    TEXT = (
        "Army says it retook bridge in the capital\n"
        "Fighting between the army and the militia has killed thousands since April.\n"
        "Published On 7 Feb 2024\n"
        "The army said on Wednesday it had retaken a key bridge in the capital.\n"
    )

    def test_time_line_after_a_standfirst(self) -> None:
        article = newsmodel.parse_article(self.TEXT)
        article.check()
        assert [block.kind for block in article.blocks] == [
            BlockKind.HEADLINE,
            BlockKind.UNCLASSIFIED,
            BlockKind.TIMESTAMP,
            BlockKind.PARAGRAPH,
        ]
        (published,) = article.timestamps
        assert published.value == dt.datetime(2024, 2, 7)

    def test_without_a_time_line_the_sentence_is_the_body(self) -> None:
        text = self.TEXT.replace("Published On 7 Feb 2024\n", "")
        article = newsmodel.parse_article(text)
        assert len(article.paragraphs) == 2
