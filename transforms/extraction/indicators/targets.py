"""Whether a figure is reported as achieved or set as a target: the stretches of a sentence that state targets,
plans, directives and commitments (their figures have measure 'target'), and those that only suppose ("nếu ...
thì ...": their figures are not reported at all)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.extraction.indicators.vocabulary import LETTER

_B = r"(?<!" + LETTER + r")"  # a word starts here
_E = r"(?!" + LETTER + r")"  # a word ends here
# Cues that what follows is a target or a plan, not a reported result: they hold to the sentence's end
# ("Phấn đấu 100% chi bộ ..., 100% đảng viên ...", "Các chỉ tiêu chủ yếu gồm: ...; ...", "với các chỉ tiêu như: ...").
_TARGET_CUE_RE = re.compile(
    _B + r"(?:phấn\s+đấu|(?<!các\s)(?<!những\s)(?<!hiện\s)(?<!thành\s)(?<!đạt\s)(?<!trình\s)mục\s+tiêu"
    r"(?!\s+quốc\s+gia)|"
    r"chỉ\s+tiêu(?:(?!đạt|vượt|hoàn\s+thành)[^.;:]){0,60}:|kế\s+hoạch\s+năm[^.;:]{0,40}:|"
    r"dự\s+kiến|định\s+hướng|tầm\s+nhìn|hướng\s+tới|(?:theo|điều\s+chỉnh)\s+(?:quy|qui)\s+hoạch|"
    r"điều\s+chỉnh\s+đến\s+năm|"
    # a count of goals, tasks or breakthroughs that a plan sets ("xác định 3 khâu đột phá", "đề ra 5 nhiệm vụ")
    r"(?:xác\s+định|đề\s+ra|đặt\s+ra)(?:\s+có)?(?=\s+(?:\d|hơn|trên|khoảng)[^.;:]{0,30}"
    r"(?:khâu|đột\s+phá|nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|chỉ\s+tiêu|chương\s+trình|trọng\s+tâm|trọng\s+điểm)))" + _E,
    re.I,
)
# Cues of a directive, a plan, a commitment or a future, holding to the end of their clause (the next ";"):
# "đề nghị ... bám sát 5 quy trình", "năm tới sẽ ...", "có kế hoạch di dời ...", "đồng ý hỗ trợ tiếp 68 tỷ đồng".
_DIRECTIVE_CUE_RE = re.compile(
    _B + r"(?:(?P<request>(?<!được\s)(?<!các\s)(?<!những\s)(?<!theo\s)(?<!hồ\ssơ\s)(?<!danh\ssách\s)"
    r"(?<!đáp\sứng\s)(?<!đạt\s)(?<!đúng\s)(?:đề\s+nghị|yêu\s+cầu)(?!\s+(?:(?:cấp\s+trên\s+|cấp\s+có\s+thẩm\s+quyền\s+)?"
    r"(?:khen\s+thưởng|khen|tặng|trao\s+tặng|truy\s+tặng|xét\s+tặng|công\s+nhận)" + _E + r")))|"
    r"cần\s+phải|sẽ|năm\s+tới|năm\s+sau|thời\s+gian\s+tới|giai\s+đoạn\s+tới|"
    r"(?:có|lên|lập|xây\s+dựng|theo)\s+kế\s+hoạch|"
    r"(?:đồng\s+ý|cam\s+kết|nhất\s+trí|hứa)(?:\s+sẽ)?\s+(?:hỗ\s+trợ|cấp|bố\s+trí|chi|đầu\s+tư|phân\s+bổ|giao|"
    r"cho\s+vay|tài\s+trợ))" + _E,
    re.I,
)
# An obligation, holding to the next comma: "phải thực hiện 10 giải pháp, ..."; not the things that must be done
# ("Tổng số vụ việc phải giải quyết là 3.194 vụ"), see `_COUNTED_BEFORE_RE`.
_OBLIGATION_CUE_RE = re.compile(
    _B + r"phải\s+(?:tăng|đạt|giảm|hoàn\s+thành|bảo\s+đảm|đảm\s+bảo|thực\s+hiện|có|xây\s+dựng|giải\s+quyết|"
    r"tổ\s+chức|bố\s+trí|huy\s+động|giải\s+ngân|trồng|di\s+dời)" + _E,
    re.I,
)
_COUNTED_BEFORE_RE = re.compile(_B + r"số(?:\s+\S+){0,3}\s*$", re.I)
# "đạt mục tiêu", "so với chỉ tiêu": a target named as the measure of a result, not set.
_REACHED_BEFORE_RE = re.compile(_B + r"(?:đạt|vượt|so\s+với|bằng|hoàn\s+thành|xấp\s+xỉ)(?:\s+\S+){0,2}\s*$", re.I)
# A condition: its figures are supposed, not reported ("Nếu không trích lập dự phòng thì lợi nhuận ... 3.000 tỷ").
_CONDITION_CUE_RE = re.compile(_B + r"(?:nếu|giả\s+sử)" + _E, re.I)
# What a request asks to be told about is a fact: "đề nghị Giám đốc Sở thông tin về việc ... bị xử phạt 1,5 tỷ".
_TELL_RE = re.compile(
    _B + r"(?:thông\s+tin|báo\s+cáo|giải\s+trình|làm\s+rõ|nói\s+rõ|cho\s+biết|trả\s+lời|cung\s+cấp|phản\s+hồi)" + _E,
    re.I,
)
_FUTURE_YEAR_RE = re.compile(_B + r"năm\s+((?:19|20)\d{2})(?!\d)", re.I)
# A figure said to be reached already, in its own clause: "đến nay đã có 80% ...".
_DONE_RE = re.compile(_B + r"(?:đã|(?<!trước\s)đến\s+nay|hiện\s+nay|vừa\s+qua)" + _E, re.I)
_CLAUSE_MARK_RE = re.compile(r"[,;:]")
_COMMA_STOP_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?…](?=\s|$)|[;,]")
# A word of every match of the cues above, in lower case (see `_may_hold`).
_TARGET_CUE_WORDS = ("phấn", "mục", "chỉ", "hoạch", "dự", "hướng", "tầm", "xác", "đề", "đặt")
_OBLIGATION_CUE_WORDS = ("phải",)
_CONDITION_CUE_WORDS = ("nếu", "giả")


def _may_hold(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether a text in lower case (`lowered`) may hold a match of a case-insensitive pattern each match of which
    holds one of `words`: what matches a letter without regard to case lower-cases to it, but for "ı", "İ" and "ſ"
    (they match "i" and "s" and lower-case to "ı", "i̇" and "ſ"), which only the pattern reads right.

    >>> _may_hold("nếu có", _CONDITION_CUE_WORDS), _may_hold("thu 5 tỷ", _CONDITION_CUE_WORDS)
    (True, False)
    """
    return any(word in lowered for word in words) or "ı" in lowered or "ſ" in lowered or "\u0307" in lowered


