"""Numbers that are not figures: dates, years, terms, ordinals, names and document numbers ("kỳ họp thứ 4", "Nghị
quyết số 02", "điều 104, 105 Luật ..."), ranges, totals another figure is out of, and per-unit denominators."""

from __future__ import annotations

import re

from transforms.extraction.indicators.vocabulary import LETTER

# Words right before a number that make it a date, ordinal, term, name or document number ("kỳ họp thứ 4",
# "Nghị quyết số 02", "khóa 20", "ngày 12", "Chỉ thị 05", "Km 15", "Covid 19").
NOT_BEFORE_RE = re.compile(
    r"(?<!"
    + LETTER
    + r")(?:(?<!tổng\s)số|thứ|khóa|khoá|ngày|hôm|tháng|q(?:uý|úy)|kỳ|lần|đợt|vòng|điều|khoản|chương|mục|phần|"
    r"tổ|thôn|xóm|ấp|khu|khóm|đường|phố|quốc\s+lộ|tỉnh\s+lộ|tầng|phòng|lô|loại|hạng|cấp\s+độ|top|(?<!dịch\s)(?<!nhiệm\s)(?<!mùa\s)vụ|"
    r"nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|chỉ\s+thi|thông\s+tư|kết\s+luận|đề\s+án|kế\s+hoạch|"
    r"công\s+văn|thông\s+báo|tờ\s+trình|luật|chương\s+trình|hướng\s+dẫn|quy\s+định|công\s+điện|"
    r"covid|trung\s+ương|km|tw|nq|qđ|ct|kl|ql|tl|đt|sđt|hotline|điện\s+thoại|fax|mã|biển|"
    r"nhiệm\s+kỳ|giai\s+đoạn|khung|bậc|lớp|phiên|bản|bảng|trang|hình|ảnh|sơ\s+đồ|mẫu|hạng\s+mục|"
    r"tuổi|lúc|vào\s+lúc)\s*[:.]?\s*$",
    re.I,
)
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
    if NOT_BEFORE_RE.search(before[-40:]):
        return True
    if not _NAME_AFTER_RE.match(after):
        return False
    for listed_items in range(6):
        if listed_items and NOT_BEFORE_RE.search(before[-40:]):  # the number itself was read above
            return True
        listed = LISTED_AFTER_NUMBER_RE.search(before[-30:])
        if listed is None:
            return False
        before = before[: len(before) - len(before[-30:]) + listed.start()]
    return False


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
