"""Decoding: one article written for these tests, encoded every way a crawler meets, must come back identical."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.cleaning.decode import decode_bytes, decode_text, repair_mojibake
from transforms.cleaning.legacy import tcvn3_to_unicode, vni_to_unicode
from transforms.cleaning.syllables import vietnamese_score
from transforms.text.normalize import normalize

# Upper-case toned vowels are avoided on purpose: TCVN3 has none (headings used separate upper-case fonts).
ARTICLE = (
    "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ ba\n"
    "Sáng ngày 12/3/2021, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ ba, nhiệm kỳ 2020 - 2025. "
    "Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ quý I và đề ra phương hướng cho những tháng tiếp theo. "
    "Trong quý, toàn huyện đã trồng mới 120 ha rừng, thu ngân sách đạt 45 tỷ đồng, bằng 30% dự toán năm; tổ chức "
    "18 cuộc kiểm tra, giám sát đối với tổ chức đảng và đảng viên. Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu "
    "cầu các cấp ủy, chính quyền tập trung chỉ đạo, khắc phục khó khăn, hoàn thành thắng lợi các chỉ tiêu đề ra.\n"
    "Ngọc Anh - Văn Dũng\n"
)

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, grave, acute, hook, tilde, dot

# TCVN3 bytes (as Latin-1 characters), one row a base vowel, in the order of _TONES.
_TCVN3_ROWS = {
    "a": "aµ¸¶·¹", "ă": "¨»¾¼½Æ", "â": "©ÇÊÈÉË", "e": "eÌÐÎÏÑ", "ê": "ªÒÕÓÔÖ", "i": "i×ÝØÜÞ",
    "o": "oßãáâä", "ô": "«åèæçé", "ơ": "¬êíëìî", "u": "uïóñòô", "ư": "\u00adõøö÷ù", "y": "yúýûüþ",
}  # fmt: skip
_TCVN3_OTHERS = {"đ": "®", "Đ": "§", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦"}

# VNI sequences, one row a base vowel, in the order of _TONES; upper case is the upper case of each sequence.
_VNI_ROWS = {
    "a": "a aø aù aû aõ aï", "ă": "aê aè aé aú aü aë", "â": "aâ aà aá aå aã aä", "e": "e eø eù eû eõ eï",
    "ê": "eâ eà eá eå eã eä", "i": "i ì í æ ó ò", "o": "o oø où oû oõ oï", "ô": "oâ oà oá oå oã oä",
    "ơ": "ô ôø ôù ôû ôõ ôï", "u": "u uø uù uû uõ uï", "ư": "ö öø öù öû öõ öï", "y": "y yø yù yû yõ î",
}  # fmt: skip


def _legacy_table(rows: dict[str, list[str]], others: dict[str, str]) -> dict[str, str]:
    table = dict(others)
    for base, codes in rows.items():
        for tone, code in zip(_TONES, codes, strict=True):
            table[unicodedata.normalize("NFC", base + tone)] = code
    return table


_TCVN3 = _legacy_table({k: list(v) for k, v in _TCVN3_ROWS.items()}, _TCVN3_OTHERS)
_VNI_LOWER = _legacy_table({k: v.split() for k, v in _VNI_ROWS.items()}, {"đ": "ñ"})
_VNI = {**_VNI_LOWER, **{k.upper(): v.upper() for k, v in _VNI_LOWER.items()}}


def _encode_with(table: dict[str, str], text: str, codec: str) -> bytes:
    return "".join(table.get(c, c) for c in text).encode(codec)


def _encode_cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks apart: a precomposed base ("â", "ơ") followed by a combining tone."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in decomposed if c in _TONES[1:])
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES[1:]))
        out.append((base + tone).encode("cp1258"))
    return b"".join(out)


def _sloppy_cp1252(raw: bytes) -> str:
    """Bytes read as Windows-1252, with the five bytes it leaves undefined read as Latin-1 (as browsers do)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


ENCODINGS = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8-sig": ARTICLE.encode("utf-8-sig"),
    "utf-16": ARTICLE.encode("utf-16"),
    "utf-16-le without BOM": ARTICLE.encode("utf-16-le"),
    "cp1258": _encode_cp1258(ARTICLE),
    "tcvn3": _encode_with(_TCVN3, ARTICLE, "latin-1"),
    "vni": _encode_with(_VNI, ARTICLE, "cp1252"),
    "nfd": unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
    "mojibake cp1252": _sloppy_cp1252(ARTICLE.encode("utf-8")).encode("utf-8"),
    "mojibake latin-1": ARTICLE.encode("utf-8").decode("latin-1").encode("utf-8"),
}


def test_every_letter_of_the_legacy_tables() -> None:
    # Each letter on its own and between ASCII letters, so a sequence never borrows from its neighbour.
    assert len([c for c in _TCVN3 if not c.isascii()]) == 74  # 67 lower-case letters and 7 capitals
    assert len([c for c in _VNI if not c.isascii()]) == 134  # every Vietnamese letter in both cases
    for letter, code in _TCVN3.items():
        assert tcvn3_to_unicode(f"x{code}n") == f"x{letter}n", letter
    for letter, code in _VNI.items():
        assert vni_to_unicode(f"x{code}n") == f"x{letter}n", letter


