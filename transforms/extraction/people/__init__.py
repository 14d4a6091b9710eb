"""extraction/people."""

from transforms.extraction.people.extract import extract_roles

__all__ = ["extract_roles"]
