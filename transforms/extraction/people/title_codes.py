"""The codes of one role's words: the (position, organization_type, level) that a position cue and the body and unit
words after it make, as a `Segment`.
"""

from __future__ import annotations

import re

from transforms.extraction.people.body_vocabulary import (
    CAPITALISED_ONLY,
    CENTRAL_CITIES,
    CENTRAL_CUES,
    COMPANY_BODIES,
    NOT_UNIT_AFTER,
    NOT_UNIT_BEFORE,
    ORG_CUES,
    ORG_WORDS,
    UNIT_WORDS,
)
from transforms.extraction.people.title_reading import Reading, Segment
from transforms.extraction.people.title_terms import term_tail
from transforms.extraction.people.title_vocabulary import PositionCue
from transforms.extraction.people.title_words import Words, dictionary_words, longest_match, phrase_index

_ORG_INDEX = phrase_index(ORG_CUES)
# The phrases of bodies' and units' names and the central cues ("việt nam"): a name with none of them is a firm's.
_BODY_PHRASES = phrase_index(frozenset([*ORG_CUES, *ORG_WORDS, *UNIT_WORDS, *CENTRAL_CUES]))
_UNIT_INDEX = phrase_index(UNIT_WORDS)
_CENTRAL_INDEX = phrase_index(CENTRAL_CUES)
_CITY_INDEX = phrase_index(CENTRAL_CITIES)


def _cue_allowed(w: Words, k: int, phrase: str) -> bool:
    """A body word that is also an everyday verb ('tổ chức', 'kiểm tra') counts only when capitalised or after 'ban'."""
    if phrase not in CAPITALISED_ONLY:
        return True
    tok = w.tokens[w.owner[k]]
    return tok.is_capitalised or tok.is_upper_abbreviation or (k > 0 and w.words[k - 1] == "ban")


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
        if n and k > body_start and _inside_a_word(words, k):
            n = 0  # "Ủy ban Quốc phòng": "phòng" ends the word "quốc phòng", it is not a Phòng
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
    if cue.business and not found_body and _named_only(w, body_start, end_k):
        company = True  # "Tổng giám đốc Vietinbank": a firm named by its name alone
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
    if cue.city_member:
        level, explicit = ("province" if reading.central_city else "district"), True
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
        company=company,
    )


def _named_only(w: Words, lo: int, hi: int) -> bool:
    """Whether words [lo, hi) are a proper name written out and nothing else ("Vietinbank", "Trung Nam Group"): no
    body, unit or domain words, and no abbreviation, among them."""
    if lo >= hi:
        return False
    for k in range(lo, hi):
        tok = w.tokens[w.owner[k]]
        if longest_match(w.words, k, _BODY_PHRASES, hi) or not (tok.is_capitalised or not tok.key.isalpha()):
            return False  # an abbreviation may be a state body's ("TTXVN")
    return True


def _inside_a_word(words: list[str], k: int) -> bool:
    """Whether word `k` ends a dictionary word begun by the word before it, which names no body itself."""
    return not longest_match(words, k - 1, _ORG_INDEX) and f"{words[k - 1]} {words[k]}" in dictionary_words()


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
