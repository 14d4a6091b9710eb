"""Which administrative structure an article is written in: the one before the 2025-07-01 reform (63 provinces,
districts, communes) or the one in force since (34 provinces, communes and wards, no districts).

Its date decides where it has one: the publication date, else the date of the meeting it reports. Without a date,
the words do: the councils' 2026-2031 term, the first congress ("lần thứ I") of a 2025-2030 term, a ward or commune
council's first term ("khóa I"), the two-tier local government, a special zone's own bodies (Đảng ủy đặc khu),
units named as former ("huyện X cũ") speak of the new structure; district governments at work (Huyện ủy, UBND
huyện, HĐND quận) of the old one.
"""

from __future__ import annotations

import re
from datetime import date

import regex

from transforms.model import DocumentContext
from transforms.text import document_key

REFORM_DATE = date(2025, 7, 1)
LEGACY, REFORM = "legacy", "2025"

_DASH = r"\s*[-–—]\s*"
# Cues of the structure in force since 2025-07-01, in a text keyed by `document_key` (lower case, new tone style).
_REFORM_CUES = (
    re.compile(r"nhiệm kỳ 2026" + _DASH + r"2031"),
    re.compile(r"lần thứ i\b[^.\n]{0,12}nhiệm kỳ 2025" + _DASH + r"2030"),
    re.compile(r"(?:hđnd|hội đồng nhân dân) (?:xã|phường|đặc khu) [^,.\n]{1,30}?,? khóa i\b"),
    re.compile(r"chính quyền (?:địa phương )?(?:hai|2) cấp"),
    # the special zones' own bodies: a đặc khu is a commune-level unit only since the reform
    re.compile(r"(?:đảng ủy|đảng bộ|ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân) đặc khu (?!kinh tế)"),
)
# A unit named as former: "(huyện Lạc Thủy cũ)", "xã Hòa Mỹ (cũ)"; read in the text as written (names capitalised).
_FORMER_UNIT_RE = regex.compile(
    r"(?i:(?<!\w)(?:huyện|quận|thị xã|tỉnh|xã|phường|thị trấn))\s+\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3}\s*\(?\s*cũ(?!\w)"
)
# What every name of a former unit ends with ("xã Phú Nghĩa cũ"): a search for it is quick, and most texts have
# none (many a "cũng"), so the patterns of such names run only where it is found (here and in `places.former`).
FORMER_WORD_RE = regex.compile(r"cũ(?!\w)")
# Cues of the structure before it: a district-level government at work (a former one is named "cũ").
_LEGACY_CUE_RE = re.compile(
    r"(?:huyện ủy|quận ủy|thị ủy|(?:ubnd|hđnd|ủy ban nhân dân|hội đồng nhân dân) (?:huyện|quận|thị xã))"
    r"(?! [^,.()\n]{1,30}? \(?cũ(?!\w))"
)


def era_of_date(when: date | None) -> str | None:
    """The structure in force on a date.

    >>> era_of_date(date(2025, 6, 30)), era_of_date(date(2025, 7, 1)), era_of_date(None)
    ('legacy', '2025', None)
    """
    if when is None:
        return None
    return REFORM if when >= REFORM_DATE else LEGACY


def _cues(text: str | None) -> tuple[int, int]:
    """How many cues of the new structure and of the old one a text has."""
    if not text:
        return 0, 0
    key = document_key(text)  # the document's key is cached: place resolution reads it again
    former = FORMER_WORD_RE.search(text) is not None and _FORMER_UNIT_RE.search(text) is not None
    reform = sum(1 for cue in _REFORM_CUES if cue.search(key)) + former
    return reform, len(_LEGACY_CUE_RE.findall(key))


def era_of_words(*texts: str | None) -> str | None:
    """The structure the words speak of, where they speak of only one.

    >>> era_of_words("Đại hội Đảng bộ xã An Phú lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.")
    '2025'
    >>> era_of_words("Huyện ủy Yên Lạc tổ chức hội nghị sơ kết.")
    'legacy'
    >>> era_of_words("Ủy ban nhân dân tỉnh họp phiên thường kỳ.", None) is None
    True
    >>> era_of_words("Nhân dân xã Yên Lạc (huyện Như Xuân cũ) phấn khởi."), era_of_words("Bỏ chính sách của tỉnh cũ.")
    ('2025', None)
    """
    counts = [_cues(text) for text in texts]
    reform, legacy = sum(c[0] for c in counts), sum(c[1] for c in counts)
    if reform and not legacy:
        return REFORM
    if legacy and not reform:
        return LEGACY
    return None


def article_era(ctx: DocumentContext, event_date: date | None = None) -> str | None:
    """`legacy` or `2025`: by the publication date, else the meeting's date, else the words; None if nothing says."""
    published = ctx.published_at.date() if ctx.published_at else None
    return era_of_date(published) or era_of_date(event_date) or era_of_words(ctx.title, ctx.clean_text)
