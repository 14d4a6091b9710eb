"""The words of official titles, as data: abbreviations spelt out, position cues, body (organisation) cues, the
unit words that state a level, and the ranks, honorifics and "former" words that are not roles.

Keys are `match_key` forms (new tone style, lower case); `transforms.extraction.people.titles` reads titles with these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

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
