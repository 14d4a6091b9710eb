"""The years an article states as its own ("6 tháng đầu năm 2017", "tháng 8/2025", the year after "cùng kỳ năm
2016"), the clauses that make a date a plan or a target, and the terms it names. Targets, plans, births, terms,
cited regulations and years long past are never the article's own years; the bounds its dated days set are read by
`bounds`, the years anniversaries and ages give by `marks`.
"""

from __future__ import annotations

import functools
import re

from transforms.extraction.dates.marks import age_year
from transforms.text import find_dates, parse_term_years

_FLAGS = re.IGNORECASE
_TERM_WORD_RE = re.compile(r"nhiệm\s+kỳ\s*(?=(?:19|20)\d{2})", _FLAGS)
# "\bnăm 2017", written to begin with its first letter in both cases (the only characters that match "n" without
# regard to case) and its look-behind read after it: a search through a whole article then skips to those letters
# instead of trying the look-behind at every character.
_YEAR_RE = re.compile(r"[nN](?<!\w[nN])(?i:ăm\s+((?:19|20)\d{2})(?![\d/–-]|\s*[-–]\s*\d))")
# Words before a year that make it a target, a term, a birth or the start of a past period, not the article's time.
_NOT_OWN_YEAR_RE = re.compile(
    r"(?:đến|tới|trước|tầm nhìn|định hướng|nhiệm kỳ|sinh|vào đảng|kết nạp|nhập ngũ|tốt nghiệp|từ|vào|hồi|so với|"
    r"cùng kỳ|thành lập|giai đoạn|dự kiến|là|từng|khởi công|hoàn thành|xây dựng|kháng chiến|ra đời|thời|"
    r"trong những|những|các|khoảng|sau|(?:bộ\s+)?luật[^,.;()]{0,25}|hiến pháp|pháp lệnh)"
    r"(?:\s+(?:ngày|năm|tháng|cuối|đầu|giữa|hết))*\s*:?\s*(?:ngày\s*)?$",
    _FLAGS,
)
# Words before "năm 2017" that make it a period the article reports on: "6 tháng đầu năm 2017", "kế hoạch năm".
_PERIOD_BEFORE_RE = re.compile(
    r"(?:tháng|quý\s+[ivx\d]+|đầu|cuối|giữa|trong|cả|của|kế\s+hoạch|nhiệm\s+vụ|tổng\s+kết|sơ\s+kết|kết\s+quả|"
    r"dự\s+toán|công\s+tác|chương\s+trình|hết|học|tuyển\s+sinh|hội\s+nghị|kỳ\s+họp|đại\s+hội|giao\s+ban|tết|dịp|"
    r"đợt|vụ)\s*$",
    _FLAGS,
)
# "so với cùng kỳ năm 2016": the article's own year is the next one.
_SAME_PERIOD_RE = re.compile(r"cùng\s+kỳ(?:\s+năm)?\s+((?:19|20)\d{2})(?![\d/–-])", _FLAGS)
# Words in the same clause that make its dates a plan, a target or a coming anniversary: "Quốc hội sẽ ... bế mạc vào
# ngày 21/6/2017", "phấn đấu hoàn thành vào 30/6/2017", "triển khai nhiệm vụ trọng tâm tháng 9/2025".
_PLAN_CLAUSE_RE = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|dự\s+định|phấn\s+đấu|chuẩn\s+bị|hướng\s+tới|tiến\s+tới|chào\s+mừng|"
    r"thời\s+gian\s+tổ\s+chức|hạn\s+chót|để\s+hoàn\s+thành|giao\s+nhiệm\s+vụ|khẩn\s+trương|đề\s+xuất|"
    r"hoàn\s+thành\s+(?:trước|trong)|nhiệm\s+vụ(?:\s+trọng\s+tâm)?\s+(?:tháng|quý))(?!\w)",
    _FLAGS,
)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?\n](?:\s|$)")
# A target set for a year, in its own part of a clause or the part before ("đến năm 2020 đạt 30%, năm 2030 khoảng 50%").
_TARGET_RE = re.compile(r"(?<!\w)(?:đến\s+năm|lộ\s+trình|tầm\s+nhìn)(?!\w)", _FLAGS)
_PART_BREAK_RE = re.compile(r"[,;.!?\n:]")
# The word of a programme for a year ("chương trình giám sát năm 2020", adopted mid-year for the next) and those
# that make it a review of one ("kết quả thực hiện chương trình năm 2018").
_PLAN_WORD_RE = re.compile(r"(?<!\w)chương\s+trình(?!\w)", _FLAGS)
_REVIEW_WORD_RE = re.compile(
    r"(?<!\w)(?:thực\s+hiện|kết\s+quả|đánh\s+giá|tổng\s+kết|sơ\s+kết|quyết\s+toán|hoàn\s+thành|báo\s+cáo|"
    r"điều\s+chỉnh)(?!\w)",
    _FLAGS,
)
# The name of a programme up to its year: a few words, no verb, no part of a year ("xây dựng luật, pháp lệnh").
_PROGRAMME_NAME_RE = re.compile(
    r"(?:\s*,?\s+(?!(?:tháng|quý|không|được|đã|sẽ|trong|thông|là)(?!\w))[\w&-]+){0,10}\s*", _FLAGS
)
# Words before a term that make it one still to come: "quy hoạch Ban Chấp hành Trung ương nhiệm kỳ 2021-2026".
_FUTURE_TERM_RE = re.compile(
    r"(?<!\w)(?:quy\s+hoạch|chuẩn\s+bị|tiến\s+tới|hướng\s+tới|dự\s+kiến|nhân\s+sự|dự\s+đại\s+hội|cấp\s+trên|"
    r"ứng\s+cử|bầu\s+cử)(?!\w)",
    _FLAGS,
)


