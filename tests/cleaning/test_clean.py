"""Cleaning the sample pages in raw/: chrome gone, headline first, byline and stamps lifted out, body intact."""

from __future__ import annotations

import json
import unicodedata
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import RAW, shared_path
from transforms.cleaning.decode import decode_bytes
from transforms.cleaning.page import clean_document
from transforms.model import CleanDocument
from transforms.text.keys import match_key

# The user's five sample pages and what their hand-made answers say cleaning must give.
SEEDS = {
    "000_7a80510609716b7c": {
        "title": "Đại hội Chi bộ Văn phòng HĐND&UBND huyện nhiệm kỳ 2020-2025",
        "authors": ["Minh Kiên"],
        "published_at": None,
        "boilerplate": [
            "Skip to main content",
            "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn",
            "IMG_7289_0.jpg",
        ],
        "figures": [
            "tổ chức được 13 kỳ họp", "thông qua được 83 Nghị quyết", "tổ chức 49 cuộc giám sát",
            "18 cuộc tiếp xúc cử tri với Đại biểu Quốc hội", "38 cuộc tiếp xúc cử tri với đại biểu HĐND 3 cấp",
            "trên 1.800 cuộc tiếp xúc cử tri hai cấp, một cấp", "trên 128.000 cử tri", "trên 13.000 lượt ý kiến",
            "100% đảng viên hoàn thành tốt nhiệm vụ",
        ],
    },
    "001_c6919bca00d5da6a": {
        "title": "Hội nghị lần thứ 2 Ban Chấp hành đảng bộ huyện Bắc Sơn khóa XXII",
        "authors": ["Hoàng Lan"],
        "published_at": None,
        "boilerplate": ["Skip to main content", "HUYEN UY0.jpg", "HUYENUY30.jpg"],
        "figures": [
            "Tổng diện tích gieo trồng đạt trên 11.800ha", "trồng rừng mới 649ha", "trồng cây ăn quả gần 76ha",
            "hoàn thành 19/19 tiêu chí NTM", "Tổng thu ngân sách đạt 34 tỷ đồng", "bằng 135% cùng kỳ",
            "tổng chi ngân sách đạt 464 tỷ đồng", "bằng 90% dự toán giao", "8 Dự thảo về chương trình hành động",
            "Chỉ đạo 100% chi, đảng bộ cơ sở trực thuộc tổ chức thành công Đại hội",
        ],
    },
    "002_15333318591f4556": {
        "title": "Đại hội Đảng bộ cơ quan Chính quyền huyện Khoái Châu lần thứ XVI, nhiệm kỳ 2020-2025",
        "authors": ["Thanh Bình", "Nguyễn Thắm"],
        "published_at": None,
        "boilerplate": [],
        "figures": [
            "157 đảng viên trong toàn bộ đảng bộ đã về dự",
            "Giá trị sản xuất tăng trưởng bình quân hàng năm đạt 11,63%",
            "Công nghiệp, TTCN 45,9%", "Nông nghiệp 15,7%", "Thương mại, dịch vụ 38,4%",
            "vượt trên 10% chỉ tiêu kế hoạch giao", "Giá trị thu trên 1ha canh tác đạt 220 triệu đồng/năm",
            "Thu nhập bình quân đầu người ước đạt 75 triệu đồng", "100% số xã đạt tiêu chí nông thôn mới",
            "100% cơ quan, đơn vị thực hiện tốt chức năng, nhiệm vụ được giao",
            "100% cơ quan, đơn vị đạt cơ quan văn hóa", "95% chi bộ hoàn thành tốt nhiệm vụ", "20% chi bộ HTXSNV",
            "100% đảng viên được xếp loại hoàn thành nhiệm vụ",
            "95% đảng viên được xếp loại hoàn thành tốt nhiệm vụ", "kết nạp 32 quần chúng ưu tú vào Đảng",
            "bầu được 15 đồng chí vào Ban chấp hành", "100% đảng viên được quán triệt học tập các nghị quyết",
        ],
    },
    "003_4dbf0cd97c90c73c": {
        "title": "HĐND các cấp huyện Thạch Thất triển khai chương trình công tác năm 2023",
        "authors": ["Thu Thủy", "Hữu Thiện"],
        "published_at": datetime(2023, 1, 11, 17, 30),
        "boilerplate": ["Gửi bình luận", "Hãy sử dụng tiếng Việt có dấu khi viết bài", "Loại Mua Bán", "°C"],
        "figures": [
            "HĐND huyện đã tổ chức thành công 5 Kỳ họp", "trong đó có 3 Kỳ họp chuyên đề", "46 Kỳ họp thường kỳ",
            "7 Kỳ họp chuyên đề", "13 cuộc giám sát", "3 cuộc khảo sát", "tại 39 cơ quan, đơn vị", "177 cuộc giám sát",
        ],
    },
    "004_d04be4df1517faf1": {
        "title": None,
        "authors": [],
        "published_at": None,
        "boilerplate": [
            "Mã xác thực không đúng.", "Thống kê: 1.281.540", "Online: 57", "Liên kết website",
            "Các ca khúc hay về Hồng Lĩnh",
        ],
        "figures": [
            "ban hành 180 văn bản các loại", "tổ chức 143 cuộc tiếp công dân và đối thoại với nhân dân",
            "nhân dân đã hiến trên 18 nghìn m2 đất", "huy động gần 528 nghìn ngày công",
            "tổng nguồn vốn đầu tư toàn xã hội là trên 4950 tỷ đồng", "đạt 50/59 tiêu chí đô thị loại III",
            "tổng số điểm đạt 73,95 điểm", "giá trị sản xuất các ngành kinh tế tăng bình quân hàng năm 8,7%",
            "thực hiện tốt 7 mục tiêu của Nghị quyết",
        ],
    },
}  # fmt: skip


