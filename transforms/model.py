"""The records that pass between the pure transforms: what cleaning yields and what each extractor finds.

Every offset is a character offset into the document's `clean_text` (Python string indices, end exclusive), so a
fact can always be traced back: `clean_text[sentence_start:sentence_end]` is its evidence sentence and
`clean_text[char_start:char_end]` the words that state it. Codes are those of the taxonomy (`transforms.codes`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Decoded:
    """Raw bytes turned into text, or the reason they could not be.

    >>> Decoded(text="Đại hội", encoding="utf-8")
    Decoded(text='Đại hội', encoding='utf-8', error=None)
    """

    text: str | None
    encoding: str | None
    error: str | None = None  # a quarantine reason such as "binary", "empty", "undecodable: ..."


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of `clean_text`, by offsets."""

    start: int
    end: int


@dataclass(slots=True)
class CleanDocument:
    """A scraped page reduced to its article: the text that every later stage reads, and its metadata."""

    clean_text: str
    title: str | None = None
    published_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    source_unit: str | None = None  # the unit under a byline, e.g. "Trung tâm VH, TT&TT"
    category: str | None = None  # the category line, e.g. "Chính trị"
    banner: str | None = None  # a site slogan line removed as chrome; it may name the province
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Relevance:
    """The relevance verdict with the evidence for it."""

    is_relevant: bool
    score: float | None  # the model's calibrated probability; None when the keyword gate stopped the page
    reason: str  # the terms that weighed most, e.g. "model 0.97 ≥ 0.50; for: title: council + session +1.20, ..."


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What an extractor may read about a document besides its text."""

    clean_text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    published_at: datetime | None = None
    banner: str | None = None
    url: str | None = None  # the page's address, where the input gave one: its host may name the unit
    fetched_at: datetime | None = None  # when the input says the page was fetched: an event happened before it


@dataclass(slots=True)
class PlaceRef:
    """A gazetteer unit of one era (before 2025-07-01, or the structure in force since), with its GSO code.

    Codes were reused by the reform, so a unit is known by (era, level, code): its dimension key.
    """

    level: str  # province | district | commune (the 2025 structure has no districts)
    code: str
    name: str  # short name as in the gazetteer, e.g. "Bắc Sơn"
    unit_type: str  # "Tỉnh", "Thành phố", "Huyện", "Thị xã", "Quận", "Xã", "Phường", "Thị trấn", "Đặc khu"
    province_code: str
    province_name: str
    era: str = "legacy"  # legacy | 2025

    @property
    def key(self) -> str:
        """The dimension key: 'legacy:district:178', '2025:commune:05395'."""
        return f"{self.era}:{self.level}:{self.code}"


@dataclass(slots=True)
class SessionMention:
    """A meeting the article reports."""

    session_type: str
    body_name: str | None
    body_type: str | None
    level: str | None
    ordinal: int | None
    term: str | None  # Roman numeral, "XXII"
    term_start_year: int | None
    term_end_year: int | None
    start_date: date | None
    end_date: date | None
    char_start: int
    char_end: int
    sentence_start: int
    sentence_end: int
    place_name: str | None = None  # the unit named with the body, as written ("Bắc Sơn"), if any
    day: date | None = None  # the day the article tells it on (a sitting's, where that is not the first day)
    day_basis: str | None = None  # how the year of `day` is known: stated, published, fetched, inferred


@dataclass(slots=True)
class RoleMention:
    """One role of one named official: a stacked title yields one mention per role. An official named with no
    current role (only a former title, a post the article reports removed, or as the one replaced) is one mention
    with `position`, `organization_type` and `level` None."""

    person_name: str
    position: str | None
    organization_type: str | None
    level: str | None
    title_text: str  # this role's title as written, e.g. "Phó bí thư Thường trực Huyện ủy"
    char_start: int  # the person's name
    char_end: int
    sentence_start: int
    sentence_end: int
    place_name: str | None = None  # a unit named in the title ("Tỉnh uỷ Hà Tĩnh" -> "Hà Tĩnh"), if any


@dataclass(slots=True)
class IndicatorMention:
    """A reported figure, normalised."""

    value: float
    unit: str
    qualifier: str | None
    indicator_code: str | None
    indicator_label: str  # what is counted or measured, in the article's words ("cuộc giám sát")
    text: str  # the words that state the figure, as in clean_text[char_start:char_end]
    char_start: int
    char_end: int
    sentence_start: int
    sentence_end: int
    period_label: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    measure: str = "actual"  # or "target": a figure set as a target, plan, directive or commitment


@dataclass(slots=True)
class DocumentPlace:
    """The place an article is about in both structures; None where the article does not say.

    `province`, `district`: the district-level unit and its province before 2025-07-01 (for a unit created by the
    reform, what it was formed from: the district only where all of it lay in one); `communes`: legacy communes of
    that district the article names. `province_2025`, `commune_2025`: the same place in the structure in force from
    2025-07-01, the commune-level unit (xã, phường, đặc khu) where the article is about one. `era`: the structure the
    article was read in (`legacy` or `2025`), the other being mapped from it.
    """

    province: PlaceRef | None = None
    district: PlaceRef | None = None
    communes: list[PlaceRef] = field(default_factory=list)
    province_2025: PlaceRef | None = None
    commune_2025: PlaceRef | None = None
    era: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    sessions: list[SessionMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    indicators: list[IndicatorMention] = field(default_factory=list)
    place: DocumentPlace = field(default_factory=DocumentPlace)
    event_date: date | None = None
    event_date_basis: str | None = None  # how its year is known: stated, published, fetched or inferred
