"""Numbers that are not figures: dates, years, terms, ordinals, names and document numbers ("kỳ họp thứ 4", "Nghị
quyết số 02", "điều 104, 105 Luật ..."), ranges, totals another figure is out of, and per-unit denominators."""

from __future__ import annotations

import re

from transforms.extraction.indicators.vocabulary import LETTER

# Words right before a number that make it a date, ordinal, term, name or document number ("kỳ họp thứ 4",
# "Nghị quyết số 02", "khóa 20", "ngày 12", "Chỉ thị 05", "Km 15", "Covid 19"); the words of one are joined by
# r"\s+" and each ends with a letter.
_NAMING_WORDS = (
    r"(?<!tổng\s)số", "thứ", "khóa", "khoá", "ngày", "hôm", "tháng", "q(?:uý|úy)", "kỳ", "lần", "đợt", "vòng", "điều",
    "khoản", "chương", "mục", "phần", "tổ", "thôn", "xóm", "ấp", "khu", "khóm", "đường", "phố", r"quốc\s+lộ",
    r"tỉnh\s+lộ", "tầng", "phòng", "lô", "loại", "hạng", r"cấp\s+độ", "top", r"(?<!dịch\s)(?<!nhiệm\s)(?<!mùa\s)vụ",
    r"nghị\s+quyết", r"nghị\s+định", r"quyết\s+định", r"chỉ\s+thị", r"chỉ\s+thi", r"thông\s+tư", r"kết\s+luận",
    r"đề\s+án", r"kế\s+hoạch", r"công\s+văn", r"thông\s+báo", r"tờ\s+trình", "luật", r"chương\s+trình",
    r"hướng\s+dẫn", r"quy\s+định", r"công\s+điện", "covid", r"trung\s+ương", "km", "tw", "nq", "qđ", "ct", "kl",
    "ql", "tl", "đt", "sđt", "hotline", r"điện\s+thoại", "fax", "mã", "biển", r"nhiệm\s+kỳ", r"giai\s+đoạn", "khung",
    "bậc", "lớp", "phiên", "bản", "bảng", "trang", "hình", "ảnh", r"sơ\s+đồ", "mẫu", r"hạng\s+mục", "tuổi", "lúc",
    r"vào\s+lúc",
)  # fmt: skip
NOT_BEFORE_RE = re.compile(r"(?<!" + LETTER + r")(?:" + "|".join(_NAMING_WORDS) + r")\s*[:.]?\s*$", re.I)
# The last word of each of them, whole: a match of `NOT_BEFORE_RE` ends with one (see `names_before`).
_LAST_WORD_RE = re.compile("|".join(re.split(r"\\s\+", words)[-1] for words in _NAMING_WORDS), re.I)
# What follows a list of numbers that name: a capitalised word, a mark or nothing ("điều 104, 105 Luật ...").
_NAME_AFTER_RE = re.compile(r"\s*(?:[A-ZĐ]|[^\w\s]|$)")
# A number listed after one that names ("điều 104, 105 Luật ...", "Tổ 3 và 5"): it names too.
LISTED_AFTER_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:,|và)\s*$", re.I)


def is_named(before: str, after: str) -> bool:
    """Whether the number between `before` and `after` names a date part, an ordinal, a term or a document, itself
    or as the next item of a list of such numbers that goes on with a name ("điều 104, 105 Luật ...").

    >>> is_named("căn cứ theo điều 104, ", " Luật"), is_named("khóa 16, ", " người"), is_named("khóa ", " người")
    (True, False, True)
    """
    if names_before(before):
        return True
    if not _NAME_AFTER_RE.match(after):
        return False
    for listed_items in range(6):
        if listed_items and names_before(before):  # the number itself was read above
            return True
        listed = LISTED_AFTER_NUMBER_RE.search(before[-30:])
        if listed is None:
            return False
        before = before[: len(before) - len(before[-30:]) + listed.start()]
    return False


def names_before(before: str) -> bool:
    """Whether `NOT_BEFORE_RE` finds words that name the number in the last 40 characters before it (`before`).

    Its match is some words, then blanks and at most one ':' or '.': it ends with the window's last run of letters
    (before those), which is then a whole last word of one of them. A window whose last run is none is ruled out
    without the search, which tries each of the words at each of its characters.

    >>> names_before("Nghị quyết số "), names_before("kỳ họp thứ: "), names_before("tổng số "), names_before("đạt ")
    (True, True, False, False)
    """
    window = before[-40:]
    core = window.rstrip()
    if core.endswith((":", ".")):
        core = core[:-1].rstrip()
    start = len(core)
    while start and core[start - 1].isalnum() and not core[start - 1].isdecimal():  # LETTER: \w, not \d or "_"
        start -= 1
    return _LAST_WORD_RE.fullmatch(core, start) is not None and NOT_BEFORE_RE.search(window) is not None


# What may follow a number that makes it a document code, a date or a range: "02-NQ/TU", "439 – QĐNS/TW",
# "12/5/2017", "13- 14/5".
NOT_AFTER_RE = re.compile(
    r"\s*[-–]\s*[A-ZĐ]{2,}|/\s*[A-ZĐa-zđ]|\s*[-–]\s*\d|\d*/\d+/|/(?:19|20)\d{2}(?!\d)|\s*(?:tuổi|h\d|giờ|phút)(?!\w)"
)
YEAR_RE = re.compile(r"19[5-9]\d|20\d{2}")
OUT_OF_TOTAL_RE = re.compile(r"(?<!\w)trên\s+tổng\s+số\s*$", re.I)
YEAR_BEFORE_RE = re.compile(r"(?<!\w)(?:năm|từ|đến|tới|cuối|đầu)\s*$", re.I)
# A range "25% - 35%", "5-7%": neither end is reported as a figure.
RANGE_START_RE = re.compile(r"\s*[-–]\s*\d")
RANGE_END_RE = re.compile(r"\d\s*(?:%|" + LETTER + r"+)?\s*[-–]\s*$")
# "trên 1 ha", "/1 ha", "mỗi 1 ha": the denominator of a rate, not a figure.
PER_UNIT_BEFORE_RE = re.compile(r"(?:trên|mỗi|/)\s*$", re.I)


TIME_BEFORE_RE = re.compile(r"(?<!\w)(?:sáng|chiều|trưa|tối|đêm|ngày|hôm|nay|mai)\s*[(]?\s*$", re.I)


def skip_number_run(s: str, pos: int) -> int:
    """Past the rest of a date, range or code ("12/5/2017", "2015-2020"), so none of its parts reads as a figure."""
    m = re.match(r"(?:\s*[-–/]\s*\d+(?:[.,]\d+)*)*", s[pos:])
    return pos + (m.end() if m else 0)
