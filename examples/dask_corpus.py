"""
Parse a directory of news copy with a Dask bag into JSON Lines, then summarise it.

Usage::

    python examples/dask_corpus.py DIR OUT.jsonl [--scheduler threads|processes|sync]
    python examples/dask_corpus.py            # on a small generated corpus (what CI runs)

Stage 1 maps ``parse_file`` over the files (one partition at a time is written to
OUT.jsonl, in input order, atomically); stage 2 reads OUT.jsonl back as a bag and
computes the summary: top speakers, quotes per outlet and articles per day. Both
stages are plain functions over picklable values, so the same code runs on
``dask.distributed`` (pass a Client) or, with ``rdd.map``, on Spark.

Needs the ``dask`` extra: ``pip install 'newsmodel[dask]'``.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import newsmodel

# ---------------------------------------------------------------------------------------------
# A small generated corpus (also used by tests/ and bench/).
# ---------------------------------------------------------------------------------------------

_OUTLETS = ["CGTN", "Reuters", "Xinhua", "CNN", "Al Jazeera"]
_PLACES = ["BEIJING", "MOSCOW", "ANKARA", "BEIRUT", "GENEVA", "NAIROBI", "LIMA"]
_PEOPLE = [
    ("Foreign Minister", "Mevlut Cavusoglu"),
    ("Kremlin spokesman", "Dmitry Peskov"),
    ("Health Minister", "Jane Roe"),
    ("central bank governor", "John Doe"),
    ("U.N. envoy", "Maria Silva"),
]
_SUBJECTS = ["talks", "the ceasefire", "the budget", "the outbreak", "the election", "trade"]
_MONTHS = list(calendar.month_abbr)[1:]
_MONTH_NAMES = list(calendar.month_name)[1:]


def generate_article(rng: random.Random, *, paragraphs: int = 6) -> str:
    """Return one synthetic wire story: header, caption, dateline, quotes and a footer."""
    outlet = rng.choice(_OUTLETS)
    place = rng.choice(_PLACES)
    subject = rng.choice(_SUBJECTS)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    year = rng.choice([2019, 2020, 2021])
    role, name = rng.choice(_PEOPLE)
    headline = f"{place.title()} officials meet over {subject} as pressure grows"
    stamp = f"Updated {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {day:02d}-{_MONTHS[month]}-{year}"
    caption = (
        f"{role.capitalize()} {name} speaks during a news conference in {place.title()}, "
        f"{_MONTH_NAMES[month]} {day}, {year}. /Reuters Photo"
    )
    body = [
        (
            f"{place}, {_MONTHS[month]}. {day} (Reuters) - Officials met on {subject} "
            "on Thursday, state media said."
        ),
        f'"We will not accept any delay on {subject}," {name} said, adding that talks would go on.',
    ]
    for number in range(paragraphs):
        other_role, other = rng.choice(_PEOPLE)
        if number % 2:
            body.append(
                f"{other_role.capitalize()} {other} said there were no plans to change course on "
                f"{subject}, but that a meeting could be organised quickly if needed."
            )
        else:
            body.append(
                f'"There has been a dangerous increase in tension over {subject}," {other} told '
                f"reporters. Analysts said the {subject} would weigh on markets for weeks."
            )
    parts = [headline, stamp, outlet, caption, "", *[p + "\n" for p in body], "Source(s): Reuters"]
    return "\n".join(parts) + "\n"


def generate_corpus(
    directory: Path, count: int = 200, *, seed: int = 0, paragraphs: int = 6
) -> list[Path]:
    """Write ``count`` generated articles as ``DIR/NNN/NNNNNN.txt`` and return their paths."""
    rng = random.Random(seed)  # noqa: S311 - reproducible sample text, not secrets
    paths = []
    for index in range(count):
        path = directory / f"{index // 1000:03d}" / f"{index:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(generate_article(rng, paragraphs=paragraphs), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------------------------
# Stage 1: parse, one record per file (the same layout as `newsmodel parse` JSON Lines).
# ---------------------------------------------------------------------------------------------


def parse_file(path: str, encoding: str = "utf-8") -> dict[str, Any]:
    """Parse one file into ``{"source", "article"}``, or ``{"source", "error"}`` if it fails."""
    try:
        text = newsmodel.decode_text(Path(path).read_bytes(), encoding, source=path)
        article = newsmodel.parse_article(text)
    except (OSError, newsmodel.NewsModelError) as error:
        return {"source": path, "error": str(error)}
    return {"source": path, "article": article.to_dict()}


def write_jsonl(bag: Any, out: Path) -> tuple[int, int]:
    """Write the records of ``bag`` to ``out`` partition by partition, atomically; count them."""
    import dask

    parsed = failed = 0
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as handle:
        for part in bag.to_delayed():
            (records,) = dask.compute(part)
            for record in records:
                if "error" in record:
                    failed += 1
                    print(record["error"], file=sys.stderr)
                    continue
                parsed += 1
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(out)
    return parsed, failed


# ---------------------------------------------------------------------------------------------
# Stage 2: summarise the JSON Lines.
# ---------------------------------------------------------------------------------------------


def _article(line: str) -> newsmodel.Article:
    return newsmodel.Article.from_dict(json.loads(line)["article"])


def _speakers(article: newsmodel.Article) -> list[str]:
    return [quote.speaker for quote in article.quotes if quote.speaker]


def _outlet_quotes(article: newsmodel.Article) -> tuple[str, int]:
    return article.outlet or "(unknown)", len(article.quotes)


def _day(article: newsmodel.Article) -> str:
    stamp = article.published or article.updated
    if stamp is not None and stamp.value is not None:
        return (stamp.to_utc() if stamp.is_aware else stamp.value).date().isoformat()
    if article.dateline is not None and article.dateline.date is not None:
        return article.dateline.date.isoformat()
    return "(unknown)"


def summarise(jsonl: Path, *, top: int = 10) -> dict[str, Any]:
    """Return top speakers, quotes per outlet and articles per day, computed with a Dask bag."""
    import dask
    import dask.bag as db

    articles = db.read_text(str(jsonl), blocksize="16MiB").map(_article)
    speakers = articles.map(_speakers).flatten().frequencies().topk(top, key=1)
    per_outlet = articles.map(_outlet_quotes).foldby(
        0, lambda total, pair: total + pair[1], 0, lambda a, b: a + b
    )
    per_day = articles.map(_day).frequencies()
    top_speakers, outlets, days = dask.compute(speakers, per_outlet, per_day)
    return {
        "top_speakers": dict(top_speakers),
        "quotes_per_outlet": dict(sorted(outlets)),
        "articles_per_day": dict(sorted(days)),
    }


def run(
    directory: Path, out: Path, *, scheduler: str = "threads", pattern: str = "*.txt"
) -> dict[str, Any]:
    """Parse every file under ``directory`` into ``out`` and return the summary."""
    import dask
    import dask.bag as db

    paths = sorted(str(path) for path in directory.rglob(pattern) if path.is_file())
    with dask.config.set(scheduler=scheduler):
        bag = db.from_sequence(paths, partition_size=64).map(parse_file)
        parsed, failed = write_jsonl(bag, out)
        summary = summarise(out)
    return {"parsed": parsed, "failed": failed, **summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "directory", nargs="?", type=Path, help="texts to parse (default: generated)"
    )
    parser.add_argument("out", nargs="?", type=Path, help="the JSON Lines output")
    parser.add_argument("--scheduler", default="threads", choices=["threads", "processes", "sync"])
    parser.add_argument("--count", type=int, default=200, help="generated articles (no DIR given)")
    args = parser.parse_args(argv)
    if (args.directory is None) != (args.out is None):
        parser.error("give both DIR and OUT.jsonl, or neither")
    with tempfile.TemporaryDirectory() as scratch:
        directory, out = args.directory, args.out
        if directory is None:
            directory = Path(scratch) / "corpus"
            out = Path(scratch) / "corpus.jsonl"
            generate_corpus(directory, args.count)
        summary = run(directory, out, scheduler=args.scheduler)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return 1 if summary["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
