"""Which unit an article is about in one administrative structure, and its province: before 2025-07-01 a district-level
unit (huyện, thị xã, thành phố, quận), after it a commune-level one (xã, phường, đặc khu): the gazetteer's
`sub_level`.

The text is scanned once for every unit name (an Aho-Corasick automaton over tone-free keys, so "Đăk Nông" finds
"Đắk Nông" and "Uỷ"/"Ủy" spellings meet). Each name found becomes a *mention*, classified by the type word before it:
"huyện Bắc Sơn", "Thị ủy Hồng Lĩnh", "TP. Vinh", "tỉnh Lạng Sơn", "xã Thuận Hà", or bare ("Hà Nội"). Mentions become
weighted *evidence* for provinces, districts and communes: a typed district mention is strong, a bare district name
counts only where it cannot be anything else (or the province is named too), a bare commune name never counts
(commune names are everyday words and people's names: "Tân Lập", "Hồng"). "Tiên Lãng, Hải Phòng" and "xã Kiến Thiết
(Tiên Lãng, Hải Phòng)" chain a unit to its parent. The province with the most support wins, then the best-supported
sub-level unit inside it; too little evidence gives None rather than a guess.

Pure: mentions are found by `transforms.extraction.places.mentions` and weighed by
`transforms.extraction.places.evidence`; this module decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from transforms.extraction.places.evidence import Evidence
from transforms.extraction.places.gazetteer import Gazetteer
from transforms.model import PlaceRef
from transforms.text import document_key

MIN_DISTRICT_SCORE = 2.0  # at least one typed mention, a bare name in the headline, or two bare mentions
MIN_PROVINCE_SCORE = 2.0
# In national news a province the headline does not name needs more than a passing mention or two: such articles
# name provinces in passing ("nguyên Chủ tịch Hội Luật gia tỉnh Bắc Kạn", "Ngày 21-6, tại Hà Nội, Bộ Chính trị").
MIN_UNNAMED_PROVINCE_SCORE_NATIONAL = 8.0
PROVINCE_SHARE = 0.5  # of all province support, for a province not named in the headline
DISTRICT_OVER_PROVINCE = 1.0  # a district not in the headline needs this share of its province's own support
# Province evidence that the article itself does not name: the site's banner or address, a unit's former province.
NOT_NAMED = frozenset({"banner", "host", "former"})


@dataclass(slots=True)
class Decision:
    """The province an article is about in one structure, the sub-level unit inside it, and the communes of that
    unit it names (before the reform)."""

    province: PlaceRef | None = None
    unit: PlaceRef | None = None
    communes: list[PlaceRef] = field(default_factory=list)


@dataclass(slots=True)
class Tally:
    """Support per unit: `province` counts its sub-units' support too, `named` only the province's own name;
    `district` holds the sub-level units' (districts before the reform, communes after it)."""

    province: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    district: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    named: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    first_seen: dict[tuple[str, str], float] = field(default_factory=dict)

    def add(self, level: str, code: str, weight: float, order: float) -> None:
        getattr(self, level)[code] += weight
        key = (level, code)
        self.first_seen[key] = min(self.first_seen.get(key, order), order)

    def in_headline(self, level: str, code: str) -> bool:
        """Whether the unit was named in the headline (evidence there is ordered before the text's)."""
        return self.first_seen.get((level, code), 0.0) < 0


def _provinces_of(ev: Evidence, gazetteer: Gazetteer) -> set[str]:
    if ev.level == "province":
        return set(ev.codes)
    return {gazetteer.province_of(ev.level, c) for c in ev.codes}


def _is_certain(ev: Evidence, gazetteer: Gazetteer) -> bool:
    """Whether evidence needs no help: one candidate, and for a bare district a name that is no other unit's."""
    if len(gazetteer.sub_units(ev.level, ev.codes) if ev.level != "province" else ev.codes) != 1:
        return False
    if ev.kind == "bare" and ev.level == "district":
        return gazetteer.is_distinctive_district(ev.codes[0])
    return True


