"""
Hypothesis entry point: makes ``st.from_type`` work for newsmodel's model types.

Hypothesis calls the hook while it is being imported, possibly from inside
``import newsmodel.strategies`` (which imports Hypothesis first). So the hook only
registers *resolvers*; each imports :mod:`newsmodel.strategies` when a strategy is
first asked for, by which time both modules are fully initialised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

# Model type name -> name of its strategy in newsmodel.strategies.
STRATEGY_NAMES = {
    "Article": "articles",
    "Attribution": "attributions",
    "Block": "blocks",
    "Byline": "bylines",
    "Caption": "captions",
    "Contributor": "contributors",
    "Credit": "credits",
    "Dateline": "datelines",
    "Paragraph": "paragraphs",
    "Quote": "quotes",
    "Span": "spans",
    "Timestamp": "timestamps",
}


def _resolve(kind: type) -> SearchStrategy[Any]:
    from newsmodel import strategies

    factory = getattr(strategies, STRATEGY_NAMES[kind.__name__])
    strategy: SearchStrategy[Any] = factory()
    return strategy


def _hypothesis_setup_hook() -> None:
    """Register a lazy strategy resolver for every model type (called by Hypothesis)."""
    from hypothesis import strategies as st

    import newsmodel

    for name in STRATEGY_NAMES:
        st.register_type_strategy(getattr(newsmodel, name), _resolve)