def _clean_seed(source_id: str) -> CleanDocument:
    decoded = decode_bytes((RAW / f"{source_id}.txt").read_bytes())
    assert decoded.text is not None
    return clean_document(decoded.text)


@pytest.mark.parametrize("source_id", SEEDS)
def test_seed_title_authors_and_stamp(source_id: str) -> None:
    doc, expected = _clean_seed(source_id), SEEDS[source_id]
    assert doc.title == expected["title"]
    assert doc.authors == expected["authors"]
    assert doc.published_at == expected["published_at"]
    if doc.title is not None:
        assert doc.clean_text.split("\n")[0] == doc.title


@pytest.mark.parametrize("source_id", SEEDS)
def test_seed_boilerplate_is_gone(source_id: str) -> None:
    clean_key = match_key(_clean_seed(source_id).clean_text)
    assert [b for b in SEEDS[source_id]["boilerplate"] if match_key(b) in clean_key] == []


@pytest.mark.parametrize("source_id", SEEDS)
def test_seed_figures_survive_verbatim(source_id: str) -> None:
    clean_text = _clean_seed(source_id).clean_text
    assert [f for f in SEEDS[source_id]["figures"] if f not in clean_text] == []


def test_seed_metadata_lands_in_its_fields() -> None:
    first, third, fourth = (
        _clean_seed(s) for s in ("000_7a80510609716b7c", "002_15333318591f4556", "003_4dbf0cd97c90c73c")
    )
    assert first.source_unit == "Trung tâm VH, TT&TT"
    assert first.banner is not None and "Lạng Sơn" in first.banner
    assert third.source_unit == "UBND huyện Khoái Châu"
    assert third.clean_text.count(third.title or "?") == 1  # the headline printed twice is kept once
    assert fourth.category == "Chính trị"
    assert "Chính trị" not in fourth.clean_text.split("\n")[:2]


def test_seed_captions_stay_and_file_names_go() -> None:
    doc = _clean_seed("001_c6919bca00d5da6a")
    assert "Quang cảnh tại hội nghị" in doc.clean_text.split("\n")
    assert ".jpg" not in doc.clean_text


