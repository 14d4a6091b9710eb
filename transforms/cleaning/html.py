"""Pages saved as HTML: told apart cheaply from plain text, and reduced to the headline and the article's paragraphs.

trafilatura finds the main text; its own fallbacks (readability, jusText) run when its first pass finds little.
"""

from __future__ import annotations

import re

import trafilatura

_HTML_SNIFF = 2048  # characters looked at to tell HTML from text
_HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
_TAG_RE = re.compile(r"</?(?:html|head|body|div|p|br|span|article|section|table|td|li|ul|h[1-6]|a|img|meta)\b", re.I)
_MIN_TAGS = 3
_MIN_TEXT_CHARS = 20  # less than this is a page with no article (a redirect, an error page, a bare menu)


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
            html, include_comments=False, include_tables=True, with_metadata=True, favor_recall=True
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