def tally(evidence: Sequence[Evidence], gazetteer: Gazetteer) -> Tally:
    """Sum the evidence per province and district.

    Certain evidence counts first; then ambiguous evidence counts for the one candidate whose province is already
    supported (if exactly one is), or for its `fallback` where none is, and evidence whose candidates all lie in one
    province supports that province. Evidence for a level above the sub-level (a legacy commune) counts for its
    sub-level unit (its district).
    """
    t = Tally()
    pending: list[Evidence] = []
    for ev in evidence:
        if ev.level != "province" and not gazetteer.sub_units(ev.level, ev.codes):
            continue  # a level this structure does not resolve to
        if not _is_certain(ev, gazetteer):
            pending.append(ev)
            continue
        _count(t, ev, gazetteer.sub_units(ev.level, ev.codes)[0] if ev.level != "province" else ev.codes[0], gazetteer)
    support = {p: w for p, w in t.province.items() if w > 0}
    for ev in pending:
        if ev.level == "province":
            supported = [c for c in ev.codes if c in support]
            if len(supported) == 1:
                _count(t, ev, supported[0], gazetteer)
            elif not supported and ev.fallback is not None:
                _count(t, ev, ev.fallback, gazetteer)
            continue
        districts = gazetteer.sub_units(ev.level, ev.codes)
        supported = [d for d in districts if gazetteer.province_of(gazetteer.sub_level, d) in support]
        if len(supported) == 1:
            _count(t, ev, supported[0], gazetteer)
        elif len(provinces := _provinces_of(ev, gazetteer)) == 1 and ev.kind != "bare":
            t.add("province", provinces.pop(), ev.weight / 2, ev.order)
    return t


def _count(t: Tally, ev: Evidence, code: str, gazetteer: Gazetteer) -> None:
    """Count evidence for a unit: a sub-unit's weight also supports its province. A province named by the site
    (its banner or its address) is not named by the article."""
    if ev.level == "province":
        t.add("province", code, ev.weight, ev.order)
        if ev.kind not in NOT_NAMED:
            t.named[code] += ev.weight
        return
    t.add("district", code, ev.weight, ev.order)
    t.add("province", gazetteer.province_of(gazetteer.sub_level, code), ev.weight, ev.order)


def _best(scores: dict[str, float], first_seen: dict[str, float]) -> str | None:
    """The highest score; a tie goes to the unit seen first (the headline before the text)."""
    if not scores:
        return None
    return min(scores, key=lambda c: (-scores[c], first_seen.get(c, 0.0)))


def _communes(evidence: Sequence[Evidence], district: PlaceRef | None, gazetteer: Gazetteer) -> list[PlaceRef]:
    """Typed commune mentions that name exactly one commune of the chosen district, in order of appearance."""
    if district is None or district.level != "district":
        return []
    found: dict[str, float] = {}
    for ev in evidence:
        if ev.level != "commune":
            continue
        inside = [c for c in ev.codes if gazetteer.district_of_commune(c) == district.code]
        if len(inside) == 1:
            found[inside[0]] = min(found.get(inside[0], ev.order), ev.order)
    return [gazetteer.communes[c] for c in sorted(found, key=found.__getitem__)]


def decide(evidence: Sequence[Evidence], gazetteer: Gazetteer, national: bool = False) -> Decision:
    """The province the article is about, then the sub-level unit inside it that it is about, if one is
    (`national`: the article is national news, see `is_national`)."""
    t = tally(evidence, gazetteer)
    province = _main_province(t, national)
    if province is None:
        return Decision()
    unit = _main_district(t, province, gazetteer)
    unit_ref = gazetteer.unit(gazetteer.sub_level, unit) if unit else None
    return Decision(
        province=gazetteer.provinces[province],
        unit=unit_ref,
        communes=_communes(evidence, unit_ref, gazetteer),
    )


