"""Posts given: "ông A, Phó Chủ tịch UBND tỉnh, được bầu làm Bí thư Tỉnh ủy"; "bầu ông B làm Chủ tịch"; "C tái cử
chức Bí thư"; "D tiếp tục giữ chức Phó Bí thư". The article states the new post as the person's, so it is a role;
proposals ("được giới thiệu để bầu giữ chức ...") and past posts ("từng giữ chức ...") are not.
"""

from __future__ import annotations

import re

from transforms.extraction.people.memberships import seats_given
from transforms.extraction.people.removals import REMOVED_BETWEEN_RE, mark_removed, proposed_before
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import SEPARATORS, Words, position_at
from transforms.extraction.people.titles import read_stack

# The longest aside in parentheses skipped after a name ("(53 tuổi, quê Bình Dương)"), in tokens.
MAX_ASIDE = 20

# Between the name's titles and the post: an appointing verb, then a word that introduces the post. Words are keys
# with abbreviations spelt out, joined by single spaces.
_ADVERBS = r"(?:(?:đã|vừa|cũng|chính thức|đều|lần lượt|mới|đồng thời|tiếp tục|vẫn|đang|hiện)\s+)*"
_PASSIVE_VERB = (
    r"được(?:\s+[^\s,;.]+){0,6}?\s+(?:tín nhiệm\s+)?(?:bầu|bổ nhiệm|phân công|điều động|chỉ định|chuẩn y|"
    r"luân chuyển|giao|cử|tái bổ nhiệm)(?:\s+(?:bổ sung|lại|chọn|tiếp))?|được tín nhiệm"
)
_ACTIVE_VERB = r"tái\s+(?:đắc\s+)?cử|trúng\s+cử|đắc\s+cử|tiếp\s+tục|nhận\s+quyết\s+định|trở\s+thành"
_POST_WORD = (
    r"làm(?:\s+tân)?|giữ\s+(?:các\s+)?(?:chức(?:\s+(?:vụ|danh))?|cương\s+vị)|(?:vào\s+)?(?:chức\s+(?:danh|vụ)|vị\s+trí|"
    r"cương\s+vị)|(?:các\s+)?chức(?:\s+(?:danh|vụ))?|là|lại|về"
)
_HOLD_RE = re.compile(
    rf"{_ADVERBS}(?:(?:tiếp\s+tục\s+|tái\s+)?giữ\s+(?:các\s+)?(?:chức(?:\s+(?:vụ|danh))?|cương\s+vị)|về\s+làm)"
)
_GIVEN_RE = re.compile(
    rf"{_ADVERBS}(?:{_PASSIVE_VERB}|{_ACTIVE_VERB})(?:\s+(?:{_ACTIVE_VERB}))?(?:\s+(?:{_POST_WORD}))*"
)
_POST_AFTER_VERB_RE = re.compile(rf"{_ADVERBS}(?:(?:{_ACTIVE_VERB})\s+)?(?:{_POST_WORD})(?:\s+(?:{_POST_WORD}))*")
# Between a name and the post, after an act said before the name: "miễn nhiệm ông A khỏi chức vụ ...".
_FROM_POST_RE = re.compile(r"khỏi(?:\s+(?:các\s+)?chức(?:\s+(?:vụ|danh))?)?")
_NOW_RE = re.compile(r"(?:(?:vẫn|hiện|đang|hiện nay|hiện đang|vẫn đang)\s+)+(?:giữ|là)")
_REELECTED_RE = re.compile(rf"{_ADVERBS}(?:được(?:\s+tín\s+nhiệm)?\s+)?tái\s+(?:đắc\s+)?cử")
# Words that make the post a proposal, a candidacy or something given up, not a post held.
_NOT_GIVEN_RE = re.compile(
    r"(?<!\S)(?:giới thiệu|đề nghị|đề cử|đề xuất|ứng cử|dự kiến|xem xét|lấy phiếu|không|chưa|thôi|miễn nhiệm|trình|"
    r"xin|để|sẽ|cân nhắc|từng)(?!\S)"
)
# Verbs right before a name that give it the post named after it: "bầu ông A làm ...", "phân công bà B giữ chức ...".
_APPOINTING_BEFORE = (
    "bầu", "bầu bổ sung", "bầu lại", "phân công", "điều động", "bổ nhiệm", "chỉ định", "chuẩn y", "luân chuyển",
    "điều động và phân công", "điều động, phân công", "tái bổ nhiệm",
)  # fmt: skip
_MAX_WORDS_TO_POST = 12


def appointed_before(w: Words, tok_i: int) -> bool | None:
    """Whether an appointing verb ends right before token `tok_i` ("... đã bầu ông ..."); None when the clause
    before it proposes rather than appoints ("đề xuất ông ...", "đề nghị bầu ..."), so no post follows.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Hội nghị đã bầu ông Nguyễn Văn A làm Bí thư"))
    >>> appointed_before(w, 4), appointed_before(w, 3)
    (True, False)
    >>> appointed_before(expand(tokenize("Ông Tập đề xuất ông Nguyễn Văn A")), 4) is None
    True
    """
    lo = tok_i
    while lo > 0 and tok_i - lo < 10 and w.tokens[lo - 1].text not in SEPARATORS - {","}:
        lo -= 1
    words = " ".join(t.key for t in w.tokens[lo:tok_i])
    if _NOT_GIVEN_RE.search(words):
        return None
    return any(words == v or words.endswith(" " + v) for v in _APPOINTING_BEFORE)


