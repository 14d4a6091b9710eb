"""Which district-level unit an article is about, and its province, resolved against the gazetteer as it was before
2025-07-01.

The text is scanned once for every unit name (an Aho-Corasick automaton over tone-free keys, so "Đăk Nông" finds
"Đắk Nông" and "Uỷ"/"Ủy" spellings meet). Each name found becomes a *mention*, classified by the type word before it:
"huyện Bắc Sơn", "Thị ủy Hồng Lĩnh", "TP. Vinh", "tỉnh Lạng Sơn", "xã Thuận Hà", or bare ("Hà Nội"). Mentions become
weighted *evidence* for provinces, districts and communes: a typed district mention is strong, a bare district name
counts only where it cannot be anything else (or the province is named too), a bare commune name never counts
(commune names are everyday words and people's names: "Tân Lập", "Hồng"). "Tiên Lãng, Hải Phòng" and "xã Kiến Thiết
(Tiên Lãng, Hải Phòng)" chain a unit to its parent. The province with the most support wins, then the best-supported
district inside it; too little evidence gives None rather than a guess.

Pure: the gazetteer comes in as a frame (`warehouse.gazetteer.load_admin_units`), built once into a `Gazetteer`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import ahocorasick
import polars as pl

from transforms.model import DocumentContext, DocumentPlace, PlaceRef
from transforms.periods import document_key
from transforms.text import match_key, nfc, unify_tones

# Other names of provinces in the press (keys are matched tone-free, like every name).
PROVINCE_ALIASES = {
    "HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh",
    "TP.HCM": "Hồ Chí Minh",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "TT-Huế": "Thừa Thiên Huế",
    "TT Huế": "Thừa Thiên Huế",
    "BR-VT": "Bà Rịa - Vũng Tàu",
}

# Districts dissolved or renamed before 2025-07-01, by (old name, province), and the legacy unit that took them over:
# articles from before the change still name them.
DISTRICT_ALIASES = {
    ("Hoành Bồ", "Quảng Ninh"): "Hạ Long",  # merged into the city, 2020
    ("Tĩnh Gia", "Thanh Hóa"): "Nghi Sơn",  # became the town of Nghi Sơn, 2020
    ("Quận 2", "Hồ Chí Minh"): "Thủ Đức",  # merged into the city of Thủ Đức, 2021
    ("Quận 9", "Hồ Chí Minh"): "Thủ Đức",
    ("Thông Nông", "Cao Bằng"): "Hà Quảng",  # merged, 2020
    ("Trà Lĩnh", "Cao Bằng"): "Trùng Khánh",
    ("Quảng Uyên", "Cao Bằng"): "Quảng Hòa",
    ("Phục Hòa", "Cao Bằng"): "Quảng Hòa",
    ("Mỹ Lộc", "Nam Định"): "Nam Định",  # merged into the city, 2025-01
}

# Evidence weights. A typed district mention ("huyện Bắc Sơn") is the unit of strength.
W_TYPED = 3.0  # "huyện X", "Huyện ủy X", "thị xã X", "tỉnh X"
W_TYPE_CHANGED = 2.0  # "huyện X" where X is now a thị xã or thành phố (or the reverse)
W_PAIR = 3.0  # "X, Hải Phòng", "X (Hải Phòng)": a name placed in its province
W_LIST = 1.5  # "các huyện A, B và C": B and C
W_BARE = 1.0  # a bare name
W_COMMUNE = 1.0  # a typed commune mention, as evidence for its district
W_HINT = 2.0  # a place named with a body or a title by the other extractors
W_BANNER_PROVINCE = 3.0  # a province named in the site's slogan banner
TITLE_FACTOR = 2.0  # a name in the headline counts double
MIN_DISTRICT_SCORE = 2.0  # at least one typed mention, a bare name in the headline, or two bare mentions
MIN_PROVINCE_SCORE = 2.0
# In national news a province the headline does not name needs more than a passing mention or two: such articles
# name provinces in passing ("nguyên Chủ tịch Hội Luật gia tỉnh Bắc Kạn", "Ngày 21-6, tại Hà Nội, Bộ Chính trị").
MIN_UNNAMED_PROVINCE_SCORE_NATIONAL = 8.0
PROVINCE_SHARE = 0.5  # of all province support, for a province not named in the headline
DISTRICT_OVER_PROVINCE = 1.0  # a district not in the headline needs this share of its province's own support


# ---------------------------------------------------------------------------------------------------------------
# Keys


def _tone_free_table() -> dict[int, str]:
    """A `str.translate` table: lower case, no tone marks (vowel letters and đ kept), one dash and apostrophe.

    Every character maps to one character, so offsets into the result are offsets into the input.
    """
    table: dict[int, str] = {}
    for base in "aăâeêioôơuưy":
        table[ord(base.upper())] = base
        for tone in "\u0300\u0301\u0309\u0303\u0323":
            for letter in (base, base.upper()):
                composed = unicodedata.normalize("NFC", letter + tone)
                if len(composed) == 1:
                    table[ord(composed)] = base
    for letter in "BCDFGHJKLMNPQRSTVWXZ":
        table[ord(letter)] = letter.lower()
    table[ord("Đ")] = "đ"
    for dash in "–—‑−":
        table[ord(dash)] = "-"
    for quote in "’‘`´":
        table[ord(quote)] = "'"
    return table


_TONE_FREE = _tone_free_table()
# "Kì"/"Kỳ", "Quí"/"Quý": after a consonant, a syllable-final y and i are one sound.
_FINAL_Y_RE = re.compile(r"(?<![^\W\d_])(qu|[bcdđghklmnprstvx]+)y(?![^\W\d_])")


def loose_key(text: str) -> str:
    """A tone-free key as long as `text` (in NFC), for finding names however their tones are written.

    >>> loose_key("Đăk Nông") == loose_key("Đắk Nông")
    True
    >>> loose_key("Thị Uỷ Kỳ Anh")
    'thi uy ki anh'
    """
    return _FINAL_Y_RE.sub(r"\1i", nfc(text).translate(_TONE_FREE))


def name_keys(name: str) -> set[str]:
    """The loose keys a unit name is looked for under: as written, and with a spaced hyphen closed or opened.

    >>> sorted(name_keys("Bà Rịa - Vũng Tàu"))
    ['ba ria - vung tau', 'ba ria-vung tau']
    """
    key = " ".join(loose_key(name).split())
    return {key, re.sub(r"\s*-\s*", "-", key), re.sub(r"\s*-\s*", " - ", key)}


def exact_key(name: str) -> str:
    """The tone-style-insensitive but tone-accurate key: 'Uỷ'/'Ủy' meet, 'Thành'/'Thạnh' do not.

    >>> exact_key("Hoà  Bình") == exact_key("Hòa Bình")
    True
    """
    return re.sub(r"\s*-\s*", "-", match_key(name).replace("–", "-"))


# ---------------------------------------------------------------------------------------------------------------
# The gazetteer


@dataclass(frozen=True, slots=True)
class NameEntry:
    """Everything a loose name key stands for (codes by level), how its syllables are capitalised, its spellings."""

    provinces: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    communes: tuple[str, ...] = ()
    capitalised: tuple[bool, ...] = ()
    spellings: frozenset[str] = frozenset()  # the exact keys of the names, tones as the gazetteer writes them


class Gazetteer:
    """Fast lookups over the legacy (before 2025-07-01) units: names by tone-free key, types, parent links.

    Build it once with `Gazetteer.from_frame(load_admin_units())`.
    """

    def __init__(
        self,
        units: Iterable[tuple[PlaceRef, str | None]],
        aliases: dict[str, str] | None = None,
        district_aliases: dict[tuple[str, str], str] | None = None,
    ) -> None:
        """`units`: (unit, parent code) pairs of every level; `aliases`: other name -> province short name;
        `district_aliases`: (former district name, province short name) -> the district short name that took it
        over."""
        self.provinces: dict[str, PlaceRef] = {}
        self.districts: dict[str, PlaceRef] = {}
        self.communes: dict[str, PlaceRef] = {}
        self.parent: dict[tuple[str, str], str] = {}
        self.exact: dict[tuple[str, str], str] = {}
        by_level = {"province": self.provinces, "district": self.districts, "commune": self.communes}
        keys: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        caps: dict[str, list[tuple[bool, ...]]] = defaultdict(list)
        spellings: dict[str, set[str]] = defaultdict(set)
        for unit, parent in units:
            by_level[unit.level][unit.code] = unit
            self.exact[(unit.level, unit.code)] = exact_key(unit.name)
            if parent:
                self.parent[(unit.level, unit.code)] = parent
            for key in name_keys(unit.name):
                keys[key][unit.level].append(unit.code)
                caps[key].append(_capitalisation(unit.name))
                spellings[key].add(exact_key(unit.name))
        for alias, province_name in (aliases or {}).items():
            code = next(c for c, p in self.provinces.items() if p.name == province_name)
            for key in name_keys(alias):
                keys[key]["province"].append(code)
                caps[key].append(_capitalisation(alias))
                spellings[key].add(exact_key(alias))
        for (alias, province_name), district_name in (district_aliases or {}).items():
            code = next(
                c for c, d in self.districts.items() if d.name == district_name and d.province_name == province_name
            )
            for key in name_keys(alias):
                keys[key]["district"].append(code)
                caps[key].append(_capitalisation(alias))
                spellings[key].add(exact_key(alias))
        self.names: dict[str, NameEntry] = {
            key: NameEntry(
                provinces=tuple(dict.fromkeys(levels.get("province", ()))),
                districts=tuple(dict.fromkeys(levels.get("district", ()))),
                communes=tuple(dict.fromkeys(levels.get("commune", ()))),
                capitalised=_common_capitalisation(caps[key]),
                spellings=frozenset(spellings[key]),
            )
            for key, levels in keys.items()
        }
        self.automaton = ahocorasick.Automaton()
        for key in self.names:
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()
        self._distinctive = self._distinctive_districts()

    @classmethod
    def from_frame(cls, frame: pl.DataFrame) -> Gazetteer:
        """Build from the frame of `warehouse.gazetteer.load_admin_units` (its legacy rows)."""
        legacy = frame.filter(pl.col("era") == "legacy")
        units = [
            (
                PlaceRef(
                    level=row["level"],
                    code=row["code"],
                    name=row["short_name"],
                    unit_type=row["unit_type"],
                    province_code=row["province_code"],
                    province_name=row["province_name"],
                ),
                row["parent_code"],
            )
            for row in legacy.iter_rows(named=True)
        ]
        return cls(units, PROVINCE_ALIASES, DISTRICT_ALIASES)

    def province_of(self, level: str, code: str) -> str:
        """The province code of any unit."""
        return self.unit(level, code).province_code

    def unit(self, level: str, code: str) -> PlaceRef:
        """The unit of a level by code."""
        return {"province": self.provinces, "district": self.districts, "commune": self.communes}[level][code]

    def district_of_commune(self, code: str) -> str:
        """The district code a commune belongs to."""
        return self.parent[("commune", code)]

    def is_distinctive_district(self, code: str) -> bool:
        """Whether a district's name is no other unit's: no province, no other district, no commune elsewhere.

        Such a name may stand alone in a text ("Khoái Châu"); a shared one ("Bắc Sơn") needs its province named too.
        """
        return code in self._distinctive

    def _distinctive_districts(self) -> frozenset[str]:
        def distinctive(code: str) -> bool:
            for key in name_keys(self.districts[code].name):
                name = self.names[key]
                if name.provinces or name.districts != (code,):
                    return False
                if any(self.district_of_commune(c) != code for c in name.communes):
                    return False
            return True

        return frozenset(c for c in self.districts if distinctive(c))

    def lookup(self, name: str) -> NameEntry:
        """The units a name (without its type word) may stand for."""
        return self.names.get(" ".join(loose_key(name).split()), NameEntry())


def _capitalisation(name: str) -> tuple[bool, ...]:
    """Which syllables of a name must be capitalised in a text: all that are, but a numbered unit's type word.

    >>> _capitalisation("Bắc Sơn"), _capitalisation("Quận 1"), _capitalisation("Ya ly")
    ((True, True), (False, False), (True, False))
    """
    syllables = [s for s in re.split(r"[\s-]+", name.strip()) if s]
    if _OWN_CUE_RE.match(name.lower()):
        return tuple(False for _ in syllables)
    return tuple(s[:1].isupper() for s in syllables)


def _common_capitalisation(patterns: list[tuple[bool, ...]]) -> tuple[bool, ...]:
    """Syllables capitalised in every spelling of a key ("Ya ly" and "Ya Ly" -> only the first)."""
    return tuple(all(p[i] if i < len(p) else False for p in patterns) for i in range(max(map(len, patterns))))


# ---------------------------------------------------------------------------------------------------------------
# Mentions: unit names found in a text, with the type word before them


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit name found in a text: its span, its loose key, and the cue (type word) before it, if any."""

    start: int
    end: int
    key: str
    text: str
    cue: str | None  # "district:Huyện", "district:Thị xã", "district:Quận", "city", "province", "commune:Xã", ...


