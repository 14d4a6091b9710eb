"""Extraction over a directory of real articles, for a person to judge: counts, timing and random samples.

    python bench/extraction_sample.py [--n 20] [--seed N] [--only sessions,places] [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus/local-gov (relative to the repository); the script says so and exits 0 when
it is absent. Every document goes through the pipeline's own functions: `flows.sources.iter_documents`,
`transforms.ingest.ingest_frame` and `transforms.cleaning.clean_frame`, then `transforms.extraction.extract_frame`
with the pipeline's gazetteer (`flows.tasks.gazetteer`). Every document that cleaning did not quarantine is treated
as relevant (its status set to "loaded" before extraction), so the extractors are judged apart from the relevance
filter.

A document whose cleaning or extraction raises is counted as an error (with its reason) and the run goes on.

Printed: per extractor (sessions, roles, figures, places, event dates) how many facts it found and in how many
documents; the seconds spent cleaning and extracting; then a random sample of N facts of each extractor with the
sentence it came from, the words that state it marked ⟦like this⟧.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from flows.sources import iter_documents  # noqa: E402
from flows.tasks import gazetteer  # noqa: E402
from transforms.cleaning import clean_frame  # noqa: E402
from transforms.extraction import extract_frame  # noqa: E402
from transforms.ingest import ingest_frame  # noqa: E402
from transforms.model import Extraction, PlaceRef  # noqa: E402
from transforms.text import match_key  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "local-gov"
EXTRACTORS = ("sessions", "roles", "figures", "places", "event dates")
MAX_EVIDENCE = 500  # characters of an evidence sentence shown around the marked words


@dataclass(slots=True)
class Fact:
    """One extracted fact as shown to a reader: where it is from, what it says, and the sentence stating it."""

    source_id: str
    summary: str
    evidence: str


def _sentence(text: str, start: int, end: int, mark_start: int | None = None, mark_end: int | None = None) -> str:
    """`text[start:end]` on one line, with `text[mark_start:mark_end]` marked, cut to `MAX_EVIDENCE` around it."""
    if mark_start is not None and mark_end is not None and start <= mark_start <= mark_end <= end:
        shown = text[start:mark_start] + "⟦" + text[mark_start:mark_end] + "⟧" + text[mark_end:end]
        focus = mark_start - start
    else:
        shown, focus = text[start:end], 0
    shown = " ".join(shown.split())
    if len(shown) > MAX_EVIDENCE:
        left = max(0, min(focus - MAX_EVIDENCE // 3, len(shown) - MAX_EVIDENCE))
        shown = ("…" if left else "") + shown[left : left + MAX_EVIDENCE] + "…"
    return shown


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The line-or-sentence span of `text` holding `pos` (for facts that carry no sentence of their own)."""
    starts = [m.end() for m in re.finditer(r"[.!?\n]\s", text[:pos])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?\n](?:\s|$)", text[pos:])
    return start, pos + m.end() if m else len(text)


def _place_label(place: PlaceRef | None) -> str:
    return f"{place.unit_type} {place.name} ({place.code})" if place else "—"


def session_facts(source_id: str, text: str, ex: Extraction) -> list[Fact]:
    """The sessions of one document, one line each."""
    out = []
    for s in ex.sessions:
        term = f"khóa {s.term}" if s.term else ""
        years = f"{s.term_start_year}-{s.term_end_year}" if s.term_start_year else ""
        dates = f"{s.start_date}..{s.end_date}" if s.start_date else "no date"
        summary = (
            f"{s.session_type} | body={s.body_name!r} [{s.body_type}/{s.level}] place={s.place_name!r} | "
            f"n={s.ordinal} {term} {years} | {dates}"
        )
        evidence = _sentence(text, s.sentence_start, s.sentence_end, s.char_start, s.char_end)
        out.append(Fact(source_id, summary, evidence))
    return out


def role_facts(source_id: str, text: str, ex: Extraction) -> list[Fact]:
    """The roles of one document, one line each."""
    return [
        Fact(
            source_id,
            f"{r.person_name} | {r.position} / {r.organization_type} / {r.level} | {r.title_text!r} "
            f"place={r.place_name!r}",
            _sentence(text, r.sentence_start, r.sentence_end, r.char_start, r.char_end),
        )
        for r in ex.roles
    ]


def figure_facts(source_id: str, text: str, ex: Extraction) -> list[Fact]:
    """The figures of one document, one line each."""
    return [
        Fact(
            source_id,
            f"{i.value:g} {i.unit} {i.qualifier or ''} | code={i.indicator_code} label={i.indicator_label!r} "
            f"period={i.period_label!r}",
            _sentence(text, i.sentence_start, i.sentence_end, i.char_start, i.char_end),
        )
        for i in ex.indicators
    ]


def place_facts(source_id: str, text: str, title: str | None, ex: Extraction) -> list[Fact]:
    """The document's place, shown with the headline and the first sentence naming the district (or province)."""
    place = ex.place
    if place.province is None:
        return []
    unit = place.district or place.province
    pos = match_key(text).find(match_key(unit.name))
    context = _sentence(text, *_sentence_around(text, pos), pos, pos + len(unit.name)) if pos >= 0 else ""
    summary = f"province={_place_label(place.province)} district={_place_label(place.district)}"
    return [Fact(source_id, summary, f"[title] {title or '—'}  [text] {context}")]


