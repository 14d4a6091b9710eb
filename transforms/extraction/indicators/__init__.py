"""Figures: a `DocumentContext` in, `IndicatorMention`s out: counts, money, areas, percentages and points, with value
(magnitude words applied), unit, qualifier, measure (actual or target), indicator code where one fits, a label and
the period each covers. `figures` finds the numbers of a sentence (`units`: the unit after one; `bare`: counts
without a noun; `not_figures`: numbers that are no figures); `targets` tells
which state targets, plans or directives; `labels` names what each counts (`words`: in whole words); `vocabulary`
holds the unit, noun, qualifier and code tables; `periods` and `text_years` the periods.

Entry points: `extract_indicators`, `text_year`.
"""

from transforms.extraction.indicators.extract import extract_indicators
from transforms.extraction.indicators.text_years import text_year

__all__ = ["extract_indicators", "text_year"]
