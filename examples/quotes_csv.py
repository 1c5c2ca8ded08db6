"""
Write every quote in a folder of articles as CSV, grouped by speaker.

Usage::

    python examples/quotes_csv.py                  # seeds/ and tests/data/articles/
    python examples/quotes_csv.py DIR_OR_FILE...   # your own copy (*.txt, recursively)
    python examples/quotes_csv.py DIR > quotes.csv

One row per quote, sorted by speaker (unattributed quotes last), then by file and
position, so each speaker's quotes sit together. Columns: speaker, speaker_kind,
role, kind (direct, partial, mixed, indirect), cue, quote, file, start, end.
``start``/``end`` are character offsets into the file's text: ``text[start:end]``
is the quote as printed.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import newsmodel

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]
COLUMNS = ["speaker", "speaker_kind", "role", "kind", "cue", "quote", "file", "start", "end"]


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the ``*.txt`` files under ``paths`` (files as given), each once, sorted."""
    seen: set[Path] = set()
    for path in paths:
        found = sorted(path.rglob("*.txt")) if path.is_dir() else [path] if path.exists() else []
        for file in found:
            if file not in seen:
                seen.add(file)
                yield file


def quote_rows(files: Iterable[Path]) -> list[dict[str, object]]:
    """Parse each file and return one CSV row per quote, grouped by speaker."""
    rows: list[dict[str, object]] = []
    for file in files:
        article = newsmodel.parse_article(file.read_text(encoding="utf-8"))
        for quote in article.quotes:
            attribution = quote.attribution
            rows.append(
                {
                    "speaker": quote.speaker or "",
                    "speaker_kind": attribution.speaker_kind.value if attribution else "",
                    "role": (attribution.role or "") if attribution else "",
                    "kind": quote.kind.value,
                    "cue": (attribution.cue or "") if attribution else "",
                    "quote": quote.text,
                    "file": file.name,
                    "start": quote.span.start,
                    "end": quote.span.end,
                }
            )
    # Speakers alphabetically, unattributed ("") last; file order and position within.
    rows.sort(
        key=lambda row: (row["speaker"] == "", str(row["speaker"]).casefold(), row["speaker"])
    )
    return rows


def main(argv: list[str]) -> int:
    """Print the quotes of the files or folders in ``argv`` as CSV on stdout."""
    inputs = [Path(arg) for arg in argv] if argv else DEFAULT_INPUTS
    files = list(text_files(inputs))
    if not files:
        print(f"no .txt files found in {', '.join(map(str, inputs))}", file=sys.stderr)
        return 1
    writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(quote_rows(files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
