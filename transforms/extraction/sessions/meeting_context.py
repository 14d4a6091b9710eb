"""Whether a sentence reports a meeting it names: the words around it that make it context, a plan or a count
("Nghị quyết Đại hội", "Kỳ họp thứ 4 sẽ khai mạc", "các kỳ họp"), and the verbs that say it was held.
"""

from __future__ import annotations

import re

import regex

from transforms.extraction.sessions.bodies import FLAGS, WORD_END
from transforms.model import Sentence

# Inside a sentence a full stop followed by a capital or a letter is an abbreviation's ("TP. HCM", "T.Ư"), not an end.
_NOT_STOP = r"(?:[^,;.]|\.(?=\S|\s+(?-i:\p{Lu})))"
# Right before a meeting: words that make it context, a venue, a plan, a count or a plural.
_CONTEXT_BEFORE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:nghị\s+quyết|nq|văn\s+kiện|báo\s+cáo\s+chính\s+trị|dự\s+thảo|(?<!chương\s+)trình(?:\s+tại)?|"
    r"chuẩn\s+bị(?:\s+cho)?|tiến\s+tới|chào\s+mừng|hướng\s+tới|đi\s+dự|đại\s+biểu\s+dự|kết\s+luận(?:\s+của)?|"
    r"tinh\s+thần|phục\s+vụ(?:\s+và\s+(?:tham\s+)?dự)?|(?<!đã\s+(?:tổ\s+chức|tiến\s+hành)\s+)thành\s+công|thông\s+qua\s+tại|"
    r"(?:trước|sau)(?:\s+(?:thềm|ngày|khi|thời\s+điểm))?(?:\s+(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|tổ\s+chức))?|"
    r"giữa|các|những|mỗi|từng|nhiều|một\s+số|"
    r"(?<![/\d.,-]|kh[óo]a\s|thứ\s|lần\s|số\s)\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|sẽ|dự\s+kiến|"
    r"(?:chuẩn\s+bị|dự\s+kiến|kế\s+hoạch)\s+tổ\s+chức|hoạt\s+động|công\s+tác|"
    # "chương trình kỳ họp" is the agenda of a meeting; "trong chương trình kỳ họp" the meeting itself
    r"kết\s+quả|(?<!(?:trong|khuôn\s+khổ|tiếp\s+tục)\s+)chương\s+trình|kế\s+hoạch|quy\s+trình|chất\s+lượng|về|"
    r"gửi(?:\s+đến|\s+tới)?|đến|tới|từ|trung\s+tâm|cung|hội\s+trường)"
    # "cuộc", "buổi", "phiên" are classifiers of one event: only a count or a plural before them makes context
    r"(?:\s+(?:cuộc|buổi|phiên))?\s*$",
    FLAGS,
)
# In the clause before a meeting: a plan, or a document put to it ("dự thảo Báo cáo chính trị ... tại Đại hội").
_CONTEXT_CLAUSE_RE = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:sẽ|sắp|dự\s+kiến)" + WORD_END + r"[^,;]*"
    r"|(?:dự\s+thảo|văn\s+kiện|báo\s+cáo\s+chính\s+trị)[^,;]*(?:tại|trình|gửi)\s*"
    # a purpose still to come: "để trình HĐND vào kỳ họp", "để Quốc hội bầu ... tại Kỳ họp thứ 6"
    r"|(?<![\p{L}\p{M}])(?:để|nhằm)\s+[^,;]{0,80}?(?:vào|tại)\s*"
    r"|(?<![\p{L}\p{M}])theo\s+(?:kế\s+hoạch|chương\s+trình|dự\s+kiến)" + WORD_END + r"[^;]*"
    # many holders at once: "68/68 Đảng bộ ... đã tổ chức thành công Đại hội", "hàng loạt tỉnh cũng tổ chức"
    r"|(?:(?<![\p{L}\p{M}])(?:các|những|toàn\s+bộ|hàng\s+loạt|nhiều)" + WORD_END + r"|\d+\s*/\s*\d+|100\s*%)[^,;]*"
    r"tổ\s+chức(?:\s+thành\s+công)?\s*)$",
    FLAGS,
)
_LATER_WORDS = r"cấp\s+trên|sắp\s+tới|tiếp\s+theo|các\s+cấp|lần\s+trước|cơ\s+sở"
_PLAN_WORDS = r"sẽ|dự\s+kiến|sắp"
# The words of `_CONTEXT_AFTER_RE` begin at most this many characters after the noun: where the case-folded text (see
# `_MEETING_NOUN_RE`) has none of them by then, it does not match.
_CONTEXT_AFTER_REACH = 80
_CONTEXT_AFTER_RE = regex.compile(  # used with match(): anchored where the meeting's noun ends
    _NOT_STOP + r"{0,60}?(?<![\p{L}\p{M}])(?:" + _LATER_WORDS + ")" + WORD_END
    + r"|(?:[^.;]|\.(?=\S|\s+(?-i:\p{Lu}))){0," + str(_CONTEXT_AFTER_REACH) + r"}?(?<![\p{L}\p{M}])(?:" + _PLAN_WORDS
    + ")" + WORD_END,
    FLAGS,
)  # fmt: skip
_CONTEXT_AFTER_WORD_RE = re.compile(_LATER_WORDS + "|" + _PLAN_WORDS)
# Outside the lead a meeting must be what the sentence says was held: "tổ chức Hội nghị", "Kỳ họp ... khai mạc".
_GOVERNED_BEFORE_RE = regex.compile(
    r"(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|dự|tại|"
    r"trong(?:\s+khuôn\s+khổ)?(?:\s+chương\s+trình)?|tiếp\s+tục\s+chương\s+trình)(?:\s+(?:cuộc|buổi|phiên))?\s*$",
    FLAGS,
)
# A plan that gives the meeting its own day ("Kỳ họp thứ 11 ... dự kiến sẽ tổ chức vào sáng ngày 01/03"): a meeting
# the article reports, planned; one without a day stays context.
_PLANNED_DAY_RE = regex.compile(
    r"(?:\s+[\p{L}\p{M}]+){0,4}?\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|ngày)\s+)+\(?\d{1,2}\s*[/-]\s*\d{1,2}", FLAGS
)
_PLAN_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:sẽ|dự\s+kiến|sắp)" + WORD_END, FLAGS)
_PLAN_AFTER_RE = regex.compile(r"\s*,?\s*(?:sẽ|dự\s+kiến|sắp)" + WORD_END, FLAGS)
_GOVERNED_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:đã\s+|chính\s+thức\s+|cũng\s+)*(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|được\s+tổ\s+chức|họp|tiến\s+hành)"
    + WORD_END,
    FLAGS,
)  # fmt: skip


