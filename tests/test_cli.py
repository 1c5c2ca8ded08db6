"""Tests for the newsmodel command line (newsmodel._cli and python -m newsmodel)."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newsmodel
from newsmodel._batch import parse_item
from newsmodel._cli import main

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "dask_corpus", ROOT / "examples" / "dask_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """Return the examples/dask_corpus.py module, which holds the corpus generator."""
    return _load_example()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, example: ModuleType) -> Path:
    """Return a directory of 200 generated articles plus one cp1252 file and one empty file."""
    directory = tmp_path_factory.mktemp("corpus")
    example.generate_corpus(directory, 200, paragraphs=1)
    (directory / "000" / "000050_bad.txt").write_bytes(b"Headline\n\nCaf\xe9 society returns.")
    (directory / "000" / "000100_empty.txt").write_bytes(b"")
    return directory


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Return the JSON Lines a plain, uninterrupted -j 1 run writes for the corpus."""
    out = tmp_path_factory.mktemp("reference") / "reference.jsonl"
    main(["parse", str(corpus), "-q", "-o", str(out)])
    return out.read_bytes()


@pytest.fixture
def small(tmp_path: Path, example: ModuleType) -> Path:
    """Return a directory of three generated articles."""
    directory = tmp_path / "small"
    example.generate_corpus(directory, 3, paragraphs=1)
    return directory


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _run(*args: str, cwd: Path = ROOT, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        **kwargs,
    )


