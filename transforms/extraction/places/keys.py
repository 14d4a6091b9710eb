"""Keys that unit names are matched under: tone-free (to find a name however its tones are written), exact (to
prefer the spelling the text uses), and the ASCII slug of a web host ("Hương Khê" -> "huongkhe").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from transforms.text import match_key, nfc


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
    return " ".join(map(_loose_key_of_part, nfc(text).split(" ")))


@functools.lru_cache(maxsize=1 << 15)
def _loose_key_of_part(part: str) -> str:
    """`loose_key` of a text without spaces (in NFC). A text's key is that of its parts joined by its spaces: the
    table maps character by character and a final y is read within letters. Texts repeat their syllables, so the
    parts' keys are cached: `str.translate` looks each character up in the table, and a dict lookup per character
    costs more than a lookup per syllable."""
    key = part.translate(_TONE_FREE)
    return _FINAL_Y_RE.sub(_final_i, key) if "y" in key else key


def _final_i(match: re.Match[str]) -> str:
    return match[1] + "i"


_SPACED_DASH_RE = re.compile(r"\s*-\s*")
_SYLLABLE_GAP_RE = re.compile(r"[\s-]+")


def syllables(name: str) -> list[str]:
    """A name's syllables, split at spaces and dashes.

    >>> syllables(" Bà Rịa - Vũng Tàu")
    ['Bà', 'Rịa', 'Vũng', 'Tàu']
    """
    return [s for s in _SYLLABLE_GAP_RE.split(name) if s]


def name_keys(name: str) -> set[str]:
    """The loose keys a unit name is looked for under: as written, and with a spaced hyphen closed or opened.

    >>> sorted(name_keys("Bà Rịa - Vũng Tàu"))
    ['ba ria - vung tau', 'ba ria-vung tau']
    """
    key = " ".join(loose_key(name).split())
    if "-" not in key:  # most names: nothing for the dash's pattern to change
        return {key}
    return {key, _SPACED_DASH_RE.sub("-", key), _SPACED_DASH_RE.sub(" - ", key)}


def exact_key(name: str) -> str:
    """The tone-style-insensitive but tone-accurate key: 'Uỷ'/'Ủy' meet, 'Thành'/'Thạnh' do not.

    >>> exact_key("Hoà  Bình") == exact_key("Hòa Bình")
    True
    """
    key = match_key(name).replace("–", "-")
    return _SPACED_DASH_RE.sub("-", key) if "-" in key else key


def slug(name: str) -> str:
    """A name as web hosts write it: tone-free ASCII, no spaces, dashes or apostrophes.

    >>> slug("Hương Khê"), slug("Bà Rịa - Vũng Tàu"), slug("Đắk Lắk")
    ('huongkhe', 'bariavungtau', 'daklak')
    """
    ascii_name = unicodedata.normalize("NFD", loose_key(name).replace("đ", "d"))
    return "".join(c for c in ascii_name if c.isascii() and c.isalnum())
