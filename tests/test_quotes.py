"""Tests for quote extraction and attribution (``newsmodel.extract_quotes``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _one(text):
    """Return the only quote in ``text``."""
    quotes = extract_quotes(text)
    assert 1 == len(quotes), [q.text for q in quotes]
    return quotes[0]


class TestMarks:
    """Quote marks: pairing, apostrophes, nesting, paragraphs and unbalanced input."""

    @pytest.mark.parametrize(
        "text",
        [
            "Russia's army advanced.",
            "They played rock 'n' roll in the '90s at the Jones' house.",
            "They played rock ’n’ roll in the ’90s at the Joneses’ house.",
            "The ministers’ plan didn’t work, officials’ notes show.",
            "I ’d rather not, he thought of the 'em dash.",
        ],
    )
    def test_apostrophes_are_not_quotes(self, text):
        """Apostrophes in words, elisions and possessives never open or close a quote."""
        assert () == extract_quotes(text)

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ('"We will win," she said.', "We will win,"),
            ("“We will win,” she said.", "We will win,"),
            ('“We will win," she said.', "We will win,"),
            ("«We will win», she said.", "We will win"),
            ("„We will win“, she said.", "We will win"),
            ("‹We will win›, she said.", "We will win"),
            ("'We will win,' she said.", "We will win,"),
            ("‘We will win,’ she said.", "We will win,"),
        ],
    )
    def test_mark_styles(self, text, content):
        """Straight, curly, guillemet, German and single marks all delimit a quote."""
        quote = _one(text)
        assert content == quote.text
        assert "said" == quote.attribution.cue

    def test_nested_quote_is_marked(self):
        """A quote inside a quote stays inside the outer one and is listed in ``marked``."""
        text = "\"When the officer yelled 'drop it,' I froze,\" said Lisa Grant."
        quote = _one(text)
        assert "When the officer yelled 'drop it,' I froze," == quote.text
        assert ["drop it,"] == [s.slice(text) for s in quote.marked]
        assert "Lisa Grant" == quote.speaker

    def test_multi_paragraph_quote(self):
        """A paragraph that opens a quote and the next that reopens it form one quote."""
        text = (
            "Governor Lena Park said the state had run out of options.\n\n"
            '"We asked for help three times.\n\n'
            '"We are not going to wait any more," Park said.'
        )
        quotes = extract_quotes(text)
        quote = _find(quotes, "We asked", QuoteKind.DIRECT)
        assert 2 == len(quote.spans)
        assert (1, 2) == quote.paragraphs
        assert "We asked for help three times. We are not going to wait any more," == quote.text
        assert "Lena Park" == quote.speaker

    def test_unclosed_mark_does_not_swallow_the_article(self):
        """An opening mark never closed inside a sentence is not a quote and swallows nothing."""
        text = 'The so-called "plan was published on Tuesday.\n\nOfficials said it was late.'
        quotes = extract_quotes(text)
        assert ["it was late"] == [q.text for q in quotes]

    def test_unclosed_quote_with_attribution(self):
        """A quote missing its closing mark is cut at the attribution."""
        quote = _one('"We will not accept this deal, said union leader Karl Becker.')
        assert "We will not accept this deal," == quote.text
        assert "Karl Becker" == quote.speaker

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            ('The so-called "peace plan" was published on Tuesday.', "peace plan"),
            ('"Operation Dawn" began in 2019.', "Operation Dawn"),
            ("Her 'fast-track' scheme began in spring.", "fast-track"),
            ("Fans waved banners reading „Nie wieder“ at the gate.", "Nie wieder"),
        ],
    )
    def test_scare_quotes_and_titles_are_unattributed_partials(self, text, content):
        """A marked fragment no cue governs is a partial quote without attribution."""
        quote = _one(text)
        assert (content, QuoteKind.PARTIAL, None) == (quote.text, quote.kind, quote.attribution)

    def test_scare_quote_inherits_nothing(self):
        """A scare quote right after an attributed quote does not inherit its speaker."""
        text = '"We won," said Ada Roe.\nThe "miracle" was replayed all night.'
        quote = _find(extract_quotes(text), "miracle", QuoteKind.PARTIAL)
        assert quote.attribution is None

    @pytest.mark.parametrize(
        "text", ["‹ Nous sommes prêts ›", "‹ Nous sommes prêts ›, a-t-il dit."]
    )
    def test_short_whole_sentence_is_direct(self, text):
        """A short quote that is its whole sentence, with no speaker, is a direct quote."""
        quote = _one(text)
        assert (QuoteKind.DIRECT, None) == (quote.kind, quote.attribution)

    def test_nickname_is_not_a_quote(self):
        """A nickname in marks after ``known as`` is part of the speaker, not a quote."""
        quotes = extract_quotes('"Nobody blinks," said a veteran dealer known as "Tiny".')
        assert ["Nobody blinks,"] == [q.text for q in quotes]


class TestPatterns:
    """The attribution patterns of QUOTES.md section 2."""

    @pytest.mark.parametrize(
        ("text", "speaker", "mention", "cue"),
        [
            ('"We will respond," Jane Roe said.', "Jane Roe", "Jane Roe", "said"),
            (
                '"We will respond," said Jane Roe, a ministry spokeswoman.',
                "Jane Roe",
                "Jane Roe",
                "said",
            ),
            (
                '"We will respond," the ministry told reporters.',
                None,
                "the ministry",
                "told reporters",
            ),
            ('Jane Roe told the BBC: "We will respond."', "Jane Roe", "Jane Roe", "told the BBC"),
            (
                '"We will respond," the Kremlin said in a statement.',
                "Kremlin",
                "the Kremlin",
                "said in a statement",
            ),
            ('"We will respond," according to Jane Roe.', "Jane Roe", "Jane Roe", "according to"),
            (
                '"We will respond." — Commissioner Jane Roe',
                "Jane Roe",
                "Commissioner Jane Roe",
                "—",
            ),
            (
                '"We will respond," Jane Roe, a doctor at the city hospital, said.',
                "Jane Roe",
                "Jane Roe",
                "said",
            ),
            (
                '"We will respond," Kremlin spokesman Dmitry Peskov said.',
                "Dmitry Peskov",
                "Kremlin spokesman Dmitry Peskov",
                "said",
            ),
        ],
    )
    def test_direct_attribution(self, text, speaker, mention, cue):
        """Each direct-quote pattern yields the speaker, the mention and the cue."""
        quote = _one(text)
        attribution = quote.attribution
        assert (speaker, mention, cue) == (
            attribution.speaker,
            attribution.mention,
            attribution.cue,
        )
        assert mention == attribution.mention_span.slice(text)
        assert cue == attribution.cue_span.slice(text)

    def test_header_attribution(self):
        """A lead-in paragraph ending with a colon attributes the quote paragraph after it."""
        quote = _one('And from Chairwoman Jane Roe:\n\n"We will not back down."')
        assert ("Jane Roe", ":") == (quote.speaker, quote.attribution.cue)

    def test_headline_colon(self):
        """``Name: "Q"`` (a headline or caption lead-in) attributes with the colon as cue."""
        quote = _one('Putin: "We will respond to any attack"')
        assert ("Putin", ":") == (quote.speaker, quote.attribution.cue)

    def test_pronoun_to_name_with_aside(self):
        """He/she resolve to a sentence-initial name followed by an aside (``Ana Ruiz, 34,``)."""
        text = 'John Smith, 45, lost his house in the fire.\n\n"It is all gone," he said.'
        assert "John Smith" == _one(text).speaker

    def test_nickname_in_marks_is_part_of_the_speaker(self):
        """A nickname in marks inside the speaker is the speaker, not a quote."""
        text = '"There is no buyer," said a trader known as "Sparky" who has worked the pit.'
        quote = _one(text)
        assert ("Sparky", 'a trader known as "Sparky"') == (
            quote.speaker,
            quote.attribution.mention,
        )

    def test_apposition_gives_role(self):
        """An apposition after the name becomes the role."""
        quote = _one('"We will respond," said Jane Roe, a ministry spokeswoman.')
        assert "ministry spokeswoman" == quote.attribution.role

    @pytest.mark.parametrize(
        "text",
        [
            '"We lost everything," she said, "and nobody came."',
            '"We lost everything," she said. "And nobody came."',
            '"We lost everything," she said on Sunday. "And nobody came."',
        ],
    )
    def test_split_quote_is_one_quote(self, text):
        """A quote split by its attribution is one quote with two pieces."""
        quote = _one(text)
        assert 2 == len(quote.spans)
        assert "said" == quote.attribution.cue

    def test_adding_colon(self):
        """``..., adding: "Q"`` attributes Q to the same speaker."""
        text = 'Mayor Carla Benn said fees would rise, adding: "Nobody likes parking charges."'
        quote = _find(extract_quotes(text), "Nobody likes", QuoteKind.DIRECT)
        assert ("Carla Benn", "adding") == (quote.speaker, quote.attribution.cue)

    @pytest.mark.parametrize(
        ("text", "content", "speaker", "cue"),
        [
            (
                "The central bank said on Tuesday that it would hold rates.",
                "it would hold rates",
                None,
                "said",
            ),
            (
                "Rates will stay on hold, the central bank said.",
                "Rates will stay on hold",
                None,
                "said",
            ),
            ("Russia said it was ready to talk.", "it was ready to talk", "Russia", "said"),
            (
                "According to the UN, 40,000 people have fled.",
                "40,000 people have fled",
                "UN",
                "According to",
            ),
            (
                "At least 12 people died, according to local officials.",
                "At least 12 people died",
                "local officials",
                "according to",
            ),
            (
                "The minister told parliament that the plan was dead.",
                "the plan was dead",
                None,
                "told parliament",
            ),
            (
                "As the minister said last week, the economy is strong.",
                "the economy is strong",
                None,
                "said",
            ),
            (
                "Witnesses said the gunman fired at least 20 shots.",
                "the gunman fired at least 20 shots",
                "Witnesses",
                "said",
            ),
        ],
    )
    def test_indirect(self, text, content, speaker, cue):
        """Reported speech: the clause is the content, without the final stop."""
        quote = _one(text)
        assert (QuoteKind.INDIRECT, content) == (quote.kind, quote.text)
        assert (speaker, cue) == (quote.speaker, quote.attribution.cue)

    @pytest.mark.parametrize(
        "text",
        [
            "The report found the agency had overspent.",
            "Analysts expect the bank to hold rates.",
            "He said goodbye to his staff.",
            "It is said to be the oldest bridge in Europe.",
            "She asked the court to delay the hearing.",
            "The company reported a profit of $3 billion in the third quarter.",
            "He added a new line to the poem before the reading.",
            "The agency warned residents to stay indoors.",
            "She denied the allegations and resigned.",
            "Officials estimated the cost at $4 million.",
            "The government announced a new tax on sugar.",
            "Police urged drivers to avoid the area.",
            "He wrote a book about the war.",
            "When he said it, nobody laughed.",
        ],
    )
    def test_not_reported_speech(self, text):
        """Risky cues without ``that``, and cues without a clause, give no reported speech."""
        assert () == extract_quotes(text)

    def test_mixed_quote(self):
        """A quoted fragment in a reported clause: a mixed quote and a partial one."""
        text = 'The ministry said it would avoid a "disorderly exit" from the programme.'
        quotes = extract_quotes(text)
        mixed = _find(quotes, "it would avoid", QuoteKind.MIXED)
        partial = _find(quotes, "disorderly exit", QuoteKind.PARTIAL)
        assert ["disorderly exit"] == [s.slice(text) for s in mixed.marked]
        assert mixed.attribution == partial.attribution


class TestSpeakers:
    """Speaker resolution: pronouns, nominals, organisations, inheritance."""

    def test_pronoun_without_antecedent(self):
        """A pronoun with nobody named before it leaves the speaker unresolved."""
        quote = _one('"Fine," she said.')
        assert (None, "she", SpeakerKind.PERSON) == (
            quote.speaker,
            quote.attribution.mention,
            quote.attribution.speaker_kind,
        )

    def test_pronoun_to_titled_name(self):
        """He/she resolve to a titled name mentioned just before, even if not a speaker."""
        text = 'Foreign Minister Ines Varga met her counterpart.\n"We agree," she said.'
        assert "Ines Varga" == _one(text).speaker

    def test_surname_to_full_name(self):
        """A later surname mention resolves to the full name given earlier."""
        text = 'Senator Dana Whitfield said the bill would fail.\n"The votes aren\'t there," Whitfield said.'
        quotes = extract_quotes(text)
        assert ["Dana Whitfield", "Dana Whitfield"] == [q.speaker for q in quotes]

    def test_nominal_to_organisation(self):
        """``the ministry`` resolves to the ministry named earlier."""
        text = (
            "The Russian Defence Ministry said it had shot down 14 drones.\n"
            '"All were destroyed," the ministry said.'
        )
        quote = _find(extract_quotes(text), "All were", QuoteKind.DIRECT)
        assert ("Russian Defence Ministry", SpeakerKind.ORGANISATION) == (
            quote.speaker,
            quote.attribution.speaker_kind,
        )

    def test_spokesman_to_person(self):
        """``the spokesman`` resolves to the person named with that title."""
        text = (
            "Iran's foreign ministry spokesman Nasser Karimi said Tehran would respond.\n"
            '"It will be decisive," the spokesman said.'
        )
        quote = _find(extract_quotes(text), "It will be", QuoteKind.DIRECT)
        assert "Nasser Karimi" == quote.speaker

    def test_follow_on_paragraph_inherits(self):
        """A quote paragraph with no cue inherits the previous quote's speaker, not its cue."""
        text = '"We tried everything," said Priya Nair.\n"Every week there are more families."'
        quotes = extract_quotes(text)
        assert ["Priya Nair", "Priya Nair"] == [q.speaker for q in quotes]
        assert (None, None) == (quotes[1].attribution.cue, quotes[1].attribution.mention)

    def test_orphan_quote(self):
        """A quote with no attributed quote before it has no attribution."""
        text = 'The agency declined to comment.\n\n"The numbers speak for themselves."'
        assert None is _one(text).attribution

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            (
                "Officials in Maricopa County said they had finished.",
                "Officials in Maricopa County",
            ),
            (
                "A source familiar with the talks told Reuters the deal was close.",
                "A source familiar with the talks",
            ),
            ("Her office later said the post had been misread.", "Her office"),
        ],
    )
    def test_post_modified_and_possessive_subjects(self, text, mention):
        """Subjects with a prepositional post-modifier or a possessive determiner are read whole."""
        assert mention == _one(text).attribution.mention

    def test_company_nominal(self):
        """A bare company name is an organisation, and ``the planemaker`` refers back to it."""
        text = "Airbus said it delivered 67 jets.\nThe planemaker said it remained on track."
        quotes = extract_quotes(text)
        assert ["Airbus", "Airbus"] == [q.speaker for q in quotes]
        assert SpeakerKind.ORGANISATION == quotes[0].attribution.speaker_kind

    def test_two_people_same_surname(self):
        """Two people sharing a surname stay apart, and he/she follow the nearest one."""
        text = (
            "Maria Chen and her husband, David, lost their restaurant.\n"
            '"We had 20 years in that building," she said.\n'
            'David Chen said they would reopen. "We\'re not quitters," he said.'
        )
        speakers = [q.speaker for q in extract_quotes(text)]
        assert ["Maria Chen", "David Chen", "David Chen"] == speakers

    def test_they_prefers_groups(self):
        """``they`` resolves to a group or organisation before a person."""
        text = (
            "Rescuers found a girl alive, officials said.\n"
            '"It\'s a miracle," rescue worker Ahmet Yilmaz told AFP.\n'
            "They said the search would continue."
        )
        quote = _find(extract_quotes(text), "the search", QuoteKind.INDIRECT)
        assert "officials" == quote.speaker

    def test_group_speaker(self):
        """Plural nouns such as ``officials`` are group speakers."""
        quote = _one("Officials said no one else was hurt.")
        assert ("Officials", SpeakerKind.GROUP) == (quote.speaker, quote.attribution.speaker_kind)


class TestParagraphs:
    """The paragraph interface used by ``parse_article``."""

    def test_quotes_in_paragraphs_indexes(self):
        """``Quote.paragraphs`` index the given paragraph spans."""
        from newsmodel import Span
        from newsmodel._parse_quotes import quotes_in_paragraphs

        text = 'Headline\n\n"We will respond," Jane Roe said.'
        quotes = quotes_in_paragraphs(text, [Span(0, 8), Span(10, len(text))])
        assert [(1,)] == [q.paragraphs for q in quotes]

    def test_nothing_outside_the_paragraphs(self):
        """Text outside the given paragraph spans is ignored."""
        from newsmodel import Span
        from newsmodel._parse_quotes import quotes_in_paragraphs

        text = '"We will respond," Jane Roe said.\n\nOfficials said it was late.'
        quotes = quotes_in_paragraphs(text, [Span(35, len(text))])
        assert ["it was late"] == [q.text for q in quotes]


class TestSplitMultiParagraph:
    """A split quote whose second part runs on over paragraphs is one quote."""

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Intro.\n\n“We did not expect it,” says Ana Ruiz. “The first time, we thought "
                "the sample was bad.\n\n“So we repeated it. Six times.”\n\nThe end."
            ),
            (
                'Intro.\n\n"It is settled," Dalton said. "We would be ignoring it.\n\n'
                '"Are there going to be pains? Yes."\n\nBoard members voted.'
            ),
        ],
    )
    def test_one_quote_three_pieces(self, text):
        (quote,) = [q for q in extract_quotes(text) if q.kind is QuoteKind.DIRECT]
        assert 3 == len(quote.spans)
        assert (1, 2) == quote.paragraphs
        assert quote.attribution is not None
        assert quote.attribution.speaker in {"Ana Ruiz", "Dalton"}

    def test_an_attribution_after_the_run_on_part_stops_the_join(self):
        text = '"We are done," Dalton said. "It is over.\n\n"Nothing more," Mayor Ed Cole said.'
        quotes = [q for q in extract_quotes(text) if q.kind is QuoteKind.DIRECT]
        assert ["We are done,"] == [q.text for q in quotes if q.attribution.speaker == "Dalton"]


@pytest.fixture(scope="module")
def passages():
    """Load the annotated passages of tests/data/quotes_eval.json once per module."""
    path = _DATA / "quotes_eval.json"
    return json.loads(path.read_text(encoding="utf-8"))["passages"]


_DATA = Path(__file__).parent / "data"
_BLIND_SETS = sorted(p.name for p in _DATA.glob("quotes_blind*.json"))


@pytest.mark.parametrize("name", _BLIND_SETS)
def test_blind_set_offsets_match_substrings(name):
    """Every gold span of every blind set slices its passage to the stored substring."""
    data = json.loads((_DATA / name).read_text(encoding="utf-8"))
    assert data["description"]
    for passage in data["passages"]:
        text = passage["text"]
        for quote in passage["quotes"]:
            assert quote["kind"] in {"direct", "partial", "indirect", "mixed"}
            spans = [*quote["content"], *(quote[key] for key in ("mention", "cue") if quote[key])]
            for span in spans:
                assert span["text"] == text[span["start"] : span["end"]], passage["id"]


class TestEvalSet:
    """The annotated evaluation passages in tests/data/quotes_eval.json."""

    def test_size_and_coverage(self, passages):
        """At least 60 passages, from several outlets, covering every quote kind."""
        assert len(passages) >= 60
        assert len({p["style"] for p in passages}) >= 8
        kinds = {q["kind"] for p in passages for q in p["quotes"]}
        assert {"direct", "partial", "indirect", "mixed"} == kinds

    def test_gold_offsets_match_substrings(self, passages):
        """Every gold span slices its passage to the stored substring."""
        for passage in passages:
            text = passage["text"]
            for quote in passage["quotes"]:
                spans = list(quote["content"])
                spans += [quote[key] for key in ("mention", "cue") if quote[key]]
                for span in spans:
                    assert span["text"] == text[span["start"] : span["end"]], passage["id"]

    def test_quoted_speech_scores(self, passages):
        """Direct and partial quotes reach F1 >= 0.95 at 80 % overlap on the set."""
        import importlib.util
        from pathlib import Path

        path = Path(__file__).parent.parent / "bench" / "quotes_eval.py"
        spec = importlib.util.spec_from_file_location("quotes_eval", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        results, _ = module.evaluate(passages)
        assert results["quoted"]["overlap80"]["f1"] >= 0.95
        assert results["quoted"]["speaker_accuracy"] >= 0.92
        assert results["reported"]["overlap80"]["precision"] >= 0.85


def _check_quotes(text, quotes, *, lines_are_paragraphs=True):
    """Assert the structural invariants of ``quotes`` over ``text``."""
    for quote in quotes:
        assert quote.spans
        previous_end = -1
        for span in quote.spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert span.start >= previous_end
            previous_end = span.end
        assert quote.text == " ".join(s.slice(text) for s in quote.spans)
        assert quote.span.start == quote.spans[0].start
        assert quote.span.end == quote.spans[-1].end
        if lines_are_paragraphs:
            for span in quote.spans:
                assert "\n" not in span.slice(text)
        attribution = quote.attribution
        if attribution is not None:
            if attribution.mention_span is not None:
                assert attribution.mention == attribution.mention_span.slice(text)
            if attribution.cue_span is not None:
                assert attribution.cue == attribution.cue_span.slice(text)


_NEWSY = st.lists(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "‹",
            "›",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            ":",
            " said",
            " says",
            " told reporters",
            " according to",
            " he",
            " she",
            " the ministry",
            " Jane Roe",
            " that",
            " We will",
            " respond",
            " Russia's",
            " rock 'n' roll",
            " adding",
            " —",
        ]
    ),
    max_size=60,
).map("".join)


class TestProperties:
    """Never raise, valid spans, and stable results, on any string."""

    @given(st.text())
    def test_any_text(self, text):
        """Any string gives quotes with valid spans."""
        _check_quotes(text, extract_quotes(text))

    @given(_NEWSY)
    def test_newsy_text(self, text):
        """Strings built from marks, cues and names give quotes with valid spans."""
        _check_quotes(text, extract_quotes(text))

    @given(_NEWSY, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8))
    def test_any_paragraph_spans(self, text, bounds):
        """Arbitrary, unordered or overlapping paragraph spans never break the invariants."""
        from newsmodel import Span
        from newsmodel._parse_quotes import quotes_in_paragraphs

        spans = [Span(min(a, b), max(a, b)) for a, b in bounds]
        quotes = quotes_in_paragraphs(text, spans)
        _check_quotes(text, quotes, lines_are_paragraphs=False)
        for quote in quotes:
            assert all(0 <= index < len(spans) for index in quote.paragraphs)

    @given(_NEWSY)
    def test_trailing_whitespace(self, text):
        """Adding trailing whitespace changes nothing."""
        assert extract_quotes(text) == extract_quotes(text + "  \n\n ")

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "\n\n\n",
            '"',
            '""',
            '" "',
            "“”",
            "”“",
            "'",
            "’",
            "said",
            "according to",
            "according",
            ", said",
            '"x," said',
            '"x," said the',
            '"x," —',
            '"x," he said, \'',
            "A said that",
            "A said that.",
            "the said, said, said.",
            "„“”“„",
            "« » ‹ ›",
            '"Q," he said, "',
            'said: "',
            '\x00"\ud7ff"',
            '\u2028"We will\u2029respond," she said.',
            " respondé\t», respond (. —‘ according to,‹,:'90s respond\t We will",
            "He respondé, respond that it was.",
        ],
    )
    def test_hostile_strings(self, text):
        """Degenerate and hostile inputs never raise."""
        _check_quotes(text, extract_quotes(text))

    def test_not_a_string(self):
        """A non-string is refused with the library's input error."""
        with pytest.raises(newsmodel.InputTypeError):
            extract_quotes(b'"bytes," she said.')


