"""Hypothesis entry point: registers newsmodel's strategies for ``st.from_type``."""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public newsmodel type (called by Hypothesis on import)."""
    from newsmodel.strategies import register_type_strategies

    register_type_strategies()
