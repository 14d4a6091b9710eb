"""The meetings an article reports: congresses, conferences, council sessions, briefings, reviews, voter meetings,
hearings and supervision visits, each once, with the body that held it, its number, term and dates.

A meeting counts when the article reports it as happening: named in the headline or the lead, or held on a date in
a later sentence ("Ngày 15/09, Ban Chấp hành Đảng bộ huyện ... tổ chức Hội nghị lần thứ 2"). A meeting named only as
context is not one: "Nghị quyết Đại hội ... lần thứ XXII", "trình Đại hội lần thứ XIII", "đi dự đại hội cấp trên",
"tổ chức thành công Đại hội ...", "tổ chức 5 kỳ họp", "các kỳ họp", "Kỳ họp thứ 4 sẽ khai mạc". Every mention of the
same meeting (headline, lead, "Phát biểu kết luận Hội nghị") merges into one `SessionMention`.

A "kỳ họp" is a `council_session` only when a People's Council (HĐND) holds it, as the taxonomy defines the code; a
Party committee's is a `conference` (its plenum), and one of the National Assembly, of an inspection commission or of
any other body is `other`: their sessions are not local councils' and must not be counted with them. A "kỳ họp" whose
holder the text never names is a People's Council's, unless the article names the National Assembly and no People's
Council.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import regex

from transforms.dates import dates_in, lead_spans, parse_term_years, sentence_spans, title_span
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.ordinals import parse_ordinal, parse_roman, roman
from transforms.periods import document_tones
from transforms.text import match_key

_I = regex.IGNORECASE | regex.VERSION1
_END = r"(?![\p{L}\p{M}])"  # the end of a word
_CAP = r"(?-i:\p{Lu})[\p{L}\p{M}'’]*"
# Capitalised words that still end a body's name ("HĐND xã Thuận Hà Khóa III", "Hội nghị ... Ban Chấp hành").
_NOT_NAME = (
    r"(?!(?:khóa|khoá|nhiệm|lần|kỳ|kì|năm|ngày|tháng|sáng|chiều|tối|tổ|đã|về|tại|và|với|của|cho|trong|"
    r"đồng|ông|bà|hội|đại|phiên|thường|ban|đảng|chi|ủy|uỷ|ubnd|hđnd|mttq|quốc)" + _END + ")"
)
# A family name followed by a given name ends a place name: "UBND TP Hà Nội Nguyễn Đức Chung" names the city "Hà
# Nội", "tỉnh Sơn La Tòng Thị Phóng" the province "Sơn La"; one followed by anything else is the place's own syllable
# ("tỉnh Bình Dương lần thứ", "tỉnh Hải Dương Nguyễn Văn A").
_FAMILY_NAME = (
    r"(?:nguyễn|trần|lê|phạm|hoàng|huỳnh|phan|vũ|võ|đặng|bùi|đỗ|ngô|dương|lý|đinh|đào|trịnh|trương|lưu|vương|quách|"
    r"hứa|kiều|đoàn|triệu|tòng|lò|hà|hồ|mai|cao|lương|lâm|tạ|tô|chu|thái|mạc|giàng|sùng|quàng|cầm|lường|lục|nông)"
    + _END
)
_SURNAME = r"(?!" + _FAMILY_NAME + r"\s+(?!" + _FAMILY_NAME + "|" + _NOT_NAME[3:-1] + r")(?-i:\p{Lu}))"
_UNIT = r"(?:thành\s+phố|thị\s+xã|thị\s+trấn|tỉnh|huyện|quận|xã|phường|tp\.?)"
_PLACE = (
    r"(?:" + _NOT_NAME + _CAP + r"|\d{1,2})(?:(?:\s*-\s*|\s+)" + _NOT_NAME + _SURNAME + _CAP + r"){0,3}"
)  # fmt: skip
_ABBREV = r"(?-i:\p{Lu}[\p{Lu}\d]+)(?:\s*&\s*(?-i:\p{Lu}[\p{Lu}\d]+))*"  # HĐND&UBND, CQCQ, VN
_LOWER_WORD = (  # a lower-case syllable inside a name ("Văn phòng HĐND", "Chính quyền huyện")
    r"(?!(?:đã|tổ|chức|và|của|với|tại|về|năm|ngày|khóa|khoá|nhiệm|kỳ|lần|thứ|có|được|là|trong|cho|các|họp|dự|"
    r"long|khai|bế|tiến|hành|triệu|tập|sẽ|vừa|nhằm|để|do|theo|đồng|chí|cùng)" + _END + "|" + _UNIT + _END + ")"
    r"(?-i:\p{Ll})[\p{L}\p{M}]*"
)
# Inside a sentence a full stop followed by a capital or a letter is an abbreviation's ("TP. HCM", "T.Ư"), not an end.
_NOT_STOP = r"(?:[^,;.]|\.(?=\S|\s+(?-i:\p{Lu})))"
_UNIT_TAIL = r"\s+" + _UNIT + r"(?:(?:\s+|(?<=\.)\s*)(?P<place>" + _PLACE + r"))?" + _END
_COMMITTEE_TAIL = r"\s+(?:tỉnh|thành|huyện|thị|quận)\s+ủy" + _END  # "Ban Tuyên giáo Huyện ủy"
# After a territorial head (HĐND, UBND, Tỉnh ủy) only a unit and its name; after any other, a name in words too.
_BRACKETED_ABBREV = r"\s*\(\s*" + _ABBREV + r"\s*\)"  # "Hội đồng nhân dân (HĐND) tỉnh"
_CENTRAL_TAIL = r"\s+(?:trung\s+ương|tw|t\.ư)" + _END  # "Ủy ban Kiểm tra Trung ương"
# After a territorial head a province named without its unit word: "HĐND Nghệ An", "UBND TP.HCM" ("Chủ tịch UBND
# Nguyễn Văn A" names a person).
_BARE_PLACE_TAIL = (
    r"\s+(?!" + _FAMILY_NAME + r")(?P<bare>" + _NOT_NAME + _CAP
    + r"(?:(?:\s*-\s*|\s+)" + _NOT_NAME + _SURNAME + _CAP + r"){0,3})" + _END
)  # fmt: skip
_TERRITORIAL_TAIL_RE = regex.compile(
    r"(?:" + _UNIT_TAIL + "|" + _BRACKETED_ABBREV + r"|\s+(?:việt\s+nam|vn)" + _END + "|" + _CENTRAL_TAIL + ")", _I
)
_BARE_PLACE_TAIL_RE = regex.compile(_BARE_PLACE_TAIL, _I)
_COMMITTEE_PLACE_RE = regex.compile(r"\s+(" + _PLACE + ")", _I)  # "Thị ủy Hồng Lĩnh"
_NAMED_TAIL_RE = regex.compile(
    r"(?:" + _UNIT_TAIL + "|" + _COMMITTEE_TAIL + "|" + _BRACKETED_ABBREV + "|" + _CENTRAL_TAIL
    + r"|\s+(?:và|&)\s+(?=" + _ABBREV + r")|\s*&\s*"
    + r"|\s+" + _ABBREV + _END
    + r"|\s+" + _NOT_NAME + _CAP + r"(?:\s+" + _LOWER_WORD + r"){1,2}(?=\s+(?:" + _UNIT + "|" + _ABBREV + "|" + _CAP
    + r")" + _END + r"|\s*&)"
    + r"|\s+" + _NOT_NAME + _CAP
    + r"|\s+(?:các\s+)?(?:cơ\s+quan|khối|dân\s+chính\s+đảng|doanh\s+nghiệp|chính\s+quyền|đoàn\s+thể)" + _END + ")",
    _I,
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
    (r"đảng\s+(?:ủy|bộ)(?=\s+(?:tỉnh|huyện|thị\s+xã|thành\s+phố|quận|xã|phường|thị\s+trấn|tp)" + _END + ")",
     "party_committee", None, False),
    (r"đảng\s+ủy|đảng\s+bộ", "party_organization", None, True),
    (r"chi\s+bộ", "party_cell", None, True),
    (r"(?:thường\s+trực|ban\s+(?:" + _COUNCIL_BOARDS + r")(?:\s+của)?)\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân)|hđnd|"
     r"hội\s+đồng\s+nhân\s+dân", "peoples_council", None, False),
    (r"văn\s+phòng\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân|(?:tỉnh|huyện|thị|thành|quận)\s+ủy)", "council_office", None,
     True),
    (r"ubnd|ủy\s+ban\s+nhân\s+dân", "peoples_committee", None, False),
    (r"(?:ủy\s+ban\s+|ub\s*)?(?:mttq|mặt\s+trận\s+tổ\s+quốc)(?:\s+việt\s+nam|\s+vn)?|ubmttq(?:\s+vn)?",
     "fatherland_front", None, False),
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
     r"hội(?=\s+(?-i:\p{Lu}))(?!\s+(?:nghị|đồng|thảo|trường)" + _END + ")", "mass_organization", None, True),
    (r"công\s+an", "police", None, True),
)  # fmt: skip
_HEAD_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + "|".join(f"(?P<h{i}>{h[0]})" for i, h in enumerate(_HEADS)) + ")" + _END, _I
)
_CENTRAL_WORD_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:trung ương|tw|t\.ư)" + _END)
_UNIT_RE = regex.compile(r"(?<![\p{L}\p{M}])(thành phố|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|tp)" + _END)
_UNIT_LEVEL = {"tỉnh": "province", "huyện": "district", "thị xã": "district", "quận": "district",
               "xã": "commune", "phường": "commune", "thị trấn": "commune"}  # fmt: skip
_COMMITTEE_LEVEL_RE = regex.compile(r"(?:^|\s)(tỉnh|huyện|thị|quận|thành) ủy$")
_CENTRAL_CITIES = frozenset({"hà nội", "hồ chí minh", "hcm", "tphcm", "hải phòng", "đà nẵng", "cần thơ"})
_CITY_NAMES = r"hà\s+nội|hồ\s+chí\s+minh|hcm|hải\s+phòng|đà\s+nẵng|cần\s+thơ"
_CENTRAL_CITY_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tphcm|tp\.hcm|(?:thành\s+phố|tp\.?|thành\s+ủy|hđnd|ubnd)\s*(?:" + _CITY_NAMES + "))" + _END,
    _I,
)
# Every match of `_CENTRAL_CITY_RE` names a city: a text without one (case-folded, see `_MEETING_NOUN_RE`) needs no
# search for it.
_CITY_NAME_RE = re.compile(_CITY_NAMES)
# The bodies that hold a "kỳ họp": People's Councils, the National Assembly, the Party's inspection commissions.
_ASSEMBLIES = ("peoples_council", "national_assembly", "inspection_commission")
_HDND_RE = regex.compile(r"(?<![\p{L}\p{M}])(?:hđnd|hội\s+đồng\s+nhân\s+dân)" + _END, _I)
_QUOC_HOI_RE = regex.compile(r"(?<![\p{L}\p{M}])(?<!toàn\s+)(?:quốc\s+hội|qh)" + _END, _I)

# The meetings, by the noun that names them.
_MEETING_NOUNS = {
    "conf": r"hội\s+nghị",
    "cong": r"đại\s+hội",
    "council": r"k[ỳì]\s+họp",
    "hear": r"phiên\s+(?:họp\s+)?(?:chất\s+vấn|giải\s+trình)",
    "voter": r"tiếp\s+xúc(?:\s+với)?\s+cử\s+tri",
    "sup": r"đoàn\s+(?:giám\s+sát|khảo\s+sát)",
    "rev": r"sơ\s+kết|tổng\s+kết",
}
_MEETING_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    + "|".join(rf"(?P<{kind}>{noun})" if kind != "rev" else rf"(?<=tổ\s+chức\s+)(?P<{kind}>{noun})"
               for kind, noun in _MEETING_NOUNS.items())
    + ")" + _END,
    _I,
)  # fmt: skip
# The nouns alone, without the word boundaries and context `_MEETING_RE` asks for, searched case-sensitively in the
# case-folded text: a sentence with none of them names no meeting, and this is far quicker to rule out. Where
# case-folding keeps the text's length, each character folds to one, and every character the case-insensitive
# `_MEETING_RE` takes for a letter of these nouns folds to that letter.
_MEETING_NOUN_RE = re.compile("|".join(_MEETING_NOUNS.values()))
_CONFERENCE_KIND_RE = regex.compile(
    r"^(?:\s+(?:\(?mở\s+rộng\)?|trực\s+tuyến|toàn\s+thể|đánh\s+giá,?|thường\s+kỳ|cán\s+bộ\s+chủ\s+chốt)){0,3}\s+"
    r"(?P<kind>giao\s+ban|sơ\s+kết|tổng\s+kết|tiếp\s+xúc(?:\s+với)?\s+cử\s+tri|chất\s+vấn|giải\s+trình)",
    _I,
)
_OTHER_CONGRESS_RE = regex.compile(r"^\s+(?:thể\s+dục|tdtt|thể\s+thao|đồng\s+cổ\s+đông|đồng" + _END + ")", _I)
_CONFERENCE_FAMILY = frozenset({"conference", "briefing", "review", "voter_meeting", "hearing"})
# Right before a meeting: words that make it context, a venue, a plan, a count or a plural.
_CONTEXT_BEFORE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:nghị\s+quyết|nq|văn\s+kiện|báo\s+cáo\s+chính\s+trị|dự\s+thảo|trình(?:\s+tại)?|"
    r"chuẩn\s+bị(?:\s+cho)?|tiến\s+tới|chào\s+mừng|hướng\s+tới|đi\s+dự|đại\s+biểu\s+dự|kết\s+luận(?:\s+của)?|"
    r"tinh\s+thần|phục\s+vụ|(?<!đã\s+(?:tổ\s+chức|tiến\s+hành)\s+)thành\s+công|thông\s+qua\s+tại|"
    r"trước(?:\s+thềm)?|sau|giữa|các|những|mỗi|từng|nhiều|một\s+số|cuộc|"
    r"(?<![/\d.,-]|kh[óo]a\s|thứ\s|lần\s|số\s)\d{1,3}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|sẽ|dự\s+kiến|"
    r"(?:chuẩn\s+bị|dự\s+kiến|kế\s+hoạch)\s+tổ\s+chức|hoạt\s+động|công\s+tác|"
    r"kết\s+quả|chương\s+trình|kế\s+hoạch|quy\s+trình|chất\s+lượng|về|gửi(?:\s+đến|\s+tới)?|đến|tới|từ|"
    r"trung\s+tâm|cung|hội\s+trường)\s*$",
    _I,
)
# In the clause before a meeting: a plan, or a document put to it ("dự thảo Báo cáo chính trị ... tại Đại hội").
_CONTEXT_CLAUSE_RE = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:sẽ|sắp|dự\s+kiến)" + _END + r"[^,;]*"
    r"|(?:dự\s+thảo|văn\s+kiện|báo\s+cáo\s+chính\s+trị)[^,;]*(?:tại|trình|gửi)\s*"
    r"|(?<![\p{L}\p{M}])(?:để|nhằm)\s+trình" + _END + r"[^,;]*(?:vào|tại)\s*"
    r"|(?<![\p{L}\p{M}])theo\s+(?:kế\s+hoạch|chương\s+trình|dự\s+kiến)" + _END + r"[^;]*"
    # many holders at once: "68/68 Đảng bộ ... đã tổ chức thành công Đại hội", "hàng loạt tỉnh cũng tổ chức"
    r"|(?:(?<![\p{L}\p{M}])(?:các|những|toàn\s+bộ|hàng\s+loạt|nhiều)" + _END + r"|\d+\s*/\s*\d+|100\s*%)[^,;]*"
    r"tổ\s+chức(?:\s+thành\s+công)?\s*)$",
    _I,
)
_LATER_WORDS = r"cấp\s+trên|sắp\s+tới|tiếp\s+theo|các\s+cấp|lần\s+trước|cơ\s+sở"
_PLAN_WORDS = r"sẽ|dự\s+kiến|sắp"
# The words of `_CONTEXT_AFTER_RE` begin at most this many characters after the noun: where the case-folded text (see
# `_MEETING_NOUN_RE`) has none of them by then, it does not match.
_CONTEXT_AFTER_REACH = 80
_CONTEXT_AFTER_RE = regex.compile(  # used with match(): anchored where the meeting's noun ends
    _NOT_STOP + r"{0,60}?(?<![\p{L}\p{M}])(?:" + _LATER_WORDS + ")" + _END
    + r"|(?:[^.;]|\.(?=\S|\s+(?-i:\p{Lu}))){0," + str(_CONTEXT_AFTER_REACH) + r"}?(?<![\p{L}\p{M}])(?:" + _PLAN_WORDS
    + ")" + _END,
    _I,
)  # fmt: skip
_CONTEXT_AFTER_WORD_RE = re.compile(_LATER_WORDS + "|" + _PLAN_WORDS)
_ORDINAL_RE = regex.compile(
    r"(?:(?<!phiên\s+)(?:lần\s+)?thứ|lần|(?<=hội\s+nghị\s+)trung\s+ương)\s+(?P<n>\d{1,3}" + _END + r"|[IVXLC]+" + _END
    + r"|(?:(?:mười|hai|ba|bốn|năm|sáu|bảy|tám|chín|một|mốt|tư|lăm|nhất|mươi|linh|lẻ)" + _END + r"\s*)+)",
    _I,
)  # fmt: skip
_TERM_RE = regex.compile(r"kh[óo]a\s+(?P<t>[IVXLC]+|\d{1,2})(?![\p{L}\p{M}\d])", _I)
_TERM_YEARS_RE = regex.compile(r"nhiệm\s+kỳ\s*(?P<y>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2})", _I)
# Where a meeting's own phrase ends: a clause break or a verb ("Hội nghị lần thứ 2 ... tổ chức").
_PHRASE_END_RE = regex.compile(
    r"[;:!?\n“\"]|\.(?!\S|\s+(?-i:\p{Lu}))|,(?!\s*(?:kh[óo]a|nhiệm\s+kỳ|lần\s+thứ|hđnd|hội\s+đồng\s+nhân\s+dân|quốc\s+hội|qh)"
    + _END
    + r")"
    r"|(?<!k[ỳì])\s(?:đã|được|sẽ|tổ\s+chức|diễn\s+ra|khai\s+mạc|bế\s+mạc|với|nhằm|để|đánh\s+giá|triển\s+khai|thông\s+qua|tại|"
    r"vào|có|là|do|về|bàn|xem\s+xét|quyết\s+định|tiến\s+hành|họp|chủ\s+trì|làm\s+việc|bầu|tiếp\s+tục)" + _END,
    _I,
)
# What may stand between a meeting's noun and the body holding it: "Hội nghị lần thứ 2 Ban Chấp hành ...".
_QUALIFIERS_RE = regex.compile(
    r"(?:\s+|\s*[(),]\s*|(?:lần\s+)?thứ\s+[\p{L}\d]+|lần\s+\d+|đại\s+biểu|mở\s+rộng|giao\s+ban|sơ\s+kết|tổng\s+kết|"
    r"toàn\s+thể|trực\s+tuyến|lần\s+đầu|của|thường\s+kỳ|thường\s+lệ|chuyên\s+đề|bất\s+thường)*",
    _I,
)
# A subject's own trailers ("Ban Chấp hành ..., khóa XXII, nhiệm kỳ 2020-2025"), then the verb that holds a meeting.
_SUBJECT_TRAIL_RE = regex.compile(
    r"(?:\s*,?\s*(?:kh[óo]a\s+[IVXLC\d]+|nhiệm\s+kỳ\s*\d{4}\s*[-–]\s*\d{4})|\s*\([^()]{0,60}\))*", _I
)
_SUBJECT_GAP_RE = regex.compile(
    r"(?:\s+" + _CAP + r"(?:\s+" + _CAP + r"){1,3})?(?:[\s,]|(?:đã|vừa|sẽ|long\s+trọng|chính\s+thức|đồng\s+loạt|"
    r"tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|có\s+buổi|lần\s+đầu|cùng|"
    r"tiếp\s+tục)" + _END + ")*",
    _I,
)
# Outside the lead a meeting must be what the sentence says was held: "tổ chức Hội nghị", "Kỳ họp ... khai mạc".
_GOVERNED_BEFORE_RE = regex.compile(
    r"(?:tổ\s+chức|khai\s+mạc|bế\s+mạc|triệu\s+tập|tiến\s+hành|chủ\s+trì|họp|dự)\s*$", _I
)
_GOVERNED_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:đã\s+|chính\s+thức\s+|cũng\s+)*(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|được\s+tổ\s+chức|họp|tiến\s+hành)"
    + _END,
    _I,
)  # fmt: skip
# Between a meeting's phrase and a day told as its own: "kỳ họp thứ 11 | diễn ra sáng | 11/12", ", khai mạc ngày ".
_DATE_AFTER_RE = regex.compile(
    r"\s*,?\s*(?:(?:đã|được|chính\s+thức)\s+)*(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|họp|tổ\s+chức)?\s*(?:vào\s+)?"
    r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:nay\s+)?)*\(?\s*",
    _I,
)
_JOINER_RE = regex.compile(r"[\s,]*(?:(?:và|cùng)\s*)?$", _I)
_HELD_BY_RE = regex.compile(r"\s*(?:do|của)\s+", _I)


@dataclass(slots=True)
class _Body:
    name: str
    body_type: str
    level: str | None
    place_name: str | None
    start: int
    end: int


def _find_bodies(text: str, start: int, end: int, central_city: bool = False) -> list[_Body]:
    """Every body named in `text[start:end]`, with its name as written: head plus units, names, abbreviations
    (`central_city`: the article is about a centrally governed city, so an unnamed "thành phố" is a province).

    >>> [b.name for b in _find_bodies("Ngày 15/09, Ban Chấp hành Đảng bộ huyện Bắc Sơn, khóa XXII tổ chức", 0, 60)]
    ['Ban Chấp hành Đảng bộ huyện Bắc Sơn']
    >>> [(b.name, b.place_name) for b in _find_bodies("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", 0, 40)]
    [('UBND TP Hà Nội', 'Hà Nội')]
    >>> [(b.name, b.level) for b in _find_bodies("HĐND TPHCM, Ủy ban Kiểm tra Trung ương, UBND Nguyễn Văn A", 0, 60)]
    [('HĐND TPHCM', 'province'), ('Ủy ban Kiểm tra Trung ương', 'central'), ('UBND', None)]
    """
    key = document_tones(text)
    bodies: list[_Body] = []
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
        bodies.append(_Body(name, body_type, level, place, m.start(), pos))
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


@dataclass(slots=True)
class _Mention:
    session_type: str
    start: int
    end: int
    sentence: Sentence
    body: _Body | None = None
    ordinal: int | None = None
    term: str | None = None
    years: tuple[int, int] | None = None
    dates: tuple[date, date] | None = None
    # A plain "hội nghị" or "Đại hội" with nothing of its own is a back-reference: the types it may stand for.
    bare: frozenset[str] = frozenset()


def _session_type(kind: str, after: str) -> str:
    """The session type of a meeting noun, from the words after it ("Hội nghị giao ban" -> briefing)."""
    if kind == "conf":
        m = _CONFERENCE_KIND_RE.match(after)
        word = match_key(m.group("kind")) if m else ""
        if word in ("", "chất vấn", "giải trình"):
            return "hearing" if word else "conference"
        return {"giao ban": "briefing", "sơ kết": "review", "tổng kết": "review"}.get(word, "voter_meeting")
    if kind == "cong":
        return "other" if _OTHER_CONGRESS_RE.match(after) else "congress"
    return {"council": "council_session", "hear": "hearing", "voter": "voter_meeting", "sup": "supervision",
            "rev": "review"}[kind]  # fmt: skip


def _is_context(key: str, start: int, end: int, sentence: Sentence, folded: str | None = None) -> bool:
    """True when the words around a meeting make it context, a plan or a count rather than a report of it
    (`folded`: `key` case-folded, when that keeps its length)."""
    before = key[max(sentence.start, start - 80) : start]
    if _CONTEXT_BEFORE_RE.search(before[-40:]) or _CONTEXT_CLAUSE_RE.search(before):
        return True
    if folded is not None:
        word = _CONTEXT_AFTER_WORD_RE.search(folded, end, sentence.end)
        if word is None or word.start() > end + _CONTEXT_AFTER_REACH:
            return False
    return bool(_CONTEXT_AFTER_RE.match(key, end, sentence.end))


def _phrase_end(key: str, start: int, limit: int) -> int:
    m = _PHRASE_END_RE.search(key, start, limit)
    return m.start() if m else limit


def _term_parts(key: str, start: int, end: int) -> tuple[int | None, str | None, tuple[int, int] | None]:
    """(ordinal, Roman term, term years) stated in a meeting's or a body's phrase, `key[start:end]` (the words
    before it stay visible: "Hội nghị Trung ương 5" is numbered by "Trung ương 5").

    >>> _term_parts("Hội nghị Trung ương 5 khóa XII", 8, 30)
    (5, 'XII', None)
    """
    ordinal = term = years = None
    if m := _ORDINAL_RE.search(key, start, end):
        ordinal = parse_ordinal(m.group("n"))
    if m := _TERM_RE.search(key, start, end):
        raw = m.group("t")
        value = int(raw) if raw.isdigit() else parse_roman(raw)
        term = roman(value) if value else None
    if m := _TERM_YEARS_RE.search(key, start, end):
        years = parse_term_years(m.group("y"))
    return ordinal, term, years


def _subject(bodies: list[_Body], key: str, mention_start: int) -> tuple[_Body, int] | None:
    """The body holding the meeting as the sentence's subject ("Thị ủy X tổ chức Hội nghị"), with the end of its
    trailers ("khóa ..., nhiệm kỳ ...")."""
    for body in bodies:
        if body.end > mention_start:
            break
        trail_end = _SUBJECT_TRAIL_RE.match(key, body.end, mention_start).end()
        if _SUBJECT_GAP_RE.fullmatch(key, trail_end, mention_start):
            return body, trail_end
    return None


def _own_dates(
    ctx: DocumentContext,
    sentence: Sentence,
    mention: tuple[int, int],
    congress: bool,
    term_start: int | None = None,
    key: str = "",
) -> tuple[date, date] | None:
    """The days of a meeting (`mention`: its phrase's start and end in `key`): a day inside its phrase or told right
    after it ("kỳ họp thứ 11 diễn ra sáng 11/12"), else the sentence's last own date before it, else its first after
    it (`term_start`: the first year of the term a congress opens, the year of its days where the text gives none)."""
    days = [
        d for d in dates_in(ctx, sentence, congress, term_start) if d.is_day and not d.reference and d.start and d.end
    ]
    start, end = mention
    own = [
        d
        for d in days
        if start <= d.char_start and (d.char_start < end or _DATE_AFTER_RE.fullmatch(key, end, d.char_start))
    ]
    before = [d for d in days if d.char_end <= start]
    chosen = own[0] if own else before[-1] if before else (days[0] if days else None)
    return (chosen.start, chosen.end) if chosen and chosen.start and chosen.end else None


def _governed(key: str, start: int, phrase_end: int, sentence: Sentence) -> bool:
    """Whether the sentence says the meeting was held: a holding verb right before it or right after its phrase."""
    return bool(
        _GOVERNED_BEFORE_RE.search(key, max(sentence.start, start - 25), start)
        or _GOVERNED_AFTER_RE.match(key, phrase_end, sentence.end)
    )


@dataclass(frozen=True, slots=True)
class _Document:
    """What the whole article says that a sentence's meetings depend on."""

    central_city: bool  # it names a centrally governed city ("TP. HCM"): an unnamed "thành phố" is a province
    council: str  # the session type of a "kỳ họp" whose holder no sentence names: of a People's Council, unless
    # the article names the National Assembly and no People's Council ("other")


def _document(key: str, folded: str | None = None) -> _Document:
    """The article-wide facts of `_Document`, read from the whole text (`folded`: `key` case-folded, when that
    keeps its length).

    >>> _document("Quốc hội khai mạc kỳ họp thứ 6"), _document("HĐND TP. HCM khai mạc kỳ họp")
    (_Document(central_city=False, council='other'), _Document(central_city=True, council='council_session'))
    """
    national_only = _QUOC_HOI_RE.search(key) is not None and _HDND_RE.search(key) is None
    names_city = folded is None or _CITY_NAME_RE.search(folded) is not None
    central_city = names_city and _CENTRAL_CITY_RE.search(key) is not None
    return _Document(central_city, "other" if national_only else "council_session")


def _appositions(key: str, meetings: list[regex.Match[str]]) -> set[int]:
    """Indexes of meetings in brackets right after another: "kỳ họp thứ 13 (kỳ họp bất thường)" is one meeting."""
    return {i for i in range(1, len(meetings)) if key[: meetings[i].start()].rstrip().endswith("(")}


def _council_body(bodies: list[_Body], start: int) -> _Body | None:
    """The holder of a "kỳ họp" whose phrase names none: the sentence's People's Council, National Assembly or
    inspection commission nearest to it ("HĐND tỉnh Nghệ An tại kỳ họp thứ 9")."""
    held = [b for b in bodies if b.body_type in _ASSEMBLIES]
    return min(held, key=lambda b: abs(b.start - start), default=None)


def _council_type(body: _Body | None, doc: _Document) -> tuple[str, _Body | None]:
    """The session type of a "kỳ họp" by its holder, and the holder kept: a People's Council's is a council session,
    a Party committee's a conference (its plenum), any other body's (National Assembly, inspection commission,
    an intergovernmental commission) `other`; a People's Committee holds none, so it is dropped."""
    if body is None or body.body_type == "peoples_committee":
        return doc.council, None
    if body.body_type == "peoples_council":
        return "council_session", body
    return ("conference" if body.body_type.startswith("party_") else "other"), body


def _mentions_in(
    ctx: DocumentContext, key: str, sentence: Sentence, in_lead: bool, doc: _Document, folded: str | None = None
) -> list[_Mention]:
    """The meetings a sentence reports; outside the lead only those it says were held, on a date it gives.

    `folded`: `key` case-folded, when that keeps its length (see `_MEETING_NOUN_RE`)."""
    found: list[_Mention] = []
    bodies: list[_Body] | None = None
    previous: tuple[int, _Body | None, str | None, tuple[int, int] | None] | None = None  # end, subject, term, years
    if folded is not None and not _MEETING_NOUN_RE.search(folded, sentence.start, sentence.end):
        return found
    meetings = list(_MEETING_RE.finditer(key, sentence.start, sentence.end))
    skip = _appositions(key, meetings)
    meetings = [m for i, m in enumerate(meetings) if i not in skip]
    for i, m in enumerate(meetings):
        following = meetings[i + 1] if i + 1 < len(meetings) else None
        kind = next(k for k, v in m.groupdict().items() if v is not None)
        session_type = _session_type(kind, key[m.end() : sentence.end])
        if _is_context(key, m.start(), m.end(), sentence, folded):
            continue
        end = _phrase_end(key, m.end(), following.start() if following else sentence.end)
        end -= len(_JOINER_RE.search(key, m.end(), end).group(0))  # "Kỳ họp thứ 12 và hội nghị": stop before "và"
        dates = _own_dates(ctx, sentence, (m.start(), end), session_type == "congress", key=key)
        if not in_lead and (dates is None or not _governed(key, m.start(), end, sentence)):
            continue
        if bodies is None:
            bodies = _find_bodies(ctx.clean_text, sentence.start, sentence.end, doc.central_city)
        ordinal, term, years = _term_parts(key, m.end(), end)
        inside = [b for b in bodies if m.end() <= b.start < end]
        own = next((b for b in inside if _QUALIFIERS_RE.fullmatch(key, m.end(), b.start)), None)
        subject, sub_term, sub_years = None, None, None
        if found_subject := _subject(bodies, key, m.start()):
            subject, trail_end = found_subject
            _, sub_term, sub_years = _term_parts(key, subject.end, trail_end)
        elif previous and _JOINER_RE.fullmatch(key, previous[0], m.start()):
            subject, sub_term, sub_years = previous[1:]  # "tổ chức Kỳ họp thứ 12 và hội nghị tổng kết"
        held_by = _HELD_BY_RE.match(key, end, sentence.end) if not (own or subject) else None
        by = next((b for b in bodies if held_by and b.start == held_by.end()), None)
        body = own or subject or by or next(iter(inside), None)
        term, years = term or sub_term, years or sub_years
        if session_type == "congress" and years and dates:  # the year of the term it opens, where the text omits it
            dates = _own_dates(ctx, sentence, (m.start(), end), True, years[0], key)
        previous = (end, subject, sub_term, sub_years)
        if kind == "sup" and body is None:
            continue
        if session_type == "council_session":
            if body is None or (body.body_type not in _ASSEMBLIES and not body.body_type.startswith("party_")):
                body = _council_body(bodies, m.start()) or body
            session_type, body = _council_type(body, doc)
        if session_type == "congress" and term is None and ordinal is not None:
            term = roman(ordinal)  # a congress elects the committee of its own number: "Đại hội lần thứ XVI"
        found.append(
            _Mention(session_type, m.start(), max(end, m.end()), sentence, body, ordinal, term, years, dates,
                     _bare(kind, session_type, ordinal, own, term or years))
        )  # fmt: skip
    return found


def _bare(kind: str, session_type: str, ordinal: int | None, own: _Body | None, term: object) -> frozenset[str]:
    """The types a plain back-reference may stand for: a "hội nghị" without a number or a body named after it any
    conference, an "Đại hội" with no number, body or term of its own any congress (or one of shareholders); empty
    for any other mention."""
    if kind == "conf" and session_type == "conference" and ordinal is None and own is None:
        return _CONFERENCE_FAMILY
    if kind == "cong" and session_type == "congress" and ordinal is None and own is None and not term:
        return frozenset({"congress", "other"})
    return frozenset()


def _compatible(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions can be the same meeting: the same type (a plain "hội nghị" fits any kind of conference)
    and no number or day that differs."""
    same_type = a.session_type == b.session_type or b.session_type in a.bare or a.session_type in b.bare
    return same_type and (a.ordinal is None or b.ordinal is None or a.ordinal == b.ordinal) and _same_days(a, b)


def _same_days(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions' days can be one meeting's: either undated, or one's first day within the other's days
    ("sáng 12/12" of a session held "từ 11 - 13/12")."""
    if a.dates is None or b.dates is None:
        return True
    return a.dates[0] <= b.dates[0] <= a.dates[1] or b.dates[0] <= a.dates[0] <= b.dates[1]


def _merge(group: list[_Mention]) -> SessionMention:
    """One session from all mentions of a meeting: the first value each field has, evidence from a dated mention."""
    evidence = next((m for m in group if m.dates), group[0])

    def first(attr: str):
        return next((getattr(m, attr) for m in group if getattr(m, attr) is not None), None)

    body: _Body | None = first("body")
    years, dates = first("years"), first("dates")
    return SessionMention(
        session_type=next((m.session_type for m in group if not m.bare), group[0].session_type),
        body_name=body.name if body else None,
        body_type=body.body_type if body else None,
        level=body.level if body else None,
        ordinal=first("ordinal"),
        term=first("term"),
        term_start_year=years[0] if years else None,
        term_end_year=years[1] if years else None,
        start_date=dates[0] if dates else None,
        end_date=dates[1] if dates else None,
        char_start=evidence.start,
        char_end=evidence.end,
        sentence_start=evidence.sentence.start,
        sentence_end=evidence.sentence.end,
        place_name=body.place_name if body else None,
    )


def _lead_date(ctx: DocumentContext, lead: list[Sentence], session: SessionMention) -> tuple[date, date] | None:
    """The first own day the lead gives: the date of a meeting the lead names without a date of its own (a
    congress's year, where the text omits it, is that of the term it opens)."""
    congress = session.session_type == "congress"
    for span in lead:
        for d in dates_in(ctx, span, congress, session.term_start_year if congress else None):
            if d.is_day and not d.reference and d.start and d.end:
                return d.start, d.end
    return None


def extract_sessions(ctx: DocumentContext) -> list[SessionMention]:
    """Every meeting the article reports, once each, in the order the article first names them."""
    key = document_tones(ctx.clean_text)
    spans = sentence_spans(ctx)
    lead = lead_spans(ctx)
    lead_starts = {s.start for s in lead}
    title = title_span(ctx, spans)
    sentences = ([title] if title else []) + [s for s in spans if not (title and s.start < title.end)]
    groups: list[list[_Mention]] = []
    folded: str | None = key.casefold()
    if len(folded) != len(key):
        folded = None
    doc = _document(key, folded)
    for sentence in sentences:
        for mention in _mentions_in(ctx, key, sentence, sentence.start in lead_starts, doc, folded):
            group = next((g for g in groups if all(_compatible(mention, other) for other in g)), None)
            if group is None:
                groups.append([mention])
            else:
                group.append(mention)
    sessions = [_merge(g) for g in groups]
    for i, s in enumerate(sessions):
        if s.start_date is None and (fallback := _lead_date(ctx, lead, s)):
            sessions[i] = replace(s, start_date=fallback[0], end_date=fallback[1])
    return sessions
