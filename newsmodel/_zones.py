"""Time zones: IANA lookups that work without the tzdata package."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import cache

__all__ = ["zone_from_name"]


@cache
def zone_from_name(name: str) -> dt.tzinfo | None:
    """
    Return the tzinfo for an IANA name or a ``UTC+HH:MM`` offset name, or None if unknown.

    Uses the system's zone database, falling back to the copy bundled with dateutil.
    """
    if name.startswith("UTC") and len(name) == 9 and name[3] in "+-":
        try:
            hours, minutes = int(name[4:6]), int(name[7:9])
        except ValueError:
            return None
        sign = 1 if name[3] == "+" else -1
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    if name == "UTC":
        return dt.timezone.utc
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        from dateutil.zoneinfo import get_zonefile_instance

        zone: dt.tzinfo | None = get_zonefile_instance().get(name)
        return zone
