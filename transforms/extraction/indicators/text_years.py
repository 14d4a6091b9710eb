"""What a sentence leaves open, read from the whole text: the year it is about, and which term "nhiệm kỳ qua" is."""

from __future__ import annotations

import functools
import re
from datetime import date

from transforms.extraction.indicators.periods import _COMPARISON_BASE_RE, _YEAR, Period
from transforms.text import document_tones

# A year the text itself gives, for periods written without one when the publication date is unknown: the year of
# its latest full date ("ngày 07/5/2020"; earlier ones are often the dates of documents it cites), else the single
# year it names most often ("năm 2020"). The day is written to begin with its digit, so that a search skips to digits.
_FULL_DATE_YEAR_RE = re.compile(
    rf"\d(?<![\d/.]\d)\d?\s*([/.-])\s*\d{{1,2}}\s*\1\s*(?P<year>{_YEAR})(?!\d)"
    rf"|ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+(?P<year2>{_YEAR})",
    re.I,
)
# "năm 2020", not after a letter or "sinh": written to begin with its first letter in both cases (the only characters
# that match "n" without regard to case) and its look-behinds read after it, so that a search skips to those letters
# instead of trying the look-behinds at every character.
_NAMED_YEAR_RE = re.compile(rf"[nN](?<!\w[nN])(?<!(?i:sinh)\s[nN])(?i:ăm\s+({_YEAR})(?![\w/-]|\s*[-–—]\s*\d))")


def text_year(text: str) -> int | None:
    """The year a text is about when nothing else says: its latest full date's, else its most named single year
    (the later one on a tie; birth years aside); None when it names none.

    >>> text_year("Theo Quyết định ngày 12/5/2011, chiều ngày 07/5/2020, Chi bộ tổ chức Đại hội nhiệm kỳ 2020-2025")
    2020
    >>> text_year("Ngày 15/09, hội nghị bàn nhiệm vụ 3 tháng cuối năm 2020 và năm 2021, năm 2020"), text_year("không")
    (2020, None)
    """
    return _text_year(text)


@functools.lru_cache(maxsize=16)  # each extractor of a document asks for its year
def _text_year(text: str) -> int | None:
    dated = [int(m.group("year") or m.group("year2")) for m in _FULL_DATE_YEAR_RE.finditer(text)]
    if dated:
        return max(dated)
    counts: dict[int, int] = {}
    for m in _NAMED_YEAR_RE.finditer(document_tones(text)):
        if not _COMPARISON_BASE_RE.search(text[max(0, m.start() - 30) : m.start()]):
            year = int(m.group(1))
            counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


_TERM_RE = re.compile(rf"nhiệm\s+kỳ\s*(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR})", re.I)
_PAST_TERM_RE = re.compile(r"nhiệm\s+kỳ\s+(?:vừa\s+)?qua", re.I)


def resolve_past_term(period: Period, text: str, year: int | None) -> Period:
    """ "nhiệm kỳ qua" dated as the term before the one the text names as current in `year` (the latest term
    written that has begun by then): in an article on a 2020-2025 congress it is 2015-2020. Any other period is
    returned as it is.

    >>> resolve_past_term(("Nhiệm kỳ qua", None, None), "Đại hội nhiệm kỳ 2020-2025", 2020)
    ('Nhiệm kỳ qua', datetime.date(2015, 1, 1), datetime.date(2020, 12, 31))
    >>> resolve_past_term(("nhiệm kỳ qua", None, None), "không nêu nhiệm kỳ", 2020)
    ('nhiệm kỳ qua', None, None)
    """
    label, start, _ = period
    if label is None or start is not None or not _PAST_TERM_RE.fullmatch(label):
        return period
    terms = [(int(m.group("y1")), int(m.group("y2"))) for m in _TERM_RE.finditer(document_tones(text))]
    current = [(y1, y2) for y1, y2 in terms if y1 < y2 and (year is None or y1 <= year)]
    if not current:
        return period
    y1, y2 = max(current)
    return label, date(y1 - (y2 - y1), 1, 1), date(y1, 12, 31)
