"""The year a date omits, from the best evidence the document has: its publication stamp, else the years the
article states as its own, the terms it names, an anniversary it reviews, and the latest day it speaks of as past.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from datetime import date

from transforms.model import DocumentContext
from transforms.text import DateMatch, find_dates, match_key, parse_term_years

_FLAGS = re.IGNORECASE
_TERM_WORD_RE = re.compile(r"nhiệm\s+kỳ\s*(?=(?:19|20)\d{2})", _FLAGS)
_YEAR_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})(?![\d/–-]|\s*[-–]\s*\d)", _FLAGS)
# Words before a year that make it a target, a term, a birth or the start of a past period, not the article's time.
_NOT_OWN_YEAR_RE = re.compile(
    r"(?:đến|tới|trước|tầm nhìn|định hướng|nhiệm kỳ|sinh|vào đảng|kết nạp|nhập ngũ|tốt nghiệp|từ|vào|hồi|so với|"
    r"cùng kỳ|thành lập|giai đoạn|dự kiến|là)(?:\s+(?:ngày|năm|tháng|cuối|đầu|hết))*\s*:?\s*(?:ngày\s*)?$",
    _FLAGS,
)
# "so với cùng kỳ năm 2016": the article's own year is the next one.
_SAME_PERIOD_RE = re.compile(r"cùng\s+kỳ(?:\s+năm)?\s+((?:19|20)\d{2})(?![\d/–-])", _FLAGS)
# Words right before a dated day or month that make it a deadline, a plan or a start still to come, not a past event:
# "trước ngày 31/3/2017", "áp dụng từ ngày 1/1/2018", "đến hết tháng 6-2019".
_NOT_PAST_BEFORE_RE = re.compile(
    r"(?:trước|đến|tới|từ|hạn|chậm\s+nhất|muộn\s+nhất|sẽ|dự\s+kiến|áp\s+dụng|hiệu\s+lực|thời\s+điểm|sinh)"
    r"(?:\s+(?:ngày|hôm|tháng|thời\s+điểm|năm|hết|cuối|đầu))*\s*:?\s*$",
    _FLAGS,
)
# Words in the same clause that make its dates a plan, a target or a coming anniversary: "Quốc hội sẽ ... bế mạc vào
# ngày 21/6/2017", "phấn đấu hoàn thành vào 30/6/2017", "thống nhất thời gian tổ chức Đại hội ... 12 và 13/9/2019".
_PLAN_CLAUSE_RE = re.compile(
    r"(?<!\w)(?:sẽ|dự\s+kiến|dự\s+định|phấn\s+đấu|chuẩn\s+bị|hướng\s+tới|tiến\s+tới|chào\s+mừng|"
    r"thời\s+gian\s+tổ\s+chức|hạn\s+chót|để\s+hoàn\s+thành|giao\s+nhiệm\s+vụ|khẩn\s+trương|đề\s+xuất|"
    r"hoàn\s+thành\s+(?:trước|trong))(?!\w)",
    _FLAGS,
)
_CLAUSE_BREAK_RE = re.compile(r"[.;!?\n](?:\s|$)")
_DONE_RE = re.compile(r"(?<!\w)(?:đã|trước đó|vừa)(?!\w)", _FLAGS)
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
    r"(?<!\w)(?:quy\s+hoạch|chuẩn\s+bị|tiến\s+tới|hướng\s+tới|dự\s+kiến|nhân\s+sự)(?!\w)", _FLAGS
)
_ANNIVERSARY_RE = re.compile(r"(?<![\d,.])(\d{1,3})\s+năm\s+(?!\d)", _FLAGS)
_ANNIVERSARY_CUES = ("thực hiện", "triển khai", "thi hành", "ngày thành lập", "kỷ niệm", "sơ kết", "tổng kết", "sau")
_YEAR_ANYWHERE_RE = re.compile(r"(?<![\d/])((?:19|20)\d{2})(?![\d/])")
_PUBLISHED_SLACK_DAYS = 45


def _explicit_years(text: str, month: int | None = None) -> list[int]:
    """Years the article states as years of its own time: "năm 2020" and dated days, not terms, targets, citations,
    births or the start of a past period; the year after "cùng kỳ năm 2019". A meeting between April and September
    (`month`) adopts the programmes of the next year ("chương trình giám sát năm 2020"): their year counts as the
    one before (the last quarter is left to `_likely_year`).

    >>> _explicit_years("nhiệm vụ năm 2021, tầm nhìn đến năm 2030, nhiệm kỳ 2020-2025, sinh năm 1970, ngày 7/5/2020")
    [2021, 2020]
    >>> _explicit_years("thông qua chương trình giám sát năm 2020; tăng 5% so với cùng kỳ năm 2018", 7)
    [2019, 2019]
    """
    found = [(m.start(), int(m.group(1))) for m in _YEAR_RE.finditer(text)]
    found += [(d.char_start, d.year) for d in find_dates(text) if d.year is not None and not d.reference and d.is_day]
    own = []
    for start, year in sorted(found):
        if _NOT_OWN_YEAR_RE.search(text[max(0, start - 30) : start]):
            continue
        plan = month is not None and 4 <= month <= 9 and _is_plan_year(text, start)
        own.append(year - 1 if plan else year)
    return own + [int(m.group(1)) + 1 for m in _SAME_PERIOD_RE.finditer(text)]


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


def past_bound(text: str, cited: bool = True) -> date | None:
    """The latest day the article speaks of as past: a dated event or a cited document ("Quyết định số 439 ngày
    6/2/2017"), or the first day of a dated month ("cuối tháng 12/2018"; "từ tháng 3/2017" is not: a start may lie
    ahead). A meeting
    the article reports happens on or after it. Deadlines, plans and starts ("trước ngày 31/3/2017", "áp dụng từ
    ngày 1/1/2018") are not past; cited documents count only when `cited`.

    >>> past_bound("theo Quyết định số 439-QĐNS/TW ngày 6/2/2017; tháng 5/2016; hoàn thành trước ngày 31/3/2018")
    datetime.date(2017, 2, 6)
    >>> past_bound("Sáng 8/2, Tỉnh ủy họp.") is None
    True
    """
    return _past_bound(text, cited)


@functools.lru_cache(maxsize=64)  # asked again for every date of the article whose year is inferred
def _past_bound(text: str, cited: bool) -> date | None:
    days = [
        d.start
        for d in find_dates(text)
        if d.year is not None and d.start is not None and (cited or not d.reference) and _is_past(text, d)
    ]
    return max(days, default=None)


def _is_past(text: str, d: DateMatch) -> bool:
    """Whether a dated day or month is told as past: no deadline or start word right before it, no plan in its
    clause.

    >>> t = "Ngày 12/5/2017, Tỉnh ủy ban hành kế hoạch. Quốc hội sẽ bế mạc vào ngày 21/6/2017."
    >>> [_is_past(t, d) for d in find_dates(t)]
    [True, False]
    """
    before = _NOT_PAST_BEFORE_RE.search(text, max(0, d.char_start - 30), d.char_start)
    if before and not (match_key(before.group(0)).startswith("từ") and _told_done(text, d)):
        return False
    return not _in_plan_clause(text, d.char_start, d.char_end)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `text[start:end]`: from the last sentence break before it to the next one (200 at most)."""
    breaks_before = list(_CLAUSE_BREAK_RE.finditer(text, max(0, start - 200), start))
    clause_start = breaks_before[-1].end() if breaks_before else max(0, start - 200)
    after = _CLAUSE_BREAK_RE.search(text, end, end + 200)
    return clause_start, after.start() if after else min(len(text), end + 200)


def _told_done(text: str, d: DateMatch) -> bool:
    """Whether the clause of a "từ" date says what began then has happened: "Trước đó, từ tháng 3/2017, Ban
    Thường vụ đã điều động ông A"."""
    return bool(_DONE_RE.search(text, *_clause(text, d.char_start, d.char_end)))


def _in_plan_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around `text[start:end]` speaks of a plan: "Quốc hội sẽ bế mạc vào ngày 21/6/2017"."""
    return bool(_PLAN_CLAUSE_RE.search(text, *_clause(text, start, end)))


def _after_bound(year: int | None, bound: date | None, month: int | None, day: int | None) -> int | None:
    """`year`, moved forward to the first year in which day/month falls on or after `bound`.

    >>> _after_bound(2016, date(2017, 2, 6), 2, 8), _after_bound(2016, date(2016, 8, 18), 2, 8)
    (2017, 2017)
    >>> _after_bound(2020, date(2017, 2, 6), 9, 1), _after_bound(None, date(2017, 2, 6), None, None)
    (2020, 2017)
    """
    if bound is None:
        return year
    earliest = bound.year
    if month is not None and (month, day or 1) < (bound.month, bound.day if day is not None else 1):
        earliest += 1
    return earliest if year is None or year < earliest else year


def _likely_year(years: list[int], month: int | None) -> int:
    """The latest year stated about as often as the most stated one; the one before it when the meeting falls in
    the last quarter and that one is stated too ("tổng kết năm 2020, nhiệm vụ năm 2021" in December).

    >>> _likely_year([2017, 2017, 2017, 2018], None), _likely_year([2022, 2023, 2023], 1)
    (2017, 2023)
    >>> _likely_year([2020, 2021], 12)
    2020
    """
    counts = Counter(years)
    top = max(counts.values())
    latest = max(y for y, n in counts.items() if 2 * n >= top)
    if month is not None and month >= 10 and latest - 1 in counts:
        return latest - 1
    return latest


def _anniversary_year(text: str) -> int | None:
    """Y + N for "N năm thực hiện <something dated Y>": a review of N years of a resolution of Y happens in Y + N.

    >>> _anniversary_year("Sơ kết 5 năm thực hiện Nghị quyết số 02-NQ/TU ngày 12/5/2017 của BCH")
    2022
    """
    for m in _ANNIVERSARY_RE.finditer(text):
        span = int(m.group(1))
        tail = text[m.end() : m.end() + 160]
        tail_key = match_key(tail)
        if not 1 <= span <= 100 or not any(tail_key.startswith(c) for c in _ANNIVERSARY_CUES):
            continue
        tail = re.split(r"[;.!?\n](?:\s|$)", tail)[0]
        dated = [d.year for d in find_dates(tail) if d.year is not None]
        years = dated or [int(y) for y in _YEAR_ANYWHERE_RE.findall(tail)]
        if years:
            return years[0] + span
    return None


def _terms(text: str) -> list[tuple[int, int]]:
    """The (start, end) years of the terms the text names, in order, but those still to come.

    >>> _terms("Chủ tịch UBND nhiệm kỳ 2016-2021; quy hoạch Ban Chấp hành nhiệm kỳ 2021 - 2026")
    [(2016, 2021)]
    """
    out = []
    for m in _TERM_WORD_RE.finditer(text):
        years = parse_term_years(text[m.end() : m.end() + 16])
        clause = _CLAUSE_BREAK_RE.split(text[max(0, m.start() - 80) : m.start()])[-1]
        if years and not _FUTURE_TERM_RE.search(clause):
            out.append(years)
    return out


def _first_term(text: str) -> tuple[int, int] | None:
    """The years of the first term the text names ("nhiệm kỳ 2020-2025" -> (2020, 2025))."""
    return next(iter(_terms(text)), None)


def _term_start(text: str, latest: bool = False) -> int | None:
    """The start year of the first term the text names, or (`latest`) the latest start of any it names: every term
    an article names has begun, but a congress opens the first one it names.

    >>> t = "Phó Bí thư nhiệm kỳ 2015 - 2020; Chủ tịch UBND nhiệm kỳ 2016-2021"
    >>> _term_start(t), _term_start(t, latest=True)
    (2015, 2016)
    """
    starts = [years[0] for years in _terms(text)]
    return (max(starts) if latest else starts[0]) if starts else None


def infer_year(
    ctx: DocumentContext,
    month: int | None = None,
    congress: bool = False,
    day: int | None = None,
    term_start: int | None = None,
) -> int | None:
    """The year of a date written without one (`day`/`month`, where known), from the best evidence the document has.

    The publication stamp decides when there is one (the year before it when `month` lies well after the stamp).
    Otherwise a first guess: for a congress that opens a term (`term_start`, "Đại hội ... nhiệm kỳ 2020-2025"),
    that term's first year; else the latest year the article states about as often as the most stated one ("năm
    2020", dated days, the year after "cùng kỳ năm 2019"; not terms, targets, births or cited documents), or the one
    before it when the meeting falls in the last quarter and both are stated ("tổng kết năm 2020, nhiệm vụ năm
    2021"), kept within a year of the first term the article names; then, for a `congress`, the start of the term it
    opens, then an anniversary ("Sơ kết 5 năm thực hiện Nghị quyết ... ngày 12/5/2017" -> 2022); for any other
    meeting the anniversary first, then the latest start of a term the article names. The guess then moves forward
    to after the latest day the article speaks of as past (`past_bound`): a meeting on 8/2 reported with a decision
    of 6/2/2017 is in 2017, whatever term began in 2016. None when the text gives nothing.
    """
    published = ctx.published_at
    if published is not None:
        if month is not None and (month - published.month) * 30 > _PUBLISHED_SLACK_DAYS:
            return published.year - 1
        return published.year
    text = ctx.clean_text
    guess = term_start if congress and term_start else _guess_year(text, month, congress)
    # Alone, a cited document's date is too weak a clue: "Quyết định 49 (ngày 1/9/2011)" may be years old.
    return _after_bound(guess, past_bound(text, cited=guess is not None), month, day)


@functools.lru_cache(maxsize=64)  # asked again for every date of the article whose year is inferred
def _guess_year(text: str, month: int | None, congress: bool) -> int | None:
    """The year the article's own words point to, before the past bound is applied (see `infer_year`)."""
    years = _explicit_years(text, month)
    term = _first_term(text)
    if term:  # a meeting of the term the article names, or of the year either side of it
        years = [y for y in years if term[0] - 1 <= y <= term[1] + 1]
    if years:
        return _likely_year(years, month)
    if congress:
        return _term_start(text) or _anniversary_year(text)
    return _anniversary_year(text) or _term_start(text, latest=True)
