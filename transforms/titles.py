"""Official titles: a stacked title ("Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện") split into its roles.

Each role is a (position, organization_type, level) triple of the taxonomy (`transforms.codes`) plus the role's own
words as written. Cue words, abbreviations and unit words are data tables below; the reading works on words
keyed with `match_key`, so "Uỷ"/"Ủy" and "HĐND"/"hđnd" read the same, and offsets always refer to the original text.

>>> for role in parse_title("Tỉnh ủy viên, Bí thư Huyện ủy"):
...     print(role)
('member_of_committee', 'party_committee', 'province', 'Tỉnh ủy viên')
('secretary', 'party_committee', 'district', 'Bí thư Huyện ủy')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from typing import NamedTuple

from transforms.text import match_key, nfc

# ---------------------------------------------------------------------------------------------------------------------
# Data: abbreviations, cue words and unit words. Keys are `match_key` forms (new tone style, lower case).

ABBREVIATIONS: dict[str, str] = {
    "tuv": "tỉnh ủy viên",
    "huv": "huyện ủy viên",
    "tu": "tỉnh ủy",
    "hu": "huyện ủy",
    "đu": "đảng ủy",
    "đuv": "đảng ủy viên",
    "pbthu": "phó bí thư huyện ủy",
    "pbttu": "phó bí thư tỉnh ủy",
    "pbt": "phó bí thư",
    "bt": "bí thư",
    "pct": "phó chủ tịch",
    "ct": "chủ tịch",
    "tt": "thường trực",
    "tv": "thường vụ",
    "hđnd": "hội đồng nhân dân",
    "ubnd": "ủy ban nhân dân",
    "ub": "ủy ban",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "mttqvn": "mặt trận tổ quốc việt nam",
    "ubmttqvn": "ủy ban mặt trận tổ quốc việt nam",
    "vn": "việt nam",
    "btv": "ban thường vụ",
    "uvbtv": "ủy viên ban thường vụ",
    "uv": "ủy viên",
    "bch": "ban chấp hành",
    "chqs": "chỉ huy quân sự",
    "qs": "quân sự",
    "ubkt": "ủy ban kiểm tra",
    "hlhpn": "hội liên hiệp phụ nữ",
    "lhpn": "liên hiệp phụ nữ",
    "hpn": "hội phụ nữ",
    "hnd": "hội nông dân",
    "hccb": "hội cựu chiến binh",
    "ccb": "cựu chiến binh",
    "lđlđ": "liên đoàn lao động",
    "ldld": "liên đoàn lao động",
    "tncs": "thanh niên cộng sản",
    "đtn": "đoàn thanh niên",
    "cqcq": "cơ quan chính quyền",
    "đbqh": "đại biểu quốc hội",
    "qh": "quốc hội",
    "tp": "thành phố",
    "tp.": "thành phố",
    "tx": "thị xã",
    "tw": "trung ương",
    "tư": "trung ương",
    "t.ư": "trung ương",
    "ubtư": "ủy ban trung ương",
    "ubtw": "ủy ban trung ương",
    "vp": "văn phòng",
    "hcm": "hồ chí minh",
    "hđqt": "hội đồng quản trị",
    "tctw": "tổ chức trung ương",
    "tphcm": "thành phố hồ chí minh",
    "kt": "kinh tế",
    "xh": "xã hội",
    "ns": "ngân sách",
}
# "BCH" before "quân sự" is the military command ("Bộ/Ban Chỉ huy"), elsewhere the Party's executive committee.
BCH_MILITARY = "bộ chỉ huy"


@dataclass(frozen=True, slots=True)
class PositionCue:
    """What a position phrase says by itself: the position code, and the body and level it implies, if any."""

    position: str
    org: str | None = None
    level: str | None = None
    org_fixed: bool = False  # the cue names its own body ("Chánh Văn phòng"): later body words do not override it
    needs_body: bool = False  # only a role when a body is named ("Đại biểu HĐND", not a bare "đại biểu")
    delegation: bool = False  # "Trưởng đoàn": only a standing role for a delegation of the Quốc hội or HĐND


POSITION_CUES: dict[str, PositionCue] = {
    "bí thư": PositionCue("secretary", "party_committee"),
    "tổng bí thư": PositionCue("secretary", "party_committee", "central", org_fixed=True),
    "phó bí thư": PositionCue("deputy_secretary", "party_committee"),
    "phó bí thư thường trực": PositionCue("standing_deputy_secretary", "party_committee"),
    "phó bí thư thương trực": PositionCue("standing_deputy_secretary", "party_committee"),
    "tỉnh ủy viên": PositionCue("member_of_committee", "party_committee", "province", org_fixed=True),
    "huyện ủy viên": PositionCue("member_of_committee", "party_committee", "district", org_fixed=True),
    "thị ủy viên": PositionCue("member_of_committee", "party_committee", "district", org_fixed=True),
    "quận ủy viên": PositionCue("member_of_committee", "party_committee", "district", org_fixed=True),
    "thành ủy viên": PositionCue("member_of_committee", "party_committee", org_fixed=True),
    "đảng ủy viên": PositionCue("member_of_committee", "party_committee", "commune"),
    "ủy viên ban thường vụ": PositionCue("standing_committee_member", "party_committee"),
    "ủy viên ban thưởng vụ": PositionCue("standing_committee_member", "party_committee"),
    "ủy viên thường vụ": PositionCue("standing_committee_member", "party_committee"),
    "ủy viên ban chấp hành": PositionCue("member_of_committee", "party_committee"),
    "ủy viên trung ương": PositionCue("member_of_committee", "party_committee", "central", org_fixed=True),
    "ủy viên ban chấp hành trung ương": PositionCue(
        "member_of_committee", "party_committee", "central", org_fixed=True
    ),
    "ủy viên dự khuyết trung ương": PositionCue("member_of_committee", "party_committee", "central", org_fixed=True),
    "ủy viên dự khuyết ban chấp hành trung ương": PositionCue(
        "member_of_committee", "party_committee", "central", org_fixed=True
    ),
    "ủy viên dự khuyết ban chấp hành": PositionCue("member_of_committee", "party_committee"),
    "chi ủy viên": PositionCue("member", "party_cell", "commune", org_fixed=True),
    "ủy viên bộ chính trị": PositionCue("member", "party_committee", "central", org_fixed=True),
    "ủy viên ban bí thư": PositionCue("member", "party_committee", "central", org_fixed=True),
    "ủy viên": PositionCue("member", needs_body=True),
    "thành viên": PositionCue("member", needs_body=True),
    "chủ tịch": PositionCue("chair", needs_body=True),
    "chủ tịch nước": PositionCue("chair", "other", "central", org_fixed=True),
    "phó chủ tịch": PositionCue("vice_chair", needs_body=True),
    "phó chủ tịch nước": PositionCue("vice_chair", "other", "central", org_fixed=True),
    "phó chủ tịch thường trực": PositionCue("standing_vice_chair", needs_body=True),
    "trưởng ban": PositionCue("head"),
    "phó trưởng ban": PositionCue("deputy_head"),
    "phó trưởng ban thường trực": PositionCue("standing_deputy_head"),
    "phó ban thường trực": PositionCue("standing_deputy_head"),
    "phó ban": PositionCue("deputy_head"),
    "trưởng phòng": PositionCue("head", "other"),
    "phó trưởng phòng": PositionCue("deputy_head", "other"),
    "chánh văn phòng": PositionCue("head", "council_office", org_fixed=True),
    "phó chánh văn phòng": PositionCue("deputy_head", "council_office", org_fixed=True),
    "trưởng đoàn": PositionCue("head", delegation=True),
    "phó trưởng đoàn": PositionCue("deputy_head", delegation=True),
    "phó trưởng đoàn chuyên trách": PositionCue("deputy_head", delegation=True),
    "trưởng công an": PositionCue("head", "police", org_fixed=True),
    "phó trưởng công an": PositionCue("deputy_head", "police", org_fixed=True),
    "chủ nhiệm": PositionCue("head", needs_body=True),
    "phó chủ nhiệm": PositionCue("deputy_head", needs_body=True),
    # "Chủ nhiệm Ủy ban Tư pháp": a committee of the Quốc hội, unless its words name another body ("UBKT Tỉnh ủy")
    "chủ nhiệm ủy ban": PositionCue("head", "national_assembly", "central"),
    "phó chủ nhiệm ủy ban": PositionCue("deputy_head", "national_assembly", "central"),
    "chỉ huy trưởng": PositionCue("commander", "military_command"),
    "chỉ huy trường": PositionCue("commander", "military_command"),
    "phó chỉ huy trưởng": PositionCue("deputy_head", "military_command"),
    "tư lệnh": PositionCue("commander", "military_command"),
    # The political commissar heads a military unit's Party work beside its commander: the taxonomy has no code of its
    # own for him, so he is the unit's `head` (his deputy its `deputy_head`).
    "chính ủy": PositionCue("head", "military_command"),
    "phó chính ủy": PositionCue("deputy_head", "military_command"),
    "giám đốc": PositionCue("director", "other"),
    "phó giám đốc": PositionCue("deputy_head", "other"),
    "tổng giám đốc": PositionCue("director", "other"),
    "phó tổng giám đốc": PositionCue("deputy_head", "other"),
    "đại biểu quốc hội": PositionCue("delegate", "national_assembly", "central", org_fixed=True),
    "đại biểu": PositionCue("delegate", needs_body=True),
    "bộ trưởng": PositionCue("head", "other", "central"),
    "thứ trưởng": PositionCue("deputy_head", "other", "central"),
    "thủ tướng": PositionCue("head", "other", "central", org_fixed=True),
    "thủ tướng chính phủ": PositionCue("head", "other", "central", org_fixed=True),
    "phó thủ tướng": PositionCue("deputy_head", "other", "central", org_fixed=True),
    "phó thủ tướng chính phủ": PositionCue("deputy_head", "other", "central", org_fixed=True),
    "chánh án": PositionCue("head", "other"),
    "phó chánh án": PositionCue("deputy_head", "other"),
    "phó viện trưởng": PositionCue("deputy_head", "other"),
    "thống đốc": PositionCue("head", "other", "central"),
    "phó thống đốc": PositionCue("deputy_head", "other", "central"),
    "tổng thư ký": PositionCue("head", needs_body=True),
    "phó tổng thư ký": PositionCue("deputy_head", needs_body=True),
    "cục trưởng": PositionCue("head", "other", "central"),
    "phó cục trưởng": PositionCue("deputy_head", "other", "central"),
    "vụ trưởng": PositionCue("head", "other", "central"),
    "phó vụ trưởng": PositionCue("deputy_head", "other", "central"),
    "viện trưởng": PositionCue("head", "other"),
    "hiệu trưởng": PositionCue("head", "other"),
    "phó hiệu trưởng": PositionCue("deputy_head", "other"),
    "chánh thanh tra": PositionCue("head", "other"),
    "tổng thanh tra": PositionCue("head", "other", "central"),
    "phó tổng thanh tra": PositionCue("deputy_head", "other", "central"),
    "trưởng thôn": PositionCue("head", "other", "commune", org_fixed=True),
    "trưởng bản": PositionCue("head", "other", "commune", org_fixed=True),
}


@dataclass(frozen=True, slots=True)
class OrgCue:
    """A body's words: its type (None for a sub-unit whose parent decides, "Ban Pháp chế" of an HĐND) and the level
    it implies when the title names no unit."""

    org: str | None
    level: str | None = None


ORG_CUES: dict[str, OrgCue] = {
    "tỉnh ủy": OrgCue("party_committee", "province"),
    "huyện ủy": OrgCue("party_committee", "district"),
    "thị ủy": OrgCue("party_committee", "district"),
    "quận ủy": OrgCue("party_committee", "district"),
    "thành ủy": OrgCue("party_committee"),
    "đảng ủy": OrgCue("party_committee", "commune"),
    "đảng bộ": OrgCue("party_committee"),
    "ban chấp hành": OrgCue("party_committee"),
    "ban thường vụ": OrgCue("party_committee"),
    "ban thường trực": OrgCue("party_committee"),
    "đảng ủy khối": OrgCue("party_organization"),
    "đảng bộ khối": OrgCue("party_organization"),
    "đảng ủy quân sự": OrgCue("party_organization"),
    "đảng bộ quân sự": OrgCue("party_organization"),
    "đảng ủy công an": OrgCue("party_organization"),
    "đảng bộ công an": OrgCue("party_organization"),
    "đảng ủy cơ quan": OrgCue("party_organization"),
    "đảng bộ cơ quan": OrgCue("party_organization"),
    "đảng ủy các cơ quan": OrgCue("party_organization"),
    "đảng bộ cơ sở": OrgCue("party_organization"),
    "đảng ủy doanh nghiệp": OrgCue("party_organization"),
    "đảng bộ doanh nghiệp": OrgCue("party_organization"),
    "ban cán sự đảng": OrgCue("party_organization"),
    "đảng đoàn": OrgCue("party_organization"),
    "chi bộ": OrgCue("party_cell"),
    "chi đoàn": OrgCue("mass_organization"),
    "bộ tư lệnh": OrgCue("military_command"),
    "hội đồng nhân dân": OrgCue("peoples_council"),
    "ủy ban nhân dân": OrgCue("peoples_committee"),
    "văn phòng": OrgCue("council_office"),
    "ủy ban mặt trận tổ quốc": OrgCue("fatherland_front"),
    "mặt trận tổ quốc": OrgCue("fatherland_front"),
    "ban dân vận": OrgCue("mass_mobilization_board"),
    "dân vận": OrgCue("mass_mobilization_board"),
    "ban tổ chức": OrgCue("organization_board"),
    "tổ chức": OrgCue("organization_board"),
    "ủy ban kiểm tra": OrgCue("inspection_commission"),
    "kiểm tra": OrgCue("inspection_commission"),
    "ban tuyên giáo": OrgCue("propaganda_board"),
    "tuyên giáo": OrgCue("propaganda_board"),
    "bộ chỉ huy quân sự": OrgCue("military_command", "province"),
    "ban chỉ huy quân sự": OrgCue("military_command", "district"),
    "chỉ huy quân sự": OrgCue("military_command"),
    "bộ chi huy quân sự": OrgCue("military_command", "province"),
    "quân sự": OrgCue("military_command"),
    "biên phòng": OrgCue("military_command"),
    "quân khu": OrgCue("military_command"),
    "công an": OrgCue("police"),
    "hội liên hiệp phụ nữ": OrgCue("mass_organization"),
    "liên hiệp phụ nữ": OrgCue("mass_organization"),
    "hội phụ nữ": OrgCue("mass_organization"),
    "hội nông dân": OrgCue("mass_organization"),
    "hội cựu chiến binh": OrgCue("mass_organization"),
    "cựu chiến binh": OrgCue("mass_organization"),
    "đoàn thanh niên": OrgCue("mass_organization"),
    "thanh niên cộng sản": OrgCue("mass_organization"),
    "tỉnh đoàn": OrgCue("mass_organization", "province"),
    "huyện đoàn": OrgCue("mass_organization", "district"),
    "thành đoàn": OrgCue("mass_organization"),
    "liên đoàn lao động": OrgCue("mass_organization"),
    "công đoàn": OrgCue("mass_organization"),
    "hội chữ thập đỏ": OrgCue("mass_organization"),
    "hội người cao tuổi": OrgCue("mass_organization"),
    "hội khuyến học": OrgCue("mass_organization"),
    "hội": OrgCue("mass_organization"),
    "hội đồng": OrgCue("other"),
    "hội đồng dân tộc": OrgCue("national_assembly", "central"),
    "đoàn đại biểu quốc hội": OrgCue("national_assembly"),
    "quốc hội": OrgCue("national_assembly", "central"),
    "đoàn đại biểu hội đồng nhân dân": OrgCue("peoples_council"),
    "ban pháp chế": OrgCue(None),
    "ban kinh tế": OrgCue(None),
    "ban văn hóa": OrgCue(None),
    "ban dân tộc": OrgCue(None),
    "ban đô thị": OrgCue(None),
    "ban nội chính": OrgCue("other"),
    "nội chính": OrgCue("other"),
    "pháp chế": OrgCue(None),
    "kinh tế": OrgCue(None),
    "văn hóa": OrgCue(None),
    "dân tộc": OrgCue(None),
    "đô thị": OrgCue(None),
    "sở": OrgCue("other", "province"),
    "phòng": OrgCue("other", "district"),
    "bộ": OrgCue("other", "central"),
    "chính phủ": OrgCue("other", "central"),
    "tòa án": OrgCue("other"),
    "viện kiểm sát": OrgCue("other"),
    "thanh tra": OrgCue("other"),
    "trung tâm": OrgCue("other"),
    "trường": OrgCue("other"),
    "ngân hàng": OrgCue("other"),
    "tập đoàn": OrgCue("other"),
    "tổng công ty": OrgCue("other"),
    "công ty": OrgCue("other"),
    "hội đồng quản trị": OrgCue("other"),
    "học viện": OrgCue("other"),
    "ban quản lý": OrgCue("other"),
    "ban chỉ đạo": OrgCue("other"),
}

# Businesses: a post in one is read (so that a stack goes on past it) but is not an official's role.
COMPANY_BODIES = frozenset({"tập đoàn", "tổng công ty", "công ty", "hội đồng quản trị"})

# Body words that are also everyday verbs: part of a title only when written with a capital or after "ban".
CAPITALISED_ONLY = frozenset({"tổ chức", "kiểm tra", "dân vận", "tuyên giáo", "quân sự", "thanh tra", "hội", "chỉ đạo"})

# Further words a body's name may be made of, in lower case ("Bí thư huyện ủy", "Giám đốc Sở Tài nguyên và Môi trường").
ORG_WORDS = frozenset(
    {
        "ban", "ủy", "ủy ban", "ủy ban nhân dân", "nhân dân", "thường trực", "thường vụ", "chấp hành", "đảng",
        "đảng bộ", "đảng ủy", "cơ quan", "chính quyền", "khối", "các", "chi huy", "chỉ huy", "việt nam", "tổ quốc",
        "mặt trận", "liên hiệp", "phụ nữ", "nông dân", "thanh niên", "cộng sản", "hồ chí minh", "lao động", "kinh tế",
        "xã hội", "ngân sách", "pháp chế", "dân tộc", "văn hóa", "đô thị", "pháp luật", "tài chính", "nội vụ",
        "tư pháp", "y tế", "giáo dục", "đào tạo", "tài nguyên", "môi trường", "nông nghiệp", "phát triển",
        "nông thôn", "kế hoạch", "đầu tư", "xây dựng", "giao thông", "vận tải", "công thương", "thông tin",
        "truyền thông", "khoa học", "công nghệ", "thể thao", "du lịch", "thương binh", "và", "&", "trung ương",
        "chuyên trách", "đại biểu", "quốc hội", "đoàn", "quân", "sự", "tỉnh", "huyện", "thị xã", "thị trấn", "xã",
        "phường", "quận", "thành phố", "thị", "trấn", "thành", "phố", "tp", "tp.", "ủy viên", "của", "chính phủ",
        "nhà nước", "hội đồng", "hội đồng nhân dân", "cơ sở", "doanh nghiệp", "các cơ quan", "dân chính đảng",
        "biên phòng", "bộ đội", "quân khu", "chính trị", "nội chính", "tuyên giáo", "dân vận", "tổ chức",
        "kiểm tra", "công an", "văn phòng", "sở", "phòng", "bộ", "chi bộ", "vụ", "chi đoàn", "tư lệnh", "chỉ đạo",
    }
)  # fmt: skip

# Territorial unit words -> level; None for "thành phố"/"Thành ủy", whose level depends on the city.
UNIT_WORDS: dict[str, str | None] = {
    "tỉnh": "province",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "thị ủy": "district",
    "thành phố": None,
    "thành ủy": None,
    "thành đoàn": None,
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
}
NOT_UNIT_AFTER = {"xã": frozenset({"hội", "viên"})}  # "xã hội", "xã viên" are not communes
NOT_UNIT_BEFORE = {"xã": frozenset({"tác"})}  # "hợp tác xã"
# "Việt Nam" closes the name of a national body ("Hội Luật gia Việt Nam", "Ủy ban MTTQ Việt Nam") when no unit follows.
CENTRAL_CUES = ("trung ương", "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "nhà nước", "việt nam")
# Centrally-run cities: their "Thành ủy"/"thành phố" is province level (TAXONOMY.md).
CENTRAL_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ")
# The title that follows is no longer held.
FORMER_WORDS = ("nguyên", "cựu", "từng là", "nguyên là")
# Words that open a list of past posts: every title after them in the clause is former, not only the first
# ("từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện; Phó Bí thư Tỉnh ủy").
FORMER_LIST_WORDS = (
    "từng là", "từng giữ", "từng giữ chức", "từng giữ chức vụ", "từng giữ các chức vụ", "từng đảm nhiệm",
    "từng đảm nhận", "từng đảm nhiệm các chức vụ", "kinh qua", "kinh qua các chức vụ",
)  # fmt: skip
# A dash after these words joins two halves of one body's name ("Kinh tế - Xã hội").
DASH_JOINED_AFTER = frozenset({"tế", "hóa", "hội"})
# Words that join two roles of one stack inside one segment ("Bí thư Thành ủy kiêm Chủ tịch HĐND").
JOINERS = ("kiêm",)
# Military ranks and academic or honorary prefixes: said of a person, never a role.
RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy",
)  # fmt: skip
HONORIFICS = ("pgs", "gs", "ts", "ths", "bs", "ks", "ngưt", "ngnd", "pgs.ts", "gs.ts", "bsck", "anh hùng", "tân")

LEVEL_FALLBACK = "district"

# ---------------------------------------------------------------------------------------------------------------------
# Words: the text cut into tokens with offsets, each token's key expanded into plain words.

_APOSTROPHE_RE = re.compile(r"['’]")
_TOKEN_RE = re.compile(r"[Đđ]/[Cc]|T[Pp]\.|T\.Ư|\w+(?:['’]\w+)*|[^\w\s]")
SEPARATORS = frozenset({",", ";", ":", "(", ")", ".", "–", "—", "-", "!", "?", "\n", "“", "”", '"', "…"})
DASHES = frozenset({"–", "—", "-"})


class Token(NamedTuple):  # a named tuple: a line makes hundreds, and a tuple is the cheapest record to build
    """One token of a text: its words as written, offsets, and its key."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_capitalised(self) -> bool:
        """'Nguyễn', 'K', "H'Hen" are; 'HĐND', 'ThS', 'huyện', 'Đ/c' are not.

        >>> [Token(t, 0, len(t), match_key(t)).is_capitalised for t in ("Nguyễn", "K", "HĐND", "huyện", "H'Hen")]
        [True, True, False, False, True]
        """
        return _is_capitalised_text(self.text)

    @property
    def is_upper_abbreviation(self) -> bool:
        """'HĐND', 'TUV', 'CQCQ' are.

        >>> Token("HĐND", 0, 4, "hđnd").is_upper_abbreviation
        True
        """
        return len(self.text) > 1 and self.text.isupper() and self.text.isalpha()


