"""Dates as Vietnamese news writes them, the year they omit, and the date of the meeting an article reports.

Articles write "07/5/2020", "Ngày 15/09", "Sáng 6-2", "Trong hai ngày 13- 14/5/2020", "ngày 13 và 14/5",
"ngày 6 tháng 10 năm 2020", "tháng 12/2020" and ISO stamps. A date that belongs to a cited document
("Nghị quyết số 02-NQ/TU ngày 12/5/2017") is marked `reference`: it is never a meeting's date.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.text import match_key, unify_tones

_FLAGS = re.IGNORECASE
_D = r"(?<![\d/.,])(\d{1,2})"
# `_D` written to begin with its digit, where it opens a pattern: a pattern that opens with a digit is tried only where
# the text has digits, one that opens with a look-behind at every character.
_D_FIRST = r"(\d(?<![\d/.,]\d)\d?)"
_M = r"(\d{1,2})"
_Y = r"(\d{4})(?![\d/])"
# A word that makes "5/5" or "6-2" a day rather than a fraction or a score.
_CUE = r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|vào)(?:\s+(?:nay|qua|mai|mùng|mồng|ngày))*\s*\(?\s*"
_DAY_CUE_RE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)", _FLAGS)
_ISO_RE = re.compile(r"(\d(?<!\d\d)\d{3})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/])")
_WORDS_RE = re.compile(r"ngày\s+" + _D + r"\s+tháng\s+" + _M + r"(?:\s*(?:năm|,)\s*" + _Y + r")?(?!\d)", _FLAGS)
_CROSS_MONTH_RE = re.compile(
    _D_FIRST + r"\s*([/.-])\s*" + _M + r"\s*(?:[-–]|đến(?:\s+ngày)?)\s*" + _D + r"\s*\2\s*" + _M
    + r"(?:\s*\2\s*" + _Y + r")?(?![\d/])",
    _FLAGS,
)  # fmt: skip
_RANGE_SEP = r"\s*(?:[-–]|,|và|đến(?:\s+ngày)?)\s*"
_RANGE_RE = re.compile(
    r"(?:(" + _CUE + r")?)" + _D + r"(?:" + _RANGE_SEP + r"\d{1,2})*" + _RANGE_SEP + r"(\d{1,2})\s*/\s*" + _M
    + r"(?:\s*/\s*" + _Y + r")?(?![\d/])",
    _FLAGS,
)  # fmt: skip
_FULL_RE = re.compile(_D_FIRST + r"\s*([/.-])\s*" + _M + r"\s*\2\s*" + _Y)
_SHORT_RE = re.compile(r"(" + _CUE + r")" + _D + r"\s*([/-])\s*" + _M + r"(?![\d/-])", _FLAGS)
_MONTH_RE = re.compile(r"tháng\s+" + _M + r"\s*(?:[/.-]|năm)\s*" + _Y, _FLAGS)

# "<document> số 02-NQ/TU ngày" or "ban hành ngày" right before a date: the date is the document's.
_DOC_WORDS = (
    r"nghị quyết|quyết định|chỉ thị|kết luận|kế hoạch|thông báo|hướng dẫn|công văn|đề án|nghị định|thông tư|"
    r"quy định|tờ trình|chương trình|luật|pháp lệnh|văn bản|quy chế|đề cương|báo cáo"
)
_REFERENCE_TAIL_RE = re.compile(
    r"(?:(?:" + _DOC_WORDS + r")(?:\s+liên\s+tịch)?\s+(?:số\s*)?[\w./–-]*\d[\w./–-]*(?:\s*[–-]\s*[\w./]+)?"
    r"|số\s*\d+[\w./–-]*(?:\s*[–-]\s*[\w./]+)?"  # số 15/KH-UBND, số 439 – QĐNS/TW
    r"|\d+\s*[-–]?\s*(?:nq|qđ|ct|kl|kh|tb|hd|cv|ttr|bc|đa|qđi|qc)\b[\w./–-]*"  # 02-NQ/TU
    r"|ban\s+hành|ký|kí)"
    r"(?:\s*\([^()]{0,40}\))?(?:\s+của\s+[^,;.()]{1,60}?)?\s*,?\s*(?:ban\s+hành\s+|ký\s+)?(?:vào\s+)?\(?\s*ngày\s*$",
    _FLAGS,
)
_BIRTH_TAIL_RE = re.compile(r"(?<!\w)(?:sn|sinh(?:\s+ngày)?|ngày\s+sinh)\s*:?\s*$", _FLAGS)
_TERM_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")
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
_LINE_SPLIT_RE = re.compile(r"[^\n]+")
_DIGIT_RE = re.compile(r"\d")
_FALLBACK_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_PUBLISHED_SLACK_DAYS = 45


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date or a span of days found in text, with its offsets; `start`/`end` are None while the year is unknown.

    `day` is None for a whole month ("tháng 12/2020"); `year` is None where the text omits it; `reference` marks a
    cited document's date ("Nghị quyết số 02-NQ/TU ngày 12/5/2017").
    """

    char_start: int
    char_end: int
    text: str
    day: int | None
    month: int
    year: int | None
    end_day: int | None
    end_month: int
    end_year: int | None
    start: date | None
    end: date | None
    reference: bool = False

    @property
    def is_day(self) -> bool:
        """True for a day or a span of days, False for a whole month."""
        return self.day is not None


