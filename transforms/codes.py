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

# The parts of a People's Council or Party committee that act for it (mart.sessions.body_part, person_roles.body_part).
BODY_PARTS = frozenset(
    {
        "standing_committee",
        "legal_board",
        "economic_budget_board",
        "culture_social_board",
        "ethnic_board",
        "urban_board",
    }
)

UNITS = frozenset({"VND", "USD", "ha", "m2", "km", "tonne", "percent", "count", "point", "person"})

QUALIFIERS = frozenset({"over", "under", "at_least", "at_most", "nearly", "about", "estimated"})

# A figure reported as achieved, or set as a target, plan, directive or commitment.
MEASURES = frozenset({"actual", "target"})

# The indicator codes with their Vietnamese labels: TAXONOMY.md's first list, then the codes the indicator catalogue
# (`transforms/extraction/indicators/catalogue.toml`) adds; the catalogue defines each (category, labels, unit, kind,
# triggers) and a test keeps the two in step.
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
    # added by the catalogue
    "reports_reviewed": "Báo cáo, tờ trình được xem xét",
    "questions_asked": "Lượt, câu hỏi chất vấn",
    "delegates_questioning": "Đại biểu chất vấn",
    "opinions_expressed": "Ý kiến phát biểu, thảo luận",
    "council_deputies_total": "Tổng số đại biểu HĐND",
    "council_seats": "Số đại biểu được bầu theo quy định",
    "delegates_voting": "Đại biểu tham gia bỏ phiếu",
    "votes_for": "Phiếu bầu, phiếu tán thành",
    "vote_share": "Tỷ lệ phiếu bầu, phiếu tán thành",
    "votes_against": "Phiếu, đại biểu không tán thành",
    "confidence_votes_high": "Phiếu tín nhiệm cao",
    "confidence_votes_medium": "Phiếu tín nhiệm",
    "confidence_votes_low": "Phiếu tín nhiệm thấp",
    "confidence_votes_high_share": "Tỷ lệ phiếu tín nhiệm cao",
    "confidence_votes_low_share": "Tỷ lệ phiếu tín nhiệm thấp",
    "officials_confidence_voted": "Người được lấy phiếu tín nhiệm",
    "deputies_elected": "Đại biểu trúng cử",
    "candidates": "Người ứng cử",
    "candidates_self_nominated": "Người tự ứng cử",
    "voters_voted": "Cử tri đi bầu",
    "voter_turnout": "Tỷ lệ cử tri đi bầu",
    "standing_committee_members_elected": "Ủy viên Ban Thường vụ được bầu",
    "inspection_commission_members_elected": "Ủy viên Ủy ban Kiểm tra được bầu",
    "congress_delegates_elected": "Đại biểu được bầu đi dự đại hội cấp trên",
    "officials_elected": "Chức danh được bầu",
    "officials_dismissed": "Chức danh được miễn nhiệm, bãi nhiệm",
    "deputies_in_office": "Cấp phó đương nhiệm (Phó Chủ tịch, Phó Bí thư)",
    "officials_disciplined": "Cán bộ, đảng viên bị kỷ luật",
    "collectives_commended": "Tập thể được khen thưởng",
    "individuals_commended": "Cá nhân được khen thưởng",
    "budget_revenue_vs_plan": "Thu ngân sách so với dự toán",
    "budget_revenue_domestic": "Thu nội địa",
    "budget_revenue_domestic_growth": "Thu nội địa so với cùng kỳ",
    "budget_revenue_import_export": "Thu từ hoạt động xuất nhập khẩu",
    "budget_revenue_crude_oil": "Thu từ dầu thô",
    "budget_expenditure_vs_same_period": "Chi ngân sách so với cùng kỳ",
    "production_value": "Giá trị sản xuất",
    "production_value_vs_plan": "Giá trị sản xuất so với kế hoạch",
    "grdp": "Tổng sản phẩm trên địa bàn (GRDP)",
    "grdp_per_capita": "GRDP bình quân đầu người",
    "industrial_output_value": "Giá trị sản xuất công nghiệp, TTCN và xây dựng",
    "industrial_output_value_vs_plan": "Giá trị sản xuất công nghiệp so với kế hoạch",
    "industrial_production_index_growth": "Chỉ số sản xuất công nghiệp tăng",
    "total_social_investment_growth": "Vốn đầu tư toàn xã hội tăng",
    "total_social_investment_share_grdp": "Vốn đầu tư toàn xã hội so với GRDP",
    "project_investment": "Vốn đầu tư của dự án, công trình",
    "export_value": "Kim ngạch xuất khẩu",
    "export_value_growth": "Kim ngạch xuất khẩu tăng",
    "import_value": "Kim ngạch nhập khẩu",
    "import_value_growth": "Kim ngạch nhập khẩu tăng",
    "retail_sales": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng",
    "retail_sales_growth": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng",
    "fdi_capital": "Vốn đầu tư trực tiếp nước ngoài",
    "fdi_capital_growth": "Vốn đầu tư trực tiếp nước ngoài tăng",
    "remittances": "Kiều hối",
    "remittances_growth": "Kiều hối tăng",
    "cpi_change": "Chỉ số giá tiêu dùng (CPI) tăng",
    "enterprises_established": "Doanh nghiệp thành lập mới",
    "enterprises_dissolved": "Doanh nghiệp giải thể",
    "enterprises_total": "Tổng số doanh nghiệp",
    "tourist_arrivals": "Lượt khách du lịch",
    "tourist_arrivals_growth": "Lượt khách du lịch tăng",
    "tourism_revenue": "Doanh thu du lịch",
    "tourism_revenue_growth": "Doanh thu du lịch tăng",
    "plan_targets_met": "Chỉ tiêu đạt, vượt kế hoạch",
    "plan_targets_missed": "Chỉ tiêu không đạt kế hoạch",
    "plan_targets_total": "Tổng số chỉ tiêu kế hoạch",
    "agricultural_output_value": "Giá trị sản xuất nông nghiệp",
    "agricultural_output_value_vs_plan": "Giá trị sản xuất nông nghiệp so với kế hoạch",
    "planted_area_vs_plan": "Diện tích gieo trồng so với kế hoạch",
    "new_forest_area_vs_plan": "Diện tích trồng rừng mới so với kế hoạch",
    "crop_output": "Sản lượng cây trồng, lương thực",
    "crop_output_vs_plan": "Sản lượng cây trồng so với kế hoạch",
    "communes_new_rural": "Xã đạt chuẩn nông thôn mới",
    "jobs_created": "Lao động được giải quyết việc làm",
    "poor_households": "Hộ nghèo",
    "households_escaped_poverty": "Hộ thoát nghèo",
    "poverty_rate": "Tỷ lệ hộ nghèo",
    "poverty_reduction": "Tỷ lệ hộ nghèo giảm",
    "health_insurance_coverage": "Tỷ lệ người dân tham gia bảo hiểm y tế",
    "cultural_families_share": "Tỷ lệ hộ đạt gia đình văn hóa",
    "clean_water_share": "Tỷ lệ hộ dùng nước sạch",
    "trained_workers_share": "Tỷ lệ lao động qua đào tạo",
    "unemployment_rate": "Tỷ lệ thất nghiệp",
    "gifts_given": "Suất quà, phần quà trao tặng",
    "charity_houses": "Nhà tình nghĩa, tình thương, đại đoàn kết",
    "population": "Dân số",
    "public_satisfaction_rate": "Tỷ lệ hài lòng của người dân",
    "mass_organisation_members": "Hội viên, đoàn viên",
    "party_members_total": "Đảng viên của đảng bộ, chi bộ",
    "party_congresses_held": "Đảng bộ, chi bộ đã tổ chức đại hội",
    "share_party_organisations_strong": "Tỷ lệ tổ chức đảng trong sạch vững mạnh, hoàn thành tốt nhiệm vụ",
    "party_badges_awarded": "Đảng viên được trao Huy hiệu Đảng",
    "voter_petitions_resolved": "Kiến nghị của cử tri đã được giải quyết",
    "voter_petitions_resolved_share": "Tỷ lệ kiến nghị của cử tri được giải quyết",
    "seats_unfilled": "Số đại biểu, chức danh còn thiếu chưa bầu được",
    "delegates_absent": "Đại biểu vắng mặt",
    "budget_allocation": "Kinh phí chi, bố trí, hỗ trợ cho một việc",
    "public_investment": "Vốn đầu tư công",
    "debt_outstanding": "Nợ đọng, nợ xây dựng cơ bản",
    "fee_rate": "Mức phí, lệ phí, giá vé",
    "fines_imposed": "Tiền xử phạt vi phạm",
    "registered_capital": "Vốn đăng ký của doanh nghiệp, dự án",
    "investment_projects": "Dự án đầu tư được thu hút, cấp phép",
    "land_recovery_projects": "Dự án cần thu hồi đất",
    "plan_fulfilment": "Mức thực hiện so với kế hoạch, nghị quyết",
    "officials_appointed": "Cán bộ được bổ nhiệm, điều động, luân chuyển",
    "civil_servants": "Cán bộ, công chức, viên chức",
    "awards_received": "Bằng khen, huân chương được tặng",
    "administrative_dossiers": "Hồ sơ thủ tục hành chính được giải quyết",
    "project_area": "Diện tích dự án, quy hoạch",
    "land_use_area": "Diện tích đất theo loại sử dụng",
    "land_recovery_area": "Diện tích đất thu hồi",
    "households_affected": "Hộ dân bị ảnh hưởng bởi dự án",
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
    "body_part": BODY_PARTS,
    "indicator_category": frozenset(
        {"budget", "economy", "agriculture", "social", "party_building", "council_work", "elections_and_votes",
         "personnel"}
    ),
    "indicator_kind": frozenset({"level", "change", "share"}),
}  # fmt: skip
