"""Outlet profiles: home zone, day/month order and region of news outlets and agencies.

The home zone is applied only to header times that state no zone; the region settles
ambiguous zone labels (``IST``, ``CST``, ``BST`` ...); the date order settles numeric
dates such as ``05.04.2025``. An unknown outlet name is not an error: it simply has no
profile, and times are read as if no outlet had been given.
"""

from __future__ import annotations

from attrs import field, frozen
from attrs.validators import deep_iterable, in_, instance_of, optional

__all__ = ["OUTLETS", "Outlet", "get_outlet", "is_outlet_name", "outlet_key"]


@frozen
class Outlet:
    """A news outlet or agency, as newsmodel needs to know it to read its timestamps.

    Attributes:
        name: the canonical name (``"CGTN"``, ``"Times of India"``).
        aliases: other names, abbreviations and domains it goes by.
        zone: the IANA home zone assumed for label-less header times, or None when the
            outlet has no safe default (Reuters, AP and the Guardian print the reader's zone).
        date_order: how its numeric dates read: ``"DMY"``, ``"MDY"`` or ``"YMD"``.
            ``"YMD"`` outlets do not settle a ``05/04/2025``-style date (it stays ambiguous).
        region: the ISO 3166 alpha-2 region that reads ambiguous zone labels, or None.
        agency: True for wire services and photo agencies.

    Example:
        >>> import newsmodel
        >>> cgtn = newsmodel.get_outlet("cgtn.com")
        >>> cgtn.name, cgtn.zone, cgtn.region
        ('CGTN', 'Asia/Shanghai', 'CN')

    .. versionadded:: 0.1.0
    """

    name: str = field(validator=instance_of(str))
    aliases: tuple[str, ...] = field(
        default=(), validator=deep_iterable(instance_of(str), instance_of(tuple))
    )
    zone: str | None = field(default=None, validator=optional(instance_of(str)))
    date_order: str = field(default="DMY", validator=in_(("DMY", "MDY", "YMD")))
    region: str | None = field(default=None, validator=optional(instance_of(str)))
    agency: bool = field(default=False, validator=instance_of(bool))


def _o(
    name: str,
    aliases: tuple[str, ...],
    zone: str | None,
    order: str,
    region: str | None,
    *,
    agency: bool = False,
) -> Outlet:
    return Outlet(name, aliases, zone, order, region, agency)


_SHANGHAI, _KOLKATA, _LONDON, _NEW_YORK = (
    "Asia/Shanghai",
    "Asia/Kolkata",
    "Europe/London",
    "America/New_York",
)