def test_every_paragraph_of_a_seed_body_survives() -> None:
    raw = (RAW / "004_d04be4df1517faf1.txt").read_text(encoding="utf-8")
    clean_text = _clean_seed("004_d04be4df1517faf1").clean_text
    body = [line.strip() for line in raw.split("\n") if len(line.split()) > 12]
    assert body and all(" ".join(line.split()) in " ".join(clean_text.split()) for line in body)


def test_against_the_gold_file() -> None:
    gold_path = shared_path("gold", "seeds.jsonl")
    for record in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines()):
        path = RAW / f"{record['source_id']}.txt"
        if not path.exists():
            continue
        doc = _clean_seed(record["source_id"])
        clean_key = match_key(doc.clean_text)
        assert match_key(doc.title or "") == match_key(record.get("title") or ""), record["source_id"]
        assert doc.authors == record.get("authors", []), record["source_id"]
        published = record.get("published_at")
        assert doc.published_at == (datetime.fromisoformat(published) if published else None), record["source_id"]
        assert not [b for b in record.get("boilerplate", []) if match_key(b) in clean_key], record["source_id"]
        texts = [i["text"] for i in record.get("indicators", []) if "..." not in i["text"]]
        assert [t for t in texts if t not in doc.clean_text] == [], record["source_id"]


# --- Rules on pages written for these tests -------------------------------------------------------------------------

PAGE = """Bỏ qua nội dung chính
Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII
Tin tức - Sự kiện
Kỳ họp thứ 5 Hội đồng nhân dân xã khóa III
Cập nhật: 08:15 20/07/2021
Sáng ngày 19/7, HĐND xã khóa III tổ chức kỳ họp thứ 5 để xem xét các báo cáo sáu tháng đầu năm 2021.
anh_ky_hop_01.png
Toàn cảnh kỳ họp
Kỳ họp đã thông qua 6 nghị quyết quan trọng về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh.
Lan Phương - Minh Đức
Đài Truyền thanh xã
Ý kiến bạn đọc
Họ và tên
Đang truy cập: 25
Các tin khác
Xã tổ chức ngày hội đại đoàn kết
"""


def test_a_written_page_is_reduced_to_its_article() -> None:
    doc = clean_document(PAGE)
    assert doc.clean_text.split("\n") == [
        "Kỳ họp thứ 5 Hội đồng nhân dân xã khóa III",
        "Sáng ngày 19/7, HĐND xã khóa III tổ chức kỳ họp thứ 5 để xem xét các báo cáo sáu tháng đầu năm 2021.",
        "Toàn cảnh kỳ họp",
        "Kỳ họp đã thông qua 6 nghị quyết quan trọng về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh.",
    ]
    assert doc.title == "Kỳ họp thứ 5 Hội đồng nhân dân xã khóa III"
    assert doc.banner == "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
    assert doc.category == "Tin tức - Sự kiện"
    assert doc.published_at == datetime(2021, 7, 20, 8, 15)
    assert doc.authors == ["Lan Phương", "Minh Đức"]
    assert doc.source_unit == "Đài Truyền thanh xã"


def test_learned_chrome_lines_are_removed_too() -> None:
    page = "Kỳ họp thứ 5 Hội đồng nhân dân xã\nCổng thông tin điện tử xã\nKỳ họp đã thông qua 6 nghị quyết."
    doc = clean_document(page, site_chrome=frozenset({match_key("Cổng thông tin điện tử xã")}))
    assert "Cổng thông tin" not in doc.clean_text


def test_a_footer_label_followed_by_paragraphs_does_not_cut_the_body() -> None:
    body = "Trong năm, huyện đã tổ chức 12 cuộc giám sát chuyên đề và 30 cuộc tiếp xúc cử tri tại các xã, thị trấn."
    doc = clean_document(f"Hội nghị tổng kết công tác năm\nChia sẻ\n{body}\n{body.replace('12', '13')}")
    assert body in doc.clean_text and body.replace("12", "13") in doc.clean_text


