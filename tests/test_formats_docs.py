"""The format catalogue page (docs/formats.md) is generated from the test tables and is up to date."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_formats", ROOT / "docs" / "gen_formats.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestFormatsPage:
    """docs/formats.md matches what docs/gen_formats.py renders."""

    def test_up_to_date(self) -> None:
        """The committed page equals a fresh rendering (run docs/gen_formats.py if not)."""
        expected = _generator().render()
        actual = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
        assert expected == actual

    def test_every_table_row_present(self) -> None:
        """Each dateline form of the test table appears on the page."""
        page = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
        assert "`KAZAN, February 21. /TASS/.`" in page
        assert "`CUPERTINO, Calif.--(BUSINESS WIRE)--`" in page


class TestFormatsEval:
    """bench/formats_eval.py runs over the corpus and reports every field."""

    def test_report(self, tmp_path: Path) -> None:
        """The JSON report has one accuracy per field, each between 0 and 1."""
        spec = importlib.util.spec_from_file_location(
            "_formats_eval", ROOT / "bench" / "formats_eval.py"
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out = tmp_path / "report.json"
        assert 0 == module.main(["--json", str(out)])
        report = module.evaluate()
        assert report["articles"] >= 40
        assert all(0.0 <= row["accuracy"] <= 1.0 for row in report["fields"].values())