def appointed_roles(
    w: Words, tok_i: int, reading: Reading, appointed_before: bool | None, removal: bool | None = None
) -> tuple[list[Segment], int, bool]:
    """The post that the words from token `tok_i` say a person was given, if they do: the roles of the title after
    "được bầu làm", "tái cử chức", "tiếp tục giữ chức" (or after "làm"/"giữ chức" alone when `appointed_before`).
    Returns the roles, the token index where reading stopped, and whether the words say "re-elected" with no title
    after them (the person keeps the post just named).

    A post said taken away ("bị cách chức ...", "thôi giữ chức ...", or after `removal`, an act before the name:
    "miễn nhiệm ông A khỏi chức vụ ...") is returned marked removed (`removals`), or as held when the act is
    only proposed or asked for ("xin thôi ...").

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Phó Chủ tịch UBND tỉnh, được bầu làm Bí thư Tỉnh uỷ."))
    >>> roles, end, again = appointed_roles(w, 5, Reading(), False)
    >>> [(r.position, r.org, r.level) for r in roles], again
    ([('secretary', 'party_committee', 'province')], False)
    """
    i = skip_aside(w, tok_i)
    start = i
    while i < len(w.tokens) and i - start < 2 and w.tokens[i].text in (")", ",", "-", "–", "—"):
        i += 1
    if i >= len(w.tokens) or (appointed_before is None and removal is None):
        return [], tok_i, False
    k0 = w.first_word[i]
    n_words = len(w.words)
    if appointed_before is not None and (seats := seats_given(w, k0, reading)) is not None:
        return seats[0], seats[1], False  # "tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư ..."
    post = next(
        (
            j
            for j in range(k0, min(n_words, k0 + _MAX_WORDS_TO_POST))
            if position_at(w, j)[1] is not None or w.words[j] in (";", ".", "(")
        ),
        None,
    )
    if post is None or w.words[post] in (";", ".", "("):
        between = " ".join(w.words[k0 : post if post is not None else min(n_words, k0 + 6)])
        return [], tok_i, bool(_REELECTED_RE.match(between))
    between = " ".join(w.words[k0:post])
    if REMOVED_BETWEEN_RE.fullmatch(between) or (removal is not None and _FROM_POST_RE.fullmatch(between)):
        return _removed_roles(w, post, reading, removal, between, tok_i)
    if appointed_before is None or _NOT_GIVEN_RE.search(between) or "," in between:
        return [], tok_i, False
    given = (
        _GIVEN_RE.fullmatch(between)
        or _HOLD_RE.fullmatch(between)
        or (appointed_before and _POST_AFTER_VERB_RE.fullmatch(between))
    )
    if not given:
        return [], tok_i, False
    stack = read_stack(w, post, n_words, reading)
    roles = [s for s in stack.segments if s.name_start is None and not s.dropped]
    if _NOW_RE.match(between):  # "hiện giữ chức ...", "vẫn đang giữ chức ...": held now, whatever else says
        for seg in roles:
            seg.current = True
    return roles, stack.token_end if roles else tok_i, False


def _removed_roles(
    w: Words, post: int, reading: Reading, removal: bool | None, between: str, tok_i: int
) -> tuple[list[Segment], int, bool]:
    """The posts read from word `post` that the words before them take away; removed unless only proposed."""
    stack = read_stack(w, post, len(w.words), reading)
    roles = [s for s in stack.segments if s.name_start is None and not s.dropped]
    done = removal if removal is not None else not proposed_before(w, w.first_word[tok_i])
    if done and not between.startswith("xin") and " xin " not in between:
        mark_removed(roles)
    return roles, stack.token_end if roles else tok_i, False


def skip_aside(w: Words, tok_i: int, from_inside: int | None = None) -> int:
    """Past an aside in parentheses at token `tok_i` that names no post ("(53 tuổi, quê Bình Dương)"), or, with
    `from_inside`, past the rest of it from that token; `tok_i` itself when there is none.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Ông A (60 tuổi), trưởng thôn"))
    >>> skip_aside(w, 2), skip_aside(expand(tokenize("A (Bí thư Huyện ủy)")), 1)
    (6, 1)
    """
    if tok_i >= len(w.tokens) or w.tokens[tok_i].text != "(":
        return tok_i
    for j in range(from_inside or tok_i + 1, min(len(w.tokens), tok_i + MAX_ASIDE)):
        if w.tokens[j].text == ")":
            return j + 1
        if w.tokens[j].text == "(" or position_at(w, w.first_word[j])[1] is not None:
            return tok_i
    return tok_i