class TestHostileRepetition:
    """Hostile repeated units parse to valid quotes (their timing is measured by bench/scaling.py)."""

    @pytest.mark.parametrize(
        "unit",
        [
            '"',
            "“",
            '"\n',
            "“‘",
            "he said ",
            "Smith said it was fine. ",
            "Dana Smith said it was fine. ",
            "The minister said. ",
            "'a' ",
            '"We will respond," Jane Roe said. ',
        ],
    )
    def test_repeated(self, unit):
        """A unit repeated to about 20 KB gives quotes whose spans are valid and in order."""
        text = unit * max(1, 20_000 // len(unit))
        _check_quotes(text, extract_quotes(text))


class TestLoneMarks:
    """Runs of one-character paragraphs holding quote marks (a fast path in the parser)."""

    def test_marks_alternating_with_line_breaks_give_nothing(self):
        """Lone marks on their own lines open only empty quotes: no quote at all."""
        assert extract_quotes('"\n“\n”\n' * 1000) == ()

    def test_lone_openers_continued_by_a_paragraph(self):
        """Lone openers before a quote paragraph are pieces of that quote."""
        (quote,) = extract_quotes('"\n“\n“We will fight on to the end," the minister said.')
        assert quote.text == "We will fight on to the end,"
        assert quote.kind == QuoteKind.DIRECT
        assert quote.paragraphs == (0, 1, 2)
        assert quote.attribution.cue == "said"

    def test_lone_openers_after_a_lead_in(self):
        """A lead-in ending with a colon before lone openers: same quote, same paragraphs."""
        (quote,) = extract_quotes('He said:\n"\n“\n“We will fight on," he said.')
        assert quote.text == "We will fight on,"
        assert quote.paragraphs == (1, 2, 3)

    def test_lone_openers_continue_a_pending_quote(self):
        """Lone openers after an unclosed quote join it until a paragraph closes it."""
        (quote,) = extract_quotes(
            '“We will not give up this fight,\n"\n“\nand we will win," she said.'
        )
        assert quote.text == "We will not give up this fight,"
        assert quote.paragraphs == (0, 1, 2)


class TestBlind9Rules:
    """General rules added after the blind9 first run; every sentence here is invented."""

    @pytest.mark.parametrize(
        "text",
        [
            'Governor Rosa Delgado opened the bridge on Friday.\n\n"It took ten years," Ms Delgado said.',
            'Rosa Delgado opened the bridge on Friday.\n\n"It took ten years," Delgado said.',
        ],
    )
    def test_surname_resolves_to_a_full_name_mentioned_before(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Rosa Delgado"

    def test_a_sentence_initial_word_is_not_a_given_name(self) -> None:
        text = 'On Friday Delgado flew home.\n\n"It took ten years," Delgado said.'
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Delgado"

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "Rainfall could stay low until the end of the season, the State Weather "
                    "Service said, as farmers asked for help."
                ),
                "State Weather Service",
            ),
            (
                (
                    "The ferry line will close in May after 90 years, the Transport Ministry "
                    "has confirmed, in a move islanders called a betrayal."
                ),
                "Transport Ministry",
            ),
            (
                (
                    "Exports of timber will rise by a fifth next year, Deputy Trade Minister "
                    "Oleg Varin told reporters on the sidelines of a trade fair."
                ),
                "Oleg Varin",
            ),
        ],
    )
    def test_sentence_final_attribution_with_a_trailing_adjunct(
        self, text: str, speaker: str
    ) -> None:
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.attribution is not None
        assert quote.attribution.speaker == speaker
        assert text.startswith(quote.text)

    def test_an_agency_dateline_after_an_abbreviated_state_is_not_content(self) -> None:
        text = "ASHLAND, Ore. (AP) — The pass reopened on Sunday, state officials said."
        (quote,) = extract_quotes(text)
        assert quote.text == "The pass reopened on Sunday"

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            (
                '"Boil your water," the water board said in a public notice.',
                "said in a public notice",
            ),
            (
                "The coastguard said in a text message to reporters that the crew was safe.",
                "said in a text message",
            ),
            (
                "The weather office said in a bulletin that the cyclone would weaken.",
                "said in a bulletin",
            ),
            (
                "Judge Ama Boateng wrote in a dissent that the court had lost its way.",
                "wrote in a dissent",
            ),
        ],
    )
    def test_modified_nominal_source_extends_the_cue(self, text: str, cue: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.cue == cue

    def test_acronym_of_an_organisation_speaker_resolves_to_its_full_name(self) -> None:
        text = (
            "The Coastal Ferry Authority (CFA) said on Sunday crossings would resume.\n\n"
            '"Check the timetable before travelling," the CFA said.\n\n'
            "The Ministry of Transport said it would review the schedule.\n\n"
            "The MoT said the review would take a month."
        )
        speakers = [q.speaker for q in extract_quotes(text)]
        assert speakers == [
            "Coastal Ferry Authority",
            "Coastal Ferry Authority",
            "Ministry of Transport",
            "Ministry of Transport",
        ]

    def test_acronym_of_an_organisation_that_has_not_spoken_is_kept(self) -> None:
        text = (
            "The National Grid Office cut power to two towns.\n\n"
            '"Repairs will take a week," the NGO said.'
        )
        (quote,) = extract_quotes(text)
        assert quote.speaker == "NGO"

    def test_bracketed_acronym_between_speaker_and_cue(self) -> None:
        text = '"The border is calm," the Northern Defence Staff (NDS) said on Monday.'
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Northern Defence Staff"
        assert quote.attribution is not None
        assert quote.attribution.cue == "said"

    @pytest.mark.parametrize(
        "text",
        [
            (
                '"Wheat is a bubble," a veteran grain trader known as "Dusty" said on Monday. '
                '"Nobody sees it."'
            ),
            '"Wheat is a bubble," a grain trader known as "Dusty" said. "Nobody sees it."',
        ],
    )
    def test_nickname_between_speaker_and_cue_keeps_the_split_quote(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Dusty"
        assert len(quote.spans) == 2

    @pytest.mark.parametrize(
        "text",
        [
            '"The wells are dry," said Tomas Berrio of the Andean Water Network.',
            '"The wells are dry," said Tomas Berrio from the Andean Water Network.',
        ],
    )
    def test_affiliation_after_a_name_is_not_the_name(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Tomas Berrio"

    @pytest.mark.parametrize(
        "text",
        [
            "Minister for Fisheries Orla Quigley said the quota would be cut.",
            "Secretary of State for Trade Orla Quigley said the quota would be cut.",
            '"The quota will be cut," said Minister for Fisheries Orla Quigley.',
        ],
    )
    def test_title_with_a_for_complement_before_a_name(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Orla Quigley"

    def test_surname_before_a_hyphenated_given_name(self) -> None:
        text = 'Councillor Kevin Chan Wing-kei was unmoved. "The lifts broke again," Chan said.'
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Kevin Chan Wing-kei"

    def test_first_word_of_an_organisation_speaker_is_that_organisation(self) -> None:
        text = (
            "Tarvik Bank said on Monday it would cut 400 jobs.\n\n"
            "Tarvik said in a statement that most cuts would fall on branches."
        )
        assert [q.speaker for q in extract_quotes(text)] == ["Tarvik Bank", "Tarvik Bank"]

    @pytest.mark.parametrize(
        "text",
        [
            "Congress MLA Ravi Menon said the road had been washed away.",
            "Green MEP Ravi Menon said the road had been washed away.",
            '"The road is gone," NRA chair Ravi Menon said.',
        ],
    )
    def test_acronym_titles_are_not_part_of_the_name(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Ravi Menon"

    def test_speech_verb_after_but_shares_the_subject(self) -> None:
        text = (
            "Trade Minister Ilse Varga said the tariff would be reviewed in May "
            'but insisted the rate was "final for now".'
        )
        kinds = {(q.kind, q.text, q.speaker) for q in extract_quotes(text)}
        assert kinds == {
            (QuoteKind.INDIRECT, "the tariff would be reviewed in May", "Ilse Varga"),
            (QuoteKind.MIXED, 'the rate was "final for now"', "Ilse Varga"),
            (QuoteKind.PARTIAL, "final for now", "Ilse Varga"),
        }

    def test_quoted_predicate_after_a_subject_pronoun(self) -> None:
        text = 'The regulator said it "will not hesitate to act" if prices rose.'
        kinds = {(q.kind, q.text) for q in extract_quotes(text)}
        assert kinds == {
            (QuoteKind.MIXED, 'it "will not hesitate to act" if prices rose'),
            (QuoteKind.PARTIAL, "will not hesitate to act"),
        }

    def test_quoted_object_of_a_risky_verb_is_a_fragment(self) -> None:
        text = 'The inspector said the hospital had shown "a worrying laxity" in March.'
        mixed, partial = extract_quotes(text)
        assert mixed.kind is QuoteKind.MIXED
        assert partial.kind is QuoteKind.PARTIAL
        assert partial.attribution is not None
        assert partial.attribution.cue == "said"
        assert partial.attribution.mention == "The inspector"

    @pytest.mark.parametrize(
        ("text", "content", "speaker"),
        [
            (
                "Dockers' unions warned on Friday that they would strike in June.",
                "they would strike in June",
                "Dockers' unions",
            ),
            (
                "Growers in this hill district say a late frost has ruined the tea crop.",
                "a late frost has ruined the tea crop",
                "Growers in this hill district",
            ),
            (
                "Rents could rise by a tenth next year, Baird & Lusk analyst Petra Holm wrote.",
                "Rents could rise by a tenth next year",
                "Petra Holm",
            ),
            (
                "The agency DPN quoted Energy Minister Karl Ostrow as saying the pipeline had leaked.",
                "the pipeline had leaked",
                "Karl Ostrow",
            ),
            (
                "Ostrow said the ministry expected the repairs to take a week.",
                "the ministry expected the repairs to take a week",
                "Ostrow",
            ),
        ],
    )
    def test_more_reported_speech_subjects(self, text: str, content: str, speaker: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.text == content
        assert quote.speaker == speaker

    def test_unnamed_sources(self) -> None:
        text = (
            '"The deal is dead," said one NATO diplomat, who asked not to be named. '
            '"Nobody will sign."\n\n'
            "One former patient, who did not want to be identified, told the Herald: "
            '"The ward was filthy."\n\n'
            '"She was brilliant," said one person who worked with her for years.'
        )
        diplomat, patient, colleague = extract_quotes(text)
        assert len(diplomat.spans) == 2
        assert diplomat.attribution is not None
        assert diplomat.attribution.mention == "one NATO diplomat"
        assert patient.attribution is not None
        assert patient.attribution.mention == "One former patient"
        assert patient.attribution.cue == "told the Herald"
        assert colleague.attribution is not None
        assert colleague.attribution.mention == "one person who worked with her for years"
        assert {diplomat.speaker, patient.speaker, colleague.speaker} == {None}

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "The road is closed, according to the bridge's owner, Fenwick Holdings.",
                "The road is closed",
            ),
            (
                "According to the bridge's owner, Fenwick Holdings, the road is closed.",
                "the road is closed",
            ),
        ],
    )
    def test_apposed_name_after_according_to_a_nominal(self, text: str, content: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.text == content
        assert quote.speaker == "Fenwick Holdings"
        assert quote.attribution is not None
        assert quote.attribution.role == "bridge's owner"

    def test_bracketed_acronym_after_according_to(self) -> None:
        text = "According to the National Grid Office (Natgrid), demand fell 3 per cent."
        (quote,) = extract_quotes(text)
        assert quote.text == "demand fell 3 per cent"
        assert quote.speaker == "National Grid Office"

    def test_participle_fragment_takes_the_sentence_subject(self) -> None:
        text = 'Norway\'s Fisheries Ministry on Friday condemned the raid, calling it "piracy."'
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.PARTIAL
        assert quote.speaker == "Norway's Fisheries Ministry"
        assert quote.attribution is not None
        assert quote.attribution.cue == "calling"

    @pytest.mark.parametrize(
        "text",
        [
            '"We lost everything," he said, his hands shaking. "The house, the car."',
            '"We lost everything," he said, smiling. "The house, the car."',
            '"We lost everything," he said, shaking his head. "The house, the car."',
        ],
    )
    def test_absolute_phrase_after_the_cue_keeps_the_split_quote(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert len(quote.spans) == 2

    def test_pronoun_after_a_surname_subject_of_the_sentence_before(self) -> None:
        text = (
            '"You betrayed the town," Magistrate Ewan Pryce told Nadia Holt.\n\n'
            'Holt, 58, wept in the dock. "I am ashamed," she said.'
        )
        _, quote = extract_quotes(text)
        assert quote.speaker == "Nadia Holt"

    def test_programme_title_after_the_cue_is_not_a_piece(self) -> None:
        text = (
            'Senator Ilona Varkas was blunt. "It is theatre," she said on "Morning Live," '
            'adding that the budget was "dead on arrival."'
        )
        found = {(q.kind, q.text, q.speaker) for q in extract_quotes(text)}
        assert found == {
            (QuoteKind.DIRECT, "It is theatre,", "Ilona Varkas"),
            (QuoteKind.PARTIAL, "Morning Live,", None),
            (QuoteKind.MIXED, 'the budget was "dead on arrival."', "Ilona Varkas"),
            (QuoteKind.PARTIAL, "dead on arrival.", "Ilona Varkas"),
        }

    def test_nominal_after_but_with_an_aside(self) -> None:
        text = (
            "But an officer of the Coastal Guard Brigade, speaking on condition of anonymity, "
            "told reporters that the patrols would continue."
        )
        (quote,) = extract_quotes(text)
        assert quote.text == "the patrols would continue"
        assert quote.attribution is not None
        assert quote.attribution.mention == "an officer of the Coastal Guard Brigade"

    def test_retired_rank_note_is_part_of_the_title(self) -> None:
        text = 'Captain (retd) Alun Breck, who commanded the unit, said: "It was a fine unit."'
        (quote,) = extract_quotes(text)
        assert quote.speaker == "Alun Breck"
        assert quote.attribution is not None
        assert quote.attribution.role == "Captain (retd)"

    def test_name_given_by_a_group_in_a_relative_clause(self) -> None:
        text = (
            "Police detained 40 people, the interior ministry said, in a sweep that "
            'rights groups called "collective punishment".'
        )
        quotes = extract_quotes(text)
        (partial,) = [q for q in quotes if q.kind is QuoteKind.PARTIAL]
        assert partial.text == "collective punishment"
        assert partial.speaker == "rights groups"
        assert partial.attribution is not None
        assert partial.attribution.cue == "called"

    def test_topic_in_marks_after_comment_on_is_governed(self) -> None:
        text = 'A council spokesman declined to comment on "rumours in the press".'
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.cue == "declined"

    @pytest.mark.parametrize(
        ("text", "content", "mention"),
        [
            (
                "The ferry will not sail on Sunday, said the harbour authority.",
                "The ferry will not sail on Sunday",
                "the harbour authority",
            ),
            (
                "Village school 'left to rot', say parents",
                "Village school 'left to rot'",
                "parents",
            ),
        ],
    )
    def test_inverted_sentence_final_attribution(
        self, text: str, content: str, mention: str
    ) -> None:
        reported = [
            q for q in extract_quotes(text) if q.kind in {QuoteKind.INDIRECT, QuoteKind.MIXED}
        ]
        (quote,) = reported
        assert quote.text == content
        assert quote.attribution is not None
        assert quote.attribution.mention == mention

    def test_inverted_sentence_final_attribution_with_an_apposition(self) -> None:
        text = "The lock gates will reopen in June, said Piet Aalders, a canal board engineer."
        (quote,) = extract_quotes(text)
        assert quote.text == "The lock gates will reopen in June"
        assert quote.speaker == "Piet Aalders"
        assert quote.attribution is not None
        assert quote.attribution.role == "canal board engineer"

    def test_a_surname_ending_in_ers_is_a_person(self) -> None:
        (quote,) = extract_quotes('"The dyke will hold," said Joris Wouters.')
        assert quote.attribution is not None
        assert quote.attribution.speaker_kind is SpeakerKind.PERSON

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                '"Demand is soft," said Ines Corvo, a trader, who added that stocks were high.',
                "stocks were high",
            ),
            (
                "Ines Corvo, who added that stocks were high, left before the vote.",
                "stocks were high",
            ),
        ],
    )
    def test_relative_who_with_a_speech_verb(self, text: str, content: str) -> None:
        (quote,) = [q for q in extract_quotes(text) if q.kind is QuoteKind.INDIRECT]
        assert quote.text == content
        assert quote.speaker == "Ines Corvo"

    def test_sentence_final_attribution_before_a_participle_adjunct(self) -> None:
        text = "The port will close for a week, the harbour board said, citing storm damage."
        (quote,) = extract_quotes(text)
        assert quote.text == "The port will close for a week"

    def test_fragment_named_in_a_relative_clause_goes_to_its_antecedent(self) -> None:
        text = (
            "The council approved the tower on Monday, angering the residents who had "
            'called it "a concrete monster."'
        )
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.PARTIAL
        assert quote.attribution is not None
        assert quote.attribution.mention == "the residents"
        assert quote.attribution.cue == "called"

    def test_base_form_after_a_singular_is_not_an_inverted_attribution(self) -> None:
        assert extract_quotes("The bridge was closed, say the council.") == ()

    def test_family_name_he_after_a_title(self) -> None:
        text = (
            "Deputy Governor He Meiling told reporters that lending would ease.\n\n"
            '"We have room to act," He said.'
        )
        indirect, direct = extract_quotes(text)
        assert indirect.speaker == "He Meiling"
        assert direct.speaker == "He Meiling"


class TestAttributionRules:
    """General rules added after the blind8 first run; every sentence here is invented."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('"Prices are up," said Madam Wong Mei Lin, 61.', "Wong Mei Lin"),
            ('"The bill is dead," said Assemblywoman Rita Ocampo.', "Rita Ocampo"),
            ('"We wait," said County Judge-Executive Dale Burris.', "Dale Burris"),
            (
                "Conservation group Laut Biru said the reef had been dredged.",
                "Laut Biru",
            ),
            ("Peru's state news agency ANDINA said the road was closed.", "ANDINA"),
            (
                "At least 9 people died, according to the Ostrian League for Civil Liberties.",
                "Ostrian League for Civil Liberties",
            ),
        ],
    )
    def test_titles_and_descriptors_are_removed(self, text, speaker):
        """Honorifics, hyphenated titles and lower-case descriptors are not part of the name."""
        assert speaker == extract_quotes(text)[0].speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Grain exports will rise, a Peruvian trade official said Tuesday.", None),
            (
                "Ferries will stop, the Coastal Transport Board (CTB) said on Monday.",
                "Coastal Transport Board",
            ),
            ("Ostra Rail Co. said Friday it has found cracked axles.", "Ostra Rail Co."),
            ("A Tasmanian fisherman says the catch has halved since spring.", None),
            ("Fishermen in Lorca say they have not been paid since May.", "Fishermen in Lorca"),
        ],
    )
    def test_reported_speech_subjects(self, text, speaker):
        """Bare weekdays, bracketed acronyms, ``Co.``, capitalised modifiers, ``-men`` plurals."""
        (quote,) = extract_quotes(text)
        assert QuoteKind.INDIRECT == quote.kind
        assert speaker == quote.speaker

    @pytest.mark.parametrize(
        "text",
        [
            '"The pumps failed," says June Alder, who farms near the lake. "We lost the crop."',
            '"The pumps failed," said Omar Tass, 40, who has fished here for years. "We lost it."',
            '"The pumps failed," said Omar Tass, 40, standing in the mud. "We lost it."',
        ],
    )
    def test_split_quote_across_relative_clause(self, text):
        """A relative clause on the speaker of an inversion does not break a split quote."""
        (quote,) = extract_quotes(text)
        assert 2 == len(quote.spans)
        assert quote.speaker in {"June Alder", "Omar Tass"}

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            ('"We will stay," Mayor Ada Lenz told Radio Nord radio.', "told Radio Nord radio"),
            ('"We will stay," Mayor Ada Lenz told CANAL 9.', "told CANAL 9"),
            ('"We will stay," Mayor Ada Lenz told dpa.', "told dpa"),
            (
                "The port, Harwick Docks, said in a notice that cranes were idle.",
                "said in a notice",
            ),
            (
                'Minister Ivo Dara wrote in a Facebook post that the city "will rebuild".',
                "wrote in a Facebook post",
            ),
        ],
    )
    def test_cue_extent(self, text, cue):
        """Outlet names in capitals and numbers, ``radio``, and notices and posts extend the cue."""
        assert {cue} == {q.attribution.cue for q in extract_quotes(text)}

    def test_colon_lead_in_beats_next_sentence(self):
        """A quote after ``X said:`` keeps that cue, not the verb of the next sentence."""
        text = 'Chief Vera Holm said: "The mill will open. We have the money." Holm declined to say more.'
        quote = _find(extract_quotes(text), "The mill", QuoteKind.DIRECT)
        assert ("Vera Holm", "said") == (quote.speaker, quote.attribution.cue)

    def test_quoted_predicate_is_a_mixed_clause(self):
        """``said the report "misses the point"``: the clause with a quoted predicate is mixed."""
        text = 'The Budget Office said the plan "leaves a hole in the accounts".'
        quote = _find(extract_quotes(text), "the plan", QuoteKind.MIXED)
        assert "Budget Office" == quote.speaker

    def test_pronoun_follows_latest_mention(self):
        """He/she go to the person last mentioned as a speaker, not an earlier titled name."""
        text = (
            '"We are ready," said Sen. Ray Cole.\n'
            "Chairwoman Ada Voss said she would call a vote soon.\n"
            'Cole warned that the vote could fail. "It has happened before," he said.'
        )
        quote = _find(extract_quotes(text), "It has happened", QuoteKind.DIRECT)
        assert "Ray Cole" == quote.speaker

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "OSLO (NTB) -- Ferry fares will rise in May, the transport ministry said.",
                "Ferry fares will rise in May",
            ),
            (
                "LIMA, June 3 (Andina) - Copper output fell 4%, the mines ministry said.",
                "Copper output fell 4%",
            ),
            ("KOCHI: Two boats sank in the storm, police said.", "Two boats sank in the storm"),
            (
                "Freight rates doubled, according to two brokers familiar with the trade.",
                "Freight rates doubled",
            ),
        ],
    )
    def test_dateline_is_not_reported(self, text, content):
        """A dateline before a sentence-final reported clause is not part of the clause."""
        assert [content] == [q.text for q in extract_quotes(text)]

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Officer Jo Marsh said crews had cleared the road by noon and that a truck was towed.",
                "crews had cleared the road by noon and that a truck was towed",
            ),
            (
                "The council said a lack of staff was to blame and apologised for the delay.",
                "a lack of staff was to blame",
            ),
            (
                "The cabinet said it would resign in June, a day after the budget vote failed.",
                "it would resign in June",
            ),
            (
                "The firm said it would cut 300 jobs, according to a memo seen by Reuters.",
                "it would cut 300 jobs",
            ),
        ],
    )
    def test_reported_clause_bounds(self, text, content):
        """``and that`` continues the clause; ``and apologised``, time adjuncts, sources end it."""
        assert content == extract_quotes(text)[0].text

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "The Growers' Guild, whose vote ended the deal, said in a statement that prices fell sharply.",
                "Growers' Guild",
            ),
            ('Leader of the House R. Menon called the bill "a farce".', "R. Menon"),
        ],
    )
    def test_names_with_possessives_and_title_complements(self, text, speaker):
        """A plural possessive inside a name, and a title with ``of the X`` before the name."""
        assert speaker == extract_quotes(text)[0].speaker

    def test_statement_is_its_issuer(self):
        """``the statement`` is the organisation that last spoke in a statement."""
        text = (
            "The Tarnow government said it would call an election.\n"
            "The Dockers' Union said in a statement that the minister had lied.\n"
            '"He knew in May," the statement said.'
        )
        quote = _find(extract_quotes(text), "He knew", QuoteKind.DIRECT)
        assert "Dockers' Union" == quote.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "Velmar Mining Corp. shares fell 6% on Monday.\n"
                    "The company said output would recover by June."
                ),
                "Velmar Mining Corp.",
            ),
            (
                "Bus operator Trallo will close three depots, the company said on Monday.",
                "Trallo",
            ),
            (
                (
                    "Rio Seco SA, which the state regulator says polluted a river, shut a mine.\n"
                    "The company said in a filing that the closure was voluntary."
                ),
                "Rio Seco SA",
            ),
        ],
    )
    def test_company_nominal_to_company_in_text(self, text, speaker):
        """``the company`` refers to the nearest company named in the text, quoted or not."""
        assert speaker == extract_quotes(text)[-1].speaker

    def test_capitalised_nominal_to_organisation_in_title(self):
        """``The Bureau`` refers to the organisation in an earlier speaker's title."""
        text = (
            "Office of Hydrology forecaster Dan Ito said rain would ease.\n"
            "The Office says the river will peak on Friday."
        )
        assert "Office of Hydrology" == extract_quotes(text)[-1].speaker

    def test_the_police(self):
        """``the police`` names the force: the speaker is ``police``."""
        assert "police" == _one("The police said 40 people had been fined.").speaker

    def test_plural_possessive_inside_single_quote(self):
        """``s'`` before a word inside an open single quote is a possessive, not the closer."""
        text = "'The dogs had a ball. The Smiths' garden is a mess now,' said Ann Lee."
        quote = _one(text)
        assert ("The dogs had a ball. The Smiths' garden is a mess now,", "Ann Lee") == (
            quote.text,
            quote.speaker,
        )

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Hurricane Lidia: 'The roof just went'", None),
            ("Interview: 'I never wanted to be famous'", None),
            ('Putin: "We will respond"', "Putin"),
        ],
    )
    def test_headline_colon_needs_a_speaker(self, text, speaker):
        """A headline lead-in naming an event or a rubric is not a speaker."""
        assert speaker == _one(text).speaker

    def test_colon_header_with_apposed_name(self):
        """``And from the board's treasurer, Lena Vogt:`` attributes the next quote paragraph."""
        text = (
            "The mayor spoke first.\n\nAnd from the board's treasurer, Lena Vogt:\n\n"
            "'We will want to see the receipts, not just the totals.'"
        )
        quote = _one(text)
        assert ("Lena Vogt", ":") == (quote.speaker, quote.attribution.cue)

    @pytest.mark.parametrize(
        ("text", "speaker", "mention"),
        [
            (
                '"Nobody blinks," said a veteran dealer known as "Tiny", who has traded for years.',
                "Tiny",
                'a veteran dealer known as "Tiny"',
            ),
            ('"Nobody blinks," said a local farmer.', None, "a local farmer"),
        ],
    )
    def test_modified_occupation_after_inversion(self, text, speaker, mention):
        """``said a veteran dealer``: a modifier and an unlisted occupation are the speaker."""
        quote = _one(text)
        assert (speaker, mention) == (quote.speaker, quote.attribution.mention)

    def test_honorific_to_family_name_first(self):
        """``Mr Tan`` resolves to ``Tan Wei Ming`` named (not quoted) before."""
        text = (
            "That was how teacher Tan Wei Ming, 52, reacted to the news.\n"
            "Mr Tan told the Daily he had nearly paid $900 in fees before he stopped."
        )
        assert "Tan Wei Ming" == extract_quotes(text)[0].speaker

    def test_lower_case_title_before_name(self):
        """``Former secretary of state Ada Rios`` is a titled name for a later ``she``."""
        text = (
            "Former secretary of state Ada Rios met senators on Tuesday. "
            '"It is a good deal," she told them.'
        )
        assert "Ada Rios" == _one(text).speaker

    def test_capitalised_modifier_of_post_modified_group(self):
        """``Aid workers in the town of Beli`` after a dateline keeps its first word."""
        text = (
            "Kora, Lundia – Aid workers in the flooded town of Beli say they have run out of tents."
        )
        assert "Aid workers in the flooded town of Beli" == _one(text).speaker

    def test_quoted_by_as_saying(self):
        """``X was quoted by Y as saying CLAUSE``: X is the speaker, ``saying`` the cue."""
        text = "The envoy was quoted by news agency TANJUG as saying the talks had stalled."
        quote = _one(text)
        assert ("the talks had stalled", "The envoy", "saying") == (
            quote.text,
            quote.attribution.mention,
            quote.attribution.cue,
        )

    @pytest.mark.parametrize(
        "text",
        [
            "The lender, which employs 4,500 people, said it would appeal the fine.",
            "The lender, whose shares fell 5%, said it would appeal the fine.",
        ],
    )
    def test_relative_aside_is_not_the_subject(self, text):
        """A relative clause between subject and cue is skipped, numbers and all."""
        assert "The lender" == _one(text).attribution.mention

    def test_title_name_and_affiliation(self):
        """``Dr. Ana Holt of Kestrel University`` is a person; the affiliation is not the name."""
        quote = _one('"We are hopeful," said Dr. Ana Holt of Kestrel University.')
        assert ("Ana Holt", SpeakerKind.PERSON) == (quote.speaker, quote.attribution.speaker_kind)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "According to a statement from the Ministry of Fisheries, two boats sank.",
                "Ministry of Fisheries",
            ),
            ("Police say the driver fled on foot after the crash.", "Police"),
        ],
    )
    def test_statement_source_and_plural_police(self, text, speaker):
        """The source of a statement is the speaker; ``Police say`` takes the plural form."""
        assert speaker == _one(text).speaker

    def test_subject_with_relative_clause(self):
        """``A woman whose home was destroyed said``: the clause is part of the mention."""
        quote = _one("A man whose shop was looted said he had received no help.")
        assert ("A man whose shop was looted", "he had received no help") == (
            quote.attribution.mention,
            quote.text,
        )

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "The interior ministry in Rabat said 12 people had been detained.",
                "interior ministry in Rabat",
            ),
            (
                '"Stay indoors," the U.K. embassy in Lima said in a statement.',
                "U.K. embassy in Lima",
            ),
            ('"Stay indoors," said the health ministry in Quito.', "health ministry in Quito"),
        ],
    )
    def test_organisation_with_its_place(self, text, speaker):
        """``the interior ministry in Rabat``: the place is part of the name, not the speaker."""
        assert speaker == _one(text).speaker

    def test_dotted_abbreviation_inside_nominal(self):
        """``A senior U.N. official, speaking on condition of anonymity, said``: one mention."""
        text = "A senior U.N. official, speaking on condition of anonymity, said aid had stalled."
        assert "A senior U.N. official" == _one(text).attribution.mention

    def test_pronouns_follow_mentions_and_gender(self):
        """A pronoun is the person's latest mention; he/she skip people of the other gender."""
        text = (
            'Finance Minister Dan Oduya defended the bill. "We have no choice," he told MPs.\n'
            "Opposition leader Rose Kariuki said her party would sue. She called it a scandal.\n"
            '"They tax the poor," said Paul Njoro, a 30-year-old driver.\n'
            "A police spokesman, Ben Sato, said 45 people had been arrested.\n"
            'Oduya said the tax would be reviewed next year. "Nothing is final," he said.\n'
            'Kariuki was not convinced. "We have heard this before," she told reporters.'
        )
        quotes = extract_quotes(text)
        assert "Dan Oduya" == _find(quotes, "the tax would be", QuoteKind.INDIRECT).speaker
        assert "Dan Oduya" == _find(quotes, "Nothing is final", QuoteKind.DIRECT).speaker
        assert "Rose Kariuki" == _find(quotes, "We have heard", QuoteKind.DIRECT).speaker

    def test_titled_name_of_the_other_gender_is_skipped(self):
        """``she`` after ``Union leader Tom Baxter ... he said`` goes to the woman named last."""
        text = (
            'Union leader Tom Baxter welcomed the plan. "It is late," he said.\n'
            'Parent Lisa Moreno said classes had 40 pupils. "It\'s chaos," she said.'
        )
        quote = _find(extract_quotes(text), "It's chaos", QuoteKind.DIRECT)
        assert "Lisa Moreno" == quote.speaker

    def test_names_inside_the_quote_are_not_antecedents(self):
        """``"Hale is wrong," she said``: Hale, named in the quote, is not ``she``."""
        text = (
            'Tom Hale said the plan was good.\nAnn Lee said it was bad.\n"Hale is wrong," she said.'
        )
        assert "Ann Lee" == extract_quotes(text)[-1].speaker

    @pytest.mark.parametrize(
        ("sentence", "mention"),
        [
            ('"We were unlucky," the Portuguese told Sky Sports.', "the Portuguese"),
            ('Asked about his future, the 61-year-old said: "I am happy here."', "the 61-year-old"),
        ],
    )
    def test_epithets_refer_to_the_last_person(self, sentence, mention):
        """``the Spaniard``, ``the 53-year-old``: an epithet is the person quoted last."""
        text = "Coach Rui Matos said his side had been beaten fairly.\n" + sentence
        quote = extract_quotes(text)[-1]
        assert ("Rui Matos", mention) == (quote.speaker, quote.attribution.mention)

    def test_lower_case_role_before_a_name_is_a_title(self):
        """``Rovers captain Ian Dale, who scored, praised the fans. "Q," he said.``"""
        text = (
            "Coach Rui Matos said his side had been beaten fairly.\n"
            'Rovers captain Ian Dale, who scored twice, praised the fans. "They were loud," he said.'
        )
        assert "Ian Dale" == extract_quotes(text)[-1].speaker

    def test_bracketed_acronym_inside_an_aside(self):
        """``Pat Ross, head of the Nurses Union (NU), said:`` keeps the speaker before the aside."""
        text = "Pat Ross, head of the Nurses Union (NU), said: 'Ministers are living in a dream.'"
        assert "Pat Ross" == _one(text).speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ('"Act now," urged Greenpeace campaigner Lena Fox.', "Lena Fox"),
            (
                "Lawmakers on both sides said the bill was unlikely to pass.",
                "Lawmakers on both sides",
            ),
        ],
    )
    def test_organisation_role_name_and_quantified_post_modifier(self, text, speaker):
        """``Greenpeace campaigner Lena Fox`` after an inversion; ``on both sides`` post-modifies."""
        assert speaker == _one(text).speaker

    def test_bare_clause_opening_with_a_cue_noun(self):
        """``said state banks had ...``: a base form opening the clause is its subject noun."""
        assert (
            "state banks had been selling dollars"
            == _one("Traders said state banks had been selling dollars.").text
        )

    def test_infinitive_after_cue_is_not_reported_speech(self):
        """``agreed to hear a case that ...``: ``that`` opens a relative clause, not speech."""
        text = "The court agreed to hear a challenge to a law that bans the sale of seeds."
        assert () == extract_quotes(text)

    def test_newspaper_is_not_an_epithet(self):
        """``The Guardian reported`` names the paper, not the person quoted before."""
        text = (
            "Ann Lee said the plan was bad.\nThe Guardian reported that the plan had been dropped."
        )
        assert "Guardian" == extract_quotes(text)[-1].speaker

    def test_pronoun_after_multiword_title(self):
        """``Chief Technology Officer Ken Oda ... He added``: the name after the last title word."""
        text = (
            '"Batteries are the heart of it," Chief Technology Officer Ken Oda told reporters. '
            "He added that costs would fall by 30%."
        )
        assert "Ken Oda" == extract_quotes(text)[-1].speaker

    def test_it_after_an_organisation_subject(self):
        """``The X Centre for A and B had declared ... It said``: ``it`` is that organisation."""
        text = (
            "The Pacific Centre for Storms and Floods had declared an alert on Monday. "
            "It said more than 2,000 homes had been damaged."
        )
        assert "Pacific Centre for Storms and Floods" == _one(text).speaker

    def test_modified_company_noun_before_a_name(self):
        """``, mortgage lender Halifax said``: the modifiers and the noun are the role."""
        quote = _one("House prices rose for a third month in April, mortgage lender Halden said.")
        assert ("Halden", "mortgage lender Halden") == (quote.speaker, quote.attribution.mention)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "Exports rose 2 percent, the General Administration of Customs said Tuesday.",
                "General Administration of Customs",
            ),
            (
                (
                    "Senior advocate Ravi Nair, appearing for the family, told the court that "
                    "the police had lost the evidence."
                ),
                "Ravi Nair",
            ),
        ],
    )
    def test_title_word_opening_an_organisation_and_legal_titles(self, text, speaker):
        """``General`` opening an organisation is not a rank; ``advocate`` is a title."""
        assert speaker == _one(text).speaker

    @pytest.mark.parametrize(
        ("text", "speaker", "mention"),
        [
            ('"Unreal," was all the keeper, Ivo Dane, could say.', "Ivo Dane", "Ivo Dane"),
            ('"Unreal," was all the keeper could say.', None, "the keeper"),
        ],
    )
    def test_was_all_x_could_say(self, text, speaker, mention):
        """``"Q," was all the keeper could say``: the speaker follows ``was all``, cue ``say``."""
        quote = _one(text)
        assert (speaker, mention, "say") == (
            quote.speaker,
            quote.attribution.mention,
            quote.attribution.cue,
        )

    def test_department_named_after_its_country(self):
        """``Statistics Norway says`` is an organisation, and ``the agency`` refers back to it."""
        text = (
            "Statistics Norway says prices rose 4% in May.\n"
            "The agency said food prices had risen the most."
        )
        speakers = [(q.speaker, q.attribution.speaker_kind) for q in extract_quotes(text)]
        assert [("Statistics Norway", SpeakerKind.ORGANISATION)] * 2 == speakers


class TestNominals:
    """Nominal speakers resolved through the text (docs/quotes.md); every sentence is invented."""

    @staticmethod
    def _attr(text, start):
        quote = _find(extract_quotes(text), start)
        assert quote.attribution is not None
        return quote.attribution

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            (
                'Coach Rita Baines was calm. "We go again," the coach said.',
                "Rita Baines",
                "Coach",
            ),
            (
                'City head coach Joel Marr was furious. "We go again," the coach said.',
                "Joel Marr",
                "City head coach",
            ),
            (
                (
                    "Judge Omar Fenn adjourned the hearing.\n\n"
                    '"We go again on Monday," the judge said.'
                ),
                "Omar Fenn",
                "Judge",
            ),
            (
                'Sgt. Tessa Quill found the car. "We go again," the sergeant said.',
                "Tessa Quill",
                "Sgt.",
            ),
            (
                'CEO Lars Hovde spoke on Friday. "We go again," the executive said.',
                "Lars Hovde",
                "CEO",
            ),
        ],
    )
    def test_role_nominal_to_a_titled_name(self, text, speaker, role):
        """``the coach`` is the person last named with that title, quoted or not; the role is kept."""
        attribution = self._attr(text, "We go again")
        assert (speaker, SpeakerKind.PERSON, role) == (
            attribution.speaker,
            attribution.speaker_kind,
            attribution.role,
        )

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                'Ina Roth, a nurse at Kelby hospital, was on shift. "We go again," the nurse said.',
                "Ina Roth",
            ),
            (
                (
                    "Colm Ward, the chief executive of Brisk Ltd., spoke on Friday. "
                    '"We go again," the executive told analysts.'
                ),
                "Colm Ward",
            ),
            (
                'Abel Nunez, 58, a retired pilot, saw the crash. "We go again," the pilot said.',
                "Abel Nunez",
            ),
            (
                (
                    "Rhea Dunn, an aide to the mayor, confirmed the talks. "
                    '"We go again," the aide said.'
                ),
                "Rhea Dunn",
            ),
        ],
    )
    def test_role_nominal_to_an_apposition(self, text, speaker):
        """The head of an apposition (before *of*, *at*, *to* ...) is the role a nominal names."""
        assert speaker == self._attr(text, "We go again").speaker

    def test_an_apposition_word_after_a_preposition_is_not_the_role(self):
        """``an aide to the mayor`` does not make its holder ``the mayor``."""
        text = 'Rhea Dunn, an aide to the mayor, spoke. "We go again," the mayor said.'
        assert None is self._attr(text, "We go again").speaker

    def test_the_nearest_holder_of_the_role_wins(self):
        """Two people with one role: the nominal is the one named last."""
        text = (
            '"We were poor," said Coach Dirk Vale.\n'
            'Coach Hal Moyo of the visitors was happier. "We go again," the coach said.'
        )
        assert "Hal Moyo" == self._attr(text, "We go again").speaker

    @pytest.mark.parametrize(
        "text",
        [
            'Ivo Sand, a veteran striker, scored twice. "We go again," the 35-year-old said.',
            'Striker Ivo Sand scored twice.\n\n"We go again," the 35-year-old told reporters.',
        ],
    )
    def test_an_age_epithet_after_a_quote_with_nobody_quoted_before(self, text):
        """``"Q," the 35-year-old said`` is read, and goes to the person named just before."""
        attribution = self._attr(text, "We go again")
        assert ("Ivo Sand", "the 35-year-old") == (attribution.speaker, attribution.mention)

    def test_a_role_nobody_holds_stays_unresolved(self):
        """A nominal with no one named with its role is not given someone else."""
        text = 'Mia Corr voted against the bill. "We go again," the judge said.'
        assert None is self._attr(text, "We go again").speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "Halvard Insurance reported a loss. The insurer said storm losses had doubled.",
                "Halvard Insurance",
            ),
            (
                "Fenmoor cut its outlook. The automaker said chip shortages had hurt output.",
                "Fenmoor",
            ),
            (
                'Lakeside Gas and Electric cut power to 8,000. "Safety first," the utility said.',
                "Lakeside Gas and Electric",
            ),
            (
                'The Morning Crier retracted the story. "We erred," the newspaper said.',
                "Morning Crier",
            ),
            (
                "Brant Energy restored power on Friday. The utility said the rest would wait.",
                "Brant Energy",
            ),
            ('Skylar cancelled 40 flights. "We apologise," the airline said.', "Skylar"),
            ('Corby Rovers sacked its manager. "We thank him," the club said.', "Corby Rovers"),
            ('Corby Athletic sacked their coach. "We thank him," the club said.', "Corby Athletic"),
        ],
    )
    def test_company_nominal_to_an_organisation_named_as_a_subject(self, text, speaker):
        """``the insurer`` is the organisation opening an earlier sentence, quoted or not."""
        attribution = extract_quotes(text)[-1].attribution
        assert (speaker, SpeakerKind.ORGANISATION) == (
            attribution.speaker,
            attribution.speaker_kind,
        )

    @pytest.mark.parametrize(
        "text",
        [
            "Sales fell 5% in May, the utility said.",
            "Power was restored by noon. The utility said crews had worked all night.",
            "Prices rose again in March. The insurer said premiums had to follow.",
        ],
    )
    def test_common_nouns_opening_a_sentence_are_not_companies(self, text):
        """``Sales fell``, ``Power was``: a company nominal with no company named stays None."""
        attribution = extract_quotes(text)[-1].attribution
        assert (None, SpeakerKind.ORGANISATION) == (
            attribution.speaker,
            attribution.speaker_kind,
        )

    @pytest.mark.parametrize(
        "text",
        [
            'Coach Rita Baines was calm. Baines cut the squad. "We are sad," the club said.',
            'Rita Baines cut prices. "We are sad," the company said.',
            'Rita Baines and Omar Fenn sold the firm. "We are sad," the company said.',
            'Russia launched strikes overnight. "We are sad," the utility said.',
        ],
    )
    def test_people_are_not_taken_for_companies(self, text):
        """A person (surname or full name) or a state opening a sentence is no company."""
        assert None is extract_quotes(text)[-1].speaker

    def test_institution_nominal_needs_its_head_in_the_name(self):
        """``the hospital`` goes to a hospital named before, not to any organisation."""
        named = "Kelby General Hospital treated 40 people. The hospital said six were critical."
        other = "Skylar cancelled 40 flights. The hospital said six were critical."
        assert "Kelby General Hospital" == extract_quotes(named)[-1].speaker
        assert None is extract_quotes(other)[-1].speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("The water was rising fast, troops said.", "troops"),
            ("Paramedics said two people were hurt.", "Paramedics"),
            ("The ferry will run again in May, transport officials said.", "transport officials"),
            ("The plant was shut as a precaution, company officials said.", "company officials"),
            ("Families of the missing said they wanted answers.", "Families of the missing"),
        ],
    )
    def test_group_nouns(self, text, speaker):
        """Plural people nouns head a group, whatever organisation word modifies them."""
        attribution = _one(text).attribution
        assert (speaker, SpeakerKind.GROUP) == (attribution.speaker, attribution.speaker_kind)

    def test_a_lower_case_person_head_makes_a_person(self):
        """``The bank manager`` is a person, though ``bank`` heads organisations."""
        attribution = _one("The bank manager said the vault had been empty for days.").attribution
        assert SpeakerKind.PERSON == attribution.speaker_kind

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ('Gov. Ada Pell declared an emergency. "Stay home," Pell told reporters.', "Gov."),
            ('Coach Rita Baines was calm. "We go again," Baines said.', "Coach"),
            ('"Stay home," Gov. Ada Pell said.', "Gov."),
            ('"Stay home," Lt. Col. Ada Pell said.', "Lt. Col."),
        ],
    )
    def test_a_surname_keeps_the_title_of_the_full_mention(self, text, role):
        """The title of the full mention carries to a later surname, with its period."""
        attribution = extract_quotes(text)[-1].attribution
        assert ("Ada Pell" if "Pell" in text else "Rita Baines", role) == (
            attribution.speaker,
            attribution.role,
        )

    @pytest.mark.parametrize(
        "text",
        [
            '"We are full," said Ines Pardo of the Kelby Doctors\' Network.',
            '"We are full," said Ines Pardo of the Kelby Hospital.',
        ],
    )
    def test_a_name_of_an_organisation_is_a_person(self, text):
        """``Ines Pardo of the Kelby Hospital`` speaks for the hospital but is a person."""
        assert SpeakerKind.PERSON == _one(text).attribution.speaker_kind

    def test_an_indefinite_role_apposition_keeps_the_name(self):
        """``Dr. X, an emergency physician at Y Hospital, said:`` names X, not the hospital."""
        text = 'Dr. Ines Pardo, an emergency physician at St. Agnes Hospital, said: "We are full."'
        attribution = _one(text).attribution
        assert ("Ines Pardo", "Dr. Ines Pardo") == (attribution.speaker, attribution.mention)

    def test_a_plural_noun_that_is_also_a_cue_opens_a_clause(self):
        """``said claims had doubled``: ``claims`` is the subject of the reported clause."""
        quote = _one("The insurer said claims had doubled since May.")
        assert "claims had doubled since May" == quote.text


class _Forgetful(dict):  # type: ignore[type-arg]
    """A cache that stores nothing: every look-up misses."""

    def __setitem__(self, key, value):
        pass


def _uncached(text):
    """``extract_quotes`` with the mention, sentence and word caches turned off."""
    from contextlib import ExitStack
    from unittest import mock

    from newsmodel import _parse_quotes

    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(_parse_quotes, "_NP_ANALYSES", _Forgetful()))
        stack.enter_context(mock.patch.object(_parse_quotes, "_Memo", _Forgetful))
        stack.enter_context(mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()))
        stack.enter_context(mock.patch.object(_parse_quotes, "_SPEAKERS_BEFORE", _Forgetful()))
        for name in _parse_quotes._WORD_CACHED:
            plain = getattr(_parse_quotes, name).__wrapped__
            stack.enter_context(mock.patch.object(_parse_quotes, name, plain))
        return [q.to_dict() for q in extract_quotes(text)]


def _eval_texts():
    import json
    from pathlib import Path

    data = Path(__file__).parent / "data"
    names = ["quotes_eval.json", "quotes_blind8.json", "quotes_blind9.json", "quotes_blind16.json"]
    return [p["text"] for n in names for p in json.loads((data / n).read_text())["passages"]]


class TestCachesAreTransparent:
    """The caches of mention analyses and sentence clauses never change a result."""

    def test_eval_passages_repeated_and_shuffled(self):
        import random

        texts = _eval_texts()
        rng = random.Random(0)
        shuffled = [p for t in texts for p in t.split("\n\n")]
        rng.shuffle(shuffled)
        # Each passage, the whole set run together (repeats across passages), and
        # paragraphs shuffled so that sentences meet new neighbours.
        for text in [*texts, "\n\n".join(texts), "\n\n".join(shuffled[:400])]:
            assert _uncached(text) == [q.to_dict() for q in extract_quotes(text)]

    @given(st.lists(st.sampled_from(_eval_texts()), min_size=1, max_size=4), st.randoms())
    def test_composed_passages(self, passages, rnd):
        sentences = [s for p in passages for s in p.replace("\n\n", " ").split(". ")]
        rnd.shuffle(sentences)
        text = ". ".join(sentences)
        assert _uncached(text) == [q.to_dict() for q in extract_quotes(text)]