OUTLETS: tuple[Outlet, ...] = (
    # Chinese state media (FORMATS a.2, a.3): Beijing time, no daylight saving.
    _o(
        "CGTN",
        ("China Global Television Network", "cgtn.com", "CGTN America"),
        _SHANGHAI,
        "YMD",
        "CN",
    ),
    _o(
        "Xinhua",
        ("Xinhua News Agency", "xinhuanet.com", "news.cn", "Xinhuanet"),
        _SHANGHAI,
        "YMD",
        "CN",
        agency=True,
    ),
    _o(
        "People's Daily",
        ("People's Daily Online", "Peoples Daily Online", "en.people.cn", "people.cn"),
        _SHANGHAI,
        "YMD",
        "CN",
    ),
    _o("Global Times", ("globaltimes.cn",), _SHANGHAI, "YMD", "CN"),
    _o("China Daily", ("chinadaily.com.cn",), _SHANGHAI, "YMD", "CN"),
    _o("CFP", ("China Foto Press",), _SHANGHAI, "YMD", "CN", agency=True),
    _o("VCG", ("Visual China Group",), _SHANGHAI, "YMD", "CN", agency=True),
    # South Asia: IST = India Standard Time.
    _o(
        "Times of India",
        ("TOI", "TNN", "Times News Network", "timesofindia.com", "timesofindia.indiatimes.com"),
        _KOLKATA,
        "DMY",
        "IN",
    ),
    _o(
        "Economic Times",
        ("ET Markets", "ETMarkets.com", "economictimes.indiatimes.com", "ET Bureau"),
        _KOLKATA,
        "DMY",
        "IN",
    ),
    _o("Hindustan Times", ("HT", "hindustantimes.com", "HT Correspondent"), _KOLKATA, "DMY", "IN"),
    _o("NDTV", ("NDTV Sports Desk", "ndtv.com"), _KOLKATA, "DMY", "IN"),
    _o("News18", ("news18.com", "CNN-News18"), _KOLKATA, "DMY", "IN"),
    _o("India TV", ("India TV News Desk", "indiatvnews.com"), _KOLKATA, "DMY", "IN"),
    _o("Republic World", ("Republic", "Republic TV", "republicworld.com"), _KOLKATA, "DMY", "IN"),
    _o("Business Standard", ("business-standard.com",), _KOLKATA, "DMY", "IN"),
    _o("Devdiscourse", ("devdiscourse.com",), _KOLKATA, "DMY", "IN"),
    _o("PTI", ("Press Trust of India",), _KOLKATA, "DMY", "IN", agency=True),
    _o("ANI", ("Asian News International",), _KOLKATA, "DMY", "IN", agency=True),
    _o("IANS", ("Indo-Asian News Service",), _KOLKATA, "DMY", "IN", agency=True),
    # East and South-East Asia.
    _o(
        "Yonhap",
        ("Yonhap News Agency", "yna.co.kr", "en.yna.co.kr", "yonhapnews.co.kr"),
        "Asia/Seoul",
        "YMD",
        "KR",
        agency=True,
    ),
    _o(
        "Kyodo",
        ("Kyodo News", "KYODO NEWS", "english.kyodonews.net", "kyodonews.net"),
        "Asia/Tokyo",
        "YMD",
        "JP",
        agency=True,
    ),
    _o("Jiji", ("Jiji Press", "JIJI"), "Asia/Tokyo", "YMD", "JP", agency=True),
    _o(
        "Japan News",
        ("The Japan News", "Yomiuri", "japannews.yomiuri.co.jp"),
        "Asia/Tokyo",
        "YMD",
        "JP",
    ),
    _o("Japan Times", ("The Japan Times", "japantimes.co.jp"), "Asia/Tokyo", "YMD", "JP"),
    _o("Malay Mail", ("malaymail.com",), "Asia/Kuala_Lumpur", "DMY", "MY"),
    _o("VnExpress", ("vnexpress.net", "VnExpress International"), "Asia/Ho_Chi_Minh", "DMY", "VN"),
    _o("Taipei Times", ("taipeitimes.com",), "Asia/Taipei", "YMD", "TW"),
    # United Kingdom (BST = British Summer Time).
    _o(
        "The Guardian",
        ("Guardian", "theguardian.com", "guardian.co.uk", "The Observer"),
        None,
        "DMY",
        "GB",
    ),
    _o("BBC", ("BBC News", "bbc.com", "bbc.co.uk"), _LONDON, "DMY", "GB"),
    _o("The Telegraph", ("Telegraph", "Daily Telegraph", "telegraph.co.uk"), _LONDON, "DMY", "GB"),
    _o(
        "Daily Mail",
        ("Mail Online", "MailOnline", "dailymail.co.uk", "Daily Mail Australia"),
        _LONDON,
        "DMY",
        "GB",
    ),
    _o("The Sun", ("thesun.co.uk",), _LONDON, "DMY", "GB"),
    _o("The Mirror", ("Daily Mirror", "mirror.co.uk"), _LONDON, "DMY", "GB"),
    _o("Daily Express", ("express.co.uk",), _LONDON, "DMY", "GB"),
    _o("Metro", ("metro.co.uk",), _LONDON, "DMY", "GB"),
    _o("iNews", ("i news", "i paper", "inews.co.uk"), _LONDON, "DMY", "GB"),
    _o("The Independent", ("Independent", "independent.co.uk"), _LONDON, "DMY", "GB"),
    _o("PA", ("PA Media", "Press Association", "PA Wire"), _LONDON, "DMY", "GB", agency=True),
    # Continental Europe.
    _o("Euronews", ("euronews.com", "Euronews English"), "Europe/Paris", "DMY", "FR"),
    _o(
        "AFP",
        ("Agence France-Presse", "Agence France Presse"),
        "Europe/Paris",
        "DMY",
        "FR",
        agency=True,
    ),
    _o("DW", ("Deutsche Welle", "dw.com"), "Europe/Berlin", "DMY", "DE"),
    _o("dpa", ("Deutsche Presse-Agentur",), "Europe/Berlin", "DMY", "DE", agency=True),
    _o("Imago", ("IMAGO", "imago images"), "Europe/Berlin", "DMY", "DE", agency=True),
    _o("EPA", ("European Pressphoto Agency", "EPA-EFE"), "Europe/Berlin", "DMY", "DE", agency=True),
    _o(
        "Anadolu",
        ("Anadolu Agency", "Anadolu Ajansı", "Anadolu Ajansi", "AA", "aa.com.tr"),
        "Europe/Istanbul",
        "DMY",
        "TR",
        agency=True,
    ),
    _o("The Portugal News", ("Portugal News", "theportugalnews.com"), "Europe/Lisbon", "DMY", "PT"),
    _o("Politico Europe", ("POLITICO Europe", "Politico EU"), "Europe/Brussels", "DMY", "BE"),
    _o("Sputnik", ("Sputnik News", "sputniknews.com"), "Europe/Moscow", "DMY", "RU"),
    _o("TASS", ("tass.com",), "Europe/Moscow", "DMY", "RU", agency=True),
    _o("EFE", ("Agencia EFE",), "Europe/Madrid", "DMY", "ES", agency=True),
    _o("ANSA", ("ansa.it",), "Europe/Rome", "DMY", "IT", agency=True),
    _o("NTB", ("Norsk Telegrambyrå",), "Europe/Oslo", "DMY", "NO", agency=True),
    _o("Ritzau Scanpix", ("Ritzau", "Scanpix"), "Europe/Copenhagen", "DMY", "DK", agency=True),
    # Wire services that print the reader's zone: no safe home zone.
    _o(
        "Reuters",
        ("Reuter", "REUTERS", "Thomson Reuters", "reuters.com"),
        None,
        "MDY",
        "US",
        agency=True,
    ),
    _o(
        "AP",
        ("Associated Press", "The Associated Press", "apnews.com", "AP News"),
        None,
        "MDY",
        "US",
        agency=True,
    ),
    _o("Getty Images", ("Getty",), None, "MDY", None, agency=True),
    # United States and Canada.
    _o("CNN", ("cnn.com", "edition.cnn.com", "CNN Wire"), _NEW_YORK, "MDY", "US"),
    _o("The New York Times", ("New York Times", "NYT", "nytimes.com"), _NEW_YORK, "MDY", "US"),
    _o(
        "The Washington Post",
        ("Washington Post", "WaPo", "washingtonpost.com"),
        _NEW_YORK,
        "MDY",
        "US",
    ),
    _o("Fox News", ("foxnews.com", "Fox"), _NEW_YORK, "MDY", "US"),
    _o("CNBC", ("cnbc.com",), _NEW_YORK, "MDY", "US"),
    _o("NPR", ("National Public Radio", "npr.org"), _NEW_YORK, "MDY", "US"),
    _o("NBC News", ("NBC", "nbcnews.com"), _NEW_YORK, "MDY", "US"),
    _o("ABC News", ("ABC", "abcnews.go.com", "abcnews.com"), _NEW_YORK, "MDY", "US"),
    _o("CBS News", ("CBS", "cbsnews.com"), _NEW_YORK, "MDY", "US"),
    _o("Voice of America", ("VOA", "voanews.com"), _NEW_YORK, "MDY", "US"),
    _o("UPI", ("United Press International",), _NEW_YORK, "MDY", "US", agency=True),
    _o("Bloomberg", ("Bloomberg News", "bloomberg.com"), _NEW_YORK, "MDY", "US", agency=True),
    _o("Politico", ("politico.com",), _NEW_YORK, "MDY", "US"),
    _o("CBC", ("CBC News", "cbc.ca"), "America/Toronto", "MDY", "CA"),
    _o("Global News", ("globalnews.ca",), "America/Toronto", "MDY", "CA"),
    _o("Toronto Star", ("thestar.com",), "America/Toronto", "MDY", "CA"),
    _o(
        "Los Angeles Times",
        ("LA Times", "L.A. Times", "latimes.com"),
        "America/Los_Angeles",
        "MDY",
        "US",
    ),
    # Oceania, Africa, South America.
    _o("Nine News", ("9News", "Nine", "9news.com.au"), "Australia/Sydney", "DMY", "AU"),
    _o("AAP", ("Australian Associated Press",), "Australia/Sydney", "DMY", "AU", agency=True),
    _o("TimesLive", ("Times Live", "timeslive.co.za"), "Africa/Johannesburg", "DMY", "ZA"),
    _o("UOL", ("uol.com.br",), "America/Sao_Paulo", "DMY", "BR"),
)

