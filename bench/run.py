"""
The newsmodel benchmark suite (issue 8): every figure and goal, in one process.

Measures, on one core:

* ``parse_article`` on the seed and on generated seed-like articles of ~2 KB, 20 KB
  and 200 KB (bench/_corpus.py): articles/s and MB/s, against a floor of one regex
  pass over the same text;
* ``extract_quotes`` alone on quote-dense copy: MB/s;
* ``find_timestamps`` against ``dateutil.parser.parse(fuzzy=True)`` and
  ``dateparser.parse`` on the same header strings (tests/data/timestamps.json);
* ``to_json`` + ``from_json`` of the seed article: round trips/s, against the floor of
  ``json.dumps`` + ``json.loads`` of the same dict;
* the memory of the seed's ``Article`` (tracemalloc) relative to ``len(text)``, and
  whether ``parse_many`` keeps memory flat over 100,000 inputs.

Times are CPU seconds of this process (``time.process_time``), best of several
repeats, so that load from other processes on the machine disturbs them as little as
possible; wall-clock figures of the same runs are written to the JSON too.

Usage::

    python bench/run.py                         # full run (a few minutes)
    python bench/run.py --quick                 # a fast run (figures are rough)
    python bench/run.py --json bench/results.json --plot docs/assets/throughput.png

The exit status is 0 when the run completed, whatever the verdicts (``--strict``
exits 1 when a goal fails).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import platform
import re
import sys
import time
import tracemalloc
import warnings
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from _corpus import article, quote_dense  # noqa: E402

import newsmodel  # noqa: E402

SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"
TIMESTAMPS = ROOT / "tests" / "data" / "timestamps.json"
MB = 1_000_000

GOALS = {
    "parse_article_seed_per_s": 3_000,
    "size_ratio_max": 1.5,
    "extract_quotes_mb_per_s": 10,
    "round_trips_per_s": 20_000,
    "timestamps_vs_dateutil_min": 1.0,
    "timestamps_vs_dateparser_min": 30,
    "memory_ratio_max": 10,
}


class Timer:
    """Best-of-N CPU time per call, each repeat running long enough to be measurable."""

    def __init__(self, min_time: float, repeats: int) -> None:
        self.min_time = min_time
        self.repeats = repeats

    def __call__(self, function: Any) -> dict[str, float]:
        function()  # warm caches and lazy imports
        loops = 1
        while True:
            cpu, _ = self._run(function, loops)
            if cpu >= self.min_time or loops >= 1 << 20:
                break
            loops *= 2 if cpu <= 0 else max(2, min(10, int(self.min_time / cpu) + 1))
        best_cpu = best_wall = float("inf")
        for _ in range(self.repeats):
            cpu, wall = self._run(function, loops)
            best_cpu = min(best_cpu, cpu / loops)
            best_wall = min(best_wall, wall / loops)
        return {"cpu_s": best_cpu, "wall_s": best_wall, "loops": loops}

    @staticmethod
    def _run(function: Any, loops: int) -> tuple[float, float]:
        wall = time.perf_counter()
        cpu = time.process_time()
        for _ in range(loops):
            function()
        return time.process_time() - cpu, time.perf_counter() - wall


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# -- parse_article -------------------------------------------------------------------------


def bench_parse(timer: Timer, seed: str) -> dict[str, Any]:
    word = re.compile(r"\w+")
    inputs = [("seed", seed)] + [(f"{n // 1000} KB", article(n)) for n in (2_000, 20_000, 200_000)]
    rows = []
    for label, text in inputs:
        timing = timer(lambda text=text: newsmodel.parse_article(text))
        floor = timer(lambda text=text: word.findall(text))
        rows.append(
            {
                "label": label,
                "chars": len(text),
                "bytes": len(text.encode("utf-8")),
                "seconds": timing["cpu_s"],
                "wall_seconds": timing["wall_s"],
                "articles_per_s": 1 / timing["cpu_s"],
                "mb_per_s": len(text) / timing["cpu_s"] / MB,
                "regex_pass_seconds": floor["cpu_s"],
                "times_regex_pass": timing["cpu_s"] / floor["cpu_s"],
            }
        )
    by_label = {row["label"]: row for row in rows}
    size_ratio = by_label["2 KB"]["mb_per_s"] / by_label["200 KB"]["mb_per_s"]
    print("parse_article (CPU time, one core)")
    print(
        f"  {'input':<7} {'chars':>8} {'articles/s':>11} {'us/article':>11} {'MB/s':>7} {'x regex pass':>13}"
    )
    for row in rows:
        print(
            f"  {row['label']:<7} {row['chars']:>8,} {row['articles_per_s']:>11,.0f} "
            f"{row['seconds'] * 1e6:>11,.0f} {row['mb_per_s']:>7.2f} {row['times_regex_pass']:>13.0f}"
        )
    seed_rate = by_label["seed"]["articles_per_s"]
    goals = {
        "parse_article_seed": {
            "value": seed_rate,
            "goal": f">= {GOALS['parse_article_seed_per_s']:,} articles/s",
            "pass": seed_rate >= GOALS["parse_article_seed_per_s"],
        },
        "parse_article_size_ratio": {
            "value": size_ratio,
            "goal": f"MB/s at 2 KB / MB/s at 200 KB <= {GOALS['size_ratio_max']}",
            "pass": size_ratio <= GOALS["size_ratio_max"],
        },
    }
    print(
        f"  seed: {seed_rate:,.0f} articles/s (goal >= {GOALS['parse_article_seed_per_s']:,}) "
        f"{verdict(goals['parse_article_seed']['pass'])}"
    )
    print(
        f"  MB/s at 2 KB / MB/s at 200 KB: {size_ratio:.2f} (goal <= {GOALS['size_ratio_max']}) "
        f"{verdict(goals['parse_article_size_ratio']['pass'])}"
    )
    return {"rows": rows, "size_ratio": size_ratio, "goals": goals}


# -- extract_quotes ------------------------------------------------------------------------


def bench_quotes(timer: Timer, size: int) -> dict[str, Any]:
    text = quote_dense(size)
    count = len(newsmodel.extract_quotes(text))
    timing = timer(lambda: newsmodel.extract_quotes(text))
    rate = len(text) / timing["cpu_s"] / MB
    ok = rate >= GOALS["extract_quotes_mb_per_s"]
    print("extract_quotes on quote-dense copy")
    print(
        f"  {len(text):,} chars, {count:,} quotes: {rate:.2f} MB/s, "
        f"{count / timing['cpu_s']:,.0f} quotes/s (goal >= {GOALS['extract_quotes_mb_per_s']} MB/s) "
        f"{verdict(ok)}"
    )
    return {
        "chars": len(text),
        "quotes": count,
        "seconds": timing["cpu_s"],
        "wall_seconds": timing["wall_s"],
        "mb_per_s": rate,
        "quotes_per_s": count / timing["cpu_s"],
        "goals": {
            "extract_quotes_mb_per_s": {
                "value": rate,
                "goal": f">= {GOALS['extract_quotes_mb_per_s']} MB/s",
                "pass": ok,
            }
        },
    }


# -- timestamps ----------------------------------------------------------------------------


def _timestamp_cases(quick: bool) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(TIMESTAMPS.read_text(encoding="utf-8"))["cases"]
    for case in cases:
        case["reference_dt"] = (
            dt.datetime.fromisoformat(case["reference"]) if case["reference"] else None
        )
    return cases[::10] if quick else cases


def bench_timestamps(timer: Timer, quick: bool) -> dict[str, Any]:
    from dateutil import parser as dateutil_parser

    cases = _timestamp_cases(quick)
    find = newsmodel.find_timestamps

    def run_newsmodel() -> None:
        for case in cases:
            find(
                case["text"],
                outlet=case["outlet"],
                reference=case["reference_dt"],
                default_tz=case["default_tz"],
            )

    def run_dateutil() -> None:
        for case in cases:
            try:  # noqa: SIM105 - no context manager in the timed loop
                dateutil_parser.parse(case["text"], fuzzy=True)
            except (ValueError, OverflowError):
                pass

    runners: dict[str, Any] = {"newsmodel": run_newsmodel, "dateutil": run_dateutil}
    try:
        import dateparser
    except ImportError:
        print("  dateparser is not installed (pip install 'newsmodel[bench]'); skipped")
    else:

        def run_dateparser() -> None:
            for case in cases:
                settings = None
                if case["reference_dt"] is not None:
                    settings = {"RELATIVE_BASE": case["reference_dt"].replace(tzinfo=None)}
                try:  # noqa: SIM105 - no context manager in the timed loop
                    dateparser.parse(case["text"], languages=["en"], settings=settings)
                except (ValueError, OverflowError):
                    pass

        runners["dateparser"] = run_dateparser

    results: dict[str, dict[str, float]] = {}
    slow = Timer(timer.min_time, max(1, min(2, timer.repeats)))
    for name, function in runners.items():
        timing = (slow if name == "dateparser" else timer)(function)
        per = timing["cpu_s"] / len(cases)
        results[name] = {
            "seconds_per_string": per,
            "wall_seconds_per_string": timing["wall_s"] / len(cases),
            "strings_per_s": 1 / per,
        }
    ours = results["newsmodel"]["seconds_per_string"]
    vs_dateutil = results["dateutil"]["seconds_per_string"] / ours
    goals: dict[str, Any] = {
        "timestamps_vs_dateutil": {
            "value": vs_dateutil,
            "goal": "at least as fast as dateutil (speed-up >= 1.0)",
            "pass": vs_dateutil >= GOALS["timestamps_vs_dateutil_min"],
        }
    }
    print(f"find_timestamps against dateutil and dateparser ({len(cases)} header strings)")
    for name, row in results.items():
        print(
            f"  {name:<11} {row['strings_per_s']:>10,.0f} strings/s "
            f"{row['seconds_per_string'] * 1e6:>9.1f} us/string"
        )
    print(
        f"  speed-up over dateutil: {vs_dateutil:.2f}x (goal >= 1.0) "
        f"{verdict(goals['timestamps_vs_dateutil']['pass'])}"
    )
    if "dateparser" in results:
        vs_dateparser = results["dateparser"]["seconds_per_string"] / ours
        goals["timestamps_vs_dateparser"] = {
            "value": vs_dateparser,
            "goal": f"speed-up >= {GOALS['timestamps_vs_dateparser_min']}x",
            "pass": vs_dateparser >= GOALS["timestamps_vs_dateparser_min"],
        }
        print(
            f"  speed-up over dateparser: {vs_dateparser:.0f}x (goal >= 30x) "
            f"{verdict(goals['timestamps_vs_dateparser']['pass'])}"
        )
    return {"strings": len(cases), "parsers": results, "goals": goals}


# -- serialisation -------------------------------------------------------------------------


def bench_serialise(timer: Timer, seed: str) -> dict[str, Any]:
    art = newsmodel.parse_article(seed)
    text = art.to_json()
    data = json.loads(text)
    assert newsmodel.Article.from_json(text) == art

    to_json = timer(art.to_json)
    from_json = timer(lambda: newsmodel.Article.from_json(text))
    floor_dumps = timer(lambda: json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    floor_loads = timer(lambda: json.loads(text))
    round_trip = to_json["cpu_s"] + from_json["cpu_s"]
    floor = floor_dumps["cpu_s"] + floor_loads["cpu_s"]
    rate = 1 / round_trip
    ok = rate >= GOALS["round_trips_per_s"]
    print(f"to_json + from_json of the seed article ({len(text):,} chars of JSON)")
    print(
        f"  to_json {to_json['cpu_s'] * 1e6:,.0f} us, from_json {from_json['cpu_s'] * 1e6:,.0f} us: "
        f"{rate:,.0f} round trips/s (goal >= {GOALS['round_trips_per_s']:,}) {verdict(ok)}"
    )
    print(
        f"  floor, json.dumps + json.loads of the same dict: {floor * 1e6:,.0f} us "
        f"({1 / floor:,.0f}/s); round trip = {round_trip / floor:.1f}x the floor"
    )
    return {
        "json_chars": len(text),
        "to_json_seconds": to_json["cpu_s"],
        "from_json_seconds": from_json["cpu_s"],
        "round_trips_per_s": rate,
        "stdlib_json_floor_seconds": floor,
        "stdlib_json_floor_per_s": 1 / floor,
        "times_floor": round_trip / floor,
        "goals": {
            "round_trips_per_s": {
                "value": rate,
                "goal": f">= {GOALS['round_trips_per_s']:,} round trips/s",
                "pass": ok,
            }
        },
    }


# -- memory --------------------------------------------------------------------------------


def _small_inputs(count: int) -> Any:
    for index in range(count):
        yield f"Headline number {index}\n\nBody paragraph {index}, the ministry said on Monday."


def _rss() -> int:
    """Return this process's resident set size in bytes (Linux), else its peak."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    except (OSError, ValueError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    import os

    return pages * os.sysconf("SC_PAGE_SIZE")