def _is_context(key: str, start: int, end: int, sentence: Sentence, folded: str | None = None) -> bool:
    """True when the words around a meeting make it context, a plan or a count rather than a report of it
    (`folded`: `key` case-folded, when that keeps its length)."""
    before = key[max(sentence.start, start - 80) : start]
    if _CONTEXT_BEFORE_RE.search(before[-40:]):
        return True
    if clause := _CONTEXT_CLAUSE_RE.search(before):
        at = max(sentence.start, start - 80) + clause.start()
        return not (_PLAN_WORD_RE.match(key, at) and _planned_day(key, at, sentence.end))
    if folded is not None:
        word = _CONTEXT_AFTER_WORD_RE.search(folded, end, sentence.end)
        if word is None or word.start() > end + _CONTEXT_AFTER_REACH:
            return False
    after = _CONTEXT_AFTER_RE.match(key, end, sentence.end)
    return bool(after) and not _planned_day(key, end, sentence.end)


def _planned_day(key: str, start: int, end: int) -> bool:
    """Whether a plan word from `start` on gives the meeting its own day: "dự kiến sẽ tổ chức vào sáng ngày 01/03"."""
    plan = _PLAN_WORD_RE.search(key, start, end)
    if plan is None:
        return False
    rest = _PLAN_WORD_RE.match(key, plan.end() + 1, end)  # "dự kiến sẽ"
    return bool(_PLANNED_DAY_RE.match(key, rest.end() if rest else plan.end(), end))


def _governed(key: str, start: int, phrase_end: int, sentence: Sentence) -> bool:
    """Whether the sentence says the meeting was held: a holding verb right before it or right after its phrase, or
    a plan right after its phrase that gives it a day ("..., dự kiến sẽ tổ chức vào sáng ngày 01/03")."""
    return bool(
        _GOVERNED_BEFORE_RE.search(key, max(sentence.start, start - 25), start)
        or _GOVERNED_AFTER_RE.match(key, phrase_end, sentence.end)
        or (_PLAN_AFTER_RE.match(key, phrase_end, sentence.end) and _planned_day(key, phrase_end, sentence.end))
    )