# Pieces of copy that meet every branch of the fast tokeniser and cue scan: cue forms
# with trailing punctuation, words that begin with a cue form (``says``, ``sayings``),
# letters other than ASCII, the plain punctuation, and spaces of every kind.
_SCAN_PIECES = (
    *("said", "said.", "said,", "says", "say", "sayings", "essay", "told", "told:", "added;"),
    *("According", "according", "state", "statement", "Syria’s", "U.S.", "al-Assad", "Zoë"),
    *("“", "”", "’", "‘", "—", "£3", "€", "«", "»", "x", "1", "'", "&", "-", ".", ","),
    *(" ", " ", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\xa0", "\u2009", "\x85"),
)


# Marks, their neighbours in _role's classes, and the symbols _run_double_stack uses.
_MARK_PIECES = (
    *('"', '"', '"', "“", "”", "„", "«", "»", "‘", "’", "'", "‹", "›"),
    *(" ", "\t", "\xa0", "\x1c", "\x85", "(", "—", "-", "/", ":", ";"),
    *(".", ",", "!", "?", "…", ")", "]", "x", "s", "1", "\x01", "\x02"),
    *(' "a" ', "“b”", "„c“", "« d »", " 'e' ", "‘f’", ' "g', 'h" ', "“i", "j”."),
)


def _assert_window(para, text, lo, hi, whole):
    """``_Para.window``: the tokens inside ``[lo, hi)``, and where their starts lie."""
    toks, starts, base = para.window(text, lo, hi)
    assert toks == [t for t in whole if lo <= t[1] and t[2] <= hi]
    if starts is not None:
        assert starts[base : base + len(toks)] == [t[1] for t in toks]


class TestFastScansAreExact:
    """The tokeniser's and the cue scan's fast paths give what the plain definitions give."""

    @given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=40).map("".join), st.data())
    def test_tokens(self, text, data):
        import regex

        from newsmodel._parse_quotes import _TOKEN, _tokens, _tokens_and_starts

        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        # Every token by its match: the regex engine's classes, no shortcut.
        expected = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        assert _tokens(text, start, end) == expected
        assert _tokens_and_starts(text, start, end) == (expected, [t[1] for t in expected])
        assert regex.sub(r"\s", "", text[start:end]) == "".join(t[0] for t in expected)

    @pytest.mark.parametrize(
        ("text", "words"),
        [
            ("U.S.-based al-Assad's", ["U.S", ".", "-", "based", "al-Assad's"]),
            ("a.b.c.d e-f-g-h AT&T's", ["a.b.c.d", "e-f-g-h", "AT&T's"]),
            ("“don’t,” x--y 3.5.", ["“", "don’t", ",", "”", "x", "-", "-", "y", "3.5", "."]),
        ],
    )
    def test_tokens_of_joined_words(self, text, words):
        """Words joined by several marks are one token, in both the plain and the full path."""
        from newsmodel._parse_quotes import _tokens

        assert [t[0] for t in _tokens(text, 0, len(text))] == words
        accented = f"é {text}"  # (a letter outside ASCII: the full tokeniser)
        assert [t[0] for t in _tokens(accented, 2, len(accented))] == words

    @given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=40).map("".join))
    def test_cue_positions(self, text):
        import re

        from newsmodel._parse_quotes import _CUE_TOKENS, _cue_positions

        # Every whitespace-separated token, looked up.
        expected = [
            (m.start(), _CUE_TOKENS[m.group()])
            for m in re.finditer(r"\S+", text)
            if m.group() in _CUE_TOKENS
        ]
        assert _cue_positions(text, 0, len(text)) == expected
        shifted = "abc " + text
        assert _cue_positions(shifted, 4, len(shifted)) == [(p + 4, f) for p, f in expected]

    @given(
        st.lists(st.sampled_from(_SCAN_PIECES), min_size=20, max_size=120).map("".join),
        st.lists(st.tuples(st.integers(-5, 400), st.integers(0, 60)), min_size=1, max_size=12),
        st.integers(1, 30),
        st.integers(1, 4),
    )
    def test_block_tokens(self, text, windows, block, kept):
        """A long paragraph's tokens, read by blocks, are the whole paragraph's in any window."""
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        start, end = 2, max(2, len(text) - 1)
        whole = pq._tokens(text, start, end)
        # Blocks of a few characters, few kept: windows across one cut, across several,
        # before the paragraph, past its end, and blocks read again after being dropped;
        # in text order (as the parsers read), then in any order (the block read last
        # is not always the one a window lies in).
        with (
            mock.patch.object(pq, "_LOCAL_TOKENS_MIN", 0),
            mock.patch.object(pq, "_TOKEN_BLOCK", block),
            mock.patch.object(pq, "_TOKEN_BLOCKS_KEPT", kept),
        ):
            para = pq._Para(text, 0, start, end, [])
            for lo, width in [*sorted(windows), *windows]:
                hi = lo + width  # (the definition: tokens inside [lo, hi))
                _assert_window(para, text, lo, hi, whole)

    @pytest.mark.parametrize("block", [None, 1, 2, 3, 5, 8])
    def test_block_tokens_every_window(self, block):
        """
        Every window of a short paragraph, forwards then backwards, by blocks of ``block``.

        With no block size, the paragraph is tokenised whole (a short one, the usual case).
        """
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        text = "x a bb ccc, dddd e “ff” g.h i  jj kkk x"
        start, end = 2, len(text) - 2
        whole = pq._tokens(text, start, end)
        windows = [(lo, lo + width) for lo in range(len(text)) for width in range(1, 14)]
        with (
            mock.patch.object(pq, "_LOCAL_TOKENS_MIN", len(text) if block is None else 0),
            mock.patch.object(pq, "_TOKEN_BLOCK", block or 1),
            mock.patch.object(pq, "_TOKEN_BLOCKS_KEPT", 2),
        ):
            para = pq._Para(text, 0, start, end, [])
            assert (para.blocks is None) == (block is None)
            for lo, hi in [*windows, *reversed(windows)]:
                _assert_window(para, text, lo, hi, whole)

    @settings(max_examples=300)
    @given(
        st.lists(st.sampled_from(_MARK_PIECES), min_size=30, max_size=150).map("".join),
        st.data(),
    )
    def test_double_stack_past_the_segment_cap(self, text, data):
        """Past ``_MAX_SEGMENTS``, ``_run_double_stack`` runs the stack ``_pair`` runs."""
        from newsmodel import _parse_quotes

        start = data.draw(st.integers(0, len(text) // 4))
        end = data.draw(st.integers(len(text) // 2, len(text)))
        segs, unclosed, first_open = _parse_quotes._pair(text, start, end, 0)
        cap = data.draw(st.integers(1, max(1, len(segs))))  # reached when there are segments
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_parse_quotes, "_MAX_SEGMENTS", cap)
            capped, capped_unclosed, capped_first = _parse_quotes._pair(text, start, end, 0)
        assert [(g.open, g.close) for g in capped] == [(g.open, g.close) for g in segs[:cap]]
        assert (capped_unclosed and capped_unclosed.open) == (unclosed and unclosed.open)
        assert capped_first == first_open

    @pytest.mark.parametrize(
        "tail",
        [
            "“ « « « ” x",  # the “ is fourth from the top: the ” closes it
            "“ « « « « ” x",  # fifth: out of reach, nothing closes
            "„ “ x " * 3 + '"y" z “ end',  # German pairs, then straight ones
            "« " * 70 + "“ " + "» " * 70 + "” x",  # past the 64 open marks kept
            '"a"b" c "' * 20,  # straight marks between words: each closes or opens
        ],
    )
    def test_double_stack_deep(self, tail):
        from newsmodel import _parse_quotes

        text = "“first” " + tail
        _, unclosed, _ = _parse_quotes._pair(text, 0, len(text), 0)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_parse_quotes, "_MAX_SEGMENTS", 1)  # "first" reaches it
            _, capped_unclosed, _ = _parse_quotes._pair(text, 0, len(text), 0)
        assert (capped_unclosed and capped_unclosed.open) == (unclosed and unclosed.open)


# The plain definitions the fast searches in _parse_quotes replaced (as at 13cf6a7); each
# test in TestFastSearchesAreExact checks that its fast path gives exactly what these give.

# Guards _SENTENCE_BREAK (written with its first character's class first, 0316873).
_PLAIN_SENTENCE_BREAK = r"[.!?][\"”’]?\s+|\n"

# Guards _TITLED (which tests the name's first two words before its lookbehinds, 8f106a3).
_PLAIN_TITLED = r"""
    (?:(?<=\b(?:President|Minister|Secretary|Chancellor|Governor|Senator|Mayor|Judge|Dr|Mr|Mrs|Ms
       |Sen|Rep|Gov|Gen|Sir|Dame|[Ss]pokes(?:man|woman|person)|Director|Chairman|Chairwoman
       |[Cc]oach|Prof|Professor|Ambassador|Commissioner|[Cc]hief|Superintendent|Inspector|Captain
       |[Pp]resident|[Mm]inister|[Ss]ecretary|[Gg]overnor|[Ll]eader|[Dd]irector
       |[Cc]aptain|[Mm]anager|[Ss]triker|[Gg]oalkeeper|[Mm]idfielder|[Dd]efender|[Ss]kipper
       |[Aa]nalyst|[Ee]conomist|[Ll]awyer|[Aa]ttorney|[Oo]fficial|[Oo]fficer|[Ff]ounder
       |[Ee]xecutive|[Mm]ayor|[Ee]ditor|[Rr]esearcher|[Ss]cientist|[Dd]octor|[Nn]urse
       |[Tt]eacher|[Pp]arent|[Rr]esident|[Ss]tudent|[Ff]armer|[Oo]wner|[Cc]hairman
       |[Cc]hairwoman|[Pp]rosecutor|[Ss]enator|[Cc]ritic|[Ff]orecaster|[Rr]etiree)\.?\s)
    |(?<=(?:\A|[.!?]\s|\n)For\s)              # "For Dolores Huerta, the fight ..."
    |(?<=\b(?:[Ss]ecretary|[Mm]inister|[Cc]hief)\sof\s\p{L}\p{Ll}+\s)  # "Secretary of State X"
    |(?<=,\s)                                    # after an apposition comma
    |(?<=(?:\A|[.!?]["”’]?\s|\n))                # a sentence-initial name with an aside:
     (?=\p{Lu}\p{L}+\s\p{Lu}[\p{L}'’\-]+(?:,\s(?:\d|a\s|an\s|the\s|who\s)|\s(?:is|was|has|had|and)\s)))
    (\p{Lu}[\p{L}'’\-]+(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+|al-\p{L}+|de|van|von|bin))*\s(?:\p{Lu}|al-|el-)[\p{L}'’\-]+)
    """


# Guards _apposition_matches (f05a224): the plain definition is
# _APPOSED_ROLE.finditer(text); and _company_names (961c0f0): list(_COMPANY_NAME.finditer(text)).
# Both are in the tests themselves.


def _plain_mention_gender(mention: str, role: str | None) -> str:
    """_mention_gender as it was: guards its one-pass cut at the last possessive (8f106a3)."""
    from newsmodel._parse_quotes import _FEMALE_WORDS, _MALE_WORDS

    words = (mention if role is None else mention + " " + role).lower().replace(".", " ").split()
    # the words up to a possessive name an owner: "King George's County Council member"
    words = [w for i, w in enumerate(words) if not any(x.endswith(("'s", "’s")) for x in words[i:])]
    male = not _MALE_WORDS.isdisjoint(words)
    female = not _FEMALE_WORDS.isdisjoint(words)
    return "m" if male and not female else "f" if female and not male else ""


# Guard the name look-backs' early returns when the word they need is not in their window
# (eae2564, 8da21b3): these functions as they were, without those returns.


def _plain_initialled_name_before(text: str, pos: int, word: str):
    """_initialled_name_before at 13cf6a7, with no early return."""
    import regex

    from newsmodel._parse_quotes import _Entity, _span

    found = None
    pattern = r"(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ ]?){1,3}" + regex.escape(word) + r"(?![\p{L}\p{N}])"
    for m in regex.finditer(pattern, text[max(0, pos - 1000) : pos]):
        start = max(0, pos - 1000) + m.start()
        found = _Entity(m.group(), "person", None, _span(start, start + len(m.group())), start)
    return found


def _plain_titled_before(text: str, pos: int, surname: str = ""):
    """_titled_before at 13cf6a7, with no early return."""
    from newsmodel._parse_quotes import (
        _COMPLEMENT_HEADS,
        _STOP_CAPS,
        _TITLED,
        COUNTRIES,
        ORGANISATION_HEADS,
        TITLE_WORDS,
        _Entity,
        _span,
        _title_before,
    )

    last = None
    for m in _TITLED.finditer(text, max(0, pos - 400), pos):
        if not surname or m.group(1).split()[-1] == surname:
            last = m
    if last is None:
        return None
    start = last.start(1)
    name = last.group(1)
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLE_WORDS:
        start += len(words[0]) + 1
        words = words[1:]
    cut = max(
        (
            i
            for i, w in enumerate(words[:-2])
            if w.lower().rstrip(".") in TITLE_WORDS or w.lower() in _COMPLEMENT_HEADS
        ),
        default=-1,
    )
    if cut >= 0:  # "Technology Officer Masahiko Maeda", "(Minister of) National Defense Lin"
        start += sum(len(w) + 1 for w in words[: cut + 1])
        words = words[cut + 1 :]
    name = " ".join(words)
    if (
        words[0].lower() in _STOP_CAPS
        or (len(words[0]) > 1 and words[0].isalpha() and words[0].isupper())  # "GS Val Seriana"
        or any(w.lower() in ORGANISATION_HEADS or w.lower() in COUNTRIES for w in name.split())
    ):
        return None
    return _Entity(name, "person", _title_before(text, start), _span(start, last.end(1)), start)


def _plain_organisation_name_before(text: str, pos: int, short: str):
    """_organisation_name_before at 13cf6a7, with no early return."""
    from newsmodel._parse_quotes import (
        _COMPANY_NAME_WORDS,
        _COMPANY_PLURALS,
        _COMPANY_SUFFIXES,
        _LEGAL_SUFFIX,
        _LEGAL_SUFFIX_WORDS,
        _NAME_RUN,
        _ORG_NAME_ENDS,
        ORGANISATION_HEADS,
        _Entity,
        _span,
    )

    found = None
    opening = short.split()
    for m in _NAME_RUN.finditer(text, max(0, pos - 2000), pos):
        words = m.group().split()
        end = m.end()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
            end -= 2
        if words[: len(opening)] != opening or len(words) == len(opening):
            continue
        last = words[-1].lower()
        if (
            last in _COMPANY_NAME_WORDS
            or last in ORGANISATION_HEADS
            or last in _ORG_NAME_ENDS
            or last in _COMPANY_PLURALS
            or last in _LEGAL_SUFFIX_WORDS  # "Tanjung Harapan Plantations Bhd"
        ):
            suffix = _LEGAL_SUFFIX.match(text, end)
            if suffix is not None:
                end = suffix.end()  # "Brennholt Foods AG": the legal suffix is part of it
            elif last in _COMPANY_SUFFIXES and text[end : end + 1] == ".":
                end += 1  # "Harlan Industrial Corp.": the suffix's period too
            found = _Entity(
                text[m.start() : end], "organisation", None, _span(m.start(), end), m.start()
            )
    return found


def _plain_full_name_before(text: str, pos: int, word: str, *, family_first: bool):
    """_full_name_before at 13cf6a7, with no early return."""
    from newsmodel._parse_quotes import (
        _NAME_RUN,
        _STOP_CAPS,
        COUNTRIES,
        ORGANISATION_HEADS,
        TITLE_WORDS,
        _Entity,
        _span,
        _title_before,
    )

    found = None
    for m in _NAME_RUN.finditer(text, max(0, pos - 1000), pos):
        words = m.group().split()
        start, end = m.start(), m.end()
        if words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "Jamie Pritchard's header": the name
            end -= 2
        while len(words) > 2 and (
            words[0].lower().rstrip(".") in TITLE_WORDS
            or words[0].endswith(("'s", "’s"))
            or words[0].lower() in _STOP_CAPS
        ):
            # "Premier Carla Whitby", "Sacramento's Jalen Whitmore", "When Nadia Farouk
            # took over": not part of the name
            start += len(words[0]) + 1
            words = words[1:]
        if words[-1] == word:
            given = words[:-1]  # "Carla Whitby"
        elif family_first and words[0] == word:
            given = words[1:]  # "Lim Boon Keng"
        elif len(words) > 2 and words[-2] == word and "-" in words[-1]:
            given = words[:-2]  # "Tommy Leung Ka-fai": a western name, the surname, a given name
        else:
            continue
        if not any(
            w.lower() in _STOP_CAPS
            or w.lower() in ORGANISATION_HEADS
            or w.lower() in COUNTRIES
            or w.lower().rstrip(".") in TITLE_WORDS
            for w in given
        ):
            found = _Entity(" ".join(words), "person", None, _span(start, end), start)
    if found is None and not family_first:
        found = _plain_initialled_name_before(text, pos, word)
    if found is not None and found.span is not None:
        found.role = _title_before(text, found.span.start)
    return found


def _entity_key(entity) -> tuple | None:
    """What a name look-back returns, comparable."""
    if entity is None:
        return None
    return (entity.name, entity.kind, entity.role, entity.span, entity.pos)


_LOOKBACK_FILLER = "Ines Varga, Minister Leah Moss said. "
"""Copy before the generated text, to put names outside the look-backs' windows too."""

_LOOKBACK_PIECES = (
    *("Premier Carla Whitby", "Justices T. Marlow", "D.Marlow", "retiree Lim Boon Keng"),
    *("Tommy Leung Ka-fai", "drug distributor Corvane Health", "Brennholt Foods AG"),
    *("Tanjung Harapan Plantations Bhd's", "Harlan Industrial Corp.", "Minister Ines Varga"),
    *("spokesman Leah Moss", "When Nadia Farouk", "Whitby", "Marlow", "Corvane", "said", "x"),
)
_LOOKBACK_GAPS = (" ", " ", " ", ". ", ", ", "\n", ".", "", "'s ", " (", "3 ")
_lookback_texts = st.lists(
    st.tuples(st.sampled_from(_LOOKBACK_PIECES), st.sampled_from(_LOOKBACK_GAPS)), max_size=10
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
"""Generated copy of names the look-backs take: titled, initialled, family first, companies."""

_LOOKBACK_WORDS = (
    *("Whitby", "Marlow", "Lim", "Leung", "Corvane", "Brennholt", "Tanjung Harapan", "Harlan"),
    *("Varga", "Moss", "Farouk", "Ines", "oss", "M", "", "Absent"),
)
"""The words the look-backs are asked for: surnames, openings, pieces of them, absent ones."""


_SEARCH_WORDS = (
    # names, initials and name particles
    *("Leah", "Moss", "Ines", "Varga", "O’Neil", "D'Arcy", "Jean-Luc", "al-Assad", "el-Sisi"),
    *("de", "van", "bin", "J.", "Zoë", "Émile", "NASA", "X"),
    *("Leah Moss", "Ines Varga", "Jean-Luc de Varga", "Zoë J. al-Assad", "Émile Moss"),
    *("Minister Ines bin Moss", "spokesman Leah van Varga", "For Leah de", "Mr O’Neil Moss"),
    # appositions of names of two to five words
    *(
        "Leah Moss, a nurse",
        "Jean-Luc de Leah Varga, 63, the",
        "Zoë J. van Moss Varga, who",
        "Leah Moss, Ines Varga",
    ),
    # titles and the other contexts of _TITLED's lookbehinds
    *("President", "president", "Minister", "Secretary", "spokesman", "Spokeswoman", "Mr", "Dr."),
    *("Chief", "coach", "For", "of", "State", "Health"),
    # company names: legal suffixes, "shares of", kind nouns, team roles
    *("Norcross", "Energy", "Ltd", "Ltd.", "Inc.", "Inc", "Co.", "Corp.", "LLC", "AG", "SE", "plc"),
    *("GmbH", "Bhd", "Tbk", "shares", "Shares", "in", "carmaker", "maker", "firm", "group"),
    *("airline", "guard", "manager", "striker", "&", "-"),
    *("shares in", "Shares of", "Norcross Energy Ltd", "carmaker Norcross", "Energy guard Leah"),
    # appositions and asides
    *("a", "an", "the", "who", "is", "was", "and", "nurse", "at", "63", "7", "said", "x", "it's"),
)
_SEARCH_GAPS = (
    *((" ",) * 8),
    *((", ",) * 3),
    *("", ", ", ",", ". ", ".", "! ", "? ", "?” ", ".’ ", '." ', ".”\n", "\n", "\n\n", "  ", "\t"),
    *("\xa0", "\u2009", "\r\n", "; ", ": ", " (", ") ", ' "', " “", " - ", "'s ", "’s ", "3"),
)
_search_texts = st.lists(
    st.tuples(st.sampled_from(_SEARCH_WORDS), st.sampled_from(_SEARCH_GAPS)), max_size=30
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
"""Generated copy: the words and gaps the searches below turn on."""


_COMPANY_WORDS = (
    # names with each kind of anchor: a legal suffix, "shares of", a kind noun, a team role
    *("Norcross Energy AG", "X&Y Ltd.", "Zoë Bhd", "Ines-Marie Co.", "Leah Tbk", "Energy plc"),
    *("shares in Norcross", "Shares of Zoë Energy", "shares of X", "carmaker Norcross"),
    *("firm Leah Zoë", "utility Energy", "Norcross guard Leah", "Energy coach Zoë"),
    # the words around them
    *("Norcross", "Energy", "Leah", "de", "in", "the", "said", "shares", "maker", "group"),
    *("guard", "striker", "LLC", "SE", "GmbH", "Incorporated", "Ltd"),
)
_COMPANY_GAPS = (
    *((" ",) * 5),
    *("", ", ", ". ", ".", "3", "'s ", " (", "\n", "-", " & ", "  ", ": "),
)
_company_texts = st.lists(
    st.tuples(st.sampled_from(_COMPANY_WORDS), st.sampled_from(_COMPANY_GAPS)), max_size=8
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
"""Generated copy for company names: their anchors, in runs of letters cut short."""


def _match_keys(matches) -> list[tuple]:
    """Each match's span, groups and their spans (what two searches must agree on)."""
    return [
        (m.span(), m.groups(), [m.span(g) for g in range(1, m.re.groups + 1)], m.groupdict())
        for m in matches
    ]


def _window(data, text: str) -> tuple[int, int]:
    """Draw ``lo <= hi`` in ``text``."""
    lo = data.draw(st.integers(0, len(text)), label="lo")
    hi = data.draw(st.integers(lo, len(text)), label="hi")
    return lo, hi


_INSTITUTION_WORDS = (
    *("Agency", "National Environment Agency", "the Agency", "Agencyx", "xAgency", "Council"),
    *("Ashford Town Council", "Board of Trade", "Ministry", "Ministry of Health", "agency"),
    *("1a1", "Leah 1a1a1", "Moss 1a1 1a1", "111", "Leah Moss 111", "Moss 11"),
    *("The", "of", "and", "Leah", "Moss", "UN"),
)
"""Words around the heads ``_institution_named_before`` looks back for."""


def _plain_institution_named_before(text: str, pos: int, head: str):
    """``_institution_named_before`` as at 7dfa87a: ``rfind`` over its window for each step."""
    from newsmodel._parse_quotes import _institution_name_ending

    lo = max(0, pos - 1500)
    word = head.capitalize()
    at = text.rfind(word, lo, pos)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            found = _institution_name_ending(text, lo, at, end)
            if found is not None:
                return found
        at = text.rfind(word, lo, at)
    return None


def _plain_cues_by_paragraph(cues, starts, order):
    """``_cues_by_paragraph`` as at 7dfa87a: a search for each cue."""
    from bisect import bisect_right

    grouped = []
    for pos, word in cues:
        index = order[bisect_right(starts, pos) - 1]
        if grouped and grouped[-1][0] == index:
            grouped[-1][1].append((pos, word))
        else:
            grouped.append((index, [(pos, word)]))
    return grouped


class TestRunOnSentences:
    """A sentence with no stop for megabytes is read in bounded windows, as any other."""

    def test_participle_subject_within_reach(self):
        text = "The BJP hit back on Monday " + "and the talks went on " * 2
        text += ", saying the claims were false."
        (quote,) = extract_quotes(text)
        assert quote.attribution.speaker == "BJP"

    def test_participle_subject_out_of_reach(self):
        from newsmodel._parse_quotes import _SUBJECT_REACH

        filler = "and the talks went on " * (_SUBJECT_REACH // 20)
        text = "The BJP hit back on Monday " + filler + ", saying the claims were false."
        assert text.index("saying") > _SUBJECT_REACH
        (quote,) = extract_quotes(text)
        assert quote.text == "the claims were false"
        assert quote.attribution.speaker is None  # not read back that far: inherited

    @pytest.mark.parametrize(
        "unit",
        [
            "they said “yes” and ",  # a quote's lead-in (was sliced from the sentence start)
            "“ok” the council said and ",  # a nominal's comma test (searched from the start)
            "officials said, adding that it would and ",  # a participle's subject (tokenised)
        ],
    )
    def test_run_on_sentence_gives_every_quote(self, unit):
        text = unit * 400  # one sentence of 8 to 16 KB
        quotes = extract_quotes(text)
        assert len(quotes) >= 400
        assert all(text[q.span.start : q.span.end].endswith(q.text[-3:]) for q in quotes)


class TestFastSearchesAreExact:
    """The fast regex searches and scans give what their plain definitions give."""

    @given(_search_texts, st.data())
    def test_apposition_matches(self, text, data):
        from newsmodel._parse_quotes import _APPOSED_ROLE, _apposition_matches

        assert _match_keys(_apposition_matches(text)) == _match_keys(_APPOSED_ROLE.finditer(text))
        # (its callers pass whole texts; a slice is another whole text, cut anywhere)
        lo, hi = _window(data, text)
        part = text[lo:hi]
        assert _match_keys(_apposition_matches(part)) == _match_keys(_APPOSED_ROLE.finditer(part))

    @given(_company_texts, _search_texts, st.data())
    def test_company_names(self, text, other, data):
        from newsmodel._parse_quotes import _COMPANY_NAME, _company_names

        # (its callers pass whole texts; a slice, with fewer anchors, is another one)
        lo, hi = _window(data, other)
        for copy in (text, other, other[lo:hi]):
            assert _match_keys(_company_names(copy)) == _match_keys(_COMPANY_NAME.finditer(copy))

    @given(_search_texts, st.data())
    def test_titled(self, text, data):
        import regex

        from newsmodel._parse_quotes import _TITLED

        plain = regex.compile(_PLAIN_TITLED, regex.VERBOSE)
        assert _match_keys(_TITLED.finditer(text)) == _match_keys(plain.finditer(text))
        lo, hi = _window(data, text)  # _titled_before searches the 400 characters before
        assert _match_keys(_TITLED.finditer(text, lo, hi)) == _match_keys(
            plain.finditer(text, lo, hi)
        )

    @given(_search_texts, st.data())
    def test_sentence_break(self, text, data):
        import re

        from newsmodel._parse_quotes import _SENTENCE_BREAK

        plain = re.compile(_PLAIN_SENTENCE_BREAK)
        assert _match_keys(_SENTENCE_BREAK.finditer(text)) == _match_keys(plain.finditer(text))
        lo, hi = _window(data, text)  # the subject look-backs search the 400 characters before
        assert _match_keys(_SENTENCE_BREAK.finditer(text, lo, hi)) == _match_keys(
            plain.finditer(text, lo, hi)
        )

    @given(
        st.lists(
            st.sampled_from(
                (
                    *("King", "George's", "mother’s", "Mr.", "Ms", "spokesman", "Spokeswoman"),
                    *("the", "council", "member", "sister's", "wife", "husband", "X’s", "'s"),
                    *("Queen", "of", "Mrs.Lee", "sir", "SON'S", "lady’S"),
                )
            ),
            max_size=12,
        ).map(" ".join),
        st.none() | st.sampled_from(("", "spokeswoman", "father's aide", "chairman", "Dame.")),
    )
    def test_mention_gender(self, mention, role):
        from newsmodel._parse_quotes import _mention_gender

        assert _mention_gender(mention, role) == _plain_mention_gender(mention, role)

    # Each example runs eight look-backs over windows of up to 2,000 characters: 200
    # examples keep it near a second in the ci profile (the suite's time is budgeted).
    @settings(max_examples=200)
    @given(_lookback_texts, st.integers(0, 60), st.sampled_from(_LOOKBACK_WORDS), st.data())
    def test_name_lookbacks(self, text, fill, absent, data):
        import re

        from newsmodel._parse_quotes import (
            _full_name_before,
            _initialled_name_before,
            _organisation_name_before,
            _titled_before,
        )

        # every capitalised word of the text, two in a row ("Tanjung Harapan"), another one
        words = {absent, *re.findall(r"[A-Z][\w-]*", text)}
        words.update(re.findall(r"(?=\b([A-Z][\w-]* [A-Z][\w-]*))", text))
        text = _LOOKBACK_FILLER * fill + text
        pos = data.draw(st.integers(len(text) - len(text) // (fill + 1), len(text)), label="pos")
        for word in words:
            for fast, plain, args in (
                (_initialled_name_before, _plain_initialled_name_before, (word,)),
                (_titled_before, _plain_titled_before, (word,)),
                (_organisation_name_before, _plain_organisation_name_before, (word,)),
            ):
                assert _entity_key(fast(text, pos, *args)) == _entity_key(plain(text, pos, *args))
            for first in (False, True):
                assert _entity_key(_full_name_before(text, pos, word, family_first=first)) == (
                    _entity_key(_plain_full_name_before(text, pos, word, family_first=first))
                )

    @given(
        st.lists(
            st.tuples(st.sampled_from(_INSTITUTION_WORDS), st.sampled_from(_SEARCH_GAPS)),
            max_size=30,
        ).map(lambda pieces: "".join(word + gap for word, gap in pieces)),
        st.sampled_from(("agency", "council", "ministry", "1a1", "11", "board")),
        st.data(),
    )
    def test_institution_named_before(self, text, head, data):
        from newsmodel._parse_quotes import _institution_named_before

        # (the occurrences of the head are found once per text: the fast path bisects them;
        # "1a1" and "11" overlap themselves, as no capitalised head does)
        for _ in range(4):
            pos = data.draw(st.integers(0, len(text)), label="pos")
            assert _entity_key(_institution_named_before(text, pos, head)) == _entity_key(
                _plain_institution_named_before(text, pos, head)
            )
        # an occurrence overlapping the one after it that only an overlap lets through
        fixed = "Leah Moss 111"
        for pos in range(len(fixed) + 1):
            assert _entity_key(_institution_named_before(fixed, pos, "11")) == _entity_key(
                _plain_institution_named_before(fixed, pos, "11")
            )

    @given(
        st.lists(st.integers(0, 200), unique=True).map(sorted),
        st.lists(st.integers(0, 220)).map(sorted),
        st.randoms(use_true_random=False),
    )
    def test_cues_by_paragraph(self, starts, offsets, rng):
        from newsmodel._parse_quotes import _cues_by_paragraph

        order = list(range(len(starts)))
        rng.shuffle(order)
        if len(order) > 2:
            order[1] = order[0]  # an index twice in a row: its cues make one group
        cues = [(pos, "said") for pos in offsets]
        if not starts and cues:
            return  # (no paragraph: both fail on order[-1])
        assert _cues_by_paragraph(cues, starts, order) == _plain_cues_by_paragraph(
            cues, starts, order
        )

    def test_finite_clause_scan_stops(self):
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _AUXILIARIES, _FINITE_SCAN_STOPS

        # _finite_clause's first scan steps over the words not in _FINITE_SCAN_STOPS (7a73df5):
        # exact only while every word one of its tests holds for is in it (its plain scan
        # tries each test at every word).
        stops = {*_AUXILIARIES, *CUE_FORMS, ".", ";", "!", "?", "to", ","}
        assert stops <= _FINITE_SCAN_STOPS


def _speakers(text: str) -> list[tuple[str, str | None]]:
    """``(kind, speaker)`` of every quote in ``text``."""
    return [
        (q.kind.value, q.attribution.speaker if q.attribution else None)
        for q in extract_quotes(text)
    ]


class TestRound3Rules:
    """General rules added after the blind10 scoring run; every sentence here is invented."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "Grain exports fell by a tenth, according to the Ministry of Farming, "
                    "Forests and Water."
                ),
                "Ministry of Farming, Forests and Water",
            ),
            (
                "The Department of Ports, Roads and Rail said the tunnel would reopen in May.",
                "Department of Ports, Roads and Rail",
            ),
            (
                (
                    '"The grid is stretched," Land, Sea and Air Minister Oda Ferrin told a '
                    "news conference."
                ),
                "Oda Ferrin",
            ),
            (
                (
                    "Secretary for Parks and Leisure Mabel Chow Siu-ling said the pools would "
                    "open early."
                ),
                "Mabel Chow Siu-ling",
            ),
        ],
    )
    def test_names_and_titles_with_a_listed_complement(self, text: str, speaker: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == speaker

    def test_nominal_title_with_a_listed_complement_has_no_name(self) -> None:
        text = (
            "Tuition fees will be frozen for two more years, the Minister for Schools and "
            "Higher Learning has said."
        )
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.attribution is not None
        assert quote.attribution.mention == "the Minister for Schools and Higher Learning"
        assert quote.attribution.speaker is None

    def test_forum_heads_an_organisation_name(self) -> None:
        text = "The Coastal Ferry Operators Forum said in a statement that fares would rise."
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Coastal Ferry Operators Forum"
        assert quote.attribution.speaker_kind is SpeakerKind.ORGANISATION

    @pytest.mark.parametrize("occupation", ["Geologist", "Beekeeper", "Welder", "Surveyor"])
    def test_capitalised_unlisted_occupation_is_a_title(self, occupation: str) -> None:
        text = f"The quarry shut on Monday. {occupation} Tamsin Orell said the slope had moved."
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Tamsin Orell"
        assert quote.attribution.role == occupation

    def test_three_word_name_is_not_an_occupation(self) -> None:
        text = "Walter Jonas Pike said the slope had moved twice this year."
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Walter Jonas Pike"

    def test_outlet_possessive_is_not_part_of_the_name(self) -> None:
        text = (
            "Radio Meridian's Fergal Osei, reporting from the border, said queues had grown "
            "to several kilometres."
        )
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Fergal Osei"

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "Brackwell Water has been fined for polluting a stream.\n\n"
                    "Brackwell said in a statement that it would appeal."
                ),
                "Brackwell Water",
            ),
            (
                (
                    "A lawsuit accuses drug wholesaler Ostrava Health of fixing prices.\n\n"
                    "Ostrava said it would fight the claims."
                ),
                "Ostrava Health",
            ),
        ],
    )
    def test_short_name_of_an_organisation_named_in_full_before(
        self, text: str, speaker: str
    ) -> None:
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == speaker

    def test_council_nominal_prefers_the_council_that_spoke(self) -> None:
        text = (
            "Fenmoor District Council said the pools were too costly to run.\n\n"
            'Council leader Ivy Marsh said: "We had no choice."\n\n'
            "The council said two pools could be run by a charity."
        )
        speakers = [s for k, s in _speakers(text) if k == "indirect"]
        assert speakers == ["Fenmoor District Council", "Fenmoor District Council"]

    def test_agency_nominal_resolves_to_a_public_service(self) -> None:
        text = (
            "Wolves have returned to the valley, the Alpine Wildlife Service said on Monday.\n\n"
            "Twelve packs were counted last winter, the agency said in a report."
        )
        assert [s for _, s in _speakers(text)] == ["Alpine Wildlife Service"] * 2

    def test_indefinite_nominal_with_a_listed_name_stays_unresolved(self) -> None:
        text = (
            'Mina Sorel, a spokesperson for the Harbour Board, said: "We are looking at it."'
            "\n\nA Department for Rivers, Canals and Locks spokesperson said: "
            '"The weir will be rebuilt."'
        )
        assert [s for _, s in _speakers(text)] == ["Mina Sorel", None]

    def test_nominal_with_other_capitalised_modifiers_does_not_refer_back(self) -> None:
        text = (
            'Mina Sorel, a spokesperson for the Harbour Board, said: "We are looking at it."'
            '\n\nThe Treasury spokesperson said: "The funds are ready."'
        )
        assert [s for _, s in _speakers(text)] == ["Mina Sorel", None]

    def test_nominal_with_matching_capitalised_modifier_refers_back(self) -> None:
        text = (
            'Harbour Board spokesperson Mina Sorel said: "We are looking at it."'
            '\n\nThe Harbour Board spokesperson said: "The funds are ready."'
        )
        assert [s for _, s in _speakers(text)] == ["Mina Sorel", "Mina Sorel"]

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            ('"She lit up every room," the family said.', "the family"),
            ('"She lit up every room," her family said in a statement.', "her family"),
            ('"They were so happy," the couple told reporters.', "the couple"),
        ],
    )
    def test_collective_family_is_a_group_speaker(self, text: str, mention: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.mention == mention
        assert quote.attribution.speaker_kind is SpeakerKind.GROUP

    def test_participle_phrase_naming_a_family_is_not_the_speaker(self) -> None:
        text = (
            "Barrister Colm Adair, acting for the family, told the inquest that the ward "
            "had been short of staff."
        )
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Colm Adair"

    def test_family_of_a_named_person_is_a_group(self) -> None:
        (quote,) = extract_quotes('"He was our rock," said the family of Piet Voorn.')
        assert quote.attribution is not None
        assert quote.attribution.speaker == "family of Piet Voorn"
        assert quote.attribution.speaker_kind is SpeakerKind.GROUP

    @pytest.mark.parametrize(
        "text",
        [
            (
                '"The reef is dying," said Lena Okoro of the Mombasa-based group Save the '
                'Reefs. "We have ten years."'
            ),
            '"The reef is dying," said Lena Okoro of Save the Reefs. "We have ten years."',
        ],
    )
    def test_affiliation_with_the_inside_keeps_a_split_quote(self, text: str) -> None:
        (quote,) = extract_quotes(text)
        assert len(quote.spans) == 2
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Lena Okoro"

    def test_plural_organisation_nouns_head_a_group(self) -> None:
        text = "Relief charities have warned that the harvest will fail across the north."
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Relief charities"
        assert quote.attribution.speaker_kind is SpeakerKind.GROUP

    def test_according_to_an_object_pronoun(self) -> None:
        text = (
            "Envoy Marta Linde told reporters the border talks had stalled.\n\n"
            "According to her, the other side had not replied for a month."
        )
        quotes = extract_quotes(text)
        assert [q.text for q in quotes][-1] == "the other side had not replied for a month"
        assert quotes[-1].attribution is not None
        assert quotes[-1].attribution.mention == "her"
        assert quotes[-1].attribution.speaker == "Marta Linde"

    def test_contracted_subject_pronoun_opens_a_bare_clause(self) -> None:
        text = "Farmer Ned Quill says he'll believe it when the pipes are laid."
        (quote,) = extract_quotes(text)
        assert quote.text == "he'll believe it when the pipes are laid"
        assert quote.attribution is not None
        assert quote.attribution.speaker == "Ned Quill"

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "The Central Bank of Ostmark kept its main lending rate at 6.25 percent for "
                    "a fifth straight meeting on Wednesday, saying price pressures were still "
                    "too strong."
                ),
                "Central Bank of Ostmark",
            ),
            (
                "Brellin Corp. cut its annual forecast, saying orders had slowed in Asia.",
                "Brellin Corp.",
            ),
            (
                (
                    "Dutch chip equipment maker Veldhoven Optics reported a larger-than-expected "
                    "drop in third-quarter orders on Tuesday and said it would close two plants."
                ),
                "Veldhoven Optics",
            ),
        ],
    )
    def test_participle_or_second_verb_takes_the_sentence_subject(
        self, text: str, speaker: str
    ) -> None:
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.attribution is not None
        assert quote.attribution.speaker == speaker

    def test_hyphenated_adjective_in_an_object_is_not_a_verb(self) -> None:
        text = "Veldhoven Optics reported a larger-than-expected drop in orders on Tuesday."
        assert extract_quotes(text) == ()

    def test_role_apposition_with_a_plural_possessive_is_not_the_speaker(self) -> None:
        text = (
            "R. Selvam, secretary of the Pamban Net Menders’ Welfare Union, said the nets "
            "had been cut overnight."
        )
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker == "R. Selvam"

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            (
                (
                    "Harrowgate Systems said in a regulatory filing on Monday that its revenue "
                    "fell by a third."
                ),
                "said in a regulatory filing",
            ),
            (
                "The carrier said in a stock exchange filing that fuel costs had doubled.",
                "said in a stock exchange filing",
            ),
        ],
    )
    def test_adjective_before_a_filing_extends_the_cue(self, text: str, cue: str) -> None:
        (quote,) = extract_quotes(text)
        assert quote.kind is QuoteKind.INDIRECT
        assert quote.attribution is not None
        assert quote.attribution.cue == cue

    def test_company_plural_makes_a_two_word_name_an_organisation(self) -> None:
        (quote,) = extract_quotes("Harrowgate Systems said its revenue fell by a third.")
        assert quote.attribution is not None
        assert quote.attribution.speaker_kind is SpeakerKind.ORGANISATION

    def test_final_attribution_before_up_or_down_and_a_place_adjective_nominal(self) -> None:
        text = (
            "Dorrik Instruments AG shares fell after it cut its outlook.\n\n"
            "Sales will grow 1% to 3% this year, the Basel-based company said in a "
            "statement on Tuesday, down from a range of 5% to 7%."
        )
        (quote,) = extract_quotes(text)
        assert quote.text == "Sales will grow 1% to 3% this year"
        assert quote.attribution is not None
        assert quote.attribution.mention == "the Basel-based company"
        assert quote.attribution.speaker == "Dorrik Instruments AG"

    def test_according_to_a_post_modified_group_keeps_the_phrase(self) -> None:
        text = (
            "Marlow Foods is weighing a sale of its dairy arm, according to two people "
            "familiar with the talks, in a deal that could close by June."
        )
        (quote,) = extract_quotes(text)
        assert quote.text == "Marlow Foods is weighing a sale of its dairy arm"
        assert quote.attribution is not None
        assert quote.attribution.speaker == "two people familiar with the talks"
        assert quote.attribution.speaker_kind is SpeakerKind.GROUP

    def test_programme_title_after_an_outlet_possessive_is_not_a_piece(self) -> None:
        text = '"Shoppers are trading down," CFO Rhea Banning said on WKTV\'s "Morning Ledger."'
        quotes = extract_quotes(text)
        assert [(q.kind.value, q.text) for q in quotes] == [
            ("direct", "Shoppers are trading down,"),
            ("partial", "Morning Ledger."),
        ]
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == "Rhea Banning"
        assert quotes[1].attribution is None

    def test_this_before_an_auxiliary_is_the_clause_subject(self) -> None:
        (quote,) = extract_quotes("Ms. Arden said this was the third flood since spring.")
        assert quote.text == "this was the third flood since spring"

    def test_object_relative_with_a_speech_verb_reports_the_clause(self) -> None:
        text = (
            "The council approved the car park despite protests from traders who said the "
            "closures would drive shoppers away."
        )
        (quote,) = extract_quotes(text)
        assert quote.text == "the closures would drive shoppers away"
        assert quote.attribution is not None
        assert quote.attribution.mention == "traders"

    def test_subject_relative_with_a_speech_verb_is_not_reported(self) -> None:
        assert extract_quotes("Tenants who said they had no heating were moved to a hotel.") == ()

    def test_relative_aside_inside_a_bare_clause_subject(self) -> None:
        text = (
            "She said villages along the Tarn and the Lisle, which also rely on the old "
            "reservoir, would face the same restrictions."
        )
        (quote,) = extract_quotes(text)
        assert quote.text.startswith("villages along the Tarn")
        assert quote.text.endswith("would face the same restrictions")

    def test_participle_after_a_participle_modifier_takes_the_subject(self) -> None:
        text = (
            "A county judge on Friday threw out a suit accusing Pellham Mills of dumping "
            "waste, saying the plaintiffs had waited too long."
        )
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.mention == "A county judge"
        assert quote.attribution.speaker is None  # an indefinite nominal

    def test_team_nominal_resolves_to_the_team_in_a_player_title(self) -> None:
        text = (
            "Harbor City Gulls forward Nate Ober will miss six weeks with a broken wrist, "
            "the team announced on Monday."
        )
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.mention == "the team"
        assert quote.attribution.speaker == "Harbor City Gulls"

    def test_former_is_not_a_team_name(self) -> None:
        text = "Former coach Tom Hale will not return next season, the team announced."
        (quote,) = extract_quotes(text)
        assert quote.attribution is not None
        assert quote.attribution.speaker is None


class TestBlind11Rules:
    """General rules added after the blind11 first run; every sentence here is invented."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "Oslo-based Fjordhavn Capital said in a note that rates would rise.",
                "Fjordhavn Capital",
            ),
            ("New York-listed Arden Mills said it would appeal the ruling.", "Arden Mills"),
            # not after a lower-case word: the descriptor is inside a longer subject
            (
                "Analysts at Geneva-based Lund & Ekberg wrote in a note that the price was high.",
                "Analysts at Geneva-based Lund & Ekberg",
            ),
        ],
    )
    def test_descriptor_before_a_name(self, text, speaker):
        assert speaker == _one(text).speaker

    def test_body_named_after_its_members(self):
        attribution = _one(
            "The Association of Harbour Chief Engineers said the cranes were unsafe."
        ).attribution
        assert "Association of Harbour Chief Engineers" == attribution.speaker
        assert SpeakerKind.ORGANISATION == attribution.speaker_kind
        bailey = _one("Bank of Wessex Governor Ruth Ames said inflation would fall.").attribution
        assert ("Ruth Ames", SpeakerKind.PERSON) == (bailey.speaker, bailey.speaker_kind)

    @pytest.mark.parametrize(
        "text",
        [
            "Sen. Ann Hale (R-Texas) said the bill was dead.",
            "Council member Ann Hale (D-District 7) said the bill was dead.",
            '"The bill is dead," said Ann Hale (R-Texas).',
            '"The bill is dead," said Ann Hale (Labour).',
        ],
    )
    def test_bracketed_note_between_speaker_and_cue(self, text):
        assert "Ann Hale" == _one(text).attribution.speaker

    def test_surname_after_a_possessive_full_name(self):
        text = (
            "The Kings led early. Sacramento's Jalen Whitmore finished with 29 points.\n\n"
            '"We had it," said Whitmore, who played 41 minutes.'
        )
        assert "Jalen Whitmore" == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            (
                (
                    "Abalone diver Kyle Dempsey, who has worked the coast for 22 years, "
                    "said the season was lost."
                ),
                "Abalone diver",
            ),
            (
                "Local diver Kyle Dempsey, who works the coast, said the season was lost.",
                "Local diver",
            ),
        ],
    )
    def test_role_before_a_name_with_a_relative_clause(self, text, role):
        attribution = _one(text).attribution
        assert ("Kyle Dempsey", role) == (attribution.speaker, attribution.role)

    def test_a_place_aside_is_not_a_role(self):
        text = "Ms Hughes, 42, from Swansea, said the wait was long."
        assert "Hughes" in _one(text).attribution.speaker


class TestRound4Rules:
    """General rules added in the fourth accuracy round; every sentence here is invented."""

    def test_surname_resolves_to_a_name_given_with_initials(self):
        text = (
            "Justices T. Marlow and D. Okafor heard the appeal on Monday.\n\n"
            "Justice Marlow said the delay was unacceptable."
        )
        attribution = _one(text).attribution
        assert ("T. Marlow", "Justice") == (attribution.speaker, attribution.role)

    @pytest.mark.parametrize(
        ("text", "role"),
        [
            ("Reeve Alma Toews said the town had offered a house.", "Reeve"),
            ("Regular Owen Pryce, 81, said he had eaten there for years.", "Regular"),
            ("Co-founder Ida Brandt said the buyer would keep the staff.", "Co-founder"),
        ],
    )
    def test_title_before_a_name_at_a_sentence_start(self, text, role):
        attribution = _one(text).attribution
        assert role == attribution.role
        assert " " in attribution.speaker
        assert not attribution.speaker.startswith(role)

    @pytest.mark.parametrize(
        "text",
        [
            "But the Welsh Porters and Cleaners Federation said the cuts were a freeze.",
            "The Welsh Porters and Cleaners Federation (WPCF) said the cuts were a freeze.",
        ],
    )
    def test_and_inside_an_organisation_name(self, text):
        assert "Welsh Porters and Cleaners Federation" == _one(text).attribution.speaker

    def test_and_between_two_companies_is_not_one_name(self):
        text = "Acme and Rival Holdings said the cuts were a freeze."
        assert "Acme and Rival Holdings" != _one(text).attribution.speaker

    def test_possessive_opening_a_sentence_is_not_its_subject(self):
        text = (
            "Brennholt Foods AG agreed to buy Larchmere Inc. for $2 billion.\n\n"
            "Brennholt's shares fell 3% in Zurich. The company said results would come next year."
        )
        assert "Brennholt's" != _one(text).attribution.speaker
        text = "McDonald's raised prices in March. The company said sales would recover."
        assert "McDonald's" == _one(text).attribution.speaker

    def test_minerals_company_is_an_organisation(self):
        text = (
            "Kowhai Minerals said it had met with local groups.\n\n"
            "The company said the mine would create 250 jobs."
        )
        quotes = extract_quotes(text)
        assert SpeakerKind.ORGANISATION == quotes[0].attribution.speaker_kind
        assert "Kowhai Minerals" == quotes[-1].attribution.speaker

    def test_portuguese_particle_inside_a_name(self):
        text = "Aeroportos do Norte said the money had been used to repair runways."
        assert "Aeroportos do Norte" == _one(text).attribution.speaker

    def test_gender_word_inside_a_possessive_does_not_count(self):
        text = (
            "Transit chief Omar Pike said a quarter of posts were vacant.\n\n"
            "King George's County Council member Lena Ortiz said the county was not consulted.\n\n"
            '"These routes matter the most," she said.'
        )
        assert "Lena Ortiz" == extract_quotes(text)[-1].attribution.speaker

    def test_lower_case_nominal_is_not_found_again_by_its_last_word(self):
        text = (
            "A Northland hapori says it will take the council to court.\n\n"
            "Resources Minister Omar Pike told reporters the process required consultation "
            "with each hapori. No decision had yet been made, he said."
        )
        assert "Omar Pike" == extract_quotes(text)[-1].attribution.speaker

    def test_the_judge_refers_back_to_a_justice(self):
        text = (
            "Justices T. Marlow and D. Okafor heard the appeal on Monday.\n\n"
            "Justice Marlow said the delay was unacceptable. "
            '"The river will not wait for you," the judge remarked.'
        )
        assert "T. Marlow" == extract_quotes(text)[-1].attribution.speaker

    def test_short_company_name_keeps_the_legal_suffix(self):
        text = (
            "Brennholt Foods AG agreed to buy a rival for $2 billion.\n\n"
            "The company will pay $47 a share, Brennholt said in a statement."
        )
        assert "Brennholt Foods AG" == _one(text).attribution.speaker


class TestRound5Rules:
    """General rules added in the fifth accuracy round; every sentence here is invented."""

    def test_company_after_shares_of_keeps_its_legal_suffix(self):
        text = (
            "Shares of Corrigan Metals Inc. fell 12% on Tuesday.\n\n"
            "The company said output would fall short of forecasts."
        )
        assert "Corrigan Metals Inc." == _one(text).attribution.speaker

    def test_title_complement_with_and_the(self):
        text = (
            "Minister for Housing and the Environment Ruth Abara said the rules would apply "
            "from March."
        )
        attribution = _one(text).attribution
        assert ("Ruth Abara", "Minister") == (attribution.speaker, attribution.role)

    def test_the_agency_resolves_to_an_agency_named_outside_a_subject(self):
        text = (
            "New rules were announced by the Coastal Protection Agency (CPA) on Monday.\n\n"
            "The rules will cover 40 beaches, the agency said."
        )
        assert "Coastal Protection Agency" == _one(text).attribution.speaker

    def test_the_agency_needs_a_proper_name_before_it(self):
        text = (
            "Staff at the Agency were told on Monday.\n\n"
            "The rules will cover 40 beaches, the agency said."
        )
        assert _one(text).attribution.speaker is None

    def test_apposed_role_with_the_is_not_the_speaker(self):
        text = (
            "Mara Quist, the general secretary of the Ferry Workers' Union, said: "
            '"We will strike on Friday."'
        )
        attribution = _one(text).attribution
        assert ("Mara Quist", "Mara Quist") == (attribution.speaker, attribution.mention)
        assert "general secretary of the Ferry Workers' Union" == attribution.role

    def test_the_company_is_not_a_person_with_a_company_role(self):
        text = (
            '"We will hire 50 people," Ida Lund, the company\'s founder, said.\n\n'
            "Tarnby Robotics said it would open a plant. The company said it aimed to sell "
            "1,000 units."
        )
        assert "Tarnby Robotics" == extract_quotes(text)[-1].attribution.speaker

    def test_participle_object_is_not_a_reported_clause(self):
        text = "The ministry declared a state of emergency, saying floods had killed 30 people."
        quote = _one(text)
        assert ("floods had killed 30 people", "saying") == (quote.text, quote.attribution.cue)

    def test_participle_takes_the_subject_after_a_transitive_speech_verb(self):
        text = (
            "Oslo (AFP) - Norway's fisheries ministry on Monday declared a ban on cod fishing "
            "in two northern counties, saying stocks had fallen by half."
        )
        attribution = _one(text).attribution
        assert ("Norway's fisheries ministry", "saying") == (attribution.speaker, attribution.cue)

    @pytest.mark.parametrize(
        ("text", "mention"),
        [
            (
                '"The gap is large," a source familiar with the plan said.',
                "a source familiar with the plan",
            ),
            (
                '"Robots could help," an official in charge of the project told a briefing.',
                "an official in charge of the project",
            ),
            ('"We were not warned," residents of Tarvik said.', "residents of Tarvik"),
        ],
    )
    def test_post_modified_speaker_after_a_quote(self, text, mention):
        attribution = _one(text).attribution
        assert mention == attribution.mention

    def test_a_role_noun_naming_no_one_refers_to_the_last_speaker(self):
        text = (
            "Moscow will respond in kind, Deputy Foreign Minister Pavel Orlin told TASS.\n\n"
            '"Our response will be proportionate," the diplomat said.'
        )
        assert "Pavel Orlin" == extract_quotes(text)[-1].attribution.speaker

    def test_a_role_noun_needs_a_speaker_just_before(self):
        text = '"Our response will be proportionate," the diplomat said.'
        assert _one(text).attribution.speaker is None

    def test_gender_from_a_later_pronoun_applies_to_earlier_mentions(self):
        text = (
            "The region will offer free lunches, Gov. Ken Moro announced on Monday.\n\n"
            '"This is an investment," he said.\n\n'
            "A mother of two said the change would help. "
            '"With prices going up, it really helps," she said.'
        )
        assert extract_quotes(text)[-1].attribution.speaker is None

    def test_relative_subject_mention_leaves_out_the_auxiliary(self):
        text = "A farmer who lost his herd in the floods has said that the payouts were too slow."
        assert "A farmer who lost his herd in the floods" == _one(text).attribution.mention

    def test_sentence_final_attribution_with_a_to_phrase(self):
        text = "The closures will affect 800 workers, the company said in a filing to the exchange."
        quote = _one(text)
        assert ("The closures will affect 800 workers", "said in a filing") == (
            quote.text,
            quote.attribution.cue,
        )

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "Waiting lists grew by a third, according to new figures from the Valley Fund.",
                "Valley Fund",
            ),
            ("Care needs will double, according to health ministry estimates.", "health ministry"),
            (
                "Prices rose 3%, according to a report published by the Reserve Bank of Tarvia.",
                "Reserve Bank of Tarvia",
            ),
        ],
    )
    def test_according_to_a_publication_names_its_body(self, text, speaker):
        assert speaker == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Groups praised the plan, though some said it did not go far enough.", "some"),
            (
                "Cycling advocates said the crash showed the need for bike lanes.",
                "Cycling advocates",
            ),
            ("Tarvia's peak farming body says the change could force growers out.", None),
        ],
    )
    def test_more_group_and_body_subjects(self, text, speaker):
        attribution = _one(text).attribution
        assert attribution.speaker_kind.value in {"group", "organisation"}
        if speaker is not None:
            assert speaker == attribution.speaker

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            ("The petitioner submitted that the units kept releasing dye.", "submitted"),
            ("Shares fell after the miner disclosed that output would fall.", "disclosed"),
            ("The panel concluded that the crash was avoidable.", "concluded"),
        ],
    )
    def test_risky_verbs_with_that(self, text, cue):
        assert cue == _one(text).attribution.cue

    def test_risky_verbs_without_that_are_not_cues(self):
        assert () == extract_quotes("The miner disclosed a loss and submitted a plan.")

    def test_the_people_resolves_to_the_sources_named_before(self):
        text = (
            "Tarvik Marine is exploring a sale, according to people familiar with the matter.\n\n"
            "The company has hired advisers, the people said. No decision has been made, "
            "they said."
        )
        speakers = {q.attribution.speaker for q in extract_quotes(text)}
        assert {"people familiar with the matter"} == speakers

    @pytest.mark.parametrize(
        "text",
        [
            "Human rights groups said the law was unjust.",
            "Nursing home industry groups have said the cap is needed.",
            "The law limits damages. Consumer advocacy groups said the cap is needed.",
        ],
    )
    def test_lower_case_modifiers_after_a_capitalised_opener(self, text):
        speaker = _one(text).attribution.speaker
        assert speaker.endswith("groups")
        assert " " in speaker

    @pytest.mark.parametrize(
        ("text", "cue", "content"),
        [
            (
                "Insp Mark Dole told the BBC darker streets could help thieves.",
                "told the BBC",
                "darker streets could help thieves",
            ),
            (
                "Dole told a news conference prices would rise.",
                "told a news conference",
                "prices would rise",
            ),
        ],
    )
    def test_told_addressee_ends_before_the_clause(self, text, cue, content):
        quote = _one(text)
        assert (content, cue) == (quote.text, quote.attribution.cue)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Supervisor Pat Hale said the county erred.", "Pat Hale"),
            ("Police spokesman SP Ade Okun said the suspects confessed.", "Ade Okun"),
            ("Finance Minister Datuk Lim Wei Shen said the ringgit was stable.", "Lim Wei Shen"),
            ("Works Undersecretary Eddie Mana said the audit began.", "Eddie Mana"),
        ],
    )
    def test_more_titles_stay_out_of_names(self, text, speaker):
        assert speaker == _one(text).attribution.speaker

    def test_company_suffix_period_is_kept_after_a_short_name(self):
        text = (
            "Harrow Industrial Corp. agreed to buy a rival.\n\n"
            "The offer is a 31% premium, Harrow said."
        )
        assert "Harrow Industrial Corp." == _one(text).attribution.speaker

    def test_a_company_found_through_a_nominal_is_it_later(self):
        text = (
            "Logistics firm Najm Cargo Co. plans to list its shares, the company said. "
            "The firm will sell 30 percent, it said in a filing."
        )
        speakers = [q.attribution.speaker for q in extract_quotes(text)]
        assert ["Najm Cargo Co.", "Najm Cargo Co."] == speakers

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "“Towns have waited a year,” Sen. Laura Pike (D-Ore.) told POLITICO on "
                    "Tuesday. “If it doesn’t ride on this bill, it doesn’t happen.”"
                ),
                "Laura Pike",
            ),
            (
                (
                    "“Every batch is different,” Ishida says, brushing gray ash from her "
                    "sleeves. “Sometimes the kiln agrees with me.”"
                ),
                "Ishida",
            ),
            (
                (
                    "“Each camera goes near a school,” said Coun. Dina Marco (Ward 9, "
                    "Davenport), who chairs the committee. “This is not about revenue.”"
                ),
                "Dina Marco",
            ),
        ],
    )
    def test_split_quote_over_notes_and_long_participles(self, text, speaker):
        quote = _one(text)
        assert 2 == len(quote.spans)
        assert speaker == quote.attribution.speaker

    def test_title_with_a_lower_case_complement_before_a_name(self):
        text = "Pelangi Securities head of research Mohd Aziz Hamdan said the index rose."
        assert "Mohd Aziz Hamdan" == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Ravi Anand said the dye could be read using an app that converts it to a value.",
                "the dye could be read using an app that converts it to a value",
            ),
            (
                "Vollmer said the state would close a loophole that lets landlords dodge the cap.",
                "the state would close a loophole that lets landlords dodge the cap",
            ),
        ],
    )
    def test_that_inside_a_bare_clause_is_not_the_complementiser(self, text, content):
        assert content == _one(text).text

    def test_four_asides_between_name_and_cue(self):
        text = (
            "Wang Jian, a farmer in Dongying, east China's Shandong Province, who took part "
            "in the trials, said his harvest was nearly double."
        )
        assert "Wang Jian" == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        "text",
        [
            "The men were held on Monday, Ramesh Patel of the cyber police station said.",
            "The men were held on Monday, inspector Ramesh Patel of the cyber police station said.",
        ],
    )
    def test_person_of_a_lower_case_organisation(self, text):
        assert "Ramesh Patel" == _one(text).attribution.speaker

    def test_determiner_ending_a_post_modifier_is_no_subject(self):
        text = "Officials at the state health department said demand had doubled."
        assert 1 == len(extract_quotes(text))

    def test_pronoun_after_a_surname_subject_with_an_auxiliary(self):
        text = (
            "Kings guard Jalen Okoro will miss six weeks, sources told ESPN.\n\n"
            '"It\'s a tough one," Kings coach Ron Castell said.\n\n'
            "Okoro was averaging 21.4 points.\n\n"
            'He posted a message on Instagram: "I\'ll be back stronger."'
        )
        assert "Jalen Okoro" == extract_quotes(text)[-1].attribution.speaker

    def test_acronym_led_name_after_a_comma_is_no_titled_person(self):
        text = (
            '"I leave without regrets," Italian cyclist Marco Sarto told reporters.\n\n'
            "The rider said he would coach at his first club, GS Val Brembo.\n\n"
            "He added the hardest part would be giving up the mountains."
        )
        assert "Marco Sarto" == extract_quotes(text)[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            ("Protester Aibek Tokov said the police had no right.", "Aibek Tokov"),
            ("Garda Siobhan Keaney told the court the car was parked.", "Siobhan Keaney"),
            ("Ciara Nolane SC said her client was ashamed.", "Ciara Nolane"),
            ("Likud MK Eitan Gavri said the plan was a gimmick.", "Eitan Gavri"),
            (
                "Agam Regent Andri Saputo said the regency had declared an emergency.",
                "Andri Saputo",
            ),
            (
                (
                    "Secretary-General of the Supreme Council of Antiquities Hisham Abdel-Rahim "
                    "said the papyri were restored."
                ),
                "Hisham Abdel-Rahim",
            ),
            (
                "Minister of National Defense Lin Chih-wei said the budget was needed.",
                "Lin Chih-wei",
            ),
            (
                (
                    '"Investors are taking profits," Northpoint Securities Inc. research head '
                    "Mark Dizen said in a text message."
                ),
                "Mark Dizen",
            ),
        ],
    )
    def test_titles_and_post_nominals_from_more_outlets(self, text, speaker):
        assert speaker == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            ('"We came to protect our hospital," Aibek Tokov told RFE/RL.', "told RFE/RL"),
            (
                '"I have backing," Ronit Shakel told The Times of Israel.',
                "told The Times of Israel",
            ),
            ("Niamh Corr told the Dáil on Wednesday that the cap was needed.", "told the Dáil"),
        ],
    )
    def test_addressees_with_slashes_and_of(self, text, cue):
        assert cue == _one(text).attribution.cue

    def test_uncased_script_in_brackets_after_a_name(self):
        text = (
            "Minister of National Defense Lin Chih-wei (林志偉) yesterday told lawmakers that "
            "the military needed the budget.\n\n"
            '"If the budget is cut, delivery will slip," Lin said.'
        )
        assert ["Lin Chih-wei", "Lin Chih-wei"] == [
            q.attribution.speaker for q in extract_quotes(text)
        ]

    def test_age_and_demonym_epithet(self):
        text = (
            '"I don\'t know how I won that," Mateo Ferro said.\n\n'
            "The 22-year-old Spaniard said he had struggled with cramps."
        )
        assert "Mateo Ferro" == extract_quotes(text)[-1].attribution.speaker

    def test_sport_position_before_a_name(self):
        text = (
            "Left-arm spinner Bibek Magan, who took four for 18, told the Post that the pitch "
            'offered "more grip than expected".'
        )
        assert {"Bibek Magan"} == {q.attribution.speaker for q in extract_quotes(text)}

    def test_inverted_nominal_with_an_apposed_name(self):
        text = '"We have deployed teams," said the Chief Medical Officer, Dr Grace Mwaka.'
        assert "Grace Mwaka" == _one(text).attribution.speaker

    def test_asked_with_an_object_does_not_block_the_participle_subject(self):
        text = (
            "Prosecutor Harriet Nabi opposed bail.\n\n"
            "Defence lawyer Ivan Kate asked court to release his clients on bail, arguing "
            "that they had sureties."
        )
        assert "Ivan Kate" == extract_quotes(text)[-1].attribution.speaker

    def test_two_asides_after_a_single_name(self):
        text = '"I heard a roar," Yusnia, 52, a resident of Malalak district, told the Post.'
        attribution = _one(text).attribution
        assert ("Yusnia", "told the Post") == (attribution.speaker, attribution.cue)

    def test_participle_subject_after_a_criticising_verb_with_an_object(self):
        text = (
            "Residents fled.\n\nLocal mayor Petros Liakas criticised the response, saying only "
            "two aircraft had been available."
        )
        assert "Petros Liakas" == extract_quotes(text)[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "cue"),
        [
            ("She told our correspondent that she lost two phones.", "told our correspondent"),
            ("He told his lawyer he would appeal.", "told his lawyer"),
        ],
    )
    def test_possessive_addressee_after_told(self, text, cue):
        assert cue == _one(text).attribution.cue

    def test_company_named_after_a_chain_noun(self):
        text = "Supermarket chain FreshMart will close eight outlets, the company said."
        assert "FreshMart" == _one(text).attribution.speaker

    def test_person_of_an_organisation_after_an_adjective_and_role(self):
        text = "The men were held, senior inspector Ramesh Patel of the cyber police station said."
        assert "Ramesh Patel" == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "content"),
        [
            (
                "Ariel Sando said gusts of up to 65 mph were expected.",
                "gusts of up to 65 mph were expected",
            ),
            (
                (
                    "Brigadier Motla Seabo said the gang, travelling in two cars, forced the van "
                    "off the road."
                ),
                "the gang, travelling in two cars, forced the van off the road",
            ),
            ("Residents say the trucks arrive late.", "the trucks arrive late"),
            (
                (
                    "Curator Mona Sherbin told Ahram Online the exhibition aims to show "
                    "ordinary people."
                ),
                "the exhibition aims to show ordinary people",
            ),
            (
                "The Ports Authority said it welcomed any reform that would cut delays.",
                "it welcomed any reform that would cut delays",
            ),
            (
                "Hung admitted to investigators that he had recruited staff online.",
                "he had recruited staff online",
            ),
            (
                "The Transport Agency says State Highway 25A could close at short notice.",
                "State Highway 25A could close at short notice",
            ),
            (
                "But Coun. Frank Zitto (Ward 23, Scarborough North) said residents were fined.",
                "residents were fined",
            ),
            (
                "The Democratic Party caucus said in a statement that the cut would hurt.",
                "the cut would hurt",
            ),
        ],
    )
    def test_more_reported_clauses(self, text, content):
        assert content == _one(text).text

    @pytest.mark.parametrize(
        "text",
        [
            "He warned residents to stay indoors.",
            "He described the city as a jewel.",
        ],
    )
    def test_objects_are_still_not_clauses(self, text):
        assert () == extract_quotes(text)

    def test_pronoun_after_a_role_subject_sentence(self):
        text = (
            "District Court Judge Anna Leung Ka-wai jailed the man.\n\n"
            '"He knows there is no excuse," defence counsel Ray Siu said.\n\n'
            'But the judge was not persuaded. "Debts do not explain it," she said.'
        )
        assert "Anna Leung Ka-wai" == extract_quotes(text)[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                "New Zealand's central bank said it would keep rates unchanged.",
                "New Zealand's central bank",
            ),
            ("Two former guests told CBS News they had not heard about it.", "Two former guests"),
            ("Datuk Seri Noraini Hashi said the exams would change.", "Noraini Hashi"),
            (
                "National Civil Protection Coordinator Jorge Ibarr said the storm weakened.",
                "Jorge Ibarr",
            ),
        ],
    )
    def test_possessive_places_numbers_and_more_titles(self, text, speaker):
        assert speaker == _one(text).attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "Norrfjord Cement has warned that profits will fall.\n\n"
                    "The company said operating profit would be lower."
                ),
                "Norrfjord Cement",
            ),
            (
                (
                    "Bramwell Rovers have sacked manager Neil Carr.\n\n"
                    "In a statement, the club said the decision had been taken with reluctance."
                ),
                "Bramwell Rovers",
            ),
        ],
    )
    def test_company_and_club_words_name_a_subject(self, text, speaker):
        assert speaker == extract_quotes(text)[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    'When Nadia Farook took over as chief, the firm lost money.\n\n"We walked away," '
                    "Farook told Fortune."
                ),
                "Nadia Farook",
            ),
            (
                (
                    "Jamie Pritchert's header earned a win.\n\n"
                    '"I can\'t describe it," Pritchert told BBC Sport.'
                ),
                "Jamie Pritchert",
            ),
            (
                '"The design is clever," says Olu Bakari at Imperial College London.',
                "Olu Bakari",
            ),
            (
                (
                    "The Securities and Exchange Board of Tarvia (Setar) proposed new rules.\n\n"
                    "Advisers will have to register, Setar said."
                ),
                "Securities and Exchange Board of Tarvia",
            ),
            (
                (
                    "Regulators approved a drug from the biotech Callowell Therapeutics.\n\n"
                    "The list price would be $3,950, Callowell said."
                ),
                "Callowell Therapeutics",
            ),
        ],
    )
    def test_full_names_behind_short_mentions(self, text, speaker):
        assert speaker == extract_quotes(text)[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "speaker", "cue"),
        [
            (
                '"We heard you," Lumen\'s head of product, Dev Arnand, said at the launch.',
                "Dev Arnand",
                "said",
            ),
            (
                "The deal will be funded by debt, Orchid Cove Holdings said in a bourse filing.",
                "Orchid Cove Holdings",
                "said in a bourse filing",
            ),
            (
                (
                    "Advisers will have to register, Setar said in a consultation paper released on "
                    "Tuesday."
                ),
                "Setar",
                "said in a consultation paper",
            ),
        ],
    )
    def test_role_complements_and_more_source_phrases(self, text, speaker, cue):
        attribution = _one(text).attribution
        assert (speaker, cue) == (attribution.speaker, attribution.cue)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            (
                (
                    "TOKYO -- Sakurano Electronics will invest 300 billion yen in a plant, the "
                    "company announced on Tuesday."
                ),
                "Sakurano Electronics",
            ),
            (
                (
                    "Commerce ministry spokesman Lin Haoyu spoke on Monday.\n\n"
                    '"The door will only open wider," Lin said.'
                ),
                "Lin Haoyu",
            ),
            ("Grazier Kylie McNamee said she had lost 200 head of cattle.", "Kylie McNamee"),
        ],
    )
    def test_own_sentence_company_family_name_first_and_more_roles(self, text, speaker):
        assert speaker == extract_quotes(text)[-1].attribution.speaker

    def test_own_sentence_subject_needs_a_company_name(self):
        text = "Ann Lowe will shut two yards, the company said."
        assert _one(text).attribution.speaker is None


