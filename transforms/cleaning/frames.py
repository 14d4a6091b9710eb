"""Batch-level document transforms, frame to frame: ingest (records to a frame), clean (bytes to article), and the
duplicate marking that follows it. Grain of every frame here: one row per input document (`transforms.schemas`).

No document stops a batch: one that cannot be decoded, that cleaning fails on, or that would cost extraction more
than `transforms.cleaning.limits` allows is quarantined with the reason, and the rest of the batch goes on.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import polars as pl

from transforms.cleaning.chrome import learn_site_chrome
from transforms.cleaning.decode import decode_bytes, decode_text
from transforms.cleaning.html import html_to_text, looks_like_html
from transforms.cleaning.limits import DEFAULT_LIMITS, Limits, over_limits
from transforms.cleaning.metadata import looks_like_title
from transforms.cleaning.page import clean_document
from transforms.dedup import text_key
from transforms.model import CleanDocument, Decoded
from transforms.relevance import RULED_OUT_REASON, assess_relevance, may_be_relevant
from transforms.schemas import CLEANED
from transforms.text import nfc, normalize, parse_timestamp

_MAX_ERROR_CHARS = 300  # an exception's message kept in a quarantine reason


def _host(url: str | None) -> str | None:
    """The host of a URL, None when there is none or the URL is malformed.

    >>> _host("https://example.org/a"), _host("http://[::1/a"), _host(None)
    ('example.org', None, None)
    """
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _decode(row: dict[str, Any]) -> Decoded:
    """The row's text, decoded (and reduced to its article if it is HTML) in NFC."""
    if row["error"]:
        return Decoded(None, None, row["error"])
    decoded = decode_bytes(row["raw"]) if row["raw"] is not None else decode_text(row["text"] or "")
    if decoded.text is None:
        return decoded
    if row["is_html"] or looks_like_html(decoded.text):
        article = html_to_text(decoded.text)
        if article is None:
            return Decoded(None, decoded.encoding, "no article text in the HTML page")
        return Decoded(nfc(article), decoded.encoding)
    return decoded


def _failure(stage: str, exc: Exception) -> str:
    """An exception as a quarantine reason: 'failed: cleaning raised ValueError: ...'."""
    message = " ".join(str(exc).split())[:_MAX_ERROR_CHARS]
    return f"failed: {stage} raised {type(exc).__name__}: {message}"


def _safe_decode(row: dict[str, Any]) -> tuple[Decoded, str]:
    """The document decoded and normalised, or a `Decoded` carrying why not (never raises)."""
    try:
        decoded = _decode(row)
        return decoded, normalize(decoded.text, text_in_nfc=True) if decoded.text is not None else ""
    except Exception as exc:  # a decoder's bug quarantines this document only
        return Decoded(None, None, _failure("decoding", exc)), ""


def _base_row(row: dict[str, Any], encoding: str | None) -> dict[str, Any]:
    """The fields every cleaned row carries over from its input, whatever its status (the input's times read; one
    that is not a time is left out)."""
    return {
        "source_id": row["source_id"],
        "source_path": row["source_path"],
        "content_sha256": row["content_sha256"],
        "url": row["url"],
        "published_at": parse_timestamp(row["published_at"]),
        "fetched_at": parse_timestamp(row["fetched_at"]),
        "duplicate_of": None,
        "encoding": encoding,
        "authors": [],
    }


def _quarantined_row(row: dict[str, Any], encoding: str | None, reason: str) -> dict[str, Any]:
    return {**_base_row(row, encoding), "status": "quarantined", "status_reason": reason}


def _over_limits_row(row: dict[str, Any], decoded: Decoded, doc: CleanDocument, limits: Limits) -> dict[str, Any]:
    reason = over_limits(doc.clean_text, limits) or "over the extraction limits"
    return {**_quarantined_row(row, decoded.encoding, reason), "title": doc.title}


