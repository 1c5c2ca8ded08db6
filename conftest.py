"""Root pytest configuration: doctests run from the repository root."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent


@pytest.fixture(autouse=True)
def _doctests_from_root(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run doctests from the repository root so examples can open seeds/ by relative path."""
    if isinstance(request.node, pytest.DoctestItem):
        monkeypatch.chdir(ROOT)
