"""Timestamps as input metadata gives them (a record's `published_at`, `fetched_at`): ISO forms, Vietnamese day-first
forms with or without a time, and Unix seconds, all read as Vietnam's local time without a zone.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))  # Vietnam keeps one zone, UTC+7, all year

_TIME = r"(?P<{p}hh>\d{{1,2}})\s*[:hg]\s*(?P<{p}mi>\d{{2}})(?:\s*:\s*(?P<{p}ss>\d{{2}}))?"
_DMY = r"(?P<{p}d>\d{{1,2}})\s*[/.-]\s*(?P<{p}m>\d{{1,2}})\s*[/.-]\s*(?P<{p}y>\d{{4}})"
_ZONE = r"(?P<zone>Z|[+-]\d{2}:?\d{2})"
_ISO_RE = re.compile(
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"(?:[T ]+(?P<ihh>\d{1,2}):(?P<imi>\d{2})(?::(?P<iss>\d{2})(?:[.,]\d+)?)?\s*" + _ZONE + r"?)?"
)
_DAY_FIRST_RE = re.compile(
    r"(?:" + _DMY.format(p="a") + r"(?:\s*(?:[-|,]|lúc)?\s*" + _TIME.format(p="a") + r")?"
    r"|" + _TIME.format(p="b") + r"\s*(?:[-|,]|ngày)?\s*" + _DMY.format(p="b") + r")",
    re.IGNORECASE,
)
# What may stand around a timestamp in metadata: a weekday, a "GMT+7" note, brackets.
_WEEKDAY_RE = re.compile(r"^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*,?\s*(?:ngày\s*)?", re.I)
_GMT_RE = re.compile(r"\(?\s*(?:gmt|utc)\s*\+\s*0?7(?::?00)?\s*\)?\s*$", re.IGNORECASE)
_EPOCH_RE = re.compile(r"\d{9,10}(?:\.\d+)?")
_EPOCH_RANGE = (631152000, 4102444800)  # 1990 to 2100: seconds outside it are not a news page's time


def _local(aware: datetime) -> datetime:
    return aware.astimezone(VIETNAM).replace(tzinfo=None)


def _built(parts: dict[str, str | None], p: str) -> datetime | None:
    try:
        return datetime(*(int(parts[f"{p}{k}"] or 0) for k in ("y", "m", "d", "hh", "mi", "ss")))
    except ValueError:
        return None


def parse_timestamp(value: object) -> datetime | None:
    """A metadata timestamp as a naive datetime in Vietnam's local time, or None when `value` is not one.

    An ISO time with a zone ("Z", "+00:00") is moved to UTC+7; one without, and every day-first form ("20/05/2024
    10:30"), is taken as local already. Numbers of 9-10 digits are Unix seconds.

    >>> parse_timestamp("2024-05-20T10:30:00+07:00"), parse_timestamp("2024-05-20T03:30:00Z")
    (datetime.datetime(2024, 5, 20, 10, 30), datetime.datetime(2024, 5, 20, 10, 30))
    >>> parse_timestamp("20/05/2024 10:30"), parse_timestamp("2025-08-21"), parse_timestamp("Thứ Hai, 20/5/2024")
    (datetime.datetime(2024, 5, 20, 10, 30), datetime.datetime(2025, 8, 21, 0, 0), datetime.datetime(2024, 5, 20, 0, 0))
    >>> parse_timestamp("31/02/2024"), parse_timestamp("hôm qua"), parse_timestamp(True)
    (None, None, None)
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip().strip("[]()").strip()
    if _EPOCH_RE.fullmatch(text):
        seconds = float(text)
        return _local(datetime.fromtimestamp(seconds, UTC)) if _EPOCH_RANGE[0] <= seconds < _EPOCH_RANGE[1] else None
    text = _GMT_RE.sub("", _WEEKDAY_RE.sub("", text)).strip()
    if m := _ISO_RE.fullmatch(text):
        when = _built(m.groupdict(), "i")
        zone = m.group("zone")
        if when is None or zone is None:
            return when
        if zone == "Z":
            return _local(when.replace(tzinfo=UTC))
        sign = 1 if zone[0] == "+" else -1
        hours, minutes = int(zone[1:3]), int(zone[-2:])
        return _local(when.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes))))
    if m := _DAY_FIRST_RE.fullmatch(text):
        return _built(m.groupdict(), "a" if m.group("ay") else "b")
    return None
