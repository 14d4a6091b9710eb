"""The figures of one sentence: every number with a unit or a counted noun after it, its qualifier and its
offsets; dates, years, terms, ordinals, document numbers, ranges, denominators, targets and directives are not
figures. `units` reads the unit or counted noun after a number; `targets` finds the stretches that state targets
and directives.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from transforms.extraction.indicators.units import _noun_end, _unit_after
from transforms.extraction.indicators.vocabulary import (
    COUNT_NOUN_RE,
    ESTIMATE_NEARBY_RE,
    LETTER,
    OUT_OF_RE,
    QUALIFIER_BY_WORD,
    QUALIFIER_RE,
)
from transforms.text import AMOUNT_RE, parse_amount, parse_vietnamese_number

# ---------------------------------------------------------------------------------------------------------------
# What a number is not.
# ---------------------------------------------------------------------------------------------------------------
# A digit that starts a number: not after a letter, "/", ".", "," or a digit and a dash (written from the digit, so
# that a search skips to the digits).
_NUMBER_START_RE = re.compile(r"\d(?<![\w/.,]\d)(?<!\d[-–]\d)")
# Words right before a number that make it a date, ordinal, term, name or document number ("kỳ họp thứ 4",
# "Nghị quyết số 02", "khóa 20", "ngày 12", "Chỉ thị 05", "Km 15", "Covid 19").
_NOT_BEFORE_RE = re.compile(
    r"(?<!"
    + LETTER
    + r")(?:(?<!tổng\s)số|thứ|khóa|khoá|ngày|hôm|tháng|q(?:uý|úy)|kỳ|lần|đợt|vòng|điều|khoản|chương|mục|phần|"
    r"tổ|thôn|xóm|ấp|khu|khóm|đường|phố|quốc\s+lộ|tỉnh\s+lộ|tầng|phòng|lô|loại|hạng|cấp\s+độ|top|"
    r"nghị\s+quyết|nghị\s+định|quyết\s+định|chỉ\s+thị|chỉ\s+thi|thông\s+tư|kết\s+luận|đề\s+án|kế\s+hoạch|"
    r"công\s+văn|thông\s+báo|tờ\s+trình|luật|chương\s+trình|hướng\s+dẫn|quy\s+định|công\s+điện|"
    r"covid|trung\s+ương|km|tw|nq|qđ|ct|kl|ql|tl|đt|sđt|hotline|điện\s+thoại|fax|mã|biển|"
    r"nhiệm\s+kỳ|giai\s+đoạn|khung|bậc|lớp|phiên|bản|bảng|trang|hình|ảnh|sơ\s+đồ|mẫu|hạng\s+mục|"
    r"tuổi|lúc|vào\s+lúc)\s*[:.]?\s*$",
    re.I,
)
# What may follow a number that makes it a document code, a date or a range: "02-NQ/TU", "439 – QĐNS/TW",
# "12/5/2017", "13- 14/5".
_NOT_AFTER_RE = re.compile(
    r"\s*[-–]\s*[A-ZĐ]{2,}|/\s*[A-ZĐa-zđ]|\s*[-–]\s*\d|\d*/\d+/|/(?:19|20)\d{2}(?!\d)|\s*(?:tuổi|h\d|giờ|phút)(?!\w)"
)
_YEAR_RE = re.compile(r"19[5-9]\d|20\d{2}")
_OUT_OF_TOTAL_RE = re.compile(r"(?<!\w)trên\s+tổng\s+số\s*$", re.I)
_YEAR_BEFORE_RE = re.compile(r"(?<!\w)(?:năm|từ|đến|tới|cuối|đầu)\s*$", re.I)
_FRACTION_RE = re.compile(r"\s*(?:/|trên\s+(?:tổng\s+số\s+)?)\s*(\d+(?:[.,]\d+)*)(?![.,]?\d)", re.I)
# A range "25% - 35%", "5-7%": neither end is reported as a figure.
_RANGE_START_RE = re.compile(r"\s*[-–]\s*\d")
_RANGE_END_RE = re.compile(r"\d\s*(?:%|" + LETTER + r"+)?\s*[-–]\s*$")
# "trên 1 ha", "/1 ha", "mỗi 1 ha": the denominator of a rate, not a figure.
_PER_UNIT_BEFORE_RE = re.compile(r"(?:trên|mỗi|/)\s*$", re.I)


@dataclass(slots=True)
class Figure:
    """A figure found in one sentence, before it becomes an `IndicatorMention`."""

    value: float
    unit: str
    qualifier: str | None
    start: int  # the figure's words, qualifier included
    end: int
    number_start: int
    noun_start: int | None  # where the counted noun begins, for counts; it ends with the figure


def counted_noun(figure: Figure, s: str) -> str | None:
    """The counted noun of a count figure, from the sentence `s`."""
    if figure.noun_start is None:
        return None
    return " ".join(s[figure.noun_start : figure.end].split())


def words_after(figure: Figure, s: str) -> str:
    """The words after the figure up to the clause's end (at most ten words), from the sentence `s`."""
    rest = s[figure.end :]
    stop = re.search(r"[,;:.()\[\]!?]", rest)
    clause = rest[: stop.start()] if stop else rest
    return " ".join(clause.split()[:10])


