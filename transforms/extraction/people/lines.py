"""One line of an article: the people it names and the roles stated with each, read with the title readers of
`transforms.extraction.people.titles`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress

from transforms.extraction.people.appointments import appointed_before
from transforms.extraction.people.line_lists import (
    chair_body,
    copies,
    heading_end,
    lend_body,
    respective,
    share_back,
    territorial_chairs,
)
from transforms.extraction.people.line_names import (
    _CUE_INDEX,
    Name,
    _clause_start,
    _cue_end,
    _name_after_copula,
    _name_at,
    _short_name_at,
    _valid_name,
)
from transforms.extraction.people.line_roles import (
    as_former,
    given_by_la,
    mark_past,
    mourned,
    replaced,
    roles_after,
    said_of_the_past,
)
from transforms.extraction.people.memberships import seat_headings
from transforms.extraction.people.prefix_vocabulary import FORMER_LIST_WORDS, FORMER_WORDS
from transforms.extraction.people.removals import candidacy_before, mark_removed, removal_before
from transforms.extraction.people.title_names import SURNAMES
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import (
    DASHES,
    Token,
    Words,
    expand,
    longest_match,
    phrase_index,
    position_at,
    tokenize,
)
from transforms.extraction.people.titles import TITLE_FIRST_WORDS, read_stack, resolve_levels, skip_prefixes

_FORMER_INDEX = phrase_index(FORMER_WORDS + FORMER_LIST_WORDS)
# The words at which `read_line` may find a cue, a title or a former title: at any other word only a name can start,
# and a name without a cue starts with a surname.
_OPENING_WORDS = frozenset(_CUE_INDEX) | frozenset(_FORMER_INDEX) | TITLE_FIRST_WORDS | {"các"}
_START_KEYS = _OPENING_WORDS | SURNAMES


def token_lines(text: str) -> Iterator[tuple[int, int, list[Token]]]:
    """The text's lines as (start, end, tokens): a title never runs across a line break."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tokens = tokenize(text, pos, end)
        if tokens:
            yield pos, end, tokens
        pos = end + 1


@dataclass(slots=True)
class _Lists:
    """What a line's reading carries from one name to the next: titles waiting for a name, and lists of names."""

    pending: list[Segment] = field(default_factory=list)  # roles read with no name yet, that a following name may take
    pending_end: int = -1
    group: list[tuple[Name, list[Segment]]] = field(default_factory=list)  # names listed one after another
    group_end: int = -1
    shared: list[Segment] = field(default_factory=list)  # a title given to a list ("Hai Phó Chủ tịch là bà A, ông B")
    shared_end: int = -1
    shared_group: list[list[Segment]] = field(default_factory=list)  # the roles of the names that took it
    heading: list[Segment] = field(default_factory=list)  # a list's heading ("các Ủy viên Trung ương Đảng:")
    heading_end: int = -1
    list_body: Segment | None = None  # a chair's title with its body, which later chairs of a list share
    list_end: int = -1
    given: list[Segment] = field(default_factory=list)  # the post the last name was given, for the one it replaces
    given_end: int = -1

    def close_shared(self) -> None:
        respective(self.shared_group, self.shared)
        self.shared, self.shared_group = [], []


