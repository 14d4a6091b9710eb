"""The review page: one static, self-contained HTML page on which a researcher checks extractions against the text.

For each document: its title and metadata, its `clean_text` with every extracted session, person role and figure
highlighted in place by its `char_start`/`char_end` offsets, and beside the text the lists of sessions, people with
their roles, and figures with codes, values, units and evidence. Inline CSS only; no script and no external resource.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from warehouse.review.highlight import KIND_LABELS, KINDS, Row, _anchor, _valid_offsets, document_spans, highlight
from warehouse.review.values import _esc, _plain, format_value

GENERATOR = "localgov review"  # named in the page, so that only such a page is ever overwritten
REVIEW_HEAD_BYTES = 1024

CSS = """
:root { --session: #dbeafe; --session-line: #1d4ed8; --role: #dcfce7; --role-line: #15803d;
        --figure: #ffedd5; --figure-line: #c2410c; --muted: #5b6470; --rule: #d9dde3; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
       color: #1f2328; background: #f4f5f7; }
header.page { padding: 18px 28px 12px; background: #fff; border-bottom: 1px solid var(--rule); }
header.page h1 { margin: 0 0 4px; font-size: 21px; }
.summary, .meta { color: var(--muted); font-size: 13.5px; }
.legend { margin-top: 8px; font-size: 13.5px; }
.legend .key { margin-right: 10px; padding: 1px 3px; border-radius: 2px; }
nav.toc { padding: 8px 28px; font-size: 13.5px; background: #fff; border-bottom: 1px solid var(--rule); }
nav.toc a { margin-right: 14px; color: var(--session-line); overflow-wrap: anywhere; }
main { padding: 18px 28px 40px; }
article.doc { background: #fff; border: 1px solid var(--rule); border-radius: 8px; margin: 0 0 24px; }
article.doc > header { padding: 14px 20px 10px; border-bottom: 1px solid var(--rule); }
article.doc h2 { margin: 0 0 4px; font-size: 18px; }
.meta span { margin-right: 14px; }
.meta a { overflow-wrap: anywhere; word-break: break-all; }
.status { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12.5px; font-weight: 600;
          background: #e5e7eb; }
.status.loaded { background: #d1fae5; color: #065f46; }
.status.quarantined { background: #fee2e2; color: #991b1b; }
.status.duplicate, .status.irrelevant { background: #fef3c7; color: #92400e; }
.columns { display: grid; grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr); }
.text { padding: 16px 20px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15.5px; line-height: 1.75;
        border-right: 1px solid var(--rule); }
.facts { padding: 12px 18px; font-size: 13.5px; align-self: start; position: sticky; top: 0;
         max-height: 100vh; overflow-y: auto; }
.facts h3 { margin: 12px 0 6px; font-size: 14px; text-transform: uppercase; letter-spacing: .04em;
            color: var(--muted); }
.facts h3:first-child { margin-top: 4px; }
.facts ol { margin: 0; padding-left: 22px; }
.facts li { margin: 0 0 8px; }
.facts li a { color: inherit; text-decoration: none; }
.facts .evidence { color: var(--muted); font-size: 12.5px; }
.facts .none { color: var(--muted); font-style: italic; }
code { font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; background: #f1f3f5; padding: 0 3px;
       border-radius: 3px; }
.value { font-weight: 600; font-variant-numeric: tabular-nums; }
.warn { color: #b91c1c; font-weight: 600; }
mark { color: inherit; padding: 1px 0; border-radius: 2px; }
mark.session, .key.session { background: var(--session); box-shadow: inset 0 -2px var(--session-line); }
mark.role, .key.role { background: var(--role); box-shadow: inset 0 -2px var(--role-line); font-weight: 600; }
mark.figure, .key.figure { background: var(--figure); box-shadow: inset 0 -2px var(--figure-line); }
mark:target { outline: 2px solid #111; }
.empty { padding: 16px 20px; color: var(--muted); }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } .text { border-right: 0; }
  .facts { position: static; max-height: none; } }
"""


_SPACE_RE = re.compile(r"\s")


def document_anchor(source_id: str) -> str:
    """A document's anchor on the page: its source_id (an HTML id holds no white space).

    >>> document_anchor("tin 12")
    'tin_12'
    """
    return _SPACE_RE.sub("_", source_id) or "_"


def _place(doc: Row) -> str:
    """The place before the 2025 reform, and after it in brackets: "huyện Bắc Sơn, Lạng Sơn (2025: Lạng Sơn)"."""
    district = " ".join(p for p in (_plain(doc.get("district_type")), _plain(doc.get("district_name"))) if p)
    before = ", ".join(p for p in (district, _plain(doc.get("province_name"))) if p)
    after = ", ".join(p for p in (_plain(doc.get("commune_name_2025")), _plain(doc.get("province_name_2025"))) if p)
    return f"{before} (2025: {after})" if before and after else before or (f"2025: {after}" if after else "")


def _metadata(doc: Row) -> str:
    status = _plain(doc.get("status")) or "unknown"
    items = [f'<span class="status {_esc(status)}">{_esc(status)}</span>']
    if doc.get("status_reason"):
        items.append(f"<span>{_esc(doc['status_reason'])}</span>")
    fields = (
        ("place", _place(doc)),
        ("event date", _plain(doc.get("event_date"))),
        ("published", _plain(doc.get("published_at"))),
        ("authors", ", ".join(doc.get("authors") or [])),
        ("source", _plain(doc.get("source_id"))),
    )
    items += [f"<span>{name}: <b>{_esc(value)}</b></span>" for name, value in fields if value]
    url = _plain(doc.get("url"))
    if url.startswith(("http://", "https://")):
        items.append(f'<span><a href="{_esc(url)}">{_esc(url)}</a></span>')
    return f'<div class="meta">{"".join(items)}</div>'


def _offset_warning(row: Row, text: str, expected_key: str | None = None) -> str:
    if not _valid_offsets(row, len(text)):
        return (
            f' <span class="warn">offsets {_esc(row.get("char_start"))}–{_esc(row.get("char_end"))} '
            "outside the text</span>"
        )
    expected = row.get(expected_key) if expected_key else None
    if expected and text[row["char_start"] : row["char_end"]] != expected:
        return ' <span class="warn">offsets do not match the figure text</span>'
    return ""


def _link(doc_index: int, kind: str, number: int, label: str) -> str:
    return f'<a href="#{_anchor(doc_index, kind, number)}">{label}</a>'


def _session_items(rows: list[Row], text: str, doc_index: int) -> list[str]:
    items = []
    for number, s in enumerate(rows, start=1):
        dates = _plain(s.get("start_date"))
        if s.get("end_date") and s.get("end_date") != s.get("start_date"):
            dates += f" – {_plain(s['end_date'])}"
        details = [
            f"<code>{_esc(s.get('session_type'))}</code>",
            f"ordinal {_esc(s['ordinal'])}" if s.get("ordinal") is not None else "",
            f"term {_esc(s['term'])}" if s.get("term") else "",
            f"{_esc(s['term_start_year'])}–{_esc(s.get('term_end_year'))}" if s.get("term_start_year") else "",
            _esc(dates),
        ]
        body = _esc(s.get("body_name")) or '<span class="none">body not named</span>'
        body_codes = " ".join(f"<code>{_esc(s[k])}</code>" for k in ("body_type", "level") if s.get(k))
        items.append(
            f"<li>{_link(doc_index, 'session', number, f'<b>{body}</b>')} {body_codes}<br>"
            f"{' · '.join(d for d in details if d)}{_offset_warning(s, text)}"
            f'<div class="evidence">{_esc(s.get("evidence"))}</div></li>'
        )
    return items


def _role_items(rows: list[Row], text: str, doc_index: int) -> list[str]:
    """People in order of first mention, each with their roles."""
    by_person: dict[str, list[tuple[int, Row]]] = defaultdict(list)
    for number, r in enumerate(rows, start=1):
        by_person[_plain(r.get("person_id")) or _plain(r.get("person_name"))].append((number, r))
    items = []
    for roles in by_person.values():
        name = _esc(roles[0][1].get("person_name"))
        lines = []
        for number, r in roles:
            codes = " ".join(f"<code>{_esc(r.get(k))}</code>" for k in ("position", "organization_type", "level"))
            if r.get("position") is None:  # a person named with no current role
                codes = "<i>no current role</i>"
            title = f" — {_esc(r['title_text'])}" if r.get("title_text") else ""
            lines.append(f"{_link(doc_index, 'role', number, codes)}{title}{_offset_warning(r, text)}")
        items.append(f"<li><b>{name}</b><br>{'<br>'.join(lines)}</li>")
    return items


def _figure_items(rows: list[Row], text: str, doc_index: int) -> list[str]:
    items = []
    for number, f in enumerate(rows, start=1):
        code = '<span class="none">no code</span>'
        if f.get("indicator_code"):
            code = f"<code>{_esc(f['indicator_code'])}</code>"
        qualifier = f" <code>{_esc(f['qualifier'])}</code>" if f.get("qualifier") else ""
        qualifier += " <code>target</code>" if f.get("measure") == "target" else ""
        period = f" · {_esc(f['period_label'])}" if f.get("period_label") else ""
        value = f'<span class="value">{_esc(format_value(f.get("value")))}</span> <code>{_esc(f.get("unit"))}</code>'
        label = f" {_esc(f['indicator_label'])}" if f.get("indicator_label") else ""
        items.append(
            f"<li>{_link(doc_index, 'figure', number, value)}{qualifier} {code}{label}{period}"
            f"{_offset_warning(f, text, 'figure_text')}"
            f'<div class="evidence">“{_esc(f.get("figure_text"))}” — {_esc(f.get("evidence"))}</div></li>'
        )
    return items


def _fact_list(title: str, items: list[str]) -> str:
    body = f"<ol>{''.join(items)}</ol>" if items else '<p class="none">none extracted</p>'
    return f"<h3>{title}</h3>{body}"


def _document_section(doc: Row, facts: Mapping[str, list[Row]], doc_index: int) -> str:
    text = doc.get("clean_text") or ""
    title = _esc(doc.get("title")) or '<span class="none">(no title)</span>'
    header = f"<header><h2>{title}</h2>{_metadata(doc)}</header>"
    anchor = _esc(document_anchor(_plain(doc.get("source_id"))))
    if not text:
        return f'<article class="doc" id="{anchor}">{header}<div class="empty">No text.</div></article>'
    n_people = len({_plain(r.get("person_id")) or _plain(r.get("person_name")) for r in facts["role"]})
    side = (
        _fact_list(f"Meetings ({len(facts['session'])})", _session_items(facts["session"], text, doc_index))
        + _fact_list(
            f"People ({n_people}) and roles ({len(facts['role'])})", _role_items(facts["role"], text, doc_index)
        )
        + _fact_list(f"Figures ({len(facts['figure'])})", _figure_items(facts["figure"], text, doc_index))
    )
    body = highlight(text, document_spans(text, facts), doc_index)
    return (
        f'<article class="doc" id="{anchor}">{header}<div class="columns">'
        f'<div class="text">{body}</div><aside class="facts">{side}</aside></div></article>'
    )


def _by_document(rows: Iterable[Row]) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[_plain(row.get("source_id"))].append(row)
    for items in grouped.values():
        items.sort(key=lambda r: r.get("char_start") if isinstance(r.get("char_start"), int) else -1)
    return grouped


def is_review_page(head: bytes) -> bool:
    """Whether the first bytes of a file are those of a page `render_review` wrote (only such a file may be
    replaced by a new review page)."""
    return f'<meta name="generator" content="{GENERATOR}">'.encode() in head[:REVIEW_HEAD_BYTES]


def render_review(
    documents: list[dict[str, Any]],
    sessions: list[dict[str, Any]],
    roles: list[dict[str, Any]],
    figures: list[dict[str, Any]],
    note: str = "",
) -> str:
    """The review page for `documents` (rows of mart.documents) and their facts (rows of mart.sessions,
    mart.person_roles, mart.indicator_values, matched to documents by source_id), as one HTML string; `note` (e.g.
    which page of a run's documents this is) goes under the summary."""
    grouped = {"session": _by_document(sessions), "role": _by_document(roles), "figure": _by_document(figures)}
    sections, toc = [], []
    totals = dict.fromkeys(KINDS, 0)
    for doc_index, doc in enumerate(documents, start=1):
        source_id = _plain(doc.get("source_id"))
        facts = {kind: grouped[kind].get(source_id, []) for kind in KINDS}
        for kind in KINDS:
            totals[kind] += len(facts[kind])
        sections.append(_document_section(doc, facts, doc_index))
        toc.append(f'<a href="#{_esc(quote(document_anchor(source_id), safe=""))}">{_esc(source_id)}</a>')
    summary = (
        f"{len(documents)} documents · {totals['session']} meetings · {totals['role']} person roles · "
        f"{totals['figure']} figures"
    )
    legend = "".join(f'<span class="key {kind}">{KIND_LABELS[kind]}</span>' for kind in KINDS)
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{GENERATOR}">'
        f"<title>Extraction review — {len(documents)} documents</title><style>{CSS}</style></head><body>"
        f'<header class="page"><h1>Extraction review</h1><div class="summary">{summary}</div>'
        f"{f'<div class=summary>{_esc(note)}</div>' if note else ''}"
        f'<div class="legend">{legend} <span class="summary">Hover a highlight for its codes; '
        "click an item in a list to find it in the text.</span></div></header>"
        f'<nav class="toc">{"".join(toc)}</nav><main>{"".join(sections)}</main></body></html>\n'
    )
