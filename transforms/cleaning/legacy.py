"""TCVN3 and VNI, the legacy Vietnamese font encodings: their text, read as Latin-1, converted to Unicode."""

from __future__ import annotations

import re

from transforms.text import nfc

# --- Legacy font encodings --------------------------------------------------------------------------------------

# TCVN3 (ABC, the ".Vn" fonts): one byte a letter; read as Latin-1, each byte below becomes the letter beside it.
# TCVN3 has no upper-case toned vowels (headings used separate upper-case fonts), so those come back lower case.
_TCVN3_BYTES = (
    "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦"
)  # fmt: skip
_TCVN3_LETTERS = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
)  # fmt: skip
_TCVN3_TABLE = str.maketrans(_TCVN3_BYTES, _TCVN3_LETTERS)

# VNI (VNI-Windows fonts): a toned vowel is its base letter followed by one mark byte; a few letters are one byte.
_VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_HATS = {"â": ("a", "â"), "ê": ("e", "â"), "ô": ("o", "â"), "ă": ("a", "ê")}  # letter -> (base, mark)
_VNI_HAT_TONES = {  # the mark byte of a hatted vowel already carries its tone
    "â": {"\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"},
    "ă": {"\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"},
}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_sequences() -> dict[str, str]:
    """VNI byte sequence (as Latin-1 characters) -> Vietnamese letter, both cases.

    >>> table = _vni_sequences()
    >>> table["ñ"], table["aï"], table["eâ"], table["aú"], table["ÖÙ"]
    ('đ', 'ạ', 'ê', 'ẳ', 'Ứ')
    """
    table = {seq: letter for letter, seq in _VNI_SINGLE.items() if seq != letter}
    for vowel in "aeiouyơư":
        for tone, mark in _VNI_TONES.items():
            toned = nfc(vowel + tone)
            if toned not in _VNI_SINGLE:
                table[_VNI_SINGLE.get(vowel, vowel) + mark] = toned
    for hatted, (base, mark) in _VNI_HATS.items():
        table[base + mark] = hatted
        for tone, toned_mark in _VNI_HAT_TONES["ă" if hatted == "ă" else "â"].items():
            table[base + toned_mark] = nfc(hatted + tone)
    table.update({seq.upper(): letter.upper() for seq, letter in list(table.items())})
    return table


_VNI_TABLE = _vni_sequences()
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI_TABLE, key=len, reverse=True)))


def tcvn3_to_unicode(latin1_text: str) -> str:
    """TCVN3 text read as Latin-1 -> Unicode.

    >>> tcvn3_to_unicode("§¹i héi §¶ng bé huyÖn")
    'Đại hội Đảng bộ huyện'
    """
    return latin1_text.translate(_TCVN3_TABLE)


def vni_to_unicode(latin1_text: str) -> str:
    """VNI text read as Latin-1 -> Unicode.

    >>> vni_to_unicode("Ñaïi hoäi Ñaûng boä huyeän")
    'Đại hội Đảng bộ huyện'
    """
    return _VNI_RE.sub(lambda m: _VNI_TABLE[m.group(0)], latin1_text)