@pytest.mark.parametrize("name", ENCODINGS)
def test_every_encoding_decodes_to_the_same_nfc_text(name: str) -> None:
    decoded = decode_bytes(ENCODINGS[name])
    assert decoded.error is None
    assert decoded.text == ARTICLE


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le without BOM", "utf-16"),
        ("cp1258", "cp1258"),
        ("tcvn3", "tcvn3"),
        ("vni", "vni"),
        ("mojibake cp1252", "utf-8+mojibake-repaired"),
    ],
)
def test_the_encoding_found_is_recorded(name: str, expected: str) -> None:
    assert decode_bytes(ENCODINGS[name]).encoding == expected


def test_legacy_bytes_really_differ_from_utf8() -> None:
    # The fixtures must exercise the legacy paths: none of them may be valid UTF-8.
    for name in ("cp1258", "tcvn3", "vni"):
        with pytest.raises(UnicodeDecodeError):
            ENCODINGS[name].decode("utf-8")


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"", "empty"),
        (b" \n\t\r\n ", "empty"),
        ("\ufeff  ".encode("utf-8"), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (bytes([0, 1, 2, 3, 250, 0, 7, 8, 0, 0, 17, 200]) * 50, "binary"),
    ],
)
def test_blank_and_binary_inputs_have_their_own_errors(raw: bytes, error: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text is None
    assert decoded.error == error


def test_invalid_bytes_that_no_encoding_explains_are_undecodable() -> None:
    decoded = decode_bytes(b"\x81\x8d\x8f\x90\x9d abc \xff\xfe\xfd " * 20)
    assert decoded.text is None
    assert decoded.error is not None and decoded.error.startswith("undecodable: invalid UTF-8 at byte 0")


def test_a_byte_order_mark_that_lies_is_reported() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbfabc \xff\xfe def")
    assert decoded.text is None
    assert decoded.error is not None and decoded.error.startswith("undecodable: utf-8-sig")


def test_utf8_with_a_stray_byte_is_kept_with_a_replacement_mark() -> None:
    decoded = decode_bytes(ARTICLE.encode("utf-8").replace(b"ba,", b"ba\xff,"))
    assert decoded.encoding == "utf-8+replaced"
    assert decoded.text == ARTICLE.replace("ba,", "ba\ufffd,")


def test_decode_text_repairs_records_that_arrived_as_strings() -> None:
    mojibake = _sloppy_cp1252(ARTICLE.encode("utf-8"))
    assert decode_text(mojibake).text == ARTICLE
    assert decode_text(unicodedata.normalize("NFD", ARTICLE)).text == ARTICLE
    tcvn3_as_latin1 = "".join(_TCVN3.get(c, c) for c in ARTICLE)
    assert decode_text(tcvn3_as_latin1).text == ARTICLE
    assert decode_text(tcvn3_as_latin1).encoding == "text+tcvn3"
    assert decode_text("".join(_VNI.get(c, c) for c in ARTICLE)).text == ARTICLE
    assert decode_text("  \n ").error == "empty"


def test_modern_text_with_latin1_symbols_is_left_alone() -> None:
    text = "Nhiệt độ 35°C, độ ẩm 80% ± 5; giá 1/2 triệu «đồng» © Báo."
    assert decode_text(text).text == text
    assert decode_text(text).encoding == "text"
    assert repair_mojibake(text) is None


def test_vietnamese_score_separates_prose_from_misread_bytes() -> None:
    assert vietnamese_score(ARTICLE)[0] == 1.0
    assert vietnamese_score(ENCODINGS["tcvn3"].decode("latin-1"))[0] < 0.5
    assert vietnamese_score(ENCODINGS["vni"].decode("cp1252"))[0] < 0.5


# --- normalize ----------------------------------------------------------------------------------------------------


def test_normalize_cleans_spacing_and_invisible_characters() -> None:
    raw = "Đa\u0323i\u00a0hội\u200b huyện \r\nthị  xã\u2003\t\r\n\x07Bắc\ufeffSơn \u00a0 nhiệm kỳ  "
    assert normalize(raw) == "Đại hội huyện\nthị  xã\nBắcSơn nhiệm kỳ"


def test_normalize_keeps_plain_text_unchanged() -> None:
    assert normalize(ARTICLE) == ARTICLE


_ODD_TEXT = st.text(
    alphabet=st.sampled_from(list("aăâđêôơưạếỳ AĐ\n\t\r.,\u00a0\u2009\u200b\ufeff\x00\x07\x85\u2028\u0301\u0323")),
    max_size=80,
)


@given(st.one_of(st.text(), _ODD_TEXT))
def test_normalize_output_is_nfc_clean_and_stable(text: str) -> None:
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)
    assert "\r" not in out and "\u00a0" not in out and "\u200b" not in out
    assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in out)
    assert all(line == line.rstrip(" \t") for line in out.split("\n"))
    assert normalize(out) == out


@settings(max_examples=300)
@given(st.binary(max_size=400))
def test_decode_bytes_never_raises_and_returns_nfc(raw: bytes) -> None:
    decoded = decode_bytes(raw)
    assert (decoded.text is None) == (decoded.error is not None)
    if decoded.text is not None:
        assert unicodedata.is_normalized("NFC", decoded.text)


@given(st.one_of(st.text(), _ODD_TEXT, st.text(alphabet="ÃÄÅÆáº»€\x80\x90\x99¸µ¬×ñøùôö ", max_size=60)))
def test_decode_text_never_raises_and_returns_nfc(text: str) -> None:
    decoded = decode_text(text)
    assert (decoded.text is None) == (decoded.error is not None)
    if decoded.text is not None:
        assert unicodedata.is_normalized("NFC", decoded.text)
