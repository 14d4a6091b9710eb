"""Posts taken away: "miễn nhiệm chức danh Trưởng ban Pháp chế HĐND tỉnh đối với ông A", "bãi nhiệm chức Chủ tịch
HĐND với ông B", "C bị cách chức Phó Chủ tịch UBND tỉnh", "cho thôi giữ chức Ủy viên Bộ Chính trị". The article
states the act done, so the post is no longer a role of the person; an act only proposed ("Tờ trình về việc cho
thôi làm nhiệm vụ đại biểu ...", "xem xét bãi nhiệm ...", "đề nghị miễn nhiệm ...") leaves the post held.
"""

from __future__ import annotations

import re

from transforms.extraction.people.title_reading import Segment
from transforms.extraction.people.title_words import Words

# The act, then the words that may stand between it and the post ("thôi giữ chức", "miễn nhiệm tư cách").
_ACT = r"miễn nhiệm|bãi nhiệm|bãi miễn|cách chức|giáng chức|(?:cho\s+)?thôi"
_OBJECT = r"(?:giữ|làm|đảm nhiệm|tham gia)?\s*(?:các\s+)?(?:chức\s+(?:vụ|danh)|chức|tư\s+cách|nhiệm\s+vụ|vị\s+trí)?"
# A count may stand before the post: "miễn nhiệm 4 Ủy viên UBND là ...", "miễn nhiệm các Phó Chủ tịch ...".
_COUNT = r"(?:\s*(?<!\S)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những))?"
_ACT_BEFORE_RE = re.compile(rf"(?<!\S)(?:{_ACT})\s*{_OBJECT}{_COUNT}\s*$")
# Between a name (and its titles) and the post: "bị cách chức", "đã thôi giữ chức", "được miễn nhiệm chức vụ".
REMOVED_BETWEEN_RE = re.compile(
    rf"(?:(?:đã|vừa|bị|được|chính thức|cũng|đồng thời|xin)\s+)*(?:{_ACT})(?:\s+{_OBJECT})?(?:\s+khỏi)?(?:\s+chức\s+vụ)?"
)
# Words before the act, in its sentence, that make it a proposal rather than a decision; not a request acted on
# ("theo đề nghị của UBND", "thông qua tờ trình", "phê chuẩn đề nghị").
_PROPOSED_RE = re.compile(
    r"(?<!\S)(?<!theo )(?<!xét )(?<!thông qua )(?<!phê chuẩn )(?<!cơ sở )(?<!tờ )"
    r"(?:đề nghị(?! của)|tờ trình|trình|xem xét|dự kiến|sẽ|xin|đề xuất|kiến nghị|lấy ý kiến|chuẩn bị|giới thiệu|"
    r"đang tiến hành)(?!\S)"
)
_CANDIDACY_RE = re.compile(
    r"(?:(?<!\S)cho\s+(?:các\s+)?(?:chức\s+(?:danh|vụ)|vị\s+trí|cương\s+vị)\s*$)|"
    r"(?<!\S)(?:giới thiệu|đề cử|ứng cử|ứng viên|quy hoạch|dự kiến|lấy ý kiến)(?!\S)"
)
_PENDING_RE = re.compile(r"(?<!\S)(?:sẽ được|đang chờ)(?!\S)")
_CLAUSE_ENDS = frozenset({";", ".", "!", "?", ":"})
_LOOK_BACK = 40  # words


def removal_before(w: Words, k: int) -> bool | None:
    """Whether the words ending at word `k` take away the post that starts there: True for an act done, False for
    one proposed, None when no such act stands before it.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("HĐND đã miễn nhiệm tư cách đại biểu"))
    >>> removal_before(w, 7)
    True
    >>> removal_before(expand(tokenize("Tờ trình về việc cho thôi làm nhiệm vụ đại biểu")), 9)
    False
    """
    before = _clause_before(w, k)
    m = _ACT_BEFORE_RE.search(before)
    if m is None or not before[m.start() : m.end()].strip():
        return None
    return not _PROPOSED_RE.search(before[: m.start()]) and not _pending_after(w, k)


def _pending_after(w: Words, k: int) -> bool:
    """Whether the sentence goes on to say the act is still to come: "Việc miễn nhiệm ... với ông A sẽ được quyết
    định tại kỳ họp tới"."""
    end = k
    while end < len(w.words) and end - k < _LOOK_BACK and w.words[end] not in _CLAUSE_ENDS:
        end += 1
    return bool(_PENDING_RE.search(" ".join(w.words[k:end])))


def proposed_before(w: Words, k: int) -> bool:
    """Whether the clause before word `k` proposes rather than decides ("đề nghị", "tờ trình", "xem xét" ...)."""
    return bool(_PROPOSED_RE.search(_clause_before(w, k)))


def _clause_before(w: Words, k: int) -> str:
    """The words of the sentence before word `k` (at most `_LOOK_BACK` of them), joined by spaces."""
    lo = max(0, k - _LOOK_BACK)
    for j in range(k - 1, lo - 1, -1):
        if w.words[j] in _CLAUSE_ENDS:
            lo = j + 1
            break
    return " ".join(w.words[lo:k])


def candidacy_before(w: Words, k: int) -> bool:
    """Whether the post starting at word `k` is one to be filled, whose names are candidates: "chọn 3 người cho
    chức danh Bí thư Tỉnh ủy gồm: ...", "giới thiệu ứng cử chức danh ...".

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> candidacy_before(expand(tokenize("đã chọn 3 người cho chức danh Bí thư")), 7)
    True
    """
    return bool(_CANDIDACY_RE.search(_clause_before(w, k)))


def mark_removed(segments: list[Segment]) -> None:
    """The posts are taken away by the act the article reports: no longer roles of the person."""
    for seg in segments:
        seg.removed = seg.former = seg.dropped = True