@dataclass(frozen=True, slots=True)
class Zone:
    """A stretch of a sentence whose figures are targets (`kind` 'target') or only supposed ('condition')."""

    start: int
    end: int
    kind: str


def stated_zones(s: str, publication_year: int | None) -> list[Zone]:
    """The stretches of a sentence that state targets, plans, directives, commitments or conditions: from a target
    cue or a request to the sentence's end, from another directive cue to its clause's end (the next ";"), from a
    year after the publication year to the sentence's end.

    >>> s = "Sẽ rà soát; đã tổ chức 5 cuộc. Phấn đấu 100% chi bộ"
    >>> [(z.start, z.end, z.kind) for z in stated_zones(s, None)]
    [(2, 10, 'target'), (39, 51, 'target')]
    """
    lowered = s.lower()  # most sentences hold no word of a target, an obligation or a condition: not searched
    zones = [
        Zone(m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE), "target")
        for m in (_TARGET_CUE_RE.finditer(s) if _may_hold(lowered, _TARGET_CUE_WORDS) else ())
        if not _REACHED_BEFORE_RE.search(s, max(0, m.start() - 25), m.start())
    ]
    zones += [
        Zone(m.end(), _stop_after(s, m.end(), _COMMA_STOP_RE), "target")
        for m in (_OBLIGATION_CUE_RE.finditer(s) if _may_hold(lowered, _OBLIGATION_CUE_WORDS) else ())
        if not _COUNTED_BEFORE_RE.search(s, max(0, m.start() - 30), m.start())
    ]
    for m in _DIRECTIVE_CUE_RE.finditer(s):
        # a request holds over the requests listed after it ("Đề nghị ... xây dựng kế hoạch ...; bám sát 5 quy
        # trình ..."), up to what it asks to be told about
        end = _stop_after(s, m.end(), _SENTENCE_STOP_RE if m.group("request") else _CLAUSE_STOP_RE)
        if m.group("request"):
            told = _TELL_RE.search(s, m.end(), end)
            end = told.start() if told else end
        zones.append(Zone(m.end(), end, "target"))
    if _may_hold(lowered, _CONDITION_CUE_WORDS):
        zones += [
            Zone(m.end(), _stop_after(s, m.end(), _CLAUSE_STOP_RE), "condition") for m in _CONDITION_CUE_RE.finditer(s)
        ]
    if publication_year is not None:
        zones += [
            Zone(m.end(), _stop_after(s, m.end(), _SENTENCE_STOP_RE), "target")
            for m in _FUTURE_YEAR_RE.finditer(s)
            if int(m.group(1)) > publication_year
        ]
    return sorted(zones, key=lambda z: (z.start, z.end))


