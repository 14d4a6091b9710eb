"""Dates in the formats Vietnamese articles use, term years, the year a date omits, and the event date."""

from __future__ import annotations

import doctest
from dataclasses import replace
from datetime import date, datetime
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

import transforms.extraction.dates.bounds as bounds_module
import transforms.extraction.dates.clues as clues_module
import transforms.extraction.dates.marks as marks_module
import transforms.extraction.dates.years as year_inference_module
import transforms.text.dates as dates_module
from tests.conftest import make_context
from transforms.extraction.dates.event import dates_in, infer_event_date, lead_spans
from transforms.extraction.dates.years import infer_year, year_of
from transforms.model import Sentence, SessionMention
from transforms.text.dates import find_dates, parse_term_years


def _days(text: str, year: int | None = None) -> list[tuple[date | None, date | None]]:
    return [(d.start, d.end) for d in find_dates(text, year)]


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("Chiều ngày 07/5/2020, Chi bộ tổ chức Đại hội", None, date(2020, 5, 7), date(2020, 5, 7)),
        ("ngày 5/5, Thị ủy tổ chức", 2022, date(2022, 5, 5), date(2022, 5, 5)),
        ("Ngày 15/09, Ban Chấp hành", 2020, date(2020, 9, 15), date(2020, 9, 15)),
        ("Trong hai ngày 13- 14/5/2020, Đảng bộ", None, date(2020, 5, 13), date(2020, 5, 14)),
        ("Trong hai ngày ngày 13- 14/5/2020, Đảng bộ", None, date(2020, 5, 13), date(2020, 5, 14)),
        ("diễn ra trong ngày 13 và 14/5", 2021, date(2021, 5, 13), date(2021, 5, 14)),
        ("trong các ngày 18, 19 và 20/10/2015", None, date(2015, 10, 18), date(2015, 10, 20)),
        ("sáng 30/9, Tỉnh ủy", 2015, date(2015, 9, 30), date(2015, 9, 30)),
        ("Chiều ngày 11/01, Thường trực HĐND", 2023, date(2023, 1, 11), date(2023, 1, 11)),
        ("Sáng 9-3, Chủ tịch UBND", 2017, date(2017, 3, 9), date(2017, 3, 9)),
        ("Ngày 6 tháng 10 năm 2020, Hội đồng nhân dân", None, date(2020, 10, 6), date(2020, 10, 6)),
        ("từ ngày 3-4 đến 7-4-2019", None, date(2019, 4, 3), date(2019, 4, 7)),
        ("ngày 30/9 - 1/10/2020", None, date(2020, 9, 30), date(2020, 10, 1)),
        ("trong tháng 12/2020", None, date(2020, 12, 1), date(2020, 12, 31)),
        ("2020-10-09T03:55:00.000Z", None, date(2020, 10, 9), date(2020, 10, 9)),
        ("(17:30:00 11/01/2023)", None, date(2023, 1, 11), date(2023, 1, 11)),
    ],
)
def test_find_dates_formats(text: str, year: int | None, start: date, end: date) -> None:
    assert _days(text, year) == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "đạt 19/19 tiêu chí",
        "đạt 50/59 tiêu chí đô thị",
        "từ 5-10 ha",
        "tỷ lệ 5, 6/10",
        "nhiệm kỳ 2016-2021",
        "31/4/2020",
    ],
)
def test_find_dates_ignores_what_is_not_a_date(text: str) -> None:
    assert find_dates(text, 2020) == []


def test_a_date_without_a_year_has_no_day_until_one_is_given() -> None:
    (d,) = find_dates("Ngày 15/09, Ban Chấp hành")
    assert (d.day, d.month, d.year, d.start) == (15, 9, None, None)
    assert d.text == "15/09"


@pytest.mark.parametrize(
    "text",
    [
        "Sơ kết 5 năm thực hiện Nghị quyết số 02-NQ/TU ngày 12/5/2017 của BCH Đảng bộ tỉnh",
        "theo Đề án số 15 ngày 12/5/2022 của Thành ủy",
        "công bố Quyết định số 215 – QĐNS/TW ngày 9/3/2018 của Ban Bí thư",
        "theo quyết định 12 (ngày 4/8/2015) của UBND tỉnh",
        "Kế hoạch ban hành ngày 3/3/2021",
    ],
)
def test_a_cited_documents_date_is_a_reference(text: str) -> None:
    (d,) = find_dates(text)
    assert d.reference


