"""
The ``newsmodel`` command line (also ``python -m newsmodel``).

::

    newsmodel parse PATH... | -     parse files, directories (recursively) or stdin
    newsmodel PATH...               the same as ``newsmodel parse PATH...``
    newsmodel show FILE [--html OUT.html]
    newsmodel --version

Output records (``--format jsonl``, one line per input that parsed)::

    {"source": "corpus/a.txt", "article": {...Article.to_dict()...}}

Exit status: 0 when every input parsed, 1 when some input failed (each failure gets one
line on stderr, and a summary line counts them), 2 for a usage error, 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import functools
import itertools
import json
import os
import sys
from concurrent.futures import BrokenExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from newsmodel._batch import (
    DEFAULT_CHUNKSIZE,
    InputError,
    NamedBytes,
    Options,
    check_encoding,
    ordered_map,
    parse_item,
    read_input,
)
from newsmodel._exceptions import ArgumentError
from newsmodel._html import render_html, render_summary

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = ["main"]

_SUBCOMMANDS = ("parse", "show")
_PROG = "newsmodel"
_STDIN = "<stdin>"

Item = Path | NamedBytes


# ---------------------------------------------------------------------------------------------
# Arguments.
# ---------------------------------------------------------------------------------------------


def _iso_datetime(value: str) -> dt.datetime:
    text = value.strip()
    if text[-1:] in {"Z", "z"}:
        text = text[:-1] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        msg = f"not an ISO 8601 date and time: {value!r} (e.g. 2020-02-07T12:00:00+00:00)"
        raise argparse.ArgumentTypeError(msg) from None


def _encoding(value: str) -> str:
    try:
        check_encoding(value)
    except ArgumentError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("encoding: ")) from None
    return value


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        msg = f"expected a number of worker processes >= 0 (0 = one per CPU), got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs or os.cpu_count() or 1


def _add_parser_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("parser options")
    group.add_argument("--outlet", help="the outlet that published the copy (e.g. CGTN)")
    group.add_argument(
        "--reference",
        type=_iso_datetime,
        metavar="ISO_DATETIME",
        help="when the copy was collected, to resolve relative times ('3 hours ago')",
    )
    group.add_argument(
        "--default-tz",
        metavar="ZONE",
        help="IANA zone for times printed without one (e.g. Europe/London)",
    )
    group.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="codec of the input files (default: utf-8; e.g. cp1252 for legacy copy)",
    )


def _build_parser() -> argparse.ArgumentParser:
    from newsmodel import __version__

    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse news copy into typed articles: headline, times, byline, quotes ...",
        epilog="'newsmodel PATH...' is short for 'newsmodel parse PATH...'.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse files, directories or stdin to JSON, JSON Lines or a text summary",
        description=(
            "Parse news copy to JSON (one input), JSON Lines (many inputs) or a text summary. "
            'JSON Lines records are {"source": PATH, "article": {...}}. Inputs that fail '
            "get one line on stderr each; the exit status is 1 if any failed."
        ),
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a file, a directory (searched recursively) or - for stdin",
    )
    parse.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write here (atomically), not stdout"
    )
    parse.add_argument(
        "-f",
        "--format",
        choices=("json", "jsonl", "text"),
        help="json: the article (one input) or an array of records; jsonl: one record a line; "
        "text: a readable summary (default: json for one input, jsonl for many)",
    )
    parse.add_argument(
        "--glob",
        default="*.txt",
        metavar="PATTERN",
        help="file names to take from directories (default: %(default)s)",
    )
    parse.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (0: one per CPU)"
    )
    parse.add_argument(
        "--resume",
        action="store_true",
        help="keep the records already in the -o JSON Lines file (or the .partial file an "
        "interrupted run left) and parse only the inputs not yet there",
    )
    parse.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary line"
    )
    _add_parser_options(parse)
    parse.set_defaults(run=_run_parse)

    show = commands.add_parser(
        "show",
        help="show one article: a text summary, or an annotated HTML page",
        description="Show how one article parses: a text summary, or with --html an "
        "annotated, self-contained HTML page (quotes highlighted with speaker and cue).",
    )
    show.add_argument("path", metavar="FILE", help="the article file, or - for stdin")
    show.add_argument(
        "--html", type=Path, metavar="OUT.html", help="write the annotated HTML view here"
    )
    _add_parser_options(show)
    show.set_defaults(run=_run_show)
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """Read ``newsmodel PATH...`` as ``newsmodel parse PATH...``."""
    if not argv or argv[0] in _SUBCOMMANDS or argv[0] in {"-h", "--help", "--version"}:
        return argv
    return ["parse", *argv]


# ---------------------------------------------------------------------------------------------
# Inputs.
# ---------------------------------------------------------------------------------------------


def _walk(top: Path, pattern: str) -> Iterator[Item]:
    """Yield the files under ``top`` whose name matches ``pattern``, in a stable order."""
    unreadable: list[Item] = []

    def note(error: OSError) -> None:
        source = str(Path(error.filename or top))
        reason = error.strerror or type(error).__name__
        unreadable.append(NamedBytes(source, b"", f"cannot read directory: {reason}"))

    for directory, subdirs, files in os.walk(top, onerror=note):
        # An unreadable directory becomes an input that fails with the reason.
        yield from unreadable
        unreadable.clear()
        subdirs.sort()
        base = Path(directory)
        for name in sorted(files):
            if fnmatch.fnmatch(name, pattern):
                yield base / name
    yield from unreadable


def _iter_inputs(paths: Sequence[str], pattern: str, *, read_stdin: bool = True) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            data = sys.stdin.buffer.read() if read_stdin else b""
            yield NamedBytes(_STDIN, data)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, pattern)
        else:
            yield path


def _source(item: Item) -> str:
    return item.source if isinstance(item, NamedBytes) else str(item)


# ---------------------------------------------------------------------------------------------
# Output: stdout, or a .partial file beside the target, renamed over it at the end.
# ---------------------------------------------------------------------------------------------


def partial_path(target: Path) -> Path:
    """Return where a run writes before the atomic rename: ``OUT.partial`` (private)."""
    return target.with_name(target.name + ".partial")


class _Sink:
    """Write output text; for a file, through ``OUT.partial`` and ``os.replace`` at the end."""

    def __init__(self, target: Path | None, *, append: bool = False) -> None:
        self.target = target
        self.partial: Path | None = None
        self._stream: IO[bytes] | None = None
        if target is not None:
            self.partial = partial_path(target)
            self._stream = self.partial.open("ab" if append else "wb")
        elif hasattr(sys.stdout, "buffer"):
            # JSON is UTF-8 whatever the locale says.
            sys.stdout.flush()
            self._stream = sys.stdout.buffer

    def write(self, text: str) -> None:
        if self._stream is None:
            sys.stdout.write(text)
            return
        self._stream.write(text.encode("utf-8"))
        self._stream.flush()

    def commit(self) -> None:
        """Make the output final: fsync the partial file and rename it over the target."""
        if self._stream is None or self.partial is None or self.target is None:
            sys.stdout.flush()
            return
        os.fsync(self._stream.fileno())
        self._stream.close()
        self.partial.replace(self.target)
        _fsync_directory(self.target.parent)

    def abandon(self, *, keep: bool) -> None:
        """Close without publishing; keep the partial file for ``--resume`` or delete it."""
        if self._stream is None or self.partial is None:
            return
        self._stream.close()
        if not keep:
            self.partial.unlink(missing_ok=True)


def _fsync_directory(directory: Path) -> None:
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory handles
        return
    try:
        os.fsync(handle)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(handle)


def _record_source(line: bytes) -> str | None:
    """Return the source of a complete JSON Lines record, or None if the line is not one."""
    if not line.endswith(b"\n"):
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if isinstance(record, dict) and isinstance(record.get("source"), str) and "article" in record:
        return str(record["source"])
    return None


def _prepare_resume(target: Path) -> tuple[set[str], int]:
    """
    Collect the complete records of the last run into ``OUT.partial`` and return their sources.

    The base is ``OUT.partial`` when an interrupted run left one (it already holds the
    records of ``OUT`` it resumed from), else ``OUT``. Incomplete or malformed lines
    (a write cut short) are dropped; their count is returned.
    """
    partial = partial_path(target)
    base = partial if partial.exists() else target
    done: set[str] = set()
    dropped = 0
    if not base.exists():
        return done, dropped
    fresh = partial.with_name(partial.name + ".tmp")
    with base.open("rb") as old, fresh.open("wb") as new:
        for line in old:
            source = _record_source(line)
            if source is None:
                dropped += 1
                continue
            if source not in done:
                done.add(source)
                new.write(line)
        new.flush()
        os.fsync(new.fileno())
    fresh.replace(partial)
    return done, dropped


# ---------------------------------------------------------------------------------------------
# Work done per input (in worker processes with -j N): parse and format.
# ---------------------------------------------------------------------------------------------


def _format_one(
    options: Options, style: str, indexed: tuple[int, Item]
) -> tuple[str, str | None, str | None]:
    """Parse one input and return ``(source, formatted output or None, error or None)``."""
    result = parse_item(options, indexed)
    if result.article is None:
        return result.source, None, result.error
    if style == "jsonl":
        text = json.dumps(result.to_record(), ensure_ascii=False, separators=(",", ":"))
    elif style == "json-one":
        text = result.article.to_json(indent=2)
    elif style == "json-many":
        text = json.dumps(result.to_record(), ensure_ascii=False, indent=2)
    else:
        text = render_summary(result.article)
    return result.source, text, None


class _Progress:
    """A tqdm bar on stderr when available and wanted; otherwise plain stderr lines."""

    def __init__(self, total: int | None) -> None:
        self._bar: Any = None
        if total is not None and total > 1:
            import importlib

            try:
                tqdm = importlib.import_module("tqdm").tqdm
            except ImportError:
                pass
            else:
                self._bar = tqdm(total=total, file=sys.stderr, unit="article", dynamic_ncols=True)

    def update(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def message(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text, file=sys.stderr)
        else:
            _err(text)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _count_for_progress(args: argparse.Namespace, done: set[str]) -> int | None:
    """Count the inputs for the progress bar, only when one will be shown."""
    if args.quiet or not sys.stderr.isatty():
        return None
    import importlib.util

    if importlib.util.find_spec("tqdm") is None:
        return None
    items = _iter_inputs(args.paths, args.glob, read_stdin=False)
    return sum(1 for item in items if _source(item) not in done)


def _run_parse(args: argparse.Namespace) -> int:
    options = Options(args.outlet, args.reference, args.default_tz, args.encoding)
    options.validate()
    if args.resume:
        if args.output is None:
            msg = "--resume needs -o FILE: the JSON Lines file to complete"
            raise ArgumentError(msg)
        if args.format not in {None, "jsonl"}:
            msg = f"--resume works with --format jsonl, not {args.format}"
            raise ArgumentError(msg)

    done: set[str] = set()
    dropped = 0
    if args.resume:
        done, dropped = _prepare_resume(args.output)
        if dropped:
            _err(f"{_PROG}: dropped {dropped} incomplete line(s) from {args.output}")

    inputs: Iterator[Item] = _iter_inputs(args.paths, args.glob)
    head = list(itertools.islice(inputs, 2))
    if not head:
        # Leave any existing output alone: a mistyped path or --glob must not empty it.
        _err(f"{_PROG}: no inputs found (pattern {args.glob!r})")
        return 1
    style = args.format or ("jsonl" if args.resume or len(head) != 1 else "json")
    if style == "json":
        style = "json-one" if len(head) == 1 else "json-many"
    skipped = 0

    def pending(items: Iterable[Item]) -> Iterator[tuple[int, Item]]:
        nonlocal skipped
        for index, item in enumerate(items):
            if _source(item) in done:
                skipped += 1
                continue
            yield index, item

    todo = pending(itertools.chain(head, inputs))
    try:
        sink = _Sink(args.output, append=args.resume)
    except OSError as error:
        msg = f"cannot write {args.output}: {error.strerror or error}"
        raise ArgumentError(msg) from None
    progress = _Progress(_count_for_progress(args, done))
    parsed = failed = 0
    finished = False
    try:
        results = ordered_map(
            functools.partial(_format_one, options, style),
            todo,
            workers=args.jobs,
            chunksize=DEFAULT_CHUNKSIZE,
        )
        if style == "json-many":
            sink.write("[")
        for source, text, problem in results:
            progress.update()
            if text is None:
                failed += 1
                progress.message(f"{_PROG}: {problem or source}")
                continue
            if style in {"jsonl", "json-one"}:
                sink.write(text + "\n")
            elif style == "json-many":
                sink.write(("\n" if parsed == 0 else ",\n") + _indent(text))
            else:
                many = len(head) > 1
                sink.write(("\n" if parsed else "") + (f"== {source} ==\n" if many else ""))
                sink.write(text + "\n")
            parsed += 1
        if style == "json-many":
            sink.write("\n]\n" if parsed else "]\n")
        finished = True
    finally:
        progress.close()
        if finished:
            sink.commit()
        else:
            # Keep what an interrupted JSON Lines run wrote: --resume continues from it.
            keep = style == "jsonl"
            sink.abandon(keep=keep)
            if keep and sink.partial is not None:
                _err(
                    f"{_PROG}: interrupted; {parsed} new record(s) kept in {sink.partial}; "
                    f"run again with --resume -o {args.output} to finish"
                )
    total = parsed + failed + skipped
    if not args.quiet and (total > 1 or failed or args.resume):
        summary = f"{parsed} parsed, {failed} failed"
        if args.resume:
            summary += f", {skipped} already in {args.output}"
        _err(summary)
    return 1 if failed else 0


def _err(text: str) -> None:
    """Write one line to stderr."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _run_show(args: argparse.Namespace) -> int:
    options = Options(args.outlet, args.reference, args.default_tz, args.encoding)
    options.validate()
    item: Item = (
        NamedBytes(_STDIN, sys.stdin.buffer.read()) if args.path == "-" else Path(args.path)
    )
    try:
        _, text = read_input(item, 0, args.encoding)
    except InputError as error:
        _err(f"{_PROG}: {error}")
        return 1
    article = options.parse(text)
    if args.html is None:
        sink = _Sink(None)
        sink.write(render_summary(article) + "\n")
        sink.commit()
        return 0
    page = render_html(article)
    if str(args.html) == "-":
        sink = _Sink(None)
    else:
        try:
            sink = _Sink(args.html)
        except OSError as error:
            msg = f"cannot write {args.html}: {error.strerror or error}"
            raise ArgumentError(msg) from None
    try:
        sink.write(page)
    except BaseException:
        sink.abandon(keep=False)
        raise
    sink.commit()
    return 0


# ---------------------------------------------------------------------------------------------
# Entry point.
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``newsmodel`` command line and return its exit status.

    Args:
        argv: the arguments after the program name; defaults to ``sys.argv[1:]``.

    Returns:
        0 when every input parsed, 1 when some failed, 2 for a usage error.

    Example:
        >>> from newsmodel._cli import main
        >>> main(["--format", "text", "seeds/000_cd7b9de5fab0b34e.txt"])  # doctest: +ELLIPSIS
        Headline: ...
        0
    """
    arguments = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = _build_parser()
    if not arguments:
        parser.print_help(sys.stderr)
        return 2
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else 2
    try:
        status: int = args.run(args)
    except ArgumentError as error:
        _err(f"{_PROG}: error: {error}")
        return 2
    except KeyboardInterrupt:
        _err(f"{_PROG}: interrupted")
        return 130
    except BrokenExecutor as error:
        # A worker process died (killed, out of memory): what was written is kept.
        _err(f"{_PROG}: a worker process died ({error}); run again with --resume to continue")
        return 1
    except BrokenPipeError:
        # The reader went away (``newsmodel parse dir | head``): stop quietly.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):  # pragma: no cover - stdout without a descriptor
            pass
        return 1
    return status
