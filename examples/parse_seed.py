"""
Parse one article and print everything newsmodel found in it.

Usage::

    python examples/parse_seed.py                 # the seed article in seeds/
    python examples/parse_seed.py ARTICLE.txt     # any plain-text article

The output walks the parsed Article: header (headline, outlet, timestamps with
their zone and where it came from), byline and dateline, captions with credits,
the body, quotes with their speakers, footers, and the block partition that
guarantees no text was lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsmodel

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"


def short(text: str, width: int = 72) -> str:
    """Return ``text`` on one line, cut to ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def describe(article: newsmodel.Article) -> list[str]:
    """Return a readable report of ``article``, one line per item."""
    lines = [f"headline:   {article.headline}", f"outlet:     {article.outlet}"]
    for stamp in article.timestamps:
        when = stamp.value.isoformat() if stamp.value else "(relative, unresolved)"
        utc = stamp.to_utc().isoformat() if stamp.is_aware else "(no zone)"
        lines.append(
            f"{stamp.kind.value + ':':<11} {stamp.raw!r} -> {when}"
            f" [zone {stamp.zone}, from {stamp.zone_source.value}] = {utc} UTC"
        )
    if article.byline is not None:
        names = ", ".join(
            f"{c.name} ({c.role.value})" if c.role else c.name for c in article.byline.contributors
        )
        lines.append(f"byline:     {names}")
    if article.dateline is not None:
        dateline = article.dateline
        lines.append(
            f"dateline:   {dateline.raw!r} places={list(dateline.places)} agency={dateline.agency}"
        )
    for number, caption in enumerate(article.captions, 1):
        lines.append(f"caption {number}:  {short(caption.text)}")
        lines.append(f"            printed {len(caption.spans)} time(s)")
        if caption.credit is not None:
            credit = caption.credit
            people = ", ".join(credit.photographers) or "-"
            lines.append(
                f"            credit {credit.raw!r}: agency={credit.agency}, photographers={people}"
            )
    lines.append(f"paragraphs: {len(article.paragraphs)}")
    lines.append(f"quotes:     {len(article.quotes)}")
    for quote in article.quotes:
        attribution = quote.attribution
        speaker = quote.speaker or "(unattributed)"
        role = f" ({attribution.role})" if attribution and attribution.role else ""
        cue = f" [{attribution.cue}]" if attribution and attribution.cue else ""
        lines.append(f"  {quote.kind.value:<8} {speaker}{role}{cue}: {short(quote.text, 60)}")
    if article.sources:
        lines.append(f"sources:    {', '.join(article.sources)}")
    lines.extend(f"sign-off:   {short(c.raw)}" for c in article.credits)
    kinds = [block.kind.value for block in article.blocks]
    lines.append(f"blocks:     {len(kinds)} ({', '.join(dict.fromkeys(kinds))})")
    lines.append(f"unclassified blocks: {len(article.unclassified)}")
    return lines


def main(argv: list[str]) -> int:
    """Parse the file named in ``argv`` (default: the seed) and print the report."""
    path = Path(argv[0]) if argv else SEED
    article = newsmodel.parse_article(path.read_text(encoding="utf-8"))
    article.check()  # raises InvariantError if any text were lost; never for parse output
    print(f"file:       {path.name}")
    for line in describe(article):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
