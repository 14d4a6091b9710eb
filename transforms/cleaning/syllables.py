"""How much of a text reads as well-formed Vietnamese syllables: the yardstick each candidate decoding is judged by."""

from __future__ import annotations

import re

from transforms.text import nfc

# --- Vietnamese letters -----------------------------------------------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_BASE_VOWELS = "aăâeêioôơuưy"


def _vietnamese_letters() -> tuple[frozenset[str], frozenset[str]]:
    """Every Vietnamese letter in both cases (precomposed), and the subset that carries a tone mark.

    >>> letters, toned = _vietnamese_letters()
    >>> "ự" in toned, "ư" in letters - toned, "ñ" in letters
    (True, True, False)
    """
    letters = set("abcdefghijklmnopqrstuvwxyzđ")
    toned = set()
    for base in _BASE_VOWELS:
        letters.add(base)
        for mark in _TONE_MARKS:
            toned.add(nfc(base + mark))
    letters |= toned
    letters |= {c.upper() for c in letters}
    toned |= {c.upper() for c in toned}
    return frozenset(letters), frozenset(toned)


_VN_LETTERS, _VN_TONED = _vietnamese_letters()
_WORD_RE = re.compile(r"[^\W\d_]+")
# Symbols and controls of the Latin-1 range that Vietnamese prose does not use but legacy text read wrongly is full of.
_LATIN1_NOISE_RE = re.compile("[\x80-\x9f\u00a1-\u00bf\u00d7\u00f7\ufffd]")


def vietnamese_score(text: str) -> tuple[float, int]:
    """Share of non-ASCII words that are well-formed Vietnamese syllables (noise symbols count against), and how many.

    >>> vietnamese_score("Đại hội Đảng bộ")
    (1.0, 4)
    >>> vietnamese_score("§¹i héi §¶ng bé")[0] < 0.5
    True
    """
    good = bad = 0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        # set and map calls run over the word's characters in C
        if len(word) <= 7 and _VN_LETTERS.issuperset(word) and sum(map(_VN_TONED.__contains__, word)) <= 1:
            good += 1
        else:
            bad += 1
    bad += len(_LATIN1_NOISE_RE.findall(text))
    return (good / (good + bad) if good + bad else 0.0), good
