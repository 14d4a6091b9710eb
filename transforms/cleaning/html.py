"""Pages saved as HTML: told apart cheaply from plain text, and reduced to the headline and the article's paragraphs.

trafilatura finds the main text; its own fallbacks (readability, jusText) run when its first pass finds little.
"""

from __future__ import annotations

import logging
import re
from itertools import accumulate

import trafilatura

# trafilatura logs a page it finds no text in ("discarding data", "empty HTML tree"); the document's status already
# says so ("no article text in the HTML page"), and a run's terminal shows only what the command itself reports.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_HTML_SNIFF = 2048  # characters looked at to tell HTML from text
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
_TAG_RE = re.compile(r"</?(?:html|head|body|div|p|br|span|article|section|table|td|li|ul|h[1-6]|a|img|meta)\b", re.I)
_MIN_TAGS = 3
_MIN_TEXT_CHARS = 20  # less than this is a page with no article (a redirect, an error page, a bare menu)
# The HTML parser under trafilatura (libxml2) drops what lies deeper than 255 elements; past this depth, elements are
# unwrapped (their text kept, block elements as line breaks) before parsing. Elements without content (br, img) and
# those whose end the parser implies (p, li, td ...) never deepen a page, so they are not counted.
MAX_DEPTH = 200
_UNCOUNTED = (
    "area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|"
    "p|li|td|th|tr|dt|dd|option|thead|tbody|tfoot|html|head|body"
)
_DEPTH_STEP_RE = re.compile(rf"<(/?)(?!(?:{_UNCOUNTED})\b)[a-zA-Z]", re.IGNORECASE)
_NESTING_RE = re.compile(rf"<(/?)(?!(?:{_UNCOUNTED})\b)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(/?)>", re.IGNORECASE)
_BLOCK = frozenset(
    ("address", "article", "aside", "blockquote", "div", "dl", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
     "header", "main", "nav", "ol", "pre", "section", "table", "ul")
)  # fmt: skip


def flatten_deep(html: str, max_depth: int = MAX_DEPTH) -> str:
    """The page with the elements nested deeper than `max_depth` unwrapped: their text stays, a block element
    becomes a line break. A page within the depth is returned as it is (the common case costs one scan).

    >>> flatten_deep("<div><div><p>Hội nghị</p></div></div>", max_depth=1)
    '<div><br><p>Hội nghị</p><br></div>'
    """
    steps = _DEPTH_STEP_RE.findall(html)  # "/" closes, "" opens (<x/> counted as open: an overestimate)
    if len(steps) <= max_depth or max(accumulate(-1 if step else 1 for step in steps)) <= max_depth:
        return html
    out, last, depth = [], 0, 0
    for tag in _NESTING_RE.finditer(html):
        if tag.group(3):  # <x/>
            continue
        closing = bool(tag.group(1))
        depth = max(depth - 1, 0) if closing else depth + 1
        if (depth + 1 if closing else depth) > max_depth:
            out += [html[last : tag.start()], "<br>" if tag.group(2).lower() in _BLOCK else " "]
            last = tag.end()
    out.append(html[last:])
    return "".join(out)


def looks_like_html(text: str) -> bool:
    """An HTML document or fragment, judged from its first characters only.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Đại hội</p></body></html>")
    True
    >>> looks_like_html("<p>Đại hội</p><p>Hội nghị</p><br>"), looks_like_html("Giá trị <5% và >2%")
    (True, False)
    """
    head = text[:_HTML_SNIFF]
    return bool(_HTML_START_RE.match(head)) or len(_TAG_RE.findall(head)) >= _MIN_TAGS


def html_to_text(html: str) -> str | None:
    """The headline and paragraphs of the article in an HTML page, one per line; None when there is no usable text.

    >>> page = "<html><head><title>Hội nghị | Cổng TTĐT</title></head><body><nav>Trang chủ</nav><article>"
    >>> page += "<h1>Hội nghị Ban Chấp hành Đảng bộ huyện</h1><p>" + "Ngày 15/9, Huyện ủy tổ chức hội nghị. " * 8
    >>> page += "</p></article></body></html>"
    >>> html_to_text(page).split("\\n")[0]
    'Hội nghị Ban Chấp hành Đảng bộ huyện'
    >>> html_to_text("<html><body><div></div></body></html>") is None
    True
    """
    try:
        document = trafilatura.bare_extraction(
            flatten_deep(html), include_comments=False, include_tables=True, with_metadata=True, favor_recall=True
        )
    except Exception:  # a malformed page is "no usable text", not a crash of the whole run
        return None
    body = (getattr(document, "text", None) or "").strip()
    if len(body) < _MIN_TEXT_CHARS:
        return None
    title = " ".join((getattr(document, "title", None) or "").split())
    if title and not body.startswith(title):
        return f"{title}\n{body}"
    return body
