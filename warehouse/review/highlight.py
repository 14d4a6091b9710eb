"""Extracted facts highlighted in a document's text at their `char_start`/`char_end` offsets.

Highlights may overlap (a meeting's words around a person's name, two roles of one name): the text is cut at every
span boundary and each piece wraps the marks of all spans covering it, innermost last, so the HTML stays well formed.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from warehouse.review.values import _esc, _plain

Row = Mapping[str, Any]

KINDS = ("session", "role", "figure")
KIND_LABELS = {"session": "meeting", "role": "person · role", "figure": "figure"}

# The code fields each kind carries as data-* attributes on its marks: (row key, attribute name).
CODE_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "session": (("session_type", "session-type"), ("body_type", "body-type"), ("level", "level"),
                ("ordinal", "ordinal"), ("term", "term"), ("start_date", "start-date")),
    "role": (("position", "position"), ("organization_type", "organization-type"), ("level", "level"),
             ("person_name", "person")),
    "figure": (("indicator_code", "indicator-code"), ("value", "value"), ("unit", "unit"), ("qualifier", "qualifier")),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Span:
    """One highlight: a fact's offsets in the text, its kind, its number in the document's list, and its codes."""

    start: int
    end: int
    kind: str
    number: int
    codes: tuple[tuple[str, str], ...]


def _codes(kind: str, row: Row) -> tuple[tuple[str, str], ...]:
    return tuple((attr, _plain(row.get(key))) for key, attr in CODE_FIELDS[kind] if row.get(key) is not None)


def _valid_offsets(row: Row, length: int) -> bool:
    start, end = row.get("char_start"), row.get("char_end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def document_spans(text: str, facts: Mapping[str, list[Row]]) -> list[Span]:
    """The highlights of one document's facts (kind -> rows, numbered from 1 in list order) whose offsets fall
    inside the text; facts with missing or impossible offsets get none (the lists flag them)."""
    spans = []
    for kind in KINDS:
        for number, row in enumerate(facts.get(kind, []), start=1):
            if _valid_offsets(row, len(text)):
                spans.append(Span(row["char_start"], row["char_end"], kind, number, _codes(kind, row)))
    return spans


def _anchor(doc_index: int, kind: str, number: int) -> str:
    return f"d{doc_index}-{kind}-{number}"


def _open_mark(span: Span, doc_index: int, first_piece: bool) -> str:
    ref = _anchor(doc_index, span.kind, span.number)
    attrs = [f'class="{span.kind}"', f'data-kind="{span.kind}"', f'data-ref="{ref}"']
    if first_piece:
        attrs.insert(0, f'id="{ref}"')
    attrs += [f'data-{attr}="{_esc(value)}"' for attr, value in span.codes]
    attrs.append(f'data-codes="{_esc(" ".join(value for _, value in span.codes))}"')
    title = f"{KIND_LABELS[span.kind]} {span.number}: " + ", ".join(value for _, value in span.codes)
    attrs.append(f'title="{_esc(title)}"')
    return f"<mark {' '.join(attrs)}>"


def highlight(text: str, spans: Iterable[Span], doc_index: int = 0) -> str:
    """The text as HTML with each span wrapped in `<mark>`; overlapping spans split into properly nested pieces.

    >>> s = [Span(0, 5, "session", 1, ()), Span(3, 8, "figure", 1, (("unit", "VND"),))]
    >>> out = highlight("abcdefghij", s)
    >>> out.count("<mark"), out.count("</mark>"), out.endswith("</mark>ij")
    (4, 4, True)
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, KINDS.index(s.kind), s.number))
    cuts = sorted({0, len(text)} | {s.start for s in ordered} | {s.end for s in ordered})
    pieces = []
    opened: set[Span] = set()
    for left, right in itertools.pairwise(cuts):
        covering = [s for s in ordered if s.start <= left and right <= s.end]
        marks = "".join(_open_mark(s, doc_index, s not in opened) for s in covering)
        opened.update(covering)
        pieces.append(marks + html.escape(text[left:right], quote=False) + "</mark>" * len(covering))
    return "".join(pieces)
