"""Raw bytes (or already-decoded strings) to NFC Vietnamese text, or a precise reason why not.

Valid UTF-8 is by far the common case and is settled with one strict decode. Only bytes that are not UTF-8 go
through candidate decodings (Windows-1258, the legacy TCVN3 and VNI font encodings, UTF-8 with a few bad bytes),
each scored by how much of its non-ASCII text reads as Vietnamese syllables; charset-normalizer is the last resort.
UTF-8 read as Windows-1252/Latin-1 ("mojibake") is repaired with ftfy, and text that went through a legacy font
encoding but arrived as Unicode is recognised by the same syllable score. The legacy encodings' tables are in
`legacy`, the syllable score in `syllables`.
"""

from __future__ import annotations

import contextlib
import re

import charset_normalizer
import ftfy

from transforms.cleaning.legacy import tcvn3_to_unicode, vni_to_unicode
from transforms.cleaning.syllables import vietnamese_score
from transforms.model import Decoded
from transforms.text import nfc

# Characters that legacy-encoded text read as Latin-1 is full of and Vietnamese prose has few of (a character class).
_LEGACY_HINTS = (
    "\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de\u00df"
    "\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe"
)
_LEGACY_HINT_RE = re.compile(f"[{_LEGACY_HINTS}]")


# --- Mojibake ---------------------------------------------------------------------------------------------------

# UTF-8 lead/continuation pairs of Vietnamese letters as Windows-1252/Latin-1 shows them: "á»", "áº", "Ä\x90", "Æ°".
_CONTINUATION = "".join(sorted({bytes([b]).decode("latin-1") for b in range(0x80, 0xC0)}
                               | {bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)}))  # fmt: skip
# Any character that mojibake or a legacy encoding read as Latin-1 would show: the gate before the finer checks.
_SUSPECT_RE = re.compile(f"[\x80-\x9f\u00c3\u20ac{_LEGACY_HINTS}]")
_MOJIBAKE_RE = re.compile(f"[ÃÄÅÆ][{re.escape(_CONTINUATION)}]|á[º»][{re.escape(_CONTINUATION)}]|â€")


def repair_mojibake(text: str) -> str | None:
    """UTF-8 that was decoded as Windows-1252/Latin-1, put right; None when the text shows no such damage.

    >>> repair_mojibake("Ä\\x90áº¡i há»™i")
    'Đại hội'
    >>> repair_mojibake("Đại hội") is None
    True
    """
    if not _MOJIBAKE_RE.search(text):
        return None
    fixed = ftfy.fix_encoding(text)
    return fixed if fixed != text else None


# --- Decoding ---------------------------------------------------------------------------------------------------

_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b",
    b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"\x7fELF", b"\xd0\xcf\x11\xe0", b"SQLite format 3\x00", b"BZh91AY&SY",
)  # fmt: skip
_CONTROL_BYTES_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_MIN_SCORE = 0.8  # share of non-ASCII words that must read as Vietnamese for a candidate decoding to be accepted
_SAMPLE = 4096


def _is_binary(raw: bytes) -> bool:
    """A file signature, or control bytes making up more than 5 % of the first 4 KiB (NULs of UTF-16 aside).

    >>> _is_binary(b"\\x89PNG\\r\\n\\x1a\\n...."), _is_binary("Đại hội".encode())
    (True, False)
    """
    if raw.startswith(_MAGIC) or raw[8:12] == b"WEBP" or raw[4:8] == b"ftyp":
        return True
    sample = raw[:_SAMPLE]
    return len(_CONTROL_BYTES_RE.findall(sample)) > 0.05 * len(sample)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, told by NUL bytes on one side of each pair only; else None.

    >>> _utf16_without_bom("Hội nghị huyện".encode("utf-16-le"))
    'Hội nghị huyện'
    """
    sample = raw[: _SAMPLE - _SAMPLE % 2]
    half = max(len(sample) // 2, 1)
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    for codec, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros >= 0.3 and others <= 0.02:
            try:
                text = raw[: len(raw) - len(raw) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
            return None if _CONTROL_BYTES_RE.search(text.encode("utf-8", "replace")) else text
    return None


def _candidates(raw: bytes) -> list[tuple[str, str]]:
    """Plausible decodings of bytes that are not valid UTF-8, as (encoding, NFC text)."""
    latin1 = raw.decode("latin-1")
    found = [
        ("tcvn3", tcvn3_to_unicode(latin1)),
        ("vni", vni_to_unicode(latin1)),
        ("utf-8+replaced", raw.decode("utf-8", "replace")),
    ]
    with contextlib.suppress(UnicodeDecodeError):  # bytes Windows-1258 leaves undefined rule it out
        found.insert(0, ("cp1258", raw.decode("cp1258")))
    return [(name, nfc(text)) for name, text in found]


def _best_candidate(raw: bytes) -> tuple[str, str] | None:
    """The candidate whose text reads most like Vietnamese, if it reads well enough."""
    best: tuple[float, int, str, str] | None = None
    for name, text in _candidates(raw):
        score, words = vietnamese_score(text)
        if words and (best is None or (score, words) > best[:2]):
            best = (score, words, name, text)
    if best is None or best[0] < _MIN_SCORE:
        return None
    return best[2], best[3]


def _detected(raw: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, when it is a confident one."""
    match = charset_normalizer.from_bytes(raw).best()
    if match is None or match.chaos > 0.2 or match.coherence < 0.1:
        return None
    return match.encoding, nfc(str(match))