# The type words before a name, in lower case with new-style tones; longest alternatives first.
_CUES: dict[str, str] = {
    "huyện ủy": "district:Huyện",
    "huyện": "district:Huyện",
    "huyên": "district:Huyện",
    "h.": "district:Huyện",
    "thị ủy": "district:Thị xã",
    "thị xã": "district:Thị xã",
    "tx.": "district:Thị xã",
    "tx": "district:Thị xã",
    "quận ủy": "district:Quận",
    "quận": "district:Quận",
    "q.": "district:Quận",
    "thành ủy": "city",
    "thành phố": "city",
    "tp.": "city",
    "tp": "city",
    "tỉnh ủy": "province",
    "tỉnh": "province",
    "thị trấn": "commune:Thị trấn",
    "tt.": "commune:Thị trấn",
    "xã": "commune:Xã",
    "phường": "commune:Phường",
    "p.": "commune:Phường",
}
# Descriptive words that may stand between a district type word and the name: "huyện miền núi Bắc Sơn".
_DESCRIPTORS = ("miền núi", "vùng cao", "biên giới", "ven biển", "đảo", "nghèo", "vùng sâu", "trung du", "đồng bằng")
_CUE_RE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(re.escape(c) for c in _CUES) + r")"
    r"(?:\s+(?:" + "|".join(_DESCRIPTORS) + r"))?\s*$"
)
# A numbered unit's name carries its type word: "Quận 1", "Phường 12".
_OWN_CUE_RE = re.compile(r"(quận|phường|xã|thị trấn|huyện) \d")
_CUE_WINDOW = 32
_HINT_CUE_RE = re.compile(r"(?i)(" + "|".join(re.escape(c) for c in _CUES) + r")\s+")
# Words before a capitalised name that make it a street, a building, a company, a battle or a person, not a unit.
_NOT_A_PLACE_RE = re.compile(
    r"(?<![^\W\d_])(?:đường|phố|cầu|sông|núi|hồ|chợ|bến|cảng|sân bay|ga|nhà máy|thủy điện|trường|bệnh viện|"
    r"khách sạn|công ty|tập đoàn|ngân hàng|chiến thắng|chiến dịch|trận|số|nhãn hiệu|thương hiệu|"
    r"ông|bà|anh|chị|em|cô|chú|bác|cháu|cụ|thầy|đồng chí|đ/c|diễn viên|ca sĩ|nghệ sĩ|nhạc sĩ|họa sĩ|nhà văn|"
    r"nhà thơ|cầu thủ|vận động viên|liệt sĩ|bác sĩ|tiến sĩ|thạc sĩ|giáo sư|phóng viên|tác giả)\s*$"
)
# Surnames and middle names: a capitalised one right before a name makes it part of a person's name.
_NAME_PARTS = frozenset((
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương",
    "lý", "đào", "đoàn", "vương", "trịnh", "trương", "lâm", "mai", "đinh", "lưu", "tạ", "cao", "lương", "văn", "thị",
    "đức", "hữu", "công", "quang", "minh", "ngọc", "thanh", "xuân", "đình", "trọng", "bá", "thế", "hồng", "kim"
))  # fmt: skip
_SENTENCE_START = frozenset("\n.!?:;\"“”'([")
# Runs of spaces and tabs that are not already one plain space: two or more, or a single other one (a tab, a
# no-break space). Only these change when every run becomes one space, and most runs are single spaces.
_HSPACE_RE = re.compile(r"[^\S\n][^\S\n]+|[^\S \n]")
_NEXT_WORD_RE = re.compile(r" ([^\W\d_]+)")
_PREVIOUS_WORD_RE = re.compile(r"([^\W\d_]+) $")


