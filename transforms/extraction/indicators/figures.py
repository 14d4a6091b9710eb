"""The figures of one sentence: every number with a unit or a counted noun after it (or a bare count, `bare`),
its qualifier and its offsets, including decimals written with a spaced comma ("17, 25 tiêu chí") and vote counts
a word segmenter spaced ("3 9/4 0"). `units` reads the unit or counted noun after a number; `not_figures` rules
out dates, years, terms, ordinals, document numbers, ranges and denominators.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from transforms.extraction.indicators.bare import is_stated_total, is_vote_fraction, past_fraction
from transforms.extraction.indicators.not_figures import (
    NOT_AFTER_RE,
    OUT_OF_TOTAL_RE,
    PER_UNIT_BEFORE_RE,
    RANGE_END_RE,
    RANGE_START_RE,
    YEAR_BEFORE_RE,
    YEAR_RE,
    is_named,
    skip_number_run,
)
from transforms.extraction.indicators.units import _noun_end, _unit_after
from transforms.extraction.indicators.vocabulary import (
    COUNT_NOUN_RE,
    ESTIMATE_NEARBY_RE,
    OUT_OF_RE,
    QUALIFIER_BY_WORD,
    QUALIFIER_RE,
)
from transforms.text import AMOUNT_RE, parse_amount

# ---------------------------------------------------------------------------------------------------------------
# What a number is not.
# ---------------------------------------------------------------------------------------------------------------
# A digit that starts a number: not after a letter, "/", ".", "," or a digit and a dash (written from the digit, so
# that a search skips to the digits).
_NUMBER_START_RE = re.compile(r"\d(?<![\w/.,]\d)(?<!\d[-–]\d)")
# "10% trở lên", "từ 5 tỷ đồng trở xuống": a lower or upper bound.
_BOUND_AFTER_RE = re.compile(r"\s*trở\s+(lên|xuống)(?!\w)", re.I)
_FROM_BEFORE_RE = re.compile(r"(?<!\w)từ\s*$", re.I)


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


# A decimal whose comma a writer spaced: "bình quân mỗi xã đạt 17, 25 tiêu chí" is 17.25, "41, 75 tỷ đồng" 41.75.
_SPACED_DECIMAL_RE = re.compile(r"(\d{1,3}),[ \t](\d{1,2})(?![\d.,/])")
# What makes "A, B" a list instead: a number before it, or one after it ("5, 6 hay 7 điểm", "2, 3, 4 điểm"); and a
# decimal is said, not named: a verb or a qualifier leads to it ("đạt 17, 25", not "mức độ 3, 13 dịch vụ").
_LIST_BEFORE_RE = re.compile(r"\d\s*,\s*$")
_DECIMAL_LEAD_RE = re.compile(
    r"(?<!\w)(?:đạt|là|có|được|lên|tới|đến|hơn|trên|khoảng|gần|xấp\s+xỉ|tăng|giảm|chiếm|bằng|còn|ước|với|mất|"
    r"thu|chi|vay|nợ)\s*$",
    re.I,
)
_LIST_AFTER_RE = re.compile(r"\s*(?:,|hay|hoặc|và|đến|tới|[-–])\s*\d", re.I)


def _spaced_decimal(s: str, start: int) -> tuple[Figure | None, int]:
    """A decimal written "17, 25" at `start` with a unit after it, unless the two numbers read as a list: two
    consecutive numbers ("9, 10 điểm"), or a list going on before or after them.

    >>> f, _ = _spaced_decimal("bình quân mỗi xã đạt 17, 25 tiêu chí", 21)
    >>> (f.value, f.unit, f.end)
    (17.25, 'count', 36)
    >>> _spaced_decimal("được 5, 6 điểm", 6)[0] is None, _spaced_decimal("chỉ số 50, 75 hay 100", 7)[0] is None
    (True, True)
    """
    m = _SPACED_DECIMAL_RE.match(s, start)
    if m is None or int(m.group(2)) == int(m.group(1)) + 1 or _LIST_BEFORE_RE.search(s[max(0, start - 8) : start]):
        return None, start
    if not _DECIMAL_LEAD_RE.search(s[max(0, start - 15) : start]):
        return None, start
    second = AMOUNT_RE.match(s, m.start(2))
    if second is None or _LIST_AFTER_RE.match(s, second.end()) or NOT_AFTER_RE.match(s, second.end()):
        return None, start
    number = f"{m.group(1)},{second.group(0)}"
    value = parse_amount(number)
    unit, factor, unit_end, noun_start = _unit_after(s, second.end(), number, is_fraction=False)
    if value is None or unit is None:
        return None, start
    qualifier, q_start = _qualifier(s[:start])
    figure = Figure(value=value * factor, unit=unit, qualifier=qualifier,
                    start=q_start if q_start is not None else start, end=unit_end, number_start=start,
                    noun_start=noun_start)  # fmt: skip
    return figure, unit_end


def _figure_at(s: str, start: int) -> tuple[Figure | None, int]:
    """The figure whose number starts at `start`, if it is one, and where to look for the next number."""
    spaced, resume = _spaced_votes(s, start)
    if spaced is not None:
        return spaced, resume
    before = s[:start]
    named = is_named(before, s[AMOUNT_RE.match(s, start).end() :])  # type: ignore[union-attr]
    if not named:
        spaced, resume = _spaced_decimal(s, start)
        if spaced is not None:
            return spaced, resume
    amount = AMOUNT_RE.match(s, start)
    if amount is None:  # pragma: no cover - the start is a digit, so at least one digit matches
        return None, start + 1
    end = amount.end()
    before = s[:start]
    if named or NOT_AFTER_RE.match(s, end) or RANGE_END_RE.search(before[-40:]):
        return None, skip_number_run(s, end)
    if OUT_OF_TOTAL_RE.search(before[-25:]):  # "(trên tổng số 10.000 người)": the total another figure is of
        return None, skip_number_run(s, end)
    if YEAR_RE.fullmatch(amount.group(0)) and YEAR_BEFORE_RE.search(before[-20:]):
        return None, skip_number_run(s, end)  # "năm 2011 Người ...": a year, whatever follows
    value = parse_amount(amount.group(0))
    fraction_end = past_fraction(s, end, amount.group(0), value)
    if fraction_end is None:
        return None, skip_number_run(s, end)
    if value is None or not math.isfinite(value):
        return None, fraction_end
    unit, factor, unit_end, noun_start = _unit_after(s, fraction_end, amount.group(0), is_fraction=fraction_end != end)
    if unit is None and is_stated_total(before, s, fraction_end, amount.group(0)):
        unit, factor, unit_end = "count", 1.0, fraction_end
    if unit is None and fraction_end != end and is_vote_fraction(s, before, end, fraction_end):
        unit, factor, unit_end = "count", 1.0, fraction_end  # "với số phiếu tuyệt đối 57/57": a vote count
    if unit is None:
        return None, fraction_end
    if RANGE_START_RE.match(s, unit_end):  # "25% - 35%": a range, neither end a figure
        return None, skip_number_run(s, unit_end)
    value *= factor
    if value == 0:  # "mức 0 đồng", "0 phiếu": an absence, not a reported figure
        return None, unit_end
    if value == 1 and PER_UNIT_BEFORE_RE.search(before[-10:]):
        return None, unit_end
    qualifier, q_start = _qualifier(before)
    bound = _BOUND_AFTER_RE.match(s, unit_end)
    if qualifier is None and bound is not None:  # "(từ) 10% trở lên": at least 10%
        qualifier = "at_least" if bound.group(1).casefold() == "lên" else "at_most"
        since = _FROM_BEFORE_RE.search(before[-10:])
        q_start = start - len(before[-10:]) + since.start() if since else None
    if unit == "count" and qualifier is None and YEAR_RE.fullmatch(amount.group(0)):
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
