"""Named officials and their roles: every person an article names with a title, one mention per (name, role).

Three ways of naming are read, all common in Vietnamese reports:

* a cue, the name, then the title: "đồng chí Hoàng Văn Tạo, Tỉnh ủy viên, Bí thư Huyện ủy", "Đ/c K Thanh – TUV",
  "Đại tá Lê Hồng Nhân, Uỷ viên BTV Tỉnh uỷ", "ông Trần Văn Tư (Phó bí thư thường trực Tỉnh uỷ)";
* a name then a title without a cue, in lists: "có các đồng chí: A, title; B, title", "Nguyễn Mạnh Hồng- Phó Bí thư";
* the title, then the name: "Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc".

A name without a cue must start with a common surname and have three or four syllables; with a cue ("đồng chí",
"ông", a rank...) two to five syllables of any kind are accepted, which lets ethnic-minority names through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.model import DocumentContext, RoleMention
from transforms.text import match_key
from transforms.titles import (
    CENTRAL_CITIES,
    FORMER_WORDS,
    NOT_PEOPLE,
    SEPARATORS,
    SURNAMES,
    Reading,
    Segment,
    Token,
    Words,
    _index,
    capitalised_run,
    expand,
    longest_match,
    position_at,
    read_stack,
    resolve_levels,
    skip_prefixes,
    split_run,
    tokenize,
)

# Words that introduce a person by name. Capitalised "Ông"/"Bà" count only where a clause begins.
PERSON_CUES = ("đồng chí", "đ/c", "ông", "bà", "đc")
RANK_CUES = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy",
)  # fmt: skip
# Words after which a title opens a clause ("Dự có Bí thư ...") rather than being an object ("quyền của Thủ tướng").
CLAUSE_OPENERS = frozenset({"và", "có", "các", "gồm", "là", "cùng", "dự"})
# Between a name and its title.
NAME_TITLE_SEPARATORS = frozenset({",", "-", "–", "—", "(", ":"})
MIN_CUED_NAME, MAX_CUED_NAME = 2, 5
MIN_NAME, MAX_NAME = 3, 4

_CUE_INDEX = _index(PERSON_CUES + RANK_CUES)
_FORMER_INDEX = _index(FORMER_WORDS)
_CITY_RE = re.compile("|".join([*CENTRAL_CITIES, r"tp\.? ?hcm"]))
_CITY_WORDS = re.compile(r"\b(?:thành phố|tp|thành ủy)\b")
_LEVEL_WORDS = {
    "district": re.compile(r"\b(?:huyện|thị xã|quận|thị ủy|quận ủy)\b"),
    "province": re.compile(r"\b(?:tỉnh|tỉnh ủy)\b"),
}


# A name as found: (name, char_start, char_end, sentence_start, sentence_end, roles).
_Found = tuple[str, int, int, int, int, list[Segment]]


@dataclass(slots=True)
class Name:
    """A person's name found in a line: token span and whether a cue word introduced it."""

    start: int  # token indices, end exclusive
    end: int
    cued: bool


def extract_roles(ctx: DocumentContext) -> list[RoleMention]:
    """Every named official with each role: one mention per distinct (name, position, organization type, level),
    at the first mention that states that role; names spelt with either tone style are one person.

    >>> text = "Dự có đồng chí Hoàng Văn Tạo, Tỉnh ủy viên, Bí thư Huyện ủy."
    >>> [(r.person_name, r.position, r.level) for r in extract_roles(DocumentContext(text, ()))]
    [('Hoàng Văn Tạo', 'member_of_committee', 'province'), ('Hoàng Văn Tạo', 'secretary', 'district')]
    """
    text = ctx.clean_text
    reading = Reading(doc_level_hint=document_level(text), central_city=mentions_central_city(text))
    starts = [s.start for s in ctx.sentences]
    found: list[_Found] = []
    for line_start, line_end, tokens in _lines(text):
        for name, segments in read_line(tokens, reading):
            first, last = tokens[name.start], tokens[name.end - 1]
            sent_start, sent_end = _sentence_of(ctx, starts, first.start, line_start, line_end)
            found.append((text[first.start : last.end], first.start, last.end, sent_start, sent_end, segments))
    found = _trim_run_on_names(found)
    _complete_guessed_levels([(person, segments) for person, *_, segments in found])
    seen: set[tuple[str, str, str, str]] = set()
    out: list[RoleMention] = []
    for person, char_start, char_end, sent_start, sent_end, segments in found:
        for seg in segments:
            key = (match_key(person), seg.position, seg.org, seg.level or "district")
            if seg.dropped or key in seen:
                continue
            seen.add(key)
            out.append(
                RoleMention(
                    person_name=person,
                    position=seg.position,
                    organization_type=seg.org,
                    level=seg.level or "district",
                    title_text=text[seg.start : seg.end],
                    char_start=char_start,
                    char_end=char_end,
                    sentence_start=sent_start,
                    sentence_end=sent_end,
                    place_name=seg.place,
                )
            )
    return out


