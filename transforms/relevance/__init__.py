"""Relevance: a page's title and clean text in, a `model.Relevance` verdict out (is it local-government news, the
model's calibrated probability, and the terms that decided it). A cheap keyword gate first, then a linear model,
fitted on hand-made labels, over the headline and opening words and the rules' knowledge of the opening.

Entry points: `assess_relevance` (the verdict), `page_features` (what the model reads), `load_model` (the packaged
model), `rule_verdict` (the hand-written rules alone).
"""

from transforms.relevance.classifier import LinearModel, load_model
from transforms.relevance.features import PageFeatures, page_features
from transforms.relevance.rules import rule_verdict
from transforms.relevance.verdict import assess_relevance

__all__ = ["LinearModel", "PageFeatures", "assess_relevance", "load_model", "page_features", "rule_verdict"]
