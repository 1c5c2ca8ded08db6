"""
Deterministic generated news copy for the benchmarks (no Hypothesis, no randomness across runs).

Articles follow the structure of the seed (seeds/000_cd7b9de5fab0b34e.txt): a headline,
a timestamp line and an outlet line, a photo caption (written twice, as scraped pages
repeat it), a body opening with a dateline, paragraphs of direct, partial and reported
speech, further captions every few paragraphs, and a ``Source(s):`` footer. The same
size and seed always give the same text.
"""

from __future__ import annotations

import random

__all__ = ["article", "quote_dense"]

_PEOPLE = [
    ("Turkish Foreign Minister", "Mevlut Cavusoglu", "he"),
    ("Kremlin spokesman", "Dmitry Peskov", "he"),
    ("German Chancellor", "Angela Merkel", "she"),
    ("UN envoy", "Geir Pedersen", "he"),
    ("European Commission President", "Ursula von der Leyen", "she"),
    ("Health Minister", "Olivier Veran", "he"),
    ("Finance Minister", "Nirmala Sitharaman", "she"),
    ("Senator", "Susan Collins", "she"),
]
_ORGS = ["the Kremlin", "the ministry", "the Pentagon", "the White House", "the central bank"]
_PLACES = [
    ("MOSCOW", "Moscow, Russia"),
    ("ANKARA", "Ankara, Turkey"),
    ("BERLIN", "Berlin, Germany"),
    ("GENEVA", "Geneva, Switzerland"),
    ("NEW DELHI", "New Delhi, India"),
    ("PARIS", "Paris, France"),
]
_TOPICS = [
    "the ceasefire in Idlib province",
    "the latest round of talks",
    "the budget for the coming year",
    "the rise in infections over the weekend",
    "sanctions on energy exports",
    "the reform of the pension system",
    "the flooding in the southern districts",
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]
_AGENCIES = ["Reuters", "AFP", "AP", "Xinhua"]


def _caption(rng: random.Random) -> str:
    role, name, _ = rng.choice(_PEOPLE)
    _, place = rng.choice(_PLACES)
    month = rng.choice(_MONTHS)
    agency = rng.choice(_AGENCIES)
    return (
        f"{role} {name} speaks during a joint news conference following talks in "
        f"{place}, {month} {rng.randint(1, 28)}, 2020. /{agency} Photo"
    )


def _paragraph(rng: random.Random) -> str:
    role, name, pronoun = rng.choice(_PEOPLE)
    topic = rng.choice(_TOPICS)
    org = rng.choice(_ORGS)
    day = rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    forms = [
        (
            f'"We conveyed our determination to our counterparts on {topic}," {pronoun} said, '
            f"adding that the government was determined to stem the 'humanitarian drama' "
            f"which officials say has displaced nearly {rng.randint(2, 9)} hundred thousand people."
        ),
        (
            f"{role} {name} said on {day} that the government expected its partners to "
            f"immediately stop the attacks, which killed {rng.randint(2, 12)} soldiers and "
            f"prompted forces to strike back."
        ),
        (
            f'"There has recently been a dangerous increase in tension over {topic}," '
            f"{org} said. Without giving a number, {org} said that experts were "
            f'"tragically killed."'
        ),
        f"Attacks on positions were continuing from a controlled zone in the region, {org} said.",
        (
            f"{name} told reporters there were no plans currently for the leaders to meet to "
            f"discuss {topic}, but such a meeting could be quickly organized if needed."
        ),
        (
            f"According to {name}, the talks on {topic} would resume on {day}. "
            f'"It is not a question of if, but when," {pronoun} added.'
        ),
        (
            f"The announcement on {topic} follows weeks of negotiation between the parties, "
            f"which have met {rng.randint(3, 11)} times since the start of the year without "
            f"reaching an agreement."
        ),
    ]
    return rng.choice(forms)


def article(size: int, seed: int = 0) -> str:
    """Return a seed-like article of at least ``size`` characters (deterministic for a seed)."""
    rng = random.Random(seed)
    headline = "Syrian army enters rebel-held northwestern town in latest advance"
    caption = _caption(rng)
    parts = [f"{headline}\nUpdated 12:32, 07-Feb-2020\nCGTN\n{caption}\n\n{caption}\n"]
    place, _ = rng.choice(_PLACES)
    agency = rng.choice(_AGENCIES)
    parts.append(
        f"{place} ({agency}) - On February 6, government forces entered Saraqeb town in "
        f"northwestern Idlib province in the latest push to capture the last rebel "
        f"stronghold, state media said."
    )
    footer = "Source(s): Reuters"
    length = sum(len(p) + 2 for p in parts) + len(footer)
    count = 0
    while length < size:
        count += 1
        piece = _caption(rng) if count % 9 == 0 else _paragraph(rng)
        parts.append(piece)
        length += len(piece) + 2
    parts.append(footer)
    return "\n\n".join(parts)


def quote_dense(size: int, seed: int = 1) -> str:
    """Return body copy of at least ``size`` characters where every paragraph quotes someone."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        role, name, pronoun = rng.choice(_PEOPLE)
        topic = rng.choice(_TOPICS)
        piece = rng.choice(
            [
                f'"We will respond to {topic}," {role} {name} said. "Nobody should doubt it."',
                f'{name} said the plan was "a step in the right direction" on {topic}.',
                f'"It is too early to say," {pronoun} told reporters, "but we are hopeful."',
                f"{name} said that the government would not back down on {topic}.",
                f'"This is a turning point," said {name}, the {role.lower()}.',
            ]
        )
        parts.append(piece)
        length += len(piece) + 2
    return "\n\n".join(parts)
