"""
A self-contained annotated HTML view of one article, and its plain-text summary.

The view is what a journalist or researcher looks at to trust a parse: the header
fields, the captions with their credits, then the text block by block with every quote
highlighted and labelled with its speaker and cue, and unclassified blocks marked.
The page has inline CSS only: no scripts, fonts or images from anywhere.
"""

from __future__ import annotations

import html
import itertools
from typing import TYPE_CHECKING

from newsmodel._article import Article, BlockKind
from newsmodel._text import require_str
from newsmodel._timestamp import Precision

if TYPE_CHECKING:
    from collections.abc import Iterable

    from newsmodel._byline import Byline
    from newsmodel._caption import Caption
    from newsmodel._dateline import Dateline
    from newsmodel._quote import Quote
    from newsmodel._timestamp import Timestamp

__all__ = ["render_html", "render_summary", "time_text"]


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


# ---------------------------------------------------------------------------------------------
# Plain-text descriptions shared by the HTML view and ``newsmodel parse --format text``.
# ---------------------------------------------------------------------------------------------


def time_text(stamp: Timestamp) -> str:
    """
    Describe when ``stamp`` is: in UTC when its zone is known, else as printed.

    Example:
        >>> import datetime as dt
        >>> from newsmodel import Span, Timestamp, TimestampKind, ZoneSource
        >>> from newsmodel._html import time_text
        >>> value = dt.datetime(2020, 2, 6, 20, 6, tzinfo=dt.timezone(dt.timedelta(hours=8)))
        >>> raw = "Updated 2020.02.06 20:06 GMT+8"
        >>> stamp = Timestamp(TimestampKind.UPDATED, value, raw, Span(0, len(raw)),
        ...                   zone_source=ZoneSource.STATED)
        >>> time_text(stamp)
        '2020-02-06 12:06 UTC'
    """
    value = stamp.value
    if value is None:
        return f"{stamp.relative} before the reference (relative, not resolved)"
    if stamp.precision is Precision.DAY:
        return f"{value:%Y-%m-%d} (date only)"
    shape = "%Y-%m-%d %H:%M:%S" if stamp.precision is Precision.SECOND else "%Y-%m-%d %H:%M"
    if stamp.is_aware:
        return f"{stamp.to_utc():{shape}} UTC"
    return f"{value:{shape}} (local time, zone unknown)"


def _time_note(stamp: Timestamp) -> str:
    notes = []
    if stamp.zone:
        notes.append(f"zone {stamp.zone} ({stamp.zone_source.value})")
    if stamp.ambiguous:
        notes.append("day and month could be swapped")
    notes.extend(stamp.warnings)
    return "; ".join(notes)


def _byline_text(byline: Byline) -> str:
    people = [
        f"{c.name} ({c.role.value}{', ' + c.place if c.place else ''})" for c in byline.contributors
    ]
    parts = [", ".join(people)] if people else []
    if byline.organisations:
        parts.append(", ".join(byline.organisations))
    if byline.place:
        parts.append(byline.place)
    return "; ".join(parts) or byline.raw


def _dateline_text(dateline: Dateline) -> str:
    parts = [", ".join(dateline.places)] if dateline.places else []
    if dateline.region:
        parts.append(dateline.region)
    if dateline.date is not None:
        parts.append(dateline.date.isoformat())
    elif dateline.date_text:
        parts.append(dateline.date_text)
    if dateline.agency:
        parts.append(dateline.agency)
    return " · ".join(parts) or dateline.raw


def _credit_text(caption: Caption) -> str:
    credit = caption.credit
    if credit is None:
        return "no credit printed"
    parts = [credit.agency] if credit.agency else []
    parts.extend(credit.photographers)
    if credit.distributor:
        parts.append(f"via {credit.distributor}")
    flags = [credit.kind.value] + ["pool"] * credit.pool + ["handout"] * credit.handout
    return f"{credit.raw!r}: {', '.join(parts) or 'unnamed'} ({', '.join(flags)})"


def _speaker_text(quote: Quote) -> str:
    attribution = quote.attribution
    if attribution is None:
        return "no speaker"
    name = attribution.speaker or (
        f"{attribution.mention!r} (not resolved)" if attribution.mention else "unnamed"
    )
    if attribution.role:
        name = f"{name}, {attribution.role}"
    return name


