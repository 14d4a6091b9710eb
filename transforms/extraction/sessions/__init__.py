"""extraction/sessions."""

from transforms.extraction.sessions.reports import extract_sessions

__all__ = ["extract_sessions"]
