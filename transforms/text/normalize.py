"""Spacing and character hygiene for decoded text: one NFC form, plain spaces, no invisible or control characters.

`normalize` runs on every document of a crawl, so each step is guarded by a cheap test (a regex search or a
substring check, both in C) and does work only when the text needs it; a text whose lines are all printable (a
decoded page, nearly always) holds none of the characters the steps replace, and takes NFC and trailing spaces only.
"""

from __future__ import annotations

import re
import unicodedata

# Spaces of other widths and the no-break space become a plain space.
_SPACE_CHARS = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Separators that mean a line break.
_BREAK_CHARS = "\u0085\u2028\u2029\x0b\x0c"
# Invisible format characters: zero-width space/joiners, word joiner, byte-order mark, soft hyphen, bidi controls.
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
# C0 and C1 controls except tab and newline (and \x0b, \x0c, \x85, which are line breaks above).
_CONTROL_CHARS = "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]
)

_TRANSLATION = {
    **{ord(c): " " for c in _SPACE_CHARS},
    **{ord(c): "\n" for c in _BREAK_CHARS},
    **{ord(c): None for c in _INVISIBLE_CHARS + _CONTROL_CHARS},
}
_ODD_CHAR_RE = re.compile("[" + re.escape(_SPACE_CHARS + _BREAK_CHARS + _INVISIBLE_CHARS + _CONTROL_CHARS) + "]")
# A run of blanks that holds a no-break or other odd space is HTML padding ("15 &nbsp;đồng"): one space in all.
_ODD_SPACE_RUN_RE = re.compile(f"[ {_SPACE_CHARS}]*[{_SPACE_CHARS}][ {_SPACE_CHARS}]*")


def normalize(text: str, *, text_in_nfc: bool = False) -> str:
    r"""NFC; odd spaces to ' '; invisible and control characters dropped; CRLF/CR to LF; no trailing spaces on a line.

    A run of blanks holding a no-break space becomes one space; plain spacing is kept as written ("thị  xã" stays),
    so the text stays faithful to the page. `text_in_nfc`: the caller knows `text` is in NFC (a decoder's output),
    so a text with nothing to replace is not checked again.

    >>> normalize("Đa\u0323i\u00a0hội \u200bhuyện  \r\nthị  xã\t \r15 \u00a0đồng chí")
    'Đại hội huyện\nthị  xã\n15 đồng chí'
    >>> normalize("Đại hội \nhuyện", text_in_nfc=True)
    'Đại hội\nhuyện'
    """
    # Printable but for its line breaks: no odd space, break, invisible or control character, tab or CR. One copy
    # with the breaks as spaces is tested far faster than the text's lines one by one.
    if text.replace("\n", " ").isprintable():
        if not text_in_nfc and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if " \n" in text or text.endswith(" "):
            text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ODD_CHAR_RE.search(text):
        text = _ODD_SPACE_RUN_RE.sub(" ", text).translate(_TRANSLATION)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text