def _make_date(year: int | None, month: int, day: int | None, last: bool = False) -> date | None:
    if year is None or not 1 <= month <= 12:
        return None
    if day is None:
        day = calendar.monthrange(year, month)[1] if last else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plausible(day: int | None, month: int) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def _is_reference(text: str, start: int) -> bool:
    """True when the words right before `start` cite a document ("Nghị quyết số 02-NQ/TU ngày ") or give a birth
    ("SN 10/8/1963", "sinh ngày"): a date that is no meeting's.

    >>> t = "Nghị quyết số 02-NQ/TU ngày 12/5/2017"
    >>> _is_reference(t, t.index("12/5")), _is_reference("Ngày 12/5/2017", 5), _is_reference("ông A, SN 10/8/1963", 10)
    (True, False, True)
    """
    window = unify_tones(text[max(0, start - 120) : start])
    window = re.split(r"[;.!?\n](?:\s|$)", window)[-1]
    return bool(_REFERENCE_TAIL_RE.search(window) or _BIRTH_TAIL_RE.search(window))


def _match_fields(m: re.Match[str], kind: str) -> tuple[int | None, int, int | None, int | None, int, int | None]:
    """(day, month, year, end_day, end_month, end_year) of one regex match of the given kind."""
    g = m.groups()
    if kind == "iso":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
        return d, mo, y, d, mo, y
    if kind == "words":
        y = int(g[2]) if g[2] else None
        return int(g[0]), int(g[1]), y, int(g[0]), int(g[1]), y
    if kind == "cross":
        y = int(g[5]) if g[5] else None
        return int(g[0]), int(g[2]), y, int(g[3]), int(g[4]), y
    if kind == "range":
        y = int(g[4]) if g[4] else None
        return int(g[1]), int(g[3]), y, int(g[2]), int(g[3]), y
    if kind == "full":
        y = int(g[3])
        return int(g[0]), int(g[2]), y, int(g[0]), int(g[2]), y
    if kind == "short":
        return int(g[1]), int(g[3]), None, int(g[1]), int(g[3]), None
    y = int(g[1])  # month
    return None, int(g[0]), y, None, int(g[0]), y


def _accept(m: re.Match[str], kind: str) -> bool:
    """Rules a regex cannot say: a range needs a cue word or a year; days must be in order."""
    if kind == "short" and m.group(3) == "-":
        return bool(_DAY_CUE_RE.match(m.group(1)))
    if kind == "range":
        has_cue = bool(m.group(1))
        if not has_cue and not m.group(5):
            return False
        return int(m.group(2)) < int(m.group(3)) <= 31
    return True


