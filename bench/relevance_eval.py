"""Evaluate `transforms.relevance.assess_relevance` against the hand-labelled sample, and time it on the whole crawl.

    python bench/relevance_eval.py [CORPUS_PATH]        # default ../shared/corpus/baomoi-2017.jsonl.gz
    python bench/relevance_eval.py --draw-sample [CORPUS_PATH]   # reprint the sample (id, stratum) as it was drawn
    python bench/relevance_eval.py --draw-check SEED [CORPUS_PATH]   # reprint a check sample (2018, 2019, 2020)

Prints precision, recall, F1 and the confusion counts on the labelled sample of `bench/data/relevance_labels.csv`,
each error with its id and the verdict's reason, the same on the labels not marked ambiguous and on the labels as
they were before the re-review (see `bench/data/README.md`), the same with the errors on each check sample (further
keyword-stratum pages labelled later, scored separately), the wall-clock and CPU time over every record of the corpus,
the share judged relevant among the real local-government articles in `local-gov/` next to the corpus, and the
verdict on the sample pages in `raw/`. The corpus records are `{"id", "text"}` with the headline as the first line;
the headline is passed as the title and the whole text as `clean_text` (that is the shape `clean_text` has), so the
numbers do not depend on the cleaning stage. Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from transforms.relevance import assess_relevance  # noqa: E402
from transforms.text import match_key  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "baomoi-2017.jsonl.gz"
LABELS = REPO / "bench" / "data" / "relevance_labels.csv"
RELABELLED = "relabelled:"  # how a note records a label changed by the re-review (bench/data/README.md)

# How the labelled sample was drawn (see bench/data/README.md): records whose folded title and first 2,000
# characters contain one of these words form the "keyword" stratum, the rest the "other" stratum; 300 ids were drawn
# from each with random.Random(SAMPLE_SEED).sample, keyword stratum first.
STRATUM_KEYWORDS: tuple[str, ...] = (
    "hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy",
    "đảng ủy", "đảng bộ", "chi bộ", "mttq", "mặt trận tổ quốc", "cử tri", "bí thư",
)  # fmt: skip
SAMPLE_SEED = 2017
SAMPLE_PER_STRATUM = 300
STRATUM_CHARS = 2000
SAMPLE_STRATA = ("keyword", "other")
# Check samples: CHECK_SIZE further keyword-stratum ids drawn with random.Random(seed).sample from the ids no earlier
# sample holds, stratum "keyword-check-<seed>"; scored apart from the labelled sample.
CHECK_PREFIX = "keyword-check-"
CHECK_SIZE = 100


def read_corpus(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every record of a JSON Lines file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["id"], record["text"]


def title_and_text(text: str) -> tuple[str, str]:
    """The headline (first line) and the text as `clean_text` holds it (headline included)."""
    return text.partition("\n")[0].strip(), text


def stratum(text: str) -> str:
    """'keyword' when the opening names a local-government body, else 'other'."""
    key = match_key(text[:STRATUM_CHARS])
    return "keyword" if any(word in key for word in STRATUM_KEYWORDS) else "other"


def draw_sample(records: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the labelled sample, in the order they were drawn."""
    by_stratum: dict[str, list[str]] = {name: [] for name in SAMPLE_STRATA}
    for doc_id, text in records:
        by_stratum[stratum(text)].append(doc_id)
    rng = random.Random(SAMPLE_SEED)
    drawn = []
    for name in SAMPLE_STRATA:
        drawn += [(doc_id, name) for doc_id in rng.sample(by_stratum[name], SAMPLE_PER_STRATUM)]
    return drawn


def draw_check(records: list[tuple[str, str]], labels: list[dict[str, str]], seed: int) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the check sample drawn with `seed`: keyword-stratum ids that neither the labelled
    sample nor a check sample with a smaller seed holds."""
    taken = {
        row["id"]
        for row in labels
        if row["stratum"] in SAMPLE_STRATA or (_check_seed(row["stratum"]) or seed) < seed  # an earlier check sample
    }
    keyword_ids = [doc_id for doc_id, text in records if doc_id not in taken and stratum(text) == "keyword"]
    return [(doc_id, f"{CHECK_PREFIX}{seed}") for doc_id in random.Random(seed).sample(keyword_ids, CHECK_SIZE)]


def _check_seed(name: str) -> int | None:
    """The seed in a check sample's stratum name ("keyword-check-2018" -> 2018), None for another stratum."""
    return int(name.removeprefix(CHECK_PREFIX)) if name.startswith(CHECK_PREFIX) else None


