"""
Sweep for superlinear paths: short units of news phrasing, each repeated to two sizes.

``bench/scaling.py`` times a fixed set of input kinds up to 10 MB; this script casts a
wider, cheaper net. Each unit (``officials said, adding that it would and``, ``“ok” the
council said and``, a dateline, a credit, a time line ...) is repeated, with no line
break unless the unit has one, to a small and a ten-times-larger size, and every parser
is timed on both. A linear parser's ratio is about 10; a line is flagged when the ratio
passes ``--flag`` (default 15) and the larger time is long enough to trust. At the
default sizes a linear unit's ratio moves between about 5 and 16 on a shared machine,
and the three run-on sentence paths gave 18 to 95 before they were fixed: a flag is
a unit to time at more sizes (``--sizes``), not a verdict. This sweep found the three
run-on sentence paths of docs/reliability.md (*Round 7*).

Usage::

    python bench/sweep.py                          # 30 KB and 300 KB, every unit
    python bench/sweep.py --sizes 100000,1000000   # larger
    python bench/sweep.py --units "they said “yes” and " "Feb 6 "

The exit status is 0 whatever is flagged (use ``--strict`` to exit 1 on a flag).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from typing import TYPE_CHECKING

import newsmodel

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

UNITS: tuple[str, ...] = (
    # reported speech and attribution, in one sentence that never ends
    "officials said, adding that it would and ",
    "“ok” the council said and ",
    "they said “yes” and ",
    "“ok,” he said, and ",
    "“a,” said Ann Lee, a spokeswoman for the agency, and ",
    "police said the suspect, who said “no”, and ",
    "according to the ministry it would and ",
    "“ok” — he said — “ok” ",
    "he said: “yes” and ",
    "“ok” the DJB said and ",
    "“ok” it said and ",
    "the coach said and ",
    "Hessling Bank said and Hessling said ",
    # quotes over lines
    "“We will go on\n",
    "“a” “b\n",
    "— Ann Lee\n“ok.”\n",
    # header, dateline, caption, byline and footer forms
    "MOSCOW, Feb 6 (Reuters) - ",
    "A caption. /Reuters Photo\n",
    "By Ann Lee and Tom Roe\n",
    "Updated 12:32, 07-Feb-2020\n",
    "January 7, 2018 / 10:49 PM / Updated a day ago ",
    "Mon Mar 9, 2026 7:41am EDT ",
    "Source(s): Reuters\n",
    "Reporting by Ann Lee; Editing by Tom Roe\n",
    "Xinhua\n",
)
"""The units repeated; each is a phrase wire copy repeats, or a fragment of one."""

PARSERS: dict[str, Callable[[str], object]] = {
    "parse_article": newsmodel.parse_article,
    "extract_quotes": newsmodel.extract_quotes,
    "find_timestamps": newsmodel.find_timestamps,
}

MIN_TRUSTED = 0.05
"""Seconds below which a larger-size time is too short to flag on (noise)."""


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _cpu(parse: Callable[[str], object], text: str) -> float:
    gc.collect()
    start = time.process_time()
    parse(text)
    return time.process_time() - start


def sweep(
    units: Sequence[str], small: int, large: int, flag: float
) -> list[tuple[str, str, float, float, bool]]:
    """Time every parser on every unit at both sizes; return (unit, parser, t1, t2, flagged)."""
    rows = []
    for unit in units:
        texts = (_fill(unit, small), _fill(unit, large))
        for name, parse in PARSERS.items():
            first, second = (_cpu(parse, text) for text in texts)
            ratio = second / max(first, 1e-6)
            flagged = ratio > flag and second >= MIN_TRUSTED
            rows.append((unit, name, first, second, flagged))
            mark = "!!" if flagged else "  "
            print(
                f"{mark} {unit!r:56} {name:16} {first:8.3f} {second:8.3f}  ratio {ratio:6.1f}",
                flush=True,
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the sweep, print one line per unit and parser."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument("--sizes", default="30000,300000", help="two sizes (default 30000,300000)")
    parser.add_argument("--units", nargs="+", help="units to repeat instead of the built-in ones")
    parser.add_argument("--flag", type=float, default=15.0, help="flag a ratio above this")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any line is flagged")
    options = parser.parse_args(argv)
    small, large = (int(s.replace("_", "")) for s in options.sizes.split(","))
    print(f"newsmodel {newsmodel.__version__}; sizes {small} and {large} characters; CPU time")
    rows = sweep(options.units or UNITS, small, large, options.flag)
    flagged = sum(row[4] for row in rows)
    print(f"{len(rows)} measurements, {flagged} flagged (ratio > {options.flag:g})")
    return 1 if options.strict and flagged else 0


if __name__ == "__main__":
    sys.exit(main())
