"""Meetings: a `DocumentContext` in, `SessionMention`s out: congresses, conferences, council sessions, briefings,
reviews, voter meetings, hearings and supervision visits, each once, with the body that held it, its number, term
and dates. `bodies` reads the bodies a sentence names; `meetings` the meetings of one sentence.

Entry point: `extract_sessions`.
"""

from transforms.extraction.sessions.reports import extract_sessions

__all__ = ["extract_sessions"]
