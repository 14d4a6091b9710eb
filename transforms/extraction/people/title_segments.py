"""One role's words in a title ("Bí thư Huyện ủy Bắc Sơn"): the position cue, the body and unit words after it,
a place or a person's name they run into, and the (position, organization_type, level) codes they make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.extraction.people.title_names import PLACE_FIRST_TAKERS, PLACE_TAKERS, SURNAMES, split_run
from transforms.extraction.people.title_vocabulary import (
    CAPITALISED_ONLY,
    CENTRAL_CITIES,
    CENTRAL_CUES,
    COMPANY_BODIES,
    DASH_JOINED_AFTER,
    FORMER_WORDS,
    JOINERS,
    NOT_UNIT_AFTER,
    NOT_UNIT_BEFORE,
    ORG_CUES,
    ORG_WORDS,
    UNIT_WORDS,
    PositionCue,
)
from transforms.extraction.people.title_words import (
    DASHES,
    SEPARATORS,
    Token,
    Words,
    capitalised_run,
    longest_match,
    phrase_index,
    position_at,
)

_ORG_INDEX = phrase_index(ORG_CUES)
_ORG_WORD_INDEX = phrase_index(ORG_WORDS | frozenset(ORG_CUES))
_UNIT_INDEX = phrase_index(UNIT_WORDS)
_CENTRAL_INDEX = phrase_index(CENTRAL_CUES)
_CITY_INDEX = phrase_index(CENTRAL_CITIES)
_FORMER_INDEX = phrase_index(FORMER_WORDS)


@dataclass(slots=True)
class Segment:
    """One role of a stack, as read from the text; `level` is None until the stack resolves it."""

    position: str
    org: str
    level: str | None
    start: int  # offsets of the role's words
    end: int
    token_end: int  # index of the first token after the role
    place: str | None = None
    former: bool = False
    dropped: bool = False  # read, but not a standing role (a former title, a working delegation, no body named)
    name_start: int | None = None  # token index of a person's name that the role's words run into
    name_end: int | None = None
    explicit_level: bool = False
    level_guessed: bool = False  # no level stated in the stack: the document's (or the fallback) was taken
    bodiless: bool = False  # a position that needs a body ("Phó Chủ tịch") and was written without one
    past_term: bool = False  # held for a term that had ended ("Bí thư Tỉnh ủy nhiệm kỳ 2010-2015")


@dataclass(slots=True)
class Reading:
    """Options for reading titles of one document."""

    doc_level_hint: str | None = None
    central_city: bool = False  # the document is about a centrally-run city: a bare "Thành ủy" is province level
    reference_year: int | None = None  # when the article was written (its publication year), if known
    newest_term_start: int | None = None  # the first year of the latest term ("nhiệm kỳ 2015-2020") it names
    known_names: frozenset[str] = frozenset()  # names the article gives after a cue ("ông ..."), as match keys

    def is_past(self, first: int, last: int) -> bool:
        """Whether a term from `first` to `last` had ended when the article was written: before its publication
        year, or before a newer term the article names began.

        >>> Reading(reference_year=2017).is_past(2010, 2015), Reading(newest_term_start=2016).is_past(2011, 2016)
        (True, True)
        >>> Reading(reference_year=2016, newest_term_start=2016).is_past(2016, 2021)
        False
        """
        if self.reference_year is not None and last < self.reference_year:
            return True
        return self.newest_term_start is not None and first < self.newest_term_start and last <= self.newest_term_start


def _cue_allowed(w: Words, k: int, phrase: str) -> bool:
    """A body word that is also an everyday verb ('tổ chức', 'kiểm tra') counts only when capitalised or after 'ban'."""
    if phrase not in CAPITALISED_ONLY:
        return True
    tok = w.tokens[w.owner[k]]
    return tok.is_capitalised or tok.is_upper_abbreviation or (k > 0 and w.words[k - 1] == "ban")


def _body_word_len(w: Words, k: int, stop: int) -> int:
    """How many words from `k` are words of a body's name (0 if none)."""
    if k >= stop or w.words[k] not in _ORG_WORD_INDEX:
        return 0
    n = longest_match(w.words, k, _ORG_WORD_INDEX, stop)
    return n if n and _cue_allowed(w, k, " ".join(w.words[k : k + n])) else 0


