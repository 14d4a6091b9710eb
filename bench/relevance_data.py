"""The relevance labels and the texts they judge, for `train_relevance.py` and `relevance_eval.py`: the label file,
the crawl and the local-government articles read from `../shared` (never copied), the strata and the constants of
each draw (the draws themselves: `relevance_draws.py`; see `bench/data/README.md`), and the figures (confusion counts,
precision, recall, F1) both print.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sklearn.metrics import confusion_matrix  # noqa: E402

from transforms.relevance.learning import LabelledPage  # noqa: E402

SHARED = REPO.parent / "shared"
DEFAULT_CORPUS = SHARED / "corpus" / "baomoi-2017.jsonl.gz"
LABELS = REPO / "bench" / "data" / "relevance_labels.csv"
LOCAL_GOV_STRATUM = "local-gov"  # the articles of ../shared/corpus/local-gov, id = file stem
BLIND_STRATUM = "keyword-blind-2027"  # drawn before any model saw it: scored, never trained or tuned on

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
# (The 2021 and 2023 blind samples were scored, so they are training strata now.)
BLIND_2021_STRATUM, BLIND_2021_SEED = "keyword-blind-2021", 2021
TRAIN_STRATUM, TRAIN_SEED, TRAIN_SIZE = "keyword-train-2022", 2022, 640
# Then, over the keyword ids no label above holds: the blind sample of 2023, and an active-learning sample of the ids
# it left, chosen with the model and rules of ACTIVE_COMMIT (the committed model 0.3.0): every page on which the model
# and the rules disagree (shuffled with random.Random(2024), at most 160), then the pages the gate lets through whose
# probability is nearest the model's threshold, 320 pages in all, in file order.
BLIND_2023_STRATUM, BLIND_SEED, BLIND_SIZE = "keyword-blind-2023", 2023, 320
ACTIVE_STRATUM, ACTIVE_SEED, ACTIVE_SIZE, ACTIVE_DISAGREEMENTS = "keyword-active-2024", 2024, 320, 160
ACTIVE_COMMIT = "915fac0d1479d4817c7b39d7934ad93613a6ab6d"
ACTIVE_THRESHOLD = 0.5  # that model's threshold
# Then, over the keyword ids no label of the strata above holds: the blind sample of 2025, 320 ids in the order drawn
# (scored twice, so a training stratum now); and of the ids it left, an active-learning sample chosen as the 2024 one
# was, with the model and rules of main's model 2 (threshold 0.4) and the seed 2026.
BLIND_2025_STRATUM, BLIND_2025_SEED = "keyword-blind-2025", 2025
ACTIVE_2025_STRATUM, ACTIVE_2025_SEED = "keyword-active-2025", 2026
ACTIVE_2025_COMMIT = "66727a14f653f833fd505fa14e4639ee4b0ebe34"
ACTIVE_2025_THRESHOLD = 0.4
ACTIVE_STRATA = (ACTIVE_STRATUM, ACTIVE_2025_STRATUM)  # chosen for being hard, not random draws
# Then, over the keyword ids no label of the strata above holds (728): the blind sample of 2027 (`BLIND_STRATUM`), 320
# ids in the order drawn, and every id it left (408), in file order, labelled once each for training.
BLIND_2027_SEED = 2027
REST_2028_STRATUM = "keyword-rest-2028"
# The strata in the order they were drawn: each draw's pool is the keyword ids no label of an earlier stratum holds.
DRAW_ORDER: tuple[str, ...] = (
    *SAMPLE_STRATA, *(f"{CHECK_PREFIX}{seed}" for seed in CHECK_SEEDS), BLIND_2021_STRATUM, TRAIN_STRATUM,
    LOCAL_GOV_STRATUM, BLIND_2023_STRATUM, ACTIVE_STRATUM, BLIND_2025_STRATUM, ACTIVE_2025_STRATUM, BLIND_STRATUM,
    REST_2028_STRATUM,
)  # fmt: skip


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


def training_labels_sha256(path: Path = LABELS) -> str:
    """The hash of the label file without the blind sample's lines: what the model was fitted on, unchanged when the
    blind labels are appended (the second field of every line is the stratum; ids hold no comma)."""
    lines = path.read_bytes().splitlines(keepends=True)
    kept = [line for line in lines if line.split(b",")[1:2] != [BLIND_STRATUM.encode()]]
    return hashlib.sha256(b"".join(kept)).hexdigest()


def labelled_pages(rows: list[dict[str, str]], crawl: dict[str, str], local_gov: dict[str, str]) -> list[LabelledPage]:
    """The label rows with their texts: a local-gov id's from its file, any other's from the crawl."""
    pages = []
    for row in rows:
        text = local_gov[row["id"]] if row["stratum"] == LOCAL_GOV_STRATUM else crawl[row["id"]]
        title, text = title_and_text(text)
        pages.append(LabelledPage(row["id"], row["stratum"], int(row["label"]), row["note"], title, text))
    return pages


def split_pages(pages: list[LabelledPage]) -> tuple[list[LabelledPage], list[LabelledPage]]:
    """The pages that may be trained on (every stratum but the blind sample) and the blind sample's labelled pages."""
    return [p for p in pages if p.stratum != BLIND_STRATUM], [p for p in pages if p.stratum == BLIND_STRATUM]


def is_borderline(page: LabelledPage) -> bool:
    """A label its labeller marked borderline (its note starts `ambiguous:`): the issue's own check leaves such pages
    unscored."""
    return page.note.startswith("ambiguous")


def is_keyword_stratum(name: str) -> bool:
    """True for the strata drawn from the crawl's keyword stratum (the pages the keyword gate mostly sees)."""
    return name.startswith("keyword")


def is_random_keyword_stratum(name: str) -> bool:
    """True for the random draws of the keyword stratum, as the blind sample is (not the active-learning samples, whose
    pages were chosen for being hard)."""
    return is_keyword_stratum(name) and name not in ACTIVE_STRATA


def figures(labels: list[int], predicted: list[bool]) -> dict[str, float | int]:
    """Confusion counts, precision, recall and F1."""
    (tn, fp), (fn, tp) = confusion_matrix(labels, predicted, labels=[0, 1]).tolist()
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4)}  # fmt: skip


def cv_figures(pages: list[LabelledPage], probabilities: list[float | None], threshold: float) -> dict[str, dict]:
    """Out-of-fold figures for all training pages, the keyword strata, their random draws, and each stratum."""
    groups: dict[str, list[int]] = {"all": list(range(len(pages)))}
    groups["keyword strata"] = [i for i, p in enumerate(pages) if is_keyword_stratum(p.stratum)]
    groups["random keyword draws"] = [i for i, p in enumerate(pages) if is_random_keyword_stratum(p.stratum)]
    for name in dict.fromkeys(p.stratum for p in pages):
        groups[name] = [i for i, p in enumerate(pages) if p.stratum == name]
    out = {}
    for name, members in groups.items():
        predicted = [(probabilities[i] or 0.0) >= threshold for i in members]
        out[name] = figures([pages[i].label for i in members], predicted)
    return out
