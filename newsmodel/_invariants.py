"""The invariants of an Article: spans in bounds, blocks partitioning the text, slices matching."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmodel._article import BlockKind

if TYPE_CHECKING:
    from newsmodel._article import Article
    from newsmodel._span import Span

__all__ = ["article_problems"]


def article_problems(article: Article) -> list[str]:
    """Return a description of every broken invariant of ``article`` (empty when sound)."""
    text = article.text
    size = len(text)
    problems: list[str] = []

    def in_bounds(span: Span, what: str) -> bool:
        if span.end > size:
            problems.append(
                f"{what}: span {span.start}..{span.end} is past the end of the text ({size})"
            )
            return False
        return True

    def same(span: Span, value: str, what: str) -> None:
        if in_bounds(span, what) and text[span.start : span.end] != value:
            problems.append(
                f"{what}: text {value[:40]!r} differs from the slice at {span.start}..{span.end} "
                f"{text[span.start : span.end][:40]!r}"
            )

    # Blocks: ordered, non-empty, non-overlapping, gaps whitespace only (nothing lost).
    covered: dict[BlockKind, set[tuple[int, int]]] = {}
    previous_end = 0
    for index, block in enumerate(article.blocks):
        what = f"blocks[{index}] ({block.kind.value})"
        span = block.span
        if not in_bounds(span, what):
            continue
        if span.start == span.end:
            problems.append(f"{what}: empty span at {span.start}")
        if span.start < previous_end:
            problems.append(
                f"{what}: starts at {span.start}, inside the previous block (ends {previous_end})"
            )
        else:
            gap = text[previous_end : span.start]
            if gap and not gap.isspace():
                problems.append(f"text lost before {what}: {gap[:40]!r} at {previous_end}")
        previous_end = max(previous_end, span.end)
        covered.setdefault(block.kind, set()).add((span.start, span.end))
    tail = text[previous_end:]
    if tail and not tail.isspace():
        problems.append(f"text lost after the last block: {tail[:40]!r} at {previous_end}")

    def in_block(span: Span, kind: BlockKind, what: str, exact: bool = True) -> None:
        spans = covered.get(kind, set())
        if exact:
            ok = (span.start, span.end) in spans
        else:
            ok = any(s <= span.start and span.end <= e for s, e in spans)
        if not ok:
            problems.append(f"{what}: span {span.start}..{span.end} is not a {kind.value} block")

    if article.headline is not None:
        heads = sorted(covered.get(BlockKind.HEADLINE, set()))
        if not heads or text[heads[0][0] : heads[0][1]] != article.headline:
            problems.append("headline: no headline block holds the headline text")
    for index, stamp in enumerate(article.timestamps):
        same(stamp.span, stamp.raw, f"timestamps[{index}]")
        in_block(stamp.span, BlockKind.TIMESTAMP, f"timestamps[{index}]", exact=False)
    for index, paragraph in enumerate(article.paragraphs):
        same(paragraph.span, paragraph.text, f"paragraphs[{index}]")
        in_block(paragraph.span, BlockKind.PARAGRAPH, f"paragraphs[{index}]")
    for index, caption in enumerate(article.captions):
        same(caption.text_span, caption.text, f"captions[{index}].text")
        for number, span in enumerate(caption.spans):
            in_block(span, BlockKind.CAPTION, f"captions[{index}].spans[{number}]")
        if caption.credit is not None:
            same(caption.credit.span, caption.credit.raw, f"captions[{index}].credit")
    bylines = [("byline", article.byline)] if article.byline is not None else []
    bylines += [(f"credits[{i}]", b) for i, b in enumerate(article.credits)]
    for what, byline in bylines:
        same(byline.span, byline.raw, what)
        for number, person in enumerate(byline.contributors):
            same(person.span, person.name, f"{what}.contributors[{number}]")
    if article.dateline is not None:
        same(article.dateline.span, article.dateline.raw, "dateline")
        in_block(article.dateline.span, BlockKind.DATELINE, "dateline")
    paragraph_spans = [p.span for p in article.paragraphs]
    for index, quote in enumerate(article.quotes):
        what = f"quotes[{index}]"
        pieces = [text[s.start : s.end] for s in quote.spans if in_bounds(s, what)]
        if " ".join(pieces) != quote.text:
            problems.append(f"{what}: text is not its pieces joined by spaces")
        if quote.span != type(quote.span)(quote.spans[0].start, quote.spans[-1].end):
            problems.append(f"{what}: span does not run from the first piece to the last")
        for number, piece in enumerate(quote.spans):
            if not any(p.contains(piece) for p in paragraph_spans):
                problems.append(f"{what}.spans[{number}]: not inside a body paragraph")
        problems.extend(
            f"{what}: paragraph index {paragraph} out of range"
            for paragraph in quote.paragraphs
            if paragraph >= len(article.paragraphs)
        )
        attribution = quote.attribution
        if attribution is not None:
            if attribution.mention is not None and attribution.mention_span is not None:
                same(attribution.mention_span, attribution.mention, f"{what}.attribution.mention")
            if attribution.cue is not None and attribution.cue_span is not None:
                same(attribution.cue_span, attribution.cue, f"{what}.attribution.cue")
    return problems
