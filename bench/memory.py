"""
Peak memory of `newsmodel parse -j N` (and optionally parse_many) over a large generated corpus.

Usage::

    python bench/memory.py                 # 200 MB corpus, CLI with -j 2 (several minutes)
    python bench/memory.py --size-mb 20    # a quick run
    python bench/memory.py --mode both     # also parse_many(workers=2) in a child process

The corpus is generated once into bench/out/corpus-<size>mb/ (git-ignored) with the
generator of examples/dask_corpus.py: ~5 KB wire stories in directories of 1,000 files.
The run under test is a child process; its memory is measured two ways:

- the peak of the summed resident set size (RSS) of the whole process tree (the main
  process and its worker processes), sampled from /proc every 50 ms (Linux);
- ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the largest peak RSS of any single
  process of the tree, as the kernel recorded it.

Output goes to stdout piped to /dev/null by default (the JSON Lines of 200 MB of input
are ~1.4 GB); pass --output FILE to write it through the atomic file writer instead.
The goal is a peak under 300 MB for 200 MB of input.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
GOAL_MB = 300

_API_SCRIPT = """
import sys
from pathlib import Path
import newsmodel

def paths(top):
    for directory in sorted(Path(top).iterdir()):
        yield from sorted(directory.glob("*.txt"))

ok = failed = 0
for result in newsmodel.parse_many(paths(sys.argv[1]), workers=int(sys.argv[2])):
    if result.ok:
        ok += 1
    else:
        failed += 1
print(ok, failed)
"""


def _generator():
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", ROOT / "examples" / "dask_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_corpus(size_mb: int) -> tuple[Path, int, int]:
    """Generate (or reuse) a corpus of about ``size_mb`` MB; return its path, files and bytes."""
    directory = OUT / f"corpus-{size_mb}mb"
    marker = directory / "COMPLETE"
    if marker.exists():
        files, total = (int(x) for x in marker.read_text().split())
        return directory, files, total
    generator = _generator()
    rng = random.Random(size_mb)
    target = size_mb * 1_000_000
    files = total = 0
    started = time.perf_counter()
    while total < target:
        path = directory / f"{files // 1000:04d}" / f"{files:07d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = generator.generate_article(rng, paragraphs=30).encode("utf-8")
        path.write_bytes(data)
        files += 1
        total += len(data)
    marker.write_text(f"{files} {total}")
    print(
        f"generated {files:,} files, {total / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s"
    )
    return directory, files, total


def _tree_rss(root: int) -> int:
    """Return the summed RSS in bytes of ``root`` and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)  # fields[1] is the parent pid
        rss[pid] = int(fields[21]) * page  # fields[21] is rss in pages
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


def measure(command: list[str], output: Path | None) -> dict[str, float]:
    """Run ``command``, sampling its process tree's RSS; return peaks (MB) and wall time."""
    started = time.perf_counter()
    sink = subprocess.DEVNULL if output is None else None
    process = subprocess.Popen(command, cwd=ROOT, stdout=sink)
    peak = 0
    linux = Path("/proc").is_dir()
    while process.poll() is None:
        if linux:
            peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - started
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    largest_bytes = largest * (1 if sys.platform == "darwin" else 1024)
    return {
        "status": float(process.returncode),
        "tree_peak_mb": peak / 1e6,
        "largest_process_mb": largest_bytes / 1e6,
        "wall_s": wall,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=200, help="corpus size (default: 200)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("--mode", choices=["cli", "api", "both"], default="cli")
    parser.add_argument("--output", type=Path, help="write the JSON Lines here, not /dev/null")
    args = parser.parse_args(argv)

    directory, files, total = make_corpus(args.size_mb)
    print(f"input: {directory} ({files:,} files, {total / 1e6:.1f} MB)")
    runs = []
    if args.mode in {"cli", "both"}:
        command = [
            sys.executable,
            "-m",
            "newsmodel",
            "parse",
            str(directory),
            "-q",
            "-j",
            str(args.jobs),
        ]
        if args.output:
            command += ["-o", str(args.output)]
        runs.append((f"newsmodel parse -j {args.jobs}", command))
    if args.mode in {"api", "both"}:
        command = [sys.executable, "-c", _API_SCRIPT, str(directory), str(args.jobs)]
        runs.append((f"parse_many(workers={args.jobs})", command))
    worst = 0.0
    for name, command in runs:
        result = measure(command, args.output)
        worst = max(worst, result["tree_peak_mb"], result["largest_process_mb"])
        print(
            f"{name}: peak RSS of the process tree {result['tree_peak_mb']:.1f} MB "
            f"(largest single process {result['largest_process_mb']:.1f} MB), "
            f"{result['wall_s']:.1f} s, {total / 1e6 / result['wall_s']:.2f} MB/s, "
            f"exit status {int(result['status'])}"
        )
    verdict = "within" if worst < GOAL_MB else "OVER"
    print(f"peak {worst:.1f} MB for {total / 1e6:.0f} MB of input: {verdict} the {GOAL_MB} MB goal")
    return 0 if worst < GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
