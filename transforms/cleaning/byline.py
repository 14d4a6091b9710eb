"""What a page's tail says about an article: its byline, and the unit or source line under it.

Each rule looks at the *shape* of one line (length, final punctuation, capitalisation, cue words), never at any
particular site's wording, so it carries over to portals we have not seen.
"""

from __future__ import annotations

import re

from transforms.text import match_key

# --- Byline -----------------------------------------------------------------------------------------------------

_BYLINE_SPLIT_RE = re.compile(r"\s*(?:[-–—,;]|\s và\s)\s*")
_VOWEL_RE = re.compile("[AEIOUYĂÂÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]")
_ABBREVIATION_RE = re.compile(r"^(?:[A-ZĐ]{1,8}(?:[./&-][A-ZĐ]{1,8})*\.?|[A-ZĐ]\.\s?[A-ZĐ]\.?)$")
# Capitalised words that make a line a caption or an organisation rather than a person's name.
_NOT_NAME = (
    "Huyện Tỉnh Xã Phường Quận Ủy Uỷ Tịch Biểu Tại Của Các Những Nguồn Theo Ảnh Hình Sở Báo Cổng Bản Tin Bài Họp "
    "Khóa Khoá Ngày Phòng Hội Nghị Ông Bà"
)
_NOT_NAME_WORDS = frozenset(match_key(w) for w in _NOT_NAME.split())
_UNIT_CUE_RE = re.compile(
    r"^(?:trung\s+tâm|tt|ubnd|hđnd|ủy\s+ban|uỷ\s+ban|văn\s+phòng|phòng|ban|sở|báo|đài|cổng|trang|huyện\s+[uủ]ỷ?"
    r"|thị\s+[uủ]ỷ?|tỉnh\s+[uủ]ỷ?|thành\s+[uủ]ỷ?|đảng\s+[uủ]ỷ?|hội|trường|công\s+an|bộ|cục|chi\s+cục|tạp\s+chí"
    r"|thông\s+tấn|ttxvn|vov|vtv|nguồn|theo)\b",
    re.IGNORECASE,
)
_PAREN_UNIT_RE = re.compile(r"\s*\((?P<unit>[^()]{1,40})\)$")
# A note in brackets after the names, which names no unit: "H.Y (tổng hợp)", "Lan Anh (TH)".
_NOTE_RE = re.compile(r"(?:tổng\s+hợp|th|t/h|st|sưu\s+tầm|lược\s+dịch|biên\s+dịch|dịch|tổng\s+hợp\s+từ\s+.*)", re.I)
# A pen name of initials: "H.Y", "Th.Dương", "N.T.Hà" (one or two letters and a dot, then a name syllable).
_INITIALS_NAME_RE = re.compile(r"(?:[A-ZĐ][a-zđ]?\.\s?)+[A-ZĐ][^\W\d_]{0,6}")
_NOT_INITIALS = frozenset({"T.Ư", "T.W", "Q.Đ"})  # "Trung ương", "quyết định": abbreviations, not names
_SOURCE_CUE_RE = re.compile(r"^(?:nguồn|theo)\s*:?\s+(?P<unit>\S.{0,60})$", re.IGNORECASE)


def _is_name_word(word: str) -> bool:
    """One syllable of a name: "Thắm", or in capitals with a vowel ("THẮM", not an abbreviation like "TTX").

    >>> _is_name_word("Thắm"), _is_name_word("THẮM"), _is_name_word("TTX"), _is_name_word("cảnh")
    (True, True, False, False)
    """
    if not word.isalpha() or len(word) > 7 or not word[0].isupper():
        return False
    return word[1:].islower() or len(word) == 1 or (word.isupper() and bool(_VOWEL_RE.search(word)))


def _is_person_name(part: str) -> bool:
    """Two to five name syllables, none of them a word of captions or organisation names.

    >>> _is_person_name("Nguyễn Thị Thắm"), _is_person_name("Quang cảnh"), _is_person_name("Huyện Ủy")
    (True, False, False)
    """
    words = part.split()
    return (
        2 <= len(words) <= 5
        and all(_is_name_word(w) for w in words)
        and not any(match_key(w) in _NOT_NAME_WORDS for w in words)
    )


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """A byline's authors and the unit or agency named with them; None when the line is not a byline.

    >>> parse_byline("Thanh Bình - Nguyễn Thắm")
    (['Thanh Bình', 'Nguyễn Thắm'], None)
    >>> parse_byline("Quang Vũ - Lâm Khánh (TTXVN)"), parse_byline("Hà Khánh/VOV-TP.HCM")
    ((['Quang Vũ', 'Lâm Khánh'], 'TTXVN'), (['Hà Khánh'], 'VOV-TP.HCM'))
    >>> parse_byline("Quang cảnh tại hội nghị") is None, parse_byline("PV")
    (True, ([], 'PV'))
    >>> parse_byline("H.Y (tổng hợp)"), parse_byline("Th.Dương")
    ((['H.Y'], None), (['Th.Dương'], None))
    """
    line = original = line.strip()
    if not line or len(line) > 80 or line[-1] in ".:;!?" or any(c.isdigit() for c in line):
        return None
    unit = None
    paren = _PAREN_UNIT_RE.search(line)
    if paren:
        unit, line = paren.group("unit").strip(), line[: paren.start()]
        unit = None if _NOTE_RE.fullmatch(unit) else unit
    if "/" in line:
        line, _, agency = line.partition("/")
        unit = unit or agency.strip()
    names, units = [], []
    for part in filter(None, (p.strip() for p in _BYLINE_SPLIT_RE.split(line))):
        if _is_person_name(part) or (_INITIALS_NAME_RE.fullmatch(part) and part not in _NOT_INITIALS):
            names.append(part)
        elif all(_ABBREVIATION_RE.match(w) for w in part.split()) and len(part) <= 12:
            units.append(part)
        else:
            return None
    if not names:
        return ([], original) if units else None
    return names, unit or (" - ".join(units) if units else None)


def parse_source_unit(line: str) -> str | None:
    """A short unit or source line under a byline ("Trung tâm VH, TT&TT", "UBND huyện ...", "Nguồn: ..."); else None.

    >>> parse_source_unit("Trung tâm VH, TT&TT"), parse_source_unit("Nguồn: Báo Lạng Sơn")
    ('Trung tâm VH, TT&TT', 'Báo Lạng Sơn')
    >>> parse_source_unit("Ban Chấp hành khóa mới ra mắt tại đại hội hôm nay với nhiều gương mặt trẻ.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > 80 or len(line.split()) > 10 or line[-1] in ".:;!?":
        return None
    source = _SOURCE_CUE_RE.match(line)
    if source:
        return source.group("unit").strip()
    return line if _UNIT_CUE_RE.match(line) else None


def source_only(line: str) -> str | None:
    """A closing "Nguồn: ..." or "Theo ..." line that names a source without any author.

    >>> source_only("Theo Cổng Thông tin điện tử Chính phủ"), source_only("Theo báo cáo, thu ngân sách đạt 34 tỷ.")
    ('Cổng Thông tin điện tử Chính phủ', None)
    """
    if not line or len(line) > 80 or line[-1] in ".:;!?,":
        return None
    match = _SOURCE_CUE_RE.match(line)
    return match.group("unit").strip() if match and match.group("unit")[0].isupper() else None