# ---------------------------------------------------------------------------------------------------------------
# Finding figures
# ---------------------------------------------------------------------------------------------------------------
def find_figures(s: str) -> list[Figure]:
    """The figures of one sentence, in order.

    >>> [(f.value, f.unit, f.qualifier) for f in find_figures("đạt trên 11.800ha; trồng rừng mới 649ha")]
    [(11800.0, 'ha', 'over'), (649.0, 'ha', None)]
    >>> find_figures("Ngày 07/5/2020, kỳ họp thứ 4 khóa XXII, Nghị quyết số 02-NQ/TU, trong 5 năm qua")
    []
    """
    figures: list[Figure] = []
    pos = 0
    while True:
        m = _NUMBER_START_RE.search(s, pos)
        if m is None:
            break
        figure, resume = _figure_at(s, m.start())
        if figure is not None:
            figures.append(figure)
        pos = max(resume, m.start() + 1)
    return _drop_overlaps(figures)


# A vote count whose digits a word segmenter spaced apart: "3 9/4 0" is 39 of 40 votes.
_SPACED_VOTES_RE = re.compile(r"(\d) (\d)\s*/\s*(\d) (\d)(?!\d|[.,]\d)")
_VOTES_NEAR_RE = re.compile(r"phiếu|đại\s+biểu|biểu\s+quyết|tán\s+thành|đồng\s+ý", re.I)


def _spaced_votes(s: str, start: int) -> tuple[Figure | None, int]:
    """A vote count written "3 9/4 0" at `start` (the sentence must speak of votes): the figure 39, of 40.

    >>> f, _ = _spaced_votes("được bầu với số phiếu 3 9/4 0.", 22)
    >>> (f.value, f.unit, f.end)
    (39.0, 'count', 29)
    """
    m = _SPACED_VOTES_RE.match(s, start)
    if m is None or not _VOTES_NEAR_RE.search(s):
        return None, start
    value, total = int(m.group(1) + m.group(2)), int(m.group(3) + m.group(4))
    if value > total:
        return None, start
    end = m.end()
    noun = COUNT_NOUN_RE.match(s, end)
    noun_start = noun.start(1) if noun is not None else None
    end = _noun_end(s, noun) if noun is not None else end
    figure = Figure(value=float(value), unit="count", qualifier=None, start=start, end=end, number_start=start,
                     noun_start=noun_start)  # fmt: skip
    return figure, end


def _figure_at(s: str, start: int) -> tuple[Figure | None, int]:
    """The figure whose number starts at `start`, if it is one, and where to look for the next number."""
    spaced, resume = _spaced_votes(s, start)
    if spaced is not None:
        return spaced, resume
    amount = AMOUNT_RE.match(s, start)
    if amount is None:  # pragma: no cover - the start is a digit, so at least one digit matches
        return None, start + 1
    end = amount.end()
    before = s[:start]
    if _NOT_BEFORE_RE.search(before[-40:]) or _NOT_AFTER_RE.match(s, end) or _RANGE_END_RE.search(before[-40:]):
        return None, _skip_number_run(s, end)
    if _OUT_OF_TOTAL_RE.search(before[-25:]):  # "(trên tổng số 10.000 người)": the total another figure is of
        return None, _skip_number_run(s, end)
    if _YEAR_RE.fullmatch(amount.group(0)) and _YEAR_BEFORE_RE.search(before[-20:]):
        return None, _skip_number_run(s, end)  # "năm 2011 Người ...": a year, whatever follows
    value = parse_amount(amount.group(0))
    fraction_end = _fraction_end(s, end, amount.group(0), value)
    if fraction_end is None:
        return None, _skip_number_run(s, end)
    if value is None or not math.isfinite(value):
        return None, fraction_end
    unit, factor, unit_end, noun_start = _unit_after(s, fraction_end, amount.group(0), is_fraction=fraction_end != end)
    if unit is None and _is_stated_total(before, s, fraction_end, amount.group(0)):
        unit, factor, unit_end = "count", 1.0, fraction_end
    if unit is None:
        return None, fraction_end
    if _RANGE_START_RE.match(s, unit_end):  # "25% - 35%": a range, neither end a figure
        return None, _skip_number_run(s, unit_end)
    value *= factor
    if value == 0:  # "mức 0 đồng", "0 phiếu": an absence, not a reported figure
        return None, unit_end
    if value == 1 and _PER_UNIT_BEFORE_RE.search(before[-10:]):
        return None, unit_end
    qualifier, q_start = _qualifier(before)
    if unit == "count" and qualifier is None and _YEAR_RE.fullmatch(amount.group(0)):
        return None, unit_end  # "Highlander 2017 bản LE": an unqualified year-like count is a year or a name
    figure = Figure(
        value=value,
        unit=unit,
        qualifier=qualifier,
        start=q_start if q_start is not None else start,
        end=unit_end,
        number_start=start,
        noun_start=noun_start,
    )
    return figure, unit_end