def read_segment(w: Words, k: int, stop: int, reading: Reading) -> Segment | None:
    """Read one role starting at word `k` (a position cue, maybe after 'nguyên'); None if no position starts there.

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> s = read_segment(expand(tokenize("Bí thư Huyện ủy Bắc Sơn phát biểu")), 0, 7, Reading())
    >>> (s.position, s.org, s.level, s.place)
    ('secretary', 'party_committee', 'district', 'Bắc Sơn')
    """
    start_k = k
    former = False
    n = longest_match(w.words, k, _FORMER_INDEX, stop)
    if n:
        former = True
        k += n
    n, cue = position_at(w, k)
    if cue is None:
        return None
    body_start = k + n
    k = body_start
    place: str | None = None
    name_span: tuple[int, int] | None = None
    last_body = body_start  # word index after the last word that belongs to the role
    token_stop = w.owner[stop - 1] + 1 if stop else 0
    term: tuple[int, int] | None = None
    while k < stop:
        tok_i = w.owner[k]
        tok = w.tokens[tok_i]
        if w.first_word[tok_i] != k:  # the rest of an abbreviation's words
            k += 1
            last_body = k
            continue
        tail, years = term_tail(w.words, k, stop)
        if tail:
            k += tail
            last_body = k
            term = years or term
            continue
        if _abbreviation_aside(w, tok_i, token_stop):  # "Mặt trận Tổ quốc Việt Nam (MTTQVN) TP HCM"
            k = w.first_word[tok_i + 3] if tok_i + 3 < len(w.tokens) else stop
            last_body = k
            continue
        if tok.key in JOINERS or (tok.text in SEPARATORS and tok.text not in DASHES):
            break
        if position_at(w, k)[1] is not None and w.words[k - 1] != "đoàn":  # "Trưởng đoàn ĐBQH" is one role
            break
        if tok.text in DASHES:
            if _dash_continues(w, k, stop):
                k += 1
                continue
            break
        m = _body_word_len(w, k, stop)
        if tok.is_capitalised and (not m or (m == 1 and tok.key in SURNAMES)):
            run_end = capitalised_run(w.tokens, tok_i, token_stop)
            keys = [t.key for t in w.tokens[tok_i:run_end]]
            taker = _place_taker(w, k)
            after_taker = taker is not None
            place_first = taker in PLACE_FIRST_TAKERS and " ".join(keys) not in reading.known_names
            split = split_run(keys, after_taker, place_first)
            if split is not None and not (m and split == 0 and len(keys) < 3):
                if split:
                    place = _join(w.tokens[tok_i : tok_i + split])
                    last_body = w.first_word[tok_i + split]
                name_span = (tok_i + split, run_end)
                break
            if m:
                k += m
                last_body = k
                continue
            if after_taker and place is None:
                place = _join(w.tokens[tok_i:run_end])
            k = w.first_word[run_end]
            last_body = k
            continue
        if m:
            k += m
            last_body = k
            continue
        if tok.is_upper_abbreviation:
            k += 1
            last_body = k
            continue
        break
    last_body = _trim_connectors(w, body_start, last_body)
    seg = _classify(w, start_k, body_start, last_body, cue, reading)
    seg.past_term = term is not None and reading.is_past(*term)
    seg.former = former or seg.past_term
    seg.place = place
    seg.dropped = seg.dropped or seg.former
    if name_span is not None:
        seg.name_start, seg.name_end = name_span
    return seg


