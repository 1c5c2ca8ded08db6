"""Tests for quote extraction and attribution (``newsmodel.extract_quotes``)."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import QuoteKind, SpeakerKind
from newsmodel._parse_quotes import extract_quotes


def _body(seed_text: str) -> str:
    """Return the seed's body: from the first news paragraph to the source line."""
    start = seed_text.index("On February 6")
    end = seed_text.index("Source(s)")
    return seed_text[start:end]


def _find(quotes, text, kind=None):
    """Return the first quote whose text starts with ``text`` (and has ``kind``)."""
    for quote in quotes:
        if quote.text.startswith(text) and (kind is None or quote.kind == kind):
            return quote
    pytest.fail(f"no quote starting {text!r} in {[q.text for q in quotes]}")
    return None


class TestSeed:
    """The quotes the seed article must yield (issue 5, point 6)."""

    def test_direct_cavusoglu(self, seed_text):
        """The first direct quote goes to Cavusoglu through the pronoun "he"."""
        quote = _find(extract_quotes(_body(seed_text)), "We conveyed")
        attribution = quote.attribution
        assert "We conveyed our determination to our Russian counterparts," == quote.text
        assert QuoteKind.DIRECT == quote.kind
        assert "Mevlut Cavusoglu" == attribution.speaker
        assert SpeakerKind.PERSON == attribution.speaker_kind
        assert "Turkish Foreign Minister" == attribution.role
        assert ("he", "said") == (attribution.mention, attribution.cue)

    def test_partial_humanitarian_drama(self, seed_text):
        """The single-quoted fragment is a partial quote by Cavusoglu."""
        quote = _find(extract_quotes(_body(seed_text)), "humanitarian drama", QuoteKind.PARTIAL)
        assert "humanitarian drama" == quote.text
        assert "Mevlut Cavusoglu" == quote.speaker

    def test_direct_kremlin(self, seed_text):
        """The Kremlin's direct quote names the organisation without its article."""
        quote = _find(extract_quotes(_body(seed_text)), "There has recently")
        assert QuoteKind.DIRECT == quote.kind
        assert ("Kremlin", "the Kremlin") == (quote.speaker, quote.attribution.mention)
        assert SpeakerKind.ORGANISATION == quote.attribution.speaker_kind

    def test_tragically_killed(self, seed_text):
        """The fragment "tragically killed." is a partial quote and marked in a mixed one."""
        quotes = extract_quotes(_body(seed_text))
        partial = _find(quotes, "tragically killed.", QuoteKind.PARTIAL)
        mixed = _find(quotes, "Russian and Turkish military experts", QuoteKind.MIXED)
        assert "Russian Foreign Ministry" == partial.speaker == mixed.speaker
        assert ["tragically killed."] == [s.slice(_body(seed_text)) for s in mixed.marked]

    @pytest.mark.parametrize(
        ("start", "speaker"),
        [
            ("On February 6, Russian-led", "Syria's state media"),
            ("Ankara expected Russia", "Mevlut Cavusoglu"),
            ("has displaced nearly 1 million people", "Turkey"),
            ("some of its troops had been killed", "Russia"),
            ("Attacks on Russian military positions", "Kremlin"),
            ("there were no plans currently", "Dmitry Peskov"),
        ],
    )
    def test_reported_speech(self, seed_text, start, speaker):
        """Each piece of reported speech in the seed has its speaker."""
        quote = _find(extract_quotes(_body(seed_text)), start, QuoteKind.INDIRECT)
        assert speaker == quote.speaker

    def test_peskov_role(self, seed_text):
        """Peskov's title is kept as the role."""
        quote = _find(extract_quotes(_body(seed_text)), "there were no plans")
        assert "Kremlin spokesman" == quote.attribution.role

    def test_whole_seed_spans(self, seed_text):
        """On the whole seed file every content span slices to the quote's text."""
        for quote in newsmodel.extract_quotes(seed_text):
            assert quote.text == " ".join(s.slice(seed_text) for s in quote.spans)
