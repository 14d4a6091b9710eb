"""relevance."""

from transforms.relevance.verdict import assess_relevance

__all__ = ["assess_relevance"]