class TestClauseSpeedPathsAreExact:
    """The shortcuts taken in finding reported clauses give what the plain reading gives."""

    # Words and marks around which _clause_stop and _complement decide: the tokens that
    # may end a clause, the words after them that make it end, and "that" in many cases.
    pieces = (
        *("said", "that", "That", "THAT", "tHat", "thAT", "thats", "hat", "and", "but"),
        *("while", "denied", "apologised", "told", "adding", "according", "to", "a", "day"),
        *("after", "it", "would", "the", "plan", "Jane", "on", "Monday", "x", "Ünal", "ẞ"),
        *("İ", ",", ";", ":", ".", '"', "“", "(", "—", "’"),
        *("and said", "but denied", ", adding", ": “", ", according to", ", a day after"),
    )

    @staticmethod
    def plain_clause_stop(text, toks, m, start, e):
        """``_clause_stop`` as a plain loop over every token (the reference for its fast path)."""
        from newsmodel._parse_quotes import (
            _CLAUSE_BREAKS,
            _QUOTE_CHARS,
            CUE_FORMS,
            _clause_appendix,
            _clause_end,
            _speaker_verb,
        )

        n = len(toks)
        while m < n and toks[m][1] < e:
            t = toks[m][0]
            if t == ";" or (t == ":" and m + 1 < n and toks[m + 1][0] in _QUOTE_CHARS):
                return _clause_end(text, start, toks[m][1])
            if t == "," and m + 1 < n:
                nxt = toks[m + 1][0].lower()
                if nxt in _CLAUSE_BREAKS or (nxt.endswith("ing") and nxt in CUE_FORMS):
                    return _clause_end(text, start, toks[m][1])
                if _clause_appendix(toks, m + 1):
                    return _clause_end(text, start, toks[m][1])
            if t in {"and", "but"} and m + 1 < n and _speaker_verb(toks[m + 1][0]):
                return _clause_end(text, start, toks[m][1])
            m += 1
        return _clause_end(text, start, e)

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(pieces), max_size=30).map(" ".join), st.data())
    def test_clause_stop(self, text, data):
        """Stepping over the words that cannot end a clause finds the same end."""
        _assert_clause_stop_as_plain(text, data)

    @given(st.lists(st.sampled_from(pieces), max_size=30).map(" ".join), st.data())
    def test_that_is_in_the_lowered_text_of_its_tokens(self, text, data):
        """A token that lower-cases to "that" shows in the lower-cased text of a run holding it."""
        from newsmodel._parse_quotes import _tokens

        toks = _tokens(text, 0, len(text))
        if not toks:
            return
        j = data.draw(st.integers(0, len(toks) - 1))
        reach = min(len(toks), j + 11)
        has_that = any(t[0].lower() == "that" for t in toks[j:reach])
        found = "that" in text[toks[j][1] : toks[reach - 1][2]].lower()
        assert found or not has_that

    @pytest.mark.parametrize(
        "text",
        [
            "Officials said THAT the plan would work.",
            "Officials said on Monday That the plan would work.",
            "Officials said, on Monday, tHat the plan would work.",
        ],
    )
    def test_that_in_any_case(self, text):
        """A "that" opening the clause is found in any case, past adjuncts (its text is searched)."""
        assert [("the plan would work", "Officials")] == [
            (q.text, q.attribution.speaker) for q in extract_quotes(text)
        ]

    def test_only_ascii_letters_lower_to_t_h_a(self):
        """No other character lower-cases to a t, h or a (the "that" search relies on it)."""
        import sys

        others = [
            c
            for c in map(chr, range(sys.maxunicode + 1))
            if not c.isascii() and not {"t", "h", "a"}.isdisjoint(c.lower())
        ]
        assert [] == others

    @pytest.mark.parametrize(
        "text",
        [
            (
                "Officials said the minister said that the council said it said so on day 1. "
                "Officials said the minister said that the council said it said so on day 2."
            ),
            (
                "The ministry said it would act. The ministry said it would act again. "
                "Later the ministry said it would act, and the ministry said so."
            ),
            'The ministry said it would act. "We will," the ministry said in a statement.',
        ],
    )
    def test_kept_speakers_are_read_not_changed(self, text):
        """The speakers kept by ``_speaker_before`` stay as they were after clauses use them."""
        from newsmodel import _parse_quotes

        def snapshot():
            return {
                key: None
                if np is None
                else (np.span, np.text, np.kind, np.name, np.name_span, np.pronoun, np.role)
                for key, (np, _) in _parse_quotes._SPEAKERS_BEFORE.items()
            }

        first = [q.to_dict() for q in extract_quotes(text)]
        kept = snapshot()
        assert kept  # (the texts repeat openings: speakers are kept)
        second = [q.to_dict() for q in extract_quotes(text)]
        assert kept == {key: value for key, value in snapshot().items() if key in kept}
        assert _uncached(text) == first == second


