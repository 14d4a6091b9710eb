"""Tests for the relevance rules of `transforms.relevance` (the gate, the cues, and the rules' verdict whose score and
cues the model reads) on texts written for the tests, and for the verdict itself: the sample pages in `raw/`, its
consistency on any text, and (when `../shared` is present) its figures on the blind sample and the share of real
local-government articles judged relevant. The model's own tests are in `test_model.py`."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.model import Relevance
from transforms.relevance import assess_relevance, load_model
from transforms.relevance.rules import (
    ACT_VERBS,
    BODY_PHRASES,
    EVENT_PHRASES,
    THRESHOLD,
    actors_of,
    expand,
    find_cues,
    fold,
    governed,
    passes_gate,
    rule_verdict,
    sentence_spans,
    surface_forms,
)

REPO = Path(__file__).resolve().parents[2]
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
    """The rules' verdict."""
    return rule_verdict(title if title is not None else text.partition("\n")[0], text)


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
        # A provincial chair's directive, also about an incident: the directive is the news.
        "Chủ tịch tỉnh yêu cầu làm rõ vụ sạt lở bờ sông\nChủ tịch UBND tỉnh vừa ký công văn yêu cầu Sở Tài nguyên và "
        "Môi trường kiểm tra, báo cáo trước ngày 30/6.",
        # A province named as the actor of a decision, and a committee's decision in the lead.
        "Hà Nội đề xuất mở rộng tuyến đường ven sông\nUBND thành phố Hà Nội vừa có văn bản đề nghị bộ chuyên ngành cho "
        "phép mở rộng tuyến đường ven sông thêm một làn xe.",
        # A nominal headline announcing a committee's decision.
        "Tạm dừng lễ hội đua thuyền năm nay\nSau sự cố ngày 1/7, UBND huyện đã quyết định tạm dừng tổ chức lễ hội đua "
        "thuyền năm nay để rà soát công tác an toàn.",
        # A central inspection conclusion about a provincial office holder.
        "Yêu cầu nguyên Chủ tịch tỉnh rút kinh nghiệm\nỦy ban Kiểm tra Trung ương yêu cầu ông Nguyễn Văn C, nguyên "
        "Chủ tịch UBND tỉnh nghiêm túc kiểm điểm, rút kinh nghiệm sâu sắc.",
        # Voters' headline; the lead is repeated and a caption stands before the meeting sentence.
        "Cử tri đề nghị hỗ trợ nông dân\nCử tri đề nghị hỗ trợ nông dân.\nẢnh minh họa.\nNgày 9/5, Đoàn đại biểu Quốc "
        "hội tỉnh đã tiếp xúc cử tri tại 6 xã để chuẩn bị cho kỳ họp.",
        # An office holder named by the province ("Bí thư <province>") with a personnel act.
        "Bí thư, Chủ tịch Quảng Nam bị yêu cầu kiểm điểm\nCơ quan kiểm tra vừa thông báo kết luận về nhiều vi phạm của "
        "Ban Thường vụ Tỉnh ủy nhiệm kỳ trước.",
        # A committee's formal meeting frames a story headlined on a social problem.
        "Tệ nạn chuyển sang mạng xã hội\nNgày 15/6, UBND thành phố tổ chức cuộc họp về tình hình kinh tế - xã hội 6 "
        "tháng đầu năm. Theo báo cáo tại cuộc họp, tệ nạn mại dâm đã chuyển sang môi giới trên mạng.",
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
        (PROVINCIAL_BUSINESS, "no local-government body"),
        (NATIONAL_ONLY, "no local-government body"),
        (INCIDENT, "incident"),  # past the gate (a body, then "vừa"), held back by the incident
        (NATIONAL_DIRECTIVE, "national actor"),
        # A central Party plenum: national bodies on their own are out of scope.
        (
            "Bế mạc Hội nghị Trung ương 5\nChiều nay, Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII đã "
            "bế mạc sau một tuần làm việc, thông qua các nghị quyết quan trọng.",
            "",
        ),
        # A province's name inside a person's name is not a province acting.
        (
            "Phó Thủ tướng chủ trì cuộc họp về cát\nPhó Thủ tướng Trương Hòa Bình yêu cầu sớm tìm vật liệu thay thế "
            "cát xây dựng.",
            "",
        ),
        # A festival a district committee opens is a festival story.
        (
            "Khai hội chùa, khai trương du lịch năm mới\nNgày 10/2, UBND huyện tổ chức lễ khai hội và khai trương du "
            "lịch năm 2017 tại di tích đền Hạ.",
            "",
        ),
        # A school's own decision after an incident: the actor is no local body.
        (
            "Trường mầm non tuyên bố giải thể sau vụ bạo hành trẻ\nChiều 7/2, trong buổi gặp phụ huynh, hiệu trưởng "
            "trường mầm non thông báo trường sẽ giải thể. Công an quận đang điều tra vụ bạo hành.",
            "",
        ),
        # The quote of a speaker headline is what was said, not a decision.
        (
            "Chủ tịch tỉnh: 'Tháng 7 sẽ công bố kết luận thanh tra'\nTrao đổi với phóng viên, ông Chủ tịch UBND "
            "tỉnh cho biết, kết luận thanh tra sẽ được công bố trong tháng 7.",
            "",
        ),
    ],
)
def test_other_news_is_not_relevant(text: str, why: str) -> None:
    result = verdict(text)
    assert not result.is_relevant, result.reason
    assert why in result.reason


