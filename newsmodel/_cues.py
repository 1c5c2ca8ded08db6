"""The cue lexicon and the speaker lexicons used by the quote parser.

Cue verbs are listed by lemma, in three tiers (see ``docs/quotes.md``):

- tier 1, speech (``say``, ``tell``, ``add`` ...): attribute any adjacent quote or clause;
- tier 2, stance (``claim``, ``warn``, ``deny`` ...): attribute a quote, or a ``that``/clause
  complement;
- tier 3, risky (``believe``, ``expect``, ``show`` ...): attribute only a direct quote, or a
  clause introduced by an explicit ``that``.

Every lemma is expanded to its inflected forms by :func:`inflections`: third person
``-s``/``-es``/``-ies``, past and past participle (with the irregular verbs, consonant
doubling and ``-y`` rules), the ``-ing`` form, and both British and American spellings
(``criticise``/``criticize``).

Example:
    >>> from newsmodel._cues import inflections, cue_lemma
    >>> inflections("reply")
    ('reply', 'replies', 'replied', 'replying')
    >>> cue_lemma("told"), cue_lemma("criticized"), cue_lemma("banana")
    ('tell', 'criticise', None)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "COUNTRIES",
    "CUE_FORMS",
    "GROUP_NOUNS",
    "NAME_PARTICLES",
    "ORGANISATION_HEADS",
    "ORGANISATION_NAMES",
    "PERSON_NOUNS",
    "PRONOUNS",
    "TIER1",
    "TIER2",
    "TIER3",
    "TITLE_WORDS",
    "cue_lemma",
    "cue_tier",
    "inflections",
]

TIER1: tuple[str, ...] = (
    "add",
    "announce",
    "answer",
    "ask",
    "comment",
    "confirm",
    "continue",
    "declare",
    "explain",
    "note",
    "observe",
    "post",
    "quip",
    "joke",
    "recall",
    "remark",
    "reply",
    "report",
    "respond",
    "say",
    "scream",
    "shout",
    "sigh",
    "state",
    "tell",
    "tweet",
    "whisper",
    "write",
)
"""Speech verbs: attribute any adjacent quote or reported clause."""

TIER2: tuple[str, ...] = (
    "accuse",
    "acknowledge",
    "admit",
    "agree",
    "allege",
    "argue",
    "assert",
    "blame",
    "caution",
    "claim",
    "complain",
    "concede",
    "contend",
    "criticise",
    "decline",
    "deny",
    "describe",
    "echo",
    "emphasise",
    "estimate",
    "insist",
    "maintain",
    "pledge",
    "praise",
    "predict",
    "promise",
    "reiterate",
    "stress",
    "suggest",
    "threaten",
    "urge",
    "vow",
    "warn",
)
"""Stance verbs: attribute a quote, or a ``that`` or clause complement."""

TIER3: tuple[str, ...] = (
    "address",
    "believe",
    "conclude",
    "demand",
    "disclose",
    "expect",
    "fear",
    "feel",
    "find",
    "hope",
    "indicate",
    "know",
    "provide",
    "reveal",
    "show",
    "submit",
    "think",
    "worry",
)
"""Risky verbs: attribute only a direct quote, or a clause with an explicit ``that``."""

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "find": ("find", "finds", "found", "finding"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "echo": ("echo", "echoes", "echoed", "echoing"),
}

_DOUBLING = frozenset({"admit", "quip", "regret", "commit", "submit", "omit", "permit"})
"""Lemmas that double their final consonant before ``-ed``/``-ing``."""

_BRITISH_ISE = frozenset({"criticise", "emphasise", "apologise", "recognise", "summarise"})
"""Lemmas spelt ``-ise`` in British copy and ``-ize`` in American copy."""

_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> tuple[str, ...]:
    """Return the forms of a cue lemma: base, third person, past (and participle), ``-ing``.

    British ``-ise`` lemmas also yield the American ``-ize`` forms.

    Example:
        >>> inflections("admit")
        ('admit', 'admits', 'admitted', 'admitting')
        >>> inflections("say")
        ('say', 'says', 'said', 'saying')
        >>> inflections("emphasise")[-4:]
        ('emphasize', 'emphasizes', 'emphasized', 'emphasizing')
    """
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    forms = _regular(lemma)
    if lemma in _BRITISH_ISE:
        forms += _regular(lemma[:-3] + "ize")
    return forms


def _regular(lemma: str) -> tuple[str, ...]:
    """Return the regular forms of ``lemma``."""
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        stem = lemma[:-1]
        return (lemma, stem + "ies", stem + "ied", lemma + "ing")
    if lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma in _DOUBLING:
        double = lemma + lemma[-1]
        return (lemma, lemma + "s", double + "ed", double + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _build_forms(tiers: Iterable[tuple[int, tuple[str, ...]]]) -> dict[str, tuple[str, int]]:
    """Map every inflected form to its ``(lemma, tier)``; lower tiers win on clashes."""
    forms: dict[str, tuple[str, int]] = {}
    for tier, lemmas in tiers:
        for lemma in lemmas:
            for form in inflections(lemma):
                forms.setdefault(form, (lemma, tier))
    return forms


CUE_FORMS: dict[str, tuple[str, int]] = _build_forms(((1, TIER1), (2, TIER2), (3, TIER3)))
"""Every inflected cue form, mapped to ``(lemma, tier)``."""


def cue_lemma(word: str) -> str | None:
    """Return the lemma of a cue form, or None if ``word`` is not a cue verb.

    Example:
        >>> cue_lemma("warned"), cue_lemma("Says")
        ('warn', 'say')
    """
    entry = CUE_FORMS.get(word.lower())
    return entry[0] if entry else None


def cue_tier(word: str) -> int | None:
    """Return the tier (1, 2 or 3) of a cue form, or None.

    Example:
        >>> cue_tier("said"), cue_tier("insisted"), cue_tier("believes")
        (1, 2, 3)
    """
    entry = CUE_FORMS.get(word.lower())
    return entry[1] if entry else None


PRONOUNS: dict[str, str] = {
    "he": "person",
    "she": "person",
    "i": "person",
    "they": "group",
    "we": "group",
    "it": "organisation",
}
"""Subject pronouns that can stand for a speaker, with the speaker kind they refer to."""

_MAKER_PREFIXES = (
    "auto",
    "car",
    "chip",
    "drug",
    "plane",
    "jet",
    "aircraft",
    "steel",
    "truck",
    "tyre",
    "tire",
    "toy",
    "phone",
    "handset",
    "smartphone",
    "battery",
    "vaccine",
    "chocolate",
    "candy",
    "food",
    "snack",
    "soft-drink",
    "beer",
    "spirits",
    "cement",
    "glass",
    "paper",
    "engine",
    "appliance",
    "furniture",
    "software",
    "game",
    "video-game",
    "computer",
    "pc",
    "printer",
    "camera",
    "robot",
    "sportswear",
    "shoe",
    "carpet",
    "luxury",
    "chemical",
    "tool",
    "machine",
    "equipment",
)
"""Industries whose *maker noun names a company (``automaker``, ``chipmaker``).

