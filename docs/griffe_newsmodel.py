"""
Griffe extension that adapts newsmodel's docstrings for the MkDocs API reference.

newsmodel's docstrings follow the Napoleon (Google) layout but keep two Sphinx habits
that Python-Markdown does not understand, and use the singular ``Example:`` heading,
which griffe's Google parser treats as a plain admonition instead of a code section.
This extension rewrites, in the docs build only (the source is untouched):

- ``Example:`` -> ``Examples:``, so ``>>>`` lines render as highlighted ``pycon``;
- ``.. versionadded:: X`` / ``.. versionchanged:: X`` / ``.. deprecated:: X``
  -> an italic "Added in version X." line;
- ``:class:`Name```, ``:func:``, ``:meth:``, ``:exc:``, ``:attr:``, ``:data:``
  -> a cross-reference when ``Name`` is a public newsmodel name, else inline code.

Configured in ``mkdocs.yml`` under the mkdocstrings Python handler's ``extensions``.
"""

from __future__ import annotations

import re
from typing import Any

try:
    import griffe
    from griffe import Extension
except ImportError:  # pragma: no cover - the docs extra is not installed
    # Keep the module importable (pytest collects docs/ for doctests) without griffe.
    Extension = object  # type: ignore[assignment,misc]

__all__ = ["NewsmodelDocstrings", "rewrite"]

_EXAMPLE = re.compile(r"^(?P<indent>[ \t]*)Example:[ \t]*$", re.MULTILINE)
_VERSION = re.compile(
    r"^(?P<indent>[ \t]*)\.\. (?P<kind>versionadded|versionchanged|deprecated)::[ \t]*"
    r"(?P<version>\S+)[ \t]*(?P<rest>.*)$",
    re.MULTILINE,
)
_ROLE = re.compile(r":(?:class|func|meth|exc|attr|data|obj|mod):`~?(?P<target>[^`]+)`")

_VERSION_WORDS = {
    "versionadded": "Added in version",
    "versionchanged": "Changed in version",
    "deprecated": "Deprecated since version",
}


def _public_names() -> frozenset[str]:
    import newsmodel

    return frozenset(newsmodel.__all__)


def rewrite(text: str, public: frozenset[str] = frozenset()) -> str:
    """
    Return ``text`` with the Sphinx-only constructs replaced by Markdown.

    Examples:
        >>> rewrite("Example:\\n    >>> 1\\n    1")
        'Examples:\\n    >>> 1\\n    1'
        >>> rewrite(".. versionadded:: 0.1.0")
        '*Added in version 0.1.0.*'
        >>> rewrite("See :class:`Span`.", frozenset({"Span"}))
        'See [`Span`][newsmodel.Span].'
        >>> rewrite("See :meth:`check`.")
        'See `check`.'

    """
    text = _EXAMPLE.sub(r"\g<indent>Examples:", text)

    def version(match: re.Match[str]) -> str:
        words = _VERSION_WORDS[match["kind"]]
        rest = match["rest"].strip()
        tail = f" {rest}" if rest else ""
        return f"{match['indent']}*{words} {match['version']}.{tail}*"

    text = _VERSION.sub(version, text)

    def role(match: re.Match[str]) -> str:
        target = match["target"].removeprefix("newsmodel.")
        head = target.split(".", 1)[0]
        if head in public:
            return f"[`{target}`][newsmodel.{target}]"
        return f"`{target}`"

    return _ROLE.sub(role, text)


class NewsmodelDocstrings(Extension):
    """Rewrite every docstring of the newsmodel package once it is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:  # noqa: ARG002
        """Walk the loaded package and rewrite each docstring in place."""
        if pkg.name != "newsmodel":
            return
        public = _public_names()
        seen: set[int] = set()
        stack: list[griffe.Object] = [pkg]
        while stack:
            obj = stack.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            if obj.docstring is not None:
                obj.docstring.value = rewrite(obj.docstring.value, public)
            stack.extend(
                member
                for member in obj.members.values()
                if isinstance(member, griffe.Object)  # aliases are documented at their target
            )
