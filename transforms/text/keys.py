"""Vietnamese text helpers shared by every stage: NFC, one tone-mark style for matching, folding for keys.

`clean_text` always keeps the writer's spelling; these functions make *keys* for matching, never replacement text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Old-style tone placement -> new style ("Uỷ" -> "Ủy", "hoá" -> "hóa"). Each pair has the same length, so a
# string's offsets survive `unify_tones`.
_OLD_TO_NEW_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_OLD_TONES_ALL_CASES = {
    **_OLD_TO_NEW_TONES,
    **{k.upper(): v.upper() for k, v in _OLD_TO_NEW_TONES.items()},
    **{k[0].upper() + k[1]: v[0].upper() + v[1] for k, v in _OLD_TO_NEW_TONES.items()},
}
# Only at a syllable's end ("toàn" and "khuỳnh" are spelt alike in both styles), and not after the "qu" onset
# ("quý" is new style already). Written to begin with the vowel, so that a search skips to the vowels.
_OLD_TONE_RE = re.compile(
    r"[oOuU](?<![qQ][oOuU])[" + "".join(sorted({k[1] for k in _OLD_TONES_ALL_CASES})) + r"](?![^\W\d_])"
)


def nfc(text: str) -> str:
    """Compose decomposed diacritics: 'Đa\u0323i' -> 'Đại'.

    >>> nfc("Đa\u0323i ho\u0323\u0302i") == "Đại hội"
    True
    """
    return unicodedata.normalize("NFC", text)


def unify_tones(text: str) -> str:
    """Put tone marks where the new style does, keeping the string's length (and so every offset).

    >>> unify_tones("Uỷ ban, hoá, Thị uỷ, toàn, quý")
    'Ủy ban, hóa, Thị ủy, toàn, quý'
    """
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONES_ALL_CASES.get(m.group(0), m.group(0)), nfc(text))


def match_key(text: str) -> str:
    """A key for comparing Vietnamese phrases: NFC, new tone style, lower case, single spaces, '&' as 'và'.

    >>> match_key("HĐND&UBND  Thị Uỷ") == match_key("hđnd và ubnd thị ủy")
    True
    """
    if len(text) <= _CACHED_UP_TO:  # words and names repeat endlessly across a corpus; whole texts do not
        return _short_match_key(text)
    return _match_key(text)


_CACHED_UP_TO = 64


def _match_key(text: str) -> str:
    return " ".join(unify_tones(text).casefold().replace("&", " và ").split())


_short_match_key = functools.lru_cache(maxsize=1 << 14)(_match_key)

# A whole document's key and its text in one tone style, which the extractors of the document read in turn: each is
# computed once per document.
document_key = functools.lru_cache(maxsize=4)(match_key)
document_tones = functools.lru_cache(maxsize=4)(unify_tones)


def strip_diacritics(text: str) -> str:
    """ASCII-ish form for fuzzy keys only: 'Đắk Song' -> 'dak song'.

    >>> strip_diacritics("Đắk Song")
    'dak song'
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
