"""The words of official positions, as data: the abbreviations titles are written with, spelt out, the position
cues and what each says by itself, and the word that joins two roles.

Keys are `match_key` forms (new tone style, lower case); `transforms.extraction.people.titles` reads titles with
these tables, the bodies' and units' words of `body_vocabulary` and the prefixes of `prefix_vocabulary`.
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
    "vksnd": "viện kiểm sát nhân dân",
    "tand": "tòa án nhân dân",
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
    business: bool = False  # a firm's title too ("Tổng giám đốc"): with a bare name as its body, a firm's post
    # "Thành ủy viên": a member of the committee of the article's city, whatever titles stand beside it (province
    # level for a centrally-run city, else district), never of the next title's body
    city_member: bool = False


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
    "thành ủy viên": PositionCue("member_of_committee", "party_committee", org_fixed=True, city_member=True),
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
    # the Politburo member who runs the Secretariat's daily work: a member of that central body
    "thường trực ban bí thư": PositionCue("member", "party_committee", "central", org_fixed=True),
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
    "giám đốc": PositionCue("director", "other", business=True),
    "phó giám đốc": PositionCue("deputy_head", "other", business=True),
    "tổng giám đốc": PositionCue("director", "other", business=True),
    "phó tổng giám đốc": PositionCue("deputy_head", "other", business=True),
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
    "tổng cục trưởng": PositionCue("head", "other", "central"),
    "phó tổng cục trưởng": PositionCue("deputy_head", "other", "central"),
    "chi cục trưởng": PositionCue("head", "other", "province"),  # a department's branch in a province
    "phó chi cục trưởng": PositionCue("deputy_head", "other", "province"),
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

# Words that join two roles of one stack inside one segment ("Bí thư Thành ủy kiêm Chủ tịch HĐND").
JOINERS = ("kiêm",)
