"""Named officials and their roles: every person an article names with a title, one mention per (name, role).

Three ways of naming are read, all common in Vietnamese reports:

* a cue, the name, then the title: "đồng chí Hoàng Văn Tạo, Tỉnh ủy viên, Bí thư Huyện ủy", "Đ/c K Thanh – TUV",
  "Đại tá Lê Hồng Nhân, Uỷ viên BTV Tỉnh uỷ", "ông Trần Văn Tư (Phó bí thư thường trực Tỉnh uỷ)";
* a name then a title without a cue, in lists: "có các đồng chí: A, title; B, title", "Nguyễn Mạnh Hồng- Phó Bí thư";
* the title, then the name: "Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc".

A name without a cue must start with a common surname and have three or four syllables; with a cue ("đồng chí",
"ông", a rank...) two to five syllables of any kind are accepted, which lets ethnic-minority names through.

A post the sentence says the person was just given is a role too, as the article states it ("ông A, Phó Chủ tịch
UBND tỉnh, được bầu làm Bí thư Tỉnh ủy", "bầu ông B làm ...", "C tái cử chức ...", "Các ông D, E được bầu giữ chức
Phó Bí thư"), and so is a title given to names by "là", "gồm" or a colon ("Bí thư Thành ủy là ông F"). Proposals
("giới thiệu ... để bầu giữ chức"), former posts ("nguyên", "từng là", a career timeline) and posts of a term that
had ended when the article was written ("Bí thư Tỉnh ủy nhiệm kỳ 2010-2015") are not roles.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from transforms.model import DocumentContext, RoleMention
from transforms.periods import document_key, text_year
from transforms.text import match_key
from transforms.titles import (
    CENTRAL_CITIES,
    FORMER_LIST_WORDS,
    FORMER_WORDS,
    NOT_PEOPLE,
    SEPARATORS,
    SURNAMES,
    TITLE_FIRST_WORDS,
    UNIT_NAME_STARTS,
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
# Marks that open a clause besides the separators: list bullets ("* Bà ...", "• Ông ...").
BULLETS = frozenset({"*", "•", "+", ">", "·"})
# Words between a name and its title that state it ("ông A là Bí thư Tỉnh ủy", "hiện là Chủ tịch ...").
COPULAS = ("là", "hiện là", "đang là", "cũng là", "hiện đang là")
# The longest aside in parentheses skipped after a name ("(53 tuổi, quê Bình Dương)"), in tokens.
MAX_ASIDE = 20
MIN_CUED_NAME, MAX_CUED_NAME = 2, 5
MIN_NAME, MAX_NAME = 3, 4

_CUE_INDEX = _index(PERSON_CUES + RANK_CUES)
_COPULA_INDEX = _index(COPULAS)
_FORMER_INDEX = _index(FORMER_WORDS + FORMER_LIST_WORDS)
# The words at which `read_line` may find a cue, a title or a former title: at any other word only a name can start,
# and a name without a cue starts with a surname.
_OPENING_WORDS = frozenset(_CUE_INDEX) | frozenset(_FORMER_INDEX) | TITLE_FIRST_WORDS | {"các"}
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
    published = ctx.published_at.year if ctx.published_at is not None else None
    reading = Reading(
        doc_level_hint=document_level(text),
        central_city=mentions_central_city(text),
        # when the article was written: its publication year, else the year of the latest full date it gives
        reference_year=published if published is not None else text_year(text),
        newest_term_start=newest_term_start(text, published),
        known_names=cued_names(text),
    )
    starts = [s.start for s in ctx.sentences]
    found: list[_Found] = []
    for line_start, line_end, tokens in _lines(text):
        for name, segments in read_line(tokens, reading):
            first, last = tokens[name.start], tokens[name.end - 1]
            sent_start, sent_end = _sentence_of(ctx, starts, first.start, line_start, line_end)
            if _PAST_SPAN_OPENING_RE.match(text, sent_start):
                _drop_all(segments)
            found.append((text[first.start : last.end], first.start, last.end, sent_start, sent_end, segments))
    found = _trim_run_on_names(found)
    _complete_guessed_levels([(person, segments) for person, *_, segments in found])
    seen: set[tuple[str, str, str, str]] = set()
    standing = _standing_posts(found)
    out: list[RoleMention] = []
    for person, char_start, char_end, sent_start, sent_end, segments in found:
        for seg in segments:
            key = (match_key(person), seg.position, seg.org, seg.level or "district")
            if seg.dropped or key in seen or key in standing:
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


# A sentence of a career timeline opens with a span of time that is over ("5/2001-6/2006: Ủy viên ...", "Tháng 5/2007
# đến 12/05/2011: ông A được bổ nhiệm ..."): the posts it names are past.
_MONTH_YEAR = r"(?:(?:ngày\s+)?\d{1,2}\s*/\s*)?(?:tháng\s+)?\d{1,2}\s*/\s*(?:19|20)\d{2}|(?:19|20)\d{2}"
_PAST_SPAN_OPENING_RE = re.compile(
    rf"\s*(?:từ\s+)?(?:tháng\s+)?(?:{_MONTH_YEAR})\s*(?:[-–—]|đến)\s*(?:tháng\s+)?(?:{_MONTH_YEAR})\s*:", re.I
)


def _drop_all(segments: list[Segment]) -> None:
    """Mark every role of a mention as not standing."""
    for seg in segments:
        seg.former = seg.dropped = True


# A standing deputy is a deputy: where both are read for one person and body, only the standing post is kept.
STANDING_OF = {
    "standing_deputy_secretary": "deputy_secretary",
    "standing_vice_chair": "vice_chair",
    "standing_deputy_head": "deputy_head",
}


def _standing_posts(found: list[_Found]) -> set[tuple[str, str, str, str]]:
    """The plain deputy posts that a standing post of the same person and body makes redundant, as role keys."""
    return {
        (match_key(person), STANDING_OF[seg.position], seg.org, seg.level or "district")
        for person, *_, segments in found
        for seg in segments
        if seg.position in STANDING_OF and not seg.dropped
    }


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
    key = document_key(text)
    counts = {level: len(rx.findall(key)) for level, rx in _LEVEL_WORDS.items()}
    cities = len(_CITY_WORDS.findall(key))
    counts["province" if mentions_central_city(text) else "district"] += cities
    return "province" if counts["province"] > counts["district"] else "district"


_TERM_YEARS_RE = re.compile(r"nhiệm\s+kỳ\s*((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})")


def newest_term_start(text: str, reference_year: int | None = None) -> int | None:
    """The first year of the latest term ("nhiệm kỳ 2015-2020") the article names, not after `reference_year`.

    >>> newest_term_start("Chủ tịch HĐND nhiệm kỳ 2011-2016 tái cử nhiệm kỳ 2016 - 2021")
    2016
    """
    starts = [
        int(a)
        for a, b in _TERM_YEARS_RE.findall(document_key(text))
        if int(a) < int(b) and (reference_year is None or int(a) <= reference_year)
    ]
    return max(starts) if starts else None


def cued_names(text: str) -> frozenset[str]:
    """The names (as match keys) that the article writes after a person cue: "ông Lê Tấn Tài", "đồng chí K Thanh".

    >>> sorted(cued_names("Ông Lê Tấn Tài phát biểu; bà Hà Thị Lan và huyện Hoàng Su Phì"))
    ['hà thị lan', 'lê tấn tài']
    """
    found: set[str] = set()
    for cue in _CUE_WORD_RE.finditer(text):
        words: list[str] = []
        pos = cue.end()
        while len(words) <= MAX_CUED_NAME:
            m = _NEXT_WORD_RE.match(text, pos)
            if m is None or not Token(m.group(1), 0, 0, "").is_capitalised:
                break
            words.append(m.group(1))
            pos = m.end()
        if MIN_CUED_NAME <= len(words) <= MAX_CUED_NAME:
            found.add(match_key(" ".join(words)))
    return frozenset(found)


_CUE_WORD_RE = re.compile(r"(?<!\w)(?:ông|bà|đồng\s+chí|đ/c|đc)(?!\w)", re.I)
_NEXT_WORD_RE = re.compile(r"[ \t]+(\w+(?:['’]\w+)*)")


def mentions_central_city(text: str) -> bool:
    """Whether the article names a centrally-run city, whose bare 'Thành ủy' is province level.

    >>> mentions_central_city("HĐND TP. HCM khai mạc"), mentions_central_city("Thành ủy Vinh")
    (True, False)
    """
    return bool(_CITY_RE.search(document_key(text)))


def _lines(text: str) -> Iterator[tuple[int, int, list[Token]]]:
    """The text's lines as (start, end, tokens): a title never runs across a line break."""
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tokens = tokenize(text, pos, end)
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
        roles, after, appointed = _roles_after(w, name, reading, chain, _appointed_before(w, w.owner[k]))
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
    before = w.tokens[tok_i - 1] if tok_i else None
    return before is None or before.text in SEPARATORS or before.text in BULLETS or before.key in CLAUSE_OPENERS


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
    if not keys or " ".join(keys) in NOT_PEOPLE or keys[0] in UNIT_NAME_STARTS:
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