# "Tổng số cấp ủy viên được bầu là 3.504, trong đó ...": a bare number that a "tổng số"/"số lượng" subject is said
# to be, ending its clause, is a count of that subject.
_TOTAL_SUBJECT_RE = re.compile(r"(?<!\w)(?:tổng\s+số|số\s+lượng)(?!\w)[^;:,.()]{1,80}?\s(?:là|đạt|có)\s*$", re.I)
_CLAUSE_END_RE = re.compile(r"\s*(?:[,;.)]|$|\s(?:trong|người|và)(?!\w))", re.I)


def _is_stated_total(before: str, s: str, end: int, number: str) -> bool:
    """Whether a bare number is the count a "tổng số ..." subject is said to be.

    >>> _is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504, trong đó", 8, "3.504")
    True
    >>> _is_stated_total("Tổng số cấp ủy viên được bầu là ", "là 3.504 tỷ", 8, "3.504")
    False
    """
    if re.search(r"[^\d.,]", number):
        return False  # a magnitude word without its unit is no count
    return bool(_TOTAL_SUBJECT_RE.search(before[-90:])) and bool(_CLAUSE_END_RE.match(s, end))


def _fraction_end(s: str, end: int, number: str, value: float | None) -> int | None:
    """Past "N/M" or "N trên (tổng số) M" after a plain number (the figure is N); `end` when there is no fraction;
    None when the fraction is no figure: a date, a proportion such as "2/3", or N above M.

    >>> _fraction_end("19/19 tiêu chí", 2, "19", 19.0), _fraction_end("đạt 2/3 số", 5, "2", 2.0)
    (5, None)
    """
    m = _FRACTION_RE.match(s, end)
    if m is None or not re.fullmatch(r"\d+(?:[.,]\d+)*", number):
        return end
    denominator = parse_vietnamese_number(m.group(1))
    if denominator is None or value is None or value > denominator or _NOT_AFTER_RE.match(s, m.end()):
        return None
    if m.group(0).lstrip().startswith("/") and denominator <= 4 and value < denominator:
        return None
    return m.end()


def _skip_number_run(s: str, pos: int) -> int:
    """Past the rest of a date, range or code ("12/5/2017", "2015-2020"), so none of its parts reads as a figure."""
    m = re.match(r"(?:\s*[-–/]\s*\d+(?:[.,]\d+)*)*", s[pos:])
    return pos + (m.end() if m else 0)


def _drop_overlaps(figures: list[Figure]) -> list[Figure]:
    """The figures in order, none sharing words with the one before (a qualifier may reach back)."""
    kept: list[Figure] = []
    for f in figures:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def _qualifier(before: str) -> tuple[str | None, int | None]:
    """The qualifier written right before a number, and where its words start.

    >>> _qualifier("đạt trên "), _qualifier("huy động gần "), _qualifier("ước đạt "), _qualifier("tổng số ")
    (('over', 4), ('nearly', 9), ('estimated', 0), (None, None))
    """
    offset = max(0, len(before) - 40)
    m = QUALIFIER_RE.search(before, offset)
    if m is not None:
        word = " ".join(m.group(1).casefold().split())
        if word == "trên" and OUT_OF_RE.search(before[offset : m.start(1)]):
            return None, None  # "97% trên 105 đại biểu": out of, not over
        return QUALIFIER_BY_WORD.get(word), m.start(1)
    recent = before[-30:]
    clause = re.split(r"[,;:(]|[.!?](?=\s)", recent)[-1]
    if ESTIMATE_NEARBY_RE.search(clause):
        return "estimated", None
    return None, None
