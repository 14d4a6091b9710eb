"""Fit the relevance model from the labels and write it into the package (`make train-relevance`).

    python bench/train_relevance.py [CORPUS_PATH]       # default ../shared/corpus/baomoi-2017.jsonl.gz

Reads `bench/data/relevance_labels.csv` and the labelled texts from `../shared` (the crawl, and `local-gov/` beside
it); trains on every stratum but the blind sample, whose texts are kept out under any id; fits with fixed seeds, so
the same labels give the same file byte for byte. Writes `transforms/relevance/model/relevance_model.json` (the
model) and `metadata.json` (the training data, its strata and counts, the label file's hash, the library versions,
the model version, the cross-validation figures and the threshold chosen on them). Exits 1 with a message when
../shared is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
from collections import Counter
from pathlib import Path

import numpy as np
import scipy
import sklearn
from relevance_data import (
    ACTIVE_STRATA,
    BLIND_STRATUM,
    DEFAULT_CORPUS,
    LABELS,
    REPO,
    cv_figures,
    is_random_keyword_stratum,
    labelled_pages,
    read_corpus,
    read_labels,
    read_local_gov,
    split_pages,
    training_labels_sha256,
)
from relevance_draws import held_out_pages

from transforms.relevance.classifier import MODEL_DIR, MODEL_FILE, LinearModel
from transforms.relevance.learning import (
    FOLDS,
    SEED,
    choose_threshold,
    cross_validate,
    export_model,
    fit_model,
    label_weight,
    model_bytes,
    select_training,
)
from transforms.relevance.learning.fitting import MIN_DF, THRESHOLDS, C, gated_features
from transforms.relevance.learning.selection import AMBIGUOUS_WEIGHT

MODEL_VERSION = "4"  # the features and pipeline; the hash of the labels trained on completes the version
# The threshold is chosen on the out-of-fold probabilities of cross-validations with these fold seeds, pooled.
THRESHOLD_SEEDS = (SEED, SEED + 1, SEED + 2)
METADATA_FILE = MODEL_DIR / "metadata.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    if not args.corpus.exists() or not (args.corpus.parent / "local-gov").is_dir():
        print(f"corpus not found at {args.corpus} (with local-gov/ beside it): the labelled texts live in ../shared")
        return 1
    rows = read_labels()
    records = list(read_corpus(args.corpus))
    candidates, _ = split_pages(labelled_pages(rows, dict(records), read_local_gov(args.corpus.parent / "local-gov")))
    blind = held_out_pages(records, rows)
    selection = select_training(candidates, held_out=blind)
    pages = selection.pages
    labels = [p.label for p in pages]
    features = [gated_features(p.title, p.text) for p in pages]
    print(
        f"{len(pages)} training pages ({sum(labels)} relevant); the gate lets {sum(f is not None for f in features)} "
        f"through; left out: {selection.repeated} repeated, {selection.conflicting} labelled both ways, "
        f"{selection.held_out_copies} copies of blind pages"
    )
    weights = [label_weight(p) for p in pages]
    runs = [cross_validate(features, labels, seed, weights=weights) for seed in THRESHOLD_SEEDS]
    out_of_fold = runs[0]
    drawn = [i for i, p in enumerate(pages) if is_random_keyword_stratum(p.stratum)]
    threshold = choose_threshold([run[i] for run in runs for i in drawn], [labels[i] for _ in runs for i in drawn])
    cv = cv_figures(pages, out_of_fold, threshold)
    for name, row in cv.items():
        print(
            f"  cv {name}: P {row['precision']:.3f} R {row['recall']:.3f} F1 {row['f1']:.3f} "
            f"(TP {row['tp']}, FP {row['fp']}, FN {row['fn']}, TN {row['tn']})"
        )
    label_hash = training_labels_sha256(LABELS)
    version = f"{MODEL_VERSION}.{label_hash[:8]}"
    fitted = fit_model(features, labels, weights=weights)
    document = export_model(fitted, threshold, version)
    gated = [f for f in features if f is not None]
    expected = fitted.predict_proba(gated)[:, 1]
    loaded = LinearModel.from_dict(document)
    scored = np.array([loaded.score(f)[0] for f in gated])
    if not np.allclose(scored, expected, rtol=0, atol=1e-9):
        print(f"the exported model disagrees with the fitted pipeline (max {np.abs(scored - expected).max():.2e})")
        return 1
    data = model_bytes(document)
    MODEL_DIR.mkdir(exist_ok=True)
    MODEL_FILE.write_bytes(data)
    kept = Counter(p.stratum for p in pages)
    metadata = {
        "model_version": version,
        "model_file": {"name": MODEL_FILE.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)},
        "labels": {
            "file": str(LABELS.relative_to(REPO)),
            "sha256": label_hash,
            "hashed": f"every line but those of {BLIND_STRATUM}",
            "rows": sum(r["stratum"] != BLIND_STRATUM for r in rows),
        },
        "training": {
            "strata": {
                name: {
                    "labelled": sum(r["stratum"] == name for r in rows),
                    "kept": kept[name],
                    "relevant": sum(p.label for p in pages if p.stratum == name),
                    "through the gate": sum(
                        f is not None for p, f in zip(pages, features, strict=True) if p.stratum == name
                    ),
                }
                for name in kept
            },
            "pages": len(pages),
            "relevant": sum(labels),
            "fitted (through the gate)": len(gated),
            "left out": {
                "repeated text": selection.repeated,
                "text labelled both ways": selection.conflicting,
                "text of a blind page": selection.held_out_copies,
            },
            "held out": {BLIND_STRATUM: len(blind)},
        },
        "estimator": {
            "blocks": {name: len(block["terms"]) for name, block in document["blocks"].items()},
            "min_df": MIN_DF,
            "C": C,
            "class_weight": "balanced",
            "sample_weight": f"{AMBIGUOUS_WEIGHT} for a label whose note starts `ambiguous:`, else 1",
            "calibration": f"sigmoid, {FOLDS} folds",
            "seed": SEED,
        },
        "threshold": {
            "value": threshold,
            "chosen": (
                "the best lower of precision and recall of the out-of-fold probabilities on the random draws of the "
                f"keyword stratum (every keyword stratum but {', '.join(ACTIVE_STRATA)}), cross-validations with fold "
                f"seeds {list(THRESHOLD_SEEDS)} pooled"
            ),
            "candidates": list(THRESHOLDS),
        },
        "cross_validation": {"folds": FOLDS, "stratified by": "label", "seed": SEED, "figures": cv},
        "versions": {
            "python": platform.python_version(),
            "scikit-learn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
        },
    }
    METADATA_FILE.write_text(json.dumps(metadata, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(
        f"wrote {MODEL_FILE.relative_to(REPO)} ({len(data):,} bytes, version {version}, threshold {threshold}) "
        f"and {METADATA_FILE.relative_to(REPO)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