class TestSingleInput:
    def test_seed_prints_the_article_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`newsmodel parse SEED` exits 0 and prints the article's JSON."""
        status = main(["parse", str(SEED)])
        out, err = capsys.readouterr()
        article = newsmodel.Article.from_json(out)
        assert 0 == status
        assert newsmodel.parse_article(SEED.read_text(encoding="utf-8")) == article
        assert out.startswith('{\n  "schema_version": 1,')
        assert "" == err

    def test_python_dash_m_without_subcommand(self) -> None:
        """`python -m newsmodel seeds/...` prints the parsed article (what the README shows)."""
        done = _run("seeds/000_cd7b9de5fab0b34e.txt")
        assert (0, "") == (done.returncode, done.stderr)
        expected = newsmodel.parse_article(SEED.read_text(encoding="utf-8")).to_dict()
        assert expected == json.loads(done.stdout)

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--version prints the version and exits 0."""
        assert 0 == main(["--version"])
        assert f"newsmodel {newsmodel.__version__}\n" == capsys.readouterr().out

    def test_stdin(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`-` reads the article from stdin."""
        data = SEED.read_bytes()
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        assert 0 == main(["parse", "-", "--format", "text"])
        assert capsys.readouterr().out.startswith(
            "Headline: Syrian army enters rebel-held northwestern town in latest advance\n"
        )

    def test_text_summary_shows_times_in_utc_and_speakers(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--format text lists the UTC time, the caption credit and each quote's speaker."""
        assert 0 == main(["parse", "-f", "text", str(SEED)])
        out = capsys.readouterr().out
        assert "Updated: 2020-02-07 04:32 UTC  [Updated 12:32, 07-Feb-2020]" in out
        assert "credit: '/Reuters Photo': Reuters (photo)" in out
        assert "speaker: Dmitry Peskov, Kremlin spokesman; cue: said" in out

    def test_options_pass_through(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--outlet, --reference and --default-tz reach the parser."""
        args = ["--outlet", "CGTN", "--reference", "2020-02-08T00:00:00Z", "--default-tz", "UTC"]
        assert 0 == main(["parse", *args, str(SEED)])
        expected = newsmodel.parse_article(
            SEED.read_text(encoding="utf-8"),
            outlet="CGTN",
            reference=newsmodel.parse_article.__globals__["dt"].datetime.fromisoformat(
                "2020-02-08T00:00:00+00:00"
            ),
            default_tz="UTC",
        )
        assert expected == newsmodel.Article.from_json(capsys.readouterr().out)


class TestUsageErrors:
    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["--encoding", "klingon", "x.txt"], "unknown encoding 'klingon'"),
            (["--reference", "yesterday", "x.txt"], "not an ISO 8601 date and time: 'yesterday'"),
            (["--default-tz", "Mars/Olympus", "x.txt"], "unknown time zone 'Mars/Olympus'"),
            (["--resume", "x.txt"], "--resume needs -o FILE"),
            (["-j", "-3", "x.txt"], "expected a number of worker processes >= 0"),
            (["--format", "yaml", "x.txt"], "invalid choice: 'yaml'"),
        ],
    )
    def test_exit_2_with_a_message(
        self, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Impossible options exit with status 2 and say what is wrong, before reading input."""
        assert 2 == main(["parse", *args])
        assert message in capsys.readouterr().err

    def test_no_arguments_prints_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Running without arguments prints the usage and exits 2."""
        assert 2 == main([])
        assert "usage: newsmodel" in capsys.readouterr().err


class TestCorpus:
    def test_bad_files_reported_and_jsonl_loads(
        self, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """With -j 2 both bad files get one stderr line, the rest is JSON Lines, exit status 1."""
        out = tmp_path / "out.jsonl"
        status = main(["parse", str(corpus), "-j", "2", "-o", str(out)])
        err = capsys.readouterr().err.splitlines()
        records = _records(out)
        assert 1 == status
        assert [
            (
                f"newsmodel: {corpus}/000/000050_bad.txt: cannot decode as utf-8 at byte "
                "offset 13 (0xe9): invalid continuation byte"
            ),
            f"newsmodel: {corpus}/000/000100_empty.txt: empty file (0 bytes)",
            "200 parsed, 2 failed",
        ] == err
        assert 200 == len(records)
        assert sorted(r["source"] for r in records) == [r["source"] for r in records]
        assert {"source", "article"} == set(records[0])
        article = newsmodel.Article.from_dict(records[0]["article"])
        assert article.headline
        assert [out] == list(tmp_path.glob("out.jsonl*"))

    def test_output_is_deterministic_across_worker_counts(
        self, corpus: Path, reference: bytes, tmp_path: Path
    ) -> None:
        """-j 1 and -j 3 write byte-identical JSON Lines."""
        three = tmp_path / "three.jsonl"
        main(["parse", str(corpus), "-q", "-j", "3", "-o", str(three)])
        assert reference == three.read_bytes()

    def test_glob_selects_files(
        self, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--glob picks which file names are taken from directories."""
        out = tmp_path / "some.jsonl"
        assert 0 == main(["parse", str(corpus), "--glob", "00001?.txt", "-o", str(out)])
        assert [f"{corpus}/000/0000{n}.txt" for n in range(10, 20)] == [
            r["source"] for r in _records(out)
        ]
        assert "10 parsed, 0 failed\n" == capsys.readouterr().err

    def test_json_array_for_many_inputs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--format json with several inputs writes one JSON array of records."""
        assert 0 == main(["parse", "-f", "json", str(SEED), str(SEED)])
        records = json.loads(capsys.readouterr().out)
        assert [str(SEED), str(SEED)] == [r["source"] for r in records]

    def test_text_for_many_inputs_names_each_source(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--format text with several inputs heads each summary with its source."""
        assert 0 == main(["parse", "-f", "text", str(SEED), str(SEED)])
        assert 2 == capsys.readouterr().out.count(f"== {SEED} ==\n")

    def test_missing_and_binary_inputs(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A missing file and a binary file fail with one line each; the others still parse."""
        binary = tmp_path / "photo.jpg"
        binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
        status = main(["parse", str(tmp_path / "nope.txt"), str(binary), str(SEED)])
        captured = capsys.readouterr()
        assert 1 == status
        assert [
            f"newsmodel: {tmp_path}/nope.txt: cannot read: No such file or directory",
            f"newsmodel: {binary}: binary data, not text (NUL byte at byte offset 4)",
            "1 parsed, 2 failed",
        ] == captured.err.splitlines()
        assert [str(SEED)] == [json.loads(line)["source"] for line in captured.out.splitlines()]

    def test_empty_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A directory without matching files is reported, exits 1 and leaves the output alone."""
        out = tmp_path / "out.jsonl"
        out.write_text("earlier results\n", encoding="utf-8")
        assert 1 == main(["parse", str(tmp_path), "-o", str(out)])
        assert "newsmodel: no inputs found (pattern '*.txt')\n" == capsys.readouterr().err
        assert "earlier results\n" == out.read_text(encoding="utf-8")

    def test_unreadable_directory_is_one_failure(
        self, small: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """A directory that cannot be listed is reported with the reason; the walk goes on."""
        walk = os.walk

        def failing_walk(top: Any, onerror: Any = None, **kwargs: Any) -> Any:
            onerror(PermissionError(13, "Permission denied", f"{top}/locked"))
            yield from walk(top, onerror=onerror, **kwargs)

        monkeypatch.setattr(os, "walk", failing_walk)
        assert 1 == main(["parse", str(small), "-q"])
        assert (
            f"newsmodel: {small}/locked: cannot read directory: Permission denied\n"
            == capsys.readouterr().err
        )

    def test_encoding_option(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """--encoding cp1252 reads legacy copy."""
        path = tmp_path / "legacy.txt"
        path.write_bytes("Café talks resume\n\nOfficials said “fine”.".encode("cp1252"))
        assert 0 == main(["parse", "--encoding", "cp1252", str(path)])
        assert "Café talks resume" in newsmodel.Article.from_json(capsys.readouterr().out).text


@pytest.mark.slow
def test_two_thousand_articles_with_two_bad_files(
    tmp_path: Path, example: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """2,000 articles, one non-UTF-8 and one empty, run with -j 2: both reported, the rest loads."""
    corpus = tmp_path / "corpus"
    example.generate_corpus(corpus, 2000, paragraphs=1)
    (corpus / "001" / "bad.txt").write_bytes(b"Headline\n\nCaf\xe9 society returns.")
    (corpus / "001" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert 1 == main(["parse", str(corpus), "-j", "2", "-o", str(out)])
    err = capsys.readouterr().err.splitlines()
    assert [
        (
            f"newsmodel: {corpus}/001/bad.txt: cannot decode as utf-8 at byte offset 13 (0xe9): "
            "invalid continuation byte"
        ),
        f"newsmodel: {corpus}/001/empty.txt: empty file (0 bytes)",
        "2000 parsed, 2 failed",
    ] == err
    with out.open(encoding="utf-8") as handle:
        articles = [newsmodel.Article.from_dict(json.loads(line)["article"]) for line in handle]
    assert 2000 == len(articles)


class TestProgress:
    def test_silent_when_stderr_is_not_a_terminal(
        self, small: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """No progress bar is drawn when stderr is not a TTY."""
        main(["parse", str(small), "-o", str(tmp_path / "o.jsonl")])
        assert "3 parsed, 0 failed\n" == capsys.readouterr().err

    def test_bar_on_a_terminal(
        self,
        small: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """On a terminal a tqdm bar counts the inputs on stderr, also with worker processes."""
        pytest.importorskip("tqdm")  # the optional `cli` extra
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        out = tmp_path / "o.jsonl"
        main(["parse", str(small), "-j", "2", "-o", str(out)])
        assert "3/3" in capsys.readouterr().err
        assert 3 == len(_records(out))

    def test_no_tqdm_no_bar_no_error(
        self,
        small: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """Without tqdm installed the run works, without a bar."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        monkeypatch.setitem(sys.modules, "tqdm", None)
        out = tmp_path / "o.jsonl"
        assert 0 == main(["parse", str(small), "-o", str(out)])
        assert "3/3" not in capsys.readouterr().err
        assert 3 == len(_records(out))


class TestInterruptAndResume:
    def test_interrupted_run_leaves_old_output_whole_and_resume_completes(
        self,
        corpus: Path,
        reference: bytes,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A run stopped half-way never touches OUT; --resume finishes with every record once."""
        out = tmp_path / "out.jsonl"
        out.write_text("previous complete output\n", encoding="utf-8")
        calls = 0

        def flaky(options: Any, indexed: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == 120:
                raise KeyboardInterrupt
            return parse_item(options, indexed)

        monkeypatch.setattr("newsmodel._cli.parse_item", flaky)
        assert 130 == main(["parse", str(corpus), "-o", str(out)])
        assert "previous complete output\n" == out.read_text(encoding="utf-8")
        partial = tmp_path / "out.jsonl.partial"
        kept = _records(partial)
        assert 117 == len(kept)  # 119 inputs done, two of them the bad files
        # A write cut short by a crash leaves half a line: --resume drops it.
        with partial.open("a", encoding="utf-8") as handle:
            handle.write('{"source": "half a rec')
        monkeypatch.setattr("newsmodel._cli.parse_item", parse_item)
        capsys.readouterr()

        assert 1 == main(["parse", str(corpus), "-o", str(out), "--resume"])
        err = capsys.readouterr().err.splitlines()
        records = _records(out)
        assert reference == out.read_bytes()
        assert 200 == len({r["source"] for r in records})
        assert f"newsmodel: dropped 1 incomplete line(s) from {out}" == err[0]
        assert f"83 parsed, 2 failed, 117 already in {out}" == err[-1]
        assert not partial.exists()

    def test_resume_of_a_finished_run_parses_only_new_files(
        self, corpus: Path, reference: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """--resume on a complete output keeps it and appends only the inputs not yet there."""
        out = tmp_path / "out.jsonl"
        out.write_bytes(reference)
        before = reference
        late = tmp_path / "late.txt"
        late.write_text("A late headline\n\nLate body text.", encoding="utf-8")
        capsys.readouterr()
        assert 1 == main(["parse", str(corpus), str(late), "--resume", "-o", str(out)])
        after = out.read_bytes()
        assert after.startswith(before)
        assert str(late) == json.loads(after.splitlines()[-1])["source"]
        assert (
            f"1 parsed, 2 failed, 200 already in {out}" == capsys.readouterr().err.splitlines()[-1]
        )

    def test_dead_worker_is_reported_and_output_kept(
        self,
        corpus: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A worker process that dies ends the run with one line; the records so far are kept."""
        from concurrent.futures.process import BrokenProcessPool

        def dying(function: Any, items: Any, **kwargs: Any) -> Any:
            for number, item in enumerate(items):
                if number == 5:
                    message = "a child process terminated abruptly"
                    raise BrokenProcessPool(message)
                yield function(item)

        monkeypatch.setattr("newsmodel._cli.ordered_map", dying)
        out = tmp_path / "out.jsonl"
        assert 1 == main(["parse", str(corpus), "-j", "2", "-o", str(out)])
        assert (
            "newsmodel: a worker process died (a child process terminated abruptly); "
            "run again with --resume to continue"
        ) == capsys.readouterr().err.splitlines()[-1]
        assert not out.exists()
        assert 5 == len(_records(tmp_path / "out.jsonl.partial"))

    def test_sigkill_half_way_then_resume(self, tmp_path: Path, example: ModuleType) -> None:
        """A process killed with SIGKILL leaves no OUT (only OUT.partial); --resume completes it."""
        corpus = tmp_path / "big"
        example.generate_corpus(corpus, 300, paragraphs=2)
        out = tmp_path / "out.jsonl"
        partial = tmp_path / "out.jsonl.partial"
        args = ["parse", str(corpus), "-o", str(out), "-j", "2"]
        process = subprocess.Popen(
            [sys.executable, "-m", "newsmodel", *args],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and process.poll() is None:
            if partial.exists() and partial.stat().st_size > 5_000:
                break
            time.sleep(0.005)
        killed = process.poll() is None
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:  # it finished in the meantime
            killed = False
        process.wait()
        assert killed, "the run finished before it could be killed; use a bigger corpus"
        assert not out.exists()
        done = _run(*args, "--resume")
        assert 0 == done.returncode, done.stderr
        records = _records(out)
        assert 300 == len(records)
        assert sorted(str(p) for p in corpus.rglob("*.txt")) == [r["source"] for r in records]


class TestShow:
    def test_html_written_atomically(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """`show --html` writes a self-contained page naming every quote's speaker."""
        page = tmp_path / "seed.html"
        assert 0 == main(["show", str(SEED), "--html", str(page)])
        text = page.read_text(encoding="utf-8")
        article = newsmodel.parse_article(SEED.read_text(encoding="utf-8"))
        assert text.startswith("<!DOCTYPE html>")
        assert all(
            q.speaker is None or q.speaker.replace("'", "&#x27;") in text for q in article.quotes
        )
        assert [page] == list(tmp_path.iterdir())

    def test_text_summary(self, capsys: pytest.CaptureFixture[str]) -> None:
        """`show FILE` prints the text summary."""
        assert 0 == main(["show", str(SEED)])
        assert "Outlet: CGTN" in capsys.readouterr().out

    def test_bad_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """`show` on an empty file prints one line and exits 1."""
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        assert 1 == main(["show", str(empty), "--html", str(tmp_path / "x.html")])
        assert f"newsmodel: {empty}: empty file (0 bytes)\n" == capsys.readouterr().err
        assert not (tmp_path / "x.html").exists()
