"""Bylines and credit lines: people, their roles, and the organisations behind them."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import and_, deep_iterable, instance_of, min_len, optional

from newsmodel._base import Model, to_tuple
from newsmodel._span import Span

__all__ = ["Byline", "Contributor", "Role"]


class Role(str, enum.Enum):
    """
    What a person did for the story.

    ``AUTHOR`` is the byline's ``By``; the others come from sign-offs such as
    ``Reporting by ...; Writing by ...; Editing by ...``.

    Example:
        >>> from newsmodel import Role
        >>> Role("additional_reporting").value
        'additional_reporting'

    .. versionadded:: 0.1.0
    """

    AUTHOR = "author"
    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional_reporting"
    WRITING = "writing"
    EDITING = "editing"
    CONTRIBUTING = "contributing"
    PHOTOGRAPHY = "photography"
    PRODUCTION = "production"


@frozen
class Contributor(Model):
    """
    One person named in a byline or credit line.

    Attributes:
        name: the name as written (capitals kept).
        role: what they did.
        span: where ``name`` is in the text.
        place: where they reported from (``Reporting by X in Beirut``), if stated.

    Example:
        >>> from newsmodel import Contributor, Role, Span
        >>> Contributor(name="Jane Roe", role=Role.EDITING, span=Span(10, 18)).role.value
        'editing'

    .. versionadded:: 0.1.0
    """

    name: str = field(validator=and_(instance_of(str), min_len(1)))
    role: Role = field(validator=instance_of(Role))
    span: Span = field(validator=instance_of(Span))
    place: str | None = field(default=None, validator=optional(instance_of(str)))


@frozen
class Byline(Model):
    r"""
    A byline (``By Jane Roe and John Doe, Reuters``) or credit line (``Reporting by ...``).

    People go to ``contributors``; agencies and outlets go to ``organisations`` and
    are never authors.

    Attributes:
        raw: the line as written.
        span: where ``raw`` is in the text.
        contributors: the people, in order, each with a role.
        organisations: agencies, outlets or desks (``"Reuters"``, ``"TNN"``).
        place: the place given with the byline (``By IANS, Kolkata``).

    Example:
        >>> import newsmodel
        >>> article = newsmodel.parse_article(
        ...     "Headline\nBy Jane Roe and John Doe, Reuters\n\nBody text here, officials said."
        ... )
        >>> [c.name for c in article.byline.contributors], article.byline.organisations
        (['Jane Roe', 'John Doe'], ('Reuters',))

    .. versionadded:: 0.1.0
    """

    raw: str = field(validator=instance_of(str))
    span: Span = field(validator=instance_of(Span))
    contributors: tuple[Contributor, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(Contributor))
    )
    organisations: tuple[str, ...] = field(
        default=(), converter=to_tuple, validator=deep_iterable(instance_of(str))
    )
    place: str | None = field(default=None, validator=optional(instance_of(str)))
