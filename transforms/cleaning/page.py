"""A scraped page reduced to its article: chrome removed, headline first, metadata lifted out.

The order matters: the footer is cut while its widgets still mark where it starts; widgets and learned chrome lines
are then dropped wherever they stand, and photo credits taken out of the lines (`credits`); the head (stamps,
category, slogan banner, headline) and the tail (byline, source unit) are read last, from what remains. No rule
drops a line shaped like an article paragraph.
"""

from __future__ import annotations

import re

from transforms.cleaning.byline import parse_byline, parse_source_unit, source_only
from transforms.cleaning.chrome import (
    is_footer_start,
    is_widget_line,
    line_key,
    looks_like_paragraph,
    slogan_strength,
    word_count,
)
from transforms.cleaning.credits import strip_credits
from transforms.cleaning.metadata import (
    category_from_cue,
    looks_like_category,
    looks_like_title,
    parse_stamp_line,
    split_stamp_prefix,
)
from transforms.model import CleanDocument
from transforms.text import normalize

_HEAD_LINES = 8  # the headline and the page metadata above the body sit within the first lines
# The end of a paragraph's last sentence and a run-in byline: "... phía Bắc. PV", "... ./. Ngọc Thành/VOV.VN",
# "... tỉnh Thái Bình. Th.Dương" (the dot of an initial is no sentence's end).
_RUN_IN_BYLINE_RE = re.compile(
    r"[.!?…][\"”’)]*\s+(?P<byline>(?:(?<![^\s.])[A-ZĐ][a-zđ]?\.(?=\s?[A-ZĐ])|[^.!?…:;]){2,60})$"
)
_RUN_IN_TAIL = 80  # characters at the end of a paragraph where a run-in byline is looked for


def clean_document(
    text: str, *, site_chrome: frozenset[str] = frozenset(), title_hint: str | None = None, normalized: bool = False
) -> CleanDocument:
    """The article in `text`, with its title, publication time, authors, source unit, category and banner.

    `site_chrome` holds line keys learned by `chrome.learn_site_chrome`; `title_hint` is a headline known
    from elsewhere (an HTML <title>, a record field), used when the text's own first line is not it. `normalized`:
    `text` is `transforms.text.normalize`'s output already (which it leaves as it is).

    >>> page = "Skip to main content\\nChính trị\\nHội nghị Ban Chấp hành Đảng bộ huyện\\n(08:00 05/05/2022) Sáng 5/5, "
    >>> page += "Huyện ủy tổ chức hội nghị.\\nLan Anh - Văn Minh\\nGửi bình luận\\nOnline: 57"
    >>> doc = clean_document(page)
    >>> doc.clean_text
    'Hội nghị Ban Chấp hành Đảng bộ huyện\\nSáng 5/5, Huyện ủy tổ chức hội nghị.'
    >>> doc.title, doc.category, doc.authors, str(doc.published_at)
    ('Hội nghị Ban Chấp hành Đảng bộ huyện', 'Chính trị', ['Lan Anh', 'Văn Minh'], '2022-05-05 08:00:00')
    """
    doc = CleanDocument(clean_text="")
    lines = [line.strip() for line in (text if normalized else normalize(text)).split("\n")]
    lines = _cut_footer([line for line in lines if line])
    longest = max(map(len, site_chrome), default=0)
    lines = [line for line in lines if not is_widget_line(line) and not _is_learned(line, site_chrome, longest)]
    lines = [part for line in lines for part in strip_credits(line).split("\n") if part]
    lines = _read_head(lines, doc)
    if title_hint:
        lines = _apply_title_hint(lines, doc, title_hint)
    _read_tail(lines, doc)
    doc.clean_text = "\n".join(lines)
    return doc


def _is_learned(line: str, site_chrome: frozenset[str], longest: int) -> bool:
    """Whether the line is learned chrome; a line far longer than the `longest` key is not looked up (keys cost)."""
    return len(line) <= 2 * longest and line_key(line) in site_chrome


def _cut_footer(lines: list[str]) -> list[str]:
    """Everything from the first footer widget that comes after the last body paragraph, cut off.

    >>> _cut_footer(["Tiêu đề bài", "Một đoạn văn bản đủ dài để được coi là đoạn thân bài của trang tin này.",
    ...              "Liên kết website", "Bản đồ huyện"])
    ['Tiêu đề bài', 'Một đoạn văn bản đủ dài để được coi là đoạn thân bài của trang tin này.']
    """
    last_paragraph = max((i for i, line in enumerate(lines) if looks_like_paragraph(line)), default=0)
    for i in range(max(last_paragraph + 1, 1), len(lines)):
        if is_footer_start(lines[i]):
            return lines[:i]
    return lines


def _title_at(lines: list[str], i: int) -> bool:
    """Whether lines[i] has a headline's shape, given the line after it."""
    return i < len(lines) and looks_like_title(lines[i], lines[i + 1] if i + 1 < len(lines) else None)


def _read_head(lines: list[str], doc: CleanDocument) -> list[str]:
    """Take stamps, category, banner and headline from the top; return the headline (if any) and the body."""
    i = 0
    while i < min(len(lines), _HEAD_LINES):
        line = lines[i]
        is_stamp, when = parse_stamp_line(line)
        category = None if is_stamp else category_from_cue(line)
        if is_stamp or category:
            doc.published_at = doc.published_at or when
            doc.category = doc.category or category
        elif doc.title is not None:
            if not _same_line(line, doc.title):  # a headline printed twice is kept once
                break
        elif (
            doc.category is None
            and looks_like_category(line, lines[i + 1] if i + 1 < len(lines) else None)
            and (_title_at(lines, i + 1))
        ):
            doc.category = line
        elif doc.banner is None and _is_banner(lines, i):
            doc.banner = line
        elif _title_at(lines, i) or _opens_next_line(lines, i):
            doc.title = line
        else:
            break
        i += 1
    body = lines[i:]
    if body:
        when, rest = split_stamp_prefix(body[0])
        if when is not None:
            doc.published_at = doc.published_at or when
            body[0] = rest
    return ([doc.title] if doc.title else []) + body


