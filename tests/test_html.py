"""Tests for the annotated HTML view and the text summary (newsmodel._html)."""

from __future__ import annotations

import datetime as dt
import html.parser
from pathlib import Path

import pytest

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
    Span,
    Timestamp,
    TimestampKind,
    ZoneSource,
)
from newsmodel._html import render_html, render_summary, time_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"

_VOID = {"meta", "br", "hr", "img", "link", "input"}


class _Checker(html.parser.HTMLParser):
    """Collect tags, text and problems (unbalanced tags, external resources)."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    return checker


def _hand_made() -> Article:
    """Return a small article built by hand, with every kind of part the view shows."""
    head = '<Talks> & "tea" resume\n'
    stamp = "Updated 2020.02.06 20:06 GMT+8\n"
    caption = "Envoys meet in Geneva. /Reuters Photo\n\n"
    quote_para = '"We will respond," Jane Roe said.\n\n'
    odd = "@@@ ### ???\n"
    text = head + stamp + caption + quote_para + odd
    h_end = len(head) - 1
    s_start = len(head)
    s_end = s_start + len(stamp) - 1
    c_start = s_end + 1
    c_end = c_start + len(caption) - 2
    p_start = c_end + 2
    p_end = p_start + len(quote_para) - 2
    o_start = p_end + 2
    o_end = len(text) - 1
    credit_start = text.index("/Reuters Photo")
    quote_start = p_start + 1
    quote_end = quote_start + len("We will respond,")
    name_start = text.index("Jane Roe")
    cue_start = text.index("said")
    value = dt.datetime(2020, 2, 6, 20, 6, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return Article(
        text=text,
        headline=text[:h_end],
        timestamps=(
            Timestamp(
                TimestampKind.UPDATED,
                value,
                text[s_start:s_end],
                Span(s_start, s_end),
                zone_source=ZoneSource.STATED,
                zone="UTC+08:00",
                zone_label="GMT+8",
            ),
        ),
        captions=(
            Caption(
                text="Envoys meet in Geneva.",
                text_span=Span(c_start, c_start + len("Envoys meet in Geneva.")),
                spans=(Span(c_start, c_end),),
                credit=Credit(
                    raw="/Reuters Photo",
                    span=Span(credit_start, credit_start + len("/Reuters Photo")),
                    agency="Reuters",
                ),
            ),
        ),
        paragraphs=(Paragraph(text[p_start:p_end], Span(p_start, p_end)),),
        quotes=(
            Quote(
                text="We will respond,",
                span=Span(quote_start, quote_end),
                kind=QuoteKind.DIRECT,
                spans=(Span(quote_start, quote_end),),
                paragraphs=(0,),
                attribution=Attribution(
                    speaker="Jane Roe",
                    mention="Jane Roe",
                    mention_span=Span(name_start, name_start + 8),
                    speaker_span=Span(name_start, name_start + 8),
                    cue="said",
                    cue_span=Span(cue_start, cue_start + 4),
                ),
            ),
        ),
        blocks=(
            Block(BlockKind.HEADLINE, Span(0, h_end)),
            Block(BlockKind.TIMESTAMP, Span(s_start, s_end)),
            Block(BlockKind.CAPTION, Span(c_start, c_end)),
            Block(BlockKind.PARAGRAPH, Span(p_start, p_end)),
            Block(BlockKind.UNCLASSIFIED, Span(o_start, o_end)),
        ),
    )


class TestRenderHtml:
    def test_hand_made_article_is_fully_shown(self) -> None:
        """Headline, UTC time, caption credit, the labelled quote and the odd block all show."""
        article = _hand_made()
        article.check()
        page = render_html(article)
        checker = _check(page)
        assert [] == checker.problems
        assert [] == checker.stack
        assert "<h1>&lt;Talks&gt; &amp; &quot;tea&quot; resume</h1>" in page
        assert "2020-02-06 12:06 UTC" in page
        assert "Credit: &#x27;/Reuters Photo&#x27;: Reuters (photo)" in page
        assert "<span class='qlabel'>Q1 · Jane Roe · said</span>" in page
        assert "<span class='spk' title='Q1 speaker: Jane Roe'>Jane Roe</span>" in page
        assert "<span class='cue' title='Q1 cue'>said</span>" in page
        assert (
            "<div class='block k-unclassified'><div class='tag'>unclassified (not understood)"
            "</div><div class='content'>@@@ ### ???</div></div>"
        ) in page

    def test_quote_text_is_highlighted_exactly(self) -> None:
        """The highlighted quote spans join to the quote's text."""
        article = _hand_made()
        page = render_html(article)
        checker = _HighlightCollector()
        checker.feed(page)
        assert "We will respond," == "".join(checker.highlighted)

    def test_self_contained(self) -> None:
        """The page loads nothing from elsewhere: no scripts, links, images or URLs."""
        page = render_html(newsmodel.parse_article(SEED.read_text(encoding="utf-8")))
        tags = {tag for tag, _ in _check(page).tags}
        assert set() == tags & {"script", "link", "img", "iframe", "object", "embed"}
        assert "http" not in page
        assert "url(" not in page

    def test_seed_shows_every_quote_and_speaker(self) -> None:
        """Every quote of the seed is labelled in the text with its speaker and cue."""
        article = newsmodel.parse_article(SEED.read_text(encoding="utf-8"))
        page = render_html(article)
        checker = _check(page)
        assert [] == checker.problems
        labels = [
            attrs for tag, attrs in checker.tags if tag == "span" and attrs.get("class") == "qlabel"
        ]
        assert len(article.quotes) + 1 == len(labels)  # one more in the legend
        text = "".join(checker.text)
        for number, quote in enumerate(article.quotes, 1):
            assert quote.attribution is not None
            assert f"Q{number} · " in text
            assert (quote.speaker or "") in text
            assert (quote.attribution.cue or "") in text

    def test_text_without_blocks_is_marked_unclassified(self) -> None:
        """An article with no blocks shows its whole text as one unclassified block."""
        page = render_html(Article(text="Just <text>"))
        assert "<div class='content'>Just &lt;text&gt;</div>" in page
        assert "<h1 class='missing'>No headline found</h1>" in page

    def test_refuses_non_articles(self) -> None:
        """Anything but an Article raises InputTypeError naming the type."""
        with pytest.raises(newsmodel.InputTypeError) as info:
            render_html("text")  # type: ignore[arg-type]
        assert "render_html() expects a newsmodel.Article, got str" == str(info.value)

    def test_title(self) -> None:
        """title= sets the page title, escaped."""
        assert "<title>a &lt;b&gt; · newsmodel</title>" in render_html(
            Article(text="x"), title="a <b>"
        )


