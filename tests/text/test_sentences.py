"""Sentence offsets into clean text: each line apart, underthesea's boundaries inside a paragraph."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from transforms.text.sentences import split_sentences

TEXT = (
    "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2\n"
    "Ngày 15/9, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị. Tổng thu ngân sách đạt 34 tỷ đồng, bằng 135% cùng kỳ. "
    "TP. Hồ Chí Minh cử đoàn dự!\n"
    "\n"
    "Quang cảnh tại hội nghị\n"
    "Đồng chí Bí thư phát biểu kết luận./."
)


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_lines_and_sentences() -> None:
    assert _texts(TEXT) == [
        "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 2",
        "Ngày 15/9, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị.",
        "Tổng thu ngân sách đạt 34 tỷ đồng, bằng 135% cùng kỳ.",
        "TP. Hồ Chí Minh cử đoàn dự!",
        "Quang cảnh tại hội nghị",
        "Đồng chí Bí thư phát biểu kết luận./.",
    ]


def test_a_sentence_never_crosses_a_line_break() -> None:
    assert _texts("Hội nghị lần thứ hai\nkhông có dấu chấm\ncuối dòng") == [
        "Hội nghị lần thứ hai",
        "không có dấu chấm",
        "cuối dòng",
    ]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t ") == []


def test_every_word_is_in_some_sentence() -> None:
    assert " ".join(_texts(TEXT)).split() == TEXT.split()


_PROSE = st.lists(
    st.sampled_from(["Hội nghị", "đã", "họp.", "Ông", "TP.", "Hà Nội", "...", "?", "!", "\n", " ", "  ", "15/9,", "./.",
                     "“Kỷ cương.”", "(Ảnh: TTXVN)", "…", "đạt 11,63%.", "Đ/c", "1.800"]),
    max_size=40,
).map("".join)  # fmt: skip


@given(st.one_of(st.text(), _PROSE))
def test_spans_are_valid_ordered_and_disjoint(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end].strip()
        assert "\n" not in text[sentence.start : sentence.end]
        previous_end = sentence.end
    every_line_with_words = [line for line in text.split("\n") if line.strip()]
    assert len(sentences) >= len(every_line_with_words)
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())  # no character outside whitespace is left out
