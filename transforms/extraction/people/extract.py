"""Named officials and their roles: every person an article names with a title, one mention per (name, role).

Three ways of naming are read, all common in Vietnamese reports:

* a cue, the name, then the title: "đồng chí Hoàng Văn Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy", "Đ/c K Thanh – TUV",
  "Đại tá Lê Hồng Phúc, Uỷ viên BTV Tỉnh uỷ", "ông Trần Văn Tư (Phó bí thư thường trực Tỉnh uỷ)";
* a name then a title without a cue, in lists: "có các đồng chí: A, title; B, title", "Nguyễn Mạnh Thắng- Phó Bí thư";
* the title, then the name: "Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc", "Chủ tịch HĐND tỉnh – Lê Văn A".

A name without a cue must start with a common surname and have three or four syllables; with a cue ("đồng chí",
"ông", a rank...) two to five syllables of any kind are accepted, which lets ethnic-minority names through.

A post the sentence says the person was just given is a role too, as the article states it ("ông A, Phó Chủ tịch
UBND tỉnh, được bầu làm Bí thư Tỉnh ủy", "bầu ông B làm ...", "C tái cử chức ...", "Các ông D, E được bầu giữ chức
Phó Bí thư"), and so is a title given to names by "là", "gồm" or a colon ("Bí thư Thành ủy là ông F"). Proposals
("giới thiệu ... để bầu giữ chức"), former posts ("nguyên", "từng là", a career timeline), posts of a term that
had ended when the article was written ("Bí thư Tỉnh ủy nhiệm kỳ 2010-2015"), posts the article reports taken
away ("miễn nhiệm ... đối với ông G") and the post of the official replaced ("thay ông H") are not roles; an
official named with none of his posts standing is still a person of the article: one mention with no position.

One line's names and roles are read by `lines` (lists by `line_lists`, posts given or taken away by `appointments`,
`memberships` and `removals`); this module reads the article: the hints its titles are read with, which posts
still stand (`standing`), and one mention per person and role.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from transforms.extraction.indicators import text_year
from transforms.extraction.people.body_vocabulary import CENTRAL_CITIES
from transforms.extraction.people.line_names import MAX_CUED_NAME, MAX_NAME, MIN_CUED_NAME
from transforms.extraction.people.lines import read_line, token_lines
from transforms.extraction.people.past import died, drop_all, past_opening
from transforms.extraction.people.standing import (
    RoleKey,
    drop_ended_posts,
    resolve_short_names,
    role_key,
    was_official,
)
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_words import Token
from transforms.model import DocumentContext, RoleMention
from transforms.text import document_key, match_key

_CITY_RE = re.compile("|".join([*CENTRAL_CITIES, r"tp\.? ?hcm"]))
# The unit words of each level, and those of a city, which is either: one scan counts all three. The scan skips to
# the words' first letters; whether a match begins a word is tested on each one found. A unit word begins inside
# another's match only after its space, and none begins with "xã", "ủy" or "phố": a match inside a word hides none.
_UNIT_WORD_KINDS = {
    "huyện": "district", "thị xã": "district", "quận": "district", "thị ủy": "district", "quận ủy": "district",
    "tỉnh": "province", "tỉnh ủy": "province", "thành phố": "city", "tp": "city", "thành ủy": "city",
}  # fmt: skip
_UNIT_WORDS_RE = re.compile("(?:" + "|".join(_UNIT_WORD_KINDS) + r")\b")


# A name as found: (name, char_start, char_end, sentence_start, sentence_end, roles).
_Found = tuple[str, int, int, int, int, list[Segment]]


def extract_roles(ctx: DocumentContext) -> list[RoleMention]:
    """Every named official with each role: one mention per distinct (name, position, organization type, level),
    at the first mention that states that role; names spelt with either tone style are one person.

    >>> text = "Dự có đồng chí Hoàng Văn Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy."
    >>> [(r.person_name, r.position, r.level) for r in extract_roles(DocumentContext(text, ()))]
    [('Hoàng Văn Tuấn', 'member_of_committee', 'province'), ('Hoàng Văn Tuấn', 'secretary', 'district')]
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
    short: list[tuple[str, list[Segment]]] = []  # "ông Bảo": a given name alone, with what is said of that person
    for line_start, line_end, tokens in token_lines(text):
        for name, segments in read_line(tokens, reading):
            first, last = tokens[name.start], tokens[name.end - 1]
            sent_start, sent_end = _sentence_of(ctx, starts, first.start, line_start, line_end)
            if past_opening(text, sent_start, sent_end, reading.reference_year):
                drop_all(segments)
            if name.short:
                short.append((first.text, segments))
                continue
            found.append((text[first.start : last.end], first.start, last.end, sent_start, sent_end, segments))
    found = _trim_run_on_names(found)
    dead = {match_key(f[0]) for f in found if died(text, f[3], f[4], f[1], f[2])}
    for person, *_, segments in found:
        if match_key(person) in dead:  # "... sát hại ông A": no post is held after death
            drop_all(segments)
    _complete_guessed_levels([(person, segments) for person, *_, segments in found])
    said = [(person, segments) for person, *_, segments in found]
    drop_ended_posts(said + resolve_short_names(short, [person for person, *_ in found]))
    seen: set[RoleKey] = set()
    standing = _standing_posts(found)
    out: list[RoleMention] = []
    for person, char_start, char_end, sent_start, sent_end, segments in found:
        for seg in segments:
            key = role_key(person, seg)
            if seg.dropped or key in seen or key in standing:
                continue
            seen.add(key)
            out.append(_mention(text, person, seg, (char_start, char_end, sent_start, sent_end)))
    out.extend(_people_without_roles(text, found, {match_key(r.person_name) for r in out}))
    return out