def _normalised(text: str) -> str:
    """NFC with runs of spaces and tabs as one space (lines kept): same words, simpler offsets."""
    return _HSPACE_RE.sub(" ", nfc(text))


@dataclass(frozen=True, slots=True)
class Scanned:
    """A text in the three aligned forms that scanning reads (same length, same offsets)."""

    work: str  # NFC, spaces collapsed: the writer's spelling
    scan: str  # tone-free lower case (`loose_key`): what names are found in
    low: str  # lower case, new-style tones: what type words are read in

    @classmethod
    def of(cls, text: str) -> Scanned:
        work = _normalised(text)
        scan = loose_key(work)
        low = unify_tones(work).lower()
        if len(low) != len(work):  # a letter whose lower case is longer: fall back to the tone-free form
            low = scan
        return cls(work, scan, low)


def find_mentions(text: Scanned, gazetteer: Gazetteer) -> list[Mention]:
    """Every unit name in a text (leftmost-longest, on word boundaries, capitalised as a name), with its cue.

    A bare name must stand alone: not inside a longer capitalised name, a person's, a street's or a company's.
    """
    found: list[tuple[int, int, str]] = []
    work, scan, names = text.work, text.scan, gazetteer.names
    for last, key in gazetteer.automaton.iter(scan):
        start, end = last - len(key) + 1, last + 1
        name = names[key]
        if name.capitalised[0] and work[start].islower():  # most hits: inside ordinary lower-case words
            continue
        if _on_boundaries(scan, start, end) and _capitalised_as(work[start:end], name):
            found.append((start, end, key))
    found.sort(key=lambda f: (f[0], -f[1]))
    mentions: list[Mention] = []
    last_end = 0
    for start, end, key in found:
        if start < last_end:
            continue
        cue_match = _CUE_RE.search(text.low, max(0, start - _CUE_WINDOW), start) or _OWN_CUE_RE.match(
            text.low, start, end
        )
        cue = _CUES[cue_match.group(1)] if cue_match else None
        if cue is None and (_continues_capitalised(text.work, end) or not _stands_alone(text, start)):
            continue
        mentions.append(Mention(start, end, key, text.work[start:end], cue))
        last_end = end
    return mentions


