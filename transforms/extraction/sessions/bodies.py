"""The bodies a sentence names, as written: a head ("Ban Chấp hành Đảng bộ", "HĐND", "Huyện ủy", "Ủy ban Kiểm tra")
with the unit words, place names and abbreviations that follow it, each with its body type and level.

>>> [(b.name, b.body_type, b.level) for b in find_bodies("Thị ủy Hồng Lĩnh tổ chức hội nghị", 0, 33)]
[('Thị ủy Hồng Lĩnh', 'party_committee', 'district')]
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from transforms.text import document_tones, match_key

# The flags of the body and meeting patterns (the `meeting*` modules' too), and two pieces they are made of.
FLAGS = regex.IGNORECASE | regex.VERSION1
WORD_END = r"(?![\p{L}\p{M}])"  # the end of a word
CAP_WORD = r"(?-i:\p{Lu})[\p{L}\p{M}'’]*"  # a capitalised word
# Capitalised words that still end a body's name ("HĐND xã Thuận Hà Khóa III", "Hội nghị ... Ban Chấp hành").
_NOT_NAME = (
    r"(?!(?:khóa|khoá|nhiệm|lần|kỳ|kì|năm|ngày|tháng|sáng|chiều|tối|tổ|đã|về|tại|và|với|của|cho|trong|"
    r"đồng|ông|bà|hội|đại|phiên|thường|ban|đảng|chi|ủy|uỷ|ubnd|hđnd|mttq|quốc)" + WORD_END + ")"
)
# A family name followed by a given name ends a place name: "UBND TP Hà Nội Trần Văn Bình" names the city "Hà
# Nội", "tỉnh Sơn La Tòng Thị Phóng" the province "Sơn La"; one followed by anything else is the place's own syllable
# ("tỉnh Bình Dương lần thứ", "tỉnh Hải Dương Nguyễn Văn A").
_FAMILY_NAME = (
    r"(?:nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|ngô|dương|lý|đinh|đào|trịnh|trương|lưu|vương|quách|"
    r"hứa|kiều|đoàn|triệu|tòng|lò|hà|hồ|mai|cao|lương|lâm|tạ|tô|chu|thái|mạc|giàng|sùng|quàng|cầm|lường|lục|nông)"
    + WORD_END
)
_SURNAME = r"(?!" + _FAMILY_NAME + r"\s+(?!" + _FAMILY_NAME + "|" + _NOT_NAME[3:-1] + r")(?-i:\p{Lu}))"
_UNIT = r"(?:thành\s+phố|thị\s+xã|thị\s+trấn|tỉnh|huyện|quận|xã|phường|đặc\s+khu|tp\.?)"
_PLACE = (
    r"(?:" + _NOT_NAME + CAP_WORD + r"|\d{1,2})(?:(?:\s*-\s*|\s+)" + _NOT_NAME + _SURNAME + CAP_WORD + r"){0,3}"
)  # fmt: skip
_ABBREV = r"(?-i:\p{Lu}[\p{Lu}\d]+)(?:\s*&\s*(?-i:\p{Lu}[\p{Lu}\d]+))*"  # HĐND&UBND, CQCQ, VN
_LOWER_WORD = (  # a lower-case syllable inside a name ("Văn phòng HĐND", "Chính quyền huyện")
    r"(?!(?:đã|tổ|chức|và|của|với|tại|về|năm|ngày|khóa|khoá|nhiệm|kỳ|lần|thứ|có|được|là|trong|cho|các|họp|dự|"
    r"long|khai|bế|tiến|hành|triệu|tập|sẽ|vừa|nhằm|để|do|theo|đồng|chí|cùng)" + WORD_END + "|" + _UNIT + WORD_END + ")"
    r"(?-i:\p{Ll})[\p{L}\p{M}]*"
)
_UNIT_TAIL = r"\s+" + _UNIT + r"(?:(?:\s+|(?<=\.)\s*)(?P<place>" + _PLACE + r"))?" + WORD_END
_COMMITTEE_TAIL = r"\s+(?:tỉnh|thành|huyện|thị|quận)\s+ủy" + WORD_END  # "Ban Tuyên giáo Huyện ủy"
# After a territorial head (HĐND, UBND, Tỉnh ủy) only a unit and its name; after any other, a name in words too.
_BRACKETED_ABBREV = r"\s*\(\s*" + _ABBREV + r"\s*\)"  # "Hội đồng nhân dân (HĐND) tỉnh"
_CENTRAL_TAIL = r"\s+(?:trung\s+ương|tw|t\.ư)" + WORD_END  # "Ủy ban Kiểm tra Trung ương"
# After a territorial head a province named without its unit word: "HĐND Nghệ An", "UBND TP.HCM" ("Chủ tịch UBND
# Nguyễn Văn A" names a person).
_BARE_PLACE_TAIL = (
    r"\s+(?!" + _FAMILY_NAME + r")(?P<bare>" + _NOT_NAME + CAP_WORD
    + r"(?:(?:\s*-\s*|\s+)" + _NOT_NAME + _SURNAME + CAP_WORD + r"){0,3})" + WORD_END
)  # fmt: skip
_TERRITORIAL_TAIL_RE = regex.compile(
    r"(?:" + _UNIT_TAIL + "|" + _BRACKETED_ABBREV + r"|\s+(?:việt\s+nam|vn)" + WORD_END + "|" + _CENTRAL_TAIL + ")",
    FLAGS,
)
_BARE_PLACE_TAIL_RE = regex.compile(_BARE_PLACE_TAIL, FLAGS)
_COMMITTEE_PLACE_RE = regex.compile(r"\s+(" + _PLACE + ")", FLAGS)  # "Thị ủy Hồng Lĩnh"
_NAMED_TAIL_RE = regex.compile(
    r"(?:" + _UNIT_TAIL + "|" + _COMMITTEE_TAIL + "|" + _BRACKETED_ABBREV + "|" + _CENTRAL_TAIL
    + r"|\s+(?:và|&)\s+(?=" + _ABBREV + r")|\s*&\s*"
    + r"|\s+" + _ABBREV + WORD_END
    + r"|\s+" + _NOT_NAME + CAP_WORD + r"(?:\s+" + _LOWER_WORD + r"){1,2}(?=\s+(?:" + _UNIT + "|" + _ABBREV + "|"
    + CAP_WORD
    + r")" + WORD_END + r"|\s*&)"
    + r"|\s+" + _NOT_NAME + CAP_WORD
    + r"|\s+(?:các\s+)?(?:cơ\s+quan|khối|dân\s+chính\s+đảng|doanh\s+nghiệp|chính\s+quyền|đoàn\s+thể)" + WORD_END + ")",
    FLAGS,
)  # fmt: skip
_COUNCIL_BOARDS = (
    r"pháp\s+chế|kinh\s+tế(?:\s*[-–]\s*(?:xã\s+hội|ngân\s+sách))?|kt\s*[-–]?\s*(?:xh|ns)|văn\s+hóa\s*[-–]\s*xã\s+hội|"
    r"vh\s*[-–]?\s*xh|dân\s+tộc|đô\s+thị"
)
# Body heads, most specific first: (pattern, body_type, level implied, whether a name in words may follow).
_HEADS: tuple[tuple[str, str, str | None, bool], ...] = (
    (r"ban\s+chấp\s+hành\s+trung\s+ương(?:\s+đảng)?(?!\s+(?:hội|đoàn|công\s+đoàn|mặt\s+trận))"
        r"|(?<=hội\s+nghị\s+)trung\s+ương", "party_committee", "central",
     False),
    (r"(?:ban\s+chấp\s+hành|bch)\s+đảng\s+bộ", "party_committee", None, False),
    (r"(?:(?:ban\s+thường\s+vụ|btv|thường\s+trực|ban\s+chấp\s+hành|bch)\s+)?(?:tỉnh|thành|huyện|thị|quận)\s+ủy",
     "party_committee", None, False),
    (r"đảng\s+(?:ủy|bộ)(?=\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|đặc\s+khu|tp)" + WORD_END
     + ")",
     "party_committee", None, False),
    (r"đảng\s+ủy|đảng\s+bộ", "party_organization", None, True),
    # "Hội nghị cán bộ chủ chốt thành phố": the key officials of a unit, whom its Party committee convenes
    (r"(?<=hội\s+nghị\s+)cán\s+bộ\s+chủ\s+chốt", "party_committee", None, False),
    (r"chi\s+bộ", "party_cell", None, True),
    (r"(?:thường\s+trực|ban\s+(?:" + _COUNCIL_BOARDS + r")(?:\s+của)?)\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân)|hđnd|"
     r"hội\s+đồng\s+nhân\s+dân", "peoples_council", None, False),
    (r"văn\s+phòng\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân|(?:tỉnh|huyện|thị|thành|quận)\s+ủy)", "council_office", None,
     True),
    (r"ubnd|ủy\s+ban\s+nhân\s+dân", "peoples_committee", None, False),
    (r"(?:ủy\s+ban\s+|ub\s*)?(?:mttq|mặt\s+trận\s+tổ\s+quốc)(?:\s+việt\s+nam|\s+vn)?|ubmttq(?:\s+vn)?",
     "fatherland_front", None, False),
    (r"ubkt(?:tw|tư)", "inspection_commission", "central", False),  # "UBKTTW": the Central Inspection Commission
    (r"ủy\s+ban\s+kiểm\s+tra|ubkt", "inspection_commission", None, True),
    (r"ban\s+dân\s+vận", "mass_mobilization_board", None, True),
    (r"ban\s+tổ\s+chức", "organization_board", None, True),
    (r"ban\s+tuyên\s+giáo", "propaganda_board", None, True),
    (r"(?:bộ|ban)\s+chỉ\s+huy\s+quân\s+sự|(?:bộ\s+|ban\s+)?chqs", "military_command", None, True),
    (r"(?<!toàn\s+)quốc\s+hội|qh|đoàn\s+(?:đại\s+biểu\s+quốc\s+hội|đbqh)", "national_assembly", "central", False),
    (r"(?:hội\s+)?(?:liên\s+hiệp\s+phụ\s+nữ|lhpn)|hlhpn|hội\s+(?:phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|ccb)|"
     r"đoàn\s+(?:thanh\s+niên|tncs)(?:\s+cộng\s+sản)?(?:\s+hồ\s+chí\s+minh)?|(?:tỉnh|huyện|thị|thành)\s+đoàn|"
     r"liên\s+đoàn\s+lao\s+động|lđlđ|công\s+đoàn|chi\s+đoàn|"
     r"(?<=đại\s+hội\s+(?:đại\s+biểu\s+)?)(?:phụ\s+nữ|nông\s+dân|cựu\s+chiến\s+binh|thanh\s+niên)|"
     r"hội(?=\s+(?-i:\p{Lu}))(?!\s+(?:nghị|đồng|thảo|trường)" + WORD_END + ")", "mass_organization", None, True),
    (r"công\s+an", "police", None, True),
    # Central bodies that meet in their own right: the Politburo, the Secretariat, the National Assembly's Standing
    # Committee, the Government.
    (r"bộ\s+chính\s+trị|ban\s+bí\s+thư(?:\s+trung\s+ương(?:\s+đảng)?)?", "party_committee", "central", False),
    (r"(?:ủy\s+ban\s+thường\s+vụ\s+quốc\s+hội|ubtvqh)", "national_assembly", "central", False),
    (r"chính\s+phủ", "other", "central", False),
    # Any other council, commission or steering board of a unit, named in words up to its unit: "Hội đồng thi đua
    # khen thưởng huyện", "Ủy ban bầu cử tỉnh Đắk Lắk", "Ban Chỉ đạo bầu cử huyện".
    (r"(?:hội\s+đồng|ủy\s+ban|ban\s+chỉ\s+đạo|tiểu\s+ban)(?:\s*[,–-]?\s+(?!" + _UNIT + WORD_END
     + r")[\p{L}\p{M}]+){1,6}?(?=\s+" + _UNIT + WORD_END + ")", "other", None, False),
)  # fmt: skip
_HEAD_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + "|".join(f"(?P<h{i}>{h[0]})" for i, h in enumerate(_HEADS)) + ")" + WORD_END, FLAGS
)
_AUDIENCE_RE = regex.compile(r"cán\s+bộ\s+chủ\s+chốt", FLAGS)
_CENTRAL_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:trung ương|tw|t\.ư)" + WORD_END)
_UNIT_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|đặc khu|tp)" + WORD_END
)
_UNIT_LEVEL = {"tỉnh": "province", "huyện": "district", "thị xã": "district", "quận": "district",
               "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune"}  # fmt: skip
_COMMITTEE_LEVEL_RE = regex.compile(r"(?:^|\s)(tỉnh|huyện|thị|quận|thành) ủy$")
_CENTRAL_CITIES = frozenset({"hà nội", "hồ chí minh", "hcm", "tphcm", "hải phòng", "đà nẵng", "cần thơ"})


@dataclass(slots=True)
class Body:
    """A body named in a sentence: its name as written, type, level, the place named with it, and its offsets."""

    name: str
    body_type: str
    level: str | None
    place_name: str | None
    start: int
    end: int


def is_audience(body: Body) -> bool:
    """Whether the body is a meeting's audience standing for its holder ("hội nghị cán bộ chủ chốt tỉnh"): a body
    named as the holder comes first."""
    return _AUDIENCE_RE.match(body.name) is not None


def find_bodies(text: str, start: int, end: int, central_city: bool = False) -> list[Body]:
    """Every body named in `text[start:end]`, with its name as written: head plus units, names, abbreviations
    (`central_city`: the article is about a centrally governed city, so an unnamed "thành phố" is a province).

    >>> [b.name for b in find_bodies("Ngày 15/09, Ban Chấp hành Đảng bộ huyện Bắc Sơn, khóa XXII tổ chức", 0, 60)]
    ['Ban Chấp hành Đảng bộ huyện Bắc Sơn']
    >>> [(b.name, b.place_name) for b in find_bodies("Chủ tịch UBND TP Hà Nội Trần Văn Bình", 0, 40)]
    [('UBND TP Hà Nội', 'Hà Nội')]
    >>> [(b.name, b.level) for b in find_bodies("HĐND TPHCM, Ủy ban Kiểm tra Trung ương, UBND Nguyễn Văn A", 0, 60)]
    [('HĐND TPHCM', 'province'), ('Ủy ban Kiểm tra Trung ương', 'central'), ('UBND', None)]
    """
    key = document_tones(text)
    bodies: list[Body] = []
    for m in _HEAD_RE.finditer(key, start, end):
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        _, body_type, level, named = _HEADS[index]
        tail_re = _NAMED_TAIL_RE if named else _TERRITORIAL_TAIL_RE
        pos, place = m.end(), None
        while (t := tail_re.match(key, pos, end)) is not None and t.end() > pos:
            if t.captures("place"):
                place = text[t.start("place") : t.end("place")].strip(" -")
            pos = t.end()
        head_key = match_key(m.group(0))
        if place is None and pos == m.end() and head_key.endswith("ủy"):  # "Thị ủy Hồng Lĩnh"
            after = _COMMITTEE_PLACE_RE.match(key, pos, end)
            if after:
                place, pos = text[after.start(1) : after.end(1)].strip(" -"), after.end()
        elif (
            place is None and pos == m.end() and not named and level is None
            and (after := _BARE_PLACE_TAIL_RE.match(key, pos, end))
        ):  # fmt: skip
            place, pos = text[after.start("bare") : after.end("bare")].strip(" -"), after.end()  # "HĐND Nghệ An"
        name = " ".join(text[m.start() : pos].split()).rstrip(" &-")
        tail = match_key(name[len(m.group(0)) :])
        units = _UNIT_RE.findall(tail)
        central = level or ("central" if _CENTRAL_WORD_RE.search(tail) else None)
        level = central or _level_of(head_key, units[-1] if units else None, place, central_city)
        bodies.append(Body(name, body_type, level, place, m.start(), pos))
    return bodies


def _level_of(head_key: str, unit: str | None, place: str | None, central_city: bool = False) -> str | None:
    """A body's level from its unit word ("huyện") or its head ("Tỉnh ủy"); "Thành ủy" and "thành phố" are
    provinces only for the centrally governed cities (an unnamed one in an article about such a city: `central_city`).

    >>> _level_of("hđnd", "tp", None), _level_of("hđnd", "tp", None, True), _level_of("hđnd", "tp", "Vinh", True)
    ('district', 'province', 'district')
    """
    central = match_key(place).removeprefix("tp").strip(" .") in _CENTRAL_CITIES if place is not None else central_city
    committee = _COMMITTEE_LEVEL_RE.search(head_key)
    if unit in ("thành phố", "tp") or (committee and committee.group(1) == "thành" and not unit):
        return "province" if central else "district"
    if unit:
        return _UNIT_LEVEL.get(unit)
    if central and not committee:  # "HĐND TPHCM", "UBND Hà Nội"
        return "province"
    return {"tỉnh": "province", "huyện": "district", "thị": "district", "quận": "district"}.get(
        committee.group(1) if committee else ""
    )