@dataclass(frozen=True, slots=True)
class _Stretches:
    """Where a date pattern can match: in a stretch of letters, digits, spaces and `marks` (what its matches are made
    of) that holds a digit. Any other character bounds a stretch: no match takes it in, and the pattern's look-aheads
    (all one character long, none of them for such a character) read it as they read the text's end. Searching only
    those stretches finds what searching the whole text finds, skipping the stretches without digits."""

    bound: re.Pattern[str]  # the first bounding character from a position
    last_bound: re.Pattern[str]  # the last one before a position

    @classmethod
    def of(cls, marks: str) -> _Stretches:
        char = rf"[^\w\s{re.escape(marks)}]"
        return cls(re.compile(char), re.compile(rf"(?s).*{char}"))

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, searched in the stretches with a digit only.

        >>> [m.group(0) for m in _Stretches.of("(/-").finditer(_SHORT_RE, "Sáng 6-2; không số. Ngày 15/09")]
        ['Sáng 6-2', 'Ngày 15/09']
        """
        pos = 0
        while (digit := _DIGIT_RE.search(text, pos)) is not None:
            before = self.last_bound.match(text, pos, digit.start())
            after = self.bound.search(text, digit.start())
            end = after.start() if after else len(text)
            yield from pattern.finditer(text, before.end() if before else pos, end)
            pos = end + 1


# (kind, pattern, the stretches to search, or None for the whole text): the patterns that open with a cue word are
# tried at every character, so they are searched only near digits.
_PATTERNS: tuple[tuple[str, re.Pattern[str], _Stretches | None], ...] = (
    ("iso", _ISO_RE, None),
    ("words", _WORDS_RE, None),
    ("cross", _CROSS_MONTH_RE, None),
    ("range", _RANGE_RE, _Stretches.of("(-–,/")),
    ("full", _FULL_RE, None),
    ("short", _SHORT_RE, _Stretches.of("(/-")),
    ("month", _MONTH_RE, None),
)


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date in `text`, in order; a date written without a year takes `default_year`.

    >>> [(d.start.isoformat(), d.end.isoformat()) for d in find_dates("Trong hai ngày 13- 14/5/2020, Đảng bộ ...")]
    [('2020-05-13', '2020-05-14')]
    >>> d = find_dates("Ngày 15/09, Ban Chấp hành ...", 2020)[0]
    >>> d.start, d.year, d.text
    (datetime.date(2020, 9, 15), None, '15/09')
    >>> [d.reference for d in find_dates("Nghị quyết số 02-NQ/TU ngày 12/5/2017; sáng 5/5", 2022)]
    [True, False]
    """
    return list(_find_dates(text, default_year))


# A document's whole text is searched for dates again for every date whose year it must infer: keep the last few.
@functools.lru_cache(maxsize=256)
def _find_dates(text: str, default_year: int | None) -> tuple[DateMatch, ...]:
    if not _DIGIT_RE.search(text):  # every pattern needs a digit
        return ()
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, pattern, stretches in _PATTERNS:
        for m in pattern.finditer(text) if stretches is None else stretches.finditer(pattern, text):
            lead = len(m.group(1)) if kind in ("short", "range") and m.group(1) else 0
            start, end = m.start() + lead, m.end()
            if any(start < e and s < end for s, e in taken) or not _accept(m, kind):
                continue
            day, month, year, end_day, end_month, end_year = _match_fields(m, kind)
            if not (_plausible(day, month) and _plausible(end_day, end_month)):
                continue
            found_date = with_year(
                DateMatch(start, end, text[start:end], day, month, year, end_day, end_month, end_year, None, None,
                          reference=_is_reference(text, m.start())),
                default_year,
            )  # fmt: skip
            if found_date.start is None and (year is not None or default_year is not None):
                continue  # an impossible day such as 31/4
            taken.append((start, end))
            found.append(found_date)
    return tuple(sorted(found, key=lambda d: d.char_start))