def _on_boundaries(scan: str, start: int, end: int) -> bool:
    return (start == 0 or not scan[start - 1].isalnum()) and (end == len(scan) or not scan[end].isalnum())


def _capitalised_as(span: str, name: NameEntry) -> bool:
    """Whether a span is written as a name: each syllable capitalised where the gazetteer's name is.

    >>> _capitalised_as("Bắc Sơn", NameEntry(capitalised=(True, True)))
    True
    >>> _capitalised_as("bắc sơn", NameEntry(capitalised=(True, True)))
    False
    """
    syllables = [s for s in re.split(r"[\s-]+", span) if s]
    return all(not need or not s[:1].islower() for s, need in zip(syllables, name.capitalised, strict=False))


def _is_capitalised_word(word: str) -> bool:
    """A word written as part of a name: 'Hồng' yes; 'HĐND' (an acronym), 'A' and 'hội' no.

    >>> [_is_capitalised_word(w) for w in ("Hồng", "HĐND", "hội")]
    [True, False, False]
    """
    return word[:1].isupper() and not word.isupper()


def _continues_capitalised(work: str, end: int) -> bool:
    """Whether a capitalised word follows directly: the name is part of a longer one ("Hồng Hà" after "Hồng")."""
    m = _NEXT_WORD_RE.match(work, end)
    return bool(m) and _is_capitalised_word(m.group(1))


