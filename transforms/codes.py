"""The code lists of the taxonomy: every `*_type`, `position`, `level`, `unit`, `qualifier`, `measure` and
`indicator_code` that the warehouse may hold. Extractors emit only these; tests check it."""

from __future__ import annotations

LEVELS = frozenset({"central", "province", "district", "commune"})

ORGANIZATION_TYPES = frozenset(
    {
        "party_committee",
        "party_organization",
        "party_cell",
        "peoples_council",
        "peoples_committee",
        "council_office",
        "fatherland_front",
        "mass_mobilization_board",
        "organization_board",
        "inspection_commission",
        "propaganda_board",
        "military_command",
        "police",
        "mass_organization",
        "national_assembly",
        "other",
    }
)

POSITIONS = frozenset(
    {
        "secretary",
        "deputy_secretary",
        "standing_deputy_secretary",
        "standing_committee_member",
        "member_of_committee",
        "chair",
        "vice_chair",
        "standing_vice_chair",
        "head",
        "deputy_head",
        "standing_deputy_head",
        "commander",
        "director",
        "delegate",
        "member",
    }
)

SESSION_TYPES = frozenset(
    {
        "congress",
        "conference",
        "council_session",
        "briefing",
        "review",
        "voter_meeting",
        "hearing",
        "supervision",
        "committee_meeting",
        "other",
    }
)

UNITS = frozenset({"VND", "USD", "ha", "m2", "km", "tonne", "percent", "count", "point", "person"})

QUALIFIERS = frozenset({"over", "under", "at_least", "at_most", "nearly", "about", "estimated"})

# A figure reported as achieved, or set as a target, plan, directive or commitment.
MEASURES = frozenset({"actual", "target"})

INDICATOR_CODES: dict[str, str] = {
    "council_sessions_held": "Kỳ họp HĐND đã tổ chức",
    "council_thematic_sessions_held": "Kỳ họp chuyên đề HĐND",
    "resolutions_passed": "Nghị quyết đã thông qua",
    "supervisions_held": "Cuộc giám sát",
    "surveys_held": "Cuộc khảo sát",
    "voter_meetings_held": "Cuộc tiếp xúc cử tri",
    "voters_attended": "Cử tri tham dự",
    "voter_opinions": "Ý kiến, kiến nghị của cử tri",
    "citizen_receptions_held": "Cuộc tiếp công dân, đối thoại",
    "documents_issued": "Văn bản đã ban hành",
    "budget_revenue": "Thu ngân sách",
    "budget_expenditure": "Chi ngân sách",
    "budget_revenue_vs_same_period": "Thu ngân sách so với cùng kỳ",
    "budget_expenditure_vs_plan": "Chi ngân sách so với dự toán",
    "budget_revenue_over_plan": "Thu ngân sách vượt kế hoạch",
    "production_value_growth": "Tăng trưởng giá trị sản xuất",
    "economic_structure_industry": "Cơ cấu kinh tế: công nghiệp, TTCN",
    "economic_structure_agriculture": "Cơ cấu kinh tế: nông nghiệp",
    "economic_structure_services": "Cơ cấu kinh tế: thương mại, dịch vụ",
    "income_per_capita": "Thu nhập bình quân đầu người",
    "output_value_per_ha": "Giá trị thu trên 1 ha canh tác",
    "planted_area": "Diện tích gieo trồng",
    "new_forest_area": "Diện tích trồng rừng mới",
    "fruit_tree_area": "Diện tích cây ăn quả",
    "new_rural_criteria_met": "Tiêu chí nông thôn mới đạt",
    "share_communes_new_rural": "Tỷ lệ xã đạt chuẩn nông thôn mới",
    "urban_criteria_met": "Tiêu chí đô thị đạt",
    "urban_classification_score": "Điểm phân loại đô thị",
    "total_social_investment": "Vốn đầu tư toàn xã hội",
    "land_donated_area": "Diện tích đất nhân dân hiến",
    "workdays_mobilized": "Ngày công huy động",
    "party_members_admitted": "Đảng viên mới kết nạp",
    "party_members_attending": "Đảng viên, đại biểu tham dự",
    "committee_members_elected": "Ủy viên Ban Chấp hành được bầu",
    "share_party_members_completing_tasks": "Tỷ lệ đảng viên hoàn thành nhiệm vụ",
}

DOCUMENT_STATUSES = frozenset({"loaded", "quarantined", "duplicate", "irrelevant"})

# How the year of a document's event date is known: written with it, from the publication or fetch date, or inferred.
DATE_BASES = frozenset({"stated", "published", "fetched", "inferred"})

# Every code list by the name the warehouse's columns and data dictionary give it; the indicator codes with their
# labels.
CODES_BY_LIST: dict[str, frozenset[str] | dict[str, str]] = {
    "document_status": DOCUMENT_STATUSES,
    "date_basis": DATE_BASES,
    "level": LEVELS,
    "organization_type": ORGANIZATION_TYPES,
    "position": POSITIONS,
    "session_type": SESSION_TYPES,
    "unit": UNITS,
    "qualifier": QUALIFIERS,
    "measure": MEASURES,
    "indicator_code": INDICATOR_CODES,
}
