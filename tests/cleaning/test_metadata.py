"""Page metadata read from line shapes: stamps, headlines, category lines, bylines and source units."""

from __future__ import annotations

from datetime import datetime

import pytest

from transforms.cleaning.byline import parse_byline, parse_source_unit, source_only
from transforms.cleaning.metadata import (
    category_from_cue,
    is_meta_line,
    looks_like_category,
    looks_like_title,
    parse_stamp_line,
    split_stamp_prefix,
    starts_with_time_cue,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngày đăng: 2020-10-09T03:55:00.000Z", datetime(2020, 10, 9, 3, 55)),
        ("(17:30:00 11/01/2023)", datetime(2023, 1, 11, 17, 30)),
        ("Cập nhật lúc: 08:15 20/07/2021", datetime(2021, 7, 20, 8, 15)),
        ("Thứ Hai, 05/06/2017 - 14:20", datetime(2017, 6, 5, 14, 20)),
        ("Chủ nhật, 5-6-2017 14h20 GMT+7", datetime(2017, 6, 5, 14, 20)),
        ("13/05/2017 10:28 GMT+7", datetime(2017, 5, 13, 10, 28)),
        ("Đăng ngày: 01.02.2020", datetime(2020, 2, 1)),
        ("2021-04-19", datetime(2021, 4, 19)),
        ("Ngày đăng: 31/02/2020", None),  # not a real date, still a stamp line
        ("Ngày đăng: (không ghi)", None),
    ],
)
def test_stamp_lines(line: str, expected: datetime | None) -> None:
    assert parse_stamp_line(line) == (True, expected)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 15/09, Ban Chấp hành Đảng bộ huyện họp.",
        "Ngày đăng ký hồ sơ kết thúc vào 30/6/2021",
        "Năm 2020 huyện thu ngân sách đạt 45 tỷ đồng",
        "11/01/2023 là ngày khai mạc",
    ],
)
def test_lines_that_are_not_stamps(line: str) -> None:
    assert parse_stamp_line(line) == (False, None)


def test_stamp_prefix_is_taken_off_a_paragraph() -> None:
    assert split_stamp_prefix("(17:30:00 11/01/2023) Chiều ngày 11/01, Thường trực HĐND huyện họp.") == (
        datetime(2023, 1, 11, 17, 30),
        "Chiều ngày 11/01, Thường trực HĐND huyện họp.",
    )
    assert split_stamp_prefix("(11/01/2023) Huyện tổ chức hội nghị.")[0] == datetime(2023, 1, 11)
    assert split_stamp_prefix("(Ảnh minh họa) Huyện tổ chức hội nghị.") == (
        None,
        "(Ảnh minh họa) Huyện tổ chức hội nghị.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Đại hội Chi bộ Văn phòng HĐND&UBND huyện nhiệm kỳ 2020-2025",
        "Ngày 10/3, khai mạc lễ hội văn hóa các dân tộc",  # a short headline may open with its date
        "iPhone lần đầu tiên thất thế tại thị trường Trung Quốc",
        "“Kỷ cương, trách nhiệm, hành động” - chủ đề năm 2023 của huyện",
        "Vì sao tiến độ giải ngân vốn đầu tư công còn chậm?",
    ],
)
def test_headlines(line: str) -> None:
    assert looks_like_title(line, "Một đoạn văn dài hơn dòng tiêu đề ở phía trên, kể lại toàn bộ sự việc diễn ra.")


@pytest.mark.parametrize(
    ("line", "next_line"),
    [
        ("Chiều ngày 5/5, Thị ủy tổ chức hội nghị sơ kết 5 năm. Tham dự có lãnh đạo tỉnh và các ban.", "Sau đó."),
        ("Hội nghị đã thông qua báo cáo công tác năm.", None),  # a final period with nothing after it
        ("Liên kết:", "Cổng thông tin điện tử tỉnh"),
        ("Huyện", "Hội nghị"),
        ("chỉ đạo các xã hoàn thành chỉ tiêu", "Một đoạn văn dài hơn nhiều so với dòng ở phía trên nó."),
        ("Phát biểu bế mạc, đồng chí Bí thư nhấn mạnh nhiều nội dung quan trọng mà các cấp ủy, chính quyền từ "
         "huyện đến cơ sở cần tập trung chỉ đạo thực hiện trong thời gian tới để hoàn thành. Các đại biểu nhất trí",
         None),
    ],
)  # fmt: skip
def test_not_headlines(line: str, next_line: str | None) -> None:
    assert not looks_like_title(line, next_line)