def test_a_meeting_date_is_not_a_reference() -> None:
    dates = find_dates("Chiều ngày 5/5, Thị ủy tổ chức Hội nghị Sơ kết Nghị quyết số 02-NQ/TU ngày 12/5/2017", 2022)
    assert [(d.text, d.reference) for d in dates] == [("5/5", False), ("12/5/2017", True)]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("nhiệm kỳ 2020 - 2025", (2020, 2025)),
        ("2020–2025", (2020, 2025)),
        ("Khóa IV, nhiệm kỳ 2016 -2021", (2016, 2021)),
        ("2020-2025", (2020, 2025)),
        ("năm 2020", None),
        ("2025-2020", None),
        ("2000-2030", None),
    ],
)
def test_parse_term_years(text: str, years: tuple[int, int] | None) -> None:
    assert parse_term_years(text) == years


def test_infer_year_from_the_publication_stamp() -> None:
    ctx = make_context("Ngày 15/09, Huyện ủy tổ chức hội nghị.", published_at=datetime(2021, 9, 16, 8, 0))
    assert infer_year(ctx, 9) == 2021
    january = make_context("Ngày 30/12, Huyện ủy tổ chức hội nghị.", published_at=datetime(2021, 1, 3))
    assert infer_year(january, 12) == 2020


def test_infer_year_from_the_years_the_article_states() -> None:
    text = "Ngày 15/09, hội nghị thông qua nhiệm vụ 3 tháng cuối năm 2020, tầm nhìn đến năm 2030; ông A sinh năm 1970."
    assert infer_year(make_context(text), 9) == 2020
    review = "Sáng 20/12, Huyện ủy tổng kết công tác năm 2021 và bàn nhiệm vụ năm 2022, năm 2022."
    assert infer_year(make_context(review), 12) == 2021
    plan = "Chiều ngày 11/01, Thường trực HĐND đánh giá kết quả năm 2022, triển khai chương trình công tác năm 2023."
    assert infer_year(make_context(plan), 1) == 2023


def test_a_term_bounds_the_year_but_never_gives_it() -> None:
    text = "Chiều 28/6, HĐND khóa IX nhiệm kỳ 2016-2021 họp; ông B vào ngành năm 2000, năm 2000 làm trưởng phòng."
    assert infer_year(make_context(text), 6) is None  # 2000 is before the term: history, not the article's year
    stated = "Chiều 28/6, HĐND khóa IX nhiệm kỳ 2016-2021 họp, đánh giá kết quả 6 tháng đầu năm 2017."
    assert infer_year(make_context(stated), 6) == 2017
    assert infer_year(make_context(stated), 6, window=(2011, 2016)) is None  # outside the meeting's own term


def test_infer_year_from_a_term_for_a_congress() -> None:
    text = "Sáng 14/4, Hội LHPN thị trấn tổ chức Đại hội lần thứ III, nhiệm kỳ 2021-2026."
    assert infer_year(make_context(text), 4, congress=True, term_start=2021) == 2021  # a congress opens its term
    assert infer_year(make_context(text), 4) is None  # any other meeting of the term: no year


def test_infer_year_from_an_anniversary() -> None:
    text = "Chiều ngày 5/5, Thị ủy tổ chức Hội nghị Sơ kết 5 năm thực hiện Nghị quyết số 02-NQ/TU ngày 12/5/2017."
    assert infer_year(make_context(text), 5) == 2022
    jubilee = "Sáng 3/2, huyện kỷ niệm 90 năm ngày thành lập Đảng (3/2/1930 - 3/2/2020)."
    assert infer_year(make_context(jubilee), 2) == 2020


def test_infer_year_is_none_without_evidence() -> None:
    assert infer_year(make_context("Sáng 8/2, Tỉnh ủy tổ chức hội nghị."), 2) is None


def _session(start: date | None) -> SessionMention:
    return SessionMention("conference", None, None, None, None, None, None, None, start, start, 0, 1, 0, 1, None, start,
                          "inferred")  # fmt: skip


def test_infer_event_date() -> None:
    ctx = make_context("Hội nghị Huyện ủy\nNgày 15/09, Huyện ủy tổ chức hội nghị năm 2020.", title="Hội nghị Huyện ủy")
    assert infer_event_date(ctx, [_session(date(2020, 9, 14))]) == (date(2020, 9, 14), "inferred")
    assert infer_event_date(ctx, []) == (date(2020, 9, 15), "inferred")
    cited = make_context("Thị ủy sơ kết Nghị quyết số 02-NQ/TU ngày 12/5/2017 về dân chủ ở cơ sở.")
    assert infer_event_date(cited, []) == (None, None)
    assert infer_event_date(make_context("Huyện ủy tổ chức hội nghị."), []) == (None, None)


