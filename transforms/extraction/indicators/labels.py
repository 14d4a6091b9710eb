"""What a figure counts or measures, in the article's words: its counted noun, the words that follow a share, or the
words leading to it, in whole words (`words`)."""

from __future__ import annotations

import re

from transforms.extraction.indicators.figures import Figure, counted_noun
from transforms.extraction.indicators.vocabulary import QUALIFIER_RE
from transforms.extraction.indicators.words import first_words, last_words

_LEAD_SYLLABLES = 8  # the words leading to a figure, at most (whole words)
_AFTER_SYLLABLES = 10  # the words following a figure, at most (whole words)

_TRAILING_VERBS_RE = re.compile(
    r"(?:\s+(?:đạt|là|được|có|bằng|chiếm|với|tới|lên|đến|từ|ở\s+mức|còn|tổng\s+cộng|gồm|khoảng|ước|ước\s+đạt|"
    r"ước\s+tính|lần\s+lượt))+\s*$",
    re.I,
)
_COMPARISON_AFTER_RE = re.compile(
    r"(?:so|cùng\s+kỳ|dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|nghị\s+quyết|nq|trở\s+lên|trong|năm|/)(?!\w)", re.I
)
# A comma between clauses, not the decimal comma of a number ("rộng 7,5m với tổng vốn ...", "là 6,81% và 6,68%").
# Words that only join a phrase to the figure: dropped where a label begins or ends.
_EDGE_WORDS_RE = re.compile(
    r"^(?:(?:và|có|là|được|đã|với|của|cho|tại|trong|đó|gồm|cả|thì|còn|nhưng|các|những)\s+)+|"
    r"(?:\s+(?:và|có|là|được|đã|với|của|cho|tại|trong|để|thì|mà|nhưng|cùng))+$",
    re.I,
)
_CLAUSE_COMMA_RE = re.compile(r",(?!\d)|(?<!\d),")
_CLAUSE_STOP_RE = re.compile(r"[;:()\[\]!?]|[,.](?!\d)|(?<!\d)[,.]")


def figure_label(
    figure: Figure, s: str, lead_start: int, previous_label: str | None, sibling: tuple[str, str] | None = None
) -> str:
    """What the figure counts or measures, in the article's words (`s` is the sentence as written).

    A count names the verb of its clause, its noun and the words after it ("thông qua 12 báo cáo thường kỳ" ->
    "thông qua báo cáo thường kỳ"); a share names what follows it ("95% chi bộ hoàn thành tốt nhiệm vụ"); anything else
    names the words leading to it ("Tổng thu ngân sách đạt 34 tỷ" -> "Tổng thu ngân sách"), a comparison names
    the figure it compares (`previous_label`: "bằng 135% cùng kỳ" -> "Tổng thu ngân sách so với cùng kỳ"), and the
    second of a pair takes the label of the first (`sibling`, its unit and label: "lần lượt là 6,81% và 6,68%").
    """
    noun = counted_noun(figure, s)
    if figure.unit == "count" and noun:
        # the verb of the figure's own clause, its noun and the words after ("thông qua 12 báo cáo thường kỳ")
        clause = re.split(r",|\d", s[lead_start : figure.start])[-1]
        lead = last_words(lead_words(clause), 3)
        rest = re.split(r"\d", _words_after(figure, s), maxsplit=1)[0]
        return _trim(f"{lead} {noun} {first_words(rest, 8)}") or noun
    # the words after the figure are read only where they may make the label: their whole words take a word
    # segmenter's run over the rest of the clause
    after = _words_after(figure, s) if figure.unit == "percent" else None
    if after is not None and _names_a_share(after):
        return after
    lead = lead_words(s[lead_start : figure.start])
    if not lead and sibling is not None and sibling[0] == figure.unit:
        return sibling[1]
    if figure.unit != "percent" and len(lead.split()) > 2:
        return lead  # neither a comparison nor a short lead: the words after it are not part of the label
    if after is None:
        after = _words_after(figure, s)
    compares = figure.unit == "percent" or bool(_COMPARISON_AFTER_RE.match(after))
    if previous_label and len(lead.split()) <= 1 and compares:
        base = re.split(r"\s(?:và|trong|để|của)\s|\d", after, maxsplit=1)[0]
        comparison = base if re.match(r"so(?!\w)", base, re.I) else f"so với {base}" if base else ""
        return " ".join(f"{previous_label} {lead} {comparison}".split())
    if figure.unit != "percent" and len(lead.split()) <= 2 and after and not _COMPARISON_AFTER_RE.match(after):
        return f"{lead} {after}".strip()
    return lead or after or figure.unit


# Words after a share that do not name what it is a share of: a link to another figure or a comparison.
_NOT_A_SHARE_RE = re.compile(
    r"(?:và|hoặc|hay|tăng|giảm|lên|xuống|đến|tới|trở|của|so|là|thì|nhưng|còn)(?!\w)|.*\d", re.I
)


def _names_a_share(after: str) -> bool:
    """Whether the words after a percentage name what it is a share of ("95% | chi bộ hoàn thành tốt nhiệm vụ").

    >>> _names_a_share("chi bộ hoàn thành tốt nhiệm vụ"), _names_a_share("và 6,68%"), _names_a_share("so cùng kỳ")
    (True, False, False)
    """
    return bool(after) and not _COMPARISON_AFTER_RE.match(after) and not _NOT_A_SHARE_RE.match(after)


def _words_after(figure: Figure, s: str) -> str:
    """The whole words after the figure up to the clause's end, at most ten syllables.

    >>> f = Figure(15.0, "percent", None, 0, 3, 0, None)
    >>> _words_after(f, "15% hộ gia đình đạt danh hiệu gia đình văn hóa tiêu biểu năm 2016.")
    'hộ gia đình đạt danh hiệu gia đình văn hóa'
    >>> _words_after(f, "15% và 6,68%; còn lại")
    'và 6,68%'
    """
    rest = s[figure.end :]
    stop = _CLAUSE_STOP_RE.search(rest)
    return first_words(rest[: stop.start()] if stop else rest, _AFTER_SYLLABLES)


def lead_words(before: str) -> str:
    """The words leading to a figure without its verb: the last clause, at most eight syllables of whole words.

    >>> lead_words("Thu nhập bình quân đầu người ước đạt ")
    'Thu nhập bình quân đầu người'
    >>> lead_words("; nhân dân đã hiến trên ")
    'nhân dân đã hiến'
    >>> lead_words("vỉa hè mỗi bên rộng 7,5m với tổng vốn đầu tư ")
    'tổng vốn đầu tư'
    """
    parts = [" ".join(p.split()) for p in re.split(r"[;:]", before)]
    lead = next((p for p in reversed(parts) if p.strip(" ,")), "")
    qualifier = QUALIFIER_RE.search(lead)
    if qualifier is not None:
        lead = lead[: qualifier.start()]
    lead = _TRAILING_VERBS_RE.sub("", " " + lead).strip(" ,-–(").strip()
    if len(lead.split()) > 4 and _CLAUSE_COMMA_RE.search(lead):
        lead = _CLAUSE_COMMA_RE.split(lead)[-1]
    lead = re.sub(r"^(?:(?:và|trong\s+đó|thì|đó\s+là|là|có|gồm)(?:\s+|$))+", "", lead.strip(" ,"), flags=re.I)
    return last_words(lead, _LEAD_SYLLABLES)


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