def _opens_next_line(lines: list[str], i: int) -> bool:
    """Whether lines[i] is a headline that the next paragraph opens with (a page whose headline is its first
    sentence: "Chiều 29/8, UBND phường họp giao ban." above "Chiều 29/8, UBND phường họp giao ban với ...").

    >>> head = "Chiều 29/8, UBND phường họp giao ban tháng 8."
    >>> _opens_next_line([head, head[:-1] + " với sự tham dự của lãnh đạo các phòng, ban."], 0)
    True
    """
    if i + 1 >= len(lines) or word_count(lines[i]) < 5 or len(lines[i + 1]) <= len(lines[i]):
        return False
    head = line_key(lines[i]).rstrip(" .!?…")
    return line_key(lines[i + 1][: len(lines[i]) + 10]).startswith(head)


def _same_line(a: str, b: str) -> bool:
    """The same line up to case, spacing and tone-mark placement (keys made only when the lengths are close)."""
    return abs(len(a) - len(b)) <= 0.1 * len(b) + 2 and line_key(a) == line_key(b)


def _is_banner(lines: list[str], i: int) -> bool:
    """A slogan line above the headline: an unmistakable slogan, or one that opens like a slogan above a headline."""
    strength = slogan_strength(lines[i])
    if strength == 2:
        return True
    return strength == 1 and _title_at(lines, i + 1) and slogan_strength(lines[i + 1]) == 0


def _apply_title_hint(lines: list[str], doc: CleanDocument, title_hint: str) -> list[str]:
    """Make the known headline the first line: moved up from among the first lines, or put in front of the text."""
    hint = " ".join(normalize(title_hint).split())
    if not hint or (doc.title is not None and _same_line(doc.title, hint)):
        return lines
    for j, line in enumerate(lines[:_HEAD_LINES]):
        if _same_line(line, hint):
            doc.title = line
            return [line, *lines[:j], *lines[j + 1 :]]
    doc.title = hint
    return [hint, *lines]


def _read_tail(lines: list[str], doc: CleanDocument) -> None:
    """Take a closing stamp, source line, byline and the unit under it off the end of `lines` (in place); photo
    captions that a page prints under its byline stay, as the text's last lines."""
    first_body = 1 if doc.title else 0
    captions = _captions_under_byline(lines, first_body)
    if captions:
        kept = lines[-captions:]
        del lines[-captions:]
        _read_tail(lines, doc)
        lines.extend(kept)
        return
    while len(lines) > first_body:
        last = lines[-1]
        is_stamp, when = parse_stamp_line(last)
        if is_stamp:
            doc.published_at = doc.published_at or when
            lines.pop()
            continue
        unit = parse_source_unit(last)
        byline = parse_byline(lines[-2]) if unit and len(lines) - first_body >= 2 else None
        if byline is not None:
            doc.authors, doc.source_unit = byline[0], unit
            del lines[-2:]
            return
        byline = parse_byline(last)
        if byline is not None:
            doc.authors, doc.source_unit = byline[0], doc.source_unit or byline[1]
            lines.pop()
            return
        source = source_only(last)
        if source is None:
            break
        doc.source_unit = source
        lines.pop()
    _read_run_in_byline(lines, doc, first_body)


_MAX_CAPTIONS = 3  # photo captions a page prints under its byline, at most
_CAPTION_WORDS = 25


def _captions_under_byline(lines: list[str], first_body: int) -> int:
    """How many lines at the end are photo captions printed under the byline: up to three short lines, not
    paragraphs, right under a line that is a byline ("H.Y (tổng hợp)" / "Ông Nguyễn Văn A." / "Ông Trần B"); 0 when
    the lines above the end hold no byline.

    >>> _captions_under_byline(["Tiêu đề", "Đoạn văn.", "Lan Anh", "Ông Nguyễn Văn An phát biểu."], 1)
    1
    >>> _captions_under_byline(["Tiêu đề", "Đoạn văn.", "Lan Anh"], 1)
    0
    """
    for count in range(1, _MAX_CAPTIONS + 1):
        if len(lines) - count - 1 < first_body:
            return 0
        last = lines[-count]
        if word_count(last) > _CAPTION_WORDS or looks_like_paragraph(last) or _is_tail_metadata(last):
            return 0
        byline = parse_byline(lines[-count - 1])
        if byline is not None and byline[0]:
            return count
    return 0


def _is_tail_metadata(line: str) -> bool:
    """A byline, a unit or source line, or a stamp: what the tail reader takes itself."""
    return (
        parse_byline(line) is not None
        or parse_source_unit(line) is not None
        or source_only(line) is not None
        or parse_stamp_line(line)[0]
    )


def _read_run_in_byline(lines: list[str], doc: CleanDocument, first_body: int) -> None:
    """A byline run into the last paragraph after its final sentence ("... phía Bắc. Ngọc Thành/VOV.VN")."""
    if len(lines) <= first_body:
        return
    last = lines[-1]
    offset = max(len(last) - _RUN_IN_TAIL, 0)
    match = _RUN_IN_BYLINE_RE.search(last, offset)
    byline = parse_byline(match.group("byline")) if match else None
    if match and byline is not None:
        doc.authors, doc.source_unit = byline[0], doc.source_unit or byline[1]
        lines[-1] = last[: match.start("byline")].rstrip()
