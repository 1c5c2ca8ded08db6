"""English month and weekday names, shared by every parser that reads dates."""

from __future__ import annotations

from typing import Final

__all__ = [
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_WORDS",
    "WEEKDAY_NAMES",
    "WEEKDAY_WORDS",
]

MONTH_NAMES: Final = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
"""Full month names, January first."""

MONTH_ABBREVIATIONS: Final = tuple(name[:3] for name in MONTH_NAMES)
"""Three-letter month abbreviations as wires print them (``Jan`` ... ``Dec``)."""

MONTH_WORDS: Final = {
    **{name.casefold(): number for number, name in enumerate(MONTH_NAMES, start=1)},
    **{name.casefold(): number for number, name in enumerate(MONTH_ABBREVIATIONS, start=1)},
    "sept": 9,  # AP style: "Sept. 8"
}
"""Lower-case month names and abbreviations -> month number."""

WEEKDAY_NAMES: Final = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
"""Lower-case full weekday names."""

WEEKDAY_WORDS: Final = WEEKDAY_NAMES | frozenset(
    ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
)
"""Lower-case weekday names and the abbreviations outlets print (``Thu``, ``Tues``)."""