def test_an_official_as_the_source_of_an_incident_is_held_back() -> None:
    text = (
        "Xe tải lao xuống vực, hai người tử vong\n"
        "Chủ tịch UBND xã cho biết, vụ tai nạn xảy ra lúc 3 giờ sáng. Đoàn kiểm tra của công an huyện đã có mặt."
    )
    result = verdict(text)
    assert not result.is_relevant
    assert "title incident" in result.reason


def test_reason_names_the_cues_that_fired() -> None:
    result = verdict(COUNCIL_SESSION)
    assert result.reason.startswith("title body+event (council, session")
    assert "lead sentence 1 body+event" in result.reason


@pytest.mark.parametrize("judge", [rule_verdict, assess_relevance], ids=["rules", "model"])
def test_title_may_be_missing(judge) -> None:
    body = COUNCIL_SESSION.partition("\n")[2]
    assert judge(None, body).is_relevant
    assert judge("", body).is_relevant


@pytest.mark.parametrize("judge", [rule_verdict, assess_relevance], ids=["rules", "model"])
def test_title_is_not_counted_twice_when_clean_text_starts_with_it(judge) -> None:
    title, _, body = COUNCIL_SESSION.partition("\n")
    with_title = judge(title, COUNCIL_SESSION)
    separate = judge(title, body)
    assert with_title == separate


def test_cues_beyond_the_window_are_ignored() -> None:
    padding = "Thời tiết hôm nay nắng nhẹ, gió đông nam cấp 2. " * 60
    text = "Tin thời tiết\n" + padding + "Sáng nay, HĐND tỉnh khai mạc kỳ họp thứ 4."
    assert not verdict(text).is_relevant
    assert assess_relevance("Tin thời tiết", text).score is None  # the gate stops it


def test_decomposed_diacritics_pass_the_gate() -> None:
    text = unicodedata.normalize("NFD", "Sáng 5/7, Hội đồng nhân dân tỉnh khai mạc kỳ họp thứ 4.")
    assert passes_gate(text)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Thị Uỷ Hồng Lĩnh tổ chức hội nghị sơ kết", ["party committee", "conference", "briefing"]),
        ("HỘI ĐỒNG NHÂN DÂN huyện họp bất thường", ["council", "meeting"]),
        ("Thường trực Hội đồng Nhân dân  tỉnh giám sát việc thực hiện", ["council", "supervision"]),
        ("LĐLĐ tỉnh tổ chức đại hội", ["mass organisation", "congress"]),
    ],
)
def test_cues_match_across_casing_tone_style_and_spacing(written: str, names: list[str]) -> None:
    assert passes_gate(written)
    assert [cue.name for cue in find_cues(fold(written)) if cue.kind in ("body", "event")] == names


def test_cues_need_word_boundaries_and_skip_plurals_masks_and_national_events() -> None:
    assert find_cues(fold("Ủy ban nhân dânh")) == []
    assert [c for c in find_cues(fold("Chính phủ yêu cầu UBND các tỉnh báo cáo")) if c.kind == "body"] == []
    assert [c.name for c in find_cues(fold("Hội nghị báo cáo viên các tỉnh ủy, thành ủy"))] == ["conference"]
    assert [c.name for c in find_cues(fold("UBND tỉnh tổ chức buổi họp báo"))] == ["people's committee"]
    assert [c.kind for c in find_cues(fold("bảo đảm giao thông thông suốt"))] == []  # "giao" is masked
    assert [c.name for c in find_cues(fold("kỳ họp thứ 6 Quốc hội khóa XIV"))] == []
    assert [c.name for c in find_cues(fold("tiếp xúc cử tri trước kỳ họp thứ 3 Quốc hội"))] == [
        "voters",
        "voter meeting",
    ]
    assert [c.kind for c in find_cues(fold("dự án do UBND cấp xã quyết định đầu tư"))] == ["verb", "noun"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("chủ tịch ubnd tỉnh nguyễn văn a vừa ký quyết định", True),
        ("công điện số 02 của ubnd tỉnh yêu cầu cán bộ về làm việc", True),
        ("thực hiện công điện số 02 của ubnd tỉnh, yêu cầu cán bộ về làm việc", False),  # the cause of another's act
        ("hà nội vừa đề xuất hạ độ cao đê", True),
        ("ubnd xã cho biết đã kiểm tra", False),  # a source verb between
        ("sở tài nguyên đã đề nghị ubnd tỉnh có công văn", False),  # the body is the object
        ("phó thủ tướng trương hòa bình yêu cầu", False),  # a province name inside a person's name
        ("trường mầm non (phường x, thành phố thanh hóa) đã quyết định", False),  # an address
    ],
)
def test_an_act_counts_when_a_body_governs_it(sentence: str, expected: bool) -> None:
    cues = find_cues(sentence)
    bodies = [c for c in cues if c.kind == "body"]
    actors = actors_of(sentence, cues, 0)
    acts = [c for c in cues if c.kind in ("verb", "noun")]
    assert any(governed(sentence, act, actors, bodies) for act in acts) is expected