def test_a_headline_with_a_period_needs_metadata_or_a_longer_paragraph_after_it() -> None:
    line = "Hội nghị tổng kết công tác tuyên truyền năm 2019."
    assert looks_like_title(line, "Ngày đăng: 2020-03-05T02:00:00.000Z")
    assert looks_like_title(line, "Sáng 27/2, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tổng kết công tác năm 2019.")
    assert not looks_like_title(line, "Ảnh: TTXVN")


def test_time_cues() -> None:
    assert starts_with_time_cue("Sáng 8/2, Tỉnh ủy tổ chức hội nghị")
    assert starts_with_time_cue("Trong hai ngày 13- 14/5/2020, Đảng bộ tổ chức Đại hội")
    assert starts_with_time_cue("Chiều nay (16/5), Ủy ban Thường vụ Quốc hội họp")
    assert not starts_with_time_cue("Ngày hội đại đoàn kết toàn dân tộc năm 2020")


def test_categories() -> None:
    assert category_from_cue("Chuyên mục: Tin tức - Sự kiện") == "Tin tức - Sự kiện"
    assert category_from_cue("Trang chủ > Tin tức > Chính trị") == "Chính trị"
    assert category_from_cue("Tỷ lệ đạt 50/59 tiêu chí") is None
    assert looks_like_category("Quốc phòng - An ninh", "Huyện tổ chức diễn tập khu vực phòng thủ năm 2022")
    assert not looks_like_category("Chính trị", "Hội nghị")  # the next line must be longer
    assert not looks_like_category("Cô gái của tôi", "Một câu chuyện cảm động về tình người nơi vùng cao")
    assert is_meta_line("Ngày đăng: 2020-10-09T03:55:00.000Z") and not is_meta_line("Hội nghị Huyện ủy")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Minh Kiên", (["Minh Kiên"], None)),
        ("Thu Thủy- Hữu Thiện", (["Thu Thủy", "Hữu Thiện"], None)),
        ("Thanh Bình - Nguyễn Thắm", (["Thanh Bình", "Nguyễn Thắm"], None)),
        ("Lê Văn An, Trần Thị Bích – Phạm Hùng", (["Lê Văn An", "Trần Thị Bích", "Phạm Hùng"], None)),
        ("Vương Hợp – TTVHTT - TH", (["Vương Hợp"], "TTVHTT - TH")),
        ("Thu Hà (TTXVN)", (["Thu Hà"], "TTXVN")),
        ("Ngọc Thành/VOV.VN", (["Ngọc Thành"], "VOV.VN")),
        ("TUẤN HÀ", (["TUẤN HÀ"], None)),
        ("PV", ([], "PV")),
        ("TTXVN/Tin Tức", ([], "TTXVN/Tin Tức")),
    ],
)
def test_bylines(line: str, expected: tuple[list[str], str | None]) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Quang cảnh tại hội nghị", "Toàn cảnh hội nghị", "BCH khóa mới ra mắt", "Ông Lê Văn Thọ",
        "UBND huyện Khoái Châu", "Ảnh: Minh Kiên", "Hội nghị lần thứ 2", "Chủ tịch UBND tỉnh phát biểu.",
        "Dự hội nghị có: Nguyễn Văn An, Trần Văn Bình",
    ],
)  # fmt: skip
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_source_units() -> None:
    assert parse_source_unit("Trung tâm VH, TT&TT") == "Trung tâm VH, TT&TT"
    assert parse_source_unit("UBND huyện Khoái Châu") == "UBND huyện Khoái Châu"
    assert parse_source_unit("Văn phòng Huyện ủy") == "Văn phòng Huyện ủy"
    assert parse_source_unit("Nguồn: Cổng TTĐT tỉnh") == "Cổng TTĐT tỉnh"
    assert parse_source_unit("Toàn cảnh hội nghị") is None
    assert parse_source_unit("UBND huyện đã tổ chức hội nghị tổng kết công tác năm.") is None
    assert source_only("Theo TTXVN") == "TTXVN"
    assert source_only("Theo kế hoạch, huyện sẽ hoàn thành trong năm nay.") is None
    assert source_only("theo đó") is None


def test_pen_names_of_initials_and_notes_in_brackets() -> None:
    assert parse_byline("H.Y (tổng hợp)") == (["H.Y"], None)
    assert parse_byline("Th.Dương") == (["Th.Dương"], None)
    assert not (parse_byline("T.Ư") or ([], None))[0]  # "Trung ương": an abbreviation, not a name