# An item of a list: a dash, a bullet, a number or a letter opens it ("- GRDP bình quân đầu người ... 9.800 USD.").
LIST_ITEM_RE = re.compile(r"\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))\s")


def heads_target_list(s: str, publication_year: int | None) -> bool:
    """Whether the sentence is a heading that sets the targets listed under it: it ends with ":" inside a target
    zone ("Một số chỉ tiêu chủ yếu nhiệm kỳ 2015-2020:", "Mục tiêu đến năm 2025:").

    >>> heads_target_list("Một số chỉ tiêu chủ yếu nhiệm kỳ 2015-2020:", None), heads_target_list("Kết quả:", None)
    (True, False)
    """
    end = len(s.rstrip())
    if not s[:end].endswith(":"):
        return False
    return any(z.kind == "target" and z.start <= end and z.end >= end for z in stated_zones(s, publication_year))


def figure_measure(s: str, zones: list[Zone], pos: int) -> str | None:
    """'target' for a figure at `pos` inside a target zone, 'actual' outside any (or when its own clause says it is
    reached already: "..., đến nay đã có 80% ..."), None inside a condition.

    >>> s = "Phấn đấu có 10 xã đạt chuẩn, đến nay đã có 8 xã. Nếu có 5 tỷ đồng"
    >>> zones = stated_zones(s, None)
    >>> [figure_measure(s, zones, s.index(n)) for n in ("10", "8", "5")]
    ['target', 'actual', None]
    """
    inside = [z for z in zones if z.start <= pos < z.end]
    if any(z.kind == "condition" for z in inside):
        return None
    targets = [z for z in inside if z.kind == "target"]
    if not targets:
        return "actual"
    start = max(z.start for z in targets)
    clause = max([start] + [m.end() for m in _CLAUSE_MARK_RE.finditer(s, start, pos)])
    return "actual" if _DONE_RE.search(s, clause, pos) else "target"


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
        if m.group(0) in ";," or s[m.start() - 1].islower():
            return m.start()
    return len(s)
