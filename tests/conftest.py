"""Shared test configuration: Hypothesis profiles and the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED_PATH = ROOT / "seeds" / "000_cd7b9de5fab0b34e.txt"

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("fast", max_examples=20, deadline=None)
settings.load_profile(os.environ.get("NEWSMODEL_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """Return the seed article's text, read as UTF-8."""
    return SEED_PATH.read_text(encoding="utf-8")