def _stands_alone(text: Scanned, start: int) -> bool:
    """Whether a bare name is not part of a person's name, a street or a company ("Lê Hồng Lĩnh", "đường Lạng Sơn").

    A capitalised word before it is allowed only at a sentence's start, and not if it is a surname or middle name.
    """
    if _NOT_A_PLACE_RE.search(text.low, max(0, start - _CUE_WINDOW), start):
        return False
    m = _PREVIOUS_WORD_RE.search(text.work, max(0, start - 24), start)
    if not m or not _is_capitalised_word(m.group(1)):
        return True
    before = text.work[: m.start()].rstrip(" ")
    sentence_start = not before or before[-1] in _SENTENCE_START
    return sentence_start and m.group(1).lower() not in _NAME_PARTS


# ---------------------------------------------------------------------------------------------------------------
# Evidence


@dataclass(slots=True)
class Evidence:
    """A mention read as support for some units of one level; several codes = not yet disambiguated."""

    level: str  # province | district | commune
    codes: tuple[str, ...]
    weight: float
    order: float  # where it was seen: the headline first, then the text by offset
    kind: str  # typed | bare | pair | list | hint | banner
    mention: Mention | None = None


def _prefer_exact(gazetteer: Gazetteer, level: str, codes: Sequence[str], text: str) -> tuple[str, ...]:
    """Of candidates found tone-free, those spelt with the text's tones, if any ("Tân Thạnh" is not "Tân Thành")."""
    key = exact_key(text)
    exact = tuple(c for c in codes if gazetteer.exact[(level, c)] == key)
    return exact or tuple(codes)


def _of_type(gazetteer: Gazetteer, level: str, codes: Sequence[str], unit_type: str) -> tuple[str, ...]:
    return tuple(c for c in codes if gazetteer.unit(level, c).unit_type == unit_type)


def interpret(mention: Mention, gazetteer: Gazetteer, cue: str | None = None) -> Evidence | None:
    """What a mention supports, by its cue (or the one given, for a list item); None if it names nothing usable.

    A typed name must exist at the level its type word says; a bare name counts for a province or a district only.
    """
    name = gazetteer.names[mention.key]
    cue = cue if cue is not None else mention.cue
    order = float(mention.start)
    if " " not in mention.key and exact_key(mention.text) not in name.spellings:
        return None  # a one-syllable name found only tone-free is another word: "Chủ" is not "Chũ"
    if cue is None:
        return _interpret_bare(mention, gazetteer, name, order)
    if cue == "province":
        return Evidence("province", name.provinces, W_TYPED, order, "typed", mention) if name.provinces else None
    if cue == "city":
        return _interpret_city(mention, gazetteer, name, order)
    level, _, unit_type = cue.partition(":")
    candidates = name.districts if level == "district" else name.communes
    if not candidates:
        return None
    candidates = _prefer_exact(gazetteer, level, candidates, mention.text)
    same_type = _of_type(gazetteer, level, candidates, unit_type)
    weight = W_TYPED if level == "district" else W_COMMUNE
    if same_type:
        return Evidence(level, same_type, weight, order, "typed", mention)
    return Evidence(level, candidates, W_TYPE_CHANGED if level == "district" else weight, order, "typed", mention)


