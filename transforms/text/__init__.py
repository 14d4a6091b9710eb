"""Vietnamese text helpers shared by every stage: strings in, strings, numbers, dates and offsets out.

Entry points: `nfc`, `unify_tones`, `match_key`, `document_key`, `document_tones` (keys for matching, `keys`);
`normalize` (spacing and character hygiene); `parse_vietnamese_number`, `parse_amount` (numbers, "." groups
thousands and "," is the decimal mark); `find_dates`, `with_year`, `parse_term_years` (dates and terms);
`parse_timestamp` (a metadata timestamp in Vietnam's local time); `parse_ordinal`, `parse_roman`, `roman`
(ordinals); `split_sentences` (sentence offsets).
"""

from typing import TYPE_CHECKING, Any

from transforms.text.dates import DateMatch, find_dates, is_reference, parse_term_years, with_year
from transforms.text.keys import document_key, document_tones, match_key, nfc, strip_diacritics, unify_tones
from transforms.text.normalize import normalize
from transforms.text.numbers import AMOUNT_RE, parse_amount, parse_vietnamese_number
from transforms.text.ordinals import parse_ordinal, parse_roman, roman
from transforms.text.timestamps import parse_timestamp

if TYPE_CHECKING:
    from transforms.text.sentences import split_sentences


def __getattr__(name: str) -> Any:
    """`split_sentences` loads with its first use: it needs underthesea (about 75 MiB), which the flow's process of a
    run whose workers clean and extract never loads (`flows.stage_process`)."""
    if name == "split_sentences":
        from transforms.text.sentences import split_sentences

        return split_sentences
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
