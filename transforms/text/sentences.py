"""Sentences of a clean text, as character offsets into it.

Each line (a headline, a paragraph) is split on its own, so a sentence never spans a line break; underthesea's
`sent_tokenize` finds the boundaries inside a paragraph, and each sentence it returns is located back in the line.
"""

from __future__ import annotations

# Imported with the module, not when first used: importing underthesea on a task runner's worker thread, while other
# threads log, can deadlock on the import and logging locks.
from underthesea import sent_tokenize

from transforms.model import Sentence


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that holds something besides whitespace.

    >>> _line_spans("Tiêu đề\\n\\n Đoạn một. ")
    [(0, 7), (9, 20)]
    """
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _sentences_in_line(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of text[start:end], located by searching each tokenizer sentence from where the last one ended.

    Text the tokenizer skipped joins its neighbour, a piece without letters or digits joins the sentence before it,
    and a line the tokenizer altered ends as one sentence, so the spans cover every word of the line.

    >>> text = "Hội nghị kết thúc./. Đại biểu ra về."
    >>> [text[s.start : s.end] for s in _sentences_in_line(text, 0, len(text))]
    ['Hội nghị kết thúc./.', 'Đại biểu ra về.']
    """
    line = text[start:end]
    found: list[Sentence] = []
    cursor = 0
    for piece in sent_tokenize(line):
        at = line.find(piece, cursor)
        if at < 0:
            break
        gap = line[cursor:at]
        sentence_start = at
        if found and not any(c.isalnum() for c in piece):  # "/." of the closing "./." belongs to its sentence
            cursor = at + len(piece)
            found[-1] = Sentence(found[-1].start, start + cursor)
            continue
        if gap.strip() and found:
            found[-1] = Sentence(found[-1].start, start + cursor + len(gap.rstrip()))
        elif gap.strip():
            sentence_start = cursor + len(gap) - len(gap.lstrip())
        cursor = at + len(piece)
        found.append(Sentence(start + sentence_start, start + cursor))
    rest = line[cursor:]
    if rest.strip():
        found.append(Sentence(start + cursor + len(rest) - len(rest.lstrip()), start + len(line.rstrip())))
    return found


def split_sentences(clean_text: str) -> list[Sentence]:
    """Sentences of `clean_text` in order, by offsets: each line on its own, then underthesea's boundaries within it.

    Every span lies inside the text, holds more than whitespace, and none overlap.

    >>> text = "Hội nghị Ban Chấp hành\\nNgày 15/9, huyện tổ chức hội nghị. Đại biểu thảo luận sôi nổi."
    >>> [text[s.start : s.end] for s in split_sentences(text)]
    ['Hội nghị Ban Chấp hành', 'Ngày 15/9, huyện tổ chức hội nghị.', 'Đại biểu thảo luận sôi nổi.']
    """
    sentences: list[Sentence] = []
    for start, end in _line_spans(clean_text):
        sentences.extend(_sentences_in_line(clean_text, start, end))
    return sentences
