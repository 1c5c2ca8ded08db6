"""
Write the wire-format fixture corpus: ``NAME.txt`` plus ``NAME.json`` per article.

Every article is invented (events, people and quotes are fictional); only the *formats*
are real (FORMATS.md sections a-d).  Each article is declared below from its parts,
and its expected parse is written by hand next to it: the parser is never asked.
Structural expectations (paragraph count, where the first and last paragraphs start
and end, caption occurrence counts) follow from how the parts are assembled.

Run ``python tests/data/articles/build_corpus.py`` after editing a declaration; the
``.txt``/``.json`` files are committed and are what the tests read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Body paragraphs reused across articles (invented).
P1 = "The ministry said on Tuesday that the new rules would take effect next month, after a review of safety records."
P2 = '"We will not accept any further delay," the minister told reporters, adding that inspectors had been sent to three regions.'
P3 = "Officials said the decision followed weeks of talks with operators and unions, who had asked for more time."
P4 = "The measures are expected to affect about 4,000 workers, according to figures released by the regional government."
P5 = "Opposition lawmakers criticised the plan, saying it had been drawn up without consulting local communities."


def person(name: str, role: str = "author", place: str | None = None) -> list[Any]:
    return [name, role, place]


ARTICLES: list[dict[str, Any]] = []


def article(
    name: str,
    *,
    headline: str | None,
    header: list[str] = (),  # type: ignore[assignment]
    dateline_text: str | None = None,
    dateline_indent: str = "",
    paras: list[str],
    captions: list[tuple[int, str, str, str | None, int]] = (),  # type: ignore[assignment]
    footers: list[str] = (),  # type: ignore[assignment]
    expected: dict[str, Any],
    expect: str = "pass",
    comment: str = "",
    outlet: str | None = None,
    glue_dateline: str = " ",
) -> None:
    """
    Declare one article.

    ``captions`` holds (insert after paragraph index, line, expected caption text,
    expected credit agency, expected occurrence count); a line listed twice is one
    caption with two occurrences.
    """
    blocks: list[str] = []
    body_first = paras[0]
    if dateline_text is not None:
        body_first = dateline_indent + dateline_text + glue_dateline + paras[0]
    body = [body_first, *paras[1:]]
    inserted: dict[int, list[str]] = {}
    for after, line, _text, _agency, _count in captions:
        inserted.setdefault(after, []).append(line)
    blocks.extend(inserted.get(-1, []))
    for index, para in enumerate(body):
        blocks.append(para)
        blocks.extend(inserted.get(index, []))
    blocks.extend(footers)
    head = "\n".join(([headline] if headline else []) + list(header))
    text = head + "\n\n" + "\n\n".join(blocks) + "\n"
    seen: dict[str, dict[str, Any]] = {}
    for _after, _line, cap_text, agency, count in captions:
        seen[cap_text] = {"text": cap_text, "credit_agency": agency, "occurrences": count}
    exp = {
        "headline": headline,
        "paragraphs": {
            "count": len(paras),
            "first": {"starts": paras[0].strip()[:30], "ends": paras[0].strip()[-30:]},
            "last": {"starts": paras[-1].strip()[:30], "ends": paras[-1].strip()[-30:]},
        },
        "captions": list(seen.values()),
        "timestamps": [],
        "outlet": None,
        "byline": None,
        "dateline": None,
        "sources": [],
        "credits": [],
        "corrections": [],
    }
    exp.update(expected)
    ARTICLES.append(
        {
            "name": name,
            "text": text,
            "json": {
                "label": name,
                "comment": comment,
                "outlet": outlet,
                "expect": expect,
                "expected": exp,
            },
        }
    )


def dl(
    raw: str,
    places: list[str],
    *,
    region: str | None = None,
    month: int | None = None,
    day: int | None = None,
    agency: str | None = None,
    separator: str | None = None,
) -> dict[str, Any]:
    return {
        "raw": raw,
        "places": places,
        "region": region,
        "month": month,
        "day": day,
        "agency": agency,
        "separator": separator,
    }


def bl(
    people: list[list[Any]], organisations: list[str], place: str | None = None
) -> dict[str, Any]:
    return {"people": people, "organisations": organisations, "place": place}


# ---------------------------------------------------------------- Reuters -------------
article(
    "reuters_dated",
    headline="Nepal grounds domestic airline after runway incident",
    header=["April 25, 2023 2:26 PM GMT+2", "By Mira Tandon and Hugo Brandt"],
    dateline_text="KATHMANDU, April 25 (Reuters) -",
    paras=[P1, P2, P3],
    captions=[
        (
            0,
            "A passenger plane stands at the airport in Kathmandu, Nepal, April 24, 2023. REUTERS/Navin Roe/File Photo",
            "A passenger plane stands at the airport in Kathmandu, Nepal, April 24, 2023.",
            "Reuters",
            1,
        )
    ],
    footers=[
        "Reporting by Mira Tandon in Kathmandu; Editing by Dan Fowler",
        "Our Standards: The Thomson Reuters Trust Principles.",
    ],
    expected={
        "timestamps": ["April 25, 2023 2:26 PM GMT+2"],
        "byline": bl([person("Mira Tandon"), person("Hugo Brandt")], []),
        "dateline": dl(
            "KATHMANDU, April 25 (Reuters) -",
            ["KATHMANDU"],
            month=4,
            day=25,
            agency="Reuters",
            separator="-",
        ),
        "credits": [
            bl(
                [person("Mira Tandon", "reporting", "Kathmandu"), person("Dan Fowler", "editing")],
                [],
            )
        ],
    },
)
article(
    "reuters_multicity",
    headline="Tank crew fired at journalists, investigators say",
    header=["By Lina Haddad and Pieter Vos"],
    dateline_text="BEIRUT/THE HAGUE, March 7 (Reuters) -",
    paras=[P3, P4, P5],
    footers=[
        "Reporting by Lina Haddad in Beirut, Pieter Vos in Amsterdam and Ari Levin in Jerusalem; Writing by Tom Clarke; Editing by Dan Fowler"
    ],
    expected={
        "byline": bl([person("Lina Haddad"), person("Pieter Vos")], []),
        "dateline": dl(
            "BEIRUT/THE HAGUE, March 7 (Reuters) -",
            ["BEIRUT", "THE HAGUE"],
            month=3,
            day=7,
            agency="Reuters",
            separator="-",
        ),
        "credits": [
            bl(
                [
                    person("Lina Haddad", "reporting", "Beirut"),
                    person("Pieter Vos", "reporting", "Amsterdam"),
                    person("Ari Levin", "reporting", "Jerusalem"),
                    person("Tom Clarke", "writing"),
                    person("Dan Fowler", "editing"),
                ],
                [],
            )
        ],
    },
)
article(
    "reuters_undated",
    headline="Senate passes stopgap spending bill",
    header=["Reuters Staff"],
    dateline_text="WASHINGTON (Reuters) -",
    paras=[P1, P4],
    footers=[
        "Reporting by Jane Okafor, additional reporting by Lisa Marsh, writing by Paul Grant; Editing by Alex Rich"
    ],
    expected={
        "byline": bl([], ["Reuters"]),
        "dateline": dl("WASHINGTON (Reuters) -", ["WASHINGTON"], agency="Reuters", separator="-"),
        "credits": [
            bl(
                [
                    person("Jane Okafor", "reporting"),
                    person("Lisa Marsh", "additional_reporting"),
                    person("Paul Grant", "writing"),
                    person("Alex Rich", "editing"),
                ],
                [],
            )
        ],
    },
)
article(
    "reuters_1987_wire",
    headline="BRAZIL COFFEE EXPORTS FALL IN FEBRUARY",
    dateline_text="SALVADOR, Feb 26 -",
    dateline_indent="    ",
    paras=[
        "Brazil's coffee exports fell sharply in February, trade sources said, citing lower shipments to Europe.",
        "    Exporters said the fall reflected a strike at the port, which ended on Tuesday.",
    ],
    footers=[" Reuter"],
    expected={
        "dateline": dl("SALVADOR, Feb 26 -", ["SALVADOR"], month=2, day=26, separator="-"),
        "sources": ["Reuters"],
    },
)
article(
    "reuters_1987_state",
    headline="LOGGING FIRM POSTS HIGHER PROFIT",
    dateline_text="PORTLAND, Ore., Feb 26 -",
    dateline_indent="    ",
    paras=[
        "Pacific Timber Co said fourth quarter profit rose 12 pct on higher lumber prices and lower costs.",
        "    The company said it expected demand to remain firm through the spring building season.",
    ],
    footers=["REUTER"],
    expected={
        "dateline": dl(
            "PORTLAND, Ore., Feb 26 -", ["PORTLAND"], region="Ore.", month=2, day=26, separator="-"
        ),
        "sources": ["Reuters"],
    },
)
article(
    "reuters_saudi_em_dash",
    headline="Kingdom opens tourist visas",
    dateline_text="RIYADH, Saudi Arabia, Aug. 16 (Reuters) —",
    paras=[P1, P2, P3],
    expected={
        "dateline": dl(
            "RIYADH, Saudi Arabia, Aug. 16 (Reuters) —",
            ["RIYADH"],
            region="Saudi Arabia",
            month=8,
            day=16,
            agency="Reuters",
            separator="—",
        ),
    },
)
# ---------------------------------------------------------------- AP ------------------
article(
    "ap_state",
    headline="Town votes to rebuild flooded levee",
    header=["By JANE ROE Associated Press"],
    dateline_text="LA CROSSE, Wis. (AP) —",
    paras=[P1, P2, P3],
    captions=[
        (
            0,
            "Volunteers stack sandbags along the river on Thursday, Aug. 29, 2024, in La Crosse, Wis. (AP Photo/Morry Fisk)",
            "Volunteers stack sandbags along the river on Thursday, Aug. 29, 2024, in La Crosse, Wis.",
            "AP",
            1,
        )
    ],
    footers=["___", "Associated Press writer Tom Becker in Madison contributed."],
    expected={
        "byline": bl([person("JANE ROE")], ["AP"]),
        "dateline": dl(
            "LA CROSSE, Wis. (AP) —", ["LA CROSSE"], region="Wis.", agency="AP", separator="—"
        ),
        "credits": [bl([person("Tom Becker", "contributing", "Madison")], ["AP"])],
    },
)
article(
    "ap_city",
    headline="Mexico's economy grows faster than expected",
    dateline_text="MEXICO CITY (AP) —",
    paras=[
        "Mexico’s economy grew by 1.1% in the second quarter, the national statistics agency said Friday.",
        P3,
        P4,
    ],
    captions=[
        (
            1,
            "Shoppers walk through a market in Mexico City, as the finance minister watches. (AP Photo)",
            "Shoppers walk through a market in Mexico City, as the finance minister watches.",
            "AP",
            1,
        )
    ],
    expected={
        "dateline": dl("MEXICO CITY (AP) —", ["MEXICO CITY"], agency="AP", separator="—"),
    },
)
article(
    "ap_country_file",
    headline="Polish town bans fireworks",
    dateline_text="WARSAW, Poland (AP) —",
    paras=[P5, P1],
    captions=[
        (
            0,
            "Fireworks light up the sky over the old town square in Warsaw on Jan. 1, 2023. (AP Photo/Czarek Nowak, File)",
            "Fireworks light up the sky over the old town square in Warsaw on Jan. 1, 2023.",
            "AP",
            1,
        )
    ],
    footers=["This story has been corrected to show the ban takes effect in March, not April."],
    expected={
        "dateline": dl(
            "WARSAW, Poland (AP) —", ["WARSAW"], region="Poland", agency="AP", separator="—"
        ),
        "corrections": [
            "This story has been corrected to show the ban takes effect in March, not April."
        ],
    },
)
# ---------------------------------------------------------------- AFP -----------------
article(
    "afp_web",
    headline="France to reopen night trains",
    dateline_text="Paris (AFP) -",
    paras=[P1, P2],
    captions=[
        (
            0,
            "A night train leaves the Gare d'Austerlitz station in Paris. BERTRAND ROUX / AFP",
            "A night train leaves the Gare d'Austerlitz station in Paris.",
            "AFP",
            1,
        )
    ],
    expected={"dateline": dl("Paris (AFP) -", ["Paris"], agency="AFP", separator="-")},
)
article(
    "afp_wire",
    headline="US lawmakers agree on aid package",
    dateline_text="WASHINGTON, May 12 (AFP) --",
    paras=[P1, P3, P5],
    expected={
        "dateline": dl(
            "WASHINGTON, May 12 (AFP) --",
            ["WASHINGTON"],
            month=5,
            day=12,
            agency="AFP",
            separator="--",
        )
    },
)
article(
    "afp_portuguese",
    headline="Casa Branca anuncia novo pacote",
    dateline_text="Washington, 13 Mar 2020 (AFP) —",
    paras=[
        "Em cerimônia na Casa Branca, o presidente anunciou um novo pacote de medidas econômicas.",
        "O anúncio foi recebido com cautela pelos mercados, segundo analistas ouvidos pela agência.",
    ],
    expected={
        "dateline": dl(
            "Washington, 13 Mar 2020 (AFP) —",
            ["Washington"],
            month=3,
            day=13,
            agency="AFP",
            separator="—",
        )
    },
)
article(
    "afp_getty_double_credit",
    headline="Kashmir schools reopen after floods",
    header=["Published May 8, 2025 4:10 PM EDT"],
    paras=[P1, P4],
    captions=[
        (
            0,
            "Students walk to school in Srinagar on May 8, 2025. (Photo by Ghulam RASOOL / AFP) (Photo by GHULAM RASOOL/AFP via Getty Images)",
            "Students walk to school in Srinagar on May 8, 2025.",
            "AFP",
            1,
        )
    ],
    expected={"timestamps": ["Published May 8, 2025 4:10 PM EDT"]},
)
# ---------------------------------------------------------------- Xinhua --------------
article(
    "xinhua_wire",
    headline="China pledges support for small firms",
    dateline_text="BEIJING, Nov. 24 (Xinhua) --",
    paras=[P1, P3, P4],
    footers=["Enditem"],
    expected={
        "dateline": dl(
            "BEIJING, Nov. 24 (Xinhua) --",
            ["BEIJING"],
            month=11,
            day=24,
            agency="Xinhua",
            separator="--",
        )
    },
)
article(
    "xinhua_region_glued",
    headline="New Year fireworks light up Brisbane",
    dateline_text="BRISBANE, Australia, Jan. 1(Xinhua) --",
    paras=[
        "Fireworks lit up the Brisbane River at midnight as thousands of residents welcomed the new year.",
        P2,
    ],
    footers=["Enditem"],
    expected={
        "dateline": dl(
            "BRISBANE, Australia, Jan. 1(Xinhua) --",
            ["BRISBANE"],
            region="Australia",
            month=1,
            day=1,
            agency="Xinhua",
            separator="--",
        )
    },
)
article(
    "xinhua_people_daily",
    headline="Spring ploughing begins in Hebei",
    header=["(Xinhua) 19:11, March 7, 2025"],
    dateline_text="SHIJIAZHUANG, March 7 (Xinhua) --",
    paras=[P1, P4],
    captions=[
        (
            0,
            "Farmers work in a field in Shijiazhuang, north China's Hebei Province, March 7, 2025. (Xinhua/Chen Yuhua)",
            "Farmers work in a field in Shijiazhuang, north China's Hebei Province, March 7, 2025.",
            "Xinhua",
            1,
        )
    ],
    footers=["(This article is published on People's Daily Online)"],
    expected={
        "timestamps": ["19:11, March 7, 2025"],
        "outlet": "Xinhua",
        "dateline": dl(
            "SHIJIAZHUANG, March 7 (Xinhua) --",
            ["SHIJIAZHUANG"],
            month=3,
            day=7,
            agency="Xinhua",
            separator="--",
        ),
        "sources": ["People's Daily Online"],
    },
    comment="The '(Xinhua)' before the time is an outlet marker glued to the timestamp.",
)
article(
    "xinhua_spanish",
    headline="Explosión en El Cairo deja un muerto",
    dateline_text="EL CAIRO, 30 jun (Xinhua) --",
    paras=[
        "Al menos una persona murió y otras tres resultaron heridas en una explosión en el centro de la capital.",
        "Las autoridades abrieron una investigación, según informó la televisión estatal.",
    ],
    expected={
        "dateline": dl(
            "EL CAIRO, 30 jun (Xinhua) --",
            ["EL CAIRO"],
            month=6,
            day=30,
            agency="Xinhua",
            separator="--",
        )
    },
)
# ---------------------------------------------------------------- CGTN ----------------
CGTN_CAPTION = "The foreign minister speaks at a news conference in Moscow, Russia, January 13, 2020. /Reuters Photo"
article(
    "cgtn_reuters_duplicate",
    headline="Army enters rebel-held town in latest advance",
    header=["Updated 12:32, 07-Feb-2020", "CGTN"],
    paras=[P1, P2, P3, P5],
    captions=[
        (-1, CGTN_CAPTION, CGTN_CAPTION[: -len(" /Reuters Photo")], "Reuters", 2),
        (-1, CGTN_CAPTION, CGTN_CAPTION[: -len(" /Reuters Photo")], "Reuters", 2),
    ],
    footers=["Source(s): Reuters"],
    outlet="CGTN",
    expected={
        "timestamps": ["Updated 12:32, 07-Feb-2020"],
        "outlet": "CGTN",
        "sources": ["Reuters"],
    },
)
article(
    "cgtn_xinhua",
    headline="Year in review: the top stories of 2021",
    header=["2021.12.29 09:38 GMT+8", "CGTN"],
    paras=[P4, P1, P3],
    captions=[
        (
            0,
            "Volunteers plant trees in Gansu Province, July 1, 2021. /Xinhua",
            "Volunteers plant trees in Gansu Province, July 1, 2021.",
            "Xinhua",
            1,
        )
    ],
    footers=["Source(s): Xinhua", "Video editor: Shi Chen"],
    outlet="CGTN",
    expected={
        "timestamps": ["2021.12.29 09:38 GMT+8"],
        "outlet": "CGTN",
        "sources": ["Xinhua"],
        "credits": [bl([person("Shi Chen", "production")], [])],
    },
)
article(
    "cgtn_cfp",
    headline="Rescue teams reach flooded villages",
    header=["Updated 17:40, 23-Aug-2021", "CGTN"],
    paras=[P2, P3],
    captions=[
        (
            -1,
            "Rescuers evacuate residents from a flooded village, August 14, 2021. /CFP",
            "Rescuers evacuate residents from a flooded village, August 14, 2021.",
            "CFP",
            1,
        )
    ],
    footers=["Source(s): CGTN"],
    outlet="CGTN",
    expected={"timestamps": ["Updated 17:40, 23-Aug-2021"], "outlet": "CGTN", "sources": ["CGTN"]},
)
# ---------------------------------------------------------------- India ---------------
article(
    "pti_no_separator",
    headline="PM to visit Patna on Friday",
    dateline_text="Patna, Oct 16 (PTI)",
    paras=[
        "Prime Minister Narendra Modi will inaugurate a new bridge over the Ganga during his visit, officials said.",
        P4,
    ],
    expected={
        "dateline": dl(
            "Patna, Oct 16 (PTI)", ["Patna"], month=10, day=16, agency="PTI", separator=None
        )
    },
)
article(
    "ani_bracket_region",
    headline="Ministry issues advisory on heatwave",
    dateline_text="New Delhi [India], May 29 (ANI):",
    paras=[P1, P2],
    expected={
        "dateline": dl(
            "New Delhi [India], May 29 (ANI):",
            ["New Delhi"],
            region="India",
            month=5,
            day=29,
            agency="ANI",
            separator=":",
        )
    },
)
article(
    "ani_colon",
    headline="Troops withdraw after exchange of fire",
    dateline_text="Jharkhand, Sep 21 (ANI):",
    paras=["After a brief exchange of fire, the troops withdrew to their base, police said.", P3],
    expected={
        "dateline": dl(
            "Jharkhand, Sep 21 (ANI):", ["Jharkhand"], month=9, day=21, agency="ANI", separator=":"
        )
    },
)
article(
    "ians_colon",
    headline="Film festival opens in Goa",
    header=["BY SAEED NAQSH IANS"],
    dateline_text="New Delhi, September 12 (IANS):",
    paras=[P4, P5],
    expected={
        "byline": bl([person("SAEED NAQSH")], ["IANS"]),
        "dateline": dl(
            "New Delhi, September 12 (IANS):",
            ["New Delhi"],
            month=9,
            day=12,
            agency="IANS",
            separator=":",
        ),
    },
)
article(
    "toi_caps_colon",
    headline="Delhi to add 500 electric buses",
    header=["Aashish Saxon / TIMESOFINDIA.COM / Sep 2, 2024, 17:07 IST"],
    dateline_text="NEW DELHI:",
    paras=[P1, P4],
    outlet="Times of India",
    expected={
        "timestamps": ["Sep 2, 2024, 17:07 IST"],
        "byline": bl([person("Aashish Saxon")], ["Times of India"]),
        "dateline": dl("NEW DELHI:", ["NEW DELHI"], separator=":"),
        "outlet": "Times of India",
    },
)
article(
    "toi_tnn",
    headline="Civic body clears road repair plan",
    header=["Ashok Prasad | TNN | Apr 7, 2020, 15:43 IST"],
    paras=[P3, P5],
    outlet="Times of India",
    expected={
        "timestamps": ["Apr 7, 2020, 15:43 IST"],
        "byline": bl([person("Ashok Prasad")], ["TNN"]),
        "outlet": "Times of India",
    },
)
article(
    "hindustan_times",
    headline="Cyclone shelters readied along coast",
    header=["Updated: Apr 26, 2020 21:43 IST HT Correspondent Hindustan Times, Bhubaneswar"],
    paras=[P2, P3],
    outlet="Hindustan Times",
    expected={
        "timestamps": ["Updated: Apr 26, 2020 21:43 IST"],
        "byline": bl([], ["Hindustan Times"], "Bhubaneswar"),
        "outlet": "Hindustan Times",
    },
)
# ---------------------------------------------------------------- Asia agencies -------
article(
    "tass",
    headline="Politics should stay out of sport, minister says",
    dateline_text="KAZAN, February 21. /TASS/.",
    paras=[
        "Politics should be kept out of sport, the sports minister said at a forum on Wednesday.",
        P3,
    ],
    expected={
        "dateline": dl(
            "KAZAN, February 21. /TASS/.", ["KAZAN"], month=2, day=21, agency="TASS", separator="."
        )
    },
)
article(
    "yonhap",
    headline="Newspaper urges talks",
    dateline_text="SEOUL, Aug. 20 (Yonhap) --",
    paras=[
        "North Korea's official newspaper on Tuesday called for talks on reducing tensions on the peninsula.",
        P5,
    ],
    footers=["(END)"],
    expected={
        "dateline": dl(
            "SEOUL, Aug. 20 (Yonhap) --",
            ["SEOUL"],
            month=8,
            day=20,
            agency="Yonhap",
            separator="--",
        )
    },
)
article(
    "kyodo_web",
    headline="Nuclear watchdog approves restart plan",
    dateline_text="TOKYO -",
    paras=[
        "Japan's nuclear watchdog approved a plan on Wednesday to restart two reactors in the west of the country.",
        P3,
    ],
    expected={"dateline": dl("TOKYO -", ["TOKYO"], separator="-")},
)
article(
    "kyodo_wire",
    headline="Urawa win Emperor's Cup +",
    dateline_text="SAITAMA, Japan, Dec. 9 Kyodo -",
    dateline_indent="     ",
    paras=[
        "Urawa Reds claimed the Emperor's Cup on Sunday, beating Vegalta Sendai 1-0 in the final.",
        P2,
    ],
    footers=["==Kyodo", "KWS-21:37-09-12-18"],
    expected={
        "dateline": dl(
            "SAITAMA, Japan, Dec. 9 Kyodo -",
            ["SAITAMA"],
            region="Japan",
            month=12,
            day=9,
            agency="Kyodo",
            separator="-",
        ),
        "sources": ["Kyodo"],
    },
)
# ---------------------------------------------------------------- US wires ------------
article(
    "upi_place",
    headline="Thriller tops weekend box office",
    dateline_text="LOS ANGELES, June 25 (UPI) --",
    paras=[
        "Five new films opened on Friday, with a South Korean thriller taking the top spot.",
        P4,
    ],
    expected={
        "dateline": dl(
            "LOS ANGELES, June 25 (UPI) --",
            ["LOS ANGELES"],
            month=6,
            day=25,
            agency="UPI",
            separator="--",
        )
    },
)
article(
    "upi_date_only",
    headline="Five shot at block party",
    dateline_text="June 2 (UPI) —",
    paras=["Five people were shot at a block party late Saturday, police said.", P3],
    expected={"dateline": dl("June 2 (UPI) —", [], month=6, day=2, agency="UPI", separator="—")},
)
article(
    "bloomberg_dated",
    headline="Investors pile into bonds",
    dateline_text="Jan. 5 (Bloomberg) --",
    paras=[
        "“If you laid it all out, it would look like a panic,” said one fund manager in New York.",
        P4,
    ],
    expected={
        "dateline": dl(
            "Jan. 5 (Bloomberg) --", [], month=1, day=5, agency="Bloomberg", separator="--"
        )
    },
)
article(
    "bloomberg_agency_only",
    headline="Stocks rise for third day",
    dateline_text="(Bloomberg) --",
    paras=["Stocks rose for a third day as traders bet that inflation had peaked.", P5],
    expected={"dateline": dl("(Bloomberg) --", [], agency="Bloomberg", separator="--")},
)
article(
    "business_wire",
    headline="Device maker reports record quarter",
    dateline_text="CUPERTINO, Calif.--(BUSINESS WIRE)--",
    glue_dateline="",
    paras=["Orchard Devices today announced financial results for its fiscal fourth quarter.", P4],
    expected={
        "dateline": dl(
            "CUPERTINO, Calif.--(BUSINESS WIRE)--",
            ["CUPERTINO"],
            region="Calif.",
            agency="Business Wire",
            separator="--",
        )
    },
)
article(
    "pr_newswire",
    headline="Solar firm opens new plant",
    dateline_text="BEIJING, Jan. 3, 2021 /PRNewswire/ —",
    paras=[
        "The company reported that its new plant would double production capacity by the end of the year.",
        P1,
    ],
    expected={
        "dateline": dl(
            "BEIJING, Jan. 3, 2021 /PRNewswire/ —",
            ["BEIJING"],
            month=1,
            day=3,
            agency="PR Newswire",
            separator="—",
        )
    },
)
# ---------------------------------------------------------------- Outlets -------------
article(
    "cnn_list",
    headline="Storm makes landfall in Florida",
    header=[
        "By Ben Walsh, Adam Reid and Melissa Cho, CNN",
        "Updated 0451 GMT (1251 HKT) August 21, 2020",
    ],
    dateline_text="CNN —",
    paras=[
        "The storm made landfall overnight near Tampa, bringing heavy rain and strong winds.",
        P3,
    ],
    captions=[
        (
            0,
            "Health workers help residents leave a flooded street on August 20. Daniel Salas/AFP/Getty Images",
            "Health workers help residents leave a flooded street on August 20.",
            "AFP",
            1,
        )
    ],
    expected={
        "timestamps": ["Updated 0451 GMT (1251 HKT) August 21, 2020"],
        "byline": bl([person("Ben Walsh"), person("Adam Reid"), person("Melissa Cho")], ["CNN"]),
        "dateline": dl("CNN —", [], agency="CNN", separator="—"),
    },
)
article(
    "cnn_live_from",
    headline="Live updates: the pandemic",
    header=["From CNN's Shelby Lane"],
    paras=[P2, P4],
    expected={"byline": bl([person("Shelby Lane")], ["CNN"])},
)
article(
    "cnn_lost_names",
    headline="Protests continue for a tenth night",
    header=["By , , , , and , CNN"],
    dateline_text="Washington (CNN) --",
    paras=["Democrats pledged on Friday to bring the bill to a vote next week.", P5],
    expected={
        "byline": bl([], ["CNN"]),
        "dateline": dl("Washington (CNN) --", ["Washington"], agency="CNN", separator="--"),
    },
)
article(
    "aljazeera",
    headline="Network marks 25 years",
    dateline_text="Doha, Qatar –",
    paras=[
        "As the network marks 25 years on air, its journalists reflect on the stories that shaped it.",
        P3,
    ],
    expected={"dateline": dl("Doha, Qatar –", ["Doha"], region="Qatar", separator="–")},
)
article(
    "nyt_print",
    headline="Legislature Passes Rent Bill",
    dateline_text="ALBANY, N.Y. —",
    paras=[
        "The State Legislature passed a sweeping rent bill on Monday after weeks of negotiation.",
        P5,
    ],
    expected={"dateline": dl("ALBANY, N.Y. —", ["ALBANY"], region="N.Y.", separator="—")},
)
article(
    "wapo_2008",
    headline="Russia Sends Message to President-Elect",
    header=["April 26, 2024 at 11:24 a.m. EDT"],
    dateline_text="BERLIN, Nov. 7 --",
    paras=["Russia sent the president-elect a blunt message on Friday, officials said.", P3],
    expected={
        "timestamps": ["April 26, 2024 at 11:24 a.m. EDT"],
        "dateline": dl("BERLIN, Nov. 7 --", ["BERLIN"], month=11, day=7, separator="--"),
    },
)
article(
    "guardian_agency_in_place",
    headline="Valencia fire: residents return to tower",
    header=["Associated Press in Valencia", "Sat 24 Feb 2024 12.42 CET"],
    paras=[P2, P3],
    captions=[
        (
            0,
            "Residents gather outside the burnt building in Valencia. Photograph: Eva Manez/Reuters",
            "Residents gather outside the burnt building in Valencia.",
            "Reuters",
            1,
        )
    ],
    expected={
        "timestamps": ["Sat 24 Feb 2024 12.42 CET"],
        "byline": bl([], ["AP"], "Valencia"),
    },
    comment="Guardian credits carry a 'Photograph:' label.",
)
article(
    "daily_mail_for",
    headline="Beach closed after shark sighting",
    header=["Levi Parker For Daily Mail Australia", "Published: 15:56 BST, 27 April 2024"],
    paras=[P1, P5],
    expected={
        "timestamps": ["Published: 15:56 BST, 27 April 2024"],
        "byline": bl([person("Levi Parker")], ["Daily Mail"]),
    },
)
article(
    "peoples_daily_byline",
    headline="Poverty relief enters new stage",
    header=["By Wen Shan (People's Daily Online)"],
    paras=[P4, P1],
    footers=["Editor: Liang Jun"],
    expected={
        "byline": bl([person("Wen Shan")], ["People's Daily Online"]),
        "credits": [bl([person("Liang Jun", "editing")], [])],
    },
)
article(
    "bbc_plain",
    headline="Council approves new cycle lanes",
    header=["10 April 2020"],
    paras=[P1, P2, P3],
    footers=["RELATED STORIES"],
    expected={"timestamps": ["10 April 2020"]},
)
article(
    "inews_additional_reporting",
    headline="Heatwave warning extended",
    header=["August 30, 2023 1:55 am(Updated 4:30 am)"],
    paras=[P4, P5],
    footers=["Additional reporting from PA"],
    expected={
        "timestamps": ["August 30, 2023 1:55 am", "Updated 4:30 am"],
        "credits": [bl([], ["PA"])],
    },
)
# ---------------------------------------------------------------- Negatives -----------
article(
    "kicker_not_dateline",
    headline="Ce qu'il faut retenir",
    paras=[
        "LE POINT SUR LA SITUATION - «Nous sommes prêts», a déclaré le ministre lors d'une conférence.",
        "Les discussions reprendront la semaine prochaine, selon un communiqué du gouvernement.",
    ],
    expected={},
)
article(
    "warning_not_dateline",
    headline="Survivor tells her story",
    paras=["WARNING GRAPHIC DETAIL: Brave Marina shared her story with reporters on Monday.", P3],
    expected={},
)
article(
    "slash_sentence_not_caption",
    headline="Poll shows support slipping",
    paras=[
        "A Reuters/Ipsos poll showed support for the plan fell to 38%, down from 45% in May.",
        "The company said its 24/7 hotline would stay open through the holiday weekend.",
        P5,
    ],
    expected={},
)
article(
    "by_sentence_not_byline",
    headline="Prices set to double",
    paras=[
        "By the end of the year, prices for basic goods had doubled, according to the central bank.",
        P4,
    ],
    expected={},
)
# ---------------------------------------------------------------- Glued text ----------
GLUED_BODY = "The top priority is to save lives, officials said on Sunday."
PRAGUE_BODY = "Deliveries of the new model resumed on Monday, the company said."
article(
    "malay_mail_one_line",
    headline="Firms told to comply with wage rules",
    header=["By Yasmin Palan Friday, 22 Nov 2024 4:55 PM MYT"],
    dateline_text="PUTRAJAYA, Nov 22 —",
    paras=[
        "Private companies must comply with the new minimum wage rules from February, the ministry said.",
        P5,
    ],
    expected={
        "timestamps": ["Friday, 22 Nov 2024 4:55 PM MYT"],
        "byline": bl([person("Yasmin Palan")], []),
        "dateline": dl("PUTRAJAYA, Nov 22 —", ["PUTRAJAYA"], month=11, day=22, separator="—"),
    },
)
article(
    "cgtn_glued_credit",
    headline="Flood relief: the top priority",
    header=["Updated 11:05, 15-Aug-2021", "CGTN"],
    paras=[
        "Rescuers evacuate residents from a flooded village, August 14, 2021. /CFPThe top priority is to save lives, officials said on Sunday.",
        P3,
    ],
    outlet="CGTN",
    expected={
        "timestamps": ["Updated 11:05, 15-Aug-2021"],
        "outlet": "CGTN",
        "captions": [
            {
                "text": "Rescuers evacuate residents from a flooded village, August 14, 2021.",
                "credit_agency": "CFP",
                "occurrences": 1,
            }
        ],
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": GLUED_BODY[:30],
                "ends": GLUED_BODY[-30:],
            },
            "last": {"starts": P3[:30], "ends": P3[-30:]},
        },
    },
    comment="A credit glued to the next sentence ('/CFPThe top priority'): the line is cut after the credit.",
)
article(
    "reuters_credit_glued_dateline",
    headline="Carmaker resumes deliveries",
    paras=[
        "REUTERS/Pierre AlbertPRAGUE (Reuters) - Deliveries of the new model resumed on Monday, the company said.",
        P4,
    ],
    expected={
        "dateline": dl("PRAGUE (Reuters) -", ["PRAGUE"], agency="Reuters", separator="-"),
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": PRAGUE_BODY[:30],
                "ends": PRAGUE_BODY[-30:],
            },
            "last": {"starts": P4[:30], "ends": P4[-30:]},
        },
    },
    comment="A photo credit run into the dateline (FORMATS b.2): the credit is cut off, kept as an unclassified block.",
)

# ---------------------------------------------------------------- Harder forms --------
article(
    "kicker_glued_dateline",
    headline="Meloni a New York",
    paras=[
        "DALLA NOSTRA CORRISPONDENTENEW YORK - Giorgia Meloni ha incontrato il segretario generale.",
        "L'incontro è durato un'ora, secondo fonti diplomatiche.",
    ],
    expected={
        "dateline": dl("NEW YORK -", ["NEW YORK"], separator="-"),
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": "Giorgia Meloni ha incontrato i",
                "ends": "Giorgia Meloni ha incontrato il segretario generale."[-30:],
            },
            "last": {
                "starts": "L'incontro è durato un'ora, se",
                "ends": "L'incontro è durato un'ora, secondo fonti diplomatiche."[-30:],
            },
        },
    },
    comment="A kicker glued to a real dateline (Corriere): the residue 'DALLA NOSTRA CORRISPONDENTE' is kept as an unclassified block.",
)
article(
    "pr_newswire_line_break",
    headline="Law firm announces investigation",
    paras=[
        "LOS ANGELES\n, Nov. 21, 2025 /PRNewswire/ — The Law Offices of Roe & Doe announced an investigation.",
        P4,
    ],
    expected={
        "dateline": dl(
            "LOS ANGELES\n, Nov. 21, 2025 /PRNewswire/ —",
            ["LOS ANGELES"],
            month=11,
            day=21,
            agency="PR Newswire",
            separator="—",
        ),
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": "The Law Offices of Roe & Doe a",
                "ends": "The Law Offices of Roe & Doe announced an investigation."[-30:],
            },
            "last": {"starts": P4[:30], "ends": P4[-30:]},
        },
    },
    comment="Scraped PR Newswire: a line break inside the dateline (FORMATS b.2).",
)
article(
    "yonhap_typo_place",
    headline="Art market posts record sales",
    dateline_text="SEOU --",
    paras=["South Korea's largest art market posted record sales this year, organisers said.", P5],
    expected={"dateline": dl("SEOU --", ["SEOU"], separator="--")},
    expect="fail",
    comment="Yonhap's typo 'SEOU' is not a known place and the line has no agency or date, so it is not corroborated.",
)
article(
    "gallery_same_caption_different_credits",
    headline="Lantern festival in pictures",
    paras=[P1, P2],
    captions=[
        (
            -1,
            "Visitors view lanterns at a park in Beijing, Feb. 12, 2025. (Xinhua/Chen Yue)",
            "Visitors view lanterns at a park in Beijing, Feb. 12, 2025.",
            "Xinhua",
            1,
        ),
        (
            -1,
            "Visitors view lanterns at a park in Beijing, Feb. 12, 2025. (Xinhua/Liu Dawen)",
            "Visitors view lanterns at a park in Beijing, Feb. 12, 2025.",
            "Xinhua",
            1,
        ),
    ],
    expected={
        "captions": [
            {
                "text": "Visitors view lanterns at a park in Beijing, Feb. 12, 2025.",
                "credit_agency": "Xinhua",
                "occurrences": 1,
            },
            {
                "text": "Visitors view lanterns at a park in Beijing, Feb. 12, 2025.",
                "credit_agency": "Xinhua",
                "occurrences": 1,
            },
        ],
    },
    comment="People's Daily gallery: the same caption with different credits is two photos (FORMATS c.4).",
)
article(
    "cnn_caption_then_credited_copy",
    headline="Clinics reopen after the storm",
    paras=[P3, P4],
    captions=[
        (
            0,
            "Health workers help residents leave a flooded street on August 14.",
            "Health workers help residents leave a flooded street on August 14.",
            "AFP",
            2,
        ),
        (
            0,
            "Health workers help residents leave a flooded street on August 14. Daniel Salas/AFP/Getty Images",
            "Health workers help residents leave a flooded street on August 14.",
            "AFP",
            2,
        ),
    ],
    comment="CNN live: the caption once bare, then with its credit: one Caption, credit from the longer copy.",
    expected={},
)
article(
    "global_news_agency_posted",
    headline="Markets slide on growth fears",
    header=["Reuters Posted March 2, 2020 5:04 pm"],
    paras=[P4, P5],
    expected={"timestamps": ["Posted March 2, 2020 5:04 pm"], "outlet": "Reuters"},
    comment="Global News: the agency name before the timestamp is the outlet line.",
)
article(
    "japan_news_staff_writers",
    headline="Typhoon disrupts flights",
    header=["Staff Writers 17:41 JST, October 13, 2024"],
    paras=[P1, P3],
    expected={"timestamps": ["17:41 JST, October 13, 2024"], "byline": bl([], ["Staff Writers"])},
)
article(
    "ians_byline_as_dateline",
    headline="Two held after clashes",
    paras=[
        "By IANS, Kolkata : In separate incidents, two people were arrested after clashes on Sunday.",
        P5,
    ],
    expected={
        "byline": bl([], ["IANS"], "Kolkata"),
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": "In separate incidents, two peo",
                "ends": "In separate incidents, two people were arrested after clashes on Sunday."[
                    -30:
                ],
            },
            "last": {"starts": P5[:30], "ends": P5[-30:]},
        },
    },
    comment="IANS prints the byline as the dateline ('By IANS, Kolkata :'): split off the first paragraph.",
)
article(
    "nine_news_glued_agency_byline",
    headline="Ferry service suspended",
    header=["By Associated Press12:20pm Jan 7, 2024"],
    paras=[P2, P4],
    expected={"timestamps": ["12:20pm Jan 7, 2024"], "byline": bl([], ["AP"])},
    comment="Nine News: the agency byline glued to the time.",
)
article(
    "reuters_picture_taken_note",
    headline="Refugees wait at the border",
    dateline_text="BEIRUT, Dec 11 (Reuters) -",
    paras=[P2, P3],
    captions=[
        (
            0,
            "A man waits at the border crossing in Masnaa, Lebanon, December 10, 2017. REUTERS/Omar Saleh Picture taken December 11, 2017.",
            "A man waits at the border crossing in Masnaa, Lebanon, December 10, 2017.",
            "Reuters",
            1,
        ),
    ],
    expected={
        "dateline": dl(
            "BEIRUT, Dec 11 (Reuters) -",
            ["BEIRUT"],
            month=12,
            day=11,
            agency="Reuters",
            separator="-",
        )
    },
    comment="A Reuters 'Picture taken ...' note after the credit is kept in the credit.",
)
article(
    "ap_correction_and_separator",
    headline="Court halts execution",
    header=["By JOHN DOE and MARIA SOL Associated Press"],
    dateline_text="HUNTSVILLE, Texas (AP) —",
    paras=[P1, P5],
    footers=[
        "___",
        "Associated Press writers Ana Ruiz in Austin and Tom Becker in Dallas contributed to this report.",
        "This story has been corrected to show the hearing is on Thursday.",
    ],
    expected={
        "byline": bl([person("JOHN DOE"), person("MARIA SOL")], ["AP"]),
        "dateline": dl(
            "HUNTSVILLE, Texas (AP) —", ["HUNTSVILLE"], region="Texas", agency="AP", separator="—"
        ),
        "credits": [
            bl(
                [
                    person("Ana Ruiz", "contributing", "Austin"),
                    person("Tom Becker", "contributing", "Dallas"),
                ],
                ["AP"],
            )
        ],
        "corrections": ["This story has been corrected to show the hearing is on Thursday."],
    },
)

# ---------------------------------------------------------------- More outlets --------
article(
    "nyt_credit_for",
    headline="Town Rebuilds After Flood",
    header=["By Jane Roe and John Doe"],
    dateline_text="ASHEVILLE, N.C. —",
    paras=[P1, P3],
    captions=[
        (
            0,
            "Workers clear debris from a street in Asheville on Monday. Credit...Mara Lind for The New York Times",
            "Workers clear debris from a street in Asheville on Monday.",
            "New York Times",
            1,
        )
    ],
    footers=[
        "Maria Sol contributed reporting from Raleigh.",
        "A version of this article appears in print on Oct. 8, 2024, Section A, Page 12 of the New York edition.",
    ],
    expected={
        "byline": bl([person("Jane Roe"), person("John Doe")], []),
        "dateline": dl("ASHEVILLE, N.C. —", ["ASHEVILLE"], region="N.C.", separator="—"),
        "credits": [bl([person("Maria Sol", "contributing", "Raleigh")], [])],
    },
    comment="NYT: 'Credit...' photo credits and a print-edition note.",
)
article(
    "ap_boilerplate_footer",
    headline="Storm knocks out power to thousands",
    header=["By JANE ROE AP Business Writer"],
    dateline_text="ATLANTA (AP) —",
    paras=[P4, P2],
    footers=[
        "___",
        "Follow AP's coverage of the storm at https://apnews.com/hub/weather",
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    ],
    expected={
        "byline": bl([person("JANE ROE")], ["AP"]),
        "dateline": dl("ATLANTA (AP) —", ["ATLANTA"], agency="AP", separator="—"),
    },
)
article(
    "cgtn_with_input",
    headline="Museum reopens after renovation",
    header=["Updated 09:15, 12-May-2023", "CGTN"],
    paras=[P3, P1],
    footers=["(With input from Xinhua)"],
    outlet="CGTN",
    expected={
        "timestamps": ["Updated 09:15, 12-May-2023"],
        "outlet": "CGTN",
        "sources": ["Xinhua"],
    },
)
article(
    "aljazeera_source_footer",
    headline="Ceasefire talks resume in Cairo",
    paras=[P2, P5],
    footers=["Source: Al Jazeera and news agencies"],
    expected={"sources": ["Al Jazeera", "news agencies"]},
)
article(
    "ani_state_region",
    headline="Farmers receive relief package",
    dateline_text="Mysuru (Karnataka) [India], May 29 (ANI):",
    paras=[P4, P1],
    expected={
        "dateline": dl(
            "Mysuru (Karnataka) [India], May 29 (ANI):",
            ["Mysuru"],
            region="Karnataka, India",
            month=5,
            day=29,
            agency="ANI",
            separator=":",
        )
    },
)
article(
    "reuters_breakingviews_byline",
    headline="Breakingviews: The case for patience",
    header=["By Jane Roe, Reuters Breakingviews"],
    dateline_text="LONDON, March 7 (Reuters Breakingviews) -",
    paras=[P5, P3],
    expected={
        "byline": bl([person("Jane Roe")], ["Reuters"]),
        "dateline": dl(
            "LONDON, March 7 (Reuters Breakingviews) -",
            ["LONDON"],
            month=3,
            day=7,
            agency="Reuters",
            separator="-",
        ),
    },
)

article(
    "malay_mail_same_line",
    headline="Firms told to comply with wage rules",
    header=[],
    paras=[
        "By Yasmin Palan Friday, 22 Nov 2024 4:55 PM MYT PUTRAJAYA, Nov 22 — Private companies must comply with the new minimum wage rules from February, the ministry said.",
        P5,
    ],
    expected={
        "timestamps": ["Friday, 22 Nov 2024 4:55 PM MYT"],
        "byline": bl([person("Yasmin Palan")], []),
        "dateline": dl("PUTRAJAYA, Nov 22 —", ["PUTRAJAYA"], month=11, day=22, separator="—"),
        "paragraphs": {
            "count": 2,
            "first": {
                "starts": "Private companies must comply ",
                "ends": "new minimum wage rules from February, the ministry said."[-30:],
            },
            "last": {"starts": P5[:30], "ends": P5[-30:]},
        },
    },
    comment="Malay Mail: byline, time and dateline on one line (FORMATS d.1); the line is cut before the dateline.",
)


def main() -> None:
    for old in HERE.glob("*.txt"):
        old.unlink()
    for old in HERE.glob("*.json"):
        old.unlink()
    for item in ARTICLES:
        (HERE / f"{item['name']}.txt").write_text(item["text"], encoding="utf-8")
        (HERE / f"{item['name']}.json").write_text(
            json.dumps(item["json"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(ARTICLES)} articles to {HERE}")


if __name__ == "__main__":
    main()
