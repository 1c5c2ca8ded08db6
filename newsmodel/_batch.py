"""
Parse many articles: streamed, in input order, in bounded memory, optionally in parallel.

:func:`parse_many` is the library face of ``newsmodel parse``. It reads its input
lazily and keeps only a small window of work in flight, so memory stays constant in the
number of inputs whether there are ten or ten million.
"""

from __future__ import annotations

import codecs
import collections
import functools
import itertools
import os
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import field, frozen
from attrs.validators import instance_of, optional

from newsmodel._article import Article
from newsmodel._exceptions import ArgumentError, DecodeError, InputTypeError
from newsmodel._text import decode_text

if TYPE_CHECKING:
    import datetime as dt
    import multiprocessing.context
    from collections.abc import Callable, Iterable, Iterator
    from concurrent.futures import Future

__all__ = ["ParseResult", "parse_many"]

_T = TypeVar("_T")
_R = TypeVar("_R")

DEFAULT_CHUNKSIZE = 8
"""Inputs sent to a worker process at a time; the window holds ``2 * workers`` chunks."""


@frozen
class ParseResult:
    r"""
    The outcome of parsing one input of :func:`parse_many`: an article or an error.

    Exactly one of ``article`` and ``error`` is set.

    Attributes:
        source: the path of a file input as given (``str(path)``), or ``"<text N>"``
            for the N-th input (counting from 0) when it was a str.
        article: the parsed article, or None when the input failed.
        error: one line saying why the input failed, starting with the source
            (``"a.txt: empty file"``; for undecodable bytes it names the byte offset),
            or None.

    Example:
        >>> import newsmodel
        >>> (result,) = newsmodel.parse_many(["Headline\n\nBody."])
        >>> result.source, result.ok, result.article.text
        ('<text 0>', True, 'Headline\n\nBody.')

    .. versionadded:: 0.1.0
    """

    source: str = field(validator=instance_of(str))
    article: Article | None = field(default=None, validator=optional(instance_of(Article)))
    error: str | None = field(default=None, validator=optional(instance_of(str)))

    def __attrs_post_init__(self) -> None:
        """Check that exactly one of ``article`` and ``error`` is set."""
        if (self.article is None) == (self.error is None):
            msg = "ParseResult needs exactly one of article and error"
            raise ValueError(msg)

    @property
    def ok(self) -> bool:
        """
        Whether the input parsed.

        Example:
            >>> import newsmodel
            >>> newsmodel.ParseResult("a.txt", error="a.txt: empty file").ok
            False
        """
        return self.error is None

    def to_record(self) -> dict[str, Any]:
        r"""
        Return the JSON Lines record ``newsmodel parse`` writes: ``{"source", "article"}``.

        ``article`` is ``Article.to_dict()``; read it back with ``Article.from_dict``.

        Raises:
            ArgumentError: for a failed result, which has no article to write.

        Example:
            >>> import newsmodel
            >>> (result,) = newsmodel.parse_many(["Headline\n\nBody."])
            >>> record = result.to_record()
            >>> record["source"], newsmodel.Article.from_dict(record["article"]) == result.article
            ('<text 0>', True)
        """
        if self.article is None:
            msg = f"{self.source}: failed input has no record to write: {self.error}"
            raise ArgumentError(msg)
        return {"source": self.source, "article": self.article.to_dict()}


# ---------------------------------------------------------------------------------------------
# Reading one input.
# ---------------------------------------------------------------------------------------------


class InputError(Exception):
    """An input could not be turned into text; the message names the source (private)."""


@frozen
class NamedBytes:
    """
    Bytes that already came from somewhere (stdin), with the name to report (private).

    ``error`` marks an input that failed before it could be read (an unreadable
    directory met while walking); it is reported as that input's failure.
    """

    source: str
    data: bytes
    error: str | None = None


_WIDE_CODECS = ("utf-16", "utf-32")


