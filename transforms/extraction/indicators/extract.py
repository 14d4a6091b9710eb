"""Reported figures of an article body: counts, money, areas, percentages and points, normalised.

`extract_indicators` reads every number of the body (never the title line) and keeps it only when a unit or a
counted noun follows it ("13 kỳ họp", "34 tỷ đồng", "95% chi bộ", "73,95 điểm", "19/19 tiêu chí", "127 bộ hồ sơ"),
a "tổng số ..." subject is said to be it ("Tổng số cấp ủy viên được bầu là 3.504") or it is a vote count ("với số
phiếu tuyệt đối 57/57"); lines linking to other articles have none. Dates, years, terms, ordinals, legal-document
numbers, ages, durations, per-unit denominators ("trên 1 ha") and supposed figures ("nếu ... thì ...") are never
figures. A figure set as a target, plan, directive or commitment is one, with measure 'target' ("Phấn đấu 100%
...", "sẽ thông qua 4 tờ trình", "đồng ý hỗ trợ 68 tỷ đồng"); any other has measure 'actual'. Each figure gets its
qualifier (trên/hơn/vượt -> over, dưới -> under, tối thiểu/ít nhất/"từ N trở lên" -> at_least, tối đa/không quá ->
at_most, gần/xấp xỉ -> nearly, khoảng/chừng -> about, ước -> estimated), an indicator code where the trigger table
fits, a label in the article's words (`labels`) and the period it covers: the period written in its own clause,
else the one opening its sentence, else the one opening an earlier sentence of its paragraph ("Trong 9 tháng đầu
năm, ..."); a period said inside another clause is not carried over.

The words are data in `vocabulary`, `figures` finds the figures of a sentence, `targets` tells their measure and
`coding` codes them by the catalogue; this module reads the document, and labels and dates each figure.
"""

from __future__ import annotations

import re
import unicodedata

from transforms.extraction.indicators.catalogue import CATALOGUE
from transforms.extraction.indicators.coding import Previous, indicator_code, segment_start_of
from transforms.extraction.indicators.figures import find_figures
from transforms.extraction.indicators.labels import figure_label
from transforms.extraction.indicators.periods import (
    Period,
    find_periods,
    framing_period,
    period_at,
)
from transforms.extraction.indicators.targets import (
    LIST_ITEM_RE,
    Zone,
    figure_measure,
    heads_target_list,
    stated_zones,
)
from transforms.extraction.indicators.text_years import resolve_past_term, text_year
from transforms.model import DocumentContext, IndicatorMention, Sentence
from transforms.text import document_tones, match_key


def extract_indicators(ctx: DocumentContext) -> list[IndicatorMention]:
    """Every reported figure of the article body, in text order.

    >>> from transforms.model import Sentence
    >>> text = "Tổng thu ngân sách đạt 34 tỷ đồng, bằng 135% cùng kỳ."
    >>> [(m.value, m.unit, m.indicator_code) for m in extract_indicators(
    ...     DocumentContext(clean_text=text, sentences=(Sentence(0, len(text)),)))]
    [(34000000000.0, 'VND', 'budget_revenue'), (135.0, 'percent', 'budget_revenue_vs_same_period')]
    """
    text = ctx.clean_text or ""
    work = _working_text(text)
    excluded = _title_spans(text, ctx.title) + _link_spans(text)
    published_year = ctx.published_at.year if ctx.published_at is not None else None
    # a period written without its year takes the publication year, else the year the text itself points to; only a
    # known publication year tells a target year ("đến năm 2025") from a past one
    default_year = published_year if published_year is not None else text_year(text)
    mentions: list[IndicatorMention] = []
    paragraph: list[Sentence] = []  # the sentences before this one in its paragraph, which may give its period
    under_targets = False  # in the list a heading of targets opened ("Các chỉ tiêu chủ yếu:" then "- ..." items)
    for sentence in _sentences(ctx, text):
        if paragraph and "\n" in text[paragraph[-1].end : sentence.start]:
            paragraph = []
        s_work = work[sentence.start : sentence.end]
        listed = under_targets and bool(LIST_ITEM_RE.match(s_work))
        found = _sentence_mentions(text, work, sentence, (published_year, default_year), paragraph, listed)
        mentions.extend(m for m in found if not any(s <= m.char_start < e for s, e in excluded))
        paragraph.append(sentence)
        under_targets = listed or heads_target_list(s_work, published_year)
    return mentions


