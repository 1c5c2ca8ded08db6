"""Smoke tests: the bench scripts run end to end at tiny sizes (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench(
    script: str, *args: str, timeout: int = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``bench/<script>`` with ``args`` in a fresh interpreter, capturing its output."""
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


def test_scaling_bench_runs_at_tiny_sizes(tmp_path: Path) -> None:
    """bench/scaling.py exits 0 at tiny sizes and writes one JSON record per kind and parser."""
    out = tmp_path / "scaling.json"
    result = _bench(
        "scaling.py", "--sizes", "1000,2000", "--repeat", "1", "--json", str(out), timeout=300
    )
    assert 0 == result.returncode, result.stderr
    assert "verdict" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [1000, 2000] == data["sizes"]
    assert 13 * 3 == len(data["results"])  # 13 input kinds, 3 parsers
    assert {} == {r["kind"]: r["errors"] for r in data["results"] if r["errors"]}


def test_instructions_bench_child_runs_and_needs_valgrind() -> None:
    """bench/instructions.py's measured run works for both input sources; without valgrind it says so."""
    for kind in ("dense", "said_no_quotes"):
        child = _bench("instructions.py", "--child", kind, "2000", "extract_quotes", "1")
        assert 0 == child.returncode, child.stderr
    bare = _bench("instructions.py", "--kinds", "dense", env={"PATH": ""})
    assert 2 == bare.returncode, bare.stderr
    assert "valgrind is not on the PATH" in bare.stdout


def test_sweep_runs_and_flags_nothing_linear() -> None:
    """bench/sweep.py times each parser on a unit at two sizes and prints one line each."""
    units = ("they said “yes” and ", "MOSCOW, Feb 6 (Reuters) - ")
    result = _bench("sweep.py", "--sizes", "1000,2000", "--units", *units, "--strict")
    assert 0 == result.returncode, result.stdout + result.stderr
    assert "6 measurements, 0 flagged" in result.stdout
