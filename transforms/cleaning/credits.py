"""Photo credits and agency datelines inside article lines ("... chúc mừng ông A - Ảnh: Báo Xây dựng Sáng nay 8-2,
...", "(Ảnh: Hồng Giang).", "- Ảnh tư liệu", "TTO - Ngày mai 24-4, ..."), taken out without gluing the sentences
around them: a caption left without its final stop ends its line.

A credit is read word by word after its marker ("Ảnh:", "Nguồn ảnh:", "Ảnh minh họa:", "- Dữ liệu:" ...): names in
capitals or with capitalised syllables, initials ("P.", "C.T."), agencies, web domains, an organisation's name
after its head word ("Báo", "Trung tâm" ...). It ends where a sentence starts: a capitalised word whose next
syllable is lower-case ("Chương trình", "Sinh ngày"), a word that opens sentences ("Sáng", "Ông", "Theo" ...), a
lower-case word, a stop or the line's end.
"""

from __future__ import annotations

import re
from itertools import islice

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_LOWER = _UPPER.lower()
# The marker of a credit: "Ảnh:" anywhere a word starts (not "Trong ảnh:", which opens a caption); the others only
# after a dash or a bracket or at a line's start, where they cannot be a sentence's subject.
_MARKER_RE = re.compile(
    r"(?P<lead>\s*[-–—]\s*|\s*\(\s*|(?<=[\s.!?…\"”])|^)"
    r"(?P<marker>(?<!Trong )(?:Ảnh|Nguồn\s+ảnh|Ảnh\s+minh\s+h(?:ọa|oạ)|Ảnh\s+tư\s+liệu)\s*:"
    r"|(?<![^\s(\-–—])(?:Dữ\s+liệu|Đồ\s+h(?:ọa|oạ)|Video|Clip|Thiết\s+kế)\s*:)\s*"
)
# A credit with no name: "- Ảnh tư liệu", "(Ảnh minh họa)", ". Ảnh minh họa."
_NAMELESS_RE = re.compile(
    r"(?P<lead>\s*[-–—]\s*|\s*\(\s*|(?<=[\s.!?…\"”])|^)(?P<marker>Ảnh\s+(?:tư\s+liệu|minh\s+h(?:ọa|oạ)))(?!\s*:)"
    r"(?=\s*[).]|\s*$|\s+[" + _UPPER + "])"
)
# The markers alone, found fast from their first letters: the patterns above try every position of a line (their lead
# comes first), so they run only on a line where one of these is found.
_MARKER_HINT_RE = re.compile(
    r"(?:Ảnh(?:\s+minh\s+h(?:ọa|oạ)|\s+tư\s+liệu)?|Nguồn\s+ảnh|Dữ\s+liệu|Đồ\s+h(?:ọa|oạ)|Video|Clip|Thiết\s+kế)\s*:"
)
_NAMELESS_HINT_RE = re.compile(r"Ảnh\s+(?:tư\s+liệu|minh\s+h(?:ọa|oạ))")
# Words that open a sentence, capitalised: the credit ends before them.
_OPENERS = frozenset(
    [
        "Sáng",
        "Chiều",
        "Trưa",
        "Tối",
        "Đêm",
        "Ngày",
        "Hôm",
        "Theo",
        "Tại",
        "Trong",
        "Sau",
        "Trước",
        "Khi",
        "Với",
        "Để",
        "Đây",
        "Đó",
        "Ông",
        "Bà",
        "Anh",
        "Chị",
        "Các",
        "Những",
        "Năm",
        "Tháng",
        "Nghe",
        "Tham",
        "Cùng",
        "Được",
        "Là",
        "Từ",
        "Hiện",
        "Tuy",
        "Nhưng",
        "Còn",
        "Về",
        "Do",
        "Vì",
        "Nếu",
        "Qua",
        "Ngoài",
        "Bên",
        "Đến",
        "Thực",
        "Chủ",
        "Phó",
        "Bí",
        "Đồng",
        "Đ/c",
    ]
)
# An organisation's head word, whose name may go on in lower case ("Trung tâm truyền thông tỉnh Quảng Ninh").
_ORG_HEAD_RE = re.compile(r"(?:Báo|Đài|Sở|Ban|Bộ|Phòng|UBND|HĐND|Trung\s+tâm|Văn\s+phòng|Tạp\s+chí|Thông\s+tấn|Cổng)\s")
_TOKEN_RE = re.compile(r"\S+")
_CAPS_RE = re.compile(rf"(?:[{_UPPER}](?:[{_UPPER}]*\.?)?)+")  # "TỰ", "TTXVN", "P.", "C.T.", "K.NAM"
_INITIALS_RE = re.compile(rf"(?:[{_UPPER}][{_LOWER}]?\.)+")  # "Q.", "C.T.", "Th.": their dots end no sentence
_DOMAIN_RE = re.compile(r"[\w.-]+\.(?:vn|com|net|org|gov\.vn)", re.I)
_AGENCY_RE = re.compile(r"[" + _UPPER + r"][\w.]*(?:/[" + _UPPER + r"][\w.]*)+")  # "Vũ/TTXVN"
_SEPARATORS = frozenset({"-", "–", "/", "&", "và"})
# An agency's dateline opening a report: "TTO - Ngày mai 24-4, ...", "(TTXVN) - Sáng 5/7, ...".
_DATELINE_RE = re.compile(
    rf"(?:(?<=\s)|^)\(?(?![IVXLC]+\b)[{_UPPER}]{{2,8}}(?:\.VN)?\)?\s*[-–]\s*(?=(?:Ngày|Sáng|Chiều|Trưa|Tối|Đêm|Hôm)\s)"
)
# Its dash and day word, found fast: one pattern per dash, as a pattern opening with one character is looked for by a
# fast scan and one opening with a class of characters is tried at every position.
_DATELINE_HINT_RES = tuple(re.compile(dash + r"\s*(?:Ngày|Sáng|Chiều|Trưa|Tối|Đêm|Hôm)\s") for dash in "-–")
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


