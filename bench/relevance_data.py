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
import subprocess
import sys
import tempfile
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
BLIND_STRATUM = "keyword-blind-2025"  # labelled before any model saw it: scored, never trained or tuned on

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
LATER_STRATA = (BLIND_2023_STRATUM, ACTIVE_STRATUM)  # drawn after every other label was made
# Then, over the keyword ids no label of the strata above holds: the blind sample of 2025, 320 ids in the order drawn.
BLIND_2025_SEED = 2025


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


def held_out_pages(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[LabelledPage]:
    """The blind sample's pages as drawn, labelled or not yet (label -1): training keeps their texts out under any
    id from the moment they are drawn, not from the moment their labels arrive."""
    texts = dict(records)
    known = {row["id"]: row for row in labels if row["stratum"] == BLIND_STRATUM}
    pages = []
    for doc_id, name in draw_blind_2025(records, labels):
        row = known.get(doc_id, {"label": "-1", "note": ""})
        title, text = title_and_text(texts[doc_id])
        pages.append(LabelledPage(doc_id, name, int(row["label"]), row["note"], title, text))
    return pages


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
    blind = random.Random(BLIND_2021_SEED).sample(ids, BLIND_SIZE)
    chosen = set(blind)
    train = random.Random(TRAIN_SEED).sample([doc_id for doc_id in ids if doc_id not in chosen], TRAIN_SIZE)
    return [(doc_id, BLIND_2021_STRATUM) for doc_id in blind] + [(doc_id, TRAIN_STRATUM) for doc_id in train]


def _unlabelled_keyword_ids(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[str]:
    """The keyword ids, in file order, that no label made before the 2023 draw holds."""
    earlier = {row["id"] for row in labels if row["stratum"] not in LATER_STRATA}
    return [doc_id for doc_id, text in records if doc_id not in earlier and stratum(text) == "keyword"]


def draw_blind_2023(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the 2023 blind sample, in the order drawn: `random.Random(2023).sample(ids, 320)` of
    the keyword ids no earlier label holds."""
    ids = _unlabelled_keyword_ids(records, labels)
    return [(doc_id, BLIND_2023_STRATUM) for doc_id in random.Random(BLIND_SEED).sample(ids, BLIND_SIZE)]


def draw_blind_2025(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the 2025 blind sample, in the order drawn: over the crawl's records in file order,
    the keyword ids that no label of an earlier stratum holds, `random.Random(2025).sample(ids, 320)`."""
    earlier = {row["id"] for row in labels if row["stratum"] != BLIND_STRATUM}
    ids = [doc_id for doc_id, text in records if doc_id not in earlier and stratum(text) == "keyword"]
    return [(doc_id, BLIND_STRATUM) for doc_id in random.Random(BLIND_2025_SEED).sample(ids, BLIND_SIZE)]


_SCORE_POOL = """
import json, sys
from transforms.relevance import assess_relevance, load_model, rule_verdict
model = load_model()
for line in sys.stdin:
    title, text = json.loads(line)
    verdict = assess_relevance(title, text, model)
    print(json.dumps([verdict.score or 0.0, verdict.is_relevant, rule_verdict(title, text).is_relevant]))
"""


def score_at_commit(commit: str, pages: list[tuple[str, str]]) -> list[tuple[float, bool, bool]]:
    """(probability, model verdict, rules' verdict) of each (title, text) by the relevance code and model of a commit
    (its `transforms/` read from git into a temporary folder and run in a child process); probability 0.0 where the
    gate stops the page."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "transforms"], capture_output=True,
                                 check=True).stdout  # fmt: skip
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        lines = "".join(json.dumps(page, ensure_ascii=False) + "\n" for page in pages)
        out = subprocess.run([sys.executable, "-c", _SCORE_POOL], input=lines, capture_output=True, text=True,
                             check=True, cwd=folder, env={"PYTHONPATH": folder, "PATH": ""}).stdout  # fmt: skip
    return [tuple(json.loads(line)) for line in out.splitlines()]


def select_active(pool: list[tuple[str, float, bool, bool]], threshold: float) -> list[str]:
    """The active-learning sample of a scored pool ((id, probability, model verdict, rules' verdict), in file order):
    the disagreements of model and rules shuffled with `ACTIVE_SEED` (the first `ACTIVE_DISAGREEMENTS`), then the
    pages the gate let through (probability > 0) nearest the threshold, `ACTIVE_SIZE` ids in all, in file order.

    >>> select_active([("a", 0.9, True, True), ("b", 0.6, True, False), ("c", 0.0, False, False)], 0.5)
    ['a', 'b']
    """
    disagree = [x for x in pool if x[2] != x[3]]
    random.Random(ACTIVE_SEED).shuffle(disagree)
    unsure = sorted((x for x in pool if x[1] > 0), key=lambda x: abs(x[1] - threshold))
    chosen: dict[str, None] = {}
    for doc_id, *_ in disagree[:ACTIVE_DISAGREEMENTS] + unsure:
        if len(chosen) >= ACTIVE_SIZE:
            break
        chosen.setdefault(doc_id)
    order = {x[0]: n for n, x in enumerate(pool)}
    return sorted(chosen, key=order.__getitem__)


def draw_active(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the active-learning sample, in file order: the keyword ids neither an earlier label
    nor the 2023 blind sample holds, scored by the code and model of `ACTIVE_COMMIT` (threshold 0.5), then
    `select_active`."""
    blind = {doc_id for doc_id, _ in draw_blind_2023(records, labels)}
    ids = [doc_id for doc_id in _unlabelled_keyword_ids(records, labels) if doc_id not in blind]
    texts = dict(records)
    scores = score_at_commit(ACTIVE_COMMIT, [title_and_text(texts[doc_id]) for doc_id in ids])
    pool = [(doc_id, *score) for doc_id, score in zip(ids, scores, strict=True)]
    return [(doc_id, ACTIVE_STRATUM) for doc_id in select_active(pool, ACTIVE_THRESHOLD)]


def is_keyword_stratum(name: str) -> bool:
    """True for the strata drawn from the crawl's keyword stratum (the pages the keyword gate mostly sees)."""
    return name.startswith("keyword")


def is_random_keyword_stratum(name: str) -> bool:
    """True for the random draws of the keyword stratum, as the blind sample is (not the active-learning sample, whose
    pages were chosen for being hard)."""
    return is_keyword_stratum(name) and name != ACTIVE_STRATUM


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