def test_lead_spans_are_the_title_and_the_first_sentences() -> None:
    text = "Tiêu đề bài viết\nCâu mở đầu đủ dài để là một câu. Câu thứ hai cũng đủ dài như vậy. Câu thứ ba không tính."
    ctx = make_context(text, title="Tiêu đề bài viết")
    assert [text[s.start : s.end] for s in lead_spans(ctx)] == [
        "Tiêu đề bài viết",
        "Câu mở đầu đủ dài để là một câu.",
        "Câu thứ hai cũng đủ dài như vậy.",
    ]


_PIECES = st.sampled_from(
    ["ngày ", "Ngày ", "sáng ", "chiều ", "tháng ", "năm ", "/", "-", " - ", ", ", " và ", "đến ", "số ", "NQ/TU ",
     "Nghị quyết ", "nhiệm kỳ ", "(", ")", "T", ":", "Z", " "]
)  # fmt: skip
_NUMBERS = st.integers(min_value=0, max_value=2099).map(str)


@given(st.lists(st.one_of(_PIECES, _NUMBERS), max_size=25).map("".join), st.none() | st.integers(1990, 2030))
def test_find_dates_never_raises_and_gives_valid_spans(text: str, year: int | None) -> None:
    for d in find_dates(text, year):
        assert 0 <= d.char_start < d.char_end <= len(text)
        assert text[d.char_start : d.char_end] == d.text
        assert 1 <= d.month <= 12 and 1 <= d.end_month <= 12
        if d.start is not None:
            assert d.end is not None and d.start <= d.end
        if year is not None or d.year is not None:
            assert d.start is not None


@given(st.text(max_size=200), st.none() | st.integers(1, 12))
def test_infer_year_never_raises(text: str, month: int | None) -> None:
    year = infer_year(make_context(text), month)
    assert year is None or 1900 <= year <= 2200


# ---------------------------------------------------------------------------------------------------------------
# The year of a date written without one, where the article has no publication stamp


def test_a_cited_decision_moves_a_year_guessed_from_a_term_forward() -> None:
    text = (
        "Sáng 8/2, Tỉnh ủy tổ chức hội nghị công bố Quyết định số 12-QĐNS/TW ngày 6/2/2017 của Ban Bí thư, "
        "chỉ định ông A giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020."
    )
    assert infer_year(make_context(text), 2, day=8) == 2017
    assert infer_year(make_context(text), 2, day=5) == 2017  # a few days before a dated day: the same year
    assert infer_year(make_context(text), 1, day=2) == 2017
    assert infer_year(make_context(text), 11, day=20) == 2017


def test_a_past_event_in_the_text_bounds_the_year() -> None:
    text = "Chiều 27/2, Thành ủy tổ chức hội nghị công bố quyết định. Cuối tháng 12-2018, Trung ương kỷ luật ông B."
    assert infer_year(make_context(text), 2, day=27) == 2019


def test_deadlines_plans_and_births_do_not_bound_the_year() -> None:
    text = (
        "Sáng 6/2, UBND thành phố họp giao ban, yêu cầu các sở hoàn thành trước ngày 31/3/2018; Quốc hội sẽ bế mạc "
        "vào ngày 21/6/2018. Ông C, sinh ngày 5/2/1966, Chủ tịch UBND nhiệm kỳ 2016-2021."
    )
    assert infer_year(make_context(text), 2, day=6) is None  # a term and deadlines bound the year, not to one


def test_a_cited_document_alone_gives_no_year() -> None:
    text = "Ngày 16/6, Ủy ban MTTQ thành phố tổ chức hội nghị phản biện, viện dẫn Quyết định 49 (ngày 1/9/2011)."
    assert infer_year(make_context(text), 6, day=16) is None


def test_a_congress_takes_the_first_year_of_its_own_term_no_other_meeting_does() -> None:
    text = "Ngày 7/7, hội nghị bầu Phó Bí thư nhiệm kỳ 2015-2020 và Chủ tịch UBND nhiệm kỳ 2016-2021."
    assert infer_year(make_context(text), 7) is None
    assert infer_year(make_context(text), 7, congress=True) is None  # no term of its own named
    congress = (
        "Ngày 7/7, Công đoàn cơ quan tổ chức Đại hội lần thứ V; bầu đại biểu dự Đại hội cấp trên nhiệm kỳ 2018-2023."
    )
    assert infer_year(make_context(congress), 7, congress=True, term_start=2017) == 2017


