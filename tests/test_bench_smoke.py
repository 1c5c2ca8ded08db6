"""Smoke tests: the bench scripts run end to end at tiny sizes (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_scaling_bench_runs_at_tiny_sizes(tmp_path: Path) -> None:
    """bench/scaling.py exits 0 at tiny sizes and writes one JSON record per kind and parser."""
    out = tmp_path / "scaling.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "scaling.py"),
            "--sizes",
            "1000,2000",
            "--repeat",
            "1",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert "verdict" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [1000, 2000] == data["sizes"]
    assert 13 * 3 == len(data["results"])  # 13 input kinds, 3 parsers
    assert {} == {r["kind"]: r["errors"] for r in data["results"] if r["errors"]}


def test_instructions_bench_child_runs_and_needs_valgrind() -> None:
    """bench/instructions.py's measured run works for both input sources; without valgrind it says so."""
    script = str(ROOT / "bench" / "instructions.py")
    for kind in ("dense", "said_no_quotes"):
        child = subprocess.run(
            [sys.executable, script, "--child", kind, "2000", "extract_quotes", "1"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert 0 == child.returncode, child.stderr
    bare = subprocess.run(
        [sys.executable, script, "--kinds", "dense"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": ""},
    )
    assert 2 == bare.returncode, bare.stderr
    assert "valgrind is not on the PATH" in bare.stdout


def test_sweep_runs_and_flags_nothing_linear() -> None:
    """bench/sweep.py times each parser on a unit at two sizes and prints one line each."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "sweep.py"),
            "--sizes",
            "1000,2000",
            "--units",
            "they said “yes” and ",
            "MOSCOW, Feb 6 (Reuters) - ",
            "--strict",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert 0 == result.returncode, result.stdout + result.stderr
    assert "6 measurements, 0 flagged" in result.stdout