def _trim_run_on_names(found: list[_Found]) -> list[_Found]:
    """A name that ran on into the next word ("Nguyễn Thế Hùng Phản hồi", a caption without its full stop) is cut
    back to the shorter name the article also uses."""
    keys = {match_key(person) for person, *_ in found}
    out: list[_Found] = []
    for person, start, end, sent_start, sent_end, segments in found:
        words = person.split()
        if len(words) >= MAX_NAME:
            shorter = person[: person.rindex(words[-1])].rstrip()
            if match_key(shorter) in keys:
                person, end = shorter, start + len(shorter)
        out.append((person, start, end, sent_start, sent_end, segments))
    return out


def _complete_guessed_levels(found: list[tuple[str, list[Segment]]]) -> None:
    """A bare title whose level had to be guessed ("Bí thư Nguyễn Thiện Nhân") takes the body and level that the
    same person's same position has elsewhere in the article ("Bí thư Thành ủy TP. HCM Nguyễn Thiện Nhân")."""
    stated: dict[tuple[str, str], Segment] = {}
    for person, segments in found:
        for seg in segments:
            if not seg.level_guessed and not seg.dropped:
                stated.setdefault((match_key(person), seg.position), seg)
    for person, segments in found:
        for seg in segments:
            full = stated.get((match_key(person), seg.position))
            if seg.level_guessed and full is not None:
                seg.org, seg.level, seg.level_guessed = full.org, full.level, False


def document_level(text: str) -> str:
    """The level most of the article's unit words name: 'district' or 'province' (for titles that state none);
    "thành phố" counts as province in an article about a centrally-run city.

    >>> document_level("UBND huyện, Huyện ủy, HĐND huyện và tỉnh")
    'district'
    """
    key = match_key(text)
    counts = {level: len(rx.findall(key)) for level, rx in _LEVEL_WORDS.items()}
    cities = len(_CITY_WORDS.findall(key))
    counts["province" if mentions_central_city(text) else "district"] += cities
    return "province" if counts["province"] > counts["district"] else "district"


def mentions_central_city(text: str) -> bool:
    """Whether the article names a centrally-run city, whose bare 'Thành ủy' is province level.

    >>> mentions_central_city("HĐND TP. HCM khai mạc"), mentions_central_city("Thành ủy Vinh")
    (True, False)
    """
    return bool(_CITY_RE.search(match_key(text)))


def _lines(text: str) -> Iterator[tuple[int, int, list[Token]]]:
    """The text's lines as (start, end, tokens): a title never runs across a line break."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tokens = [Token(t.text, t.start + pos, t.end + pos, t.key) for t in tokenize(line)]
        if tokens:
            yield pos, end, tokens
        pos = end + 1


def _sentence_of(
    ctx: DocumentContext, starts: list[int], offset: int, line_start: int, line_end: int
) -> tuple[int, int]:
    """The sentence holding `offset`, else its line."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and ctx.sentences[i].start <= offset < ctx.sentences[i].end:
        return ctx.sentences[i].start, ctx.sentences[i].end
    return line_start, line_end


# ---------------------------------------------------------------------------------------------------------------------
# One line: names and the roles stated with them.


def read_line(tokens: list[Token], reading: Reading) -> list[tuple[Name, list[Segment]]]:
    """Each named person of a line with the roles read for that mention (dropped roles included, for the caller).

    >>> found = read_line(tokenize("Bí thư Tỉnh uỷ Phú Thọ Hoàng Dân Mạc phát biểu"), Reading())
    >>> [(" ".join(t.text for t in tokenize("Bí thư Tỉnh uỷ Phú Thọ Hoàng Dân Mạc")[n.start : n.end]), len(s))
    ...  for n, s in found]
    [('Hoàng Dân Mạc', 1)]
    """
    w = expand(tokens)
    out: list[tuple[Name, list[Segment]]] = []
    pending: list[Segment] = []  # roles read with no name yet, that a following name may take
    pending_end = -1
    k = 0
    n_words = len(w.words)
    while k < n_words:
        tok_i = w.owner[k]
        if w.first_word[tok_i] != k:
            k += 1
            continue
        cue_end = _cue_end(w, k)
        start = cue_end if cue_end is not None else k
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
                roles, after = _roles_after(w, name, reading, chain)
                out.append((name, roles))
                pending, pending_end = [], -1
                k = w.first_word[after] if after < len(w.tokens) else n_words
                continue
            if last.name_start is not None:  # a run that is not a name: read on after it
                pending, pending_end = [], -1
                k = w.first_word[last.name_end] if last.name_end < len(w.tokens) else n_words
                continue
            opens_clause = _clause_start(w, w.owner[start]) or cue_end is not None
            pending, pending_end = (stack.segments, stack.token_end) if opens_clause else ([], -1)
            k = w.first_word[stack.token_end] if stack.token_end < len(w.tokens) else n_words
            continue
        if start >= n_words:
            break
        name = _name_at(w, w.owner[start], cue_end is not None)
        if name is not None:
            roles, after = _roles_after(w, name, reading, [])
            if roles:
                out.append((name, roles))
            pending, pending_end = [], -1
            k = w.first_word[after] if after < len(w.tokens) else n_words
            continue
        k = max(start, k + 1) if cue_end is not None else k + 1
    return out