def read_line(tokens: list[Token], reading: Reading) -> list[tuple[Name, list[Segment]]]:
    """Each named person of a line with the roles read for that mention (dropped roles included, for the caller):
    the titles written with the name, and a post the sentence says the person was just given ("được bầu giữ chức
    Bí thư Tỉnh ủy"), which the names listed before it share ("Các ông A, B được bầu làm Phó Bí thư").

    >>> found = read_line(tokenize("Bí thư Tỉnh uỷ Phú Thọ Hoàng Dân Mạc phát biểu"), Reading())
    >>> [(" ".join(t.text for t in tokenize("Bí thư Tỉnh uỷ Phú Thọ Hoàng Dân Mạc")[n.start : n.end]), len(s))
    ...  for n, s in found]
    [('Hoàng Dân Mạc', 1)]
    """
    w = expand(tokens)
    out: list[tuple[Name, list[Segment]]] = []
    st = _Lists()
    k = 0
    n_words = len(w.words)
    headings = seat_headings(w, reading)
    starts = sorted(set(_read_starts(w)) | set(headings))
    while k < n_words:
        next_start = bisect.bisect_left(starts, k)  # the words in between can start nothing
        if next_start == len(starts):
            break
        k = starts[next_start]
        tok_i = w.owner[k]
        if k in headings:  # "Ban Thường vụ Huyện ủy gồm các đồng chí: ...": a seat for every name listed
            st.heading, st.heading_end = headings[k], tok_i
        # At a word that opens nothing (a surname) no cue, title or former title is found: only a name can start.
        opening = w.words[k] in _OPENING_WORDS
        cue_end = _cue_end(w, k) if opening else None
        start = cue_end if cue_end is not None else k
        name: Name | None = None
        chain: list[Segment] = []
        copula = False
        if opening and (_title_at(w, start) or _former_at(w, start)):
            stack = read_stack(w, start, n_words, reading)
            if not stack.segments:
                k = max(start, k + 1)
                continue
            removal = removal_before(w, start)
            if removal:
                mark_removed(stack.segments)
            elif mourned(w, start):  # "mặc niệm Bí thư Tỉnh ủy A": held until death
                mark_past(stack.segments)
            last = stack.segments[-1]
            opens_clause = _clause_start(w, w.owner[start]) or cue_end is not None
            if last.name_start is not None and _valid_name(w, last.name_start, last.name_end, cue_end is not None):
                chain = stack.segments
                if st.pending and _joined(w, st.pending_end, w.owner[start], True):
                    chain = st.pending + chain
                    resolve_levels(chain, reading)
                name = Name(last.name_start, last.name_end, cue_end is not None)
            elif last.name_start is not None:  # a run that is not a name: read on after it
                st.pending, st.pending_end = [], -1
                k = w.first_word[last.name_end] if last.name_end < len(w.tokens) else n_words
                continue
            elif (named := _name_after_copula(w, stack.token_end, removal is not None, opens_clause)) is not None:
                chain, name, copula = stack.segments, named, True
                territorial_chairs(w, start, chain, reading)
                if removal is None and candidacy_before(w, start):  # "3 người cho chức danh Bí thư gồm: ..."
                    for seg in chain:
                        seg.dropped = True
                if given_by_la(w, stack.token_end, named.start) and said_of_the_past(
                    w, start, w.first_word[named.start]
                ):
                    mark_past(chain)
                st.close_shared()
                st.shared = [s for s in chain if not s.dropped or s.removed]
            else:
                listed = heading_end(w, start, stack.token_end)
                if listed is not None:
                    st.heading, st.heading_end = [s for s in stack.segments if not s.dropped], listed
                pending = opens_clause and listed is None
                st.pending, st.pending_end = (stack.segments, stack.token_end) if pending else ([], -1)
                k = w.first_word[stack.token_end] if stack.token_end < len(w.tokens) else n_words
                continue
        elif start < n_words:
            name = _name_at(w, w.owner[start], cue_end is not None)
            if name is None and cue_end is not None:
                name = _short_name_at(w, k, cue_end)
            if name is not None and st.pending and _joined(w, st.pending_end, tok_i, cue_end is not None):
                chain = st.pending  # "Bí thư Thành ủy Hà Nội, ông Đỗ Văn Hùng", "Chủ tịch HĐND tỉnh – Lê Văn A"
        if name is None:
            if start >= n_words:
                break
            k = max(start, k + 1) if cue_end is not None else k + 1
            continue
        if not _listed_after(w, st.group_end, w.owner[k]):
            st.group = []
        shared = bool(not chain and st.shared and _listed_after(w, st.shared_end, w.owner[k], (",", ";")))
        if shared:
            chain = copies(st.shared)
        elif not copula:
            st.close_shared()
        if st.heading and _listed_after(w, st.heading_end, w.owner[k], (",", ";", ":")):
            chain = chain + copies(st.heading)  # "các Ủy viên Trung ương Đảng: Bí thư Tỉnh ủy A, Bộ trưởng B"
        else:
            st.heading = []
        if cue_end is not None and replaced(w, st.given_end, w.owner[k]):
            chain = chain + [as_former(s) for s in st.given]  # "giữ chức Bí thư ... thay cho ông A"
        removal = removal_before(w, k) if cue_end is not None else None
        roles, after, stated, appointed = roles_after(w, name, reading, chain, appointed_before(w, w.owner[k]), removal)
        if st.list_body is not None and _listed_after(w, st.list_end, w.owner[k], (",", ";")):
            lend_body(st.list_body, roles)  # "A - Chủ tịch Hội X; B - Phó Chủ tịch thường trực"
        else:
            st.list_body = None
        st.list_body, st.list_end = chair_body(roles) or st.list_body, after
        if appointed and _now_before(w, k):  # "Hiện ông A giữ chức ...": held now
            for seg in appointed:
                seg.current = True
        out.append((name, roles))
        if copula or shared:
            st.shared_group.append(roles)
        st.shared_end = st.heading_end = after
        st.given, st.given_end = [s for s in appointed if not s.dropped], after
        if len(appointed) == 1:  # "Các ông A, B, C được bầu làm Phó Bí thư": one post for every name listed
            for _, earlier in st.group:
                earlier.extend(appointed)
            st.group, st.group_end = [], -1
        elif st.group and len(appointed) == len(st.group) + 1:  # "A và B được bầu giữ chức X và Y": in order
            for _, earlier in st.group:
                earlier.extend(copies(appointed))
            respective([earlier for _, earlier in st.group] + [roles], appointed)
            st.group, st.group_end = [], -1
        else:
            if not chain and not appointed and not _in_parentheses(w, name.end):
                share_back(st.group, name, stated)
            st.group.append((name, roles))
            st.group_end = after
        st.pending, st.pending_end = [], -1
        k = w.first_word[after] if after < len(w.tokens) else n_words
    st.close_shared()
    return [(name, roles) for name, roles in out if roles]


