"""
Instruction counts: what a parser costs, measured the same on a busy machine.

Timings on a shared machine move by up to two times from one minute to the next;
the number of instructions a run executes does not. This script runs a parser on one
input under valgrind's callgrind, once with the parse and once without (imports, the
input's construction and a warm-up call only), and prints the difference in millions
of instructions, per run and per MB of input. Use it to compare two versions of the
code: run it in each checkout on the same kinds and size.

Usage::

    python bench/instructions.py                                  # the default kinds, 100 KB
    python bench/instructions.py --kinds said_distinct,dense --size 200000
    python bench/instructions.py --parser parse_article

Kinds are those of ``bench/scaling.py``, and ``dense``: the passages of the quote
evaluation sets (``tests/data/quotes_*.json``) run together, cut to the size.
Needs ``valgrind`` on the PATH (a run under callgrind is about 50 times slower than
a plain one: 100 KB of ``said_distinct`` takes about a minute). The counts are of the
whole interpreter, so they also move with the Python build.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

DEFAULT_KINDS = ("said_distinct", "said_no_quotes", "dense")
PARSERS = ("extract_quotes", "parse_article", "find_timestamps")
_COLLECTED = re.compile(r"Collected : (\d+)")


def make_input(kind: str, size: int) -> str:
    """Build the input of ``kind`` with ``size`` characters."""
    if kind == "dense":
        passages = [
            passage["text"]
            for path in sorted((ROOT / "tests" / "data").glob("quotes_*.json"))
            for passage in json.loads(path.read_text(encoding="utf-8"))["passages"]
        ]
        return "\n\n".join(passages)[:size]
    import scaling  # bench/scaling.py, imported only for its inputs

    return scaling.KINDS[kind](size)


def _child(kind: str, size: int, parser: str, *, parse: bool) -> None:
    """The run measured: build the input, warm up, and parse it if ``parse``."""
    sys.path.insert(0, str(ROOT))
    import newsmodel  # from this checkout, whatever is installed

    text = make_input(kind, size)
    function = getattr(newsmodel, parser)
    function("He said it was fine, Jane Roe said on Monday.")  # imports, lazy regexes
    if parse:
        function(text)


def _count(kind: str, size: int, parser: str, *, parse: bool) -> int:
    """Instructions of one child run under callgrind."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        kind,
        str(size),
        parser,
        "1" if parse else "0",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    found = _COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        message = f"callgrind run failed for {kind}:\n{result.stderr[-2000:]}"
        raise SystemExit(message)
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    """Print the instructions of each kind's parse (the exit status is 2 without valgrind)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    parser.add_argument("--kinds", default=",".join(DEFAULT_KINDS), help="comma-separated")
    parser.add_argument("--size", type=int, default=100_000, help="characters (default 100K)")
    parser.add_argument("--parser", choices=PARSERS, default="extract_quotes")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, size, name, parse = args.child
        _child(kind, int(size), name, parse=parse == "1")
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not on the PATH: install it (Debian: apt install valgrind)")
        return 2
    print(f"{args.parser}, {args.size:,} characters, Python {sys.version.split()[0]}")
    print(f"{'input kind':<18} {'M instructions':>15} {'M per MB':>10}")
    for kind in args.kinds.split(","):
        spent = _count(kind, args.size, args.parser, parse=True) - _count(
            kind, args.size, args.parser, parse=False
        )
        per_mb = spent / (args.size / 1_000_000)
        print(f"{kind:<18} {spent / 1e6:>15,.0f} {per_mb / 1e6:>10,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
