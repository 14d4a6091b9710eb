"""The relevance pipeline and its fitting: tf-idf of the headline, opening and lead words and the binary cue terms
(`features.PageFeatures`), each block scaled to unit length, a class-balanced logistic regression, and sigmoid
calibration on out-of-fold decision values; stratified cross-validation of the whole verdict (gate, then model) and
the choice of its threshold. Each block has unit length so that none outweighs the others by its number of terms
alone: with raw 0/1 cue terms beside unit-length word blocks the words got almost no weight."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from transforms.relevance.classifier import BLOCKS
from transforms.relevance.cues import passes_gate
from transforms.relevance.features import PageFeatures, page_features
from transforms.relevance.opening import WINDOW_CHARS

SEED = 13  # the folds of the calibration and of the cross-validation
FOLDS = 5
C = 4.0  # inverse regularisation strength (chosen by cross-validation on the training labels)
MIN_DF = 5  # a word or word pair must occur in five training pages to be learned (fewer: a larger file, no gain)
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(25))  # 0.2 .. 0.8, the candidates `choose_threshold` tries


def gated_features(title: str | None, text: str) -> PageFeatures | None:
    """The model's terms for a page the keyword gate lets through; None for one it stops (the verdict's stage 1)."""
    if not passes_gate((title or "") + "\n" + text[:WINDOW_CHARS]):
        return None
    return page_features(title, text)


def build_pipeline(seed: int = SEED, c: float = C) -> Pipeline:
    """The uncalibrated pipeline: four blocks of terms (in `classifier.BLOCKS` order), then logistic regression."""
    blocks = {
        "headline": TfidfVectorizer(analyzer=attrgetter("headline"), sublinear_tf=True, min_df=MIN_DF),
        "opening": TfidfVectorizer(analyzer=attrgetter("opening"), sublinear_tf=True, min_df=MIN_DF),
        "lead": TfidfVectorizer(analyzer=attrgetter("lead"), sublinear_tf=True, min_df=MIN_DF),
        "cues": TfidfVectorizer(analyzer=attrgetter("cues"), binary=True, use_idf=False),
    }
    union = FeatureUnion([(name, blocks[name]) for name in BLOCKS])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)
    return Pipeline([("features", union), ("model", model)])


def build_classifier(seed: int = SEED, c: float = C) -> CalibratedClassifierCV:
    """The pipeline with sigmoid calibration: one pipeline fitted on all pages, the sigmoid on out-of-fold values."""
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    return CalibratedClassifierCV(build_pipeline(seed, c), method="sigmoid", cv=folds, ensemble=False)


def fit_model(
    features: Sequence[PageFeatures | None],
    labels: Sequence[int],
    seed: int = SEED,
    c: float = C,
    weights: Sequence[float] | None = None,
) -> CalibratedClassifierCV:
    """Fit on the pages the gate lets through (a `None` feature: stopped by the gate, never seen by the model), each
    page weighed by `weights` (default 1)."""
    kept = [i for i, f in enumerate(features) if f is not None]
    w = np.ones(len(labels)) if weights is None else np.asarray(weights, dtype=float)
    return build_classifier(seed, c).fit(
        [features[i] for i in kept], np.asarray(labels)[kept], model__sample_weight=w[kept]
    )


def cross_validate(
    features: Sequence[PageFeatures | None],
    labels: Sequence[int],
    seed: int = SEED,
    c: float = C,
    weights: Sequence[float] | None = None,
) -> list[float | None]:
    """Out-of-fold probabilities of the whole verdict over `FOLDS` folds stratified by label: each fold's pages are
    scored by a model fitted on the other folds; a page the gate stops gets None (judged irrelevant)."""
    y = np.asarray(labels)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=float)
    out: list[float | None] = [None] * len(y)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    for train, test in folds.split(np.zeros(len(y)), y):
        model = fit_model([features[i] for i in train], y[train], seed, c, None if weights is None else w[train])
        scored = [i for i in test if features[i] is not None]
        if scored:
            for i, p in zip(scored, model.predict_proba([features[i] for i in scored])[:, 1], strict=True):
                out[i] = float(p)
    return out


def choose_threshold(probabilities: Sequence[float | None], labels: Sequence[int]) -> float:
    """The candidate threshold whose out-of-fold precision and recall are both highest, i.e. with the best lower of
    the two (None counts as 0): the verdict is asked for high precision and high recall together, not for one bought
    with the other. Ties go to the better F1, then to the one nearest 0.5.

    >>> choose_threshold([0.9, 0.45, 0.3, None], [1, 1, 0, 0])
    0.45
    """
    p = np.array([0.0 if x is None else x for x in probabilities])
    y = np.asarray(labels)
    scores = []
    for t in THRESHOLDS:
        predicted = p >= t
        both = min(precision_score(y, predicted, zero_division=0.0), recall_score(y, predicted, zero_division=0.0))
        scores.append((round(both, 6), round(f1_score(y, predicted, zero_division=0.0), 6), -abs(t - 0.5), t))
    return max(scores)[3]
