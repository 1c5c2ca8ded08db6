"""
Per-field accuracy of ``parse_article`` over the wire-format corpus (tests/data/articles).

Every article counts, including those marked ``expect: fail``; a field is correct
when the parse equals the fixture's hand-written expectation for that field.

Usage::

    python bench/formats_eval.py [--json OUT] [--verbose]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _corpus_module():
    spec = importlib.util.spec_from_file_location(
        "_formats_corpus", ROOT / "tests" / "test_formats_corpus.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate() -> dict:
    corpus = _corpus_module()
    articles = corpus.load_corpus()
    correct = dict.fromkeys(corpus.FIELDS, 0)
    failures: dict[str, list[str]] = {name: [] for name in corpus.FIELDS}
    all_fields = 0
    for name, text, fixture in articles:
        results = corpus.field_results(text, fixture)
        for field, ok in results.items():
            correct[field] += ok
            if not ok:
                failures[field].append(name)
        all_fields += all(results.values())
    total = len(articles)
    return {
        "articles": total,
        "articles_all_fields_correct": all_fields,
        "expected_fail": sum(f["expect"] == "fail" for _, _, f in articles),
        "fields": {
            field: {
                "correct": correct[field],
                "accuracy": round(correct[field] / total, 4) if total else 0.0,
                "wrong": failures[field],
            }
            for field in corpus.FIELDS
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON")
    parser.add_argument("--verbose", action="store_true", help="list the articles per wrong field")
    args = parser.parse_args(argv)
    report = evaluate()
    total = report["articles"]
    print(f"wire-format corpus: {total} articles ({report['expected_fail']} marked expect=fail)")
    print(f"{'field':<12} {'correct':>9} {'accuracy':>9}")
    for field, row in report["fields"].items():
        print(f"{field:<12} {row['correct']:>5}/{total:<3} {row['accuracy']:>9.1%}")
        if args.verbose and row["wrong"]:
            print("             wrong: " + ", ".join(row["wrong"]))
    whole = report["articles_all_fields_correct"]
    print(f"{'all fields':<12} {whole:>5}/{total:<3} {whole / total if total else 0:>9.1%}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