def check_encoding(encoding: str) -> str:
    """Return the canonical codec name of ``encoding`` or raise ArgumentError."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        msg = (
            f"encoding: unknown encoding {encoding!r}; "
            "pass a codec name such as 'utf-8', 'cp1252' or 'latin-1'"
        )
        raise ArgumentError(msg) from None


def bytes_to_text(data: bytes, source: str, encoding: str) -> str:
    """Decode the bytes of one input, refusing empty, binary and undecodable data."""
    if not data:
        msg = f"{source}: empty file (0 bytes)"
        raise InputError(msg)
    wide = codecs.lookup(encoding).name.startswith(_WIDE_CODECS)
    if not wide and b"\x00" in data:
        msg = f"{source}: binary data, not text (NUL byte at byte offset {data.index(0)})"
        raise InputError(msg)
    try:
        text = decode_text(data, encoding, source=source)
    except DecodeError as error:
        raise InputError(str(error)) from None
    if wide and "\x00" in text:
        msg = f"{source}: binary data, not text (NUL character at offset {text.index(chr(0))})"
        raise InputError(msg)
    if not text.strip():
        msg = f"{source}: no text (only whitespace)"
        raise InputError(msg)
    return text


def read_input(item: str | PurePath | NamedBytes, index: int, encoding: str) -> tuple[str, str]:
    """Return ``(source, text)`` for one input, or raise InputError naming it."""
    if isinstance(item, str):
        return f"<text {index}>", item
    if isinstance(item, NamedBytes):
        if item.error is not None:
            msg = f"{item.source}: {item.error}"
            raise InputError(msg)
        return item.source, bytes_to_text(item.data, item.source, encoding)
    source = str(item)
    try:
        data = Path(item).read_bytes()
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"{source}: cannot read: {reason}"
        raise InputError(msg) from None
    return source, bytes_to_text(data, source, encoding)


# ---------------------------------------------------------------------------------------------
# Parsing one input, in a worker.
# ---------------------------------------------------------------------------------------------


@frozen
class Options:
    """The parser options shared by every input of a batch (private; pickled to workers)."""

    outlet: str | None = None
    reference: dt.datetime | None = None
    default_tz: dt.tzinfo | str | None = None
    encoding: str = "utf-8"

    def parse(self, text: str) -> Article:
        """Parse ``text`` with these options."""
        from newsmodel._parse_article import parse_article

        # Only the options actually set are passed on, so the call also works with a
        # parser that has fewer keywords (older releases).
        kwargs: dict[str, Any] = {
            name: value
            for name, value in (
                ("outlet", self.outlet),
                ("reference", self.reference),
                ("default_tz", self.default_tz),
            )
            if value is not None
        }
        return parse_article(text, **kwargs)

    def validate(self) -> None:
        """Raise ArgumentError now for an option the parser would reject on every input."""
        check_encoding(self.encoding)
        self.parse("")


def parse_item(options: Options, indexed: tuple[int, str | PurePath | NamedBytes]) -> ParseResult:
    """Read and parse one input; every failure becomes an error result (private)."""
    index, item = indexed
    try:
        source, text = read_input(item, index, options.encoding)
    except InputError as error:
        source = f"<text {index}>" if isinstance(item, str) else str(item)
        return ParseResult(source, error=str(error))
    try:
        article = options.parse(text)
    except Exception as error:  # noqa: BLE001 - one bad article must not end a batch
        # The parsers do not raise on text; this is a bug, reported per input.
        return ParseResult(
            source, error=f"{source}: parser failed: {type(error).__name__}: {error}"
        )
    return ParseResult(source, article=article)


# ---------------------------------------------------------------------------------------------
# The ordered, bounded, parallel map.
# ---------------------------------------------------------------------------------------------


def _run_chunk(function: Callable[[_T], _R], chunk: list[_T]) -> list[_R]:
    return [function(item) for item in chunk]


def _ignore_sigint() -> None:
    """Leave Ctrl-C to the parent process, which shuts the pool down."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _process_context() -> multiprocessing.context.BaseContext:
    """
    Return the start method for worker processes.

    ``fork`` on Linux while this process runs a single thread: the quickest, and it
    works from any script or notebook. Forking a process that runs other threads (a
    progress bar's monitor, a Dask thread pool) can deadlock, and Python 3.12+ warns
    about it, so then ``forkserver`` (with newsmodel preloaded), else ``spawn``. With
    those two, a script that calls :func:`parse_many` needs the usual
    ``if __name__ == "__main__":`` guard.
    """
    import multiprocessing
    import sys
    import threading

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsmodel"])
        return context
    return multiprocessing.get_context("spawn")