def bench_memory(seed: str, many: int) -> dict[str, Any]:
    newsmodel.parse_article(seed)  # imports, compiled regexes and caches outside the count
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    art = newsmodel.parse_article(seed)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del art
    ratio = used / len(seed)
    mem_ok = ratio <= GOALS["memory_ratio_max"]
    print("memory")
    print(
        f"  Article of the seed: {used:,} bytes for {len(seed):,} characters of text = "
        f"{ratio:.1f}x (goal <= {GOALS['memory_ratio_max']}x) {verdict(mem_ok)}"
    )

    # parse_many: the resident set size after 20 % of the inputs and at the end (no
    # tracemalloc here: it would make 100,000 parses take minutes). Flat means the end is
    # no more than 2 MB above the early figure; the caches that fill up in the first
    # inputs (canonical_agency keeps at most 8,192 names) are full by then.
    gc.collect()
    checkpoints: dict[int, int] = {}
    early = max(1, many // 5)
    for index, result in enumerate(newsmodel.parse_many(_small_inputs(many)), 1):
        del result
        if index in {early, many}:
            gc.collect()
            checkpoints[index] = _rss()
    growth = checkpoints[many] - checkpoints[early]
    flat = growth <= 2 * MB
    print(
        f"  parse_many over {many:,} inputs: resident set {checkpoints[early] / MB:.1f} MB after "
        f"{early:,}, {checkpoints[many] / MB:.1f} MB after {many:,} (growth {growth / MB:+.2f} MB): "
        f"{'flat' if flat else 'growing'} {verdict(flat)}"
    )
    return {
        "article_bytes": used,
        "text_chars": len(seed),
        "ratio": ratio,
        "parse_many": {
            "inputs": many,
            "early_inputs": early,
            "early_rss_bytes": checkpoints[early],
            "end_rss_bytes": checkpoints[many],
            "growth_bytes": growth,
        },
        "goals": {
            "article_memory_ratio": {
                "value": ratio,
                "goal": f"<= {GOALS['memory_ratio_max']}x len(text)",
                "pass": mem_ok,
            },
            "parse_many_flat": {
                "value": growth,
                "goal": f"resident set grows <= 2 MB from {early:,} to {many:,} inputs",
                "pass": flat,
            },
        },
    }


# -- plot ----------------------------------------------------------------------------------


def plot(results: dict[str, Any], out: Path) -> None:
    import matplotlib as mpl

    mpl.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    rows = [r for r in results["parse_article"]["rows"] if r["label"] != "seed"]
    sizes = [r["chars"] / 1000 for r in rows]
    left.loglog(sizes, [r["articles_per_s"] for r in rows], "o-", label="parse_article")
    seed = results["parse_article"]["rows"][0]
    left.loglog([seed["chars"] / 1000], [seed["articles_per_s"]], "s", label="the seed")
    # The goal, 3,000 seed-sized articles/s, as a constant throughput in characters/s
    # (the 1.5x size goal allows at most 1.5x below it at 200 KB).
    goal = GOALS["parse_article_seed_per_s"]
    goal_chars = goal * seed["chars"]
    ends = [min([*sizes, seed["chars"] / 1000]), max(sizes)]
    left.loglog(
        ends,
        [goal_chars / (k * 1000) for k in ends],
        color="grey",
        linestyle="--",
        linewidth=1,
        label=f"goal: {goal:,} seeds/s ({goal_chars / MB:.1f} MB/s)",
    )
    for row in rows:
        left.annotate(
            f"{row['mb_per_s']:.2f} MB/s",
            (row["chars"] / 1000, row["articles_per_s"]),
            textcoords="offset points",
            xytext=(6, 6),
            fontsize=8,
        )
    left.set_xlabel("article size (thousands of characters)")
    left.set_ylabel("articles per second (one core)")
    left.set_title("parse_article throughput")
    left.legend(fontsize=8)
    left.grid(visible=True, which="both", alpha=0.3)

    parsers = results["timestamps"]["parsers"]
    names = list(parsers)
    rates = [parsers[n]["strings_per_s"] for n in names]
    bars = right.bar(names, rates, color=["tab:blue", "tab:orange", "tab:green"][: len(names)])
    right.set_yscale("log")
    right.set_ylim(bottom=min(rates) / 4, top=max(rates) * 3)
    right.set_ylabel("header strings per second (one core)")
    right.set_title(f"timestamps ({results['timestamps']['strings']} header strings)")
    for bar, rate in zip(bars, rates, strict=True):
        right.annotate(
            f"{rate:,.0f}/s",
            (bar.get_x() + bar.get_width() / 2, rate),
            ha="center",
            va="bottom",
            fontsize=9,
        )
    fig.suptitle(f"newsmodel {newsmodel.__version__}, Python {platform.python_version()}")
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)