def render_summary(article: Article) -> str:
    """
    Return a readable plain-text summary of ``article``.

    Lists the headline, the times (in UTC where the zone is known), outlet, dateline,
    byline, captions with credits, each quote with its speaker and cue, sources and
    the number of unclassified blocks. ``newsmodel parse --format text`` prints it.

    Example:
        >>> import newsmodel
        >>> from newsmodel._html import render_summary
        >>> print(render_summary(newsmodel.Article(text="Body.", headline="A title")))
        Headline: A title
    """
    lines = [f"Headline: {article.headline or '(none found)'}"]
    lines.extend(
        f"{stamp.kind.value.capitalize()}: {time_text(stamp)}  [{stamp.raw}]"
        for stamp in article.timestamps
    )
    if article.outlet:
        lines.append(f"Outlet: {article.outlet}")
    if article.dateline:
        lines.append(f"Dateline: {_dateline_text(article.dateline)}  [{article.dateline.raw}]")
    if article.byline:
        lines.append(f"Byline: {_byline_text(article.byline)}")
    if article.captions:
        lines.append(f"Captions ({len(article.captions)}):")
        for caption in article.captions:
            lines.append(f"  - {caption.text}")
            lines.append(f"    credit: {_credit_text(caption)}")
    if article.paragraphs:
        lines.append(f"Paragraphs: {len(article.paragraphs)}")
    if article.quotes:
        lines.append(f"Quotes ({len(article.quotes)}):")
        for number, quote in enumerate(article.quotes, 1):
            cue = quote.attribution.cue if quote.attribution else None
            lines.append(f"  {number}. [{quote.kind.value}] {quote.text}")
            lines.append(f"     speaker: {_speaker_text(quote)}; cue: {cue or '-'}")
    if article.sources:
        lines.append(f"Sources: {', '.join(article.sources)}")
    lines.extend(f"Credit line: {_byline_text(credit)}" for credit in article.credits)
    lines.extend(f"Correction: {correction}" for correction in article.corrections)
    unclassified = article.unclassified
    if unclassified:
        lines.append(f"Unclassified blocks: {len(unclassified)}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# HTML.
# ---------------------------------------------------------------------------------------------

_CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --bad: #b3261e; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink);
       max-width: 60rem; margin: 2rem auto; padding: 0 1.25rem; background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font: 600 0.85rem/1.4 system-ui, sans-serif; text-transform: uppercase;
     letter-spacing: .06em; color: var(--muted); border-bottom: 1px solid var(--rule);
     padding-bottom: .25rem; margin: 2rem 0 .75rem; }
