"""Relevance: a page's title and clean text in, a `model.Relevance` verdict out (is it local-government news, the
model's calibrated probability, and the terms that decided it). A cheap keyword gate first, then a linear model,
fitted on hand-made labels, over the headline and opening words and the rules' knowledge of the opening.

Entry points: `assess_relevance` (the verdict), `may_be_relevant` (the test before cleaning: can the page's whole
text pass the gate at all), `page_features` (what the model reads), `load_model` (the packaged model),
`rule_verdict` (the hand-written rules alone).
"""

from transforms.relevance.classifier import LinearModel, load_model
from transforms.relevance.features import PageFeatures, page_features
from transforms.relevance.prefilter import RULED_OUT_REASON, may_be_relevant
from transforms.relevance.rules import rule_verdict
from transforms.relevance.verdict import assess_relevance

__all__ = [
    "RULED_OUT_REASON",
    "LinearModel",
    "PageFeatures",
    "assess_relevance",
    "load_model",
    "may_be_relevant",
    "page_features",
    "rule_verdict",
]
