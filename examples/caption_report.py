"""
Report the photo captions and credits in a folder of articles.

Usage::

    python examples/caption_report.py                 # seeds/ and tests/data/articles/
    python examples/caption_report.py DIR_OR_FILE...  # your own copy (*.txt, recursively)

Scraped copy often prints a caption twice (once by the photo, once in the text).
newsmodel merges the copies within an article into one Caption with several spans;
this report also merges the same caption appearing in several files, then counts
credits by agency, with the photographers, distributors ("via Getty Images"),
pool and handout photos seen for each.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import newsmodel

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]


@dataclass
class SeenCaption:
    """One distinct caption across the corpus."""

    text: str
    credit: newsmodel.Credit | None
    printed: int = 0
    files: list[str] = field(default_factory=list)


@dataclass
class AgencyTally:
    """What was seen for one credited agency."""

    captions: int = 0
    photographers: Counter[str] = field(default_factory=Counter)
    distributors: Counter[str] = field(default_factory=Counter)
    pool: int = 0
    handout: int = 0


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the ``*.txt`` files under ``paths`` (files as given), each once, sorted."""
    seen: set[Path] = set()
    for path in paths:
        found = sorted(path.rglob("*.txt")) if path.is_dir() else [path] if path.exists() else []
        for file in found:
            if file not in seen:
                seen.add(file)
                yield file


def key(text: str) -> str:
    """Return the identity of a caption: its words, case-folded."""
    return " ".join(text.split()).casefold()


def collect(files: Iterable[Path]) -> tuple[dict[str, SeenCaption], int]:
    """Parse ``files`` and merge their captions; return the captions and the file count."""
    captions: dict[str, SeenCaption] = {}
    count = 0
    for file in files:
        count += 1
        article = newsmodel.parse_article(file.read_text(encoding="utf-8"))
        for caption in article.captions:
            seen = captions.setdefault(key(caption.text), SeenCaption(caption.text, caption.credit))
            seen.printed += len(caption.spans)
            if file.name not in seen.files:
                seen.files.append(file.name)
            if seen.credit is None:
                seen.credit = caption.credit
    return captions, count


def by_agency(captions: Iterable[SeenCaption]) -> dict[str, AgencyTally]:
    """Tally the credits of distinct captions by agency, most captions first."""
    tallies: dict[str, AgencyTally] = defaultdict(AgencyTally)
    for caption in captions:
        credit = caption.credit
        tally = tallies[(credit.agency or "(unknown agency)") if credit else "(no credit)"]
        tally.captions += 1
        if credit is not None:
            tally.photographers.update(credit.photographers)
            if credit.distributor:
                tally.distributors[credit.distributor] += 1
            tally.pool += credit.pool
            tally.handout += credit.handout
    return dict(sorted(tallies.items(), key=lambda item: (-item[1].captions, item[0])))


def report(captions: dict[str, SeenCaption], files: int) -> list[str]:
    """Return the report as lines of text."""
    printed = sum(c.printed for c in captions.values())
    lines = [
        f"{files} file(s), {printed} caption(s) printed, {len(captions)} distinct after merging",
        "",
        "Captions",
    ]
    for number, caption in enumerate(captions.values(), 1):
        text = caption.text if len(caption.text) <= 80 else caption.text[:77] + "..."
        credit = caption.credit.raw if caption.credit else "(no credit)"
        lines.append(f"{number:>3}. {text}")
        lines.append(
            f"     credit {credit!r}; printed {caption.printed} time(s)"
            f" in {len(caption.files)} file(s): {', '.join(caption.files)}"
        )
    lines += ["", "Credits by agency"]
    for agency, tally in by_agency(captions.values()).items():
        lines.append(f"  {agency}: {tally.captions} caption(s)")
        if tally.photographers:
            names = ", ".join(f"{n} ({c})" for n, c in tally.photographers.most_common())
            lines.append(f"    photographers: {names}")
        if tally.distributors:
            lines.append(f"    via: {', '.join(tally.distributors)}")
        if tally.pool or tally.handout:
            lines.append(f"    pool photos: {tally.pool}, handouts: {tally.handout}")
    return lines


def main(argv: list[str]) -> int:
    """Print the caption and credit report for the inputs in ``argv``."""
    inputs = [Path(arg) for arg in argv] if argv else DEFAULT_INPUTS
    captions, files = collect(text_files(inputs))
    if not files:
        print(f"no .txt files found in {', '.join(map(str, inputs))}", file=sys.stderr)
        return 1
    print("\n".join(report(captions, files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
