"""extraction/indicators."""

from transforms.extraction.indicators.extract import extract_indicators
from transforms.extraction.indicators.periods import text_year

__all__ = ["extract_indicators", "text_year"]