def _roles_after(
    w: Words, name: Name, reading: Reading, before: list[Segment], appointed_before: bool | None
) -> tuple[list[Segment], int, list[Segment]]:
    """The roles of a name: those read before it, then those that follow it after a separator (or, for a cued name
    or a capitalised title, directly), then a post it is said to be given. Returns all of them, the token index
    where reading stopped, and the posts given (see `_appointed_roles`)."""
    roles = list(before)
    end = _stated_roles(w, name, reading, roles)
    appointed, after, reelected = _appointed_roles(w, end, reading, appointed_before)
    if reelected:  # "Chủ tịch HĐND nhiệm kỳ 2011-2016 tái cử": the ended term's post is held again
        for seg in roles:
            if seg.past_term and not seg.bodiless:
                seg.past_term = seg.former = seg.dropped = False
    return roles + appointed, max(end, after), appointed


def _stated_roles(w: Words, name: Name, reading: Reading, roles: list[Segment]) -> int:
    """Add to `roles` the titles written right after a name; returns the token index where they end."""
    i = _skip_aside(w, name.end)
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
        close = _skip_aside(w, i, from_inside=end)
        end = close if close != i else end
    elif end < len(w.tokens) and w.tokens[end].text == ")":
        end += 1
    return end


# ---------------------------------------------------------------------------------------------------------------------
# Posts given: "ông A, Phó Chủ tịch UBND tỉnh, được bầu làm Bí thư Tỉnh ủy"; "bầu ông B làm Chủ tịch"; "C tái cử
# chức Bí thư"; "D tiếp tục giữ chức Phó Bí thư". The article states the new post as the person's, so it is a role;
# proposals ("được giới thiệu để bầu giữ chức ...") and past posts ("từng giữ chức ...") are not.

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


