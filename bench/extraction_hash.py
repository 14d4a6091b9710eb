"""A fingerprint of everything the pipeline's pure stages make of a corpus: cleaning, relevance, extraction and the
warehouse rows, dumped as canonical JSON and hashed.

    python bench/extraction_hash.py [--dump FILE] [DIR_OR_FILE ...]

Defaults to the 459 articles of ../shared/corpus/local-gov plus the seeds in raw/. Two code versions that print the
same hash make the same cleaning verdicts, extractions and rows for every one of those documents; `--dump` writes the
JSON (one line a document) so that two versions can be diffed. Every document that cleaning does not quarantine is
extracted, whatever its relevance verdict, so that extraction is compared on all of them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.sources import iter_documents  # noqa: E402
from flows.tasks import gazetteer  # noqa: E402
from transforms.cleaning import clean_frame  # noqa: E402
from transforms.extraction import extract_frame, extraction_record  # noqa: E402
from transforms.ingest import ingest_frame  # noqa: E402
from transforms.normalize import normalize_frames  # noqa: E402
from transforms.schemas import INGESTED  # noqa: E402

DEFAULT_INPUTS = (REPO.parent / "shared" / "corpus" / "local-gov", REPO / "raw")
CLEANED_COLUMNS = ("source_id", "status", "status_reason", "title", "published_at", "authors", "is_relevant",
                   "relevance_reason", "clean_text")  # fmt: skip


def _rows(frame: pl.DataFrame) -> list[dict]:
    return json.loads(frame.write_json())


def fingerprint(paths: list[Path]) -> tuple[str, list[str], int]:
    """The sha256 of the canonical dump, the dump's lines (one a document, sorted by id) and the document count."""
    raw = [{name: getattr(d, name) for name in INGESTED} for d in iter_documents(paths)]
    cleaned = clean_frame(ingest_frame(raw))
    kept = [c for c in CLEANED_COLUMNS if c in cleaned.columns]
    by_id: dict[str, dict] = {r["source_id"]: {"cleaned": r} for r in _rows(cleaned.select(kept))}
    extractable = cleaned.with_columns(
        status=pl.when(pl.col("status") == "quarantined").then(pl.col("status")).otherwise(pl.lit("loaded"))
    )
    extracted = extract_frame(extractable, gazetteer())
    docs = {r["source_id"]: r for r in extractable.to_dicts()}
    for source_id, _text, ex in extracted:
        by_id[source_id]["extraction"] = extraction_record(docs[source_id], ex)
    facts = normalize_frames(extracted, gazetteer())
    for name in ("documents", "sessions", "roles", "indicators"):
        for row in _rows(getattr(facts, name)):
            by_id[row["source_id"]].setdefault(name, []).append(row)
    lines = [json.dumps(by_id[k], ensure_ascii=False, sort_keys=True, default=str) for k in sorted(by_id)]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    return digest, lines, len(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--dump", type=Path, help="write the canonical JSON here, one line a document")
    args = ap.parse_args()
    paths = args.inputs or [p for p in DEFAULT_INPUTS if p.exists()]
    if not paths:
        print("no inputs: ../shared/corpus/local-gov and raw/ are absent")
        return 0
    digest, lines, count = fingerprint(paths)
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"documents: {count}")
    print(f"sha256: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