def parse_term_years(s: str) -> tuple[int, int] | None:
    """The (start, end) years of a term or period written "2020 - 2025", "2020–2025", "2016 -2021".

    >>> parse_term_years("nhiệm kỳ 2020 - 2025"), parse_term_years("2016 -2021"), parse_term_years("năm 2020")
    ((2020, 2025), (2016, 2021), None)
    """
    m = _TERM_RE.search(s)
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if start < end <= start + 10 else None


def sentence_spans(ctx: DocumentContext) -> list[Sentence]:
    """The document's sentences, cut again at line breaks and trimmed; the whole text split simply if none are given."""
    return list(_sentence_spans(ctx.clean_text, tuple(ctx.sentences)))


@functools.lru_cache(maxsize=16)  # the session, lead and event-date readers of a document each ask
def _sentence_spans(text: str, given: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    sentences = given or (Sentence(0, len(text)),)
    spans: list[Sentence] = []
    for s in sentences:
        for line in _LINE_SPLIT_RE.finditer(text, s.start, s.end):
            pieces = [line] if given else list(_FALLBACK_SENTENCE_RE.finditer(text, line.start(), line.end()))
            for piece in pieces:
                chunk = piece.group(0)
                left = len(chunk) - len(chunk.lstrip())
                right = len(chunk.rstrip())
                if right > left:
                    spans.append(Sentence(piece.start() + left, piece.start() + right))
    return tuple(spans)


def title_span(ctx: DocumentContext, spans: list[Sentence] | None = None) -> Sentence | None:
    """The title's sentence: the first line of the text when the document has a title."""
    if not ctx.title:
        return None
    spans = spans if spans is not None else sentence_spans(ctx)
    first_line_end = ctx.clean_text.find("\n")
    first_line_end = len(ctx.clean_text) if first_line_end < 0 else first_line_end
    if spans and spans[0].start < first_line_end and match_key(ctx.title)[:20] in match_key(ctx.clean_text[:200]):
        return Sentence(spans[0].start, min(first_line_end, spans[0].end))
    return None


def lead_spans(ctx: DocumentContext, count: int = 2) -> list[Sentence]:
    """The opening of the article: its title (if any) and the first `count` sentences of a real size after it."""
    spans = sentence_spans(ctx)
    title = title_span(ctx, spans)
    lead = [title] if title else []
    for s in spans:
        if title and s.start < title.end:
            continue
        if s.end - s.start >= 25:
            lead.append(s)
        if len(lead) - (1 if title else 0) >= count:
            break
    return lead


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


def with_year(d: DateMatch, year: int | None) -> DateMatch:
    """The same match with `year` standing in for the one the text omits (a written year is kept)."""
    y0 = d.year if d.year is not None else year
    y1 = d.end_year if d.end_year is not None else year
    start, end = _make_date(y0, d.month, d.day), _make_date(y1, d.end_month, d.end_day, last=True)
    if start is None or end is None or end < start:
        start = end = None
    return replace(d, start=start, end=end)


def dates_in(
    ctx: DocumentContext, span: Sentence, congress: bool = False, term_start: int | None = None
) -> list[DateMatch]:
    """The dates of one sentence, offsets into `clean_text`, years filled in from the document (`congress`: the
    dates of a congress, which opens the term the article names, or `term_start`'s term where its words name it)."""
    text = ctx.clean_text
    out = []
    for d in find_dates(text[span.start : span.end]):
        start = d.char_start + span.start
        shifted = replace(d, char_start=start, char_end=d.char_end + span.start,
                          reference=d.reference or _is_reference(text, start))  # fmt: skip
        if shifted.start is None:
            shifted = with_year(shifted, infer_year(ctx, d.month, congress, d.day, term_start))
        out.append(shifted)
    return out


def infer_event_date(ctx: DocumentContext, sessions: list[SessionMention]) -> date | None:
    """The date of the main meeting reported: the first session's start, else the first own date of the lead.

    None when the text gives no date.
    """
    for s in sessions:
        if s.start_date is not None:
            return s.start_date
    for span in lead_spans(ctx):
        for d in dates_in(ctx, span):
            if d.is_day and not d.reference and d.start is not None:
                return d.start
    return None