def own_years(text: str, month: int | None = None) -> list[int]:
    """Years the article states as years of its own time: "năm 2020" and dated months ("tháng 8/2025"), not terms,
    targets, plans, citations, births, the start of a past period or a year long past ("khởi công năm 1973"); the
    year after "cùng kỳ năm 2019". A meeting between April and September (`month`) adopts the programmes of the next
    year ("chương trình giám sát năm 2020"): their year counts as the one before.

    >>> own_years("nhiệm vụ năm 2021, tầm nhìn đến năm 2030, nhiệm kỳ 2020-2025, sinh năm 1970, trong tháng 5/2020")
    [2021, 2020]
    >>> own_years("thông qua chương trình giám sát năm 2020; tăng 5% so với cùng kỳ năm 2018", 7)
    [2019, 2019]
    >>> own_years("Năm 2030 sẽ có 2 triệu ô tô")
    []
    """
    years, others = _own_years(text)
    programmes_ahead = month is not None and 4 <= month <= 9
    return [year - 1 if programmes_ahead and plan else year for year, plan in years] + list(others)


@functools.lru_cache(maxsize=64)
def _own_years(text: str) -> tuple[tuple[tuple[int, bool], ...], tuple[int, ...]]:
    """What `own_years` reads whatever the month, once per text: the stated years, each with whether it is a
    programme's year, and the years "cùng kỳ" and an age give."""
    found = [(m.start(), int(m.group(1)), False) for m in _YEAR_RE.finditer(text)]
    found += [(d.char_start, d.year, True) for d in find_dates(text) if d.year is not None and not d.is_day]
    own: list[tuple[int, bool]] = []
    periods = 0
    for start, year, month_named in sorted(found):
        if _NOT_OWN_YEAR_RE.search(text[max(0, start - 30) : start]) or _in_plan_part(text, start):
            continue
        if _in_target(text, start):
            continue
        plan = _is_plan_year(text, start)
        own.append((year, plan))
        periods += month_named or plan or bool(_PERIOD_BEFORE_RE.search(text, max(0, start - 25), start))
    same_period = [int(m.group(1)) + 1 for m in _SAME_PERIOD_RE.finditer(text)]
    if len(own) == 1 and not periods and not same_period:
        own = []  # one bare "năm 2015" is as often a story's past ("Đáng chú ý, năm 2015, ...") as its present
    aged = age_year(text)
    return tuple(own), tuple(same_period + ([aged] if aged else []))


