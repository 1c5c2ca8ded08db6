"""Tests for newsmodel.parse_many and ParseResult."""

from __future__ import annotations

import importlib.util
import itertools
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel import ArgumentError, InputTypeError, ParseResult, parse_many

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"


def _story(number: int) -> str:
    return (
        f"Headline number {number}\n\n"
        f'"We will respond," Jane Roe said on day {number}.\n\n'
        "Officials said talks would continue.\n"
    )


class TestParseMany:
    def test_results_follow_input_order_with_workers(self, tmp_path: Path) -> None:
        """With two worker processes the results come back in input order, as with one."""
        inputs: list[str | Path] = []
        for number in range(30):
            if number % 3:
                inputs.append(_story(number))
            else:
                path = tmp_path / f"{number:02d}.txt"
                path.write_text(_story(number), encoding="utf-8")
                inputs.append(path)
        serial = list(parse_many(inputs))
        parallel = list(parse_many(inputs, workers=2, chunksize=2))
        assert serial == parallel
        assert [str(i) if isinstance(i, Path) else f"<text {n}>" for n, i in enumerate(inputs)] == [
            r.source for r in parallel
        ]

    def test_input_is_consumed_lazily(self) -> None:
        """An endless generator works: only a bounded window of inputs is read ahead."""
        consumed = 0

        def endless() -> itertools.count[int]:
            return itertools.count()

        def texts() -> object:
            nonlocal consumed
            for number in endless():
                consumed += 1
                yield _story(number)

        results = parse_many(texts(), workers=2, chunksize=3)  # type: ignore[arg-type]
        first = list(itertools.islice(results, 10))
        results.close()  # type: ignore[attr-defined]
        assert 10 == len(first)
        assert consumed <= 10 + 2 * 2 * 3 + 3

    def test_serial_run_reads_one_input_at_a_time(self) -> None:
        """With one worker, each result is produced before the next input is read."""
        seen: list[int] = []

        def texts() -> object:
            for number in range(5):
                seen.append(number)
                yield _story(number)

        results = parse_many(texts())  # type: ignore[arg-type]
        next(results)
        assert [0] == seen

    def test_bad_files_become_error_results(self, tmp_path: Path) -> None:
        """Undecodable, empty, blank, binary, missing and directory inputs each get one error."""
        (tmp_path / "latin.txt").write_bytes(b"Headline\n\ncaf\xe9 au lait")
        (tmp_path / "empty.txt").write_bytes(b"")
        (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
        (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        (tmp_path / "folder").mkdir()
        names = ["latin.txt", "empty.txt", "blank.txt", "image.txt", "missing.txt", "folder"]
        results = list(parse_many([tmp_path / name for name in names], workers=2))
        errors = [r.error for r in results]
        base = str(tmp_path)
        assert [
            (
                f"{base}/latin.txt: cannot decode as utf-8 at byte offset 13 (0xe9): "
                "invalid continuation byte"
            ),
            f"{base}/empty.txt: empty file (0 bytes)",
            f"{base}/blank.txt: no text (only whitespace)",
            f"{base}/image.txt: binary data, not text (NUL byte at byte offset 8)",
            f"{base}/missing.txt: cannot read: No such file or directory",
            f"{base}/folder: cannot read: Is a directory",
        ] == errors
        assert [None] * 6 == [r.article for r in results]

    def test_encoding_decodes_legacy_copy(self, tmp_path: Path) -> None:
        """A cp1252 file parses with encoding='cp1252' and keeps its characters."""
        path = tmp_path / "legacy.txt"
        path.write_bytes("Café talks resume\n\n“We agree,” she said.".encode("cp1252"))
        (result,) = parse_many([path], encoding="cp1252")
        assert result.article is not None
        assert "Café talks resume\n\n“We agree,” she said." == result.article.text

    def test_wide_encodings_are_not_mistaken_for_binary(self, tmp_path: Path) -> None:
        """UTF-16 text contains NUL bytes but is text when the encoding says so."""
        path = tmp_path / "wide.txt"
        path.write_bytes("Headline\n\nBody text.".encode("utf-16"))
        (result,) = parse_many([path], encoding="utf-16")
        assert result.article is not None
        assert "Headline\n\nBody text." == result.article.text

    def test_passes_options_to_the_parser(self) -> None:
        """outlet, reference and default_tz reach parse_article."""
        text = SEED.read_text(encoding="utf-8")
        (result,) = parse_many([text], outlet="CGTN", default_tz="Europe/London")
        expected = newsmodel.parse_article(text, outlet="CGTN", default_tz="Europe/London")
        assert expected == result.article

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"encoding": "klingon"},
                (
                    "encoding: unknown encoding 'klingon'; pass a codec name such as 'utf-8', "
                    "'cp1252' or 'latin-1'"
                ),
            ),
            ({"workers": 0}, "workers: expected an int >= 1, got 0"),
            ({"chunksize": 0}, "chunksize: expected an int >= 1, got 0"),
            (
                {"default_tz": "Mars/Olympus"},
                (
                    "default_tz: unknown time zone 'Mars/Olympus'; pass an IANA name such as "
                    "'Europe/London' or a tzinfo"
                ),
            ),
        ],
    )
    def test_bad_options_raise_at_call_time(self, kwargs: dict[str, object], message: str) -> None:
        """Impossible options raise ArgumentError when parse_many is called, before any input."""
        with pytest.raises(ArgumentError) as info:
            parse_many(["text"], **kwargs)  # type: ignore[arg-type]
        assert message == str(info.value)

    @pytest.mark.parametrize(
        ("item", "name"), [(b"bytes", "bytes"), (42, "int"), (None, "NoneType")]
    )
    def test_non_text_items_raise_input_type_error(self, item: object, name: str) -> None:
        """An input that is neither a str nor a path raises InputTypeError naming its type."""
        results = parse_many(["fine", item])  # type: ignore[list-item]
        assert next(results).ok
        with pytest.raises(InputTypeError) as info:
            next(results)
        assert (
            "parse_many() expects each input as a str (the text) or a pathlib.Path "
            f"(a file to read), got {name} at index 1"
        ) == str(info.value)

    def test_pathlike_objects_are_files(self, tmp_path: Path) -> None:
        """Any os.PathLike input is read as a file."""

        class Where:
            def __fspath__(self) -> str:
                return str(SEED)

        (result,) = parse_many([Where()])
        assert str(SEED) == result.source
        assert result.article is not None


