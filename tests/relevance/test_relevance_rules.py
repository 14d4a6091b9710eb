"""Tests for the relevance rules that tell a body's own act from a story in which a body appears: international
forums, photo captions, documents cited as the cause of someone else's act, bodies only asked to act, directives on
an incident, national personnel decisions about local office holders, imperative headlines after a topic, and the
verbs "báo cáo", "cưỡng chế", "vận động", a province or district holding a meeting, and office holders speaking at the
National Assembly's sitting. Every text is written for the test; each case asserts a verdict the rules
before these additions got wrong (or, for a refinement, one the unrefined rule would get wrong)."""

from __future__ import annotations

import pytest

from transforms.model import Relevance
from transforms.relevance.opening import UnitCues, read_against, read_opening
from transforms.relevance.rules import find_cues, fold, passes_gate, rule_verdict


def verdict(text: str) -> Relevance:
    return rule_verdict(text.partition("\n")[0], text)


@pytest.mark.parametrize(
    "text",
    [
        # A directive on an incident, given in the first sentence by the committee's chair.
        "Vụ học sinh bị ngộ độc ở trường bán trú\nChủ tịch UBND huyện yêu cầu Phòng Y tế báo cáo vụ ngộ độc trước "
        "ngày 15/9. Phòng đã cử cán bộ đến trường.",
        # A ministry's inspection decides about a province's appointments: "Bộ Nội vụ" names no case, and a national
        # body deciding about a local body's office holders is local personnel news.
        "Đề nghị thu hồi quyết định bổ nhiệm cán bộ sai quy định\nSau thanh tra, Bộ Nội vụ đề nghị tỉnh thu hồi 12 "
        "quyết định bổ nhiệm. Thanh tra Bộ Nội vụ vừa thông báo kết luận thanh tra công tác cán bộ tại các cơ quan của "
        "UBND tỉnh.",
        # An imperative after the headline's topic, and the committee's assignment in the lead.
        "Ô nhiễm kênh: Khẩn trương làm rõ, xử lý nghiêm\nGiám đốc Sở Tài nguyên khẳng định sẽ xử lý nghiêm cơ sở xả "
        "thải. Người phát ngôn thành phố thông báo UBND thành phố đã giao Sở chủ trì kiểm tra, báo cáo trước ngày "
        "20/10.",
        # A committee's report to the Prime Minister is a submission it issues.
        "Tỉnh báo cáo Thủ tướng về dự án cảng biển\nUBND tỉnh đã có báo cáo gửi Thủ tướng về tiến độ dự án cảng biển.",
        # A ward committee's enforcement.
        "Cưỡng chế công trình xây dựng trái phép ven sông\nSáng 12/3, UBND phường tổ chức cưỡng chế công trình xây "
        "dựng trái phép của một hộ dân.",
        # A city's campaign announced in the headline, its committee's letter in the lead.
        "Thị xã: Vận động người dân phân loại rác tại nguồn\nPhân loại rác giúp giảm chi phí xử lý. Ngày 3/4, UBND thị "
        "xã vừa có công văn đề nghị các phường tổ chức phân loại rác.",
    ],
)
def test_a_bodys_own_act_is_relevant(text: str) -> None:
    result = verdict(text)
    assert result.is_relevant, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # A city Party secretary speaking at an international conference.
        "Chia sẻ kinh nghiệm phát triển đô thị xanh\nSáng 9/9, tại hội nghị quốc tế về đô thị bền vững, Bí thư Tỉnh "
        "ủy cho biết tỉnh đã trồng thêm nhiều cây xanh.",
        # The same, with the photo caption of the speaker standing first.
        "Phát triển đô thị xanh cần tầm nhìn dài hạn\nBí thư Tỉnh ủy phát biểu tại hội nghị.\nSáng 9/9, tại hội nghị "
        "quốc tế về đô thị bền vững, ông cho biết tỉnh đã trồng thêm cây xanh.",
        # A committee's document cited as the cause of someone else's act.
        "Giá gửi xe tại bến tăng từ tháng sau\nBan quản lý bến xe vừa tăng giá gửi xe theo văn bản của UBND thành phố.",
        # A department's proposal: the committees are only asked to act.
        "Đề nghị tạm dừng khai thác cát trên sông\nSở Tài nguyên và Môi trường đã đề nghị UBND tỉnh có văn bản gửi "
        "tỉnh lân cận dừng khai thác cát. Sở cũng đề nghị UBND tỉnh giao UBND huyện giám sát việc khai thác của các "
        "tàu.",
        # Refinement: a directive told as someone's words is a statement about the incident.
        "Tàu cá mất liên lạc trên biển\nPhó Chủ tịch UBND huyện cho biết: UBND huyện đang chỉ đạo lực lượng tìm kiếm "
        "tàu cá mất tích.",
        # Refinement: announcing an investigation's conclusion is not a directive ("kết luận" is the object here).
        "Làm rõ trách nhiệm trong vụ giả mạo hồ sơ đất\nNgày 8/8, UBND tỉnh tổ chức họp báo công bố kết luận điều tra "
        "vụ làm giả hồ sơ đất đai.",
        # Refinement: a National Assembly deputy's status is a national personnel matter.
        "Thôi làm đại biểu Quốc hội đối với ông X\nỦy ban Thường vụ Quốc hội vừa xem xét công tác nhân sự. Đây là nội "
        "dung được nhiều người quan tâm. Ông X, Đoàn đại biểu Quốc hội tỉnh, thôi làm đại biểu từ ngày 15/5.",
        # A stadium ("sân vận động") is no campaign ("vận động").
        "Tỉnh bàn giao sân vận động cho doanh nghiệp\nLãnh đạo tỉnh vừa bàn giao sân vận động cho doanh nghiệp quản "
        "lý.",
    ],
)
def test_a_story_in_which_a_body_appears_is_not_relevant(text: str) -> None:
    result = verdict(text)
    assert not result.is_relevant, result.reason


