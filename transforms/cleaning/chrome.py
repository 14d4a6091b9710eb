"""Site chrome: the lines a portal prints around every article (skip links, slogan banners, widgets, footers).

Two sources: rules about the *kind* of a line (its shape and cue words, so they carry over to unseen portals), and
lines learned from recurrence across many documents of one site (`learn_site_chrome`). A line shaped like an
article sentence is never taken for chrome unless it recurs across most of a site's pages.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from transforms.text import match_key

# --- The shape of article text ----------------------------------------------------------------------------------

_SENTENCE_END_RE = re.compile(r"[.!?…][\"”’')\]]*$")


def word_count(line: str) -> int:
    """Words of a stripped line, counted by its spaces (runs of spaces count more: cheap on long paragraphs).

    >>> word_count("Hội nghị lần thứ 2"), word_count("")
    (5, 0)
    """
    return line.count(" ") + 1 if line else 0


def looks_like_sentence(line: str) -> bool:
    """Six or more words closed by sentence punctuation, or a run of twenty words or more.

    >>> looks_like_sentence("Hội nghị đã thông qua báo cáo công tác năm 2020."), looks_like_sentence("Gửi bình luận")
    (True, False)
    """
    words = word_count(line)
    return words >= 20 or (words >= 6 and bool(_SENTENCE_END_RE.search(line)))


def looks_like_paragraph(line: str) -> bool:
    """A body paragraph rather than a widget label or a caption: fifteen words closed by punctuation, or forty.

    >>> looks_like_paragraph("Mã xác thực không đúng.")
    False
    """
    words = word_count(line)
    return words >= 40 or (words >= 15 and bool(_SENTENCE_END_RE.search(line)))


# --- Line kinds -------------------------------------------------------------------------------------------------


def _whole_line(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern that must match a whole (stripped) line."""
    return re.compile("^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


# Accessibility links and bare navigation: "Skip to main content", "Bỏ qua nội dung", "Trang chủ".
_NAVIGATION_RE = _whole_line(
    r"(?:skip|jump)\s+to\s+(?:main\s+)?(?:content|navigation|menu)",
    r"(?:bỏ\s+qua|chuyển\s+(?:đến|tới))\s+(?:phần\s+)?nội\s+dung(?:\s+chính)?",
    r"(?:trang\s+chủ|home|menu|sơ\s+đồ\s+(?:site|trang|cổng)|đăng\s+nhập|đăng\s+ký|tìm\s+kiếm|search)",
)
# An image file name left where the picture was: "IMG_7289_0.jpg", "HUYEN UY0.jpg".
_IMAGE_FILE_RE = re.compile(r"^[\w .()+~%&,-]{1,100}\.(?:jpe?g|png|gif|bmp|webp|tiff?|svg|heic)$", re.IGNORECASE)
# Weather widgets, often with broken characters: "Đ?ẩm:", "°C", "32°C", "Độ ẩm: 80%", "Nhiệt độ: 25 - 30".
_WEATHER_RE = _whole_line(
    r"[^\s]{0,20}\s*-?\d*\s*[°º]\s*[CF]",
    r"(?:độ\s+ẩm|nhiệt\s+độ|gió|thời\s+tiết|tầm\s+nhìn)\s*:.{0,20}",
    r"\w{1,3}\?\s*\w{1,4}\s*:.{0,20}",
)
# Comment forms, rating widgets and captchas.
_COMMENT_FORM_RE = _whole_line(
    r"(?:gửi|viết|để\s+lại)\s+(?:bình\s+luận|ý\s+kiến|phản\s+hồi)(?:\s+của\s+bạn)?\s*:?",
    r"(?:các\s+)?(?:bình\s+luận|ý\s+kiến\s+bạn\s+đọc|ý\s+kiến\s+của\s+bạn|phản\s+hồi)\s*(?:\(\d+\))?\s*:?",
    r"(?:hãy|vui\s+lòng|xin)\s+.{0,40}(?:tiếng\s+việt\s+có\s+dấu|bình\s+luận|ý\s+kiến).{0,40}",
    r"(?:họ\s+(?:và\s+)?tên|email|e-mail|địa\s+chỉ(?:\s+email)?|điện\s+thoại|tiêu\s+đề|nội\s+dung)\s*\(?\*?\)?\s*:?\s*\*?",
    r"(?:lượt\s+)?đánh\s+giá\s*:.{0,60}",
    r"(?:điểm\s+)?trung\s+bình\s*:.{0,40}",
    r"(?:mã\s+(?:xác\s+thực|xác\s+nhận|bảo\s+mật|kiểm\s+tra|an\s+toàn)|nhập\s+mã|captcha).{0,40}",
    r"(?:gửi|hủy|huỷ|làm\s+lại|nhập\s+lại|xóa|xoá)(?:\s+(?:bài|đi|lại))?",
)
# Visitor counters: "Thống kê: 1.281.540", "Online: 57", "Đang truy cập 12".
_COUNTER_RE = _whole_line(
    r"(?:thống\s+kê|(?:tổng\s+)?(?:số\s+)?lượt\s+(?:truy\s+cập|xem)|đang\s+(?:truy\s+cập|online|trực\s+tuyến)"
    r"|online|trực\s+tuyến|khách|thành\s+viên|hôm\s+nay|hôm\s+qua|tuần\s+này|tháng\s+này|tất\s+cả|tổng\s+cộng)"
    r"\s*:?\s*[\d.,\s]*",
)
# Link lists, related news, sharing and classified-ad widgets that open a page's footer.
_LINK_LIST_RE = _whole_line(
    r"liên\s+kết(?:\s+(?:website|web|trang))?\s*:?",
    r"(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:liên\s+quan|khác|cùng\s+(?:chuyên\s+mục|loại)|đã\s+đưa|mới(?:\s+nhất)?"
    r"|đọc\s+nhiều|xem\s+nhiều|nổi\s+bật)\s*:?",
    r"(?:xem\s+thêm|chia\s+sẻ|in\s+bài(?:\s+viết)?|bản\s+in|gửi\s+(?:email|bài\s+viết|cho\s+bạn\s+bè)|lên\s+đầu\s+trang"
    r"|về\s+đầu\s+trang|quay\s+lại|trở\s+về|trở\s+lại)\b.{0,20}",
    r"bản\s+đồ\s+[^.,;:!?]{1,60}",
    r"(?:các\s+)?(?:ca\s+khúc|bài\s+hát|video|hình\s+ảnh|album)\s+(?:hay\s+)?(?:về|của)\s+[^.,;:!?]{1,60}",
    r"(?:loại|hình\s+thức)\s+(?:mua|bán|cho\s+thuê|cần\s+thuê|cần\s+mua)(?:\s+\w+){0,3}",
    r"(?:rao\s+vặt|quảng\s+cáo|liên\s+hệ\s+quảng\s+cáo)\s*:?",
)
# Widgets dropped wherever they stand; the footer kinds also cut everything after them.
_WIDGET_KINDS = (_NAVIGATION_RE, _IMAGE_FILE_RE, _WEATHER_RE, _COMMENT_FORM_RE, _COUNTER_RE)

# An article toolbar's labels, often glued by the scraper ("EmailPrintAa", "Chia sẻ | Facebook | Zalo | In"): a line
# made only of these, one of them a button's own name, is the toolbar.
_TOOLBAR_BUTTONS = frozenset(
    ("email", "e-mail", "mail", "print", "printer", "share", "facebook", "fb", "zalo", "twitter", "tweet", "linkedin",
     "google", "g+", "rss", "pdf", "bookmark", "aa", "a+", "a-")
)  # fmt: skip
_TOOLBAR_WORDS = _TOOLBAR_BUTTONS | frozenset(
    ("in", "a", "+", "-", "chia", "sẻ", "lưu", "gửi", "bản", "cỡ", "chữ", "nghe", "đọc", "tải", "về", "copy", "link",
     "font")
)  # fmt: skip
_TOOLBAR_SPLIT_RE = re.compile(r"[\s|/·•,]+|(?<=[a-zà-ỹ])(?=[A-ZĐ])")


def is_toolbar_line(line: str) -> bool:
    """Whether the line is an article toolbar's labels.

    >>> is_toolbar_line("EmailPrintAa"), is_toolbar_line("Chia sẻ | Facebook | Zalo"), is_toolbar_line("In bài")
    (True, True, False)
    """
    if len(line) > 80:
        return False
    words = [w.casefold() for w in _TOOLBAR_SPLIT_RE.split(line) if w]
    return bool(words) and all(w in _TOOLBAR_WORDS for w in words) and any(w in _TOOLBAR_BUTTONS for w in words)


_FOOTER_KINDS = (_COMMENT_FORM_RE, _COUNTER_RE, _LINK_LIST_RE)


def is_widget_line(line: str) -> bool:
    """A line that is never article text: a skip link, an image file name, a weather, comment or counter widget, an
    article toolbar.

    >>> [is_widget_line(s) for s in ("Skip to main content", "HUYEN UY0.jpg", "Đ?ẩm:", "°C", "Online: 57")]
    [True, True, True, True, True]
    >>> is_widget_line("EmailPrintAa"), is_widget_line("Số lượt truy cập")
    (True, True)
    >>> is_widget_line("Quang cảnh tại hội nghị"), is_widget_line("Nhiệt độ tăng cao khiến nhiều hộ dân thiếu nước.")
    (False, False)
    """
    if len(line) > 120 or looks_like_sentence(line):
        return False
    return any(kind.match(line) for kind in _WIDGET_KINDS) or is_toolbar_line(line)


def is_footer_start(line: str) -> bool:
    """A line that opens a page's footer: a comment form, a rating or counter widget, a link list or ad widget.

    >>> [is_footer_start(s) for s in ("Gửi bình luận", "Đánh giá:", "Liên kết website", "Loại Mua Bán")]
    [True, True, True, True]
    >>> is_footer_start("Bản đồ quy hoạch được công bố rộng rãi để người dân theo dõi.")
    False
    """
    return len(line) <= 120 and not looks_like_sentence(line) and any(kind.match(line) for kind in _FOOTER_KINDS)


# --- Slogan banners ---------------------------------------------------------------------------------------------

# A portal's slogan above the headline. Strong cues are slogans wherever they stand; weak cues only before a headline.
_STRONG_SLOGAN_RE = re.compile(
    r"^(?:nhiệt\s+liệt\s+chào\s+mừng|quyết\s+tâm\s+thực\s+hiện\s+(?:thắng\s+lợi|thành\s+công)|thi\s+đua\s+lập\s+thành\s+tích"
    r"|chào\s+mừng\s+(?:kỷ\s+niệm|thành\s+công|đại\s+hội)|mừng\s+đảng,?\s+mừng\s+xuân|toàn\s+đảng,?\s+toàn\s+dân)"
    r"|muôn\s+năm[!.]?$",
    re.IGNORECASE,
)
_WEAK_SLOGAN_RE = re.compile(
    r"^(?:chào\s+mừng|quyết\s+tâm|thi\s+đua|phấn\s+đấu|đoàn\s+kết|vững\s+bước|học\s+tập\s+và\s+làm\s+theo|mừng)\b",
    re.IGNORECASE,
)


def slogan_strength(line: str) -> int:
    """2 for an unmistakable slogan, 1 for a line that opens like one, 0 otherwise.

    >>> slogan_strength("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI")
    2
    >>> slogan_strength("Chào mừng ngày hội"), slogan_strength("Đại hội Chi bộ Văn phòng HĐND&UBND huyện")
    (1, 0)
    """
    if len(line) > 200 or line.endswith(("./.", ":")):
        return 0
    if _STRONG_SLOGAN_RE.search(line):
        return 2
    return 1 if _WEAK_SLOGAN_RE.match(line) else 0


# --- Learned chrome ---------------------------------------------------------------------------------------------

_SENTENCE_SHARE = 0.6  # a sentence-shaped line counts as chrome only when it is on this share of a site's pages
_CHROME_MAX_CHARS = 300  # longer lines are article paragraphs: never keyed, so learning stays cheap on big crawls


def line_key(line: str) -> str:
    """The key under which a line is learned and looked up: `match_key` of the stripped line.

    >>> line_key("  Liên kết  Website ")
    'liên kết website'
    """
    return match_key(line)


def _document_keys(text: str) -> set[str]:
    """The distinct keys of a document's non-blank lines short enough to be chrome."""
    return {line_key(line) for line in _short_lines(text, _CHROME_MAX_CHARS) if line.strip()}


def _short_lines(text: str, max_chars: int) -> Iterator[str]:
    """The lines of `text` of at most `max_chars` characters (the paragraphs past it are not copied out).

    >>> list(_short_lines("ab\\nabcd\\n\\nabc", 3))
    ['ab', '', 'abc']
    """
    start, size = 0, len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        if end - start <= max_chars:
            yield text[start:end]
        start = end + 1


def _recurring(keyed_docs: Iterable[set[str]], size: int, min_docs: int, min_share: float) -> set[str]:
    """Keys on at least `min_docs` and `min_share` of `size` documents; sentence-shaped ones need far more."""
    counts = Counter(itertools.chain.from_iterable(keyed_docs))
    found = set()
    for key, count in counts.items():
        if count < min_docs or count < min_share * size:
            continue
        if looks_like_sentence(key) and (count < 2 * min_docs or count < _SENTENCE_SHARE * size):
            continue
        found.add(key)
    return found


def learn_site_chrome(
    texts: Sequence[str], hosts: Sequence[str | None], min_docs: int = 3, min_share: float = 0.3
) -> frozenset[str]:
    """Line keys that recur across the documents of one site (same host; documents without a host are compared with
    all documents given). Lines over 300 characters are never chrome. Look a line up with `line_key(line) in chrome`.

    >>> pages = [f"Skip to main content\\nBài {i}: hội nghị lần thứ {i}.\\nLiên kết website" for i in range(4)]
    >>> sorted(learn_site_chrome(pages, ["a.vn"] * 4))
    ['liên kết website', 'skip to main content']
    >>> sorted(learn_site_chrome(pages[:2], ["a.vn"] * 2))
    []
    """
    keyed = [_document_keys(text) for text in texts]
    by_host: dict[str | None, list[int]] = defaultdict(list)
    for index, host in enumerate(hosts):
        by_host[host].append(index)
    chrome: set[str] = set()
    for host, members in by_host.items():
        if host is not None:
            chrome |= _recurring((keyed[i] for i in members), len(members), min_docs, min_share)
    if None in by_host:
        chrome |= _recurring(keyed, len(keyed), min_docs, min_share)
    return frozenset(chrome)
