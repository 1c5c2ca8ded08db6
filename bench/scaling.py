"""
Scaling benchmark: are the parsers linear on normal copy and on hostile input?

Times ``parse_article``, ``extract_quotes`` and ``find_timestamps`` on one kind of
normal copy and on hostile inputs, at 10 KB, 100 KB, 1 MB and 10 MB (characters),
and prints a table of seconds per MB and the ratio time(1 MB) / time(100 KB) per
input kind and parser. A linear parser measures about 10 (11 with garbage
collection); a quadratic one about 100. The goal (issue 7): ratio <= 15 and no
10 MB input slower than 10 s.

Usage::

    python bench/scaling.py                      # all sizes, up to 10 MB
    python bench/scaling.py --max-size 1000000   # skip 10 MB (quick run)
    python bench/scaling.py --sizes 1000,2000 --repeat 1 --json out.json
    python bench/scaling.py --kinds quote_marks,long_line --parsers extract_quotes

Times are CPU (process) time by default, so other work on a busy machine does not
inflate them; ``--clock wall`` measures elapsed time instead.
A size whose time, extrapolated from the smaller sizes, would exceed ``--budget``
seconds is skipped and reported as such (a superlinear path would otherwise run for
hours); a skipped 10 MB measurement counts as a failure of the 10 s goal.
The exit status is 0 when the run completed, whatever the verdicts (use ``--strict``
to exit 1 on any FAIL).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newsmodel  # noqa: E402

SEED = (ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt").read_text(encoding="utf-8")

DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
RATIO_GOAL = 15.0
TEN_MB_GOAL = 10.0


def _fill(unit: str, size: int) -> str:
    """Repeat ``unit`` to exactly ``size`` characters."""
    if size <= 0:
        return ""
    return (unit * (size // len(unit) + 1))[:size]


def _fill_counted(make: Callable[[int], str], size: int) -> str:
    """Concatenate ``make(0), make(1), ...`` up to ``size`` characters (distinct units)."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        piece = make(index)
        parts.append(piece)
        total += len(piece)
        index += 1
    return "".join(parts)[:size]


_SEED_LINES = SEED.splitlines()
_HEAD, _BODY = (
    "\n".join(_SEED_LINES[:7]) + "\n\n",
    [line for line in _SEED_LINES[7:] if line.strip() and not line.startswith("Source")],
)


def normal(size: int) -> str:
    """The seed article's header, then its body paragraphs repeated, each numbered."""
    head = _HEAD
    body = _fill_counted(
        lambda i: f"{_BODY[i % len(_BODY)]} ({i})\n\n",
        max(0, size - len(head) - 20),
    )
    return (head + body + "\nSource(s): Reuters\n")[: max(size, 1)]


_SUBJECTS = ("Officials", "Diplomats", "Analysts", "Witnesses", "Residents", "Lawmakers")
_ROLES = ("minister", "governor", "mayor", "envoy", "spokesman", "director", "senator")
_BODIES = ("council", "ministry", "agency", "committee", "court", "board", "union", "bank")


