"""One line of an article: the people it names and the roles stated with each, read with the title readers of
`transforms.extraction.people.titles`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from transforms.extraction.people.appointments import appointed_before, appointed_roles, skip_aside
from transforms.extraction.people.line_names import (
    _CUE_INDEX,
    Name,
    _clause_start,
    _cue_end,
    _name_after_copula,
    _name_at,
    _valid_name,
)
from transforms.extraction.people.prefix_vocabulary import FORMER_LIST_WORDS, FORMER_WORDS
from transforms.extraction.people.title_names import SURNAMES
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import (
    Token,
    Words,
    expand,
    longest_match,
    phrase_index,
    position_at,
    tokenize,
)
from transforms.extraction.people.titles import TITLE_FIRST_WORDS, read_stack, resolve_levels, skip_prefixes

# Between a name and its title.
NAME_TITLE_SEPARATORS = frozenset({",", "-", "–", "—", "(", ":"})
# Words between a name and its title that state it ("ông A là Bí thư Tỉnh ủy", "hiện là Chủ tịch ...").
COPULAS = ("là", "hiện là", "đang là", "cũng là", "hiện đang là")

_COPULA_INDEX = phrase_index(COPULAS)
_FORMER_INDEX = phrase_index(FORMER_WORDS + FORMER_LIST_WORDS)
# The words at which `read_line` may find a cue, a title or a former title: at any other word only a name can start,
# and a name without a cue starts with a surname.
_OPENING_WORDS = frozenset(_CUE_INDEX) | frozenset(_FORMER_INDEX) | TITLE_FIRST_WORDS | {"các"}


def token_lines(text: str) -> Iterator[tuple[int, int, list[Token]]]:
    """The text's lines as (start, end, tokens): a title never runs across a line break."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tokens = tokenize(text, pos, end)
        if tokens:
            yield pos, end, tokens
        pos = end + 1


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
    pending: list[Segment] = []  # roles read with no name yet, that a following name may take
    pending_end = -1
    group: list[list[Segment]] = []  # the roles of names listed one after another, that a shared post extends
    group_end = -1
    shared: list[Segment] = []  # a title given to a list of names ("Hai Phó Chủ tịch là bà A, ông B")
    shared_end = -1
    k = 0
    n_words = len(w.words)
    starts = _read_starts(w)
    while k < n_words:
        next_start = bisect.bisect_left(starts, k)  # the words in between can start nothing
        if next_start == len(starts):
            break
        k = starts[next_start]
        tok_i = w.owner[k]
        cue_end = _cue_end(w, k)
        start = cue_end if cue_end is not None else k
        name: Name | None = None
        chain: list[Segment] = []
        if _title_at(w, start) or _former_at(w, start):
            stack = read_stack(w, start, n_words, reading)
            if not stack.segments:
                k = max(start, k + 1)
                continue
            last = stack.segments[-1]
            if last.name_start is not None and _valid_name(w, last.name_start, last.name_end, cue_end is not None):
                chain = stack.segments
                if pending and _joined_by_comma(w, pending_end, w.owner[start]):
                    chain = pending + chain
                    resolve_levels(chain, reading)
                name = Name(last.name_start, last.name_end, cue_end is not None)
            elif last.name_start is not None:  # a run that is not a name: read on after it
                pending, pending_end = [], -1
                k = w.first_word[last.name_end] if last.name_end < len(w.tokens) else n_words
                continue
            elif (named := _name_after_copula(w, stack.token_end)) is not None:
                chain, name = stack.segments, named
                shared = [s for s in chain if not s.dropped]
            else:
                opens_clause = _clause_start(w, w.owner[start]) or cue_end is not None
                pending, pending_end = (stack.segments, stack.token_end) if opens_clause else ([], -1)
                k = w.first_word[stack.token_end] if stack.token_end < len(w.tokens) else n_words
                continue
        elif start < n_words:
            name = _name_at(w, w.owner[start], cue_end is not None)
            if name is not None and cue_end is not None and pending and _joined_by_comma(w, pending_end, tok_i):
                chain = pending  # "Bí thư Thành ủy Hà Nội, ông Phạm Quang Nghị nhận xét"
        if name is None:
            if start >= n_words:
                break
            k = max(start, k + 1) if cue_end is not None else k + 1
            continue
        if not _listed_after(w, group_end, w.owner[k]):
            group = []
        if not chain and shared and _listed_after(w, shared_end, w.owner[k], (",", ";")):
            chain = list(shared)
        elif not chain:
            shared = []
        roles, after, appointed = _roles_after(w, name, reading, chain, appointed_before(w, w.owner[k]))
        out.append((name, roles))
        shared_end = after
        if len(appointed) == 1:  # "Các ông A, B, C được bầu làm Phó Bí thư": one post for every name listed
            for earlier in group:
                earlier.extend(appointed)
            group, group_end = [], -1
        else:
            group.append(roles)
            group_end = after
        pending, pending_end = [], -1
        k = w.first_word[after] if after < len(w.tokens) else n_words
    return [(name, roles) for name, roles in out if roles]


