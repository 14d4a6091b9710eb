"""The indicator catalogue as data: each indicator's code, category, labels, expected unit and kind, and the trigger
rules that give a figure its code, read once from `catalogue.toml` (a file a domain expert edits; it says how).

>>> CATALOGUE["budget_revenue"].label_en, CATALOGUE["budget_revenue"].kind
('Budget revenue', 'level')
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

CATEGORIES = (
    "budget",
    "economy",
    "agriculture",
    "social",
    "party_building",
    "council_work",
    "elections_and_votes",
    "personnel",
)
KINDS = ("level", "change", "share")
_RULE_PATTERNS = ("before", "after", "around", "sentence", "unless")
_RULE_FIELDS = frozenset({"code", "units", "follows", "continues", "gap", *_RULE_PATTERNS})
DEFAULT_GAP = 3  # words that may stand between a figure and the one it follows or continues
_FRAGMENT_RE = re.compile(r"\{\{(\w+)\}\}")


@dataclass(frozen=True, slots=True)
class Indicator:
    """One entry of the catalogue: what a code measures."""

    code: str
    category: str
    label_vi: str
    label_en: str
    unit: str
    kind: str  # level | change | share
    triggers: str
    compare: tuple[tuple[str, str], ...] = ()  # (comparison, code): "bằng 135% cùng kỳ" after it has the code


@dataclass(frozen=True, slots=True)
class CodeRule:
    """One row of the trigger table: a code fits when the unit matches and each given pattern is found.

    `before` is searched in the words since the previous figure (or clause start), `after` in the words after the
    number up to the clause's end, `around` in both, `sentence` in the whole sentence; `unless` vetoes the rule when
    found around the figure, the whole rest of its clause included. `follows` is the codes the last figure before it in
    the sentence in another unit than percent may have (the figure a comparison compares), `continues` those the
    last one in its own unit may have (a list goes on), each with at most `gap` words in between.
    """

    code: str
    units: frozenset[str]
    before: re.Pattern[str] | None = None
    after: re.Pattern[str] | None = None
    around: re.Pattern[str] | None = None
    sentence: re.Pattern[str] | None = None
    follows: frozenset[str] | None = None
    continues: frozenset[str] | None = None
    gap: int = DEFAULT_GAP
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The whole catalogue: the indicators by code, the trigger rules in order, and the words that carry a figure's
    code to a follow-on clause in the same unit ("..., lũy kế ...")."""

    indicators: dict[str, Indicator]
    rules: tuple[CodeRule, ...]
    carry: re.Pattern[str] | None = None


class CatalogueError(ValueError):
    """The catalogue file is inconsistent: the message names the entry and what is wrong with it."""


def _expand(pattern: str, fragments: dict[str, str], where: str) -> str:
    """A pattern with its `{{name}}` fragments put in and each space made to match any run of white space."""

    def fragment(m: re.Match[str]) -> str:
        if m.group(1) not in fragments:
            raise CatalogueError(f"{where}: no pattern named {m.group(1)!r} in [patterns]")
        return fragments[m.group(1)]

    return _FRAGMENT_RE.sub(fragment, pattern).replace(" ", r"\s+")


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.I)
    except re.error as exc:
        raise CatalogueError(f"{where}: the pattern {pattern!r} does not compile: {exc}") from exc


def _indicator(entry: dict[str, Any], where: str) -> Indicator:
    fields = ("code", "category", "label_vi", "label_en", "unit", "kind", "triggers")
    missing = [f for f in fields if not isinstance(entry.get(f), str) or not entry[f].strip()]
    if missing:
        raise CatalogueError(f"{where}: missing {', '.join(missing)}")
    if entry["category"] not in CATEGORIES:
        raise CatalogueError(f"{where} ({entry['code']}): category {entry['category']!r} is none of {CATEGORIES}")
    if entry["kind"] not in KINDS:
        raise CatalogueError(f"{where} ({entry['code']}): kind {entry['kind']!r} is none of {KINDS}")
    unknown = set(entry) - {*fields, "compare"}
    if unknown:
        raise CatalogueError(f"{where} ({entry['code']}): unknown field(s) {', '.join(sorted(unknown))}")
    compare = tuple((str(k), str(v)) for k, v in entry.get("compare", {}).items())
    return Indicator(**{f: entry[f] for f in fields}, compare=compare)