def _cleaned_row(row: dict[str, Any], decoded: Decoded, doc: CleanDocument | None, limits: Limits) -> dict[str, Any]:
    if doc is None or not doc.clean_text.strip():
        reason = decoded.error or "empty: no article text after cleaning"
        return _quarantined_row(row, decoded.encoding, reason)
    if len(doc.clean_text) > limits.max_chars:
        return _over_limits_row(row, decoded, doc, limits)
    verdict = assess_relevance(doc.title, doc.clean_text)
    # The costlier bounds (figures, sentence length) guard extraction, which only relevant documents reach.
    if verdict.is_relevant and over_limits(doc.clean_text, limits) is not None:
        return _over_limits_row(row, decoded, doc, limits)
    base = _base_row(row, decoded.encoding)
    return {
        **base,
        "clean_text": doc.clean_text,
        "title": doc.title,
        # The page's own stamp is what it says of its publication; the input's field stands in where it says none.
        "published_at": doc.published_at or base["published_at"],
        "authors": doc.authors,
        "source_unit": doc.source_unit,
        "category": doc.category,
        "banner": doc.banner,
        "status": "loaded" if verdict.is_relevant else "irrelevant",
        "status_reason": None if verdict.is_relevant else verdict.reason,
        "is_relevant": verdict.is_relevant,
        "relevance_reason": verdict.reason,
        "relevance_score": verdict.score,
        "text_key": text_key(doc.clean_text),
    }


def _ruled_out_row(row: dict[str, Any], decoded: Decoded, text: str) -> dict[str, Any]:
    """A page that `may_be_relevant` rules out, uncleaned: its text as read (decoded, NFC, chrome and all) under the
    input's headline, if any; its title that headline or else a first line shaped like one; its times the input's."""
    hint = " ".join(normalize(row["title_hint"]).split()) if row["title_hint"] else ""
    lines = [line.strip() for line in _first_lines(text)]
    title = hint or (lines[0] if lines[0] and looks_like_title(*lines) else None)
    stored = f"{hint}\n{text}" if hint and not text.startswith(hint) else text
    return {
        **_base_row(row, decoded.encoding),
        "clean_text": stored,
        "title": title,
        "status": "irrelevant",
        "status_reason": RULED_OUT_REASON,
        "is_relevant": False,
        "relevance_reason": RULED_OUT_REASON,
        "relevance_score": None,
        "text_key": text_key(stored),
    }


def _first_lines(text: str) -> list[str]:
    """The first two lines of a text (one when it has no line break), without copying the rest of it.

    >>> _first_lines("a\\nb\\nc"), _first_lines("a\\nb"), _first_lines("a")
    (['a', 'b'], ['a', 'b'], ['a'])
    """
    first = text.find("\n")
    if first < 0:
        return [text]
    second = text.find("\n", first + 1)
    return [text[:first], text[first + 1 : second if second >= 0 else len(text)]]


def _learn_chrome(texts: list[str], hosts: list[str | None]) -> frozenset[str]:
    """Chrome lines learned over the batch; none (each page cleaned on its own) if learning fails."""
    try:
        return learn_site_chrome(texts, hosts)
    except Exception:  # losing the batch's chrome costs some cleaning quality, not the batch
        return frozenset()


def clean_frame(docs: pl.DataFrame, limits: Limits = DEFAULT_LIMITS, *, prefilter: bool = True) -> pl.DataFrame:
    """Decode, strip site chrome, read metadata and judge relevance for a batch; grain kept (one row per document).

    Chrome is learned across the batch per site (URL host where known), so a batch should hold hundreds of pages.
    A page whose decoded text cannot pass the relevance gate (`may_be_relevant`) is not cleaned: it is irrelevant,
    stored as read (`prefilter=False` cleans every page, to check that test). A document that fails, or whose clean
    text exceeds `limits`, is quarantined with the reason; never raises for one document's sake.
    """
    rows = docs.to_dicts()
    decoded_texts = [_safe_decode(row) for row in rows]
    texts = [text for _, text in decoded_texts]
    site_chrome = _learn_chrome(texts, [_host(row["url"]) for row in rows])
    out = []
    for row, (dec, text) in zip(rows, decoded_texts, strict=True):
        try:
            # a text that normalising left blank (control characters only) is quarantined as empty, not ruled out
            if (
                prefilter
                and text
                and not text.isspace()
                and not may_be_relevant(text, row["title_hint"], text_in_nfc=True)
            ):
                ruled_out = _ruled_out_row(row, dec, text)
                if len(ruled_out["clean_text"]) <= limits.max_chars:  # else quarantined as too long, as before
                    out.append(ruled_out)
                    continue
            doc = (
                clean_document(text, site_chrome=site_chrome, title_hint=row["title_hint"], normalized=True)
                if dec.text
                else None
            )
            out.append(_cleaned_row(row, dec, doc, limits))
        except Exception as exc:  # a cleaning or relevance bug quarantines this document only
            out.append(_quarantined_row(row, dec.encoding, _failure("cleaning", exc)))
    # built column by column: a row leaves out the fields its status has none of
    return pl.DataFrame({name: [row.get(name) for row in out] for name in CLEANED}, schema=CLEANED)
