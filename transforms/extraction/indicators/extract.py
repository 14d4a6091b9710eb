"""Reported figures of an article body: counts, money, areas, percentages and points, normalised.

`extract_indicators` reads every number of the body (never the title line) and keeps it only when a unit or a
counted noun follows it ("13 kỳ họp", "34 tỷ đồng", "95% chi bộ", "73,95 điểm", "19/19 tiêu chí") or a "tổng số ..."
subject is said to be it ("Tổng số cấp ủy viên được bầu là 3.504"); lines linking to other articles have none.
Dates, years, terms, ordinals, legal-document numbers, ages, durations and per-unit denominators ("trên 1 ha") are
never figures, nor targets, plans and directives ("Phấn đấu 100% ...", "đề nghị ... bám sát 5 quy trình", "theo quy
hoạch ...", "phải tăng ..."). Each figure gets its
qualifier (trên/hơn/vượt -> over, dưới -> under, gần/xấp xỉ -> nearly, khoảng/chừng -> about, ước -> estimated),
an indicator code where the trigger table fits, a label in the article's words and the period it covers: the period
written in its own clause, else the one opening its sentence, else the one opening an earlier sentence of its
paragraph ("Trong 9 tháng đầu năm, ..."); a period said inside another clause is not carried over.

The words are data in `vocabulary` and `figures` finds the figures of a sentence;
this module reads the document, and codes, labels and dates each figure.
"""

from __future__ import annotations

import re
import unicodedata

from transforms.extraction.indicators.figures import Figure, counted_noun, find_figures, words_after
from transforms.extraction.indicators.periods import (
    Period,
    find_periods,
    framing_period,
    period_at,
)
from transforms.extraction.indicators.targets import target_zones
from transforms.extraction.indicators.text_years import resolve_past_term, text_year
from transforms.extraction.indicators.vocabulary import CODE_RULES, QUALIFIER_RE
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
    for sentence in _sentences(ctx, text):
        if paragraph and "\n" in text[paragraph[-1].end : sentence.start]:
            paragraph = []
        found = _sentence_mentions(text, work, sentence, (published_year, default_year), paragraph)
        mentions.extend(m for m in found if not any(s <= m.char_start < e for s, e in excluded))
        paragraph.append(sentence)
    return mentions


def _sentence_mentions(
    text: str, work: str, sentence: Sentence, years: tuple[int | None, int | None], paragraph: list[Sentence]
) -> list[IndicatorMention]:
    """The figures of one sentence, coded in order (a comparison's code depends on the figure before it).

    `years` is (the publication year, which tells a target year from a past one; the year that a period written
    without one takes)."""
    s_work = work[sentence.start : sentence.end]
    s_text = text[sentence.start : sentence.end]
    figures = find_figures(s_work)
    if figures:
        zones = target_zones(s_work, years[0])
        figures = [f for f in figures if not any(z0 <= f.number_start < z1 for z0, z1 in zones)]
    if not figures:
        return []
    default_year = years[1]
    periods = find_periods(s_text, default_year)
    mentions: list[IndicatorMention] = []
    previous_code: str | None = None
    previous_label: str | None = None
    segment_start = 0
    for figure in figures:
        lead_start = _segment_start(s_work, segment_start, figure.start)
        code = _indicator_code(figure, s_work[lead_start : figure.number_start], s_work, previous_code)
        label = _label(figure, s_text, lead_start, previous_label)
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
            )
        )
        if figure.unit != "percent":  # the figure that a following "bằng N% cùng kỳ" compares
            previous_code, previous_label = code, label
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
# Codes and labels
# ---------------------------------------------------------------------------------------------------------------
def _segment_start(s: str, previous_end: int, figure_start: int) -> int:
    """Where the words leading to a figure begin: after the previous figure and after the last ';'."""
    start = previous_end
    for m in re.finditer(r";", s[previous_end:figure_start]):
        start = previous_end + m.end()
    return start