def test_ministries_named_with_vu_are_no_case() -> None:
    unit = UnitCues()
    read_against(unit, "bộ nội vụ đề nghị tỉnh thu hồi 28 quyết định")
    assert not unit.incident
    read_against(unit, "vụ cô giáo đánh trẻ ở trường mầm non")
    assert unit.incident


def test_international_conferences_are_dropped_and_working_sessions_with_foreign_partners_kept() -> None:
    assert [c.name for c in find_cues(fold("tại hội nghị chuyên đề của IPU"))] == []
    assert [c.name for c in find_cues(fold("Đại hội thể thao châu Á"))] == []
    assert [c.name for c in find_cues(fold("UBND tỉnh làm việc với đoàn chuyên gia quốc tế"))] == [
        "people's committee",
        "working session",
    ]


def test_a_speakers_photo_caption_is_dropped_from_the_lead() -> None:
    _, sentences = read_opening("Tiêu đề", "Tiêu đề\nBí thư Tỉnh ủy phát biểu tại hội nghị.\nSáng 5/5, trời mưa.")
    assert [s.bodies for s in sentences] == [[]]


def test_a_body_asked_to_act_does_not_pair_with_an_event() -> None:
    _, sentences = read_opening("Tin", "Tin\nSở đề nghị UBND tỉnh giao UBND huyện giám sát việc xả thải.")
    assert sentences[0].addressed
    assert not sentences[0].paired
    _, sentences = read_opening("Tin", "Tin\nUBND tỉnh giao UBND huyện giám sát việc xả thải.")
    assert not sentences[0].addressed
    assert sentences[0].paired


@pytest.mark.parametrize(
    "text",
    [
        # A province named without a body word holds a conference (the page also names no body, so the gate must
        # let it through on the meeting).
        "Tỉnh phấn đấu thêm 10 xã đạt chuẩn nông thôn mới\nNăm nay tỉnh đặt mục tiêu thêm 10 xã đạt chuẩn. Ngày 7/2, "
        "Quảng Nam tổ chức Hội nghị triển khai các giải pháp trọng tâm của chương trình.",
        # A district named with its level word holds a meeting.
        "Thống nhất phương án sửa chữa tàu cá\nChiều 30/6, huyện Hoài Nhơn tổ chức họp bàn phương án sửa chữa các tàu "
        "cá bị hỏng của ngư dân.",
    ],
)
def test_a_locality_holding_a_meeting_is_its_government_acting(text: str) -> None:
    result = verdict(text)
    assert result.is_relevant, result.reason
    assert "locality holds meeting" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # A ministry holds the conference in the province: the province is where, not who.
        "Hội nghị về an toàn thực phẩm\nNgày 5/5, tại Quảng Nam, Bộ Y tế tổ chức hội nghị về an toàn thực phẩm.",
        # The province's name is part of a department's: the department holds it, not the province.
        "Hội nghị ngành y tế\nNgày 5/5, Sở Y tế Quảng Nam tổ chức hội nghị tổng kết công tác y tế.",
        # A company holds a conference: no locality opens the clause.
        "Doanh nghiệp gặp gỡ khách hàng\nNgày 5/5, công ty Bình Minh tổ chức hội nghị khách hàng tại Quảng Nam.",
    ],
)
def test_a_meeting_a_locality_does_not_hold_is_not_relevant(text: str) -> None:
    result = verdict(text)
    assert not result.is_relevant, result.reason