def _capitalised_part(part: str) -> bool:
    """'Nguyễn' or 'K': a capital, then only lower-case letters."""
    rest = part[1:]
    return part[:1].isupper() and (not rest or (rest.isalpha() and rest.islower()))


@functools.lru_cache(maxsize=1 << 16)  # asked of every token at almost every position of a line
def _is_capitalised_text(text: str) -> bool:
    return all(_capitalised_part(part) for part in _APOSTROPHE_RE.split(text))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens with offsets; 'Đ/c' and 'TP.' stay whole. With `start`/`end`, the tokens of `text[start:end]`, their
    offsets into `text`.

    >>> [t.text for t in tokenize("Đ/c K Thanh – TUV, Bí thư TP. Gia Nghĩa")]
    ['Đ/c', 'K', 'Thanh', '–', 'TUV', ',', 'Bí', 'thư', 'TP.', 'Gia', 'Nghĩa']
    >>> [(t.text, t.start) for t in tokenize("Ông A.\\nBà B", 7)]
    [('Bà', 7), ('B', 10)]
    """
    parts = _TOKEN_SPLIT_RE.split(text[start:end])  # spaces, token, spaces, token, ..., spaces
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    fields = zip(words, offsets[1:-1:2], offsets[2::2], map(_token_key, words), strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))  # without the named tuple's slower constructor


_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")  # what lies between two tokens is spaces only
_token_key = functools.lru_cache(maxsize=1 << 16)(match_key)  # the same words again and again


@dataclass(slots=True)
class Words:
    """Tokens expanded into plain lower-case words: `words[k]` came from token `owner[k]`."""

    tokens: list[Token]
    words: list[str] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    first_word: list[int] = field(default_factory=list)  # token index -> index of its first word


def expand(tokens: list[Token]) -> Words:
    """Spell out abbreviations: 'TUV' -> 'tỉnh ủy viên'; 'BCH' before 'quân sự' -> 'bộ chỉ huy'.

    >>> expand(tokenize("PBTHU, BCH quân sự")).words
    ['phó', 'bí', 'thư', 'huyện', 'ủy', ',', 'bộ', 'chỉ', 'huy', 'quân', 'sự']
    """
    out = Words(tokens)
    words, owner, first_word = out.words, out.owner, out.first_word
    n = len(tokens)
    for i, tok in enumerate(tokens):
        first_word.append(len(words))
        key = tok.key
        if key and key.isprintable() and " " not in key and key not in ABBREVIATIONS:
            words.append(key)  # one word, as it stands (the common case, so handled first)
            owner.append(i)
            continue
        parts = (_spell(tok, tokens[i + 1] if i + 1 < n else None) if key in ABBREVIATIONS else key).split()
        words.extend(parts)
        owner.extend([i] * len(parts))
    first_word.append(len(words))
    return out


def _spell(tok: Token, following: Token | None) -> str:
    """One token's words: an abbreviation (written in capitals, or 'Tp.') spelt out, else its key."""
    if tok.key == "bch" and following is not None and following.key in ("quân", "qs"):
        return BCH_MILITARY
    if tok.key in ABBREVIATIONS and (tok.text.isupper() or tok.key in ("tp.", "tp")):
        return ABBREVIATIONS[tok.key]
    return tok.key


