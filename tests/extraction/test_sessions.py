"""The meetings an article reports: the five seeds, context that is never a session, merging, and properties."""

from __future__ import annotations

import doctest
import re
from datetime import date, datetime
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transforms.extraction.sessions.bodies as bodies_module
import transforms.extraction.sessions.meetings as meetings_module
from tests.conftest import RAW, make_context
from transforms.codes import LEVELS, ORGANIZATION_TYPES, SESSION_TYPES
from transforms.extraction.dates.event import infer_event_date
from transforms.extraction.sessions.reports import extract_sessions
from transforms.model import DocumentContext, Sentence, SessionMention

# Site chrome the cleaner removes: a skip link, the slogan banner, image file names, a category line.
_CHROME_RE = re.compile(r"^(?:Skip to main content|Quyết tâm thực hiện thắng lợi .*|\S+\.jpg|Chính trị)$")


def _headlined(text: str) -> DocumentContext:
    """A made-up article whose first line is its headline."""
    return make_context(text, text.split("\n")[0])


def _seed(name: str, has_title: bool = True, published_at: datetime | None = None) -> DocumentContext:
    """A seed article as the cleaner leaves it: chrome and repeated lines gone, the title on the first line."""
    lines: list[str] = []
    for line in (RAW / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not _CHROME_RE.match(line) and (not lines or line != lines[-1]):
            lines.append(line)
    return make_context("\n".join(lines), lines[0] if has_title else None, published_at)


def _key(s: SessionMention) -> tuple:
    return (s.session_type, s.start_date, s.end_date, s.body_type, s.ordinal, s.term, s.term_start_year,
            s.term_end_year)  # fmt: skip


SEEDS = [
    ("000_7a80510609716b7c", True, None,
     [("congress", date(2020, 5, 7), date(2020, 5, 7), "party_cell", None, None, 2020, 2025)],
     "Chi bộ Văn phòng HĐND&UBND huyện", None),
    ("001_c6919bca00d5da6a", True, None,
     [("conference", date(2020, 9, 15), date(2020, 9, 15), "party_committee", 2, "XXII", 2020, 2025)],
     "Ban Chấp hành đảng bộ huyện Bắc Sơn", "Bắc Sơn"),
    ("002_15333318591f4556", True, None,
     [("congress", date(2020, 5, 13), date(2020, 5, 14), "party_organization", 16, "XVI", 2020, 2025)],
     "Đảng bộ cơ quan Chính quyền huyện Khoái Châu", "Khoái Châu"),
    ("003_4dbf0cd97c90c73c", True, datetime(2023, 1, 11, 17, 30),
     [("briefing", date(2023, 1, 11), date(2023, 1, 11), "peoples_council", None, None, None, None)],
     "Thường trực HĐND huyện Thạch Thất", "Thạch Thất"),
    ("004_d04be4df1517faf1", False, None,
     [("review", date(2022, 5, 5), date(2022, 5, 5), "party_committee", None, None, None, None)],
     "Thị ủy Hồng Lĩnh", "Hồng Lĩnh"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "has_title", "published_at", "expected", "body", "place"), SEEDS)
def test_seed_sessions(name, has_title, published_at, expected, body, place) -> None:
    ctx = _seed(name, has_title, published_at)
    sessions = extract_sessions(ctx)
    assert [_key(s) for s in sessions] == expected
    assert sessions[0].body_name == body
    assert sessions[0].place_name == place
    assert infer_event_date(ctx, sessions)[0] == expected[0][1]


def test_seed_without_its_publication_stamp_takes_the_year_from_the_text() -> None:
    (session,) = extract_sessions(_seed("003_4dbf0cd97c90c73c"))
    assert session.start_date == date(2023, 1, 11)


def test_seed_evidence_is_the_dated_sentence() -> None:
    ctx = _seed("001_c6919bca00d5da6a")
    (session,) = extract_sessions(ctx)
    evidence = ctx.clean_text[session.sentence_start : session.sentence_end]
    assert evidence.startswith("Ngày 15/09, Ban Chấp hành Đảng bộ huyện Bắc Sơn")
    assert ctx.clean_text[session.char_start : session.char_end].startswith("Hội nghị lần thứ 2")


@pytest.mark.parametrize(
    "sentence",
    [
        "Huyện thông qua chương trình thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025.",
        "Các đại biểu góp ý vào dự thảo Báo cáo chính trị Đại hội Đảng bộ huyện khóa XXIV và các văn kiện trình "
        "Đại hội lần thứ XIII của Đảng.",
        "Chi bộ bầu Ban chấp hành nhiệm kỳ 2020-2025 và bầu đại biểu đi dự đại hội cấp trên.",
        "Đảng bộ bầu đoàn đại biểu đi dự Đại hội Đảng bộ huyện lần thứ XXV nhiệm kỳ 2020 – 2025.",
        "Huyện chỉ đạo 100% chi, đảng bộ cơ sở tổ chức thành công Đại hội Đảng bộ nhiệm kỳ 2020-2025.",
        "Trong năm 2022, HĐND huyện đã tổ chức thành công 5 Kỳ họp, trong đó có 3 Kỳ họp chuyên đề.",
        "Nhờ vậy các kỳ họp đảm bảo ngày càng nâng cao chất lượng, đúng quy trình, quy định.",
        "Theo kế hoạch, Kỳ họp thứ 4 của HĐND thành phố sẽ khai mạc vào ngày 3/7/2017.",
        "Lễ kỷ niệm diễn ra tại Trung tâm Hội nghị tỉnh ngày 8/7/2016.",
        "Ngày 12/3/2021, đại biểu tham gia hoạt động tiếp xúc cử tri và các phiên giải trình giữa hai kỳ họp.",
    ],
)
def test_context_is_never_a_session(sentence: str) -> None:
    """Each sentence is the article's lead, where a meeting it reports would count."""
    text = "Tin hoạt động của huyện\n" + sentence + "\nBài viết không nói về một cuộc họp cụ thể nào."
    assert extract_sessions(make_context(text, "Tin hoạt động của huyện")) == []


def test_two_meetings_held_together_are_two_sessions() -> None:
    text = (
        "Phường tổ chức Kỳ họp thứ 10 và Hội nghị sơ kết giữa nhiệm kỳ\n"
        "Ngày 20/12/2018, HĐND phường Khóa III, Nhiệm kỳ 2016 - 2021 tổ chức Kỳ họp thứ 10 và hội nghị sơ kết "
        "giữa nhiệm kỳ.\nTại kỳ họp, HĐND phường đã thông qua các báo cáo."
    )
    sessions = extract_sessions(_headlined(text))
    assert [(s.session_type, s.start_date, s.ordinal, s.body_type, s.level) for s in sessions] == [
        ("council_session", date(2018, 12, 20), 10, "peoples_council", "commune"),
        ("review", date(2018, 12, 20), None, "peoples_council", "commune"),
    ]


def test_a_nationwide_congress_is_the_central_bodys_wherever_the_article_is_placed() -> None:
    text = (
        "Đoàn đại biểu thành phố lên đường dự Đại hội\n"
        "Sáng 20/9/2019, đoàn đại biểu TP.HCM lên đường dự Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam "
        "lần thứ IX, nhiệm kỳ 2019 - 2024.\nNgày 15/8/2019, Ủy ban MTTQ tỉnh Bình Lâm tổ chức Đại hội đại biểu "
        "Mặt trận Tổ quốc Việt Nam tỉnh lần thứ X."
    )
    sessions = extract_sessions(_headlined(text))
    assert [(s.session_type, s.body_type, s.level) for s in sessions] == [
        ("congress", "fatherland_front", "central"),
        ("congress", "fatherland_front", "province"),
    ]


def test_a_key_officials_conference_is_its_units_party_committees() -> None:
    text = (
        "Hội nghị cán bộ chủ chốt thành phố\n"
        "Sáng 7/4/2016, tại hội nghị cán bộ chủ chốt thành phố Hà Nội, các đại biểu bỏ phiếu giới thiệu nhân sự.\n"
        "Ngày 5/4/2016, Huyện ủy Minh Sơn tổ chức hội nghị cán bộ chủ chốt huyện."
    )
    sessions = extract_sessions(_headlined(text))
    assert [(s.body_type, s.level) for s in sessions] == [
        ("party_committee", "province"),
        ("party_committee", "district"),
    ]
    assert sessions[1].body_name == "Huyện ủy Minh Sơn"  # the holder named, not the audience


def test_a_council_session_takes_the_term_its_article_gives_the_committee_it_elects() -> None:
    text = (
        "HĐND tỉnh bầu Chủ tịch UBND tỉnh\n"
        "Chiều 8/2/2017, HĐND tỉnh Bình Lâm tiến hành phiên họp bất thường để bầu nhân sự. "
        "Ông Trần Văn Bảo được bầu làm Chủ tịch UBND tỉnh Bình Lâm, nhiệm kỳ 2016 - 2021."
    )
    sessions = extract_sessions(_headlined(text))
    assert [(s.body_type, s.term_start_year, s.term_end_year) for s in sessions] == [("peoples_council", 2016, 2021)]
    two_terms = text + " Trước đó ông là Phó Chủ tịch UBND tỉnh Bình Lâm, nhiệm kỳ 2011 - 2016."
    sessions = extract_sessions(_headlined(two_terms))
    assert [(s.term_start_year, s.term_end_year) for s in sessions] == [(None, None)]  # which one is not told


def test_mentions_of_one_meeting_merge_and_a_dated_one_elsewhere_is_kept() -> None:
    text = (
        "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XVIII\n"
        "Sáng 8/2/2021, Tỉnh ủy tổ chức Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XVIII. "
        "Dự hội nghị có các đồng chí lãnh đạo tỉnh.\n"
        "Phát biểu kết luận Hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh nhiệm vụ năm 2021.\n"
        "Trước đó, ngày 5/2/2021, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị giao ban quý I."
    )
    sessions = extract_sessions(_headlined(text))
    assert [(s.session_type, s.start_date, s.ordinal, s.term, s.level) for s in sessions] == [
        ("conference", date(2021, 2, 8), 5, "XVIII", "province"),
        ("briefing", date(2021, 2, 5), None, None, "province"),
    ]


def test_a_council_session_with_a_spelt_ordinal_and_a_roman_term() -> None:
    text = "Sáng 2/4/2019, HĐND tỉnh Kon Tum khoá XI đã khai mạc Kỳ họp thứ Tám (bất thường) để xem xét nhân sự."
    (session,) = extract_sessions(make_context(text))
    assert (session.session_type, session.ordinal, session.term, session.body_name, session.place_name) == (
        "council_session", 8, "XI", "HĐND tỉnh Kon Tum", "Kon Tum",
    )  # fmt: skip


def test_a_voter_meeting_and_a_term_written_in_digits() -> None:
    text = "Chiều 15/6/2021, Tổ đại biểu HĐND huyện khóa 20 tiếp xúc cử tri xã Tân Lập sau kỳ họp thứ nhất."
    sessions = extract_sessions(make_context(text))
    assert [(s.session_type, s.start_date, s.body_type) for s in sessions] == [
        ("voter_meeting", date(2021, 6, 15), "peoples_council")
    ]


def test_a_womens_union_congress_is_a_mass_organization() -> None:
    text = "Ngày 9/3/2022, Hội LHPN xã đã tổ chức Đại hội đại biểu Phụ nữ xã lần thứ IV, nhiệm kỳ 2022-2027."
    (session,) = extract_sessions(make_context(text))
    assert (session.session_type, session.body_type, session.level, session.ordinal, session.term_end_year) == (
        "congress", "mass_organization", "commune", 4, 2027,
    )  # fmt: skip


def test_no_text_no_sessions() -> None:
    assert extract_sessions(make_context("")) == []
    assert infer_event_date(make_context(""), []) == (None, None)


_WORDS = st.sampled_from(
    ["Hội nghị", "Đại hội", "Kỳ họp", "kỳ họp thứ", "lần thứ", "XXII", "khóa", "nhiệm kỳ", "2020-2025", "Ngày",
     "15/09", "13- 14/5/2020", "tổ chức", "HĐND", "huyện", "Bắc Sơn", "Thị ủy", "Chi bộ", "Đảng bộ", "UBND", "các",
     "Nghị quyết", "số", "02-NQ/TU", "ngày", "tiếp xúc cử tri", "giao ban", "sơ kết", "năm", "2023", ",", ".", "\n",
     "(", ")", "và", "sẽ", "phiên chất vấn", "Đoàn giám sát", "xã", "TP.", "HCM", "&", "-"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.booleans(), st.booleans())
def test_extract_sessions_never_raises_and_emits_valid_records(text: str, titled: bool, stamped: bool) -> None:
    ctx = make_context(text, text.split("\n")[0] if titled else None, datetime(2020, 9, 16) if stamped else None)
    sessions = extract_sessions(ctx)
    for s in sessions:
        assert s.session_type in SESSION_TYPES
        assert s.body_type is None or s.body_type in ORGANIZATION_TYPES
        assert s.level is None or s.level in LEVELS
        assert 0 <= s.sentence_start <= s.char_start < s.char_end <= s.sentence_end <= len(text)
        # a first day without a last ("ngày làm việc thứ 2"), a last without a first (a closing day) may be told
        assert s.start_date is None or s.end_date is None or s.start_date <= s.end_date
        assert (s.term_start_year is None) == (s.term_end_year is None)
        assert s.ordinal is None or s.ordinal > 0
    event, basis = infer_event_date(ctx, sessions)
    assert (event is None) == (basis is None)
    assert event is None or isinstance(event, date)


# ---------------------------------------------------------------------------------------------------------------
# Holders, types and numbers of real-world phrasing


def _sentence(text: str) -> DocumentContext:
    """A context of one sentence (abbreviations such as "TP. HCM" must not cut it)."""
    return DocumentContext(clean_text=text, sentences=(Sentence(0, len(text)),))


def _summary(s: SessionMention) -> tuple:
    return (s.session_type, s.body_type, s.level, s.ordinal, s.start_date)


def test_a_national_assembly_session_is_other_and_an_inspection_commission_too() -> None:
    qh = _sentence("Sáng 20/5/2019, Quốc hội khai mạc kỳ họp thứ 7 tại Hà Nội.")
    assert [_summary(s) for s in extract_sessions(qh)] == [
        ("other", "national_assembly", "central", 7, date(2019, 5, 20))
    ]
    ubkt = _sentence("Từ ngày 7 đến 9/11/2018, Ủy ban Kiểm tra Trung ương đã họp kỳ họp thứ 30.")
    assert [_summary(s) for s in extract_sessions(ubkt)] == [
        ("other", "inspection_commission", "central", 30, date(2018, 11, 7))
    ]


def test_a_session_without_a_holder_in_an_article_about_the_national_assembly() -> None:
    text = "Bế mạc kỳ họp thứ 6\nChiều 20/11/2018, các đại biểu biểu quyết thông qua luật; Quốc hội làm việc 25 ngày."
    (session,) = extract_sessions(make_context(text, "Bế mạc kỳ họp thứ 6"))
    assert (session.session_type, session.ordinal, session.start_date) == ("other", 6, date(2018, 11, 20))


def test_the_council_named_apart_from_its_session_holds_it() -> None:
    text = "Chiều 11/7/2018, HĐND tỉnh Nghệ An tại kỳ họp thứ 9 đã chất vấn Giám đốc Sở Tài nguyên và Môi trường."
    (session,) = extract_sessions(_sentence(text))
    assert _summary(session) == ("council_session", "peoples_council", "province", 9, date(2018, 7, 11))
    assert session.body_name == "HĐND tỉnh Nghệ An"


def test_a_bracketed_second_name_of_a_session_is_the_same_session() -> None:
    text = (
        "Sáng 3/6/2019, Hội đồng nhân dân (HĐND) TP. Cần Thơ tổ chức kỳ họp bất thường (kỳ họp thứ 12) để bầu "
        "chức danh Chủ tịch UBND thành phố."
    )
    (session,) = extract_sessions(_sentence(text))
    assert _summary(session) == ("council_session", "peoples_council", "province", 12, date(2019, 6, 3))
    assert session.body_name == "Hội đồng nhân dân (HĐND) TP. Cần Thơ"


def test_a_body_named_later_in_the_sentence_does_not_hold_the_session() -> None:
    text = "Chiều 8/4/2018, kỳ họp thứ 13 HĐND TP. HCM khoá IX bàn về tờ trình của UBND thành phố."
    (session,) = extract_sessions(_sentence(text))
    assert (session.body_name, session.body_type, session.level, session.ordinal, session.term) == (
        "HĐND TP. HCM", "peoples_council", "province", 13, "IX",
    )  # fmt: skip


def test_a_place_name_keeps_a_syllable_that_is_also_a_family_name() -> None:
    text = "Sáng 28/10/2015, Đại hội Đảng bộ tỉnh Bình Dương lần thứ X, nhiệm kỳ 2015-2020 đã bế mạc."
    (session,) = extract_sessions(_sentence(text))
    assert (session.body_name, session.place_name, session.ordinal) == ("Đảng bộ tỉnh Bình Dương", "Bình Dương", 10)
    person = "Ngày 27/6/2017, Đoàn đại biểu Quốc hội tỉnh Sơn La Tòng Thị Phóng tiếp xúc cử tri tại xã Chiềng Đen."
    (voters,) = extract_sessions(_sentence(person))
    assert voters.place_name == "Sơn La"


def test_a_sitting_of_a_congress_is_not_its_number() -> None:
    text = "Trong ngày làm việc chiều 12/9/2019, Đại hội phiên thứ Nhất đã thông qua nhiều nội dung quan trọng."
    (session,) = extract_sessions(_sentence(text))
    assert (session.session_type, session.ordinal, session.term) == ("congress", None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo kế hoạch trước đó, kỳ họp thứ hai HĐND tỉnh khai mạc ngày 18/8/2016 tại Hội trường Tỉnh ủy.",
        "Về công tác chuẩn bị tổ chức Đại hội, các đại biểu thống nhất thời gian trong 2 ngày 12 và 13/9/2019.",
        "UBND thành phố phải bàn kỹ đề án để trình HĐND thành phố vào kỳ họp ngày 30/12/2015.",
        "Đến ngày 3/11/2015, toàn bộ 68/68 Đảng bộ trực thuộc đã tổ chức thành công Đại hội nhiệm kỳ 2015-2020.",
    ],
)
def test_plans_and_round_ups_are_never_sessions(sentence: str) -> None:
    text = "Tin hoạt động\n" + sentence
    assert extract_sessions(make_context(text, "Tin hoạt động")) == []


def test_a_congress_held_successfully_is_reported_in_the_year_of_its_term() -> None:
    text = (
        "Đại hội công đoàn cơ quan quận\n"
        "Ngày 7/7, Công đoàn cơ quan quận đã tổ chức thành công Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017- 2022. "
        "Đại hội đã bầu đại biểu đi dự Đại hội Công đoàn quận lần thứ IV, nhiệm kỳ 2018-2023."
    )
    (session,) = extract_sessions(make_context(text, "Đại hội công đoàn cơ quan quận"))
    assert (session.session_type, session.ordinal, session.start_date) == ("congress", 5, date(2017, 7, 7))


def test_a_plain_congress_refers_back_to_the_one_reported() -> None:
    text = (
        "Ngân hàng họp đại hội cổ đông\n"
        "Sáng 30/6/2017, ngân hàng tổ chức Đại hội đồng cổ đông thường niên. "
        "Đại hội đã thông qua tờ trình bầu thành viên Hội đồng quản trị."
    )
    (session,) = extract_sessions(make_context(text, "Ngân hàng họp đại hội cổ đông"))
    assert (session.session_type, session.start_date) == ("other", date(2017, 6, 30))


def test_an_unnamed_city_is_the_centrally_governed_one_the_article_names() -> None:
    text = "Sáng 7/12/2018, bà A, Chủ tịch HĐND TP HCM, phát biểu trước các đại biểu HĐND TP tại kỳ họp."
    (session,) = extract_sessions(_sentence(text))
    assert (session.body_type, session.level) == ("peoples_council", "province")
    provincial = "Sáng 7/12/2018, các đại biểu HĐND TP Vinh họp; HĐND TP khai mạc kỳ họp."
    assert [s.level for s in extract_sessions(_sentence(provincial))] == ["district"]


@pytest.mark.parametrize("module", [bodies_module, meetings_module])
def test_module_doctests(module: ModuleType) -> None:
    assert doctest.testmod(module).failed == 0


def test_a_day_within_a_sessions_days_is_the_same_session() -> None:
    text = (
        "Kỳ họp thứ 7 HĐND tỉnh\n"
        "Kỳ họp thứ 7 HĐND tỉnh Thanh Hóa diễn ra từ ngày 11 đến 13/12/2016 tại Trung tâm Hội nghị tỉnh.\n"
        "Chiều 12/12/2016, kỳ họp thứ 7 HĐND tỉnh Thanh Hóa tiếp tục phiên chất vấn."
    )
    sessions = extract_sessions(make_context(text, "Kỳ họp thứ 7 HĐND tỉnh"))
    assert [(s.session_type, s.ordinal, s.start_date, s.end_date) for s in sessions if s.session_type != "hearing"] == [
        ("council_session", 7, date(2016, 12, 11), date(2016, 12, 13))
    ]


def test_the_day_told_right_after_a_session_is_its_own() -> None:
    text = (
        '"Ít ngày nữa tôi sẽ nghỉ hưu, chính thức từ ngày 1/1/2015", ông A nói tại kỳ họp thứ 11 HĐND thành phố '
        "diễn ra sáng 11/12/2014."
    )
    (session,) = extract_sessions(_sentence(text))
    assert (session.ordinal, session.start_date) == (11, date(2014, 12, 11))
