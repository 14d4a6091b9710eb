"""Vietnamese text helpers shared by every stage: strings in, strings, numbers, dates and offsets out.

Entry points: `nfc`, `unify_tones`, `match_key`, `document_key`, `document_tones` (keys for matching, `keys`);
`normalize` (spacing and character hygiene); `parse_vietnamese_number`, `parse_amount` (numbers, "." groups
thousands and "," is the decimal mark); `find_dates`, `with_year`, `parse_term_years` (dates and terms);
`parse_timestamp` (a metadata timestamp in Vietnam's local time); `parse_ordinal`, `parse_roman`, `roman`
(ordinals); `split_sentences` (sentence offsets).
"""

from transforms.text.dates import DateMatch, find_dates, is_reference, parse_term_years, with_year
from transforms.text.keys import document_key, document_tones, match_key, nfc, strip_diacritics, unify_tones
from transforms.text.normalize import normalize
from transforms.text.numbers import AMOUNT_RE, parse_amount, parse_vietnamese_number
from transforms.text.ordinals import parse_ordinal, parse_roman, roman
from transforms.text.sentences import split_sentences
from transforms.text.timestamps import parse_timestamp

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
    "parse_timestamp",
    "parse_vietnamese_number",
    "roman",
    "split_sentences",
    "strip_diacritics",
    "unify_tones",
    "with_year",
]
