"""Photo credits and agency datelines inside lines: taken out, the words around them kept and never glued."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.cleaning import credits
from transforms.cleaning.credits import strip_credits


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # at the end of a caption, after a dash, in brackets, after a stop
        ("Đại biểu phát biểu tại kỳ họp - Ảnh: MINH ĐỨC", "Đại biểu phát biểu tại kỳ họp"),
        ("Đại biểu phát biểu tại kỳ họp - Ảnh: MINH ĐỨC.", "Đại biểu phát biểu tại kỳ họp."),
        ("Quang cảnh hội nghị (Ảnh: Thu Trang).", "Quang cảnh hội nghị."),
        ("Quang cảnh hội nghị. Ảnh: Thu Trang", "Quang cảnh hội nghị."),
        ("Quang cảnh hội nghị. Ảnh: baoquangtri.vn", "Quang cảnh hội nghị."),
        ("Quang cảnh hội nghị. (Ảnh: Văn Hòa/TTXVN)", "Quang cảnh hội nghị."),
        ("Ông Trần Văn Bảy phát biểu - Ảnh tư liệu", "Ông Trần Văn Bảy phát biểu"),
        ("Trụ sở UBND xã (Ảnh minh họa).", "Trụ sở UBND xã."),
        ("Bản đồ quy hoạch - Ảnh: TRẦN AN - Dữ liệu: LÊ BA", "Bản đồ quy hoạch"),
        # a whole line of credit goes
        ("Ảnh: Hồng Nhung", ""),
        ("(Ảnh: Hồng Nhung).", ""),
        ("Ảnh: Q. T", ""),
        # between two sentences: a space after a finished one, a line break after a caption
        ("Quang cảnh kỳ họp. Ảnh: Lan Chi. Theo báo cáo, huyện đạt 18 chỉ tiêu.",
         "Quang cảnh kỳ họp. Theo báo cáo, huyện đạt 18 chỉ tiêu."),
        ("Ông A tặng hoa chúc mừng ông B - Ảnh: Báo Nhân dân Sáng nay 3-4, Tỉnh ủy tổ chức hội nghị.",
         "Ông A tặng hoa chúc mừng ông B\nSáng nay 3-4, Tỉnh ủy tổ chức hội nghị."),
        ("Ông A phát biểu - Ảnh: HOÀNG LONGChủ tịch UBND xã cảm ơn cử tri.",
         "Ông A phát biểu\nChủ tịch UBND xã cảm ơn cử tri."),
        ("Lãnh đạo tỉnh dự lễ. Ảnh: Thanh Hà Chương trình được tổ chức long trọng.",
         "Lãnh đạo tỉnh dự lễ. Chương trình được tổ chức long trọng."),
        ("Đại biểu bỏ phiếu - Ảnh: Trung tâm truyền thông tỉnh Bắc Giang", "Đại biểu bỏ phiếu"),
        # an agency's dateline: dropped at the line's start, a line break where a teaser is glued on
        ("TTXVN - Ngày 10-2, Chủ tịch nước dự lễ.", "Ngày 10-2, Chủ tịch nước dự lễ."),
        ("Ông A xin thôi chức PV - Sáng mai 5-3, kỳ họp sẽ xem xét.",
         "Ông A xin thôi chức\nSáng mai 5-3, kỳ họp sẽ xem xét."),
    ],
)  # fmt: skip
def test_credits_are_taken_out(line: str, expected: str) -> None:
    assert strip_credits(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Trong ảnh: Ông Trần Văn Bảy và các đại biểu dự hội nghị.",
        "Clip: Tân Chủ tịch HĐND tỉnh nói gì sau khi được bầu?",
        "Dữ liệu: Tổng cục Thống kê cho thấy thu nhập tăng 8%.",
        "Hội đồng nhân dân (HĐND) - Uỷ ban nhân dân (UBND) tỉnh phối hợp tổ chức.",
        "Tổng Giám đốc VOV – Nguyễn Văn Ba phát biểu.",
        "Kỳ họp thứ 7, HĐND tỉnh khoá XVII - Chiều nay bế mạc.",
    ],
)
def test_lines_without_credits_are_left_alone(line: str) -> None:
    assert strip_credits(line) == line


@given(st.text(max_size=120))
def test_strip_credits_never_raises_and_never_adds_words(line: str) -> None:
    out = strip_credits(line)
    assert len(out) <= len(line) + 1
    assert out == line or out == "" or all(part == part.strip() and part for part in out.split("\n"))


_CREDIT_PIECES = st.sampled_from(
    [
        "Ảnh", "ảnh", "Nguồn", "minh", "họa", "hoạ", "tư", "liệu", "Dữ", "Đồ", "Video", "Clip", "Thiết", "kế",
        "Trong", "TTXVN", "TTO", "Ngày", "Sáng", "Hôm", "Hồng Giang", "hội nghị", ":", " : ", "-", " - ", "–", "—",
        "(", ")", ".", " ", "  ", "\u00a0",
    ]
)  # fmt: skip


@given(st.lists(_CREDIT_PIECES, max_size=16).map("".join))
def test_the_fast_hints_never_miss_a_marker_or_dateline(line: str) -> None:
    # strip_credits runs its position-by-position patterns only on a line where a hint is found: a hint must be found
    # wherever the pattern would match, or a credit would stay in the text.
    for pattern, hinted in (
        (credits._MARKER_RE, credits._MARKER_HINT_RE.search),
        (credits._NAMELESS_RE, credits._NAMELESS_HINT_RE.search),
        (credits._DATELINE_RE, credits._has_dateline_hint),
    ):
        if pattern.search(line):
            assert hinted(line), (pattern.pattern[:40], line)
