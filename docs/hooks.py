"""
MkDocs hooks for the newsmodel site.

The performance page is filled in at build time from the benchmark's own output,
so the published figures cannot drift from what ``bench/run.py`` measured:

- ``<!-- bench:figures -->`` becomes a table built from ``bench/results.json``;
- ``<!-- bench:plot -->`` becomes the image ``docs/assets/throughput.png``.

When either file is missing (a fresh checkout before the benchmark has run),
the marker becomes a note saying how to produce it, and the build still passes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["figures_markdown", "on_page_markdown", "table"]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PLOT = ROOT / "docs" / "assets" / "throughput.png"
COMMAND = "python bench/run.py --json bench/results.json --plot docs/assets/throughput.png"

_MISSING_NOTE = """\
!!! note "{what} not generated yet"

    This checkout has no `{path}`.
    Run `{command}` from the repository root and rebuild the docs to fill it in.
"""


def _cell(value: Any) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:,.0f}"
        return f"{value:.3g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, (dict, list)):
        return f"`{json.dumps(value, ensure_ascii=False)}`"
    return str(value).replace("|", "\\|").replace("\n", " ")


def table(rows: list[dict[str, Any]]) -> str:
    """
    Render a list of flat records as a Markdown table, columns in first-seen order.

    Examples:
        >>> print(table([{"case": "seed", "per_s": 3512.25}, {"case": "2 KB", "note": "x"}]))
        | case | per_s | note |
        | --- | --- | --- |
        | seed | 3,512 |  |
        | 2 KB |  | x |

    """
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    lines = [
        "| " + " | ".join(columns) + " |",
        "| " + " | ".join("---" for _ in columns) + " |",
    ]
    lines.extend(
        "| " + " | ".join(_cell(row[c]) if c in row else "" for c in columns) + " |" for row in rows
    )
    return "\n".join(lines)


def _records(data: Any) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Split benchmark output into table rows and scalar metadata, whatever its shape."""
    if isinstance(data, list):
        return [r if isinstance(r, dict) else {"value": r} for r in data], {}
    if not isinstance(data, dict):
        return [{"value": data}], {}
    meta = {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
    rows: list[dict[str, Any]] = []
    for key, value in data.items():
        if isinstance(value, list) and all(isinstance(r, dict) for r in value):
            rows.extend(value)
        elif isinstance(value, dict):
            if all(not isinstance(v, (dict, list)) for v in value.values()):
                rows.append({"name": key, **value})
            else:
                rows.extend({"name": f"{key}.{k}", **_flat(v)} for k, v in value.items())
    if not rows:
        rows = [{"figure": k, "value": v} for k, v in meta.items()]
        meta = {}
    return rows, meta


def _flat(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {"value": value}


def _get(data: Any, *keys: str) -> Any:
    """Return ``data[k1][k2]...``, or None when any key is missing."""
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _bench_tables(data: dict[str, Any]) -> list[str] | None:
    """Render the layout ``bench/run.py`` writes; None when ``data`` has another shape."""
    results = data.get("results")
    rows = _get(results, "parse_article", "rows")
    if not isinstance(results, dict) or not isinstance(rows, list):
        return None
    parts: list[str] = []
    parts.append("### `parse_article`")
    parts.append(
        table(
            [
                {
                    "article": r.get("label"),
                    "characters": r.get("chars"),
                    "articles/s": r.get("articles_per_s"),
                    "MB/s": r.get("mb_per_s"),
                    "time / one regex pass": r.get("times_regex_pass"),
                }
                for r in rows
            ]
        )
    )
    ratio = _get(results, "parse_article", "size_ratio")
    if ratio is not None:
        parts.append(f"MB/s at 2 KB divided by MB/s at 200 KB: {_cell(ratio)}.")
    quotes = results.get("extract_quotes")
    if isinstance(quotes, dict):
        parts.append("### `extract_quotes` on quote-dense copy")
        parts.append(
            table(
                [
                    {
                        "characters": quotes.get("chars"),
                        "quotes": quotes.get("quotes"),
                        "MB/s": quotes.get("mb_per_s"),
                        "quotes/s": quotes.get("quotes_per_s"),
                    }
                ]
            )
        )
    parsers = _get(results, "timestamps", "parsers")
    if isinstance(parsers, dict):
        strings = _get(results, "timestamps", "strings")
        parts.append(f"### Timestamps: the same {_cell(strings)} header strings, three parsers")
        ours = _get(parsers, "newsmodel", "seconds_per_string")
        parts.append(
            table(
                [
                    {
                        "parser": name,
                        "strings/s": figures.get("strings_per_s"),
                        "µs per string": (figures.get("seconds_per_string") or 0) * 1e6,
                        "newsmodel is faster by": (
                            f"{figures['seconds_per_string'] / ours:.3g}x"
                            if ours and name != "newsmodel" and figures.get("seconds_per_string")
                            else ""
                        ),
                    }
                    for name, figures in parsers.items()
                    if isinstance(figures, dict)
                ]
            )
        )
    serial = results.get("serialisation")
    if isinstance(serial, dict):
        parts.append("### `to_json` + `from_json` of the seed article")
        parts.append(
            table(
                [
                    {
                        "JSON characters": serial.get("json_chars"),
                        "to_json µs": (serial.get("to_json_seconds") or 0) * 1e6,
                        "from_json µs": (serial.get("from_json_seconds") or 0) * 1e6,
                        "round trips/s": serial.get("round_trips_per_s"),
                        "time / stdlib json round trip": serial.get("times_floor"),
                    }
                ]
            )
        )
    memory = results.get("memory")
    if isinstance(memory, dict):
        parts.append("### Memory")
        many = memory.get("parse_many")
        many = many if isinstance(many, dict) else {}
        parts.append(
            table(
                [
                    {
                        "Article of the seed, bytes": memory.get("article_bytes"),
                        "text characters": memory.get("text_chars"),
                        "ratio": memory.get("ratio"),
                        "parse_many inputs": many.get("inputs"),
                        "parse_many growth, bytes": many.get("growth_bytes"),
                    }
                ]
            )
        )
    goals = data.get("goals")
    if isinstance(goals, dict) and goals:
        parts.append("### Goals")
        parts.append(
            table(
                [
                    {
                        "goal": name,
                        "measured": g.get("value"),
                        "target": g.get("goal"),
                        "met": "yes" if g.get("pass") else "**no**",
                    }
                    for name, g in goals.items()
                    if isinstance(g, dict)
                ]
            )
        )
    return parts


def figures_markdown(path: Path = RESULTS) -> str:
    """
    Return the figures in ``path`` as Markdown, or a note when the file does not exist.

    Examples:
        >>> print(figures_markdown(Path("no/such/results.json")).splitlines()[0])
        !!! note "Figures not generated yet"

    """
    if not path.is_file():
        return _MISSING_NOTE.format(what="Figures", path="bench/results.json", command=COMMAND)
    data = json.loads(path.read_text(encoding="utf-8"))
    parts = _bench_tables(data) if isinstance(data, dict) else None
    meta = (
        {k: v for k, v in data.items() if not isinstance(v, (dict, list))}
        if isinstance(data, dict)
        else {}
    )
    if parts is None:
        rows, meta = _records(data)
        parts = [table(rows)]
    if meta.get("quick"):
        parts.insert(0, '!!! warning "A `--quick` run: these figures are rough."')
    if meta:
        described = "\n".join(f"- {k}: {_cell(v)}" for k, v in meta.items() if k != "quick")
        parts.insert(0, f"Measured with:\n\n{described}")
    return "\n\n".join(parts)


def _plot_markdown(path: Path = PLOT) -> str:
    if not path.is_file():
        return _MISSING_NOTE.format(what="Plot", path="docs/assets/throughput.png", command=COMMAND)
    return (
        "![parse_article articles per second against article size; header timestamps per second "
        "for newsmodel, dateutil and dateparser](assets/throughput.png)"
    )


def on_page_markdown(markdown: str, page: Any, **_kwargs: Any) -> str:
    """Fill in the benchmark markers of the performance page."""
    if page.file.src_uri != "performance.md":
        return markdown
    markdown = markdown.replace("<!-- bench:figures -->", figures_markdown())
    return markdown.replace("<!-- bench:plot -->", _plot_markdown())
