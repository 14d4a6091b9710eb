"""Properties of every pure transform, over generated input: nothing raises, and what comes out keeps its promises
(offsets inside the text, evidence holding the figure's words, finite values, valid dates, codes of the taxonomy).

Each property is registered in `PROPERTIES` with the strategies of its arguments; the test suite runs each with a
few dozen examples, and `bench/fuzz.py` runs the same properties with many more.
"""

from __future__ import annotations

import functools
import json
import math
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.jsonl import parse_jsonl_record
from flows.raw_document import RawDocument
from transforms.cleaning import chrome, metadata
from transforms.cleaning.byline import parse_byline, parse_source_unit, source_only
from transforms.cleaning.frames import clean_frame
from transforms.cleaning.limits import Limits, count_figures, longest_sentence, over_limits
from transforms.codes import (
    DOCUMENT_STATUSES,
    INDICATOR_CODES,
    LEVELS,
    ORGANIZATION_TYPES,
    POSITIONS,
    QUALIFIERS,
    SESSION_TYPES,
    UNITS,
)
from transforms.dedup.marking import mark_duplicates
from transforms.dedup.signatures import NearDuplicateIndex, body_words, find_duplicates, shingles, text_key
from transforms.extraction.document import extract_document
from transforms.extraction.indicators.periods import find_periods, pick_period
from transforms.extraction.people.extract import document_level, mentions_central_city
from transforms.extraction.people.title_words import tokenize
from transforms.extraction.people.titles import parse_title
from transforms.extraction.places import Places
from transforms.ingest.frames import ingest_frame
from transforms.model import DocumentContext, Extraction, PlaceRef
from transforms.normalize.rows import normalize_frames
from transforms.relevance.cues import find_cues, fold
from transforms.text import (
    find_dates,
    match_key,
    nfc,
    normalize,
    numbers,
    ordinals,
    parse_term_years,
    split_sentences,
    strip_diacritics,
    unify_tones,
)
from warehouse.bridge import load_unit_bridge
from warehouse.gazetteer import load_admin_units
from warehouse.review.values import format_value
from warehouse.sites import load_site_domains

# --- Generated text: words of the domain, numbers and dates as written, odd spacing, and arbitrary characters ---

_WORDS = (
    "Hội nghị", "Đại hội", "Kỳ họp thứ", "lần thứ", "khóa", "nhiệm kỳ", "HĐND", "UBND", "Huyện ủy", "Huyện Uỷ",
    "Tỉnh ủy", "Thị ủy", "Thành ủy", "Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Bí thư", "Phó Bí thư",
    "Thường trực", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Ủy viên", "đồng chí", "Đ/c", "ông", "bà",
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng", "Mặt trận Tổ quốc", "Công an", "Ban Tuyên giáo", "huyện",
    "tỉnh", "xã", "thị xã", "thành phố", "TP.", "Bắc Sơn", "Lạng Sơn", "Hà Tĩnh", "Hồng Lĩnh", "Đắk Song",
    "ngày", "Sáng", "Chiều", "tháng", "năm", "quý I", "6 tháng đầu năm", "9 tháng", "cùng kỳ", "dự toán",
    "thu ngân sách", "chi ngân sách", "đạt", "tăng", "giảm", "trên", "gần", "khoảng", "ước", "tỷ đồng",
    "triệu đồng", "đồng", "USD", "ha", "m2", "km", "tấn", "%", "người", "cử tri", "nghị quyết", "cuộc giám sát",
    "tiêu chí", "nông thôn mới", "đảng viên", "kết nạp", "thông qua", "bế mạc", "khai mạc", "tổ chức", "chủ trì",
    "phát biểu", "XX", "XVI", "IV", "(", ")", ":", ";", "-", "–", "/", "&", "./.", "…",
)  # fmt: skip
_SEPARATORS = (" ", " ", " ", "", ", ", ". ", "\n", "  ", "- ", " -", " - ", "\u00a0")