def _sentence_mentions(
    text: str,
    work: str,
    sentence: Sentence,
    years: tuple[int | None, int | None],
    paragraph: list[Sentence],
    listed: bool = False,
) -> list[IndicatorMention]:
    """The figures of one sentence, coded in order (a comparison's code depends on the figure before it).

    `years` is (the publication year, which tells a target year from a past one; the year that a period written
    without one takes); `listed`, whether the sentence is an item of a list of targets."""
    s_work = work[sentence.start : sentence.end]
    s_text = text[sentence.start : sentence.end]
    figures = find_figures(s_work)
    zones = stated_zones(s_work, years[0]) if figures else []
    if listed:
        zones.append(Zone(0, len(s_work), "target"))
    measures = [figure_measure(s_work, zones, f.number_start) for f in figures]
    figures = [f for f, measure in zip(figures, measures, strict=True) if measure is not None]
    measures = [m for m in measures if m is not None]
    if not figures:
        return []
    default_year = years[1]
    periods = find_periods(s_text, default_year)
    mentions: list[IndicatorMention] = []
    previous = Previous()
    sibling: tuple[str, str] | None = None  # the unit and label of the figure just before
    segment_start = 0
    for figure, measure in zip(figures, measures, strict=True):
        lead_start = segment_start_of(s_work, segment_start, figure.start)
        since = s_work[segment_start : figure.start]
        code = indicator_code(figure, s_work[lead_start : figure.number_start], s_work, previous, since)
        if code is not None:
            label = CATALOGUE[code].label_vi
        else:
            label = figure_label(figure, s_text, lead_start, previous.label, sibling)
        period = period_at(s_text, periods, figure.number_start)
        if period[0] is None:
            period = _paragraph_period(text, paragraph, default_year)
        period = resolve_past_term(period, text, default_year)
        mentions.append(
            IndicatorMention(
                value=figure.value,
                unit=figure.unit,
                qualifier=figure.qualifier,
                indicator_code=code,
                indicator_label=label,
                text=s_text[figure.start : figure.end],
                char_start=sentence.start + figure.start,
                char_end=sentence.start + figure.end,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                period_label=period[0],
                period_start=period[1],
                period_end=period[2],
                measure=measure,
            )
        )
        previous.add(figure.unit, code, label)
        sibling = (figure.unit, label)
        segment_start = figure.end
    return mentions


def _paragraph_period(text: str, paragraph: list[Sentence], default_year: int | None) -> Period:
    """The period that opens the latest sentence before, within the paragraph, that opens with one ("Trong 9 tháng
    đầu năm ... . Tổng thu ngân sách đạt 34 tỷ đồng" covers the nine months); a period said inside another clause
    ("xã A đạt 19/19 tiêu chí ngay trong 6 tháng đầu năm") is not carried over."""
    for sentence in reversed(paragraph):
        period = framing_period(text[sentence.start : sentence.end], default_year)
        if period[0] is not None:
            return period
    return None, None, None


# ---------------------------------------------------------------------------------------------------------------
# Document structure
# ---------------------------------------------------------------------------------------------------------------
def _working_text(text: str) -> str:
    """The text with one tone-mark style for matching, when that keeps every offset; else the text itself."""
    unified = document_tones(text)
    return unified if len(unified) == len(text) else text


# A line that points to another article ("> > Xem thêm: 22 Ủy viên UBND ...", "Tin liên quan: ..."): its numbers are
# that article's headline, not figures of this one.
_LINK_LINE_RE = re.compile(r"[ \t]*(?:>[ \t>]*|(?:Xem|Đọc)\s+thêm\s*:|Tin\s+liên\s+quan\s*:)[^\n]*", re.I)


def _link_spans(text: str) -> list[tuple[int, int]]:
    """The lines of `text` that link to other articles.

    >>> _link_spans("Tổ chức 5 kỳ họp.\\n> > Xem thêm: 105 đại biểu HĐND")
    [(18, 49)]
    """
    spans = []
    pos = 0
    for line in text.split("\n"):
        if _LINK_LINE_RE.fullmatch(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _title_spans(text: str, title: str | None) -> list[tuple[int, int]]:
    """The title line (the first line, when the document has a title that it repeats) and any line repeating it.

    >>> _title_spans("Tổ chức 5 kỳ họp\\nNăm nay tổ chức 5 kỳ họp.", "Tổ chức 5 kỳ họp")
    [(0, 16)]
    """
    if not title or not title.strip():
        return []
    key = match_key(title)
    key_letters = len(key) - key.count(" ")
    spans: list[tuple[int, int]] = []
    pos = 0
    for index, line in enumerate(text.split("\n")):
        if index and _longer_than_key(line, key_letters):
            pos += len(line) + 1
            continue
        line_key = match_key(line)
        if line_key and (line_key == key or (index == 0 and (key in line_key or line_key in key))):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _longer_than_key(line: str, key_letters: int) -> bool:
    """Whether the key of a line in NFC is sure to hold more than `key_letters` characters besides spaces: keying
    drops only spaces from such a line, so it has at least as many others as the line.

    >>> _longer_than_key("Năm nay tổ chức", 10), _longer_than_key("Năm nay", 10)
    (True, False)
    """
    return len("".join(line.split())) > key_letters and unicodedata.is_normalized("NFC", line)


def _sentences(ctx: DocumentContext, text: str) -> list[Sentence]:
    """The document's sentences, or its non-empty lines when it has none; spans outside the text are dropped."""
    sentences = [s for s in ctx.sentences if 0 <= s.start < s.end <= len(text)]
    if sentences or not text:
        return sorted(sentences, key=lambda s: s.start)
    spans: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append(Sentence(pos, pos + len(line)))
        pos += len(line) + 1
    return spans
