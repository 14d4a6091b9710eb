"""Relevance: a page's title and clean text in, a `model.Relevance` verdict (is it local-government news, and the
cues that decided it) out. A cheap keyword gate first, then the opening's bodies, meetings and acts weighed.

Entry point: `assess_relevance`.
"""

from transforms.relevance.verdict import assess_relevance

__all__ = ["assess_relevance"]