A *maker noun heads an organisation nominal; the list is closed because many others name
people (``lawmaker``, ``policymaker``, ``filmmaker``, ``winemaker``, ``playmaker``).
"""

PERSON_NOUNS: frozenset[str] = frozenset(
    {
        "ambassador",
        "attorney",
        "aunt",
        "author",
        "brother",
        "cousin",
        "daughter",
        "father",
        "friend",
        "grandfather",
        "grandmother",
        "husband",
        "mother",
        "neighbor",
        "neighbour",
        "partner",
        "sister",
        "son",
        "uncle",
        "wife",
        "chairman",
        "chairwoman",
        "chief",
        "commander",
        "director",
        "doctor",
        "envoy",
        "governor",
        "head",
        "lawyer",
        "leader",
        "mayor",
        "minister",
        "official",
        "president",
        "prosecutor",
        "secretary",
        "senator",
        "source",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "witness",
        "woman",
        "man",
        # unnamed sources ("said one EU diplomat", "One former guest ... told")
        "diplomat",
        "person",
        "guest",
        "patient",
        "victim",
        "survivor",
        "passenger",
        "relative",
        "colleague",
        "customer",
        "employee",
    }
    # Roles and occupations common in news copy, so that ``the coach``, ``the nurse``,
    # ``the pilot`` are read as person nominals and resolved to the person named with
    # that role (``Coach Mark Ellis``, ``Leah Moss, a nurse at ...``).
    | {"coach", "manager", "captain", "skipper", "striker", "goalkeeper", "midfielder"}
    | {"defender", "player", "referee", "executive", "officer", "founder", "owner"}
    | {"investor", "analyst", "economist", "strategist", "banker", "trader", "broker"}
    | {"judge", "magistrate", "defendant", "plaintiff", "suspect", "detective", "sergeant"}
    | {"constable", "inspector", "sheriff", "colonel", "lieutenant", "soldier"}
    | {"nurse", "paramedic", "surgeon", "physician", "patient", "teacher", "principal"}
    | {"professor", "researcher", "scientist", "student", "pupil", "child", "boy", "girl"}
    | {"resident", "victim", "survivor", "farmer", "driver", "pilot", "passenger"}
    | {"chancellor", "premier", "adviser", "advisor", "aide", "commissioner", "lawmaker"}
    | {"legislator", "councillor", "diplomat", "negotiator", "activist", "campaigner"}
    | {"candidate", "organiser", "organizer", "journalist", "reporter", "editor"}
    | {"engineer", "worker", "employee", "volunteer", "firefighter", "rescuer", "refugee"}
    | {"priest", "pastor", "bishop", "imam", "rabbi", "veteran", "landlord", "tenant"}
    | {"actor", "actress", "singer", "musician", "artist", "writer", "novelist", "athlete"}
    | {"champion", "runner", "rider", "cyclist", "boxer", "golfer", "swimmer"}
    # positions in team sports: "Left-arm spinner Bibek Magar", "Kings guard Jalen Okoro"
    | {"spinner", "bowler", "batsman", "batter", "all-rounder", "wicketkeeper", "seamer"}
    | {"pacer", "flanker", "fly-half", "winger", "centre-back", "full-back", "quarterback"}
    | {"pitcher", "shortstop", "outfielder", "linebacker", "defenceman", "defenseman"}
    | {"netminder", "jockey", "caddie", "guard", "forward", "receiver", "catcher"}
    | {"curator", "archaeologist", "conservator", "librarian", "architect", "planner"}
    | {"grazier", "rancher", "winemaker", "fisher", "herder", "shopowner", "vendor"}
    | {"co-founder", "cofounder", "co-owner", "co-chair"}
)
"""Singular nouns heading a nominal person mention (``the spokesman``, ``a witness``)."""

ORGANISATION_HEADS: frozenset[str] = frozenset(
    {
        "agency",
        "army",
        "bench",
        "association",
        "authority",
        "bank",
        "board",
        "airline",
        "cabinet",
        "carmaker",
        "chipmaker",
        "drugmaker",
        "lender",
        "planemaker",
        "retailer",
        "command",
        "commission",
        "committee",
        "company",
        "congress",
        "council",
        "court",
        "department",
        "embassy",
        "federation",
        "firm",
        "force",
        "forces",
        "foundation",
        "government",
        "group",
        "institute",
        "kremlin",
        "media",
        "military",
        "ministry",
        "navy",
        "office",
        "organisation",
        "organization",
        "parliament",
        "party",
        "pentagon",
        "police",
        "regulator",
        "senate",
        "service",
        "statement",
        "union",
        "university",
        "watchdog",
        "league",
        "bureau",
        "centre",
        "centres",
        "center",
        "centers",
        "administration",
        "white house",
        "inc",
        "corp",
        "ltd",
        "plc",
        "co",
    }
    # Kinds of company, so that ``the utility``, ``the insurer``, ``the automaker``
    # are read as organisation nominals (see _MAKER_PREFIXES for the *maker nouns).
    | {"utility", "insurer", "reinsurer", "operator", "carrier", "broadcaster", "publisher"}
    | {"manufacturer", "producer", "supplier", "provider", "refiner", "brewer", "shipper"}
    | {"miner", "grocer", "supermarket", "chain", "conglomerate", "startup", "exchange"}
    | {"network", "newspaper", "magazine", "outlet", "website", "channel", "station"}
    | {"railway", "railroad", "studio", "club", "team", "franchise", "maker"}
    # Institutions and public bodies: ``the hospital``, ``the district``, ``the panel``.
    | {"hospital", "clinic", "airport", "school", "college", "academy", "museum", "prison"}
    | {"jail", "district", "county", "city", "municipality", "council", "tribunal"}
    | {"panel", "charity", "trust", "campaign", "coalition", "alliance", "consortium"}
    | {"church", "diocese", "forum", "society", "chamber", "fund", "programme", "program"}
    | {"body", "caucus"}  # "Queensland's peak farming body says", "the party caucus"
    | {prefix + "maker" for prefix in _MAKER_PREFIXES}
)
"""Head nouns (lower-cased) marking a mention as an organisation."""

ORGANISATION_NAMES: frozenset[str] = frozenset(
    {
        "afp",
        "ap",
        "bbc",
        "cnn",
        "eu",
        "fbi",
        "hamas",
        "hezbollah",
        "imf",
        "kremlin",
        "nasa",
        "nato",
        "opec",
        "pentagon",
        "pti",
        "reuters",
        "tass",
        "un",
        "unicef",
        "who",
        "xinhua",
    }
)
"""Single-word organisation names (lower-cased)."""

_IRREGULAR_PLURALS = {"child": "children", "man": "men", "woman": "women", "wife": "wives"}


def _plural(noun: str) -> str:
    """
    Return the plural of a singular person noun.

    >>> [_plural(n) for n in ("coach", "aide", "spokesman", "attorney", "child", "boss")]
    ['coaches', 'aides', 'spokesmen', 'attorneys', 'children', 'bosses']
    """
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


GROUP_NOUNS: frozenset[str] = frozenset(
    {
        "activists",
        "analysts",
        "authorities",
        "critics",
        "diplomats",
        "doctors",
        "economists",
        "experts",
        "investigators",
        "lawmakers",
        "leaders",
        "officials",
        "organisers",
        "organizers",
        "people",
        "protesters",
        "researchers",
        "residents",
        "rescuers",
        "scientists",
        "sources",
        "traders",
        "villagers",
        "witnesses",
        "workers",
        # plural heads without an agent suffix ("opposition groups", "rail unions")
        "groups",
        "unions",
        "parties",
        "families",
        "relatives",
        "neighbours",
        "neighbors",
        "nurses",
        "victims",
        "medics",
        "fishermen",
        "firemen",
        "policemen",
        "servicemen",
        "men",
        "women",
    }
    # Plurals that the suffix test of the parser (-ers, -ists, -ians, -ants, -ents, -ors)
    # misses: ``troops``, ``medics``, ``families``, ``rebels``.
    | {"troops", "soldiers", "medics", "paramedics", "executives", "families", "relatives"}
    | {"locals", "rebels", "militants", "fans", "officers", "guards"}
    | {"nurses", "judges", "pilots", "pupils", "children", "kids", "boys", "girls", "youths"}
    | {"elders", "veterans", "victims", "refugees", "evacuees", "pilgrims", "colleagues"}
    | {"neighbours", "neighbors", "friends", "inmates", "detainees", "hostages", "staff"}
    | {"crew", "democrats", "republicans", "conservatives", "liberals", "monks", "clerics"}
    | {"advocates", "delegates", "graduates", "associates", "bureaucrats", "nuns", "scholars"}
    | {"academics", "vets", "pundits"}
    | {"family", "couple"}  # collective nouns: "the family said in a statement"
    | {"agencies", "charities", "organisations", "organizations", "companies", "ngos"}
    # ... and the plural of every singular person noun (``coaches``, ``aides``, ``drivers``).
    # "heads" is left out: it is more often a verb (``who heads the agency``).
    | {_plural(noun) for noun in PERSON_NOUNS - {"head"}}
)
"""Plural nouns heading a group speaker (``officials``, ``Western diplomats``)."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        "adviser",
        "advisor",
        "advocate-general",
        "attorney-general",
        "director-general",
        "solicitor-general",
        "adm",
        "ch",
        "cpl",
        "det",
        "insp",
        "maj",
        "supt",
        "archbishop",
        "bishop",
        "dame",
        "executive",
        "imam",
        "lady",
        "lord",
        "rabbi",
        "rev",
        "sheikh",
        "sir",
        "ambassador",
        "analyst",
        "attorney",
        "brig",
        "capt",
        "captain",
        "ceo",
        "chair",  # "ACCC chair Gina Cass-Gottlieb"
        "chairperson",
        "chairman",
        "chairwoman",
        "chancellor",
        "chief",
        "coach",
        "col",
        "colonel",
        "commander",
        "commissioner",
        "correspondent",
        "councillor",
        "dean",
        "deputy",
        "director",
        "dr",
        "economist",
        "editor",
        "envoy",
        "founder",
        "gen",
        "general",
        "governor",
        "gov",
        "head",
        "inspector",
        "judge",
        "justice",
        "king",
        "lawmaker",
        "lawyer",
        "leader",
        "lt",
        "manager",
        "mayor",
        "minister",
        "mp",
        # legislators' and executives' acronyms ("AAP MLA Sunita Rawal", "SNP MSP X")
        "mla",
        "mlc",
        "mep",
        "msp",
        "mpp",
        "mna",
        "cfo",
        "coo",
        "cto",
        "mr",
        "mrs",
        "ms",
        "officer",
        "official",
        "pope",
        "premier",
        "president",
        "prince",
        "princess",
        "professor",
        "prof",
        "prosecutor",
        "queen",
        "rep",
        "representative",
        "researcher",
        "secretary",
        "secretary-general",
        "sen",
        "senator",
        "sgt",
        "sheriff",
        "speaker",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "superintendent",
        "vice",
        "madam",
        "assemblyman",
        "assemblywoman",
        "assemblymember",
        "councilman",
        "councilwoman",
        "congressman",
        "congresswoman",
        "alderman",
        "judge-executive",
        "critic",
        "member",
        "forecaster",
        "retiree",
        "parent",
        "resident",
        "student",
        "teacher",
        "nurse",
        "farmer",
        "shopkeeper",
        "fisherman",
        "pensioner",
        "volunteer",
        "homeowner",
        "historian",
        "advocate",
        "counsel",
        "barrister",
        "solicitor",
        "reeve",  # the head of a rural municipality in Canada
        "supervisor",  # "Supervisor Patrick Hanley" (US county boards)
        "garda",  # an Irish police officer: "Garda Siobhán Keane"
        "mk",  # a member of the Knesset: "Likud MK Eitan Gavriel"
        "regent",  # an Indonesian district head: "Agam Regent Andri Saputra"
        "protester",
        "protestor",
        "demonstrator",
        "coun",  # councillors and constables abbreviated: "Coun.", "Cllr", "Const.", "Cst."
        "cllr",
        "const",
        "cst",
        "undersecretary",
        "under-secretary",
        "brigadier",
        "datuk",  # Malaysian honorifics: "Finance Minister Datuk Lim Wei Shen"
        "dato",
        "datin",
        "seri",  # "Datuk Seri Noraini Hashim"
        "coordinator",
        # police ranks written as acronyms in Nigerian and Indian copy ("SP Adewale Okunola")
        "sp",
        "dsp",
        "asp",
        "csp",
        "acp",
        "dcp",
        "sho",
        "regular",  # a regular customer: "Regular Derek Moss said"
        "co-founder",
        "cofounder",
        "co-owner",
        "co-chair",
    }
)
"""Words (lower-cased, without a final period) ending a title before a name."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "van",
        "von",
    }
)
"""Lower-case particles allowed inside a personal name (``Ursula von der Leyen``)."""

COUNTRIES: frozenset[str] = frozenset(
    {
        "afghanistan",
        "algeria",
        "argentina",
        "australia",
        "austria",
        "bangladesh",
        "belarus",
        "belgium",
        "brazil",
        "britain",
        "canada",
        "chile",
        "china",
        "colombia",
        "cuba",
        "denmark",
        "egypt",
        "ethiopia",
        "finland",
        "france",
        "germany",
        "greece",
        "hungary",
        "india",
        "indonesia",
        "iran",
        "iraq",
        "ireland",
        "israel",
        "italy",
        "japan",
        "jordan",
        "kenya",
        "lebanon",
        "libya",
        "malaysia",
        "mexico",
        "morocco",
        "nigeria",
        "norway",
        "pakistan",
        "peru",
        "philippines",
        "poland",
        "portugal",
        "qatar",
        "romania",
        "russia",
        "serbia",
        "singapore",
        "spain",
        "sudan",
        "sweden",
        "switzerland",
        "syria",
        "taiwan",
        "thailand",
        "tunisia",
        "turkey",
        "ukraine",
        "venezuela",
        "vietnam",
        "yemen",
        "washington",
        "moscow",
        "beijing",
        "ankara",
        "tehran",
        "kyiv",
        "london",
        "paris",
        "berlin",
        "tokyo",
        "seoul",
        "pyongyang",
        "damascus",
        "brussels",
    }
)
"""States and capitals standing for their governments (lower-cased): organisation speakers."""
