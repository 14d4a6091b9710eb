"""Codes and labels of a sentence's figures, by the indicator catalogue: the first trigger rule that fits gives the
code; a follow-on clause in the same unit ("..., lũy kế ...") carries the code of the figure before; a figure with a
code is labelled with the catalogue's label, any other with the words that state it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.extraction.indicators.catalogue import CARRY_RE, CATALOGUE, CODE_RULES
from transforms.extraction.indicators.figures import Figure, counted_noun, words_after
from transforms.extraction.indicators.vocabulary import QUALIFIER_RE


@dataclass(slots=True)
class Previous:
    """The codes of the figures before, in the same sentence: the last in any unit but percent (the figure a
    following "bằng 135% cùng kỳ" compares), and the last in each unit (a list or a follow-on clause goes on)."""

    code: str | None = None
    label: str | None = None
    by_unit: dict[str, str | None] = field(default_factory=dict)

    def add(self, unit: str, code: str | None, label: str) -> None:
        if unit != "percent":
            self.code, self.label = code, label
        self.by_unit[unit] = code


def segment_start_of(s: str, previous_end: int, figure_start: int) -> int:
    """Where the words leading to a figure begin: after the previous figure and after the last ';'."""
    start = previous_end
    for m in re.finditer(r";", s[previous_end:figure_start]):
        start = previous_end + m.end()
    return start


def indicator_code(figure: Figure, before: str, sentence: str, previous: Previous, since: str = "") -> str | None:
    """The code of a figure: the carried code of a follow-on clause, else the first rule of the trigger table that
    fits, else None. `before` is the words leading to it in its clause, `since` those since the previous figure of
    the sentence (they may hold a ';'), `sentence` the whole sentence (one tone style)."""
    same_unit = previous.by_unit.get(figure.unit)
    carried = same_unit is not None and CATALOGUE[same_unit].kind == "level"
    if carried and CARRY_RE is not None and CARRY_RE.search(before):
        return same_unit
    # a count is known by its noun and what follows it; a measure by the words after its unit
    after = sentence[figure.noun_start :] if figure.noun_start is not None else words_after(figure, sentence)
    noun = counted_noun(figure, sentence) or ""
    around = before + " " + noun + " " + words_after(figure, sentence)
    since = since or before
    gap = _gap(since)
    for rule in CODE_RULES:
        if figure.unit not in rule.units:
            continue
        # a comparison belongs to the figure before it, a list item to the one before it, only when nothing else is
        # named in between
        if rule.follows is not None and (previous.code not in rule.follows or gap > rule.gap or ";" in since):
            continue
        if rule.continues is not None and (same_unit not in rule.continues or gap > rule.gap):
            continue
        if rule.before is not None and not rule.before.search(before):
            continue
        if rule.after is not None and not rule.after.search(after):
            continue
        if rule.around is not None and not rule.around.search(around):
            continue
        if rule.sentence is not None and not rule.sentence.search(sentence):
            continue
        if rule.unless is not None and rule.unless.search(f"{before} {noun} {_clause_after(figure, sentence)}"):
            continue
        return rule.code
    return None


# The end of the comparison before ("tăng 6,5% so với tháng trước, tăng 9,3% so cùng kỳ"): it belongs to that figure.
_WORD_RE = re.compile(r"\w+")
_COMPARISON_TAIL_RE = re.compile(r"^[\s,(]*so(?:\s+với)?(?:\s+[^\W\d_]+){1,3}", re.I)


def _clause_after(figure: Figure, sentence: str) -> str:
    """The words after the figure up to its clause's end, all of them (words_after keeps ten)."""
    rest = sentence[figure.end :]
    stop = re.search(r"[,;:.()\[\]!?]", rest)
    return rest[: stop.start()] if stop else rest


def _gap(since: str) -> int:
    """How many words stand between a figure and the one before it, the tail of that one's comparison aside.

    >>> _gap(" so với tháng trước, tăng "), _gap(", trong khi chi tiêu tăng ")
    (1, 5)
    """
    return len(_WORD_RE.findall(_COMPARISON_TAIL_RE.sub("", since)))


_TRAILING_VERBS_RE = re.compile(
    r"(?:\s+(?:đạt|là|được|có|bằng|chiếm|với|tới|lên|đến|ở\s+mức|còn|tổng\s+cộng|gồm|khoảng|ước|ước\s+đạt|"
    r"ước\s+tính))+\s*$",
    re.I,
)
_COMPARISON_AFTER_RE = re.compile(
    r"(?:so|cùng\s+kỳ|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|nq|trở\s+lên|trong|năm|/)(?!\w)", re.I
)
# Words that only join a phrase to the figure: dropped where a label begins or ends.
_EDGE_WORDS_RE = re.compile(
    r"^(?:(?:và|có|là|được|đã|với|của|cho|tại|trong|đó|gồm|cả|thì|còn|nhưng|các|những)\s+)+|"
    r"(?:\s+(?:và|có|là|được|đã|với|của|cho|tại|trong|để|thì|mà|nhưng|cùng))+$",
    re.I,
)


def figure_label(figure: Figure, s: str, lead_start: int, code: str | None, previous: Previous) -> str:
    """What the figure counts or measures: the catalogue's label where it has a code, else the words that state it
    (`s` is the sentence as written).

    A count names the verb before it, its noun and the words after ("thông qua 12 báo cáo thường kỳ" -> "thông qua
    báo cáo thường kỳ"); a share names what follows it ("95% chi bộ hoàn thành tốt nhiệm vụ"); anything else names
    the words leading to it ("Giá trị xuất khẩu đạt 34 tỷ" -> "Giá trị xuất khẩu"), and a comparison names the
    figure it compares ("bằng 135% cùng kỳ" -> "<that figure's label> so với cùng kỳ").
    """
    if code is not None:
        return CATALOGUE[code].label_vi
    noun = counted_noun(figure, s)
    after = words_after(figure, s)
    if figure.unit == "count" and noun:
        # the verb of the figure's own clause: after its last comma and after any number before it
        clause = re.split(r",|\d", s[lead_start : figure.start])[-1]
        lead = " ".join(_lead_words(clause).split()[-3:])
        rest = re.split(r"\d", after, maxsplit=1)[0]
        return _trim(f"{lead} {noun} {' '.join(rest.split()[:8])}") or noun
    if figure.unit == "percent" and after and not _COMPARISON_AFTER_RE.match(after):
        return after
    lead = _lead_words(s[lead_start : figure.start])
    if previous.label and len(lead.split()) <= 1:
        base = re.split(r"\s(?:và|trong|để|của)\s|\d", after, maxsplit=1)[0]
        comparison = base if re.match(r"so(?!\w)", base, re.I) else f"so với {base}" if base else ""
        return " ".join(f"{previous.label} {lead} {comparison}".split())
    if figure.unit != "percent" and len(lead.split()) <= 2 and after and not _COMPARISON_AFTER_RE.match(after):
        return f"{lead} {after}".strip()
    return lead or after or figure.unit


def _trim(phrase: str) -> str:
    """A phrase without the joining words at its edges.

    >>> _trim("đã có đại biểu tham gia chất vấn")
    'đại biểu tham gia chất vấn'
    """
    previous = None
    phrase = " ".join(phrase.split())
    while previous != phrase:
        previous, phrase = phrase, _EDGE_WORDS_RE.sub("", phrase).strip(" ,-–(")
    return phrase


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