def test_the_gate_lets_a_locality_meeting_through_only_with_a_name_opening_the_clause() -> None:
    assert passes_gate("Ngày 7/2, Quảng Nam tổ chức Hội nghị triển khai chương trình.")
    assert passes_gate("Chiều 30/6, huyện Hoài Nhơn tổ chức họp bàn.")
    assert not passes_gate("Ngày 7/2, công ty tổ chức hội nghị khách hàng.")


def test_the_gate_lets_a_review_conference_a_named_office_holds_through() -> None:
    # "do <name> tổ chức": the conference's host named after it, a department holding it for the province
    assert passes_gate("Tại hội nghị giao ban công tác quản lý do Sở Công Thương Tân Hòa tổ chức ngày 12/7, đại diện")
    assert passes_gate("Hội nghị sơ kết do Sở Nội vụ tỉnh tổ chức sáng 3/7 đã đánh giá kết quả")
    assert not passes_gate("Tại hội nghị khách hàng do công ty Bình Minh tổ chức ngày 12/7, đại diện")


@pytest.mark.parametrize(
    "text",
    [
        "Sau sự cố, huyện Tân Hòa đã điều xuồng máy đưa dân qua sông chờ kiểm tra cầu.",  # a district with its level
        "Hà Nội báo cáo Thủ tướng kết quả xử lý vụ việc ở chợ đầu mối.",  # a province opening the headline
        "Từ 6-6, Quảng Nam tổng kiểm tra các tàu cá bị hư hỏng.",  # after a dateline
        "Giám đốc Sở Xây dựng được bổ nhiệm khi chưa đủ tiêu chuẩn.",  # the head of a committee's department
        "Thành ủy, UBND thành phố tổ chức lễ dâng hương kỷ niệm 100 năm ngày sinh đồng chí Lê Văn Tám.",  # a ceremony
    ],
)
def test_the_gate_lets_a_locality_acting_without_a_body_word_through(text: str) -> None:
    assert passes_gate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Y tế yêu cầu các bệnh viện báo cáo số ca bệnh.",  # a ministry is no locality
        "Trường Đại học Đà Nẵng kiểm tra chất lượng đào tạo.",  # a province inside a school's name
        "Ông Hà Nội Tâm đề xuất giải pháp cho ngành gỗ.",  # a clause opened by a person, no level word
    ],
)
def test_the_gate_stops_an_act_of_others_than_a_locality(text: str) -> None:
    assert not passes_gate(text)


@pytest.mark.parametrize(
    "text",
    [
        # A provincial Party secretary speaking in the National Assembly's group discussion of a draft law.
        "Bí thư tỉnh ủy đề nghị siết quy định về đơn thư\nĐại biểu Quốc hội có nhiều ý kiến về dự thảo. Chiều 30/5, "
        "trong phiên thảo luận tại tổ về dự thảo Luật tố cáo, Bí thư Tỉnh ủy đề nghị chỉ nhận đơn gửi trực tiếp.",
        # A city chair answering the press in the Assembly's corridor.
        "Chủ tịch tỉnh nói về sự cố nhà máy\nTrao đổi với báo chí bên hành lang Quốc hội, Chủ tịch UBND tỉnh cho biết "
        "lãnh đạo tỉnh đã chỉ đạo kiểm tra nhà máy.",
    ],
)
def test_an_office_holder_speaking_at_the_national_assembly_is_not_relevant(text: str) -> None:
    result = verdict(text)
    assert not result.is_relevant, result.reason
    assert "deputy at the assembly" in result.reason


@pytest.mark.parametrize(
    "text",
    [
        # A council's own plenary discussion: councils discuss "tại hội trường" too.
        "Đại biểu HĐND chất vấn về vỉa hè\nNgày 5/7, tại phiên thảo luận tại hội trường của kỳ họp HĐND thành phố, các "
        "đại biểu thảo luận về trật tự vỉa hè.",
        # National Assembly deputies meeting a district's voters is local work.
        "Cử tri kiến nghị về ô nhiễm\nĐoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện sau kỳ họp. Cử tri phản ánh về "
        "dự án luật đất đai và ô nhiễm sông.",
    ],
)
def test_local_meetings_that_mention_discussions_or_laws_stay_relevant(text: str) -> None:
    result = verdict(text)
    assert result.is_relevant, result.reason