def _join(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _abbreviation_aside(w: Words, tok_i: int, token_stop: int) -> bool:
    """Whether token `tok_i` opens a body's abbreviation in parentheses: "(MTTQVN)", "(UBKT)".

    >>> from transforms.extraction.people.title_words import expand, tokenize
    >>> _abbreviation_aside(expand(tokenize("Mặt trận (MTTQVN) TP")), 2, 6)
    True
    """
    return (
        tok_i + 2 < token_stop
        and w.tokens[tok_i].text == "("
        and w.tokens[tok_i + 1].is_upper_abbreviation
        and w.tokens[tok_i + 2].text == ")"
    )


def _place_taker(w: Words, k: int) -> str | None:
    """The unit word ('tỉnh', 'thị xã', 'TP', '... ủy') that word `k` follows, so a place name is expected there."""
    prev = w.words[k - 1] if k > 0 else ""
    prev2 = " ".join(w.words[k - 2 : k]) if k > 1 else ""
    if prev2 in PLACE_TAKERS:
        return prev2
    return prev if prev in PLACE_TAKERS else None


_TERM_NUMBER_RE = re.compile(r"[ivxl]+|\d{1,2}")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d{2}")


def term_tail(words: list[str], k: int, stop: int) -> tuple[int, tuple[int, int] | None]:
    """The words of a term written after a title, from word `k`: "khóa XV", "nhiệm kỳ 2015 - 2020", "(khóa IX)",
    ", nhiệm kỳ 2010-2015", "giai đoạn 2011 - 2016"; returns how many words it covers (0 if none) and its years.

    >>> term_tail("bí thư tỉnh ủy khóa xv , nhiệm kỳ 2015 - 2020 phát biểu".split(), 4, 13)
    (8, (2015, 2020))
    >>> term_tail("( khóa ix ) giữ chức".split(), 0, 6), term_tail(", chủ tịch".split(), 0, 3)
    ((4, None), (0, None))
    """
    j = k
    opened = j < stop and words[j] == "("
    if j < stop and words[j] in (",", "("):
        j += 1
    found = False
    years: tuple[int, int] | None = None
    if j + 1 < stop and words[j] == "khóa" and _TERM_NUMBER_RE.fullmatch(words[j + 1]):
        j += 2
        found = True
        if j + 1 < stop and words[j] == "," and words[j + 1] == "nhiệm":
            j += 1
    if j + 4 < stop and words[j : j + 2] in (["nhiệm", "kỳ"], ["giai", "đoạn"]) and words[j + 3] in DASHES:
        first, last = words[j + 2], words[j + 4]
        if _YEAR_WORD_RE.fullmatch(first) and _YEAR_WORD_RE.fullmatch(last):
            years = (int(first), int(last))
            j += 5
            found = True
    if not found:
        return 0, None
    if opened:
        if j < stop and words[j] == ")":
            j += 1
        else:
            return 0, None
    return j - k, years


def _dash_continues(w: Words, k: int, stop: int) -> bool:
    """A dash inside a body's name ('Ban Kinh tế - Xã hội', 'KT-XH', 'Văn hóa - Xã hội'), not between two roles."""
    if k + 1 >= stop or k == 0 or position_at(w, k + 1)[1] is not None:
        return False
    return w.words[k - 1] in DASH_JOINED_AFTER


def _trim_connectors(w: Words, lo: int, hi: int) -> int:
    """Drop trailing 'và', '&', 'của', 'các' from a body's words."""
    while hi > lo and w.words[hi - 1] in ("và", "&", "của", "các", "-"):
        hi -= 1
    return hi


def _classify(w: Words, start_k: int, body_start: int, end_k: int, cue: PositionCue, reading: Reading) -> Segment:
    """Turn a role's words into codes: the body's type from its first body cue, the level from its unit words."""
    words = w.words
    org: str | None = cue.org if cue.org_fixed else None
    org_level: str | None = None
    found_body = False
    company = False
    k = body_start
    while k < end_k:
        n = longest_match(words, k, _ORG_INDEX, end_k) if words[k] in _ORG_INDEX else 0
        if n:
            phrase = " ".join(words[k : k + n])
            oc = ORG_CUES[phrase]
            if not _cue_allowed(w, k, phrase):
                k += n
                continue
            found_body = True
            company = company or phrase in COMPANY_BODIES
            if org is None and oc.org is not None:
                org = oc.org
                org_level = None if _provincial_delegation(words, k) else oc.level
            elif org_level is None and oc.org is not None and oc.level is not None and (org == oc.org or cue.org_fixed):
                org_level = oc.level  # "Chánh Văn phòng Bộ Nội vụ": the office of a ministry
            k += n
            continue
        k += 1
    level, explicit = _level_of(words, start_k, end_k, reading)
    dropped = company
    bodiless = False
    if org is None and not found_body and _chair_of_unit(words, body_start, end_k, cue):
        org = "peoples_committee"
    if org is None and level != "central" and _COUNCIL_COMMITTEE_RE.match(" ".join(words[body_start:end_k])):
        org = "peoples_council"  # "Trưởng ban Văn hóa - Xã hội": a committee only a People's Council has
    if org is None:
        org = cue.org or "other"
        if cue.needs_body and not found_body:
            dropped = bodiless = True
    if cue.delegation and org not in ("national_assembly", "peoples_council"):
        dropped = True
    if cue.position == "delegate" and org == "national_assembly":
        level, explicit = "central", True
    if level is None:
        level = (
            cue.level or org_level or ("province" if _names_provincial_delegation(words, body_start, end_k) else None)
        )
        explicit = level is not None and cue.level is not None
    start = w.tokens[w.owner[start_k]].start
    end = w.tokens[w.owner[end_k - 1]].end if end_k > start_k else start
    return Segment(
        position=cue.position,
        org=org,
        level=level,
        start=start,
        end=end,
        token_end=w.owner[end_k - 1] + 1 if end_k > start_k else w.owner[start_k],
        dropped=dropped,
        explicit_level=explicit,
        bodiless=bodiless,
    )


def _level_of(words: list[str], lo: int, hi: int, reading: Reading) -> tuple[str | None, bool]:
    """The level a role's own unit words state: the first unit word, else a central cue; None if neither.

    >>> _level_of("phó bí thư thường trực thị ủy".split(), 0, 7, Reading())
    ('district', True)
    """
    for k in range(lo, hi):
        n = longest_match(words, k, _UNIT_INDEX, hi) if words[k] in _UNIT_INDEX else 0
        if not n:
            continue
        unit = " ".join(words[k : k + n])
        after = words[k + n] if k + n < len(words) else ""
        before = words[k - 1] if k > 0 else ""
        if after in NOT_UNIT_AFTER.get(unit, ()) or before in NOT_UNIT_BEFORE.get(unit, ()):
            continue
        level = UNIT_WORDS[unit]
        if level is None:
            level = _city_level(words, k + n, hi, reading)
        return level, True
    for k in range(lo, hi):
        n = longest_match(words, k, _CENTRAL_INDEX, hi) if words[k] in _CENTRAL_INDEX else 0
        if n and not _provincial_delegation(words, k):
            return "central", True
    return None, False


# The committees of a People's Council, which name it when the title does not ("Trưởng ban Pháp chế").
_COUNCIL_COMMITTEE_RE = re.compile(
    r"(?:ban )?(?:pháp chế|kinh tế ?-? ?(?:ngân sách|xã hội)|văn hóa ?-? ?xã hội|đô thị)(?!\S)"
)
# "Chủ tịch tỉnh", "Phó Chủ tịch huyện": the chair of a unit, said without its body, is its People's Committee's.
UNIT_CHAIRS = frozenset({"chair", "vice_chair", "standing_vice_chair"})


def _chair_of_unit(words: list[str], body_start: int, end_k: int, cue: PositionCue) -> bool:
    """Whether a chair's title goes straight on to a unit word, with no body between ("Chủ tịch tỉnh Bạc Liêu").

    >>> from transforms.extraction.people.title_vocabulary import POSITION_CUES
    >>> _chair_of_unit("chủ tịch tỉnh bạc liêu".split(), 2, 5, POSITION_CUES["chủ tịch"])
    True
    """
    return (
        cue.position in UNIT_CHAIRS and body_start < end_k and longest_match(words, body_start, _UNIT_INDEX, end_k) > 0
    )


def _names_provincial_delegation(words: list[str], lo: int, hi: int) -> bool:
    """Whether words [lo, hi) name a province's delegation to the Quốc hội ("Văn phòng Đoàn ĐBQH")."""
    return any(words[k : k + 2] == ["quốc", "hội"] and _provincial_delegation(words, k) for k in range(lo, hi))


def _provincial_delegation(words: list[str], k: int) -> bool:
    """ "Quốc hội" at word `k` names a province's delegation ("Đoàn đại biểu Quốc hội", "Đoàn ĐBQH"), which is not
    a central body.

    >>> _provincial_delegation("trưởng đoàn đại biểu quốc hội".split(), 4)
    True
    """
    return words[max(0, k - 3) : k] == ["đoàn", "đại", "biểu"]


def _city_level(words: list[str], k: int, hi: int, reading: Reading) -> str:
    """'Thành ủy' or 'thành phố' is province level for a centrally-run city, else district.

    >>> _city_level("thành phố hà nội".split(), 0, 4, Reading())
    'province'
    >>> _city_level("vinh".split(), 0, 1, Reading())
    'district'
    """
    j = k
    while j < len(words) and words[j] in ("thành", "phố", "tp", "tp.", "."):
        j += 1
    if longest_match(words, j, _CITY_INDEX):
        return "province"
    if j < hi and not term_tail(words, j, hi)[0]:  # another city named
        return "district"
    return "province" if reading.central_city else "district"
