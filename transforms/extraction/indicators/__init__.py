"""Figures: a `DocumentContext` in, `IndicatorMention`s out: counts, money, areas, percentages and points, with value
(magnitude words applied), unit, qualifier, measure (actual or target), indicator code where one fits, a label and
the period each covers. `figures` finds the numbers of a sentence (`units`: the unit after one; `bare`: counts
without a noun; `not_figures`: numbers that are no figures); `targets` tells which state targets, plans or
directives; `coding` gives each its code from the indicator catalogue (`catalogue` reads `catalogue.toml`: each
code's category, labels, unit and kind, and the trigger rules); `labels` names what an uncoded figure counts
(`words`: in whole words); `vocabulary` holds the unit, noun and qualifier tables; `periods` and `text_years` the
periods.

Entry points: `extract_indicators`, `text_year`, `CATALOGUE` (code -> `Indicator`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from transforms.extraction.indicators.catalogue import CATALOGUE, Indicator

if TYPE_CHECKING:
    from transforms.extraction.indicators.extract import extract_indicators
    from transforms.extraction.indicators.text_years import text_year

__all__ = ["CATALOGUE", "Indicator", "extract_indicators", "text_year"]
# The extractor is imported when first used: the catalogue alone (read when the warehouse is seeded) needs none of it.
_HOMES = {"extract_indicators": "extract", "text_year": "text_years"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