def test_a_page_opening_with_its_lead_has_no_title() -> None:
    lead = "Chiều ngày 5/5, Thị ủy tổ chức hội nghị sơ kết 5 năm thực hiện nghị quyết về dân chủ ở cơ sở."
    doc = clean_document(f"{lead}\nHội nghị đánh giá cao kết quả đạt được của các cơ quan, đơn vị trong thị xã.")
    assert doc.title is None
    assert doc.clean_text.startswith(lead)


def test_a_run_in_byline_is_taken_off_the_last_paragraph() -> None:
    doc = clean_document(
        "Bầu Chủ tịch UBND tỉnh\nHĐND tỉnh đã bầu tân Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026. Thu Hà (TTXVN)"
    )
    assert doc.clean_text.endswith("nhiệm kỳ 2021-2026.")
    assert (doc.authors, doc.source_unit) == (["Thu Hà"], "TTXVN")


def test_title_hint_makes_the_known_headline_first() -> None:
    body = "Sáng 2/3, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ năm 2021 với sự tham dự của 150 đại biểu."
    doc = clean_document(body, title_hint="Huyện ủy triển khai nhiệm vụ năm 2021")
    assert doc.title == "Huyện ủy triển khai nhiệm vụ năm 2021"
    assert doc.clean_text.split("\n") == [doc.title, body]
    same = clean_document(
        f"Huyện ủy triển khai nhiệm vụ năm 2021\n{body}", title_hint="Huyện uỷ triển khai nhiệm vụ năm 2021"
    )
    assert same.clean_text.split("\n") == ["Huyện ủy triển khai nhiệm vụ năm 2021", body]


_LINES = st.sampled_from(
    [
        "Skip to main content", "Chính trị", "Hội nghị Ban Chấp hành Đảng bộ huyện",
        "(17:30:00 11/01/2023) Chiều 11/1,",
        "Ngày đăng: 2020-10-09T03:55:00.000Z", "IMG_01.jpg", "Đ?ẩm:", "°C", "Gửi bình luận", "Thống kê: 12",
        "Quyết tâm thực hiện thắng lợi Nghị quyết", "Thu Thủy- Hữu Thiện", "UBND huyện", "", " ", "./.",
        "Hội nghị đã thông qua báo cáo. Đại biểu thảo luận.", "Theo TTXVN", "Lan Anh (TTXVN)", "Nguồn: Báo",
    ]
)  # fmt: skip


@given(st.one_of(st.text(), st.lists(st.one_of(_LINES, st.text(max_size=30)), max_size=12).map("\n".join)))
def test_clean_document_never_raises_and_keeps_its_promises(text: str) -> None:
    doc = clean_document(text, title_hint=None)
    assert unicodedata.is_normalized("NFC", doc.clean_text)
    lines = doc.clean_text.split("\n") if doc.clean_text else []
    assert all(line.strip() == line and line for line in lines)
    if doc.title is not None:
        assert lines and lines[0] == doc.title


@given(st.text(max_size=60), st.text(max_size=60))
def test_clean_document_with_any_title_hint_never_raises(text: str, hint: str) -> None:
    doc = clean_document(text, title_hint=hint)
    assert doc.title is None or doc.clean_text.split("\n")[0] == doc.title


# --- Toolbars, repeated headlines, counters after stamps, bylines above captions, initials -------------------------


def test_a_toolbar_above_the_headline_is_chrome() -> None:
    page = (
        "EmailPrintAa\nTin tức - Sự kiện\nHội đồng nhân dân xã họp thống nhất các báo cáo cuối năm.\n"
        "Sáng ngày 9/12, HĐND xã tổ chức cuộc họp để thống nhất các báo cáo trình kỳ họp thứ 9 và các tờ trình."
    )
    doc = clean_document(page)
    assert doc.title == "Hội đồng nhân dân xã họp thống nhất các báo cáo cuối năm."
    assert doc.category == "Tin tức - Sự kiện"
    assert "EmailPrintAa" not in doc.clean_text


