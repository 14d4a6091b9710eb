"""Site chrome: line kinds that are never article text, and lines learned from recurrence across a site's pages."""

from __future__ import annotations

import pytest

from transforms.cleaning.chrome import (
    is_footer_start,
    is_widget_line,
    learn_site_chrome,
    line_key,
    looks_like_paragraph,
    looks_like_sentence,
    slogan_strength,
)


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content", "Bỏ qua nội dung chính", "Trang chủ",
        "IMG_7289_0.jpg", "HUYEN UY0.jpg", "anh-hoi-nghi (2).JPEG", "DSC01234.png",
        "Đ?ẩm:", "°C", "28°C", "Độ ẩm: 75%", "Nhiệt độ: 24 - 30",
        "Gửi bình luận", "Viết bình luận của bạn", "Ý kiến bạn đọc", "Bình luận (3)", "Họ và tên (*)", "Email:",
        "Hãy sử dụng tiếng Việt có dấu khi viết bài", "Vui lòng nhập ý kiến của bạn",
        "Đánh giá:", "lượt đánh giá: , trung bình: Bình luận", "Mã xác thực không đúng.", "Nhập mã bảo mật",
        "Thống kê: 1.281.540", "Online: 57", "Đang truy cập: 12", "Tổng lượt truy cập 1.000.000", "Hôm nay: 345",
    ],
)  # fmt: skip
def test_widget_lines(line: str) -> None:
    assert is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Quang cảnh tại hội nghị",
        "BCH khóa mới ra mắt",
        "Toàn cảnh hội nghị",
        "Đánh giá: năm qua huyện đã hoàn thành vượt mức toàn bộ 18 chỉ tiêu chủ yếu đề ra.",
        "Nhiệt độ trung bình năm tăng khiến nhiều diện tích lúa bị hạn, huyện đã chỉ đạo chống hạn.",
        "Thống kê cho thấy, năm 2022 toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_article_lines_are_not_widgets(line: str) -> None:
    assert not is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["Liên kết website", "Tin liên quan", "Các tin khác:", "Bản đồ thị xã", "Các ca khúc hay về quê hương",
     "Loại Mua Bán", "Gửi bình luận", "Đánh giá:", "Xem thêm:", "Chia sẻ"],
)  # fmt: skip
def test_footer_starts(line: str) -> None:
    assert is_footer_start(line)


def test_a_sentence_is_never_a_footer_start() -> None:
    assert not is_footer_start("Bản đồ quy hoạch chung của thị xã đã được công bố công khai tới người dân.")
    assert not is_footer_start("Tin liên quan đến dự án đã được huyện thông tin rõ tại buổi tiếp xúc cử tri hôm qua.")


def test_slogans() -> None:
    assert slogan_strength("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI") == 2
    assert slogan_strength("Nhiệt liệt chào mừng kỷ niệm 90 năm ngày thành lập Đảng") == 2
    assert slogan_strength("Đảng Cộng sản Việt Nam quang vinh muôn năm!") == 2
    assert slogan_strength("Chào mừng năm học mới") == 1
    assert slogan_strength("Đại hội Đảng bộ huyện lần thứ XX") == 0


def test_sentence_and_paragraph_shapes() -> None:
    assert looks_like_sentence("Huyện đã tổ chức 13 kỳ họp trong nhiệm kỳ.")
    assert not looks_like_sentence("Mã xác thực không đúng.")
    assert looks_like_paragraph(" ".join(["từ"] * 45))
    assert not looks_like_paragraph("Hội nghị tổng kết công tác năm 2022 của Huyện ủy")


# --- Learned chrome ---------------------------------------------------------------------------------------------


def _page(i: int, *extra: str) -> str:
    return "\n".join(["Cổng thông tin điện tử huyện", f"Hội nghị lần thứ {i}", f"Nội dung bài số {i}.", *extra])


def test_lines_recurring_on_a_site_are_learned() -> None:
    pages = [_page(i, "Bản quyền thuộc về UBND huyện") for i in range(5)]
    chrome = learn_site_chrome(pages, ["huyen.gov.vn"] * 5)
    assert chrome == {line_key("Cổng thông tin điện tử huyện"), line_key("Bản quyền thuộc về UBND huyện")}


def test_recurrence_is_counted_per_host() -> None:
    pages = [_page(i) for i in range(6)]
    hosts = ["a.gov.vn", "b.gov.vn", "c.gov.vn", "a.gov.vn", "b.gov.vn", "c.gov.vn"]
    assert learn_site_chrome(pages, hosts) == frozenset()  # two pages a host: below min_docs
    assert learn_site_chrome(pages, hosts, min_docs=2) == {line_key("Cổng thông tin điện tử huyện")}


def test_pages_without_a_host_are_compared_with_all() -> None:
    pages = [_page(i) for i in range(4)]
    assert learn_site_chrome(pages, [None, None, "a.gov.vn", "b.gov.vn"]) == {line_key("Cổng thông tin điện tử huyện")}


def test_min_share_holds_back_lines_on_few_of_many_pages() -> None:
    pages = [_page(i, "Tin nổi bật") if i < 4 else _page(i) for i in range(20)]
    chrome = learn_site_chrome(pages, ["a.gov.vn"] * 20)
    assert line_key("Tin nổi bật") not in chrome
    assert line_key("Cổng thông tin điện tử huyện") in chrome


def test_a_sentence_needs_to_recur_on_most_pages() -> None:
    sentence = "Huyện đã tổ chức thành công Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025."
    some = [_page(i, sentence) if i < 4 else _page(i) for i in range(10)]
    assert line_key(sentence) not in learn_site_chrome(some, ["a.gov.vn"] * 10)
    most = [_page(i, sentence) for i in range(10)]
    assert line_key(sentence) in learn_site_chrome(most, ["a.gov.vn"] * 10)


def test_a_line_repeated_inside_one_page_counts_once() -> None:
    pages = [_page(0, "Xem thêm", "Xem thêm", "Xem thêm"), _page(1), _page(2)]
    assert line_key("Xem thêm") not in learn_site_chrome(pages, [None] * 3)
