"""What a page's head says about an article besides its body: publication stamps, headline, category line.

Each rule looks at the *shape* of one line (length, final punctuation, capitalisation, cue words), never at any
particular site's wording, so it carries over to portals we have not seen. The byline under the body is read by
`transforms.cleaning.byline`.
"""

from __future__ import annotations

import re
from datetime import datetime

from transforms.text import match_key

# --- Dates and stamps -------------------------------------------------------------------------------------------


def _time(p: str) -> str:
    """Hours and minutes (seconds optional), with group names prefixed by `p`: "17:30:00", "17h30"."""
    return rf"(?P<{p}hh>\d{{1,2}})\s*[:hg]\s*(?P<{p}mi>\d{{2}})(?:\s*:\s*(?P<{p}ss>\d{{2}}))?"


def _dmy(p: str) -> str:
    """Day, month, four-digit year, with group names prefixed by `p`: "11/01/2023", "9-10-2020"."""
    return rf"(?P<{p}d>\d{{1,2}})\s*[/.-]\s*(?P<{p}m>\d{{1,2}})\s*[/.-]\s*(?P<{p}y>\d{{4}})"


_ISO = (
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[T ](?P<ihh>\d{2}):(?P<imi>\d{2})(?::(?P<iss>\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_WEEKDAY = r"(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*,?\s*(?:ngày\s*)?)"
_ZONE = r"(?:\s*\(?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?)"
_DATETIME = (
    rf"(?:{_ISO}|{_dmy('a')}(?:\s*(?:[-|,]|lúc)?\s*{_time('a')})?|{_time('b')}(?:\s*(?:[-|,]|ngày)?\s*){_dmy('b')})"
)
_STAMP_CUES = (
    r"(?:ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|đăng\s+(?:ngày|lúc)|ngày\s+xuất\s+bản|xuất\s+bản"
    r"|thời\s+gian\s+(?:đăng|xuất\s+bản)|ngày\s+đưa\s+tin|posted(?:\s+on)?|published|updated)"
)
# A view counter portals print after the stamp: "03/06/2024 18:27 74 lượt xem", "| Lượt xem: 120".
_COUNTER = (
    r"(?:\s*[|-]?\s*(?:\d[\d.,]*\s*(?:lượt\s+(?:xem|đọc|truy\s+cập)|views?)|lượt\s+(?:xem|đọc)\s*:?\s*\d[\d.,]*))"
)
_STAMP_LINE_RE = re.compile(
    rf"^(?:{_STAMP_CUES}\s*:?\s*)?[(\[]?\s*{_WEEKDAY}?{_DATETIME}{_ZONE}?\s*[)\]]?{_COUNTER}?$", re.IGNORECASE
)
_STAMP_PREFIX_RE = re.compile(rf"^[(\[]\s*{_WEEKDAY}?{_DATETIME}{_ZONE}?\s*[)\]]\s*(?=\S)", re.IGNORECASE)
_PUBLISHED_CUE_RE = re.compile(rf"^{_STAMP_CUES}\s*:", re.IGNORECASE)
_STAMP_MAX_CHARS = 120  # a stamp line, or a "Ngày đăng:" line with a note, is never longer


def _stamp_datetime(match: re.Match[str]) -> datetime | None:
    """The datetime a stamp pattern matched, or None when its numbers are not a real date."""
    g = match.groupdict()
    prefix = next(p for p in "iab" if g[f"{p}y"] is not None)
    parts = (g[f"{prefix}{k}"] or 0 for k in ("y", "m", "d", "hh", "mi", "ss"))
    try:
        return datetime(*(int(p) for p in parts))
    except ValueError:
        return None


def parse_stamp_line(line: str) -> tuple[bool, datetime | None]:
    """Whether the whole line is a publication stamp (or a "Ngày đăng:" line), and the datetime it gives.

    Times are kept as the page prints them (a trailing "Z" or "GMT+7" is not applied).

    >>> parse_stamp_line("Ngày đăng: 2020-10-09T03:55:00.000Z")
    (True, datetime.datetime(2020, 10, 9, 3, 55))
    >>> parse_stamp_line("Thứ Tư, 11/01/2023 17:30 (GMT+7)")
    (True, datetime.datetime(2023, 1, 11, 17, 30))
    >>> parse_stamp_line("Ngày đăng: (không ghi)")
    (True, None)
    >>> parse_stamp_line("03/06/2024 18:27 74 lượt xem")
    (True, datetime.datetime(2024, 6, 3, 18, 27))
    >>> parse_stamp_line("Ngày 15/09, Ban Chấp hành họp.")
    (False, None)
    """
    if len(line) > _STAMP_MAX_CHARS:
        return False, None
    match = _STAMP_LINE_RE.match(line)
    if match:
        return True, _stamp_datetime(match)
    return bool(_PUBLISHED_CUE_RE.match(line)), None


def split_stamp_prefix(line: str) -> tuple[datetime | None, str]:
    """A bracketed stamp that opens a paragraph, taken off: its datetime and the rest of the line.

    >>> split_stamp_prefix("(17:30:00 11/01/2023) Chiều ngày 11/01, Thường trực HĐND huyện họp.")
    (datetime.datetime(2023, 1, 11, 17, 30), 'Chiều ngày 11/01, Thường trực HĐND huyện họp.')
    >>> split_stamp_prefix("(Ảnh: TTXVN) Quang cảnh")
    (None, '(Ảnh: TTXVN) Quang cảnh')
    """
    match = _STAMP_PREFIX_RE.match(line)
    if not match:
        return None, line
    return _stamp_datetime(match), line[match.end() :]


# --- Headline ---------------------------------------------------------------------------------------------------

# A sentence that opens with when it happened: "Chiều ngày 5/5,", "Sáng 8/2,", "Chiều nay (16/5),", "Ngày 15/09,".
_TIME_CUE_RE = re.compile(
    r"^(?:vào\s+|trong\s+)?(?:sáng|chiều|trưa|tối|đêm|ngày|hôm|từ|đầu|cuối|giữa|trong|tuần|tháng|năm)\b"
    r"[^,.;]{0,40}?\d{1,2}\s*[/-]\s*\d{1,2}[^,.;]{0,20}[,:]",
    re.IGNORECASE,
)
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"  # capitals, as a class
# ". X" inside a line where the word before the dot is not an abbreviation such as "TP." or "Tp.".
_INNER_SENTENCE_END_RE = re.compile(rf"(?:\b(?![{_UPPER}]\w{{0,2}}\.)\w{{2,}}|\d)[.!?]\s+[\"“(]?[{_UPPER}]")
_TITLE_MAX_WORDS = 40
_TITLE_MAX_CHARS = 300
_SHORT_TITLE_WORDS = 20  # up to this length a line may be a headline despite a date cue or a final period
_FINAL_PERIOD_RE = re.compile(r"(?<!\.)\.[\"”’')\]]*$")


def starts_with_time_cue(line: str) -> bool:
    """Whether the line opens like a news lead, with the time of the event.

    >>> starts_with_time_cue("Chiều ngày 5/5, Thị ủy tổ chức hội nghị"), starts_with_time_cue("Ngày hội văn hóa")
    (True, False)
    """
    return bool(_TIME_CUE_RE.match(line))


def _opens_like_headline(line: str) -> bool:
    """A capital, a digit or a quote first, or a first word with a capital inside it ("iPhone")."""
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"“'‘([«" or any(c.isupper() for c in line.split(" ", 1)[0])


def looks_like_title(line: str, next_line: str | None = None) -> bool:
    """A headline's shape. Short lines may open with a date ("Ngày 10/3, khai mạc ...") or end with a period when a
    longer paragraph or page metadata follows; a long line must read as one unpunctuated phrase.

    >>> looks_like_title("Hội nghị lần thứ 2 Ban Chấp hành đảng bộ huyện khóa XXII")
    True
    >>> lead = "Chiều ngày 5/5, Thị ủy tổ chức Hội nghị Sơ kết 5 năm thực hiện Nghị quyết số 02 của Tỉnh ủy về dân chủ"
    >>> looks_like_title(lead + " ở cơ sở. Tham dự có lãnh đạo tỉnh.", "Sau 5 năm thực hiện Nghị quyết 02.")
    False
    >>> looks_like_title("Hội nghị tổng kết năm 2020.", "Ngày đăng: 2020-12-27"), looks_like_title("Hội nghị tổng kết.")
    (True, False)
    """
    if len(line) > _TITLE_MAX_CHARS:
        return False
    words = len(line.split())
    if not 2 <= words <= _TITLE_MAX_WORDS or not _opens_like_headline(line):
        return False
    if line.endswith((":", ";", ",", "./.")):
        return False
    if next_line is not None and is_meta_line(next_line):
        return True
    short = words <= _SHORT_TITLE_WORDS
    if _FINAL_PERIOD_RE.search(line):
        longer_follows = next_line is not None and len(next_line.split()) > words
        return short and longer_follows and not starts_with_time_cue(line) and not _INNER_SENTENCE_END_RE.search(line)
    return short or not (starts_with_time_cue(line) or _INNER_SENTENCE_END_RE.search(line))


def is_meta_line(line: str) -> bool:
    """A publication stamp or a category line, which may sit between a headline and its body.

    >>> is_meta_line("Chuyên mục: Tin tức"), is_meta_line("(17:30 11/01/2023)"), is_meta_line("Tin tức")
    (True, True, False)
    """
    return parse_stamp_line(line)[0] or category_from_cue(line) is not None


# --- Category ---------------------------------------------------------------------------------------------------

_CATEGORY_CUE_RE = re.compile(r"^(?:chuyên\s+mục|danh\s+mục|thể\s+loại)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+[>»›/|]\s+")


def category_from_cue(line: str) -> str | None:
    """The value of a "Chuyên mục: ..." line, or the last step of a breadcrumb ("Trang chủ > Tin tức > Chính trị").

    >>> category_from_cue("Chuyên mục: tin-tuc-su-kien.tin-chinh-tri-xa-hoi")
    'tin-tuc-su-kien.tin-chinh-tri-xa-hoi'
    >>> category_from_cue("Trang chủ » Tin tức » Chính trị"), category_from_cue("Hội nghị / hội thảo năm 2020")
    ('Chính trị', None)
    """
    if len(line) > 150:
        return None
    match = _CATEGORY_CUE_RE.match(line)
    if match:
        return match.group("value").strip()
    steps = _BREADCRUMB_SPLIT_RE.split(line)
    if len(steps) >= 2 and all(0 < len(s.split()) <= 4 and not any(c.isdigit() for c in s) for s in steps):
        return steps[-1].strip()
    return None


# Syllables that news portals name their sections with ("Chính trị", "Quốc phòng - An ninh", "Tin tức - Sự kiện").
_SECTION_WORDS = (
    "chính trị kinh tế xã hội văn hóa thể thao giáo dục y quốc phòng an ninh pháp luật tin tức sự kiện thời "
    "hoạt động đời sống nông nghiệp thôn mới du lịch khoa học công nghệ môi trường xây dựng đảng hđnd ubnd chỉ "
    "đạo điều hành thông báo địa phương trong nước ngoài thế giới doanh giải trí sức khỏe bạn đọc nội trật tự cải "
    "cách tuyên truyền mặt trận đoàn cơ sở nhân dân biển đảo chuyển đổi số kỳ họp các ngành và chuyên đề bài "
    "viết nổi bật mới nhất tổng hợp hướng dẫn quy định chính sách lao động việc làm tài nguyên giao thông"
)
_SECTION_SYLLABLES = frozenset(_SECTION_WORDS.split())


def looks_like_category(line: str, next_line: str | None) -> bool:
    """A bare section name above a longer headline: one to four words, all of them section-name words.

    >>> looks_like_category("Chính trị", "HĐND các cấp huyện triển khai chương trình công tác năm 2023")
    True
    >>> looks_like_category("Chính trị", None), looks_like_category("Doanh nghiệp kêu khó", "Giá điện tăng từ hôm nay")
    (False, False)
    """
    words = [w for w in re.split(r"[\s,&–-]+", match_key(line)) if w]
    if next_line is None or not 1 <= len(words) <= 5 or len(line) > 50 or not line[0].isupper():
        return False
    return all(w in _SECTION_SYLLABLES for w in words) and len(next_line.split()) > len(words) + 2