def _plain_title_pattern(head: str):
    """The regex of a title ``head`` (or its abbreviation, in any case) and the name after it."""
    import regex

    from newsmodel._parse_quotes import _PERSON_NAME, _ROLE_ABBREVIATIONS

    words = [head] + [abbr for abbr, full in _ROLE_ABBREVIATIONS.items() if full == head]
    alts = "|".join(regex.escape(w) for w in words)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}.])(?i:{alts})\.?[ ](?:\p{{Lu}}\p{{Ll}}{{1,3}}\.[ ])*"
        rf"(?P<name>{_PERSON_NAME})"
    )


_TITLE_PIECES = (
    # titles in every case, abbreviated, hyphenated, inside other words and after a period
    *("Minister", "minister", "MINISTER", "Gen.", "gen", "GEN", "General", "general", "Sgt."),
    *("sgt", "CEO", "Ceo", "executive", "Director-General", "director-general", "Director"),
    *("Coach", "coach", "xcoach", "coachx", "1coach", ".Coach", "ex-coach", "Gen.eral"),
    # letters that match ignoring case (Kelvin sign, long s, dotted I), and other ones
    *("\u212aoach", "mini\u017fter", "M\u0130NISTER", "Generals", "Zo\u00eb", "\u0130"),
    # names, initials and their neighbours (a name may hold a title: "Leah Coach Moss")
    *("Leah", "Moss", "Ines", "Varga", "Jean-Luc", "al-Assad", "de", "J.", "A.", "Leah Moss"),
    *("\u00c9mile", "Zo\u00eb Varga", "Z.", "Y", "said", "the", "x", "7"),
)
_title_texts = st.lists(
    st.tuples(
        st.sampled_from(_TITLE_PIECES), st.sampled_from((" ", " ", " ", " ", ". ", ", ", "", "."))
    ),
    max_size=20,
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
"""Generated copy of titles before names, in the cases and forms ``_title_matches`` takes."""


class TestResolutionSearchesAreExact:
    """The speaker-resolution searches give what their plain definitions give."""

    _HEADS = ("minister", "general", "sergeant", "executive", "coach", "director-general")

    @staticmethod
    def _assert_title_matches(text, head):
        from newsmodel._parse_quotes import _title_folded, _title_matches

        expected = [(m.span("name"), m.end()) for m in _plain_title_pattern(head).finditer(text)]
        found = _title_matches(text, _title_folded(text), head)
        assert expected == [(m.span("name"), m.end()) for m in found]

    @given(_title_texts, st.sampled_from(_HEADS))
    def test_title_matches(self, text, head):
        """``_title_matches`` finds the names the plain pattern finds, with the same ends."""
        self._assert_title_matches(text, head)

    @pytest.mark.parametrize(
        "text",
        [
            "Coach Leah Coach Ines Moss and coach Ines Moss",  # a title inside a name taken
            "mini\u017fter Leah Moss and Minister Ines Varga",  # a long s matches an s
            "M\u0130NISTER Leah Moss, minister Ines Varga, ex-minister Leah Moss",
            "Gen. Leah Moss, GENERAL Ines Varga, gen.Leah Moss, xgeneral Ines Varga",
            "Director-General Leah Moss, the director-general A. B. Ines Varga",
            "\u212aoach Leah Moss. CEO Ines Varga. Sgt. Leah Moss",
            "Minister \u00c9mile Moss, minister Zo\u00eb Varga, minister Z. Varga, minister",
        ],
    )
    def test_title_matches_at_the_edges(self, text):
        """The same on names inside names, letters that fold, abbreviations, hyphens."""
        for head in self._HEADS:
            self._assert_title_matches(text, head)

    def test_title_words_fold_as_the_pattern_does(self):
        """A character matches a title word's letter, ignoring case, where it folds to it."""
        import regex

        from newsmodel._parse_quotes import _PERSON_OR_TITLE, _ROLE_ABBREVIATIONS, _title_folded

        # (what _title_folded is for: every title word is of these letters)
        letters = set("".join([*_PERSON_OR_TITLE, *_ROLE_ABBREVIATIONS]))
        assert letters <= set("abcdefghijklmnopqrstuvwxyz-")
        every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
        folded = _title_folded(every)
        assert len(every) == len(folded)
        for letter in letters:
            expected = [m.start() for m in regex.finditer(f"(?i){regex.escape(letter)}", every)]
            assert expected == [m.start() for m in regex.finditer(regex.escape(letter), folded)]


# --------------------------------------------------------------------------------------
# Round 9, speaker mentions and resolution: the plain versions of the functions given
# pre-checks (copied from before them), the references of TestRound9ResolutionSpeed.
# --------------------------------------------------------------------------------------


def _plain_mention_body(body):
    """``_NP._analyse``'s descriptor cut and ``caps`` as they were (every word searched)."""
    from newsmodel._parse_quotes import _PLACE_ADJECTIVE

    described = max(
        (i for i, w in enumerate(body[:-1]) if _PLACE_ADJECTIVE.search(w[0])), default=-1
    )
    if (
        described >= 0
        and body[described + 1][0][:1].isupper()
        and all(w[0][:1].isupper() for w in body[:described])
    ):
        body = body[described + 1 :]
    caps = [
        w
        for w in body
        if (w[0][:1].isupper() or w[0].startswith(("al-", "el-")))
        and not _PLACE_ADJECTIVE.search(w[0])
    ]
    return body, bool(caps)


def _plain_person_of_organisation(body, lowers):
    """``_person_of_organisation`` as it was before its round-9 pre-checks (the reference)."""
    from newsmodel._parse_quotes import (
        _PERSON_OR_TITLE,
        _STOP_CAPS,
        COUNTRIES,
        ORGANISATION_HEADS,
        ORGANISATION_NAMES,
        TITLE_WORDS,
    )

    lead = next(
        (i + 1 for i in range(min(3, len(body)) - 1, -1, -1) if lowers[i] in _PERSON_OR_TITLE),
        0,
    )
    if any(w[0][:1].isupper() for w in body[:lead]):
        lead = 0
    cut = next((i for i, low in enumerate(lowers) if low in {"of", "at", "from"}), 0)
    return (
        2 <= cut - lead <= 3
        and all(w[0][:1].isupper() and w[0].replace("-", "").isalpha() for w in body[lead:cut])
        and not any(
            low in ORGANISATION_HEADS
            or low in ORGANISATION_NAMES
            or low in TITLE_WORDS
            or low in COUNTRIES
            or low in _STOP_CAPS
            for low in lowers[lead:cut]
        )
        and not ORGANISATION_HEADS.isdisjoint(lowers[cut + 1 :])
    )


def _plain_np_post_modified(text, toks, j):
    """``_np_post_modified`` as it was before its round-9 pre-checks (the reference)."""
    from newsmodel._parse_quotes import (
        _DETERMINERS,
        _NP,
        _POST_MODIFIERS,
        _QUANTIFIERS,
        _QUANTIFIERS_OF_PLACES,
        _STOP_CAPS,
        CUE_FORMS,
        GROUP_NOUNS,
        ORGANISATION_HEADS,
        PERSON_NOUNS,
        TITLE_WORDS,
        _after_title_complement,
        _capitalised_word,
        _opening_modifier,
        _plural_group,
        _span,
    )

    if toks[j][0].lower() in _DETERMINERS:
        return None  # "Officials at the state ...": "state" is no cue after "the"
    stop = max(-1, j - 8)
    g = j - 1
    saw_preposition = False
    while g > stop:
        low = toks[g][0].lower()
        if (low in GROUP_NOUNS or low in PERSON_NOUNS or _plural_group(low)) and saw_preposition:
            break
        if low in _POST_MODIFIERS:
            saw_preposition = True
        elif not (
            low in _DETERMINERS
            or low in {"this", "these"}  # "Fishermen in this port city"
            or low in _QUANTIFIERS_OF_PLACES  # "Lawmakers on both sides"
            or (toks[g][0][:1].isalnum() and low not in CUE_FORMS and low not in _STOP_CAPS)
        ):
            return None
        g -= 1
    else:
        return None
    if g <= stop or toks[g + 1][0].lower() not in _POST_MODIFIERS:
        return None
    if (
        toks[g][0][:1].isupper()
        and toks[g][0].lower() in TITLE_WORDS
        and _after_title_complement(toks[g + 1 : j + 1])
    ):
        return None  # "Minister for Health Declan Furlong": a title and its complement
    if (
        toks[g][0].lower() in TITLE_WORDS
        and g + 3 < j
        and toks[g + 2][0].islower()
        and all(_capitalised_word(t[0]) for t in toks[g + 3 : j + 1])
        and toks[j][0].lower() not in ORGANISATION_HEADS
    ):
        return None  # "head of research Mohd Syafiq Hamdan": a title, then the name
    lo = g
    if lo > 0 and (
        toks[lo - 1][0].lower() in _DETERMINERS or toks[lo - 1][0].lower() in _QUANTIFIERS
    ):
        lo -= 1
    elif lo > 0 and _opening_modifier(toks, lo - 1):
        lo -= 1  # "Aid workers in the city say", at the start of the sentence
    np = _NP(text, toks, lo, g + 1)
    np.span = _span(toks[lo][1], toks[j][2])
    np.text = text[np.span.start : np.span.end]
    if np.kind == "group" and np.name is not None:
        np.name = np.text if toks[lo][0].lower() not in _DETERMINERS else np.text.split(None, 1)[-1]
        np.name_span = np.span
    return np


def _plain_np_org_in_place(text, toks, j):
    """``_np_org_in_place`` as it was before its round-9 pre-checks (the reference)."""
    from newsmodel._parse_quotes import (
        _STOP_CAPS,
        ORGANISATION_HEADS,
        _extend_mention,
        _np_back,
    )

    p = j
    while (
        p >= 0 and j - p < 4 and toks[p][0][:1].isupper() and toks[p][0].lower() not in _STOP_CAPS
    ):
        p -= 1
    if p == j or p < 1 or toks[p][0] != "in":
        return None
    head = toks[p - 1][0]
    if not head[:1].islower() or head not in ORGANISATION_HEADS:
        return None
    np = _np_back(text, toks, p)
    if np is None or np.span.end != toks[p - 1][2] or np.kind != "organisation":
        return None
    _extend_mention(text, np, toks[j][2], rename=True)
    np.pronoun = ""
    return np


def _plain_np_fwd(text, toks, i):
    """``_np_fwd`` as it was before its round-9 pre-checks (the reference)."""
    from newsmodel._parse_quotes import (
        _ABBREVIATIONS,
        _ADVERBS,
        _AGE_EPITHET,
        _COMPANY_SUFFIXES,
        _DETERMINERS,
        _NP,
        _PERSON_OR_TITLE,
        _POSSESSIVES,
        _QUANTIFIERS,
        _ROLE_SUFFIXES,
        _STOP_CAPS,
        CUE_FORMS,
        ORGANISATION_HEADS,
        PRONOUNS,
        _capitalised_word,
        _dotted_caps,
        _given_name,
        _is_head,
        _is_np_word,
        _listed_complement,
        _lower_alpha,
        _modified_occupation,
        _name_list_end,
        _plural_possessive,
    )

    n = len(toks)
    if i >= n:
        return None, i
    word = toks[i][0]
    if word.lower() in PRONOUNS:
        return _NP(text, toks, i, i + 1), i + 1
    j = i
    if word.lower() in _DETERMINERS or word.lower() in _POSSESSIVES or word.lower() in _QUANTIFIERS:
        j += 1
    start_body = j
    count = 0
    while j < n and count < 12:
        w = toks[j][0]
        low = w.lower()
        if (
            (_is_np_word(w) and low not in {"of", "for", "at"})
            or _given_name(toks, j)
            or (j > start_body and _plural_possessive(toks, j))
        ):
            j += 1
            count += 1
            continue
        if (
            w == "."
            and j > start_body
            and (
                toks[j - 1][0].lower() in _ABBREVIATIONS
                or (len(toks[j - 1][0]) == 1 and toks[j - 1][0].isupper())
                or _dotted_caps(toks[j - 1][0])
            )
            and j + 1 < n
            and (toks[j + 1][0][:1].isupper() or _dotted_caps(toks[j - 1][0]))
        ) or (
            w == "."
            and j > start_body
            and toks[j - 1][0].lower() in _COMPANY_SUFFIXES
            and j + 2 < n
            and _lower_alpha(toks[j + 1][0])
            and any(t[0] in _PERSON_OR_TITLE for t in toks[j + 1 : j + 4])
        ):  # "Northpoint Securities Inc. research head Mark Dizon said"
            j += 1
            continue
        if (
            low == "the"
            and j > start_body
            and toks[j - 1][0][:1].isupper()
            and j + 1 < n
            and _capitalised_word(toks[j + 1][0])
            and (j + 2 == n or toks[j + 2][0] in {".", ",", ";"})
        ):
            j += 2  # "Ann Mbugua of the group Save the Plains."
            count += 2
            continue
        body_range = range(start_body, j)
        if (
            low in {",", "and"}
            and j > start_body
            and all(toks[x][0][:1].isupper() or toks[x][0] in {"of", "for"} for x in body_range)
            and (end := _name_list_end(toks, j))
            and _listed_complement(toks, start_body, end)
        ):
            count += end - j  # "Ministry of Trade, Industry and Energy", "Economy, Trade
            j = end  # and Industry Minister Kenji Uemura"
            continue
        if (
            low == "and"
            and j > start_body + 2
            and j + 1 < n
            and toks[j + 1][0][:1].isupper()
            and _is_np_word(toks[j + 1][0])
            and any(toks[x][0] in {"for", "of"} for x in range(start_body + 1, j - 1))
            and any(toks[x][0].lower() in ORGANISATION_HEADS for x in range(start_body, j))
        ):
            j += 1  # "Centres for Disease Control and Prevention"
            count += 1
            continue
        if (
            low == "in"
            and j > start_body
            and j + 1 < n
            and toks[j - 1][0] in ORGANISATION_HEADS
            and toks[j + 1][0][:1].isupper()
            and _is_np_word(toks[j + 1][0])
        ):
            j += 1  # "the U.S. embassy in Baghdad"
            count += 1
            continue
        if low in {"of", "for", "at", "from"} and j > start_body and j + 1 < n:
            nxt = toks[j + 1][0]
            if nxt.lower() == "the" and j + 2 < n and _is_np_word(toks[j + 2][0]):
                j += 2
                count += 2
                continue
            if nxt[:1].isupper() and _is_np_word(nxt):
                j += 1
                count += 1
                continue
            break
        if (
            _lower_alpha(w)
            and low not in CUE_FORMS
            and low not in _ADVERBS
            and low not in _STOP_CAPS
        ):
            # Unknown modifiers before a head noun (the UN refugee agency) or a
            # name (guitarist Mick Harlan, county recorder Alma Ruiz).
            m = j
            while (
                m < n
                and m - j < 3
                and _lower_alpha(toks[m][0])
                and toks[m][0].lower() not in _STOP_CAPS
                and not _is_head(toks[m][0])
            ):
                m += 1
            if (
                (
                    all(toks[x][0][:1].islower() for x in range(start_body, j))
                    or all(toks[x][0][:1].isupper() for x in range(start_body, j))
                )
                and j < m < n
                and toks[m - 1][0].lower().endswith(_ROLE_SUFFIXES)
                and toks[m][0][:1].isupper()
            ):
                j = m
                continue
            if m < n and m - j < 3 and _is_head(toks[m][0]) and toks[m][0][:1].islower():
                j = m + 1
                count += m - j + 1
                continue
            if (
                j == start_body
                and low.endswith(_ROLE_SUFFIXES)
                and j + 1 < n
                and toks[j + 1][0][:1].isupper()
            ):
                j += 1
                continue
            if j == start_body > i and low.endswith(_ROLE_SUFFIXES) and len(low) > 4:
                return _NP(text, toks, i, j + 1), j + 1  # "a trader": unlisted occupation
            if j == start_body > i and _modified_occupation(toks, j):
                return _NP(text, toks, i, j + 2), j + 2  # "a veteran broker known as"
            if (
                j == start_body > i
                and j + 1 < n
                and _lower_alpha(toks[j + 1][0])
                and toks[j + 1][0].lower() not in _STOP_CAPS
                and _modified_occupation(toks, j + 1)
            ):
                return _NP(text, toks, i, j + 3), j + 3  # "a veteran floor trader known as"
            if start_body < j and start_body > i and _modified_occupation(toks, j - 1):
                return _NP(text, toks, i, j + 1), j + 1  # "a local farmer"
        break
    if j == start_body + 1 and i < start_body and _AGE_EPITHET.match(toks[start_body][0]):
        return _NP(text, toks, i, j), j  # '"Q," the 35-year-old said'
    if j == start_body or not _is_head(toks[j - 1][0]):
        return None, i
    return _NP(text, toks, i, j), j


def _plain_read_subject(text, start, end):
    """``_read_subject`` as it was before round 9: any dash sends it down the dateline path."""
    from newsmodel._parse_quotes import (
        _DASH,
        _MORE_TOKENS,
        _SUBJECT_PREFIX,
        _SUBJECT_READINGS,
        _SUBJECT_TOKENS,
        _dated_subject_name,
        _first_tokens,
        _remember_reading,
        _subject_name_in,
        _subject_reading,
    )

    if _DASH.search(text, start, end) is not None:
        return _subject_reading(start, _dated_subject_name(text, start, end))
    ascii_text = text[start:end].isascii()
    # A reading made from the first tokens alone, all of them (and the two characters
    # after the last, which decide where it ends) in the first _SUBJECT_PREFIX
    # characters, is kept by those characters too: found without tokenising again.
    prefix: tuple[str, bool] | None = None
    if start + _SUBJECT_PREFIX <= end:
        prefix = (text[start : start + _SUBJECT_PREFIX], ascii_text)
        reading = _SUBJECT_READINGS.get(prefix)
        if reading is not None:
            return reading
    wanted = _SUBJECT_TOKENS
    while True:
        toks = _first_tokens(text, start, end, wanted, ascii_text=ascii_text)
        complete = len(toks) < wanted
        # The tokens, their offsets and the mention texts are all in this slice.
        key = (text[start : toks[-1][2]] if toks else "", complete, ascii_text)
        reading = _SUBJECT_READINGS.get(key)
        if reading is None:
            enough, subject = _subject_name_in(text, toks, 0, complete=complete)
            reading = _subject_reading(start, subject) if enough else _MORE_TOKENS
            _remember_reading(key, reading)
        if reading != _MORE_TOKENS:
            if (
                prefix is not None
                and wanted == _SUBJECT_TOKENS
                and not complete
                and toks[-1][2] + 2 <= start + _SUBJECT_PREFIX
            ):
                _remember_reading(prefix, reading)
            return reading
        wanted *= 4


def _np_fields(np):
    """The fields of a mention (or None), to compare two readings."""
    if np is None:
        return None
    return (np.span, np.text, np.kind, np.name, np.name_span, np.pronoun, np.role)


# Words of speaker mentions and what stands around them: determiners, post-modifiers,
# "in" and a place, names with "of", hyphenated words (adjectives of place, "al-"),
# cues, pronouns, adverbs and punctuation.
_MENTION_PIECES = (
    *("Officials", "officials", "in", "Maricopa", "County", "familiar", "with", "the", "The"),
    *("negotiations", "A", "a", "source", "sources", "close", "to", "Knowledge", "near"),
    *("defence", "ministry", "Kyiv", "U.S.", "U.S", ".", "embassy", "Baghdad", "of", "at"),
    *("from", "for", "Amira", "Osman", "Kelby", "Doctors'", "Network", "Minister", "Health"),
    *("Declan", "Furlong", "Two", "people", "and", ",", "council", "it", "they", "she"),
    *("Zurich-based", "al-Assad", "el-Sisi", "Hong", "Kong-listed", "Tai", "Shing", "Lines"),
    *("company", "spokesman", "Kremlin", "Dmitry", "Peskov", "head", "research", "Mohd"),
    *("said", "told", "says", "also", "on", "Friday", "inspector", "Ramesh", "Patil", "police"),
    *("station", "Bank", "England", "guitarist", "Mick", "Harlan", "'s", "both", "sides"),
    *("this", "port", "city", "Reuters", "-", "—", "(", ")", "well-known", "Abuja-based"),
)

_mention_texts = st.lists(st.sampled_from(_MENTION_PIECES), min_size=1, max_size=14).map(" ".join)


class TestRound9ResolutionSpeed:
    """Round 9's shortcuts in reading and resolving speakers give what the plain code gives."""

    @settings(max_examples=300)
    @given(_mention_texts, st.data())
    def test_mention_body(self, text, data):
        """With or without a hyphen, the body and ``caps`` are those of the plain search."""
        from newsmodel._parse_quotes import _mention_body, _tokens

        toks = _tokens(text, 0, len(text))
        lo = data.draw(st.integers(0, len(toks) - 1))
        a = data.draw(st.integers(lo, len(toks) - 1))
        hi = data.draw(st.integers(a + 1, len(toks)))
        body = toks[a:hi]
        mention = text[toks[lo][1] : toks[hi - 1][2]]
        assert _plain_mention_body(body) == _mention_body(mention, body)

    @pytest.mark.parametrize(
        ("fast_name", "plain"),
        [
            # The preposition pre-check rejects only what the backward loop rejects.
            ("_np_post_modified", _plain_np_post_modified),
            # With no "in" in the four tokens before, no organisation in a place is read.
            ("_np_org_in_place", _plain_np_org_in_place),
        ],
    )
    @settings(max_examples=300)
    @given(_mention_texts, st.data())
    def test_back_readers_with_pre_checks(self, fast_name, plain, text, data):
        """A mention reader with a pre-check reads what its plain version reads."""
        from newsmodel import _parse_quotes

        toks = _parse_quotes._tokens(text, 0, len(text))
        j = data.draw(st.integers(0, len(toks) - 1))
        fast = getattr(_parse_quotes, fast_name)
        assert _np_fields(plain(text, toks, j)) == _np_fields(fast(text, toks, j))

    @settings(max_examples=400)
    @given(_mention_texts, st.data())
    def test_np_fwd(self, text, data):
        """Stopping at once on a cue, or on a word that starts no phrase, reads the same."""
        from newsmodel._parse_quotes import _np_fwd, _tokens

        toks = _tokens(text, 0, len(text))
        i = data.draw(st.integers(0, len(toks)))
        np, after = _plain_np_fwd(text, toks, i)
        fast, fast_after = _np_fwd(text, toks, i)
        assert (_np_fields(np), after) == (_np_fields(fast), fast_after)

    def test_np_fwd_stop_sets(self):
        """The early stops hold no word any later test of ``_np_fwd``'s loop looks for."""
        from newsmodel._parse_quotes import (
            _ADVERBS,
            _FWD_CUE_STOPS,
            _FWD_NO_START,
            _STOP_CAPS,
            CUE_FORMS,
        )

        looked_for = {".", "the", ",", "and", "in", "of", "for", "at", "from"}
        assert _FWD_CUE_STOPS.isdisjoint(looked_for)
        assert _FWD_CUE_STOPS <= set(CUE_FORMS)
        assert _FWD_NO_START == _STOP_CAPS | set(CUE_FORMS) | _ADVERBS
        assert "said" in _FWD_CUE_STOPS

    @settings(max_examples=300)
    @given(st.lists(st.sampled_from(_MENTION_PIECES), min_size=1, max_size=8))
    def test_person_of_organisation(self, words):
        """With no "of", "at" or "from", the plain test is false too."""
        from newsmodel._parse_quotes import _person_of_organisation

        text = " ".join(words)
        from newsmodel._parse_quotes import _tokens

        body = _tokens(text, 0, len(text))
        lowers = [w[0].lower().rstrip(".") for w in body]
        expected = _plain_person_of_organisation(body, lowers)
        assert expected == _person_of_organisation(body, lowers)

    @settings(max_examples=300)
    @given(
        st.lists(st.text("ab c-\n", max_size=8), max_size=6),
        st.text("ab c-", max_size=4),
    )
    def test_surname_prefilter(self, names, name):
        """A name (no newline) is in some entity name exactly when it is in their join."""
        assert any(name in n for n in names) == (name in "\n".join(names)) or not names

    @settings(max_examples=300)
    @given(_mention_texts, st.data())
    def test_read_subject_with_hyphens(self, text, data):
        """A hyphen inside a word reads the subject as the dateline path reads it."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _read_subject

        sentence = data.draw(st.sampled_from(["", "BERLIN - ", "Coca-Cola "])) + text
        end = data.draw(st.integers(0, len(sentence)))
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
            assert _plain_read_subject(sentence, 0, end) == _read_subject(sentence, 0, end)

    def test_dash_tokens(self):
        """``_DASH_TOKEN`` finds a dash exactly where the tokeniser makes one a token."""
        import random

        from newsmodel._parse_quotes import _DASH_TOKEN, _tokens

        rng = random.Random(9)
        for _ in range(20000):
            text = "".join(rng.choice("ab1 -—–'’.&,é()") for _ in range(rng.randint(0, 12)))
            tokens = _tokens(text, 0, len(text))
            expected = any(t[0] in {"-", "—", "–"} for t in tokens)
            assert expected == (_DASH_TOKEN.search(text) is not None), text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Coca-Cola Co. cut 500 jobs. The company said it would grow.",
                [("it would grow", "Coca-Cola Co.")],
            ),
            (
                "Well-known lender Halifax cut rates. The bank said demand was weak.",
                [("demand was weak", "Halifax")],
            ),
        ],
    )
    def test_hyphenated_subjects(self, text, expected):
        """Sentences with hyphens inside words are still read for their subject."""
        assert expected == [(q.text, q.attribution.speaker) for q in extract_quotes(text)]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                'Dmitry Peskov said on Monday. "We are ready," Peskov said.',
                "Dmitry Peskov",
            ),
            ('Ann Lowe spoke first. "We are ready," Lowe told reporters.', "Ann Lowe"),
            ('"We are ready," Marchetti said.', "Marchetti"),
        ],
    )
    def test_surnames_resolved(self, text, expected):
        """A surname goes to the full name given before it, and stays as it is otherwise."""
        quotes = extract_quotes(text)
        assert expected == quotes[-1].attribution.speaker

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                '"We will stay," she said, "and we will win." Then she left.',
                [("We will stay, and we will win.", 2, QuoteKind.DIRECT)],
            ),
            (
                'Officials said the plan was "a failure" and would end.',
                [
                    ('the plan was "a failure" and would end', 1, QuoteKind.MIXED),
                    ("a failure", 1, QuoteKind.PARTIAL),
                ],
            ),
            ('He said: "Yes."', [("Yes.", 1, QuoteKind.DIRECT)]),
            ("Nothing here is quoted.", []),
        ],
    )
    def test_quote_rows(self, text, expected):
        """Split, mixed, one-piece and no quotes come out of the rows as before."""
        quotes = extract_quotes(text)
        assert expected == [(q.text, len(q.spans), q.kind) for q in quotes]
        for q in quotes:
            assert q.span.start == q.spans[0].start
            assert q.span.end == q.spans[-1].end
            assert all(text[s.start : s.end] in q.text for s in q.spans)

    def test_eval_passages_unchanged_without_caches(self):
        """Real copy gives the same quotes with every cache turned off."""
        for text in _eval_texts()[:40]:
            assert _uncached(text) == [q.to_dict() for q in extract_quotes(text)]

    @pytest.mark.parametrize(
        "text",
        [
            "The defence ministry in New South Wales Town said it would act.",
            "the U.S. embassy in Baghdad said",
            "Residents near the old Maricopa County water plant said",
            "Officials in the city of New York said",
            "A source familiar with the negotiations said",
            "Lawmakers on both sides said",
            "Minister for Health Declan Furlong said",
            "People close to the former chief executive said",
        ],
    )
    def test_post_modified_mentions_at_every_token(self, text):
        """Mentions with the preposition or "in" as far back as they may be read the same."""
        from newsmodel._parse_quotes import _np_org_in_place, _np_post_modified, _tokens

        toks = _tokens(text, 0, len(text))
        found = []
        for j in range(len(toks)):
            post = _np_fields(_plain_np_post_modified(text, toks, j))
            assert post == _np_fields(_np_post_modified(text, toks, j))
            in_place = _np_fields(_plain_np_org_in_place(text, toks, j))
            assert in_place == _np_fields(_np_org_in_place(text, toks, j))
            found += [f for f in (post, in_place) if f is not None]
        assert found  # (each text holds such a mention)

    @settings(max_examples=300)
    @given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=12))
    def test_merged_spans(self, pairs):
        """Spans are merged as the plain loop merges them, overlapping or not."""
        from newsmodel._parse_quotes import _merged_spans

        spans = sorted((a, a + b) for a, b in pairs)
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        assert merged == _merged_spans(list(spans))

    @settings(max_examples=200)
    @given(_mention_texts, st.data())
    def test_first_tokens(self, text, data):
        """The first tokens built in C are the first of the tokeniser's."""
        from newsmodel._parse_quotes import _first_tokens, _tokens

        start = data.draw(st.integers(0, len(text)))
        count = data.draw(st.integers(0, 30))
        expected = _tokens(text, start, len(text))[:count]
        assert expected == _first_tokens(
            text, start, len(text), count, ascii_text=text[start:].isascii()
        )

    @pytest.mark.parametrize(
        ("mention", "role", "expected"),
        [
            ("King George's County Council member", None, ""),
            ("the Queen's spokesman", None, "m"),
            ("Mrs. Ann Lowe", None, "f"),
            ("Ann Lowe", "Mrs.", "f"),
            ("Sir Tom Baxter", None, "m"),
            ("Tom Baxter", None, ""),
        ],
    )
    def test_mention_gender(self, mention, role, expected):
        """Titles tell the gender; words before a possessive name an owner, not the speaker."""
        from newsmodel._parse_quotes import _mention_gender

        assert expected == _mention_gender(mention, role)

    def test_relative_aside_examples(self):
        """``, which employs``: a relative clause after a comma, found in any case."""
        from newsmodel._parse_quotes import _relative_aside, _tokens

        text = "Acme Corp, Which employs 1,200 people, said"
        toks = _tokens(text, 0, len(text))
        commas = [i for i, t in enumerate(toks) if t[0] == ","]
        assert _relative_aside(toks, commas[-1])
        assert not _relative_aside(toks, commas[0])

    @settings(max_examples=300)
    @given(_mention_texts, st.data(), st.booleans())
    def test_resolve_guards(self, text, data, with_entities):
        """Where ``_resolve`` skips a nominal look-up, the look-up would return None."""
        from newsmodel._parse_quotes import (
            _NP,
            _antecedent,
            _Entity,
            _epithet_before,
            _last_speaker_for_role,
            _nominal_fallback,
            _role_nominal,
            _tokens,
        )

        toks = _tokens(text, 0, len(text))
        lo = data.draw(st.integers(0, len(toks) - 1))
        hi = data.draw(st.integers(lo + 1, min(len(toks), lo + 5)))
        np = _NP(text, toks, lo, hi)
        entities = [_Entity("Ann Lowe", "person", "minister", None, 0)] if with_entities else []
        pronoun, kind = np.pronoun, np.kind
        if not (pronoun == "the" and kind == "person"):
            assert _role_nominal(text, np, entities) is None
        if not (pronoun == "nominal" and kind == "organisation"):
            assert _nominal_fallback(np, entities) is None
        if not (pronoun == "nominal" and kind == "person"):
            assert _epithet_before(text, np) is None
        if not entities:
            assert _antecedent(np, entities) is None
            assert _last_speaker_for_role(np, entities) is None

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                'Coach Mark Ellis was upbeat. "We are ready," the coach said.',
                "Mark Ellis",
            ),
            (
                'Airbus cut its forecast. "Demand is weak," the planemaker said.',
                "Airbus",
            ),
            ('"We are ready," the minister said.', None),
        ],
    )
    def test_nominals_resolved(self, text, expected):
        """Role and company nominals still go to the speaker named before, or to nobody."""
        assert expected == extract_quotes(text)[-1].attribution.speaker

    def test_subject_found_by_its_opening(self):
        """A sentence read by its opening gives the plain reading and is not kept by its text."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _read_subject_keyed, _subject_verdict

        first = "Harlow Maritime Holdings said on Monday that it would shut two yards."
        second = "Harlow Maritime Holdings said on Monday that it would sell two yards."
        text = f"{first} {second} The company said so."
        readings: dict[object, object] = {}
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", readings):
            verdict = _subject_verdict(text, 0, len(first))
            assert _read_subject_keyed(text, len(first) + 1, len(text))[1]  # by its opening
            again = _subject_verdict(text, len(first) + 1, len(first) + 1 + len(second))
            assert second not in readings
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
            plain = _plain_read_subject(text, len(first) + 1, len(first) + 1 + len(second))
        assert verdict is not None
        assert again is not None
        assert "Harlow Maritime Holdings" == verdict[0] == again[0] == plain[1]


# --------------------------------------------------------------------------------------
# Round 10, speaker resolution: the plain versions of the steps made shorter (copied from
# before them), the references of TestRound10ResolutionSpeed.
# --------------------------------------------------------------------------------------


def _plain_subject_verdict(text, start, pos):
    """``_subject_verdict`` as it was before round 10, reading with nothing kept."""
    from newsmodel._parse_quotes import _full_name_before, _span, _titled_before

    reading = _plain_read_subject(text, start, min(pos, start + 300))
    if not isinstance(reading, tuple):
        return None
    single, name, lows, name_start, name_end = reading
    if single and (
        _titled_before(text, start, name) is not None
        or _full_name_before(text, start, name, family_first=False) is not None
    ):
        return None
    return (name, list(lows), _span(start + name_start, start + name_end), single)


def _plain_organisation_before(text, pos, entities, head, verdicts):
    """
    ``_organisation_before`` as it was before round 10, as (name, span) or None.

    The verdicts read are kept in ``verdicts`` by sentence start, none dropped (the
    positions come in text order: those dropped are out of every later window).
    """
    from bisect import bisect_left, bisect_right

    from newsmodel._parse_quotes import (
        _SENTENCE_BREAK,
        ORGANISATION_NAMES,
        _skip_dateline,
        _word_in,
    )

    lo = max(0, pos - 1500)
    breaks = [0, *[m.end() for m in _SENTENCE_BREAK.finditer(text)]]
    hi = bisect_right(breaks, pos) - 1
    first_start = bisect_left(breaks, lo, 0, max(hi, 0))
    own = breaks[hi] if hi >= 0 else 0
    if ", " in text[own:pos]:
        own = _skip_dateline(text, own, pos)
        if ", " in text[own:pos] and (found := _plain_subject_verdict(text, own, pos)):
            name, lows, span, single = found
            if not single and (not head or head in lows):
                return name, span
    surnames = {e.words[-1] for e in entities[-50:] if e.kind == "person"}
    for k in range(hi - 1, first_start - 1, -1):
        start = breaks[k]
        if start not in verdicts:
            verdicts[start] = _plain_subject_verdict(text, start, pos)
        if verdicts[start] is None:
            continue
        name, lows, span, single = verdicts[start]
        if single and (
            name in surnames
            or (
                not (lows[0] in ORGANISATION_NAMES or name.isupper())
                and _word_in(text, lows[0], lo, pos)
            )
        ):
            continue
        if not head or head in lows:
            return name, span
    return None


_ROUND10_OPENINGS = (
    *("Harlow Maritime Holdings said", "Diplomats said", "BERLIN - Siemens said", "Ford cut"),
    *("Coca-Cola said", "Coach Mark Ellis was upbeat.", "Ellis cut", "The Daily Ledger said"),
    *("St Mary's Hospital treated", "Sales fell", "Ünal Holdings said", "—"),
)


def _plain_company_before(text, pos):
    """``_company_before`` as it was before round 10: the whole text's companies, bisected."""
    from bisect import bisect_left

    from newsmodel._parse_quotes import _STOP_CAPS, TITLE_WORDS, _company_names

    found = []
    for m in _company_names(text):
        group = "n1" if m.group("n1") else "n2" if m.group("n2") else "n3"
        if m.group("n4"):
            group = "n4"
            first = m.group("n4").split()[0].lower()
            if first in _STOP_CAPS or first in TITLE_WORDS or first in {"former", "new"}:
                continue
        found.append((m.start(), m.span(group), m.group(group)))
    i = bisect_left([f[0] for f in found], pos) - 1
    while i >= 0 and found[i][1][1] > pos:
        i -= 1
    if i < 0 or found[i][0] < pos - 2000:
        return None
    return found[i]


_COMPANY_PIECES = (
    *("Norcross Energy Inc.", "shares of Vanta", "chipmaker Arlo Systems", "the lender"),
    *("Milwaukee Bucks guard Tyrell Vance", "retailer FreshWay", "Brennholt Foods AG", "said"),
    *("the company", "Ford cut", "on day 12.", "Harlan Industrial Corp", "SA", "and", ","),
)


def _said_sentences(count):
    """``count`` sentences like the scaling benchmark's ``said_distinct``, all different."""
    subjects = ("Officials", "Diplomats", "Analysts", "Witnesses")
    roles = ("minister", "governor", "mayor")
    bodies = ("council", "ministry", "bank")
    return "".join(
        f"{subjects[i % 4]} said the {roles[i // 4 % 3]} said that the "
        f"{bodies[i // 12 % 3]} said it said so on day {i}. "
        for i in range(count)
    )