def _numbers() -> st.SearchStrategy[str]:
    grouped = st.integers(0, 10**15).map(lambda n: f"{n:,}".replace(",", "."))
    decimal = st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda p: f"{p[0]},{p[1]}")
    odd = st.sampled_from(["1.2.3", "1,,2", "0,5,5", "9" * 40, "1e308", "1.000.000.000.000.000.000", ".5", "5."])
    return st.one_of(st.integers(0, 10**6).map(str), grouped, decimal, odd)


def _dates() -> st.SearchStrategy[str]:
    day, month, year = st.integers(0, 40), st.integers(0, 14), st.integers(1, 2200)
    return st.one_of(
        st.tuples(day, month, year).map(lambda d: f"{d[0]}/{d[1]}/{d[2]}"),
        st.tuples(day, day, month).map(lambda d: f"ngày {d[0]}- {d[1]}/{d[2]}"),
        st.tuples(month, year).map(lambda d: f"tháng {d[0]}/{d[1]}"),
        st.tuples(year, year).map(lambda d: f"nhiệm kỳ {d[0]} - {d[1]}"),
        st.integers(0, 10**12).map(lambda n: f"lần thứ {n}"),
    )


_PIECE = st.one_of(st.sampled_from(_WORDS), _numbers(), _dates(), st.text(max_size=4))
DOMAIN_TEXT = st.lists(st.tuples(_PIECE, st.sampled_from(_SEPARATORS)), max_size=60).map(
    lambda pieces: "".join(p + s for p, s in pieces)
)
ANY_TEXT = st.one_of(DOMAIN_TEXT, st.text(max_size=300))
LINE = st.one_of(DOMAIN_TEXT.map(lambda t: " ".join(t.split())), st.text(max_size=80))


@functools.cache
def gazetteer() -> Places:
    return Places.from_frames(*_place_frames())


def _place_frames() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    units = load_admin_units()
    return units, load_unit_bridge(), load_site_domains(units)


# --- The registry ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Property:
    """A check over generated arguments, and how many examples the test suite gives it."""

    check: Callable[..., None]  # raises AssertionError when the property does not hold
    strategies: tuple[st.SearchStrategy[Any], ...]
    examples: int


PROPERTIES: dict[str, Property] = {}


Check = Callable[..., None]


def prop(*strategies: st.SearchStrategy[Any], examples: int = 50) -> Callable[[Check], Check]:
    """Register a property under its function's name."""

    def register(check: Check) -> Check:
        PROPERTIES[check.__name__] = Property(check, strategies, examples)
        return check

    return register


def run_property(p: Property, **options: Any) -> None:
    """Run one property with Hypothesis (`options` are `settings` fields, e.g. max_examples)."""
    configured = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck), **options)
    configured(given(*p.strategies)(p.check))()


# --- Text keys, cleaning helpers, metadata ----------------------------------------------------------------------


@prop(ANY_TEXT)
def text_keys(text: str) -> None:
    composed = nfc(text)
    assert nfc(composed) == composed
    assert len(unify_tones(text)) == len(composed)  # offsets survive tone unification
    assert unify_tones(unify_tones(text)) == unify_tones(text)
    key = match_key(text)
    assert key == key.strip() and "  " not in key and "\n" not in key
    assert not any(unicodedata.combining(c) for c in strip_diacritics(text) if c.isascii())


@prop(LINE, st.none() | LINE)
def line_classifiers(line: str, next_line: str | None) -> None:
    assert chrome.word_count(line) >= 0
    for flag in (
        chrome.looks_like_sentence(line),
        chrome.looks_like_paragraph(line),
        chrome.is_widget_line(line),
        chrome.is_footer_start(line),
        metadata.starts_with_time_cue(line),
        metadata.looks_like_title(line, next_line),
        metadata.is_meta_line(line),
        metadata.looks_like_category(line, next_line),
    ):
        assert isinstance(flag, bool)
    assert chrome.slogan_strength(line) in {0, 1, 2}
    assert isinstance(chrome.line_key(line), str)