def test_a_term_still_to_come_is_not_the_articles() -> None:
    text = "Sáng 25/12, Trung ương cho ý kiến về quy hoạch Ban Chấp hành Trung ương nhiệm kỳ 2021-2026 trong năm 2018."
    assert infer_year(make_context(text), 12) == 2018


def test_the_year_after_the_same_period_of_a_stated_year() -> None:
    text = "Sáng 28/6, hội nghị cho biết vốn đầu tư tăng gấp đôi so với cùng kỳ năm 2016."
    assert infer_year(make_context(text), 6) == 2017


def test_a_mid_year_session_adopts_next_years_programme() -> None:
    text = "Sáng 11/7, HĐND thành phố khai mạc kỳ họp, xem xét tờ trình về chương trình giám sát năm 2020."
    assert infer_year(make_context(text), 7) == 2019
    january = "Sáng 11/1, Thường trực HĐND triển khai chương trình công tác năm 2023."
    assert infer_year(make_context(january), 1) == 2023


def test_a_birth_date_is_no_event_date() -> None:
    text = (
        "Chân dung tân Chủ tịch HĐND tỉnh\nÔng Nguyễn Văn A, SN 10/8/1963, quê xã B, được bầu làm Chủ tịch HĐND tỉnh."
    )
    assert infer_event_date(make_context(text, title="Chân dung tân Chủ tịch HĐND tỉnh"), []) == (None, None)


def test_a_month_written_with_a_dash() -> None:
    (d,) = find_dates("Cuối tháng 12-2018, Ban Chấp hành Trung ương thi hành kỷ luật.")
    assert (d.start, d.end, d.is_day) == (date(2018, 12, 1), date(2018, 12, 31), False)


@pytest.mark.parametrize("module", [dates_module, year_inference_module, clues_module, bounds_module, marks_module])
def test_module_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0


def test_a_start_told_as_done_bounds_the_year_a_start_to_come_does_not() -> None:
    done = (
        "Sáng 5/7, HĐND thành phố họp. Trước đó, từ tháng 3/2017, Ban Thường vụ đã điều động ông A; nhiệm kỳ 2016-2021."
    )
    assert infer_year(make_context(done), 7, day=5) == 2017
    coming = "Sáng 5/7, HĐND thành phố họp. Mức phí mới sẽ áp dụng từ ngày 1/1/2018; nhiệm kỳ 2016-2021."
    assert infer_year(make_context(coming), 7, day=5) is None


# ---------------------------------------------------------------------------------------------------------------
# What bounds a year, what never gives one, and how the year of an event date is known


def test_an_anniversarys_bracket_holds_no_meeting_day_and_gives_the_year() -> None:
    text = (
        "Kỷ niệm ngày thành lập huyện\n"
        "Nhân kỷ niệm 45 năm Ngày thành lập huyện Tân Phong (12/4/1972 - 12/4/2017), chiều 10/4, Huyện ủy tổ chức "
        "gặp mặt cán bộ hưu trí."
    )
    ctx = make_context(text, title="Kỷ niệm ngày thành lập huyện")
    assert [d.reference for d in find_dates(text)] == [True, True, False]
    assert infer_year(ctx, 4, day=10) == 2017
    assert infer_event_date(ctx, []) == (date(2017, 4, 10), "inferred")


def test_an_anniversary_of_a_founding_told_elsewhere() -> None:
    text = (
        "Chiều 24/5, Trung tâm Văn hóa huyện tổ chức lễ kỷ niệm 10 năm thành lập, đồng chí A trao cờ thi đua năm "
        "2016. Trung tâm được thành lập theo Quyết định số 32 ngày 11/4/2007 của UBND tỉnh."
    )
    assert infer_year(make_context(text), 5, day=24) == 2017


def test_a_profiles_age_and_birth_give_the_year_an_approximate_age_does_not() -> None:
    text = "Sáng 8/2, Tỉnh ủy tổ chức hội nghị. Ông Hoàng Văn Khải, 47 tuổi, giữ chức Phó Bí thư; ông sinh năm 1970."
    assert infer_year(make_context(text), 2, day=8) == 2017
    vague = "Sáng 8/2, Công an bắt đối tượng khoảng 30 tuổi cùng Lê Văn Tú (SN 1991)."
    assert infer_year(make_context(vague), 2, day=8) is None


def test_a_document_cited_days_before_the_meeting_gives_its_year_an_old_regulation_does_not() -> None:
    text = "Ngày 13/7, Tỉnh ủy họp bàn nhân sự theo Công văn số 7143-CV/VPTW ngày 11/7/2018 của Văn phòng Trung ương."
    assert infer_year(make_context(text), 7, day=13) == 2018
    old = "Chiều 25/5, Ban Bí thư họp, áp dụng Quy định số 181-QĐ/TW ngày 30/3/2013 của Bộ Chính trị."
    assert infer_year(make_context(old), 5, day=25) is None