.missing { color: var(--bad); font-style: italic; }
dl.meta { display: grid; grid-template-columns: 9rem 1fr; gap: .3rem 1rem; margin: 0;
          font: 0.95rem/1.45 system-ui, sans-serif; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.raw { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em;
       background: #f3f3f5; padding: 0 .3em; border-radius: 3px; }
.note { color: var(--muted); font-size: .85em; }
figure { margin: 0 0 .75rem; padding: .6rem .8rem; border-left: 4px solid #8e9aaf;
         background: #f7f8fa; }
figcaption { font: .95rem/1.45 system-ui, sans-serif; }
.credit { display: block; color: var(--muted); font-size: .85em; margin-top: .2rem; }
.block { display: grid; grid-template-columns: 7.5rem 1fr; gap: 0 1rem; margin: 0 0 .8rem; }
.tag { font: 600 .7rem/1.9 system-ui, sans-serif; text-transform: uppercase;
       letter-spacing: .05em; color: var(--muted); text-align: right; }
.content { white-space: pre-wrap; overflow-wrap: anywhere; }
.k-headline .content { font-weight: 700; font-size: 1.15rem; }
.k-timestamp .content, .k-outlet .content, .k-byline .content, .k-dateline .content,
.k-footer .content, .k-boilerplate .content { font-family: system-ui, sans-serif;
       font-size: .92rem; color: #3c4043; }
.k-caption .content { font-style: italic; color: #3c4043; }
.k-unclassified .content { border: 2px dashed var(--bad); background: #fdf0ef;
       padding: .2rem .4rem; }
.k-unclassified .tag { color: var(--bad); }
.q { border-radius: 2px; }
.q0 { background: #fff1a8; } .q1 { background: #c9f0d6; } .q2 { background: #d7e6ff; }
.q3 { background: #ffd9ec; } .q4 { background: #ffe2c2; } .q5 { background: #e5dcff; }
.qm { text-decoration: underline dotted; }
.spk { border-bottom: 2px solid #1a73e8; font-weight: 600; }
.cue { border-bottom: 2px dashed #188038; }
.qlabel { font: 600 .72rem/1 system-ui, sans-serif; color: #fff; background: #3c4043;
          border-radius: 3px; padding: .12rem .35rem; margin: 0 .25rem; white-space: nowrap;
          vertical-align: .12em; }
.legend { font: .8rem/1.6 system-ui, sans-serif; color: var(--muted); margin-bottom: 1rem; }
.legend span { margin-right: .9rem; padding: 0 .25rem; }
table { border-collapse: collapse; width: 100%; font: .88rem/1.4 system-ui, sans-serif; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
         border-bottom: 1px solid var(--rule); }
th { color: var(--muted); font-weight: 600; }
footer { margin-top: 2.5rem; font: .8rem system-ui, sans-serif; color: var(--muted); }
"""


_LEGEND = (
    "<div class='legend'><span class='q q0'>quoted or reported speech</span>"
    "<span class='spk'>speaker mention</span><span class='cue'>cue</span>"
    "<span class='qlabel'>Q1 · speaker · cue</span>"
    "<span style='border:2px dashed var(--bad)'>unclassified block</span>"
    "</div>"
)


def _meta_rows(article: Article) -> Iterable[tuple[str, str]]:
    for stamp in article.timestamps:
        note = _time_note(stamp)
        yield (
            stamp.kind.value.capitalize(),
            f"{_esc(time_text(stamp))} <span class='raw'>{_esc(stamp.raw)}</span>"
            + (f" <span class='note'>{_esc(note)}</span>" if note else ""),
        )
    if article.outlet:
        yield "Outlet", _esc(article.outlet)
    if article.byline:
        shown = _esc(_byline_text(article.byline))
        yield "Byline", f"{shown} <span class='raw'>{_esc(article.byline.raw)}</span>"
    if article.dateline:
        shown = _esc(_dateline_text(article.dateline))
        yield "Dateline", f"{shown} <span class='raw'>{_esc(article.dateline.raw)}</span>"
    if article.sources:
        yield "Sources", _esc(", ".join(article.sources))
    for credit in article.credits:
        yield (
            "Credit line",
            f"{_esc(_byline_text(credit))} <span class='raw'>{_esc(credit.raw)}</span>",
        )
    for correction in article.corrections:
        yield "Correction", _esc(correction)
    counts = f"{len(article.paragraphs)} paragraphs, {len(article.quotes)} quotes"
    unclassified = len(article.unclassified)
    if unclassified:
        counts += f", <strong class='missing'>{unclassified} unclassified blocks</strong>"
    yield "Found", counts


def _quote_label(number: int, quote: Quote) -> str:
    cue = quote.attribution.cue if quote.attribution else None
    return f"Q{number} · {_speaker_text(quote)} · {cue or 'no cue'}"


def _annotations(article: Article) -> list[tuple[int, int, str, str]]:
    """Return ``(start, end, css classes, title)`` for every highlighted span."""
    marks: list[tuple[int, int, str, str]] = []
    for number, quote in enumerate(article.quotes, 1):
        colour = f"q q{(number - 1) % 6}"
        title = f"{_quote_label(number, quote)} ({quote.kind.value})"
        marks.extend((piece.start, piece.end, colour, title) for piece in quote.spans)
        marks.extend(
            (span.start, span.end, "qm", f"Q{number}: quoted words") for span in quote.marked
        )
        attribution = quote.attribution
        if attribution is None:
            continue
        if attribution.mention_span is not None:
            who = attribution.speaker or "unresolved"
            marks.append(
                (
                    attribution.mention_span.start,
                    attribution.mention_span.end,
                    "spk",
                    f"Q{number} speaker: {who}",
                )
            )
        if attribution.cue_span is not None:
            marks.append(
                (attribution.cue_span.start, attribution.cue_span.end, "cue", f"Q{number} cue")
            )
    return marks


_CLOSING_MARKS = frozenset("\"”’'»")


def _labels(article: Article) -> dict[int, list[str]]:
    """Return the quote labels to place after each position (where a quote's last piece ends)."""
    labels: dict[int, list[str]] = {}
    text = article.text
    for number, quote in enumerate(article.quotes, 1):
        end = quote.spans[-1].end
        # After the closing quote mark, not between the words and the mark.
        while end < len(text) and text[end] in _CLOSING_MARKS:
            end += 1
        labels.setdefault(end, []).append(_quote_label(number, quote))
    return labels


def _annotated(
    text: str,
    start: int,
    end: int,
    marks: list[tuple[int, int, str, str]],
    labels: dict[int, list[str]],
) -> str:
    """Render ``text[start:end]`` with the marks that touch it, as flat non-nested spans."""
    inside = [(max(a, start), min(b, end), c, t) for a, b, c, t in marks if a < end and b > start]
    cuts = {start, end}
    for a, b, _, _ in inside:
        cuts.update((a, b))
    cuts.update(pos for pos in labels if start < pos <= end)
    points = sorted(cuts)
    out: list[str] = []
    for left, right in itertools.pairwise(points):
        piece = _esc(text[left:right])
        active = [(c, t) for a, b, c, t in inside if a <= left and right <= b]
        if active:
            classes = " ".join(dict.fromkeys(" ".join(c for c, _ in active).split()))
            title = " | ".join(dict.fromkeys(t for _, t in active))
            out.append(f"<span class='{classes}' title='{_esc(title)}'>{piece}</span>")
        else:
            out.append(piece)
        out.extend(f"<span class='qlabel'>{_esc(label)}</span>" for label in labels.get(right, ()))
    return "".join(out)


def _blocks_html(article: Article) -> list[str]:
    marks = _annotations(article)
    labels = _labels(article)
    regions = [(b.kind.value, b.span.start, b.span.end) for b in article.blocks]
    if not regions and article.text.strip():
        regions = [(BlockKind.UNCLASSIFIED.value, 0, len(article.text))]
    out = []
    for kind, start, end in regions:
        tag = "unclassified (not understood)" if kind == BlockKind.UNCLASSIFIED.value else kind
        content = _annotated(article.text, start, end, marks, labels)
        out.append(
            f"<div class='block k-{_esc(kind)}'><div class='tag'>{_esc(tag)}</div>"
            f"<div class='content'>{content}</div></div>"
        )
    return out


def _quotes_table(article: Article) -> list[str]:
    if not article.quotes:
        return ["<p class='note'>No quotes found.</p>"]
    head = (
        "<table><thead><tr><th>#</th><th>Kind</th><th>Quote</th><th>Speaker</th>"
        "<th>Mention</th><th>Cue</th></tr></thead><tbody>"
    )
    rows = [head]
    for number, quote in enumerate(article.quotes, 1):
        attribution = quote.attribution
        kind = attribution.speaker_kind.value if attribution else ""
        rows.append(
            f"<tr><td>Q{number}</td><td>{_esc(quote.kind.value)}</td>"
            f"<td><span class='q q{(number - 1) % 6}'>{_esc(quote.text)}</span></td>"
            f"<td>{_esc(_speaker_text(quote))}"
            + (f" <span class='note'>{_esc(kind)}</span>" if kind else "")
            + f"</td><td>{_esc(attribution.mention or '') if attribution else ''}</td>"
            f"<td>{_esc(attribution.cue or '') if attribution else ''}</td></tr>"
        )
    rows.append("</tbody></table>")
    return rows


def _captions_html(article: Article) -> list[str]:
    out = []
    for caption in article.captions:
        times = len(caption.spans)
        printed = f" <span class='note'>printed {times} times</span>" if times > 1 else ""
        out.append(
            f"<figure><figcaption>{_esc(caption.text)}{printed}"
            f"<span class='credit'>Credit: {_esc(_credit_text(caption))}</span>"
            "</figcaption></figure>"
        )
    return out


def render_html(article: Article, *, title: str | None = None) -> str:
    """
    Return a self-contained HTML page showing ``article`` and how it was parsed.

    The page shows the headline and times (in UTC where the zone is known), the
    outlet, byline and dateline, the captions with their credits, then every block
    of the text with its kind: each quote is highlighted and labelled with its
    speaker and cue, the speaker mention and cue are underlined, and unclassified
    blocks are framed in red. A table lists the quotes. All text is escaped; the
    CSS is inline and nothing is loaded from elsewhere.

    Args:
        article: the article to show.
        title: the page title; defaults to the headline.

    Example:
        >>> import newsmodel
        >>> from newsmodel._html import render_html
        >>> page = render_html(newsmodel.Article(text="<b>Hi</b>"))
        >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;Hi&lt;/b&gt;" in page
        (True, True)

    .. versionadded:: 0.1.0
    """
    given: object = article
    if not isinstance(given, Article):
        from newsmodel._exceptions import InputTypeError

        error = InputTypeError("render_html", given, "article")
        error.args = (f"render_html() expects a newsmodel.Article, got {type(given).__name__}",)
        raise error
    from newsmodel import __version__

    heading = article.headline
    page_title = require_str("render_html", title, "title") if title is not None else heading
    parts = [
        "<!DOCTYPE html>",
        "<html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>{_esc(page_title or 'Article')} · newsmodel</title>",
        f"<style>{_CSS}</style></head><body>",
        "<header>",
        f"<h1>{_esc(heading)}</h1>" if heading else "<h1 class='missing'>No headline found</h1>",
        "<dl class='meta'>",
        *(f"<dt>{_esc(name)}</dt><dd>{value}</dd>" for name, value in _meta_rows(article)),
        "</dl></header>",
    ]
    if article.captions:
        parts.append(f"<section><h2>Captions ({len(article.captions)})</h2>")
        parts.extend(_captions_html(article))
        parts.append("</section>")
    parts.extend(
        [
            "<section><h2>Text, block by block</h2>",
            _LEGEND,
            *_blocks_html(article),
            "</section>",
            f"<section><h2>Quotes ({len(article.quotes)})</h2>",
            *_quotes_table(article),
            "</section>",
            f"<footer>Rendered by newsmodel {_esc(__version__)}.</footer>",
            "</body></html>",
            "",
        ]
    )
    return "\n".join(parts)
