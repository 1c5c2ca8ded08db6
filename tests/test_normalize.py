"""Tests for the optional normalisation step: normalize_text and normalize_and_explain."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel._normalize import (
    fix_html_entities,
    fix_line_endings,
    fix_mojibake,
    fix_quotes,
    fix_spaces,
    fix_zero_width,
)

ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=300)
#: Text made of the characters the fixes look at, so the properties exercise them.
MESSY_TEXT = st.lists(
    st.one_of(
        st.characters(blacklist_categories=()),
        st.sampled_from(
            [
                *"&#;\r\n\f\v\u00a0\u202f\u3000\u200b\u200c\u200d\u2060\ufeff“”‘’\"'",
                *["&amp;", "&#8217;", "&#x2019;", "&nbsp;", "â€™", "Ã©", "Â ", "â€\x9d", "é", "😀"],
            ]
        ),
    ),
    max_size=80,
).map("".join)


class TestNormalizeText:
    """normalize_text: each fix, its switch and what it leaves alone."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("a\r\nb\rc\nd", "a\nb\nc\nd"),
            ("page\fbreak\vhere", "page\nbreak\nhere"),
            ("line\u2028sep\u2029para", "line\nsep\npara"),
            ("10\u00a0km and 5\u202f%", "10 km and 5 %"),
            ("wide\u3000space\u2003em", "wide space em"),
            ("tab\tkept", "tab\tkept"),
            ("zero\u200bwidth\u2060joiner\ufeff", "zerowidthjoiner"),
            ("\ufeffBOM first", "BOM first"),
            ("a\u200db", "ab"),
            ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
            ("می\u200cخواهم", "می\u200cخواهم"),
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("it&#8217;s &#x2019; &#X2019;", "it’s ’ ’"),
            ("a&nbsp;b", "a b"),
            ("&quot;hi&quot;", '"hi"'),
            ("&lt;p&gt;", "<p>"),
            ("AT&T and R&D & co", "AT&T and R&D & co"),
            ("&amp without semicolon", "&amp without semicolon"),
            ("&nosuch; &#0; &#xD800; &#99999999;", "&nosuch; &#0; &#xD800; &#99999999;"),
            ("&amp;amp;", "&amp;"),
            ("Itâ€™s", "It’s"),
            ("â€œquotedâ€\x9d", "“quoted”"),
            ("â€˜singleâ€™", "‘single’"),
            ("Caf\u00c3\u00a9", "Café"),
            ("10Â km", "10 km"),
            ("10Â\u00a0km", "10 km"),
            ("ðŸ˜€", "😀"),
            ("ä¸­æ–‡", "中文"),
            ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
            ("â€”dashâ€“", "—dash–"),
            ("Â£5 and 5â‚¬", "£5 and 5€"),
            ("CAFÉ” and Gruß“", "CAFÉ” and Gruß“"),
            ("ROMÂ X", "ROMÂ X"),
            ("naïve café résumé", "naïve café résumé"),
            ("“curly” stays by default", "“curly” stays by default"),
        ],
    )
    def test_default_fixes(self, text: str, expected: str) -> None:
        """The default fixes give the expected text; clean and ambiguous text is left alone."""
        assert expected == newsmodel.normalize_text(text)

    def test_quotes_option(self) -> None:
        """quotes=True straightens curly quotes and keeps guillemets."""
        assert "\"Hi,\" she said, 'ok' «non»" == newsmodel.normalize_text(
            "“Hi,” she said, ‘ok’ «non»", quotes=True
        )

    @pytest.mark.parametrize(
        ("option", "text"),
        [
            ("line_endings", "a\r\nb"),
            ("spaces", "a\u00a0b"),
            ("zero_width", "a\u200bb"),
            ("html_entities", "a &amp; b"),
            ("mojibake", "itâ€™s"),
        ],
    )
    def test_each_fix_can_be_switched_off(self, option: str, text: str) -> None:
        """With its keyword False, a fix leaves its target untouched."""
        assert text == newsmodel.normalize_text(text, **{option: False})

    @given(text=ANY_TEXT)
    def test_total(self, text: str) -> None:
        """normalize_text returns a str for any str, lone surrogates included."""
        assert isinstance(newsmodel.normalize_text(text, quotes=True), str)

    @given(text=st.text(st.characters(codec="ascii", exclude_characters="&\r\f\v"), max_size=200))
    def test_clean_ascii_unchanged(self, text: str) -> None:
        """ASCII text without entities or odd line breaks is returned unchanged."""
        assert text == newsmodel.normalize_text(text)

    @given(text=MESSY_TEXT)
    def test_whitespace_fixes_are_idempotent(self, text: str) -> None:
        """The line-ending, space and zero-width fixes reach a fixed point in one call."""
        options = {"html_entities": False, "mojibake": False, "quotes": True}
        once = newsmodel.normalize_text(text, **options)
        assert once == newsmodel.normalize_text(once, **options)

    @given(text=MESSY_TEXT)
    def test_output_has_no_targets_left(self, text: str) -> None:
        """After normalisation no \\r, form feed, vertical tab, NBSP or ZWSP remains."""
        out = newsmodel.normalize_text(text)
        for char in "\r\f\v\u00a0\u202f\u200b\u2060\ufeff":
            assert char not in out

    @given(text=st.text(st.characters(exclude_categories=["Cs"]), max_size=60))
    def test_mojibake_of_utf8_is_repaired(self, text: str) -> None:
        """Text made of plausible characters, mangled through cp1252, is repaired exactly."""
        plausible = "".join(
            c for c in text if c.isascii() or ("\u00c0" <= c <= "\u017f") or c in "’“”–—€™"
        )
        mangled = (
            plausible.encode("utf-8").decode("cp1252", errors="strict")
            if all(b not in plausible.encode("utf-8") for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
            else plausible.encode("utf-8").decode("latin-1")
        )
        assert plausible == newsmodel.normalize_text(
            mangled, html_entities=False, line_endings=False, spaces=False, zero_width=False
        )

    def test_hostile_shapes(self) -> None:
        """Entity and mojibake shapes that are not real entities or mojibake are left alone."""
        hostile = ("&#" + "9" * 20 + "&amp" + "Ã" * 50 + "â€" * 50 + "\u200d" * 50) * 2_000
        assert "\u200d" not in newsmodel.normalize_text(hostile)
        assert "&#" + "9" * 20 in newsmodel.normalize_text(hostile)

    @pytest.mark.parametrize("value", [b"x", None, 3])
    def test_bad_type(self, value: object) -> None:
        """A non-str raises InputTypeError naming normalize_text."""
        with pytest.raises(newsmodel.InputTypeError, match=r"^normalize_text\(\) expects text"):
            newsmodel.normalize_text(value)  # type: ignore[arg-type]


class TestNormalizeAndExplain:
    """normalize_and_explain: the text and the fixes that changed it."""

    def test_steps_in_order(self) -> None:
        """Steps name the fixes that changed the text, in the order applied."""
        result = newsmodel.normalize_and_explain("“Itâ€™s &amp;\u200b done”\r\n\u00a0", quotes=True)
        assert (
            "html_entities",
            "mojibake",
            "line_endings",
            "spaces",
            "quotes",
            "zero_width",
        ) == result.steps
        assert '"It\'s & done"\n ' == result.text

    def test_clean_text_has_no_steps(self) -> None:
        """Clean text comes back unchanged with no steps."""
        assert newsmodel.Normalized(text="Clean.", steps=()) == newsmodel.normalize_and_explain(
            "Clean."
        )

    def test_result_is_frozen(self) -> None:
        """The result is immutable."""
        import attrs

        result = newsmodel.normalize_and_explain("a")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            result.text = "b"  # type: ignore[misc]

    @given(text=MESSY_TEXT)
    def test_agrees_with_normalize_text(self, text: str) -> None:
        """normalize_and_explain(text).text equals normalize_text(text)."""
        assert newsmodel.normalize_text(text) == newsmodel.normalize_and_explain(text).text

    @given(text=MESSY_TEXT)
    def test_steps_replay(self, text: str) -> None:
        """Replaying only the reported steps gives the same text."""
        result = newsmodel.normalize_and_explain(text, quotes=True)
        fixes = {
            "html_entities": fix_html_entities,
            "mojibake": fix_mojibake,
            "zero_width": fix_zero_width,
            "line_endings": fix_line_endings,
            "spaces": fix_spaces,
            "quotes": fix_quotes,
        }
        replayed = text
        for step in result.steps:
            replayed = fixes[step](replayed)
        assert result.text == replayed


class TestMessyArticles:
    """Messy copy parses as is, and after normalisation to clean fields."""

    def test_headline_and_paragraphs_after_normalisation(self) -> None:
        """Entities, NBSPs and CRLFs in a headline and body are cleaned by normalisation."""
        text = "Rates rise&nbsp;&amp; markets fall\r\n\r\nStocks fell\u00a0on Monday.\r\n"
        raw = newsmodel.parse_article(text)
        raw.check()
        clean = newsmodel.parse_article(newsmodel.normalize_text(text))
        clean.check()
        assert "Rates rise & markets fall" == clean.headline
        assert ["Stocks fell on Monday."] == [p.text for p in clean.paragraphs]