def _main_province(t: Tally, national: bool = False) -> str | None:
    """The province the article is about, if it is about one: the best supported of those its headline names, else
    the best supported of all, with at least `MIN_PROVINCE_SCORE`.

    A headline's province wins over one the text names more ("Chân dung tân Bí thư Tỉnh ủy Hà Giang" about a leader
    coming from Hà Tĩnh), but must outweigh twice any other province in the headline ("Bình Dương, Bạc Liêu có Chủ
    tịch mới" is about neither alone). Without one in the headline, a province needs more than `PROVINCE_SHARE` of
    all the support (a round-up of several provinces is about none), and in `national` news
    `MIN_UNNAMED_PROVINCE_SCORE_NATIONAL`.
    """
    first = {c: o for (lvl, c), o in t.first_seen.items() if lvl == "province"}
    headline = {p: w for p, w in t.province.items() if t.in_headline("province", p)}
    province = _best(headline or t.province, first)
    if province is None or t.province[province] < MIN_PROVINCE_SCORE:
        return None
    score = t.province[province]
    if not headline:
        enough = not national or score >= MIN_UNNAMED_PROVINCE_SCORE_NATIONAL
        return province if enough and score > PROVINCE_SHARE * sum(t.province.values()) else None
    rivals = [w for p, w in headline.items() if p != province]
    return province if all(2 * w < score for w in rivals) else None


def _main_district(t: Tally, province: str, gazetteer: Gazetteer) -> str | None:
    """The district of `province` the article is about: the best supported, ahead of every other, with at least
    `MIN_DISTRICT_SCORE`; and, unless named in the headline, with as much support as the province's own name has
    (an article about the province names its districts in passing: a leader's home district, a project's site).
    """
    inside = {d: w for d, w in t.district.items() if gazetteer.province_of(gazetteer.sub_level, d) == province}
    if not inside:
        return None
    ranked = sorted(inside.values(), reverse=True)
    district = _best(inside, {c: o for (lvl, c), o in t.first_seen.items() if lvl == "district"})
    assert district is not None
    score = inside[district]
    if score < MIN_DISTRICT_SCORE or (len(ranked) > 1 and ranked[1] == score):
        return None
    if not t.in_headline("district", district) and score < DISTRICT_OVER_PROVINCE * t.named[province]:
        return None
    return district


# Cues of the central state and of local units: one scan finds both. It skips to the cues' first letters, and whether
# a match begins a word is tested on each one found; past a match that does not, the scan goes on from its next
# character ("thị xã" inside a word may hide "xã").
_CENTRAL_CUES = (
    "trung ương", "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "thủ tướng", "toàn quốc", "tổng bí thư",
    "chủ tịch nước", "bộ trưởng", "t.ư", "tw",
)  # fmt: skip
_LOCAL_CUES = (
    "tỉnh", "huyện", "thị xã", "quận", "xã", "phường", "thị trấn", "hđnd", "ubnd", "tỉnh ủy", "thành ủy", "huyện ủy",
    "thị ủy", "quận ủy",
)  # fmt: skip
_CUE_RE = re.compile("(?:" + "|".join(map(re.escape, _CENTRAL_CUES + _LOCAL_CUES)) + r")(?!\w)")
_CENTRAL = frozenset(_CENTRAL_CUES)


def is_national(text: str) -> bool:
    """Whether an article speaks more of the central state and Party than of local units and councils.

    >>> is_national("Bộ Chính trị họp dưới sự chủ trì của Tổng Bí thư tại Hà Nội; Ban Bí thư cho ý kiến.")
    True
    >>> is_national("Huyện ủy tổ chức hội nghị; UBND huyện báo cáo; Ban Chấp hành Trung ương ...")
    False
    """
    key = document_key(text)
    central = local = pos = 0
    while (m := _CUE_RE.search(key, pos)) is not None:
        start = m.start()
        if start and (key[start - 1].isalnum() or key[start - 1] == "_"):  # inside a word (a regular expression's \w)
            pos = start + 1
            continue
        if m[0] in _CENTRAL:
            central += 1
        else:
            local += 1
        pos = m.end()
    return central > local