def _appointed_before(w: Words, tok_i: int) -> bool | None:
    """Whether an appointing verb ends right before token `tok_i` ("... đã bầu ông ..."); None when the clause
    before it proposes rather than appoints ("đề xuất ông ...", "đề nghị bầu ..."), so no post follows.

    >>> w = expand(tokenize("Hội nghị đã bầu ông Nguyễn Văn A làm Bí thư"))
    >>> _appointed_before(w, 4), _appointed_before(w, 3)
    (True, False)
    >>> _appointed_before(expand(tokenize("Ông Tập đề xuất ông Nguyễn Văn A")), 4) is None
    True
    """
    lo = tok_i
    while lo > 0 and tok_i - lo < 10 and w.tokens[lo - 1].text not in SEPARATORS - {","}:
        lo -= 1
    words = " ".join(t.key for t in w.tokens[lo:tok_i])
    if _NOT_GIVEN_RE.search(words):
        return None
    return any(words == v or words.endswith(" " + v) for v in _APPOINTING_BEFORE)


def _appointed_roles(
    w: Words, tok_i: int, reading: Reading, appointed_before: bool | None
) -> tuple[list[Segment], int, bool]:
    """The post that the words from token `tok_i` say a person was given, if they do: the roles of the title after
    "được bầu làm", "tái cử chức", "tiếp tục giữ chức" (or after "làm"/"giữ chức" alone when `appointed_before`).
    Returns the roles, the token index where reading stopped, and whether the words say "re-elected" with no title
    after them (the person keeps the post just named).

    >>> w = expand(tokenize("Phó Chủ tịch UBND tỉnh, được bầu làm Bí thư Tỉnh uỷ."))
    >>> roles, end, again = _appointed_roles(w, 5, Reading(), False)
    >>> [(r.position, r.org, r.level) for r in roles], again
    ([('secretary', 'party_committee', 'province')], False)
    """
    i = _skip_aside(w, tok_i)
    start = i
    while i < len(w.tokens) and i - start < 2 and w.tokens[i].text in (")", ",", "-", "–", "—"):
        i += 1
    if i >= len(w.tokens) or appointed_before is None:
        return [], tok_i, False
    k0 = w.first_word[i]
    n_words = len(w.words)
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
    if _NOT_GIVEN_RE.search(between) or "," in between:
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
    return roles, stack.token_end if roles else tok_i, False