class TestParseResult:
    def test_needs_exactly_one_of_article_and_error(self) -> None:
        """A result with both or neither of article and error is refused."""
        article = newsmodel.Article(text="x")
        with pytest.raises(ValueError, match="exactly one"):
            ParseResult("a", article=article, error="a: bad")
        with pytest.raises(ValueError, match="exactly one"):
            ParseResult("a")

    def test_failed_result_has_no_record(self) -> None:
        """to_record on a failed result raises ArgumentError with the error."""
        with pytest.raises(ArgumentError) as info:
            ParseResult("a.txt", error="a.txt: empty file (0 bytes)").to_record()
        assert "a.txt: failed input has no record to write: a.txt: empty file (0 bytes)" == str(
            info.value
        )

    def test_pickles(self) -> None:
        """Results pickle and compare equal, so they cross process boundaries."""
        (result,) = parse_many([SEED])
        assert result == pickle.loads(pickle.dumps(result))
        assert "newsmodel" == ParseResult.__module__


def test_docstring_examples() -> None:
    """The examples in parse_many's and ParseResult's docstrings run, whatever doctest collects."""
    import doctest

    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for obj in (ParseResult, parse_many):
        for test in finder.find(obj, module=False, globs={}):
            runner.run(test)
    results = runner.summarize(verbose=False)
    assert 0 == results.failed
    assert 4 <= results.attempted


def _load_example() -> Any:
    path = ROOT / "examples" / "dask_corpus.py"
    spec = importlib.util.spec_from_file_location("dask_corpus", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestDaskExample:
    def test_runs_on_the_local_scheduler(self, tmp_path: Path) -> None:
        """examples/dask_corpus.py parses a directory with a Dask bag and summarises it."""
        pytest.importorskip("dask.bag")
        example = _load_example()
        corpus = tmp_path / "corpus"
        paths = example.generate_corpus(corpus, 40, paragraphs=2)
        (corpus / "bad.txt").write_bytes(b"Headline\n\n\xff broken")
        out = tmp_path / "out.jsonl"
        summary = example.run(corpus, out, scheduler="sync")
        with out.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle]
        expected = [r.article for r in parse_many(sorted(paths))]
        assert expected == [newsmodel.Article.from_dict(r["article"]) for r in records]
        assert (40, 1) == (summary["parsed"], summary["failed"])
        assert 40 == sum(summary["articles_per_day"].values())
        quotes = sum(len(a.quotes) for a in expected if a is not None)
        assert quotes == sum(summary["quotes_per_outlet"].values())
        assert summary["top_speakers"]

    def test_runs_without_arguments(self, capsys: pytest.CaptureFixture[str]) -> None:
        """With no arguments the example parses a generated corpus on the threaded scheduler."""
        pytest.importorskip("dask.bag")
        assert 0 == _load_example().main(["--count", "20"])
        summary = json.loads(capsys.readouterr().out)
        assert (20, 0) == (summary["parsed"], summary["failed"])


class TestWorkerProcesses:
    def test_workers_start_safely_while_threads_run(self) -> None:
        """With another thread running, workers are not forked from this process and still work."""
        import threading

        from newsmodel._batch import _process_context

        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        try:
            assert "fork" != _process_context().get_start_method()
            results = list(parse_many([_story(n) for n in range(6)], workers=2, chunksize=1))
        finally:
            stop.set()
            thread.join()
        assert [f"<text {n}>" for n in range(6)] == [r.source for r in results]
        assert all(r.ok for r in results)
