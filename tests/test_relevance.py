"""Tests for `transforms.relevance`: texts written for the tests, the sample pages in `raw/`, the cue tables, and (when
`../shared` is present) the evaluation on the hand-labelled sample."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.model import Relevance
from transforms.relevance import (
    BODY_PHRASES,
    EVENT_PHRASES,
    THRESHOLD,
    assess_relevance,
    expand,
    find_cues,
    fold,
    passes_gate,
    sentence_spans,
    surface_forms,
)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

COUNCIL_SESSION = (
    "Khai mạc Kỳ họp thứ 9 HĐND huyện khóa XX\n"
    "Sáng 12/7, Hội đồng nhân dân huyện tổ chức Kỳ họp thứ 9, khóa XX, nhiệm kỳ 2016 - 2021. "
    "Dự kỳ họp có đồng chí Bí thư Huyện ủy, lãnh đạo UBND huyện và 35 đại biểu HĐND huyện. "
    "Tại kỳ họp, các đại biểu thảo luận, thông qua 12 nghị quyết về phát triển kinh tế - xã hội."
)
FOOTBALL = (
    "Đội chủ nhà thắng đậm ở vòng 16\n"
    "Tối qua, đội chủ nhà đã thắng 3-0 trên sân nhà. Hai bàn thắng được ghi trong hiệp hai, "
    "huấn luyện viên trưởng hài lòng với lối chơi của các cầu thủ trẻ."
)
PROVINCIAL_BUSINESS = (
    "Doanh nghiệp dệt may mở rộng nhà máy tại tỉnh\n"
    "Công ty cổ phần dệt may vừa khởi công mở rộng nhà máy với tổng vốn 500 tỷ đồng. "
    "Theo đại diện UBND tỉnh, dự án sẽ tạo việc làm cho khoảng 2.000 lao động địa phương. "
    "Sản phẩm của nhà máy chủ yếu xuất khẩu sang châu Âu và Nhật Bản."
)
NATIONAL_ONLY = (
    "Quốc hội bế mạc kỳ họp thứ 5\n"
    "Sáng nay, Quốc hội đã bế mạc kỳ họp thứ 5 sau hơn một tháng làm việc. "
    "Quốc hội đã thông qua 8 luật và 12 nghị quyết, Chủ tịch Quốc hội phát biểu bế mạc."
)
INCIDENT = (
    "Hai học sinh đuối nước khi tắm sông\n"
    "Chiều 20/5, ông Nguyễn Văn A, Chủ tịch UBND xã cho biết trên địa bàn vừa xảy ra vụ đuối nước khiến hai học sinh "
    "tử vong. Lực lượng chức năng đang làm rõ nguyên nhân."
)
NATIONAL_DIRECTIVE = (
    "Tăng cường quản lý khai thác cát\n"
    "Phó Thủ tướng vừa yêu cầu các bộ, ngành và UBND các tỉnh, thành phố tăng cường kiểm tra, giám sát việc khai thác "
    "cát trên các tuyến sông."
)


def verdict(text: str, title: str | None = None) -> Relevance:
    return assess_relevance(title if title is not None else text.partition("\n")[0], text)


@pytest.mark.parametrize(
    "text",
    [
        COUNCIL_SESSION,
        # Party congress of a commune, old tone style, "&", doubled spaces.
        "Đại hội Đảng bộ xã  Tân Lập lần thứ XV\nNgày 20/6, Đảng bộ xã Tân Lập long trọng tổ chức Đại hội đại biểu "
        "lần thứ XV, nhiệm kỳ 2020-2025. Dự đại hội có đồng chí Phó Bí thư Huyện uỷ và lãnh đạo HĐND&UBND huyện.",
        # Voter meeting.
        "Cử tri huyện kiến nghị nhiều vấn đề dân sinh\nNgày 5/5, Tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri huyện trước "
        "kỳ họp thường lệ giữa năm. Các ý kiến tập trung vào giao thông nông thôn.",
        # Personnel decision at provincial level.
        "Trao quyết định điều động Bí thư Huyện ủy\nChiều 26/6, Ban Thường vụ Tỉnh ủy đã trao quyết định điều động, "
        "phân công đồng chí Trần Văn B giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.",
        # Title is an event, the lead names the body.
        "Bế mạc Kỳ họp thứ tư\nChiều 5/7, Hội đồng nhân dân thành phố đã bế mạc kỳ họp thứ tư sau ba ngày làm việc.",
    ],
)
def test_local_government_reports_are_relevant(text: str) -> None:
    result = verdict(text)
    assert result.is_relevant, result.reason
    assert result.score >= THRESHOLD


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (FOOTBALL, "no local-government body"),
        (PROVINCIAL_BUSINESS, "no local-government body and event"),
        (NATIONAL_ONLY, "no local-government body"),
        (INCIDENT, "no local-government body"),
        (NATIONAL_DIRECTIVE, "national actor"),
    ],
)
def test_other_news_is_not_relevant(text: str, why: str) -> None:
    result = verdict(text)
    assert not result.is_relevant, result.reason
    assert why in result.reason


def test_incident_with_a_body_and_a_meeting_word_is_held_back() -> None:
    text = (
        "Vụ cô giáo đánh trẻ: Chủ tịch phường yêu cầu xử lý nghiêm\n"
        "Sau vụ việc, ông Chủ tịch UBND phường cho biết đã làm việc với nhà trường. Công an quận đang điều tra."
    )
    result = verdict(text)
    assert not result.is_relevant
    assert "title incident" in result.reason


def test_reason_names_the_cues_that_fired() -> None:
    result = verdict(COUNCIL_SESSION)
    assert result.reason.startswith("title body+event (council, session")
    assert "lead sentence 1 body+event" in result.reason


def test_title_may_be_missing() -> None:
    body = COUNCIL_SESSION.partition("\n")[2]
    assert assess_relevance(None, body).is_relevant
    assert assess_relevance("", body).is_relevant


def test_title_is_not_counted_twice_when_clean_text_starts_with_it() -> None:
    title, _, body = COUNCIL_SESSION.partition("\n")
    with_title = assess_relevance(title, COUNCIL_SESSION)
    separate = assess_relevance(title, body)
    assert with_title == separate


def test_cues_beyond_the_window_are_ignored() -> None:
    padding = "Thời tiết hôm nay nắng nhẹ, gió đông nam cấp 2. " * 60
    text = "Tin thời tiết\n" + padding + "Sáng nay, HĐND tỉnh khai mạc kỳ họp thứ 4."
    assert not verdict(text).is_relevant


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Thị Uỷ Hồng Lĩnh tổ chức hội nghị sơ kết", ["party committee", "conference", "briefing"]),
        ("HỘI ĐỒNG NHÂN DÂN huyện họp bất thường", ["council", "meeting"]),
        ("Thường trực Hội đồng Nhân dân  tỉnh giám sát việc thực hiện", ["council", "supervision"]),
    ],
)
def test_cues_match_across_casing_tone_style_and_spacing(written: str, names: list[str]) -> None:
    assert passes_gate(written)
    assert [cue.name for cue in find_cues(fold(written))] == names


def test_cues_need_word_boundaries_and_skip_plurals_and_press_conferences() -> None:
    assert find_cues(fold("Ủy ban nhân dânh")) == []
    assert find_cues(fold("Chính phủ yêu cầu UBND các tỉnh báo cáo")) == []
    assert [c.name for c in find_cues(fold("Hội nghị báo cáo viên các tỉnh ủy, thành ủy"))] == ["conference"]
    assert [c.name for c in find_cues(fold("UBND tỉnh tổ chức buổi họp báo"))] == ["people's committee"]


def test_every_table_phrase_passes_the_gate_in_every_written_form() -> None:
    # The gate may only reject pages that stage 2 could not score: every body with every event must pass it.
    bodies = [p for templates in BODY_PHRASES.values() for t in templates for p in expand(t)]
    events = [p for templates in EVENT_PHRASES.values() for t in templates for p in expand(t)]
    for phrase in bodies:
        for form in surface_forms(phrase):
            assert passes_gate(f"{form} và {events[0]}"), form
    for phrase in events:
        for form in surface_forms(phrase):
            assert passes_gate(f"{bodies[0]} và {form}"), form


def test_sentences_do_not_break_after_abbreviations() -> None:
    text = fold("Sáng 5/5, UBND TP. Hồ Chí Minh họp. Dự có lãnh đạo Q. 1 và H. Củ Chi.\nẢnh minh họa")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "sáng 5/5, ubnd tp. hồ chí minh họp.",
        "dự có lãnh đạo q. 1 và h. củ chi.",
        "ảnh minh họa",
    ]


@pytest.mark.parametrize("path", sorted((REPO / "raw").glob("*.txt")), ids=lambda p: p.name)
def test_sample_pages_in_raw_are_relevant(path: Path) -> None:
    result = assess_relevance(None, path.read_text(encoding="utf-8"))
    assert result.is_relevant, result.reason


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=80)), st.text(max_size=3000))
def test_never_raises_and_is_consistent(title: str | None, text: str) -> None:
    result = assess_relevance(title, text)
    assert isinstance(result, Relevance)
    assert result.is_relevant == (result.score >= THRESHOLD)
    assert result.reason


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="HĐNDUBhđndub ủyỷkỳhọpđạihộiTỉnhuyệnxã.,:\n", max_size=400))
def test_never_raises_on_cue_dense_text(text: str) -> None:
    assess_relevance(text[:40], text)


# --- the labelled sample (needs ../shared) -------------------------------------------------------------------------

TARGET = 0.95  # precision and recall the project aims for on the labelled sample
FLOOR_PRECISION, FLOOR_RECALL = 0.85, 0.80  # what the rules reach today: a drop below is a regression


@pytest.fixture(scope="module")
def sample_scores():
    corpus = SHARED / "corpus" / "baomoi-2017.jsonl.gz"
    if not corpus.exists():
        pytest.skip(f"../shared not present: {corpus} is needed for the labelled-sample evaluation")
    spec = importlib.util.spec_from_file_location("relevance_eval", REPO / "bench" / "relevance_eval.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # dataclasses look their module up there
    spec.loader.exec_module(bench)
    labels = bench.read_labels()
    wanted = {row["id"] for row in labels}
    texts = {doc_id: text for doc_id, text in bench.read_corpus(corpus) if doc_id in wanted}
    return bench.evaluate(labels, texts), bench.evaluate(labels, texts, skip_ambiguous=True)


@pytest.mark.slow
def test_labelled_sample_does_not_regress(sample_scores) -> None:
    every, clear = sample_scores
    assert every.precision >= FLOOR_PRECISION and every.recall >= FLOOR_RECALL, every.errors
    assert clear.precision >= TARGET, clear.errors


@pytest.mark.slow
@pytest.mark.xfail(reason="the rules reach P 0.86 / R 0.81 on all labels; most errors are on labels marked ambiguous")
def test_labelled_sample_meets_target(sample_scores) -> None:
    every, _ = sample_scores
    assert every.precision >= TARGET and every.recall >= TARGET