def _read_starts(w: Words) -> list[int]:
    """The words, in order, at which `read_line` may find something: a token's first word that may open a cue, a
    title or a former title, or a capitalised surname (a name without a cue starts with one).

    >>> _read_starts(expand(tokenize("Dự có ông Lò Văn Hặc, lò sưởi")))
    [2, 3]
    """
    first, words = w.first_word, w.words
    return [
        first[i]
        for i, tok in enumerate(w.tokens)
        if first[i] < first[i + 1]
        and (words[first[i]] in _OPENING_WORDS or (tok.key in SURNAMES and tok.is_capitalised))
    ]


def _title_at(w: Words, k: int) -> bool:
    """Whether a position (after any rank or prefix) starts at word `k`."""
    return k < len(w.words) and position_at(w, skip_prefixes(w, k, len(w.words)))[1] is not None


def _former_at(w: Words, k: int) -> bool:
    """'nguyên Bí thư...', 'từng là Bí thư...': a former title, read so that it is not taken for anything else."""
    n = longest_match(w.words, k, _FORMER_INDEX)
    return bool(n) and position_at(w, k + n)[1] is not None


def _joined_by_comma(w: Words, pending_end: int, tok_i: int) -> bool:
    """Whether a stack ending at token `pending_end` is joined to token `tok_i` by a single comma or 'kiêm'."""
    return pending_end >= 0 and tok_i == pending_end + 1 and w.tokens[pending_end].key in (",", "kiêm")


def _skip_age(w: Words, k: int) -> int:
    """Skip an age aside before a title: '(35 tuổi, Phó Bí thư Quận ủy)'.

    >>> _skip_age(expand(tokenize("35 tuổi, Phó Bí thư")), 0)
    3
    """
    if k + 2 < len(w.words) and w.words[k].isdigit() and w.words[k + 1] == "tuổi" and w.words[k + 2] == ",":
        return k + 3
    return k


def _roles_after(
    w: Words, name: Name, reading: Reading, before: list[Segment], appointed_before: bool | None
) -> tuple[list[Segment], int, list[Segment]]:
    """The roles of a name: those read before it, then those that follow it after a separator (or, for a cued name
    or a capitalised title, directly), then a post it is said to be given. Returns all of them, the token index
    where reading stopped, and the posts given (see `appointed_roles`)."""
    roles = list(before)
    end = _stated_roles(w, name, reading, roles)
    appointed, after, reelected = appointed_roles(w, end, reading, appointed_before)
    if reelected:  # "Chủ tịch HĐND nhiệm kỳ 2011-2016 tái cử": the ended term's post is held again
        for seg in roles:
            if seg.past_term and not seg.bodiless:
                seg.past_term = seg.former = seg.dropped = False
    return roles + appointed, max(end, after), appointed


def _stated_roles(w: Words, name: Name, reading: Reading, roles: list[Segment]) -> int:
    """Add to `roles` the titles written right after a name; returns the token index where they end."""
    i = skip_aside(w, name.end)
    if i >= len(w.tokens):
        return name.end
    tok = w.tokens[i]
    sep = tok.text in NAME_TITLE_SEPARATORS
    k = _skip_age(w, w.first_word[i] + (1 if sep else 0))
    k += longest_match(w.words, k, _COPULA_INDEX)
    if k >= len(w.words):
        return name.end
    if not sep and not name.cued and not w.tokens[w.owner[k]].is_capitalised:
        return name.end
    stack = read_stack(w, k, len(w.words), reading)
    mine = [s for s in stack.segments if s.name_start is None]
    if not mine:
        return name.end
    roles.extend(mine)
    end = stack.token_end
    if tok.text == "(":  # "(Hiệu trưởng trường Chính trị Đà Nẵng) làm ...": the rest of the aside is read past
        close = skip_aside(w, i, from_inside=end)
        end = close if close != i else end
    elif end < len(w.tokens) and w.tokens[end].text == ")":
        end += 1
    return end


def _listed_after(w: Words, prev_end: int, tok_i: int, marks: tuple[str, ...] = (",",)) -> bool:
    """Whether token `tok_i` follows token `prev_end` across nothing but list words: ',' (or `marks`), 'và', 'cùng'."""
    if prev_end < 0 or tok_i < prev_end:
        return False
    return all(t.text in marks or t.key in ("và", "cùng") for t in w.tokens[prev_end:tok_i])
