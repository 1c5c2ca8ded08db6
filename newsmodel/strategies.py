"""
Hypothesis strategies for newsmodel's types, for your own property tests.

Install the extra (``pip install 'newsmodel[hypothesis]'``) and import this module
only from tests: it imports Hypothesis, which the core package never does.

Every strategy builds valid values by construction (it does not rely on
``st.builds`` inference, which would ignore the validators). :func:`articles` goes
further: it builds an article from parts, renders it as wire text in real outlet
formats, and yields the text together with the parse newsmodel must give back.

Example:
    >>> from hypothesis import given
    >>> import newsmodel
    >>> from newsmodel import strategies as nst
    >>> @given(nst.rendered_articles())
    ... def test_headline_survives(rendered):
    ...     article = newsmodel.parse_article(rendered.text)
    ...     assert article.headline == rendered.expected.headline
    >>> test_headline_survives()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import string

from attrs import field, frozen
from hypothesis import strategies as st

import newsmodel
from newsmodel._article import Article, Block, BlockKind, Paragraph
from newsmodel._byline import Byline, Contributor, Role
from newsmodel._calendar import MONTH_ABBREVIATIONS, MONTH_NAMES
from newsmodel._caption import Caption, Credit, CreditKind
from newsmodel._dateline import Dateline
from newsmodel._quote import Attribution, Quote, QuoteKind, SpeakerKind
from newsmodel._span import Span
from newsmodel._timestamp import Precision, Timestamp, TimestampKind, ZoneSource
from newsmodel._zones import zone_from_name

__all__ = [
    "RenderedArticle",
    "articles",
    "attributions",
    "blocks",
    "bylines",
    "captions",
    "contributors",
    "credits",
    "datelines",
    "paragraphs",
    "quotes",
    "register_type_strategies",
    "rendered_articles",
    "spans",
    "timestamps",
]


def __dir__() -> list[str]:
    return sorted(__all__)


def _check_size(name: str, value: object, minimum: int = 0) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        msg = f"{name} must be an int >= {minimum}, got {value!r}"
        raise newsmodel.ArgumentError(msg)


# ---------------------------------------------------------------------------------------------
# Small value types
# ---------------------------------------------------------------------------------------------


def spans(*, max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """
    Generate spans with ``0 <= start <= end <= max_end``.

    Shrinks towards ``Span(0, 0)``.

    Example:
        >>> from hypothesis import given
        >>> @given(spans(max_end=5))
        ... def test(span):
        ...     assert 0 <= span.start <= span.end <= 5
        >>> test()
    """
    _check_size("max_end", max_end)
    return st.tuples(st.integers(0, max_end), st.integers(0, max_end)).map(
        lambda pair: Span(min(pair), max(pair))
    )


_ZONES = ("UTC", "Asia/Shanghai", "Asia/Kolkata", "Europe/London", "America/New_York", "UTC+08:00")


def blocks(*, max_end: int = 10_000) -> st.SearchStrategy[Block]:
    """
    Generate blocks of any kind over non-empty spans ending at most at ``max_end``.

    Shrinks towards a headline block ``Span(0, 1)``.

    Example:
        >>> from hypothesis import given
        >>> @given(blocks())
        ... def test(block):
        ...     assert len(block.span) >= 1
        >>> test()
    """
    _check_size("max_end", max_end, 1)
    return st.builds(
        lambda kind, start, size: Block(kind, Span(start, min(start + size, max_end))),
        st.sampled_from(BlockKind),
        st.integers(0, max_end - 1),
        st.integers(1, 200),
    )


def timestamps() -> st.SearchStrategy[Timestamp]:
    """
    Generate valid Timestamps (aware with a zone source, or naive with none).

    The raw text is not a parse of the value; use :func:`rendered_articles` for
    text whose parse is known. Shrinks towards a naive 2000-01-01 00:00 stamp.

    Example:
        >>> from hypothesis import given
        >>> @given(timestamps())
        ... def test(stamp):
        ...     assert stamp.is_aware == (stamp.zone_source.value != "none")
        >>> test()
    """

    def build(  # noqa: PLR0917 - positional, as st.builds calls it
        kind: TimestampKind,
        naive: dt.datetime,
        zone: str | None,
        source: ZoneSource,
        precision: Precision,
        raw: str,
        relative: dt.timedelta | None,
    ) -> Timestamp:
        if zone is None:
            return Timestamp(
                kind=kind,
                value=naive,
                raw=raw,
                span=Span(0, len(raw)),
                precision=precision,
                relative=relative,
            )
        tz = zone_from_name(zone)
        return Timestamp(
            kind=kind,
            value=naive.replace(tzinfo=tz),
            raw=raw,
            span=Span(0, len(raw)),
            precision=precision,
            zone_source=source,
            zone=zone,
            relative=relative,
        )

    return st.builds(
        build,
        st.sampled_from(TimestampKind),
        st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2040, 12, 31)),
        st.none() | st.sampled_from(_ZONES),
        st.sampled_from([ZoneSource.STATED, ZoneSource.OUTLET, ZoneSource.DEFAULT]),
        st.sampled_from(Precision),
        st.text(string.ascii_letters + string.digits + " :,.-", min_size=1, max_size=30),
        st.none() | st.timedeltas(dt.timedelta(0), dt.timedelta(days=30)),
    )


_FIRST = ("Jane", "John", "Amina", "Carlos", "Mei", "Ivan", "Priya", "Tom", "Lena", "Omar")
_LAST = ("Roe", "Doe", "Okafor", "Mendez", "Lin", "Petrov", "Sharma", "Walsh", "Berg", "Haddad")
_NAMES = st.builds(lambda f, last: f"{f} {last}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


def credits() -> st.SearchStrategy[Credit]:  # noqa: A001 - plural of the type, by convention
    """
    Generate valid photo credits (not tied to any text).

    Shrinks towards an agency-only photo credit.

    Example:
        >>> from hypothesis import given
        >>> @given(credits())
        ... def test(credit):
        ...     assert credit.raw
        >>> test()
    """
    return st.builds(
        lambda agency, people, kind, raw: Credit(
            raw=raw, span=Span(0, len(raw)), agency=agency, photographers=people, kind=kind
        ),
        st.none() | st.sampled_from(["Reuters", "AFP", "Xinhua", "AP"]),
        st.lists(_NAMES, max_size=2).map(tuple),
        st.sampled_from(CreditKind),
        st.text(string.ascii_letters + "/() ", min_size=1, max_size=40),
    )


def captions() -> st.SearchStrategy[Caption]:
    """
    Generate valid captions with one to three occurrence spans.

    Shrinks towards one occurrence and no credit.

    Example:
        >>> from hypothesis import given
        >>> @given(captions())
        ... def test(caption):
        ...     assert len(caption.spans) >= 1
        >>> test()
    """
    return st.builds(
        lambda text, occurrences, credit: Caption(
            text=text,
            text_span=Span(0, len(text)),
            spans=tuple(Span(i * 1000, i * 1000 + len(text)) for i in range(occurrences)),
            credit=credit,
        ),
        _sentences(),
        st.integers(1, 3),
        st.none() | credits(),
    )


def contributors() -> st.SearchStrategy[Contributor]:
    """
    Generate contributors with any role.

    Shrinks towards ``Jane Roe`` as author.

    Example:
        >>> from hypothesis import given
        >>> @given(contributors())
        ... def test(person):
        ...     assert person.name
        >>> test()
    """
    return st.builds(
        lambda name, role: Contributor(name=name, role=role, span=Span(0, len(name))),
        _NAMES,
        st.sampled_from(Role),
    )


def bylines() -> st.SearchStrategy[Byline]:
    """
    Generate bylines with up to three contributors and up to two organisations.

    Shrinks towards an empty byline.

    Example:
        >>> from hypothesis import given
        >>> @given(bylines())
        ... def test(byline):
        ...     assert all(person.name for person in byline.contributors)
        >>> test()
    """
    return st.builds(
        lambda people, orgs: Byline(
            raw="By " + " and ".join(p.name for p in people) or "Staff",
            span=Span(0, 10),
            contributors=people,
            organisations=orgs,
        ),
        st.lists(contributors(), max_size=3).map(tuple),
        st.lists(st.sampled_from(["Reuters", "AFP", "CNN"]), max_size=2, unique=True).map(tuple),
    )


def datelines() -> st.SearchStrategy[Dateline]:
    """
    Generate datelines with a place, an optional date and an optional agency.

    Shrinks towards a place-only dateline.

    Example:
        >>> from hypothesis import given
        >>> @given(datelines())
        ... def test(dateline):
        ...     assert dateline.places
        >>> test()
    """
    return st.builds(
        lambda place, date, agency: Dateline(
            raw=place,
            span=Span(0, len(place)),
            places=(place,),
            month=date.month if date else None,
            day=date.day if date else None,
            date=date,
            agency=agency,
        ),
        st.sampled_from(_CITIES),
        st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
        st.none() | st.sampled_from(["Reuters", "Xinhua", "AFP"]),
    )


def attributions() -> st.SearchStrategy[Attribution]:
    """
    Generate attributions to people or organisations.

    Shrinks towards an unknown speaker.

    Example:
        >>> import newsmodel
        >>> from hypothesis import given
        >>> @given(attributions())
        ... def test(attribution):
        ...     assert attribution.speaker_kind in set(newsmodel.SpeakerKind)
        >>> test()
    """
    return st.builds(
        lambda speaker, kind, cue: Attribution(
            speaker=speaker, speaker_kind=kind, cue=cue, cue_span=Span(0, len(cue))
        ),
        st.none() | _NAMES,
        st.sampled_from(SpeakerKind),
        st.sampled_from(["said", "told reporters", "according to", "added"]),
    )


def quotes() -> st.SearchStrategy[Quote]:
    """
    Generate quotes of every kind, with or without attribution.

    Shrinks towards an unattributed one-piece direct quote.

    Example:
        >>> from hypothesis import given
        >>> @given(quotes())
        ... def test(quote):
        ...     assert quote.span.start == quote.spans[0].start
        >>> test()
    """
    return st.builds(
        lambda text, kind, attribution: Quote(
            text=text,
            span=Span(0, len(text)),
            kind=kind,
            spans=(Span(0, len(text)),),
            attribution=attribution,
        ),
        _sentences(),
        st.sampled_from(QuoteKind),
        st.none() | attributions(),
    )


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """
    Generate body paragraphs of one to three plain sentences.

    Shrinks towards one short sentence.

    Example:
        >>> from hypothesis import given
        >>> @given(paragraphs())
        ... def test(paragraph):
        ...     assert paragraph.text.endswith(".")
        >>> test()
    """
    return _paragraph_texts().map(lambda text: Paragraph(text=text, span=Span(0, len(text))))


# ---------------------------------------------------------------------------------------------
# Rendered articles: wire text with its known parse
# ---------------------------------------------------------------------------------------------

# Neutral vocabulary: no month names, no cue verbs, no capitalised words that could be
# taken for places, agencies or names, so generated prose never looks like another part.
_WORDS = [
    "the",
    "council",
    "plan",
    "water",
    "new",
    "school",
    "road",
    "local",
    "farmers",
    "market",
    "price",
    "rain",
    "bridge",
    "village",
    "project",
    "week",
    "report",
    "team",
    "city",
    "river",
    "budget",
    "harbour",
    "festival",
    "railway",
    "clinic",
    "museum",
    "library",
    "trade",
    "energy",
    "housing",
    "crop",
    "fishing",
    "port",
    "tourism",
    "transport",
    "storm",
    "forest",
    "approved",
    "opened",
    "reached",
    "expanded",
    "delayed",
    "finished",
    "repaired",
    "improved",
    "funded",
    "built",
    "more",
    "than",
    "a",
    "of",
    "in",
    "on",
    "for",
    "with",
    "after",
    "before",
    "near",
    "across",
    "during",
]

_CITIES = ("MOSCOW", "BEIJING", "NEW DELHI", "WASHINGTON", "LONDON", "PARIS", "TOKYO", "SEOUL")
_MONTHS = MONTH_ABBREVIATIONS
_MONTH_NAMES = MONTH_NAMES


def _sentences(*, min_words: int = 6, max_words: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(
        lambda words: " ".join(words).capitalize() + "."
    )


def _paragraph_texts() -> st.SearchStrategy[str]:
    return st.lists(_sentences(), min_size=1, max_size=3).map(" ".join)


def _headlines() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10).map(
        lambda words: " ".join(words).capitalize()
    )


def _caption_texts() -> st.SearchStrategy[str]:
    """Agency-style caption texts: what happens, then place and date, then a full stop."""
    return st.builds(
        lambda words, place, when: (
            f"{' '.join(words).capitalize()} in {place}, "
            f"{_MONTH_NAMES[when.month - 1]} {when.day}, {when.year}."
        ),
        st.lists(st.sampled_from(_WORDS), min_size=5, max_size=12),
        st.sampled_from(["Moscow, Russia", "Beijing, China", "Paris, France"]),
        st.dates(dt.date(2005, 1, 1), dt.date(2030, 12, 31)),
    )


@frozen
class _Stamp:
    """A timestamp template: the text and the timestamp newsmodel must read from it."""

    text: str
    kind: TimestampKind
    value: dt.datetime
    precision: Precision
    zone_source: ZoneSource


@st.composite
def _stamps(draw: st.DrawFn, outlet: str | None) -> _Stamp:
    when = draw(st.datetimes(dt.datetime(2005, 1, 1), dt.datetime(2030, 12, 31)))
    when = when.replace(second=0, microsecond=0)
    template = draw(st.sampled_from(("cgtn", "cgtn_amp", "guardian", "xinhua")))
    shanghai = zone_from_name("Asia/Shanghai")
    if template == "cgtn":
        text = f"Updated {when:%H:%M}, {when.day:02d}-{_MONTHS[when.month - 1]}-{when.year}"
        if outlet in {"CGTN", "Xinhua"}:
            return _Stamp(
                text,
                TimestampKind.UPDATED,
                when.replace(tzinfo=shanghai),
                Precision.MINUTE,
                ZoneSource.OUTLET,
            )
        return _Stamp(text, TimestampKind.UPDATED, when, Precision.MINUTE, ZoneSource.NONE)
    if template == "cgtn_amp":
        text = f"{when:%Y.%m.%d %H:%M} GMT+8"
        value = when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
        return _Stamp(text, TimestampKind.UNKNOWN, value, Precision.MINUTE, ZoneSource.STATED)
    if template == "guardian":
        text = f"{when:%a} {when.day} {_MONTHS[when.month - 1]} {when.year} {when:%H.%M} GMT"
        value = when.replace(tzinfo=dt.timezone.utc)
        return _Stamp(text, TimestampKind.UNKNOWN, value, Precision.MINUTE, ZoneSource.STATED)
    when = when.replace(second=draw(st.integers(0, 59)))
    text = f"{when:%Y-%m-%d %H:%M:%S}"
    if outlet in {"CGTN", "Xinhua"}:
        value = when.replace(tzinfo=shanghai)
        return _Stamp(text, TimestampKind.UNKNOWN, value, Precision.SECOND, ZoneSource.OUTLET)
    return _Stamp(text, TimestampKind.UNKNOWN, when, Precision.SECOND, ZoneSource.NONE)


_CREDITS = (
    # (credit as printed, with the photographer slot, agency newsmodel reports)
    ("/Reuters Photo", "Reuters"),
    ("/Xinhua", "Xinhua"),
    ("REUTERS/{name}", "Reuters"),
    ("(Photo: AFP)", "AFP"),
    ("(AP Photo/{name})", "AP"),
)


_AGENCIES = ("Reuters", "AFP", "Xinhua")


@st.composite
def _bylines(draw: st.DrawFn, writer: _Writer) -> Byline:
    """``By NAME and NAME, AGENCY``: people as authors, the agency as an organisation."""
    names = draw(st.lists(_NAMES, min_size=1, max_size=2, unique=True))
    agency = draw(st.none() | st.sampled_from(_AGENCIES))
    start = writer.add("By ").start
    people = []
    for number, name in enumerate(names):
        if number:
            writer.add(" and ")
        people.append(Contributor(name=name, role=Role.AUTHOR, span=writer.add(name)))
    if agency is not None:
        writer.add(f", {agency}")
    raw = "".join(writer.parts)[start:]
    return Byline(
        raw=raw,
        span=Span(start, writer.size),
        contributors=tuple(people),
        organisations=(agency,) if agency else (),
    )


@st.composite
def _datelines(draw: st.DrawFn, writer: _Writer) -> Dateline:
    """``CITY, Mon D (AGENCY) -`` in Reuters' wire style."""
    city = draw(st.sampled_from(_CITIES))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    agency = draw(st.sampled_from(_AGENCIES))
    start = writer.size
    place_span = writer.add(city)
    writer.add(", ")
    date_text = f"{_MONTHS[month - 1]} {day}"
    date_span = writer.add(date_text)
    writer.add(" (")
    agency_span = writer.add(agency)
    writer.add(") -")
    return Dateline(
        raw=f"{city}, {date_text} ({agency}) -",
        span=Span(start, writer.size),
        places=(city,),
        date_text=date_text,
        month=month,
        day=day,
        agency=agency,
        separator="-",
        place_span=place_span,
        date_span=date_span,
        agency_span=agency_span,
    )


