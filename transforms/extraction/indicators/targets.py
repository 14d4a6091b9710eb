"""The stretches of a sentence that state targets, plans or directives: a number inside one is no reported figure."""

from __future__ import annotations

import re

from transforms.extraction.indicators.vocabulary import LETTER

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
