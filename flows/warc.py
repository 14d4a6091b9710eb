"""WARC input (plain or gzip), read with warcio: one `RawDocument` per archived HTML page, streamed.

Crawlers (Heritrix, Browsertrix, wget --warc-file, Common Crawl) write WARC. Of its records only `response` records
whose HTTP payload is HTML are documents; requests, metadata, revisits and responses of other types (images,
scripts, style sheets) are not. A page's `source_id` is its URL (`WARC-Target-URI`: a later crawl of the same page
replaces its facts), its fetch time the record's `WARC-Date`; the payload goes through the HTML path. A corrupt or
cut-off archive ends as one quarantined document after the pages read before the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from flows.raw_document import MAX_DOCUMENT_BYTES, RawDocument, input_stem, input_where, os_reason, sha256, valid_text
from transforms.cleaning import limits

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
RECORD_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion", "continuation"}
)


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _is_record(record: object) -> bool:
    """A record of the archive, not a line of some other file that warcio read as an old ARC header."""
    if getattr(record, "format", "").startswith("warc"):
        return getattr(record, "rec_type", None) in RECORD_TYPES
    uri = record.rec_headers.get_header("uri") or ""  # type: ignore[attr-defined]
    return "://" in uri or uri.startswith(("filedesc:", "dns:"))


def _is_html_response(record: object) -> bool:
    if getattr(record, "rec_type", None) != "response":
        return False
    http = getattr(record, "http_headers", None)
    content_type = (http.get_header("Content-Type") or "") if http is not None else ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _page(record: object, stem: str, records: ArchiveIterator, source_path: str) -> RawDocument:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = valid_text(headers.get_header("WARC-Target-URI") or "") or None
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>")
    source_id = url if url and len(url) <= limits.MAX_SOURCE_ID_CHARS else f"{stem}#{record_id}"
    fetched_at = headers.get_header("WARC-Date") or None
    data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)  # type: ignore[attr-defined]
    where = f"{source_path}@{records.get_record_offset()}"  # after the read: the offset reads the record to its end
    if len(data) > MAX_DOCUMENT_BYTES:
        return RawDocument(source_id, where, sha256(data), url=url, fetched_at=fetched_at, error="too large: over "
                           f"{MAX_DOCUMENT_BYTES} bytes")  # fmt: skip
    return RawDocument(source_id, where, sha256(data), raw=data, is_html=True, url=url, fetched_at=fetched_at)


def read_warc(path: Path) -> Iterator[RawDocument]:
    """The HTML pages of a WARC file, in archive order."""
    stem, source_path = input_stem(path), input_where(path)
    pages = seen = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if not _is_record(record):
                    continue
                seen += 1
                if _is_html_response(record):
                    pages += 1
                    yield _page(record, stem, records, source_path)
            if not seen and stream.tell() > 0:
                yield RawDocument(f"{stem}#1", source_path, "", error="corrupt WARC: no WARC record in the file")
    except OSError as exc:
        yield RawDocument(f"{stem}#{pages + 1}", source_path, "", error=os_reason(exc))
    except (ArchiveLoadFailed, EOFError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        yield RawDocument(f"{stem}#{pages + 1}", source_path, "", error=f"corrupt WARC: {reason}")


def count_warc_pages(path: Path) -> int:
    """How many HTML pages a WARC file holds (the records' headers only are parsed)."""
    pages = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                pages += _is_record(record) and _is_html_response(record)
    except (OSError, ArchiveLoadFailed, EOFError, ValueError):
        pages += 1
    return pages
