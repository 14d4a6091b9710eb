"""The figures of one sentence: every number with a unit or a counted noun after it, its qualifier and its
offsets; dates, years, terms, ordinals, document numbers, ranges, denominators, targets and directives are not
figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from transforms.extraction.indicators.vocabulary import (
    BARE_MONEY_END_RE,
    CLASSIFIERS,
    COUNT_NOUN_RE,
    ESTIMATE_NEARBY_RE,
    LABEL_STOP_RE,
    LETTER,
    MEASURE_UNITS,
    OUT_OF_RE,
    POINT_RE,
    QUALIFIER_BY_WORD,
    QUALIFIER_RE,
    SCORE_CUE_RE,
)
from transforms.text import AMOUNT_RE, match_key, parse_amount, parse_vietnamese_number

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
# Cues that what follows is a target or a plan, not a reported result: they hold to the sentence's end
# ("Phấn đấu 100% chi bộ ..., 100% đảng viên ...", "Các chỉ tiêu chủ yếu gồm: ...; ...").
_TARGET_CUE_RE = re.compile(
    r"(?<!" + LETTER + r")(?:phấn\s+đấu|(?<!các\s)(?<!những\s)(?<!hiện\s)(?<!thành\s)(?<!đạt\s)(?<!trình\s)mục\s+tiêu"
    r"(?!\s+quốc\s+gia)|"
    r"chỉ\s+tiêu(?:(?!đạt|vượt|hoàn\s+thành)[^.;:]){0,60}:|kế\s+hoạch\s+năm[^.;:]{0,40}:|"
    r"dự\s+kiến|định\s+hướng|tầm\s+nhìn|hướng\s+tới|(?:theo|điều\s+chỉnh)\s+(?:quy|qui)\s+hoạch|"
    r"điều\s+chỉnh\s+đến\s+năm)"
    r"(?!" + LETTER + r")",
    re.I,
)
# Cues of a directive, a condition or a future, holding to the end of their clause (the next ";"): "đề nghị ...
# bám sát 5 quy trình", "năm tới sẽ ...", "nếu ... thì".
_DIRECTIVE_CUE_RE = re.compile(
    r"(?<!" + LETTER + r")(?:đề\s+nghị|yêu\s+cầu|cần\s+phải|sẽ|nếu|năm\s+tới|năm\s+sau|thời\s+gian\s+tới|"
    r"giai\s+đoạn\s+tới|phải\s+(?:tăng|đạt|giảm|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo))(?!" + LETTER + r")",
    re.I,
)
_FUTURE_YEAR_RE = re.compile(r"(?<!" + LETTER + r")(?:đến|tới|vào)\s+năm\s+((?:19|20)\d{2})", re.I)
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


def _unit_after(s: str, pos: int, number: str, is_fraction: bool) -> tuple[str | None, float, int, int | None]:
    """The unit after a number at `pos`: (unit, factor, end, counted noun's start); unit None when none follows.

    A number with magnitude words and no unit is money where it reads as money ("dự án 50 tỷ").
    """
    has_magnitude = re.search(r"tỷ|tỉ|triệu", number, re.I) is not None
    for unit, pattern, factor in MEASURE_UNITS:
        m = pattern.match(s, pos)
        if m is not None:
            return (None, 1.0, pos, None) if is_fraction and unit == "percent" else (unit, factor, m.end(), None)
    if not is_fraction:
        point = POINT_RE.match(s, pos)
        if point is not None and (re.search(r"[.,]\d", number) or SCORE_CUE_RE.search(s)):
            return "point", 1.0, point.end(), None
    noun = COUNT_NOUN_RE.match(s, pos)
    if noun is not None:
        return "count", 1.0, _noun_end(s, noun), noun.start(1)
    if has_magnitude and not is_fraction and BARE_MONEY_END_RE.match(s, pos):
        return "VND", 1.0, pos, None
    return None, 1.0, pos, None


def _noun_end(s: str, noun: re.Match[str]) -> int:
    """Where a counted noun's words end: a classifier takes the words naming its thing ("cuộc giám sát")."""
    word = match_key(noun.group(1))
    if word not in CLASSIFIERS:
        return noun.end()
    rest = s[noun.end() :]
    stop = LABEL_STOP_RE.search(rest)
    limit = stop.start() if stop else len(rest)
    words = list(re.finditer(r"\S+", rest[:limit]))[:4]
    return noun.end() + words[-1].end() if words else noun.end()


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


def target_zones(s: str, default_year: int | None) -> list[tuple[int, int]]:
    """The stretches of a sentence that state targets, plans or directives: from a target cue to the sentence's
    end, from a directive cue to its clause's end (the next ";"), from a year after the publication year to the end.

    >>> s = "Đề nghị rà soát; đã tổ chức 5 cuộc. Phấn đấu 100% chi bộ"
    >>> target_zones(s, None)
    [(7, 15), (44, 56)]
    """
    zones = [(m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE)) for m in _TARGET_CUE_RE.finditer(s)]
    zones += [(m.end(), _stop_after(s, m.end(), _CLAUSE_STOP_RE)) for m in _DIRECTIVE_CUE_RE.finditer(s)]
    if default_year is not None:
        zones += [
            (m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE))
            for m in _FUTURE_YEAR_RE.finditer(s)
            if int(m.group(1)) > default_year
        ]
    return sorted(zones)


# A sentence's end inside a span that may hold several (a whole line when the sentences were not split): a full stop
# after a lower-case word and before a space ("... nhiệm vụ. Hàng năm"), not after an abbreviation ("TP. HCM").
_SENTENCE_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)")
_CLAUSE_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)|;")


def _stop_after(s: str, pos: int, stop: re.Pattern[str]) -> int:
    """Where the sentence (or clause) that goes on at `pos` ends.

    >>> s = "Nếu thông qua, TP. HCM sẽ chi 720 tỷ đồng. Năm 2018 thu 5 tỷ"
    >>> _stop_after(s, 3, _SENTENCE_STOP_RE)
    41
    """
    for m in stop.finditer(s, pos):
        if m.group(0) == ";" or s[m.start() - 1].islower():
            return m.start()
    return len(s)
