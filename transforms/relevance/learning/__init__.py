"""Fitting the relevance model (scikit-learn; imported by the training script and the evaluation, never at run
time): labelled pages in, the fitted model as the JSON document `transforms.relevance.classifier` reads out.

`select_training` keeps one page per distinct model input (a text labelled twice is learned once, one labelled both
ways not at all) and none whose input is also a held-out page's; `build_classifier` is the pipeline (tf-idf of the
headline, opening and lead words, the rules' cue terms, logistic regression, sigmoid calibration); `fit_model` fits it
on the pages the keyword gate lets through, each weighed by `label_weight` (a borderline call counts half);
`cross_validate` gives out-of-fold probabilities over stratified folds; `export_model` turns the fitted pipeline into
the model document and `model_bytes` into the file's exact bytes.

Entry points: `select_training`, `label_weight`, `build_classifier`, `fit_model`, `cross_validate`, `choose_threshold`,
`export_model`, `model_bytes`, `input_key`.
"""

from transforms.relevance.learning.export import export_model, model_bytes
from transforms.relevance.learning.fitting import (
    FOLDS,
    SEED,
    build_classifier,
    choose_threshold,
    cross_validate,
    fit_model,
)
from transforms.relevance.learning.selection import (
    LabelledPage,
    Selection,
    input_key,
    label_weight,
    select_training,
)

__all__ = [
    "FOLDS",
    "SEED",
    "LabelledPage",
    "Selection",
    "build_classifier",
    "choose_threshold",
    "cross_validate",
    "export_model",
    "fit_model",
    "input_key",
    "label_weight",
    "model_bytes",
    "select_training",
]
