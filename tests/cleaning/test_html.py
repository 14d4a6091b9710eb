"""HTML pages: told apart from text, and reduced to the headline and the article's paragraphs."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.cleaning.html import html_to_text, looks_like_html

PARAGRAPHS = [
    "Sáng ngày 12/3/2021, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị lần thứ ba, nhiệm kỳ 2020 - 2025.",
    "Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ quý I và đề ra phương hướng cho những tháng tiếp theo. "
    "Trong quý, toàn huyện đã trồng mới 120 ha rừng, thu ngân sách đạt 45 tỷ đồng, bằng 30% dự toán năm.",
    "Phát biểu kết luận, đồng chí Bí thư Huyện ủy yêu cầu các cấp ủy, chính quyền tập trung chỉ đạo, khắc phục khó "
    "khăn, hoàn thành thắng lợi các chỉ tiêu đề ra.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ ba - Cổng TTĐT</title>
<script>var tracking = "không phải nội dung";</script><style>p {{ color: red; }}</style></head>
<body>
<header><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main><article>
<h1>Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ ba</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Xã tổ chức ngày hội đại đoàn kết</a></li></ul></aside></main>
<footer><p>Bản quyền thuộc Ủy ban nhân dân huyện. Địa chỉ: số 1 đường Trần Phú.</p></footer>
</body></html>"""


def test_the_article_and_its_headline_are_extracted() -> None:
    text = html_to_text(PAGE)
    assert text is not None
    lines = text.split("\n")
    assert lines[0] == "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ ba"
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "tracking" not in text and "color" not in text
    assert "Trang chủ" not in text


def test_a_page_without_text_gives_none() -> None:
    assert html_to_text("<html><head><title></title></head><body><div><img src='a.png'></div></body></html>") is None
    assert html_to_text("") is None


def test_html_is_told_from_text() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("  <?xml version='1.0'?><html><body>x</body></html>")
    assert looks_like_html("<div><p>Đoạn một</p><p>Đoạn hai</p></div>")
    assert not looks_like_html("Tỷ lệ <5% hộ nghèo, mục tiêu > 90% hộ dùng nước sạch.")
    assert not looks_like_html(PARAGRAPHS[0])


@given(st.text(max_size=300))
def test_any_text_never_raises(text: str) -> None:
    result = html_to_text(text)
    assert result is None or result.strip()
    looks_like_html(text)


def test_text_nested_deeper_than_the_parser_goes_is_kept() -> None:
    body = "Ngày 15/9, Huyện ủy tổ chức hội nghị sơ kết công tác sáu tháng đầu năm. " * 6
    for depth in (300, 3000):
        page = f"<html><body>{'<div>' * depth}<h1>Hội nghị Huyện ủy</h1><p>{body}</p>{'</div>' * depth}</body></html>"
        text = html_to_text(page)
        assert text is not None and body.strip() in " ".join(text.split()), depth
    opening = "Đoạn mở đầu về hội nghị huyện ủy tổ chức sáng nay với nhiều nội dung quan trọng."
    mixed = f"<html><body><div><p>{opening}</p>{'<span>' * 400}<p>{body}</p>{'</span>' * 400}</div></body></html>"
    text = html_to_text(mixed) or ""
    assert opening in text and body.strip() in " ".join(text.split())


def test_a_page_without_text_is_none_and_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert html_to_text("<html><body></body></html>") is None
    assert [r for r in caplog.records if r.name.startswith("trafilatura") and r.levelno >= logging.WARNING] == []