_SUBDOMAINS = ("www.", "m.", "amp.", "edition.", "english.", "news.", "newsus.", "en.", "hosted.")


def outlet_key(name: str) -> str:
    """Return the lookup key for an outlet name: lower case, no punctuation or spaces.

    A leading "The" and a web domain's ``www.``-style prefix are ignored, and a domain
    (``cgtn.com``) is reduced to its first label.

    Example:
        >>> from newsmodel._outlets import outlet_key
        >>> outlet_key("The Times of India"), outlet_key("www.cgtn.com")
        ('timesofindia', 'cgtn')
    """
    text = name.strip().lower()
    text = text.removeprefix("the ")
    if "." in text and " " not in text and not text.endswith("."):
        while text.startswith(_SUBDOMAINS):
            text = text.split(".", 1)[1]
        head, _, tail = text.partition(".")
        if tail and head not in {"l", "a"}:
            text = head
        if text.startswith("the") and len(text) > 6:
            text = text[3:]
    return "".join(filter(str.isalnum, text))


def _build_index() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for alias in (outlet.name, *outlet.aliases):
            key = outlet_key(alias)
            if key and key not in index:
                index[key] = outlet
    return index


_INDEX: dict[str, Outlet] = _build_index()

_NAME_LONGEST = 80
"""The longest text ``get_outlet`` looks up (every name and alias is shorter)."""


def get_outlet(name: str | None) -> Outlet | None:
    """Return the profile of the outlet called ``name`` (any alias, any case), or None.

    Case, punctuation, a leading "The" and web-domain dressing are ignored. An unknown
    name (or anything that is not a str) gives None: it is not an error.

    Example:
        >>> import newsmodel
        >>> newsmodel.get_outlet("TOI").name
        'Times of India'
        >>> newsmodel.get_outlet("the guardian").zone is None
        True
        >>> newsmodel.get_outlet("Daily Planet") is None
        True

    .. versionadded:: 0.1.0
    """
    if not isinstance(name, str) or len(name) > _NAME_LONGEST:
        return None
    return _INDEX.get(outlet_key(name))


def is_outlet_name(text: str) -> bool:
    """Return True when ``text`` (stripped) is exactly the name or alias of a known outlet.

    Example:
        >>> import newsmodel
        >>> newsmodel.is_outlet_name(" CGTN "), newsmodel.is_outlet_name("Jane Doe")
        (True, False)

    .. versionadded:: 0.1.0
    """
    return get_outlet(text) is not None