def _indicator_code(figure: Figure, before: str, sentence: str, previous_code: str | None) -> str | None:
    """The first code of the trigger table that fits the figure, or None."""
    # a count is known by its noun and what follows it; a measure by the words after its unit
    after = sentence[figure.noun_start :] if figure.noun_start is not None else words_after(figure, sentence)
    around = before + " " + (counted_noun(figure, sentence) or "") + " " + words_after(figure, sentence)
    for rule in CODE_RULES:
        if figure.unit not in rule.units:
            continue
        if rule.previous is not None and (previous_code not in rule.previous or len(before.split()) > 3):
            continue  # a comparison belongs to the figure before it only when nothing else is named in between
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.search(after):
            continue
        if rule.around is not None and not rule.around.search(around):
            continue
        if rule.sentence is not None and not rule.sentence.search(sentence):
            continue
        if rule.unless is not None and rule.unless.search(around):
            continue
        return rule.code
    return None


_TRAILING_VERBS_RE = re.compile(
    r"(?:\s+(?:đạt|là|được|có|bằng|chiếm|với|tới|lên|đến|ở\s+mức|còn|tổng\s+cộng|gồm|khoảng|ước|ước\s+đạt|"
    r"ước\s+tính))+\s*$",
    re.I,
)


def _label(figure: Figure, s: str, lead_start: int, previous_label: str | None) -> str:
    """What the figure counts or measures, in the article's words (`s` is the sentence as written).

    A count names its noun; a share names what follows it ("95% chi bộ hoàn thành tốt nhiệm vụ"); anything else
    names the words leading to it ("Tổng thu ngân sách đạt 34 tỷ" -> "Tổng thu ngân sách"), and a comparison
    names the figure it compares ("bằng 135% cùng kỳ" -> "Tổng thu ngân sách so với cùng kỳ").
    """
    noun = counted_noun(figure, s)
    if figure.unit == "count" and noun:
        return noun
    after = words_after(figure, s)
    if figure.unit == "percent" and after and not _COMPARISON_AFTER_RE.match(after):
        return after
    lead = _lead_words(s[lead_start : figure.start])
    if previous_label and len(lead.split()) <= 1:
        base = re.split(r"\s(?:và|trong|để|của)\s|\d", after, maxsplit=1)[0]
        comparison = base if re.match(r"so(?!\w)", base, re.I) else f"so với {base}" if base else ""
        return " ".join(f"{previous_label} {lead} {comparison}".split())
    if figure.unit != "percent" and len(lead.split()) <= 2 and after and not _COMPARISON_AFTER_RE.match(after):
        return f"{lead} {after}".strip()
    return lead or after or figure.unit


_COMPARISON_AFTER_RE = re.compile(
    r"(?:so|cùng\s+kỳ|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|nq|trở\s+lên|trong|năm|/)(?!\w)", re.I
)


def _lead_words(before: str) -> str:
    """The words leading to a figure without its verb: the last clause, at most eight words.

    >>> _lead_words("Thu nhập bình quân đầu người ước đạt ")
    'Thu nhập bình quân đầu người'
    >>> _lead_words("; nhân dân đã hiến trên ")
    'nhân dân đã hiến'
    """
    parts = [" ".join(p.split()) for p in re.split(r"[;:]", before)]
    lead = next((p for p in reversed(parts) if p.strip(" ,")), "")
    qualifier = QUALIFIER_RE.search(lead)
    if qualifier is not None:
        lead = lead[: qualifier.start()]
    lead = _TRAILING_VERBS_RE.sub("", " " + lead).strip(" ,-–(").strip()
    if len(lead.split()) > 4 and "," in lead:
        lead = lead.rsplit(",", 1)[-1]
    lead = re.sub(r"^(?:và|trong\s+đó|thì|đó\s+là|là|có|gồm)\s+", "", lead.strip(" ,"), flags=re.I)
    return " ".join(lead.split()[-8:])


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
