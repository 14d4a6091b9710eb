"""Whole words of a stretch of Vietnamese text, so that a label taken from it never starts or ends inside a word
("Nhà máy", not "máy"): the syllables underthesea's word segmenter reads as one word stay together."""

from __future__ import annotations

import functools
import re
import threading

from underthesea import word_tokenize

from transforms.text import unify_tones

_SYLLABLE_RE = re.compile(r"\S+")
# Words after which a phrase begins: a long lead is best cut right after one ("Nhà máy có | tổng mức đầu tư").
_PHRASE_OPENERS = frozenset(
    ("với", "của", "cho", "để", "tại", "ở", "theo", "về", "từ", "khi", "mà", "thì", "nhưng", "là", "có", "đã", "được",
     "và", "nên", "do", "vì", "như")
)  # fmt: skip


# underthesea loads its model on the first call and publishes it before it is loaded: threads extracting at once
# would use a half-loaded model. One call at a time.
_TOKENIZER_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4096)
def _word_starts(text: str) -> frozenset[int] | None:
    """Offsets in `text` where its words begin, by underthesea; None when its tokens do not line up with the text."""
    with _TOKENIZER_LOCK:
        tokens = word_tokenize(text)
    letters = [i for i, c in enumerate(text) if not c.isspace()]
    flat = "".join(unify_tones(text).split())
    starts: set[int] = set()
    pos = 0
    for token in tokens:
        part = "".join(unify_tones(token).split())
        if not part or flat[pos : pos + len(part)] != part:
            return None
        starts.add(letters[pos])
        pos += len(part)
    return frozenset(starts)


def last_words(text: str, limit: int) -> str:
    """The end of `text`: its last whole words, at most `limit` syllables unless one word is longer; cut right after
    a word that opens a phrase where one is in reach.

    >>> last_words("Nhà máy có tổng mức đầu tư dự kiến", 8)
    'tổng mức đầu tư dự kiến'
    >>> last_words("Thu ngân sách Nhà nước trên địa bàn bình quân hàng năm", 8)
    'trên địa bàn bình quân hàng năm'
    >>> last_words("tổng vốn đầu tư", 8)
    'tổng vốn đầu tư'
    """
    syllables = list(_SYLLABLE_RE.finditer(text))
    if len(syllables) <= limit:
        return " ".join(m.group(0) for m in syllables)
    first = len(syllables) - limit
    openers = (i for i in range(first, len(syllables) - 1) if syllables[i - 1].group(0).lower() in _PHRASE_OPENERS)
    opener = next(openers, None)
    if opener is not None:
        return " ".join(m.group(0) for m in syllables[opener:])
    starts = _word_starts(text)
    if starts is not None:
        first = next((i for i in range(first, len(syllables)) if syllables[i].start() in starts), first)
    return " ".join(m.group(0) for m in syllables[first:])


def first_words(text: str, limit: int) -> str:
    """The start of `text`: its first whole words, at most `limit` syllables unless the first word is longer.

    >>> first_words("hộ gia đình đạt danh hiệu gia đình văn hóa tiêu biểu năm 2016", 10)
    'hộ gia đình đạt danh hiệu gia đình văn hóa'
    """
    syllables = list(_SYLLABLE_RE.finditer(text))
    if len(syllables) <= limit:
        return " ".join(m.group(0) for m in syllables)
    starts = _word_starts(text)
    end = limit
    if starts is not None:
        end = next((i for i in range(limit, 0, -1) if syllables[i].start() in starts), limit)
    return " ".join(m.group(0) for m in syllables[:end])


def first_words_end(text: str, limit: int) -> int:
    """Where `first_words(text, limit)` ends in `text` (0 when there are no words).

    >>> first_words_end(" hồ sơ hưu trí đã", 3)
    6
    """
    syllables = list(_SYLLABLE_RE.finditer(text))
    kept = len(first_words(text, limit).split())
    return syllables[kept - 1].end() if kept else 0