def test_a_headline_that_the_lead_repeats_is_the_title() -> None:
    head = "Chiều 3/9, UBND phường Đông Hòa tổ chức họp giao ban định kỳ tháng 8."
    lead = head[:-1] + " với sự tham dự của lãnh đạo các phòng, ban chuyên môn."
    doc = clean_document(f"{head}\n{lead}")
    assert doc.title == head
    assert doc.clean_text.split("\n") == [head, lead]


def test_a_view_counter_after_the_stamp_is_part_of_it() -> None:
    page = "Kỳ họp thứ 9 HĐND huyện khóa XX\n12/07/2024 09:05 128 lượt xem\nSáng 12/7, HĐND huyện khai mạc kỳ họp."
    doc = clean_document(page)
    assert doc.published_at == datetime(2024, 7, 12, 9, 5)
    assert "lượt xem" not in doc.clean_text


def test_a_byline_above_the_photo_captions_is_read() -> None:
    body = "Kỳ họp đã bầu ông Trần Văn Bảy giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 với số phiếu tuyệt đối."
    doc = clean_document(f"Bầu Chủ tịch UBND tỉnh\n{body}\nK.Ly (tổng hợp)\nÔng Trần Văn Bảy.\nÔng Lê Văn Chín")
    assert (doc.authors, doc.source_unit) == (["K.Ly"], None)
    assert doc.clean_text.split("\n") == ["Bầu Chủ tịch UBND tỉnh", body, "Ông Trần Văn Bảy.", "Ông Lê Văn Chín"]


def test_a_run_in_byline_of_initials() -> None:
    doc = clean_document("Bầu Chủ tịch UBND tỉnh\nÔng Bảy quê ở xã Tân An, huyện Tân Châu. Ng.Hòa")
    assert doc.authors == ["Ng.Hòa"]
    assert doc.clean_text.endswith("huyện Tân Châu.")


def test_photo_credits_go_and_the_sentences_stay_apart() -> None:
    page = (
        "Khai mạc kỳ họp thứ 9 HĐND tỉnh\n"
        "Ông A phát biểu khai mạc - Ảnh: Báo Nhân dân Sáng nay 3-4, HĐND tỉnh khai mạc kỳ họp thứ 9 với 52 đại biểu."
    )
    doc = clean_document(page)
    assert "Ảnh" not in doc.clean_text
    assert doc.clean_text.split("\n")[1:] == [
        "Ông A phát biểu khai mạc",
        "Sáng nay 3-4, HĐND tỉnh khai mạc kỳ họp thứ 9 với 52 đại biểu.",
    ]


def test_a_records_times_are_read_and_the_pages_own_stamp_wins() -> None:
    from transforms.cleaning import clean_frame
    from transforms.ingest import ingest_frame
    from transforms.schemas import INGESTED

    body = "Huyện ủy tổ chức hội nghị\nSáng 5/5, Huyện ủy Tân Phong tổ chức hội nghị sơ kết công tác quý I."
    stamped = "Huyện ủy tổ chức hội nghị\n06/05/2024 08:15\n" + body.split("\n", 1)[1]
    records = [
        {name: None for name in INGESTED}
        | {"source_id": sid, "source_path": "r.jsonl", "content_sha256": sid, "text": text, "published_at": pub,
           "fetched_at": "2024-05-07T09:00:00+07:00"}
        for sid, text, pub in [("plain", body, "2024-05-05"), ("stamped", stamped, "2024-05-05"), ("bad", body, "?")]
    ]  # fmt: skip
    rows = {r["source_id"]: r for r in clean_frame(ingest_frame(records)).to_dicts()}
    assert rows["plain"]["published_at"] == datetime(2024, 5, 5)  # the page says nothing: the record's
    assert rows["stamped"]["published_at"] == datetime(2024, 5, 6, 8, 15)  # the page's own stamp
    assert rows["bad"]["published_at"] is None and rows["bad"]["status"] != "quarantined"  # not a time: left out
    assert {r["fetched_at"] for r in rows.values()} == {datetime(2024, 5, 7, 9, 0)}