class TestRound10ResolutionSpeed:
    """Round 10's shortcuts in resolving speakers give what the plain code gives."""

    @settings(max_examples=300)
    @given(
        st.lists(
            st.tuples(st.sampled_from(_ROUND10_OPENINGS), _mention_texts), min_size=1, max_size=4
        ),
        st.data(),
    )
    def test_subject_verdict(self, sentences, data):
        """Looking a sentence's opening up before its text reads what the plain code reads."""
        _assert_subject_verdicts_as_plain(sentences, data)

    @settings(max_examples=200)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(_ROUND10_OPENINGS),
                _mention_texts,
                st.sampled_from([". ", ", ", ".\n", "! "]),
                st.integers(0, 40),
            ),
            min_size=1,
            max_size=6,
        ),
        st.lists(st.floats(0, 1), min_size=1, max_size=8),
        st.sampled_from(["", "company", "hospital", "council", "holdings"]),
    )
    def test_organisation_before(self, sentences, places, head):
        """The window found with fewer steps reads and finds what the plain code does."""
        from newsmodel._parse_quotes import _Entity, _organisation_before

        # (sentences naming no organisation between: some windows of 1,500 characters
        # reach the earlier ones, some do not)
        text = "".join(
            f"{opening} {rest}{stop}" + "They met on day 3. " * gap
            for opening, rest, stop, gap in sentences
        )
        entities = [_Entity("Mark Ellis", "person", None, None, 0)]
        verdicts: dict[int, object] = {}
        for pos in sorted(round(place * (len(text) - 1)) for place in places):
            plain = _plain_organisation_before(text, pos, entities, head, verdicts)
            fast = _organisation_before(text, pos, entities, head)
            assert plain == (None if fast is None else (fast.name, fast.span))

    @settings(max_examples=200)
    @given(_mention_texts)
    def test_calls_skipped_in_resolve(self, text):
        """
        What ``_resolve`` no longer calls would have changed nothing.

        ``_organisation_nominal`` keeps the target of a mention that is not of an
        organisation, and ``_nominal_fallback`` and ``_antecedent`` find nobody when
        no speaker is known yet.
        """
        from newsmodel._parse_quotes import (
            _NP,
            _antecedent,
            _Entity,
            _nominal_fallback,
            _organisation_nominal,
            _tokens,
        )

        toks = _tokens(text, 0, len(text))
        np = _NP(text, toks, 0, len(toks))
        assert _nominal_fallback(np, []) is None
        assert _antecedent(np, []) is None
        if np.kind != "organisation":
            target = _Entity("Ellen Marsh", "person", None, None, 0)
            ents = [_Entity("Harlow Bank", "organisation", None, None, 0), target]
            assert _organisation_nominal(text, np, ents, target) is target
            assert _organisation_nominal(text, np, ents, None) is None

    @settings(max_examples=200)
    @given(
        st.lists(
            st.tuples(st.sampled_from(_COMPANY_PIECES), st.integers(0, 1500)),
            min_size=1,
            max_size=8,
        ),
        st.lists(st.floats(0, 1), min_size=1, max_size=12),
    )
    def test_company_before(self, pieces, places):
        """
        A nominal with no anchor in its window finds no company, as the whole text's search.

        The text: company names (and words that name none) far apart or close together,
        looked for at places in any order, as a second parse would.
        """
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _company_before

        text = "".join(f"{piece} " + "x " * gap for piece, gap in pieces)
        positions = [round(place * (len(text) - 1)) for place in places]
        with mock.patch.object(_parse_quotes, "_company_cache", []):
            # (each after the places before, then each the first place of a new copy)
            found = [_company_before(text, pos) for pos in positions]
            found += [_company_before(text[:1] + text[1:], pos) for pos in positions]
        for pos, fast in zip(positions * 2, found, strict=True):
            plain = _plain_company_before(text, pos)
            if plain is None:
                assert fast is None
            else:
                assert fast is not None
                assert plain == (fast.pos, (fast.span.start, fast.span.end), fast.name)

    def test_company_check_ahead(self):
        """The stretch without anchors grows with the nominals, and ends at an anchor."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _company_before

        filler = "they said it said so on day one. " * 300
        text = filler + "Shares of Vanta Corp rose. " + filler
        at = len(filler)
        with mock.patch.object(_parse_quotes, "_company_cache", []):
            assert _company_before(text, 2500) is None
            (cached,) = _parse_quotes._company_cache
            assert cached.named is None  # (the whole text not searched)
            assert cached.free == (500, 2500 + _parse_quotes._COMPANY_CHECK_AHEAD)
            assert _company_before(text, 5000) is None  # (inside: not searched again)
            assert cached.free == (500, 2500 + _parse_quotes._COMPANY_CHECK_AHEAD)
            assert _company_before(text, 8000) is None
            assert cached.free == (500, at + 1)  # ("hares " is the first anchor)
            assert cached.named is None
            found = _company_before(text, at + 200)
            assert found is not None
            assert found.name == "Vanta Corp"
            assert cached.named is not None
            assert _company_before(text, at + 2500) is None

    @pytest.mark.parametrize("kind", ["person", "organisation", "group", "unknown", "", None])
    def test_speaker_kinds(self, kind):
        """The kinds looked up with a subscript are those ``get`` with a default gave."""
        from newsmodel._parse_quotes import _KINDS

        plain = {
            "person": SpeakerKind.PERSON,
            "organisation": SpeakerKind.ORGANISATION,
            "group": SpeakerKind.GROUP,
        }.get(kind, SpeakerKind.UNKNOWN)
        assert plain is _KINDS[kind]
        assert len(_KINDS) == 3  # (nothing added by a look-up)

    @pytest.mark.parametrize("head", ["council", "agency", "bureau"])
    def test_institution_never_capitalised(self, head):
        """A head never written with a capital names no institution, as the search finds."""
        from newsmodel._parse_quotes import _institution_named_before

        text = _said_sentences(30).replace("council", head)
        found = [_institution_named_before(text, pos, head) for pos in range(0, len(text), 97)]
        assert found == [None] * len(found)
        named = text + f"The National Environment {head.capitalize()} said so. The {head} said."
        found_named = _institution_named_before(named, len(named) - 6, head)
        assert found_named is not None
        assert found_named.name == f"National Environment {head.capitalize()}"

    def test_forgetting_read_subjects_is_amortised(self, monkeypatch):
        """
        The subjects read are forgotten in proportion to the reading, whatever the order.

        A window of 375 one-word sentences keeps more than ``_SUBJECTS_KEPT`` verdicts,
        and a second pass over the same text object starts with those of its end: the
        verdicts out of the window were dropped on every call (each time looking at
        every verdict kept) until the limit followed what is kept.
        """
        from newsmodel._parse_quotes import _organisation_before, _SubjectsRead

        looked_at: list[int] = []
        forget = _SubjectsRead.forget_before

        def counted(subjects, kept_from):
            looked_at.append(len(subjects.read))
            forget(subjects, kept_from)

        monkeypatch.setattr(_SubjectsRead, "forget_before", counted)
        text = "Ab. " * 1500
        calls = 0
        for _ in range(2):  # the second time as a second parse of one text object does
            for pos in range(2, len(text), 4):
                assert _organisation_before(text, pos, [], "council") is None
                calls += 1
        assert looked_at  # (forgotten at times)
        assert sum(looked_at) <= 4 * calls

    def test_second_parse_of_one_text(self):
        """A text parsed again (the same object) gives what a fresh copy of it gives."""
        from newsmodel._parse_quotes import _subject_cache

        text = _said_sentences(400)
        first = extract_quotes(text)
        again = extract_quotes(text)
        assert _subject_cache[0][0] is text
        subjects = _subject_cache[0][2]
        assert len(subjects.read) <= subjects.limit
        assert first == again == extract_quotes(text[:1] + text[1:])
        assert len(first) == 800


# --------------------------------------------------------------------------------------
# Round 9 of the clause reader's speed work: the plain readings its fast paths replace
# --------------------------------------------------------------------------------------


def _plain_cue_extent(text, toks, k):
    """``_cue_extent`` as it was before round 9 (the reference for its fast paths)."""
    from newsmodel._parse_quotes import (
        _ADDRESSEES,
        _AUXILIARIES,
        _DET_OR_POSSESSIVE,
        _MEDIA_NOUNS,
        _STATEMENT,
        _STATEMENT_START,
        _STOP_CAPS,
        CUE_FORMS,
        _addressee_name,
        _np_fwd,
    )

    word = toks[k][0].lower()
    end = toks[k][2]
    j = k + 1
    n = len(toks)
    if CUE_FORMS.get(word, ("", 0))[0] == "tell" and j < n:
        nxt = toks[j][0]
        if nxt.lower() in _ADDRESSEES:
            end = toks[j][2]
            j += 1
        elif nxt.lower() in _DET_OR_POSSESSIVE or nxt.lower() in {"state", "local"}:
            # "told a news conference", "told the BBC", "told state television"
            stop = min(n, j + 4)
            m = j + 1
            proper = m < n and toks[m][0][:1].isupper()  # "the BBC", "the House of Commons"
            while (
                m < stop
                and toks[m][0][:1].isalnum()
                and (
                    toks[m][0].lower() not in _STOP_CAPS
                    or (  # "told The Times of Israel"
                        proper
                        and toks[m][0] in {"of", "for"}
                        and m + 1 < n
                        and toks[m + 1][0][:1].isupper()
                    )
                )
                and toks[m][0].lower() not in {"following", "during", "over", "via"}
                and not (
                    proper
                    and toks[m][0][:1].islower()
                    and not (
                        toks[m][0] in {"of", "for"} and m + 1 < n and toks[m + 1][0][:1].isupper()
                    )
                    and toks[m][0].lower() not in _MEDIA_NOUNS
                )
                and not (m >= j + 2 and m + 1 < n and toks[m + 1][0].lower() in _AUXILIARIES)
            ):
                # but "told the BBC darker streets could ...": the name ends it, and
                # "told a news conference prices would ...": a subject and its auxiliary
                m += 1
            end = toks[m - 1][2]
            j = m
        else:
            np, nj = _np_fwd(text, toks, j)
            if np is not None and np.pronoun == "":
                end = toks[nj - 1][2]
                j = nj
            else:
                j, end = _addressee_name(toks, j, end)
        if j > k + 1 and j < n and toks[j][0].lower() in _MEDIA_NOUNS:
            end = toks[j][2]  # "told France Inter radio"
            j += 1
        if (
            j > k + 1
            and j + 1 < n
            and toks[j][0] == "/"
            and toks[j][1] == end
            and toks[j + 1][0].isupper()
        ):
            end = toks[j + 1][2]  # "told RFE/RL"
            j += 2
    # (a cue then one space and a letter other than "i" cannot go on "in a statement")
    nxt = text[end + 1 : end + 2]
    ext = (
        _STATEMENT.match(text, end, min(len(text), end + 60))
        if j == k + 1
        and (text[end : end + 1] != " " or nxt == "i" or nxt.isspace())
        and _STATEMENT_START.match(text, end)
        else None
    )
    if ext:
        end = ext.end()
        while j < n and toks[j][1] < end:
            j += 1
    return j, end


def _plain_clause_end(text, start, end):
    """``_clause_end`` as it was before round 9 (the reference for its fast paths)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        end -= 1
    return end


def _plain_clause_start(text, start, end):
    """``_clause_start`` as it was before round 9 (the reference for its fast paths)."""
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    return start


def _plain_cue_clause(text, toks, pos, word, s, e, para):  # noqa: PLR0917
    """``_cue_clause`` as it was before round 9 (the reference for its fast paths)."""
    from bisect import bisect_left

    from newsmodel._parse_quotes import _START, _according

    k = bisect_left(toks, pos, key=_START)
    low = word.lower()
    if not 0 <= k < len(toks) or toks[k][1] != pos or toks[k][0].lower() != low:
        return None
    if low.startswith("according"):
        return _according(text, toks, k, s, e, para)
    return _plain_finite(text, toks, k, low, s, e, para)


def _finite(text, toks, k, low, s, e, para):  # noqa: PLR0917
    """
    The finite reading of the cue ``toks[k]`` (``low``, a cue form other than "according").

    ``_cue_clause`` holds it (no call of its own a cue): this is ``_cue_clause`` at the
    cue's own token, for the tests that read one cue at a time.
    """
    from newsmodel._parse_quotes import _cue_clause

    return _cue_clause(text, toks, k, toks[k][1], low, s, e, para)


def _plain_finite(text, toks, k, low, s, e, para):  # noqa: PLR0917
    """``_finite`` as it was before round 9 (the reference for its fast paths)."""
    from bisect import bisect_left

    from newsmodel._parse_quotes import (
        _PREVIOUS,
        _QUOTE_CHARS,
        _START,
        CUE_FORMS,
        _Attr,
        _clause_end,
        _clause_start,
        _complement,
        _cue_extent,
        _final_attribution,
        _inverted_final,
        _lower_alpha,
        _np_relative_subject,
        _quoted_as,
        _relative_antecedent,
        _Reported,
        _sentence_subject,
        _skip_dateline,
        _span,
        _speaker_before,
        _who_clause,
    )

    lemma, tier = CUE_FORMS[low]
    n = len(toks)
    # Participles after a comma: ", adding that ...", ", saying ..."
    if low.endswith("ing"):
        if low == "saying" and k > 0 and toks[k - 1][0] == "as":
            return _quoted_as(text, toks, k, e, para)
        comma = k > 0 and (
            toks[k - 1][0] == ","
            or (k > 1 and toks[k - 1][0] in _QUOTE_CHARS and toks[k - 2][0] == ",")
        )  # ', adding' or ',” adding' after a title in marks
        if not comma or tier == 3:
            return None
        attr = _Attr(None, _span(toks[k][1], toks[k][2]), inherit=_PREVIOUS)
        subject = _sentence_subject(text, toks, k, s)
        if subject is not None:
            attr = _Attr(subject, attr.cue)  # "The BJP hit back, saying ..."
        clause = _complement(text, toks, k + 1, e, lemma, tier)
        return None if clause is None else _Reported(*clause, attr, para.index)
    np = None
    if k >= 2 and text.find("ho", toks[max(0, k - 10)][1], toks[k - 1][2]) >= 0:
        # "who" or "whose" (or "Who") may be in the ten tokens before: a subject with a
        # relative clause ("A woman whose home was destroyed said")
        np = _np_relative_subject(text, toks, k)
    # The speaker before the cue, as kept by _speaker_before (read, not changed) and
    # shift characters away: copied only for a clause found (most cues give none).
    kept = np is None
    shift = 0
    if kept:
        np, shift = _speaker_before(text, toks, k)
    if np is None:  # no speaker before the cue (one test for the common case, with one)
        if k > 1 and toks[k - 1][0] == "," and tier <= 2:
            return _inverted_final(text, toks, k, s, para)
        if k > 2 and toks[k - 1][0] == "who" and toks[k - 2][0] == "," and tier <= 2:
            return _who_clause(text, toks, k, e, para)
        if k > 1 and toks[k - 1][0] == "who" and tier <= 2:
            antecedent = _relative_antecedent(text, toks, k)
            before = (
                bisect_left(toks, antecedent.span.start, 0, k, key=_START) - 1
                if antecedent is not None
                else -1
            )
            if (
                antecedent is not None
                and before >= 0
                and _lower_alpha(toks[before][0])
                and toks[before][0].lower() not in CUE_FORMS
            ):  # "objections from parents who said the change would ...", not a subject
                # ("Residents who said they had lost power were moved": the clause runs on)
                j, cue_end = _cue_extent(text, toks, k)
                attr = _Attr(antecedent, _span(toks[k][1], cue_end))
                clause = _complement(text, toks, j, e, lemma, tier)
                return None if clause is None else _Reported(*clause, attr, para.index)
        if k > 0 and toks[k - 1][0].lower() in {"and", "but"} and tier <= 2:
            # "He described ... and said the party would fight on": shared subject
            attr = _Attr(None, _span(toks[k][1], toks[k][2]), inherit=_PREVIOUS)
            subject = _sentence_subject(text, toks, k, s, other_cues=True)
            if subject is not None:
                attr = _Attr(subject, attr.cue)  # "X reported a loss and said ..."
            j, _ = _cue_extent(text, toks, k)
            clause = _complement(text, toks, j, e, lemma, tier)
            return None if clause is None else _Reported(*clause, attr, para.index)
        return None
    if (
        low == lemma  # a base form ("say"): for a plural speaker only
        and np.kind != "group"
        and np.pronoun not in {"they", "we", "i"}
        and np.text.rsplit(None, 1)[-1].lower() != "police"  # "Police say": plural
    ):
        return None
    np_start = np.span.start + shift
    before = bisect_left(toks, np_start, 0, k, key=_START) - 1  # the token before the speaker
    j, cue_end = _cue_extent(text, toks, k)
    # Relative clause: "which Turkey says has displaced ..."
    if before >= 0 and toks[before][0].lower() in {"which", "who", "that"} and tier <= 2:
        if not (j < n and toks[j][0][:1].isalpha()):
            return None
        end = e
        for t in toks[j:]:
            if t[0] in {",", ";", ":"}:
                end = t[1]
                break
        start = toks[j][1]
        clause = start, _clause_end(text, start, end)
    # Sentence-final: "CLAUSE, X said (in a statement) (on Monday)." Only after a
    # comma before the speaker (checked first: it is cheap and usually false).
    elif before >= 0 and toks[before][0] == "," and tier <= 2 and _final_attribution(toks, j):
        end = _clause_end(text, s, toks[before][1])
        start = _skip_dateline(text, _clause_start(text, s, end), end)
        if end <= start:
            return None
        clause = start, end
    else:
        clause = _complement(text, toks, j, e, lemma, tier)
        if clause is None:
            return None
    attr = _Attr(np.moved(shift) if kept else np, _span(toks[k][1], cue_end))
    return _Reported(*clause, attr, para.index)


def _plain_complement(text, toks, j, e, lemma, tier):  # noqa: PLR0917
    """``_complement`` as it was before round 9 (the reference for its fast paths)."""
    from newsmodel._parse_quotes import (
        _AUXILIARIES,
        _CLAUSE_STARTS,
        _DAYS,
        _NO_CLAUSE_LEMMAS,
        _NOT_CLAUSE,
        _QUOTE_CHARS,
        _STOP_CAPS,
        _SUBJECT_PRONOUNS,
        CUE_FORMS,
        _clause_start,
        _clause_stop,
        _finite_clause,
        _lower_alpha,
    )

    n = len(toks)
    if (
        0 < j < n - 1
        and toks[j][0] == "to"
        and toks[j - 1][0].lower() in CUE_FORMS
        and _lower_alpha(toks[j + 1][0])
        and not (  # but "admitted to investigators that ...": an addressee
            toks[j + 1][0].endswith("s") and any(t[0] == "that" for t in toks[j + 2 : j + 5])
        )
    ):
        return None  # "agreed to hear a case that ...": an infinitive, not reported speech
    m = j
    # Only a "that" ends the loop below with a result, and only the 11 tokens from j
    # can be it: without "that" in their text (lower-cased, as a token's is the text
    # it covers) the loop is skipped, for one search in C.
    reach = min(n, j + 11)
    if j < reach and "that" in text[toks[j][1] : toks[reach - 1][2]].lower():
        while m < n and m - j <= 10:
            t = toks[m][0]
            low = t.lower()
            if low == "that":
                if m + 1 < n and toks[m + 1][0] in {".", ",", ";"}:
                    return None  # "said that." / "said that, ..."
                if m > j and toks[m - 1][0].lower() in {"and", "but", "or"}:
                    break  # "said A and that B": a bare clause, coordinated with a that-clause
                start = _clause_start(text, toks[m][2], e)
                return start, _clause_stop(text, toks, m + 1, start, e)
            if low in CUE_FORMS or t in {".", ";", ":", "!", "?", "(", ")"} or t in _QUOTE_CHARS:
                break
            if low in _SUBJECT_PRONOUNS or (low in _AUXILIARIES and m > j):
                break  # "said the colour could be read using an app that ...", "said it
                # welcomed any reform that ...": a clause began
            if t[:1].isalnum() or t == ",":
                m += 1
                continue
            break
    if tier == 3 or lemma in _NO_CLAUSE_LEMMAS:
        return None
    # Bare clause: skip "on Thursday", "earlier", then a subject must follow.
    m = j
    while m < n and m - j <= 4:
        t = toks[m][0].lower()
        if (t in {"on", "late", "early", "earlier", "last", "this", ","} or t in _DAYS) and not (
            t == "this" and m + 1 < n and toks[m + 1][0].lower() in _AUXILIARIES
        ):
            m += 1  # but "said this was the fourth such incident": a subject
            continue
        if t in {"week", "month", "year", "night", "weekend", "morning", "evening"}:
            m += 1
            continue
        if m > j and toks[m][0][:1].isupper() and toks[m - 1][0].lower() == "on":
            m += 1
            continue
        break
    if m + 2 >= n:
        return None
    t = toks[m][0]
    low = t.lower()
    if (
        low in _CLAUSE_STARTS
        or (
            t[:1].isupper()
            and low not in _STOP_CAPS
            # "says State Highway 25A could close": a cue form inside a name
            and (low not in CUE_FORMS or toks[m + 1][0][:1].isupper())
        )
        or (t[:1].isdigit())
        or (
            _lower_alpha(t)
            and low not in _NOT_CLAUSE
            # "said state banks had"; a third-person form straight after the cue is a
            # plural noun ("said claims rose", "said reports had ...")
            and (low not in CUE_FORMS or CUE_FORMS[low][0] == low or low.endswith("s"))
        )
    ):
        if t[:1].isupper() and toks[m + 1][0] in {".", ",", ";"}:
            return None  # inversion: "said Jane Roe."
        if toks[m + 1][0] in {".", ";", "!", "?"} or not _finite_clause(toks, m):
            return None
        start = toks[m][1]
        return start, _clause_stop(text, toks, m, start, e)
    return None


_ROUND9_PIECES = (
    # speakers, relatives and asides before a cue
    *("Officials", "the minister", "The council", "it", "they", "He", "A woman whose home"),
    *("who", "which", "that", "That", "THAT", "tHat", "thats", "as", "and", "but", "And"),
    # cue forms in every case, tell with its addressees, participles
    *("said", "Said", "SAID", "says", "say", "told", "tells", "added", "adding", "saying"),
    *("according to", "the BBC", "reporters", "in a statement", "in", "inside", "i"),
    # clause words: subjects, auxiliaries, verbs, adjuncts, stops and marks
    *("the plan", "would", "was", "work", "so", "on", "Monday", "day", "0", "fired"),
    *("the trucks", "arrive", "denied", "to", "stay", "up to", "İ", "Ünal", "x"),
    *(", travelling in two cars,", ",", ".", ";", ":", "“", "”", '"', "(", "—", "’"),
)
_round9_texts = st.lists(
    st.tuples(
        st.sampled_from(_ROUND9_PIECES),
        st.sampled_from((" ", " ", " ", " ", "  ", "\n", "", "\x1c", " \u2003")),
    ),
    max_size=24,
).map(lambda pieces: "".join(word + gap for word, gap in pieces))
"""Generated sentences of cues, speakers and clause words, with odd spaces between them."""


def _joined(pieces, gaps, max_size):
    """Texts of up to ``max_size`` of the ``pieces``, each followed by one of the ``gaps``."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(gaps)), max_size=max_size
    ).map(lambda drawn: "".join(word + gap for word, gap in drawn))


def _assert_clause_stop_as_plain(text, data):
    """``_clause_stop`` from a drawn token, start and end gives what its plain reading gives."""
    from newsmodel._parse_quotes import _clause_stop, _tokens

    toks = _tokens(text, 0, len(text))
    m = data.draw(st.integers(0, len(toks) + 1))
    start = data.draw(st.integers(0, toks[m][1] if m < len(toks) else len(text)))
    e = data.draw(st.integers(start, len(text)) | st.just(len(text)))
    expected = TestClauseSpeedPathsAreExact.plain_clause_stop(text, toks, m, start, e)
    assert expected == _clause_stop(text, toks, m, start, e)


def _assert_subject_verdicts_as_plain(sentences, data):
    """
    ``_subject_verdict`` from drawn sentence starts gives what its plain reading gives.

    The cache is shared by the calls: the second of each finds what the first kept, by
    the opening or by the text, and a later sentence may open the same way.
    """
    from unittest import mock

    from newsmodel import _parse_quotes
    from newsmodel._parse_quotes import _subject_verdict

    pieces = [f"{opening} {rest}. " for opening, rest in sentences]
    text = "".join(pieces)
    starts = [sum(map(len, pieces[:i])) for i in range(len(pieces))]
    with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", {}):
        for _ in range(4):
            start = data.draw(st.sampled_from(starts))
            pos = data.draw(st.integers(start, len(text)))
            with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
                plain = _plain_subject_verdict(text, start, pos)
            assert plain == _subject_verdict(text, start, pos)
            assert plain == _subject_verdict(text, start, pos)


def _assert_finite_as_plain(text):
    """
    Every cue of ``text``: ``_cue_extent`` and ``_finite`` give what their plain readings give.

    ``_finite`` reads each cue twice: the speaker read, then kept (the second call reads
    it from ``_speaker_before``'s memo).
    """
    from newsmodel._cues import CUE_FORMS
    from newsmodel._parse_quotes import _cue_extent, _Para, _tokens

    toks = _tokens(text, 0, len(text))
    para = _Para(text, 0, 0, len(text), [])
    for k, (word, _, _) in enumerate(toks):
        low = word.lower()
        if low in CUE_FORMS:
            assert _plain_cue_extent(text, toks, k) == _cue_extent(text, toks, k)
            expected = _plain_finite(text, toks, k, low, 0, len(text), para)
            for _ in range(2):
                found = _finite(text, toks, k, low, 0, len(text), para)
                assert _reported_fields(expected) == _reported_fields(found)


def _assert_finite_clause_as_plain(text):
    """Every token of ``text``: ``_finite_clause`` gives the verdict of its plain reading."""
    from newsmodel._parse_quotes import _finite_clause, _tokens

    toks = _tokens(text, 0, len(text))
    for m in range(len(toks)):
        assert TestRound10ClauseSpeed.plain_finite_clause(toks, m) == _finite_clause(toks, m)


def _assert_finite_clause_verdict(text, expected):
    """At the first token of ``text``: the plain reading and ``_finite_clause`` give ``expected``."""
    from newsmodel._parse_quotes import _finite_clause, _tokens

    toks = _tokens(text, 0, len(text))
    assert TestRound10ClauseSpeed.plain_finite_clause(toks, 0) == expected
    assert _finite_clause(toks, 0) == expected


def _reported_fields(rep):
    """Everything a reported clause holds, to compare two (None stays None)."""
    from newsmodel._parse_quotes import _PREVIOUS

    if rep is None:
        return None
    attr = rep.attr
    np = attr.np
    mention = (
        None
        if np is None
        else (np.span, np.text, np.kind, np.name, np.name_span, np.pronoun, np.role)
    )
    return (rep.start, rep.end, rep.para, attr.cue, attr.inherit is _PREVIOUS, mention)


_ROUND11_SENTENCES = (
    "Officials said the minister said that the council said it said so on day 3.",
    "He said prices would rise.",
    "The ministry, which says it acted lawfully, said on Monday that talks had failed.",
    "According to police, two people were hurt.",
    "Prices will rise, the central bank said in a statement.",
    (
        "The company said in a filing on Tuesday that revenue for the quarter would come in "
        "below the range it gave in July, citing weaker demand in Europe, and added that it "
        "expected margins to recover next year as costs fell, analysts said."
    ),
    "Residents who said they had lost power were moved.",
    'She told reporters: "We will not back down."',
)
"""Sentences with cues in the forms ``_reported`` reads (one over 120 characters)."""


def _round11_key(rep):
    """What a reported clause holds, for comparing two readings."""
    attr = rep.attr
    np = attr.np
    speaker = None if np is None else (np.span, np.text, np.kind, np.name, np.pronoun, np.role)
    return rep.start, rep.end, rep.para, attr.cue, speaker, attr.inherit is not None


def _plain_reported(text, para, used_cues, cues):
    """``_reported`` read plainly: every cue on its own, no memo and no shared tokens."""
    from newsmodel._parse_quotes import _cue_clause, _worth_keeping

    found = []
    for pos, word in cues:
        if pos in used_cues:
            continue
        s, e = para.sentence(pos)
        toks = para.window(text, max(s, pos - 120), min(e, pos + 160))[0]
        k = next((k for k, tok in enumerate(toks) if tok[1] >= pos), len(toks))
        rep = _cue_clause(text, toks, k, pos, word, s, e, para)
        if rep is not None and _worth_keeping(text, rep):
            found.append(rep)
    return found


class TestRound11CueSpeed:
    """The cue finder's and the per-cue loop's round-11 shortcuts change nothing."""

    @settings(max_examples=300)
    @given(
        st.lists(
            st.sampled_from(
                ["said", "said,", "Said", "says.", "according", "essay", "resaid", "x", "“said"]
            ),
            max_size=10,
        ),
        st.lists(st.sampled_from([" ", "  ", "\n", "\t", "\xa0", "\u2003", " \r\n"]), max_size=10),
        st.data(),
    )
    def test_cue_positions_are_the_whitespace_tokens(self, words, spaces, data):
        """Every token between spaces that is a cue token, at its offset, in text order."""
        import re

        from newsmodel._parse_quotes import _CUE_TOKENS, _cue_positions

        text = "".join(w + (spaces[i] if i < len(spaces) else " ") for i, w in enumerate(words))
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        expected = [
            (start + m.start(), _CUE_TOKENS[m.group()])
            for m in re.finditer(r"\S+", text[start:end])
            if m.group() in _CUE_TOKENS
        ]
        assert _cue_positions(text, start, end) == expected

    @settings(max_examples=300)
    @given(
        st.lists(
            st.sampled_from(["said", "said,", "says.", "According", "essay", "x", " ", "  ", "\n"]),
            max_size=30,
        ).map(" ".join),
        st.integers(1, 12),
    )
    def test_cue_positions_by_pieces(self, text, piece):
        """A range read in pieces cut at spaces gives the cues of the range read at once."""
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        whole = pq._cue_positions_in(text, 0, len(text))
        with mock.patch.object(pq, "_CUE_SCAN_PIECE", piece):
            assert pq._cue_positions(text, 0, len(text)) == whole
            assert pq._cue_positions(text, 3, len(text)) == pq._cue_positions_in(text, 3, len(text))

    def test_cue_positions_examples(self):
        """Both paths: spaces only, and a line break or a no-break space in the range."""
        from newsmodel._parse_quotes import _cue_positions

        plain = "He said, she says. An essay said"
        assert _cue_positions(plain, 0, len(plain)) == [(3, "said"), (13, "says"), (28, "said")]
        for space in ("\n", "\xa0"):
            text = plain.replace(" she", space + "she")
            assert _cue_positions(text, 0, len(text)) == [(3, "said"), (13, "says"), (28, "said")]
        # a range cutting a token: only whole tokens of the range count
        assert _cue_positions(plain, 4, len(plain)) == [(13, "says"), (28, "said")]

    def test_other_spaces_are_every_space_but_one(self):
        """``_SPACE_OTHER_THAN_SPACE`` matches what ``str.split`` splits on, bar " "."""
        import sys

        from newsmodel._parse_quotes import _SPACE_OTHER_THAN_SPACE

        for c in map(chr, range(sys.maxunicode + 1)):
            splits = len(f"a{c}b".split()) == 2
            assert (_SPACE_OTHER_THAN_SPACE.match(c) is not None) == (splits and c != " ")

    @settings(max_examples=300)
    @given(
        st.lists(st.integers(0, len(_ROUND11_SENTENCES) - 1), min_size=1, max_size=8),
        st.lists(st.sampled_from([" ", "  ", " \xa0"]), max_size=8),
        st.data(),
    )
    def test_reported_reads_each_cue_as_alone(self, picks, gaps, data):
        """
        Memo, shared tokens and the sentence kept give what each cue read alone gives.

        The memo goes cold and rests after a few misses here (one to three), so that
        cues are read with it, found in it and read while it rests.
        """
        from unittest import mock

        from newsmodel import _parse_quotes as pq
        from newsmodel._parse_quotes import _cue_positions, _Para, _reported, _ReportedMemo

        text = "".join(
            _ROUND11_SENTENCES[p] + (gaps[i] if i < len(gaps) else " ") for i, p in enumerate(picks)
        ).rstrip()
        cues = _cue_positions(text, 0, len(text))
        used = set(data.draw(st.lists(st.sampled_from([p for p, _ in cues] or [0]), max_size=3)))
        expected = [
            _round11_key(r)
            for r in _plain_reported(text, _Para(text, 0, 0, len(text), []), used, cues)
        ]
        memo = _ReportedMemo()
        for _ in range(2):  # the second reading finds every cue in the memo
            para = _Para(text, 0, 0, len(text), [])
            found = _reported(text, para, used, [], [], list(cues), memo)
            assert [_round11_key(r) for r in found] == expected
        cold, rest = data.draw(st.integers(0, 3)), data.draw(st.integers(1, 3))
        with mock.patch.object(pq, "_MEMO_COLD", cold), mock.patch.object(pq, "_MEMO_REST", rest):
            memo = _ReportedMemo()
            for _ in range(3):
                para = _Para(text, 0, 0, len(text), [])
                found = _reported(text, para, used, [], [], list(cues), memo)
                assert [_round11_key(r) for r in found] == expected

    def test_memo_rests_when_cold_and_wakes(self):
        """Distinct sentences: the memo rests after its cold run, then is looked up again."""
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        lookups = []

        class Counting(dict):  # type: ignore[type-arg]
            def get(self, key, default=None):
                lookups.append(key[2])
                return super().get(key, default)

        text = " ".join(f"Officials said the plan had failed on day {n}." for n in range(40))
        cues = pq._cue_positions(text, 0, len(text))
        with (
            mock.patch.object(pq, "_Memo", Counting),
            mock.patch.object(pq, "_MEMO_COLD", 4),
            mock.patch.object(pq, "_MEMO_REST", 10),
        ):
            memo = pq._ReportedMemo()
            pq._reported(text, pq._Para(text, 0, 0, len(text), []), set(), [], [], cues, memo)
        # 40 cues: five misses (the fifth sets it resting), ten cues read without it, and
        # so on: looked up for cues 1-5, 16-20 and 31-35, resting again after the last
        assert len(cues) == 40
        assert len(lookups) == 15
        assert memo.resting == 5
        assert memo.cold == 0
        # repeated copy: every look-up after the first sentence's finds it, none rests
        lookups.clear()
        text = " ".join(["Officials said the plan had failed."] * 40)
        cues = pq._cue_positions(text, 0, len(text))
        with mock.patch.object(pq, "_Memo", Counting), mock.patch.object(pq, "_MEMO_COLD", 4):
            memo = pq._ReportedMemo()
            pq._reported(text, pq._Para(text, 0, 0, len(text), []), set(), [], [], cues, memo)
        assert len(lookups) == len(cues) == 40
        assert memo.resting == 0

    def test_reported_examples(self):
        """Two sentences of two cues each, and a long one: the clauses and their speakers."""
        from newsmodel._parse_quotes import _cue_positions, _Para, _reported, _ReportedMemo

        text = " ".join(_ROUND11_SENTENCES[:2] + _ROUND11_SENTENCES[5:6])
        para = _Para(text, 0, 0, len(text), [])
        cues = _cue_positions(text, 0, len(text))
        found = _reported(text, para, set(), [], [], cues, _ReportedMemo())
        clauses = [(text[r.start : r.end], r.attr.np.text) for r in found]
        assert clauses[:3] == [
            ("the council said it said so on day 3", "the minister"),
            ("it said so on day 3", "the council"),
            ("prices would rise", "He"),
        ]
        # the long sentence: two clauses of the company, and the final "analysts said"
        assert [speaker for _, speaker in clauses[3:]] == ["The company", "The company", "analysts"]
        assert clauses[4][0].startswith("it expected margins")


_READ_AHEAD_PIECES = (
    *("“We will respond,” he said.", "They said “yes” and the council said, adding that it would,"),
    *("She said: “The talks failed.”", "“He said no,” a spokesman said.", "“Q1,” she said, “Q2.”"),
    *(
        "Officials said the plan had failed.",
        "According to the ministry, prices rose.",
        "“We go on",
    ),
    *('"It is over," said Leah Moss, the minister.', "the minister called it “a farce”", "said"),
    *("x", ",", "“", "”"),
)


def _quote_rows(text):
    """``extract_quotes`` as plain values (spans, kind, attribution), to compare runs."""
    return [q.to_dict() for q in extract_quotes(text)]


class TestRound12ReadAhead:
    """Reading a long paragraph's cues along with its quotes changes nothing."""

    @settings(max_examples=300)
    @given(
        st.lists(
            st.tuples(st.sampled_from(_READ_AHEAD_PIECES), st.sampled_from([" ", " ", "  ", "\n"])),
            min_size=1,
            max_size=25,
        ).map(lambda pairs: "".join(piece + gap for piece, gap in pairs)),
        st.integers(0, 120),
        st.integers(1, 40),
        st.integers(1, 4),
    )
    def test_read_ahead_gives_what_one_reading_gives(self, text, lag, block, kept):
        """
        Every paragraph long, blocks of a few characters, any lag: the quotes of one
        reading after the quotes (no paragraph long, so none read ahead).
        """
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        expected = _quote_rows(text)
        with (
            mock.patch.object(pq, "_LOCAL_TOKENS_MIN", 0),
            mock.patch.object(pq, "_TOKEN_BLOCK", block),
            mock.patch.object(pq, "_TOKEN_BLOCKS_KEPT", kept),
            mock.patch.object(pq, "_READ_AHEAD_LAG", lag),
        ):
            assert _quote_rows(text) == expected

    def test_long_paragraph_is_read_ahead(self):
        """A paragraph of 40,000 characters: its cues are read in runs, with the same quotes."""
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        text = " ".join(_READ_AHEAD_PIECES[:7] * 250)
        assert "\n" not in text
        assert len(text) > 40_000
        runs = []
        reported = pq._reported

        def spy(*args):
            if len(args) == 8:  # (with positions: a run read ahead)
                runs.append(len(args[5]))
            return reported(*args)

        with mock.patch.object(pq, "_reported", spy):
            found = _quote_rows(text)
        assert len(runs) >= 2  # one every 16,000 characters or so
        assert sum(runs) > len(pq._cue_positions(text, 0, len(text))) // 2
        with mock.patch.object(pq, "_READ_AHEAD_LAG", 10**9):  # nothing read ahead
            assert _quote_rows(text) == found
        kinds = {q["kind"] for q in found}
        assert {"direct", "indirect"} <= kinds

    @pytest.mark.parametrize(
        ("text", "quotes"),
        [
            # the cue governs the quote after it: used once that quote is attributed
            (
                "He said the plan had failed: “We go.”",
                [("direct", "We go.")],
            ),
            # a cue inside the first quote, read when the second opens
            (
                "They called it “what officials said was a farce” and he called it “a farce”",
                [("partial", "what officials said was a farce"), ("partial", "a farce")],
            ),
            (
                "“He said no,” a spokesman said. Officials said the plan failed. “Q2,” she said.",
                [("direct", "He said no,"), ("indirect", "the plan failed"), ("direct", "Q2,")],
            ),
        ],
    )
    def test_read_ahead_skips_the_cues_one_reading_skips(self, text, quotes):
        """
        A cue read ahead and later found used by a quote, or inside one: dropped.

        A lag of 0 reads the cues before each quote's opening mark as it comes: the
        cue that governs a quote before that quote is attributed, and a cue inside a
        partial quote before the quotes are merged.
        """
        from unittest import mock

        from newsmodel import _parse_quotes as pq

        expected = _quote_rows(text)
        with (
            mock.patch.object(pq, "_LOCAL_TOKENS_MIN", 0),
            mock.patch.object(pq, "_READ_AHEAD_LAG", 0),
        ):
            assert _quote_rows(text) == expected
        assert [(q["kind"], q["text"]) for q in expected] == quotes


class TestRound12Building:
    """``_attribute``'s round-12 shortcuts give what the plain code gives."""

    @settings(max_examples=300)
    @given(
        st.lists(st.integers(0, 9), max_size=4),
        st.lists(st.integers(0, 9), max_size=4),
        st.lists(st.integers(0, 9), max_size=8),
        st.booleans(),
    )
    def test_in_text_order_is_the_stable_sort(self, wholes, fragments, clauses, ordered):
        """By start, then wholes, fragments and clauses; no sort only when none is needed."""
        from types import SimpleNamespace

        from newsmodel._parse_quotes import _in_text_order

        if ordered:
            clauses = sorted(clauses)
        made = [
            [SimpleNamespace(start=start, kind=kind, n=n) for n, start in enumerate(starts)]
            for kind, starts in enumerate((wholes, fragments, clauses))
        ]
        expected = sorted(
            [obj for objs in made for obj in objs], key=lambda obj: (obj.start, obj.kind)
        )
        got = _in_text_order(*made)
        assert [(o.start, o.kind, o.n) for o in got] == [(o.start, o.kind, o.n) for o in expected]
        if not wholes and not fragments and ordered:
            assert got is made[2]  # (no copy)


class TestRound13Scans:
    """Round 13: the scans of a whole range give what the regex searches they replace give."""

    @staticmethod
    def _cases(chars: str) -> st.SearchStrategy[tuple[str, int, int]]:
        """A text around the find threshold (a few of ``chars`` in it, or none) and a range."""
        from newsmodel._parse_quotes import _FIND_SCAN_MIN

        return (
            st.tuples(
                st.text(alphabet=st.sampled_from(f"ab .{chars}"), max_size=12),
                st.integers(0, 2 * _FIND_SCAN_MIN),
                st.text(alphabet=st.sampled_from(f"ab .{chars}"), max_size=12),
                st.integers(0, 2 * _FIND_SCAN_MIN + 24),
                st.integers(0, 2 * _FIND_SCAN_MIN + 24),
            )
            .map(lambda c: (c[0] + "x" * c[1] + c[2], *sorted((c[3], c[4]))))
            .map(lambda c: (c[0], min(c[1], len(c[0])), min(c[2], len(c[0]))))
        )

    @settings(max_examples=500)
    @given(st.data())
    def test_holds_any_is_the_search(self, data):
        """For the marks and for the spaces: the same verdict as the class's regex search."""
        from newsmodel._parse_quotes import (
            _HAS_MARK,
            _MARKS,
            _SPACE_OTHER_THAN_SPACE,
            _SPACES_BUT_SPACE,
            _holds_any,
        )

        chars, pattern = data.draw(
            st.sampled_from([(_MARKS, _HAS_MARK), (_SPACES_BUT_SPACE, _SPACE_OTHER_THAN_SPACE)])
        )
        text, start, end = data.draw(self._cases(chars))
        expected = pattern.search(text, start, end) is not None
        assert _holds_any(text, start, end, chars, pattern) == expected

    def test_holds_any_long_ranges(self):
        """Each character is found past the threshold, only inside the range (both ends)."""
        from newsmodel._parse_quotes import (
            _FIND_SCAN_MIN,
            _HAS_MARK,
            _MARKS,
            _SPACE_OTHER_THAN_SPACE,
            _SPACES_BUT_SPACE,
            _holds_any,
        )

        pad = "y" * (2 * _FIND_SCAN_MIN)
        for chars, pattern in ((_MARKS, _HAS_MARK), (_SPACES_BUT_SPACE, _SPACE_OTHER_THAN_SPACE)):
            assert not _holds_any(pad, 0, len(pad), chars, pattern)
            for char in chars:
                text = f"{char}{pad}{char}"
                assert _holds_any(text, 0, len(text) - 1, chars, pattern), repr(char)
                assert _holds_any(text, 1, len(text), chars, pattern), repr(char)
                assert not _holds_any(text, 1, len(text) - 1, chars, pattern), repr(char)


class TestRound9ClauseSpeed:
    """The clause reader's round-9 shortcuts give what its plain reading gave."""

    @staticmethod
    def _read(text):
        from newsmodel._parse_quotes import _Para, _tokens

        return _tokens(text, 0, len(text)), _Para(text, 0, 0, len(text), [])

    @settings(max_examples=300)
    @given(st.text(st.sampled_from(" \t\n\x1c\u2003\u3000.,;:!?—–-ax"), max_size=14), st.data())
    def test_clause_bounds(self, text, data):
        """Stripping the spaces and marks in C ends and starts a clause where stepping did."""
        from newsmodel._parse_quotes import _clause_end, _clause_start

        # offsets into the text, in either order (a clause may be empty or crossed)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(0, len(text)))
        assert _plain_clause_end(text, start, end) == _clause_end(text, start, end)
        assert _plain_clause_start(text, start, end) == _clause_start(text, start, end)

    def test_spaces_are_every_space(self):
        """``_SPACES`` holds every character ``str.isspace`` holds for, and no other."""
        import sys

        from newsmodel._parse_quotes import _IN_OR_SPACE, _SPACES

        every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
        assert every == _SPACES
        assert {*every, "i"} == _IN_OR_SPACE

    def test_cue_form_facts(self):
        """What the shortcuts rely on about the cue forms holds."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import (
            _PARTICIPLE_CUES,
            _TELL_FORMS,
        )

        # the form stands for its lower case, and a token equal to it is lower-case
        assert all(form == form.lower() and form[:1].islower() for form in CUE_FORMS)
        assert not any(form.startswith("according") for form in CUE_FORMS)
        assert {f for f, (lemma, _) in CUE_FORMS.items() if lemma == "tell"} == _TELL_FORMS
        assert {f for f in CUE_FORMS if f.endswith("ing")} == _PARTICIPLE_CUES

    @given(st.text(st.sampled_from("tThHaAİx ."), max_size=12))
    def test_that_search_lowers_only_with_capitals(self, chunk):
        """Without a T, H or A, a text holds "that" lower-cased only if it holds it as is."""
        found = "that" in chunk or (
            ("T" in chunk or "H" in chunk or "A" in chunk) and "that" in chunk.lower()
        )
        assert ("that" in chunk.lower()) == found

    @settings(max_examples=200)
    @given(_round9_texts)
    def test_cue_extent(self, text):
        """The statement test skipped where the next token rules it out: the same extent."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _cue_extent

        toks, _ = self._read(text)
        for k, (word, _, _) in enumerate(toks):
            low = word.lower()
            if low in CUE_FORMS:
                expected = _plain_cue_extent(text, toks, k)
                assert expected == _cue_extent(text, toks, k)
                assert expected == _cue_extent(text, toks, k, low)

    @settings(max_examples=200)
    @given(_round9_texts)
    def test_cue_clause(self, text):
        """The cue token compared before it is lower-cased: the same clause for each cue."""
        from newsmodel._parse_quotes import _cue_clause, _cue_positions

        toks, para = self._read(text)
        for pos, word in _cue_positions(text, 0, len(text)):
            expected = _plain_cue_clause(text, toks, pos, word, 0, len(text), para)
            k = next((k for k, tok in enumerate(toks) if tok[1] >= pos), len(toks))
            found = _cue_clause(text, toks, k, pos, word, 0, len(text), para)
            assert _reported_fields(expected) == _reported_fields(found)

    @settings(max_examples=300)
    @given(_round9_texts)
    def test_finite(self, text):
        """The speaker's token found without a search, the cue form passed on: same clauses."""
        from newsmodel._cues import CUE_FORMS

        toks, para = self._read(text)
        for k, (word, _, _) in enumerate(toks):
            low = word.lower()
            if low in CUE_FORMS:
                expected = _plain_finite(text, toks, k, low, 0, len(text), para)
                found = _finite(text, toks, k, low, 0, len(text), para)
                assert _reported_fields(expected) == _reported_fields(found)

    @settings(max_examples=200)
    @given(_round9_texts, st.sampled_from((("say", 1), ("add", 2), ("warn", 3), ("agree", 1))))
    def test_complement(self, text, cue):
        """The that-search and the clause start lower-cased once: the same clause bounds."""
        from newsmodel._parse_quotes import _complement

        lemma, tier = cue
        toks, _ = self._read(text)
        for j in range(len(toks) + 1):
            expected = _plain_complement(text, toks, j, len(text), lemma, tier)
            assert expected == _complement(text, toks, j, len(text), lemma, tier)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Officials said the minister said that the council said it said so on day 0.",
                [
                    ("the council said it said so on day 0", "the minister", "said"),
                    ("it said so on day 0", "the council", "said"),
                ],
            ),
            (
                "The ministry, which Turkey says has displaced thousands of people, rejected it.",
                [("has displaced thousands of people", "Turkey", "says")],
            ),
            (
                "Prices will rise sharply next year, the central bank said in a statement.",
                [("Prices will rise sharply next year", "the central bank", "said in a statement")],
            ),
            (
                "The council said on Monday THAT the plan would work, adding that it would act.",
                [
                    ("the plan would work", "The council", "said"),
                    ("it would act", "The council", "adding"),
                ],
            ),
            (
                "Residents said the water was unsafe; officials denied it.",
                [("the water was unsafe", "Residents", "said")],
            ),
            (
                "The water was unsafe, the mayor said  in a statement on Monday.",
                [("The water was unsafe", "the mayor", "said  in a statement")],
            ),
            (
                "The water was unsafe, the mayor said\nin a statement.",
                [("The water was unsafe", "the mayor", "said\nin a statement")],
            ),
        ],
    )
    def test_wire_sentences(self, text, expected):
        """Reported clauses of wire copy: the cue, its speaker, where the clause ends."""
        found = [(q.text, q.attribution.mention, q.attribution.cue) for q in extract_quotes(text)]
        assert expected == found
        assert _uncached(text) == [q.to_dict() for q in extract_quotes(text)]