def _skip_aside(w: Words, tok_i: int, from_inside: int | None = None) -> int:
    """Past an aside in parentheses at token `tok_i` that names no post ("(53 tuổi, quê Bình Dương)"), or, with
    `from_inside`, past the rest of it from that token; `tok_i` itself when there is none.

    >>> w = expand(tokenize("Ông A (60 tuổi), trưởng thôn"))
    >>> _skip_aside(w, 2), _skip_aside(expand(tokenize("A (Bí thư Huyện ủy)")), 1)
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


def _name_after_copula(w: Words, tok_i: int) -> Name | None:
    """The (first) name a title is given to by "là", "gồm" or a colon: "Bí thư Thành ủy là ông Dương Anh Điền",
    "4 Phó Bí thư Thành ủy gồm: bà A, ...", "các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn Đường, ...".

    >>> w = expand(tokenize("Bí thư Thành ủy là ông Dương Anh Điền"))
    >>> _name_after_copula(w, 4)
    Name(start=6, end=9, cued=True)
    """
    j = tok_i
    if j < len(w.tokens) and w.tokens[j].key in ("tái", "mới") and j + 1 < len(w.tokens):
        j += 2 if w.tokens[j].key == "tái" else 1  # "Phó Chủ tịch tái cử là ...", "Bí thư mới là ..."
    if j < len(w.tokens) and w.tokens[j].text == "," and j + 1 < len(w.tokens) and w.tokens[j + 1].key == "gồm":
        j += 1  # "3 Phó Bí thư, gồm: ..."
    if j >= len(w.tokens) or (w.tokens[j].key not in ("là", "gồm") and w.tokens[j].text != ":"):
        return None
    j += 1
    while j < len(w.tokens) and (w.tokens[j].key in ("có", "các") or w.tokens[j].text == ":"):
        j += 1
    if j >= len(w.tokens):
        return None
    cue_end = _cue_end(w, w.first_word[j])
    if cue_end is None:
        return _name_at(w, j, False)
    if cue_end >= len(w.words):
        return None
    return _name_at(w, w.owner[cue_end], True)


def _listed_after(w: Words, prev_end: int, tok_i: int, marks: tuple[str, ...] = (",",)) -> bool:
    """Whether token `tok_i` follows token `prev_end` across nothing but list words: ',' (or `marks`), 'và', 'cùng'."""
    if prev_end < 0 or tok_i < prev_end:
        return False
    return all(t.text in marks or t.key in ("và", "cùng") for t in w.tokens[prev_end:tok_i])
