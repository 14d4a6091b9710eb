"""The roles written with a name in a line: the titles after it ("ông A, Bí thư Huyện ủy", "A là Chủ tịch ..."), a
post it is said to be given or to lose (`appointments`), and whether a title stated by "là" is said of a past time
("Trước đó, ... Bí thư Tỉnh ủy là ông B": not held now).
"""

from __future__ import annotations

import copy

from transforms.extraction.people.appointments import appointed_roles, skip_aside
from transforms.extraction.people.line_names import Name
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import Words, longest_match, phrase_index
from transforms.extraction.people.titles import read_stack

# Between a name and its title.
NAME_TITLE_SEPARATORS = frozenset({",", "-", "–", "—", "(", ":"})
# Words between a name and its title that state it ("ông A là Bí thư Tỉnh ủy", "hiện là Chủ tịch ...").
COPULAS = ("là", "hiện là", "đang là", "cũng là", "hiện đang là")
# A sentence opened by these tells of an earlier time: a title it states by "là" was held then, not now.
PAST_OPENINGS = ("trước đó", "khi đó", "lúc đó", "hồi đó", "thời điểm đó", "vào thời điểm đó", "khi ấy", "lúc ấy")
# The same words said between a title and "là" ("Thống đốc đương nhiệm khi đó là ông A").
PAST_WORDS = frozenset({"khi", "lúc", "hồi", "điểm"})

_COPULA_INDEX = phrase_index(COPULAS)
_PAST_INDEX = phrase_index(PAST_OPENINGS)
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def roles_after(
    w: Words, name: Name, reading: Reading, before: list[Segment], appointed_before: bool | None, removal: bool | None
) -> tuple[list[Segment], int, list[Segment], list[Segment]]:
    """The roles of a name: those read before it, then those that follow it after a separator (or, for a cued name
    or a capitalised title, directly), then a post it is said to be given. Returns all of them, the token index
    where reading stopped, the titles written after the name, and the posts given (see `appointed_roles`)."""
    roles = list(before)
    end = _stated_roles(w, name, reading, roles)
    stated = roles[len(before) :]
    appointed, after, reelected = appointed_roles(w, end, reading, appointed_before, removal)
    if reelected:  # "Chủ tịch HĐND nhiệm kỳ 2011-2016 tái cử": the ended term's post is held again
        for seg in roles:
            if seg.past_term and not seg.bodiless:
                seg.past_term = seg.former = seg.dropped = False
    return roles + appointed, max(end, after), stated, appointed


def _skip_age(w: Words, k: int) -> int:
    """Skip an age aside before a title: '(35 tuổi, Phó Bí thư Quận ủy)'.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _skip_age(expand(tokenize("35 tuổi, Phó Bí thư")), 0)
    3
    """
    if k + 2 < len(w.words) and w.words[k].isdigit() and w.words[k + 1] == "tuổi" and w.words[k + 2] == ",":
        return k + 3
    return k


def _stated_roles(w: Words, name: Name, reading: Reading, roles: list[Segment]) -> int:
    """Add to `roles` the titles written right after a name; returns the token index where they end."""
    i = skip_aside(w, name.end)
    if i >= len(w.tokens):
        return name.end
    tok = w.tokens[i]
    sep = tok.text in NAME_TITLE_SEPARATORS
    k = _skip_age(w, w.first_word[i] + (1 if sep else 0))
    copula = longest_match(w.words, k, _COPULA_INDEX)
    past_copula = copula > 0 and w.words[k] not in ("hiện", "đang")  # "hiện là ...": held now
    k += copula
    if k >= len(w.words):
        return name.end
    if not sep and not name.cued and not w.tokens[w.owner[k]].is_capitalised:
        return name.end
    stack = read_stack(w, k, len(w.words), reading)
    mine = [s for s in stack.segments if s.name_start is None]
    if not mine:
        return name.end
    if past_copula and said_of_the_past(w, w.first_word[name.start], k):
        mark_past(mine)
    roles.extend(mine)
    end = stack.token_end
    if tok.text == "(":  # "(Hiệu trưởng trường Chính trị Đà Nẵng) làm ...": the rest of the aside is read past
        close = skip_aside(w, i, from_inside=end)
        end = close if close != i else end
    elif end < len(w.tokens) and w.tokens[end].text == ")":
        end += 1
    return end


def said_of_the_past(w: Words, lo: int, hi: int) -> bool:
    """Whether the sentence holding words [lo, hi) opens with a past time ("Trước đó, ...") or those words say one
    ("đương nhiệm khi đó").

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> w = expand(tokenize("Trước đó, Bí thư Tỉnh ủy là ông Lê Văn An."))
    >>> said_of_the_past(w, 3, 8), said_of_the_past(expand(tokenize("Bí thư Tỉnh ủy là ông A")), 0, 5)
    (True, False)
    """
    start = lo
    while start > 0 and w.words[start - 1] not in _SENTENCE_ENDS:
        start -= 1
    if longest_match(w.words, start, _PAST_INDEX):
        return True
    return any(w.words[j] in PAST_WORDS and w.words[j + 1] in ("đó", "ấy") for j in range(lo, hi - 1))


def mourned(w: Words, k: int) -> bool:
    """Whether the title at word `k` is named in a tribute to the dead ("dành một phút mặc niệm Bí thư Tỉnh ủy A và
    Chủ tịch HĐND B"): the post was held until death, not now.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> mourned(expand(tokenize("Đại biểu mặc niệm Bí thư Tỉnh ủy Lê Văn An")), 4)
    True
    """
    lo = k
    while lo > 0 and k - lo < _MOURNING_REACH and w.words[lo - 1] not in _SENTENCE_ENDS:
        lo -= 1
    words = w.words[lo:k]
    return any(words[j : j + 2] in (["mặc", "niệm"], ["tưởng", "niệm"]) for j in range(len(words) - 1))


_MOURNING_REACH = 25  # words


def given_by_la(w: Words, tok_from: int, tok_to: int) -> bool:
    """Whether the words between a title and a name state it by "là" ("Bí thư Tỉnh ủy là ông A"), not by a list
    ("gồm", ":"), a removal ("đối với") or "hiện là"."""
    keys = [t.key for t in w.tokens[tok_from:tok_to]]
    return "là" in keys and not {"gồm", ":", "đối", "với", "hiện", "đang", "nay"} & set(keys)


def mark_past(segments: list[Segment]) -> None:
    """The titles were held at the past time the sentence tells of: not roles now."""
    for seg in segments:
        seg.former = seg.dropped = True


_IN_PLACE_OF = frozenset({"thay", "thay cho", "thay thế", "thay thế cho"})
# The words `replaced` joins end with the last token's key: that key, past any leading comma or space, ends a phrase.
_IN_PLACE_OF_ENDS = frozenset(p[i:] for p in _IN_PLACE_OF for i in range(len(p)))


def replaced(w: Words, given_end: int, tok_i: int) -> bool:
    """Whether the words from token `given_end` (where a post given ends) to token `tok_i` say "in place of"."""
    if given_end < 0 or tok_i <= given_end or w.tokens[tok_i - 1].key.lstrip(", ") not in _IN_PLACE_OF_ENDS:
        return False
    return " ".join(t.key for t in w.tokens[given_end:tok_i]).lstrip(", ") in _IN_PLACE_OF


def as_former(seg: Segment) -> Segment:
    """A post as held before by the one replaced ("giữ chức Bí thư ... thay cho ông A"): not a role now."""
    former = copy.copy(seg)
    former.former = former.dropped = True
    former.current = former.removed = False
    return former