class TestRound10ClauseSpeed:
    """The clause reader's round-10 shortcuts give what its plain reading gave."""

    # The tokens after which _clause_stop decides, and the words after them, in odd cases.
    pieces = (
        *("and", "but", "AND", "But", ",", ";", "x", "the", "ed", "d", "D", "\u212a"),
        *("said", "saiD", "SAID", "told", "tolD", "denied", "deniED", "aPologiseD", "Denied"),
        *("adding", "ADDING", "Saying", "while", "WHILE", "Though", "but"),
        *("according", "ACCORDING", "to", "a", "A", "one", "One", "TWO", "three", "Some"),
        *("day", "Days", "weeks", "after", "BEFORE", "since", ", Saying", ", ADDING"),
        *(", One day after", ", TWO weeks BEFORE", ", three Days since", ", a week after"),
        *(", ACCORDING to", "and saiD", "but aPologiseD", "AND tolD", ", Though"),
    )

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(pieces), max_size=30).map(" ".join), st.data())
    def test_clause_stop(self, text, data):
        """The participle set, the appendix openers and the "d" test: the same clause end."""
        _assert_clause_stop_as_plain(text, data)

    def test_clause_stop_facts(self):
        """What ``_clause_stop`` relies on about lower-casing and its helpers holds."""
        import sys

        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _APPENDIX_OPENERS, _clause_appendix, _speaker_verb

        # only "d" and "D" lower-case to something ending in "d" (so does a whole word)
        ends_in_d = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower().endswith("d")]
        assert ends_in_d == ["D", "d"]
        # every speaker verb ends in "d"
        assert all(not _speaker_verb(form) or form.endswith("d") for form in CUE_FORMS)
        assert _speaker_verb("apologised")
        assert not _speaker_verb("Told")
        # an appendix opens with one of its openers, in any case
        for word in ("according", "a", "one", "two", "three", "Some", "any", "the", "One"):
            toks = [(word, 0, 1), ("to", 2, 4), ("day", 5, 8), ("after", 9, 14)]
            if word.lower() not in _APPENDIX_OPENERS:
                assert not _clause_appendix(toks, 0)
        assert _clause_appendix([("ACCORDING", 0, 9), ("to", 10, 12)], 0)

    @given(
        st.text(st.sampled_from("aAcCdDeEgGhHiInNoOrRtTwW \u212a,"), max_size=10)
        | st.sampled_from(("according", "a", "One", "TWO", "three", "said"))
    )
    def test_appendix_only_after_its_openers(self, word):
        """``_clause_appendix`` holds only after a word lower-casing into ``_APPENDIX_OPENERS``."""
        from newsmodel._parse_quotes import _APPENDIX_OPENERS, _clause_appendix

        for after in (("to", "day", "after"), ("days", "before", "x"), ("weeks", "since", "y")):
            toks = [(word, 0, 1), *((w, 2 + i, 3 + i) for i, w in enumerate(after))]
            if _clause_appendix(toks, 0):
                assert word.lower() in _APPENDIX_OPENERS

    @pytest.mark.parametrize("text", ["x said in a statement", "x said  in the", "said\tin an"])
    def test_statement_end_past_the_text(self, text):
        """The statement pattern reads to the text's end when asked to read past it."""
        from newsmodel._parse_quotes import _STATEMENT

        at = text.index("said") + 4
        for reach in (0, 1, 5, 60, 200):
            expected = _STATEMENT.match(text, at, min(len(text), at + reach))
            found = _STATEMENT.match(text, at, at + reach)
            assert (expected and expected.span()) == (found and found.span())

    @staticmethod
    def plain_finite_clause(toks, m):
        """``_finite_clause`` as it was before round 10 (the reference for its fast paths)."""
        from newsmodel._parse_quotes import (
            _AUXILIARIES,
            _DET_OR_POSSESSIVE,
            _IRREGULAR_PASTS,
            _NOT_IN_SUBJECT,
            _QUOTE_CHARS,
            _SUBJECT_PRONOUNS,
            CUE_FORMS,
            _aside_end,
            _infinitive_to,
            _lower_alpha,
        )

        n = len(toks)
        first = toks[m][0].lower()
        if "'" in first or "’" in first:
            base, _, rest = first.replace("’", "'").partition("'")
            if base in _SUBJECT_PRONOUNS and rest in {"ll", "d", "s", "re", "ve", "m"}:
                return True
        if first in _SUBJECT_PRONOUNS:
            if m + 2 < n and toks[m + 1][0] in _QUOTE_CHARS:
                return toks[m + 2][0][:1].islower()
            return m + 1 < n and toks[m + 1][0][:1].isalnum()
        stop = min(n, m + 12)
        i = m
        while i < stop:
            word = toks[i][0].lower()
            if word in _AUXILIARIES:
                return True
            if word in {".", ";", "!", "?"} or (word in CUE_FORMS and toks[i - 1][0] == "and"):
                break
            if word == "to" and _infinitive_to(toks, i):
                break
            if word == "," and (aside_end := _aside_end(toks, i)) != i:
                if aside_end < 0:
                    break
                stop = min(n, stop + aside_end - i)
                i = aside_end
                continue
            i += 1
        if (
            m + 3 < n
            and first in _DET_OR_POSSESSIVE
            and _lower_alpha(toks[m + 1][0])
            and not toks[m + 1][0].endswith("s")
            and _lower_alpha(toks[m + 2][0])
            and toks[m + 2][0].endswith("s")
            and not toks[m + 2][0].endswith(("ss", "ous", "ics"))
            and (toks[m + 3][0] == "to" or toks[m + 3][0] in _DET_OR_POSSESSIVE)
        ):
            return True
        if (
            m + 2 < n
            and first in _DET_OR_POSSESSIVE
            and _lower_alpha(toks[m + 1][0])
            and toks[m + 1][0].endswith("s")
            and not toks[m + 1][0].endswith("ss")
            and _lower_alpha(toks[m + 2][0])
            and toks[m + 2][0] not in _NOT_IN_SUBJECT
            and not toks[m + 2][0].endswith(("s", "ing", "ly", "ed"))
            and m + 3 < n
            and toks[m + 3][0] not in {"of", "for", ","}
        ):
            return True
        i = m + 1
        limit = min(n, m + 5)
        while i < limit:
            word = toks[i][0].lower()
            if word in _QUOTE_CHARS and i + 1 < n:
                nxt = toks[i + 1][0]
                return nxt[:1].islower() and (nxt.endswith(("s", "ed")) or nxt in _AUXILIARIES)
            if word == "," and (aside_end := _aside_end(toks, i)) > i:
                limit = min(n, limit + aside_end - i)
                i = aside_end
                continue
            if word in _NOT_IN_SUBJECT or not word[:1].isalnum():
                return False
            if (
                word.endswith("ed")
                and "-" not in word
                and (word not in CUE_FORMS or CUE_FORMS[word][1] == 3)
            ) or word in _IRREGULAR_PASTS:
                return True
            i += 1
        return False

    # Words around which the determiner tests of _finite_clause decide.
    clause_pieces = (
        *("the", "The", "a", "his", "their", "its", "that", "to", "of", "for", ",", "."),
        *("minister", "trucks", "Trucks", "exhibition", "aims", "arrive", "class", "glass"),
        *("famous", "politics", "business", "said", "says", "rising", "early", "fired"),
        *("rose", "would", "x", "co-chairs", "man's", "DOGS", "bark", "in", "“", "'s"),
        *("the trucks arrive", "the exhibition aims", "his dogs bark", "the glass aims"),
    )

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(clause_pieces), min_size=1, max_size=16).map(" ".join))
    def test_finite_clause(self, text):
        """The determiner tests in their new order: the same verdict from every token."""
        _assert_finite_clause_as_plain(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the exhibition aims to show", True),
            ("the exhibition aims the", True),
            ("the trucks arrive late", True),
            ("the trucks arrive of", False),
            ("the trucks arrive for", False),
            ("their trucks arrive , late", False),
            ("the trucks fired late", True),
            ("the minister said that the council said it said so", False),
            ("the class aims to", False),
            ("the politics Aims to", False),
        ],
    )
    def test_finite_clause_examples(self, text, expected):
        """Singular and plural subjects after a determiner, and objects that are not."""
        _assert_finite_clause_verdict(text, expected)

    # Words after a cue that the bare-clause test of _complement tells apart.
    complement_pieces = (
        *("said", "says", "adding", "claims", "reports", "so", "to", "h5n1", "mp3", "e-mail"),
        *("state", "banks", "had", "the", "it", "Jane", "12", "would", "rose", ".", ","),
        *("on", "Monday", "x", "that", "plan", "said h5n1 cases rose", "said mp3 sales had"),
    )

    @settings(max_examples=300)
    @given(
        st.lists(st.sampled_from(complement_pieces), max_size=14).map(" ".join),
        st.sampled_from((("say", 1), ("add", 2), ("claim", 2))),
    )
    def test_complement(self, text, cue):
        """The bare-clause test with _lower_alpha last: the same clause bounds."""
        from newsmodel._parse_quotes import _complement, _tokens

        lemma, tier = cue
        toks = _tokens(text, 0, len(text))
        for j in range(len(toks) + 1):
            expected = _plain_complement(text, toks, j, len(text), lemma, tier)
            assert expected == _complement(text, toks, j, len(text), lemma, tier)

    @given(st.text(st.sampled_from("wWhHiIcCoOtTaAkK\u212aİ"), max_size=6))
    def test_relative_words(self, word):
        """A token is in ``_RELATIVE_WORDS`` exactly when it lower-cases to which, who or that."""
        from newsmodel._parse_quotes import _RELATIVE_WORDS

        assert (word in _RELATIVE_WORDS) == (word.lower() in {"which", "who", "that"})

    def test_only_the_kelvin_sign_lower_cases_into_ascii(self):
        """No character outside ASCII lower-cases to ASCII but the Kelvin sign (to k)."""
        import sys

        into_ascii = [
            c
            for c in map(chr, range(128, sys.maxunicode + 1))
            if c.lower() != c and c.lower().isascii()
        ]
        assert into_ascii == ["\u212a"]
        assert "\u212a".lower() == "k"

    @settings(max_examples=300)
    @given(st.text(st.sampled_from("ab ,.'’“-\u2003\n\x1cİ0"), max_size=30))
    def test_tokens_do_not_overlap(self, text):
        """Each token ends at or before the next starts (the text before a cue holds them)."""
        from itertools import pairwise

        from newsmodel._parse_quotes import _tokens

        toks = _tokens(text, 0, len(text))
        assert all(a[2] <= b[1] for a, b in pairwise(toks))
        assert all(text[start:end] == word for word, start, end in toks)

    # Speakers after relative words in any case, "ho" near and far, cues that take an
    # addressee or "in a statement", and odd spaces after the cue.
    finite_pieces = (
        *("which", "WHICH", "Who", "tHat", "whose", "Whose", "who", "ho", "Tho", "shop"),
        *("Officials", "the minister", "Turkey", "it", "they", "police", "A woman"),
        *("said", "says", "say", "told", "tells", "Said", "added", "in a statement", "in"),
        *("inside", "i", "reporters", "the BBC", "the plan", "would", "was", "so", "that"),
        *("has displaced", ",", ".", "“", "and", "on", "Monday", "0"),
    )

    @settings(max_examples=400)
    @given(_joined(finite_pieces, (" ", " ", " ", "  ", "\n", "", "\u2003", " \x1c"), 20))
    def test_finite(self, text):
        """The extent without a call, the "ho" pre-test, the relative words: same clauses."""
        _assert_finite_as_plain(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Officials told reporters the plan would work.",
            "Officials told the BBC the plan would work.",
            "Officials tells Reuters the plan would work.",
            "The council said in a statement the plan would work.",
            "The council said\u2003in a statement the plan would work.",
            "The council said inside the plan would work.",
            "Officials said  the plan would work.",
            "A woman whose home was destroyed said the plan would work.",
            "The ministry, WHICH Turkey says has displaced thousands, rejected it.",
            "The shop who sold it to a man on Monday in the old part of the city said it was.",
        ],
    )
    def test_finite_examples(self, text):
        """Addressees, statements, relatives and subjects with who: as the plain reading."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _Para, _tokens

        toks = _tokens(text, 0, len(text))
        para = _Para(text, 0, 0, len(text), [])
        cues = [k for k, (word, _, _) in enumerate(toks) if word.lower() in CUE_FORMS]
        assert cues
        for k in cues:
            low = toks[k][0].lower()
            expected = _plain_finite(text, toks, k, low, 0, len(text), para)
            found = _finite(text, toks, k, low, 0, len(text), para)
            assert _reported_fields(expected) == _reported_fields(found)


class TestRound11ClauseSpeed:
    """The clause reader's round-11 shortcuts give what its plain reading gave."""

    @given(st.text(st.sampled_from("wWaAsSiIdDnN'’tThHvVeEbB,.\u212aİ"), min_size=1, max_size=9))
    def test_scan_finds_any_case(self, word):
        """A token is in ``_SCAN_FINDS`` exactly when it lower-cases to an auxiliary or a comma."""
        from newsmodel._parse_quotes import _AUXILIARIES, _SCAN_FINDS

        assert (word.lower() in _AUXILIARIES | {","}) == (word in _SCAN_FINDS)

    def test_scan_finds_facts(self):
        """Every mix of cases of every auxiliary is in ``_SCAN_FINDS``, and nothing else."""
        from itertools import product

        from newsmodel._parse_quotes import _AUXILIARIES, _SCAN_FINDS

        # (the auxiliaries are ASCII letters and apostrophes: no other character lower-cases
        # to them but the Kelvin sign, to k, which none of them holds)
        assert all(c.isascii() and (c.isalpha() or c == "'") for w in _AUXILIARIES for c in w)
        assert not any("k" in w for w in _AUXILIARIES)
        mixes = {"".join(cs) for w in _AUXILIARIES for cs in product(*((c, c.upper()) for c in w))}
        assert mixes | {","} == _SCAN_FINDS
        assert {"WAS", "Could", "wOn'T", ","} <= _SCAN_FINDS
        assert "Coulds" not in _SCAN_FINDS

    # Words around which both scans of _finite_clause decide: auxiliaries in any case,
    # commas opening asides, infinitives, quote marks, and the listed words.
    finite_clause_pieces = (
        *("the", "The", "his", "a", "said", "and said", "WAS", "Could", "wOn't", "HAD", "to"),
        *("stay", "up to", ",", ", travelling in two cars ,", ", which", ".", "“", "in", "of"),
        *("minister", "gang", "trucks", "forced", "Fired", "ROSE", "spent", "bigger-than-expected"),
        *("expected", "rejected", "told", "bank", "-", "$", "12", "h5n1", "x", "is", "\u212a"),
    )

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(finite_clause_pieces), min_size=1, max_size=18).map(" ".join))
    def test_finite_clause(self, text):
        """The scan skipped without an auxiliary or a comma, the listed verdicts: same verdict."""
        _assert_finite_clause_as_plain(text)

    def test_subject_verdict_facts(self):
        """The listed words begin with a letter, and none is both a past and not a subject."""
        from newsmodel._parse_quotes import (
            _IRREGULAR_PASTS,
            _NOT_IN_SUBJECT,
            _SUBJECT_VERDICTS,
        )

        assert not _IRREGULAR_PASTS & _NOT_IN_SUBJECT
        assert all(word[:1].isalpha() for word in _SUBJECT_VERDICTS)
        assert {w for w, v in _SUBJECT_VERDICTS.items() if v} == _IRREGULAR_PASTS
        assert {w for w, v in _SUBJECT_VERDICTS.items() if not v} == _NOT_IN_SUBJECT

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the minister said that the council said it said so on day 0 .", False),
            ("the minister WAS there", True),
            ("the gang , travelling in two cars , forced the van", True),
            ("the bill spent too much", True),
            ("the bank in the city", False),
            ("the letter “ raises questions", True),
            ("the Bank EXPECTED a fall", True),
        ],
    )
    def test_finite_clause_examples(self, text, expected):
        """Wire-shaped objects and clauses: as the plain reading."""
        _assert_finite_clause_verdict(text, expected)

    def test_that_scan_marks_only_from_themselves(self):
        """A character is one of the marks exactly when its lower case is (checked for all)."""
        import sys

        from newsmodel._parse_quotes import _THAT_SCAN_MARKS

        odd = [
            c
            for c in map(chr, range(sys.maxunicode + 1))
            if (c in _THAT_SCAN_MARKS) != (c.lower() in _THAT_SCAN_MARKS)
        ]
        assert odd == []

    # Words after a cue that _complement's search for "that" and its bare clause read.
    complement_pieces = (
        *("that", "THAT", "That", "on", "ON", "Monday", "MONDAY", "last", "week", "this", "was"),
        *("it", "IT", "they", "the", "minister", "said", "SAID", ",", ".", "(", ")", "“", "”"),
        *("«", ":", ";", "!", "?", "would", "Would", "earlier", "early", "morning", "so", "to"),
        *("and", "and that", "x", "12", "Jane", "\u212a", "İ", "state banks had"),
    )

    @settings(max_examples=400)
    @given(
        st.lists(st.sampled_from(complement_pieces), max_size=14).map(" ".join),
        st.sampled_from((("say", 1), ("add", 2), ("claim", 2), ("deny", 3))),
    )
    def test_complement(self, text, cue):
        """The bare clause entered only after a skipped word, the marks in one set: same bounds."""
        from newsmodel._parse_quotes import _complement, _tokens

        lemma, tier = cue
        toks = _tokens(text, 0, len(text))
        for j in range(len(toks) + 1):
            expected = _plain_complement(text, toks, j, len(text), lemma, tier)
            assert expected == _complement(text, toks, j, len(text), lemma, tier)

    @settings(max_examples=300)
    @given(st.text(st.sampled_from(" \t\n\x1c\u2003,;:ax."), max_size=12), st.data())
    def test_clause_start(self, text, data):
        """A start of no space or one read directly: where stepping started it."""
        from newsmodel._parse_quotes import _clause_start

        # offsets into the text, in either order (a clause may be empty or crossed)
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(0, len(text)))
        assert _plain_clause_start(text, start, end) == _clause_start(text, start, end)

    def test_token_characters_are_not_spaces(self):
        """No character of a word token is a space (the extent shortcut relies on it)."""
        import sys

        import regex

        from newsmodel._parse_quotes import _SPACE_CHARS

        word_char = regex.compile(r"[\p{L}\p{N}'’.\-&]")
        spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
        assert set(spaces) == _SPACE_CHARS
        assert not [c for c in spaces if word_char.match(c)]

    # Cues before "in a statement" and near misses, next tokens at the cue's end, odd
    # spaces, participles and shared subjects.
    finite_pieces = (
        *("Officials", "the minister", "it", "they", "The BJP", "Acme Corp.", "residents"),
        *("said", "Said", "SAID", "says", "say", "told", "adding", "Saying", "added", "denied"),
        *("in", "In", "inside", "i", "in a statement", "in an interview", "its", "it", "inn"),
        *(",", ".", "that", "and", "but", "hit back", "the plan would work", "so", "“", "”"),
    )

    @settings(max_examples=400)
    @given(_joined(finite_pieces, (" ", " ", " ", "", "  ", "\u2003", " \x1c", "\x1c"), 16))
    def test_finite_and_extent(self, text):
        """The statement shortcut, the inline speaker look-up, the participles: same clauses."""
        _assert_finite_as_plain(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Officials said the minister said that the council said it said so on day 0.",
            "The council said in a statement the plan would work.",
            "The council said inside the plan would work.",
            "The council said in the plan would work.",
            "The council said its plan would work.",
            "The council said, adding that it would, and they said it would.",
            "The BJP hit back, saying the plan would work.",
            "Acme reported a loss and said the plan would work.",
            "It was late, adding that.",
            "Officials SAID the plan would work, and Residents Said it would.",
        ],
    )
    def test_wire_sentences(self, text):
        """Wire-shaped sentences: each cue gives the clause of the plain reading."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _cue_extent, _Para, _tokens

        toks = _tokens(text, 0, len(text))
        para = _Para(text, 0, 0, len(text), [])
        cues = [k for k, (word, _, _) in enumerate(toks) if word.lower() in CUE_FORMS]
        assert cues
        for k in cues:
            low = toks[k][0].lower()
            assert _plain_cue_extent(text, toks, k) == _cue_extent(text, toks, k)
            expected = _plain_finite(text, toks, k, low, 0, len(text), para)
            found = _finite(text, toks, k, low, 0, len(text), para)
            assert _reported_fields(expected) == _reported_fields(found)

    def test_inline_builds_set_every_field(self):
        """``_Attr`` and ``_Reported`` built without a class call hold every field __init__ sets."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _PREVIOUS, _Attr, _Para, _Reported, _tokens

        # (the inline builds set these fields: a field added to a class must be added there)
        assert set(_Attr.__slots__) == {"np", "cue", "inherit", "resolved"}
        assert set(_Reported.__slots__) == {"start", "end", "attr", "para"}
        text = "The BJP hit back, saying the plan would work. Officials said it would."
        toks = _tokens(text, 0, len(text))
        para = _Para(text, 3, 0, len(text), [])
        found = []
        for k, (word, _, _) in enumerate(toks):
            if word.lower() in CUE_FORMS:
                rep = _finite(text, toks, k, word.lower(), 0, len(text), para)
                assert rep is not None
                found.append(rep)
        assert len(found) == 2
        for rep in found:
            for copy in (rep, rep.moved(7, 5)):
                built = _Reported(
                    copy.start,
                    copy.end,
                    _Attr(copy.attr.np, copy.attr.cue, copy.attr.inherit),
                    copy.para,
                )
                assert _reported_fields(built) == _reported_fields(copy)
                assert copy.attr.resolved is None
            moved = rep.moved(7, 5)
            assert (moved.start, moved.end, moved.para) == (rep.start + 7, rep.end + 7, 5)
            assert moved.attr.cue.start == rep.attr.cue.start + 7
            assert moved.attr.inherit is rep.attr.inherit
        assert found[0].attr.np is not None  # "The BJP"
        assert found[1].attr.inherit is None
        assert _PREVIOUS is not None

    @pytest.mark.parametrize(
        "text",
        [
            "The council said, adding that it would work.",
            "Critics said it would fail. The council hit back on Monday, saying it would not.",
        ],
    )
    def test_participles_without_a_subject_inherit(self, text):
        """A participle with no subject of its own inherits, as the plain reading had it."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _Para, _tokens

        toks = _tokens(text, 0, len(text))
        para = _Para(text, 0, 0, len(text), [])
        for k, (word, _, _) in enumerate(toks):
            low = word.lower()
            if low in CUE_FORMS and low.endswith("ing"):
                expected = _plain_finite(text, toks, k, low, 0, len(text), para)
                found = _finite(text, toks, k, low, 0, len(text), para)
                assert expected is not None
                assert _reported_fields(expected) == _reported_fields(found)

    # Stop tokens of _clause_stop in odd orders, and the words after them.
    stop_pieces = (
        *(",", ";", ":", "and", "but", "“", '"', "«", "x", "the", "said", "apologised"),
        *("adding", "Saying", "while", "WHILE", "though", "according", "to", "a", "day", "after"),
        *("one", "week", "before", "insisted", "D", "d"),
    )

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(stop_pieces), max_size=24).map(" ".join), st.data())
    def test_clause_stop(self, text, data):
        """Commas tested first, their breaks in one set: the same clause end."""
        _assert_clause_stop_as_plain(text, data)

    @pytest.mark.parametrize(
        "text",
        [
            "that , the minister would go .",
            "that . The minister went .",
            "that ; the minister went .",
            "that the minister would go , adding that it was .",
            "THAT the minister would go .",
            "That , he said .",
            "on Monday that the minister would go .",
            "the minister that it would go .",
            "it would go , and that was it .",
            "that",
        ],
    )
    def test_complement_examples(self, text):
        """Clauses opening with "that" (read directly) and near it: as the plain reading."""
        from newsmodel._parse_quotes import _complement, _tokens

        toks = _tokens(text, 0, len(text))
        for lemma, tier in (("say", 1), ("add", 2), ("deny", 3)):
            for j in range(len(toks) + 1):
                expected = _plain_complement(text, toks, j, len(text), lemma, tier)
                assert expected == _complement(text, toks, j, len(text), lemma, tier)


def _plain_item_attr_pos(item):
    """``_item_attr_pos`` as at 16a0192 (each field read where it is tested)."""
    obj = item[2]
    attr = obj.attr
    if attr is not None and attr.np is not None:
        start = attr.np.span.start
        return start if start < obj.start else obj.start  # noqa: FURB136 - the code as it was
    if attr is not None and attr.cue is not None:
        return attr.cue.start
    return obj.start


def _plain_first_tokens(text, start, end, count, *, ascii_text):
    """``_first_tokens`` as at 16a0192: one tuple per match, built in a comprehension."""
    from itertools import islice

    from newsmodel._parse_quotes import _TOKEN, _TOKEN_ASCII

    pattern = _TOKEN_ASCII if ascii_text else _TOKEN
    return [
        (m.group(), m.start(), m.end()) for m in islice(pattern.finditer(text, start, end), count)
    ]


def _plain_role_nominal(text, np, entities):
    """``_role_nominal`` as at 16a0192: the role holders before the mention always looked up."""
    from newsmodel._parse_quotes import (
        _PERSON_OR_TITLE,
        _antecedent,
        _Entity,
        _is_epithet,
        _role_holder_before,
    )

    if np.pronoun != "the" or np.kind != "person":
        return None
    word = np.text.split()[-1]
    head = word.lower().rstrip(".")
    if _is_epithet(word) or head not in _PERSON_OR_TITLE:
        return None
    known = _antecedent(np, entities) if entities else None
    found = _role_holder_before(text, np.span.start, head)
    if found is None or (known is not None and known.pos >= found.pos):
        return known
    for ent in reversed(entities[-50:]):
        if ent.kind == "person" and ent.name == found.name:
            return _Entity(
                ent.name, "person", found.role or ent.role, ent.span, found.pos, "", ent.gender
            )
    return found


def _np_read_fields(np):
    """The fields of a ``_NP`` that resolution reads (its last word included)."""
    return (
        np.span,
        np.text,
        np.kind,
        np.name,
        np.name_span,
        np.pronoun,
        np.role,
        np.last_word(),
    )


def _line_of(text, pos):
    """The index of the non-blank line of ``text`` holding offset ``pos`` (plain count)."""
    lines = [i for i, line in enumerate(text.split("\n")) if line.strip()]
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if offset <= pos <= offset + len(line):
            return lines.index(number)
        offset += len(line) + 1
    raise AssertionError(pos)


_ROLE_PIECES = (
    *("Coach Mark Ellis was calm.", "Minister Leah Moss spoke.", "Leah Moss, a nurse at"),
    *("the hospital, left.", "Gen. Ines Varga", "Sgt. Paul Kerr", "They met on day 3."),
    *("the coach", "the minister", "the nurse", "the general", "the sergeant", "the Spaniard"),
    *("the 35-year-old", "the official", "said", ",", "."),
)
"""Titled and apposed names, and the role nominals that may refer back to them."""

_QUOTE_LINES = (
    *('"We are ready," Leah Moss said.', '"And willing."', "The council said it would act."),
    *('He said it was "fine".', '"Q," she said. "More."', "No quote here.", '"Alone'),
    *("Officials said the minister said that the bank said so.", "“Yes,” they said."),
)
"""Lines of quotes, follow-on quotes and reported speech, for paragraphs of a text."""


class TestRound12ClauseSpeed:
    """The clause reader's round-12 shortcuts give what its plain reading gave."""

    # Relative clauses on a cue ("which Turkey says"), the marks that end them, and words
    # near those marks that are not one.
    relative_pieces = (
        *("which", "that", "who", "Turkey", "the council", "says", "said", "has", "it"),
        *("displaced", "so", "on", "day", "3", "1,000", "3:30", ",", ";", ":", "."),
    )

    @settings(max_examples=400)
    @given(_joined(relative_pieces, (" ", " ", "", "  "), 14))
    def test_relative_clause_end(self, text):
        """The marks looked for only when their text is there: the same clauses."""
        _assert_finite_as_plain(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Officials said the minister said that the council said it said so on day 0.",
            "the town, which Turkey says has displaced 1,000 people, was hit.",
            "the town which Turkey says has displaced people; it was hit.",
            "the town which Turkey says has displaced people: it was hit.",
            "the plan that the council said would work on day 3:30",
        ],
    )
    def test_relative_clause_examples(self, text):
        """Wire-shaped relative clauses: each cue gives the clause of the plain reading."""
        _assert_finite_as_plain(text)

    # Words after a determiner on which the subject reading decides: the listed
    # verdicts, verbs in the past and near misses, marks, asides and quoted predicates.
    subject_pieces = (
        *("the", "The", "his", "bank", "trucks", "in", "IN", "of", "rose", "ROSE", "Spent"),
        *("fired", "FIRED", "Fired", "expected", "rejected", "added", "bigger-than-expected"),
        *("red", "ed", "12", "1990s", "h5n1", "$", "-", "'s", "“", '"', "raises", ","),
        *(", travelling in two cars ,", ", which", "would", "said", "\u212aed", "İed"),
    )

    @settings(max_examples=400)
    @given(st.lists(st.sampled_from(subject_pieces), min_size=1, max_size=12).map(" ".join))
    def test_finite_clause_subject(self, text):
        """Each word's step kept by the word: the verdict of the plain reading."""
        _assert_finite_clause_as_plain(text)

    @given(st.text(st.sampled_from("edEDrsinofRSIN-'’1$,“\u212aİ"), max_size=8))
    def test_subject_step(self, token):
        """The step kept by the word is what the plain reading's tests give."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import _MARK, _SUBJECT_VERDICTS, _subject_step

        word = token.lower()
        if word in _SUBJECT_VERDICTS:
            expected = _SUBJECT_VERDICTS[word]
        elif not word[:1].isalnum():
            expected = _MARK
        elif (
            word.endswith("ed")
            and "-" not in word
            and (word not in CUE_FORMS or CUE_FORMS[word][1] == 3)
        ):
            expected = True
        else:
            expected = None
        assert _subject_step.__wrapped__(token) is expected
        assert _subject_step(token) is expected

    def test_marks_lower_case_from_themselves(self):
        """Only a comma or a quote mark lower-cases to one, and none begins with a letter or digit."""
        import sys

        from newsmodel._parse_quotes import _QUOTE_CHARS

        marks = _QUOTE_CHARS | {","}
        odd = [
            c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() in marks and c not in marks
        ]
        assert not odd
        assert not any(c.isalnum() for c in marks)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the minister said that the council said it said so on day 0 .", False),
            ("the gunman fired at the crowd", True),
            ("the bank expected a fall", True),
            ("the letter “ raises more questions", True),
            ("the gang , travelling in two cars , forced the van", True),
            ("a bigger-than-expected fall in prices", False),
            ("the bank in the city", False),
            ("the trucks $ 5", False),
        ],
    )
    def test_finite_clause_subject_examples(self, text, expected):
        """Wire-shaped subjects and objects after a determiner: as the plain reading."""
        _assert_finite_clause_verdict(text, expected)


class TestRound13ClauseSpeed:
    """The clause reader's round-13 shortcuts give what its plain reading gave."""

    # Stop tokens of _clause_stop, words and numbers that hold their text without being
    # one ("band", "1,000", "3:30"), and the words after them that end a clause.
    stop_pieces = (
        *("and", "but", ",", ";", ":", "band", "Andrew", "AND", "butter", "rebut", "1,000"),
        *("3:30", "x;y", "said", "denied", "adding", "while", "according", "to", "the"),
        *("council", "it", "so", "on", "day", "0", ".", "“", "a", "week", "after"),
        *("but denied", "and said", ", adding"),
    )

    @settings(max_examples=500)
    @given(_joined(stop_pieces, (" ", " ", "", "  ", "\n"), 16), st.data())
    def test_clause_stop_text_search(self, text, data):
        """The stop tokens looked for in the clause's text first: the same clause end."""
        _assert_clause_stop_as_plain(text, data)

    @pytest.mark.parametrize(
        "text",
        [
            "the council said it said so on day 0.",
            "the band played on and the crowd sang",
            "rebuttals came from Andrew at 3:30 on day 1,000",
            "the plan would work, adding that it would act",
            "the plan would work and denied it; so",
            "the plan would work but insisted it would",
            "the plan would work: “ yes",
        ],
    )
    def test_clause_stop_examples(self, text):
        """Clauses with and without stop tokens in their text: as the plain reading."""
        from newsmodel._parse_quotes import _clause_stop, _tokens

        toks = _tokens(text, 0, len(text))
        for m in range(len(toks) + 1):
            start = toks[m][1] if m < len(toks) else len(text)
            for e in (start, len(text)):
                expected = TestClauseSpeedPathsAreExact.plain_clause_stop(text, toks, m, start, e)
                assert expected == _clause_stop(text, toks, m, start, e)

    # Words after a cue on which _complement's bare-clause reading and its search for
    # "that" decide: openers and their capitals, cue forms inside names, digits, words
    # that open no clause, skipped adjuncts, auxiliaries, "that" in cases, and marks.
    complement_pieces = (
        *("the", "The", "THE", "it", "It", "this", "This", "was", "said", "Said", "SAYS"),
        *("says", "say", "claims", "State", "Highway", "Jane", "Roe", "However", "goodbye"),
        *("Goodbye", "so", "So", "12", "1990s", "on", "On", "Monday", "last", "week", "early"),
        *("would", "Would", "WOULD", "that", "That", "THAT", "tHat", "and", "And", "or"),
        *("to", "hear", "investigators", "plan", "banks", "had", ",", ".", ";", "!", "“"),
        *("(", "—", "İ", "\u212aey", "x-ray", "o'clock", "’s"),
    )

    @settings(max_examples=500)
    @given(
        _joined(complement_pieces, (" ", " ", "", "  "), 14),
        st.sampled_from((("say", 1), ("add", 2), ("warn", 3), ("agree", 1))),
    )
    def test_complement_word_readings(self, text, cue):
        """Each word's readings kept by the word: the clause bounds of the plain reading."""
        from newsmodel._parse_quotes import _complement, _tokens

        lemma, tier = cue
        toks = _tokens(text, 0, len(text))
        for j in range(len(toks) + 1):
            expected = _plain_complement(text, toks, j, len(text), lemma, tier)
            assert expected == _complement(text, toks, j, len(text), lemma, tier)

    @given(st.text(st.sampled_from("tThHaAsSoO1 ,.;“-'İ\u212aeEdDwW"), max_size=7))
    def test_bare_word(self, token):
        """The bare-clause reading kept by the word is what the plain tests give."""
        from newsmodel._cues import CUE_FORMS
        from newsmodel._parse_quotes import (
            _BARE_SKIPS,
            _CLAUSE_STARTS,
            _NOT_CLAUSE,
            _OPENS,
            _OPENS_BEFORE_CAPITAL,
            _OPENS_CAPITALISED,
            _OPENS_NOT,
            _STOP_CAPS,
            _bare_word,
            _lower_alpha,
        )

        low = token.lower()
        head = token[:1]

        def opens(next_capital):
            return (
                low in _CLAUSE_STARTS
                or (
                    head.isupper()
                    and low not in _STOP_CAPS
                    and (low not in CUE_FORMS or next_capital)
                )
                or head.isdigit()
                or (
                    low not in _NOT_CLAUSE
                    and (low not in CUE_FORMS or CUE_FORMS[low][0] == low or low.endswith("s"))
                    and _lower_alpha(token)
                )
            )

        skip, opener = _bare_word(token)
        assert skip == (low in _BARE_SKIPS)
        assert _bare_word.__wrapped__(token) == (skip, opener)
        for next_capital in (False, True):
            found = opener
            if found == _OPENS_BEFORE_CAPITAL:
                found = _OPENS_CAPITALISED if next_capital else _OPENS_NOT
            assert (found != _OPENS_NOT) == opens(next_capital)
            if found != _OPENS_NOT:
                assert (found == _OPENS_CAPITALISED) == head.isupper()
                assert found in {_OPENS, _OPENS_CAPITALISED}

    @given(st.text(st.sampled_from("tThHaAwWsS1 ,.;“-'İ\u212a"), max_size=6))
    def test_that_step(self, token):
        """The step of the search for "that" kept by the word is what the plain tests give."""
        from newsmodel._parse_quotes import (
            _AUXILIARIES,
            _THAT_AUXILIARY,
            _THAT_BREAK,
            _THAT_FOUND,
            _THAT_SCAN_BREAKS,
            _THAT_STEP,
            _that_step,
        )

        low = token.lower()
        step = _that_step(token)
        assert _that_step.__wrapped__(token) == step
        assert (step == _THAT_FOUND) == (low == "that")
        if step != _THAT_FOUND:
            for first in (True, False):  # the plain loop's tests, at its first word or later
                ends = low in _THAT_SCAN_BREAKS or (low in _AUXILIARIES and not first)
                steps = not ends and (token[:1].isalnum() or token == ",")
                assert steps == (step == _THAT_STEP or (step == _THAT_AUXILIARY and first))
        for word in ("that", "THAT", "said", ",", "would", "Would", "plan", "“", "it"):
            assert (
                _that_step(word)
                == {
                    "that": _THAT_FOUND,
                    "THAT": _THAT_FOUND,
                    "said": _THAT_BREAK,
                    ",": _THAT_STEP,
                    "would": _THAT_AUXILIARY,
                    "Would": _THAT_AUXILIARY,
                    "plan": _THAT_STEP,
                    "“": _THAT_BREAK,
                    "it": _THAT_BREAK,
                }[word]
            )

    @pytest.mark.parametrize(
        "text",
        [
            "said the minister said that the council said it said so on day 0.",
            "says State Highway 25A could close on Monday.",
            "says State highway could close",
            "said Jane Roe.",
            "said This was the fourth such incident",
            "said on Monday that the plan would work.",
            "said the colour could be read using an app that works",
            "said A and that B would work",
            "said goodbye to the plan",
            "said claims rose sharply",
            "said 12 people had died",
            "would that it were so",
        ],
    )
    def test_complement_examples(self, text):
        """Wire-shaped words after a cue: the clause bounds of the plain reading."""
        from newsmodel._parse_quotes import _complement, _tokens

        toks = _tokens(text, 0, len(text))
        for j in range(len(toks) + 1):
            for lemma, tier in (("say", 1), ("warn", 3)):
                expected = _plain_complement(text, toks, j, len(text), lemma, tier)
                assert expected == _complement(text, toks, j, len(text), lemma, tier)

    @staticmethod
    def assert_cue_clause_as_plain(text):
        """Every cue of ``text``: ``_cue_clause`` gives what the plain finite reading gives."""
        from bisect import bisect_left

        from newsmodel._parse_quotes import (
            _START,
            _according,
            _cue_clause,
            _cue_positions,
            _Para,
            _tokens,
        )

        toks = _tokens(text, 0, len(text))
        para = _Para(text, 0, 0, len(text), [])
        for pos, word in _cue_positions(text, 0, len(text)):
            k = bisect_left(toks, pos, key=_START)
            low = word.lower()
            if not (k < len(toks) and toks[k][1] == pos and toks[k][0].lower() == low):
                expected = None
            elif low == "according":
                expected = _according(text, toks, k, 0, len(text), para)
            else:
                expected = _plain_finite(text, toks, k, low, 0, len(text), para)
            for _ in range(2):  # the speaker read, then kept
                found = _cue_clause(text, toks, k, pos, word, 0, len(text), para)
                assert _reported_fields(expected) == _reported_fields(found)

    @settings(max_examples=300)
    @given(_round9_texts)
    def test_cue_clause_reads_finite_cues(self, text):
        """The finite reading held by _cue_clause (no call): what the plain reading gives."""
        self.assert_cue_clause_as_plain(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Officials said the minister said that the council said it said so on day 0.",
            "The BJP hit back, saying the plan would fail.",
            "The town, which Turkey says has displaced 1,000 people, was hit.",
            "Prices will rise, the central bank SAID in a statement on Monday.",
            "He described the plan and said the party would fight on.",
            "Residents who said they had lost power were moved, according to officials.",
            "Police say the gunman fired; Jane Roe told the BBC prices would rise.",
            "He was quoted as saying the plan would fail.",
            "The levy, which the union believes would cost jobs, passed.",
        ],
    )
    def test_cue_clause_examples(self, text):
        """Wire-shaped cues of each reading: the clauses of the plain reading."""
        self.assert_cue_clause_as_plain(text)

    @pytest.mark.parametrize(
        "text",
        [
            "Officials said the minister said that the council said it said so on day 0.",
            "The town, which Turkey says has displaced 1,000 people, was hit.",
            "Prices will rise, the central bank said in a statement on Monday.",
            "Jane Roe told the BBC prices would rise.",
            "Police say the gunman fired at the crowd.",
        ],
    )
    def test_clause_objects_written_out(self, text):
        """The clause built without _clause_found: its objects, fields and a copied speaker."""
        from newsmodel import Span
        from newsmodel._parse_quotes import (
            _SPEAKERS_BEFORE,
            _Attr,
            _cue_clause,
            _cue_positions,
            _Para,
            _Reported,
            _tokens,
        )

        toks = _tokens(text, 0, len(text))
        para = _Para(text, 0, 0, len(text), [])
        found_any = False
        for pos, word in _cue_positions(text, 0, len(text)):
            k = next(k for k, tok in enumerate(toks) if tok[1] >= pos)
            expected = _plain_finite(text, toks, k, word.lower(), 0, len(text), para)
            for _ in range(2):  # the speaker read, then kept
                rep = _cue_clause(text, toks, k, pos, word, 0, len(text), para)
                assert _reported_fields(expected) == _reported_fields(rep)
                if rep is None:
                    continue
                found_any = True
                attr = rep.attr
                assert type(rep) is _Reported
                assert type(attr) is _Attr
                assert type(attr.cue) is Span
                assert attr.cue == Span(attr.cue.start, attr.cue.end)
                assert attr.inherit is expected.attr.inherit
                assert attr.resolved is None
                assert rep.para == para.index
                # the speaker handed out is a copy, never the one kept
                assert all(attr.np is not kept for kept, _ in _SPEAKERS_BEFORE.values())
        assert found_any


