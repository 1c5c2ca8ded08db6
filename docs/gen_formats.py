"""
Render docs/formats.md, the format catalogue, from the test tables and the fixture corpus.

The example rows are the parametrize tables of tests/test_dateline.py,
tests/test_byline.py, tests/test_credit.py and tests/test_footer.py, and the corpus
list is tests/data/articles; each parse shown is computed by the parser itself, and
the tests check those parses against hand-written expectations.  So the page cannot
drift: tests/test_formats_docs.py fails when the committed page differs from what
this script renders.

Usage::

    python docs/gen_formats.py            # rewrite docs/formats.md
    python docs/gen_formats.py --check    # exit 1 if docs/formats.md is stale
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "formats.md"

sys.path.insert(0, str(ROOT))

from newsmodel import parse_byline, parse_credit, parse_dateline  # noqa: E402
from newsmodel._parse_credit import split_credit  # noqa: E402
from newsmodel._parse_footer import match_footer  # noqa: E402

if TYPE_CHECKING:
    from types import ModuleType


def _load(name: str) -> ModuleType:
    path = ROOT / "tests" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_gen_{name}", path)
    if spec is None or spec.loader is None:
        msg = f"cannot load {path}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _code(text: str | None) -> str:
    """Render a value as inline code in a table cell (pipes escaped, line breaks shown)."""
    if text is None or text == "":
        return "–"
    shown = text.replace("\n", "⏎").replace("|", "\\|")
    fence = "``" if "`" in shown else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


def _value(value: Any) -> str:
    if value is None or value in ((), []):
        return "–"
    if isinstance(value, tuple | list):
        return ", ".join(_code(str(v)) for v in value)
    if hasattr(value, "value"):
        return _code(str(value.value))
    if isinstance(value, bool):
        return "yes" if value else "–"
    return _code(str(value))


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def _datelines(module: ModuleType) -> list[str]:
    rows = []
    for text, _expected, _body in module.DATELINE_CASES:
        d = parse_dateline(text)
        if d is None:  # pragma: no cover - the tests guarantee a parse
            continue
        rows.append(
            [
                _code(d.raw),
                _value(d.places),
                _value(d.region),
                _value(d.date_text),
                _value(d.agency),
                _value(d.separator),
                _code(text[d.span.end :].strip()[:24] + "…"),
            ]
        )
    out = _table(
        ["Dateline as written", "places", "region", "date", "agency", "separator", "body starts"],
        rows,
    )
    out += ["", "Not datelines (kickers, warnings, lead-ins, sentences):", ""]
    out += [f"- {_code(text)}" for text in module.NOT_DATELINES if text.strip()]
    return out


def _bylines(module: ModuleType) -> list[str]:
    rows = []
    for text, _people, _orgs, _place in module.BYLINE_CASES:
        b = parse_byline(text)
        if b is None:  # pragma: no cover
            continue
        people = "; ".join(
            f"{_code(c.name)} ({c.role.value}" + (f", in {c.place})" if c.place else ")")
            for c in b.contributors
        )
        rows.append([_code(text), people or "–", _value(b.organisations), _value(b.place)])
    out = _table(["Byline or credit line", "people (role)", "organisations", "place"], rows)
    out += ["", "Not bylines:", ""]
    out += [f"- {_code(text)}" for text in module.NOT_BYLINES if text.strip()]
    return out


def _credits(module: ModuleType) -> list[str]:
    rows = []
    for text, _expected in module.CREDIT_CASES:
        c = parse_credit(text)
        if c is None:  # pragma: no cover
            continue
        flags = ", ".join(name for name in ("pool", "handout") if getattr(c, name)) or "–"
        rows.append(
            [
                _code(text),
                _value(c.agency),
                _value(c.photographers),
                _value(c.kind),
                _value(c.distributor),
                flags,
            ]
        )
    out = _table(["Credit", "agency", "photographers", "kind", "distributor", "flags"], rows)
    out += ["", "Caption lines split into caption text and credit:", ""]
    split_rows = []
    for line, _caption, _raw in module.SPLIT_CASES:
        found = split_credit(line, 0, len(line))
        if found is None:  # pragma: no cover
            continue
        end, credit = found
        split_rows.append([_code(line[:end]), _code(credit.raw)])
    out += _table(["caption text", "credit"], split_rows)
    out += ["", "Not credits (body sentences with `/`, `Photo` or brackets):", ""]
    out += [f"- {_code(text)}" for text in module.NOT_CREDITS if text.strip()]
    return out


def _footers(module: ModuleType) -> list[str]:
    rows = []
    for text, _expected in module.FOOTER_CASES:
        f = match_footer(text, 0, len(text))
        if f is None:  # pragma: no cover
            continue
        people = ""
        if f.credits is not None:
            people = "; ".join(f"{_code(c.name)} ({c.role.value})" for c in f.credits.contributors)
            people = people or _value(f.credits.organisations)
        rows.append([_code(text), _code(f.kind.value), _value(f.sources), people or "–"])
    out = _table(["Footer line", "kind", "sources", "credits"], rows)
    out += ["", "Not footers:", ""]
    out += [f"- {_code(text)}" for text in module.NOT_FOOTERS if text.strip()]
    return out


def _corpus() -> list[str]:
    rows = []
    for path in sorted((ROOT / "tests" / "data" / "articles").glob("*.json")):
        fixture = json.loads(path.read_text(encoding="utf-8"))
        expected = fixture["expected"]
        parts = []
        if expected.get("dateline"):
            parts.append("dateline " + _code(expected["dateline"]["raw"]))
        if expected.get("byline"):
            parts.append("byline")
        if expected.get("captions"):
            parts.append(f"{len(expected['captions'])} caption(s)")
        if expected.get("sources"):
            parts.append("sources")
        if expected.get("credits"):
            parts.append("credits")
        if expected.get("corrections"):
            parts.append("correction")
        rows.append(
            [
                _code(path.stem),
                ", ".join(parts) or "–",
                fixture["expect"],
                (fixture.get("comment") or "–").replace("|", "\\|"),
            ]
        )
    return _table(["fixture", "parts checked", "expect", "comment"], rows)


def render() -> str:
    """Return the text of docs/formats.md."""
    lines = [
        "# Format catalogue",
        "",
        "<!-- Generated by docs/gen_formats.py from the test tables and tests/data/articles; do not edit. -->",
        "",
        "Every wire form newsmodel parses, with the parse it gives.",
        "The rows are the test tables, so each line below is checked on every test run.",
        "The forms, and where they were seen, are catalogued in FORMATS.md.",
        "",
        "Conventions:",
        "",
        "- Agencies and outlets get one canonical name: the name they print in their own",
        "  datelines and credits (`Reuters`, `AP`, `AFP`, `PTI`, `Xinhua`), and the masthead",
        '  without "The" for outlets (`Guardian`, `New York Times`).',
        "  An organisation is never a person.",
        "- A dateline's date is the place's local date; the year is inferred only from the",
        "  article's timestamp or the caller's `reference`, preferring the past, never from the clock.",
        "- A Reuters note `Picture taken ...` after the credit belongs to the credit;",
        "  before the credit it stays in the caption text.",
        "",
        "## Datelines",
        "",
        *_datelines(_load("test_dateline")),
        "",
        "## Bylines and credit lines",
        "",
        *_bylines(_load("test_byline")),
        "",
        "## Photo credits",
        "",
        *_credits(_load("test_credit")),
        "",
        "## Footers and trailers",
        "",
        "Footers are looked for only in the last lines of the body.",
        "",
        *_footers(_load("test_footer")),
        "",
        "## Fixture corpus",
        "",
        "Whole articles in these formats, with their expected parse, live in `tests/data/articles`;",
        "`python bench/formats_eval.py` prints the per-field accuracy over them.",
        "Known failures stay in the corpus, marked `fail`.",
        "",
        *_corpus(),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render docs/formats.md.")
    parser.add_argument("--check", action="store_true", help="fail if the page is stale")
    args = parser.parse_args(argv)
    page = render()
    if args.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.exists() else ""
        if current != page:
            print("docs/formats.md is stale: run python docs/gen_formats.py")
            return 1
        return 0
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