def _index(phrases: dict[str, object] | frozenset[str] | tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by first word, longest first, for longest-match lookups."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(match_key(phrase).split())
        table.setdefault(words[0], []).append(words)
    for group in table.values():
        group.sort(key=len, reverse=True)
    return table


_POSITION_INDEX = _index(POSITION_CUES)
_ORG_INDEX = _index(ORG_CUES)
_ORG_WORD_INDEX = _index(ORG_WORDS | frozenset(ORG_CUES))
_UNIT_INDEX = _index(UNIT_WORDS)
_CENTRAL_INDEX = _index(CENTRAL_CUES)
_CITY_INDEX = _index(CENTRAL_CITIES)
_RANK_INDEX = _index(RANKS)
_HONORIFIC_INDEX = _index(HONORIFICS)
_FORMER_INDEX = _index(FORMER_WORDS)
_FORMER_LIST_INDEX = _index(FORMER_LIST_WORDS)
# The words a position or a prefix before one (a rank, an honorific) can begin with: at any other word neither
# `position_at` nor `skip_prefixes` reads anything.
TITLE_FIRST_WORDS = frozenset(_POSITION_INDEX) | frozenset(_RANK_INDEX) | frozenset(_HONORIFIC_INDEX)


def longest_match(words: list[str], k: int, index: dict[str, list[tuple[str, ...]]], stop: int | None = None) -> int:
    """How many words from `words[k]` the longest phrase of `index` covers (0 if none).

    >>> longest_match(["phó", "bí", "thư", "huyện"], 0, _POSITION_INDEX)
    3
    """
    end = len(words) if stop is None else stop
    if k >= end:
        return 0
    for phrase in index.get(words[k], ()):
        n = len(phrase)
        if k + n <= end and tuple(words[k : k + n]) == phrase:
            return n
    return 0


def position_at(w: Words, k: int) -> tuple[int, PositionCue | None]:
    """The position cue starting at word `k`, as (words covered, cue).

    >>> position_at(expand(tokenize("PCT TT HĐND")), 0)[1].position
    'standing_vice_chair'
    """
    if k >= len(w.words) or w.words[k] not in _POSITION_INDEX:  # most words begin no position
        return 0, None
    n = longest_match(w.words, k, _POSITION_INDEX)
    return (n, POSITION_CUES[" ".join(w.words[k : k + n])]) if n else (0, None)


# ---------------------------------------------------------------------------------------------------------------------
# Names inside a title: a capitalised run after a title is a place ("Huyện ủy Bắc Sơn"), a name ("Bí thư Tỉnh ủy
# Nguyễn Văn A"), or both ("Bí thư Tỉnh ủy Phú Thọ Hoàng Dân Mạc").

# Common surnames, Kinh and of the larger minorities; a name without a cue word must start with one of them.
SURNAME_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Cấn Hà Đoàn Trương Lương "
    "Lâm Mai Trịnh Cao Tạ Tô Thái Triệu Lò Lưu La Quách Vương Tăng Châu Chu Kiều Khổng Khúc Kim Lã Lại Lục Mạc "
    "Nông Phùng Quan Tôn Thân Thạch Tống Vi Hứa Giang Diệp Đàm Đồng Hầu Khương Lạc Lộc Mã Ninh Nghiêm Phí Sầm "
    "Tiêu Từ Ung Âu Bế Cù Doãn Đậu Giáp Hàn Khuất Mẫn Nhữ Quản Thiều Trình Vàng Sùng Giàng Ma Lường Lữ Bạch Dư "
    "Bàn Điểu Thào Cầm Quàng Nhâm Ôn Lăng Đường Văng Tòng Mông Kha Lô Đới Ksor Rơ Siu Kpă Rahlan Lầu Mùa Hờ "
    "Tráng Chẩu Chảo Sìn Vừ Nùng"
)
SURNAMES = frozenset(match_key(SURNAME_TEXT).split())
# Capitalised phrases that start like a name but never are an official of the article.
NOT_PEOPLE = frozenset({"hồ chí minh", "việt nam"})
# A run right after one of these is expected to begin with a place name.
PLACE_TAKERS = frozenset(
    {"tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "thành phố", "tp", "tp.", "ủy", "đoàn"}
)
# After these unit words a capitalised run is a place, even one that reads like a person's name ("huyện Hoàng Su
# Phì", "phường Trần Hưng Đạo"): a name follows only after the place, or when the article names that person with a
# cue ("ông ...") elsewhere. After "tỉnh" or "thành phố" a title often goes straight on to the name ("Phó Chủ tịch
# UBND tỉnh Nguyễn Văn A"), since the province goes without saying.
PLACE_FIRST_TAKERS = frozenset({"huyện", "quận", "xã", "phường", "thị xã", "thị trấn"})
# Unit words, which never begin a person's name.
UNIT_NAME_STARTS = frozenset({"huyện", "quận", "xã", "phường", "thị", "tỉnh", "thành", "tp", "tp.", "thủ"})


def capitalised_run(tokens: list[Token], i: int, stop: int) -> int:
    """End (exclusive) of the run of capitalised tokens from `i`.

    >>> capitalised_run(tokenize("Hoàng Dân Mạc tái cử"), 0, 5)
    3
    """
    j = i
    while j < stop and tokens[j].is_capitalised:
        j += 1
    return j


def split_run(keys: list[str], after_place_taker: bool, place_first: bool = False) -> int | None:
    """Where a person's name starts inside a capitalised run, or None if the run holds no name.

    After a unit word the run is expected to open with a place, which the name follows; with `place_first` (after
    "huyện", "xã"...) it must: the run cannot be a name from its first word.

    >>> split_run(["phú", "thọ", "hoàng", "dân", "mạc"], True)
    2
    >>> split_run(["hà", "tĩnh"], True) is None
    True
    >>> split_run(["nguyễn", "thị", "quyết", "tâm"], False)
    0
    >>> split_run(["hoàng", "su", "phì"], True), split_run(["hoàng", "su", "phì"], True, place_first=True)
    (0, None)
    """
    n = len(keys)
    starts = [k for k in range(n) if keys[k] in SURNAMES and 2 <= n - k <= 4]
    if " ".join(keys) in NOT_PEOPLE:
        return None
    if after_place_taker:
        later = [k for k in starts if k >= 1]
        if later:
            three = [k for k in later if n - k == 3]
            return three[0] if three else later[0]
        if starts and starts[0] == 0 and n >= 3 and not place_first:
            return 0
        return None
    if starts and starts[0] == 0:
        return 0
    return None


# ---------------------------------------------------------------------------------------------------------------------
# Segments: one role's words ("Bí thư Huyện ủy Bắc Sơn").


@dataclass(slots=True)
class Segment:
    """One role of a stack, as read from the text; `level` is None until the stack resolves it."""

    position: str
    org: str
    level: str | None
    start: int  # offsets of the role's words
    end: int
    token_end: int  # index of the first token after the role
    place: str | None = None
    former: bool = False
    dropped: bool = False  # read, but not a standing role (a former title, a working delegation, no body named)
    name_start: int | None = None  # token index of a person's name that the role's words run into
    name_end: int | None = None
    explicit_level: bool = False
    level_guessed: bool = False  # no level stated in the stack: the document's (or the fallback) was taken
    bodiless: bool = False  # a position that needs a body ("Phó Chủ tịch") and was written without one
    past_term: bool = False  # held for a term that had ended ("Bí thư Tỉnh ủy nhiệm kỳ 2010-2015")


@dataclass(slots=True)
class Reading:
    """Options for reading titles of one document."""

    doc_level_hint: str | None = None
    central_city: bool = False  # the document is about a centrally-run city: a bare "Thành ủy" is province level
    reference_year: int | None = None  # when the article was written (its publication year), if known
    newest_term_start: int | None = None  # the first year of the latest term ("nhiệm kỳ 2015-2020") it names
    known_names: frozenset[str] = frozenset()  # names the article gives after a cue ("ông ..."), as match keys

    def is_past(self, first: int, last: int) -> bool:
        """Whether a term from `first` to `last` had ended when the article was written: before its publication
        year, or before a newer term the article names began.

        >>> Reading(reference_year=2017).is_past(2010, 2015), Reading(newest_term_start=2016).is_past(2011, 2016)
        (True, True)
        >>> Reading(reference_year=2016, newest_term_start=2016).is_past(2016, 2021)
        False
        """
        if self.reference_year is not None and last < self.reference_year:
            return True
        return self.newest_term_start is not None and first < self.newest_term_start and last <= self.newest_term_start


def _cue_allowed(w: Words, k: int, phrase: str) -> bool:
    """A body word that is also an everyday verb ('tổ chức', 'kiểm tra') counts only when capitalised or after 'ban'."""
    if phrase not in CAPITALISED_ONLY:
        return True
    tok = w.tokens[w.owner[k]]
    return tok.is_capitalised or tok.is_upper_abbreviation or (k > 0 and w.words[k - 1] == "ban")


def _body_word_len(w: Words, k: int, stop: int) -> int:
    """How many words from `k` are words of a body's name (0 if none)."""
    if k >= stop or w.words[k] not in _ORG_WORD_INDEX:
        return 0
    n = longest_match(w.words, k, _ORG_WORD_INDEX, stop)
    return n if n and _cue_allowed(w, k, " ".join(w.words[k : k + n])) else 0


def read_segment(w: Words, k: int, stop: int, reading: Reading) -> Segment | None:
    """Read one role starting at word `k` (a position cue, maybe after 'nguyên'); None if no position starts there.

    >>> s = read_segment(expand(tokenize("Bí thư Huyện ủy Bắc Sơn phát biểu")), 0, 7, Reading())
    >>> (s.position, s.org, s.level, s.place)
    ('secretary', 'party_committee', 'district', 'Bắc Sơn')
    """
    start_k = k
    former = False
    n = longest_match(w.words, k, _FORMER_INDEX, stop)
    if n:
        former = True
        k += n
    n, cue = position_at(w, k)
    if cue is None:
        return None
    body_start = k + n
    k = body_start
    place: str | None = None
    name_span: tuple[int, int] | None = None
    last_body = body_start  # word index after the last word that belongs to the role
    token_stop = w.owner[stop - 1] + 1 if stop else 0
    term: tuple[int, int] | None = None
    while k < stop:
        tok_i = w.owner[k]
        tok = w.tokens[tok_i]
        if w.first_word[tok_i] != k:  # the rest of an abbreviation's words
            k += 1
            last_body = k
            continue
        tail, years = term_tail(w.words, k, stop)
        if tail:
            k += tail
            last_body = k
            term = years or term
            continue
        if _abbreviation_aside(w, tok_i, token_stop):  # "Mặt trận Tổ quốc Việt Nam (MTTQVN) TP HCM"
            k = w.first_word[tok_i + 3] if tok_i + 3 < len(w.tokens) else stop
            last_body = k
            continue
        if tok.key in JOINERS or (tok.text in SEPARATORS and tok.text not in DASHES):
            break
        if position_at(w, k)[1] is not None and w.words[k - 1] != "đoàn":  # "Trưởng đoàn ĐBQH" is one role
            break
        if tok.text in DASHES:
            if _dash_continues(w, k, stop):
                k += 1
                continue
            break
        m = _body_word_len(w, k, stop)
        if tok.is_capitalised and (not m or (m == 1 and tok.key in SURNAMES)):
            run_end = capitalised_run(w.tokens, tok_i, token_stop)
            keys = [t.key for t in w.tokens[tok_i:run_end]]
            taker = _place_taker(w, k)
            after_taker = taker is not None
            place_first = taker in PLACE_FIRST_TAKERS and " ".join(keys) not in reading.known_names
            split = split_run(keys, after_taker, place_first)
            if split is not None and not (m and split == 0 and len(keys) < 3):
                if split:
                    place = _join(w.tokens[tok_i : tok_i + split])
                    last_body = w.first_word[tok_i + split]
                name_span = (tok_i + split, run_end)
                break
            if m:
                k += m
                last_body = k
                continue
            if after_taker and place is None:
                place = _join(w.tokens[tok_i:run_end])
            k = w.first_word[run_end]
            last_body = k
            continue
        if m:
            k += m
            last_body = k
            continue
        if tok.is_upper_abbreviation:
            k += 1
            last_body = k
            continue
        break
    last_body = _trim_connectors(w, body_start, last_body)
    seg = _classify(w, start_k, body_start, last_body, cue, reading)
    seg.past_term = term is not None and reading.is_past(*term)
    seg.former = former or seg.past_term
    seg.place = place
    seg.dropped = seg.dropped or seg.former
    if name_span is not None:
        seg.name_start, seg.name_end = name_span
    return seg


def _join(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _abbreviation_aside(w: Words, tok_i: int, token_stop: int) -> bool:
    """Whether token `tok_i` opens a body's abbreviation in parentheses: "(MTTQVN)", "(UBKT)".

    >>> _abbreviation_aside(expand(tokenize("Mặt trận (MTTQVN) TP")), 2, 6)
    True
    """
    return (
        tok_i + 2 < token_stop
        and w.tokens[tok_i].text == "("
        and w.tokens[tok_i + 1].is_upper_abbreviation
        and w.tokens[tok_i + 2].text == ")"
    )


def _place_taker(w: Words, k: int) -> str | None:
    """The unit word ('tỉnh', 'thị xã', 'TP', '... ủy') that word `k` follows, so a place name is expected there."""
    prev = w.words[k - 1] if k > 0 else ""
    prev2 = " ".join(w.words[k - 2 : k]) if k > 1 else ""
    if prev2 in PLACE_TAKERS:
        return prev2
    return prev if prev in PLACE_TAKERS else None


_TERM_NUMBER_RE = re.compile(r"[ivxl]+|\d{1,2}")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d{2}")


def term_tail(words: list[str], k: int, stop: int) -> tuple[int, tuple[int, int] | None]:
    """The words of a term written after a title, from word `k`: "khóa XV", "nhiệm kỳ 2015 - 2020", "(khóa IX)",
    ", nhiệm kỳ 2010-2015", "giai đoạn 2011 - 2016"; returns how many words it covers (0 if none) and its years.

    >>> term_tail("bí thư tỉnh ủy khóa xv , nhiệm kỳ 2015 - 2020 phát biểu".split(), 4, 13)
    (8, (2015, 2020))
    >>> term_tail("( khóa ix ) giữ chức".split(), 0, 6), term_tail(", chủ tịch".split(), 0, 3)
    ((4, None), (0, None))
    """
    j = k
    opened = j < stop and words[j] == "("
    if j < stop and words[j] in (",", "("):
        j += 1
    found = False
    years: tuple[int, int] | None = None
    if j + 1 < stop and words[j] == "khóa" and _TERM_NUMBER_RE.fullmatch(words[j + 1]):
        j += 2
        found = True
        if j + 1 < stop and words[j] == "," and words[j + 1] == "nhiệm":
            j += 1
    if j + 4 < stop and words[j : j + 2] in (["nhiệm", "kỳ"], ["giai", "đoạn"]) and words[j + 3] in DASHES:
        first, last = words[j + 2], words[j + 4]
        if _YEAR_WORD_RE.fullmatch(first) and _YEAR_WORD_RE.fullmatch(last):
            years = (int(first), int(last))
            j += 5
            found = True
    if not found:
        return 0, None
    if opened:
        if j < stop and words[j] == ")":
            j += 1
        else:
            return 0, None
    return j - k, years


def _dash_continues(w: Words, k: int, stop: int) -> bool:
    """A dash inside a body's name ('Ban Kinh tế - Xã hội', 'KT-XH', 'Văn hóa - Xã hội'), not between two roles."""
    if k + 1 >= stop or k == 0 or position_at(w, k + 1)[1] is not None:
        return False
    return w.words[k - 1] in DASH_JOINED_AFTER


def _trim_connectors(w: Words, lo: int, hi: int) -> int:
    """Drop trailing 'và', '&', 'của', 'các' from a body's words."""
    while hi > lo and w.words[hi - 1] in ("và", "&", "của", "các", "-"):
        hi -= 1
    return hi


def _classify(w: Words, start_k: int, body_start: int, end_k: int, cue: PositionCue, reading: Reading) -> Segment:
    """Turn a role's words into codes: the body's type from its first body cue, the level from its unit words."""
    words = w.words
    org: str | None = cue.org if cue.org_fixed else None
    org_level: str | None = None
    found_body = False
    company = False
    k = body_start
    while k < end_k:
        n = longest_match(words, k, _ORG_INDEX, end_k) if words[k] in _ORG_INDEX else 0
        if n:
            phrase = " ".join(words[k : k + n])
            oc = ORG_CUES[phrase]
            if not _cue_allowed(w, k, phrase):
                k += n
                continue
            found_body = True
            company = company or phrase in COMPANY_BODIES
            if org is None and oc.org is not None:
                org = oc.org
                org_level = None if _provincial_delegation(words, k) else oc.level
            elif org_level is None and oc.org is not None and oc.level is not None and (org == oc.org or cue.org_fixed):
                org_level = oc.level  # "Chánh Văn phòng Bộ Nội vụ": the office of a ministry
            k += n
            continue
        k += 1
    level, explicit = _level_of(words, start_k, end_k, reading)
    dropped = company
    bodiless = False
    if org is None and not found_body and _chair_of_unit(words, body_start, end_k, cue):
        org = "peoples_committee"
    if org is None and level != "central" and _COUNCIL_COMMITTEE_RE.match(" ".join(words[body_start:end_k])):
        org = "peoples_council"  # "Trưởng ban Văn hóa - Xã hội": a committee only a People's Council has
    if org is None:
        org = cue.org or "other"
        if cue.needs_body and not found_body:
            dropped = bodiless = True
    if cue.delegation and org not in ("national_assembly", "peoples_council"):
        dropped = True
    if cue.position == "delegate" and org == "national_assembly":
        level, explicit = "central", True
    if level is None:
        level = (
            cue.level or org_level or ("province" if _names_provincial_delegation(words, body_start, end_k) else None)
        )
        explicit = level is not None and cue.level is not None
    start = w.tokens[w.owner[start_k]].start
    end = w.tokens[w.owner[end_k - 1]].end if end_k > start_k else start
    return Segment(
        position=cue.position,
        org=org,
        level=level,
        start=start,
        end=end,
        token_end=w.owner[end_k - 1] + 1 if end_k > start_k else w.owner[start_k],
        dropped=dropped,
        explicit_level=explicit,
        bodiless=bodiless,
    )


def _level_of(words: list[str], lo: int, hi: int, reading: Reading) -> tuple[str | None, bool]:
    """The level a role's own unit words state: the first unit word, else a central cue; None if neither.

    >>> _level_of("phó bí thư thường trực thị ủy".split(), 0, 7, Reading())
    ('district', True)
    """
    for k in range(lo, hi):
        n = longest_match(words, k, _UNIT_INDEX, hi) if words[k] in _UNIT_INDEX else 0
        if not n:
            continue
        unit = " ".join(words[k : k + n])
        after = words[k + n] if k + n < len(words) else ""
        before = words[k - 1] if k > 0 else ""
        if after in NOT_UNIT_AFTER.get(unit, ()) or before in NOT_UNIT_BEFORE.get(unit, ()):
            continue
        level = UNIT_WORDS[unit]
        if level is None:
            level = _city_level(words, k + n, hi, reading)
        return level, True
    for k in range(lo, hi):
        n = longest_match(words, k, _CENTRAL_INDEX, hi) if words[k] in _CENTRAL_INDEX else 0
        if n and not _provincial_delegation(words, k):
            return "central", True
    return None, False


# The committees of a People's Council, which name it when the title does not ("Trưởng ban Pháp chế").
_COUNCIL_COMMITTEE_RE = re.compile(
    r"(?:ban )?(?:pháp chế|kinh tế ?-? ?(?:ngân sách|xã hội)|văn hóa ?-? ?xã hội|đô thị)(?!\S)"
)
# "Chủ tịch tỉnh", "Phó Chủ tịch huyện": the chair of a unit, said without its body, is its People's Committee's.
UNIT_CHAIRS = frozenset({"chair", "vice_chair", "standing_vice_chair"})


def _chair_of_unit(words: list[str], body_start: int, end_k: int, cue: PositionCue) -> bool:
    """Whether a chair's title goes straight on to a unit word, with no body between ("Chủ tịch tỉnh Bạc Liêu").

    >>> _chair_of_unit("chủ tịch tỉnh bạc liêu".split(), 2, 5, POSITION_CUES["chủ tịch"])
    True
    """
    return (
        cue.position in UNIT_CHAIRS and body_start < end_k and longest_match(words, body_start, _UNIT_INDEX, end_k) > 0
    )


def _names_provincial_delegation(words: list[str], lo: int, hi: int) -> bool:
    """Whether words [lo, hi) name a province's delegation to the Quốc hội ("Văn phòng Đoàn ĐBQH")."""
    return any(words[k : k + 2] == ["quốc", "hội"] and _provincial_delegation(words, k) for k in range(lo, hi))


def _provincial_delegation(words: list[str], k: int) -> bool:
    """ "Quốc hội" at word `k` names a province's delegation ("Đoàn đại biểu Quốc hội", "Đoàn ĐBQH"), which is not
    a central body.

    >>> _provincial_delegation("trưởng đoàn đại biểu quốc hội".split(), 4)
    True
    """
    return words[max(0, k - 3) : k] == ["đoàn", "đại", "biểu"]


def _city_level(words: list[str], k: int, hi: int, reading: Reading) -> str:
    """'Thành ủy' or 'thành phố' is province level for a centrally-run city, else district.

    >>> _city_level("thành phố hà nội".split(), 0, 4, Reading())
    'province'
    >>> _city_level("vinh".split(), 0, 1, Reading())
    'district'
    """
    j = k
    while j < len(words) and words[j] in ("thành", "phố", "tp", "tp.", "."):
        j += 1
    if longest_match(words, j, _CITY_INDEX):
        return "province"
    if j < hi and not term_tail(words, j, hi)[0]:  # another city named
        return "district"
    return "province" if reading.central_city else "district"


# ---------------------------------------------------------------------------------------------------------------------
# Stacks: roles joined by commas, dashes or "kiêm".


@dataclass(slots=True)
class Stack:
    """The roles read one after another, and where reading stopped."""

    segments: list[Segment]
    token_end: int


def skip_prefixes(w: Words, k: int, stop: int) -> int:
    """Skip ranks and academic prefixes ('Đại tá', 'PGS.TS'): they are not roles.

    >>> skip_prefixes(expand(tokenize("Đại tá Chỉ huy trưởng")), 0, 5)
    2
    """
    while k < stop:
        word = w.words[k]
        if word not in _RANK_INDEX and word not in _HONORIFIC_INDEX:  # the common case
            return k
        n = longest_match(w.words, k, _RANK_INDEX, stop) or longest_match(w.words, k, _HONORIFIC_INDEX, stop)
        if not n:
            return k
        k += n
        while k < stop and w.words[k] == ".":
            k += 1
    return k


def read_stack(w: Words, k: int, stop: int, reading: Reading) -> Stack:
    """Read roles from word `k` while each part starts with a position (ranks and 'nguyên ...' parts are read and
    dropped); stop at a part that does not, at ';', ')' or '.', or before a part that runs into another name."""
    segments: list[Segment] = []
    joins: list[str] = []  # the word joining each role to the next
    token_end = w.owner[k] if k < len(w.words) else len(w.tokens)
    carry_former = False  # "nguyên Bí thư Thành ủy kiêm Chủ tịch HĐND": every role after a former one is former
    listed_former = False  # "từng là Bí thư Huyện ủy, Chủ tịch HĐND huyện; ...": every role after it is former
    while k < stop:
        k = skip_prefixes(w, k, stop)
        n = longest_match(w.words, k, _FORMER_LIST_INDEX, stop)
        if n and position_at(w, k + n)[1] is not None:
            listed_former = True
            k += n
        seg = read_segment(w, k, stop, reading)
        if seg is None:
            break
        if carry_former or listed_former:
            seg.former = seg.dropped = True
        if seg.name_start is not None:
            if segments:  # this role belongs to the name it runs into, not to the stack's owner
                break
            segments.append(seg)
            token_end = seg.token_end
            break
        segments.append(seg)
        token_end = seg.token_end
        k = w.first_word[seg.token_end] if seg.token_end < len(w.tokens) else len(w.words)
        if k >= stop:
            break
        tok = w.tokens[w.owner[k]]
        if tok.key == "và" and position_at(w, k + 1)[1] is None:
            break
        if (
            tok.key in JOINERS
            or tok.key == "và"
            or tok.text in (",", "-", "–", "—", "/")
            or (listed_former and tok.text == ";")
        ):
            carry_former = seg.former and not seg.past_term  # "nguyên Bí thư Thành ủy, Chủ tịch HĐND": both former
            joins.append(tok.key)
            k += 1
            continue
        break
    _share_bodies(segments, joins)
    resolve_levels(segments, reading)
    return Stack(segments, token_end)


def _share_bodies(segments: list[Segment], joins: list[str]) -> None:
    """A position written without its body takes the body of the role it is joined to by a dash or 'kiêm':
    "Phó Chủ tịch – Tổng Thư ký Ủy ban Trung ương MTTQ" is a Vice-Chair of that committee too."""
    for i in range(len(segments) - 2, -1, -1):
        seg, nxt = segments[i], segments[i + 1]
        if not seg.bodiless or nxt.bodiless or (joins[i] not in DASHES and joins[i] not in JOINERS):
            continue
        seg.org, seg.bodiless = nxt.org, False
        if not seg.explicit_level:
            seg.level, seg.explicit_level = nxt.level, nxt.explicit_level
        seg.dropped = seg.former


def resolve_levels(segments: list[Segment], reading: Reading) -> None:
    """A role whose words name no level takes the next role's level, else the previous one's, else the document's.

    "Uỷ viên BTV, Trưởng ban Dân vận Thị uỷ": the BTV is the Thị ủy's.
    """
    known = [s.level for s in segments]
    for i, seg in enumerate(segments):
        if seg.level is not None and seg.explicit_level:
            continue
        later = next((known[j] for j in range(i + 1, len(segments)) if segments[j].explicit_level), None)
        earlier = next((known[j] for j in range(i - 1, -1, -1) if segments[j].explicit_level), None)
        own = None if seg.level_guessed else seg.level  # a guess made before the stack grew is read again
        seg.level_guessed = not (later or earlier or own)
        seg.level = later or earlier or own or reading.doc_level_hint or LEVEL_FALLBACK


def parse_title(
    title_text: str, *, doc_level_hint: str | None = None, central_city: bool = False
) -> list[tuple[str, str, str, str]]:
    """A stacked title split into roles: (position, organization_type, level, the role's words as written).

    Ranks, honorifics and former ("nguyên ...") titles are left out; a role with no stated level takes its
    neighbour's, else `doc_level_hint`. `central_city`: a bare "Thành ủy" is that of a centrally-run city.

    >>> for role in parse_title("PBTHU, Chủ tịch UBND huyện"):
    ...     print(role)
    ('deputy_secretary', 'party_committee', 'district', 'PBTHU')
    ('chair', 'peoples_committee', 'district', 'Chủ tịch UBND huyện')
    >>> parse_title("Đại tá, nguyên Bí thư Huyện ủy")
    []
    """
    text = nfc(title_text)
    tokens = tokenize(text)
    if not tokens:
        return []
    w = expand(tokens)
    reading = Reading(doc_level_hint=doc_level_hint, central_city=central_city)
    out: list[tuple[str, str, str, str]] = []
    k = 0
    while k < len(w.words):
        stack = read_stack(w, k, len(w.words), reading)
        for seg in stack.segments:
            if not seg.dropped:
                out.append((seg.position, seg.org, seg.level or LEVEL_FALLBACK, text[seg.start : seg.end]))
        nxt = w.first_word[stack.token_end] if stack.token_end < len(tokens) else len(w.words)
        k = max(nxt, k + 1)
    return out