@prop(LINE.filter(lambda line: line.strip() == line and line))  # cleaning hands these readers stripped lines only
def metadata_lines(line: str) -> None:
    is_stamp, when = metadata.parse_stamp_line(line)
    assert isinstance(is_stamp, bool) and (when is None or isinstance(when, datetime))
    when, rest = metadata.split_stamp_prefix(line)
    assert (when is None or isinstance(when, datetime)) and isinstance(rest, str)
    assert when is not None or rest == line
    byline = parse_byline(line)
    if byline is not None:
        authors, unit = byline
        assert all(isinstance(a, str) and a.strip() for a in authors)
        assert unit is None or unit.strip()
    for found in (parse_source_unit(line), source_only(line), metadata.category_from_cue(line)):
        assert found is None or (isinstance(found, str) and found.strip())


@prop(st.lists(st.tuples(st.sampled_from(["a.vn", "b.vn", None]), ANY_TEXT), max_size=8))
def site_chrome(pages: list[tuple[str | None, str]]) -> None:
    texts = [normalize(t) for _, t in pages]
    learned = chrome.learn_site_chrome(texts, [h for h, _ in pages])
    lines = {chrome.line_key(line) for text in texts for line in text.split("\n")}
    assert learned <= lines


# --- Numbers, ordinals, dates, periods ---------------------------------------------------------------------------


@prop(st.one_of(_numbers(), LINE), st.lists(st.sampled_from(["tỷ", "triệu", "nghìn", "ngàn", "trăm", "x"]), max_size=3))
def number_parsers(text: str, words: list[str]) -> None:
    for value in (numbers.parse_vietnamese_number(text), numbers.parse_amount(text)):
        assert value is None or math.isfinite(value)
    factor = numbers.magnitude_factor(words)
    assert math.isfinite(factor) and factor > 0
    assert math.isfinite(numbers.apply_magnitude(1.5, words))
    for parsed in (numbers.parse_number_words(text), ordinals.parse_number_words(text), ordinals.parse_roman(text)):
        assert parsed is None or parsed >= 0


@prop(ANY_TEXT, st.none() | st.integers(1900, 2100))
def dates_and_periods(text: str, year: int | None) -> None:
    for d in find_dates(text, year):
        assert text[d.char_start : d.char_end] == d.text
        assert d.start is None or (d.end is not None and d.start <= d.end)
    years = parse_term_years(text)
    assert years is None or years[0] < years[1]
    periods = find_periods(text, year)
    for start, end, (label, first, last) in periods:
        assert 0 <= start < end <= len(text)
        assert label is None or label.strip()
        assert first is None or last is None or first <= last
    label, first, last = pick_period(periods, len(text) // 2)
    assert first is None or last is None or first <= last


# --- Titles, people, relevance, duplicates -----------------------------------------------------------------------


@prop(ANY_TEXT, st.none() | st.sampled_from(sorted(LEVELS)), st.booleans())
def titles_and_levels(text: str, hint: str | None, central_city: bool) -> None:
    previous_end = 0
    for token in tokenize(text):
        assert previous_end <= token.start < token.end <= len(text) and text[token.start : token.end] == token.text
        previous_end = token.end
    for position, org, level, words in parse_title(text[:120], doc_level_hint=hint, central_city=central_city):
        assert position in POSITIONS and org in ORGANIZATION_TYPES and level in LEVELS
        assert words and words in nfc(text[:120])
    assert document_level(text) in LEVELS
    assert isinstance(mentions_central_city(text), bool)


@prop(ANY_TEXT)
def relevance_cues(text: str) -> None:
    folded = fold(text)
    for cue in find_cues(folded):
        assert isinstance(cue.name, str)


@prop(st.lists(ANY_TEXT, max_size=6))
def duplicates(texts: list[str]) -> None:
    index, keys = NearDuplicateIndex(num_perm=32), {}
    docs = [(f"d{i}", t) for i, t in enumerate(texts)]
    found = find_duplicates(docs, index, keys)
    order = {doc_id: i for i, (doc_id, _) in enumerate(docs)}
    for doc_id, (first, how) in found.items():
        assert how in {"exact", "near"} and order[first] < order[doc_id]
        if how == "exact":
            assert text_key(dict(docs)[doc_id]) == text_key(dict(docs)[first])
    for text in texts:
        words = body_words(text)
        assert all(w.strip() for w in words)
        assert bool(shingles(words)) == bool(words)


@prop(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**18), 10**18)))
def review_values(value: float) -> None:
    shown = format_value(value)
    assert shown and shown.strip() == shown


