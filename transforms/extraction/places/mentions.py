"""Unit names found in a text, each with the type word before it ("huyện Bắc Sơn", "Thị ủy Hồng Lĩnh", "TP. Vinh",
"tỉnh Lạng Sơn", "xã Thuận Hà") or bare ("Hà Nội"): one scan with the gazetteer's Aho-Corasick automaton over
tone-free keys, then the checks that a hit is written as a name and, when bare, stands alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from transforms.extraction.places.gazetteer import OWN_CUE_RE, Gazetteer, NameEntry
from transforms.extraction.places.keys import loose_key, syllables
from transforms.text import nfc, unify_tones


@dataclass(frozen=True, slots=True)
class Mention:
    """A unit name found in a text: its span, its loose key, and the cue (type word) before it, if any."""

    start: int
    end: int
    key: str
    text: str
    cue: str | None  # "district:Huyện", "district:Thị xã", "district:Quận", "city", "province", "commune:Xã", ...


# The type words before a name, in lower case with new-style tones; longest alternatives first.
CUES: dict[str, str] = {
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
    "đặc khu": "commune:Đặc khu",
}
# Descriptive words that may stand between a district type word and the name: "huyện miền núi Bắc Sơn".
_DESCRIPTORS = ("miền núi", "vùng cao", "biên giới", "ven biển", "đảo", "nghèo", "vùng sâu", "trung du", "đồng bằng")
_CUE_RE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(re.escape(c) for c in CUES) + r")"
    r"(?:\s+(?:" + "|".join(_DESCRIPTORS) + r"))?\s*$"
)
_CUE_WINDOW = 32
# What a window before a name that `_CUE_RE` matches in ends with, once its trailing spaces are stripped: a type word
# or a descriptor. A C-level test of these rules out most windows before the search.
_CUE_ENDINGS = (*CUES, *_DESCRIPTORS)
# Words before a capitalised name that make it a street, a building, a company, a battle or a person, not a unit.
_NOT_A_PLACE_WORDS = (
    "đường", "phố", "cầu", "sông", "núi", "hồ", "chợ", "bến", "cảng", "sân bay", "ga", "nhà máy", "thủy điện",
    "trường", "bệnh viện", "khách sạn", "công ty", "tập đoàn", "ngân hàng", "chiến thắng", "chiến dịch", "trận", "số",
    "nhãn hiệu", "thương hiệu", "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "cụ", "thầy", "đồng chí",
    "đ/c", "diễn viên", "ca sĩ", "nghệ sĩ", "nhạc sĩ", "họa sĩ", "nhà văn", "nhà thơ", "cầu thủ", "vận động viên",
    "liệt sĩ", "bác sĩ", "tiến sĩ", "thạc sĩ", "giáo sư", "phóng viên", "tác giả",
)  # fmt: skip
_NOT_A_PLACE_RE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_NOT_A_PLACE_WORDS) + r")\s*$")
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


def normalised(text: str) -> str:
    """NFC with runs of spaces and tabs as one space (lines kept): same words, simpler offsets."""
    work = nfc(text)
    # Most texts have no such run. Every whitespace character but the space is unprintable, so a text without two
    # spaces in a row that prints (lines apart) has none: two C-level scans instead of the regular expression's.
    if "  " not in work and work.replace("\n", " ").isprintable():
        return work
    return _HSPACE_RE.sub(" ", work)


@dataclass(frozen=True, slots=True)
class Scanned:
    """A text in the three aligned forms that scanning reads (same length, same offsets)."""

    work: str  # NFC, spaces collapsed: the writer's spelling
    scan: str  # tone-free lower case (`loose_key`): what names are found in
    low: str  # lower case, new-style tones: what type words are read in

    @staticmethod
    @functools.lru_cache(maxsize=64)  # a document's headline, text and banner are read in both structures
    def of(text: str) -> Scanned:
        """The three forms of a text (any spacing, any Unicode form)."""
        return _scanned(normalised(text))


@functools.lru_cache(maxsize=64)  # the 2025 reading scans the normalised text, which the legacy one has scanned
def _scanned(work: str) -> Scanned:
    """The forms of a `normalised` text (`normalised` leaves such a text as it is)."""
    scan = loose_key(work)
    low = unify_tones(work).lower()
    if len(low) != len(work):  # a letter whose lower case is longer: fall back to the tone-free form
        low = scan
    return Scanned(work, scan, low)


def find_mentions(text: Scanned, gazetteer: Gazetteer) -> list[Mention]:
    """Every unit name in a text (leftmost-longest, on word boundaries, capitalised as a name), with its cue.

    A bare name must stand alone: not inside a longer capitalised name, a person's, a street's or a company's.
    """
    found: list[tuple[int, int, str]] = []
    work, scan, names = text.work, text.scan, gazetteer.names
    for last, (back, capitalised, key) in gazetteer.automaton.iter(scan):
        start = last - back
        if capitalised[0] and work[start].islower():  # most hits: inside ordinary lower-case words
            continue
        end = last + 1
        if _on_boundaries(scan, start, end) and _capitalised_as(work[start:end], names[key]):
            found.append((start, end, key))
    found.sort(key=lambda f: (f[0], -f[1]))
    mentions: list[Mention] = []
    last_end = 0
    for start, end, key in found:
        if start < last_end:
            continue
        cue_match = _cue_before(text.low, start) or OWN_CUE_RE.match(text.low, start, end)
        cue = CUES[cue_match.group(1)] if cue_match else None
        if cue is None and (_continues_capitalised(text.work, end) or not _stands_alone(text, start)):
            continue
        mentions.append(Mention(start, end, key, text.work[start:end], cue))
        last_end = end
    return mentions


def _cue_before(low: str, start: int) -> re.Match[str] | None:
    """The type word (and descriptor) that ends right before offset `start` of `low`, as `_CUE_RE` finds it."""
    window = max(0, start - _CUE_WINDOW)
    # The match lies inside the window and only spaces follow it: the window ends with its type word or descriptor.
    if not low[window:start].rstrip().endswith(_CUE_ENDINGS):
        return None
    return _CUE_RE.search(low, window, start)


def _on_boundaries(scan: str, start: int, end: int) -> bool:
    return (start == 0 or not scan[start - 1].isalnum()) and (end == len(scan) or not scan[end].isalnum())


def _capitalised_as(span: str, name: NameEntry) -> bool:
    """Whether a span is written as a name: each syllable capitalised where the gazetteer's name is.

    >>> _capitalised_as("Bắc Sơn", NameEntry(capitalised=(True, True)))
    True
    >>> _capitalised_as("bắc sơn", NameEntry(capitalised=(True, True)))
    False
    """
    return all(not need or not s[:1].islower() for s, need in zip(syllables(span), name.capitalised, strict=False))


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
    low = text.low
    window = max(0, start - _CUE_WINDOW)
    # A match lies inside the window and only spaces follow it: the window ends with one of the words.
    if low[window:start].rstrip().endswith(_NOT_A_PLACE_WORDS) and _NOT_A_PLACE_RE.search(low, window, start):
        return False
    m = _PREVIOUS_WORD_RE.search(text.work, max(0, start - 24), start)
    if not m or not _is_capitalised_word(m.group(1)):
        return True
    before = text.work[: m.start()].rstrip(" ")
    sentence_start = not before or before[-1] in _SENTENCE_START
    return sentence_start and m.group(1).lower() not in _NAME_PARTS