class TestRound11ResolutionSpeed:
    """Round 11's shortcuts in resolving speakers and building quotes give the same values."""

    @settings(max_examples=300)
    @given(
        st.integers(0, 200),
        st.one_of(st.none(), st.tuples(st.integers(0, 200), st.integers(0, 20))),
        st.one_of(st.none(), st.integers(0, 200)),
        st.booleans(),
    )
    def test_item_attr_pos(self, start, mention, cue, attributed):
        """The resolution order of an item, each field read once, is the plain order."""
        from newsmodel import Span
        from newsmodel._parse_quotes import _NP, _Attr, _item_attr_pos, _Reported, _tokens

        np = None
        if mention is not None:
            at, gap = mention
            text = " " * at + "the minister"
            toks = _tokens(text, 0, len(text))
            np = _NP(text, toks, 0, len(toks)).moved(gap)
        attr = _Attr(np, None if cue is None else Span(cue, cue + 4)) if attributed else None
        rep = _Reported(start, start + 10, _Attr(None, None), 0)
        rep.attr = attr  # (an item's attr may be None: a quote with no attribution)
        item = (start, 2, rep)
        assert _plain_item_attr_pos(item) == _item_attr_pos(item[2])

    @settings(max_examples=300)
    @given(
        st.text(st.sampled_from("ab Cé-.,'’\u00a0\u2003Zz1"), max_size=40),
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(1, 12),
    )
    def test_first_tokens(self, text, start, length, count):
        """The tokens zipped from the matches' fields are the plain comprehension's."""
        from newsmodel._parse_quotes import _first_tokens

        start = min(start, len(text))
        end = min(len(text), start + length)
        ascii_text = text[start:end].isascii()
        assert _plain_first_tokens(text, start, end, count, ascii_text=ascii_text) == _first_tokens(
            text, start, end, count, ascii_text=ascii_text
        )

    @settings(max_examples=300)
    @given(_mention_texts, st.integers(0, 30), st.integers(0, 50))
    def test_mention_text_and_last_word(self, mention, lead, shift):
        """
        A mention read again (its analysis kept) and moved has the text and last word read plain.

        The analysis keeps the text and its last word; a mention built from it, or moved,
        shares them, and one whose text is changed splits the new text.
        """
        from unittest import mock

        from newsmodel import Span, _parse_quotes
        from newsmodel._parse_quotes import _NP, _tokens

        text = "x" * lead + " " + mention
        toks = _tokens(text, lead + 1, len(text))
        with mock.patch.object(_parse_quotes, "_NP_ANALYSES", {}):
            first = _NP(text, toks, 0, len(toks))
            again = _NP(text, toks, 0, len(toks))  # (from the analysis kept)
        for np in (first, again):
            assert text[np.span.start : np.span.end] == np.text
            assert np.text.split()[-1] == np.last_word()
        assert _np_read_fields(first) == _np_read_fields(again)
        moved = again.moved(shift)
        assert Span(again.span.start + shift, again.span.end + shift) == moved.span
        assert (again.text, again.kind, again.name, again.pronoun, again.role) == (
            moved.text,
            moved.kind,
            moved.name,
            moved.pronoun,
            moved.role,
        )
        assert again.text.split()[-1] == moved.last_word()
        moved.text = "the new text"
        assert "text" == moved.last_word()

    @settings(max_examples=200)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(_ROUND10_OPENINGS),
                _mention_texts,
                st.sampled_from([". ", ", ", ".\n", "! ", '." ', ", and "]),
            ),
            min_size=1,
            max_size=8,
        )
    )
    def test_sentence_starts_and_commas(self, sentences):
        """The sentence starts and commas ``_organisation_before`` maps are the plain lists."""
        from newsmodel._parse_quotes import (
            _COMMA_SPACE,
            _SENTENCE_BREAK,
            _organisation_before,
            _subject_cache,
        )

        text = "".join(f"{opening} {rest}{stop}" for opening, rest, stop in sentences)
        _organisation_before(text, len(text), [])
        cached_text, breaks, _, commas = _subject_cache[0]
        assert cached_text is text
        assert [0, *[m.end() for m in _SENTENCE_BREAK.finditer(text)]] == breaks
        assert [m.start() for m in _COMMA_SPACE.finditer(text)] == commas

    @settings(max_examples=300)
    @given(st.lists(st.sampled_from(_ROLE_PIECES), min_size=1, max_size=16), st.data())
    def test_role_nominal(self, pieces, data):
        """Skipping the look-back when nobody holds the role finds whom the plain code finds."""
        from newsmodel._parse_quotes import _NP, _Entity, _role_nominal, _tokens

        text = " ".join(pieces)
        toks = _tokens(text, 0, len(text))
        entities = data.draw(
            st.lists(
                st.sampled_from(
                    [
                        _Entity("Mark Ellis", "person", "Coach", None, 0),
                        _Entity("Leah Moss", "person", None, None, 5),
                        _Entity("Harlow Bank", "organisation", None, None, 9),
                    ]
                ),
                max_size=3,
            )
        )
        for i, (word, _, _) in enumerate(toks[:-1]):
            if word.lower() == "the":
                np = _NP(text, toks, i, i + 2)
                expected = _plain_role_nominal(text, np, entities)
                found = _role_nominal(text, np, entities)
                assert _entity_key(expected) == _entity_key(found)

    @pytest.mark.parametrize(
        ("text", "cue", "expected"),
        [
            ("He said it.", (3, 7), "said"),
            ("He said it.", (3, 3), None),  # an empty cue span: no cue text
            ("He said it.", None, None),
        ],
    )
    def test_cue_text(self, text, cue, expected):
        """The cue text is the cue span's slice, or None when that is empty or missing."""
        from newsmodel import Span
        from newsmodel._parse_quotes import _Attr, _resolve

        span = None if cue is None else Span(*cue)
        found = _resolve(text, _Attr(None, span), [], None)
        assert expected == found.cue
        assert span == found.cue_span

    @settings(max_examples=200)
    @given(st.lists(st.sampled_from((*_QUOTE_LINES, "")), min_size=1, max_size=8))
    def test_paragraphs_of_quotes(self, lines):
        """Each quote's paragraphs (a tuple shared by a paragraph's quotes) are its lines."""
        text = "\n".join(lines)
        for quote in extract_quotes(text):
            expected = tuple(sorted({_line_of(text, s.start) for s in quote.spans}))
            assert expected == quote.paragraphs
            assert quote.spans[0] is quote.span or len(quote.spans) > 1

    @pytest.mark.parametrize(
        ("text", "speakers"),
        [
            # a follow-on quote in the next paragraph inherits the speaker
            ('"We are ready," Leah Moss said.\n"And willing."', ["Leah Moss", "Leah Moss"]),
            # two paragraphs on, it does not
            (
                '"We are ready," Leah Moss said.\nNo quote here.\n"And willing."',
                ["Leah Moss", None],
            ),
            # after reported speech in the paragraph before
            (
                'Leah Moss said the plan would work.\n"And it will."',
                ["Leah Moss", "Leah Moss"],
            ),
            # a scare quote inherits nothing
            ('"Q," Leah Moss said.\nIt was "fine" then.', ["Leah Moss", None]),
            # the paragraph compared is the attributed quote's, not the last follow-on's
            ('"Q," Leah Moss said.\n"R"\n"S"', ["Leah Moss", "Leah Moss", None]),
        ],
    )
    def test_follow_on_quotes(self, text, speakers):
        """A quote with no cue inherits from the attributed quote of its or the last paragraph."""
        assert speakers == [q.speaker for q in extract_quotes(text)]

    @settings(max_examples=200)
    @given(st.integers(0, 30), st.integers(0, 30))
    def test_statement_nominal_looks_at_twelve(self, before, after):
        """``the statement`` looks at the last twelve speakers, as the bound computed did."""
        from newsmodel._parse_quotes import _NP, _Entity, _nominal_target, _tokens

        entities = [
            *[_Entity(f"Org{i}", "organisation", None, None, i) for i in range(before)],
            _Entity("Harlow Bank", "organisation", None, None, 100, "said in a statement"),
            *[_Entity(f"Name{i}", "person", None, None, 200 + i) for i in range(after)],
        ]
        text = "The statement said so."
        toks = _tokens(text, 0, len(text))
        np = _NP(text, toks, 0, 2)
        recent = entities[max(0, len(entities) - 12) :]
        expected = next(
            (e for e in reversed(recent) if e.kind != "person" and "statement" in e.cue), None
        )
        assert expected is _nominal_target(text, np, entities)

    @settings(max_examples=400)
    @given(
        _title_texts,
        st.sampled_from(("minister", "coach", "gen", "sgt", "director-general", "x", "e")),
        st.sampled_from((" ", ". ")),
        st.integers(1, 4),
        st.sampled_from((0, 3, 10, 1024)),
    )
    def test_probe_starts(self, text, word, ending, run, gap):
        """
        The title probes found by search, then by one split, are those the search finds.

        With runs of one to four occurrences and small gaps, the split takes over at
        any occurrence, or never.
        """
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _probe_starts, _probe_starts_plain, _title_folded

        folded = _title_folded(text)
        probe = word + ending
        expected = _probe_starts_plain(text, folded, probe)
        assert expected == _probe_starts(text, folded, probe)
        with (
            mock.patch.object(_parse_quotes, "_PROBE_RUN", run),
            mock.patch.object(_parse_quotes, "_PROBE_GAP", gap),
        ):
            assert expected == _probe_starts(text, folded, probe)

    @settings(max_examples=300)
    @given(
        _title_texts,
        st.sampled_from(("minister", "coach", "gen", "sgt", "x", "e")),
        st.sampled_from((" ", ". ")),
    )
    def test_probe_starts_split(self, text, word, ending):
        """The split from any occurrence on finds what the search from there finds."""
        from newsmodel._parse_quotes import _probe_starts_plain, _probe_starts_split, _title_folded

        folded = _title_folded(text)
        probe = word + ending
        at = folded.find(probe)
        while at >= 0:
            expected = [p for p in _probe_starts_plain(text, folded, probe) if p >= at]
            assert expected == _probe_starts_split(text, folded, probe, at)
            at = folded.find(probe, at + 1)

    @pytest.mark.parametrize(
        "text",
        [
            "the minister said. Minister Leah Moss said",
            "minister Leah",
            "minister ",
            "Minister minister Minister Zoë",
            "ministers Minister \u00c9mile minister. Moss minister. ",
        ],
    )
    def test_probe_starts_examples(self, text):
        """Probes at the text's ends, back to back and before capitals of any script."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _probe_starts, _probe_starts_plain, _title_folded

        folded = _title_folded(text)
        for probe in ("minister ", "minister. "):
            expected = _probe_starts_plain(text, folded, probe)
            assert expected == _probe_starts(text, folded, probe)
            with mock.patch.object(_parse_quotes, "_PROBE_RUN", 1):
                assert expected == _probe_starts(text, folded, probe)

    @settings(max_examples=300)
    @given(_mention_texts, st.integers(0, 30))
    def test_lowers_and_mention_key(self, mention, lead):
        """A mention's lower-case words and its analysis key are the plain comprehensions'."""
        from newsmodel._parse_quotes import _lowers, _mention_key, _tokens

        text = "x" * lead + " " + mention + " Gov. ST. u.s."
        toks = _tokens(text, lead + 1, len(text))
        assert [w[0].lower().rstrip(".") for w in toks] == _lowers(toks)
        start = toks[0][1]
        mention_text = text[start : toks[-1][2]]
        assert (mention_text, *[t[1] - start for t in toks[1:]]) == _mention_key(
            mention_text, toks[1:], start
        )

    @settings(max_examples=300)
    @given(
        st.lists(
            st.tuples(
                st.sampled_from(
                    (
                        *_ROUND10_OPENINGS,
                        "PARIS – Airbus said",
                        "ROME — Enel said",
                        "Well-known Harlow Bank said",
                        "BERLIN -- Siemens said",
                        "Harlow Bank – said",
                    )
                ),
                _mention_texts,
            ),
            min_size=1,
            max_size=4,
        ),
        st.data(),
    )
    def test_dashes_looked_for_with_in(self, sentences, data):
        """A range with a hyphen, an en or an em dash is read as the dash search read it."""
        _assert_subject_verdicts_as_plain(sentences, data)

    @settings(max_examples=300)
    @given(_mention_texts, st.integers(0, 20))
    def test_last_lower(self, mention, shift):
        """A mention's last word in lower case is the plain one, kept, moved or changed."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _NP, _tokens

        toks = _tokens(mention, 0, len(mention))
        with mock.patch.object(_parse_quotes, "_NP_ANALYSES", {}):
            for np in (_NP(mention, toks, 0, len(toks)), _NP(mention, toks, 0, len(toks))):
                for copy in (np, np.moved(shift)):
                    assert copy.text.split()[-1].lower() == copy.last_lower()
                    assert copy.text.split()[-1] == copy.last_word()
                    copy.text = "The Ministry"
                    assert "ministry" == copy.last_lower()
                    assert "Ministry" == copy.last_word()

    @settings(max_examples=200)
    @given(
        st.lists(st.sampled_from(_QUOTE_LINES), min_size=1, max_size=6),
        st.lists(st.tuples(st.booleans(), st.integers(0, 7)), max_size=20),
    )
    def test_paragraph_read_in_place(self, lines, steps):
        """A paragraph found among those built is the one the look-up returns (built or not)."""
        from newsmodel._parse_quotes import _lines, _Paragraphs

        text = "\n".join(lines)
        paras = _Paragraphs(text)
        for index, (start, end) in enumerate(_lines(text)):
            paras.add(index, start, end)
        for release, step in steps:
            index = step % len(paras.order)
            if release:
                paras.release(index)
                continue
            kept = paras.built.get(index)
            para = paras[index]
            assert kept is None or kept is para
            assert para is paras.built.get(index)
            assert (para.start, para.end) == paras.bounds[index]


_BREAK_PIECES = (
    *(".", "!", "?", "\n", " ", "\t", "\r\n", "\u2009", "\x1c", '"', "”", "’", "“", "…"),
    *(". ", '." ', ".”\n\n", "?’ ", "!\n", "U.S.", "3.5", "Leah", "said", "x"),
)
"""Stops, closing quotes, spaces and line breaks of every kind ``\\s`` takes, and words."""


class TestRound12ResolutionSpeed:
    """Round 12's shortcuts in resolving speakers give what the plain code gives."""

    @settings(max_examples=300)
    @given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=30).map("".join))
    def test_sentence_breaks(self, text):
        """The sentence ends found stop by stop (in a text with no line break) are the search's."""
        from newsmodel._parse_quotes import _SENTENCE_BREAK, _sentence_breaks

        for copy in (text, text.replace("\n", " ")):
            expected = [0, *[m.end() for m in _SENTENCE_BREAK.finditer(copy)]]
            assert expected == _sentence_breaks(copy)

    @pytest.mark.parametrize(
        "text",
        [
            'The ministry said so. "We will act," it said. The council agreed! Why? ',
            "Officials said the minister said so on day 7.   \t Next.",
            "U.S. officials said.”\u2009The Kremlin spokesman Dmitry Peskov said.’ Q?",
            "No stop at all",
            "Stop at the end.",
            "Stops.Without!Spaces?",
            "A line break.\n\nThen more. ",
        ],
    )
    def test_sentence_breaks_examples(self, text):
        """Wire copy: stops with quotes and spaces of any kind, none, or at the end."""
        from newsmodel._parse_quotes import _SENTENCE_BREAK, _sentence_breaks

        assert [0, *[m.end() for m in _SENTENCE_BREAK.finditer(text)]] == _sentence_breaks(text)


# Words opening a sentence: names (long ones too, whose sixth token ends past the
# ``_SUBJECT_PREFIX`` characters keyed), company words, verbs, words after them,
# joined words, punctuation, and non-ASCII letters and marks.
_OPENING_PIECES = (
    *("Officials", "Harlow", "Maritime", "Holdings", "Energy", "Air", "Nordica", "Ford"),
    *("Northumberlandshire", "Confederationalists", "Incorporated", "Sales", "The", "the"),
    *("said", "cut", "grounded", "fell", "was", "its", "their", "fleet", "minister", "that"),
    *("council", "on", "Monday", "U.S.", "U.S", "it's", "Co.", "well-known", "2024", "day"),
    *(",", ".", "-", "—", "(", "Zürich", "café", "it’s", "Ltd", "and", "Gamble", "Procter"),
)

_opening_words = st.lists(st.sampled_from(_OPENING_PIECES), min_size=1, max_size=9)


class TestRound13ResolutionSpeed:
    """Round 13's shortcuts in resolving speakers give what the plain code gives."""

    @settings(max_examples=400)
    @given(_opening_words, _opening_words, _opening_words, st.sampled_from([" ", "  ", "\n"]))
    def test_plain_opening_key(self, opening, tail, other_tail, gap):
        """
        A range read after another with the same opening gives the plain reading.

        The first range's reading is kept by the text of its first tokens: the second
        finds it by its plain words (``_PLAIN_OPENING``), or tokenises.
        """
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _read_subject_keyed

        text = " ".join(opening) + gap + " ".join(tail)
        other = " ".join(opening) + gap + " ".join(other_tail)
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
            expected = _plain_read_subject(text, 0, len(text))
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", {}):
            _read_subject_keyed(other, 0, len(other))
            assert expected == _read_subject_keyed(text, 0, len(text))[0]
            assert expected == _read_subject_keyed(text, 0, len(text))[0]  # kept now

    def test_new_sentence_found_by_its_plain_words(self):
        """``Officials said the minister said that ...`` again: read without tokenising."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _NOT_AN_ORGANISATION, _read_subject_keyed

        first = "Officials said the minister said that the council said it said so on day 0."
        second = "Officials said the minister said that the bank said it said so on day 1."
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", {}) as readings:
            assert _NOT_AN_ORGANISATION == _read_subject_keyed(first, 0, len(first))[0]
            with mock.patch.object(_parse_quotes, "_first_tokens", side_effect=AssertionError):
                assert (_NOT_AN_ORGANISATION, False) == _read_subject_keyed(second, 0, len(second))
            # kept by its opening too, as a read by tokens keeps it
            assert (second[: _parse_quotes._SUBJECT_PREFIX], True) in readings

    @pytest.mark.parametrize(
        "opening",
        [
            # six words of one name: "more tokens" kept by them, read again with more
            "Harlow Maritime Holdings Energy Nordica Group said it would shut two yards.",
            # the sixth token ends after the characters keyed by the opening
            "Northumberlandshire Confederationalists Incorporated cut its staff again.",
        ],
    )
    def test_plain_opening_read_on(self, opening):
        """A reading that needs more tokens, or ends late, is the plain one again."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _read_subject_keyed

        words = opening.split()
        other = " ".join([*words[:6], "Ltd", "grounded", "the", "fleet."])
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
            expected = _plain_read_subject(opening, 0, len(opening))
            expected_other = _plain_read_subject(other, 0, len(other))
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", {}):
            assert expected_other == _read_subject_keyed(other, 0, len(other))[0]
            assert expected == _read_subject_keyed(opening, 0, len(opening))[0]
            assert expected_other == _read_subject_keyed(other, 0, len(other))[0]

    def test_plain_opening_kept_by_its_characters_only_when_they_hold_it(self):
        """A sixth token ending late: not kept by the opening's first characters."""
        from unittest import mock

        from newsmodel import _parse_quotes
        from newsmodel._parse_quotes import _SUBJECT_PREFIX, _read_subject_keyed

        words = "Northumberlandshire Confederationalists Incorporated cut its staff"
        first, second = f"{words} again on Monday.", f"{words} before the vote."
        # the same first characters, another name
        third = words[:_SUBJECT_PREFIX] + "ation fell sharply on Monday."
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", _Forgetful()):
            expected = _plain_read_subject(third, 0, len(third))
        with mock.patch.object(_parse_quotes, "_SUBJECT_READINGS", {}):
            _read_subject_keyed(first, 0, len(first))
            _read_subject_keyed(second, 0, len(second))  # by its plain words
            assert expected == _read_subject_keyed(third, 0, len(third))[0]
        assert expected != _plain_read_subject(first, 0, len(first))
