"""Bounds on what one document may cost: past them it is quarantined with the reason, never processed for hours.

Extraction time grows faster than linearly with the length of a sentence and of a document (the session and date
readers look at every date of the document for each date without a year), so one pathological input (a megabyte
without a full stop, a table of a hundred thousand numbers) could stall a whole run. The bounds are set above what
real articles need: over 35,000 news articles of 2017 the longest held 37,107 characters, 436 figures and a
5,316-character sentence; the sample of local-government portals peaks at 12,144 characters, 119 figures and 2,321
characters. Ordinary text at the length bound extracts in about 2 s; the costliest text we could write within all
bounds (6,000-character sentences dense with meeting words and dates without a year, no publication stamp) in
under a minute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import transforms.text

MAX_DOCUMENT_BYTES = 4 * 1024 * 1024  # a file or JSON Lines record past this is not read (decoding costs ~2 s/MB)
MAX_TEXT_CHARS = 60_000  # clean text handed to extraction
MAX_SENTENCE_CHARS = 6_000  # one sentence handed to the extractors
MAX_NUMBERS = 3_000  # figures written with digits in one document
MAX_TITLE_HINT_CHARS = 1_000  # a record's "title" longer than this is not a headline and is ignored
MAX_SOURCE_ID_CHARS = 512  # a record's "id" longer than this is not an id

# A figure as written: digits with "." or "," groups ("1.234,5" is one figure, not three).
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds one document's clean text must keep to be extracted."""

    max_chars: int = MAX_TEXT_CHARS
    max_sentence_chars: int = MAX_SENTENCE_CHARS
    max_numbers: int = MAX_NUMBERS


DEFAULT_LIMITS = Limits()


def count_figures(text: str) -> int:
    """How many figures written with digits the text holds (a grouped number counts once).

    >>> count_figures("Thu 1.234,5 tỷ đồng, đạt 105%, tăng 12 lần so với năm 2019.")
    4
    """
    return sum(1 for _ in _FIGURE_RE.finditer(text))


def longest_sentence(text: str, at_least: int = 0) -> int:
    """The length of the longest sentence of `text` (as `transforms.text.split_sentences` cuts it), looking only
    at lines longer than `at_least` (a sentence never spans lines, so shorter lines cannot hold a longer one); 0 when
    no line is that long.

    >>> longest_sentence("Hội nghị bế mạc. Đại biểu ra về.\\nNgắn.")
    16
    >>> longest_sentence("Hội nghị bế mạc. Đại biểu ra về.", at_least=40)
    0
    """
    longest = 0
    for line in text.split("\n"):
        if len(line) > max(at_least, longest):
            # looked up here: the package loads its sentence splitter (and underthesea) only when first used
            longest = max([longest, *(s.end - s.start for s in transforms.text.split_sentences(line))])
    return longest


def over_limits(clean_text: str, limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Why `clean_text` would cost extraction too much, as a quarantine reason; None when it keeps to the bounds.

    The cheap tests run first: length, then figures, then sentences (split only where a line is long enough).

    >>> over_limits("Hội nghị tổng kết công tác năm.") is None
    True
    >>> over_limits("x" * 11, Limits(max_chars=10))
    'too long to extract: 11 characters (limit 10)'
    >>> over_limits("1 2 3 4", Limits(max_numbers=3))
    'too many figures to extract: 4 (limit 3)'
    >>> over_limits("một câu rất dài không có dấu chấm", Limits(max_sentence_chars=10))
    'sentence too long to extract: 33 characters (limit 10)'
    """
    if len(clean_text) > limits.max_chars:
        return f"too long to extract: {len(clean_text)} characters (limit {limits.max_chars})"
    figures = count_figures(clean_text)
    if figures > limits.max_numbers:
        return f"too many figures to extract: {figures} (limit {limits.max_numbers})"
    longest = longest_sentence(clean_text, at_least=limits.max_sentence_chars)
    if longest > limits.max_sentence_chars:
        return f"sentence too long to extract: {longest} characters (limit {limits.max_sentence_chars})"
    return None