@dataclass
class Scores:
    """Confusion counts and the errors, with the verdict's reason."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[tuple[str, str, float, str, str]] = field(default_factory=list)  # kind, id, score, reason, note

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def label_before_review(row: dict[str, str]) -> str:
    """The label as it was before the re-review: a label whose note records "relabelled:" flipped back.

    >>> label_before_review({"label": "1", "note": "administrative; relabelled: a committee's decision"})
    '0'
    """
    if RELABELLED in row["note"]:
        return "0" if row["label"] == "1" else "1"
    return row["label"]


def evaluate(
    labels: list[dict[str, str]], texts: dict[str, str], *, skip_ambiguous: bool = False, before_review: bool = False
) -> Scores:
    """Score the verdicts on the labelled ids (a label whose note starts with "ambiguous" is skipped on request; the
    labels as they were before the re-review are used on request)."""
    scores = Scores()
    for row in labels:
        if skip_ambiguous and row["note"].startswith("ambiguous"):
            continue
        verdict = assess_relevance(*title_and_text(texts[row["id"]]))
        truth = (label_before_review(row) if before_review else row["label"]) == "1"
        if verdict.is_relevant and truth:
            scores.tp += 1
        elif verdict.is_relevant:
            scores.fp += 1
            scores.errors.append(("FP", row["id"], verdict.score, verdict.reason, row["note"]))
        elif truth:
            scores.fn += 1
            scores.errors.append(("FN", row["id"], verdict.score, verdict.reason, row["note"]))
        else:
            scores.tn += 1
    return scores


def time_corpus(records: list[tuple[str, str]], repeats: int = 3) -> tuple[float, float, int]:
    """The best wall-clock and CPU seconds of `repeats` passes of `assess_relevance` over every record (CPU time is
    the steadier figure on a shared machine), and how many were relevant."""
    pairs = [title_and_text(text) for _, text in records]
    wall, cpu, relevant = float("inf"), float("inf"), 0
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        relevant = sum(assess_relevance(title, text).is_relevant for title, text in pairs)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu, relevant


def local_gov_share(folder: Path) -> tuple[int, int]:
    """(judged relevant, total) over the real local-government articles (line 1 is the headline)."""
    files = sorted(folder.glob("*.txt"))
    relevant = 0
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        relevant += assess_relevance(text.lstrip().partition("\n")[0].strip(), text.lstrip()).is_relevant
    return relevant, len(files)


def print_scores(name: str, scores: Scores, *, show_errors: bool) -> None:
    print(
        f"{name}: precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
        f"(TP {scores.tp}, FP {scores.fp}, FN {scores.fn}, TN {scores.tn})"
    )
    if show_errors:
        for kind, doc_id, score, reason, note in scores.errors:
            print(f"  {kind} {doc_id} score {score}: {reason}" + (f"  [label note: {note}]" if note else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--draw-sample", action="store_true", help="print the sample's (id, stratum) and stop")
    parser.add_argument("--draw-check", type=int, metavar="SEED", help="print a check sample's (id, stratum) and stop")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus}: nothing to evaluate (it lives in ../shared, outside the repo)")
        return 0
    records = list(read_corpus(args.corpus))
    all_labels = read_labels()
    if args.draw_sample or args.draw_check is not None:
        drawn = draw_sample(records) if args.draw_sample else draw_check(records, all_labels, args.draw_check)
        for doc_id, name in drawn:
            print(f"{doc_id},{name}")
        return 0
    texts = dict(records)
    labels = [row for row in all_labels if row["stratum"] in SAMPLE_STRATA]
    print_scores(f"labelled sample ({len(labels)} pages)", evaluate(labels, texts), show_errors=True)
    clear = evaluate(labels, texts, skip_ambiguous=True)
    print_scores("labels not marked ambiguous", clear, show_errors=False)
    before = evaluate(labels, texts, before_review=True)
    print_scores("labels as they were before the re-review", before, show_errors=False)
    for seed in sorted({s for row in all_labels if (s := _check_seed(row["stratum"])) is not None}):
        check = [row for row in all_labels if _check_seed(row["stratum"]) == seed]
        name = f"check sample {CHECK_PREFIX}{seed} ({len(check)} pages)"
        print_scores(name, evaluate(check, texts), show_errors=True)
    seconds, cpu, relevant = time_corpus(records)
    print(
        f"whole corpus: {len(records)} pages in {seconds:.2f} s wall, {cpu:.2f} s CPU "
        f"({len(records) / cpu:,.0f} docs/s of CPU, best of 3), "
        f"{relevant} judged relevant ({relevant / len(records):.2%})"
    )
    local_gov = args.corpus.parent / "local-gov"
    if local_gov.is_dir():
        judged, total = local_gov_share(local_gov)
        print(f"local-gov articles: {judged}/{total} judged relevant ({judged / total:.1%})")
    for path in sorted((REPO / "raw").glob("*.txt")):
        verdict = assess_relevance(None, path.read_text(encoding="utf-8"))
        print(f"raw/{path.name}: {'relevant' if verdict.is_relevant else 'NOT relevant'} ({verdict.reason})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