def test_a_29_february_in_a_term_with_one_leap_year() -> None:
    text = "Sáng ngày 29/02, Thường trực HĐND huyện họp, thống nhất nội dung kỳ họp HĐND huyện nhiệm kỳ 2021 – 2026."
    assert infer_year(make_context(text), 2, day=29) == 2024
    assert infer_year(make_context(text), 3, day=1) is None  # any other day of the term: no year


def test_targets_and_a_lone_bare_year_are_not_the_articles_year() -> None:
    targets = "Sáng 4/7, HĐND thành phố họp. Đến năm 2025 đạt 30% nhu cầu đi lại, năm 2030 khoảng 50%."
    assert infer_year(make_context(targets), 7) is None
    lone = "Chiều 9/6, UBND tỉnh họp về nhà ở xã hội. Đáng chú ý, năm 2015, tỉnh bạn đã xây 3.000 căn hộ."
    assert infer_year(make_context(lone), 6) is None
    period = "Chiều 9/6, UBND tỉnh họp đánh giá kết quả 5 tháng đầu năm 2017."
    assert infer_year(make_context(period), 6) == 2017


def test_a_day_told_until_now_is_past_a_deadline_bounds_from_above() -> None:
    since = "Sáng 24-1, HĐND tỉnh họp bất thường. Từ ngày 18-12-2017 đến nay, ông A không có tên trên lịch công tác."
    assert infer_year(make_context(since), 1, day=24) == 2018
    clash = "Sáng 24-9, Tỉnh ủy họp, yêu cầu hoàn thành trước ngày 31/3/2017; chương trình 6 tháng cuối năm 2017."
    assert infer_year(make_context(clash), 9, day=24) is None  # a meeting in late 2017 cannot set a March 2017 deadline


def test_the_fetch_date_anchors_the_year_where_the_page_has_no_stamp() -> None:
    ctx = replace(make_context("Chiều 28/12, UBND huyện họp giao ban."), fetched_at=datetime(2024, 1, 5, 9, 0))
    assert year_of(ctx, 12, day=28) == (2023, "fetched")
    stamped = replace(ctx, published_at=datetime(2023, 12, 29, 7, 0))
    assert year_of(stamped, 12, day=28) == (2023, "published")


def test_other_days_take_their_year_from_the_leads_day() -> None:
    text = (
        "Sáng ngày 29/02, Thường trực HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026 họp phiên thường kỳ. "
        "Kỳ họp thứ 9 dự kiến khai mạc vào sáng ngày 01/03. Trước đó, ngày 20/12, Huyện ủy đã cho ý kiến."
    )
    ctx = make_context(text)
    assert [d.start for d in dates_in(ctx, Sentence(0, len(text)))] == [
        date(2024, 2, 29), date(2024, 3, 1), date(2023, 12, 20)
    ]  # fmt: skip
    assert {d.basis for d in dates_in(ctx, Sentence(0, len(text)))} == {"inferred"}


def test_a_leads_day_long_past_is_history_not_the_event() -> None:
    text = (
        "Kỷ niệm 70 năm ngày Bác về thăm\n"
        "Ngày 20/5/1947, Bác Hồ về thăm xã Tân Phong. Kỷ niệm 70 năm sự kiện (20/5/1947 - 20/5/2017), tối 19/5, "
        "Huyện ủy tổ chức lễ kỷ niệm."
    )
    ctx = make_context(text, title="Kỷ niệm 70 năm ngày Bác về thăm")
    assert infer_event_date(ctx, []) == (date(2017, 5, 19), "inferred")


def test_today_in_the_lead_is_the_publication_day() -> None:
    text = "Ban Bí thư họp\nHôm nay, Ban Bí thư họp, kỷ luật cảnh cáo ông A."
    ctx = make_context(text, title="Ban Bí thư họp", published_at=datetime(2017, 5, 25, 16, 0))
    assert infer_event_date(ctx, []) == (date(2017, 5, 25), "published")
    assert infer_event_date(replace(ctx, published_at=None), []) == (None, None)


def test_a_written_year_is_stated() -> None:
    ctx = make_context("Tin hoạt động\nNgày 15/9/2020, Huyện ủy tổ chức hội nghị.", title="Tin hoạt động")
    assert infer_event_date(ctx, []) == (date(2020, 9, 15), "stated")
