"""Codes of a sentence's figures, by the indicator catalogue: the first trigger rule that fits gives the code; a
follow-on clause in the same unit ("..., lũy kế ...") carries the code of the figure before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from transforms.extraction.indicators.catalogue import CARRY_RE, CATALOGUE, CODE_RULES, CodeRule
from transforms.extraction.indicators.figures import Figure, counted_noun, words_after


@dataclass(slots=True)
class Previous:
    """The codes of the figures before, in the same sentence: the last in any unit but percent (the figure a
    following "bằng 135% cùng kỳ" compares), and the last in each unit (a list or a follow-on clause goes on)."""

    code: str | None = None
    label: str | None = None
    by_unit: dict[str, str | None] = field(default_factory=dict)

    def add(self, unit: str, code: str | None, label: str) -> None:
        if unit != "percent":
            self.code, self.label = code, label
        self.by_unit[unit] = code


def segment_start_of(s: str, previous_end: int, figure_start: int) -> int:
    """Where the words leading to a figure begin: after the previous figure and after the last ';'."""
    start = previous_end
    for m in re.finditer(r";", s[previous_end:figure_start]):
        start = previous_end + m.end()
    return start


def indicator_code(figure: Figure, before: str, sentence: str, previous: Previous, since: str = "") -> str | None:
    """The code of a figure: the carried code of a follow-on clause, else the first rule of the trigger table that
    fits, else None. `before` is the words leading to it in its clause, `since` those since the previous figure of
    the sentence (they may hold a ';'), `sentence` the whole sentence (one tone style)."""
    same_unit = previous.by_unit.get(figure.unit)
    carried = same_unit is not None and CATALOGUE[same_unit].kind == "level"
    if carried and CARRY_RE is not None and CARRY_RE.search(before):
        return same_unit
    # a count is known by its noun and what follows it; a measure by the words after its unit
    after = sentence[figure.noun_start :] if figure.noun_start is not None else words_after(figure, sentence)
    noun = counted_noun(figure, sentence) or ""
    around = before + " " + noun + " " + words_after(figure, sentence)
    since = since or before
    gap = _gap(since)
    fields = {"before": before, "after": after, "around": around, "sentence": sentence}
    for rule, checks in _RULES_BY_UNIT.get(figure.unit, ()):
        # a comparison belongs to the figure before it, a list item to the one before it, only when nothing else is
        # named in between
        if rule.follows is not None and (previous.code not in rule.follows or gap > rule.gap or ";" in since):
            continue
        if rule.continues is not None and (same_unit not in rule.continues or gap > rule.gap):
            continue
        for name, pattern in checks:  # a loop, not any(): most rules fail their first check, at ~75 rules a figure
            if pattern.search(fields[name]) is None:
                break
        else:
            if rule.unless is not None and rule.unless.search(f"{before} {noun} {_clause_after(figure, sentence)}"):
                continue
            return rule.code
    return None


def _checks(rule: CodeRule) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns a rule must find, as (the text they are searched in, pattern): those anchored at the text's start
    first, since they fail at once where most others scan the whole text (all must be found, in any order)."""
    named = [(name, getattr(rule, name)) for name in ("before", "after", "around", "sentence")]
    present = [(name, pattern) for name, pattern in named if pattern is not None]
    return tuple(sorted(present, key=lambda check: not check[1].pattern.startswith("^")))


# The rules that may give a figure of each unit its code, in the table's order, each with its `_checks`.
_RULES_BY_UNIT: dict[str, tuple[tuple[CodeRule, tuple[tuple[str, re.Pattern[str]], ...]], ...]] = {
    unit: tuple((rule, _checks(rule)) for rule in CODE_RULES if unit in rule.units)
    for rule in CODE_RULES
    for unit in rule.units
}


# The end of the comparison before ("tăng 6,5% so với tháng trước, tăng 9,3% so cùng kỳ"): it belongs to that figure.
_WORD_RE = re.compile(r"\w+")
_COMPARISON_TAIL_RE = re.compile(r"^[\s,(]*so(?:\s+với)?(?:\s+[^\W\d_]+){1,3}", re.I)


def _clause_after(figure: Figure, sentence: str) -> str:
    """The words after the figure up to its clause's end, all of them (words_after keeps ten)."""
    rest = sentence[figure.end :]
    stop = re.search(r"[,;:.()\[\]!?]", rest)
    return rest[: stop.start()] if stop else rest


def _gap(since: str) -> int:
    """How many words stand between a figure and the one before it, the tail of that one's comparison aside.

    >>> _gap(" so với tháng trước, tăng "), _gap(", trong khi chi tiêu tăng ")
    (1, 5)
    """
    return len(_WORD_RE.findall(_COMPARISON_TAIL_RE.sub("", since)))
