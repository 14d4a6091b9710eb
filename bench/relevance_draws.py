"""How each sample of labelled ids was drawn from the crawl (see `bench/data/README.md`), reprinted by
`relevance_eval.py --draw-...`, and the blind sample's pages that training must keep out from the moment it is drawn.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile

from relevance_data import (
    ACTIVE_2025_COMMIT,
    ACTIVE_2025_SEED,
    ACTIVE_2025_STRATUM,
    ACTIVE_2025_THRESHOLD,
    ACTIVE_COMMIT,
    ACTIVE_DISAGREEMENTS,
    ACTIVE_SEED,
    ACTIVE_SIZE,
    ACTIVE_STRATUM,
    ACTIVE_THRESHOLD,
    BLIND_2021_SEED,
    BLIND_2021_STRATUM,
    BLIND_2023_STRATUM,
    BLIND_2025_SEED,
    BLIND_2025_STRATUM,
    BLIND_2027_SEED,
    BLIND_SEED,
    BLIND_SIZE,
    BLIND_STRATUM,
    CHECK_PREFIX,
    CHECK_SIZE,
    DRAW_ORDER,
    REPO,
    REST_2028_STRATUM,
    SAMPLE_PER_STRATUM,
    SAMPLE_SEED,
    SAMPLE_STRATA,
    STRATUM_CHARS,
    STRATUM_KEYWORDS,
    TRAIN_SEED,
    TRAIN_SIZE,
    TRAIN_STRATUM,
    title_and_text,
)

from transforms.relevance.learning import LabelledPage
from transforms.text import match_key


def held_out_pages(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[LabelledPage]:
    """The blind sample's pages as drawn, labelled or not yet (label -1): training keeps their texts out under any
    id from the moment they are drawn, not from the moment their labels arrive."""
    texts = dict(records)
    known = {row["id"]: row for row in labels if row["stratum"] == BLIND_STRATUM}
    pages = []
    for doc_id, name in draw_blind_2027(records, labels):
        row = known.get(doc_id, {"label": "-1", "note": ""})
        title, text = title_and_text(texts[doc_id])
        pages.append(LabelledPage(doc_id, name, int(row["label"]), row["note"], title, text))
    return pages


def labelled_before(labels: list[dict[str, str]], name: str) -> set[str]:
    """The ids that a label of a stratum drawn before `name` holds (`DRAW_ORDER`): what a draw of `name` left out.

    >>> sorted(labelled_before([{"id": "a", "stratum": "keyword"}, {"id": "b", "stratum": "keyword-blind-2027"}],
    ...                        "keyword-blind-2027"))
    ['a']
    """
    position = DRAW_ORDER.index(name)
    return {row["id"] for row in labels if DRAW_ORDER.index(row["stratum"]) < position}


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


def draw_pool(records: list[tuple[str, str]], labels: list[dict[str, str]], name: str) -> list[str]:
    """The keyword ids, in file order, that no label of a stratum drawn before `name` holds: what its draw drew from."""
    earlier = labelled_before(labels, name)
    return [doc_id for doc_id, text in records if doc_id not in earlier and stratum(text) == "keyword"]


def draw_blind_2023(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the 2023 blind sample, in the order drawn: `random.Random(2023).sample(ids, 320)` of
    the keyword ids no earlier label holds."""
    ids = draw_pool(records, labels, BLIND_2023_STRATUM)
    return [(doc_id, BLIND_2023_STRATUM) for doc_id in random.Random(BLIND_SEED).sample(ids, BLIND_SIZE)]


def draw_blind_2025(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the 2025 blind sample, in the order drawn: over the crawl's records in file order,
    the keyword ids that no label of an earlier stratum holds, `random.Random(2025).sample(ids, 320)`."""
    ids = draw_pool(records, labels, BLIND_2025_STRATUM)
    return [(doc_id, BLIND_2025_STRATUM) for doc_id in random.Random(BLIND_2025_SEED).sample(ids, BLIND_SIZE)]


def draw_blind_2027(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the blind sample (`BLIND_STRATUM`), in the order drawn: over the crawl's records in
    file order, the keyword ids that no label of an earlier stratum holds, `random.Random(2027).sample(ids, 320)`."""
    ids = draw_pool(records, labels, BLIND_STRATUM)
    return [(doc_id, BLIND_STRATUM) for doc_id in random.Random(BLIND_2027_SEED).sample(ids, BLIND_SIZE)]


def draw_rest_2028(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of `keyword-rest-2028`: every id of the 2027 draw's pool that the blind sample left,
    in file order (each labelled once, for training)."""
    blind = {doc_id for doc_id, _ in draw_blind_2027(records, labels)}
    return [(doc_id, REST_2028_STRATUM) for doc_id in draw_pool(records, labels, BLIND_STRATUM) if doc_id not in blind]


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


def select_active(pool: list[tuple[str, float, bool, bool]], threshold: float, seed: int = ACTIVE_SEED) -> list[str]:
    """The active-learning sample of a scored pool ((id, probability, model verdict, rules' verdict), in file order):
    the disagreements of model and rules shuffled with `seed` (the first `ACTIVE_DISAGREEMENTS`), then the pages the
    gate let through (probability > 0) nearest the threshold, `ACTIVE_SIZE` ids in all, in file order.

    >>> select_active([("a", 0.9, True, True), ("b", 0.6, True, False), ("c", 0.0, False, False)], 0.5)
    ['a', 'b']
    """
    disagree = [x for x in pool if x[2] != x[3]]
    random.Random(seed).shuffle(disagree)
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
    ids = [doc_id for doc_id in draw_pool(records, labels, BLIND_2023_STRATUM) if doc_id not in blind]
    texts = dict(records)
    scores = score_at_commit(ACTIVE_COMMIT, [title_and_text(texts[doc_id]) for doc_id in ids])
    pool = [(doc_id, *score) for doc_id, score in zip(ids, scores, strict=True)]
    return [(doc_id, ACTIVE_STRATUM) for doc_id in select_active(pool, ACTIVE_THRESHOLD)]


def draw_active_2025(records: list[tuple[str, str]], labels: list[dict[str, str]]) -> list[tuple[str, str]]:
    """The (id, stratum) pairs of the 2025 active-learning sample, in file order: the keyword ids that no label made
    before it holds and the 2025 blind sample does not, scored by the code and model of `ACTIVE_2025_COMMIT` (model 2,
    threshold 0.4), then `select_active` with `ACTIVE_2025_SEED`."""
    blind = {doc_id for doc_id, _ in draw_blind_2025(records, labels)}
    ids = [doc_id for doc_id in draw_pool(records, labels, BLIND_2025_STRATUM) if doc_id not in blind]
    texts = dict(records)
    scores = score_at_commit(ACTIVE_2025_COMMIT, [title_and_text(texts[doc_id]) for doc_id in ids])
    pool = [(doc_id, *score) for doc_id, score in zip(ids, scores, strict=True)]
    chosen = select_active(pool, ACTIVE_2025_THRESHOLD, ACTIVE_2025_SEED)
    return [(doc_id, ACTIVE_2025_STRATUM) for doc_id in chosen]
