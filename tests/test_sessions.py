"""The meetings an article reports: the five seeds, context that is never a session, merging, and properties."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.codes import LEVELS, ORGANIZATION_TYPES, SESSION_TYPES
from transforms.dates import infer_event_date
from transforms.model import DocumentContext, Sentence, SessionMention
from transforms.sessions import extract_sessions

RAW = Path(__file__).resolve().parents[1] / "raw"
# Site chrome the cleaner removes: a skip link, the slogan banner, image file names, a category line.
_CHROME_RE = re.compile(r"^(?:Skip to main content|Quyết tâm thực hiện thắng lợi .*|\S+\.jpg|Chính trị)$")


def _context(text: str, title: str | None = None, published_at: datetime | None = None) -> DocumentContext:
    """A context whose sentences are its lines, cut after ". " before a capital."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for cut in re.finditer(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", line.group(0)):
            spans.append(Sentence(start, line.start() + cut.start()))
            start = line.start() + cut.end()
        spans.append(Sentence(start, line.end()))
    return DocumentContext(clean_text=text, sentences=tuple(spans), title=title, published_at=published_at)


def _seed(name: str, has_title: bool = True, published_at: datetime | None = None) -> DocumentContext:
    """A seed article as the cleaner leaves it: chrome and repeated lines gone, the title on the first line."""
    lines: list[str] = []
    for line in (RAW / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not _CHROME_RE.match(line) and (not lines or line != lines[-1]):
            lines.append(line)
    return _context("\n".join(lines), lines[0] if has_title else None, published_at)


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
    assert infer_event_date(ctx, sessions) == expected[0][1]


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
    assert extract_sessions(_context(text, "Tin hoạt động của huyện")) == []


def test_two_meetings_held_together_are_two_sessions() -> None:
    text = (
        "Phường tổ chức Kỳ họp thứ 10 và Hội nghị sơ kết giữa nhiệm kỳ\n"
        "Ngày 20/12/2018, HĐND phường Khóa III, Nhiệm kỳ 2016 - 2021 tổ chức Kỳ họp thứ 10 và hội nghị sơ kết "
        "giữa nhiệm kỳ.\nTại kỳ họp, HĐND phường đã thông qua các báo cáo."
    )
    sessions = extract_sessions(_context(text, text.split("\n")[0]))
    assert [(s.session_type, s.start_date, s.ordinal, s.body_type, s.level) for s in sessions] == [
        ("council_session", date(2018, 12, 20), 10, "peoples_council", "commune"),
        ("review", date(2018, 12, 20), None, "peoples_council", "commune"),
    ]


def test_mentions_of_one_meeting_merge_and_a_dated_one_elsewhere_is_kept() -> None:
    text = (
        "Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XVIII\n"
        "Sáng 8/2/2021, Tỉnh ủy tổ chức Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh khóa XVIII. "
        "Dự hội nghị có các đồng chí lãnh đạo tỉnh.\n"
        "Phát biểu kết luận Hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh nhiệm vụ năm 2021.\n"
        "Trước đó, ngày 5/2/2021, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị giao ban quý I."
    )
    sessions = extract_sessions(_context(text, text.split("\n")[0]))
    assert [(s.session_type, s.start_date, s.ordinal, s.term, s.level) for s in sessions] == [
        ("conference", date(2021, 2, 8), 5, "XVIII", "province"),
        ("briefing", date(2021, 2, 5), None, None, "province"),
    ]


def test_a_council_session_with_a_spelt_ordinal_and_a_roman_term() -> None:
    text = "Sáng 2/4/2019, HĐND tỉnh Kon Tum khoá XI đã khai mạc Kỳ họp thứ Tám (bất thường) để xem xét nhân sự."
    (session,) = extract_sessions(_context(text))
    assert (session.session_type, session.ordinal, session.term, session.body_name, session.place_name) == (
        "council_session", 8, "XI", "HĐND tỉnh Kon Tum", "Kon Tum",
    )  # fmt: skip


def test_a_voter_meeting_and_a_term_written_in_digits() -> None:
    text = "Chiều 15/6/2021, Tổ đại biểu HĐND huyện khóa 20 tiếp xúc cử tri xã Tân Lập sau kỳ họp thứ nhất."
    sessions = extract_sessions(_context(text))
    assert [(s.session_type, s.start_date, s.body_type) for s in sessions] == [
        ("voter_meeting", date(2021, 6, 15), "peoples_council")
    ]


def test_a_womens_union_congress_is_a_mass_organization() -> None:
    text = "Ngày 9/3/2022, Hội LHPN xã đã tổ chức Đại hội đại biểu Phụ nữ xã lần thứ IV, nhiệm kỳ 2022-2027."
    (session,) = extract_sessions(_context(text))
    assert (session.session_type, session.body_type, session.level, session.ordinal, session.term_end_year) == (
        "congress", "mass_organization", "commune", 4, 2027,
    )  # fmt: skip


def test_no_text_no_sessions() -> None:
    assert extract_sessions(_context("")) == []
    assert infer_event_date(_context(""), []) is None


_WORDS = st.sampled_from(
    ["Hội nghị", "Đại hội", "Kỳ họp", "kỳ họp thứ", "lần thứ", "XXII", "khóa", "nhiệm kỳ", "2020-2025", "Ngày",
     "15/09", "13- 14/5/2020", "tổ chức", "HĐND", "huyện", "Bắc Sơn", "Thị ủy", "Chi bộ", "Đảng bộ", "UBND", "các",
     "Nghị quyết", "số", "02-NQ/TU", "ngày", "tiếp xúc cử tri", "giao ban", "sơ kết", "năm", "2023", ",", ".", "\n",
     "(", ")", "và", "sẽ", "phiên chất vấn", "Đoàn giám sát", "xã", "TP.", "HCM", "&", "-"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.booleans(), st.booleans())
def test_extract_sessions_never_raises_and_emits_valid_records(text: str, titled: bool, stamped: bool) -> None:
    ctx = _context(text, text.split("\n")[0] if titled else None, datetime(2020, 9, 16) if stamped else None)
    sessions = extract_sessions(ctx)
    for s in sessions:
        assert s.session_type in SESSION_TYPES
        assert s.body_type is None or s.body_type in ORGANIZATION_TYPES
        assert s.level is None or s.level in LEVELS
        assert 0 <= s.sentence_start <= s.char_start < s.char_end <= s.sentence_end <= len(text)
        assert (s.start_date is None) == (s.end_date is None)
        assert s.start_date is None or s.start_date <= s.end_date
        assert (s.term_start_year is None) == (s.term_end_year is None)
        assert s.ordinal is None or s.ordinal > 0
    event = infer_event_date(ctx, sessions)
    assert event is None or isinstance(event, date)
