"""Figures: a `DocumentContext` in, `IndicatorMention`s out: counts, money, areas, percentages and points, with value
(magnitude words applied), unit, qualifier, indicator code where one fits, and the period each covers. `figures`
finds the numbers of a sentence (`units`: the unit after one; `targets`: the parts that state targets);
`vocabulary` holds the unit, noun, qualifier and code tables; `periods` and `text_years` the periods.

Entry points: `extract_indicators`, `text_year`.
"""

from transforms.extraction.indicators.extract import extract_indicators
from transforms.extraction.indicators.text_years import text_year

__all__ = ["extract_indicators", "text_year"]