# -- main ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a fast, rough run")
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    parser.add_argument("--plot", metavar="PNG", help="draw the figures to PNG (matplotlib)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal fails")
    args = parser.parse_args(argv)

    warnings.simplefilter("ignore")
    timer = Timer(0.02, 2) if args.quick else Timer(0.25, 5)
    seed = SEED.read_text(encoding="utf-8")
    started = time.perf_counter()
    print(
        f"newsmodel {newsmodel.__version__} on Python {platform.python_version()} "
        f"({platform.machine()}), {'quick' if args.quick else 'full'} run; CPU time per call, best of "
        f"{timer.repeats}"
    )
    results: dict[str, Any] = {}
    results["parse_article"] = bench_parse(timer, seed)
    results["extract_quotes"] = bench_quotes(timer, 20_000 if args.quick else 200_000)
    results["timestamps"] = bench_timestamps(timer, args.quick)
    results["serialisation"] = bench_serialise(timer, seed)
    results["memory"] = bench_memory(seed, 2_000 if args.quick else 100_000)

    goals: dict[str, Any] = {}
    for section in results.values():
        goals.update(section.pop("goals"))
    passed = sum(goal["pass"] for goal in goals.values())
    print(f"goals: {passed} of {len(goals)} pass")
    for name, goal in goals.items():
        print(f"  {verdict(goal['pass'])}  {name}: {goal['value']:,.2f} (goal {goal['goal']})")
    elapsed = time.perf_counter() - started
    print(f"run took {elapsed:.0f} s")

    payload = {
        "newsmodel": newsmodel.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "platform": platform.platform(),
        "quick": args.quick,
        "timing": "CPU seconds (time.process_time), best of repeats; wall_* fields are wall clock",
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "results": results,
        "goals": goals,
    }
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.plot:
        plot(results, Path(args.plot))
    return 1 if args.strict and passed != len(goals) else 0


if __name__ == "__main__":
    raise SystemExit(main())