# --- Extraction, whole documents ---------------------------------------------------------------------------------


def _check_place(place: PlaceRef | None, level: str) -> None:
    if place is not None:
        assert place.level == level and place.code and place.province_code


def check_extraction(text: str, ex: Extraction) -> None:
    """The promises of `transforms.model` for one document's extraction."""
    n = len(text)
    for s in ex.sessions:
        assert s.session_type in SESSION_TYPES
        assert s.body_type is None or s.body_type in ORGANIZATION_TYPES
        assert s.level is None or s.level in LEVELS
        assert 0 <= s.sentence_start <= s.char_start < s.char_end <= s.sentence_end <= n
        assert (s.start_date is None) == (s.end_date is None)
        assert s.start_date is None or s.start_date <= s.end_date  # type: ignore[operator]
        assert s.ordinal is None or 0 < s.ordinal < 2**31
        assert (s.term_start_year is None) == (s.term_end_year is None)
    for r in ex.roles:
        if r.position is None:  # a person named with no current role
            assert r.organization_type is None and r.level is None
        else:
            assert r.position in POSITIONS and r.organization_type in ORGANIZATION_TYPES and r.level in LEVELS
        assert 0 <= r.sentence_start <= r.char_start < r.char_end <= r.sentence_end <= n
        assert text[r.char_start : r.char_end] == r.person_name and r.person_name.strip()
    for i in ex.indicators:
        assert math.isfinite(i.value) and i.unit in UNITS
        assert i.qualifier is None or i.qualifier in QUALIFIERS
        assert i.indicator_code is None or i.indicator_code in INDICATOR_CODES
        assert 0 <= i.sentence_start <= i.char_start < i.char_end <= i.sentence_end <= n
        assert text[i.char_start : i.char_end] == i.text
        assert i.period_start is None or i.period_end is None or i.period_start <= i.period_end
    _check_place(ex.place.province, "province")
    _check_place(ex.place.district, "district")
    if ex.place.province and ex.place.district:
        assert ex.place.district.province_code == ex.place.province.code
    assert ex.event_date is None or isinstance(ex.event_date, date)


@prop(ANY_TEXT, st.none() | LINE, st.none() | st.datetimes(datetime(1990, 1, 1), datetime(2030, 12, 31)))
def whole_document_extraction(raw: str, title: str | None, published: datetime | None) -> None:
    text = normalize(raw)
    ctx = DocumentContext(text, tuple(split_sentences(text)), title, published, None)
    ex = extract_document(ctx, gazetteer())
    check_extraction(text, ex)
    facts = normalize_frames(
        [("doc", text, ex)], gazetteer()
    )  # the warehouse's row shapes: must build (Int32 ranges, types)
    for row in facts.indicators.iter_rows(named=True):
        assert row["figure_text"] in row["evidence"] and row["evidence"] in text
        assert text[row["char_start"] : row["char_end"]] == row["figure_text"]
    for frame in (facts.sessions, facts.roles):
        for row in frame.iter_rows(named=True):
            assert row["evidence"] in text and row["evidence"].strip()


# --- Documents through cleaning, limits and duplicate marking ----------------------------------------------------

