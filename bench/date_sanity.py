"""Dates that cannot be right: sessions dated outside the years of their own stated term, and event dates more than a
year from the document's publication or fetch date.

    python bench/date_sanity.py [--examples 5] [INPUT ...]

Defaults to the whole 2017 crawl (../shared/corpus/baomoi-2017.jsonl.gz) and the 459 local-government articles
(../shared/corpus/local-gov), each counted apart. Every document goes through the pipeline's own functions (read,
clean, relevance, extract); only the documents the pipeline loads (relevant ones) are checked, as only they reach
the warehouse. Printed per input: documents loaded, sessions with a date and a stated term, the two counts (the
target is zero each) with a few examples, and the spread of event-date years. Exits 0 with a message when
../shared is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.sources import iter_batches  # noqa: E402
from flows.tasks import gazetteer  # noqa: E402
from transforms.cleaning import clean_frame  # noqa: E402
from transforms.extraction import extract_frame  # noqa: E402
from transforms.ingest import ingest_frame  # noqa: E402
from transforms.schemas import INGESTED  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_INPUTS = (CORPUS / "baomoi-2017.jsonl.gz", CORPUS / "local-gov")
BATCH = 2000
MAX_DAYS_FROM_ANCHOR = 366  # "more than a year" from the publication or fetch date


@dataclass(slots=True)
class Tally:
    """What one input's check found."""

    loaded: int = 0
    termed_sessions: int = 0
    anchored_events: int = 0
    outside_term: list[str] = field(default_factory=list)
    far_from_anchor: list[str] = field(default_factory=list)
    event_years: Counter = field(default_factory=Counter)


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start) : end].split())[:160]


def check(paths: list[Path]) -> Tally:
    """Both counts over the loaded documents of `paths`."""
    tally = Tally()
    grid = gazetteer()
    for batch in iter_batches(paths, BATCH):
        ingested = ingest_frame([{name: getattr(d, name) for name in INGESTED} for d in batch])
        cleaned = clean_frame(ingested)
        fetched = dict(zip(ingested["source_id"], ingested["fetched_at"], strict=True))
        rows = {r["source_id"]: r for r in cleaned.filter(pl.col("status") == "loaded").to_dicts()}
        tally.loaded += len(rows)
        for source_id, text, ex in extract_frame(cleaned, grid):
            for s in ex.sessions:
                if s.start_date is None or s.term_start_year is None or s.term_end_year is None:
                    continue
                tally.termed_sessions += 1
                if not s.term_start_year <= s.start_date.year <= s.term_end_year:
                    tally.outside_term.append(
                        f"{source_id}: {s.session_type} {s.start_date} term {s.term_start_year}-{s.term_end_year}: "
                        + _snippet(text, s.sentence_start, s.sentence_end)
                    )
            if ex.event_date is None:
                continue
            tally.event_years[ex.event_date.year] += 1
            row = rows[source_id]
            anchors = [a for a in (_as_date(row.get("published_at")), _as_date(row.get("fetched_at"))) if a]
            anchors = anchors or [a for a in [_as_date(fetched.get(source_id))] if a]
            if not anchors:
                continue
            tally.anchored_events += 1
            gap = min(abs((ex.event_date - a).days) for a in anchors)
            if gap > MAX_DAYS_FROM_ANCHOR:
                tally.far_from_anchor.append(
                    f"{source_id}: event {ex.event_date}, published/fetched {', '.join(map(str, anchors))}"
                )
    return tally


def report(name: str, tally: Tally, examples: int) -> None:
    print(f"== {name}: {tally.loaded} documents loaded")
    print(f"sessions dated outside their stated term: {len(tally.outside_term)} (of {tally.termed_sessions} dated "
          "sessions with a term)")  # fmt: skip
    for line in tally.outside_term[:examples]:
        print("   " + line)
    print(f"event dates more than a year from publication/fetch: {len(tally.far_from_anchor)} (of "
          f"{tally.anchored_events} with either known)")  # fmt: skip
    for line in tally.far_from_anchor[:examples]:
        print("   " + line)
    years = sorted(tally.event_years.items())
    spread = ", ".join(f"{y}: {n}" for y, n in years)
    print(f"event-date years ({sum(tally.event_years.values())} dated): {spread}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--examples", type=int, default=5, help="examples shown of each kind")
    args = ap.parse_args()
    paths = args.inputs or [p for p in DEFAULT_INPUTS if p.exists()]
    if not paths:
        print("no inputs: ../shared/corpus is absent")
        return 0
    for path in paths:
        report(path.name, check([path]), args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
