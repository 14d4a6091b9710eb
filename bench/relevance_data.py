"""The relevance labels and the texts they judge, for `train_relevance.py` and `relevance_eval.py`: the label file,
the crawl and the local-government articles read from `../shared` (never copied), how each sample of labelled ids
was drawn (see `bench/data/README.md`), and the figures (confusion counts, precision, recall, F1) both print.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import random
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sklearn.metrics import confusion_matrix  # noqa: E402

from transforms.relevance.learning import LabelledPage  # noqa: E402
from transforms.text import match_key  # noqa: E402

SHARED = REPO.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "baomoi-2017.jsonl.gz"
LABELS = REPO / "bench" / "data" / "relevance_labels.csv"
LOCAL_GOV_STRATUM = "local-gov"  # the articles of ../shared/corpus/local-gov, id = file stem
BLIND_STRATUM = "keyword-blind-2021"  # labelled before any model saw it: scored, never trained or tuned on

# The keyword stratum (bench/data/README.md): records whose folded first 2,000 characters contain one of these words.
STRATUM_KEYWORDS: tuple[str, ...] = (
    "hđnd", "hội đồng nhân dân", "ubnd", "ủy ban nhân dân", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy",
    "đảng ủy", "đảng bộ", "chi bộ", "mttq", "mặt trận tổ quốc", "cử tri", "bí thư",
)  # fmt: skip
STRATUM_CHARS = 2000
# The labelled sample: 300 ids of each stratum, random.Random(2017).sample, keyword stratum first.
SAMPLE_SEED = 2017
SAMPLE_PER_STRATUM = 300
SAMPLE_STRATA = ("keyword", "other")
# Check samples: 100 further keyword ids each, random.Random(seed).sample of the ids no earlier sample holds.
CHECK_PREFIX = "keyword-check-"
CHECK_SIZE = 100
CHECK_SEEDS = (2018, 2019, 2020)
# Then, over the keyword ids none of the 900 labels above holds: the blind sample, and the training sample drawn from
# the ids left.
BLIND_SEED, BLIND_SIZE = 2021, 320
TRAIN_STRATUM, TRAIN_SEED, TRAIN_SIZE = "keyword-train-2022", 2022, 640


def read_corpus(path: Path) -> Iterator[tuple[str, str]]:
    """(id, text) of every record of a JSON Lines file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            yield record["id"], record["text"]


def read_local_gov(folder: Path) -> dict[str, str]:
    """The local-government articles by id (the file's stem), NFC, leading space dropped (line 1 is the headline)."""
    return {
        path.stem: unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).lstrip()
        for path in sorted(folder.glob("*.txt"))
    }


def title_and_text(text: str) -> tuple[str, str]:
    """The headline (first line) and the text as `clean_text` holds it (headline included)."""
    return text.partition("\n")[0].strip(), text


def read_labels(path: Path = LABELS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def labelled_pages(rows: list[dict[str, str]], crawl: dict[str, str], local_gov: dict[str, str]) -> list[LabelledPage]:
    """The label rows with their texts: a local-gov id's from its file, any other's from the crawl."""
    pages = []
    for row in rows:
        text = local_gov[row["id"]] if row["stratum"] == LOCAL_GOV_STRATUM else crawl[row["id"]]
        title, text = title_and_text(text)
        pages.append(LabelledPage(row["id"], row["stratum"], int(row["label"]), row["note"], title, text))
    return pages


def split_pages(pages: list[LabelledPage]) -> tuple[list[LabelledPage], list[LabelledPage]]:
    """The pages that may be trained on (every stratum but the blind sample) and the blind sample's."""
    return [p for p in pages if p.stratum != BLIND_STRATUM], [p for p in pages if p.stratum == BLIND_STRATUM]


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


def check_seed(name: str) -> int | None:
    """The seed in a check sample's stratum name ("keyword-check-2018" -> 2018), None for another stratum."""
    return int(name.removeprefix(CHECK_PREFIX)) if name.startswith(CHECK_PREFIX) else None


def draw_check(records: list[tuple[str, str]], labels: list[dict[str, str]], seed: int) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the check sample drawn with `seed`: keyword-stratum ids that neither the labelled
    sample nor a check sample with a smaller seed holds."""
    taken = {
        row["id"]
        for row in labels
        if row["stratum"] in SAMPLE_STRATA or (check_seed(row["stratum"]) or seed) < seed  # an earlier check sample
    }
    keyword_ids = [doc_id for doc_id, text in records if doc_id not in taken and stratum(text) == "keyword"]
    return [(doc_id, f"{CHECK_PREFIX}{seed}") for doc_id in random.Random(seed).sample(keyword_ids, CHECK_SIZE)]


def draw_blind_and_train(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the blind sample, then of the training sample, as drawn: over the crawl's records in
    file order, the keyword ids not among the 900 earlier labels (the labelled sample and the check samples);
    `random.Random(2021).sample(ids, 320)` is the blind sample, `random.Random(2022).sample` of the ids it left, 640,
    the training sample."""
    earlier = {row["id"] for row in labels if row["stratum"] in SAMPLE_STRATA or check_seed(row["stratum"])}
    ids = [doc_id for doc_id, text in records if doc_id not in earlier and stratum(text) == "keyword"]
    blind = random.Random(BLIND_SEED).sample(ids, BLIND_SIZE)
    chosen = set(blind)
    train = random.Random(TRAIN_SEED).sample([doc_id for doc_id in ids if doc_id not in chosen], TRAIN_SIZE)
    return [(doc_id, BLIND_STRATUM) for doc_id in blind] + [(doc_id, TRAIN_STRATUM) for doc_id in train]


def is_keyword_stratum(name: str) -> bool:
    """True for the strata drawn from the crawl's keyword stratum (the pages the keyword gate mostly sees)."""
    return name.startswith("keyword")


def figures(labels: list[int], predicted: list[bool]) -> dict[str, float | int]:
    """Confusion counts, precision, recall and F1."""
    (tn, fp), (fn, tp) = confusion_matrix(labels, predicted, labels=[0, 1]).tolist()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4)}  # fmt: skip


def cv_figures(pages: list[LabelledPage], probabilities: list[float | None], threshold: float) -> dict[str, dict]:
    """Out-of-fold figures for all training pages, the keyword strata, and each stratum."""
    groups: dict[str, list[int]] = {"all": list(range(len(pages)))}
    groups["keyword strata"] = [i for i, p in enumerate(pages) if is_keyword_stratum(p.stratum)]
    for name in dict.fromkeys(p.stratum for p in pages):
        groups[name] = [i for i, p in enumerate(pages) if p.stratum == name]
    out = {}
    for name, members in groups.items():
        predicted = [(probabilities[i] or 0.0) >= threshold for i in members]
        out[name] = figures([pages[i].label for i in members], predicted)
    return out
