"""Meetings told without "kỳ họp" or "hội nghị": sittings, meetings, press conferences and the verb "họp", typed by
their holder; the days a sitting gives a longer meeting; planned and background meetings; terms told elsewhere."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import transforms.extraction.sessions.meeting_nouns as nouns_module
from tests.conftest import make_context
from transforms.codes import SESSION_TYPES
from transforms.extraction.dates import infer_event_date
from transforms.extraction.sessions import extract_sessions
from transforms.model import SessionMention


def _sessions(text: str, published_at: datetime | None = datetime(2024, 6, 1)) -> list[SessionMention]:
    """The sessions of an article whose first line is its title (published on 1 June 2024 unless told otherwise)."""
    return extract_sessions(make_context(text, text.split("\n")[0], published_at))


def _summary(s: SessionMention) -> tuple:
    return (s.session_type, s.body_type, s.level, s.start_date, s.end_date)


def test_committee_meeting_is_a_code() -> None:
    assert "committee_meeting" in SESSION_TYPES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tin hoạt động\nSáng ngày 4/5, UBND huyện Tân Phong tổ chức cuộc họp để cho ý kiến các báo cáo trình kỳ họp.",
         ("committee_meeting", "peoples_committee", "district", date(2024, 5, 4), date(2024, 5, 4))),
        ("Tin hoạt động\nChiều 6/5, UBND tỉnh Hà Sơn họp phiên thường kỳ tháng 4.",
         ("committee_meeting", "peoples_committee", "province", date(2024, 5, 6), date(2024, 5, 6))),
        ("Tin hoạt động\nSáng 7/5, Thường trực HĐND xã Yên Hòa tổ chức phiên họp thường kỳ lần thứ 12.",
         ("committee_meeting", "peoples_council", "commune", date(2024, 5, 7), date(2024, 5, 7))),
        ("Tin hoạt động\nChiều 8/5, HĐND tỉnh Hà Sơn đã tiến hành phiên họp bất thường để bầu nhân sự.",
         ("council_session", "peoples_council", "province", date(2024, 5, 8), date(2024, 5, 8))),
        ("Tin hoạt động\nChiều 9/5, UBND phường Đông Hà tổ chức họp giao ban định kỳ tháng 5.",
         ("briefing", "peoples_committee", "commune", date(2024, 5, 9), date(2024, 5, 9))),
        ("Tin hoạt động\nSáng 10/5, Hội đồng thi đua khen thưởng huyện họp xét khen thưởng năm 2023.",
         ("other", "other", "district", date(2024, 5, 10), date(2024, 5, 10))),
        ("Tin hoạt động\nSáng 11/5, Ủy ban bầu cử tỉnh Hà Sơn tổ chức cuộc họp công bố kết quả bầu cử.",
         ("other", "other", "province", date(2024, 5, 11), date(2024, 5, 11))),
        ("Tin hoạt động\nSáng 12/5, Ban Thường vụ Huyện ủy Tân Phong tổ chức cuộc họp bàn công tác cán bộ.",
         ("other", "party_committee", "district", date(2024, 5, 12), date(2024, 5, 12))),
    ],
)  # fmt: skip
def test_plain_meetings_are_typed_by_their_holder(text: str, expected: tuple) -> None:
    assert [_summary(s) for s in _sessions(text)] == [expected]


def test_a_press_conference_is_other_whoever_holds_it() -> None:
    (session,) = _sessions("Tin hoạt động\nChiều 20/5, UBND tỉnh Hà Sơn tổ chức họp báo thường kỳ quý II.")
    assert (session.session_type, session.start_date) == ("other", date(2024, 5, 20))


def test_a_meeting_word_without_a_holder_or_with_a_plural_is_none() -> None:
    assert _sessions("Tin hoạt động\nSáng 5/5, tại phòng họp, các đại biểu dự họp đông đủ.") == []
    assert _sessions("Tin hoạt động\nSáng 5/5, UBND huyện đã tổ chức 12 cuộc họp và các buổi họp báo.") == []


def test_the_holder_of_a_meeting_that_opens_its_clause_is_the_subject_after_it() -> None:
    text = (
        "Kỷ luật cán bộ\nSáng 24-1, HĐND tỉnh Hà Sơn họp bất thường. Như báo đã đưa tin, tại phiên họp ngày 17-12 "
        "tại trụ sở Trung ương Đảng, Ban Bí thư đã kết luận ông A vi phạm."
    )
    sessions = _sessions(text, datetime(2018, 1, 24))
    assert [(s.session_type, s.body_type, s.level, s.start_date) for s in sessions] == [
        ("council_session", "peoples_council", "province", date(2018, 1, 24)),
        ("other", "party_committee", "central", date(2017, 12, 17)),
    ]


def test_a_sitting_of_a_session_named_after_it_is_not_another_meeting() -> None:
    text = "Kỳ họp HĐND\nTại phiên họp sáng 4/7, kỳ họp thứ 4, HĐND thành phố Tân An khóa X thông qua nghị quyết."
    (session,) = _sessions(text, datetime(2024, 7, 5))
    assert (session.session_type, session.ordinal, session.start_date, session.day) == (
        "council_session", 4, None, date(2024, 7, 4),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "start", "end", "day"),
    [
        ("Kỳ họp HĐND tỉnh\nSáng 01/12, ngày làm việc thứ 2, Kỳ họp thứ 9 HĐND tỉnh Hà Sơn bước vào phiên thảo luận.",
         date(2023, 11, 30), None, date(2023, 12, 1)),
        ("Kỳ họp HĐND tỉnh\nChiều 10/12, Kỳ họp thứ 9 HĐND tỉnh Hà Sơn đã bế mạc sau hai ngày làm việc.",
         date(2023, 12, 9), date(2023, 12, 10), date(2023, 12, 10)),
        ("Kỳ họp HĐND tỉnh\nChiều 10/12, Kỳ họp thứ 9 HĐND tỉnh Hà Sơn đã bế mạc.", None, date(2023, 12, 10),
         date(2023, 12, 10)),
        ("Kỳ họp HĐND tỉnh\nTrước đó, trong phiên làm việc chiều 8/12 của kỳ họp thứ 9, HĐND tỉnh Hà Sơn đã bầu.",
         None, None, date(2023, 12, 8)),
        ("Kỳ họp HĐND tỉnh\nSáng 8/12, HĐND tỉnh Hà Sơn khai mạc kỳ họp thứ 9.", date(2023, 12, 8), date(2023, 12, 8),
         date(2023, 12, 8)),
    ],
)  # fmt: skip
def test_a_session_starts_on_its_first_day_not_on_a_later_sitting(text, start, end, day) -> None:
    sessions = [s for s in _sessions(text, datetime(2023, 12, 12)) if s.session_type == "council_session"]
    assert [(s.start_date, s.end_date, s.day) for s in sessions] == [(start, end, day)]


def test_the_event_date_is_the_sitting_reported_not_the_sessions_first_day() -> None:
    text = (
        "Chất vấn tại kỳ họp\nSáng 01/12, ngày làm việc thứ 2, Kỳ họp thứ 9 HĐND tỉnh Hà Sơn bước vào phiên chất vấn."
    )
    ctx = make_context(text, "Chất vấn tại kỳ họp", datetime(2023, 12, 1, 9, 0))
    sessions = extract_sessions(ctx)
    assert [(s.session_type, s.body_type, s.start_date) for s in sessions] == [
        ("council_session", "peoples_council", date(2023, 11, 30)),
        ("hearing", "peoples_council", date(2023, 12, 1)),  # a sitting of the session: its council holds it
    ]
    assert infer_event_date(ctx, sessions) == (date(2023, 12, 1), "published")


def test_a_classifier_before_a_meeting_is_not_a_count() -> None:
    text = (
        "Tiếp xúc cử tri\nÝ kiến của các đại biểu HĐND thành phố tại cuộc tiếp xúc cử tri phường Đông Hà trước kỳ họp "
        "thứ 5, tổ chức sáng 20/6."
    )
    assert [(s.session_type, s.start_date) for s in _sessions(text)] == [("voter_meeting", date(2024, 6, 20))]


def test_a_session_is_its_own_programme_but_a_sessions_programme_is_context() -> None:
    during = "Tin hoạt động\nChiều 13/7, trong chương trình kỳ họp thứ 8, HĐND tỉnh Hà Sơn khoá XIII đã bầu ông A."
    assert [(s.session_type, s.ordinal) for s in _sessions(during)] == [("council_session", 8)]
    agenda = "Tin hoạt động\nChiều 13/5, các đại biểu thống nhất nội dung chương trình kỳ họp thứ 8 HĐND tỉnh Hà Sơn."
    assert _sessions(agenda) == []


def test_a_planned_session_with_its_own_day_is_reported_one_without_is_not() -> None:
    text = (
        "Chuẩn bị kỳ họp\nSáng 20/6, Thường trực HĐND huyện Tân Phong họp phiên thường kỳ. Theo đó, kỳ họp thứ 11 HĐND "
        "huyện dự kiến sẽ tổ chức vào sáng ngày 25/6. Kỳ họp sẽ thông qua 4 nghị quyết."
    )
    assert [(s.session_type, s.ordinal, s.start_date) for s in _sessions(text)] == [
        ("committee_meeting", None, date(2024, 6, 20)),
        ("council_session", 11, date(2024, 6, 25)),
    ]
    before_opening = (
        "Tin hoạt động\nChiều 13/5, tại buổi tiếp xúc cử tri trước ngày khai mạc Kỳ họp thứ 7, Quốc hội khóa XV."
    )
    assert [s.session_type for s in _sessions(before_opening)] == ["voter_meeting"]


def test_a_meeting_outside_the_lead_counts_when_held_by_a_named_body() -> None:
    text = (
        "Tách văn phòng cấp huyện\nĐại biểu đề nghị tách văn phòng HĐND và UBND cấp huyện để hoạt động độc lập hơn. "
        "Ý kiến này được nhiều nơi đồng tình trong thời gian qua. Tại hội nghị chuyên đề “Nâng cao hiệu quả hoạt động, "
        "giám sát của HĐND” do HĐND tỉnh Hà Sơn tổ chức mới đây, nhiều ý kiến đề xuất như vậy."
    )
    sessions = extract_sessions(make_context(text, "Tách văn phòng cấp huyện"))
    assert [(s.session_type, s.body_type, s.start_date) for s in sessions] == [("conference", "peoples_council", None)]


def test_a_term_told_elsewhere_in_the_article_is_the_sessions() -> None:
    text = (
        "Kỳ họp HĐND phường\nNgày 21/8, Hội đồng nhân dân phường Đông Hà tổ chức kỳ họp thứ Ba, kỳ họp chuyên đề. "
        "Kỳ họp đã thông qua 5 nghị quyết quan trọng của Hội đồng nhân dân phường Đông Hà khóa I, nhiệm kỳ 2021 – 2026."
    )
    (session,) = _sessions(text, datetime(2025, 8, 21))
    assert (session.ordinal, session.term, session.term_start_year, session.term_end_year) == (3, "I", 2021, 2026)


def test_a_first_session_opens_its_term() -> None:
    text = "Tin hoạt động\nSáng 16/6, HĐND tỉnh Hà Sơn khoá X, nhiệm kỳ 2016-2021 họp kỳ thứ nhất để bầu các chức danh."
    (session,) = _sessions(text, None)
    assert (session.session_type, session.start_date) == ("council_session", date(2016, 6, 16))


def test_the_same_day_is_the_day_told_last() -> None:
    text = (
        "Tin hoạt động\nNgày 13/7/2018, Tỉnh ủy Hà Sơn tổ chức hội nghị Ban Chấp hành. Việc luân chuyển cán bộ đã được "
        "chuẩn bị từ lâu theo chủ trương chung. Các đại biểu thống nhất cao với đề xuất. Chiều cùng ngày, trong "
        "chương trình kỳ họp thứ 8, HĐND tỉnh Hà Sơn đã bầu ông A làm Phó Chủ tịch UBND tỉnh."
    )
    sessions = _sessions(text, None)
    assert [(s.session_type, s.start_date) for s in sessions] == [
        ("conference", date(2018, 7, 13)),
        ("council_session", date(2018, 7, 13)),
    ]


def test_a_session_dated_outside_its_own_term_loses_the_date() -> None:
    text = (
        "Tin hoạt động\nSáng 8/4, HĐND thành phố Tân An khóa IX, nhiệm kỳ 2011-2016 khai mạc kỳ họp thứ 13. "
        "Báo cáo nêu kết quả 3 tháng đầu năm 2019."
    )
    (session,) = _sessions(text, None)
    assert (session.term_start_year, session.start_date) == (2011, None)  # a guess the term contradicts
    stated = "Tin hoạt động\nNgày 8/4/2019, Hội Nông dân huyện Tân An khóa IX, nhiệm kỳ 2011-2016 tổ chức hội nghị."
    (session,) = _sessions(stated, None)
    assert (session.term_start_year, session.start_date, session.day) == (2011, None, None)  # another event's day


def test_module_doctests() -> None:
    import doctest

    assert doctest.testmod(nouns_module).failed == 0


def test_the_event_date_is_the_leads_not_a_background_sessions() -> None:
    text = (
        "Tân Bí thư Tỉnh ủy Hà Sơn\nÔng Lê Văn Khải vừa được phân công giữ chức Bí thư Tỉnh ủy Hà Sơn. "
        "Sáng ngày 6/7/2018, tại trụ sở Tỉnh ủy, đại diện Ban Tổ chức Trung ương trao quyết định cho ông Khải. "
        "Ông Khải sinh năm 1976, quê xã Yên Hòa. Ngày 27/6/2016, tại kỳ họp thứ nhất HĐND tỉnh khóa XVII, ông được "
        "bầu làm Chủ tịch UBND tỉnh."
    )
    ctx = make_context(text, "Tân Bí thư Tỉnh ủy Hà Sơn")
    sessions = extract_sessions(ctx)
    assert [(s.session_type, s.start_date) for s in sessions] == [("council_session", date(2016, 6, 27))]
    assert infer_event_date(ctx, sessions) == (date(2018, 7, 6), "stated")


@pytest.mark.parametrize(
    "text",
    [
        "Tin hoạt động\nĐể Quốc hội bầu giữ chức vụ Chủ tịch nước tại Kỳ họp thứ 6, Trung ương đã giới thiệu ông A.",
        "Tin hoạt động\nUBND thành phố chỉ đạo các đơn vị phục vụ và tham dự kỳ họp thứ nhất HĐND thành phố khoá X.",
    ],
)
def test_a_meeting_still_to_come_without_a_day_is_context(text: str) -> None:
    assert _sessions(text, None) == []


def test_a_day_something_starts_from_is_not_the_meetings() -> None:
    text = "Tin hoạt động\nCác đại biểu đồng tình. Tại kỳ họp, UBND thành phố Tân An đề xuất thu phí từ 1/1/2018."
    assert [(s.session_type, s.start_date) for s in _sessions(text, None)] == [("council_session", None)]
    held = "Tin hoạt động\nKỳ họp thứ 5 HĐND tỉnh Hà Sơn diễn ra từ ngày 5/7/2018 tại hội trường tỉnh."
    assert [s.start_date for s in _sessions(held, None)] == [date(2018, 7, 5)]


def test_a_numbered_session_without_a_holder_takes_the_one_named_with_its_number_earlier() -> None:
    text = (
        "Tiếp xúc cử tri\nÔng A báo cáo dự kiến chương trình kỳ họp thứ 7 Quốc hội khoá XV. Theo đó, kỳ họp thứ 7 sẽ "
        "khai mạc từ ngày 20/5 và bế mạc ngày 15/6. HĐND quận Đông Hà cũng báo cáo kết quả giám sát."
    )
    sessions = [s for s in _sessions(text) if s.ordinal == 7]
    assert [(s.session_type, s.body_type, s.start_date) for s in sessions] == [
        ("other", "national_assembly", date(2024, 5, 20))
    ]