def _mention(text: str, person: str, seg: Segment, span: tuple[int, int, int, int]) -> RoleMention:
    """The mention of one role of a person named at `span` (name start and end, sentence start and end)."""
    char_start, char_end, sent_start, sent_end = span
    return RoleMention(
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


def _people_without_roles(text: str, found: list[_Found], holding: set[str]) -> list[RoleMention]:
    """One mention with no role for each official the article names without any standing role (only a former
    title, a post taken away, or as the one replaced), at their first such mention; `holding`: the names (keys)
    that have a role."""
    out: list[RoleMention] = []
    for person, char_start, char_end, sent_start, sent_end, segments in found:
        key = match_key(person)
        seg = was_official(segments)
        if key in holding or seg is None:
            continue
        holding.add(key)
        mention = _mention(text, person, seg, (char_start, char_end, sent_start, sent_end))
        mention.position = mention.organization_type = mention.level = mention.place_name = None
        out.append(mention)
    return out


# A standing deputy is a deputy: where both are read for one person and body, only the standing post is kept.
STANDING_OF = {
    "standing_deputy_secretary": "deputy_secretary",
    "standing_vice_chair": "vice_chair",
    "standing_deputy_head": "deputy_head",
}


def _standing_posts(found: list[_Found]) -> set[RoleKey]:
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
    """A bare title whose level had to be guessed ("Bí thư Lê Văn Tám") takes the body and level that the
    same person's same position has elsewhere in the article ("Bí thư Thành ủy TP. HCM Lê Văn Tám")."""
    stated: dict[tuple[str, str], Segment] = {}
    for person, segments in found:
        for seg in segments:
            if not seg.level_guessed and not seg.dropped:
                stated.setdefault((match_key(person), seg.position), seg)
    for person, segments in found:
        for seg in segments:
            full = stated.get((match_key(person), seg.position))
            if seg.level_guessed and not seg.dropped and full is not None:
                seg.org, seg.level, seg.level_guessed = full.org, full.level, False


def document_level(text: str) -> str:
    """The level most of the article's unit words name: 'district' or 'province' (for titles that state none);
    "thành phố" counts as province in an article about a centrally-run city.

    >>> document_level("UBND huyện, Huyện ủy, HĐND huyện và tỉnh")
    'district'
    """
    key = document_key(text)
    counts = Counter(_UNIT_WORD_KINDS[m[0]] for m in _UNIT_WORDS_RE.finditer(key) if _begins_word(key, m.start()))
    counts["province" if mentions_central_city(text) else "district"] += counts["city"]
    return "province" if counts["province"] > counts["district"] else "district"


def _begins_word(text: str, i: int) -> bool:
    """Whether offset `i` of `text` begins a word: no letter, digit or underscore (`\\w`) before it."""
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")


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

    >>> sorted(cued_names("Ông Lê Tấn Tài phát biểu; bà Hà Thị Lan và huyện Yên Minh"))
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


def _sentence_of(
    ctx: DocumentContext, starts: list[int], offset: int, line_start: int, line_end: int
) -> tuple[int, int]:
    """The sentence holding `offset`, else its line."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and ctx.sentences[i].start <= offset < ctx.sentences[i].end:
        return ctx.sentences[i].start, ctx.sentences[i].end
    return line_start, line_end
