"""Figures: a `DocumentContext` in, `IndicatorMention`s out: counts, money, areas, percentages and points, with value
(magnitude words applied), unit, qualifier, indicator code where one fits, and the period each covers. `figures`
finds the numbers of a sentence (`units`: the unit after one; `targets`: the parts that state targets);
`vocabulary` holds the unit, noun and qualifier tables; `catalogue` reads the indicator catalogue
(`catalogue.toml`: each code's category, labels, unit and kind, and the trigger rules); `periods` and `text_years`
the periods.

Entry points: `extract_indicators`, `text_year`, `CATALOGUE` (code -> `Indicator`).
"""

from transforms.extraction.indicators.catalogue import CATALOGUE, Indicator
from transforms.extraction.indicators.extract import extract_indicators
from transforms.extraction.indicators.text_years import text_year

__all__ = ["CATALOGUE", "Indicator", "extract_indicators", "text_year"]