def _in_plan_part(text: str, start: int) -> bool:
    """Whether the part of a clause holding the year at `start` (between commas) speaks of a plan: "Năm 2030 sẽ có 2
    triệu ô tô" (a plan elsewhere in the clause, "kỳ họp sẽ xem xét tình hình năm 2017", does not make it one).

    >>> t = "Năm 2030 sẽ có 2 triệu ô tô; kỳ họp sẽ xem xét kinh tế, xã hội năm 2017 và nhiệm vụ năm 2018"
    >>> [_in_plan_part(t, t.index(y)) for y in ("Năm 2030", "năm 2017")]
    [True, False]
    """
    before = _PART_BREAK_RE.split(text[max(0, start - 120) : start])[-1]
    after = _PART_BREAK_RE.split(text[start : start + 120])[0]
    return bool(_PLAN_CLAUSE_RE.search(before + after))


def _in_target(text: str, start: int) -> bool:
    """Whether the year at `start` is a target's: a target word in its part of the clause or the part before.

    >>> t = "đến năm 2020 đạt 30%, năm 2030 khoảng 50%; nhiệm vụ năm 2021, tầm nhìn đến năm 2030, ông A, tháng 5/2020"
    >>> [_in_target(t, t.index(y)) for y in ("2030 kh", "2021", "5/2020")]
    [True, False, False]
    """
    window = text[max(0, start - 160) : start]
    parts = _PART_BREAK_RE.split(window)
    return bool(_TARGET_RE.search(" ".join(parts[-2:])))


def _is_plan_year(text: str, start: int) -> bool:
    """Whether the year at `start` is the one a programme, budget or set of tasks is for, not a review of one.

    >>> t = "Nghị quyết về Chương trình xây dựng luật, pháp lệnh năm 2020; kết quả thực hiện chương trình năm 2018"
    >>> _is_plan_year(t, t.index("năm 2020")), _is_plan_year(t, t.index("năm 2018"))
    (True, False)
    >>> _is_plan_year("chương trình 3 tháng cuối năm 2020", 26)
    False
    """
    window = _CLAUSE_BREAK_RE.split(text[max(0, start - 100) : start])[-1]
    cues = list(_PLAN_WORD_RE.finditer(window))
    if not cues or not _PROGRAMME_NAME_RE.fullmatch(window, cues[-1].end()):
        return False  # "chương trình 3 tháng cuối năm 2020" is this year's; "rút khỏi chương trình, không ..."
    return not _REVIEW_WORD_RE.search(window[: cues[-1].start()][-30:])


def clause_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `text[start:end]`: from the last sentence break before it to the next one (200 at most)."""
    breaks_before = list(_CLAUSE_BREAK_RE.finditer(text, max(0, start - 200), start))
    clause_start = breaks_before[-1].end() if breaks_before else max(0, start - 200)
    after = _CLAUSE_BREAK_RE.search(text, end, end + 200)
    return clause_start, after.start() if after else min(len(text), end + 200)


def in_plan_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around `text[start:end]` speaks of a plan: "Quốc hội sẽ bế mạc vào ngày 21/6/2017"."""
    return bool(_PLAN_CLAUSE_RE.search(text, *clause_of(text, start, end)))


def terms(text: str) -> list[tuple[int, int]]:
    """The (start, end) years of the terms the text names, in order, but those still to come.

    >>> terms("Chủ tịch UBND nhiệm kỳ 2016-2021; quy hoạch Ban Chấp hành Trung ương nhiệm kỳ 2021 - 2026")
    [(2016, 2021)]
    """
    out = []
    for m in _TERM_WORD_RE.finditer(text):
        years = parse_term_years(text[m.end() : m.end() + 16])
        clause = _CLAUSE_BREAK_RE.split(text[max(0, m.start() - 80) : m.start()])[-1]
        if years and not _FUTURE_TERM_RE.search(clause):
            out.append(years)
    return out