@st.composite
def _signoffs(draw: st.DrawFn, writer: _Writer) -> Byline:
    """Reuters' ``Reporting by NAME; Editing by NAME`` sign-off."""
    reporter, editor = draw(st.lists(_NAMES, min_size=2, max_size=2, unique=True))
    start = writer.add("Reporting by ").start
    first = Contributor(name=reporter, role=Role.REPORTING, span=writer.add(reporter))
    writer.add("; Editing by ")
    second = Contributor(name=editor, role=Role.EDITING, span=writer.add(editor))
    return Byline(
        raw=f"Reporting by {reporter}; Editing by {editor}",
        span=Span(start, writer.size),
        contributors=(first, second),
    )


@frozen
class RenderedArticle:
    """
    Wire text generated by :func:`rendered_articles`, with the parse it must give.

    Attributes:
        text: the rendered copy.
        expected: an Article holding what ``parse_article(text)`` must recover: the
            headline, timestamps, outlet, byline, dateline (place, date as written,
            agency), captions (duplicates merged), paragraphs, sign-off credits,
            sources and the block kinds, with their spans into ``text``. Quotes are
            left empty, and a dateline's ``date`` (which depends on year inference)
            is not set.

    Example:
        >>> from hypothesis import given
        >>> @given(rendered_articles())
        ... def test(rendered):
        ...     assert rendered.expected.text == rendered.text
        >>> test()
    """

    text: str
    expected: Article
    parts: tuple[str, ...] = field(default=())