def _title_at(w: Words, k: int) -> bool:
    """Whether a position (after any rank or prefix) starts at word `k`."""
    return k < len(w.words) and position_at(w, skip_prefixes(w, k, len(w.words)))[1] is not None


def _former_at(w: Words, k: int) -> bool:
    """'nguyên Bí thư...', 'từng là Bí thư...': a former title, read so that it is not taken for anything else."""
    n = longest_match(w.words, k, _FORMER_INDEX)
    return bool(n) and position_at(w, k + n)[1] is not None


def _cue_end(w: Words, k: int) -> int | None:
    """Word index after a person cue at `k` ('đồng chí', 'Đ/c', 'ông', a rank, 'các đồng chí:'), or None."""
    j = k
    if j < len(w.words) and w.words[j] == "các":
        j += 1
    n = longest_match(w.words, j, _CUE_INDEX)
    if not n:
        return None
    tok = w.tokens[w.owner[j]]
    if tok.key in ("ông", "bà") and tok.text[0].isupper() and not _clause_start(w, w.owner[j]):
        return None
    j += n
    while True:  # "ông ông Võ Văn Dũng", "các đồng chí: ..."
        while j < len(w.words) and w.words[j] in (":", "."):
            j += 1
        again = longest_match(w.words, j, _CUE_INDEX)
        if not again:
            break
        j += again
    return skip_prefixes(w, j, len(w.words))


def _clause_start(w: Words, tok_i: int) -> bool:
    """Whether token `tok_i` opens a line or a clause: it follows a separator or a word such as 'có' (not 'của').

    >>> _clause_start(expand(tokenize("theo ủy quyền của Thủ tướng")), 4)
    False
    """
    return tok_i == 0 or w.tokens[tok_i - 1].text in SEPARATORS or w.tokens[tok_i - 1].key in CLAUSE_OPENERS


def _name_at(w: Words, tok_i: int, cued: bool) -> Name | None:
    """A person's name starting at token `tok_i`, if the capitalised run there is one."""
    if tok_i >= len(w.tokens) or not w.tokens[tok_i].is_capitalised:
        return None
    end = capitalised_run(w.tokens, tok_i, len(w.tokens))
    if not cued and tok_i > 0 and w.tokens[tok_i - 1].is_capitalised:
        return None  # the tail of a longer capitalised run
    # a position inside the run ends the name: "Hoàng Dân Mạc Bí thư Tỉnh ủy"
    for j in range(tok_i + 1, end):
        if position_at(w, w.first_word[j])[1] is not None:
            end = j
            break
    if not _valid_name(w, tok_i, end, cued):
        return None
    return Name(tok_i, end, cued)


def _valid_name(w: Words, start: int, end: int, cued: bool) -> bool:
    """Whether tokens [start, end) can be a person's name."""
    keys = [t.key for t in w.tokens[start:end]]
    if " ".join(keys) in NOT_PEOPLE or not keys:
        return False
    if cued:
        return MIN_CUED_NAME <= len(keys) <= MAX_CUED_NAME
    return MIN_NAME <= len(keys) <= MAX_NAME and keys[0] in SURNAMES and split_run(keys, False) == 0


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


def _roles_after(w: Words, name: Name, reading: Reading, before: list[Segment]) -> tuple[list[Segment], int]:
    """The roles of a name: those read before it, then those that follow it after a separator (or, for a cued name
    or a capitalised title, directly). Returns the roles and the token index where reading stopped."""
    i = name.end
    roles = list(before)
    if i >= len(w.tokens):
        return roles, i
    tok = w.tokens[i]
    sep = tok.text in NAME_TITLE_SEPARATORS
    k = _skip_age(w, w.first_word[i] + (1 if sep else 0))
    if k >= len(w.words):
        return roles, i
    if not sep and not name.cued and not w.tokens[w.owner[k]].is_capitalised:
        return roles, i
    stack = read_stack(w, k, len(w.words), reading)
    mine = [s for s in stack.segments if s.name_start is None]
    if not mine:
        return roles, i
    roles.extend(mine)
    end = stack.token_end
    if end < len(w.tokens) and w.tokens[end].text == ")":
        end += 1
    return roles, end