def _read_starts(w: Words) -> list[int]:
    """The words, in order, at which `read_line` may find something: a token's first word that may open a cue, a
    title or a former title, or a capitalised surname that does not go on a capitalised run (a name without a cue
    starts with one).

    >>> _read_starts(expand(tokenize("Dự có ông Lò Văn Hặc, lò sưởi")))
    [2, 3]
    """
    first, words, tokens = w.first_word, w.words, w.tokens
    # A token of one word is that word, its key: only those with a key that may open something or be a surname, and
    # those spelt out, are looked at.
    candidates = compress(range(len(tokens)), map(_START_KEYS.__contains__, w.keys))
    out: list[int] = []
    for i in sorted({*candidates, *w.spelt}) if w.spelt else candidates:
        k = first[i]
        if k == first[i + 1]:
            continue
        if words[k] in _OPENING_WORDS or (
            tokens[i].key in SURNAMES and tokens[i].is_capitalised and not (i and tokens[i - 1].is_capitalised)
        ):
            out.append(k)
    return out


def _title_at(w: Words, k: int) -> bool:
    """Whether a position (after any rank or prefix) starts at word `k`."""
    return k < len(w.words) and position_at(w, skip_prefixes(w, k, len(w.words)))[1] is not None


def _former_at(w: Words, k: int) -> bool:
    """'nguyên Bí thư...', 'từng là Bí thư...': a former title, read so that it is not taken for anything else."""
    if k >= len(w.words) or w.words[k] not in _FORMER_INDEX:  # most words begin no former title
        return False
    n = longest_match(w.words, k, _FORMER_INDEX)
    return bool(n) and position_at(w, k + n)[1] is not None


def _joined(w: Words, pending_end: int, tok_i: int, cued: bool) -> bool:
    """Whether a stack ending at token `pending_end` is joined to token `tok_i` by a single dash ("Chủ tịch HĐND
    tỉnh – Lê Văn A"), or, before a cue or a title, by a comma or 'kiêm' ("Bí thư Thành ủy, ông B")."""
    if pending_end < 0 or tok_i != pending_end + 1:
        return False
    joint = w.tokens[pending_end]
    return joint.text in DASHES or (cued and joint.key in (",", "kiêm"))


def _now_before(w: Words, k: int) -> bool:
    """Whether the clause of the name at word `k` opens with "hiện" ("Hiện ông A giữ chức ...")."""
    j = k - 1
    while j >= 0 and w.words[j] in (",", "nay", "tại", "đang"):
        j -= 1
    return j >= 0 and w.words[j] == "hiện" and (j == 0 or w.words[j - 1] in (".", ";", ",", ":"))


def _in_parentheses(w: Words, tok_i: int) -> bool:
    """Whether token `tok_i` opens an aside in parentheses."""
    return tok_i < len(w.tokens) and w.tokens[tok_i].text == "("


def _listed_after(w: Words, prev_end: int, tok_i: int, marks: tuple[str, ...] = (",",)) -> bool:
    """Whether token `tok_i` follows token `prev_end` across nothing but list words: ',' (or `marks`), 'và', 'cùng'."""
    if prev_end < 0 or tok_i < prev_end:
        return False
    return all(t.text in marks or t.key in ("và", "cùng") for t in w.tokens[prev_end:tok_i])