def test_every_table_phrase_passes_the_gate_in_every_written_form() -> None:
    # The gate may only reject pages that stage 2 could not score: every body with every event must pass it.
    bodies = [p for templates in BODY_PHRASES.values() for t in templates for p in expand(t)]
    events = [p for templates in EVENT_PHRASES.values() for t in templates for p in expand(t)] + list(ACT_VERBS)
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


def _consistent(result: Relevance) -> None:
    assert isinstance(result, Relevance)
    assert result.reason
    if result.score is None:  # stopped by the gate
        assert not result.is_relevant
    else:
        assert 0.0 <= result.score <= 1.0
        assert result.is_relevant == (result.score >= load_model().threshold)
        assert result.reason.startswith("model ")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=80)), st.text(max_size=3000))
def test_never_raises_and_is_consistent(title: str | None, text: str) -> None:
    _consistent(assess_relevance(title, text))
    rules = rule_verdict(title, text)
    assert rules.is_relevant == (rules.score >= THRESHOLD)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="HĐNDUBhđndub ủyỷkỳhọpđạihộiTỉnhuyệnxã.,:()'\"\nHàNộiyêucầu", max_size=400))
def test_never_raises_on_cue_dense_text(text: str) -> None:
    _consistent(assess_relevance(text[:40], text))


# --- the blind sample and the real local-government articles (need ../shared) ----------------------------------------

# Floors just below what the packaged model reached on its blind sample when it was final (model 4 on the 2027 sample:
# precision 0.922, recall 0.922). 340 of the 459 local-gov articles were judged relevant.
BLIND_FLOORS = (0.91, 0.91)  # (precision, recall)
LOCAL_GOV_SHARE = 0.74


def _bench():
    sys.path.insert(0, str(REPO / "bench"))
    spec = importlib.util.spec_from_file_location("relevance_data", REPO / "bench" / "relevance_data.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    return bench


@pytest.fixture(scope="module")
def labelled():
    """The bench module and every labelled page with its text."""
    corpus = SHARED / "corpus" / "baomoi-2017.jsonl.gz"
    if not corpus.exists() or not (corpus.parent / "local-gov").is_dir():
        pytest.skip(f"../shared not present: {corpus} and local-gov/ beside it hold the labelled texts")
    bench = _bench()
    rows = bench.read_labels()
    wanted = {row["id"] for row in rows}
    crawl = {doc_id: text for doc_id, text in bench.read_corpus(corpus) if doc_id in wanted}
    return bench, bench.labelled_pages(rows, crawl, bench.read_local_gov(corpus.parent / "local-gov"))


@pytest.mark.slow
def test_blind_sample_stays_above_its_measured_floor(labelled) -> None:
    bench, pages = labelled
    blind = bench.split_pages(pages)[1]
    if not blind:
        pytest.skip(f"the blind sample {bench.BLIND_STRATUM} has no labels yet (they are appended after the model)")
    assert len(blind) == bench.BLIND_SIZE
    row = bench.figures([p.label for p in blind], [assess_relevance(p.title, p.text).is_relevant for p in blind])
    assert row["precision"] >= BLIND_FLOORS[0] and row["recall"] >= BLIND_FLOORS[1], row


@pytest.mark.slow
def test_most_real_local_government_articles_are_relevant(labelled) -> None:
    bench, pages = labelled
    local = [p for p in pages if p.stratum == bench.LOCAL_GOV_STRATUM]
    assert len(local) == 459
    judged = sum(assess_relevance(p.title, p.text).is_relevant for p in local)
    assert judged / len(local) >= LOCAL_GOV_SHARE
