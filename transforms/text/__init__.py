"""text."""

from transforms.text.dates import DateMatch, find_dates, is_reference, parse_term_years, with_year
from transforms.text.keys import document_key, document_tones, match_key, nfc, strip_diacritics, unify_tones
from transforms.text.normalize import normalize
from transforms.text.numbers import AMOUNT_RE, parse_amount, parse_vietnamese_number
from transforms.text.ordinals import parse_ordinal, parse_roman, roman
from transforms.text.sentences import split_sentences

__all__ = [
    "AMOUNT_RE",
    "DateMatch",
    "document_key",
    "document_tones",
    "find_dates",
    "is_reference",
    "match_key",
    "nfc",
    "normalize",
    "parse_amount",
    "parse_ordinal",
    "parse_roman",
    "parse_term_years",
    "parse_vietnamese_number",
    "roman",
    "split_sentences",
    "strip_diacritics",
    "unify_tones",
    "with_year",
]
