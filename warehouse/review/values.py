"""Values as the review page prints them: escaped for HTML, dates in ISO form, a figure's digits grouped."""

from __future__ import annotations

import html
from datetime import date, datetime


def _esc(value: object) -> str:
    """Text for HTML, None as empty.

    >>> _esc('<script>"x"</script>')
    '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
    """
    return "" if value is None else html.escape(_plain(value), quote=True)


def _plain(value: object) -> str:
    """A value as text: dates ISO, whole floats without ".0".

    >>> _plain(34000000000.0), _plain(11.63), _plain(date(2020, 5, 7)), _plain(None)
    ('34000000000', '11.63', '2020-05-07', '')
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def format_value(value: object) -> str:
    """A figure's value with its digits grouped by thin spaces, which reads the same in Vietnamese and English.

    >>> format_value(34000000000.0), format_value(11.63), format_value(1800)
    ('34\\u202f000\\u202f000\\u202f000', '11.63', '1\\u202f800')
    """
    if not isinstance(value, int | float):
        return _plain(value)
    whole, _, fraction = _plain(value).partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
    return sign + "\u202f".join(groups) + (f".{fraction}" if fraction else "")
