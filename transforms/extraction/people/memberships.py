"""Seats on a Party committee, named by the committee rather than by a title: given ("chỉ định ông A tham gia Ban
Chấp hành, Ban Thường vụ Tỉnh ủy, giữ chức Phó Bí thư Tỉnh ủy"), given up ("thôi tham gia Ban Thường vụ ..."), or
listed ("15 người được bầu vào Ban Thường vụ Thành ủy gồm: ..."). A seat on the Ban Chấp hành is
`member_of_committee`, on the Ban Thường vụ `standing_committee_member`, of the body the words after it name (the
committee's level, when they name none, is that of the post given with it).
"""

from __future__ import annotations

import re

from transforms.extraction.people.removals import mark_removed
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_segments import read_segment
from transforms.extraction.people.title_vocabulary import PositionCue
from transforms.extraction.people.title_words import Words, longest_match, phrase_index, position_at
from transforms.extraction.people.titles import read_stack, resolve_levels

SEATS: dict[str, PositionCue] = {
    "ban chấp hành": PositionCue("member_of_committee", "party_committee"),
    "ban thường vụ": PositionCue("standing_committee_member", "party_committee"),
}
_SEAT_INDEX = phrase_index(SEATS)
# Words from which seats follow: "tham gia", "để tham gia", "được chỉ định tham gia", "được bầu vào", "thôi tham gia".
_JOIN_RE = re.compile(
    r"(?:(?:,|và|để|đồng thời|đã|được|chính thức|cũng)\s+)*(?:(?:chỉ định|bầu|bầu bổ sung|cử|phân công|điều động)\s+)?"
    r"(?:(?:để|và)\s+)?(?P<leave>thôi\s+)?(?:tham gia(?:\s+vào)?|vào)\s+$"
)
# After the seats, the post given with them: ", giữ chức Phó Bí thư ...", "và giữ chức ...", ", làm ...".
_POST_RE = re.compile(
    r"(?:,\s+)?(?:(?:và|đồng thời)\s+)?(?:(?:phân công|được phân công)\s+)?"
    r"(?:giữ\s+(?:các\s+)?(?:chức(?:\s+(?:vụ|danh))?)|làm)\s+$"
)
_MAX_LEAD = 6  # words before the first seat


def seats_given(w: Words, k: int, reading: Reading) -> tuple[list[Segment], int] | None:
    """The seats (and a post given with them) that the words from word `k` say a person takes or leaves: "tham gia
    Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy Yên Bái", "thôi tham gia BCH ..., để tham gia BCH,
    BTV Tỉnh ủy Quảng Ninh". Returns the roles (seats left marked removed) and the token index where reading
    stopped; None if no seat follows.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Phó Bí thư Tỉnh ủy."))
    >>> roles, end = seats_given(w, 0, Reading())
    >>> [(r.position, r.org, r.level) for r in roles]  # doctest: +NORMALIZE_WHITESPACE
    [('deputy_secretary', 'party_committee', 'province'),
     ('member_of_committee', 'party_committee', 'province'),
     ('standing_committee_member', 'party_committee', 'province')]
    """
    out: list[Segment] = []
    end_tok = None
    while True:
        found = _lead_to_seat(w, k)
        if found is None:
            break
        first, leave = found
        seats, k = _seat_list(w, first, reading)
        post, k = _post_after(w, k, reading)
        group = seats + post
        resolve_levels(group, reading)
        for seat in seats:  # "tham gia Ban Chấp hành, giữ chức Bí thư Đảng ủy xã": the committee the post heads
            if seat.level_guessed and post and post[0].level is not None:
                seat.level, seat.level_guessed = post[0].level, post[0].level_guessed
        if leave:
            mark_removed(group)
        out.extend(post + seats)
        end_tok = w.owner[k - 1] + 1 if k else 0
    return (out, end_tok) if out and end_tok is not None else None