class _HighlightCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.highlighted: list[str] = []
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and "content" in classes:
            self._in_body = True
        if tag == "span" and "q" in classes and self._in_body:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self.depth:
            self.depth -= 1
        if tag == "div":
            self._in_body = False

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.highlighted.append(data)


class TestSummary:
    def test_hand_made(self) -> None:
        """The summary lists headline, UTC time, caption credit, quote and odd blocks."""
        assert (
            'Headline: <Talks> & "tea" resume\n'
            "Updated: 2020-02-06 12:06 UTC  [Updated 2020.02.06 20:06 GMT+8]\n"
            "Captions (1):\n"
            "  - Envoys meet in Geneva.\n"
            "    credit: '/Reuters Photo': Reuters (photo)\n"
            "Paragraphs: 1\n"
            "Quotes (1):\n"
            "  1. [direct] We will respond,\n"
            "     speaker: Jane Roe; cue: said\n"
            "Unclassified blocks: 1"
        ) == render_summary(_hand_made())

    @pytest.mark.parametrize(
        ("value", "zone_source", "precision", "expected"),
        [
            (
                dt.datetime(2020, 2, 6, 20, 6),  # a naive time on purpose
                ZoneSource.NONE,
                "minute",
                "2020-02-06 20:06 (local time, zone unknown)",
            ),
            (
                dt.datetime(2020, 2, 6),  # a naive date on purpose
                ZoneSource.NONE,
                "day",
                "2020-02-06 (date only)",
            ),
            (
                dt.datetime(2020, 2, 6, 20, 6, 5, tzinfo=dt.timezone.utc),
                ZoneSource.STATED,
                "second",
                "2020-02-06 20:06:05 UTC",
            ),
        ],
    )
    def test_time_text(
        self, value: dt.datetime, zone_source: ZoneSource, precision: str, expected: str
    ) -> None:
        """Times show in UTC when the zone is known, else as printed, with their precision."""
        stamp = Timestamp(
            TimestampKind.PUBLISHED,
            value,
            "x",
            Span(0, 1),
            precision=newsmodel.Precision(precision),
            zone_source=zone_source,
        )
        assert expected == time_text(stamp)

    def test_relative_time(self) -> None:
        """An unresolved relative time says so."""
        stamp = Timestamp(
            TimestampKind.UPDATED, None, "3 hours ago", Span(0, 11), relative=dt.timedelta(hours=3)
        )
        assert "3:00:00 before the reference (relative, not resolved)" == time_text(stamp)
