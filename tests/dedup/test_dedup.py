"""Tests for `dedup.signatures`: exact keys, near-duplicate signatures, their stored form, and the batch function.
All texts are written for the tests."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.dedup.signatures import THRESHOLD, NearDuplicateIndex, body_words, find_duplicates, text_key

ARTICLE = "\n".join(
    [
        "Khai mạc Kỳ họp thứ 7 Hội đồng nhân dân huyện Tân Sơn",
        "Sáng ngày 14/7, Hội đồng nhân dân huyện Tân Sơn khóa XX, nhiệm kỳ 2016 - 2021 long trọng khai mạc Kỳ họp "
        "thứ 7 để đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm.",
        "Dự kỳ họp có đồng chí Lê Văn An, Tỉnh ủy viên, Bí thư Huyện ủy; đồng chí Phạm Thị Bình, Phó Bí thư Thường "
        "trực Huyện ủy, Chủ tịch HĐND huyện; lãnh đạo UBND huyện cùng 32 đại biểu HĐND huyện.",
        "Báo cáo tại kỳ họp cho biết, trong 6 tháng đầu năm, tổng giá trị sản xuất trên địa bàn ước đạt 1.250 tỷ "
        "đồng, tăng 8,2% so với cùng kỳ; thu ngân sách đạt 61% dự toán; toàn huyện có thêm 2 xã đạt chuẩn nông thôn "
        "mới, nâng tổng số xã đạt chuẩn lên 9 xã.",
        "Thường trực HĐND huyện đã tổ chức 3 cuộc giám sát chuyên đề về công tác quản lý đất đai, xây dựng cơ bản và "
        "thực hiện chính sách đối với người có công; tiếp nhận 45 ý kiến, kiến nghị của cử tri và chuyển đến các cơ "
        "quan có thẩm quyền giải quyết.",
        "Trong hai ngày làm việc, các đại biểu sẽ thảo luận, chất vấn những vấn đề cử tri quan tâm và xem xét, thông "
        "qua 10 nghị quyết quan trọng, trong đó có nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025.",
    ]
)

OTHER_SESSION = "\n".join(
    [
        "Bế mạc Kỳ họp thứ 12 Hội đồng nhân dân thị xã Hòa Bình",
        "Chiều ngày 20/12, Hội đồng nhân dân thị xã Hòa Bình khóa IV đã bế mạc Kỳ họp thứ 12 sau ba ngày làm việc "
        "khẩn trương, nghiêm túc và dân chủ.",
        "Tại phiên bế mạc, đồng chí Nguyễn Văn Cường, Chủ tịch HĐND thị xã, nhấn mạnh năm tới là năm cuối nhiệm kỳ, "
        "các cấp, các ngành cần tập trung hoàn thành các chỉ tiêu về thu ngân sách, giải phóng mặt bằng và cải cách "
        "thủ tục hành chính.",
        "Kỳ họp đã biểu quyết thông qua 14 nghị quyết, trong đó có nghị quyết về dự toán ngân sách năm sau, nghị quyết "
        "về bảng giá đất và nghị quyết thành lập các tổ dân phố mới trên địa bàn.",
        "Các đại biểu đã dành nhiều thời gian chất vấn Trưởng phòng Tài nguyên và Môi trường về tình trạng lấn chiếm "
        "đất công, về tiến độ cấp giấy chứng nhận quyền sử dụng đất cho người dân ở các phường ven đô.",
    ]
)


def rewrapped_copy(text: str) -> str:
    """The article as another site would show it: other chrome lines around it and a few words changed."""
    body = text.replace("long trọng khai mạc", "đã khai mạc").replace("ước đạt", "đạt khoảng").replace("quan trọng", "")
    chrome = ["Trang chủ | Tin tức | Sự kiện | Liên hệ", "Cổng thông tin điện tử tỉnh", "Chia sẻ bài viết"]
    footer = ["Bản quyền thuộc Ban biên tập", "Lượt xem: 1.024", "In bài | Gửi email"]
    return "\n".join([*chrome, body, *footer])


def test_text_key_ignores_spacing_only() -> None:
    assert text_key("Huyện Uỷ  họp\nsáng nay ") == text_key("Huyện Uỷ họp sáng nay")
    assert text_key("Huyện Uỷ họp") != text_key("huyện ủy họp")  # left to the near-duplicate check
    assert text_key(ARTICLE) != text_key(OTHER_SESSION)
    assert len(text_key(ARTICLE)) == 64
    assert int(text_key(ARTICLE), 16) >= 0


def test_identical_texts_are_exact_duplicates() -> None:
    index, keys = NearDuplicateIndex(), {}
    found = find_duplicates([("a", ARTICLE), ("b", ARTICLE), ("c", ARTICLE.upper())], index, keys)
    assert found == {"b": ("a", "exact"), "c": ("a", "near")}
    assert keys[text_key(ARTICLE)] == "a"
    assert len(index) == 1


def test_rewrapped_copy_with_a_few_words_changed_is_a_near_duplicate() -> None:
    copy = rewrapped_copy(ARTICLE)
    assert text_key(copy) != text_key(ARTICLE)
    index, keys = NearDuplicateIndex(), {}
    found = find_duplicates([("first", ARTICLE), ("copy", copy)], index, keys)
    assert found == {"copy": ("first", "near")}
    assert "copy" not in index  # a copy is not kept as a new original


def test_chrome_lines_are_not_shingled() -> None:
    words = body_words(rewrapped_copy(ARTICLE))
    assert "liên" not in words and "lượt" not in words
    assert words[:4] == ["khai", "mạc", "kỳ", "họp"]  # the headline is long enough to be kept


def test_different_articles_on_similar_topics_are_not_duplicates() -> None:
    index = NearDuplicateIndex()
    first, other = index.signature(ARTICLE), index.signature(OTHER_SESSION)
    assert first.jaccard(other) < 0.2
    found = find_duplicates([("a", ARTICLE), ("b", OTHER_SESSION)], index, {})
    assert found == {}
    assert len(index) == 2


def test_signatures_round_trip_through_their_stored_form() -> None:
    index = NearDuplicateIndex()
    signature = index.signature(ARTICLE)
    stored = index.to_bytes(signature)
    assert isinstance(stored, bytes) and len(stored) == 4 + 4 * index.num_perm
    restored = index.from_bytes(stored)
    assert list(restored.hashvalues) == list(signature.hashvalues)
    assert restored.jaccard(signature) == 1.0
    assert index.to_bytes(restored) == stored


def test_index_rebuilt_from_storage_finds_earlier_documents() -> None:
    first_run = NearDuplicateIndex()
    keys: dict[str, str] = {}
    find_duplicates([("a", ARTICLE), ("b", OTHER_SESSION)], first_run, keys)
    stored = [(doc_id, first_run.to_bytes(first_run.signature(text))) for doc_id, text in [("a", ARTICLE)]]
    next_run = NearDuplicateIndex()
    next_run.add_stored(stored)
    found = find_duplicates([("c", rewrapped_copy(ARTICLE)), ("d", OTHER_SESSION)], next_run, dict(keys))
    assert found == {"c": ("a", "near"), "d": ("b", "exact")}


def test_stored_form_of_another_index_is_rejected() -> None:
    small = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="128 permutations"):
        NearDuplicateIndex().from_bytes(small.to_bytes(small.signature(ARTICLE)))
    with pytest.raises(ValueError):
        NearDuplicateIndex().from_bytes(b"not a signature")


def test_state_carries_across_batches() -> None:
    index, keys = NearDuplicateIndex(), {}
    assert find_duplicates([("a", ARTICLE)], index, keys) == {}
    assert find_duplicates([("b", OTHER_SESSION), ("c", ARTICLE)], index, keys) == {"c": ("a", "exact")}
    assert find_duplicates([("d", rewrapped_copy(ARTICLE))], index, keys) == {"d": ("a", "near")}


def test_near_check_is_limited_to_the_given_ids() -> None:
    index, keys = NearDuplicateIndex(), {}
    batch = [("a", ARTICLE), ("b", rewrapped_copy(ARTICLE)), ("c", ARTICLE)]
    found = find_duplicates(batch, index, keys, near_ids={"a"})
    assert found == {"c": ("a", "exact")}  # b is only checked for an exact copy
    assert "b" not in index


def test_a_document_is_not_its_own_duplicate() -> None:
    index, keys = NearDuplicateIndex(), {}
    find_duplicates([("a", ARTICLE)], index, keys)
    assert find_duplicates([("a", ARTICLE)], index, keys) == {}


def test_empty_bodies_are_never_near_duplicates() -> None:
    index = NearDuplicateIndex()
    empty = index.signature("")
    index.add("empty", empty)
    assert len(index) == 0
    assert index.query(empty) == []
    assert find_duplicates([("x", " \n "), ("y", "\n")], index, {}) == {"y": ("x", "exact")}


def test_default_threshold() -> None:
    assert NearDuplicateIndex().threshold == THRESHOLD


_text = st.text(alphabet=st.sampled_from(list("aăbcdđeêhiklmnoôơuưy àáảãạủỷ\n\t")), max_size=300)


@settings(max_examples=100, deadline=None)
@given(_text)
def test_text_key_is_blind_to_whitespace_runs(text: str) -> None:
    assert text_key(text) == text_key(" ".join(text.split()))


@settings(max_examples=200, deadline=None)
@given(st.one_of(_text, st.text(max_size=300)))
def test_text_key_is_the_sha256_of_the_words_joined_by_single_spaces(text: str) -> None:
    expected = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
    assert text_key(text) == expected


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=600))
def test_any_signature_round_trips(text: str) -> None:
    index = NearDuplicateIndex(num_perm=32)
    signature = index.signature(text)
    assert list(index.from_bytes(index.to_bytes(signature)).hashvalues) == list(signature.hashvalues)