class _Writer:
    """Appends text while recording spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> Span:
        start = self.size
        self.parts.append(piece)
        self.size += len(piece)
        return Span(start, self.size)

    def text(self) -> str:
        return "".join(self.parts)


def rendered_articles(
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 8,
    line_ending: str | None = None,
) -> st.SearchStrategy[RenderedArticle]:
    r"""
    Generate an article rendered as wire text, with the parse newsmodel must give back.

    The header holds a headline, zero to two timestamp lines in real outlet formats
    (CGTN, CGTN AMP, Guardian, Xinhua), an optional outlet line and an optional
    ``By ...`` byline; then captions (each printed once or twice, as scrapers
    duplicate them, ending in an agency credit), the body paragraphs (the first one
    possibly opened by a wire dateline), an optional ``Reporting by ...; Editing
    by ...`` sign-off and an optional ``Source(s):`` footer.

    Args:
        min_paragraphs: the fewest body paragraphs.
        max_paragraphs: the most body paragraphs.
        line_ending: ``"\n"``, ``"\r\n"`` or ``"\r"``; drawn when None.

    Shrinks towards a headline and one short paragraph with ``\n`` line endings.

    Example:
        >>> from hypothesis import given
        >>> import newsmodel
        >>> @given(rendered_articles(max_paragraphs=2))
        ... def test(rendered):
        ...     article = newsmodel.parse_article(rendered.text)
        ...     assert article.paragraphs == rendered.expected.paragraphs
        >>> test()
    """
    _check_size("min_paragraphs", min_paragraphs, 1)
    _check_size("max_paragraphs", max_paragraphs, min_paragraphs)
    if line_ending is not None and line_ending not in {"\n", "\r\n", "\r"}:
        msg = f"line_ending must be '\\n', '\\r\\n' or '\\r', got {line_ending!r}"
        raise newsmodel.ArgumentError(msg)
    return _rendered_articles(
        min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs, line_ending=line_ending
    )


@st.composite
def _rendered_articles(
    draw: st.DrawFn,
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 8,
    line_ending: str | None = None,
) -> RenderedArticle:
    """Draw one rendered article (arguments checked by rendered_articles)."""
    eol = line_ending if line_ending is not None else draw(st.sampled_from(["\n", "\r\n", "\r"]))
    outlet = draw(st.none() | st.sampled_from(["CGTN", "Xinhua", "Reuters"]))
    writer = _Writer()
    blocks: list[Block] = []

    headline = draw(_headlines())
    blocks.append(Block(BlockKind.HEADLINE, writer.add(headline)))
    writer.add(eol)
    stamps: list[Timestamp] = []
    for stamp in draw(st.lists(_stamps(outlet), max_size=2)):
        span = writer.add(stamp.text)
        blocks.append(Block(BlockKind.TIMESTAMP, span))
        writer.add(eol)
        zone = None
        if stamp.value.tzinfo is not None:
            zone = "Asia/Shanghai" if stamp.zone_source is ZoneSource.OUTLET else None
        stamps.append(
            Timestamp(
                kind=stamp.kind,
                value=stamp.value,
                raw=stamp.text,
                span=span,
                precision=stamp.precision,
                zone_source=stamp.zone_source,
                zone=zone,
            )
        )
    if outlet is not None:
        blocks.append(Block(BlockKind.OUTLET, writer.add(outlet)))
        writer.add(eol)
    byline = None
    if draw(st.booleans()):
        byline = draw(_bylines(writer))
        blocks.append(Block(BlockKind.BYLINE, byline.span))
        writer.add(eol)

    captions: list[Caption] = []
    caption_texts = draw(st.lists(_caption_texts(), max_size=2, unique=True))
    for caption_text in caption_texts:
        pattern, agency = draw(st.sampled_from(_CREDITS))
        credit_raw = pattern.format(name=draw(_NAMES))
        copies = draw(st.integers(1, 2))
        occurrences = []
        text_span = credit_span = Span(0, 0)
        for copy in range(copies):
            writer.add(eol)
            line_start = writer.size
            span = writer.add(caption_text)
            writer.add(" ")
            cspan = writer.add(credit_raw)
            occurrences.append(Span(line_start, cspan.end))
            if copy == 0:
                text_span, credit_span = span, cspan
            blocks.append(Block(BlockKind.CAPTION, occurrences[-1]))
            writer.add(eol)
        captions.append(
            Caption(
                text=caption_text,
                text_span=text_span,
                spans=tuple(occurrences),
                credit=Credit(raw=credit_raw, span=credit_span, agency=agency),
            )
        )

    body: list[Paragraph] = []
    dateline = None
    for number, text in enumerate(
        draw(st.lists(_paragraph_texts(), min_size=min_paragraphs, max_size=max_paragraphs))
    ):
        writer.add(eol)
        if number == 0 and draw(st.booleans()):
            dateline = draw(_datelines(writer))
            blocks.append(Block(BlockKind.DATELINE, dateline.span))
            writer.add(" ")
        span = writer.add(text)
        body.append(Paragraph(text=text, span=span))
        blocks.append(Block(BlockKind.PARAGRAPH, span))
        writer.add(eol)

    credit_lines: tuple[Byline, ...] = ()
    if draw(st.booleans()):
        writer.add(eol)
        signoff = draw(_signoffs(writer))
        blocks.append(Block(BlockKind.FOOTER, signoff.span))
        writer.add(eol)
        credit_lines = (signoff,)
    sources: tuple[str, ...] = ()
    if draw(st.booleans()):
        source = draw(st.sampled_from(["Reuters", "Xinhua", "AFP"]))
        writer.add(eol)
        blocks.append(Block(BlockKind.FOOTER, writer.add(f"Source(s): {source}")))
        writer.add(eol)
        sources = (source,)

    text = writer.text()
    expected = Article(
        text=text,
        headline=headline,
        timestamps=tuple(stamps),
        outlet=outlet,
        byline=byline,
        dateline=dateline,
        captions=tuple(captions),
        paragraphs=tuple(body),
        sources=sources,
        credits=credit_lines,
        blocks=tuple(blocks),
    )
    return RenderedArticle(text=text, expected=expected, parts=tuple(writer.parts))


def articles(
    *, min_paragraphs: int = 1, max_paragraphs: int = 8, line_ending: str | None = None
) -> st.SearchStrategy[Article]:
    """
    Generate valid Articles (the expected parses of :func:`rendered_articles`).

    Accepts the same keyword arguments as :func:`rendered_articles`. Shrinks the same way.

    Example:
        >>> from hypothesis import given
        >>> @given(articles(max_paragraphs=2))
        ... def test(article):
        ...     assert article.from_json(article.to_json()) == article
        >>> test()
    """
    return rendered_articles(
        min_paragraphs=min_paragraphs, max_paragraphs=max_paragraphs, line_ending=line_ending
    ).map(lambda rendered: rendered.expected)


def register_type_strategies() -> None:
    """
    Register these strategies with ``st.from_type`` for every public newsmodel type.

    Called by Hypothesis through the ``hypothesis`` entry point; safe to call twice.

    Example:
        >>> from hypothesis import strategies as st
        >>> import newsmodel
        >>> register_type_strategies()
        >>> isinstance(st.from_type(newsmodel.Span), st.SearchStrategy)
        True
    """
    from newsmodel._hypothesis_plugin import STRATEGY_NAMES

    for name, factory in STRATEGY_NAMES.items():
        st.register_type_strategy(getattr(newsmodel, name), globals()[factory]())
