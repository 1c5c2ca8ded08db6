"""The scripts in examples/ run from the repository root and print what they promise."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"
HEADLINE = "Syrian army enters rebel-held northwestern town in latest advance"

# A second article in wire style, so the folder-level examples have more than one file to merge.
WIRE_ARTICLE = """\
Lebanon forms new government after months of deadlock
Published 10 April 2020 14:05
Prime Minister Hassan Diab speaks in Beirut, Lebanon. REUTERS/Mohamed Azakir

BEIRUT, April 10 (Reuters) - Lebanon formed a new government on Friday.

"This is a government that will work for all Lebanese," Prime Minister Hassan Diab said.
"""


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``examples/<script>`` from the repository root, as CI does."""
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def ok(script: str, *args: str) -> str:
    """Run the script, assert it exited 0, and return its stdout."""
    result = run(script, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Return a folder with the seed twice (under two names) and one wire article."""
    shutil.copy(SEED, tmp_path / "a.txt")
    (tmp_path / "nested").mkdir()
    shutil.copy(SEED, tmp_path / "nested" / "b.txt")
    (tmp_path / "wire.txt").write_text(WIRE_ARTICLE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "script", sorted(p.name for p in EXAMPLES.glob("*.py") if p.name != "dask_corpus.py")
)
def test_every_example_runs_without_arguments(script: str) -> None:
    """Each example exits 0 and prints something when run with no arguments (CI's check)."""
    assert ok(script).strip()


class TestParseSeed:
    def test_prints_the_seed(self) -> None:
        """The default run names the seed's headline, outlet, time, caption credit and speakers."""
        out = ok("parse_seed.py")
        assert f"headline:   {HEADLINE}" in out
        assert "outlet:     CGTN" in out
        assert "'Updated 12:32, 07-Feb-2020' -> 2020-02-07T12:32:00+08:00" in out
        assert "from outlet] = 2020-02-07T04:32:00+00:00 UTC" in out
        assert "printed 2 time(s)" in out
        assert "credit '/Reuters Photo': agency=Reuters" in out
        assert "Mevlut Cavusoglu (Turkish Foreign Minister)" in out
        assert "sources:    Reuters" in out
        assert "unclassified blocks: 0" in out

    def test_accepts_a_file(self, corpus: Path) -> None:
        """Given a file, it parses that file instead, dateline included."""
        out = ok("parse_seed.py", str(corpus / "wire.txt"))
        assert "headline:   Lebanon forms new government after months of deadlock" in out
        assert "dateline:   'BEIRUT, April 10 (Reuters) -'" in out


class TestQuotesCsv:
    @staticmethod
    def rows(out: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(out)))

    def test_default_run_is_csv_with_the_seed_speakers(self) -> None:
        """The header row is first and the seed's speakers have rows, grouped together."""
        out = ok("quotes_csv.py")
        assert out.splitlines()[0] == "speaker,speaker_kind,role,kind,cue,quote,file,start,end"
        rows = self.rows(out)
        speakers = [row["speaker"] for row in rows]
        assert "Mevlut Cavusoglu" in speakers
        assert "Dmitry Peskov" in speakers
        cavusoglu = [row for row in rows if row["speaker"] == "Mevlut Cavusoglu"]
        assert {"direct", "indirect"} <= {row["kind"] for row in cavusoglu}
        assert "Turkish Foreign Minister" in {row["role"] for row in cavusoglu}
        # Grouped by speaker: each speaker's rows are contiguous.
        firsts = [s for i, s in enumerate(speakers) if i == 0 or speakers[i - 1] != s]
        assert len(firsts) == len(set(firsts))

    def test_offsets_slice_the_quote(self) -> None:
        """start/end index the file's text, so text[start:end] is the quote as printed."""
        text = SEED.read_text(encoding="utf-8")
        for row in self.rows(ok("quotes_csv.py", str(SEED))):
            start, end = int(row["start"]), int(row["end"])
            assert text[start:end]
            if row["kind"] == "direct":
                assert text[start:end] == row["quote"]

    def test_folder_argument(self, corpus: Path) -> None:
        """A folder is searched recursively and every file contributes its rows."""
        rows = self.rows(ok("quotes_csv.py", str(corpus)))
        assert {"a.txt", "b.txt"} <= {row["file"] for row in rows}
        assert any(row["speaker"] == "Hassan Diab" and row["kind"] == "direct" for row in rows)

    def test_empty_folder_fails_cleanly(self, tmp_path: Path) -> None:
        """No input files is an error message and exit status 1, not a traceback."""
        result = run("quotes_csv.py", str(tmp_path))
        assert result.returncode == 1
        assert "no .txt files found" in result.stderr


class TestTimestampsUtc:
    def test_default_run_shows_every_zone_source(self) -> None:
        """The seed's time gets CGTN's zone; the samples show stated, default and no zone."""
        lines = ok("timestamps_utc.py").splitlines()
        assert lines[0].split("\t") == [
            "source", "kind", "raw", "as printed", "zone", "zone from", "UTC",
        ]  # fmt: skip
        seed = [line.split("\t") for line in lines if line.startswith("000_")]
        assert seed == [
            [
                "000_cd7b9de5fab0b34e.txt", "updated", "Updated 12:32, 07-Feb-2020",
                "2020-02-07T12:32:00+08:00", "Asia/Shanghai", "outlet", "2020-02-07T04:32:00+00:00",
            ]
        ]  # fmt: skip
        sources = {line.split("\t")[5] for line in lines[1:]}
        assert {"stated", "outlet", "default", "none"} <= sources
        naive = [line.split("\t") for line in lines if line.split("\t")[5] == "none"]
        assert all(row[6] == "-" for row in naive)

    def test_default_tz_option(self, corpus: Path) -> None:
        """--default-tz applies to zone-less times in the given files, and says so."""
        out = ok("timestamps_utc.py", "--default-tz", "Europe/London", str(corpus / "wire.txt"))
        (row,) = [line.split("\t") for line in out.splitlines()[1:]]
        assert row[1:] == [
            "published", "Published 10 April 2020 14:05", "2020-04-10T14:05:00+01:00",
            "Europe/London", "default", "2020-04-10T13:05:00+00:00",
        ]  # fmt: skip


class TestCaptionReport:
    def test_default_run_merges_the_duplicate(self) -> None:
        """The seed's caption, printed twice, is reported once, credited to Reuters."""
        out = ok("caption_report.py")
        summary = re.match(r"(\d+) file\(s\), (\d+) caption\(s\) printed, (\d+) distinct", out)
        assert summary is not None, out
        files, printed, distinct = map(int, summary.groups())
        assert files >= 1
        assert printed > distinct >= 1
        assert (
            "credit '/Reuters Photo'; printed 2 time(s) in 1 file(s): 000_cd7b9de5fab0b34e.txt"
            in out
        )
        assert re.search(r"^  Reuters: \d+ caption\(s\)$", out, flags=re.MULTILINE)

    def test_merges_across_files_and_tallies_agencies(self, corpus: Path) -> None:
        """The same caption in two files is one entry; photographers are listed per agency."""
        out = ok("caption_report.py", str(corpus))
        assert "3 file(s), 5 caption(s) printed, 2 distinct after merging" in out
        assert "printed 4 time(s) in 2 file(s): a.txt, b.txt" in out
        assert "  Reuters: 2 caption(s)" in out
        assert "photographers: Mohamed Azakir (1)" in out


def test_downstream_properties_prints_ok() -> None:
    """The downstream property tests pass and the script says so."""
    out = ok("downstream_properties.py")
    assert out.splitlines()[-1] == "ok"
    assert "passed: test_storage_round_trips" in out


def test_strategies_import_first_in_a_fresh_interpreter() -> None:
    """A downstream module can import newsmodel.strategies before anything imports hypothesis."""
    result = subprocess.run(
        [sys.executable, "-c", "from newsmodel import strategies; print(strategies.spans)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
