"""Smoke test: bench/run.py --quick runs end to end and writes valid JSON (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_run_quick_writes_json(tmp_path: Path) -> None:
    """bench/run.py --quick exits 0, prints the verdicts and writes every section as JSON."""
    out = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert 0 == result.returncode, result.stderr
    assert "goals:" in result.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert {"parse_article", "extract_quotes", "timestamps", "serialisation", "memory"} <= set(
        data["results"]
    )
    assert ["seed", "2 KB", "20 KB", "200 KB"] == [
        row["label"] for row in data["results"]["parse_article"]["rows"]
    ]
    assert all(isinstance(goal["pass"], bool) for goal in data["goals"].values())