def _interpret_bare(mention: Mention, gazetteer: Gazetteer, name: NameEntry, order: float) -> Evidence | None:
    """A name without a type word: a province's, or a district's of two syllables or more.

    A one-syllable district name ("Chũ", "Vinh") is too often a word to stand alone.
    """
    if name.provinces:
        return Evidence("province", name.provinces, W_BARE, order, "bare", mention)
    if name.districts and " " in mention.key:
        codes = _prefer_exact(gazetteer, "district", name.districts, mention.text)
        return Evidence("district", codes, W_BARE, order, "bare", mention)
    return None


def _interpret_city(mention: Mention, gazetteer: Gazetteer, name: NameEntry, order: float) -> Evidence | None:
    """'thành phố X', 'TP X', 'Thành ủy X': a provincial city if there is one, else a centrally-run city (a province).

    "TP Lạng Sơn" is the city in Lạng Sơn province; "TP Hà Nội" and "TP. HCM" are provinces.
    """
    cities = _of_type(gazetteer, "district", name.districts, "Thành phố")
    if cities:
        return Evidence("district", _prefer_exact(gazetteer, "district", cities, mention.text), W_TYPED, order,
                        "typed", mention)  # fmt: skip
    if name.provinces:
        city_provinces = _of_type(gazetteer, "province", name.provinces, "Thành phố")
        weight = W_TYPED if city_provinces else W_TYPE_CHANGED
        return Evidence("province", city_provinces or name.provinces, weight, order, "typed", mention)
    if name.districts:
        return Evidence("district", name.districts, W_TYPE_CHANGED, order, "typed", mention)
    return None


# Between a unit and its parent: "Tiên Lãng, Hải Phòng", "Kiến Thiết (Tiên Lãng", "huyện X - tỉnh Y".
_PARENT_GAP_RE = re.compile(r"\s*(?:,|\(|-|–)\s*(?:(?:huyện|thị xã|quận|thành phố|tp\.?|tỉnh)\s*)?")
# Between two items of one list: "các xã A, B và C".
_LIST_GAP_RE = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")


def mentions_to_evidence(mentions: Sequence[Mention], low: str, gazetteer: Gazetteer) -> list[Evidence]:
    """Evidence from one text's mentions, in order: list items inherit their type word, parents narrow children.

    `low` is the text the mentions' offsets point into, in lower case with new-style tones.
    """
    items: list[Evidence | None] = []
    list_cue: str | None = None  # the type word the next bare item of a list would inherit
    for i, m in enumerate(mentions):
        # A province's name never inherits a district's type: "huyện Bắc Sơn, Lạng Sơn" names the province.
        inherited = m.cue is None and list_cue is not None and i > 0 and not gazetteer.names[m.key].provinces
        inherited = inherited and _LIST_GAP_RE.fullmatch(low[mentions[i - 1].end : m.start]) is not None
        ev = interpret(m, gazetteer, list_cue) if inherited else None
        if ev is not None:
            ev.kind, ev.weight = "list", min(ev.weight, W_LIST)
        else:
            inherited = False
            ev = interpret(m, gazetteer)
        items.append(ev)
        cue = list_cue if inherited else m.cue
        list_cue = cue if ev is not None and cue is not None and ev.level != "province" else None
    for i in range(len(items) - 2, -1, -1):
        child, parent = items[i], items[i + 1]
        if child is None or parent is None:
            continue
        if _PARENT_GAP_RE.fullmatch(low[mentions[i].end : mentions[i + 1].start]):
            items[i] = _narrow(child, parent, gazetteer)
    return [ev for ev in items if ev is not None]


def _narrow(child: Evidence, parent: Evidence, gazetteer: Gazetteer) -> Evidence | None:
    """A unit followed by its parent's name keeps only the candidates inside that parent (and the parent, if a
    district, only those holding the unit): "xã Kiến Thiết (Tiên Lãng, Hải Phòng)".

    A bare district with no candidate inside the named province is dropped; a typed one is kept as it was.
    """
    rank = {"commune": 0, "district": 1, "province": 2}
    if rank[child.level] >= rank[parent.level]:
        return child
    if parent.level == "province":
        inside = tuple(c for c in child.codes if gazetteer.province_of(child.level, c) in parent.codes)
    else:
        inside = tuple(c for c in child.codes if gazetteer.district_of_commune(c) in parent.codes)
    if not inside:
        return None if child.kind == "bare" else child
    if parent.level == "district":
        parent.codes = tuple(dict.fromkeys(gazetteer.district_of_commune(c) for c in inside))
        parent.weight, parent.kind = max(parent.weight, W_PAIR), "pair"
        return replace(child, codes=inside)
    weight = max(child.weight, W_PAIR) if child.level == "district" else child.weight
    return replace(child, codes=inside, weight=weight, kind="pair")