def strip_credits(line: str) -> str:
    """The line without its photo credits and agency datelines; a credit between a caption and the next sentence
    leaves a line break.

    >>> strip_credits("Quang cảnh phiên họp. Ảnh: baolamdong.vn")
    'Quang cảnh phiên họp.'
    >>> strip_credits("Lễ trao quyết định (Ảnh: Hồng Giang).")
    'Lễ trao quyết định.'
    >>> strip_credits("Ông A chúc mừng ông B - Ảnh: Báo Xây dựng Sáng nay 8-2, Tỉnh ủy họp.")
    'Ông A chúc mừng ông B\\nSáng nay 8-2, Tỉnh ủy họp.'
    >>> strip_credits("Ông A phát biểu - Ảnh: TỰ TRUNGChủ tịch UBND nghẹn lời.")
    'Ông A phát biểu\\nChủ tịch UBND nghẹn lời.'
    >>> strip_credits("Ông A tại hội nghị - Ảnh tư liệu"), strip_credits("Trong ảnh: Ông A và các đại biểu.")
    ('Ông A tại hội nghị', 'Trong ảnh: Ông A và các đại biểu.')
    >>> strip_credits("Ảnh: C.T. V"), strip_credits("Ông A phát biểu - Ảnh: PHƯƠNG THÙY")
    ('', 'Ông A phát biểu')
    """
    if "Ảnh" not in line and ":" not in line and " - " not in line and "–" not in line:
        return line
    for _ in range(8):  # a line holds a few credits at most; each pass takes one out
        found = _next_credit(line)
        if found is None:
            break
        start, end = found
        line = _join(line[:start], line[end:])
    if _has_dateline_hint(line):
        line = _DATELINE_RE.sub(lambda m: "" if not line[: m.start()].strip() else "\n", line)
    return "\n".join(part.strip() for part in line.split("\n") if part.strip(" .,;-–"))


