"""The test before cleaning (`transforms.relevance.may_be_relevant`) against the full clean and gate: what it saves,
and that it loses nothing.

    python bench/prefilter_recall.py [CORPUS ...] [--limit N]

Every document of the inputs (default: the 2017 crawl, the 459 local-government articles, the dev pages and the
sample documents in raw/) is cleaned twice, batch by batch as a run does: with the test, and without it (every page
cleaned and judged). Prints:
  - how many pages the test rules out, and the clean stage's time with and without it;
  - pages the test rules out although the gate, after the full clean, lets them through (must be 0), and whether
    every page it does not rule out is cleaned exactly as before;
  - recall on every page labelled relevant (bench/data/relevance_labels.csv) and every page the dev and seed gold
    call relevant: how many the test rules out (must be 0).
Exits 1 when it loses a page. Needs ../shared (says so and exits 0 without it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.raw_document import RawDocument  # noqa: E402
from flows.sources import iter_batches  # noqa: E402
from transforms.cleaning import clean_frame  # noqa: E402
from transforms.ingest import ingest_frame  # noqa: E402
from transforms.relevance import RULED_OUT_REASON  # noqa: E402
from transforms.schemas import INGESTED  # noqa: E402

SHARED = REPO.parent / "shared"
INPUTS = [SHARED / "corpus" / "baomoi-2017.jsonl.gz", SHARED / "corpus" / "local-gov", SHARED / "corpus" / "dev",
          REPO / "raw"]  # fmt: skip
LABELS = REPO / "bench" / "data" / "relevance_labels.csv"
GOLDS = [SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "seeds.jsonl"]
BATCH = 1000  # as a run with worker processes cleans them


def relevant_ids() -> dict[str, set[str]]:
    """The ids called relevant: by the hand labels, and by each gold set."""
    labels = pl.read_csv(LABELS, schema_overrides={"id": pl.String})
    found = {"labels": set(labels.filter(pl.col("label") == 1)["id"].to_list())}
    for gold in GOLDS:
        if gold.exists():
            lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
            found[gold.stem] = {g["source_id"] for g in lines if g.get("relevant")}
    return found


def frame(batch: list[RawDocument]) -> pl.DataFrame:
    return ingest_frame([{name: getattr(d, name) for name in INGESTED} for d in batch])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", type=Path, default=INPUTS)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many documents (0: all)")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"../shared is absent ({SHARED}): the labels' texts and the crawl are there; nothing was run")
        return 0
    inputs = [p for p in args.inputs if p.exists()]
    seconds = {"with the test": 0.0, "without it": 0.0}
    seen = ruled_out = lost_to_gate = changed = 0
    ruled_out_ids: set[str] = set()
    for batch in iter_batches(inputs, BATCH):
        docs = frame(batch)
        started = time.perf_counter()
        fast = clean_frame(docs)
        seconds["with the test"] += time.perf_counter() - started
        started = time.perf_counter()
        full = clean_frame(docs, prefilter=False)
        seconds["without it"] += time.perf_counter() - started
        out = fast["relevance_reason"] == RULED_OUT_REASON
        ruled_out += int(out.sum())
        ruled_out_ids.update(fast.filter(out)["source_id"].to_list())
        passed_gate = full["relevance_score"].is_not_null() & (full["status"] != "quarantined")
        lost_to_gate += int((out & passed_gate).sum())
        kept_fast, kept_full = fast.filter(~out), full.filter(~out)
        changed += int((kept_fast.hash_rows() != kept_full.hash_rows()).sum())
        seen += docs.height
        if args.limit and seen >= args.limit:
            break
    print(f"documents: {seen:,} from {', '.join(str(p) for p in inputs)}")
    print(f"ruled out before cleaning: {ruled_out:,} ({ruled_out / max(seen, 1):.1%})")
    print("clean stage: " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items()))
    print(f"ruled out although the full clean passes the gate: {lost_to_gate} (must be 0)")
    print(f"pages not ruled out whose cleaned row differs from the full clean's: {changed} (must be 0)")
    lost = lost_to_gate + changed
    for name, ids in relevant_ids().items():
        present = ids & (ruled_out_ids | _seen_ids(inputs, ids))
        missed = sorted(ids & ruled_out_ids)
        lost += len(missed)
        print(f"relevant by {name}: {len(present):,} of {len(ids):,} read here, {len(missed)} ruled out (must be 0)"
              + (f": {', '.join(missed[:10])}" if missed else ""))  # fmt: skip
    return 1 if lost else 0


def _seen_ids(inputs: list[Path], wanted: set[str]) -> set[str]:
    """Which of `wanted` the inputs hold (some gold ids live in folders this bench is not given)."""
    return {d.source_id for batch in iter_batches(inputs, BATCH) for d in batch if d.source_id in wanted}


if __name__ == "__main__":
    sys.exit(main())
