"""Build the seed corpus for the fuzz targets from seeds/*.txt and tests/data/articles/*.txt.

Usage: ``python fuzz/build_corpus.py fuzz/corpus``.  Besides each file whole, it adds
each file with CRLF and CR line endings and a few hand-written messy snippets.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SNIPPETS = (
    "Headline\n\nBody text.",
    (
        "Title\r\nUpdated 12:32, 07-Feb-2020\r\nCGTN\r\n\r\n"
        "MOSCOW (Reuters) - \u201cYes,\u201d he said."
    ),
    "A caption in Paris, France, May 1, 2020. REUTERS/Jane Roe\n" * 3,
    "He said: \"one \u2018two\u2019 three\" and 'four'.\n\u201cNested \u201cquotes\u201d",
    "By Jane Roe and John Doe, Reuters\nBEIJING, Jan. 5 (Xinhua) -- text &amp; more\u00a0\u200b",
    "2020.02.07 12:32 GMT+8 | Fri 7 Feb 2020 04.32 GMT | 2020-02-07 12:32:00",
    "Source(s): Reuters\nReporting by A; Editing by B\n(Photo: AFP)",
    "\u00e2\u20ac\u2122 \u00c3\u00a9 \u00c2\u00a0 \x00\x0b\x0c\ud800",
)


def main(out: str) -> None:
    """Write one corpus file per seed and variant into ``out``."""
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    texts: list[str] = list(SNIPPETS)
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "articles").glob("*.txt")
    )
    for path in sources:
        text = path.read_text(encoding="utf-8")
        texts += [text, text.replace("\n", "\r\n"), text.replace("\n", "\r")]
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        name = hashlib.sha1(data).hexdigest()  # noqa: S324 - a file name, not security
        (target / name).write_bytes(data)
    print(f"{len(texts)} corpus files in {target}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent / "corpus"))