def ordered_map(
    function: Callable[[_T], _R], items: Iterable[_T], *, workers: int, chunksize: int
) -> Iterator[_R]:
    """
    Yield ``function(item)`` for each item, in order, with at most a small window in flight.

    With ``workers == 1`` everything runs in this process. Otherwise chunks of
    ``chunksize`` items go to a process pool and at most ``2 * workers`` chunks are
    submitted ahead of the one being yielded, so memory does not grow with the input.
    ``function`` must be picklable (a module-level function or a partial of one).
    """
    iterator = iter(items)
    if workers == 1:
        for item in iterator:
            yield function(item)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunks = iter(lambda: list(itertools.islice(iterator, chunksize)), [])
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_process_context(), initializer=_ignore_sigint
    )
    pending: collections.deque[Future[list[_R]]] = collections.deque()
    finished = False
    try:
        for chunk in itertools.islice(chunks, 2 * workers):
            pending.append(pool.submit(_run_chunk, function, chunk))
        while pending:
            results = pending.popleft().result()
            for chunk in itertools.islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, function, chunk))
            yield from results
        finished = True
    finally:
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _checked(items: Iterable[object]) -> Iterator[tuple[int, str | PurePath]]:
    for index, item in enumerate(items):
        if isinstance(item, (str, PurePath)):
            yield index, item
            continue
        if isinstance(item, os.PathLike):
            yield index, Path(os.fspath(item))
            continue
        error = InputTypeError("parse_many", item, "each input")
        message = (
            f"parse_many() expects each input as a str (the text) or a pathlib.Path "
            f"(a file to read), got {type(item).__name__} at index {index}"
        )
        error.args = (message,)
        raise error


def check_workers(workers: int, chunksize: int) -> None:
    """Raise ArgumentError for a worker count or chunk size below 1 (private)."""
    for name, value in (("workers", workers), ("chunksize", chunksize)):
        if type(value) is not int or value < 1:
            msg = f"{name}: expected an int >= 1, got {value!r}"
            raise ArgumentError(msg)


def parse_many(
    texts_or_paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    outlet: str | None = None,
    reference: dt.datetime | None = None,
    default_tz: dt.tzinfo | str | None = None,
    encoding: str = "utf-8",
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[ParseResult]:
    r"""
    Parse many articles, yielding one :class:`ParseResult` per input, in input order.

    Each input is either a ``str`` (the article text) or a :class:`pathlib.Path` (a
    file, read and decoded with ``encoding``). A file that cannot be read, is empty,
    holds binary data (NUL bytes) or does not decode does not stop the run: its result
    carries an ``error`` naming the file (and the byte offset, for undecodable bytes).

    The input is consumed lazily, and at most ``2 * workers * chunksize`` inputs are in
    flight, so memory is constant in the number of inputs: pass a generator to stream a
    corpus of any size. With ``workers > 1`` the inputs are parsed in that many worker
    processes; the order of the results is still the order of the inputs.

    Args:
        texts_or_paths: texts and paths, in any mix.
        workers: worker processes; ``1`` parses in this process.
        outlet: passed to :func:`parse_article`.
        reference: passed to :func:`parse_article`.
        default_tz: passed to :func:`parse_article`.
        encoding: the codec for files (``"utf-8"``, ``"cp1252"`` ...).
        chunksize: inputs sent to a worker at a time.

    Returns:
        An iterator of results; the options are checked when this function is called,
        the inputs as they are reached.

    Raises:
        ArgumentError: at once, for an unknown encoding, a worker count below 1 or an
            option the parser rejects.
        InputTypeError: when an input that is neither a str nor a path is reached.

    Example:
        >>> from pathlib import Path
        >>> import newsmodel
        >>> results = newsmodel.parse_many(["Headline\n\nBody.", Path("missing.txt")])
        >>> [(r.source, r.ok) for r in results]
        [('<text 0>', True), ('missing.txt', False)]

    .. versionadded:: 0.1.0
    """
    check_workers(workers, chunksize)
    options = Options(outlet, reference, default_tz, encoding)
    options.validate()
    return ordered_map(
        functools.partial(parse_item, options),
        _checked(texts_or_paths),
        workers=workers,
        chunksize=chunksize,
    )