def _said_sentence(index: int) -> str:
    """A sentence of four "said" cues, different for every ``index``."""
    subject = _SUBJECTS[index % len(_SUBJECTS)]
    role = _ROLES[index // len(_SUBJECTS) % len(_ROLES)]
    body = _BODIES[index // (len(_SUBJECTS) * len(_ROLES)) % len(_BODIES)]
    return f"{subject} said the {role} said that the {body} said it said so on day {index}. "


CAPTION = (
    "Turkish Foreign Minister Mevlut Cavusoglu speaks during a joint news conference "
    "in Moscow, Russia, January 13, 2020. /Reuters Photo\n"
)

KINDS: dict[str, Callable[[int], str]] = {
    "normal": normal,
    # 1 MB of quote marks, every kind the quote parser knows.
    "quote_marks": lambda n: _fill("\"“”‘’'«»„", n),
    # Quote marks alternating with newlines.
    "quotes_newlines": lambda n: _fill('"\n“\n”\n', n),
    # One caption line repeated (10,000 times at 1 MB).
    "caption_repeated": lambda n: _fill(CAPTION, n),
    # One line, no spaces.
    "long_line": lambda n: _fill("abcdefghijklmnopqrstuvwxyz0123456789", n),
    # 100,000 short lines at 1 MB.
    "short_lines": lambda n: _fill("Short line.\n", n),
    # Deeply nested quotes: opening marks all the way down, then closing ones.
    "nested_quotes": lambda n: (
        _fill("“He said ‘she said “", n // 2) + _fill("” they said’ ok”", n - n // 2)
    ),
    # Thousands of "said" without quotes.
    "said_no_quotes": lambda n: _fill(
        "Officials said the minister said that the council said it said so. ", n
    ),
    # The same, every sentence different (no sentence is read twice).
    "said_distinct": lambda n: _fill_counted(_said_sentence, n),
    # One sentence that never ends: quotes, nominal speakers and participles, each of
    # which once read its sentence back to the start (the cost squared).
    "run_on_sentence": lambda n: _fill(
        "they said “yes” and the council said, adding that it would, and ", n
    ),
    # Long runs of digits and colons (timestamp-shaped noise).
    "digits_colons": lambda n: _fill("12:34:56:78:90:12 2020-02-07 1234567890:", n),
    # One long line of capitalised words (names, places, outlets).
    "capitalised_words": lambda n: _fill(
        "Foreign Minister Sergei Lavrov Moscow Russia Reuters President Vladimir Putin ", n
    ),
    # Repeated byline lines.
    "by_lines": lambda n: _fill("By Jane Roe and John Doe, Reuters\n", n),
}

PARSERS: dict[str, Callable[[str], object]] = {
    "parse_article": newsmodel.parse_article,
    "extract_quotes": newsmodel.extract_quotes,
    "find_timestamps": newsmodel.find_timestamps,
}


_CLOCKS: dict[str, Callable[[], float]] = {
    "cpu": time.process_time,
    "wall": time.perf_counter,
}


def _time(
    function: Callable[[str], object], text: str, repeat: int, clock: str, collect: bool = True
) -> float:
    """Best time of ``repeat`` calls (garbage collection included unless ``collect`` is off)."""
    now = _CLOCKS[clock]
    best = math.inf
    for _ in range(repeat):
        gc.collect()
        if not collect:
            gc.disable()
        try:
            start = now()
            function(text)
            best = min(best, now() - start)
        finally:
            gc.enable()
    return best


def _predict(times: dict[int, float], size: int) -> float:
    """Extrapolate the time at ``size`` from the two largest sizes measured (exponent >= 1)."""
    done = sorted(times)
    if not done:
        return 0.0
    last = done[-1]
    exponent = 1.0
    if len(done) >= 2:
        before = done[-2]
        if times[before] > 1e-4 and times[last] > 1e-4:
            exponent = max(1.0, math.log(times[last] / times[before]) / math.log(last / before))
    return times[last] * (size / last) ** exponent


def _label(size: int) -> str:
    if size >= 1_000_000 and size % 1_000_000 == 0:
        return f"{size // 1_000_000}MB"
    if size >= 1_000 and size % 1_000 == 0:
        return f"{size // 1_000}KB"
    return f"{size}B"


def run(
    sizes: list[int],
    kinds: list[str],
    parsers: list[str],
    *,
    repeat: int,
    budget: float,
    clock: str = "cpu",
    collect: bool = True,
) -> list[dict[str, object]]:
    """Measure every (kind, parser, size); return one record per (kind, parser)."""
    records: list[dict[str, object]] = []
    for kind in kinds:
        texts = {size: KINDS[kind](size) for size in sizes}
        for parser in parsers:
            function = PARSERS[parser]
            times: dict[int, float] = {}
            skipped: dict[int, float] = {}
            errors: dict[int, str] = {}
            for size in sizes:
                predicted = _predict(times, size)
                if predicted > budget:
                    skipped[size] = predicted
                    continue
                # Repeat the small sizes only: the large ones dominate the run time.
                count = repeat if size <= 1_000_000 else 1
                try:
                    times[size] = _time(function, texts[size], count, clock, collect)
                except Exception as error:  # a crash is a result too
                    errors[size] = f"{type(error).__name__}: {error}"[:200]
            records.append(_verdict(kind, parser, times, skipped, errors))
            print(_row(records[-1], sizes), flush=True)
    return records


def _verdict(
    kind: str,
    parser: str,
    times: dict[int, float],
    skipped: dict[int, float],
    errors: dict[int, str],
) -> dict[str, object]:
    ratio = None
    if 100_000 in times and 1_000_000 in times and times[100_000] > 0:
        ratio = times[1_000_000] / times[100_000]
    problems = []
    if errors:
        problems.append("crash")
    if ratio is not None and ratio > RATIO_GOAL:
        problems.append(f"ratio {ratio:.1f} > {RATIO_GOAL:g}")
    if 10_000_000 in times and times[10_000_000] > TEN_MB_GOAL:
        problems.append(f"10MB {times[10_000_000]:.1f}s > {TEN_MB_GOAL:g}s")
    if 10_000_000 in skipped and skipped[10_000_000] > TEN_MB_GOAL:
        problems.append(f"10MB skipped, predicted {skipped[10_000_000]:.0f}s")
    for size, predicted in skipped.items():
        if size == 1_000_000:
            problems.append(f"1MB skipped, predicted {predicted:.0f}s")
    verdict = "FAIL" if problems else ("PASS" if ratio is not None else "n/a")
    return {
        "kind": kind,
        "parser": parser,
        "seconds": {str(size): value for size, value in times.items()},
        "seconds_per_mb": {
            str(size): value / (size / 1_000_000) for size, value in times.items() if size
        },
        "skipped_predicted_seconds": {str(size): value for size, value in skipped.items()},
        "errors": {str(size): value for size, value in errors.items()},
        "ratio_1mb_100kb": ratio,
        "verdict": verdict,
        "problems": problems,
    }


def _header(sizes: list[int]) -> str:
    cells = "".join(f"{'s/MB @' + _label(size):>13}" for size in sizes)
    return f"{'input kind':<18}{'parser':<16}{cells}{'1MB/100KB':>11}  verdict"


def _row(record: dict[str, object], sizes: list[int]) -> str:
    per_mb = record["seconds_per_mb"]
    skipped = record["skipped_predicted_seconds"]
    errors = record["errors"]
    assert isinstance(per_mb, dict)
    assert isinstance(skipped, dict)
    assert isinstance(errors, dict)
    cells = ""
    for size in sizes:
        key = str(size)
        if key in per_mb:
            cells += f"{per_mb[key]:>13.3f}"
        elif key in errors:
            cells += f"{'crash':>13}"
        elif key in skipped:
            cells += f"{'skip>' + format(skipped[key], '.0f') + 's':>13}"
        else:
            cells += f"{'-':>13}"
    ratio = record["ratio_1mb_100kb"]
    ratio_cell = f"{ratio:>11.1f}" if isinstance(ratio, float) else f"{'-':>11}"
    problems = record["problems"]
    assert isinstance(problems, list)
    note = f" ({'; '.join(problems)})" if problems else ""
    return (
        f"{record['kind']:<18}{record['parser']:<16}{cells}{ratio_cell}  {record['verdict']}{note}"
    )


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the benchmark, print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument(
        "--sizes", help="comma-separated sizes in characters (default 10K,100K,1M,10M)"
    )
    parser.add_argument(
        "--max-size", type=int, default=None, help="skip sizes above this (e.g. 1000000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="best of N for sizes up to 1 MB")
    parser.add_argument("--kinds", help=f"comma-separated subset of: {', '.join(KINDS)}")
    parser.add_argument("--parsers", help=f"comma-separated subset of: {', '.join(PARSERS)}")
    parser.add_argument(
        "--budget",
        type=float,
        default=60.0,
        help="skip a size whose extrapolated time exceeds this many seconds (default 60)",
    )
    parser.add_argument(
        "--clock",
        choices=sorted(_CLOCKS),
        default="cpu",
        help="cpu: process time, robust on a busy machine (default); wall: elapsed time",
    )
    parser.add_argument(
        "--no-gc",
        action="store_true",
        help="disable garbage collection while timing (diagnosis only; the goal includes GC)",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any verdict is FAIL")
    options = parser.parse_args(argv)

    sizes = (
        [int(s.replace("_", "")) for s in options.sizes.split(",")]
        if options.sizes
        else list(DEFAULT_SIZES)
    )
    if options.max_size is not None:
        sizes = [s for s in sizes if s <= options.max_size]
    kinds = options.kinds.split(",") if options.kinds else list(KINDS)
    parsers = options.parsers.split(",") if options.parsers else list(PARSERS)
    unknown = [k for k in kinds if k not in KINDS] + [p for p in parsers if p not in PARSERS]
    if unknown:
        parser.error(f"unknown input kind or parser: {', '.join(unknown)}")
    if options.repeat < 1:
        parser.error("--repeat must be at least 1")

    print(
        f"newsmodel {newsmodel.__version__}, Python {sys.version.split()[0]}; "
        f"sizes {', '.join(_label(s) for s in sizes)}; best of {options.repeat} up to 1MB; "
        f"{options.clock} time{', no GC' if options.no_gc else ''}"
    )
    print(f"goal: time(1MB)/time(100KB) <= {RATIO_GOAL:g} and 10MB <= {TEN_MB_GOAL:g}s")
    print(_header(sizes))
    started = time.perf_counter()
    records = run(
        sizes,
        kinds,
        parsers,
        repeat=options.repeat,
        budget=options.budget,
        clock=options.clock,
        collect=not options.no_gc,
    )
    failed = [r for r in records if r["verdict"] == "FAIL"]
    print(
        f"{len(records)} measurements, {len(failed)} FAIL, "
        f"{time.perf_counter() - started:.0f}s in total"
    )
    if options.json:
        Path(options.json).write_text(
            json.dumps(
                {
                    "sizes": sizes,
                    "repeat": options.repeat,
                    "clock": options.clock,
                    "gc": not options.no_gc,
                    "ratio_goal": RATIO_GOAL,
                    "ten_mb_goal_seconds": TEN_MB_GOAL,
                    "results": records,
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if options.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
