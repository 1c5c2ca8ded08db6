"""
Coverage-guided fuzz target for newsmodel's parsers (atheris / libFuzzer).

Every input is decoded to a str (invalid UTF-8 becomes lone surrogates, via
``surrogateescape``, so the parsers also see unpaired surrogates), then fed to
``parse_article``, ``extract_quotes`` and ``find_timestamps``.  The target asserts
*totality* (no exception) and *nothing lost* (``Article.check()`` passes; quote and
timestamp spans are in bounds and match their text).  Any exception is a crash.

Install the extra and run for a bounded time (libFuzzer options pass through)::

    pip install 'newsmodel[fuzz]'            # or: pip install atheris
    python fuzz/build_corpus.py fuzz/corpus   # seed corpus: seeds/ and tests/data/articles/
    python fuzz/fuzz_parse_article.py -max_total_time=600 -max_len=20000 fuzz/corpus

Reproduce one crash file with ``python fuzz/fuzz_parse_article.py crash-<sha1>``.

With ``NEWSMODEL_FUZZ_KEEP_GOING=DIR`` set, a failure does not stop the run: the
first input for each distinct failure (exception type and innermost newsmodel frame)
is written to ``DIR`` with its traceback, and fuzzing continues.  This is how the
long runs in docs/reliability.md were made, so one known bug does not hide the next.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import newsmodel


def _check_spans(text: str, items: tuple[object, ...], what: str) -> None:
    size = len(text)
    for index, item in enumerate(items):
        span = item.span  # type: ignore[attr-defined]
        if not 0 <= span.start <= span.end <= size:
            msg = f"{what}[{index}] span {span} out of bounds ({size})"
            raise AssertionError(msg)
        raw = getattr(item, "raw", None)
        if raw is not None and text[span.start : span.end] != raw:
            msg = f"{what}[{index}] raw {raw!r} != slice {text[span.start : span.end]!r}"
            raise AssertionError(msg)


def check_text(text: str) -> None:
    """Run every fuzzed parser on ``text`` and assert totality and nothing lost."""
    article = newsmodel.parse_article(text)
    article.check()
    if article.text != text:
        msg = "Article.text is not the input"
        raise AssertionError(msg)
    quotes = newsmodel.extract_quotes(text)
    _check_spans(text, quotes, "quotes")
    stamps = newsmodel.find_timestamps(text)
    _check_spans(text, stamps, "timestamps")


_KEEP_GOING = os.environ.get("NEWSMODEL_FUZZ_KEEP_GOING")
# Offsets, indexes and quoted text vary between inputs breaking the same invariant.
_INVARIANT_KIND = re.compile(r"'[^']*'|\"[^\"]*\"|\d+")
_SEEN: set[tuple[str, str]] = set()


def _signature(error: BaseException) -> tuple[str, str]:
    """Return (exception type, innermost newsmodel frame) identifying a failure."""
    if isinstance(error, newsmodel.InvariantError):
        # One raise site for every invariant: tell them apart by the kind of problem.
        kinds = sorted({_INVARIANT_KIND.sub("", problem)[:60] for problem in error.problems})
        return type(error).__name__, "; ".join(kinds)
    where = "?"
    for frame in traceback.extract_tb(error.__traceback__):
        if "newsmodel" in frame.filename or "fuzz_parse_article" in frame.filename:
            where = f"{Path(frame.filename).name}:{frame.name}"
    return type(error).__name__, where


def _record(data: bytes, error: BaseException) -> None:
    key = _signature(error)
    if key in _SEEN:
        return
    _SEEN.add(key)
    out = Path(_KEEP_GOING or ".")
    out.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()  # noqa: S324 - a file name, not security
    (out / f"crash-{name}").write_bytes(data)
    report = "".join(traceback.format_exception(error))
    (out / f"crash-{name}.txt").write_text(f"{key}\n{data!r}\n\n{report}", encoding="utf-8")
    print(f"\n=== new failure {key}: {out / ('crash-' + name)}", file=sys.stderr)


def test_one_input(data: bytes) -> None:
    """Run one fuzz input: bytes -> str (surrogateescape) -> parsers."""
    text = data.decode("utf-8", errors="surrogateescape")
    if not _KEEP_GOING:
        check_text(text)
        return
    try:
        check_text(text)
    except Exception as error:  # noqa: BLE001 - every failure is a finding
        _record(data, error)


def main() -> None:
    """Start libFuzzer with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
