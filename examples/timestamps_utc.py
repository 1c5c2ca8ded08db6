"""
List the timestamps in news copy, normalised to UTC, with where each zone came from.

Usage::

    python examples/timestamps_utc.py                       # seeds/, tests/data/articles/, samples
    python examples/timestamps_utc.py DIR_OR_FILE...        # header times of your own copy
    python examples/timestamps_utc.py --default-tz Europe/London DIR
    python examples/timestamps_utc.py --outlet CGTN FILE

Times in news copy often carry no zone. newsmodel applies one only when it has a
reason, and says which: ``stated`` (written in the text: ``GMT+8``, ``EDT``),
``outlet`` (the outlet's home zone, e.g. Beijing time for CGTN), ``default`` (the
``--default-tz`` you passed) or ``none`` (left naive, so no UTC value is invented).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import newsmodel

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUTS = [ROOT / "seeds", ROOT / "tests" / "data" / "articles"]

# Header lines in the formats of real outlets, shown when the script runs without arguments:
# (line, outlet, default_tz).
SAMPLES: list[tuple[str, str | None, str | None]] = [
    ("Updated 2020.02.06 20:06 GMT+8", None, None),
    ("Mon 20 Jan 2020 06.05 GMT", None, None),
    ("Updated 12:32, 07-Feb-2020", "CGTN", None),
    ("Published 10 April 2020 14:05", None, "Europe/London"),
    ("10 April 2020", None, None),
]


def row(source: str, stamp: newsmodel.Timestamp) -> str:
    """Format one timestamp: source, kind, raw text, wall time, zone and source, UTC."""
    wall = stamp.value.isoformat() if stamp.value is not None else "(relative)"
    utc = stamp.to_utc().isoformat() if stamp.is_aware else "-"
    return "\t".join(
        [
            source,
            stamp.kind.value,
            stamp.raw,
            wall,
            stamp.zone or "-",
            stamp.zone_source.value,
            utc,
        ]
    )


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the ``*.txt`` files under ``paths`` (files as given), sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(path.rglob("*.txt"))
        elif path.exists():
            yield path


def main(argv: list[str]) -> int:
    """Print a tab-separated table of timestamps for the inputs in ``argv``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders of *.txt copy")
    parser.add_argument("--outlet", help="the outlet that published the copy, e.g. CGTN")
    parser.add_argument("--default-tz", help="IANA zone for times printed without one")
    args = parser.parse_args(argv)

    print("source\tkind\traw\tas printed\tzone\tzone from\tUTC")
    for file in text_files(args.paths or DEFAULT_INPUTS):
        article = newsmodel.parse_article(
            file.read_text(encoding="utf-8"), outlet=args.outlet, default_tz=args.default_tz
        )
        for stamp in article.timestamps:
            print(row(file.name, stamp))
    if not args.paths:
        for line, outlet, default_tz in SAMPLES:
            sample = newsmodel.parse_timestamp(line, outlet=outlet, default_tz=default_tz)
            if sample is not None:
                label = "sample" + (f" outlet={outlet}" if outlet else "")
                label += f" default_tz={default_tz}" if default_tz else ""
                print(row(label, sample))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
