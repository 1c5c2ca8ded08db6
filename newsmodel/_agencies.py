"""The organisation lexicon: news agencies, photo agencies and outlets, with their aliases.

Bylines, datelines, credits and footers name organisations in many spellings
(``Reuters``, ``REUTERS``, ``Reuter``; ``AP``, ``The Associated Press``).
Every parser maps them to one canonical name through :func:`canonical_agency`,
so an agency is classified as an organisation and never taken for a person.

Canonical names follow one rule: the name the organisation prints in its own
datelines and credits.  Agencies known by an acronym keep it (``AP``, ``AFP``,
``PTI``, ``UPI``), others keep their short name (``Reuters``, ``Xinhua``,
``Kyodo``); outlets keep their masthead without a leading "The"
(``Guardian``, ``New York Times``).
"""

from __future__ import annotations

import functools

import regex

__all__ = ["AGENCY_ALIASES", "DISTRIBUTORS", "agency_pattern", "canonical_agency"]

# canonical name -> aliases (matched case-insensitively, after collapsing spaces,
# dropping a leading "The" and a trailing ".com").
AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    # International wire services (FORMATS d.2).
    "Reuters": ("Reuters", "Reuter", "Thomson Reuters", "Reuters Breakingviews"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "dpa": ("dpa", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "EPA": ("EPA", "EPA-EFE", "European Pressphoto Agency"),
    "PA": ("PA", "PA Media", "Press Association", "PA Images", "PA Wire"),
    "AAP": ("AAP", "Australian Associated Press"),
    "NTB": ("NTB",),
    "Ritzau Scanpix": ("Ritzau Scanpix", "Ritzau"),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansi", "AA"),
    # Asia.
    "Xinhua": ("Xinhua", "Xinhua News Agency", "XINHUA"),
    "CGTN": ("CGTN",),
    "China News Service": ("China News Service", "Chinanews.com", "Chinanews"),
    "China Daily": ("China Daily",),
    "Global Times": ("Global Times",),
    "People's Daily Online": (
        "People's Daily Online",
        "People’s Daily Online",
        "Peoples Daily Online",
        "People's Daily",
        "People’s Daily",
    ),
    "CFP": ("CFP", "China Foto Press"),
    "VCG": ("VCG", "Visual China Group"),
    "IC": ("IC", "ICphoto"),
    "PTI": ("PTI", "Press Trust of India"),
    "ANI": ("ANI", "Asian News International"),
    "IANS": ("IANS", "Indo-Asian News Service"),
    "TNN": ("TNN", "Times News Network"),
    "Times of India": ("Times of India", "TIMESOFINDIA.COM", "TOI"),
    "Hindustan Times": ("Hindustan Times", "HT"),
    "NDTV": ("NDTV",),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "Yonhap News"),
    "Kyodo": ("Kyodo", "Kyodo News", "KYODO NEWS"),
    "Jiji": ("Jiji", "Jiji Press", "JIJI"),
    "Bernama": ("Bernama",),
    "Antara": ("Antara",),
    "CNA": ("CNA", "Central News Agency"),
    "TASS": ("TASS", "Tass", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Sputnik": ("Sputnik",),
    # Photo agencies and distributors.
    "Getty Images": ("Getty Images", "Getty"),
    "Imago": ("Imago", "IMAGO"),
    "Shutterstock": ("Shutterstock",),
    "Alamy": ("Alamy",),
    # Press-release wires.
    "Business Wire": ("Business Wire", "BUSINESS WIRE"),
    "PR Newswire": ("PR Newswire", "PRNewswire", "PRNewswire-FirstCall"),
    "Globe Newswire": ("Globe Newswire", "GLOBE NEWSWIRE"),
    # Outlets.
    "CNN": ("CNN", "CNN Business", "CNN Politics", "CNN Wire", "CNN International"),
    "BBC": ("BBC", "BBC News"),
    "Guardian": ("Guardian", "The Guardian"),
    "New York Times": ("New York Times", "The New York Times", "NYT"),
    "Washington Post": ("Washington Post", "The Washington Post"),
    "Al Jazeera": ("Al Jazeera",),
    "Daily Mail": ("Daily Mail", "Daily Mail Australia", "MailOnline"),
    "Sky News": ("Sky News",),
    "Euronews": ("Euronews",),
    "Malay Mail": ("Malay Mail",),
    "Japan News": ("Japan News",),
    "Japan Times": ("Japan Times",),
}

DISTRIBUTORS: frozenset[str] = frozenset({"Getty Images", "Imago", "Shutterstock", "Alamy"})
"""Canonical names that distribute other agencies' pictures (the part after ``via``)."""

_SPACES = regex.compile(r"\s+")


def _key(name: str) -> str:
    """Normalise a name for lookup: collapse spaces, drop "The " and ".com", casefold."""
    key = _SPACES.sub(" ", name.replace("’", "'")).strip().casefold()
    key = key.removeprefix("the ")
    return key.removesuffix(".com") if key.endswith(".com") and "." not in key[:-4] else key


_LOOKUP: dict[str, str] = {}
for _canonical, _aliases in AGENCY_ALIASES.items():
    for _alias in (_canonical, *_aliases):
        _LOOKUP.setdefault(_key(_alias), _canonical)
# Short aliases that are ordinary words or initials in lower case ("aa", "ic", "pa",
# "ap") must be written in capitals to count.
_CAPS_ONLY = frozenset({"aa", "ic", "pa", "ap", "ht", "ria", "toi", "ani", "cna"})

_NAME_LONGEST = 60
"""The longest text ``canonical_agency`` looks up (every alias is shorter)."""


@functools.lru_cache(maxsize=8192)
def canonical_agency(name: str) -> str | None:
    """Return the canonical name of an agency or outlet, or None if ``name`` is not one.

    Lookup ignores case (except for short acronyms that are also words), extra
    spaces, a leading "The" and a trailing ".com".

    Example:
        >>> from newsmodel._agencies import canonical_agency
        >>> canonical_agency("REUTERS"), canonical_agency("The Associated Press")
        ('Reuters', 'AP')
        >>> canonical_agency("TIMESOFINDIA.COM"), canonical_agency("Jane Roe")
        ('Times of India', None)
    """
    if not name or len(name) > _NAME_LONGEST:
        return None
    key = _key(name)
    found = _LOOKUP.get(key)
    if found is None and key.endswith(".com"):
        found = _LOOKUP.get(key[:-4])
    if found is None:
        return None
    if key in _CAPS_ONLY and not name.strip().isupper():
        return None
    return found


def agency_pattern() -> str:
    """Return a regex alternation matching any alias as written or in capitals (longest first).

    Example:
        >>> import re
        >>> from newsmodel._agencies import agency_pattern
        >>> bool(re.fullmatch(agency_pattern(), "Associated Press"))
        True
    """
    forms: set[str] = set()
    for canonical, aliases in AGENCY_ALIASES.items():
        for alias in (canonical, *aliases):
            forms.add(alias)
            forms.add(alias.upper())
    ordered = sorted(forms, key=lambda s: (-len(s), s))
    return "(?:" + "|".join(regex.escape(f) for f in ordered) + ")"