def seat_heading(w: Words, k: int, reading: Reading) -> tuple[list[Segment], int] | None:
    """A seat that heads a list of names, at word `k`: "(được bầu vào) Ban Thường vụ Thành ủy (khóa mới) gồm
    (các đồng chí):"; returns the seat and the token where the list (with its cue, if any) begins.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Ban Thường vụ Huyện ủy gồm các đồng chí: Lê Văn An"))
    >>> seats, first = seat_heading(w, 0, Reading())
    >>> [(s.position, s.level) for s in seats], first
    ([('standing_committee_member', 'district')], 6)
    """
    n = longest_match(w.words, k, _SEAT_INDEX)
    if not n:
        return None
    seg = read_segment(w, k, len(w.words), reading, (n, SEATS[" ".join(w.words[k : k + n])]))
    if seg is None or seg.name_start is not None:
        return None
    j = seg.token_end
    while j < len(w.tokens) and w.tokens[j].key in ("khóa", "mới", "nhiệm", "kỳ"):  # "khóa mới gồm ..."
        j += 1
    if j >= len(w.tokens) or w.tokens[j].key != "gồm":
        return None
    j += 1
    while j < len(w.tokens) and (w.tokens[j].key == "có" or w.tokens[j].key.isdigit()):
        j += 1
    resolve_levels([seg], reading)
    return [seg], j


def seat_headings(w: Words, reading: Reading) -> dict[int, list[Segment]]:
    """The seats that head a list of names in a line, by the word where the list begins (`seat_heading`)."""
    out: dict[int, list[Segment]] = {}
    k = 0
    while True:
        try:
            k = w.words.index("ban", k)  # a C-level scan: few words of a line are "ban"
        except ValueError:
            return out
        if (found := seat_heading(w, k, reading)) is not None:
            seats, first = found
            out[w.first_word[first] if first < len(w.tokens) else len(w.words)] = seats
        k += 1


def _lead_to_seat(w: Words, k: int) -> tuple[int, bool] | None:
    """The first seat's word after the joining words at word `k`, and whether they say the seat is left."""
    for j in range(k, min(len(w.words), k + _MAX_LEAD + 1)):
        if w.words[j] in _SEAT_INDEX and longest_match(w.words, j, _SEAT_INDEX):  # most words begin no seat
            m = _JOIN_RE.fullmatch(" ".join(w.words[k:j]) + " ")
            return (j, bool(m.group("leave"))) if m else None
    return None


def _seat_list(w: Words, k: int, reading: Reading) -> tuple[list[Segment], int]:
    """Seats joined by commas or 'và' from word `k`: "Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy"."""
    seats: list[Segment] = []
    while (n := longest_match(w.words, k, _SEAT_INDEX)) > 0:
        seg = read_segment(w, k, len(w.words), reading, (n, SEATS[" ".join(w.words[k : k + n])]))
        if seg is None or seg.name_start is not None:
            break
        seats.append(seg)
        k = w.first_word[seg.token_end] if seg.token_end < len(w.tokens) else len(w.words)
        if k < len(w.words) and w.words[k] in (",", "và") and longest_match(w.words, k + 1, _SEAT_INDEX):
            k += 1
    return seats, k


def _post_after(w: Words, k: int, reading: Reading) -> tuple[list[Segment], int]:
    """The post given with the seats: ", giữ chức Phó Bí thư Tỉnh ủy" after word `k`; none if the words say other."""
    for j in range(k, min(len(w.words), k + 5)):
        if position_at(w, j)[1] is not None:
            if not _POST_RE.fullmatch(" ".join(w.words[k:j]) + " "):
                return [], k
            stack = read_stack(w, j, len(w.words), reading)
            roles = [s for s in stack.segments if s.name_start is None and not s.dropped]
            end = w.first_word[stack.token_end] if stack.token_end < len(w.tokens) else len(w.words)
            return (roles, end) if roles else ([], k)
    return [], k