_RAW = st.one_of(
    st.binary(max_size=300),
    ANY_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
    DOMAIN_TEXT.map(lambda t: t.encode("cp1258", "replace")),
)


@st.composite
def _raw_documents(draw: st.DrawFn) -> list[dict[str, Any]]:
    docs = []
    for i in range(draw(st.integers(0, 5))):
        as_text = draw(st.booleans())
        docs.append(
            asdict(
                RawDocument(
                    source_id=f"d{i}",
                    source_path=f"d{i}.txt",
                    content_sha256=str(i),
                    raw=None if as_text else draw(_RAW),
                    text=draw(ANY_TEXT) if as_text else None,
                    is_html=draw(st.booleans()),
                    url=draw(st.none() | st.sampled_from(["https://a.vn/x", "http://[::1/x", "not a url"])),
                    title_hint=draw(st.none() | LINE),
                    error=draw(st.none() | st.just("unreadable: test")),
                )
            )
        )
    return docs


@prop(_raw_documents(), st.integers(20, 400), examples=30)
def documents_through_cleaning(records: list[dict[str, Any]], max_chars: int) -> None:
    limits = Limits(max_chars=max_chars, max_sentence_chars=max_chars // 2, max_numbers=max_chars // 20)
    cleaned = clean_frame(ingest_frame(records), limits)
    assert cleaned["source_id"].to_list() == [r["source_id"] for r in records]
    for row in cleaned.iter_rows(named=True):
        assert row["status"] in DOCUMENT_STATUSES
        if row["status"] == "quarantined":
            assert row["status_reason"]
        elif row["status"] == "loaded":  # the limits guard extraction, which only relevant documents reach
            assert row["clean_text"].strip() and over_limits(row["clean_text"], limits) is None
        else:
            assert row["clean_text"].strip() and len(row["clean_text"]) <= limits.max_chars
    marked, signatures = mark_duplicates(cleaned, {}, NearDuplicateIndex(num_perm=32))
    ids = marked["source_id"].to_list()
    for row in marked.filter(pl.col("status") == "duplicate").iter_rows(named=True):
        assert ids.index(row["duplicate_of"]) < ids.index(row["source_id"])
    assert set(signatures) <= set(marked.filter(pl.col("status") == "loaded")["source_id"].to_list())


@prop(ANY_TEXT, st.integers(1, 200), st.integers(1, 100), st.integers(0, 20))
def limits_are_consistent(text: str, max_chars: int, max_sentence: int, max_numbers: int) -> None:
    limits = Limits(max_chars=max_chars, max_sentence_chars=max_sentence, max_numbers=max_numbers)
    reason = over_limits(text, limits)
    within = len(text) <= max_chars and count_figures(text) <= max_numbers and longest_sentence(text) <= max_sentence
    assert (reason is None) == within


@prop(st.one_of(st.binary(max_size=200), st.builds(lambda d: json.dumps(d).encode(), st.dictionaries(
    st.sampled_from(["id", "text", "html", "url", "title", "fetched_at", "x"]),
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), ANY_TEXT, st.lists(st.integers(), max_size=3)),
))))  # fmt: skip
def json_lines_records(line: bytes) -> None:
    doc = parse_jsonl_record(line, stem="f", source_path="f.jsonl", lineno=1)
    for value in (doc.source_id, doc.source_path, doc.text, doc.url, doc.title_hint, doc.fetched_at, doc.error):
        assert value is None or isinstance(value.encode("utf-8"), bytes)  # storable: no lone surrogate
    assert (doc.error is None) == (doc.text is not None)
    ingest_frame([asdict(doc)])


def test_source_only_of_an_empty_line() -> None:
    assert source_only("") is None


@pytest.mark.parametrize("name", sorted(PROPERTIES))
def test_property(name: str) -> None:
    run_property(PROPERTIES[name], max_examples=PROPERTIES[name].examples)