def hint_evidence(hints: Sequence[str], gazetteer: Gazetteer) -> list[Evidence]:
    """Place names the other extractors attached to bodies and titles ("Bắc Sơn", "huyện Bắc Sơn", "Hà Tĩnh").

    Each distinct name counts once, at `W_HINT` (on top of its mentions in the text). A name that is a
    province's is read as the province (a city of the same name is not assumed).
    """
    out: list[Evidence] = []
    for hint in dict.fromkeys(_normalised(h).strip() for h in hints):
        m = _HINT_CUE_RE.match(unify_tones(hint))
        mentions = _hint_mentions(hint[m.end() :] if m else hint, gazetteer)
        if len(mentions) != 1:
            continue
        ev = interpret(replace(mentions[0], cue=_CUES[m.group(1).lower()] if m else None), gazetteer)
        if ev is None or ev.level == "commune":
            continue
        ev.weight, ev.kind, ev.order = W_HINT, "hint", 0.0
        out.append(ev)
    return out


def _hint_mentions(name: str, gazetteer: Gazetteer) -> list[Mention]:
    """The unit names in a hint; where it names none, in the hint less its last word or two: a title's place may
    have taken in the start of a person's name ("Sơn La Tòng" of "tỉnh Sơn La Tòng Thị Phóng").

    >>> g = Gazetteer([(PlaceRef("province", "14", "Sơn La", "Tỉnh", "14", "Sơn La"), None)])
    >>> [m.text for m in _hint_mentions("Sơn La Tòng", g)], [m.text for m in _hint_mentions("Sơn La", g)]
    (['Sơn La'], ['Sơn La'])
    """
    words = name.split()
    for drop in range(min(3, len(words))):
        mentions = find_mentions(Scanned.of(" ".join(words[: len(words) - drop])), gazetteer)
        if mentions:
            return mentions
    return []


def text_evidence(text: str | None, gazetteer: Gazetteer, factor: float = 1.0, offset: float = 0.0) -> list[Evidence]:
    """All evidence in one text, weights multiplied by `factor` and positions shifted by `offset`."""
    if not text:
        return []
    scanned = Scanned.of(text)
    evidence = mentions_to_evidence(find_mentions(scanned, gazetteer), scanned.low, gazetteer)
    for ev in evidence:
        ev.weight *= factor
        ev.order += offset
    return evidence


def document_evidence(ctx: DocumentContext, gazetteer: Gazetteer, hints: Sequence[str] = ()) -> list[Evidence]:
    """Evidence from the headline (double weight), the text, the banner (its province only) and the hints."""
    evidence = hint_evidence(hints, gazetteer)
    evidence += text_evidence(ctx.title, gazetteer, TITLE_FACTOR, -1e9)
    evidence += text_evidence(ctx.clean_text, gazetteer)
    for ev in text_evidence(ctx.banner, gazetteer, 1.0, 1e9):
        if ev.level == "province":
            evidence.append(replace(ev, weight=W_BANNER_PROVINCE, kind="banner"))
        elif ev.level == "district":  # the site of one district names it in its slogan: its province counts
            provinces = tuple(dict.fromkeys(gazetteer.province_of("district", c) for c in ev.codes))
            if len(provinces) == 1:
                evidence.append(Evidence("province", provinces, W_BANNER_PROVINCE, ev.order, "banner"))
    return evidence


# ---------------------------------------------------------------------------------------------------------------
# Decision


@dataclass(slots=True)
class Tally:
    """Support per unit: `province` counts its districts' support too, `named` only the province's own name."""

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
    if ev.level == "district":
        return {gazetteer.province_of("district", c) for c in ev.codes}
    return {gazetteer.province_of("commune", c) for c in ev.codes}


def _district_codes(ev: Evidence, gazetteer: Gazetteer) -> tuple[str, ...]:
    if ev.level == "district":
        return ev.codes
    return tuple(dict.fromkeys(gazetteer.district_of_commune(c) for c in ev.codes))


def _is_certain(ev: Evidence, gazetteer: Gazetteer) -> bool:
    """Whether evidence needs no help: one candidate, and for a bare district a name that is no other unit's."""
    if len(_district_codes(ev, gazetteer) if ev.level != "province" else ev.codes) != 1:
        return False
    if ev.kind == "bare" and ev.level == "district":
        return gazetteer.is_distinctive_district(ev.codes[0])
    return True