def _rule(entry: dict[str, Any], indicators: dict[str, Indicator], fragments: dict[str, str], where: str) -> CodeRule:
    code = entry.get("code")
    if code not in indicators:
        raise CatalogueError(f"{where}: code {code!r} is not an [[indicator]] of the catalogue")
    unknown = set(entry) - _RULE_FIELDS
    if unknown:
        raise CatalogueError(f"{where} ({code}): unknown field(s) {', '.join(sorted(unknown))}")
    links: dict[str, frozenset[str] | None] = {}
    for link in ("follows", "continues"):
        codes = entry.get(link)
        for previous in codes or ():
            if previous not in indicators:
                raise CatalogueError(f"{where} ({code}): {link} {previous!r}, which is not an [[indicator]]")
        links[link] = frozenset(codes) if codes is not None else None
    patterns = {
        name: _compile(_expand(entry[name], fragments, f"{where} ({code})"), f"{where} ({code}).{name}")
        for name in _RULE_PATTERNS
        if name in entry
    }
    return CodeRule(
        code=code,
        units=frozenset(entry.get("units") or (indicators[code].unit,)),
        gap=int(entry.get("gap", DEFAULT_GAP)),
        **links,
        **patterns,
    )


def _comparison_rules(
    indicators: dict[str, Indicator], comparisons: dict[str, dict[str, str]], fragments: dict[str, str]
) -> tuple[CodeRule, ...]:
    """The rules each indicator's `compare` table makes: a percentage after one of its figures, said the way a
    [comparison] says it, gets the code the table names (the comparisons in the order of the file)."""
    rules = []
    for name, patterns in comparisons.items():
        where = f"[comparison.{name}]"
        unknown = set(patterns) - set(_RULE_PATTERNS)
        if unknown:
            raise CatalogueError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        compiled = {k: _compile(_expand(v, fragments, where), f"{where}.{k}") for k, v in patterns.items()}
        for indicator in indicators.values():
            for comparison, code in indicator.compare:
                if comparison == name:
                    follows = frozenset({indicator.code})
                    rules.append(CodeRule(code=code, units=frozenset({"percent"}), follows=follows, **compiled))
    for indicator in indicators.values():
        for comparison, code in indicator.compare:
            if comparison not in comparisons:
                raise CatalogueError(f"{indicator.code}: compare names {comparison!r}, which is no [comparison]")
            if code not in indicators:
                raise CatalogueError(f"{indicator.code}: compare gives {code!r}, which is not an [[indicator]]")
    return tuple(rules)


def parse_catalogue(text: str) -> Catalogue:
    """The catalogue of a catalogue file's text: indicators, trigger rules (those the indicators' comparisons make
    first, then the file's [[rule]]s in order) and the carry pattern.

    >>> catalogue = parse_catalogue('''
    ... [patterns]
    ... votes = 'phiếu'
    ... [[indicator]]
    ... code = "votes_for"
    ... category = "elections_and_votes"
    ... label_vi = "Phiếu tán thành"
    ... label_en = "Votes for"
    ... unit = "count"
    ... kind = "level"
    ... triggers = "N phiếu tán thành"
    ... [[rule]]
    ... code = "votes_for"
    ... after = '^{{votes}} tán thành'
    ... ''')
    >>> catalogue.rules[0].after.pattern, sorted(catalogue.rules[0].units)
    ('^phiếu\\\\s+tán\\\\s+thành', ['count'])
    """
    data = tomllib.loads(text)
    raw_fragments: dict[str, str] = data.get("patterns", {})
    fragments: dict[str, str] = {}
    for name, pattern in raw_fragments.items():  # a pattern may use those defined above it
        fragments[name] = _FRAGMENT_RE.sub(lambda m: fragments.get(m.group(1), m.group(0)), pattern)
    indicators: dict[str, Indicator] = {}
    for i, entry in enumerate(data.get("indicator", []), 1):
        indicator = _indicator(entry, f"[[indicator]] {i}")
        if indicator.code in indicators:
            raise CatalogueError(f"[[indicator]] {i}: the code {indicator.code!r} is defined twice")
        indicators[indicator.code] = indicator
    rules = _comparison_rules(indicators, data.get("comparison", {}), fragments) + tuple(
        _rule(entry, indicators, fragments, f"[[rule]] {i}") for i, entry in enumerate(data.get("rule", []), 1)
    )
    carry = data.get("carry", {}).get("before")
    carry_re = _compile(_expand(carry, fragments, "[carry]"), "[carry].before") if carry else None
    return Catalogue(indicators=indicators, rules=rules, carry=carry_re)


_CATALOGUE = parse_catalogue(
    files("transforms.extraction.indicators").joinpath("catalogue.toml").read_text(encoding="utf-8")
)
CATALOGUE: dict[str, Indicator] = _CATALOGUE.indicators
CODE_RULES: tuple[CodeRule, ...] = _CATALOGUE.rules
CARRY_RE: re.Pattern[str] | None = _CATALOGUE.carry
