"""The words of the bodies and units a title names, as data: body (organisation) cues and the further words a
body's name is made of, the unit words that state a level (and the level taken when none does), and the cues of
central bodies and cities.

Keys are `match_key` forms (new tone style, lower case), as in `title_vocabulary`.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    "đảng bộ bộ": OrgCue("party_organization", "central"),  # a ministry's Party committee
    "đảng ủy bộ": OrgCue("party_organization", "central"),
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
    # a commune's Youth Union: "Bí thư Đoàn xã" is its secretary, not the Party committee's
    "đoàn xã": OrgCue("mass_organization", "commune"),
    "đoàn phường": OrgCue("mass_organization", "commune"),
    "đoàn thị trấn": OrgCue("mass_organization", "commune"),
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
    "ban dân nguyện": OrgCue("national_assembly", "central"),  # a board of the Quốc hội's Standing Committee
    "dân nguyện": OrgCue("national_assembly", "central"),
    "nội chính": OrgCue("other"),
    "pháp chế": OrgCue(None),
    "kinh tế": OrgCue(None),
    "văn hóa": OrgCue(None),
    "dân tộc": OrgCue(None),
    "đô thị": OrgCue(None),
    "sở": OrgCue("other", "province"),
    "cục": OrgCue("other", "central"),
    "tổng cục": OrgCue("other", "central"),
    "chi cục": OrgCue("other", "province"),
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
    "lễ tang": OrgCue("other"),
}

# Businesses, and a funeral's organising board ("Trưởng Ban lễ tang"): a post in one is read (so that a stack goes on
# past it) but is not an official's role.
COMPANY_BODIES = frozenset({"tập đoàn", "tổng công ty", "công ty", "hội đồng quản trị", "lễ tang"})

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
        "phường", "quận", "thành phố", "thị", "trấn", "đặc khu", "thành", "phố", "tp", "tp.", "ủy viên", "của",
        "chính phủ",
        "nhà nước", "hội đồng", "hội đồng nhân dân", "cơ sở", "doanh nghiệp", "các cơ quan", "dân chính đảng",
        "biên phòng", "bộ đội", "quân khu", "chính trị", "nội chính", "tuyên giáo", "dân vận", "tổ chức",
        "kiểm tra", "công an", "văn phòng", "sở", "phòng", "bộ", "chi bộ", "vụ", "chi đoàn", "tư lệnh", "chỉ đạo",
        "thuế", "hải quan", "kiểm lâm", "thống kê", "kho bạc", "bảo hiểm", "ngoại vụ", "ngoại giao", "quốc phòng",
        "an ninh",
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
    "đặc khu": "commune",  # a special zone: a commune-level unit since 2025-07-01 ("Đặc khu Côn Đảo")
}
NOT_UNIT_AFTER = {"xã": frozenset({"hội", "viên"})}  # "xã hội", "xã viên" are not communes
NOT_UNIT_BEFORE = {"xã": frozenset({"tác", "tấn"})}  # "hợp tác xã", "Thông tấn xã" (a news agency)
# "Việt Nam" closes the name of a national body ("Hội Luật gia Việt Nam", "Ủy ban MTTQ Việt Nam") when no unit follows.
CENTRAL_CUES = ("trung ương", "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "nhà nước", "việt nam", "tối cao")
# Centrally-run cities: their "Thành ủy"/"thành phố" is province level (TAXONOMY.md).
CENTRAL_CITIES = ("hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ")
# A dash after these words joins two halves of one body's name ("Kinh tế - Xã hội").
DASH_JOINED_AFTER = frozenset({"tế", "hóa", "hội"})

LEVEL_FALLBACK = "district"
