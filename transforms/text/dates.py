"""Dates as Vietnamese news writes them, found in text with their offsets.

Articles write "07/5/2020", "Ngày 15/09", "Sáng 6-2", "Trong hai ngày 13- 14/5/2020", "ngày 13 và 14/5",
"ngày 6 tháng 10 năm 2020", "tháng 12/2020" and ISO stamps. A date that belongs to a cited document
("Nghị quyết số 02-NQ/TU ngày 12/5/2017") is marked `reference`: it is never a meeting's date. The year a date
omits is inferred by `transforms.extraction.dates.years`; the date of the meeting an article reports by
`transforms.extraction.dates.event`.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from transforms.text.keys import unify_tones

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
# How every match of `_REFERENCE_TAIL_RE` ends, before white space: a window that does not end so cites nothing.
_REFERENCE_END_RE = re.compile(r"ngày", _FLAGS)
_BIRTH_TAIL_RE = re.compile(r"(?<!\w)(?:sn|sinh(?:\s+ngày)?|ngày\s+sinh)\s*:?\s*$", _FLAGS)
# The bracket of an anniversary, "kỷ niệm 92 năm Ngày Báo chí (21/6/1925 - 21/6/2017)": both days mark the day
# remembered, not a meeting's.
_ANNIVERSARY_TAIL_RE = re.compile(
    r"(?:(?:kỷ|kỉ)\s+niệm|(?<![\d,.])\d{1,3}\s+năm\s+ngày)[^().;!?\n]{0,160}\(\s*(?:[\d\s/.-]{4,12}[-–]\s*)?$", _FLAGS
)
_TERM_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date or a span of days found in text, with its offsets; `start`/`end` are None while the year is unknown.

    `day` is None for a whole month ("tháng 12/2020"); `year` is None where the text omits it; `reference` marks a
    cited document's date ("Nghị quyết số 02-NQ/TU ngày 12/5/2017"); `basis` says how the year of `start` is known:
    "stated" where the text writes it, else whatever `with_year` was told.
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
    basis: str | None = None

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


def is_reference(text: str, start: int) -> bool:
    """True when the words right before `start` cite a document ("Nghị quyết số 02-NQ/TU ngày "), give a birth
    ("SN 10/8/1963", "sinh ngày") or open an anniversary's bracket ("kỷ niệm 90 năm Ngày thành lập Đảng (3/2/1930 -
    3/2/2020)"): a date that is no meeting's.

    >>> t = "Nghị quyết số 02-NQ/TU ngày 12/5/2017"
    >>> is_reference(t, t.index("12/5")), is_reference("Ngày 12/5/2017", 5), is_reference("ông A, SN 10/8/1963", 10)
    (True, False, True)
    >>> t = "kỷ niệm 92 năm Ngày Báo chí (21/6/1925 - 21/6/2017)"
    >>> is_reference(t, t.index("21/6/1925")), is_reference(t, t.index("21/6/2017"))
    (True, True)
    """
    window = unify_tones(text[max(0, start - 120) : start])
    window = re.split(r"[;.!?\n](?:\s|$)", window)[-1]
    cited = _REFERENCE_END_RE.fullmatch(window.rstrip()[-4:]) is not None and _REFERENCE_TAIL_RE.search(window)
    return bool(cited or _BIRTH_TAIL_RE.search(window) or _ANNIVERSARY_TAIL_RE.search(window))


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
    of) that holds a digit and one of the `required` marks (every match has one). Any other character bounds a
    stretch: no match takes it in, and the pattern's look-aheads (all one character long, none of them for such a
    character) read it as they read the text's end. Searching only those stretches finds what searching the whole
    text finds, skipping the stretches without digits or without any of the required marks."""

    bound: re.Pattern[str]  # the first bounding character from a position
    last_bound: re.Pattern[str]  # the last one before a position
    required: re.Pattern[str]  # a required mark (one of `marks`)

    @classmethod
    def of(cls, marks: str, required: str) -> _Stretches:
        char = rf"[^\w\s{re.escape(marks)}]"
        return cls(re.compile(char), re.compile(rf"(?s).*{char}"), re.compile(f"[{re.escape(required)}]"))

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`, searched in the stretches with a digit only.

        >>> [m.group(0) for m in _Stretches.of("(/-", "/-").finditer(_SHORT_RE, "Sáng 6-2; số 5. Ngày 15/09")]
        ['Sáng 6-2', 'Ngày 15/09']
        """
        pos = 0
        while (mark := self.required.search(text, pos)) is not None:  # the marks are rarer than digits
            before = self.last_bound.match(text, pos, mark.start())
            after = self.bound.search(text, mark.start())
            start, end = before.end() if before else pos, after.start() if after else len(text)
            if _DIGIT_RE.search(text, start, end):
                yield from pattern.finditer(text, start, end)
            pos = end + 1


# (kind, pattern, the stretches to search, or None for the whole text): the patterns that open with a cue word are
# tried at every character, so they are searched only near digits and the marks between day and month.
_PATTERNS: tuple[tuple[str, re.Pattern[str], _Stretches | None], ...] = (
    ("iso", _ISO_RE, None),
    ("words", _WORDS_RE, None),
    ("cross", _CROSS_MONTH_RE, None),
    ("range", _RANGE_RE, _Stretches.of("(-–,/", "/")),
    ("full", _FULL_RE, None),
    ("short", _SHORT_RE, _Stretches.of("(/-", "/-")),
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
                          reference=is_reference(text, m.start()), basis="stated" if year is not None else None),
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


def with_year(d: DateMatch, year: int | None, basis: str | None = None) -> DateMatch:
    """The same match with `year` standing in for the one the text omits (a written year is kept), `basis` saying
    how that year is known."""
    y0 = d.year if d.year is not None else year
    y1 = d.end_year if d.end_year is not None else year
    start, end = _make_date(y0, d.month, d.day), _make_date(y1, d.end_month, d.end_day, last=True)
    if start is None or end is None or end < start:
        start = end = None
    return replace(d, start=start, end=end, basis=d.basis if d.year is not None else basis if start else None)
