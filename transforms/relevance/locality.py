"""The gate's reading of a locality acting without a body word: a province, or a district named with its level word,
that opens its clause as the subject of a decision, report or inspection ("Hà Nội báo cáo Thủ tướng...", "Từ 6-6,
Quảng Nam tổng kiểm tra...", "..., huyện X đã điều thuyền..."), stands for its government; so does a provincial
department's director named with a personnel decision. `cues.passes_gate` lets such a page through
as it does one naming a body; the model then judges it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from transforms.relevance.vocabulary import _CAPITALS, PLACE_VERBS, PROVINCES

# The verbs a locality may govern as its government's act: a province's decisions (`PLACE_VERBS`), and its reports,
# inspections, appointments and deployments.
LOCALITY_ACT_VERBS: tuple[str, ...] = tuple(
    sorted(
        PLACE_VERBS
        | {"báo cáo", "kiểm tra", "tổng kiểm tra", "thanh tra", "rà soát", "bổ nhiệm", "điều", "điều động", "bố trí"}
    )
)
# Office holders of a province's People's Committee named by their office ("Giám đốc Sở Y tế tỉnh X"): the gate lets
# a page naming one through with a personnel decision about them (not every story quoting a department's head).
DEPARTMENT_HEADS: tuple[str, ...] = ("giám đốc sở", "phó giám đốc sở", "chi cục trưởng", "phó chi cục trưởng")
_PERSONNEL_RE = re.compile(
    r"bổ nhiệm|miễn nhiệm|điều động|luân chuyển|kỷ luật|cách chức|cảnh cáo|khiển trách|đình chỉ công tác|thôi giữ chức|"
    r"từ chức"
)

# A body as the subject of an act no event word names: its name, then in the same clause "vừa" or "đã", the aspect
# words of a thing just done ("UBND thành phố X vừa tổ chức di dời ..."); the model judges what the act is.
BODY_ASPECT_RE = re.compile(r"[^.!?;:\n]{0,60}? (?:vừa|đã) ", re.IGNORECASE)
_LEVELS = ("tỉnh", "huyện", "quận", "thị xã", "thành phố")
_OLD_TONES = (("óa", "oá"), ("òa", "oà"), ("ỏa", "oả"), ("ọa", "oạ"), ("úy", "uý"))  # as `cues.surface_forms`
_NAMES = {p.title() for p in PROVINCES if " " in p} | {"TP.HCM", "TPHCM", "TP HCM", "TP. HCM", "Huế"}
_NAMES |= {_name.replace(new, old) for _name in _NAMES for new, old in _OLD_TONES}
_NAME_WORD = rf"[{_CAPITALS}][^\s,.:;]*"
_MODAL = r"(?:(?:đã|vừa|sẽ|cũng|chính thức) )?"
_VERBS = "|".join(re.escape(v) for v in sorted(LOCALITY_ACT_VERBS, key=len, reverse=True))
# What follows a province's name, or a level word, for the locality to govern the verb.
_AFTER = {
    "province": re.compile(rf" {_MODAL}(?:{_VERBS})(?!\w)"),
    "level": re.compile(rf" (?:{_NAME_WORD} ){{1,3}}{_MODAL}(?:{_VERBS})(?!\w)"),
}
_CLAUSE_OPENERS = ",:\n"


def department_personnel(window: str) -> bool:
    """True when the window tells a personnel decision (to be read with a department head named in it).

    >>> department_personnel("Giám đốc Sở Xây dựng được bổ nhiệm"), department_personnel("Giám đốc Sở cho biết")
    (True, False)
    """
    return _PERSONNEL_RE.search(window) is not None


def place_forms() -> list[tuple[str, tuple[str, int]]]:
    """Every written form of a province's name and of a level word, with its kind and length (the gate's automaton
    holds them beside the bodies, so that one pass finds both)."""
    forms = [(name, "province") for name in _NAMES]
    forms += [(form, "level") for level in _LEVELS for form in {level, level.capitalize(), level.upper()}]
    forms += [(form, "level") for form in ("TP", "TP.", "Tp", "Tp.")]
    return [(form, (kind, len(form))) for form, kind in forms]


def _place_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for form, value in place_forms():
        automaton.add_word(form, value)
    automaton.make_automaton()
    return automaton


_PLACES = _place_automaton()


def locality_acts(window: str, places: Iterable[tuple[int, tuple[str, int]]] | None = None) -> bool:
    """True when a province, or a district with its level word, opens a clause (the text's start, or after a comma,
    colon or line break) as the subject of an act verb, or a department's head is named with a personnel decision.
    `places`: the (end, (kind, length)) hits of `place_forms` (and of `DEPARTMENT_HEADS`, kind "department") in the
    window, when the caller has found them already.

    >>> locality_acts("Hà Nội báo cáo Thủ tướng vụ việc"), locality_acts("Sau sự cố, huyện Ba Bể đã điều xuồng máy")
    (True, True)
    >>> locality_acts("Bộ Y tế yêu cầu các bệnh viện"), locality_acts("Trường Đại học Đà Nẵng kiểm tra")
    (False, False)
    """
    for end, (kind, length) in _PLACES.iter(window) if places is None else places:
        if kind == "department":  # a department's head named by the caller's automaton
            if department_personnel(window):
                return True
            continue
        start = end + 1 - length
        before = window[max(start - 2, 0) : start]
        opens = start == 0 or before[-1:] in _CLAUSE_OPENERS or (before[-1:] == " " and before[:1] in _CLAUSE_OPENERS)
        if opens and _AFTER[kind].match(window, end + 1):
            return True
    return False
