"""Publication dates from input records and file names.

A date is taken only from something that states it (a record field, page metadata, the file name);
nothing here ever falls back to today's date.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime

# Dates outside this range in a file name are more likely ids or counters than publication dates.
_EARLIEST_YEAR = 1990
_LATEST_YEAR = 2100

# 2023-11-09, 2023_11_09, 20231109 (same separator twice) and 09.11.2023; digits must not touch
# further digits, so ids like 1202311090 do not produce dates.
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})([-_]?)(\d{2})\2(\d{2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{2})\.(\d{2})\.(\d{4})(?!\d)")


def _plausible(year: int, month: int, day: int) -> date | None:
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def date_from_file_name(name: str) -> date | None:
    """Find a publication date in a file name.

    Args:
        name: the file name (not the whole path: folder names are often years or ids).

    Returns:
        The first plausible date (1990-2100, a real calendar day), or None.
    """
    for match in _YEAR_FIRST.finditer(name):
        found = _plausible(int(match[1]), int(match[3]), int(match[4]))
        if found:
            return found
    for match in _DAY_FIRST.finditer(name):
        found = _plausible(int(match[3]), int(match[2]), int(match[1]))
        if found:
            return found
    return None


def parse_iso_date(value: object) -> date | None:
    """Parse an ISO 8601 date or datetime string ("2023-11-09", "2023-11-09T10:00:00Z"); else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def date_from_struct_time(value: time.struct_time | None) -> date | None:
    """Turn feedparser's parsed date (a UTC struct_time) into a date, None when absent or implausible."""
    if value is None:
        return None
    return _plausible(value.tm_year, value.tm_mon, value.tm_mday)
