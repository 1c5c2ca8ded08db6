"""Tests for the cue and speaker lexicons (``newsmodel._cues``)."""

from __future__ import annotations

import pytest

from newsmodel._cues import (
    CUE_FORMS,
    GROUP_NOUNS,
    ORGANISATION_HEADS,
    PERSON_NOUNS,
    PRONOUNS,
    TIER1,
    TIER2,
    TIER3,
    TITLE_WORDS,
    _plural,
    cue_lemma,
    cue_tier,
    inflections,
)


class TestInflections:
    """Lemmas expand to their inflected forms."""

    @pytest.mark.parametrize(
        ("lemma", "forms"),
        [
            ("say", ("say", "says", "said", "saying")),
            ("tell", ("tell", "tells", "told", "telling")),
            ("write", ("write", "writes", "wrote", "written", "writing")),
            ("reply", ("reply", "replies", "replied", "replying")),
            ("deny", ("deny", "denies", "denied", "denying")),
            ("admit", ("admit", "admits", "admitted", "admitting")),
            ("quip", ("quip", "quips", "quipped", "quipping")),
            ("note", ("note", "notes", "noted", "noting")),
            ("agree", ("agree", "agrees", "agreed", "agreeing")),
            ("stress", ("stress", "stresses", "stressed", "stressing")),
            ("echo", ("echo", "echoes", "echoed", "echoing")),
            ("warn", ("warn", "warns", "warned", "warning")),
        ],
    )
    def test_forms(self, lemma, forms):
        """Irregular verbs, doubling, -y, -e, -ee and sibilants are inflected correctly."""
        assert forms == inflections(lemma)

    def test_british_and_american(self):
        """-ise lemmas also yield -ize forms."""
        forms = inflections("criticise")
        assert {"criticised", "criticized", "criticizes", "criticising"} <= set(forms)


class TestLexicon:
    """The tiers and the lookup functions."""

    def test_tiers_are_disjoint(self):
        """No lemma is in two tiers."""
        assert set() == (set(TIER1) & set(TIER2)) | (set(TIER1) & set(TIER3)) | (
            set(TIER2) & set(TIER3)
        )

    @pytest.mark.parametrize(
        ("word", "lemma", "tier"),
        [
            ("said", "say", 1),
            ("Told", "tell", 1),
            ("tweeted", "tweet", 1),
            ("insisted", "insist", 2),
            ("emphasized", "emphasise", 2),
            ("believes", "believe", 3),
            ("expected", "expect", 3),
        ],
    )
    def test_lookup(self, word, lemma, tier):
        """Any inflected form maps to its lemma and tier, case-insensitively."""
        assert (lemma, tier) == (cue_lemma(word), cue_tier(word))

    @pytest.mark.parametrize("word", ["banana", "state-run", "", "Kremlin"])
    def test_not_a_cue(self, word):
        """Other words are not cues."""
        assert (None, None) == (cue_lemma(word), cue_tier(word))

    def test_every_form_is_lower_case(self):
        """The form table is keyed by lower-case words."""
        assert all(form == form.lower() for form in CUE_FORMS)

    def test_speaker_lexicons(self):
        """Pronouns carry a speaker kind; titles are lower-case."""
        assert "person" == PRONOUNS["he"]
        assert "organisation" == PRONOUNS["it"]
        assert all(word == word.lower() for word in TITLE_WORDS)


class TestSpeakerLexicons:
    """The person, group and organisation nouns are inflected consistently."""

    @pytest.mark.parametrize("noun", ["coach", "nurse", "aide", "spokesman", "child", "attorney"])
    def test_every_person_noun_has_its_plural_as_a_group(self, noun):
        """``the coach`` is a person; ``coaches`` a group."""
        assert noun in PERSON_NOUNS
        assert _plural(noun) in GROUP_NOUNS

    @pytest.mark.parametrize("noun", ["automaker", "chipmaker", "drugmaker", "utility", "insurer"])
    def test_company_nouns_are_organisation_heads(self, noun):
        """Kinds of company, including *maker nouns, head organisation nominals."""
        assert noun in ORGANISATION_HEADS

    @pytest.mark.parametrize("noun", ["lawmaker", "policymaker", "filmmaker"])
    def test_makers_that_are_people_are_not_organisations(self, noun):
        """*maker nouns naming people are not organisation heads."""
        assert noun not in ORGANISATION_HEADS
