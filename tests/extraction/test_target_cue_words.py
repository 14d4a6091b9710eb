"""The words `indicators.targets` looks for before its cue patterns are kept by hand beside the patterns: every
match of a cue pattern in the 459 local-government articles holds one of its words, so that a text without them may
skip the search."""

from __future__ import annotations

import re

import pytest

from tests.conftest import shared_path
from transforms.extraction.indicators import targets

CUES = [
    (targets._TARGET_CUE_RE, targets._TARGET_CUE_WORDS),
    (targets._OBLIGATION_CUE_RE, targets._OBLIGATION_CUE_WORDS),
    (targets._CONDITION_CUE_RE, targets._CONDITION_CUE_WORDS),
]


@pytest.mark.parametrize(("pattern", "words"), CUES)
def test_every_cue_match_in_the_articles_holds_one_of_its_words(
    pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    articles = sorted(shared_path("corpus", "local-gov").glob("*.txt"))
    matches = [m.group(0) for path in articles for m in pattern.finditer(path.read_text(encoding="utf-8"))]
    assert matches, "the articles hold no match: the check would prove nothing"
    assert [m for m in matches if not targets._may_hold(m.lower(), words)] == []