def _finish(text: str, encoding: str) -> Decoded:
    """Reject blank text, repair mojibake and legacy text that hides inside Unicode, and return it NFC."""
    if not text or text.isspace() or text == "\ufeff":
        return Decoded(text=None, encoding=encoding, error="empty")
    if _SUSPECT_RE.search(text):  # one cheap scan; clean modern text has none of these characters
        repaired = repair_mojibake(text)
        if repaired is not None:
            text, encoding = repaired, f"{encoding}+mojibake-repaired"
        legacy = _legacy_inside_unicode(text)
        if legacy is not None:
            text, encoding = legacy[1], f"{encoding}+{legacy[0]}"
    return Decoded(text=nfc(text), encoding=encoding)


def _legacy_inside_unicode(text: str) -> tuple[str, str] | None:
    """TCVN3 or VNI text that was read as Latin-1 and stored as Unicode, converted; None when it is not that.

    >>> _legacy_inside_unicode("Héi nghÞ lÇn thø hai cña Ban ChÊp hµnh")
    ('tcvn3', 'Hội nghị lần thứ hai của Ban Chấp hành')
    """
    hints = len(_LEGACY_HINT_RE.findall(text))
    if hints < 3:
        return None
    own_score, _ = vietnamese_score(text)
    best = None
    for name, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        converted = nfc(convert(text))
        score, words = vietnamese_score(converted)
        if words and score >= _MIN_SCORE and score > own_score + 0.2 and (best is None or score > best[0]):
            best = (score, name, converted)
    return None if best is None else (best[1], best[2])


def decode_bytes(raw: bytes) -> Decoded:
    """Bytes as saved by a crawler -> NFC text with the encoding found, or `text=None` and an error. Never raises.

    >>> decode_bytes("Đại hội".encode()).text, decode_bytes("Đại hội".encode("utf-16")).encoding
    ('Đại hội', 'utf-16')
    >>> decode_bytes(b"  \\n").error, decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00").error
    ('empty', 'binary')
    """
    try:
        return _decode_bytes(raw)
    except Exception as exc:  # a decoder's bug must not stop a crawl: the document is quarantined with the reason
        return Decoded(text=None, encoding=None, error=f"undecodable: {type(exc).__name__}: {exc}")


def _decode_bytes(raw: bytes) -> Decoded:
    if not raw.strip():
        return Decoded(text=None, encoding=None, error="empty")
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", "utf-8-sig")
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return _strict(raw, "utf-32", "utf-32")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", "utf-16")
    if b"\x00" in raw:
        text = _utf16_without_bom(raw)
        return _finish(text, "utf-16") if text is not None else Decoded(text=None, encoding=None, error="binary")
    if _is_binary(raw):
        return Decoded(text=None, encoding=None, error="binary")
    try:
        return _finish(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    found = _best_candidate(raw) or _detected(raw)
    if found is None:
        return Decoded(
            text=None,
            encoding=None,
            error=f"undecodable: invalid UTF-8 at byte {first_error.start} and no Vietnamese encoding fits",
        )
    return _finish(found[1], found[0])


def _strict(raw: bytes, codec: str, label: str) -> Decoded:
    """Decode with a codec announced by a byte-order mark; a mismatch is reported, not guessed around."""
    try:
        return _finish(raw.decode(codec), label)
    except UnicodeDecodeError as exc:
        return Decoded(text=None, encoding=None, error=f"undecodable: {label} byte-order mark but {exc.reason}")


def decode_text(text: str) -> Decoded:
    """A string that arrived already decoded (a JSON Lines record): NFC, mojibake and legacy text repaired.

    Never raises.

    >>> decode_text("Ä\\x90áº¡i há»™i")
    Decoded(text='Đại hội', encoding='text+mojibake-repaired', error=None)
    >>> decode_text(" \\n").error
    'empty'
    """
    try:
        return _finish(text, "text")
    except Exception as exc:  # see decode_bytes
        return Decoded(text=None, encoding=None, error=f"undecodable: {type(exc).__name__}: {exc}")
