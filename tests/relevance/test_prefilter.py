"""The test before cleaning: it rules out only pages whose whole text names no local body or no event, it never
stops a page the gate would pass after cleaning, and a page it rules out is stored irrelevant, as read."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.cleaning import clean_frame
from transforms.ingest import ingest_frame
from transforms.relevance import RULED_OUT_REASON, may_be_relevant
from transforms.relevance.cues import _GATE_BODY, _GATE_EVENT, passes_gate
from transforms.relevance.prefilter import _BODY_SCANNER, _BODY_VALUES, _EVENT_SCANNER
from transforms.schemas import INGESTED

CHROME = "Trang chủ | Giới thiệu | Tin tức\nĐăng nhập\n"
FOOTER = "\nBản quyền thuộc Cổng thông tin điện tử\nLượt truy cập: 1234"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Sáng 5/7, HĐND tỉnh Bình Hòa khai mạc kỳ họp thứ 4.", None),
        ("SÁNG 5/7, HỘI ĐỒNG NHÂN DÂN TỈNH KHAI MẠC KỲ HỌP THỨ TƯ", None),
        ("Chiều 2/3, Thị Uỷ Phước Lâm tổ chức hội nghị sơ kết quý I.", None),  # the old tone placement
        ("Chiều 2/3, Thị Ủy Phước Lâm tổ chức hội nghị sơ kết quý I.", None),
        ("Ngày 7/2, Tân Phong tổ chức hội nghị tổng kết năm.", None),  # a locality holding a meeting
        ("Chiều qua, Quảng Trị báo cáo Chính phủ tình hình mưa lũ.", None),  # a province governing an act
        ("Sáng nay, đại biểu thảo luận tại tổ.", "Kỳ họp thứ 6 HĐND huyện Minh Sơn"),  # the headline from the record
        ("Sáng 7/7, tại kỳ họp thứ 4 HDND TP Bình Hòa, giám đốc sở trả lời.", None),  # Đ written without its stroke
        ("UBND thành phố Tân Phong vừa di dời khẩn cấp 6 hộ dân.", None),  # a body acting, no event word
        ("Chi cục trưởng Chi cục Thú y tỉnh Bình Hòa bị kỷ luật cảnh cáo.", None),  # a sub-department head
    ],
)
def test_a_page_the_gate_passes_is_never_ruled_out(text: str, title: str | None) -> None:
    assert passes_gate(f"{title or ''}\n{text}")
    assert may_be_relevant(CHROME + text + FOOTER, title)


def test_decomposed_text_is_read_as_nfc() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Sáng 5/7, HĐND tỉnh khai mạc kỳ họp thứ 4.")
    assert may_be_relevant(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đội chủ nhà thắng 3-0 trên sân nhà trong trận đấu tối qua.",  # no body, no event
        "Sáng nay, công ty khai mạc triển lãm sản phẩm mới.",  # an event but no body
        "Người dân xã Phú An phấn khởi đón Tết.",  # no event
        "Mưa lớn ở tỉnh Quảng Trị, khai mạc lễ hội bị hoãn.",  # a province governing no act
        "Trụ sở UBND xã nằm cạnh chợ. Người dân vừa về quê ăn Tết.",  # "vừa" in another sentence than the body
    ],
)
def test_a_page_with_no_body_or_no_event_is_ruled_out(text: str) -> None:
    assert not may_be_relevant(CHROME + text + FOOTER)


def _records(**texts: str) -> list[dict[str, object]]:
    return [
        {name: None for name in INGESTED}
        | {"source_id": sid, "source_path": "r.jsonl", "content_sha256": sid, "text": text}
        | {"published_at": "2024-05-05"}
        for sid, text in texts.items()
    ]


def test_a_ruled_out_page_is_stored_irrelevant_as_read_and_the_others_as_before() -> None:
    sport = "Đội chủ nhà thắng 3-0\nTrận đấu tối qua diễn ra sôi nổi trên sân nhà với hàng nghìn khán giả cổ vũ."
    council = CHROME + "Khai mạc kỳ họp HĐND huyện\nSáng 5/5, HĐND huyện Minh Sơn khai mạc kỳ họp thứ 7." + FOOTER
    docs = ingest_frame(_records(sport=sport, council=council))
    fast, full = clean_frame(docs), clean_frame(docs, prefilter=False)
    ruled_out = fast.row(0, named=True)
    assert ruled_out["status"] == "irrelevant" and ruled_out["status_reason"] == RULED_OUT_REASON
    assert ruled_out["relevance_score"] is None and ruled_out["clean_text"] == sport
    assert ruled_out["title"] == "Đội chủ nhà thắng 3-0" and ruled_out["published_at"] == datetime(2024, 5, 5)
    assert ruled_out["text_key"] is not None  # a copy of it is still a duplicate
    assert full.row(0, named=True)["status_reason"] != RULED_OUT_REASON  # without the test it is cleaned
    assert fast.row(1) == full.row(1)  # a page the test lets through is cleaned exactly as before


@pytest.mark.parametrize("text", ["\x1b", "\x00\x07 \n"])
def test_a_text_that_decoding_leaves_blank_is_quarantined_as_without_the_test(text: str) -> None:
    docs = ingest_frame(_records(blank=text))
    fast, full = clean_frame(docs), clean_frame(docs, prefilter=False)
    assert fast.row(0, named=True)["status"] == "quarantined"
    assert fast.row(0) == full.row(0)


_PHRASES = sorted(_GATE_BODY.keys()) + sorted(_GATE_EVENT.keys())
_FILLERS = ["Sáng", "nay", "ông", "tỉnh", "Tỉnh", "xã", "họp", "vừa", "ủy", "uỷ", "ban", "H", "Đ", "đã", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASES + _FILLERS), max_size=25), st.sampled_from(["", " ", "\n", " x "]))
def test_the_scan_finds_exactly_the_hits_of_the_gates_automata(parts: list[str], glue: str) -> None:
    """Phrases run together (overlapping, one inside another) are found as the gate's automata find them."""
    text = glue.join(parts)
    hits = _BODY_SCANNER.find_matches_as_indexes(text, True)
    assert sorted((end, repr(_BODY_VALUES[i])) for i, _, end in hits) == sorted(
        (end + 1, repr(value)) for end, value in _GATE_BODY.iter(text)
    )
    assert bool(_EVENT_SCANNER.find_matches_as_indexes(text)) == (next(_GATE_EVENT.iter(text), None) is not None)