def tally(evidence: Sequence[Evidence], gazetteer: Gazetteer) -> Tally:
    """Sum the evidence per province and district.

    Certain evidence counts first; then ambiguous evidence counts for the one candidate whose province is already
    supported (if exactly one is), and evidence whose candidates all lie in one province supports that province.
    """
    t = Tally()
    pending: list[Evidence] = []
    for ev in evidence:
        if not _is_certain(ev, gazetteer):
            pending.append(ev)
            continue
        _count(t, ev, _district_codes(ev, gazetteer)[0] if ev.level != "province" else ev.codes[0], gazetteer)
    support = {p: w for p, w in t.province.items() if w > 0}
    for ev in pending:
        if ev.level == "province":
            supported = [c for c in ev.codes if c in support]
            if len(supported) == 1:
                _count(t, ev, supported[0], gazetteer)
            continue
        districts = _district_codes(ev, gazetteer)
        supported = [d for d in districts if gazetteer.province_of("district", d) in support]
        if len(supported) == 1:
            _count(t, ev, supported[0], gazetteer)
        elif len(provinces := _provinces_of(ev, gazetteer)) == 1 and ev.kind != "bare":
            t.add("province", provinces.pop(), ev.weight / 2, ev.order)
    return t


def _count(t: Tally, ev: Evidence, code: str, gazetteer: Gazetteer) -> None:
    """Count evidence for a unit: a district's (or a commune's district's) weight also supports its province."""
    if ev.level == "province":
        t.add("province", code, ev.weight, ev.order)
        if ev.kind != "banner":
            t.named[code] += ev.weight
        return
    t.add("district", code, ev.weight, ev.order)
    t.add("province", gazetteer.province_of("district", code), ev.weight, ev.order)


def _best(scores: dict[str, float], first_seen: dict[str, float]) -> str | None:
    """The highest score; a tie goes to the unit seen first (the headline before the text)."""
    if not scores:
        return None
    return min(scores, key=lambda c: (-scores[c], first_seen.get(c, 0.0)))


def _communes(evidence: Sequence[Evidence], district: PlaceRef | None, gazetteer: Gazetteer) -> list[PlaceRef]:
    """Typed commune mentions that name exactly one commune of the chosen district, in order of appearance."""
    if district is None:
        return []
    found: dict[str, float] = {}
    for ev in evidence:
        if ev.level != "commune":
            continue
        inside = [c for c in ev.codes if gazetteer.district_of_commune(c) == district.code]
        if len(inside) == 1:
            found[inside[0]] = min(found.get(inside[0], ev.order), ev.order)
    return [gazetteer.communes[c] for c in sorted(found, key=found.__getitem__)]


def decide(evidence: Sequence[Evidence], gazetteer: Gazetteer, national: bool = False) -> DocumentPlace:
    """The province the article is about, then the district inside it that it is about, if one is (`national`:
    the article is national news, see `is_national`)."""
    t = tally(evidence, gazetteer)
    province = _main_province(t, national)
    if province is None:
        return DocumentPlace()
    district = _main_district(t, province, gazetteer)
    district_ref = gazetteer.districts[district] if district else None
    return DocumentPlace(
        province=gazetteer.provinces[province],
        district=district_ref,
        communes=_communes(evidence, district_ref, gazetteer),
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
    inside = {d: w for d, w in t.district.items() if gazetteer.province_of("district", d) == province}
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


_CENTRAL_CUE_RE = re.compile(
    r"(?<!\w)(?:trung ương|quốc hội|chính phủ|bộ chính trị|ban bí thư|thủ tướng|toàn quốc|tổng bí thư|chủ tịch nước|"
    r"bộ trưởng|t\.ư|tw)(?!\w)"
)
_LOCAL_CUE_RE = re.compile(
    r"(?<!\w)(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|hđnd|ubnd|tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy)(?!\w)"
)


def is_national(text: str) -> bool:
    """Whether an article speaks more of the central state and Party than of local units and councils.

    >>> is_national("Bộ Chính trị họp dưới sự chủ trì của Tổng Bí thư tại Hà Nội; Ban Bí thư cho ý kiến.")
    True
    >>> is_national("Huyện ủy tổ chức hội nghị; UBND huyện báo cáo; Ban Chấp hành Trung ương ...")
    False
    """
    key = document_key(text)
    return len(_CENTRAL_CUE_RE.findall(key)) > len(_LOCAL_CUE_RE.findall(key))


def resolve_document_place(ctx: DocumentContext, gazetteer: Gazetteer, hints: Sequence[str] = ()) -> DocumentPlace:
    """The district-level unit the article is about and its province, as before 2025-07-01; None where unsaid.

    `hints` are place names the session and role extractors found with bodies ("Bắc Sơn"); they weigh more than a
    name mentioned in passing.
    """
    return decide(document_evidence(ctx, gazetteer, hints), gazetteer, is_national(ctx.clean_text))