def _has_dateline_hint(line: str) -> bool:
    """Whether the line holds a dateline's dash and day word (`_DATELINE_RE` runs only on such a line).

    >>> _has_dateline_hint("TTO – Sáng 5/7, ..."), _has_dateline_hint("Ngày 24-4 tới")
    (True, False)
    """
    return any(hint.search(line) for hint in _DATELINE_HINT_RES)


def _next_credit(line: str) -> tuple[int, int] | None:
    """The span of the first credit in the line (its lead dash or bracket included), or None."""
    hint = _MARKER_HINT_RE.search(line) if ":" in line else None  # each marker ends with its colon
    for m in _MARKER_RE.finditer(line, _lead_start(line, hint.start())) if hint else ():
        marker, lead = m.group("marker"), m.group("lead").strip()
        if not marker.startswith("Ảnh") and not lead and (m.start() or marker.startswith(("Video", "Clip"))):
            continue  # "Dữ liệu:", "Video:" ... credit only after a dash or a bracket ("Clip: <its title>")
        end = _credit_end(line, m.end())
        if end > m.end():
            return m.start(), _closing(line, end, m.group("lead"))
    hint = _NAMELESS_HINT_RE.search(line) if "Ảnh" in line else None
    m = _NAMELESS_RE.search(line, _lead_start(line, hint.start())) if hint else None
    if m is not None:
        return m.start(), _closing(line, m.end(), m.group("lead"))
    return None


def _lead_start(line: str, marker: int) -> int:
    """Where a credit whose marker starts at `marker` may start at the earliest: before the spaces, dashes and
    brackets in front of it. A credit's pattern is tried at every position of the line, its marker holds the first of
    the markers, so no credit starts before this one can (the search for one starts here).

    >>> _lead_start("Quang cảnh - (Ảnh: TTXVN)", 14)
    10
    """
    start = marker
    while start and (line[start - 1].isspace() or line[start - 1] in "-–—("):
        start -= 1
    return start


def _closing(line: str, end: int, lead: str) -> int:
    """Past the bracket that closes a credit opened by one, and the stop right after a credit between sentences."""
    if "(" in lead:
        close = re.match(r"\s*\)", line[end:])
        return end + close.end() if close else end
    stop = re.match(r"\s*\.(?=\s|$)", line[end:])
    return end + stop.end() if stop and not lead.strip() else end


def _credit_end(line: str, pos: int) -> int:
    """Where the credit's name that begins at `pos` ends (`pos` when there is none)."""
    tokens = list(islice(_TOKEN_RE.finditer(line, pos), 10))  # a name is read over 9 words and the one after
    end = pos
    org = bool(_ORG_HEAD_RE.match(line, pos))
    for i, token in enumerate(tokens[:9]):
        word = token.group(0).rstrip(".,;)")
        nxt = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        glued = re.match(rf"([{_UPPER}]{{2,}})(?=[{_UPPER}][{_LOWER}])", word)  # "TRUNGChủ": a caps name, then text
        if glued:
            return token.start() + glued.end()
        if word in _SEPARATORS and i and nxt[:1].isupper():
            continue
        if i and word in _OPENERS:
            break
        if (
            _CAPS_RE.fullmatch(word)
            or _DOMAIN_RE.fullmatch(word)
            or _AGENCY_RE.fullmatch(word)
            or (word[:1].isupper() and (org or not nxt[:1].islower()))
            or (org and word[:1].islower() and i)
        ):
            end = token.start() + len(word)
        else:
            break
        if token.group(0) != word and not _INITIALS_RE.fullmatch(token.group(0)):
            break  # a stop, comma or bracket right after the word ends the credit
    return end


def _join(before: str, after: str) -> str:
    """The two sides of a removed credit: a space after a finished sentence, a line break after a caption."""
    before, after = before.rstrip(), after.lstrip()
    if not after or after[0] in ".,;)":
        return before + after
    if not before or before.endswith(_SENTENCE_ENDS):
        return f"{before} {after}".strip()
    return f"{before}\n{after}"