def event_date_facts(source_id: str, text: str, title: str | None, published: object, ex: Extraction) -> list[Fact]:
    """The document's event date, shown with the sentence of the first dated session, else the opening lines."""
    if ex.event_date is None:
        return []
    dated = next((s for s in ex.sessions if s.start_date == ex.event_date), None)
    if dated is not None:
        context = _sentence(text, dated.sentence_start, dated.sentence_end, dated.char_start, dated.char_end)
    else:
        context = _sentence(text, 0, min(len(text), MAX_EVIDENCE))
    summary = f"{ex.event_date} (published {published or '—'}; from {'a session' if dated else 'the lead'})"
    return [Fact(source_id, summary, f"[title] {title or '—'}  [text] {context}")]


def clean_all(docs: pl.DataFrame) -> tuple[pl.DataFrame, Counter[str]]:
    """The batch cleaned together (site chrome is learned across it); one by one if the batch fails."""
    errors: Counter[str] = Counter()
    try:
        return clean_frame(docs), errors
    except Exception as exc:  # counted, then each document is tried alone
        errors[f"batch clean: {type(exc).__name__}"] += 1
    frames = []
    for i in range(docs.height):
        try:
            frames.append(clean_frame(docs.slice(i, 1)))
        except Exception as exc:  # counted per document
            errors[f"clean: {type(exc).__name__}: {exc}"[:120]] += 1
    return (pl.concat(frames) if frames else clean_frame(docs.clear())), errors


def extract_all(cleaned: pl.DataFrame) -> tuple[list[tuple[dict, Extraction]], Counter[str]]:
    """Each document through `extract_frame` alone, so that one failure costs one document."""
    gaz = gazetteer()
    out: list[tuple[dict, Extraction]] = []
    errors: Counter[str] = Counter()
    for row in cleaned.iter_rows(named=True):
        try:
            extracted = extract_frame(pl.DataFrame([row], schema=cleaned.schema, orient="row"), gaz)
        except Exception as exc:  # reported per document, the run goes on
            errors[f"extract: {type(exc).__name__}: {exc}"[:120]] += 1
            print(f"  error in {row['source_id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        out.extend((row, ex) for _, _, ex in extracted)
    return out, errors


def collect(results: list[tuple[dict, Extraction]]) -> dict[str, list[Fact]]:
    """Every fact of every extractor."""
    facts: dict[str, list[Fact]] = {name: [] for name in EXTRACTORS}
    for row, ex in results:
        sid, text, title = row["source_id"], row["clean_text"], row["title"]
        facts["sessions"] += session_facts(sid, text, ex)
        facts["roles"] += role_facts(sid, text, ex)
        facts["figures"] += figure_facts(sid, text, ex)
        facts["places"] += place_facts(sid, text, title, ex)
        facts["event dates"] += event_date_facts(sid, text, title, row["published_at"], ex)
    return facts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS), help="a directory of articles")
    parser.add_argument("--n", type=int, default=20, help="facts sampled per extractor")
    parser.add_argument("--seed", type=int, default=0, help="the sample's random seed")
    parser.add_argument("--only", default=",".join(EXTRACTORS), help="comma-separated extractors to sample")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"{corpus} is not present: nothing to sample (pass a directory of articles).")
        return 0

    started = time.perf_counter()
    docs = ingest_frame([asdict(d) for d in iter_documents([corpus])])
    read_seconds = time.perf_counter() - started
    started = time.perf_counter()
    cleaned, errors = clean_all(docs)
    clean_seconds = time.perf_counter() - started
    quarantined = cleaned.filter(pl.col("status") == "quarantined").height
    usable = cleaned.filter(pl.col("status") != "quarantined").with_columns(pl.lit("loaded").alias("status"))
    gazetteer()  # built once, outside the extraction time
    started = time.perf_counter()
    results, extract_errors = extract_all(usable)
    extract_seconds = time.perf_counter() - started
    errors.update(extract_errors)
    facts = collect(results)

    print(f"corpus: {corpus} — {docs.height} documents, {quarantined} quarantined, {len(results)} extracted")
    print(f"time: read {read_seconds:.1f}s, clean {clean_seconds:.1f}s, extract {extract_seconds:.1f}s "
          f"({len(results) / max(extract_seconds, 1e-9):.1f} docs/s)")  # fmt: skip
    print(f"errors: {sum(errors.values())}" + "".join(f"\n  {n} × {reason}" for reason, n in errors.most_common()))
    print(f"\n{'extractor':<12} {'facts':>6} {'documents':>10}")
    for name in EXTRACTORS:
        print(f"{name:<12} {len(facts[name]):>6} {len({f.source_id for f in facts[name]}):>10}")

    rng = random.Random(args.seed)
    for name in (n.strip() for n in args.only.split(",")):
        chosen = rng.sample(facts.get(name, []), min(args.n, len(facts.get(name, []))))
        print(f"\n=== {name}: {len(chosen)} of {len(facts.get(name, []))} (seed {args.seed}) ===")
        for i, fact in enumerate(chosen, start=1):
            print(f"\n[{i}] {fact.source_id}: {fact.summary}\n    {fact.evidence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
